"""Words that are never place names however they are capitalised: a plural acronym ("CEOs",
"NGOs") names a kind of thing, and function words that open a sentence ("None of...", "Ever
wondered...", "Whilst...") are grammar, even when some gazetteer holds a town of that spelling.
Singular codes ("UK") and the towns themselves, written as names, are untouched."""

from __future__ import annotations

from routes.reading import find_places, read_text
from routes.reading._mentions import tokenize
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records


def _gaz() -> FakeGazetteer:
    return FakeGazetteer([
        *_records(),
        # invented decoys: a big town spelt like a plural acronym, and a country code
        _Rec(_p("g:ceos", "Ceos", 10.0, 10.0, "city", "XX", 900_000), ["Ceos", "CEOs"]),
        _Rec(_p("g:ngos", "Ngos", 11.0, 11.0, "city", "XX", 900_000), ["Ngos"]),
        _Rec(_p("g:none", "None", 12.0, 12.0, "city", "XX", 900_000), ["None"]),
        _Rec(_p("g:ever", "Ever", 13.0, 13.0, "city", "XX", 900_000), ["Ever"]),
        _Rec(_p("c:uk", "United Kingdom", 54.0, -2.0, "country", "GB", 67_000_000),
             ["United Kingdom", "UK"]),
    ])


def _named(text: str) -> set[str]:
    found = find_places([read_text(text, "t.txt")], _gaz())
    return {m for pm in found for m in pm.mentions}


def test_plural_acronym_is_not_a_name_word() -> None:
    caps = {t.text: t.cap for t in tokenize("The CEOs and NGOs met MPs in the UK and Ceos.")}
    assert caps["CEOs"] is False and caps["NGOs"] is False and caps["MPs"] is False
    assert caps["UK"] is True and caps["Ceos"] is True


def test_plural_acronyms_are_not_places_but_codes_and_towns_are() -> None:
    named = _named("The CEOs of five airlines and several NGOs flew to the UK last week.")
    assert "CEOs" not in named and "NGOs" not in named
    assert "UK" in named
    assert "Ceos" in _named("Flood waters reached the centre of Ceos on Monday.")


def test_function_words_opening_a_sentence_are_not_places() -> None:
    named = _named("None of the injured were British. Ever wondered why? Whilst the UK "
                   "waited, nothing moved.")
    assert "None" not in named and "Ever" not in named
    assert "UK" in named and not any(m.startswith("Whilst") for m in named)
