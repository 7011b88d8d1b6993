"""A state visit told with where the next stop lies from the capital ("Mombasa, about 440
kilometers southeast of the capital"), "a Commonwealth country", a ship that "had been bound
from Tanjung Pelepas in Malaysia to Rotterdam", and a ride told as finished at a landmark with
its way told after. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.checking import check_journey
from routes.models import Journey
from routes.network import measure_journey
from routes.reading import read_story, read_text
from tests.stories import checked_story, claim_told, stops

KING = ("NAIROBI, Kenya (Oct. 31, 2023) - The King arrived in Nairobi on Monday night for a "
        "four-day state visit to Kenya, his first to a Commonwealth country as monarch.\n\n"
        "The King and Queen flew from London on an RAF Voyager, a flight of about eight and a "
        "half hours.\n\n"
        "On Thursday they will travel to Mombasa, about 440 kilometers southeast of the "
        "capital, before flying home on Friday.")


def test_a_commonwealth_country_is_no_town(shared_gazetteer: Any) -> None:
    # (Commonwealth, a district of Quezon City, had been the first stop)
    assert stops(checked_story(KING, "2023-10-31", shared_gazetteer)) == ["London", "Nairobi"]


def test_where_a_town_lies_from_the_capital_is_measured_from_it(shared_gazetteer: Any) -> None:
    # (it had been measured from London and called shorter than the straight line)
    far = claim_told(checked_story(KING, "2023-10-31", shared_gazetteer), "about 440 kilometers")
    assert (far.origin, far.destination, far.verdict) == ("Nairobi", "Mombasa", "consistent")


def test_where_a_town_lies_from_a_place_not_named_is_no_leg(shared_gazetteer: Any) -> None:
    text = KING.replace("southeast of the capital", "southeast of the game reserve")
    far = claim_told(checked_story(text, "2023-10-31", shared_gazetteer), "about 440 kilometers")
    assert (far.origin, far.destination, far.verdict) == (None, "Mombasa", "unverifiable")


def test_a_port_a_ship_had_been_bound_for_is_not_reached(shared_gazetteer: Any) -> None:
    text = ("The container ship was freed on Monday after blocking the canal for six days. The "
            "ship had been bound from Tanjung Pelepas in Malaysia to Rotterdam when it ran "
            "aground near Suez on March 23.")
    assert "Rotterdam" not in stops(checked_story(text, "2021-03-29", shared_gazetteer))


def test_a_ride_finished_at_a_landmark_ends_there(shared_gazetteer: Any) -> None:
    text = ("A grandmother has finished a 1,400-kilometre bike ride from Land's End to John o' "
            "Groats in 12 days.\n\n"
            "She set off from Land's End on May 1 and rode through Bristol, Manchester, "
            "Carlisle and Inverness.")
    j: Journey = check_journey(measure_journey(read_story([read_text(text, "t.txt")],
                                                          shared_gazetteer)))
    assert stops(j) == ["Land's End", "Bristol", "Manchester", "Carlisle", "Inverness",
                        "John o' Groats"]
