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
