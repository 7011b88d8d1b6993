"""Places one sentence names together, decided from each other: a list of towns ("stores in
Hilversum, Almelo and Utrecht"), a tally of provinces ("eight in Alberta, one in New
Brunswick"), a town and its state ("Spokane, Washington"; "Brooklyn, New York" is the city), a
compass part of a state ("central Washington"), a landmark and its town, and a town called by
its country's adjective ("the Swiss city"). Each mention keeps the place the resolver gave it
unless the sentence itself says otherwise; the story as a whole is the resolver's second look
(PlaceResolver.reconsider)."""

from __future__ import annotations

import re
from itertools import pairwise

from routes.models import Place
from routes.reading._distance import km_between
from routes.reading._resolver import AREA_KINDS, CITY_KINDS, PlaceResolver
from routes.reading._sentence_records import Mention, Sentence

#: how near one another the towns of a sentence's list lie for an odd one out to join them
LIST_NEIGHBOUR_KM = 60.0


#: how far from them the odd one must lie to be re-read (a neighbour abroad stays: a border)
LIST_STRAY_KM = 300.0


#: how close together the other towns must lie to be one district's
LIST_CLUSTER_KM = 150.0


#: how near its landmark a town written after it must lie ("the Stade de France in Saint-Denis")
LANDMARK_TOWN_KM = 50.0


def towns_of_landmarks(s: Sentence, places: PlaceResolver) -> None:
    """The town written right after a landmark is the one the landmark stands in: "the Stade
    de France in Saint-Denis" is Saint-Denis by Paris, not the bigger Saint-Denis of Réunion."""
    ms = s.mentions
    for a, b in pairwise(ms):
        if (a.place.kind in CITY_KINDS or a.place.kind in AREA_KINDS or b.place.kind not in
                CITY_KINDS or not a.place.country or not ADDRESS_GAP.fullmatch(s.text, a.end,
                                                                               b.start)
                or km_between(a.place, b.place) <= LANDMARK_TOWN_KM):
            continue
        near = places.namesake_near(b.surface, a.place.country, [a.place], LANDMARK_TOWN_KM)
        if near is not None:
            b.place = near


def towns_in_lists(s: Sentence, places: PlaceResolver) -> None:
    """A town named among two or more towns of one district (one country, all within
    :data:`LIST_CLUSTER_KM`), but resolved far from them (abroad or across the country), is
    its namesake among them when one lies within :data:`LIST_NEIGHBOUR_KM` of one of them:
    "buses link Castlebar, Westport, Ballina and Newport" names the small Newport of Mayo,
    not the Welsh city. A sentence that names towns of one district together names them at
    one scale; population alone cannot say this. Decided per mention; a town written with its
    state or country keeps what that says."""
    towns = [m for m in s.mentions if m.place.kind in CITY_KINDS and not m.description
             and not m.inside and not m.embedded]
    if len(towns) < 3:
        return
    for odd in towns:
        home = [m.place for m in towns if m is not odd]
        country = home[0].country
        if not country or any(h.country != country for h in home) or any(
                km_between(a, b) > LIST_CLUSTER_KM for a in home for b in home):
            continue  # the others are no one district's towns
        if any(km_between(odd.place, h) <= LIST_STRAY_KM for h in home) or \
                places.was_qualified(places.norm(odd.surface)):
            continue
        near = places.namesake_near(odd.surface, country, home, LIST_NEIGHBOUR_KM)
        if near is not None:
            odd.place = near


#: "the Swiss city", "the Iraqi port": a town the story named, called by its country
_COUNTRY_TOWN = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w.'’-]*\s+){1,2}?)(?:city|town|port|"
                           r"village|resort|seaside\s+town)\b")


#: the words one of which a sentence must hold for :data:`_COUNTRY_TOWN` to be looked for
_TOWN_WORDS = (" city", " town", " port", " village", " resort")


def towns_by_country(s: Sentence, last_town: dict[str, Place]) -> None:
    """"The Swiss city is 150 miles from Milan": the town of that country the article named
    last (Geneva), as a description; the adjective is then inside it, not the country named.
    Only a town named before: with none, the phrase stays the country's adjective."""
    low = s.low
    if "the " not in low or not any(w in low for w in _TOWN_WORDS):
        return
    for m in _COUNTRY_TOWN.finditer(s.text):
        adj = next((n for n in s.mentions if n.start == m.start(1)
                    and n.end == m.start(1) + len(m[1].rstrip())), None)
        if adj is None or adj.place.kind != "country" or not adj.place.country:
            continue
        named = OF_NAME.match(s.text, m.end())
        if named is not None and s.text[named.end():named.end() + 1].isupper() and not any(
                n.start == named.end() for n in s.mentions):
            continue  # "the Panamanian village of Bajo Chiquito": a town the gazetteer lacks,
            # not the last of that country the article named (Panama City)
        # "the Polish city of Rzeszow": the town named after it; else the last one of that
        # country named before it, in this sentence or an earlier one
        town = next((n.place for n in s.mentions if named is not None
                     and n.start == named.end() and n.place.kind in CITY_KINDS), None) or next(
            (n.place for n in reversed(s.mentions) if n.end <= m.start()
             and not n.description and not n.embedded and n.place.kind in CITY_KINDS
             and n.place.country == adj.place.country), None) or last_town.get(
            adj.place.country)
        if town is None:
            continue
        adj.inside = True
        s.mentions.append(Mention(town, m[0], adj.art, s.idx, m.start(), m.end(), False,
                                  True))  # (the caller sorts the sentence's mentions)


#: what may stand between two items of a list: a comma, "and", "or", "&" (with spaces)
LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)")


#: the gap of a tally by place: "twelve in Ontario, eight in Alberta, one in New Brunswick"
_TALLY_GAP = re.compile(
    r",\s*(?:(?:and|or)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|a\s+few|several|many|some)(?:\s+[a-z]+)?\s+in\s+(?:the\s+)?")


#: how near (km) a place written before a city's name must lie for the city to be the
#: place's city, not the state of the city's name: "Brooklyn, New York", "Queens, New York"
#: (a borough, 7 and 11 km from the city's point); "Albany, New York" lies 230 km away
CITY_PART_KM = 20.0


#: what stands between a town and the state written after it: "Spokane, Washington"
_PAIR_GAP = re.compile(r",[ \t]*")


def states_in_lists(s: Sentence, places: PlaceResolver) -> None:
    """A name that is a big city and a state of one country ("Washington", "New York") reads
    as the city (the gazetteer's choice, kept for the story), except where the sentence
    lists it with that country's states ("California or Washington", "New York and New
    Jersey") or writes it after a town of that state ("Spokane, Washington", "Albany, New
    York"; not after a borough of the city: "Brooklyn, New York"). Decided per mention,
    since one story may name the city and the state; "Washington, D.C." in a list of states
    stays the city."""
    ms = [m for m in s.mentions if not m.description and not m.inside]
    for i, m in enumerate(ms):
        if m.place.kind not in CITY_KINDS or s.text[m.end:m.end + 6].lstrip(", ")[:3] == "D.C":
            continue
        listed = [n for n in ms[max(0, i - 1):i + 2] if n is not m and _items_of_one_list(
            s.text[n.end:m.start] if n.end <= m.start else s.text[m.end:n.start])]
        town = ms[i - 1].place if i and _PAIR_GAP.fullmatch(s.text[ms[i - 1].end:m.start]) \
            else None
        if town is not None and town.kind in CITY_KINDS and town.country == m.place.country \
                and town.admin1 and km_between(town, m.place) > CITY_PART_KM:
            state = places.state_named(m.surface, m.place.country)
            if state is not None and state.admin1 == town.admin1:
                m.place = state  # the town's own state qualifies it
                continue
        if any(n.place.kind in CITY_KINDS and places.state_named(n.surface, n.place.country)
               is None for n in listed):
            continue  # a town in the list: "Olympia, Seattle and Tacoma" (Quebec counts both)
        # the states of the town's own country first, then those of the states listed with
        # it: "Alberta, New Brunswick and Quebec" is the province, not the town in New Jersey
        for country in dict.fromkeys([m.place.country] + [
                n.place.country for n in listed if n.place.kind == "admin"]):
            if not any(n.place.kind == "admin" and n.place.country == country for n in listed):
                continue  # (towns that are also states, alone, say nothing: "Washington, New
                # York and Boston")
            state = places.state_named(m.surface, country)
            if state is not None:
                m.place = state
                break


#: a part of a land told by its compass point, in lower case ("central Washington",
#: "western New York", "upstate New York"; written capitalised, the reader takes it whole)
_COMPASS_PART = re.compile(
    r"\b(?:(?:north|south)-?(?:east|west)?ern|eastern|western|central|upstate|downstate)\s+$")


#: how far a state's point must lie from the city of its name for "central X" to mean the
#: state: a city that is its own province ("central Beijing", "central Tokyo", "eastern
#: Aleppo") keeps the city, whose part the press means
COMPASS_STATE_KM = 100.0


def states_by_compass(s: Sentence, places: PlaceResolver) -> None:
    """A name that is a city and, far from it, a state of its country is the state when a
    compass point in lower case stands before it: "travel to central Washington", "farms in
    western New York". No one writes a city's quarter so (downtown, midtown), while a
    state's part is named by nothing else."""
    for m in s.mentions:
        if m.description or m.inside or m.place.kind not in CITY_KINDS or (
                _COMPASS_PART.search(s.text, max(0, m.start - 20), m.start) is None):
            continue
        state = places.state_named(m.surface, m.place.country)
        if state is not None and km_between(m.place, state) > COMPASS_STATE_KM:
            m.place = state


def _items_of_one_list(gap: str) -> bool:
    """Whether two names this far apart are items of one list: "Ohio and Texas", "twelve
    in Ontario, eight in Alberta"."""
    return bool(LIST_GAP.fullmatch(gap) or _TALLY_GAP.fullmatch(gap))


#: a description and the name it is given: "the Colombian port of Necocli"
OF_NAME = re.compile(r"\s+of\s+")


#: what joins a place to the town it stands in: "Hakata Station in Fukuoka", "the Capitol,
#: Washington"
ADDRESS_GAP = re.compile(r"\s*(?:,|in|at|outside|near)\s*(?:the\s+)?|"
                         # ("at Seoul Air Base in Seongnam, south of the capital, shortly
                         # after noon": the clock is the air base's)
                         r",?\s*(?:north|south|east|west|north-?east|north-?west|south-?east|"
                         r"south-?west)\s+of\s+(?:the\s+)?|"
                         r"\s*,\s*(?:the|a)\s+(?:\w+\s+){0,2}?"
                         r"(?:port|harbour|harbor|gateway|airport|station)\s+(?:of|for|to)\s+"
                         r"(?:the\s+)?")
