"""Train legs off the curated corridors: their length estimated from the straight line.

Why: without it a train's durations beyond the few curated corridors were left open ("proves
nothing") and its distances compared with the road estimate only. The factor and band live in
routes/data/modes.yaml with the published lines they come from.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from routes.checking import check_journey
from routes.geodesy import geodesic_km
from routes.models import Claim, Journey, Leg, Place, PlaceMention, Stop
from routes.network import measure_between, measure_journey, measure_leg
from routes.network._data import modes_config
from routes.network._estimates import from_geodesic


def P(name: str, lat: float, lon: float, country: str = "US", kind: str = "city") -> Place:
    return Place(name, lat, lon, kind, country, source="test fixture")


CHICAGO = P("Chicago", 41.85003, -87.65005)
DENVER = P("Denver", 39.73915, -104.9847)
EVANSTON = P("Evanston", 42.04114, -87.69006)  # 21 km from Chicago
BEIJING = P("Beijing", 39.9075, 116.39723, "CN")
DANDONG = P("Dandong", 40.12917, 124.39472, "CN")
HONOLULU = P("Honolulu", 21.30694, -157.85833)


def _cfg() -> dict[str, float]:
    cfg = modes_config()["rail_circuity"]
    return {k: float(cfg[k]) for k in ("factor", "low", "high")}


def test_the_factor_and_band_are_documented_and_hold_the_published_lines():
    cfg = modes_config()["rail_circuity"]
    c = _cfg()
    assert 1.0 < c["low"] < c["factor"] < c["high"]
    source = " ".join(str(cfg["source"]).split())
    # each line quoted as "A - B <length> (<line>, <ratio>)": the ratio is what the band holds
    ratios = [float(r) for r in re.findall(r", (\d\.\d\d)\)", source)]
    assert len(ratios) >= 10
    inside = [r for r in ratios if c["low"] <= r <= c["high"]]
    assert len(inside) >= len(ratios) - 1  # the one line forced through a far crossing apart
    assert max(ratios) <= c["high"] * 1.5  # and that one is still within the winding allowance


def test_a_train_leg_off_the_corridors_gets_an_estimated_rail_length():
    ms = measure_leg(CHICAGO, DENVER, "rail")
    rail, geo = ms["rail"], ms["geodesic"]
    c = _cfg()
    assert from_geodesic(rail) and rail.estimate and rail.published_km is None
    assert rail.km == pytest.approx(geo.km * c["factor"])
    assert rail.low_km == pytest.approx(geo.km * c["low"])
    assert rail.high_km == pytest.approx(geo.km * c["high"])
    assert "rail circuity factor" in rail.method and "California Zephyr" in rail.source
    # the California Zephyr's published 1,038 miles lie inside the band
    assert rail.low_km < 1038 * 1.609344 < rail.high_km


def test_no_estimate_for_other_modes_within_a_city_or_on_a_curated_corridor():
    assert "rail" not in measure_leg(CHICAGO, DENVER, "road")
    assert "rail" not in measure_leg(CHICAGO, DENVER, "air")
    assert "rail" not in measure_leg(CHICAGO, EVANSTON, "rail")  # a shunt, not a journey
    curated = measure_leg(BEIJING, DANDONG, "rail")["rail"]
    assert not from_geodesic(curated) and curated.published_km is not None


def test_every_estimate_from_the_straight_line_says_so_and_no_network_measure_does():
    ms = measure_leg(CHICAGO, DENVER, "rail")
    assert all(from_geodesic(ms[k]) for k in ("rail", "road", "air"))
    assert not from_geodesic(ms["geodesic"])
    sea = measure_between(CHICAGO, DENVER, ["sea"])["sea"]
    assert from_geodesic(sea)


def test_routes_measure_gives_the_estimate_for_a_rail_request():
    ms = measure_between(CHICAGO, DENVER, ["rail"])
    assert set(ms) == {"geodesic", "rail"} and from_geodesic(ms["rail"])


def _journey(*claims: Claim, vehicle: str | None = None) -> Journey:
    j = Journey(stops=[Stop(CHICAGO), Stop(DENVER)],
                legs=[Leg("Chicago", "Denver", mode="rail", vehicle=vehicle)],
                places=[PlaceMention(CHICAGO), PlaceMention(DENVER)], claims=list(claims))
    return check_journey(measure_journey(j))


def _claim(kind: str, text: str, value: float, unit: str, qualifier: str | None = None) -> Claim:
    return Claim(kind, text, "test", value, value, unit, "Chicago", "Denver",  # type: ignore[arg-type]
                 qualifier=qualifier)


@pytest.mark.parametrize(("text", "km", "verdict", "phrase"), [
    ("about 1,040 miles", 1040 * 1.609344, "consistent", "matches the estimated rail distance"),
    # 1.6 and 2.6 times the straight line: above the band, within what a winding line may add
    ("2,400 km", 2400, "unverifiable", "a line that winds"),
    ("3,900 km", 3900, "unverifiable", "a line that winds"),
    ("5,000 km", 5000, "inconsistent", "matches none of the measures"),
    ("1,200 km", 1200, "inconsistent", "shorter than the straight-line distance"),
])
def test_distances_on_an_estimated_train_leg(text: str, km: float, verdict: str, phrase: str):
    j = _journey(_claim("distance", text, km, "km", "about" if "about" in text else None))
    claim = j.claims[0]
    assert claim.verdict == verdict, claim.explanation
    assert phrase in claim.explanation
    if verdict == "consistent":
        straight = geodesic_km(CHICAGO.lat, CHICAGO.lon, DENVER.lat, DENVER.lon)
        assert claim.measures["rail_km"] == pytest.approx(straight * _cfg()["factor"], abs=0.1)


@pytest.mark.parametrize(("hours", "vehicle", "verdict", "phrase"), [
    (19, None, "consistent", "rail estimate"),  # the Zephyr's timetable: about 19 h
    # an unclassed train: only a high-speed one could, and offline nothing says whether a
    # high-speed line runs there
    (6, None, "unverifiable", "Only a high-speed train could"),
    (4, None, "inconsistent", "impossible"),  # even the straight line needs 370 km/h
    (9, "high-speed train", "consistent", "a high-speed train"),
    (6, "sleeper", "inconsistent", "a conventional passenger train"),  # classed: no second try
])
def test_durations_on_an_estimated_train_leg_are_judged(hours: float, vehicle: str | None,
                                                        verdict: str, phrase: str):
    j = _journey(_claim("duration", f"{hours} hours", hours, "h"), vehicle=vehicle)
    claim = j.claims[0]
    assert claim.verdict == verdict, claim.explanation
    assert phrase in claim.explanation
    assert "proves nothing" not in claim.explanation


def test_the_note_says_the_length_is_estimated_and_why():
    j = _journey()
    notes = [n for n in j.notes if "Chicago -> Denver" in n]
    assert notes and "estimated from the straight line" in notes[0]
    assert "does not reach" in notes[0]


def test_the_map_draws_the_estimate_as_a_straight_line_and_credits_no_curated_track():
    from routes.mapping._build import _attribution, _leg_entries

    j = _journey()
    entry = _leg_entries(j)[0]
    assert entry["drawnFrom"] == "geodesic" and entry["mode"] == "rail"
    assert "rail lines" not in _attribution(j, None)
    curated = Journey(stops=[Stop(BEIJING), Stop(DANDONG)],
                      legs=[Leg("Beijing", "Dandong", mode="rail")],
                      places=[PlaceMention(BEIJING), PlaceMention(DANDONG)])
    measure_journey(curated)
    assert _leg_entries(curated)[0]["drawnFrom"] == "rail"
    assert "rail lines" in _attribution(curated, None)


def test_check_on_a_story_of_a_train_the_corridors_do_not_reach(tmp_path: Path):
    story = tmp_path / "zephyr.txt"
    story.write_text(
        "date 2025-06-02\n\nCHICAGO (AP) — Passengers boarded the California Zephyr in Chicago "
        "on Monday and reached Denver on Tuesday, a rail journey of about 1,040 miles that "
        "took 19 hours.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(story), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    claims = {c["text"]: c for c in doc["claims"]}
    miles = next(c for t, c in claims.items() if "miles" in t)
    hours = next(c for t, c in claims.items() if "hours" in t)
    assert miles["verdict"] == "consistent" and "estimated rail distance" in miles["explanation"]
    assert hours["verdict"] == "consistent" and "rail estimate" in hours["explanation"]
    leg = doc["legs"][0]
    assert leg["mode"] == "rail" and leg["measures"]["rail"]["estimate"] is True


def test_no_high_speed_reading_beyond_the_longest_high_speed_service():
    vladivostok = P("Vladivostok", 43.10562, 131.87353, "RU")
    moscow = P("Moscow", 55.75222, 37.61556, "RU")
    j = Journey(stops=[Stop(moscow), Stop(vladivostok)],
                legs=[Leg("Moscow", "Vladivostok", mode="rail", vehicle="train")],
                places=[PlaceMention(moscow), PlaceMention(vladivostok)],
                claims=[Claim("duration", "30 hours", "test", 30, 30, "h", "Moscow",
                              "Vladivostok")])
    claim = check_journey(measure_journey(j)).claims[0]
    longest = float(modes_config()["speeds"]["high_speed_train"]["longest_service_km"])
    assert claim.measures["rail_km"] > longest
    assert claim.verdict == "inconsistent" and "impossible" in claim.explanation
