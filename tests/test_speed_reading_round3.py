"""The reading shortcuts of issue 11 (round 3) give exactly the answers of the long way.

Each rewritten pattern is tested against the plain form it replaces (kept here as the
specification), on generated text built from the pieces that make the patterns match or
fail; the sharper road gate against the per-word test it guards.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from routes.reading._mentions import _may_hold_road, _roadish, tokenize
from routes.reading._people_names import _INITIALLED
from routes.reading._qualified import _PAIR

# -- the plain forms the faster patterns must equal ------------------------------------------

_WORD = r"[A-Z][\w'’.-]*"
_PAIR_PLAIN = re.compile(
    rf"(?<![\w'’-])((?:{_WORD}[ \t]+){{0,3}}{_WORD})(?:,[ \t]*|[ \t]*\([ \t]*)"
    rf"((?:{_WORD}[ \t]+){{0,2}}{_WORD})"
)
_INITIALLED_PLAIN = re.compile(
    r"\b([A-Z][a-z]+)\s+[A-Z]\.\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")

_PIECES = st.sampled_from(
    ["Carey", "L.", "Biron", " ", " ", "  ", "\n", "\t", "x", "A.", "Jo-Ann", "-", "é", "É",
     "_", "Mont.", ",", ", ", "(", "’", "'", "Paris", "Texas", "N.J.", "1", "aB", "Éa", "O'Hare",
     "the", "In", "Fla.", "D.C.", "St.", "Louis", "(AP)", ".", "Cleve", "R.", "Wootson"])
_TEXT = st.lists(_PIECES, max_size=16).map("".join)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), *(m.span(g) for g in range(1, 3)), m.groups())
            for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_town_area_pairs_match_as_the_plain_pattern(text: str) -> None:
    assert _matches(_PAIR, text) == _matches(_PAIR_PLAIN, text)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_initialled_names_match_as_the_plain_pattern(text: str) -> None:
    assert _matches(_INITIALLED, text) == _matches(_INITIALLED_PLAIN, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_both_patterns_on_free_text(text: str) -> None:
    assert _matches(_PAIR, text) == _matches(_PAIR_PLAIN, text)
    assert _matches(_INITIALLED, text) == _matches(_INITIALLED_PLAIN, text)


def test_patterns_on_constructed_text() -> None:
    text = "HELENA, Mont. (AP) - Carey L. Biron met a man from Paris, Texas, and xParis, Fla."
    pairs = [(m[1], m[2]) for m in _PAIR.finditer(text)]
    assert ("HELENA", "Mont.") in pairs and ("Paris", "Texas") in pairs
    assert all(town != "xParis" for town, _ in pairs)
    assert [(m[1], m[2]) for m in _INITIALLED.finditer(text)] == [("Carey", "Biron")]


# -- roads: the sharper gate for ASCII text ----------------------------------------------------

_ROAD_TEXT = st.lists(
    st.sampled_from(["the", "A40", "M25", "B2", "BA4", "I-95", "I-", "I-x9", "Route", "Highway",
                     "Interstate", "14th", "2nd", "3-month", "1990s", "$5", "2019", "5,th",
                     "x9", "A-9", "9am", "21st-century", "word", "Main", "’", "1", ",", "."]),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(_ROAD_TEXT)
def test_sharper_road_gate_never_hides_a_road_word(text: str) -> None:
    if any(_roadish(t.text) for t in tokenize(text)):
        assert _may_hold_road(text)


def test_years_and_sums_skip_the_word_test() -> None:
    assert not _may_hold_road("In 2019 the fare rose to $5, up 12 percent.")
    assert _may_hold_road("The 14th convoy left.")
    assert _may_hold_road("They took the M25.")
    assert _may_hold_road("They took I-95 south.")
    assert _may_hold_road("A 3-month trip.")  # "3-month" ends like an ordinal: asked word by word
