"""routes.checking: verdict tables for constructed cases and for the seed leg Beijing -> Dandong.

The journeys are built by hand (the reader has its own tests); the measures come from the real
network and geodesy, so these are end-to-end checks of network + checking.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.checking import (
    check_journey,
    distance_range,
    duration_range,
    envelope_for,
    match_claim,
    speed_range,
)
from routes.models import Claim, Journey, Leg, Place, PlaceMention, Stop
from routes.network import measure_journey

CST = timezone(timedelta(hours=8))  # Beijing
KST = timezone(timedelta(hours=9))  # Pyongyang since May 2018


def P(name: str, lat: float, lon: float, kind: str = "city", country: str = "CN", **kw) -> Place:
    return Place(name, lat, lon, kind, country, source="test fixture", **kw)


BJ_STATION = P("Beijing Railway Station", 39.902896, 116.42792, "station", city="Beijing")
BEIJING = P("Beijing", 39.9075, 116.39723)
DANDONG = P("Dandong", 40.12917, 124.39472)
PYONGYANG = P("Pyongyang", 39.03385, 125.75432, country="KP")
GUESTHOUSE = P("Diaoyutai State Guesthouse", 39.9237, 116.3083, "guesthouse", city="Beijing")
PARIS = P("Paris", 48.85341, 2.3488, country="FR")
BERLIN = P("Berlin", 52.52437, 13.41053, country="DE")

TRAIN = "armoured special train"


def seed_journey(*claims: Claim) -> Journey:
    """The January 2019 trip as the seed reports tell it, by hand."""
    stops = [
        Stop(PYONGYANG),
        Stop(DANDONG),
        Stop(BJ_STATION),
        Stop(GUESTHOUSE, depart=datetime(2019, 1, 9, 12, 0, tzinfo=CST)),
        Stop(BJ_STATION),
        Stop(DANDONG),
        Stop(PYONGYANG),
    ]
    legs = [
        Leg("Pyongyang", "Dandong", vehicle=TRAIN, direction="outbound"),
        Leg("Dandong", "Beijing Railway Station", vehicle=TRAIN, direction="outbound"),
        Leg("Beijing Railway Station", "Diaoyutai State Guesthouse", mode="road"),
        Leg("Diaoyutai State Guesthouse", "Beijing Railway Station", mode="road"),
        Leg("Beijing Railway Station", "Dandong", vehicle=TRAIN, direction="return"),
        Leg("Dandong", "Pyongyang", vehicle=TRAIN, direction="return"),
    ]
    places = [PYONGYANG, DANDONG, BJ_STATION, GUESTHOUSE, BEIJING]
    mentions = [PlaceMention(p) for p in places]
    j = Journey(stops=stops, legs=legs, places=mentions, claims=list(claims))
    return check_journey(measure_journey(j))


def dist(text: str, low: float | None, high: float | None, qualifier: str | None = None,
         origin: str | None = "Beijing", destination: str | None = "Dandong", unit: str = "km",
         outlet: str | None = None) -> Claim:
    return Claim(
        "distance", text, "test", low, high, unit, origin, destination,
        qualifier=qualifier, outlet=outlet,
    )


def dur(text: str, low: float | None, high: float | None, qualifier: str | None = None,
        origin: str = "Beijing", destination: str = "Dandong", outlet: str | None = None) -> Claim:
    return Claim("duration", text, "test", low, high, "h", origin, destination, qualifier=qualifier,
                 outlet=outlet)


# --- tolerances -------------------------------------------------------------------------------


def test_tolerance_table():
    about = distance_range(dist("about 840 km", 840, 840, "about"))
    assert about is not None and (about.low, about.high) == pytest.approx((756.0, 924.0))
    bare = distance_range(dist("840 km", 840, 840))
    assert bare is not None and (bare.low, bare.high) == pytest.approx((798.0, 882.0))
    more = distance_range(dist("more than 800 km", 800, None, "more than"))
    assert more is not None and more.low == 800 and math.isinf(more.high)
    nearly = distance_range(dist("nearly 900 km", 900, 900, "nearly"))
    assert nearly is not None and nearly.high == 900
    miles = distance_range(dist("about 520 miles", 520, 520, "about", unit="mi"))
    assert miles is not None and miles.stated_low == pytest.approx(836.86, abs=0.01)
    assert distance_range(dist("far", None, None)) is None
    thirteen = duration_range(dur("13-hour trip", 13, 13))
    assert thirteen is not None and (thirteen.low, thirteen.high) == pytest.approx((11.85, 14.15))
    day = duration_range(dur("a day-long ride", None, None, "day-long"))
    assert day is not None and (day.low, day.high) == (10.0, 24.0)
    mph = speed_range(Claim("speed", "37 mph", "t", 37, 37, "mph"))
    assert mph is not None and mph.stated_low == pytest.approx(59.55, abs=0.01)


def test_envelopes_by_vehicle_then_mode():
    assert envelope_for("rail", TRAIN).key == "armoured_special_train"
    assert envelope_for("rail", "high-speed train").key == "high_speed_train"
    assert envelope_for("rail", None).key == "conventional_train"
    assert envelope_for("road", "motorcade").key == "motorcade"
    assert envelope_for("air", None).key == "airliner"


# --- the seed leg -----------------------------------------------------------------------------


def test_seed_distance_840_km_is_the_road_figure_not_the_rail_one():
    km = dist("about 520 miles (840 kilometers)", 840, 840, "about", outlet="Bloomberg")
    mi = dist("about 520 miles", 520, 520, "about", unit="mi")
    seed_journey(km, mi)
    for c in (km, mi):
        assert c.verdict == "consistent"
        assert "estimated road distance" in c.explanation and "not the rail route" in c.explanation
        assert "1,120 km by published line kilometres" in c.explanation
        assert c.leg == 4  # the return leg leaving Beijing Railway Station
        assert c.measures["rail_km"] == pytest.approx(1119.8, abs=0.1)
        assert c.measures["geodesic_km"] == pytest.approx(680.4, abs=0.5)
        assert c.measures["road_km"] is not None
    assert "520 mi (837 km)" in mi.explanation


def test_seed_durations_each_and_against_each_other():
    a = dur("12 to 14 hours", 12, 14, outlet="Bloomberg")
    b = dur("the 13-hour trip", 13, 13, outlet="CNN")
    c = dur("a day-long ride", None, None, "day-long", origin="Beijing Railway Station",
            outlet="AFP")
    seed_journey(a, b, c)
    assert [x.verdict for x in (a, b, c)] == ["consistent"] * 3
    assert "80-93 km/h" in a.explanation and "1,120 km rail route" in a.explanation
    assert "86 km/h" in b.explanation
    assert "~60 km/h top speed" in a.explanation  # the reported top speed is flagged
    assert "agrees with 13 h (CNN), day-long (10-24 h) (AFP)" in a.explanation
    assert "agrees with 12-14 h (Bloomberg)" in b.explanation
    assert a.implied_speed_kmh == pytest.approx((1119.8 / 14, 1119.8 / 12))


def test_durations_that_disagree_are_called_out():
    a = dur("12 to 14 hours", 12, 14, outlet="Bloomberg")
    fast = dur("a 3-hour dash", 3, 3, outlet="Nobody")
    seed_journey(a, fast)
    assert fast.verdict == "inconsistent"
    assert "impossible" in fast.explanation  # even the straight line needs > top speed
    assert "disagrees with 12-14 h (Bloomberg)" in fast.explanation
    assert "disagrees with 3 h (Nobody)" in a.explanation


def test_seed_clock_times_across_time_zones():
    en_route = Claim(
        "time", "en route to Pyongyang by 2 p.m. Wednesday", "003", None, None, "iso",
        "Beijing Railway Station", "Pyongyang", time=datetime(2019, 1, 9, 14, tzinfo=CST),
        event="en route", outlet="Bloomberg",
    )
    back = Claim(
        "time", "could return as soon as Thursday morning", "003", None, None, "iso",
        "Beijing Railway Station", "Pyongyang", time=datetime(2019, 1, 10, 9, tzinfo=KST),
        event="arrival", qualifier="as soon as", outlet="Bloomberg",
    )
    too_early = Claim(
        "time", "arrived in Pyongyang at 6 p.m. Wednesday", "x", None, None, "iso",
        "Beijing Railway Station", "Pyongyang", time=datetime(2019, 1, 9, 18, tzinfo=KST),
        event="arrival",
    )
    seed_journey(dur("12 to 14 hours", 12, 14), en_route, back, too_early)
    assert en_route.verdict == "consistent" and "about 2.0 h before" in en_route.explanation
    assert back.verdict == "consistent"
    assert "(UTC+9)" in back.explanation and "(UTC+8)" in back.explanation
    assert too_early.verdict == "inconsistent"
    assert "earlier than the traveller could arrive" in too_early.explanation


# --- constructed verdict table ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "verdict", "phrase"),
    [
        (dist("400 km", 400, 400), "inconsistent", "shorter than the straight-line distance"),
        (dist("about 600 km", 600, 600, "about"), "inconsistent", "shorter than the straight-line"),
        (dist("1,100 km", 1100, 1100), "consistent", "matches the rail distance"),
        (dist("more than 1,000 km", 1000, None, "more than"), "consistent", "rail distance"),
        (dist("680 km as the crow flies", 680, 680), "consistent", "straight-line distance"),
        (dist("2,000 km", 2000, 2000), "inconsistent", "matches none of the measures"),
        (dist("no number", None, None), "unverifiable", "no number"),
        (dist("900 km", 900, 900, origin=None), "unverifiable", "does not say between which"),
        (dist("900 km", 900, 900, origin="Atlantis"), "unverifiable", "does not say between which"),
        (dur("3 hours", 3, 3), "inconsistent", "impossible"),
        (dur("13 hours", 13, 13), "consistent", "within the 30-100 km/h"),
        (dur("10 to 24 hours", 10, 24), "consistent", "overlapping the 30-100 km/h"),
        (dur("two weeks", 336, 336), "inconsistent", "far below"),
        (dur("48 hours", 48, 48), "consistent", "unless it stopped for long"),
        (Claim("speed", "300 km/h", "t", 300, 300, "km/h", "Beijing", "Dandong"), "inconsistent",
         "above the 100 km/h top speed"),
        (Claim("speed", "60 km/h", "t", 60, 60, "km/h", "Beijing", "Dandong"), "consistent",
         "within"),
        (Claim("time", "left at noon", "t", None, None, "iso", "Beijing", "Dandong",
               time=datetime(2019, 1, 9, 12)), "unverifiable", "time zone"),
    ],
)
def test_verdict_table(claim: Claim, verdict: str, phrase: str):
    seed_journey(claim)
    assert claim.verdict == verdict, claim.explanation
    assert phrase in claim.explanation
    assert 0 < len(claim.explanation) < 600


def test_a_leg_the_rail_data_does_not_cover():
    j = Journey(
        stops=[Stop(PARIS), Stop(BERLIN)],
        legs=[Leg("Paris", "Berlin", mode="rail")],
        places=[PlaceMention(PARIS), PlaceMention(BERLIN)],
        claims=[
            dist("3,000 km", 3000, 3000, origin="Paris", destination="Berlin"),
            dist("about 1,100 km", 1100, 1100, "about", origin="Paris", destination="Berlin"),
            dur("1 hour", 1, 1, origin="Paris", destination="Berlin"),
            dur("10 hours", 10, 10, origin="Paris", destination="Berlin"),
        ],
    )
    check_journey(measure_journey(j))
    far, road, hour, ten = j.claims
    # the rail length is estimated from the straight line (878 km x 1.02-1.45): 3,000 km is
    # more than a line winding to twice the estimate's top could make it
    assert far.verdict == "inconsistent" and "matches none" in far.explanation
    assert road.verdict == "consistent" and "estimated rail distance" in road.explanation
    assert hour.verdict == "inconsistent" and "straight line" in hour.explanation
    assert ten.verdict == "consistent" and "rail estimate" in ten.explanation
    assert any("estimated from the straight line" in n for n in j.notes)


def test_claim_spanning_two_legs_sums_them():
    c = dist("about 1,350 km", 1350, 1350, "about", origin="Beijing Railway Station",
             destination="Pyongyang")
    j = seed_journey(c)
    m = match_claim(j, c)
    assert m is not None and m.indices == [4, 5]
    assert c.verdict == "consistent" and "rail distance" in c.explanation
    assert c.measures["rail_km"] == pytest.approx(1347.4, abs=0.1)


def test_a_city_stands_for_its_station_and_direction_falls_back():
    j = seed_journey()
    outbound = dist("x", 1, 1, origin="Dandong", destination="Beijing")
    m = match_claim(j, outbound)
    assert m is not None and m.indices == [1] and not m.reversed
    rev = dist("x", 1, 1, origin="Pyongyang", destination="Guesthouse nowhere")
    assert match_claim(j, rev) is None


@settings(max_examples=40, deadline=None)
@given(
    low=st.one_of(st.none(), st.floats(min_value=0, max_value=1e5)),
    span=st.floats(min_value=0, max_value=1e4),
    qualifier=st.sampled_from([None, "about", "more than", "nearly", "up to", "some odd words"]),
    kind=st.sampled_from(["distance", "duration", "speed"]),
)
def test_any_figure_gets_a_verdict_and_an_explanation(low, span, qualifier, kind):
    unit = {"distance": "km", "duration": "h", "speed": "km/h"}[kind]
    high = None if low is None else low + span
    c = Claim(kind, "free text", "t", low, high, unit, "Beijing", "Dandong", qualifier=qualifier)
    j = Journey(
        stops=[Stop(BJ_STATION), Stop(DANDONG)],
        legs=[Leg("Beijing Railway Station", "Dandong", vehicle=TRAIN)],
        places=[PlaceMention(BJ_STATION), PlaceMention(DANDONG), PlaceMention(BEIJING)],
        claims=[c],
    )
    check_journey(measure_journey(j))
    assert c.verdict in ("consistent", "inconsistent", "unverifiable")
    assert c.explanation and "nan" not in c.explanation


def test_places_no_leg_joins_are_measured_directly_without_assuming_a_mode():
    j = Journey(
        stops=[Stop(PARIS)],
        legs=[],
        places=[PlaceMention(PARIS), PlaceMention(BERLIN)],
        claims=[
            dist("about 1,050 km", 1050, 1050, "about", origin="Paris", destination="Berlin"),
            dist("300 km", 300, 300, origin="Paris", destination="Berlin"),
            dur("half an hour", 0.5, 0.5, origin="Paris", destination="Berlin"),
            dur("a day", 24, 24, origin="Paris", destination="Berlin"),
        ],
    )
    check_journey(measure_journey(j))
    road, short, fast, slow = j.claims
    assert road.verdict == "consistent" and "estimated road distance" in road.explanation
    assert "not the" not in road.explanation  # no mode to contrast with
    assert short.verdict == "inconsistent" and "straight-line" in short.explanation
    assert fast.verdict == "inconsistent" and "faster than an airliner" in fast.explanation
    assert slow.verdict == "unverifiable" and "no leg from Paris to Berlin" in slow.explanation


def test_departure_reports_that_contradict_each_other():
    wed = Claim("time", "Wednesday", "a", None, None, "iso", "Beijing", None,
                time=datetime(2019, 1, 9, 12, tzinfo=CST), event="departure",
                qualifier="date only", outlet="A")
    by_two = Claim("time", "by 2 p.m. Wednesday", "b", None, None, "iso", "Beijing", "Pyongyang",
                   time=datetime(2019, 1, 9, 14, tzinfo=CST), event="en route", qualifier="by",
                   outlet="B")
    thu = Claim("time", "Thursday", "c", None, None, "iso", "Beijing", None,
                time=datetime(2019, 1, 10, 12, tzinfo=CST), event="departure",
                qualifier="date only", outlet="C")
    seed_journey(wed, by_two, thu)
    assert thu.verdict == "inconsistent"
    assert "does not fit other reports of the departure from Beijing Railway Station" in (
        thu.explanation
    )
    assert "'Wednesday' (A)" in thu.explanation and "'by 2 p.m. Wednesday' (B)" in thu.explanation
    assert wed.verdict == "inconsistent"  # it disagrees with C: the conflict shows on both sides
    alone = Claim("time", "Friday", "d", None, None, "iso", "Pyongyang", None,
                  time=datetime(2019, 1, 4, 12, tzinfo=KST), event="departure",
                  qualifier="date only")
    seed_journey(alone)
    assert alone.verdict == "unverifiable" and "No other report" in alone.explanation


def test_an_arrival_before_the_departure_could_have_reached_it():
    left = Claim("time", "Jan. 7", "a", None, None, "iso", "Pyongyang", None,
                 time=datetime(2019, 1, 7, 12, tzinfo=KST), event="departure",
                 qualifier="date only")
    early = Claim("time", "Monday morning", "b", None, None, "iso", None, "Beijing",
                  time=datetime(2019, 1, 7, 9, tzinfo=CST), event="arrival")
    fine = Claim("time", "early Tuesday morning", "c", None, None, "iso", None, "Beijing",
                 time=datetime(2019, 1, 8, 6, tzinfo=CST), event="arrival")
    seed_journey(left, early, fine)
    assert fine.verdict == "consistent" and "no earlier than" in fine.explanation
    assert early.verdict == "inconsistent"
    assert "earlier than the traveller could arrive" in early.explanation


def test_hand_built_claims_in_any_unit_are_converted_by_routes_units() -> None:
    # once a private table read "nmi", "yd", "ft", "weeks" and "knots" as km, h and km/h
    from routes.checking import distance_range, duration_range, speed_range

    def claim(kind: str, value: float, unit: str) -> Claim:
        return Claim(kind=kind, text="t", source="s", low=value, high=value,  # type: ignore[arg-type]
                     unit=unit)

    nmi = distance_range(claim("distance", 100, "nmi"))
    assert nmi is not None and nmi.stated_low == pytest.approx(185.2)
    feet = distance_range(claim("distance", 1000, "feet"))
    assert feet is not None and feet.stated_low == pytest.approx(0.3048)
    weeks = duration_range(claim("duration", 2, "weeks"))
    assert weeks is not None and weeks.stated_low == pytest.approx(336)
    knots = speed_range(claim("speed", 20, "knots"))
    assert knots is not None and knots.stated_low == pytest.approx(37.04)
    mph = speed_range(claim("speed", 60, "mph"))
    assert mph is not None and mph.stated_low == pytest.approx(96.56064)
    # a unit no table knows is no measurable figure, not kilometres
    assert distance_range(claim("distance", 3, "furlongs")) is None
    assert duration_range(claim("duration", 3, "fortnights")) is None
    assert speed_range(claim("speed", 3, "furlongs per fortnight")) is None
