"""A top speed told "up to" is the speed reached ("Trains run at up to 300 km/h"), judged
against the train that could reach it when the story does not class the train; and figures
told in a chain of flights belong to the leg each follows ("flown first from Kabul to Al Udeid,
a flight of about four hours, and then on to Ramstein, about 2,600 miles further"). Every story
is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str = "2024-05-17") -> Journey:
    return checked_story(text, date, gazetteer)


def test_an_unclassed_train_at_up_to_300_kmh_is_a_high_speed_one(shared_gazetteer: Any) -> None:
    text = ("The first train left Beijing South station on Thursday and reached Shanghai "
            "Hongqiao about five hours later. Trains on the line run at up to 300 km/h.")
    speed = claim_told(story(text, shared_gazetteer), "up to 300 km/h")
    assert speed.verdict == "consistent"
    assert "only a high-speed train" in speed.explanation
    assert "high-speed train can do" in speed.explanation


def test_up_to_a_speed_no_car_reaches_is_too_fast(shared_gazetteer: Any) -> None:
    # ("up to" had been read as any speed below the figure, so nothing was ever too fast)
    text = ("He drove from Leeds to Liverpool on Saturday, at up to 400 kilometres per hour "
            "on the M62.")
    speed = claim_told(story(text, shared_gazetteer), "up to 400 kilometres per hour")
    assert speed.verdict == "inconsistent"
    assert "top speed" in speed.explanation


AIRLIFT = ("More than 10,000 Afghans have now passed through Ramstein Air Base. Most were flown "
           "first from Kabul to Al Udeid Air Base in Qatar, a flight of about four hours, and "
           "then on to Ramstein, about 2,900 miles further, before boarding flights to Dulles "
           "International Airport.")


def test_a_figure_after_a_goal_placed_in_its_country_is_that_flight(
        shared_gazetteer: Any) -> None:
    # (the country told after the base had hidden the apposition: the four hours went to
    # Kabul - Ramstein, too fast for an airliner)
    j = story(AIRLIFT, shared_gazetteer, "2021-08-24")
    assert stops(j)[:2] == ["Kabul", "Al Udeid Air Base"]
    flight = claim_told(j, "about four hours")
    assert (flight.origin, flight.destination, flight.verdict) == (
        "Kabul", "Al Udeid Air Base", "consistent")


def test_the_flight_on_from_a_base_gone_to_starts_there(shared_gazetteer: Any) -> None:
    # (the base, a landmark gone to, had not been taken as where the flight on set off: the
    # 2,900 miles were measured from Kabul and called too short)
    further = claim_told(story(AIRLIFT, shared_gazetteer, "2021-08-24"),
                         "about 2,900 miles")
    assert (further.origin, further.verdict) == ("Al Udeid Air Base", "consistent")


DIVERTED = ("VILNIUS, Lithuania (May 24, 2021) - A Ryanair jet flying from Athens to Vilnius "
            "was forced to land in Minsk on Sunday after the authorities scrambled a fighter "
            "jet and told the crew of a bomb threat.\n"
            "The Boeing 737 had been about 10 minutes from the Lithuanian border when it was "
            "diverted, and turned around to fly roughly 100 kilometres back to the Belarusian "
            "capital.\n"
            "After seven hours on the ground in Minsk, during which a journalist was taken off "
            "the plane, the flight continued to Vilnius, landing late on Sunday evening.")


def test_a_diverted_flight_lands_on_the_way_before_its_goal_that_night(
        shared_gazetteer: Any) -> None:
    # (the landing told with its day only had gone after the night's landing in Vilnius)
    j = story(DIVERTED, shared_gazetteer, "2021-05-24")
    assert stops(j) == ["Athens", "Minsk", "Vilnius"]


def test_a_figure_from_where_a_flight_turned_round_has_no_start(shared_gazetteer: Any) -> None:
    # (it had been measured from Athens, or Vilnius, and called shorter than the straight line)
    back = claim_told(story(DIVERTED, shared_gazetteer, "2021-05-24"), "roughly 100 kilometres")
    assert (back.origin, back.verdict) == (None, "unverifiable")


def test_a_flight_told_as_long_as_the_road_is_not_the_flight(shared_gazetteer: Any) -> None:
    text = ("He flew from Athens to Vilnius on Sunday. The flight takes about three hours and "
            "covers some 1,600 miles, the airline said.")
    j = story(text, shared_gazetteer, "2021-05-24")
    far = claim_told(j, "some 1,600 miles")
    assert (far.origin, far.destination) == ("Athens", "Vilnius")
    assert far.verdict == "inconsistent"
    assert "road distance" in far.explanation
