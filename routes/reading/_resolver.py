"""Which place each name in a story means: the reader's resolution, with its caches.

Why a module of its own: choosing among namesakes is the part of reading that the story as a
whole decides (the other places it names, a town's state written after it, old names), and it
keeps state across the story (the places met so far, what each name was taken to mean, the
doubts to report). The reader (``_story``) finds the names and builds the journey; it asks
this resolver what each name is and, once everything is read, lets it take a second look.
"""

from __future__ import annotations

import contextlib
import functools
import re
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError, RoutesError
from routes.gazetteer._normalise import written_as_abbreviation
from routes.models import Candidate, Place
from routes.reading._distance import km_between
from routes.reading._facilities import facility_at, near
from routes.reading._lexicon import lexicon
from routes.reading._protocol import GazetteerLike
from routes.reading._qualified import (
    QUALIFIER_KINDS,
    QualifiedName,
    abbreviations,
    is_region_qualifier,
    may_qualify,
    namesake_within,
    qualified_pairs,
)

#: areas whose names are not learnt as people's (see PlaceResolver.area_kind)
NAMED_AREA_KINDS = frozenset({"country", "region", "admin"})
#: kinds that are never stops: the journey is drawn between cities and landmarks
AREA_KINDS = frozenset({"country", "region", "admin", "continent", "water"})
CITY_KINDS = frozenset({"city", "district"})
#: What the second look may move: towns, and the regions and divisions that share bare names
#: across countries ("North West": an English region, a South African province)
RECONSIDERED_KINDS = CITY_KINDS | {"region", "admin"}
#: what an adjective derived from a name may point to ("European", "Zimbabwean", "Korean")
DERIVED_KINDS = ("country", "region", "admin", "continent")
#: a single common word counts as a place only when it is this big (or a country/landmark)
WEAK_MIN_POPULATION = 100_000
#: how far from every other place of its story a town matched only by another of its names
#: must lie to be left out, and how big it may be (a city of a million is not mistaken)
FAR_ALTERNATE_KM = 2500.0
FAR_ALTERNATE_MAX_POPULATION = 1_000_000
#: a city this big is what a given name alone means where nothing says a place ("Austin",
#: "Charlotte"); a smaller one is a person's name there ("They saw Eugene", "praised Milton")
GIVEN_NAME_CITY_POPULATION = 500_000
#: a city this big may be known in English by another of its names ("Kiev", "Odessa"), one
#: that may also be a person's ("Odessa"); a smaller one is named by its own name
EXONYM_CITY_POPULATION = 1_000_000
#: a town this big keeps its name against an area of the same name ("Victoria", British
#: Columbia, is not taken for the Australian state)
AREA_OVER_TOWN_POPULATION = 50_000
#: A city at least this big keeps its name against a state or province called the same in its
#: own country (the gazetteer's rule too): "New York" is the city, "Mexico" still the country.
CITY_OVER_STATE_POPULATION = 500_000
#: A town smaller than this moves into a state the story names (see
#: PlaceResolver._towns_in_named_states); a bigger city keeps the gazetteer's choice.
STATE_TOWN_MAX_POPULATION = 100_000
#: A bigger city gives way to a namesake town of a state the story names only when another
#: town or county of the story lies this close to the namesake (see _local).
LOCAL_KM = 50.0
#: how many times a city the story names in full must outnumber a town called by its
#: short form ("St. Petersburg" and "Petersburg") for the short form to mean the city
SHORT_FORM_RATIO = 10
#: how many other places of a story must lie in one state before a big city's name, far from
#: all of them, is read as its namesake there (see PlaceResolver._big_cities_where_the_story_is)
STATE_VOTES = 3

#: resolutions shared by all readers in the process (a batch reads the same names again and
#: again), keyed by gazetteer, folded name and the context places; only clear answers are kept
_SHARED_BY_GAZ: weakref.WeakKeyDictionary[object, dict[tuple[str, tuple[str, ...]], Place | None]]
_SHARED_BY_GAZ = weakref.WeakKeyDictionary()
#: the ambiguity note of each shared resolution that had one, keyed the same way
_NOTES_BY_GAZ: weakref.WeakKeyDictionary[object, dict[tuple[str, tuple[str, ...]], str]]
_NOTES_BY_GAZ = weakref.WeakKeyDictionary()


class Mentioned(Protocol):
    """A mention whose place the resolver may replace (the reader's own mention record)."""

    place: Place
    surface: str


class PlaceResolver:
    """Names to places for one story (see the module docstring). ``notes`` is the story's
    list of notes: doubtful choices are reported there."""

    def __init__(self, gazetteer: GazetteerLike, norm: Callable[[str], str],
                 notes: list[str]) -> None:
        self.gaz = gazetteer
        self.norm = norm
        self.notes = notes
        self.context: list[Place] = []  # the story's places so far, in the order met
        self._cache: dict[str, Place | None] = {}
        # folded names the story wrote as an abbreviation the gazetteer holds ("US", "UK"):
        # they name that one place, so no second look trades them for a namesake ("US"
        # beside Paris is not Us, a village near it)
        self._abbreviations: set[str] = set()
        # places the second look left out (see _far_alternates), by key
        self.dropped: frozenset[str] = frozenset()
        self._city_cache: dict[str, Place | None] = {}
        self._shared = _shared_cache(gazetteer)
        self._shared_notes = _shared_notes(gazetteer)
        self._qualified: set[str] = set()  # names a "Town, State" qualifier decided
        # of those, the ones written "Town, State" outside any list: such a town is the town even
        # where its name is a common word ("Spring, Texas"), while "Washington, New York and
        # Boston" may be a list of cities
        self._firmly_qualified: set[str] = set()
        self._division_cities: set[str] = set()  # keys of cities read for a division's name
        #: names written before a noun of their town's people or offices ("Paris police", "a
        #: Paris man"): local news's way with its own town, not with a capital abroad
        self.locally_used: set[str] = set()
        #: states written as abbreviations after their towns ("Slidell, La."), as written ->
        #: the state: the story names the state there, though no gazetteer name says so
        self.abbreviated: dict[str, Place] = {}
        self._abbreviation_areas: dict[str, Place | None] = {}
        self._counties: dict[str, list[Place]] = {}
        self.doubts: dict[str, str] = {}  # note on a doubtful choice -> the place it chose

    def _doubt(self, note: str, place: Place) -> None:
        self.notes.append(note)
        self.doubts[note] = place.key

    def without_stale_doubts(self, kept: set[str]) -> None:
        """Drop the notes on doubtful choices whose place the story did not keep: a name
        read and then set aside ("Grand" of "Grand Ayatollah", "NATO") or a town the
        second look replaced. A reader is told of doubts about places it is shown only."""
        self.notes[:] = [n for n in self.notes if self.doubts.get(n, "") in kept
                         or n not in self.doubts]

    def abbreviated_area(self, form: str) -> Place | None:
        """The state or province an abbreviation stands for ("Ga.": Georgia), or None when
        it may stand for several or the gazetteer lacks it (asked once per story and form)."""
        if form not in self._abbreviation_areas:
            areas, _ = self._areas(form)
            admins = [a for a in areas if a.kind == "admin"]
            self._abbreviation_areas[form] = admins[0] if admins else None
        return self._abbreviation_areas[form]

    def counties_called(self, name: str) -> list[Place]:
        """The divisions called "``name`` County", best known first (asked once per story and
        name; none of them joins the story's context, since asking is not naming)."""
        if name not in self._counties:
            try:  # (no such name: no search for similar ones)
                cands = (self.gaz.candidates(f"{name} County", limit=10)
                         if self.may_resolve(f"{name} County") else [])
            except RoutesError:
                cands = []
            self._counties[name] = [c.place for c in cands if c.place.kind == "admin"
                                    and c.matched and _same_name(c.matched, f"{name} County")]
        return self._counties[name]

    def was_qualified(self, key: str) -> bool:
        """Whether the story named this town with its state or country ("Billings, Mont."):
        then it is the town, even where it is also a common word."""
        return key in self._qualified

    def is_name(self, s: str) -> bool:
        key = self.norm(s)
        return bool(key) and self.gaz.contains_name(key)

    def may_resolve(self, surface: str) -> bool:
        """Whether the gazetteer has an exact match for ``surface``, with or without a leading
        "the" (what its ``resolve`` looks up). Without one, ``resolve`` can only fail, after
        a fuzzy search for "did you mean" suggestions that the reader never shows (a word
        such as "Public" inside "Public Square", or an adjective: "South Ossetian")."""
        folded = self.norm(surface)
        return bool(folded) and (self.gaz.contains_name(folded) or (
            folded.startswith("the ") and self.gaz.contains_name(folded[4:])))

    def resolve(self, surface: str, key: str, weak: bool, person: bool = False
                ) -> Place | None:
        """The place a name means in this story. A ``weak`` name (a common word) counts only
        as a big place. A ``person`` name (a given name alone) counts only as a country, a
        region or a city of :data:`GIVEN_NAME_CITY_POPULATION` ("Austin", "Jordan"), and the
        town it could mean is not added to the story's context: "They saw Patrick in Boston"
        is not about Patrick, Isle of Man, so it must not draw Boston towards England."""
        if key in self._cache:
            place = self._cache[key]
        else:
            place = None
            shared = (key, tuple(p.key for p in self.context[:20]))
            try:
                if shared in self._shared:
                    place = self._shared[shared]
                    if shared in self._shared_notes and place is not None:
                        # every story that meets it says so
                        self._doubt(self._shared_notes[shared], place)
                elif not self.may_resolve(surface):
                    place = None  # what resolve would say, after a slow search for suggestions
                    self._shared[shared] = None
                else:
                    place = self.gaz.resolve(surface, context=tuple(self.context[:20])).place
                    self._shared[shared] = place
            except AmbiguousPlaceError as exc:
                cands = self.gaz.candidates(surface, limit=2, **_context_kw(self.gaz,
                                                                            self.context))
                if cands:
                    place = cands[0].place
                    self._shared[shared] = place
                    clear = place.kind in AREA_KINDS or len(cands) < 2 or (
                        place.population >= 10 * max(1, cands[1].place.population))
                    if not clear and not (weak and not _big_enough(place)):
                        note = (
                            f"{surface!r} could be several places "
                            f"({'; '.join(exc.candidates[:3])}); took {place.name}"
                        )
                        self._doubt(note, place)
                        self._shared_notes[shared] = note
            except PlaceNotFoundError:
                place = None
                self._shared[shared] = None
            if place is not None and written_as_abbreviation(surface) and not self._bears(
                    place, key):
                self._abbreviations.add(key)
            if place is not None and place.kind in CITY_KINDS:
                place = self.prefer_area(surface, place)
            elif place is not None and place.kind == "admin":
                place = self.city_of_its_name(surface, place)
            self._cache[key] = place
        if key in self._firmly_qualified:
            pass  # "Spring, Texas", "Liberty, Mo.": the story said which town, word or not
        elif person and place is not None and not _known_by_a_given_name(place):
            place = self.big_namesake(surface, key)
            if place is None or not _known_by_a_given_name(place):
                return None  # a person's name that says nothing of where the story is
        elif place is not None and weak and not _big_enough(place):
            self._remember(place)
            return self.big_namesake(surface, key)
        if place is not None:
            self._remember(place)
        return place

    def named(self, place: Place) -> None:
        """A place the story names that the reader chose itself (not by :meth:`resolve`):
        it joins the story's context as a resolved name would."""
        self._remember(place)

    def _remember(self, place: Place) -> None:
        """Add a place to the story's context, once."""
        if all(p.key != place.key for p in self.context):
            self.context.append(place)

    def qualify(self, texts: Iterable[str]) -> None:
        """Towns the story names with their state or country ("Paris, Texas", "Parkland,
        Fla.") are that namesake for the whole story, decided before any mention is read
        (see :mod:`routes.reading._qualified`). The pair must agree: "Atlanta, Georgia" is the
        US state, as no Atlanta lies in the country. The first qualifier of a name wins."""
        for text in texts:
            for q in qualified_pairs(text, self.is_name):
                key = self.norm(q.town)
                if not key or key in self._cache:
                    continue
                listed = _in_a_list(text, q)
                try:
                    top = self.gaz.candidates(q.town, limit=1)
                    if not top or not (may_qualify(q.town, top[0].place)
                                       or self._abroad_namesake(q, listed, top[0].place)):
                        continue
                    found = self.town_in_area(q.town, q.area)
                    big = (top[0].place.population >= STATE_TOWN_MAX_POPULATION
                           and self._bears(top[0].place, key))
                    if found is None and not q.by_in and not big:
                        # (a city of that size is no village the gazetteer lacks: "Baltimore,
                        # Washington and Philadelphia" is a list of cities)
                        found = self._town_placed_in_area(q.town, key, q.area)
                    elif found is None and not q.by_in and not listed and (
                            self._state_abroad(q.town, q.area, top[0].place)):
                        # "a Bradford, Ontario court": a town the gazetteer lacks, in a
                        # province abroad, is not the English city the writer ruled out: left
                        # out of the story (a city that big is placed in no division)
                        self._cache[key] = None
                        self._qualified.add(key)
                        continue
                except RoutesError:
                    continue
                if found is None:
                    continue
                place, area, overrides_area = found
                firm = not q.by_in and not listed
                # "The Woodlands, Texas": the text names it "Woodlands" too, its article being
                # no word of a name where it opens one
                for k in {key, key[4:] if key.startswith("the ") else key}:
                    if k == key or k not in self._cache:
                        self._cache[k] = place
                        self._qualified.add(k)
                        if firm:
                            self._firmly_qualified.add(k)
                area_key = self.norm(q.area)
                if q.area in abbreviations() and area.kind in QUALIFIER_KINDS:
                    self.abbreviated.setdefault(q.area, area)
                if overrides_area and area_key and area_key not in self._cache:
                    self._cache[area_key] = area
                self._remember(area)
                self._remember(place)

    def reconsider(self, mentions: Sequence[Mentioned]) -> None:
        """A second look, with the whole story read, at towns (and regions and divisions)
        that stand alone in their country. Names resolve as the story meets them, so a town
        named before the places that say where the story is ("... in Salisbury", then Britain
        and London) was chosen on less context than the story gives. Each town that no other
        place of the story shares a country with is resolved again against the others (the
        first 20, as every look-up takes), and replaced where the new choice does share one.
        So is a town far from every other place of its story ("Oceanside" named before Long
        Island, New York), replaced where the new choice lies near one of them. A place that
        bears the name as its own is never traded for one that is merely also called so
        (Southampton is not Hampton, Virginia); towns a qualifier fixed ("Paris, Texas") stay;
        then towns move into the states the story names (:meth:`_towns_in_named_states`)."""
        distinct: dict[str, Place] = {}
        for m in mentions:
            if not m.place.id.startswith("approx:"):  # streets follow their town
                distinct.setdefault(m.place.key, m.place)
        counts = Counter(p.country for p in distinct.values() if p.country)
        # names only ever read as one word of a longer name ("Cambridge Analytica") count for
        # big places alone: a second look must not trade one for a small town
        big_only = {m.place.key for m in mentions if getattr(m, "big_only", False)} - {
            m.place.key for m in mentions if not getattr(m, "big_only", False)}
        swaps: dict[str, Place] = {}
        # places the story names by two names ("Petersburg" and "St. Petersburg"): each name
        # confirms the other, and a second look must not move both with the first
        choices = list(self._story_choices(distinct, RECONSIDERED_KINDS))
        named_twice = {p.key for p, n in Counter(p for _, p in choices).items() if n > 1}
        for key, place in choices:
            if not place.country or place.key in named_twice:
                continue
            others = tuple(p for k, p in distinct.items() if k != place.key)
            if not others:
                continue
            lone = counts[place.country] == 1
            # a town far from every other place of the story ("Oceanside" named before New
            # York and Fire Island): the story may have been elsewhere in the same country
            local = place.kind in CITY_KINDS or is_county(place)
            isolated = not lone and local and not _near_one(place, others) and not (
                # (but not the capital of a country the story names: "Chilean President
                # Gabriel Boric flew from Santiago to Lima", in a story datelined Cusco, is
                # no district of Cusco)
                _capital_of_a_named_country(place, distinct.values()))
            if not (lone or isolated):
                continue
            named = next((o for o in others if o.kind in CITY_KINDS and self._bears(o, key)),
                         None) if place.kind in CITY_KINDS else None
            if named is not None:
                # "Athens-Clarke County" read as Athens, Georgia, then "Athens" alone: the
                # town the story already named, not the capital of Greece
                self._cache[key] = named
                swaps[place.key] = named
                continue
            try:
                cands = self.gaz.candidates(key, limit=1, **_context_kw(self.gaz, list(others)))
            except RoutesError:
                continue
            if not cands:
                continue
            better = cands[0].place
            if better.kind == "admin":
                better = self.city_of_its_name(key, better)  # as resolve: "Mykolaiv" the city
            if (local or lone) and not _local(better, others):
                # the story's other towns may sit round a namesake the ranking puts lower
                # ("Mansfield" beside DeSoto Parish is Mansfield, Louisiana; "Harris" beside
                # Columbus and Muscogee County is Harris County, Georgia; "Berea" beside
                # Richmond and Madison County, Kentucky is no district of Lesotho)
                better = self._local_namesake(key, others, is_county(place)) or better
            if self._bears(place, key) and not self._bears(better, key):
                continue  # a town of this very name is not traded for one merely also called so
            if (place.key in big_only and better.kind in CITY_KINDS
                    and better.population < WEAK_MIN_POPULATION):
                continue  # "Cambridge Analytica" beside Washington: no Cambridge, Maryland
            if better.key != place.key and (
                    (lone and better.country and counts[better.country] > 0)
                    or (isolated and _near_one(better, others))):
                self._cache[key] = better
                swaps[place.key] = better
        # (with the towns just moved: "Palestine" beside Anderson County, once that county is
        # the Texan one the story's "Texas" makes it, is Palestine, Texas)
        distinct = {swaps.get(k, p).key: swaps.get(k, p) for k, p in distinct.items()}
        states = self._countries_meant_locally(distinct, counts)
        if states:
            swaps.update(states)
            distinct = {swaps.get(k, p).key: swaps.get(k, p) for k, p in distinct.items()}
        told: Counter[tuple[str | None, str | None]] = Counter(
            (m.place.country, m.place.admin1) for m in mentions if m.place.admin1)
        swaps.update(self._towns_in_named_states(distinct, swaps, told))
        swaps.update(self._towns_of_named_landmarks(distinct, swaps))
        swaps.update(self._neighbours_together(distinct, swaps))
        swaps.update(self._short_forms_of_named_cities(distinct, swaps))
        swaps.update(self._first_words_of_named_cities(distinct, swaps, counts))
        swaps.update(self._big_cities_where_the_story_is(distinct, swaps))
        self._one_state_named(mentions, distinct)
        self.dropped = self._far_alternates(distinct)
        if not swaps:
            return
        for m in mentions:
            if m.place.key in swaps:
                m.place = swaps[m.place.key]
            elif m.place.id.startswith("approx:"):  # a street placed at that town
                key, _, town = m.place.id[len("approx:"):].rpartition("@")
                if town in swaps:
                    m.place = facility_at(m.place.name, key, swaps[town])
        self.context = [swaps.get(p.key, p) for p in self.context]

    def _far_alternates(self, distinct: dict[str, Place]) -> frozenset[str]:
        """Towns a name matched only as one of their other names (an old name, a foreign
        spelling), in a country the story names nothing else of, and far from every other
        place of the story: "Mina" (the tent city by Mecca) read as Minot, North Dakota,
        "also called Mina", in a story of Kano, Medina and Mecca. They are left out: the story
        means a place the gazetteer lacks."""
        others = [p for p in distinct.values() if not p.id.startswith("approx:")]
        out: set[str] = set()
        for key, place in self._story_choices(distinct, CITY_KINDS):
            if (self._bears(place, key) or place.population >= FAR_ALTERNATE_MAX_POPULATION
                    # (a short form of its own name is no other name: "Clacton" for
                    # Clacton-on-Sea)
                    or self.norm(place.name).startswith(key + " ")):
                continue
            rest = [p for p in others if p.key != place.key]
            if any(p.country == place.country for p in rest):
                continue
            towns = [p for p in rest if p.kind not in AREA_KINDS]
            # (two towns at least say where the story is: not "Turkey fired on Qamishli")
            if len(towns) >= 2 and all(km_between(place, p) > FAR_ALTERNATE_KM for p in towns):
                out.add(place.key)
        return frozenset(out)

    def _one_state_named(self, mentions: Sequence[Mentioned],
                         distinct: dict[str, Place]) -> None:
        """A name two states share ("Korea", "Korean"; "Congo") means the one state the story
        names places of, when it names only one (see lexicon.yaml, divided_nations); the
        place's own name ("the Korean Peninsula", "Republic of the Congo") keeps it."""
        for region, states in lexicon().divided_nations.items():
            shared = [m for m in mentions if m.place.name == region
                      and self.norm(m.surface) != self.norm(region)]
            if not shared:
                continue
            # (the shared name may resolve to one of the states itself: "Congo" to the
            # Republic of the Congo; that choice says nothing of the story)
            named = {p.country for p in distinct.values()
                     if p.country in states and p.key != shared[0].place.key}
            if len(named) != 1:
                continue
            code = named.pop()
            state = self._first("\x00state:" + code, states[code], 3,
                                lambda c: c.place.kind == "country", country=code)
            if state is None:
                continue
            for m in shared:
                m.place = state

    def _story_choices(self, distinct: dict[str, Place],
                       kinds: frozenset[str]) -> Iterator[tuple[str, Place]]:
        """(folded name, place) for each name this story resolved to one of its own places of
        ``kinds``; names a "Town, State" qualifier fixed, and abbreviations, are left out (they
        stay)."""
        for key, place in list(self._cache.items()):
            if (place is not None and not key.startswith("\x00") and key not in self._qualified
                    and key not in self._abbreviations and place.kind in kinds
                    and place.key in distinct):
                yield key, place

    def _bears(self, place: Place, key: str) -> bool:
        """Whether ``place`` bears the folded name ``key`` as its own name, not as an old or
        other name GeoNames lists for it."""
        return self.norm(place.name) == key

    def _state_bearing(self, place: Place, key: str) -> bool:
        """Whether ``place`` is a state or province (not a county) whose own name is ``key``."""
        return place.kind == "admin" and not is_county(place) and self._bears(place, key)

    def _towns_of_named_landmarks(self, distinct: dict[str, Place],
                                  swaps: dict[str, Place]) -> dict[str, Place]:
        """A town that a landmark of the story stands in, named bare: the landmark's town,
        not a bigger namesake far from it ("Manhattan" beside Manhattan Regional Airport is
        Manhattan, Kansas). Towns a qualifier fixed stay."""
        moved: dict[str, Place] = {}
        landmarks = [p for p in distinct.values() if p.city and p.country
                     and p.kind not in CITY_KINDS and p.kind not in AREA_KINDS]
        for mark in landmarks:
            key = self.norm(mark.city or "")
            place = self._cache.get(key)
            if (place is None or key in self._qualified or place.key in swaps
                    or place.key not in distinct or place.kind not in CITY_KINDS
                    or km_between(place, mark) <= LOCAL_KM):
                continue
            near_mark = self.namesake_near(mark.city or "", mark.country or "", [mark],
                                           LOCAL_KM)
            if near_mark is not None and near_mark.key != place.key:
                self._cache[key] = near_mark
                moved[place.key] = near_mark
        return moved

    def _short_forms_of_named_cities(self, distinct: dict[str, Place],
                                     swaps: dict[str, Place]) -> dict[str, Place]:
        """A town named by the short form of a far bigger city the story names in full:
        "Petersburg", in a story of flights to St. Petersburg, is the Russian city (GeoNames
        lists "Petersburg" among its names), not Petersburg, Virginia, that a story set
        partly in New York favoured when it met the headline first. The city must bear the
        short name (so "York" beside New York stays York) and outnumber the town
        :data:`SHORT_FORM_RATIO` times (so "London" beside East London stays London)."""
        moved: dict[str, Place] = {}
        cities = [swaps.get(k, p) for k, p in distinct.items()]
        cities = [p for p in cities if p.kind in CITY_KINDS]
        for key, place in self._story_choices(distinct, CITY_KINDS):
            if place.key in swaps:
                continue
            longer = {o.key for o in cities
                      if o.key != place.key and self.norm(o.name).endswith(" " + key)
                      and o.population >= SHORT_FORM_RATIO * max(1, place.population)}
            city = self._bearing_the_name(key, longer, 10) if longer else None
            if city is not None:
                self._cache[key] = city
                moved[place.key] = city
        return moved

    def _bearing_the_name(self, key: str, longer: set[str], limit: int) -> Place | None:
        """Of the places keyed in ``longer``, the one the gazetteer offers for the name
        ``key`` itself (among its first ``limit`` candidates), or None."""
        try:
            cands = self.gaz.candidates(key, limit=limit)
        except RoutesError:
            return None
        return next((c.place for c in cands if c.place.key in longer
                     and self.norm(c.matched) == key), None)

    def _first_words_of_named_cities(self, distinct: dict[str, Place], swaps: dict[str, Place],
                                     counts: Counter[str]) -> dict[str, Place]:
        """A town named by the first words of a city the story names in full, alone in its
        country among the story's places while that city's country has others: "Santiago's
        cathedral", in a story datelined Santiago de Compostela, Spain, is that city (GeoNames
        lists "Santiago" among its names), not the capital of Chile."""
        moved: dict[str, Place] = {}
        cities = [swaps.get(k, p) for k, p in distinct.items()]
        cities = [p for p in cities if p.kind in CITY_KINDS]
        for key, place in self._story_choices(distinct, CITY_KINDS):
            if place.key in swaps or counts[place.country or ""] != 1:
                continue
            longer = {o.key for o in cities
                      if o.key != place.key and o.country != place.country
                      and counts[o.country or ""] > 1 and self.norm(o.name).startswith(key + " ")}
            # (a common name: many namesakes rank before the city)
            city = self._bearing_the_name(key, longer, 100) if longer else None
            if city is not None:
                self._cache[key] = city
                moved[place.key] = city
        return moved

    def _neighbours_together(self, distinct: dict[str, Place],
                             swaps: dict[str, Place]) -> dict[str, Place]:
        """Two small places of the story, each far from every other place of it, moved to
        namesakes that lie beside each other in one state: local news names neighbours
        ("Hall County" and "Forsyth County" are adjacent in Georgia, not in Nebraska and North
        Carolina, where the most populous of each name lies). Counties and towns under
        :data:`STATE_TOWN_MAX_POPULATION` only, names a qualifier fixed never; of the pairs
        within :data:`LOCAL_KM`, the one whose namesakes rank best together. A bigger city
        pairs only with a county, when the two are the story's only places far from the
        rest: "Paris and Henry County" is Paris, Tennessee, the county's seat (a story that
        names France, or any place near Paris, keeps Paris there)."""
        now = {k: swaps.get(k, p) for k, p in distinct.items()}
        alone = [(key, place)
                 for key, place in self._story_choices(distinct, CITY_KINDS | {"admin"})
                 if place.key not in swaps and (is_county(place) or place.kind in CITY_KINDS)
                 and not _near_one(place, [p for k, p in now.items() if k != place.key])]
        small = [(k, p) for k, p in alone
                 if is_county(p) or p.population < STATE_TOWN_MAX_POPULATION]
        big = [(k, p) for k, p in alone if (k, p) not in small]
        if len(small) == 1 and is_county(small[0][1]) and len(big) == 1:
            # a big city moves only beside a county, the one other place of the story far
            # from it ("Paris and Henry County": Paris, Tennessee, the county's seat)
            small = [*small, *big]
        if len(small) != 2:
            return {}
        (ka, a), (kb, b) = small
        pair: tuple[int, Place, Place] | None = None
        for i, na in enumerate(self._namesakes(ka, is_county(a))):
            for j, nb in enumerate(self._namesakes(kb, is_county(b))):
                if ((na.country, na.admin1) == (nb.country, nb.admin1) and na.admin1
                        and km_between(na, nb) <= LOCAL_KM and (pair is None or i + j < pair[0])):
                    pair = (i + j, na, nb)
        if pair is None:
            return {}
        moved = {}
        for (key, old), new in zip(((ka, a), (kb, b)), pair[1:], strict=True):
            if new.key != old.key:
                self._cache[key] = new
                moved[old.key] = new
        return moved

    def _big_cities_where_the_story_is(self, distinct: dict[str, Place],
                                       swaps: dict[str, Place]) -> dict[str, Place]:
        """A big city's name far from every other place of the story, moved to its namesake
        in the one state where the story's other places lie: local news names its own towns
        and county ("Lima" beside Allen County, Findlay and Columbus, Ohio, is not Lima,
        Peru). At least :data:`STATE_VOTES` other places of the story must lie in that
        state (so "A Texas couple flew from Houston to Paris" keeps Paris in France), twice
        as many as in any other, and none in the city's own country; or a county of the
        story must lie within :data:`LOCAL_KM` of the namesake ("Huntsville" beside Madison
        County, Alabama). The namesake must bear the name as its own."""
        now = {k: swaps.get(k, p) for k, p in distinct.items()}
        moved: dict[str, Place] = {}
        for key, place in self._story_choices(distinct, CITY_KINDS):
            if place.key in swaps or place.population < STATE_TOWN_MAX_POPULATION:
                continue
            others = [p for k, p in now.items() if k != place.key and p.key != place.key]
            if _near_one(place, others):
                continue
            namesakes = self._namesakes(key, False)
            counties = [p for p in others if is_county(p)]
            beside = next((town for town in namesakes if any(
                (town.country, town.admin1) == (c.country, c.admin1)
                and km_between(town, c) <= LOCAL_KM for c in counties)), None)
            if beside is None and not any(p.country == place.country for p in others):
                votes = Counter((p.country, p.admin1) for p in others
                                if p.admin1 and (p.kind in CITY_KINDS or p.kind == "admin"))
                ranked = votes.most_common(2)
                if ranked and ranked[0][1] >= STATE_VOTES and not (
                        len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
                    beside = next((town for town in namesakes
                                   if (town.country, town.admin1) == ranked[0][0]), None)
            if beside is not None and beside.key != place.key:
                self._cache[key] = beside
                moved[place.key] = beside
        return moved

    def _namesakes(self, key: str, county: bool) -> list[Place]:
        """The name's best-ranked counties (or towns) that bear it as their own name."""
        try:
            cands = self.gaz.candidates(key, limit=30)
        except RoutesError:
            return []
        return [c.place for c in cands if self._own_namesake(c.place, key, county)]

    def _own_namesake(self, place: Place, key: str, county: bool) -> bool:
        """Whether ``place`` is a county (``county``) or a town that bears the folded name
        ``key`` as its own, not as an old or other name."""
        return (is_county(place) if county else place.kind in CITY_KINDS) and self._bears(
            place, key)

    def _local_namesake(self, key: str, others: Sequence[Place],
                        county: bool = False) -> Place | None:
        """The best-ranked town (or county) bearing the name ``key`` that has a town or
        county of the story beside it in its own state (see :func:`_local`), if any."""
        return self._first(
            f"\x00local:{county}:{key}:" + ",".join(sorted(o.key for o in others)), key, 30,
            lambda c: self._own_namesake(c.place, key, county) and _local(c.place, others))

    def _countries_meant_locally(self, distinct: dict[str, Place],
                                 countries: Counter[str]) -> dict[str, Place]:
        """Countries that are a state's or a town's name too, moved to the state or town the
        story is in: a story that names Atlanta or Barrow County and "Georgia" means the
        American state, not the country of which it names nothing; one datelined "LEBANON"
        that names Warren County, Ohio means the county's seat. Only when no other place of
        the story lies in the country, and some place other than a state does lie in the
        state (a town: beside it, see :func:`_local`)."""
        inside: Counter[tuple[str | None, str | None]] = Counter(
            (p.country, p.admin1) for p in distinct.values()
            if p.admin1 and (p.kind != "admin" or is_county(p)))
        if not inside:
            return {}
        moved: dict[str, Place] = {}

        def in_story(c: Candidate, name: str, country: str | None) -> bool:
            return (self._state_bearing(c.place, name) and c.place.country != country
                    and inside[(c.place.country, c.place.admin1)] > 0)

        for key, place in self._story_choices(distinct, frozenset({"country"})):
            if countries[place.country or ""] > 1:
                continue
            state = self._first("\x00state-named:" + key, key, 10,
                                functools.partial(in_story, name=key, country=place.country)
                                ) or self._local_namesake(key, list(distinct.values()))
            if state is not None:
                self._cache[key] = state
                moved[place.key] = state
        return moved

    def _towns_in_named_states(self, distinct: dict[str, Place], swaps: dict[str, Place],
                               weight: Counter[tuple[str | None, str | None]]
                               ) -> dict[str, Place]:
        """Towns moved into a state or province the story names. Local news names its state
        once ("Montana") and its towns bare ("a prison in Shelby"): a town of the name in
        that state is meant, not a bigger namesake elsewhere that no other place of the
        story is near. Only towns (under :data:`STATE_TOWN_MAX_POPULATION` people) move, so a
        Texas story's "Paris" stays in France, unless the name is only an old or other name
        of the city chosen (a Louisiana story's "Franklin" is not Columbus, Ohio, once called
        Franklinton, but Franklin, Louisiana); a town whose own state the story also shows
        (another place in it) stays; qualified towns ("Paris, Texas") stay. A county moves
        the same way into a state the story names ("Pike County" in a Kentucky story).
        Where several named states have the name, the one the story mentions most (``weight``:
        mentions per state) is meant."""
        states: set[tuple[str | None, str | None]] = {
            (p.country, p.admin1) for p in distinct.values()
            if p.kind == "admin" and p.country and p.admin1}
        if not states:
            return {}
        choices = list(self._story_choices(distinct, CITY_KINDS | {"admin"}))
        # a town that has a namesake in a named state shows nothing of its own state: two of
        # them do not hold each other there ("Pack 162 of Plainview; Troop 172 of Wakefield"
        # in a Nebraska story are not both in New York because both New York towns are)
        # (each such town's namesake in the named states, looked up once: the move below
        # takes the same one)
        in_named = {key: self._namesake_in(key, states, weight=weight) for key, place in choices
                    if place.kind in CITY_KINDS and place.key not in swaps
                    and (place.country, place.admin1) not in states}
        movable = {place.key for key, place in choices
                   if in_named.get(key) not in (None, place)}
        held: Counter[tuple[str | None, str | None]] = Counter(
            (p.country, p.admin1) for p in distinct.values()
            if p.kind != "admin" and p.admin1 and p.key not in movable)
        # counties move into the states the story names as states, not those its counties imply
        named_states: set[tuple[str | None, str | None]] = {
            (p.country, p.admin1) for p in distinct.values()
            if p.kind == "admin" and p.country and p.admin1 and not is_county(p)}
        moved: dict[str, Place] = {}
        for key, place in choices:
            county = is_county(place)
            big = False
            if county:  # "Pike County" in a Kentucky story is Kentucky's
                within = named_states
                stays = (place.country, place.admin1) in named_states
            elif place.kind in CITY_KINDS:
                within = states
                # (the town itself is no evidence for its own state)
                others = held[(place.country, place.admin1)] - (place.key not in movable)
                stays = (place.country, place.admin1) in states or others > 0
                big = place.population >= STATE_TOWN_MAX_POPULATION and self._bears(place, key)
            else:
                continue
            if place.key in swaps or stays or not within:
                continue
            better = in_named[key] if key in in_named else self._namesake_in(
                key, within, counties=county, weight=weight)
            # ("Paris police" in a story that names Texas: the town of Texas; a county's state
            # is not enough, so "Columbus police and Harris County deputies" stay together)
            local_use = key in self.locally_used and better is not None and (
                better.country, better.admin1) in named_states
            if big and better is not None and not local_use and (
                    not _local(better, distinct.values()) or any(
                        p.kind not in AREA_KINDS and p.key != place.key and near(place, p)
                        for p in distinct.values())):
                # a Texas story's "Paris" with no other place near Paris, Texas; a
                # "WASHINGTON" dateline over the Pentagon and Capitol Hill, though the story
                # names Pittsburgh, Pennsylvania (Washington, Pennsylvania lies beside it)
                continue
            if better is not None and better.key != place.key:
                self._cache[key] = better
                moved[place.key] = better
        return moved

    def _namesake_in(self, key: str, states: set[tuple[str | None, str | None]],
                     counties: bool = False,
                     weight: Counter[tuple[str | None, str | None]] | None = None
                     ) -> Place | None:
        """The best-ranked town (or county) called ``key`` that lies in one of ``states``;
        with ``weight`` (how often the story mentions each state's places), the one in the
        state the story mentions most, rank breaking ties: an Indiana story that also gives
        the rates of Kentucky and Ohio means Indiana's Boone County, not Kentucky's, the
        bigger."""
        found: list[Place] = []
        for country in sorted({c for c, _ in states if c}):
            try:
                cands = self.gaz.candidates(key, country=country, limit=100)
            except RoutesError:
                continue
            for c in cands:
                if (c.place.country, c.place.admin1) in states and self._own_namesake(
                        c.place, key, counties):
                    if weight is None:
                        return c.place
                    found.append(c.place)
        if not found:
            return None
        assert weight is not None
        return max(found, key=lambda p: weight[(p.country, p.admin1)])  # (first of the best)

    def namesake_near(self, surface: str, country: str, points: Sequence[Place],
                      max_km: float) -> Place | None:
        """The town of ``country`` that bears this name as its own and lies within ``max_km``
        of one of ``points``, if any (see _story._towns_in_lists)."""
        key = self.norm(surface)
        return self._first(
            f"\x00near:{country}:{key}:{','.join(sorted(p.key for p in points))}:{max_km}",
            surface, 30,
            lambda c: (c.place.kind in CITY_KINDS and c.place.country == country
                       and self._bears(c.place, key)
                       and any(km_between(c.place, p) <= max_km for p in points)),
            country=country)

    def _areas(self, area_text: str) -> tuple[list[Place], bool]:
        """The areas a qualifier may mean, best first, and whether it was an abbreviation."""
        options = abbreviations().get(area_text) or abbreviations().get(area_text + ".")
        areas: list[Place] = []
        if options:
            for name, country in options:
                areas.extend(c.place for c in self.gaz.candidates(name, country=country, limit=3)
                             if c.place.kind == "admin")
        else:
            areas = [c.place for c in self.gaz.candidates(area_text, limit=6)
                     if c.place.kind in QUALIFIER_KINDS or is_region_qualifier(c.place)]
        return areas, bool(options)

    def _town_placed_in_area(self, town: str, key: str,
                             area_text: str) -> tuple[Place, Place, bool] | None:
        """A town the gazetteer lacks, written with a county or state it knows ("Rockingham,
        Northamptonshire": the village is too small for the gazetteer, and its namesakes lie
        in other countries): placed approximately at that area, never at a far namesake the
        writer ruled out. Only a county or a state (a country is too big to place a town in)."""
        areas, abbreviated = self._areas(area_text)
        area = next((a for a in areas if a.kind == "admin"), None)
        if area is None:
            return None
        place = Place(
            name=town, lat=area.lat, lon=area.lon, kind="city", country=area.country,
            admin1=area.admin1,
            source=(f"not in the gazetteer: placed at {area.name} ({area.source or area.key}), "
                    "the county or state the article names with it; approximate"),
            id=f"approx:{key}@{area.key}",
        )
        return place, area, abbreviated

    def _state_abroad(self, town: str, area_text: str, top: Place) -> bool:
        """Whether every area ``area_text`` can mean is a state, a province or a county of
        another country than ``top``'s, where the gazetteer knows nothing of the name ("Norfolk,
        England" is the county)."""
        areas, _ = self._areas(area_text)
        if not areas or not all(a.kind == "admin" and a.country and a.country != top.country
                                for a in areas):
            return False
        there = {a.country for a in areas}
        return not any(c.place.country in there for c in self.gaz.candidates(town, limit=25))

    def _abroad_namesake(self, q: QualifiedName, listed: bool, top: Place) -> bool:
        """Whether a pair whose first name is best known as an area or a landmark abroad
        still names a town of the second: "Lebanon, Tenn.", "Holland, Mich.", "Alhambra,
        Calif.". Not where the first lies in the second's country ("California, United
        States", "Delaware, Ohio" say nothing sure), nor inside a list (``listed``: "China,
        Japan, and the United Kingdom")."""
        if top.kind in CITY_KINDS or q.by_in or listed:
            return False
        areas, _ = self._areas(q.area)
        if not areas:
            return False
        if all(a.country and a.country != top.country for a in areas):
            return True
        # "Mount Rainier, Maryland": a mountain or other small feature of the same country,
        # qualified by a state that has a town of its name, names that town (but "Mount
        # Rainier, Washington", where no town bears it, is the mountain)
        return (top.kind == "region" and 0 < top.extent_km <= FEATURE_TOWN_KM
                and all(a.kind == "admin" for a in areas)
                and self.town_in_area(q.town, q.area) is not None)

    def town_in_area(self, town: str, area_text: str) -> tuple[Place, Place, bool] | None:
        """The namesake of ``town`` inside the first area ``area_text`` can mean that has one,
        that area, and whether the story should read ``area_text`` as that area too."""
        areas, abbreviated = self._areas(area_text)
        namesakes: dict[str, list[Place]] = {}
        for i, area in enumerate(areas):
            cc = area.country or ""
            if cc not in namesakes:
                namesakes[cc] = [c.place for c in self.gaz.candidates(town, country=cc,
                                                                      limit=25)]
            place = namesake_within(namesakes[cc], area)
            if place is not None:
                # an abbreviation, or a name whose first reading is elsewhere ("Georgia"),
                # means this area wherever the story repeats it
                return place, area, i > 0 or abbreviated
        return None

    def prefer_area(self, surface: str, city: Place) -> Place:
        """A country, state, region, continent or sea of exactly this name, rather than a small
        town of it or a city known by it as another name ("California" the state, not
        California, Maryland; "Mexico" the country, not Mexico City; "Middle East" the region).
        Feature class first, as the press names areas far more often than their namesake
        villages; context still decides between towns, and between areas."""
        if city.population >= AREA_OVER_TOWN_POPULATION and _same_name(city.name, surface):
            return city
        try:
            cands = self.gaz.candidates(surface, limit=8)
        except RoutesError:
            return city
        area = next((c.place for c in cands
                     if c.place.kind in AREA_KINDS and _same_name(c.place.name, surface)), None)
        if area is None:
            return city
        if (area.kind == "admin" and area.country == city.country
                and city.population >= CITY_OVER_STATE_POPULATION):
            return city  # "New York", "Washington": the big city, as the gazetteer ranks it
        if area.kind == "admin":
            # "Mykolaiv" beside Kherson: the oblast's name is the city's, spelt another way
            # (as when the gazetteer ranks the oblast first)
            return self.city_of_its_name(surface, area)
        return area

    def city_of_its_name(self, surface: str, division: Place) -> Place:
        """The city a division is named after, where GeoNames spells the city another way:
        "Mykolaiv" is the oblast's own name and only another spelling of Mykolayiv, the city
        of 470,000 it is named after, which a story naming it bare means ("shelling in
        Mykolaiv"). A town of :data:`AREA_OVER_TOWN_POPULATION` in the division, matched by
        the name asked and spelt alike (:data:`SPELLING_RATIO`) in its own name."""
        try:
            cands = self.gaz.candidates(surface, limit=8)
        except RoutesError:
            return division
        asked = self.norm(surface)
        for c in cands:
            town = c.place
            if (town.kind in CITY_KINDS and town.country == division.country
                    and town.admin1 is not None and town.admin1 == division.admin1
                    and town.population >= AREA_OVER_TOWN_POPULATION
                    and not _same_name(town.name, surface)
                    and _spelt_alike(self.norm(town.name), asked)):
                self._division_cities.add(town.key)
                return town
        return division

    def named_after(self, place: Place) -> bool:
        """Whether ``place`` was read for the name of a division named after it (see
        :meth:`city_of_its_name`): the name is then the city's, whatever GeoNames spells."""
        return place.key in self._division_cities

    def state_named(self, surface: str, country: str | None) -> Place | None:
        """The state or province of ``country`` that bears this name as its own, if any."""
        # (not kinds=("admin",): with no state of the name, that falls back to a slow search
        # for similar names)
        return self._first(
            f"\x00state:{country}:{self.norm(surface)}", surface, 8,
            lambda c: (c.place.kind == "admin" and c.place.country == country
                       and _same_name(c.place.name, surface)), country=country)

    def _first(self, ck: str, surface: str, limit: int, keep: Callable[[Candidate], bool],
               country: str | None = None) -> Place | None:
        """The first of the name's ``limit`` best candidates that ``keep`` accepts, kept in the
        story's cache under ``ck`` (None when none is, or the gazetteer refuses the name).
        A name the gazetteer lacks is not asked: its answer would be the slow search for
        similar names, which no ``keep`` wants."""
        if ck not in self._cache:
            try:
                cands = (self.gaz.candidates(surface, country=country, limit=limit)
                         if self.may_resolve(surface) else [])
            except RoutesError:
                cands = []
            self._cache[ck] = next((c.place for c in cands if keep(c)), None)
        return self._cache[ck]

    def may_speak(self, surface: str) -> bool:
        """Whether a name that speaks ("X said") may be a place speaking for its people: a
        country, a region ("The U.S. said", "Beijing said") or a city of 100,000 among the
        name's first few namesakes, not only a small town ("said Noma"). A city speaks by
        its own name, or by another if it has :data:`EXONYM_CITY_POPULATION` people ("Kiev
        said"): "Bateman told reporters" is a man, not Batman, Turkey."""
        key = self.norm(surface)
        if not key or not self.gaz.contains_name(key):
            return False  # (and no fuzzy "did you mean" search for a person's name)
        return self._first("\x00speaks:" + key, surface, 3,
                           lambda c: _big_enough(c.place) and (
                               c.place.kind not in CITY_KINDS or self._bears(c.place, key)
                               or c.place.population >= EXONYM_CITY_POPULATION)) is not None

    def area_kind(self, surface: str) -> str | None:
        """The kind of the name's best namesake when it is a country, a region or a state
        ("Canada", "EU", "Texas"), else None: the reader does not learn such words as people's
        names ("DeSmog Canada", "a fellow US ally")."""
        key = self.norm(surface)
        if not key or not self.gaz.contains_name(key):
            return None
        area = self._first("\x00area:" + key, surface, 1,
                           lambda c: c.place.kind in NAMED_AREA_KINDS)
        return area.kind if area is not None else None

    def may_travel(self, surface: str) -> bool:
        """Whether a name opening a sentence of travel ("X flew to Geneva") may be a place acting
        for its people or its team: a country or a region, or a city of 100,000 under its own
        name ("Liverpool flew to Kyiv"); not a city that bears it only as another name GeoNames
        lists ("Li Wei" for Lévis, Quebec), and not a small town ("Merkel", Texas)."""
        key = self.norm(surface)
        if not key or not self.gaz.contains_name(key):
            return False
        return self._first("\x00travels:" + key, surface, 3,
                           lambda c: c.place.kind in AREA_KINDS or (
                               _big_enough(c.place) and self._bears(c.place, key))) is not None

    def big_namesake(self, surface: str, key: str) -> Place | None:
        """The best-ranked namesake that is a country, a region or a city of 100,000 that bears
        the name as its own: for a name that counts only as a big place ("Washington" in an
        article whose context favours a small town of that name), rather than dropping it.
        A city known by the name only as an old one does not count: a weak "Franklin" (a
        given name, a street) is not Columbus, Ohio, once Franklinton."""
        return self._first(
            "\x00big:" + key, surface, 8,
            lambda c: (c.place.kind in AREA_KINDS and _same_name(c.matched or c.place.name,
                                                                  surface))
            or (c.place.kind in CITY_KINDS and c.place.population >= WEAK_MIN_POPULATION
                and self._bears(c.place, key)))

    def at_a_border(self, surface: str, key: str, place: Place) -> Place:
        """The namesake that lies at a border, for a town the story calls a border town
        ("the border town of Pingxiang": the one on the Vietnamese border, not the bigger one
        in Jiangxi that population and proximity chose), when ``place`` lies far from every
        other country and a namesake that bears the name lies near one. The choice holds
        for the whole story: the name is then as fixed as "Paris, Texas" (no second look)."""
        from routes.gazetteer._borders import near_a_border

        if place.kind not in CITY_KINDS or near_a_border(place.lat, place.lon):
            return place
        border = self._first("\x00border:" + key, surface, 8,
                             lambda c: c.place.kind in CITY_KINDS and self._bears(c.place, key)
                             and near_a_border(c.place.lat, c.place.lon))
        if border is None:
            return place
        self.fix_for_the_story(key, border)
        return border

    def fix_for_the_story(self, key: str, place: Place) -> None:
        """``place`` is the town this name means for the whole story, as a qualifier would fix
        it ("Paris, Texas"), so the second look leaves it: a town by a border that the story
        calls a border town, or one that lies as far from another place as the story says
        ("Kimberley, some 480 km south-west of Pretoria")."""
        self._cache[key] = place
        self._qualified.add(key)
        self._remember(place)

    def state_called(self, surface: str, key: str, country: str | None) -> Place | None:
        """The first-order division of ``country`` that bears the name as its own, if any
        ("New York", "Washington"): for a city's name that words after it make a state's."""
        return self._first(
            f"\x00state-called:{country}:{key}", surface, 10,
            lambda c: c.place.country == country and self._state_bearing(c.place, key))

    def resolve_derived(self, name: str) -> Place | None:
        """The country, region or continent a derived adjective points to ("European" ->
        Europe, "Zimbabwean" -> Zimbabwe); None when the stem names only towns ("Roman" ->
        Roma), since an adjective of a town is far more often a family or a word, and when it
        names first a city at least as big as the area ("Gazans": Gaza, not the province of
        Mozambique)."""
        key = "\x00derived:" + name
        if key not in self._cache:
            # all candidates, filtered here: asking the gazetteer for these kinds only would
            # send a name of towns alone to its (slow) fuzzy matching
            try:
                cands = self.gaz.candidates(name, limit=10)
            except RoutesError:
                cands = []
            same = [c.place for c in cands if c.matched and _same_name(c.matched, name)]
            area = next((p for p in same if p.kind in DERIVED_KINDS), None)
            city = next((p for p in same if p.kind in CITY_KINDS), None)
            if (area is not None and city is not None and same.index(city) < same.index(area)
                    and city.population >= area.population):
                # the stem names first a city, as big as the area: "Gazans" are of Gaza, the
                # city, and no adjective of the province of Mozambique that shares its name
                area = None
            self._cache[key] = area
        return self._cache[key]

    def city_of(self, place: Place) -> Place:
        """The city a landmark stands in (itself for cities and unknown cities)."""
        if place.kind in CITY_KINDS or place.kind in AREA_KINDS or not place.city:
            return place
        key = place.city
        if key not in self._city_cache:
            shared = ("city:" + place.key, ())
            if shared in self._shared:
                self._city_cache[key] = self._shared[shared]
            else:
                found: Place | None = None
                try:
                    cand = self.gaz.resolve(place.city, near=(place.lat, place.lon),
                                            kinds=("city", "district"))
                    found = cand.place
                except RoutesError:
                    found = None
                self._city_cache[key] = self._shared[shared] = found
        return self._city_cache[key] or place


_V = TypeVar("_V")


#: the widest feature (km) whose name a town of another state may bear ("Mount Rainier,
#: Maryland"): a mountain, a pass, a lake, not a range or a desert
FEATURE_TOWN_KM = 60.0


def _per_gazetteer(
    store: weakref.WeakKeyDictionary[object, dict[tuple[str, tuple[str, ...]], _V]], gaz: object
) -> dict[tuple[str, tuple[str, ...]], _V]:
    """The process-wide dict ``store`` keeps for one gazetteer object (a private one if it cannot
    be weakly referenced, so a cache never outlives its gazetteer or serves another)."""
    try:
        found = store.get(gaz)
        if found is None:
            found = store[gaz] = {}
        if len(found) > 50_000:
            found.clear()
        return found
    except TypeError:
        return {}


def _shared_notes(gaz: object) -> dict[tuple[str, tuple[str, ...]], str]:
    """The ambiguity notes behind cached resolutions, so a cached answer still carries its note
    (otherwise only the first story to meet a name in a process would be told)."""
    return _per_gazetteer(_NOTES_BY_GAZ, gaz)


def _shared_cache(gaz: object) -> dict[tuple[str, tuple[str, ...]], Place | None]:
    """The resolution cache of one gazetteer object."""
    return _per_gazetteer(_SHARED_BY_GAZ, gaz)


def _context_kw(gaz: object, context: list[Place]) -> dict[str, Any]:
    """``context=`` for gazetteers whose ``candidates`` takes it (the real one does; the
    interface in the brief does not promise it)."""
    return {"context": tuple(context[:20])} if _takes_context(gaz) else {}


#: whether a ``candidates`` function takes ``context=``, per function (``inspect.signature``
#: costs more than the look-up it prepares)
_TAKES_CONTEXT: weakref.WeakKeyDictionary[object, bool] = weakref.WeakKeyDictionary()


def _takes_context(gaz: object) -> bool:
    method = getattr(gaz, "candidates", None)
    func = getattr(method, "__func__", method)  # the class's function, for a bound method
    try:
        known = _TAKES_CONTEXT.get(func)
    except TypeError:  # not weakly referable: ask each time
        known = None
    if known is None:
        import inspect

        try:
            known = "context" in inspect.signature(method).parameters  # type: ignore[arg-type]
        except (TypeError, ValueError):
            known = False
        with contextlib.suppress(TypeError):
            _TAKES_CONTEXT[func] = known
    return known


#: how alike (rapidfuzz ratio, 0-100) two folded names are when one is the other spelt
#: another way ("mykolaiv" and "mykolayiv": 94)
SPELLING_RATIO = 85.0


def _spelt_alike(a: str, b: str) -> bool:
    """Whether two folded names are one name spelt two ways (:data:`SPELLING_RATIO`)."""
    from rapidfuzz.fuzz import ratio

    return ratio(a, b) >= SPELLING_RATIO


def _capital_of_a_named_country(place: Place, named: Iterable[Place]) -> bool:
    """Whether ``place`` is the national capital (a city of 100,000 or more) of a country
    the story names."""
    from routes.gazetteer._capitals import capital_names

    capital = capital_names().get(place.country or "")
    return (capital is not None and place.kind in CITY_KINDS and place.population >= 100_000
            and capital in (place.name, place.gazetteer_name)
            and any(p.kind == "country" and p.country == place.country for p in named))


def _same_name(a: str, b: str) -> bool:
    """Whether a candidate matched on the name asked, not on a fuzzy neighbour."""
    return a.casefold().removeprefix("the ") == b.casefold().removeprefix("the ")


def is_county(place: Place) -> bool:
    """Whether a place is a county (a second-order division the project curates)."""
    return place.kind == "admin" and place.id.partition(":")[2].startswith("county-")


#: what runs a list on past a pair, or leads into one: ", Ohio", " and Ohio", ", or"
_LIST_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?[A-Z]")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")


def _in_a_list(text: str, q: QualifiedName) -> bool:
    """Whether the pair "Town, Area" stands inside a list of names: a comma, "and" or "or"
    right before it, or after it a comma or "and" and another name."""
    at = text.find(q.area, q.start + len(q.town))
    if at < 0:
        return True
    end = at + len(q.area)
    return (_LIST_BEFORE.search(text, max(0, q.start - 6), q.start) is not None
            or _LIST_ON.match(text, end) is not None)


def _known_by_a_given_name(place: Place) -> bool:
    return place.kind not in CITY_KINDS or place.population >= GIVEN_NAME_CITY_POPULATION


def _big_enough(place: Place) -> bool:
    return (place.kind in AREA_KINDS or place.population >= WEAK_MIN_POPULATION
            or place.kind not in CITY_KINDS)


def _local(town: Place, places: Iterable[Place]) -> bool:
    """Whether another town or a county of the story lies within :data:`LOCAL_KM` of
    ``town`` in its own state: local news names its town beside its neighbours ("Paris and
    Roxton", "London ... Laurel County"), which a namesake across the world has not."""
    return any(p.key != town.key and (p.kind in CITY_KINDS or is_county(p))
               and (p.country, p.admin1) == (town.country, town.admin1)
               and km_between(town, p) <= LOCAL_KM for p in places)


def _near_one(place: Place, others: Sequence[Place]) -> bool:
    """Whether another place of the story lies near ``place`` (see _facilities.near)."""
    return any(near(place, o) for o in others)

