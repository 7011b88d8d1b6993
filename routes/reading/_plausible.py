"""Whether a name read from a story is a place at all.

The reader finds every name the gazetteer knows; most one-word names are also something else
in news copy: a person ("Abdi"), a shop ("at McDonald's"), a holiday ("St. Patrick's Day"),
a disease ("Reston ebolavirus"), a street ("Franklin" in "the Chartres/Franklin
intersection"), a party label ("D-Columbus"), a word of a longer name ("Harbour" in "Harbour
Street"). These tests look only at the text around one name and at the place it resolved
to, never at the rest of the story (that is the resolver's and _story's work); they are kept
apart from the story reader so that each can be read, and changed, on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from routes.models import Place
from routes.reading._facilities import COMPASS, STREET_HEADS
from routes.reading._lexicon import lexicon
from routes.reading._mentions import RawMention
from routes.reading._people_names import given_names
from routes.reading._resolver import (
    AREA_KINDS,
    CITY_KINDS,
    EXONYM_CITY_POPULATION,
    WEAK_MIN_POPULATION,
)

#: a town smaller than this, named by one word, needs a preposition of place before it
SMALL_TOWN_POPULATION = 5_000


def state_abbreviation(text: str, r: RawMention) -> bool:
    """A short word with a full stop right after a town and a comma: "Slidell, La.",
    "Gainesville, Va.", "WAUSAU, Wis.": the state or province, abbreviated."""
    return (len(r.surface) <= 4 and text[r.end:r.end + 1] == "."
            and text[max(0, r.start - 2):r.start] == ", ")


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


#: words that give a name rather than place one: "the street was later called Lafayette",
#: "a streetcar named Desire", "renamed Kyiv"; not "Trump called Beijing" (on the telephone)
_NAMING = re.compile(
    r"(?:\b(?:was|is|were|are|be|been|being|later|now|then|formerly|originally|also|once|"
    r"first|often|simply)\s+|\b(?:a|an|the)\s+[a-z]+\s+)"
    r"(?:called|named|dubbed|nicknamed|christened)\s+(?:the\s+)?$|\brenamed\s+(?:the\s+)?$")


#: street corners written with a slash: "the Chartres/Franklin intersection", "at the
#: State/Madison corner"
_CROSSING = re.compile(r"(?:/[A-Z][\w'’.-]*)+\s+(?:intersection|corner|junction|crossing)\b")


_CROSSING_END = re.compile(r"\s+(?:intersection|corner|junction|crossing)\b")


def written_as_no_place(text: str, r: RawMention, norm: Callable[[str], str]) -> bool:
    """Whether the words around a name say it names no place here: a name given ("the street
    was later called Lafayette"), an account's handle ("@Gillette"), an abbreviated title
    ("Sens. Tom Udall"), a street corner ("the Chartres/Franklin intersection"), an American
    politician's party label ("Rep. Nick Rahall, D-W. Va.": not "D-W", nor the state, which is
    no place of the story either), a name the lexicon says is none ("El Niño"), or a disease
    named after a place ("West Nile virus"), a ship one is aboard ("aboard the Belem"), or
    a saint whose day it is ("St. Patrick's Day")."""
    before = text[r.start - 1:r.start]
    return bool(
        _named_no_place(text, r, norm)
        or _NAMING.search(text, max(0, r.start - 30), r.start)
        or (_PARTY.match(r.surface) is not None
            and (text[r.start - 2:r.start] == ", " or before == "("))
        or before == "@"
        or (text[r.end:r.end + 1] == "." and " " not in r.surface
            and r.surface.casefold() in lexicon().person_titles)
        or _CROSSING.match(text, r.end)
        or DISEASE_AFTER.match(text, r.end)
        or (before == "/" and _CROSSING_END.match(text, r.end))
        or _ABOARD.search(text, max(0, r.start - 40), r.start) is not None
        or (r.surface.casefold() in _NUMBERED_HEADS and _NUMBER_AFTER.match(text, r.end))
        or _HOLIDAY_AFTER.match(text, r.end) is not None
        or _titles_only(r.surface)
        or _street_quadrant(text, r))


def _titles_only(surface: str) -> bool:
    """Whether a name is only titles joined: "The King and Queen flew to Nairobi" names two
    people, not King and Queen County, Virginia."""
    words = surface.casefold().split()
    titles = lexicon().person_titles
    return len(words) >= 3 and all(w in titles or w in ("and", "or", "&") for w in words)


#: a saint's day, after the saint's name: "St. Patrick's Day", "St. Andrew's Day parade",
#: "St. John's Eve" (no place, though GeoNames has a Saint Patrick and a St. John's)
_HOLIDAY_AFTER = re.compile(r"['’]s\s+(?:Day|Eve)\b")


#: words that, followed by a number, label a part of a port, a station or an airport ("docked at
#: Pier 91", "from Terminal 5", "Platform 9"): no town (GeoNames lists "Pier" for Pierre)
_NUMBERED_HEADS = frozenset({"pier", "terminal", "gate", "platform", "berth", "hangar", "dock",
                             "runway", "quay", "wharf", "track", "stand", "concourse", "exit"})


_NUMBER_AFTER = re.compile(r"\s+\d")


#: a name one is aboard is a vessel's or an aircraft's: "aboard the three-masted Belem",
#: "on board the Queen Mary 2"
_ABOARD = re.compile(r"\b(?:aboard|on\s+board)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")


#: a disease named after where it was first found, after the name: "West Nile virus",
#: "Marburg virus", "Lassa fever", "Lyme disease", "Marburg hemorrhagic fever"
DISEASE_AFTER = re.compile(r"[ -](?:(?:ha?emorrhagic|viral)\s+)?(?:virus|viruses|fever|"
                           r"disease|encephalitis)\b", re.IGNORECASE)


#: the same, to collect an article's diseases: "Marburg" told as "Marburg virus" is the
#: disease when told alone too ("Because Marburg kills more slowly")
DISEASE_NAME = re.compile(r"(?<![\w-])([A-Z][\w'’]+(?:\s[A-Z][\w'’]+)?)(?=" +
                          DISEASE_AFTER.pattern + ")")


#: a storm's name, after the word for the storm: "Hurricane Milton", "Typhoon Haiyan", "Storm
#: Ciaran", "Tropical Storm Florence" (no town, though GeoNames has a Milton and a Haiyan);
#: told alone later ("Milton made landfall") it is still the storm
STORM_NAME = re.compile(r"\b(?:Hurricane|(?:Super\s+)?Typhoon|Cyclone|Superstorm|"
                        r"(?:(?:Sub)?[Tt]ropical|Winter|Post-[Tt]ropical)\s+(?:Storm|Depression)|"
                        r"Storm)\s+"
                        r"([A-Z][a-z'’-]+)\b")


def diseases_and_storms(text: str) -> Iterator[str]:
    """The names ``text`` gives a disease ("Marburg virus") or a storm ("Hurricane Milton"):
    no town wherever the article tells them. Why the word tests first: both patterns are
    searched over the whole article, position by position, while most articles name neither;
    a substring test (in C) on the words every match must hold settles that for the price of
    a glance (the dotless i is an "i" to a case-blind pattern, not to casefold)."""
    folded = text.casefold().replace("ı", "i")
    if any(w in folded for w in _DISEASE_WORDS) and DISEASE_AFTER.search(text):
        yield from (m[1] for m in DISEASE_NAME.finditer(text))
    if any(w in text for w in _STORM_WORDS):
        yield from (m[1] for m in STORM_NAME.finditer(text))


#: words every match of DISEASE_AFTER holds (folded), and of STORM_NAME
_DISEASE_WORDS = ("virus", "fever", "disease", "encephalitis")
_STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "storm", "Storm", "Depression")


#: the words of an address after a quadrant: "Northwest 34th Street", "Northeast Club House
#: Drive" (numbers and capitalised words, up to the street's head)
_ADDRESS_WORDS = re.compile(r"\s+((?:(?:\d+(?:st|nd|rd|th)?|[A-Z][\w'’.-]*)\s+){1,4})")


def _street_quadrant(text: str, r: RawMention) -> bool:
    """Whether a bare compass word is the quadrant of a street's address, not a region that
    shares its name (England's "North West", America's "Southwest"): "the intersection of
    Northwest Eighth Avenue and Northwest 34th Street", "3537 Seventh Street Northwest"."""
    if r.surface.casefold() not in COMPASS:
        return False
    prior = text[max(0, r.start - 20):r.start].split()
    if prior and prior[-1].rstrip(".,").casefold() in STREET_HEADS:
        return True
    after = _ADDRESS_WORDS.match(text + " ", r.end)
    return after is not None and any(
        w.rstrip(".,").casefold() in STREET_HEADS for w in after.group(1).split()[1:])


def _named_no_place(text: str, r: RawMention, norm: Callable[[str], str]) -> bool:
    """Whether the name, or the name with the word before it ("La Niña" read as "Niña"), is
    one the lexicon's ``not_places`` lists (compared as the reader's keys are: "la nina")."""
    nots = {norm(name) for name in lexicon().not_places}
    if r.key in nots:
        return True
    before = text[max(0, r.start - 6):r.start].split()
    return bool(before) and f"{norm(before[-1])} {r.key}" in nots


#: a city this big may be named by the first word of its name alone ("Rio")
SHORT_FORM_CITY_POPULATION = 1_000_000


def plausible(r: RawMention, place: Place, norm: Callable[[str], str],
              abbreviation: bool = False, text: str = "", division_city: bool = False) -> bool:
    """Filters for one-word names that are far more often something else in news copy:
    one word of a longer name ("Harbour" in "Harbour Street", "Quarter" in "Old Quarter") counts
    only for a big place; a small town needs "in", "at", "to"... before it. Countries, regions
    and continents always count, by name or demonym, singular or plural ("Americans").
    A name written with a capital inside it that the place's own name lacks ("DongA" of the
    DongA Ilbo newspaper, not Donga in Benin) is a brand's spelling, not the place's."""
    if (_INNER_CAPITAL.search(r.surface) and r.surface != place.name
            and r.surface.casefold() == place.name.casefold()
            and not _INNER_CAPITAL.search(place.name)):
        return False
    if r.weak and len(r.surface) <= 3 and not r.surface.isupper():
        # "No", "Ben": a short word counts only as a code ("US", "UK"), as a state after its
        # town ("Slidell, La."), or as a big city of that name right after a preposition or
        # a verb of going ("in Qom", "to Fes", "reached Hue"; not "Alien and Iron Man")
        return (abbreviation and place.kind == "admin") or (
            not r.possessive and place.kind in CITY_KINDS
            and place.population >= WEAK_MIN_POPULATION and (
                norm(place.name) == r.key or (
                    # ("to Rio": the first word a city of millions is known by)
                    place.population >= SHORT_FORM_CITY_POPULATION
                    and norm(place.name).split()[0] == r.key))
            and _AFTER_PREPOSITION.search(text, max(0, r.start - 9), r.start) is not None)
    if place.kind in AREA_KINDS:
        return True  # "Americans", "Zimbabweans": the country is named, as with "American"
    if place.kind not in CITY_KINDS or " " in r.surface.strip():
        return True
    if r.possessive and place.population < WEAK_MIN_POPULATION and (
            _SHOP_AFTER.match(text, r.end) is not None):
        return False  # "at McDonald's,", "at Culver's, 1200 DeKalb Ave.": a shop, no town
    if (_THE_RIGHT_BEFORE.search(text, max(0, r.start - 4), r.start)
            and _NO_NOUN_AFTER.match(text, r.end) and not norm(place.name).startswith("the ")):
        # "the Duma approved", "the Commonwealth and": an article before a town's name is
        # for a body or a network of that name (a town's own "The" is in its name: "The
        # Hague"); before a noun it modifies, the town stands ("the Paris agreement")
        return False
    if r.in_longer and place.population < WEAK_MIN_POPULATION:
        return False
    if place.kind == "district" and place.id.startswith("landmark:"):
        return True  # a district curated because the press names it ("fled Shujaiya")
    own = norm(place.name)
    if (place.population < EXONYM_CITY_POPULATION and r.key != own and r.key not in own.split()
            and not division_city
            and not (r.locative or _TRAVEL_PLACED.search(text, max(0, r.start - 80), r.start))):
        # a town named only by another name GeoNames lists for it (not by a word of its own,
        # "Acapulco" for Acapulco de Juárez, nor by the name of the division named after it,
        # ``division_city``: "Mykolaiv" for Mykolayiv), where nothing says a place is meant:
        # "released by Hamas" is not Hamm, "a spokesman for Google" not Topeka; but "left
        # Piraeus for Heraklion" (Irákleion), "148 km southeast of Zhezkazgan" (Zhezqazghan)
        return False
    # (a small town placed by a departure for it counts: "left Bergen for Kirkenes")
    return place.population >= SMALL_TOWN_POPULATION or r.locative or (
        _TRAVEL_PLACED.search(text, max(0, r.start - 80), r.start) is not None)


#: a possessive that owns nothing written after it ("at McDonald's, he said", "at Macy's in
#: Dallas"): a shop or a restaurant called by its founder's name
_SHOP_AFTER = re.compile(r"['’]s(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|near|and|or|for)\b)")


#: words before a name that say a place is meant, besides those of ``RawMention.locative``:
#: a bearing ("148 km southeast of"), or "for" after a departure ("left Piraeus for")
_TRAVEL_PLACED = re.compile(
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|"
    r"north-west|south-east|south-west)\s+of|(?:left|leave|leaves|leaving|departed|departs|"
    r"bound|headed|heading|set\s+(?:off|out|sail))\b[^;:]{0,60}\bfor)\s+(?:the\s+)?$",
    re.IGNORECASE)


#: "the" right before a name, and what after it says no noun follows: punctuation (a comma
#: only before a lower-case word, since a capital may be its state: "the Pittsburgh,
#: Pennsylvania-based company"), a possessive, or a word that opens no noun phrase ("and"
#: only before a word that is no name)
_THE_RIGHT_BEFORE = re.compile(r"\b[Tt]he\s+$")


_NO_NOUN_AFTER = re.compile(
    r"(?:['’]s\b|\s*[.;:!?)\"”]|,(?!\s*[A-Z])|\s+(?:and|or)\s+(?![A-Z])|\s+(?:but|in|on|at|to|from|by|"
    r"with|for|of|as|was|were|is|are|has|had|have|will|would|could|should|may|might|must|can|"
    r"did|does|said|says|that|which|who)\b|\s*$)")


#: a preposition of place right before a name: "in Qom", "to Fes"
_AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|at|from|to|near|into|outside|via|reached|reaching|reaches|visited|visiting|"
    r"visits|left|leaving|leaves|toured|touring)\s+$")


# (a verb whose object is where one goes or went: "It reached Hue", "after leaving Qom")
#: the party of an American politician's label ("D-W. Va.", "R-Westfield")
_PARTY = re.compile(r"(?:D|R|I|DFL)-[A-Z]")


#: where the family names of lexicon.yaml's ``surnames`` are at home: a town there may bear
#: a name that is also a person's ("Kim Chaek")
_EAST_ASIA = frozenset({"CN", "TW", "HK", "MO", "KR", "KP", "JP", "VN", "SG", "MN"})


#: last words of a landmark named with its kind ("Atocha station", "Dulles airport"), whose
#: first words alone then name it again in the story
_LANDMARK_HEADS = frozenset({"station", "airport", "terminal", "port", "harbour", "harbor",
                             "stadium", "palace", "hotel", "railway", "airfield"})


def landmark_core(surface: str, place: Place, norm: Callable[[str], str]) -> str | None:
    """The folded name a landmark told with its kind may be told again by ("Atocha" for
    "Atocha station"), unless that name is its city's ("Beijing station": "Beijing" stays
    the city)."""
    words = surface.split()
    if (len(words) < 2 or words[-1].casefold() not in _LANDMARK_HEADS
            or place.kind in CITY_KINDS or place.kind in AREA_KINDS):
        return None
    core = norm(" ".join(words[:-1]))
    if not core or core in (norm(place.city or ""), norm(place.name)):
        return None
    return core


#: last words of institutions whose people the press quotes from anywhere ("a professor at
#: Cornell University", in a story about China): never guessed at the story's city
_FAR_FLUNG = frozenset({"university", "college", "institute", "academy"})


def far_flung(surface: str) -> bool:
    """Whether a building the gazetteer lacks is an institution that the article's dominant
    city says nothing about: it is placed only by a town named with it."""
    words = surface.casefold().split()
    return bool(words) and (words[-1] in _FAR_FLUNG or words[0] in _FAR_FLUNG)


def east_asian_name_abroad(r: RawMention, place: Place, norm: Callable[[str], str]) -> bool:
    """Whether a run of two or three words that opens with an East Asian family name ("Li
    Wei", "Li Na") matched a town outside East Asia only by another name GeoNames lists for
    it (Lévis, Quebec; Lena, Illinois): a person, not that town."""
    words = r.surface.split()
    return (2 <= len(words) <= 3 and words[0].casefold() in lexicon().surnames
            and place.kind in CITY_KINDS and (place.country or "") not in _EAST_ASIA
            and norm(place.name) != r.key)


def given_name_of_another_town(r: RawMention, place: Place,
                               norm: Callable[[str], str]) -> bool:
    """Whether a lone given name ("Linda", "Thomas", "Salome") matched a town only by another
    name GeoNames lists for it (Lindi, Tanzania; São Sebastião, Brazil): a person, not that
    town. Asked only where nothing places it (no "in", no qualifier, no dateline); a town that
    bears the name as its own ("Paris", "Alexandria") is left to the other rules, and so is a
    city of :data:`EXONYM_CITY_POPULATION` people, which English may know by a name that is
    also a given name ("Odessa" for Odesa), unless the name is written in capitals (an
    acronym: "SANA" is no Sanaa)."""
    return (r.tok_end - r.tok_start == 1 and place.kind in CITY_KINDS
            and r.surface.casefold() in given_names() and norm(place.name) != r.key
            and (place.population < EXONYM_CITY_POPULATION or r.surface.isupper()))


def before_local_noun(text: str, end: int) -> bool:
    """Whether a noun of a town's people or offices follows a name ("Roselle police", "an
    Alton man"; see the lexicon's ``local_nouns``)."""
    after = text[end:end + 20].split(maxsplit=1)
    return bool(after) and after[0].casefold().rstrip(".,;:") in lexicon().local_nouns


def lone_given_name(text: str, r: RawMention, raws: Sequence[RawMention] = ()) -> bool:
    """Whether a name is one given name written alone ("They saw Adam in Boston"): where
    nothing places it, a person far more often than the small town that bears it. Placed
    here are a person's home after "of" ("Michael Durr, of Trenton", "Pack 136 of Madison"),
    a name after "a" or "an" ("an Alton funeral director") or after a word of a city's part
    ("downtown Cleveland"), one before a noun of the lexicon's ``local_nouns`` ("Roselle
    police", "the Cleveland Republican"), one joined to another name by a hyphen
    ("Nebraska-Lincoln"), one listed with a name that is no given name ("Cleveland,
    Columbus and Dayton"; not "Adam, Eve and Paul"), and one said to be a place ("Tyler is
    a city in Texas", "Florence, the capital of Tuscany")."""
    if (r.tok_end - r.tok_start != 1 or r.possessive or r.surface.isupper()
            or r.key not in given_names()):
        return False
    if (_PLACED_BEFORE.search(text, max(0, r.start - 40), r.start)
            or text[r.start - 1:r.start] == "-" or text[r.end:r.end + 1] == "-"):
        return False
    if before_local_noun(text, r.end):
        return False
    if _SAID_TO_BE_A_PLACE.match(text, r.end):
        return False  # "Tyler is a city in Texas", "Florence, the capital of Tuscany"
    return not any(o.key not in given_names() for o in _listed_with(text, r, raws))


def _listed_with(text: str, r: RawMention, raws: Sequence[RawMention]) -> list[RawMention]:
    """The other names of the list ``r`` stands in: names next to each other with only a
    comma, "and" or "or" between them."""
    ordered = sorted(raws, key=lambda o: o.start)
    if r not in ordered:
        return []
    i = j = ordered.index(r)
    while i > 0 and _LISTED.fullmatch(text, ordered[i - 1].end, ordered[i].start):
        i -= 1
    while j + 1 < len(ordered) and _LISTED.fullmatch(text, ordered[j].end,
                                                     ordered[j + 1].start):
        j += 1
    return [o for o in ordered[i:j + 1] if o is not r]


#: a name then what it is, a place: "is a city", ", the capital of", "was a small town"
_SAID_TO_BE_A_PLACE = re.compile(
    r"(?:\s*,|\s+(?:is|was|remains|became))\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:city|town|village|capital|port|suburb|county|state|province|region|country|"
    r"district|municipality|community|resort|island|seat|hub|birthplace|home)\b",
    re.IGNORECASE)


#: what stands between names of a list: "Cleveland, Columbus", "Dayton and Cincinnati"
_LISTED = re.compile(r",?\s+(?:and\s+|or\s+)?|,")


#: words before a name that make it a place's: a person's home after the name ("Michael
#: Durr, of Trenton", "Kaitlin Craig of Elida"; not "the son of Adam"), a bearing ("20 km
#: east of Chester", "within a mile of"), an article ("an Alton funeral director": no one
#: says "an Adam"), a part of a city or a country ("downtown Cleveland", "rural Lincoln")
_PLACED_BEFORE = re.compile(
    r"(?:[A-Z0-9][\w'’.-]*,?\s+of|\b(?i:(?:north|south)?(?:east|west)|north|south|miles?|km|"
    r"kilomet(?:er|re)s?)\s+of|\b[Aa]n?|\b(?:downtown|uptown|suburban|rural|central|northern|"
    r"southern|eastern|western|greater|metro|metropolitan|coastal|urban))\s+$")


#: kinds of landmark that stand at a point (a statue, a stadium, a hotel), so that a word of
#: terrain or of a way written after the name says the name is another thing's
POINT_LANDMARK_KINDS = frozenset({"landmark", "venue", "hotel", "guesthouse", "factory"})
#: a lower-case word of terrain or of a way right after a name: the name is that feature's
_FEATURE_AFTER = re.compile(
    r"[ \t]+(pass|tunnel|valley|river|lake|mountains?|range|glacier|canyon|gorge|bay|beach|"
    r"island|peninsula|desert|highway|road|motorway|expressway|railway|line|border|crossing|"
    r"dam|mine|creek|falls|trail|strait|channel)\b")


def feature_named_after(text: str, end: int, place: Place) -> bool:
    """Whether a landmark that stands at a point is written as the name of a feature of the
    land ("crossed the Andes through the Cristo Redentor pass": the pass between Chile and
    Argentina, not the statue in Rio de Janeiro that GeoNames and Wikipedia call Cristo
    Redentor), unless the feature's word is a word of the landmark's own name ("the Golden
    Gate bridge" is the bridge)."""
    if place.kind not in POINT_LANDMARK_KINDS:
        return False
    m = _FEATURE_AFTER.match(text, end)
    return m is not None and m[1] not in place.name.casefold().split()
