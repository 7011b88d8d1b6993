"""A name written in capitals that the gazetteer holds as an abbreviation ("US", "UK") is
that abbreviation, whatever the story's other places: a Paris story's "US" is the United
States, not Us, a village of 1,200 people 40 km from Paris that proximity would favour. Only
the capital form is so read: "Us" written as a name keeps its village, and "PARIS" in a
dateline, which no place abbreviates, is still Paris."""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import find_places, read_text


def _places(text: str, gazetteer: Any) -> dict[str, tuple[str, str]]:
    found = find_places([read_text(text, "t.txt")], gazetteer)
    return {m: (pm.place.name, pm.place.country or "") for pm in found for m in pm.mentions}


def _paris(gazetteer: Any) -> Any:
    return gazetteer.resolve("Paris").place


def test_the_gazetteer_reads_a_capital_abbreviation_as_written(shared_gazetteer: Any) -> None:
    paris = _paris(shared_gazetteer)
    found = shared_gazetteer.candidates("US", context=(paris,), limit=10)
    assert found[0].place.name == "United States"
    assert all(c.place.name != "Us" for c in found)
    assert shared_gazetteer.resolve("UK", context=(paris,)).place.name == "United Kingdom"


def test_the_same_letters_written_as_a_name_keep_their_town(shared_gazetteer: Any) -> None:
    paris = _paris(shared_gazetteer)
    spelt = shared_gazetteer.candidates("Us", context=(paris,), limit=10)
    assert any(c.place.name == "Us" and c.place.country == "FR" for c in spelt)
    # no place abbreviates "PARIS": a dateline in capitals is the city
    assert shared_gazetteer.resolve("PARIS").place.name == "Paris"


@pytest.mark.parametrize("text", [
    "Officials in Paris said the US would send envoys.",
    "Ministers met in Paris to discuss the China-US trade dispute.",
    "Diplomats in Paris briefed the UK and US delegations on Monday.",
])
def test_a_paris_story_keeps_the_united_states(text: str, shared_gazetteer: Any) -> None:
    places = _places(text, shared_gazetteer)
    assert places["Paris"] == ("Paris", "FR")
    assert places["US"] == ("United States", "US")


def test_a_dateline_in_capitals_is_still_its_city(shared_gazetteer: Any) -> None:
    places = _places("PARIS (Reuters) - Officials said the US would send envoys.",
                     shared_gazetteer)
    assert places["PARIS"] == ("Paris", "FR")
    assert places["US"] == ("United States", "US")
