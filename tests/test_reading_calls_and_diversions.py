"""Calls told as counted ports with some named, a diversion the flight came back from, a
delay told as "later than scheduled", and a train whose words put two adjectives before it.
Each once read wrong: Tromso was no place, the flight reached neither Dubai nor Singapore,
the delay was checked as a flight time, and an overnight train was flown."""

from __future__ import annotations

from typing import Any

from routes.checking import check_journey
from routes.models import Journey
from routes.network import measure_journey
from routes.reading import find_places, read_story, read_text


def _checked(text: str, day: str, gazetteer: Any) -> Journey:
    story = read_story([read_text(f"date {day}\nA trip\n\n{text}\n", "t.txt")], gazetteer)
    return check_journey(measure_journey(story))


def test_ports_counted_then_named_are_places(shared_gazetteer: Any) -> None:
    found = find_places([read_text("The coastal ship called at 32 ports, including Trondheim "
                                   "and Tromso.", "t.txt")], shared_gazetteer)
    assert {p.place.name for p in found} >= {"Trondheim", "Tromsø"}


def test_a_diverted_flight_that_arrived_in_the_end_reaches_both(shared_gazetteer: Any) -> None:
    text = ("A Singapore Airlines flight from London to Singapore was diverted to Dubai on "
            "Thursday after a passenger fell ill, arriving in Singapore 19 hours later than "
            "scheduled.")
    journey = _checked(text, "2025-03-14", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["London", "Dubai", "Singapore"]
    assert not [c for c in journey.claims if c.kind == "duration"]  # a delay, not a flight
    assert not [n for n in journey.notes if "instead" in n]


def test_a_train_with_two_words_before_it_names_its_leg(shared_gazetteer: Any) -> None:
    text = ("The French national team flew from Paris to Rzeszow on Tuesday, before taking a "
            "10-hour overnight train to Kyiv for Thursday's match.")
    journey = _checked(text, "2025-11-20", shared_gazetteer)
    assert [(leg.origin, leg.mode) for leg in journey.legs] == [("Paris", "air"),
                                                                ("Rzeszow", "rail")]
    took = next(c for c in journey.claims if c.text == "10-hour")
    assert took.verdict == "consistent"
