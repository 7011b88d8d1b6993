"""A story that opens on the arrival and tells the way there after it, with no day of its own:
the way goes before the arrival. "arrived in Washington on Wednesday", then "travelled by
train from Kyiv ... then was driven to Rzeszow ... The flight to Joint Base Andrews took about
10 hours" ends beside Washington: it led there (it had been read as a trip on from Washington,
by rail to Kyiv). "pulled into Venice ... after a two-day journey from London", then "before
boarding the train in Calais": Calais lies on the way. And a span of time that qualifies no
trip ("rowing in two-hour shifts") is not checked as one. Every story is constructed for the
test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from routes.reading import read_story, read_text
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


WASHINGTON = ("Ukrainian President Volodymyr Zelensky arrived in Washington on Wednesday on his "
              "first trip abroad since the invasion.\n\n"
              "He travelled by train from Kyiv to the Polish border overnight, then was driven "
              "to Rzeszow, where he boarded a US Air Force plane. The flight to Joint Base "
              "Andrews took about 10 hours.")


def test_a_way_told_after_the_arrival_that_ends_beside_it_led_there(
        shared_gazetteer: Any) -> None:
    j = story(WASHINGTON, shared_gazetteer, "2022-12-21")
    assert stops(j) == ["Kyiv", "Rzeszow", "Joint Base Andrews", "Washington"]
    assert [leg.mode for leg in j.legs][1] == "air"
    flight = claim_told(j, "about 10 hours")
    assert (flight.origin, flight.destination, flight.verdict) == (
        "Rzeszow", "Joint Base Andrews", "consistent")


def test_a_way_told_later_as_later_stays_after_the_arrival(shared_gazetteer: Any) -> None:
    text = WASHINGTON.replace("He travelled by train", "He later travelled by train")
    j = story(text, shared_gazetteer, "2022-12-21")
    assert stops(j)[0] == "Washington"


VENICE = ("The Venice Simplon-Orient-Express pulled into Venice Santa Lucia station on Saturday "
          "afternoon after a two-day journey from London.\n\n"
          "Passengers crossed the Channel by coach and Eurotunnel shuttle before boarding the "
          "train in Calais.")


def test_a_place_left_told_after_the_arrival_on_the_way_goes_before_it(
        shared_gazetteer: Any) -> None:
    j = story(VENICE, shared_gazetteer, "2023-03-20")
    assert stops(j) == ["London", "Calais", "Venezia Santa Lucia"]
    assert j.legs[-1].mode == "rail"  # "boarding the train in Calais", not "by coach"


def test_in_a_story_with_no_date_a_place_on_the_way_goes_before_the_arrival(
        shared_gazetteer: Any) -> None:
    # (with no day to order anything by, the stops had kept the order told: Calais last)
    j = read_story([read_text(f"A trip\n\n{VENICE}", "t.txt")], shared_gazetteer)
    assert stops(j) == ["London", "Calais", "Venezia Santa Lucia"]


def test_in_a_story_with_no_date_a_place_off_the_way_is_not_moved(
        shared_gazetteer: Any) -> None:
    # Oslo lies nowhere between London and Venice: its leaving is not read as on the way
    j = read_story([read_text(f"A trip\n\n{VENICE.replace('Calais', 'Oslo')}", "t.txt")],
                   shared_gazetteer)
    assert stops(j)[-1] == "Oslo"


def test_a_span_that_qualifies_no_trip_is_not_checked(shared_gazetteer: Any) -> None:
    text = ("Four British women rowed into English Harbour in Antigua on Monday after crossing "
            "the Atlantic from La Gomera in the Canary Islands in 42 days. The crew covered "
            "about 3,000 nautical miles, rowing in two-hour shifts around the clock.")
    j = story(text, shared_gazetteer, "2024-01-22")
    assert all(c.text != "two-hour" for c in j.claims)
    assert claim_told(j, "42 days").verdict == "consistent"


def test_a_chain_the_arrival_split_goes_before_it(shared_gazetteer: Any) -> None:
    # "They crossed to Lesbos by dinghy, took a ferry to Athens": Lesbos had gone before
    # Munich and Athens after it, as a trip on from Munich
    text = ("A Syrian family who set out from Izmir in Turkey a month ago arrived at Munich's "
            "central station on Sunday after a journey of about 2,500 kilometres.\n\n"
            "They crossed to Lesbos by dinghy, took a ferry to Athens and then walked and rode "
            "buses through Macedonia, Serbia, Hungary and Austria.")
    j = story(text, shared_gazetteer, "2015-09-06")
    assert stops(j) == ["Izmir", "Lesbos", "Athens", "Munich Hauptbahnhof"]


POPE = ("Pope Francis returned to Rome on Friday evening after a 12-day tour of Asia and "
        "Oceania.\n\n"
        "The pontiff flew home from Singapore, a flight of about 12 hours. He had visited "
        "Indonesia, Papua New Guinea and East Timor before Singapore, covering about 32,000 "
        "kilometres in all.")


def test_a_leaving_told_alone_after_a_return_is_where_the_way_home_began(
        shared_gazetteer: Any) -> None:
    # (Singapore had been a trip on from Rome, and the flight home unplaced)
    j = story(POPE, shared_gazetteer, "2024-09-13")
    assert stops(j) == ["Rome", "Singapore", "Rome"]
    home = claim_told(j, "about 12 hours")
    assert (home.origin, home.destination, home.verdict) == ("Singapore", "Rome", "consistent")


def test_a_tour_of_countries_with_no_town_is_measured_by_no_leg(shared_gazetteer: Any) -> None:
    # "visited Indonesia, Papua New Guinea and East Timor ..., covering about 32,000 km in
    # all": the map has no stop in those countries, so no leg measures it (it had been
    # "inconsistent" against Rome - Singapore)
    j = story(POPE, shared_gazetteer, "2024-09-13")
    tour = claim_told(j, "about 32,000 kilometres")
    assert tour.verdict == "unverifiable"


def test_in_a_story_with_no_date_the_take_off_told_after_the_landing_comes_first(
        shared_gazetteer: Any) -> None:
    text = ("Two balloonists landed in a field near Saint-Nazaire in western France on "
            "Thursday after a flight from Maine that lasted about 110 hours.\n\n"
            "The balloon took off from Presque Isle, Maine, on Sunday and rode the jet stream "
            "across the Atlantic.")
    j = read_story([read_text(f"A trip\n\n{text}", "t.txt")], shared_gazetteer)
    assert stops(j) == ["Presque Isle", "Saint-Nazaire"]
