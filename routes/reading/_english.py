"""Whether a word is a common English word (SCOWL "small" list, see data/english_words.txt).

Why: a capitalised common word ("Police", "Media", "Orange", "Surprise") at a sentence start or
in an organisation's name is far more often the word than the small town of that name, so the
reader takes it as a place only when it is a big one and stands where a place is expected.
"""

from __future__ import annotations

import functools

from routes.reading._lexicon import lexicon, word_list


@functools.cache
def english_words() -> frozenset[str]:
    """The lower-case words of the shipped list (about 40,000)."""
    return word_list("english_words.txt")


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common English word; a plural or possessive of one
    counts ("Banks", "Metro's")."""
    w = word.casefold().rstrip(".")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    words = english_words()
    return w in words or (len(w) > 3 and w.endswith("s") and w[:-1] in words)


#: a town this big is known by its name whatever else the word means ("Nice", "Cork")
COMMON_WORD_TOWN_POPULATION = 200_000


def common_word_town(surface: str, town: bool, locative: bool, one_word: bool,
                     population: int = 0) -> bool:
    """Whether a name read as a town is rather the common word it also is: one word
    ("Orange", "Surprise", "Metro"), a town (not a country, state or region: "Turkey",
    "Chad", "Jordan" keep their names) smaller than :data:`COMMON_WORD_TOWN_POPULATION`,
    not standing where a place is expected (after "in", "at", "to"...), and a common English
    word. A body of state ("Congress", "Parliament") is the body even after "in"."""
    if not (town and one_word and population < COMMON_WORD_TOWN_POPULATION):
        return False
    if surface.casefold().rstrip(".") in lexicon().institution_words:
        return True
    return not locative and is_english_word(surface)


#: a town this big may be written as an acronym ("LA", "DC"); a smaller one is rather an
#: organisation's initials ("NATO" is not Nato, Philippines; "BP" not Batu Pahat)
ACRONYM_TOWN_POPULATION = 500_000


def acronym_town(surface: str, town: bool, population: int, opens_sentence: bool) -> bool:
    """Whether a name written in capitals inside a sentence ("a NATO grant", "from BP and
    Shell", "(HART)") read as a town is rather an organisation's initials: two to five
    capitals, a town below :data:`ACRONYM_TOWN_POPULATION`, and not the first word (a
    dateline such as "SPRINGFIELD, Ill." opens its sentence)."""
    letters = surface.replace(".", "")
    return (town and not opens_sentence and 2 <= len(letters) <= 5 and letters.isalpha()
            and letters.isupper() and population < ACRONYM_TOWN_POPULATION)
