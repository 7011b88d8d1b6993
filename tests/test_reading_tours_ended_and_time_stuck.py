"""A tour told as ended by leaving its last stop, a hop to a goal, the flight home to near
where the trip began, and time spent stranded. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops

GULF = ("President Donald Trump ended a four-day tour of the Gulf on Friday, leaving Abu Dhabi "
        "for Washington. Air Force One had landed in Riyadh on Tuesday morning after an "
        "overnight flight of about 12 hours from Joint Base Andrews. On Wednesday Trump flew "
        "the roughly 500 km to Doha, and on Thursday he made the short hop of about 300 km to "
        "Abu Dhabi. The flight home is about 11,000 km.")


def test_a_tour_ended_by_leaving_its_last_stop(shared_gazetteer: Any) -> None:
    # (Abu Dhabi had been left before the tour, first of all, and Washington reached on the
    # Friday: the 300 km were set against Riyadh - Abu Dhabi and called wrong)
    journey = checked_story(GULF, "2025-05-16", shared_gazetteer)
    assert stops(journey) == ["Joint Base Andrews", "Riyadh", "Doha", "Abu Dhabi", "Washington"]
    hop = claim_told(journey, "about 300 km")
    assert (hop.origin, hop.destination, hop.verdict) == ("Doha", "Abu Dhabi", "consistent")


def test_the_flight_home_to_near_where_the_trip_began(shared_gazetteer: Any) -> None:
    # (it had been the leg of the figure before, Riyadh - Doha, and called wrong)
    home = claim_told(checked_story(GULF, "2025-05-16", shared_gazetteer), "about 11,000 km")
    assert (home.origin, home.destination, home.verdict) == ("Abu Dhabi", "Washington",
                                                             "consistent")


def test_time_spent_stranded_is_no_trips_time(shared_gazetteer: Any) -> None:
    text = ("Hundreds of drivers were stranded overnight on Interstate 95 in Virginia after a "
            "snowstorm, some for more than 24 hours, along a 50-mile stretch between "
            "Fredericksburg and Richmond.")
    journey = checked_story(text, "2022-01-04", shared_gazetteer)
    assert not any(c.text == "more than 24 hours" for c in journey.claims)
