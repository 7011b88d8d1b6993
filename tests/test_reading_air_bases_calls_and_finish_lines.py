"""Air bases named like an air force, calls told as nouns, a bus named as the subject, a tour's
way there told after the arrival, a finish line crossed, a race's length with its start placed
by a city, and a place told with how far away it is. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.stories import claim_told, stops, undated_story


@pytest.mark.parametrize(("base", "name"), [
    ("Andrews Air Force Base", "Joint Base Andrews"),
    ("Hickam Air Force Base", "Joint Base Pearl Harbor–Hickam"),
    ("Waterkloof Air Force Base", "Air Force Base Waterkloof"),
])
def test_an_air_base_named_like_a_force_is_landed_at(base: str, name: str,
                                                     shared_gazetteer: Any) -> None:
    text = (f"The president landed at {base} on Tuesday morning after an overnight flight "
            "from Paris.")
    # (the base had been read inside an organisation's name, "Air Force", and was no stop)
    assert stops(undated_story(text, shared_gazetteer)) == ["Paris", name]


def test_the_flight_to_an_air_base_outside_a_city_is_measured_to_it(
        shared_gazetteer: Any) -> None:
    text = ("JOHANNESBURG - The president landed at Waterkloof Air Force Base outside Pretoria "
            "on Tuesday morning after an overnight flight of about 16 hours from Washington.")
    flight = claim_told(undated_story(text, shared_gazetteer), "about 16 hours")
    assert (flight.origin, flight.verdict) == ("Washington", "consistent")


def test_calls_told_as_a_noun_come_before_the_port_reached(shared_gazetteer: Any) -> None:
    text = ("PIRAEUS, Greece - The ferry left Piraeus at 7:30 a.m. on Monday and reached "
            "Santorini just before 3 p.m., after calls at Paros, Naxos and Ios. The crossing of "
            "about 130 nautical miles took seven and a half hours.")
    journey = undated_story(text, shared_gazetteer)
    # (the calls had been arrivals after Santorini, and the 130 miles Piraeus - Ios)
    assert stops(journey) == ["Piraeus", "Paros", "Naxos", "Ios", "Santorini"]
    assert claim_told(journey, "about 130 nautical miles").destination == "Santorini"


def test_a_bus_that_left_went_by_road(shared_gazetteer: Any) -> None:
    text = ("CHICAGO - The Greyhound bus left Manhattan at 10 p.m. on Friday and pulled into "
            "Chicago about 18 hours later, after stops in Pittsburgh and Indianapolis. The "
            "fare was less than half the price of a last-minute flight.")
    journey = undated_story(text, shared_gazetteer)
    # (the flight the fare was set against had made every leg a flight, and 18 hours
    # "inconsistent")
    assert {leg.mode for leg in journey.legs} == {"road"}
    assert claim_told(journey, "about 18 hours").verdict == "consistent"


def test_a_tour_s_way_there_told_after_the_arrival_comes_before_it(
        shared_gazetteer: Any) -> None:
    text = ("BUDAPEST - China's leader arrived in Budapest on Wednesday evening on the last "
            "leg of a five-day tour that began in Paris and took him to Belgrade. He flew in "
            "from the Serbian capital, about 320 kilometers to the south, a flight of under "
            "an hour.")
    journey = undated_story(text, shared_gazetteer)
    # (Belgrade had come after Budapest, and both figures had had no end)
    assert stops(journey) == ["Paris", "Belgrade", "Budapest"]
    far = claim_told(journey, "about 320 kilometers")
    assert (far.origin, far.destination, far.verdict) == ("Belgrade", "Budapest",
                                                          "consistent")


def test_a_finish_line_crossed_ends_a_race_begun_near_a_city(shared_gazetteer: Any) -> None:
    text = ("NOME, Alaska - The musher crossed the finish line in Nome early on Tuesday, nine "
            "days after leaving Willow, north of Anchorage, at the start of the nearly "
            "1,000-mile race.")
    journey = undated_story(text, shared_gazetteer)
    assert stops(journey) == ["Willow", "Nome"]
    # (the race had been Willow - Anchorage, the city that places the start, and the nine
    # days had had no end)
    assert (claim_told(journey, "nearly 1,000-mile race").destination,
            claim_told(journey, "nine days").destination) == ("Nome", "Nome")


def test_a_place_told_with_how_far_away_it_is_ends_the_figure(shared_gazetteer: Any) -> None:
    text = ("FOLKESTONE, England - The shuttle carries cars from Folkestone to Calais through "
            "the tunnel. Our family drove off the train at Coquelles, outside Calais, and was in "
            "Paris, some 290 kilometers away, by mid-afternoon.")
    journey = undated_story(text, shared_gazetteer)
    assert "Coquelles" in stops(journey)
    far = claim_told(journey, "some 290 kilometers")
    # (it had been Calais - Coquelles, and "inconsistent")
    assert (far.origin, far.destination, far.verdict) == ("Coquelles", "Paris", "consistent")
