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
