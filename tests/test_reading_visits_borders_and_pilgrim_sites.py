"""A visit told as a noun ("made an unannounced visit to Kyiv") with the trips that led there
told after it, a figure measured from a border named after it, and the hajj's sites outside
Mecca. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import find_places, read_text
from tests.stories import claim_told, stops, undated_story

_KYIV = ("KYIV, Ukraine - The president made an unannounced visit to Kyiv on Monday, traveling "
         "for about 10 hours by train from the Polish border after a flight from Joint Base "
         "Andrews to Rzeszow in eastern Poland.")


def test_the_flight_told_after_a_visit_came_before_it(shared_gazetteer: Any) -> None:
    # (Kyiv had come second, between the base and Rzeszow: a flight back to Poland)
    assert stops(undated_story(_KYIV, shared_gazetteer))[:3] == [
        "Joint Base Andrews", "Rzeszow", "Kyiv"]


def test_a_time_from_a_border_told_after_it_is_not_the_earlier_flight_s(
        shared_gazetteer: Any) -> None:
    ride = claim_told(undated_story(_KYIV, shared_gazetteer), "about 10 hours")
    # (it had been put on the transatlantic flight, Joint Base Andrews - Rzeszow)
    assert (ride.origin, ride.destination, ride.verdict) == ("Rzeszow", "Kyiv", "consistent")


def test_the_hajj_s_sites_are_stops_of_their_own(shared_gazetteer: Any) -> None:
    text = ("MECCA, Saudi Arabia - Pilgrims moved from Mina to Mount Arafat on Thursday, a walk "
            "of about 14 kilometers. At sunset they left for Muzdalifah.")
    journey = undated_story(text, shared_gazetteer)
    # (the mountain and the plain had been no places at all)
    assert stops(journey) == ["Mina", "Mount Arafat", "Muzdalifah"]
    walk = claim_told(journey, "about 14 kilometers")
    assert (walk.origin, walk.destination, walk.verdict) == ("Mina", "Mount Arafat",
                                                             "consistent")


@pytest.mark.parametrize("sentence", [
    "He reached the pass, at 2,106 metres, on Saturday.",
    "They walked about 25 km to Roncesvalles with 1,250 metres of climbing.",
])
def test_a_height_told_at_a_place_is_no_leg(sentence: str, shared_gazetteer: Any) -> None:
    text = f"ZURICH - The group rode from Zurich to Andermatt. {sentence}"
    journey = undated_story(text, shared_gazetteer)
    # (a height had been a distance between two stops, and "inconsistent")
    assert not [c for c in journey.claims if "metres" in c.text]


def test_a_jet_named_in_three_words_is_flown(shared_gazetteer: Any) -> None:
    text = ("TOKYO - The prime minister left New Delhi on Thursday aboard an Air India One "
            "jet, covering some 5,850 km to Tokyo in about seven and a half hours. On Saturday "
            "he rode a Shinkansen train from Tokyo to Sendai.")
    journey = undated_story(text, shared_gazetteer)
    # (the leg had taken the story's bullet train, and the time had been "inconsistent")
    assert [leg.mode for leg in journey.legs][:1] == ["air"]
    assert claim_told(journey, "about seven and a half hours").verdict == "consistent"


def test_an_airport_whose_name_holds_a_kin_word_and_a_town_is_read_whole(
        shared_gazetteer: Any) -> None:
    places = [pm.place.name for pm in find_places([read_text(
        "The jet flew from Noi Bai airport to Tan Son Nhat airport on Tuesday.", "a.txt")],
        shared_gazetteer)]
    # ("Son" had made the name a person's, and "Tan Son" a town of its own)
    assert places == ["Noi Bai International Airport", "Tan Son Nhat International Airport"]


def test_the_train_that_covered_the_way_to_an_arrival_came_before_it(
        shared_gazetteer: Any) -> None:
    text = ("MOMBASA, Kenya - The King arrived in the port city of Mombasa on Thursday, "
            "ending a four-day state visit. The couple reached the coast aboard the Madaraka "
            "Express. The train covered the roughly 470 km from Nairobi Terminus in a little "
            "under six hours, with a brief stop at Voi, officials said. Their visit had opened "
            "on Tuesday, when the King's aircraft touched down at Jomo Kenyatta International "
            "Airport after a flight from London Stansted.")
    journey = undated_story(text, shared_gazetteer)
    # (Nairobi had come after Mombasa, and the 470 km had been "inconsistent")
    assert stops(journey)[:3] == ["Nairobi Terminus", "Voi", "Mombasa"]
    assert claim_told(journey, "roughly 470 km").verdict == "consistent"


def test_time_in_the_air_is_the_flight_s(shared_gazetteer: Any) -> None:
    text = ("ROME - A pilot landed in Rome on Friday after flying from London. He had been in "
            "the air for 150 minutes.")
    # (the time had been no claim at all)
    flight = claim_told(undated_story(text, shared_gazetteer), "150 minutes")
    assert (flight.origin, flight.destination, flight.verdict) == ("London", "Rome",
                                                                   "consistent")
