"""A trip's goal told as it set off, in a story that then tells the way there stop by stop
and ends at it, is the end, not the first stop; "reached a point about 200 kilometers from the
capital" is near the capital, not there; and a time told from one arrival to the next ("and
Irkutsk two days later") holds the stay between them. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.gazetteer import Gazetteer
from tests.stories import checked_story, claim_told, stops, undated_story

TRAIN = ("The weekly train leaves Beijing every Wednesday morning for Moscow, by way of "
         "Ulaanbaatar, a journey of about 7,600 kilometers.\n\n"
         "Our train crossed into Mongolia at Erenhot after dark. We reached Ulaanbaatar the next "
         "afternoon, and Irkutsk, near Lake Baikal, two days later. The last leg, from Irkutsk "
         "to Moscow, took four days.")



def test_a_goal_told_as_the_train_set_off_is_where_it_ends(shared_gazetteer: Gazetteer) -> None:
    # (Moscow had been the first stop after Beijing, and the last again)
    j = undated_story(TRAIN, shared_gazetteer)
    assert stops(j) == ["Beijing", "Erenhot", "Ulan Bator", "Irkutsk", "Moscow"]
    assert claim_told(j, "about 7,600 kilometers").destination == "Moscow"


def test_days_from_one_arrival_to_the_next_hold_the_stay(shared_gazetteer: Gazetteer) -> None:
    # (the two days had been judged as the train's running time: "far below" a train's speed)
    later = claim_told(undated_story(TRAIN, shared_gazetteer), "two days")
    assert (later.origin, later.destination) == ("Ulan Bator", "Irkutsk")
    assert later.verdict == "unverifiable"
    assert "stay between them" in later.explanation


def test_a_goal_come_back_to_at_the_end_was_a_stop(shared_gazetteer: Gazetteer) -> None:
    text = ("She left London for Paris on the morning train. She went on to Lyon. Then she "
            "travelled back to Paris.")
    assert stops(undated_story(text, shared_gazetteer)) == ["London", "Paris", "Lyon", "Paris"]


def test_a_point_reached_near_the_capital_is_not_the_capital(shared_gazetteer: Any) -> None:
    text = ("The column left Rostov-on-Don on Saturday morning. By the afternoon it had "
            "passed Voronezh and had reached a point about 200 "
            "kilometers (125 miles) from Moscow when it was ordered to turn back.")
    j = checked_story(text, "2023-06-25", shared_gazetteer)
    assert "Moscow" not in stops(j)
    point = claim_told(j, "about 200 kilometers (125 miles)")
    assert point.verdict == "unverifiable"
