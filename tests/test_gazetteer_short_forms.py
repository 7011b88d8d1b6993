"""A town's name without the river, sea or region that tells it apart ("Newcastle" for
Newcastle upon Tyne) is how the press writes it: ranked as an alias, not as an old or
foreign name GeoNames lists, so the story's places can choose it."""

from __future__ import annotations

from typing import Any

import pytest

from routes.gazetteer._gazetteer import _short_form
from routes.models import Journey
from routes.reading import read_story, read_text


@pytest.mark.parametrize(("asked", "own", "short"), [
    ("newcastle", "Newcastle upon Tyne", True),
    ("southend", "Southend-on-Sea", True),
    ("frankfurt", "Frankfurt am Main", True),
    ("boulogne", "Boulogne-sur-Mer", True),
    ("halle", "Halle (Saale)", True),
    ("stoke", "Stoke-on-Trent", True),
    ("hull", "Kingston upon Hull", False),  # a tail, not the head of the name
    ("newcastle", "Newcastle", False),  # its own name: nothing told apart
    ("santiago", "Santiago de Compostela", False),  # "de" joins a name's own words
    ("new", "Newcastle upon Tyne", False),
])
def test_a_short_form_is_the_head_of_a_name_told_apart(asked: str, own: str,
                                                       short: bool) -> None:
    assert _short_form(asked, own) is short


def _read(text: str, gazetteer: Any) -> Journey:
    return read_story([read_text(f"date 2025-09-30\nA walk\n\n{text}\n", "t.txt")], gazetteer)


def test_a_british_story_s_newcastle_is_on_the_tyne(shared_gazetteer: Any) -> None:
    text = ("A charity walker arrived in Edinburgh on Sunday after walking from London in 26 "
            "days. She set off from Trafalgar Square on Aug. 30, stopping in York and "
            "Newcastle.")
    journey = _read(text, shared_gazetteer)
    newcastle = next(s.place for s in journey.stops if s.place.name.startswith("Newcastle"))
    assert (newcastle.name, newcastle.country) == ("Newcastle upon Tyne", "GB")


def test_newcastle_alone_is_still_the_biggest_namesake(shared_gazetteer: Any) -> None:
    best = shared_gazetteer.candidates("Newcastle", limit=1)[0].place
    assert best.country == "AU"
