"""The reading shortcuts of issue 11 (round 2) give exactly the answers of the long way.

Each shortcut is tested against the computation it replaces: the one-regex road gate against
the per-word test, the one-word people test against the general one, labels reused from the
first pass against labelling again, the filter hashes against their published formula, the
remembered reasons against fresh ones; and whole stories read again in one process (every
cache warm) against their first reading.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.gazetteer import normalise_name
from routes.reading import read_article, read_story, read_text
from routes.reading._mentions import (
    LabelsMemo,
    People,
    RawMention,
    RunsMemo,
    Token,
    _may_hold_road,
    _roadish,
    learn_people,
    scan_names,
    tokenize,
)
from routes.reading._protocol import normaliser
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# -- roads: one regex pass decides whether any word may begin a road number ------------------

_ROAD_TEXT = st.lists(
    st.sampled_from(["the", "A40", "M25", "B2", "I-95", "I-", "Route", "Highway", "Hwy.",
                     "Interstate", "14th", "2nd", "Street", "A²", "M①", "I-٣", "٣rd", "word",
                     "Main", "’", "“quoted”", "café", "1", ",", "x9"]),
    max_size=12,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_ROAD_TEXT)
def test_road_gate_never_hides_a_road_word(text: str) -> None:
    if any(_roadish(t.text) for t in tokenize(text)):
        assert _may_hold_road(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_road_gate_on_free_text(text: str) -> None:
    if any(_roadish(t.text) for t in tokenize(text)):
        assert _may_hold_road(text)


def test_road_gate_examples() -> None:
    assert _may_hold_road("They drove on the A40 at night.")
    assert _may_hold_road("Traffic on Route 66 was light.")
    assert _may_hold_road("A superscript A² counts as a digit for the word test.")
    assert not _may_hold_road("No number here, only “quotes” and a café.")


# -- people: the one-word test equals the general one -----------------------------------------

_WORDS = st.sampled_from(["kim", "jong", "un", "moon", "xi", "lee", "park-kim", "kim-", "of",
                          "the", "trump", "jong-un", "-", "a-b", ""])


@settings(max_examples=300, deadline=None)
@given(st.sets(_WORDS, max_size=5), st.sets(_WORDS, max_size=5), _WORDS)
def test_covers_word_equals_covers(names: set[str], tokens: set[str], word: str) -> None:
    general, one = People(), People()
    for p in (general, one):
        p.names.update(names)
        p.tokens.update(tokens)
    tok = Token(word, 0, len(word), True, False, word)
    tok.low = word  # as written: the test wants the exact folded form
    assert one.covers_word(word) == general.covers([tok])
    assert one.covers_word(word) == general.covers([tok])  # remembered: the same answer


# -- labels: reusing the first pass's labels changes nothing ----------------------------------

_SENTENCE_WORDS = st.sampled_from(
    ["President", "Kim", "Jong", "Un", "said", "in", "Beijing", "Dandong", "Moon", "Jae-in",
     "told", "reporters", "met", "Xi", "Jinping", "the", "Korean", "Peninsula", "Central",
     "News", "Agency", "of", "Pyongyang", "Charlotte", "Smith", "Victor", "arrived", ",",
     "spokesman", "Lu", "Kang", "and", "Seoul", "Post", "Washington", "Street", "visited"])


def _read_names(sentences: list[str], gaz: FakeGazetteer,
                labels: LabelsMemo | None) -> tuple[list[list[RawMention]], People]:
    norm = normaliser(gaz)

    def is_name(s: str) -> bool:
        key = norm(s)
        return bool(key) and gaz.contains_name(key)

    pairs = [(s, tokenize(s)) for s in sentences]
    people = People()
    runs: RunsMemo = {}
    learn_people(pairs, people, is_name, runs, labels)
    out = [scan_names(s, toks, people, gaz.contains_name, norm, gaz.max_name_tokens,
                      set(), {}, runs, labels) for s, toks in pairs]
    return out, people


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(_SENTENCE_WORDS, min_size=1, max_size=14).map(" ".join),
                min_size=1, max_size=4))
def test_labels_from_the_first_pass_equal_labelling_again(sentences: list[str]) -> None:
    gaz = _gazetteer_with_towns()
    again, people_again = _read_names(sentences, gaz, None)
    reused, people_reused = _read_names(sentences, gaz, {})
    assert reused == again
    assert people_reused.names == people_again.names
    assert people_reused.tokens == people_again.tokens


def _gazetteer_with_towns() -> FakeGazetteer:
    brill = _p("g:brill", "Brill", 51.82, -1.05, "city", "GB", 1_100)
    victor = _p("g:victor", "Victor", 42.98, -77.41, "city", "US", 2_700)
    return FakeGazetteer([*_records(), _Rec(brill, ["Brill"]), _Rec(victor, ["Victor"])])


def test_people_named_elsewhere_still_decide_a_reused_label() -> None:
    # the first pass finds no cue on "Brill Okafor, who ..." (no one is known yet) and reaches
    # the people test; the story names a President Brill Okafor, so the second pass must
    # call the run a person and keep the town Brill out
    gaz = _gazetteer_with_towns()
    sentences = ["Brill Okafor, who lives nearby, spoke first.",
                 "President Brill Okafor arrived in Dandong."]
    labels: LabelsMemo = {}
    reused, people = _read_names(sentences, gaz, labels)
    again, _ = _read_names(sentences, gaz, None)
    assert "brill okafor" in people.names
    assert any(known[1] and known[2] == "other" for known in labels.values())
    assert reused == again
    assert [m.surface for m in reused[0]] == []


def test_labels_on_constructed_sentences() -> None:
    gaz = _gazetteer_with_towns()
    sentences = ["President Kim Jong Un arrived in Beijing on Tuesday.",
                 "Kim met Xi Jinping in Beijing, a spokesman said.",
                 "Charlotte Smith told reporters in Dandong that Kim visited Pyongyang."]
    labels: LabelsMemo = {}
    reused, _ = _read_names(sentences, gaz, labels)
    again, _ = _read_names(sentences, gaz, None)
    assert labels  # the first pass labelled runs for the second to reuse
    assert reused == again
    surfaces = [m.surface for ms in reused for m in ms]
    assert "Beijing" in surfaces and "Kim" not in surfaces


@pytest.mark.parametrize("text", ["They met Lee and and Kim in Beijing.",
                                  "Beijing And And Dandong.", "President and and President said."])
def test_a_doubled_and_is_read_like_one(text: str) -> None:
    # a real bug found by the property test above: the empty run between two "and"s made
    # the street-and-building test index an empty list, and the whole story failed to read
    gaz = FakeGazetteer()
    once = text.replace("and and", "and").replace("And And", "And")
    doubled = read_story([read_text(text, "a.txt")], gaz)
    single = read_story([read_text(once, "b.txt")], gaz)
    assert _dump(doubled) == _dump(single)


# -- gazetteer: filter hashes, reasons, foldings, memory-mapped pages -------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_filter_hashes_keep_their_published_form(key: str) -> None:
    from routes.gazetteer._keyfilter import _hashes

    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    expected = (int.from_bytes(digest[:4], "little"), int.from_bytes(digest[4:], "little") | 1)
    assert _hashes(key) == expected  # the sidecar files on disk were built with this


def test_reasons_are_the_same_when_remembered() -> None:
    from routes.gazetteer._gazetteer import Gazetteer, _Entry, _Hit

    row = (1, "geonames:1", "Dandong", 40.1, 124.4, "city", "CN", "GeoNames", None,
           2_444_697, "19", 0.5, 10.0, "Asia/Shanghai")
    for quality, shown, fuzzy, how in ((1.0, "Dandong", False, "name"),
                                       (0.5, "Tan-tung", False, "also called 'Tan-tung'"),
                                       (0.5, "Dandog", True, "similar name 'Dandog'")):
        hit = _Hit(_Entry(row), quality, shown, fuzzy)
        plain = f"{how}; city; population 2,444,697"
        assert Gazetteer._reason(hit, 0.0) == plain
        assert Gazetteer._reason(hit, 0.456) == plain + "; context fit 0.46"
        assert Gazetteer._reason(hit, 0.0) == plain  # the remembered part carries no fit


def test_normaliser_keeps_a_remembered_folding_as_it_is() -> None:
    class Remembering:
        normalise_name = staticmethod(normalise_name)

    class Plain:
        @staticmethod
        def normalise_name(s: str) -> str:
            return s.casefold()

    assert normaliser(Remembering()) is normalise_name
    plain = normaliser(Plain())
    assert plain is not Plain.normalise_name and plain("Dandong") == "dandong"


def test_index_pages_are_memory_mapped(shared_gazetteer: Any) -> None:
    for conn in shared_gazetteer._connections():
        assert conn.execute("PRAGMA mmap_size").fetchone()[0] > 0


def test_word_lists_are_loaded_before_the_first_story() -> None:
    from routes.reading._english import english_words
    from routes.reading._people_names import _cues

    english_words.cache_clear()
    _cues.cache_clear()
    read_story([read_text("The train left Dandong.", "one.txt")], FakeGazetteer())
    assert english_words.cache_info().currsize == 1
    assert _cues.cache_info().currsize == 1


# -- whole stories: a second reading in the same process, every cache warm --------------------

def _dump(journey: Any) -> list[tuple[object, ...]]:
    return [(pm.place.name, pm.place.lat, pm.place.lon, pm.place.kind, tuple(pm.mentions))
            for pm in [*journey.places, *journey.other_places]]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not found")
def test_a_story_read_again_reads_the_same(shared_gazetteer: Any) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    first = [_dump(read_story([read_article(p)], shared_gazetteer)) for p in seeds]
    again = [_dump(read_story([read_article(p)], shared_gazetteer)) for p in reversed(seeds)]
    assert first == list(reversed(again))
    assert all(first)
