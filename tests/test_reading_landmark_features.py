"""A landmark that stands at a point (a statue, a stadium, a hotel), written with a word of
terrain or of a way after its name, names that feature, not the landmark: "crossed the Andes
through the Cristo Redentor pass" is the pass between Chile and Argentina, not the statue in
Rio de Janeiro, 2,000 km away, which had been the trip's only stop."""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Place
from routes.reading import find_places, read_text
from routes.reading._plausible import feature_named_after


def _statue(kind: str = "landmark", name: str = "Christ the Redeemer") -> Place:
    return Place(name, -22.95, -43.21, kind, "BR")


@pytest.mark.parametrize(("text", "end", "place", "feature"), [
    ("through the Cristo Redentor pass on Saturday", 27, _statue(), True),
    ("under the Cristo Redentor tunnel", 25, _statue(), True),
    ("at the Cristo Redentor statue", 22, _statue(), False),  # no feature of the land
    ("at the Cristo Redentor, then", 22, _statue(), False),
    ("drove over the Golden Gate bridge", 26, _statue("landmark", "Golden Gate Bridge"), False),
    ("the Paris road", 9, Place("Paris", 48.85, 2.35, "city", "FR"), False),  # a town: roads
])
def test_a_feature_named_after_a_point_landmark(text: str, end: int, place: Place,
                                                feature: bool) -> None:
    assert feature_named_after(text, end, place) is feature


def test_a_pass_named_like_a_statue_is_no_statue(shared_gazetteer: Any) -> None:
    found = find_places([read_text(
        "The overnight bus from Santiago to Mendoza crossed the Andes through the Cristo "
        "Redentor pass on Saturday.", "t.txt")], shared_gazetteer)
    assert all(pm.place.country != "BR" for pm in found), [pm.place.name for pm in found]
    assert {"Santiago", "Mendoza"} <= {pm.place.name for pm in found}


def test_the_statue_named_alone_is_still_the_statue(shared_gazetteer: Any) -> None:
    found = find_places([read_text(
        "Tourists in Rio de Janeiro climbed to the Cristo Redentor on Sunday.", "t.txt")],
        shared_gazetteer)
    assert any(pm.place.kind == "landmark" and pm.place.country == "BR" for pm in found)
