"""The reader's and the gazetteer's speed shortcuts give exactly the answers of the slow way
(issue 11: >= 1 MB/s with outputs unchanged). Each shortcut is checked against the plain
computation it replaces, on constructed and random inputs.
"""

from __future__ import annotations

import contextlib
import gc
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.reading import _dates
from routes.reading._mentions import _stands_alone

# -- sentence_time: searches skipped when their words are absent -----------------------------

WORDS = ["Monday", "TUESDAY", "jan.", "Sept", "7", "12th", "2019", "at", "about", "10", "a.m.",
         "PM", "noon", "Midnight", "the", "next", "morning", "evening", "last", "night",
         "yesterday", "Today", "in", "May", "years", "ago", "since", "dinner", "lunch", "early",
         "late", "on", "previous", "day", "before", "following", "summer", "he", "left", "train",
         "ſept", "KING", "İn", "ıs", "ﬁve", "’", ",", "."]


def _ungated(text: str, anchor: date | None, narrative: date | None) -> Any:
    """sentence_time with every search run (the gates forced open)."""
    old = _dates._ODD_CASE, _dates._DIGIT
    try:
        _dates._ODD_CASE = re.compile(r"")  # matches everywhere: no lower-case gating
        _dates._DIGIT = re.compile(r"")  # every sentence "has a digit"
        return _dates.sentence_time.__wrapped__(text, anchor, narrative)
    finally:
        _dates._ODD_CASE, _dates._DIGIT = old


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.booleans())
def test_gated_time_search_equals_the_full_search(words: list[str], anchored: bool) -> None:
    text = " ".join(words)
    anchor = date(2019, 1, 9) if anchored else None
    narrative = date(2019, 1, 8)
    assert _dates.sentence_time.__wrapped__(text, anchor, narrative) == _ungated(
        text, anchor, narrative)


@pytest.mark.parametrize("text", [
    "He left at 10 a.m. on Tuesday, Jan. 8, 2019.",
    "The next morning the train reached Dandong.",
    "Last year, in May, he had said so.",
    "They dined at the state guesthouse before midnight.",
    "ſeptember 7 is not September 7 to the eye, but it is to the regex.",
])
def test_gated_time_search_on_sentences(text: str) -> None:
    for anchor in (None, date(2019, 1, 9)):
        assert _dates.sentence_time.__wrapped__(text, anchor, None) == _ungated(
            text, anchor, None)


def test_only_four_characters_beyond_ascii_case_fold_to_ascii_letters() -> None:
    # the premise of the lower-case gating: any other character matched case-insensitively
    # to an ASCII letter would need its own entry in _ODD_CASE
    letters = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(c) for c in range(0x80, 0x110000) if letters.match(chr(c))}
    assert odd == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(_dates._ODD_CASE.match(ch) for ch in odd)


# -- LowerWords: a word written in lower case, found without a regex per word -----------------

@settings(max_examples=2000)
@given(st.text(st.sampled_from(list("ab_-'’ 1é.Ǆ٣\n")), max_size=30),
       st.text(st.sampled_from(list("ab")), min_size=1, max_size=3))
def test_stands_alone_equals_the_regex(text: str, word: str) -> None:
    expected = re.search(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text) is not None
    assert _stands_alone(text, word) == expected


# -- gazetteer: key filters, one query per name ------------------------------------------------

def test_contains_name_and_lookups_agree_with_plain_queries(shared_gazetteer: Any) -> None:
    from routes.gazetteer._gazetteer import Gazetteer

    gaz = Gazetteer(shared_gazetteer.index_paths)  # fresh caches
    names = ["dandong", "beijing", "pyongyang", "new york", "portland", "springfield",
             "beijing railway station", "korean peninsula", "qqxzy", "kim jong un", "the",
             "chinese", "zzz beijing", "sinuiju"]
    for folded in names:
        key = folded.replace(" ", "")
        plain = any(c.execute("SELECT 1 FROM names WHERE key = ? LIMIT 1", (key,)).fetchone()
                    for c in gaz._connections())
        assert gaz.contains_name(folded) == plain, folded
    # look-ups that skip indexes by their filters return what querying them all returns
    other = Gazetteer(shared_gazetteer.index_paths)
    for folded in names:
        key = folded.replace(" ", "")
        got = [(h.entry.id, h.quality, h.shown) for h in gaz._lookup_key(key)]
        assert got == [(h.entry.id, h.quality, h.shown) for h in other._lookup_key(key)]


def test_an_ambiguous_name_leaves_no_reference_cycle(shared_gazetteer: Any) -> None:
    # an error kept in a local of the frame that raised it would keep every caller's frame
    # (a whole story) alive until the cycle collector runs
    from routes.errors import AmbiguousPlaceError
    from routes.gazetteer._gazetteer import Gazetteer

    gaz = Gazetteer(shared_gazetteer.index_paths)
    with pytest.raises(AmbiguousPlaceError):
        gaz.resolve("Portland")  # warm: first look-ups fill caches
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            with contextlib.suppress(AmbiguousPlaceError):
                gaz.resolve("Portland")
        assert gc.collect() == 0
    finally:
        gc.enable()

