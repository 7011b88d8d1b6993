"""Words inside other words and phrases that only look like a trip: an Airbus is no bus, a
distance measured "by air" is no flight, "five days before their test" is no travel time,
and "the Via Roma" is a street, not Rome. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.checking._envelopes import envelope_for
from routes.reading import find_places, read_text
from tests.stories import claim_told, undated_story


@pytest.mark.parametrize(("mode", "vehicle", "key"), [
    ("air", "airbus a350-900ulr jets", "airliner"),
    ("air", "jets", "airliner"),
    ("road", "buses", "car"),
    ("rail", "crh380a", "high_speed_train"),
    ("walk", "ultramarathon", "runner"),
])
def test_a_vehicle_is_matched_where_its_words_start(mode: str, vehicle: str, key: str) -> None:
    # ("bus" inside "Airbus" had made the jets a car or bus)
    assert envelope_for(mode, vehicle).key == key


def test_an_airbus_flight_is_judged_as_an_airliner_s(shared_gazetteer: Any) -> None:
    text = ("SINGAPORE - The Airbus jets cover the roughly 15,300 km between Singapore and "
            "Newark in about 18 hours and 30 minutes.")
    time = claim_told(undated_story(text, shared_gazetteer), "about 18 hours and 30 minutes")
    # (it had been "inconsistent": faster than a car or bus)
    assert time.verdict == "consistent"
    assert "airliner" in time.explanation


def test_a_distance_measured_by_air_is_no_flight(shared_gazetteer: Any) -> None:
    text = ("VIENTIANE, Laos - A train left Vientiane for Kunming on Friday, calling at Luang "
            "Prabang, about 220 km north of Vientiane by air. The whole journey takes about "
            "10 hours.")
    journey = undated_story(text, shared_gazetteer)
    # (every leg had been flown, and the ten hours "far below" an airliner's speed)
    assert [leg.mode for leg in journey.legs] == ["rail", "rail"]
    assert claim_told(journey, "about 10 hours").verdict == "consistent"


def test_flying_by_air_is_still_a_flight(shared_gazetteer: Any) -> None:
    text = "LONDON - The minister travelled from Paris to London by air on Monday."
    assert [leg.mode for leg in undated_story(text, shared_gazetteer).legs] == ["air"]


@pytest.mark.parametrize("after", ["five days before their test against Argentina",
                                   "two weeks ahead of the tournament"])
def test_a_time_before_an_event_is_no_travel_time(after: str, shared_gazetteer: Any) -> None:
    text = ("BUENOS AIRES - The All Blacks touched down in Buenos Aires on Monday after a "
            f"12-hour flight from Auckland, {after}.")
    journey = undated_story(text, shared_gazetteer)
    # (it had been the flight's time, "inconsistent": 86-97 km/h for an airliner)
    assert [c.text for c in journey.claims if c.kind == "duration"] == ["12-hour flight"]


def _names(text: str, gazetteer: Any) -> list[str]:
    return [pm.place.name for pm in find_places([read_text(text, "t.txt")], gazetteer)]


@pytest.mark.parametrize(("text", "street", "town"), [
    ("The riders sprinted up the Via Roma in San Remo.", "Via Roma", "Sanremo"),
    ("He lives on Via Veneto in Rome.", "Via Veneto", "Rome"),
    ("The cafe on Corso Roma in Milan closed.", "Corso Roma", "Milan"),
])
def test_a_street_opened_by_its_southern_european_word_is_a_street(
        text: str, street: str, town: str, shared_gazetteer: Any) -> None:
    # ("Roma" had been Rome, "Veneto" the region)
    names = _names(text, shared_gazetteer)
    assert names == [street, town]


@pytest.mark.parametrize(("text", "places"), [
    ("Via Frankfurt, the train reached Berlin.", ["Frankfurt am Main", "Berlin"]),
    ("He rode Via Rail from Toronto to Montreal.", ["Toronto", "Montréal"]),
])
def test_via_as_a_word_or_a_railway_s_name_is_no_street(text: str, places: list[str],
                                                          shared_gazetteer: Any) -> None:
    assert _names(text, shared_gazetteer) == places
