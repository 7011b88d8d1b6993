"""A convoy set off from a town named after a prince ("from Prince Rupert and Vancouver") and
told by its trucks, with a distance told past the towns it passed through; an airlift "from the
Matterhorn to the hospital in Sion"; "The King and Queen" as people; every place of a planned
list ("will take him to Najaf, Ur, Erbil, Mosul and Qaraqosh") as a plan; a leaving told alone
after the arrival, before the trip goes on; and a place told ", near" a town it lies far from.
Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.gazetteer import Gazetteer
from routes.reading import find_places, read_text
from tests.stories import checked_story, claim_told, stops, undated_story

CONVOY = ("OTTAWA, Ontario (Jan. 29, 2022) - Hundreds of trucks rolled into Ottawa on Saturday "
          "after a week-long drive across Canada.\n\n"
          "The convoy set off from Prince Rupert and Vancouver on Jan. 23, passing through "
          "Calgary, Regina and Winnipeg, and covered about 4,400 kilometers.")


def test_a_town_named_after_a_prince_set_off_from_is_a_town(shared_gazetteer: Any) -> None:
    j = undated_story(CONVOY, shared_gazetteer)
    assert stops(j)[:2] == ["Prince Rupert", "Vancouver"]


def test_a_convoy_told_by_its_trucks_arrives(shared_gazetteer: Any) -> None:
    # ("Hundreds of trucks rolled into Ottawa": the convoy's arrival, missing before)
    assert stops(undated_story(CONVOY, shared_gazetteer))[-1] == "Ottawa"


def test_a_distance_told_past_the_towns_passed_goes_on_to_the_next_stop(
        shared_gazetteer: Any) -> None:
    # (it had ended at Vancouver, the other town left, or at Winnipeg, the last passed)
    far = claim_told(undated_story(CONVOY, shared_gazetteer), "about 4,400 kilometers")
    assert (far.origin, far.destination) == ("Prince Rupert", "Ottawa")


def test_an_airlift_to_the_hospital_in_a_town_goes_there(shared_gazetteer: Any) -> None:
    text = ("A rescue helicopter flew an injured climber from the Matterhorn to the hospital in "
            "Sion on Saturday, a flight of about 50 kilometres that took 20 minutes.")
    # (the hospital's town had been read as left, "from the Matterhorn to the hospital in"
    # taken as one place left: its Saturday was a leaving no leg made)
    j = checked_story(text, "2024-08-05", shared_gazetteer)
    assert stops(j)[0] == "Matterhorn" and len(stops(j)) == 2
    assert all(c.origin != stops(j)[1] for c in j.claims)


def test_the_king_and_queen_are_no_county(shared_gazetteer: Gazetteer) -> None:
    found = find_places([read_text("The King and Queen flew to London.", "t.txt")],
                        shared_gazetteer)
    assert [p.place.name for p in found] == ["London"]


POPE = ("BAGHDAD (AP) - Pope Francis arrived in Baghdad on Friday at the start of the first "
        "papal visit to Iraq, a four-day trip that will take him to Najaf, Ur, Erbil, Mosul and "
        "Qaraqosh.\n\n"
        "He flew from Rome on a chartered plane, a flight of about four and a half hours.\n\n"
        "On Saturday he flew to Najaf to meet the Grand Ayatollah, then went on to Ur, near "
        "Nasiriyah.")


def test_a_planned_list_and_a_leaving_told_after_the_arrival(shared_gazetteer: Any) -> None:
    # (Ur, Erbil, Mosul and Qaraqosh had been stops, as goals of the plan's list; Rome a trip
    # on from Baghdad; and Ur the Russian town of Uren, far from Nasiriyah)
    j = undated_story(POPE, shared_gazetteer)
    assert stops(j) == ["Rome", "Baghdad", "Najaf"]
    flight = claim_told(j, "about four and a half hours")
    assert (flight.origin, flight.destination, flight.verdict) == (
        "Rome", "Baghdad", "consistent")
