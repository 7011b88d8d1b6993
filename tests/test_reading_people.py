"""People are not places: given names and surnames (Census lists), titles, initials.

Constructed sentences only; the fake gazetteer gets towns named like people ("Charlotte",
"Barr", "Clark", "Victor", "Rashid") so that each rule can fail visibly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import RoutesError
from routes.models import Place
from routes.reading import read_story, read_text
from routes.reading._mentions import People, learn_people, tokenize
from routes.reading._people_names import (
    given_names,
    initialled_names,
    is_person_run,
    place_features,
    place_prefixes,
    surnames,
)
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records, places_by_mention, read_one


def _towns() -> list[_Rec]:
    return [
        _Rec(_p("g:charlotte", "Charlotte", 35.23, -80.84, "city", "US", 870_000),
             ["Charlotte"]),
        _Rec(_p("g:barr", "Barr", 48.41, 7.45, "city", "FR", 7_000), ["Barr"]),
        _Rec(_p("g:clark", "Clark", 40.62, -74.31, "city", "US", 15_000), ["Clark"]),
        _Rec(_p("g:victor", "Victor", 42.98, -77.41, "city", "US", 2_700), ["Victor"]),
        _Rec(_p("g:rashid", "Rashid", 31.4, 30.42, "city", "EG", 70_000), ["Rashid"]),
        _Rec(_p("g:hamdan", "Hamdan", 36.6, 114.5, "city", "CN", 1_000_000), ["Hamdan"]),
        _Rec(_p("g:biron", "Biron", 5.2, 96.5, "city", "ID", 40_000), ["Biron"]),
        _Rec(_p("g:sacramento", "Sacramento", 38.58, -121.49, "city", "US", 500_000),
             ["Sacramento"]),
        _Rec(_p("g:jackson", "Jackson", 32.3, -90.18, "city", "US", 150_000), ["Jackson"]),
        _Rec(_p("a:oregon", "Oregon", 44.0, -120.5, "admin", "US", 4_000_000), ["Oregon"]),
        _Rec(_p("c:ie", "Ireland", 53.0, -8.0, "country", "IE", 5_000_000), ["Ireland"]),
    ]


@pytest.fixture()
def gaz() -> FakeGazetteer:
    return FakeGazetteer([*_records(), *_towns()])


def _named(text: str, gaz: FakeGazetteer) -> dict[str, Place]:
    return places_by_mention(read_one(text, gaz))


NAMES = {"charlotte", "clark", "houston", "ireland", "victoria", "santa monica", "jackson",
         "kobe", "sacramento"}


def _is_name(s: str) -> bool:
    return s.casefold() in NAMES


def test_census_lists_are_loaded_and_folded() -> None:
    assert {"charlotte", "victor", "roseanne"} <= given_names()
    assert {"smith", "barr", "clark"} <= surnames()
    assert all(w == w.casefold() for w in list(given_names())[:50])
    assert "fort" in place_prefixes() and "street" in place_features()


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["charlotte", "smith"], True),  # a given name that is a place, then a surname
        (["roseanne", "barr"], True),
        (["stephon", "clark"], True),  # an unknown first word, a surname that is a town
        (["victoria", "zhukova"], True),  # a given name, then no place and no English word
        (["houston", "rockets"], False),  # a place, then a common word: a team
        (["kobe", "bryant"], True),  # a place that is no given name, then a surname
        (["sacramento", "steel"], False),  # a place, then an English word: a firm
        (["building", "ireland"], False),  # an English word first: "Building Ireland"
        (["fort", "jackson"], False),  # opens like a place name
        (["jackson", "street"], False),  # ends like a place name
        (["banksy", "and", "london"], False),  # two things joined
        (["bank", "of", "england"], False),
        (["santa", "monica"], False),  # the whole run is a place
        (["smith"], False),  # one word is never enough here
        (["carey", "l", "biron"], True),  # a middle initial does not count
    ],
)
def test_person_runs(words: list[str], person: bool) -> None:
    assert is_person_run(words, _is_name) is person


def test_reader_heads_make_a_place() -> None:
    assert not is_person_run(["charlotte", "guesthouse"], _is_name, {"guesthouse"})


def test_initialled_names() -> None:
    assert initialled_names("By Carey L. Biron. WASHINGTON, April 5") == [("carey", "biron")]
    assert initialled_names("They met in Washington D. C. on Monday.") == []
    assert initialled_names("Mary J. Blige sang") == [("mary", "blige")]
    assert initialled_names("Flows A. B. C. and Fort A. Smith") == []


def test_given_name_before_a_surname_is_a_person(gaz: FakeGazetteer) -> None:
    named = _named("The record set by Charlotte Smith of Seoul stood for years.", gaz)
    assert "Charlotte" not in named
    assert named["Seoul"].name == "Seoul"


def test_given_name_then_a_town_surname(gaz: FakeGazetteer) -> None:
    named = _named("Actress Roseanne Barr flew to Seoul on Friday.", gaz)
    assert "Barr" not in named and "Seoul" in named


def test_surname_alone_after_the_full_name(gaz: FakeGazetteer) -> None:
    named = _named("Stephon Clark, 22, was shot in Sacramento. Clark was unarmed, "
                   "and Clark's family spoke in Sacramento.", gaz)
    assert "Clark" not in named and "Sacramento" in named


def test_judge_and_sheikh_are_titles(gaz: FakeGazetteer) -> None:
    named = _named("Judge Victor Blake was told of the delay in Seoul. Sheikh Hamdan bin "
                   "Mohammed bin Rashid Al Maktoum visited Seoul.", gaz)
    assert not {"Victor", "Hamdan", "Rashid"} & set(named)
    assert "Seoul" in named


def test_initialled_byline_surname_later(gaz: FakeGazetteer) -> None:
    named = _named("By Carey L. Biron. Biron reported from Seoul that talks resumed.", gaz)
    assert "Biron" not in named and "Seoul" in named


def test_title_heading_a_place_keeps_the_place(gaz: FakeGazetteer) -> None:
    named = _named("As Commander of Oregon's Guard, she refused the order.", gaz)
    assert named["Oregon"].name == "Oregon"


def test_place_a_title_is_of_counts_and_the_person_does_not(gaz: FakeGazetteer) -> None:
    named = _named("Governor of Oregon Kate Brown met US Secretary of State Mike Pompeo in "
                   "Seoul.", gaz)
    assert named["Oregon"].name == "Oregon" and named["US"].name == "United States"
    assert not {"Kate", "Brown", "Mike", "Pompeo"} & set(named)


def test_role_noun_before_a_name(gaz: FakeGazetteer) -> None:
    named = _named("Having split with long-time driver Mat Jackson, the team flew to Seoul.",
                   gaz)
    assert "Jackson" not in named and "Seoul" in named


def test_town_named_like_a_person_is_still_a_town(gaz: FakeGazetteer) -> None:
    named = _named("She moved to Charlotte last year, then to Seoul.", gaz)
    assert named["Charlotte"].name == "Charlotte"


def test_place_then_common_word_stays_a_place(gaz: FakeGazetteer) -> None:
    named = _named("Building Ireland loans were offered in Seoul.", gaz)
    assert "Ireland" in named


_WORDS = st.sampled_from(["charlotte", "smith", "of", "and", "street", "fort", "l", "de",
                          "ireland", "x", "jr", "bin", "van", "clark", "o'neil", "mary-kate",
                          "", "-", "jackson"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=6))
def test_person_run_never_raises_and_respects_feature_words(words: list[str]) -> None:
    result = is_person_run(words, _is_name)
    if words and words[-1] in place_features():
        assert result is False


@given(st.text(max_size=80))
def test_initialled_names_never_raise(text: str) -> None:
    for given_name, surname in initialled_names(text):
        assert given_name in given_names() and surname == surname.casefold()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Charlotte", "Smith", "Judge", "Victor", "Blake", "said",
                                 "in", "Seoul", "Clark", "Carey", "L.", "Biron", ",", ".",
                                 "Sheikh", "bin", "Rashid", "of", "Oregon's"]), max_size=30))
def test_reader_never_raises_on_name_soup(words: list[str]) -> None:
    gaz = FakeGazetteer([*_records(), *_towns()])
    try:
        read_story([read_text(" ".join(words), "h.txt")], gaz)
    except RoutesError:
        return


def _learnt(sentence: str, speaks: Callable[[str], bool] | None) -> set[str]:
    people = People()
    learn_people([(sentence, tokenize(sentence))], people, lambda s: s in ("Ossett", "Leeds"),
                 None, None, speaks)
    return people.names


def test_a_name_that_speaks_is_a_person_unless_it_may_be_a_place_speaking() -> None:
    # "said Ossett": a town of 20,000 does not speak for its people, a person does
    assert "ossett" in _learnt('"Nobody called," said Ossett.', lambda s: s == "Leeds")
    # a place that may speak (a capital, a big city) is not learnt as a person
    assert "leeds" not in _learnt('"Nobody called," said Leeds.', lambda s: s == "Leeds")
    # without the callable, any name the gazetteer knows may speak (the older rule)
    assert "ossett" not in _learnt('"Nobody called," said Ossett.', None)
    # "from Ossett said": the place, then the verb of the person before it
    assert "ossett" not in _learnt("Ann, who was from Ossett said nothing.", lambda s: False)


@pytest.mark.parametrize(("sentence", "learnt"), [
    ("Kim arrived in Beijing on Tuesday.", True),
    # the verb after a relative clause in commas is still the opening name's
    ("Kim, who will meet Xi on Wednesday, arrived in Beijing on Tuesday.", True),
    ("Kim, whose train crossed the border at night, arrived in Beijing.", True),
    # no verb of travel after the clause: nothing learnt from the opening
    ("Kim, who will meet Xi on Wednesday, praised the talks.", False),
    # a word, not a name, is no traveller whatever the clause
    ("Police, who were called at noon, arrived in Leeds.", False),
    # a place that may act for its people ("Leeds, who won on Sunday, travelled to Hull")
    ("Leeds, who won on Sunday, travelled to Hull.", False),
])
def test_a_name_opening_a_sentence_of_travel_is_a_person(sentence: str, learnt: bool) -> None:
    first = sentence.split(",")[0].split()[0].casefold()
    assert (first in _learnt(sentence, lambda s: s == "Leeds")) is learnt


def test_the_traveller_named_before_a_relative_clause_is_followed(shared_gazetteer: Any) -> None:
    # the relative clause names another person and a day: Kim is still the one travelling
    text = ("date 2019-01-08\nVisit\n\nKim, who will meet Xi on Wednesday, arrived in Beijing "
            "from Pyongyang on Tuesday.\n")
    story = read_story([read_text(text, "t.txt")], shared_gazetteer)
    assert [s.place.name for s in story.stops] == ["Pyongyang", "Beijing"]
