"""Names that are no town of the story: a storm's ("Residents fleeing Hurricane Milton", with
a Milton in Florida's panhandle), and a town told near another where the gazetteer has no
namesake near it ("from Shalimar near Kolkata"), told again alone ("had left Shalimar"): the
same unknown place, not the Shalimar in Florida. Every story here is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Journey
from routes.reading import find_places, read_text
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


EVACUATION = ("Residents fleeing Hurricane Milton spent hours in traffic on Tuesday as they "
              "drove north from Tampa on Interstate 75.\n\n"
              "One family said their drive to Atlanta, which normally takes about seven hours, "
              "took more than 14. The trip covers about 455 miles.")


def test_a_storm_is_no_town_the_traveller_left(shared_gazetteer: Any) -> None:
    # (Milton, Florida, had been the first stop, and the 455 miles "inconsistent")
    j = story(EVACUATION, shared_gazetteer, "2024-10-09")
    assert stops(j) == ["Tampa", "Atlanta"]
    assert claim_told(j, "about 455 miles").verdict == "consistent"


@pytest.mark.parametrize("text", [
    "Typhoon Haiyan struck Tacloban, and Haiyan left thousands homeless.",
    "Storm Florence flooded Wilmington.",
    "Tropical Storm Milton weakened near Tampa.",
])
def test_a_storms_name_is_no_place_wherever_told(text: str, shared_gazetteer: Any) -> None:
    names = {m for p in find_places([read_text(text, "a.txt")], shared_gazetteer)
             for m in p.mentions}
    assert not names & {"Haiyan", "Florence", "Milton"}
    assert names  # the towns are still read


def test_a_town_is_still_read_after_a_word_that_is_no_storm(shared_gazetteer: Any) -> None:
    text = "The storm moved past Milton, Florida, before dawn."
    names = {m for p in find_places([read_text(text, "a.txt")], shared_gazetteer)
             for m in p.mentions}
    assert "Milton" in names


DERAILMENT = ("A passenger train travelling from Shalimar near Kolkata to Chennai derailed near "
              "Balasore in Odisha on Friday evening.\n\n"
              "The Coromandel Express had left Shalimar at about 3:20 p.m. The route to Chennai "
              "is about 1,660 kilometres long.")


def test_a_town_not_found_near_the_town_it_was_told_near_is_not_found_later(
        shared_gazetteer: Any) -> None:
    # (the Shalimar of Florida had been a stop after Chennai, reached by rail)
    j = story(DERAILMENT, shared_gazetteer, "2023-06-03")
    assert all(s.place.country == "IN" for s in j.stops)
    assert "Shalimar" not in stops(j)
