"""Arrivals told by the city and left by its airport, and what a story says beside the trip:
"arrived in Singapore on Sunday afternoon", then "was driven from Changi Airport to the St.
Regis hotel" came in at the airport (the city after it, not left for it); "the longest trip
Kim has made since taking power" compares the trip with the past, so its sentence is no
background (its "flight from Pyongyang" is where the trip began); "then on to a hospital in
Kathmandu" and "to their hotel in Al Wakrah" reach the town the building is in; "The boat,
about seven metres long" is a size, not a leg. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


SINGAPORE = ("North Korean leader Kim Jong Un arrived in Singapore on Sunday afternoon aboard an "
             "Air China Boeing 747 for his summit with President Donald Trump.\n\n"
             "The flight from Pyongyang covered about 4,700 kilometres and took roughly seven "
             "hours, the longest trip Kim has made since taking power. He was driven from Changi "
             "Airport to the St. Regis hotel, about 20 kilometres away.")


def test_a_trip_compared_with_the_past_is_no_background(shared_gazetteer: Any) -> None:
    # (Pyongyang had been no stop: "since taking power" made the sentence background)
    j = story(SINGAPORE, shared_gazetteer, "2018-06-10")
    assert stops(j)[0] == "Pyongyang"
    assert j.legs[0].mode == "air"


def test_an_airport_left_after_the_citys_arrival_is_where_the_flight_came_in(
        shared_gazetteer: Any) -> None:
    j = story(SINGAPORE, shared_gazetteer, "2018-06-10")
    assert stops(j) == ["Pyongyang", "Singapore Changi Airport", "Singapore"]
    flight = claim_told(j, "about 4,700 kilometres")
    assert (flight.origin, flight.verdict) == ("Pyongyang", "consistent")


def test_a_building_reached_after_then_on_to_is_in_its_town(shared_gazetteer: Any) -> None:
    text = ("An Irish climber who fell ill near the summit of Mount Everest was airlifted on "
            "Saturday. He had been carried down to Camp 2 by Sherpas before a helicopter flew "
            "him to Lukla and then on to a hospital in Kathmandu. The flight took about an "
            "hour.")
    j = story(text, shared_gazetteer, "2024-05-20")
    assert stops(j) == ["Lukla", "Kathmandu"]
    hour = claim_told(j, "about an hour")
    assert (hour.origin, hour.destination, hour.verdict) == ("Lukla", "Kathmandu",
                                                             "consistent")


def test_a_building_of_their_own_is_in_its_town(shared_gazetteer: Any) -> None:
    text = ("England's World Cup squad landed in Doha on Tuesday afternoon after a flight of "
            "about six and a half hours from Birmingham. From Doha airport they took a coach "
            "to their hotel in Al Wakrah.")
    j = story(text, shared_gazetteer, "2022-11-15")
    assert stops(j)[-1] == "Al Wakrah"


def test_a_size_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("A boat carrying migrants capsized on its way from Sfax in Tunisia to Lampedusa. "
            "The boat, about seven metres long, left Sfax on Thursday morning.")
    j = story(text, shared_gazetteer, "2023-08-09")
    assert all(c.text != "about seven metres" for c in j.claims)


def test_setting_sail_is_leaving(shared_gazetteer: Any) -> None:
    # (Plymouth had been no stop: "set sail" was no word of leaving)
    text = ("Climate activist Greta Thunberg arrived in New York on Wednesday after a 15-day "
            "voyage across the Atlantic on a racing yacht. The yacht set sail from Plymouth in "
            "England on Aug. 14 and covered about 3,500 nautical miles.")
    j = story(text, shared_gazetteer, "2019-08-28")
    assert stops(j) == ["Plymouth", "New York City"]
    voyage = claim_told(j, "15-day voyage")
    assert (voyage.origin, voyage.verdict) == ("Plymouth", "consistent")


def test_anchoring_off_a_port_is_arriving(shared_gazetteer: Any) -> None:
    # (Istanbul had been no stop: "anchored off" was no word of arriving)
    text = ("The first ship to carry Ukrainian grain since the invasion anchored off Istanbul "
            "on Tuesday night after leaving the port of Odesa on Monday morning.")
    j = story(text, shared_gazetteer, "2022-08-03")
    assert stops(j) == ["Odesa", "Istanbul"]
