"""Find what part of the journey a claim is about, and the measures for that part.

Why this is not a plain name lookup: reports name cities ("840 km from Beijing to Dandong") while
the journey has landmarks ("Beijing Railway Station"), and a claim may span several legs
("return to Pyongyang" from Beijing = Beijing -> Dandong -> Pyongyang). A claim place stands for
a leg place when the names match, when one is the city the other stands in, or when a city
claim place lies within ``CITY_RADIUS_KM`` of the leg place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from routes.checking._envelopes import told_vehicle
from routes.errors import RoutesError
from routes.models import MODES, Claim, Journey, Leg, Measure, Mode, Place
from routes.network._estimates import estimated, from_geodesic

CITY_RADIUS_KM = 30.0
CITY_KINDS = frozenset({"city", "admin", "region", "district"})
#: the kinds of place that are towns, not sites in them (an airport, a palace)
_TOWN_KINDS = frozenset({"city", "district"})


@dataclass(slots=True)
class LegMatch:
    """The legs a claim is about (consecutive, in journey order) and their combined measures."""

    indices: list[int]
    origin: Place | None
    destination: Place | None
    measures: dict[str, Measure] = field(default_factory=dict)
    reversed: bool = False
    direct: bool = False  # no leg joins the places: measured between them directly
    #: for a direct match, the mode and vehicle the claim's own sentence names ("" / None)
    mode: str = ""
    vehicle: str | None = None
    #: keys of its ends that lie in a country no other place of the story is in (a namesake
    #: abroad is the likelier reading when a figure cannot fit them)
    alone: tuple[Place, ...] = ()
    #: measured there and back: the figure is told for a round trip (see _round_trip.py)
    round_trip: bool = False

    def legs(self, journey: Journey) -> list[Leg]:
        return [journey.legs[i] for i in self.indices]


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def stands_for(journey: Journey, claim_name: str, leg_name: str) -> bool:
    """True when a place named in a claim is the leg's place, or the city it stands in."""
    if _fold(claim_name) == _fold(leg_name):
        return True
    a = journey.place_named(claim_name)
    b = journey.place_named(leg_name)
    if a is None and b is not None and b.city and _fold(b.city) == _fold(claim_name):
        return True  # a city the trip only left from or reached by one of its landmarks
    if a is None or b is None:
        return False
    if a.key == b.key:
        return True
    if b.city and _fold(b.city) == _fold(a.name):
        return True
    if a.city and _fold(a.city) == _fold(b.name):
        return True
    if a.kind in CITY_KINDS and b.kind in CITY_KINDS:
        return False  # two towns, however near (Sarria and Portomarin, 17 km): not one place
    if a.kind in CITY_KINDS or b.kind in CITY_KINDS:
        from routes.geodesy import geodesic_km

        return geodesic_km(a.lat, a.lon, b.lat, b.lon) <= CITY_RADIUS_KM
    return False


def _chains(journey: Journey, origin: str, destination: str) -> list[list[int]]:
    legs = journey.legs
    found: list[list[int]] = []
    start, end = journey.place_named(origin), journey.place_named(destination)
    from_a_site = start is not None and start.kind not in _TOWN_KINDS
    to_a_site = end is not None and end.kind not in _TOWN_KINDS

    def back_at_origin(name: str) -> bool:
        if not stands_for(journey, origin, name):
            return False
        # (from a site, such as an airport, into its town is the way on, not a return: "took
        # him about 30 km to the Kremlin", from Vnukovo airport, by way of Moscow)
        here = journey.place_named(name)
        return not (from_a_site and _fold(name) != _fold(origin) and here is not None
                    and here.kind in _TOWN_KINDS)

    for i, leg in enumerate(legs):
        if not stands_for(journey, origin, leg.origin):
            continue
        for j in range(i, len(legs)):
            if j > i and back_at_origin(legs[j].origin):
                break  # the journey came back to the claim's origin: start again from there
            if stands_for(journey, destination, legs[j].destination):
                found.append(list(range(i, j + 1)))
                here = journey.place_named(legs[j].destination)
                if not (to_a_site and here is not None and here.kind in _TOWN_KINDS):
                    break
                # (the town of the site named, not the site: the way goes on to it, "from
                # Vnukovo airport ... to the Kremlin" by way of Moscow)
    return found


def _combine(
    journey: Journey, indices: list[int], a: Place | None, b: Place | None
) -> dict[str, Measure]:
    legs = [journey.legs[i] for i in indices]
    if len(legs) == 1:
        return dict(legs[0].measures)
    out: dict[str, Measure] = {}
    for kind in ("rail", "road", "air", "sea"):
        parts = [leg.measures.get(kind) for leg in legs]
        if not parts or any(p is None for p in parts):
            continue
        ms = [p for p in parts if p is not None]
        pub = [m.published_km for m in ms]
        geometry: list[tuple[float, float]] = []
        for m in ms:
            geometry.extend(m.geometry if not geometry else m.geometry[1:])
        banded = any(m.low_km is not None or m.high_km is not None for m in ms)
        method = f"sum over {len(ms)} legs: " + " + ".join(f"{m.km:,.0f}" for m in ms) + " km"
        out[kind] = Measure(
            kind=ms[0].kind,
            km=sum(m.km for m in ms),
            # a sum with an estimate from the straight line in it is one too
            method=estimated(method) if any(from_geodesic(m) for m in ms) else method,
            source=" || ".join(dict.fromkeys(m.source for m in ms)),
            low_km=sum(m.low_km if m.low_km is not None else m.km for m in ms) if banded else None,
            high_km=sum(m.high_km if m.high_km is not None else m.km for m in ms)
            if banded
            else None,
            published_km=sum(p for p in pub if p is not None)
            if all(p is not None for p in pub)
            else None,
            estimate=any(m.estimate for m in ms),
            geometry=tuple(geometry),
        )
    if a is not None and b is not None:
        from routes.network._estimates import geodesic_measure

        out["geodesic"] = geodesic_measure(a, b)
    return out


def alone_in_country(journey: Journey) -> frozenset[str]:
    """Keys of the journey's places whose country no other place of the story shares."""
    places = {p.key: p for p in [*(pm.place for pm in journey.places),
                                 *(pm.place for pm in journey.other_places),
                                 *(st.place for st in journey.stops)]}
    by_country: dict[str, set[str]] = {}
    for p in places.values():
        if p.country:
            by_country.setdefault(p.country, set()).add(p.key)
    return frozenset(next(iter(keys)) for keys in by_country.values() if len(keys) == 1)


def match_claim(journey: Journey, claim: Claim) -> LegMatch | None:
    """The legs a claim is about, or None when its places are unknown or not on the journey."""
    found = _match_claim(journey, claim)
    if found is not None:
        found.alone = far_alone_ends(journey, found.legs(journey))
    return found


#: a leg over land longer than this (km) to a town in a country no other place of the story
#: is in is more likely a namesake abroad than the place meant (a judgement: Belgrade - Horgos,
#: China is 4,700 km; a real overland leg that long names the countries it crosses)
FAR_SURFACE_KM = 1500.0
#: a town this big is not doubted as a namesake: no smaller place shares the name of one
#: the press would mistake for it (Hong Kong, alone in its own country code, reached from
#: Beijing by rail, is Hong Kong)
NO_NAMESAKE_POPULATION = 1_000_000


def far_alone_ends(journey: Journey, legs: list[Leg],
                   alone: frozenset[str] | None = None) -> tuple[Place, ...]:
    """Towns at the ends of legs over land (road, rail, on foot) longer than FAR_SURFACE_KM
    that lie in a country no other place of the story is in (``alone``, from
    :func:`alone_in_country` when not given); of a leg's two such ends, the smaller town (the
    likelier namesake)."""
    if alone is None:
        alone = alone_in_country(journey)
    found: dict[str, Place] = {}
    for leg in legs:
        geo = leg.measures.get("geodesic")
        if leg.mode not in ("road", "rail", "walk") or geo is None or geo.km <= FAR_SURFACE_KM:
            continue
        ends = [p for p in (journey.place_named(leg.origin), journey.place_named(leg.destination))
                if p is not None and p.key in alone and p.kind in _TOWN_KINDS
                and p.population < NO_NAMESAKE_POPULATION]
        if len(ends) == 2:
            ends = [min(ends, key=lambda p: p.population)]
        for p in ends:
            found.setdefault(p.key, p)
    return tuple(found.values())


def placed_alone(place: Place) -> str:
    """The doubt a town alone in its country raises, as the explanations and notes word it."""
    from routes.network._data import country_name

    return (f"{place.name} was placed in {country_name(place.country)}, where no other place "
            "of the story is")


#: a figure told as a fact of the way between two places, in the present: "The route from
#: Mariupol to Zaporizhzhia is about 230 kilometres by road" (what the way measures, not the
#: way this trip went, through the stops it made)
_STATED_ROUTE = re.compile(r"\bThe\s+(?:[\w-]+\s+)?(?:route|road|distance|drive|line|railway|"
                           r"highway)\s+(?:from|between)\s+[^.;]{1,60}?\s+(?:is|runs|measures)\b")


def _match_claim(journey: Journey, claim: Claim) -> LegMatch | None:
    if not claim.origin or not claim.destination:
        return None
    chains = _chains(journey, claim.origin, claim.destination)
    rev = False
    if not chains:
        chains = _chains(journey, claim.destination, claim.origin)
        rev = bool(chains)
    if chains and all(len(c) > 1 for c in chains) and _STATED_ROUTE.search(claim.sentence):
        chains = []  # measured between the two places directly (below)
    a = journey.place_named(claim.origin)
    b = journey.place_named(claim.destination)
    if chains:
        # Prefer a chain whose ends are the places named (not a neighbour within a city's
        # radius: "Saint-Denis" is not Notre-Dame, though both are near Paris), then the
        # shortest, then the earliest; a return leg is as good as an outbound.
        ends = (claim.destination, claim.origin) if rev else (claim.origin, claim.destination)

        def named(c: list[int]) -> int:
            first, last = journey.legs[c[0]], journey.legs[c[-1]]
            # the place reached counts first: a figure is told with where the trip went
            return (_fold(first.origin) != _fold(ends[0])) + 2 * (
                _fold(last.destination) != _fold(ends[1]))

        best = min(chains, key=lambda c: (named(c), len(c), c[0]))
        first, last = journey.legs[best[0]], journey.legs[best[-1]]
        if rev:  # the chain runs destination -> origin
            pa, pb = journey.place_named(last.destination), journey.place_named(first.origin)
        else:
            pa, pb = journey.place_named(first.origin), journey.place_named(last.destination)
        return LegMatch(
            best, pa or a, pb or b, _combine(journey, best, pa or a, pb or b), reversed=rev
        )
    if a is None or b is None or a.key == b.key:
        # (no leg joins them, and both ends are one place: "a trip of about 28 miles" read
        # from Gatwick to Gatwick, its start lost; nothing can be measured)
        return None
    from routes.network import measure_leg

    told = told_vehicle(claim.sentence)
    if told is not None and told[0] in MODES:
        mode: Mode = told[0]
        try:
            measures = measure_leg(a, b, mode, vehicle=told[1])
        except RoutesError:  # "by train" across a sea: measured as the places lie
            measures = measure_leg(a, b, "road")
            told = None
        if told is not None:
            return LegMatch([], a, b, measures, direct=True, mode=mode, vehicle=told[1])
    return LegMatch([], a, b, measure_leg(a, b, "road"), direct=True)
