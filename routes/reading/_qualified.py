"""Towns named with the area they lie in: "Paris, Texas", "Portland, Maine", "Salisbury, England",
"Waterloo in Belgium".

Why: news style adds the state or country to a town's first mention exactly when the town
alone is ambiguous ("Parkland, Fla.", "HELENA, Mont. (AP)", "Dundalk, Ireland"). That
qualifier is the strongest evidence a story offers, stronger than population or the other
places it names, so the town is chosen among its namesakes inside that area, and the choice
holds for the whole story (a later bare "Parkland" is the same town).

The module finds the pairs and picks the namesake; the reader decides what to do with them.
It knows nothing of the gazetteer beyond two callables, so it is tested with plain data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from routes.models import Place
from routes.reading._distance import km_between
from routes.reading._lexicon import data_yaml

#: What may qualify a town: a state, province or county, or a country.
QUALIFIER_KINDS = frozenset({"admin", "country"})
#: What a qualified name may be: a town or a district (a state is not "in" a state).
QUALIFIED_KINDS = frozenset({"city", "district"})
#: A namesake further than this from a state's representative point is not "in" it, when the
#: gazetteer cannot say which state a town is in (no first-order code on one side).
MAX_KM_FROM_STATE = 1200.0

# A capitalised run (up to four words), a comma or an opening bracket, another run (up to
# three words, abbreviations with their full stops: "N.J.", "Mont.").
_WORD = r"[A-Z][\w'’.-]*"
# Written to open with the first word's capital (the check that nothing word-like comes
# before it follows as a lookbehind): a pattern that opens with a character class lets the
# regex engine skip to the capitals instead of trying every position of the text.
_LEFT = rf"([A-Z](?<![\w'’-].)[\w'’.-]*(?:[ \t]+{_WORD}){{0,3}})"
_RIGHT = rf"((?:{_WORD}[ \t]+){{0,2}}{_WORD})"
_PAIR = re.compile(rf"{_LEFT}(?:,[ \t]*|[ \t]*\([ \t]*){_RIGHT}")
#: "Waterloo in Belgium", apart: its matches must not swallow a comma pair's town ("Students
#: in Parkland, Florida")
_IN_PAIR = re.compile(rf"{_LEFT}[ \t]+in[ \t]+{_RIGHT}")
#: where an "in" pair may be: " in " before a capital, found by a plain scan (the full pattern
#: over a whole text cost more than every other pair test together)
_IN_CAPITAL = re.compile(r"[ \t]in[ \t]+(?=[A-Z])")
#: the town of an "in" pair comes after a preposition, where a town is expected (not "leader
#: Kim Jong Un in Beijing")
_PREPOSITION_AND_TOWN = re.compile(
    r"\b(?:at|in|to|from|near|of|into|outside|toward|towards|for|via|through|past)[ \t]+"
    r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*$")


def _in_pairs(text: str) -> Iterator[re.Match[str]]:
    """The "Town in Area" pairs of ``text`` ("at Waterloo in Belgium")."""
    for hit in _IN_CAPITAL.finditer(text):
        before = _PREPOSITION_AND_TOWN.search(text, max(0, hit.start() - 80), hit.start())
        if before is None:
            continue
        town_start = text.index(" ", before.start()) + 1
        while text[town_start] in " \t":
            town_start += 1
        m = _IN_PAIR.match(text, town_start)
        if m is not None:
            yield m


@dataclass(frozen=True, slots=True)
class QualifiedName:
    """``town`` as written, then ``area`` as written, and where the town's text starts."""

    town: str
    area: str
    start: int
    #: written "Town in Area" ("Waterloo in Belgium"): the area chooses among the town's
    #: namesakes, but a name with none there is no village to place approximately ("Obama in
    #: Illinois" is a man, not a town of Illinois)
    by_in: bool = False


@functools.cache
def abbreviations() -> dict[str, tuple[tuple[str, str], ...]]:
    """Abbreviation as written ("Mont.", "TX", "B.C.") -> the (area name, ISO country) pairs
    it may stand for ("WA": Washington or Western Australia), from data/qualifiers.yaml."""
    doc = data_yaml("qualifiers.yaml")
    out: dict[str, list[tuple[str, str]]] = {}
    for area in doc["areas"]:
        for abbr in area["abbreviations"]:
            out.setdefault(str(abbr), []).append((str(area["name"]), str(area["country"])))
    return {k: tuple(v) for k, v in out.items()}


#: a dotted state abbreviation before a lower-case word ("Ga. pastor", "N.C. man"); its full
#: stop is kept, so no abbreviation reads as a word ("Ga", "Pa", "Mo"). It opens with the
#: capital it needs, so the regex engine skips to capitals (this runs on every sentence)
_ABBREVIATION = re.compile(r"[A-Z][a-z]*\.(?:[A-Z][a-z]*\.)*(?=[ \t]+[a-z])")
#: what must stand before it as a modifier: "a", "an" or "the" as a word of its own
_ARTICLE_END = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he)\Z")


def abbreviated_modifiers(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, area name, ISO country) of each state abbreviation ``text`` writes as a
    modifier: after "a", "an" or "the" (and spaces), or opening the text, before a lower-case
    word ("a Ga. pastor": Georgia; a headline's "Calif. wildfire spreads"). Why only there:
    standing before a lower-case noun after an article, a dotted "Ga." or "Mo." can be
    nothing but the state, while elsewhere the same letters are words or names, which is why
    the gazetteer does not hold them. Only abbreviations of one area ("WA" is two) count."""
    known = abbreviations()
    for m in _ABBREVIATION.finditer(text):
        options = known.get(m.group(), ())
        if len(options) != 1:
            continue
        start = m.start()
        before = len(text[:start].rstrip(" \t"))
        if start == 0 or (before < start and _ARTICLE_END.search(
                text, max(0, before - 3), before) is not None):
            yield start, m.end(), options[0][0], options[0][1]


def qualified_pairs(text: str, is_name: Callable[[str], bool],
                    max_tokens: int = 4) -> Iterator[QualifiedName]:
    """Every "Town, Area" in ``text`` where the town is a name the gazetteer knows and the
    area is one too or a state's abbreviation: the longest known name ending right before
    the comma, and the longest known name or abbreviation starting right after it."""
    known_abbreviations = abbreviations()

    def is_area(form: str) -> bool:
        return form in known_abbreviations or is_name(form)

    matches = [(m, town, False) for m, town in _comma_pairs(text, is_name, max_tokens)]
    matches += [(m, _town_before(m, is_name, max_tokens), True) for m in _in_pairs(text)]
    for m, town, by_in in matches:
        if town is None:
            continue
        right = m.group(2).split()
        area = None
        for j in range(min(len(right), max_tokens), 0, -1):
            if any(len(w) > 3 and w.endswith(".") for w in right[:j - 1]):
                continue  # "Colo. A similar meeting": a sentence ends inside (its key is Co Loa's)
            words = " ".join(right[:j])
            for form in (words, words.rstrip(","), words.rstrip(".,")):
                if form and is_area(form):
                    area = form
                    break
            if area is not None:
                break
        if area is None:
            continue
        yield QualifiedName(town.rstrip("."), area, m.start(1) + m.group(1).rfind(town),
                            by_in)


def _town_before(m: re.Match[str], is_name: Callable[[str], bool], max_tokens: int) -> str | None:
    """The longest name the gazetteer knows that ends a pair's left side, if any."""
    left = m.group(1).split()
    return next((" ".join(left[i:]) for i in range(max(0, len(left) - max_tokens), len(left))
                 if is_name(" ".join(left[i:]).rstrip("."))), None)


def _comma_pairs(text: str, is_name: Callable[[str], bool],
                 max_tokens: int) -> Iterator[tuple[re.Match[str], str | None]]:
    """The "Town, Area" candidates of ``text``, each with its town (None when its left side
    ends in no name the gazetteer knows). Such a candidate gives its right side a second
    chance as a town: "St. John's Union Cemetery, Friedensburg, Pa." is a building, then a
    town and its state (the pattern alone, matching without overlap, pairs the building with
    the town and loses the state)."""
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        town = _town_before(m, is_name, max_tokens)
        yield m, town
        pos = m.end() if town is not None else m.start(2)


_COUNTY = re.compile(r"\b(?:county|parish|borough|shire|district)$", re.IGNORECASE)


def is_county(name: str) -> bool:
    """A second-order division by its name ("Walker County", "Orleans Parish"): the one kind
    of area that a state qualifies, as towns are ("Pike County, Ky.")."""
    return bool(_COUNTY.search(name.strip()))


def may_qualify(town: str, unqualified: Place | None) -> bool:
    """Whether a qualifier should re-decide this name: only where the story would otherwise
    place a town or a county, so a list of states ("Florida, Georgia and Alabama") or of
    countries is never read as a town and its state."""
    if unqualified is None:
        return False
    return unqualified.kind in QUALIFIED_KINDS or (
        unqualified.kind == "admin" and is_county(town))


def is_region_qualifier(area: Place) -> bool:
    """Whether a place that is no division can still say which town is meant: a region of
    one country with a known size (Cornwall, 70 km across)."""
    return area.kind == "region" and bool(area.country) and area.extent_km > 0


def namesake_within(namesakes: Sequence[Place], area: Place) -> Place | None:
    """The namesake that lies in ``area``, best-ranked first, or None.

    A country qualifier keeps the namesakes of that country, in the gazetteer's order (its
    ranking already weighs size and match). A region of known size keeps the nearest within
    its extent (the diameter of a disc of its area, generous for long shapes). A state or
    province keeps those with its
    first-order code when both sides have one; otherwise the nearest to the area's point
    within :data:`MAX_KM_FROM_STATE` (towns of one name rarely share a state, while the
    wrong namesakes lie in other states, usually far away: "Paris, Texas" is not Paris,
    Tennessee)."""
    if is_region_qualifier(area):
        # a county or region the gazetteer holds as an area of known size, not a division
        # ("St Ives in Cornwall"): the nearest namesake of its country within its extent
        inside = [p for p in namesakes if p.country == area.country
                  and p.kind in QUALIFIED_KINDS and km_between(p, area) <= area.extent_km]
        return min(inside, key=lambda p: km_between(p, area)) if inside else None
    if area.kind not in QUALIFIER_KINDS or not area.country:
        return None
    inside = [p for p in namesakes
              if p.country == area.country and p.key != area.key and (
                  p.kind in QUALIFIED_KINDS or (p.kind == "admin" and is_county(p.name)))]
    if not inside or area.kind == "country":
        return inside[0] if inside else None
    if area.admin1:
        coded = [p for p in inside if p.admin1 == area.admin1]
        if coded:
            return coded[0]
        # a namesake coded for another state lies in that state, however near: "Mansfield,
        # Richland County" is in Ohio's county of that name, not in South Carolina's, whose
        # nearest Mansfield is a Pennsylvanian town once so called
        inside = [p for p in inside if not p.admin1]
        if not inside:
            return None
    near = min(inside, key=lambda p: km_between(p, area))
    return near if km_between(near, area) <= MAX_KM_FROM_STATE else None
