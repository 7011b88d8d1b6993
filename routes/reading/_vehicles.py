"""Motor vehicles named by make and model: "a 1995 Honda Accord", "a red Dodge Durango",
"the Toyota".

Why a module of its own: crash and crime reports, the bulk of local news, name every car
involved, and makes and models are often towns as well (Honda, Colombia; Toyota, Japan;
Durango, Mexico). Read as places, they put pins on other continents. A make is read as a
vehicle only in a vehicle's setting, so that "Lincoln police", "Dodge City" and "in Lincoln"
stay places: a model year right before it, or a determiner before it with at most two
lower-case words between ("a red Dodge Durango", "the vandalised Toyota Hilux"). The words of
a vehicle so found stand for it in the rest of the story ("the Durango pulled up").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from routes.reading._facilities import facility_run, institution_run
from routes.reading._lexicon import Lexicon

#: a model year: "a 1995 Honda Accord"
_MODEL_YEAR = re.compile(r"(?:19|20)\d\d")
#: words that open a noun phrase before a vehicle's make
_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "my", "our", "your", "its",
                      "whose"})
#: words before a place, which a vehicle's words never follow ("in Durango", "near Lincoln")
_BEFORE_PLACE = frozenset({"in", "at", "near", "from", "to", "outside", "of", "toward",
                           "towards", "into", "across", "around", "through", "via"})


class _Word(Protocol):
    @property
    def low(self) -> str: ...
    @property
    def cap(self) -> bool: ...
    @property
    def text(self) -> str: ...
    @property
    def possessive(self) -> bool: ...


@functools.cache
def _first_words(makes: frozenset[str]) -> frozenset[str]:
    return frozenset(m.split()[0] for m in makes)


def may_open_vehicle(low: str, lex: Lexicon) -> bool:
    """Whether a word may open a make ("land" of "Land Rover"): a cheap test before
    :func:`is_vehicle`."""
    return low in _first_words(lex.vehicle_makes)


def _make_length(lows: Sequence[str], lex: Lexicon) -> int:
    """How many of the words open with a make: 2 for "Land Rover", 1 for "Honda", else 0."""
    if len(lows) >= 2 and f"{lows[0]} {lows[1]}" in lex.vehicle_makes:
        return 2
    return 1 if lows and lows[0] in lex.vehicle_makes else 0


def _in_vehicle_setting(tokens: Sequence[_Word], i0: int) -> bool:
    """A model year right before ``tokens[i0]``, or a determiner or an owner's possessive
    ("King's Mercedes-Benz", "Smith's black Ford") before it with at most two lower-case
    words between."""
    if i0 == 0:
        return False
    if _MODEL_YEAR.fullmatch(tokens[i0 - 1].text):
        return True
    for back in range(1, 4):
        j = i0 - back
        if j < 0:
            return False
        t = tokens[j]
        if t.low in _OPENERS or t.possessive:
            return True
        if t.cap or back == 3:
            return False
    return False


def is_vehicle(tokens: Sequence[_Word], i0: int, n: int, lex: Lexicon,
               is_name: Callable[[str], bool]) -> bool:
    """Whether the run ``tokens[i0:i0 + n]`` names a vehicle by its make (and model). Not
    when a noun after it makes it a town's ("a Lincoln man", "Lincoln police"), nor when
    its first words are a place's name ("Dodge City", "Toyota City", "Ford County Jail"),
    nor when it names a building ("the Honda Center") or is longer than a make, a model
    and a trim: "the Toyota Motor Manufacturing Kentucky plant" holds a place."""
    lows = [t.low for t in tokens[i0:i0 + n]]
    made = _make_length(lows, lex)
    if not made or n > made + 2 or not _in_vehicle_setting(tokens, i0):
        return False
    if facility_run(lows) or institution_run(lows) or _town_noun_at(tokens, i0 + n, lex):
        return False
    words = [t.text for t in tokens[i0:i0 + n]]
    return not any(is_name(" ".join(words[:k])) for k in range(max(2, made + 1), n + 1))


def stands_for_vehicle(tokens: Sequence[_Word], i0: int, n: int, lex: Lexicon,
                       vehicles: set[str]) -> bool:
    """Whether a run is made only of a vehicle's words met earlier in the story ("the
    Durango", "The Honda's driver"), and nothing before or after it asks for a place."""
    if not vehicles or not all(t.low in vehicles for t in tokens[i0:i0 + n]):
        return False
    if i0 and tokens[i0 - 1].low in _BEFORE_PLACE:
        return False
    return not _town_noun_at(tokens, i0 + n, lex)


def _town_noun_at(tokens: Sequence[_Word], i: int, lex: Lexicon) -> bool:
    """Whether ``tokens[i]`` is a noun of a town's people or offices ("Lincoln police", "a
    Lincoln man"; the lexicon's ``local_nouns``): the name before it is the town's."""
    return i < len(tokens) and tokens[i].low in lex.local_nouns
