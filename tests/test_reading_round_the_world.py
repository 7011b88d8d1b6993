"""A trip round the world by ship and train: goals told past a list of ports ("sailed by way
of Port Said, Colombo and Singapore to Hong Kong"), "crossed to" and "crossed the Pacific to"
a place, the ocean crossed by sea even in a story with a train, the train taken after it as
the next leg's, "arriving back in New Jersey" as back at the town left there, and "72 days
after she left" as the whole trip's time. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops

ROUND = ("The reporter sailed from Hoboken, New Jersey, on November 14, 1889, bound for "
         "Southampton.\n\n"
         "She went on by train to Amiens, then crossed to Brindisi, and sailed by way of Port "
         "Said, Colombo and Singapore to Hong Kong.\n\n"
         "From Hong Kong she crossed the Pacific to San Francisco and took a special train "
         "across the country, arriving back in New Jersey on January 25, 1890, 72 days after "
         "she left.")


def story(gazetteer: Any) -> Journey:
    return checked_story(ROUND, "1890-01-26", gazetteer)


def test_the_goal_past_the_ports_and_the_crossings_are_stops(shared_gazetteer: Any) -> None:
    assert stops(story(shared_gazetteer)) == [
        "Hoboken", "Southampton", "Amiens", "Brindisi", "Port Said", "Colombo", "Singapore",
        "Hong Kong", "San Francisco", "Hoboken"]


def test_the_ocean_crossed_is_sailed_and_the_train_taken_after_is_the_next_leg(
        shared_gazetteer: Any) -> None:
    legs = {(leg.origin, leg.destination): leg.mode for leg in story(shared_gazetteer).legs}
    assert legs[("Hong Kong", "San Francisco")] == "sea"
    assert legs[("San Francisco", "Hoboken")] == "rail"


def test_days_after_she_left_are_the_whole_trip(shared_gazetteer: Any) -> None:
    days = claim_told(story(shared_gazetteer), "72 days")
    assert (days.origin, days.destination) == ("Hoboken", "Hoboken")
    # (over a loop by ship and train no measure holds, and the straight line, 0 km, says
    # nothing: the explanation had quoted it)
    assert days.verdict == "unverifiable"
    assert "ends where it began" in days.explanation and "0 km" not in days.explanation
