"""The reader with the real gazetteer on constructed sentences: big places win over namesakes."""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import read_story, read_text


def names(text: str, gazetteer: Any) -> list[tuple[str, str]]:
    journey = read_story([read_text(text, "constructed.txt")], gazetteer)
    return [(pm.place.name, pm.place.kind) for pm in [*journey.places, *journey.other_places]]


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
