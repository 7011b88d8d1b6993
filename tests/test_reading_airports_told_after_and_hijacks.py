"""A state visit told by its arrival and then by the airport the plane landed at, with the
drive from the airport measured by way of the city; a hijacked flight forced to fly elsewhere;
and "the last 30 miles" of a crossing, from a point no one names. Every story is constructed
for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops, undated_story

XI = ("MOSCOW (Reuters) - Chinese President Xi Jinping arrived in Moscow on Monday for a "
      "three-day state visit.\n\n"
      "Xi's plane landed at Vnukovo airport after a flight of about eight hours from Beijing. A "
      "motorcade then took him about 30 km to the Kremlin.")


def test_the_place_left_told_with_the_airport_landed_at_comes_first(
        shared_gazetteer: Any) -> None:
    # (Beijing had been a stop after Moscow, and the Kremlin reached from it by air)
    assert stops(undated_story(XI, shared_gazetteer)) == [
        "Beijing", "Vnukovo International Airport", "Moscow", "Moscow Kremlin"]


def test_a_drive_from_the_airport_to_a_landmark_goes_by_way_of_the_city(
        shared_gazetteer: Any) -> None:
    # (it had been measured from Moscow to the Kremlin, 0 km, and called wrong)
    drive = claim_told(undated_story(XI, shared_gazetteer), "about 30 km")
    assert (drive.origin, drive.destination, drive.verdict) == (
        "Vnukovo International Airport", "Moscow Kremlin", "consistent")


def test_a_flight_forced_to_fly_elsewhere_lands_there(shared_gazetteer: Any) -> None:
    text = ("An Ethiopian Airlines flight from Addis Ababa to Rome was hijacked by its co-pilot "
            "on Monday and forced to fly to Geneva, where it landed safely at about 6 a.m.")
    assert stops(checked_story(text, "2014-02-17", shared_gazetteer)) == ["Addis Ababa",
                                                                           "Geneva"]


def test_the_last_miles_of_a_crossing_start_nowhere_named(shared_gazetteer: Any) -> None:
    text = ("A boat carrying about 500 migrants reached the Italian island of Lampedusa on "
            "Thursday after leaving Sfax in Tunisia two days earlier. The coast guard escorted "
            "the boat for the last 30 miles.")
    last = claim_told(checked_story(text, "2023-08-10", shared_gazetteer), "30 miles")
    assert (last.origin, last.verdict) == (None, "unverifiable")


def test_a_flight_told_with_the_airport_after_the_city_is_the_flight_there(
        shared_gazetteer: Any) -> None:
    # (the seven hours had gone to a drive from Tokyo to its airport, "far below" a car's speed)
    text = ("TOKYO (Oct. 27, 2025) - President Donald Trump arrived in Tokyo on Monday evening "
            "after a flight from Kuala Lumpur, where he had attended a regional summit.\n\n"
            "Air Force One touched down at Haneda airport shortly before 6 p.m. after a flight "
            "of about seven hours.")
    flight = claim_told(undated_story(text, shared_gazetteer), "about seven hours")
    assert (flight.origin, flight.destination, flight.verdict) == (
        "Kuala Lumpur", "Tokyo", "consistent")
    assert "Haneda Airport" in flight.explanation


def test_the_distance_between_the_two_cities_is_the_whole_trip(shared_gazetteer: Any) -> None:
    # (it had been the first leg of the way told, Mariupol - Berdyansk, and called wrong)
    text = ("ZAPORIZHZHIA, Ukraine (May 3, 2022) - More than 100 civilians evacuated from "
            "Mariupol arrived in Zaporizhzhia on Tuesday after a journey of more than 40 "
            "hours.\n\n"
            "The convoy of buses left Mariupol on Sunday and travelled through Berdyansk and "
            "Vasylivka. The road distance between the two cities is about 220 kilometres.")
    far = claim_told(undated_story(text, shared_gazetteer), "about 220 kilometres")
    assert (far.origin, far.destination, far.verdict) == (
        "Mariupol", "Zaporizhzhia", "consistent")


def test_a_goal_told_alone_is_reached_at_the_base_outside_it(shared_gazetteer: Any) -> None:
    # (Washington had been a stop of its own, first, before Frankfurt and New Delhi)
    text = ("NEW DELHI (Reuters) - Prime Minister Narendra Modi left for Washington on Tuesday on "
            "a four-day state visit to the United States, stopping in Frankfurt to refuel.\n\n"
            "Modi's plane landed at Joint Base Andrews outside Washington on Wednesday evening "
            "after a flight of about 16 hours from New Delhi.")
    j = undated_story(text, shared_gazetteer)
    assert stops(j) == ["New Delhi", "Frankfurt am Main", "Joint Base Andrews"]
    assert claim_told(j, "about 16 hours").verdict == "consistent"
