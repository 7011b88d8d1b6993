"""A vehicle called by another word of its kind, a figure told "from the airport", and a day
spent somewhere before the arrival told first. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops, undated_story


def test_a_vehicle_called_by_another_word_of_its_kind(shared_gazetteer: Any) -> None:
    text = ("The TAZARA express from Dar es Salaam crawled into Kapiri Mposhi late on Monday "
            "night, nearly two days behind schedule. The train left Dar es Salaam on Friday "
            "afternoon and crossed into Zambia at Tunduma on Sunday. On Monday it stopped at "
            "Kasama, Mpika and Serenje.")
    journey = checked_story(text, "2024-03-05", shared_gazetteer)
    # (the express's arrival had been no one's: the journey ended at Serenje)
    assert stops(journey)[-1] == "Kapiri Mposhi"


def test_a_length_from_the_airport_is_from_no_stop_it_names(shared_gazetteer: Any) -> None:
    text = ("Argentina's president arrived in Israel on Tuesday, landing near Tel Aviv after "
            "an overnight flight from Buenos Aires. On Wednesday he visited the Western Wall "
            "in Jerusalem, about 55 km from the airport. He flew on to Rome on Thursday.")
    journey = checked_story(text, "2024-02-08", shared_gazetteer)
    # (it had been set against Jerusalem - Rome, the next leg, and called wrong)
    far = claim_told(journey, "about 55 km")
    assert far.destination != "Rome"
    assert far.verdict != "inconsistent"


def test_a_day_spent_somewhere_before_the_arrival(shared_gazetteer: Any) -> None:
    text = ("Brazil's president arrived in Beijing on Thursday evening, after spending a day "
            "in Shanghai. He had landed in Shanghai late on Tuesday after a flight of about 24 "
            "hours from Brasilia. From Shanghai he flew the roughly 1,070 km to the Chinese "
            "capital.")
    journey = checked_story(text, "2023-04-14", shared_gazetteer)
    # (the day in Shanghai had taken the Thursday evening: Shanghai and Beijing twice)
    assert stops(journey) == ["Brasilia", "Shanghai", "Beijing"]


def test_a_length_from_a_city_told_after_the_goal(shared_gazetteer: Any) -> None:
    text = ("The flight had left Bangkok's Suvarnabhumi airport shortly after 1:30 a.m. for "
            "the roughly 3,300 km flight to Muan, in the southwest of the country, about 290 km "
            "from Seoul.")
    journey = checked_story(text, "2024-12-29", shared_gazetteer)
    # (it had been set against Bangkok - Muan, and called shorter than the straight line)
    far = claim_told(journey, "about 290 km")
    assert (far.origin, far.destination, far.verdict) == ("Seoul", "Muan", "consistent")


def test_a_town_outside_the_area_told_after_it_is_not_the_place(
        shared_gazetteer: Any) -> None:
    text = ("Forty scientists flew from Cape Town to Troll research station in Antarctica on "
            "Saturday, a flight of about 4,200 km that took just under six hours.")
    journey = checked_story(text, "2023-11-12", shared_gazetteer)
    # (Troll had been placed at a namesake in Texas, and both figures called impossible)
    assert stops(journey) == ["Cape Town"]
    assert all(c.verdict != "inconsistent" for c in journey.claims)


def test_a_town_before_stops_told_in_other_countries_stays(shared_gazetteer: Any) -> None:
    text = ("ABU DHABI, May 16, 2025 - President Donald Trump ended a four-day tour of the Gulf "
            "on Friday, leaving Abu Dhabi for Washington after stops in Saudi Arabia and "
            "Qatar.\n\nAir Force One landed in Riyadh on Tuesday morning after an overnight "
            "flight of about 12 hours from Joint Base Andrews. On Wednesday Trump flew the "
            "roughly 500 km to Doha, and on Thursday he made the short hop of about 300 km to "
            "Abu Dhabi.\n\nThe flight home is about 11,000 km.")
    journey = undated_story(text, shared_gazetteer)
    # (Washington, followed by "after stops in Saudi Arabia", had been taken for a town
    # named before what it is and an area it is not in, and dropped: the flight home was
    # then set against Riyadh - Abu Dhabi and called wrong)
    assert stops(journey)[-1] == "Washington"
    assert claim_told(journey, "about 11,000 km").verdict == "consistent"
