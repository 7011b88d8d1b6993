"""Calls told as counted ports with some named, a diversion the flight came back from, a
delay told as "later than scheduled", a train whose words put two adjectives before it, and
an undated trip told after the leaving that ended its visit. Each once read wrong: Tromso was
no place, the flight reached neither Dubai nor Singapore, the delay was checked as a flight
time, an overnight train was flown, and Kim went from Beijing to Pyongyang."""

from __future__ import annotations

from typing import Any

from routes.reading import find_places, read_text
from tests.stories import checked_story, stops


def test_ports_counted_then_named_are_places(shared_gazetteer: Any) -> None:
    found = find_places([read_text("The coastal ship called at 32 ports, including Trondheim "
                                   "and Tromso.", "t.txt")], shared_gazetteer)
    assert {p.place.name for p in found} >= {"Trondheim", "Tromsø"}


def test_a_diverted_flight_that_arrived_in_the_end_reaches_both(shared_gazetteer: Any) -> None:
    text = ("A Singapore Airlines flight from London to Singapore was diverted to Dubai on "
            "Thursday after a passenger fell ill, arriving in Singapore 19 hours later than "
            "scheduled.")
    journey = checked_story(text, "2025-03-14", shared_gazetteer)
    assert stops(journey) == ["London", "Dubai", "Singapore"]
    assert not [c for c in journey.claims if c.kind == "duration"]  # a delay, not a flight
    assert not [n for n in journey.notes if "instead" in n]


def test_a_train_with_two_words_before_it_names_its_leg(shared_gazetteer: Any) -> None:
    text = ("The French national team flew from Paris to Rzeszow on Tuesday, before taking a "
            "10-hour overnight train to Kyiv for Thursday's match.")
    journey = checked_story(text, "2025-11-20", shared_gazetteer)
    assert [(leg.origin, leg.mode) for leg in journey.legs] == [("Paris", "air"),
                                                                ("Rzeszow", "rail")]
    took = next(c for c in journey.claims if c.text == "10-hour")
    assert took.verdict == "consistent"


def test_an_undated_trip_told_after_its_leaving_ends_at_the_visit_it_reached(
        shared_gazetteer: Any) -> None:
    text = ("A green train pulled out of Beijing Railway Station on Tuesday afternoon, ending "
            "a secretive visit. Kim traveled roughly 1,100 kilometers from Pyongyang to "
            "Beijing, a trip that took about 20 hours.")
    journey = checked_story(text, "2018-03-29", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Beijing Railway Station"]
    took = next(c for c in journey.claims if c.text == "about 20 hours")
    assert (took.origin, took.verdict) == ("Pyongyang", "consistent")


def test_a_source_told_after_the_arrival_s_time_is_left(shared_gazetteer: Any) -> None:
    text = ("U.S. Secretary of State Marco Rubio arrived in Riyadh on Monday night from "
            "Jerusalem, where he had met Israeli Prime Minister Benjamin Netanyahu, and left "
            "for Abu Dhabi on Wednesday.")
    journey = checked_story(text, "2025-02-20", shared_gazetteer)
    assert stops(journey) == ["Jerusalem", "Riyadh", "Abu Dhabi"]


def test_a_visit_told_after_an_arrival_came_before_it_and_a_bearing_is_its_place_s(
        shared_gazetteer: Any) -> None:
    text = ("Chinese leader Xi Jinping landed in Rio de Janeiro on Sunday for the Group of 20 "
            "summit after a visit to Lima, Peru, where he inaugurated a deep-water port at "
            "Chancay, about 80 kilometers north of the Peruvian capital.")
    journey = checked_story(text, "2024-11-19", shared_gazetteer)
    assert stops(journey) == ["Lima", "Rio de Janeiro"]
    far = next(c for c in journey.claims if c.text == "about 80 kilometers")
    assert (far.origin, far.destination, far.verdict) == ("Lima", "Chancay", "consistent")


def test_a_flight_that_turned_back_reaches_only_its_start(shared_gazetteer: Any) -> None:
    text = ("A Turkish Airlines Airbus A350 flying from Istanbul to New York returned to "
            "Istanbul's airport on Wednesday, about three hours after takeoff, following a "
            "technical problem.")
    journey = checked_story(text, "2025-08-14", shared_gazetteer)
    # (the airport it came back to is where it left from: one stop, not a drive to it)
    assert stops(journey) == ["Istanbul Airport"]
    assert any(n.startswith("New York City: the trip was bound there") for n in journey.notes)


def test_a_leaving_told_earlier_after_the_landing_gives_the_flight_time(
        shared_gazetteer: Any) -> None:
    text = ("A Delta Air Lines flight from Minneapolis flipped over while landing at Toronto "
            "Pearson Airport on Monday. The plane had left Minneapolis about 90 minutes "
            "earlier.")
    journey = checked_story(text, "2025-03-17", shared_gazetteer)
    took = next(c for c in journey.claims if c.text == "about 90 minutes")
    assert (took.origin, took.verdict) == ("Minneapolis", "consistent")


def test_calls_and_an_arrival_days_later_follow_an_evening_leaving(
        shared_gazetteer: Any) -> None:
    text = ("The Hurtigruten coastal ship Richard With left Bergen on Monday evening and "
            "reached Kirkenes, near the Russian border, six days later after calling at 32 "
            "ports, including Trondheim and Tromso.")
    journey = checked_story(text, "2025-06-30", shared_gazetteer)
    assert stops(journey) == ["Bergen", "Trondheim", "Tromso",
                                                     "Kirkenes"]
    assert journey.stops[-1].arrive is None  # an estimate orders the stops, never shown


def test_another_person_s_clause_sends_them_not_the_traveller(shared_gazetteer: Any) -> None:
    text = ("Leaders from around the world arrived in Rome on Friday for Pope Francis' funeral. "
            "U.S. President Donald Trump flew in from Washington overnight, an eight-hour "
            "flight, while Argentina's Javier Milei arrived from Buenos Aires after a 13-hour "
            "trip.")
    journey = checked_story(text, "2025-04-26", shared_gazetteer)
    assert stops(journey) == ["Washington", "Rome"]
    flight = next(c for c in journey.claims if c.text == "eight-hour flight")
    assert (flight.origin, flight.destination, flight.verdict) == ("Washington", "Rome",
                                                                   "consistent")
