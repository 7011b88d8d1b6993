"""A place named after its owner ("to Russia's Vladivostok", "to Alaska's Prudhoe Bay"), and
trips whose rail or high-speed service is told in words the reader had missed ("Russian
Railways", "the Trans-Siberian express", "high-speed service"). Each once read wrong: the goal
was no stop, or a 9,289 km train journey was measured as a flight."""

from __future__ import annotations

from typing import Any

import pytest

from tests.stories import checked_story


@pytest.mark.parametrize(("text", "stops"), [
    ("Kim flew from Pyongyang to Russia's Vladivostok.", ["Pyongyang", "Vladivostok"]),
    ("Kim flew from Pyongyang to Russia's far eastern city of Vladivostok.",
     ["Pyongyang", "Vladivostok"]),
    ("Two brothers drove a 1970s Ford Falcon from Ushuaia to Alaska's Prudhoe Bay.",
     ["Ushuaia", "Prudhoe Bay"]),
    ("Kim left Russia's Vladivostok on Monday for Pyongyang.", ["Vladivostok", "Pyongyang"]),
])
def test_a_place_named_after_its_owner_is_the_stop(text: str, stops: list[str],
                                                   shared_gazetteer: Any) -> None:
    journey = checked_story(text, "2025-10-22", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == stops


def test_russian_railways_tells_a_train(shared_gazetteer: Any) -> None:
    text = ("The Trans-Siberian express from Moscow reached Vladivostok on Thursday after a "
            "journey of 9,289 kilometers that took almost seven days, Russian Railways said.")
    journey = checked_story(text, "2025-09-18", shared_gazetteer)
    assert [leg.mode for leg in journey.legs] == ["rail"]
    took = next(c for c in journey.claims if c.text == "almost seven days")
    assert took.verdict == "consistent" and "conventional passenger train" in took.explanation


def test_a_high_speed_service_is_a_high_speed_train(shared_gazetteer: Any) -> None:
    text = ("Spain's new high-speed service from Madrid to Barcelona covers the 621 kilometers "
            "in 2 hours and 30 minutes, Renfe said Monday.")
    journey = checked_story(text, "2025-12-01", shared_gazetteer)
    assert journey.legs[0].vehicle == "high-speed service"
    took = next(c for c in journey.claims if c.text == "2 hours and 30 minutes")
    assert took.verdict == "consistent" and "a high-speed train" in took.explanation
