"""Tell a person's name from a place name by what its words are: given names and surnames.

Why: a place word inside a person's name ("Charlotte Smith", "Roseanne Barr", "Stephon Clark",
"Leo Thames Newman") is the commonest false place in news copy, and most such names carry no
title or speech verb for the cue rules to catch. The US Census 1990 lists (public domain, see
``data/given_names.txt`` and ``data/surnames.txt``) say which words are common given names and
surnames, so "GIVEN SURNAME" runs can be recognised without a statistical model.

The rules are deliberately one-sided: a run is called a person only when the words say so
strongly and the run as a whole is not a known place, does not end on a place-feature word
("Jackson Street", "Lincoln Park") and does not open with a word that begins place names
("Fort Jackson", "Lake Allen", "Port Lincoln").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from routes.reading._english import is_english_word
from routes.reading._lexicon import data_yaml, word_list


@functools.cache
def given_names() -> frozenset[str]:
    """Census given names (male and female), folded."""
    return word_list("given_names.txt")


@functools.cache
def surnames() -> frozenset[str]:
    """Census surnames held by at least the build script's share of people, folded."""
    return word_list("surnames.txt")


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = data_yaml("name_cues.yaml")
    return {key: frozenset(str(w).casefold() for w in data.get(key) or ())
            for key in ("place_prefixes", "place_features")}


def place_prefixes() -> frozenset[str]:
    """First words of place names ("Fort", "Lake", "San", "New"): never a given name here."""
    return _cues()["place_prefixes"]


def place_features() -> frozenset[str]:
    """Last words of place names ("Street", "County", "Valley"): the run is a place."""
    return _cues()["place_features"]


def _core(words: Sequence[str]) -> list[str]:
    """The words that count: middle initials ("L", "R.") and particles dropped."""
    return [w for w in words if len(w.rstrip(".")) > 1 and w not in _PARTICLES]


#: words that join names of different things, or a thing to its place
_JOINERS = frozenset({"of", "the", "and", "or", "&", "for", "upon", "at", "in", "on", "y"})
_PARTICLES = frozenset({"de", "del", "la", "van", "von", "der", "da", "di", "du", "le", "al",
                        "el", "bin", "ibn", "bint", "jr", "sr", "ii", "iii"})


def is_person_run(words: Sequence[str], is_name: Callable[[str], bool],
                  place_words: Iterable[str] = ()) -> bool:
    """Whether a capitalised run of two or three words (folded, as written) is a person.

    ``is_name`` says whether a folded word or phrase is a gazetteer name; ``place_words``
    are further last words that make the run a place (the reader's own heads).
    Called a person:

    - GIVEN SURNAME ("Charlotte Smith", "Jaime King"), also when the given name is a place
      ("Victoria", "Houston"), since the surname settles it;
    - GIVEN UNKNOWN where the given name is not a place ("Daria Zhuk", "Roseanne Barr"):
      a given name that names no place opens no place name; so does GIVEN PLACE ("Charlie
      Gard": Gard, a French department), unless the last word is an English word;
    - UNKNOWN SURNAME-THAT-IS-A-PLACE ("Stephon Clark", "Dewly Nelson"): the first word is
      neither a place nor a common word, the last is a surname the gazetteer also lists;
    - PLACE SURNAME ("Kobe Bryant"): two words, the last a surname that is no English word.
    """
    if not _JOINERS.isdisjoint(words):
        return False  # "Banksy and London", "Bank of England": not one person's name
    core = _core(words)
    if not 2 <= len(core) <= 3 or not all(w.replace("-", "").replace("'", "").isalpha()
                                          for w in core):
        return False
    first, last = core[0], core[-1]
    features = place_features()
    if last in features or last in set(place_words) or first in place_prefixes():
        return False
    if is_name(" ".join(words)):
        return False
    given = given_names()
    sur = surnames()
    first_place = is_name(first)
    if first in given:
        if last in sur:
            return True
        if not is_name(last) and (not first_place or not (
                is_english_word(last) or len(last) < 3)):
            return True  # "Daria Zhuk", "Victoria Vivians"; not "Houston Rockets"
        if not first_place and len(core) == 2 and not is_english_word(last):
            return True  # "Charlie Gard": a given name that names no place, then a surname
        return not first_place and len(core) == 3 and core[1] in given
    if first_place and len(core) == 2 and last in sur and not is_english_word(last) and not (
            is_english_word(first) or _english_looking(first)):
        return True  # "Kobe Bryant": a surname no English word settles it ("Houston Rockets",
        # "Kobe Steel" stay a team and a firm of the place)
    if first_place or _english_looking(first) or is_english_word(first):
        return False
    return last in sur and is_name(last)


#: endings of English words that are not given names ("Building", "Local", "Federal")
_ENGLISH_ENDINGS = ("ing", "ed", "al", "ive", "ern", "ness", "ment", "tion", "ity", "ous",
                    "ic", "ry", "ly", "ers")


def _english_looking(word: str) -> bool:
    return len(word) > 4 and word.endswith(_ENGLISH_ENDINGS)


#: "Carey L. Biron", "Cleve R. Wootson Jr.": a capitalised word, a middle initial and a
#: capitalised word; sentence splitting and run cutting stop at the initial's dot, so the
#: pattern is looked for in the raw text (it opens with the capital, then checks that no
#: word character comes before it: the regex engine then skips to the capitals)
#: words after a person's name, in lower case, that make it the name of a thing named after
#: them: "John F. Kennedy airport", "Martin Luther King bridge"
NAMESAKE_HEADS = frozenset({"airport", "bridge", "station", "stadium", "memorial", "hospital",
                            "boulevard", "avenue", "street", "highway", "expressway", "tunnel",
                            "library", "museum", "center", "centre", "arena", "terminal"})
#: the same after up to three more capitalised words, where a name is written with a middle
#: initial ("John F. Kennedy International Airport", "Martin L. King Memorial Bridge")
_INITIALLED_NAMESAKE_HEADS = NAMESAKE_HEADS | {
    "airfield", "school", "college", "university", "road", "parkway", "freeway", "park",
    "square", "building", "hall", "institute", "dam", "reservoir", "plaza", "port", "harbor",
    "harbour"}
_INITIALLED = re.compile(
    r"([A-Z](?<!\w.)[a-z]+)\s+[A-Z]\.\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
    # not a person when the name goes on to a thing named after one
    r"(?!(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:" + "|".join(sorted(_INITIALLED_NAMESAKE_HEADS))
    + r")\b)")


def initialled_names(text: str) -> list[tuple[str, str]]:
    """(given, surname) pairs written with a middle initial, folded; the given name must be a
    Census given name, so "Washington D. C." or "Fort A. P." do not count."""
    given = given_names()
    return [(m[1].casefold(), m[2].casefold()) for m in _INITIALLED.finditer(text)
            if m[1].casefold() in given]
