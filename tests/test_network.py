"""routes.network: curated rail data against published chainage, snapping, routing, estimates."""

from __future__ import annotations

from pathlib import Path

import pytest

from routes.errors import GazetteerDataError, RouteError
from routes.models import Journey, Leg, Place, PlaceMention, Stop
from routes.network import (
    landmass,
    measure_between,
    measure_journey,
    measure_leg,
    rail_gap_reason,
    rail_measure,
    rail_network,
)
from routes.network._corridors import load_corridors
from routes.network._measure import SHAPE_MIN_RATIO


def P(
    name: str, lat: float, lon: float, kind: str = "city", country: str | None = "CN", **kw
) -> Place:
    return Place(name, lat, lon, kind, country, source="test fixture", **kw)


BEIJING_STATION = P("Beijing Railway Station", 39.902896, 116.42792, "station", city="Beijing")
BEIJING = P("Beijing", 39.9075, 116.39723)
DANDONG = P("Dandong", 40.12917, 124.39472)  # GeoNames city centre, not the station
PYONGYANG = P("Pyongyang", 39.03385, 125.75432, country="KP")
TOKYO = P("Tokyo", 35.6895, 139.69171, country="JP")
HONOLULU = P("Honolulu", 21.30694, -157.85833, country="US")
SEOUL = P("Seoul", 37.566, 126.9784, country="KR")
PARIS = P("Paris", 48.85341, 2.3488, country="FR")
BERLIN = P("Berlin", 52.52437, 13.41053, country="DE")
LANZHOU = P("Lanzhou", 36.05701, 103.83987)  # far from every curated station

# Published line lengths the corridor must reproduce (see the sources in the YAML files).
JINGSHAN_KM, SHENSHAN_KM, SHENDAN_KM, BRIDGE_KM, PYONGUI_KM = 415.0, 427.8, 277.0, 2.5, 225.1


def test_every_section_shape_is_within_the_stated_tolerance_of_its_published_length():
    """The drawn shape may only undershoot the track (1.02 allows rounding).

    Every section: SHAPE_MIN_RATIO (0.90)-1.02 x published, the bound routes.network uses to
    widen the range of a shape-measured length. Every corridor has shape points at the towns its
    lines pass (and bends in the hills), which is what lets that bound be this tight.
    """
    checked = [s for s in load_corridors().sections if s.published_km is not None]
    assert len(checked) >= 12
    for s in checked:
        ratio = s.geometric_km / s.published_km
        assert SHAPE_MIN_RATIO <= ratio <= 1.02, (s.line, s.a, s.b, s.geometric_km, s.published_km)


def test_beijing_to_dandong_follows_the_published_line_kilometres():
    net = rail_network()
    route = net.route("cn-beijing", "cn-dandong")
    assert route is not None
    assert route.published_km == pytest.approx(JINGSHAN_KM + SHENSHAN_KM + SHENDAN_KM, abs=0.05)
    ids = [s.id for s in route.stations]
    for station in ("cn-tianjin", "cn-shanhaiguan", "cn-jinzhou", "cn-shenyang", "cn-benxi"):
        assert station in ids
    assert route.lines == ("jingshan", "shenshan", "shendan")
    assert route.geometric_km < route.published_km


def test_beijing_to_pyongyang_and_partial_runs():
    net = rail_network()
    whole = net.route("cn-beijing", "kp-pyongyang")
    assert whole is not None
    expected = JINGSHAN_KM + SHENSHAN_KM + SHENDAN_KM + BRIDGE_KM + PYONGUI_KM
    assert whole.published_km == pytest.approx(expected, abs=0.05)
    # A run between two stations with chainage has a published length even across a station
    # without one (Tangshan).
    run = net.route("cn-tianjin", "cn-shanhaiguan")
    assert run is not None and run.published_km == pytest.approx(415.0 - 137.0)
    # Sinanju -> Jongju has no published figure: the measure falls back to the shape.
    part = net.route("kp-sinanju", "kp-jongju")
    assert part is not None and part.published_km is None and part.unpublished_km > 0


def test_conventional_trains_never_use_high_speed_lines():
    net = rail_network()
    slow = net.route("cn-shenyang", "cn-dandong")
    fast = net.route("cn-shenyang-north", "cn-dandong", high_speed=True)
    assert slow is not None and all(s.service == "conventional" for s in slow.sections)
    assert fast is not None and any(s.service == "high_speed" for s in fast.sections)
    assert net.route("cn-beijing-chaoyang", "cn-fuxin") is None  # high-speed only


def test_snapping():
    net = rail_network()
    by_name = net.snap(BEIJING_STATION)
    assert by_name is not None and by_name.by_name and by_name.station.id == "cn-beijing"
    city = net.snap(DANDONG)
    assert city is not None and not city.by_name and city.station.id == "cn-dandong"
    assert city.distance_km < 2.0
    assert net.snap(LANZHOU) is None


def test_measure_leg_beijing_dandong():
    ms = measure_leg(BEIJING_STATION, DANDONG, "rail", vehicle="armoured special train")
    assert set(ms) == {"geodesic", "rail", "road", "air"}
    assert ms["geodesic"].km == pytest.approx(680.4, abs=0.5)
    rail = ms["rail"]
    assert rail.km == pytest.approx(1119.8, abs=0.05) and rail.published_km == rail.km
    assert not rail.estimate and "Jingshan" in rail.source and "427.8" in rail.source
    assert rail.geometry[0] == (BEIJING_STATION.lat, BEIJING_STATION.lon)
    road = ms["road"]
    assert road.estimate and road.low_km < road.km < road.high_km
    assert road.low_km > ms["geodesic"].km
    assert "Ballou" in road.source


def test_short_legs_get_no_air_measure_and_same_station_no_rail():
    gh = P("Diaoyutai State Guesthouse", 39.9237, 116.3083, "guesthouse", city="Beijing")
    ms = measure_leg(BEIJING_STATION, gh, "road")
    assert "air" not in ms and "rail" not in ms
    assert ms["road"].km > ms["geodesic"].km
    reason = rail_gap_reason(BEIJING_STATION, BEIJING)
    assert reason is not None and "both served by Beijing Railway Station" in reason


def test_rail_across_a_sea_is_refused_but_missing_data_is_not():
    with pytest.raises(RouteError, match="different landmasses"):
        measure_leg(BEIJING_STATION, TOKYO, "rail")
    with pytest.raises(RouteError):
        measure_leg(PYONGYANG, HONOLULU, "rail")
    # Same landmass, no curated line: no error, a rail length estimated from the straight
    # line (tests/test_rail_estimate.py), and a reason.
    ms = measure_leg(PARIS, BERLIN, "rail")
    assert ms["rail"].method.startswith("estimate: geodesic x rail circuity") and "road" in ms
    reason = rail_gap_reason(PARIS, BERLIN) or ""
    assert "does not reach" in reason and "within 15 km" in reason
    # Uncertain landmass (South Korea): never refused.
    assert "geodesic" in measure_leg(SEOUL, PYONGYANG, "rail")
    # By road, Tokyo is just far away: estimates only.
    assert "road" in measure_leg(BEIJING_STATION, TOKYO, "road")


def test_no_road_estimate_between_landmasses_unless_the_leg_is_by_road():
    # a flight's comparison figures: no road joins Beijing and Tokyo, or Pyongyang and Honolulu
    assert "road" not in measure_leg(BEIJING_STATION, TOKYO, "air")
    assert "road" not in measure_between(PYONGYANG, HONOLULU)
    assert "air" in measure_between(PYONGYANG, HONOLULU)
    # on one landmass the estimate stays
    assert "road" in measure_between(PARIS, BERLIN)
    assert "road" in measure_between(PARIS, BERLIN, ["road"])


def test_landmass_table():
    assert landmass(BEIJING) == landmass(PYONGYANG) == landmass(BERLIN) == "afro_eurasia"
    assert landmass(PARIS) is None  # France has islands (Corsica): never refused
    assert landmass(TOKYO) == "japan"
    assert landmass(HONOLULU) == "hawaii"
    assert landmass(SEOUL) is None
    assert landmass(P("Nowhere", 0.0, 0.0, country=None)) is None


def test_measure_between_filters_modes():
    assert set(measure_between(BEIJING_STATION, DANDONG, ["rail"])) == {"geodesic", "rail"}
    assert set(measure_between(BEIJING_STATION, DANDONG, ["sea"])) == {"geodesic", "sea"}
    every = measure_between(BEIJING_STATION, PYONGYANG)
    assert every["rail"].km == pytest.approx(1347.4, abs=0.1)


def test_high_speed_vehicle_takes_the_high_speed_line():
    shenyang_north = P("Shenyang North Railway Station", 41.81667, 123.42917, "station")
    slow = rail_measure(shenyang_north, DANDONG, vehicle="armoured special train")
    fast = rail_measure(shenyang_north, DANDONG, vehicle="high-speed train")
    assert slow is not None and fast is not None
    assert fast.km < slow.km


def _journey() -> Journey:
    places = [PYONGYANG, DANDONG, BEIJING_STATION, TOKYO]
    return Journey(
        stops=[Stop(p) for p in places],
        legs=[
            Leg("Pyongyang", "Dandong", vehicle="armoured special train"),
            Leg("Dandong", "Beijing Railway Station", vehicle="armoured special train"),
            Leg("Beijing Railway Station", "Tokyo", mode="rail"),
            Leg("Tokyo", "Atlantis", mode="sea"),
        ],
        places=[PlaceMention(p) for p in places],
    )


def test_measure_journey_fills_legs_and_notes_the_rest():
    j = measure_journey(_journey())
    assert j.legs[0].measures["rail"].km == pytest.approx(227.6, abs=0.1)
    assert j.legs[1].measures["rail"].km == pytest.approx(1119.8, abs=0.1)
    assert "rail" not in j.legs[2].measures and "geodesic" in j.legs[2].measures
    assert j.legs[3].measures == {}
    text = " ".join(j.notes)
    assert "different landmasses" in text and "'Atlantis' has no coordinates" in text
    with pytest.raises(RouteError):
        measure_journey(_journey(), strict=True)


def test_invalid_corridor_files_are_named_in_the_error(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "stations:\n  a: {name: A, lat: 95, lon: 0}\nlines: []\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerDataError, match=r"bad\.yaml.*station a"):
        load_corridors([bad])
    nosource = tmp_path / "nosource.yaml"
    nosource.write_text(
        "stations:\n  a: {name: A, lat: 1, lon: 1}\n  b: {name: B, lat: 2, lon: 2}\n"
        "lines:\n  - {id: l, stops: [{station: a, km: 0}, {station: b, km: 150}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerDataError, match="needs a source"):
        load_corridors([nosource])
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text(
        "stations: {}\nlines:\n  - {id: l, source: s, stops: [{station: zz}]}\n", encoding="utf-8"
    )
    with pytest.raises(GazetteerDataError, match="unknown station 'zz'"):
        load_corridors([unknown])


def test_hanoi_corridor_matches_the_reported_length_of_the_2019_trip():
    """Pyongyang - Dong Dang was reported as 3,800 km (Hankyoreh) and 4,000 km (CGTN), 2019.

    Our shortest path runs through Beijing (the train bypassed it via Tianjin), and part of the
    corridor has no published chainage, so the stated tolerance is wide: 3,600-4,400 km.
    """
    dong_dang = P("Dong Dang", 21.95, 106.70, country="VN")
    rail = rail_measure(PYONGYANG, dong_dang, vehicle="armoured special train")
    assert rail is not None and rail.estimate and rail.published_km is None
    assert 3600 <= rail.km <= 4400
    assert "lower bound" in rail.method
    assert rail.low_km == rail.km and rail.high_km is not None and rail.high_km > rail.km


def test_road_circuity_bands_by_distance_and_country():
    busan = P("Busan", 35.10168, 129.03004, country="KR")
    kr = measure_leg(SEOUL, busan, "road")
    assert kr["road"].km == pytest.approx(kr["geodesic"].km * 1.26)
    assert "Kim, Shin, Lee and Suh" in kr["road"].source
    long = measure_leg(BEIJING_STATION, DANDONG, "road")
    assert long["road"].km == pytest.approx(long["geodesic"].km * 1.30)
    assert "npj Complexity" in long["road"].source
    gh = P("Diaoyutai State Guesthouse", 39.9237, 116.3083, "guesthouse", city="Beijing")
    short = measure_leg(BEIJING_STATION, gh, "road")
    assert short["road"].km == pytest.approx(short["geodesic"].km * 1.25)
    assert short["road"].low_km < short["road"].km < short["road"].high_km


def test_every_pair_of_conventional_stations_routes_symmetrically_and_above_the_geodesic():
    from itertools import combinations

    from routes.geodesy import geodesic_km

    net = rail_network()
    ids = sorted(net._conventional)
    assert len(ids) >= 20
    for a, b in combinations(ids, 2):
        there, back = net.route(a, b), net.route(b, a)
        assert there is not None and back is not None, (a, b)
        assert there.km == pytest.approx(back.km)
        sa, sb = net.stations[a], net.stations[b]
        assert there.km >= geodesic_km(sa.lat, sa.lon, sb.lat, sb.lon) * 0.99
