"""The reader with the real gazetteer on constructed sentences: big places win over namesakes."""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import read_story, read_text


def names(text: str, gazetteer: Any) -> list[tuple[str, str]]:
    """The gazetteer's names of the places read: which record was chosen, whatever the label."""
    journey = read_story([read_text(text, "constructed.txt")], gazetteer)
    return [(pm.place.gazetteer_name or pm.place.name, pm.place.kind)
            for pm in [*journey.places, *journey.other_places]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials in New York said the plan was sound.", [("New York City", "city")]),
        ("Protests spread across California and into Mexico.",
         [("California", "admin"), ("Mexico", "country")]),
        ("Lawmakers in Washington disagreed with Moscow.",
         [("Washington", "city"), ("Moscow", "city")]),
    ],
)
def test_big_places_win(text: str, expected: list[tuple[str, str]], shared_gazetteer: Any) -> None:
    assert names(text, shared_gazetteer) == expected


def test_every_story_gets_its_ambiguity_note(shared_gazetteer: Any) -> None:
    """Resolutions are cached per process; the note about a doubtful name must not be lost."""
    text = "The delegation travelled from Portland to Springfield on Monday."
    notes = [
        read_story([read_text(text, f"story{i}.txt")], shared_gazetteer).notes for i in range(2)
    ]
    assert any("Portland" in n for n in notes[0])
    assert [n for n in notes[1] if "Portland" in n] == [n for n in notes[0] if "Portland" in n]
