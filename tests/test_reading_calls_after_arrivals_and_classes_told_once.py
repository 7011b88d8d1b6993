"""Calls told after the arrival of the same sentence ("with stops in"), and a train's class
told in one sentence for a speed told in another. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import claim_told, stops, undated_story


def test_calls_told_after_the_arrival_are_on_the_way(shared_gazetteer: Any) -> None:
    text = ("The first train left Miami's MiamiCentral station at 6 a.m. and pulled into "
            "Orlando International Airport shortly before 9:30 a.m., covering the 235 miles "
            "with stops in Fort Lauderdale, Boca Raton and West Palm Beach.")
    journey = undated_story(text, shared_gazetteer)
    # (the calls had come after the arrival, a trip back south)
    assert stops(journey) == ["MiamiCentral", "Fort Lauderdale", "Boca Raton",
                              "West Palm Beach", "Orlando International Airport"]


def test_a_trains_class_told_in_another_sentence(shared_gazetteer: Any) -> None:
    text = ("TOKYO, April 21, 2015 - A Japanese magnetic levitation train reached 603 km/h on "
            "a test track on Tuesday. The seven-car train held a speed above 600 km/h for "
            "about 11 seconds.")
    journey = undated_story(text, shared_gazetteer)
    # (it had been judged as a conventional train's, and called impossible)
    held = claim_told(journey, "600 km/h")
    assert held.verdict == "consistent"
    assert "maglev" in held.explanation


def test_a_stay_told_with_the_days_it_spanned(shared_gazetteer: Any) -> None:
    text = ("BEIJING, March 28, 2018 - North Korean leader Kim Jong Un made an unannounced visit "
            "to Beijing from Sunday to Wednesday, Chinese state media confirmed. His armoured "
            "train crossed the border at Dandong on Sunday night and arrived at Beijing Railway "
            "Station on Monday afternoon. He left on Tuesday afternoon.")
    journey = undated_story(text, shared_gazetteer)
    # (Beijing had been a stop on the Sunday, before Dandong)
    assert stops(journey)[:2] == ["Dandong", "Beijing Railway Station"]


def test_a_fall_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("CHAMONIX, France, Aug. 12, 2023 - A climber was flown by helicopter to a hospital "
            "in Sallanches on Saturday, about 25 km from Chamonix. He had set off from the "
            "Gouter hut at 3 a.m. and fell about 100 metres on the descent.")
    journey = undated_story(text, shared_gazetteer)
    assert not any(c.text == "about 100 metres" for c in journey.claims)


def test_a_trip_begun_somewhere_began_there(shared_gazetteer: Any) -> None:
    text = ("TEL AVIV, Jan. 11, 2024 - The secretary of state left Israel on Wednesday night "
            "after a week-long tour. He began the trip in Istanbul last Friday before flying "
            "to Riyadh on Monday. He arrived in Tel Aviv late on Monday.")
    journey = undated_story(text, shared_gazetteer)
    # (Istanbul had been no stop: "the trip in Istanbul" read as the trip's goal, unplaced)
    assert stops(journey)[:2] == ["Istanbul", "Riyadh"]


def test_a_distance_short_of_its_destination_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("ASTORIA, Ore., Feb. 3, 2024 - An oil tanker bound for Portland from Singapore ran "
            "aground on Friday night. The ship had crossed the Pacific in 18 days, a voyage of "
            "about 13,000 km, and was about 150 km from its destination when its engines "
            "failed.")
    short = claim_told(undated_story(text, shared_gazetteer), "about 150 km")
    # (it had been set against Singapore - Portland, and called shorter than the straight line)
    assert (short.origin, short.destination, short.verdict) == (None, None, "unverifiable")


def test_a_place_left_for_a_goal_are_two_places(shared_gazetteer: Any) -> None:
    from routes.reading import find_places, read_text

    # (a run "Igoumenitsa for Brindisi" had been one name, like "Society for Science", and
    # neither town was read)
    text = "A ferry caught fire after leaving the Greek port of Igoumenitsa for Brindisi."
    names = [p.place.name for p in find_places([read_text(text, "t.txt")], shared_gazetteer)]
    assert "Brindisi" in names and any(n.startswith("Igoumen") for n in names)


def test_a_distance_short_of_a_town_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("ARUSHA, Tanzania, July 5, 2024 - A bus travelling from Dar es Salaam to Arusha "
            "overturned on Thursday evening. The bus had left Dar es Salaam at 6 a.m. and had "
            "covered about 560 km of the 640-km journey when the driver lost control on a "
            "bend, about 80 km short of Arusha.")
    short = claim_told(undated_story(text, shared_gazetteer), "about 80 km")
    # (it had been set against Dar es Salaam - Arusha, and called shorter than the straight
    # line)
    assert short.verdict == "unverifiable"
