"""A place left after "then" in the sentence of a goal, towns near a city reached told after
the way there, and a trip halted short of its destination. Every story is constructed for
the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import claim_told, stops, undated_story

KYIV = ("KYIV, Feb. 21, 2023 - Italy's prime minister arrived in Kyiv on Tuesday morning, after "
        "travelling overnight by train from Poland. She had flown from Rome to Warsaw on "
        "Monday for talks, then took a train from the border town of Przemysl, a journey of "
        "about 10 hours. She visited Bucha and Irpin, two towns near the capital, before "
        "meeting the president.")


def test_a_place_left_after_then_is_left_after_the_goal(shared_gazetteer: Any) -> None:
    # (Przemysl had taken the Monday of the flight and come before Warsaw; Bucha and Irpin,
    # told after it, had come before Warsaw too)
    journey = undated_story(KYIV, shared_gazetteer)
    assert stops(journey) == ["Rome", "Warsaw", "Przemysl", "Kyiv", "Bucha", "Irpin"]


def test_a_trip_from_a_place_left_after_then_is_not_to_the_goal_before(
        shared_gazetteer: Any) -> None:
    # (it had been Przemysl - Warsaw, the goal of the step before "then")
    train = claim_told(undated_story(KYIV, shared_gazetteer), "about 10 hours")
    assert (train.origin, train.destination, train.verdict) == ("Przemysl", "Kyiv",
                                                                "consistent")


def test_a_trip_halted_short_of_its_destination_never_reached_it(
        shared_gazetteer: Any) -> None:
    text = ("TOKYO, Jan. 2, 2024 - A bullet train from Tokyo to Kanazawa, a trip of about 450 "
            "km that normally takes two and a half hours, was stopped near Toyama, about 60 km "
            "short of its destination, after an earthquake.")
    journey = undated_story(text, shared_gazetteer)
    # (Kanazawa had been a stop, reached before Toyama)
    assert stops(journey) == ["Tokyo", "Toyama"]


def test_a_place_told_by_what_it_is_lies_where_the_story_is(shared_gazetteer: Any) -> None:
    text = ("NOUMEA, New Caledonia, May 23, 2024 - France's president landed in Noumea on "
            "Thursday morning after a flight of about 24 hours from Paris, with a refuelling "
            "stop in Vancouver. The French territory lies about 16,700 km from Paris.")
    far = claim_told(undated_story(text, shared_gazetteer), "about 16,700 km")
    # (it had been Paris - Vancouver, the stop after Paris, and called wrong)
    assert (far.origin, far.destination, far.verdict) == ("Paris", "Noumea", "consistent")


def test_a_flight_told_after_the_arrival_with_a_later_trip_in_its_sentence(
        shared_gazetteer: Any) -> None:
    text = ("BEIJING, Nov. 4, 2023 - Australia's prime minister arrived in Shanghai on Saturday "
            "evening. He flew from Sydney, a flight of about 10 hours, and will attend a trade "
            "fair in Shanghai on Sunday before travelling on Monday to Beijing, about 1,070 km "
            "to the north.")
    journey = undated_story(text, shared_gazetteer)
    # (Sydney had come after Shanghai, and both figures had been set against Sydney -
    # Beijing: the 1,070 km called shorter than the straight line)
    assert stops(journey) == ["Sydney", "Shanghai", "Beijing"]
    flight = claim_told(journey, "about 10 hours")
    assert (flight.origin, flight.destination) == ("Sydney", "Shanghai")
    on = claim_told(journey, "about 1,070 km")
    assert (on.origin, on.destination, on.verdict) == ("Shanghai", "Beijing", "consistent")


def test_a_place_flown_in_from_leaves_the_traveller_where_he_arrived(
        shared_gazetteer: Any) -> None:
    text = ("BEIJING, April 11, 2025 - Spain's prime minister arrived in Beijing on Thursday "
            "for talks. He flew in from Hanoi, where he had spent two days, a flight of about "
            "three and a half hours. He returns to Madrid, some 9,200 km away, on Saturday.")
    away = claim_told(undated_story(text, shared_gazetteer), "some 9,200 km")
    # (it had been measured from Hanoi, the place flown in from)
    assert (away.origin, away.destination) == ("Beijing", "Madrid")
