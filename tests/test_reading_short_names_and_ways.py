"""Small towns with short names, and the way to a goal told after it. A town of three
letters that is no English word and no name a person goes by ("Pau", "Voi") is the town
where a place is expected ("the stage from Pau", "past Mariakani and Voi"); "Lot" and "Ann"
still are not. A place passed "through" after the goal of its sentence ("the last leg to
Kampala, some 200 km, through Tororo and Jinja") is passed before that goal. Each once read
wrong: Pau and Voi were lost, and the trucker reached Kampala before Tororo."""

from __future__ import annotations

from typing import Any

from routes.reading import find_places, read_text
from tests.stories import checked_story, claim_told, stops

TRUCKER = (
    "Joseph Otieno left Mombasa port at 6 a.m. on Thursday and headed inland past "
    "Mariakani and Voi. On Friday he drove on through Nakuru and Eldoret, reaching the border "
    "town of Malaba after dark. Once across, the last leg to Kampala, some 200 km (125 "
    "miles) through Tororo and Jinja, took most of Monday.")


def _names(text: str, gazetteer: Any) -> set[str]:
    return {pm.place.name for pm in find_places([read_text(text, "t.txt")], gazetteer)}


def test_a_short_town_name_stands_where_a_place_is_expected(shared_gazetteer: Any) -> None:
    assert "Pau" in _names("The 152-km stage from Pau ended in the mountains.",
                           shared_gazetteer)
    assert {"Mariakani", "Voi"} <= _names("The truck headed inland past Mariakani and Voi.",
                                          shared_gazetteer)


def test_short_words_and_names_are_still_no_towns(shared_gazetteer: Any) -> None:
    assert _names("She met Ann in Lot, then drove to Lyon.", shared_gazetteer) == {"Lyon"}
    # a short part of a hyphenated name is no town of its own
    assert _names("He worked at Wal-Mart in Bentonville.", shared_gazetteer) == {"Bentonville"}


def test_a_way_told_after_its_goal_is_passed_before_it(shared_gazetteer: Any) -> None:
    journey = checked_story(TRUCKER, "2025-07-15", shared_gazetteer)
    assert stops(journey) == ["Mombasa", "Mariakani", "Voi", "Nakuru", "Eldoret", "Malaba",
                              "Tororo", "Jinja", "Kampala"]
    last_leg = claim_told(journey, "some 200 km (125 miles)")
    assert (last_leg.origin, last_leg.destination) == ("Malaba", "Kampala")


def test_a_place_passed_after_a_goal_reached_is_the_next_leg(shared_gazetteer: Any) -> None:
    journey = checked_story("John Smith reached Kampala on Monday and drove through Jinja "
                            "on Tuesday.", "2025-07-15", shared_gazetteer)
    assert stops(journey) == ["Kampala", "Jinja"]
    then = checked_story("John Smith drove to Kampala, then through Jinja to Busia.",
                         "2025-07-15", shared_gazetteer)
    assert stops(then) == ["Kampala", "Jinja", "Busia"]


HAULIER = (
    "Driver Joseph Otieno collected his load from Mombasa port at dawn on Thursday and headed "
    "inland in his truck. He drove through Voi and reached Nairobi that night. On Friday he "
    "drove on to Nakuru and Eldoret. Kenya built a standard gauge railway to take freight off "
    "the road, but its trains stop in the Rift Valley. Otieno parked his truck in Kampala on "
    "Monday. On Tuesday he will hand the empty container to a depot in Kampala, then pick up "
    "a load of coffee for the trip back to Mombasa.")


def test_a_place_left_is_told_before_its_verb_of_going(shared_gazetteer: Any) -> None:
    journey = checked_story(HAULIER, "2025-07-15", shared_gazetteer)
    assert stops(journey)[:3] == ["Mombasa", "Voi", "Nairobi"]


def test_a_railway_in_the_background_does_not_carry_a_trucker(shared_gazetteer: Any) -> None:
    journey = checked_story(HAULIER, "2025-07-15", shared_gazetteer)
    assert {leg.mode for leg in journey.legs} == {"road"}


def test_a_trip_back_still_to_come_is_not_drawn(shared_gazetteer: Any) -> None:
    journey = checked_story(HAULIER, "2025-07-15", shared_gazetteer)
    assert stops(journey)[-1] == "Kampala"
