"""The corridors beyond China and Korea: Eurostar, Tokaido/Sanyo Shinkansen, Beijing - Shanghai.

Three layers, as for the first corridors: the data (each file loads, every drawn shape is close
to the published length it stands for, stations sit where the gazetteer puts them), the network
(a rail leg between real gazetteer places measures the published line kilometres), and the whole
tool (a constructed story through ``routes check`` gets a verdict from those measures).
"""

from __future__ import annotations

import json
from functools import cache
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from routes.gazetteer import open_gazetteer
from routes.geodesy import geodesic_km
from routes.models import Place
from routes.network import measure_leg, rail_impossible, rail_network
from routes.network._corridors import Corridors, Line, load_corridors
from routes.network._data import data_dir
from routes.network._measure import SHAPE_MIN_RATIO

RAIL = data_dir() / "rail"
FILES = {
    "eu-london-paris-brussels": RAIL / "eu-london-paris-brussels.yaml",
    "jp-tokaido-sanyo-shinkansen": RAIL / "jp-tokaido-sanyo-shinkansen.yaml",
    "cn-hsr-beijing-shanghai": RAIL / "cn-hsr-beijing-shanghai.yaml",
}

# Published figures the files carry (see each line's `source` in the YAML files).
HS1_KM = 109.0  # St Pancras - Channel Tunnel
TUNNEL_KM = 50.45  # Channel Tunnel, portal to portal
PARIS_FRETHUN_KM = 325.89  # Paris-Nord - Calais-Fréthun over the LGV Nord
PARIS_LILLE_KM = 224.98
LILLE_BRUSSELS_KM = 111.74
PARIS_BRUSSELS_KM = 313.24
TOKAIDO_KM = 515.4  # real line km (fare km: 552.6)
SANYO_KM = 553.7  # real line km
JINGHU_KM = 1302.89  # Beijing South - Shanghai Hongqiao, main-line chainage
BEIJING_LINK_KM = 8.6  # Beijing - Beijing South on the conventional Beijing - Shanghai railway

#: Stations whose position the project's landmark records also give (routes/data/landmarks).
LANDMARKS = {
    "gb-st-pancras": "gb-london-st-pancras",
    "gb-ebbsfleet-international": "gb-gravesend-ebbsfleet-international",
    "gb-ashford-international": "gb-ashford-ashford-international",
    "fr-paris-nord": "fr-paris-gare-du-nord",
    "fr-lille-europe": "fr-lille-lille-europe",
    "be-brussels-south": "be-brussels-brussels-south",
    "jp-tokyo": "jp-tokyo-tokyo-station",
    "jp-shinagawa": "jp-tokyo-shinagawa-station",
    "jp-shin-yokohama": "jp-yokohama-shin-yokohama-station",
    "jp-nagoya": "jp-nagoya-nagoya-station",
    "jp-kyoto": "jp-kyoto-kyoto-station",
    "jp-shin-osaka": "jp-osaka-shin-osaka-station",
    "jp-hiroshima": "jp-hiroshima-hiroshima-station",
    "jp-hakata": "jp-fukuoka-hakata-station",
    "cn-beijing-south": "cn-beijing-south-railway-station",
    "cn-shanghai-hongqiao": "cn-shanghai-hongqiao-railway-station",
}

HIGH_SPEED = "high-speed train"


@cache
def _alone(name: str) -> Corridors:
    return load_corridors([FILES[name]])


def _runs(line: Line) -> list[tuple[str, str, list[str]]]:
    """(first, last, stops) for each stretch between consecutive stops with chainage."""
    with_km = [i for i, sid in enumerate(line.stops) if sid in line.chainage]
    return [(line.stops[i], line.stops[j], line.stops[i : j + 1]) for i, j in pairwise(with_km)]


def _drawn_km(corridors: Corridors, line: Line, stops: list[str]) -> float:
    sections = {(s.a, s.b): s for s in corridors.sections if s.line == line.id}
    return sum(sections[a, b].geometric_km for a, b in pairwise(stops))


def _place(name: str) -> Place:
    return open_gazetteer().resolve(name).place


# --- the data -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(FILES))
def test_each_file_loads_alone_and_in_the_shipped_network(name: str) -> None:
    alone = _alone(name)
    assert alone.files == [FILES[name].name]
    assert len(alone.stations) >= 10 and alone.lines
    shipped = rail_network().corridors
    assert FILES[name].name in shipped.files
    assert set(alone.lines) <= set(shipped.lines)
    for sid, st in alone.stations.items():
        assert st.aliases and st.city and st.country and st.coord_source, sid
        # a station shared with another file (cn-beijing) must be the same point
        known = shipped.stations[sid]
        assert geodesic_km(st.lat, st.lon, known.lat, known.lon) < 0.3, sid


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_published_section_is_drawn_within_the_shape_bound(name: str) -> None:
    """Same bound as tests/test_network.py: SHAPE_MIN_RATIO-1.02 x the published length."""
    checked = 0
    for s in _alone(name).sections:
        if s.published_km is None:
            continue
        checked += 1
        ratio = s.geometric_km / s.published_km
        assert SHAPE_MIN_RATIO <= ratio <= 1.02, (s.line, s.a, s.b, s.geometric_km, s.published_km)
    assert checked


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_published_run_is_drawn_within_the_shape_bound(name: str) -> None:
    """A run through stops without chainage (Stratford, Okayama, Jinan West) is published as a
    whole: its drawn sections together must be as close to it as a single section."""
    corridors = _alone(name)
    runs = 0
    for line in corridors.lines.values():
        for first, last, stops in _runs(line):
            published = abs(line.chainage[last] - line.chainage[first])
            drawn = _drawn_km(corridors, line, stops)
            assert SHAPE_MIN_RATIO <= drawn / published <= 1.02, (line.id, first, last, drawn)
            runs += 1
    assert runs >= 3


@pytest.mark.parametrize("name", sorted(FILES))
def test_published_lengths_are_plausible_against_the_straight_line(name: str) -> None:
    """No run may be shorter than the straight line between its ends, and a high-speed line
    runs at most a third longer than it (geodesic / published in 0.75-1.0)."""
    corridors = _alone(name)
    for line in corridors.lines.values():
        for first, last, _ in _runs(line):
            a, b = corridors.stations[first], corridors.stations[last]
            straight = geodesic_km(a.lat, a.lon, b.lat, b.lon)
            ratio = straight / abs(line.chainage[last] - line.chainage[first])
            assert ratio <= 1.0, (line.id, first, last, ratio)
            if line.service == "high_speed":
                assert ratio >= 0.75, (line.id, first, last, ratio)


def test_only_the_beijing_link_is_conventional() -> None:
    """These corridors must never shorten an ordinary train's leg; the one conventional line
    is the old main line into Beijing South, which joins the conventional network."""
    services = {
        lid: line.service for name in FILES for lid, line in _alone(name).lines.items()
    }
    assert {lid for lid, s in services.items() if s == "conventional"} == {"jinghu-beijing-link"}
    net = rail_network()
    assert net.route("cn-beijing-south", "cn-shanghai-hongqiao") is None
    link = net.route("cn-beijing", "cn-beijing-south")
    assert link is not None and link.published_km == pytest.approx(BEIJING_LINK_KM)


def test_stations_the_gazetteer_also_knows_are_where_it_puts_them() -> None:
    """A place resolved to St Pancras or Shin-Osaka must snap to the station by name (3 km)."""
    gazetteer = open_gazetteer()
    stations = rail_network().stations
    for sid, landmark in LANDMARKS.items():
        place = gazetteer.get(f"landmark:{landmark}")
        assert place is not None, landmark
        st = stations[sid]
        assert geodesic_km(place.lat, place.lon, st.lat, st.lon) < 0.3, sid
        snap = rail_network().snap(place, high_speed=True)
        assert snap is not None and snap.station.id == sid, sid


def test_the_tokaido_figures_are_track_kilometres_not_fare_kilometres() -> None:
    line = rail_network().corridors.lines["tokaido-shinkansen"]
    assert line.chainage["jp-shin-osaka"] == TOKAIDO_KM
    assert "552.6" in line.source and "real line kilometres" in line.source.casefold()
    assert "REAL LINE KILOMETRES" in FILES["jp-tokaido-sanyo-shinkansen"].read_text("utf-8")


# --- the network ----------------------------------------------------------------------------


def _rail_km(a: str, b: str, vehicle: str | None = HIGH_SPEED) -> float | None:
    rail = measure_leg(_place(a), _place(b), "rail", vehicle=vehicle).get("rail")
    return None if rail is None else rail.km


def _frethun_approach_km() -> float:
    """The one unpublished stretch: French portal - Calais-Fréthun, measured on the shape."""
    (sec,) = [s for s in rail_network().corridors.sections if s.b == "fr-calais-frethun"
              and s.line == "channel-tunnel"]
    assert sec.published_km is None and 1.0 < sec.geometric_km < 6.0
    return sec.geometric_km


def test_london_to_paris_by_high_speed_train() -> None:
    ms = measure_leg(_place("London"), _place("Paris"), "rail", vehicle=HIGH_SPEED)
    rail = ms["rail"]
    expected = HS1_KM + TUNNEL_KM + _frethun_approach_km() + PARIS_FRETHUN_KM
    assert rail.km == pytest.approx(expected, abs=0.01)
    # a lower bound only because of the ~3 km tunnel approach; the band stays under 1 km
    assert rail.estimate and rail.low_km is not None and rail.high_km is not None
    assert rail.high_km - rail.low_km < 1.0
    assert "London St Pancras International" in rail.source and "Paris-Nord" in rail.source
    assert "High Speed 1" in rail.source and "Channel Tunnel" in rail.source
    assert rail.km > ms["geodesic"].km * 1.3


def test_london_to_brussels_and_paris_to_brussels() -> None:
    london_brussels = _rail_km("London", "Brussels")
    expected = (HS1_KM + TUNNEL_KM + _frethun_approach_km()
                + (PARIS_FRETHUN_KM - PARIS_LILLE_KM) + LILLE_BRUSSELS_KM)
    assert london_brussels == pytest.approx(expected, abs=0.01)
    paris = measure_leg(_place("Paris"), _place("Brussels"), "rail", vehicle=HIGH_SPEED)["rail"]
    assert paris.km == pytest.approx(PARIS_BRUSSELS_KM) and paris.published_km == paris.km
    assert not paris.estimate


def test_london_to_paris_is_not_refused_as_crossing_a_sea() -> None:
    """GB and FR are `uncertain` in landmasses.yaml, so the Channel Tunnel needs no entry."""
    london, paris = _place("London"), _place("Paris")
    assert rail_impossible(london, paris) is None
    assert rail_impossible(_place("Tokyo"), _place("Fukuoka")) is None


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ("Tokyo", "Osaka", TOKAIDO_KM),
        ("Tokyo", "Fukuoka", TOKAIDO_KM + SANYO_KM),
        ("Tokyo Station", "Hakata Station", TOKAIDO_KM + SANYO_KM),
        ("Shin-Osaka", "Hiroshima", 305.8),
        ("Beijing South", "Shanghai Hongqiao", JINGHU_KM),
    ],
)
def test_published_line_kilometres_between_gazetteer_places(a: str, b: str, km: float) -> None:
    rail = measure_leg(_place(a), _place(b), "rail", vehicle=HIGH_SPEED)["rail"]
    assert rail.km == pytest.approx(km, abs=0.01)
    assert rail.published_km == pytest.approx(km, abs=0.01) and not rail.estimate


def test_beijing_to_shanghai_from_the_city_starts_at_beijing_station() -> None:
    """The gazetteer's Beijing is nearer Beijing Railway Station than Beijing South: the leg
    runs over the old main line first, and the measure says so."""
    rail = measure_leg(_place("Beijing"), _place("Shanghai"), "rail", vehicle="bullet train")
    assert rail["rail"].km == pytest.approx(BEIJING_LINK_KM + JINGHU_KM, abs=0.01)
    assert "Beijing Railway Station" in rail["rail"].source
    assert "Shanghai Hongqiao" in rail["rail"].source


@pytest.mark.parametrize(("a", "b"), [("London", "Paris"), ("Tokyo", "Osaka")])
def test_an_ordinary_train_gets_no_measure_over_high_speed_lines(a: str, b: str) -> None:
    assert _rail_km(a, b, vehicle=None) is None
    assert _rail_km(a, b, vehicle="armoured special train") is None


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_pair_of_stations_routes_symmetrically_and_above_the_geodesic(name: str) -> None:
    net = rail_network()
    ids = sorted(_alone(name).stations)
    for a, b in combinations(ids, 2):
        there = net.route(a, b, high_speed=True)
        back = net.route(b, a, high_speed=True)
        assert there is not None and back is not None, (a, b)
        assert there.km == pytest.approx(back.km)
        sa, sb = net.stations[a], net.stations[b]
        assert there.km >= geodesic_km(sa.lat, sa.lon, sb.lat, sb.lon) * 0.99, (a, b)


# --- the whole tool: constructed stories through `routes check` -----------------------------


def _check(tmp_path: Path, text: str) -> dict[str, object]:
    story = tmp_path / "story.txt"
    story.write_text(text + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(story), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _claims(data: dict[str, object]) -> dict[str, dict[str, object]]:
    claims = data["claims"]
    assert isinstance(claims, list)
    return {str(c["kind"]): c for c in claims}


@pytest.mark.parametrize(
    ("text", "rail_km", "verdicts"),
    [
        (
            "The delegation rode the high-speed train from London to Paris, covering 492 km in "
            "2 hours 16 minutes.",
            488.6,
            {"distance": "consistent", "duration": "consistent"},
        ),
        (
            "Passengers travelled from London to Brussels by high-speed train, a trip of 1 hour "
            "57 minutes.",
            375.3,
            {"duration": "consistent"},
        ),
        (
            "The Shinkansen bullet train covers the 515 km from Tokyo to Osaka in 2 hours 22 "
            "minutes.",
            TOKAIDO_KM,
            {"distance": "consistent", "duration": "consistent"},
        ),
        (
            "The Shinkansen bullet train runs from Tokyo to Fukuoka, a 1,069 km trip of about 5 "
            "hours.",
            TOKAIDO_KM + SANYO_KM,
            {"distance": "consistent", "duration": "consistent"},
        ),
        (
            "The high-speed train from Beijing to Shanghai runs 1,318 km in 4 hours 18 minutes.",
            BEIJING_LINK_KM + JINGHU_KM,
            {"distance": "consistent", "duration": "consistent"},
        ),
        (
            "The delegation rode the high-speed train from London to Paris, covering 200 km in "
            "2 hours 16 minutes.",
            488.6,
            {"distance": "inconsistent", "duration": "consistent"},
        ),
        (
            "Passengers travelled from London to Paris by high-speed train, a trip of 1 hour 10 "
            "minutes.",
            488.6,
            {"duration": "inconsistent"},
        ),
        (
            "The Shinkansen bullet train covers the 700 km from Tokyo to Osaka in 2 hours 22 "
            "minutes.",
            TOKAIDO_KM,
            {"distance": "inconsistent", "duration": "consistent"},
        ),
    ],
)
def test_stories_about_these_trips_get_verdicts(
    tmp_path: Path, text: str, rail_km: float, verdicts: dict[str, str]
) -> None:
    claims = _claims(_check(tmp_path, text))
    assert set(claims) == set(verdicts), claims
    for kind, verdict in verdicts.items():
        claim = claims[kind]
        assert claim["verdict"] == verdict, claim
        measures = claim["measures"]
        assert isinstance(measures, dict)
        assert measures["rail_km"] == pytest.approx(rail_km, abs=0.1), claim


def test_a_figure_shorter_than_the_straight_line_is_inconsistent_without_a_leg(
    tmp_path: Path,
) -> None:
    """No traveller, no leg: the distance is still checked between the two places it names."""
    text = "The 200 km high-speed Eurostar trip from London to Paris takes 2 hours 16 minutes."
    distance = _claims(_check(tmp_path, text))["distance"]
    assert distance["verdict"] == "inconsistent", distance
    assert (distance["origin"], distance["destination"]) == ("London", "Paris")


EUROSTAR_STORY = (
    "Travellers take the Eurostar train from London to Paris, a journey of 2 hours 16 minutes."
)


def test_a_trip_by_eurostar_train_is_read_as_a_rail_leg_by_eurostar(tmp_path: Path) -> None:
    legs = _check(tmp_path, EUROSTAR_STORY)["legs"]
    assert isinstance(legs, list) and len(legs) == 1
    assert (legs[0]["mode"], legs[0]["vehicle"]) == ("rail", "eurostar")


def test_a_trip_by_eurostar_train_is_measured_over_the_high_speed_lines(tmp_path: Path) -> None:
    duration = _claims(_check(tmp_path, EUROSTAR_STORY))["duration"]
    measures = duration["measures"]
    assert isinstance(measures, dict)
    assert measures["rail_km"] == pytest.approx(488.6, abs=0.1), duration
    assert duration["verdict"] == "consistent", duration
