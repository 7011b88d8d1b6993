"""A cortege's road trip and the flight after it, a craft's distance from a border, craft
named after a place, a line's length, a described list member, a plan's "and then to",
visits told in the past perfect, and airports the data once left out. Every story is
constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import find_places, read_text
from tests.stories import claim_told, stops, undated_story

CORTEGE = ("LONDON - The coffin left Balmoral Castle on Sunday "
           "morning for a slow drive by road to Edinburgh, some 175 miles (280 kilometers) to "
           "the south. The hearse passed through Aberdeen, Dundee and Perth and reached the "
           "Palace of Holyroodhouse in the Scottish capital about six hours after setting off. "
           "On Tuesday the coffin was flown from Edinburgh Airport to RAF Northolt, west of "
           "London, a flight of a little over an hour. It was then driven to Buckingham Palace, "
           "about 15 miles away.")


def test_a_cortege_by_road_then_a_flight(shared_gazetteer: Any) -> None:
    journey = undated_story(CORTEGE, shared_gazetteer)
    # (the hearse had been no traveller, so Aberdeen, Dundee and Perth no stops; Edinburgh,
    # only the goal, had been a stop of its own before them; the airport had been nowhere)
    assert stops(journey) == ["Balmoral Castle", "Aberdeen", "Dundee", "Perth",
                              "Palace of Holyroodhouse", "Edinburgh Airport", "RAF Northolt",
                              "Buckingham Palace"]
    modes = [leg.mode for leg in journey.legs]
    # (Aberdeen - Dundee had been flown: the story flies later)
    assert modes == ["road", "road", "road", "road", "road", "air", "road"]


@pytest.mark.parametrize(("figure", "ends"), [
    ("some 175 miles (280 kilometers)", ("Balmoral Castle", "Edinburgh")),
    ("about six hours", ("Balmoral Castle", "Edinburgh")),
    ("a little over an hour", ("Edinburgh", "London")),
    ("about 15 miles", ("RAF Northolt", "Buckingham Palace")),
])
def test_each_figure_of_the_cortege_is_its_own_legs(figure: str, ends: tuple[str, str],
                                                    shared_gazetteer: Any) -> None:
    claim = claim_told(undated_story(CORTEGE, shared_gazetteer), figure)
    # (the six hours had been set on Edinburgh - London; the flight and the drive had no ends)
    assert ((claim.origin, claim.destination), claim.verdict) == (ends, "consistent")


def test_a_distance_from_a_border_is_where_the_craft_was(shared_gazetteer: Any) -> None:
    text = ("VILNIUS, Lithuania, May 23, 2021 - A fighter jet intercepted a flight from Athens to "
            "Vilnius on Sunday and forced it to land in Minsk. The plane was over Belarus and "
            "only about 45 miles from the Lithuanian border when it was ordered to turn round.")
    claim = claim_told(undated_story(text, shared_gazetteer), "about 45 miles")
    # (it had been Athens - Vilnius, and "inconsistent")
    assert (claim.origin, claim.destination, claim.verdict) == (None, None, "unverifiable")


def test_a_journey_from_a_border_keeps_the_place_it_reached(shared_gazetteer: Any) -> None:
    text = ("KLAIPEDA, Lithuania, Oct. 10, 2022 - A grain train reached the port of Klaipeda on "
            "Monday after a journey of about 1,600 km from the Ukrainian border.")
    claim = claim_told(undated_story(text, shared_gazetteer), "about 1,600 km")
    assert claim.destination == "Klaipeda"


@pytest.mark.parametrize("text", [
    "Lindbergh landed at Le Bourget on Saturday night. The flight of the Spirit of St. Louis "
    "took 33 hours.",
    "The crew sailed the Pride of Baltimore from Annapolis on Monday and reached Norfolk.",
])
def test_a_craft_named_after_a_place_does_not_go_there(text: str,
                                                       shared_gazetteer: Any) -> None:
    names = stops(undated_story(text, shared_gazetteer))
    assert "St. Louis" not in names and "Baltimore" not in names


def test_a_body_named_after_its_town_leaves_the_town_a_place(shared_gazetteer: Any) -> None:
    text = ("Cleanups are organised by the London PRIDE coordinator in London, Kentucky, and "
            "by the PRIDE staff.")
    found = find_places([read_text(text, "t.txt")], shared_gazetteer)
    assert any(pm.place.name == "London" and pm.place.country == "US" for pm in found)


def test_the_length_of_the_line_is_the_whole_trip(shared_gazetteer: Any) -> None:
    text = ("VLADIVOSTOK, Russia - The Rossiya pulled into Vladivostok on Saturday, six days "
            "after leaving Moscow. On the way it stopped in Novosibirsk and Irkutsk. The line "
            "runs 9,289 kilometers across seven time zones.")
    claim = claim_told(undated_story(text, shared_gazetteer), "9,289 kilometers")
    # (it had been Irkutsk - Vladivostok, and "inconsistent")
    assert (claim.origin, claim.destination, claim.verdict) == ("Moscow", "Vladivostok",
                                                                "consistent")


def test_a_list_member_after_a_described_one_shares_the_verb(shared_gazetteer: Any) -> None:
    text = ("VLADIVOSTOK, Russia - The train left Moscow on Sunday and reached Vladivostok six "
            "days later. On the way it stopped in Krasnoyarsk and Irkutsk, near Lake Baikal, "
            "and in Khabarovsk on the Amur.")
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Moscow", "Krasnoyarsk", "Irkutsk", "Khabarovsk", "Vladivostok"]


def test_and_then_to_after_a_plan_is_planned_too(shared_gazetteer: Any) -> None:
    text = ("WASHINGTON - The pope arrived in Washington on Tuesday. He will travel to New York "
            "on Thursday, and then to Philadelphia on Saturday.")
    # (Philadelphia had been a stop)
    assert stops(undated_story(text, shared_gazetteer)) == ["Washington"]


def test_places_visited_before_the_place_left_come_before_it(shared_gazetteer: Any) -> None:
    text = ("WASHINGTON - The pope arrived at Joint Base Andrews on Tuesday after a flight of "
            "about four hours from Santiago de Cuba, the last stop of his visit to Cuba, where "
            "he had also visited Havana and Holguín.")
    # (Havana and Holguín had come after Joint Base Andrews)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Havana", "Holguín", "Santiago de Cuba", "Joint Base Andrews"]


def test_a_time_told_at_a_city_left_from_its_airport(shared_gazetteer: Any) -> None:
    text = ("KUALA LUMPUR, March 8, 2014 - A jet disappeared from radar early on Saturday, less "
            "than an hour into a flight from Kuala Lumpur to Beijing. It took off from Kuala "
            "Lumpur International Airport at 12:41 a.m.")
    claim = claim_told(undated_story(text, shared_gazetteer), "early on Saturday")
    # (it had said Kuala Lumpur was not on the journey)
    assert "no leg of the journey leaves Kuala Lumpur" in claim.explanation


@pytest.mark.parametrize(("name", "country"), [
    ("Edinburgh Airport", "GB"),
    ("Charles de Gaulle Airport", "FR"),
    ("Vaclav Havel Airport", "CZ"),
    ("Kuala Lumpur International Airport", "MY"),
    ("Calgary International Airport", "CA"),
    ("RAF Northolt", "GB"),
])
def test_airports_once_left_out_are_known(name: str, country: str,
                                          shared_gazetteer: Any) -> None:
    # (a coordinate written with its trailing zeros dropped, 55.95, had been taken for a
    # rough one, and the airport left out)
    place = shared_gazetteer.resolve(name).place
    assert (place.kind, place.country) == ("airport", country)
