"""Common English words capitalised at a sentence start or in a name are not small towns.

Constructed sentences; the fake gazetteer gets towns named "Police", "Orange", "Metro" and a
country named like a common word ("Turkey").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes.models import Place
from routes.reading._english import (
    acronym_town,
    common_word_town,
    english_words,
    is_english_word,
)
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records, places_by_mention, read_one


def _extra() -> list[_Rec]:
    return [
        _Rec(_p("g:police", "Police", 53.56, 14.57, "city", "PL", 33_000), ["Police"]),
        _Rec(_p("g:orange", "Orange", 33.79, -117.85, "city", "US", 139_000), ["Orange"]),
        _Rec(_p("g:metro", "Metro", -5.11, 105.31, "city", "ID", 160_000), ["Metro"]),
        _Rec(_p("g:nato", "Nato", 13.6, 123.5, "city", "PH", 20_000), ["Nato"]),
        _Rec(_p("g:nyc", "New York", 40.71, -74.0, "city", "US", 8_300_000),
             ["New York", "NYC"]),
        _Rec(_p("c:tr", "Turkey", 39.0, 35.0, "country", "TR", 84_000_000), ["Turkey"]),
    ]


@pytest.fixture()
def gaz() -> FakeGazetteer:
    return FakeGazetteer([*_records(), *_extra()])


def _named(text: str, gaz: FakeGazetteer) -> dict[str, Place]:
    return places_by_mention(read_one(text, gaz))


def test_word_list_is_lower_case_english() -> None:
    words = english_words()
    assert len(words) > 30_000
    assert {"police", "orange", "surprise", "media"} <= words
    assert not {"paris", "london", "victoria"} & words  # proper names are left out


@pytest.mark.parametrize(("word", "english"), [
    ("Orange", True), ("POLICE", True), ("Banks", True), ("Metro's", True), ("Paris", False),
    ("Dandong", False), ("", False),
])
def test_is_english_word(word: str, english: bool) -> None:
    assert is_english_word(word) is english


def test_common_word_town_rule() -> None:
    assert common_word_town("Orange", town=True, locative=False, one_word=True)
    assert not common_word_town("Orange", town=True, locative=True, one_word=True)
    assert not common_word_town("Turkey", town=False, locative=False, one_word=True)
    assert not common_word_town("Dandong", town=True, locative=False, one_word=True)
    assert not common_word_town("Nice", town=True, locative=False, one_word=True,
                                population=340_000)  # a big city keeps its name


def test_capitalised_common_words_are_not_towns(gaz: FakeGazetteer) -> None:
    named = _named("Beverly Hills Police Department said the glass broke. Media reports in "
                   "Seoul agreed. The Orange line was closed. Metro trains ran late.", gaz)
    assert not {"Police", "Media", "Orange", "Metro"} & set(named)
    assert "Seoul" in named


def test_common_word_town_in_a_locative_context_stays(gaz: FakeGazetteer) -> None:
    named = _named("The family moved from Seoul to Orange last year.", gaz)
    assert named["Orange"].name == "Orange"


def test_country_named_like_a_word_is_kept(gaz: FakeGazetteer) -> None:
    named = _named("Turkey fired on the town, officials in Seoul said.", gaz)
    assert named["Turkey"].name == "Turkey"


def test_acronym_town_rule() -> None:
    assert acronym_town("NATO", town=True, population=20_000, opens_sentence=False)
    assert not acronym_town("NATO", town=True, population=20_000, opens_sentence=True)
    assert not acronym_town("LA", town=True, population=3_900_000, opens_sentence=False)
    assert not acronym_town("Nato", town=True, population=20_000, opens_sentence=False)
    assert not acronym_town("UK", town=False, population=0, opens_sentence=False)


def test_initials_are_not_small_towns(gaz: FakeGazetteer) -> None:
    named = _named("The ministry rejected a NATO grant, officials in Seoul said. She flew "
                   "to NYC on Monday.", gaz)
    assert "NATO" not in named
    assert named["NYC"].name == "New York" and "Seoul" in named


@given(st.text(max_size=40))
def test_is_english_word_never_raises(text: str) -> None:
    assert is_english_word(text) in (True, False)
