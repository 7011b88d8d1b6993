"""Helpers for tests that read a constructed story and check it: the story is dated (a
weekday in it resolves to the week before that date), titled, and read as one article."""

from __future__ import annotations

from typing import Any

from routes.checking import check_journey
from routes.models import Claim, Journey
from routes.network import measure_journey
from routes.reading import read_story, read_text


def checked_story(text: str, day: str, gazetteer: Any) -> Journey:
    """``text`` read as an article dated ``day`` (ISO), measured and checked."""
    story = read_story([read_text(f"date {day}\nA trip\n\n{text}\n", "t.txt")], gazetteer)
    return check_journey(measure_journey(story))


def undated_story(text: str, gazetteer: Any) -> Journey:
    """``text`` read as it stands (no date line, no title added), measured and checked: for
    stories whose day, if any, is read from their own dateline or header."""
    return check_journey(measure_journey(read_story([read_text(text, "t.txt")], gazetteer)))


def stops(journey: Journey) -> list[str]:
    """The names of the journey's stops, in order."""
    return [s.place.name for s in journey.stops]


def claim_told(journey: Journey, text: str) -> Claim:
    """The journey's claim written as ``text``."""
    return next(c for c in journey.claims if c.text == text)
