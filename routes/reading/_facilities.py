"""Streets, roads and buildings that no gazetteer lists, and where to put them.

Why: news names the street a fire broke out on, the hospital a victim was taken to, the
embassy diplomats left; a fact-checker wants them on the map even when only their town is
known. Such a place is a mention, placed approximately at its town, never a journey stop.

Where it stands, in order of trust:

1. the town named right after it ("Atlantic Avenue in Garden City", "Main Street, Red Oak");
2. the place named inside it ("Seoul Central District Court", "University of Alberta"), when
   that place agrees with the article: named on its own elsewhere in it, or near its dominant
   city ("Northwestern Memorial Hospital" in a Chicago story is not in north-western Zambia);
3. the article's dominant city: the one it names most, ties going to the first named;
4. nowhere, when the article names no city: a guess would put it on the wrong continent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from routes.models import Place
from routes.reading._distance import km_between
from routes.reading._english import is_english_word
from routes.reading._lexicon import data_yaml
from routes.town_reach import city_reach_km


class _Located(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def lat(self) -> float: ...

    @property
    def lon(self) -> float: ...

    @property
    def kind(self) -> str: ...


#: how far (km) a place named inside a facility's name may lie from the article's dominant
#: city and still be taken as where the facility stands: a metropolitan area and its region
HINT_RADIUS_KM = 300.0


def dominant_city(counts: Mapping[str, float], cities: Mapping[str, _Located],
                  others: Sequence[_Located] = ()) -> str | None:
    """The key of the article's dominant city: the one it names most, each other place it
    names nearby (a city within :data:`NEAR_CITY_KM`, a state or province within
    :data:`NEAR_AREA_KM`) counting as one more mention, so that a street name read as a town
    far away ("Franklin", Ohio, in a New Orleans story) does not outweigh the city the
    article is about. Ties go to the city named first (counts keep first-insertion order).
    None when it names no city."""
    if not counts:
        return None
    distinct = list({o.key: o for o in others}.values())
    best: str | None = None
    best_score = -1.0
    for key, n in counts.items():
        city = cities[key]
        score = n + sum(1 for o in distinct if o.key != key and near(city, o))
        if score > best_score:
            best, best_score = key, score
    return best


#: how near another named place must be to support a city as the article's subject, or for
#: a town not to stand apart from the rest of its story (km)
NEAR_CITY_KM = 150.0
NEAR_AREA_KM = 400.0


def near(city: _Located, other: _Located) -> bool:
    """Whether ``other`` lies near ``city``: a town or landmark within :data:`NEAR_CITY_KM`, a
    state or province within :data:`NEAR_AREA_KM`; never a country, continent or sea (too
    big to say)."""
    if other.kind in ("city", "district", "landmark", "venue", "airport", "station"):
        limit = NEAR_CITY_KM
    elif other.kind == "admin":
        limit = NEAR_AREA_KM
    else:
        return False  # a country or a continent supports every city in it equally
    return km_between(city, other) <= limit


def hint_agrees(hint: _Located, dominant: _Located | None, named_alone: bool) -> bool:
    """Whether a place named inside a facility's name may be where it stands: named on its
    own elsewhere in the article, or the article has no city to contradict it, or it lies
    within :data:`HINT_RADIUS_KM` of the dominant city."""
    if named_alone or dominant is None or hint.key == dominant.key:
        return True
    return km_between(hint, dominant) <= HINT_RADIUS_KM


def facility_at(surface: str, key: str, where: Place) -> Place:
    """A street or building the gazetteer lacks, placed at ``where`` (approximately): it may
    stand anywhere in that town, so it spreads across the ground the town's point stands for
    (see routes.town_reach; nothing for a small town, whose point is near enough)."""
    return Place(
        name=surface, lat=where.lat, lon=where.lon, kind="landmark",
        country=where.country, city=where.city or where.name,
        source=(f"not in the gazetteer: placed at {where.name} ({where.source or where.key}), "
                "the place the article names with it; approximate"),
        id=f"approx:{key}@{where.key}",
        extent_km=2 * city_reach_km(where),
    )


_WORDS = data_yaml("facilities.yaml")  # the vocabularies below, with their notes
#: last words of street names: "River Avenue", "Church Street" are streets even when their
#: first word is itself a place word
STREET_HEADS = frozenset(_WORDS["street_heads"])
#: last words of names of buildings, venues and grounds, and of named parts of a town or its land
BUILDING_HEADS = frozenset(_WORDS["building_heads"])
#: first words of names of natural features and grounds the gazetteer may lack
FEATURE_PREFIXES = frozenset(_WORDS["feature_prefixes"])
#: first words of streets' and squares' names: "Via Roma", "Calle Madrid"
STREET_PREFIXES = frozenset(_WORDS["street_prefixes"])
#: heads that the organisation test also knows (an institution is also a building)
INSTITUTION_HEADS = frozenset(_WORDS["institution_heads"])
#: the compass words that close or open a street's name as its quadrant ("Eglinton Avenue
#: West", "Seventh Street Northwest", "Northwest 34th Street")
COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                     "southwest"})
_JOINING = frozenset({"of", "the", "and", "for", "de", "du", "la", "le", "del", "da"})


def facility_run(lows: Sequence[str], possessive_last: bool = False) -> bool:
    """Whether a capitalised run (its words folded, with inner connectors) names a street or
    building by its form: "... Avenue" (also "Eglinton Avenue West"), "... Hospital",
    "University of ...". Two words at least, so a bare "Hospital" or "Street" is not one."""
    n = len(lows)
    if n < 2 or lows[0] in _JOINING or possessive_last:
        return False
    last = lows[-1]
    if last in STREET_HEADS:
        return True  # "River Avenue", "Park Road": a street whatever its first word
    if last in COMPASS and n >= 3 and lows[-2] in STREET_HEADS:
        return True  # "Eglinton Avenue West"
    if last in BUILDING_HEADS:
        first = lows[0]
        return (first not in BUILDING_HEADS and (first not in STREET_HEADS or first == "st")
                and not _generic(lows))  # "St George's Chapel": a saint, not a street
    if lows[0] in FEATURE_PREFIXES:
        return n == 2 or (n == 3 and lows[1] not in _JOINING)
    if lows[0] in STREET_PREFIXES:
        # "Via Roma", "Corso Vittorio Emanuele": a street, not Rome (but "Via Rail", the
        # Canadian railway, is a company)
        return lows[1] in _JOINING or not is_english_word(lows[1])
    return n >= 3 and lows[0] in OF_HEADS and lows[1] == "of"


#: heads of institutions whose generic names stand for the institution: "the Supreme Court
#: ruled", "the High Court heard"
_GENERIC_HEADS = frozenset({"court"})


def _generic(lows: Sequence[str]) -> bool:
    """Whether a building's name is made of common words only ("Supreme Court", "High Court",
    "Convention Centre"): the institution, or any building of that kind, not one place."""
    if lows[-1] not in _GENERIC_HEADS:
        return False
    words = [w for w in lows[:-1] if w not in _JOINING]
    return bool(words) and all(is_english_word(w) for w in words)


def institution_run(lows: Sequence[str]) -> bool:
    """Whether a run the organisation test claims still names a building: one ending on an
    institution head ("Kendale Lakes Elementary School") or opening one before "of"
    ("University of Alberta", "Embassy of the Republic of Armenia")."""
    if not lows or not _UNITS.isdisjoint(lows):
        return False  # "Culture Department of the Armenian Embassy": a part of an office
    return lows[-1] in INSTITUTION_HEADS or lows[-1] in STREET_HEADS or (
        len(lows) >= 3 and lows[0] in OF_HEADS and lows[1] == "of")


#: words naming a part of an organisation: a run holding one names that part, not a building
_UNITS = frozenset({"department", "ministry", "office", "division", "unit", "section",
                    "committee", "bureau", "directorate", "desk"})


#: words that open the name of a building or institution and are followed by "of" and its
#: place: "University of Toronto", "Museum of London"
OF_HEADS = frozenset(_WORDS["of_heads"])

#: road numbers: UK "A40", "M25", "B1234"; US "I-95", "Interstate 5", "Route 66",
#: "Highway 101", "State Route 1", "US 1"
ROAD_NUMBER = re.compile(
    r"\b(?:[AMB]\d{1,4}(?:\([AM]\))?|I-\d{1,3}|Interstate \d{1,3}|(?:State |U\.S\. |US )?"
    r"(?:Route|Highway|Hwy\.?) \d{1,4}[A-Z]?)\b"
    # numbered streets: "14th St.", "Fifth Avenue" is a name run, "22nd Street North"
    r"|\b\d{1,3}(?:st|nd|rd|th) (?:Street|Avenue|Road|Boulevard|St\.|Ave\.|Rd\.|Blvd\.)"
    r"(?: (?:North|South|East|West)\b)?"
)


def road_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, surface) of road numbers in a sentence. A bare "A1" counts only when
    the sentence shows it is a road ("on the A120 at Coggeshall", "the M25 motorway", "via
    the A436, A40 and A429"), since "B2" or "M5" also name bombers, paper sizes and phones."""
    found = [(m.start(), m.end(), m[0]) for m in ROAD_NUMBER.finditer(text)]
    if not found:
        return []
    bare = [f for f in found if f[2][0] in "AMB" and f[2][1:2].isdigit()]
    if bare and not any(_road_context(text, start, end) for start, end, _ in bare):
        return [f for f in found if f not in bare]
    return found


def _road_context(text: str, start: int, end: int) -> bool:
    """A road word after the number ("the M25 motorway", "A417 southbound"), or a verb of
    travel's preposition before it ("on the A120", "via the A436", "off the M4")."""
    before = text[max(0, start - 12):start].casefold()
    after = text[end:end + 20].casefold().lstrip()
    return before.endswith(_ROUTE_BEFORE) or after.startswith(_ROUTE_AFTER)


_ROUTE_BEFORE = ("on the ", "onto the ", "off the ", "via the ", "along the ", "down the ",
                 "up the ", "join the ", "joined the ", "joins the ")
_ROUTE_AFTER = ("road", "motorway", "carriageway", "northbound", "southbound", "eastbound",
                "westbound", "junction", "slip road", "roundabout", "interchange")
