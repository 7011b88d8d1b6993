"""Figures told for a round trip are judged there and back (routes/checking/_round_trip.py)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.checking._legs import LegMatch
from routes.checking._round_trip import doubled, there_and_back, told_as_round_trip
from routes.models import Claim, Journey, Measure, Place
from routes.network._estimates import from_geodesic, geodesic_measure, road_measure
from routes.pipeline import check_articles
from routes.reading import read_text

PARIS = Place("Paris", 48.85341, 2.3488, "city", "FR", source="test fixture")
BREST = Place("Brest", 48.39029, -4.48628, "city", "FR", source="test fixture")


def _claim(text: str, sentence: str, kind: str = "distance") -> Claim:
    return Claim(kind, text, "t.txt", 1.0, 1.0, "km", "Paris", "Brest",  # type: ignore[arg-type]
                 sentence=sentence)


@pytest.mark.parametrize(("text", "sentence"), [
    ("1,200-kilometre", "They rode from Paris to Brest and back, a 1,200-kilometre round trip."),
    ("about 3,500 km", "They flew to Tenerife and back, a round trip of about 3,500 km."),
    ("11-day", "The convoy set off for Lhasa, an 11-day round trip of about 7,500 km."),
    ("about 7,500 km", "The convoy set off for Lhasa, an 11-day round trip of about 7,500 km."),
    ("40 km", "The course runs to the lighthouse, 40 km there and back."),
    ("12-mile", "A 12-mile out-and-back run to the lake."),
    ("900 km", "The team took a 900 km round-trip flight to Oslo."),
])
def test_a_figure_told_for_the_round_trip(text: str, sentence: str):
    assert told_as_round_trip(_claim(text, sentence))


@pytest.mark.parametrize(("text", "sentence"), [
    # the way back alone
    ("20 hours", "The return trip to Pyongyang took 20 hours."),
    # a round trip told in another clause than the figure
    ("3 hours", "On the round trip he met the mayor; the flight from Paris to Brest took 3 hours."),
    ("500 km", "He drove 500 km to Brest, and the round trip ended in Paris on Friday."),
    ("500 km", "He drove 500 km to Brest."),
])
def test_a_figure_not_told_for_the_round_trip(text: str, sentence: str):
    assert not told_as_round_trip(_claim(text, sentence))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.text(max_size=15))
def test_any_sentence_reads_without_error_and_needs_the_words(sentence: str, text: str):
    found = told_as_round_trip(_claim(text, sentence))
    folded = sentence.casefold()
    assert not found or "round" in folded or "back" in folded


def test_each_measure_doubled_keeps_its_kind_band_and_provenance():
    geo = geodesic_measure(PARIS, BREST)
    road = road_measure(geo, ("FR", "FR"))
    twice = doubled(road)
    assert twice.km == pytest.approx(2 * road.km)
    assert (twice.low_km, twice.high_km) == pytest.approx((2 * road.low_km, 2 * road.high_km))
    assert from_geodesic(twice) and twice.source == road.source
    assert twice.geometry[0] == twice.geometry[-1] == road.geometry[0]
    published = Measure("rail", 600.0, "curated corridors", "line", published_km=600.0)
    assert doubled(published).published_km == 1200.0 and not from_geodesic(doubled(published))


def test_a_loop_is_not_doubled_again():
    geo = geodesic_measure(PARIS, BREST)
    one_way = LegMatch([0], PARIS, BREST, {"geodesic": geo})
    both = there_and_back(one_way)
    assert both.round_trip and both.measures["geodesic"].km == pytest.approx(2 * geo.km)
    assert there_and_back(both) is both
    loop = LegMatch([0, 1], PARIS, PARIS, {"geodesic": geo})
    assert there_and_back(loop) is loop


def _checked(text: str, gazetteer: Any) -> Journey:
    return check_articles([read_text("date 2024-05-20\nTrip\n\n" + text + "\n", "t.txt")],
                          gazetteer=gazetteer)


def _verdict(j: Journey, text: str) -> tuple[str | None, str]:
    claim = next(c for c in j.claims if c.text == text)
    return claim.verdict, claim.explanation


def test_round_trips_read_from_stories_are_judged_there_and_back(shared_gazetteer: Any):
    ride = _checked("The cyclists rode from Paris to Brest and back, a 1,200-kilometre round "
                    "trip completed in under 90 hours.", shared_gazetteer)
    verdict, why = _verdict(ride, "1,200-kilometre")
    assert verdict == "consistent" and "there and back between Paris and Brest" in why
    verdict, why = _verdict(ride, "under 90 hours")
    assert verdict == "consistent" and "from Paris to Brest and back" in why
    flight = _checked("The royal couple flew from Madrid to Tenerife on Monday and returned the "
                      "same evening, a round trip of about 3,500 km.", shared_gazetteer)
    assert _verdict(flight, "about 3,500 km")[0] == "consistent"
    # told one way, the same figure is twice the trip: still wrong
    one_way = _checked("The royal couple flew from Madrid to Tenerife on Monday, a flight of "
                       "about 3,500 km.", shared_gazetteer)
    assert _verdict(one_way, "about 3,500 km")[0] == "inconsistent"


def test_a_wrong_round_trip_figure_is_still_wrong(shared_gazetteer: Any):
    j = _checked("The royal couple flew from Madrid to Tenerife on Monday and returned the same "
                 "evening, a round trip of about 9,000 km.", shared_gazetteer)
    verdict, why = _verdict(j, "about 9,000 km")
    assert verdict == "inconsistent" and "there and back" in why
    short = _checked("The convoy left Beijing on Monday for Lhasa, a round trip of about 4,000 "
                     "km by road.", shared_gazetteer)
    verdict, why = _verdict(short, "about 4,000 km")
    # 4,000 km is more than one way by road, but less than the straight line there and back
    assert verdict == "inconsistent" and "shorter than the straight-line distance" in why
