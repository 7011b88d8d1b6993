"""A leaving told after the arrival it led to: "He flew in from New Delhi", "He flew from New
Delhi earlier in the day". The place left goes before the place reached, not after it."""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import read_story, read_text


def _stops(text: str, gazetteer: Any) -> list[str]:
    story = read_story([read_text(f"date 2024-06-18\nVisit\n\n{text}\n", "t.txt")], gazetteer)
    return [s.place.name for s in story.stops]


@pytest.mark.parametrize("text", [
    "Modi arrived in Moscow on Monday. He flew from New Delhi earlier in the day.",
    "Modi arrived in Moscow on Monday. He left New Delhi the day before.",
    "Modi arrived in Moscow on Monday. He had flown from New Delhi.",
    "Modi arrived in Moscow on Monday after flying from New Delhi.",
])
def test_the_place_left_before_the_arrival_goes_first(shared_gazetteer: Any, text: str):
    assert _stops(text, shared_gazetteer) == ["New Delhi", "Moscow"]


@pytest.mark.parametrize("text", [
    "Modi arrived in Moscow on Monday. On Tuesday he flew from Moscow to Vienna.",
    "Modi arrived in Moscow on Monday. He flew to Vienna later.",
    # no arrival told before: "came in from" is then just the trip
    "Modi flew in from New Delhi on Monday and flew on to Vienna on Tuesday.",
])
def test_a_later_leaving_stays_after(shared_gazetteer: Any, text: str):
    stops = _stops(text, shared_gazetteer)
    assert stops.index("Vienna") > 0 and stops[-1] == "Vienna"


def test_a_city_reached_at_its_airport_in_the_same_sentence_is_one_stop(shared_gazetteer: Any):
    # the flight ends at the airport; Moscow and Vnukovo are not two stops with a ride between
    text = ("Modi arrived in Moscow on Monday, landing at Vnukovo airport. He flew in from "
            "New Delhi.")
    assert _stops(text, shared_gazetteer) == ["New Delhi", "Vnukovo International Airport"]


def test_a_city_left_from_its_station_in_the_same_sentence_is_one_stop(shared_gazetteer: Any):
    text = ("The overnight sleeper from Bangkok pulled into Chiang Mai at 7:15 a.m. on Sunday, "
            "about 13 hours after leaving the capital's Krung Thep Aphiwat station.")
    assert _stops(text, shared_gazetteer) == ["Krung Thep Aphiwat Central Terminal",
                                              "Chiang Mai"]


@pytest.mark.parametrize("text", [
    "Modi flew from New Delhi and landed at Vnukovo airport on Monday, then drove into Moscow.",
    "Modi flew from New Delhi and landed at Vnukovo airport on Monday. He then drove to Moscow.",
])
def test_a_city_gone_on_to_from_its_airport_is_a_stop_after_it(shared_gazetteer: Any,
                                                               text: str):
    # the flight ends at the airport and a drive takes the traveller on into the city
    assert _stops(text, shared_gazetteer) == ["New Delhi", "Vnukovo International Airport",
                                              "Moscow"]


def test_an_airport_named_in_its_city_is_still_one_stop(shared_gazetteer: Any):
    # "in Moscow" says where the airport is, not a ride on to the city
    text = "Modi flew from New Delhi and landed at Vnukovo airport in Moscow on Monday."
    assert _stops(text, shared_gazetteer) == ["New Delhi", "Vnukovo International Airport"]
