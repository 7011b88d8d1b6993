"""Stops listed after the end ("ended a three-day bus tour in Edinburgh on Friday, after stops
in Carlisle, Dumfries and Glasgow") were made before it, each where it lies on the way; and a
speed a car was driven at is judged against what a car can do, not the law: "travelling at
about 130 miles per hour" broke a limit, which is the news, not an impossibility. Every story
is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


TOUR = ("The party leader ended a three-day bus tour in Edinburgh on Friday, after stops in "
        "Carlisle, Dumfries and Glasgow.\n\n"
        "The tour set off from Manchester on Wednesday morning. On Thursday the bus travelled "
        "about 120 kilometres from Dumfries to Glasgow, where the leader spoke at a rally. The "
        "last leg, from Glasgow to Edinburgh, took about an hour and a half.")


def test_stops_listed_after_the_end_go_on_the_way_there(shared_gazetteer: Any) -> None:
    # (Carlisle, Dumfries and Glasgow had been stops after Edinburgh, on Friday, and then
    # again before it; then Carlisle before Manchester, where the tour set off)
    j = story(TOUR, shared_gazetteer, "2024-05-17")
    assert stops(j) == ["Manchester", "Carlisle", "Dumfries", "Glasgow", "Edinburgh"]
    leg = claim_told(j, "about an hour and a half")
    assert (leg.origin, leg.destination, leg.verdict) == ("Glasgow", "Edinburgh", "consistent")


def test_a_speeding_car_is_possible(shared_gazetteer: Any) -> None:
    text = ("A driver who was travelling at about 130 miles per hour on the M62 before a crash "
            "has been charged. He had been driving from Leeds to Liverpool on Saturday.")
    j = story(text, shared_gazetteer, "2024-05-17")
    speed = claim_told(j, "about 130 miles per hour")
    assert speed.verdict == "consistent"


def test_a_car_faster_than_any_car_is_not(shared_gazetteer: Any) -> None:
    text = ("He drove from Leeds to Liverpool on Saturday, reaching 400 kilometres per hour "
            "on the M62.")
    j = story(text, shared_gazetteer, "2024-05-17")
    assert claim_told(j, "400 kilometres per hour").verdict == "inconsistent"
