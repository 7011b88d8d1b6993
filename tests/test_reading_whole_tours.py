"""A tour told from its end: the lede tells the return ("came home to Madrid on Sunday after a
two-week tour"), then a flashback in the past perfect tells the way out ("had left Madrid on
May 3 for Lima, then visited ..."). The stops run in the order travelled, the day of the
leaving stays the leaving's, and a figure for "the whole tour" is measured along every leg,
there and back, not against the last leg alone. Every story here is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str = "2023-05-21") -> Journey:
    return checked_story(text, date, gazetteer)


FLASHBACK = ("The foreign minister flew home to Madrid on Sunday after a two-week tour of "
             "South America, arriving from Bogota on a government jet.\n\n"
             "She had left Madrid on May 7 for Lima, then visited Santiago and Buenos Aires "
             "before reaching Bogota.")


def test_a_tour_told_in_the_past_perfect_runs_in_the_order_travelled(
        shared_gazetteer: Any) -> None:
    j = story(FLASHBACK, shared_gazetteer)
    assert stops(j) == ["Madrid", "Lima", "Santiago", "Buenos Aires", "Bogota", "Madrid"]


def test_the_day_of_the_leaving_is_not_the_day_of_places_reached_after_then(
        shared_gazetteer: Any) -> None:
    # "had left Madrid on May 7 for Lima, then visited ...": May 7 is the leaving's, and the
    # places after "then" were reached on days the story does not tell
    j = story(FLASHBACK, shared_gazetteer)
    left = next(c for c in j.claims if c.kind == "time" and c.text == "May 7")
    assert (left.event, left.origin) == ("departure", "Madrid")
    bogota = [s for s in j.stops if s.place.name == "Bogota"]
    assert len(bogota) == 1  # reached once, left on Sunday: one stay, not two
    assert "May" not in bogota[0].note and "05-07" not in bogota[0].note


@pytest.mark.parametrize("whole", ["whole", "entire", "total", "overall"])
def test_a_figure_for_the_whole_tour_is_measured_round_the_loop(
        shared_gazetteer: Any, whole: str) -> None:
    j = story("The minister flew from Madrid to Lima on May 7. She flew on to Santiago on May "
              "10 and to Buenos Aires on May 13, and reached Bogota on May 17. She flew back "
              f"to Madrid on May 20. The {whole} tour covered about 24,000 kilometers, her "
              "ministry said.", shared_gazetteer)
    assert stops(j) == ["Madrid", "Lima", "Santiago", "Buenos Aires", "Bogota", "Madrid"]
    c = claim_told(j, "about 24,000 kilometers")
    assert (c.origin, c.destination, c.verdict) == ("Madrid", "Madrid", "consistent")
    assert "on the loop from Madrid back to Madrid" in c.explanation


def test_a_whole_tour_told_as_a_flashback_is_measured_round_the_loop(
        shared_gazetteer: Any) -> None:
    j = story(FLASHBACK + " The whole tour covered about 24,000 kilometers, her ministry said.",
              shared_gazetteer)
    c = claim_told(j, "about 24,000 kilometers")
    assert (c.origin, c.destination, c.verdict) == ("Madrid", "Madrid", "consistent")


def test_a_tour_alone_is_not_the_whole_trip(shared_gazetteer: Any) -> None:
    # "The tour" with no word for all of it may be a tour within the trip ("The tour of the
    # old town covered 3 kilometers"): it is not read as the whole loop
    j = story("The minister flew from Madrid to Lima on May 7 and flew back to Madrid on May "
              "12. The tour of the old town covered about 3 kilometers.", shared_gazetteer)
    c = claim_told(j, "about 3 kilometers")
    assert (c.origin, c.destination) != ("Madrid", "Madrid")


def test_arriving_from_a_place_is_leaving_it(shared_gazetteer: Any) -> None:
    # "arriving from Bogota": the place left, not a place reached
    j = story("The minister flew home to Madrid on Sunday, arriving from Bogota on a "
              "government jet.", shared_gazetteer)
    assert stops(j) == ["Bogota", "Madrid"]
    assert [(leg.origin, leg.destination) for leg in j.legs] == [("Bogota", "Madrid")]
