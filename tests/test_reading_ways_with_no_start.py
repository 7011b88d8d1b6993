"""A story that opens on the arrival and then tells the way there with no start, from a
border crossed and through stops each nearer the end ("crossed into Russia at Khasan ... and
rode ... west, stopping in Novosibirsk and Omsk on the way"), and a figure told for that ride,
past the stops on the way. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import claim_told, stops, undated_story

MOSCOW = ("MOSCOW (AP) - The North Korean leader arrived in Moscow on Saturday aboard an "
          "armored train after a 10-day journey across Russia.\n\n"
          "He crossed into Russia at Khasan on July 26 and rode the Trans-Siberian Railway more "
          "than 9,000 kilometers west, stopping in Novosibirsk and Omsk on the way.")



def test_a_way_with_no_start_each_stop_nearer_the_end_goes_before_it(
        shared_gazetteer: Any) -> None:
    # (Moscow had been the first stop, and the way from Khasan a trip on from it)
    assert stops(undated_story(MOSCOW, shared_gazetteer)) == ["Khasan", "Novosibirsk", "Omsk",
                                                         "Moscow"]


def test_a_ride_told_with_stops_on_the_way_goes_past_them(shared_gazetteer: Any) -> None:
    # (it had ended at the first stop on the way, Novosibirsk)
    ride = claim_told(undated_story(MOSCOW, shared_gazetteer), "more than 9,000 kilometers")
    assert (ride.origin, ride.destination, ride.verdict) == ("Khasan", "Moscow", "consistent")


def test_places_visited_after_the_arrival_stay_after_it(shared_gazetteer: Any) -> None:
    text = ("The leader arrived in Moscow on Saturday. He visited Tver and Klin, where he "
            "toured a factory.")
    assert stops(undated_story(text, shared_gazetteer)) == ["Moscow", "Tver", "Klin"]


def test_hours_and_a_half_in_digits_are_a_figure() -> None:
    from routes.reading import find_figures, parse_number

    assert parse_number("33 and a half") == 33.5
    found = find_figures("He landed outside Paris 33 and a half hours later.")
    assert [(f.text, f.low) for f in found] == [("33 and a half hours", 33.5)]


def test_villages_named_on_the_way_are_stops(shared_gazetteer: Any) -> None:
    # ("stopping in villages along the way, including Nadiad, Anand and Surat": the villages
    # counted had hidden the places named; and the 24 days had no start)
    text = ("On March 12, 1930, Mohandas Gandhi set out on foot from his ashram near Ahmedabad "
            "with 78 followers, bound "
            "for the coastal village of Dandi.\n\n"
            "The marchers walked about 240 miles (390 kilometers) over 24 days, stopping in "
            "villages along the way, including Nadiad, Anand and Surat.\n\n"
            "They reached Dandi on April 5.")
    j = undated_story(text, shared_gazetteer)
    assert stops(j) == ["Ahmedabad", "Nadiad", "Anand", "Surat", "Dandi"]
    days = claim_told(j, "over 24 days")
    assert (days.origin, days.destination, days.verdict) == ("Ahmedabad", "Dandi", "consistent")
