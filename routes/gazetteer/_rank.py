"""How candidates for a name are ranked, and when the gazetteer refuses to guess.

Every candidate gets a score in 0..1::

    score = 0.50 * match + 0.20 * prominence + 0.30 * context

``match`` (how the name fits)
    1.00 the place's own name; 0.98 a curated alias, local-script name or country alias;
    0.97 a GeoNames alternate name; 0.90 a demonym ("Chinese" -> China); fuzzy matches
    (no exact key) 0.85 * rapidfuzz ratio, and :meth:`Gazetteer.resolve` never accepts them
    silently (it raises PlaceNotFoundError with them as "did you mean" suggestions).
``prominence`` (how likely a story means this place, before any context)
    countries and continents 1.0; national capitals of 100,000 people or more 1.0 (a story
    that says "Washington" means the capital, not the state), smaller capitals +0.15 (at most
    0.95); curated landmarks 0.90 (someone chose them because stories name them);
    provinces, states and other admin regions 0.75 (a bare name shared with a city usually
    means the city); other curated regions (seas, rivers, peninsulas) at least 0.85;
    populated places log10(population + 1) / 7, capped at 1 (10 million -> 1.0,
    100,000 -> 0.71, a hamlet -> ~0).
``context`` (what the story or the caller says)
    the largest of: proximity to ``near`` or to any place already in the story,
    exp(-distance / 300 km); 0.6 when the place is in the ``country`` hint; 0.3 when it shares
    a country with a place of the story; 0.8 when a landmark's city is one of the story's
    places. Places outside the ``country`` hint also lose 0.15.

Ambiguity: candidates closer than max(50 km, either's extent) are one place told twice (a
city and its municipality, a GeoNames and a curated record). If the best candidate's score
leads the best *other* place by less than :data:`AMBIGUITY_MARGIN` (0.035, about a 16-fold
population ratio at equal match and no context), :meth:`Gazetteer.resolve` raises
AmbiguousPlaceError with the ranked candidates instead of guessing: Portland (Oregon 650,000
vs Maine 67,000), Springfield, Victoria and Jinzhou are ambiguous alone and settle with
``near`` or journey context; Paris (France 2.1 million vs Texas 25,000) is not.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

W_MATCH = 0.50
W_PROMINENCE = 0.20
W_CONTEXT = 0.30
AMBIGUITY_MARGIN = 0.035
SAME_PLACE_KM = 50.0
PROXIMITY_SCALE_KM = 300.0
OUTSIDE_COUNTRY_PENALTY = 0.15
CAPITAL_BONUS = 0.15
BIG_CAPITAL = 100_000
ADMIN_PROMINENCE = 0.75

Q_NAME = 1.00
Q_CURATED_ALIAS = 0.98
Q_ALTERNATE = 0.97
Q_DEMONYM = 0.90
Q_FUZZY = 0.85

_EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on the mean-radius sphere: exact enough to rank, no pyproj needed."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def prominence(kind: str, population: int, *, capital: bool = False, folder: str = "") -> float:
    """Prior belief that a story means this place, from what it is and how many live there."""
    pop = min(1.0, math.log10(max(population, 0) + 1) / 7)
    if kind in ("country", "continent"):
        return 1.0
    if capital:
        return 1.0 if population >= BIG_CAPITAL else min(0.95, pop + CAPITAL_BONUS)
    if folder == "landmark":
        return max(pop, 0.90)
    if kind in ("admin", "region"):
        return ADMIN_PROMINENCE
    if folder == "region":
        return max(pop, 0.85)
    return pop


def context_score(
    lat: float,
    lon: float,
    country: str | None,
    city: str | None,
    *,
    country_hint: str | None,
    near: tuple[float, float] | None,
    context: Sequence[tuple[float, float, str | None, str]],
) -> float:
    """How well a candidate fits what the caller knows (see the module docstring)."""
    best = 0.0
    if near is not None:
        best = math.exp(-haversine_km(lat, lon, near[0], near[1]) / PROXIMITY_SCALE_KM)
    if country_hint and country and country.upper() == country_hint.upper():
        best = max(best, 0.6)
    for clat, clon, ccountry, cname in context:
        best = max(best, math.exp(-haversine_km(lat, lon, clat, clon) / PROXIMITY_SCALE_KM))
        if country and ccountry and country == ccountry:
            best = max(best, 0.3)
        if city and cname and city.casefold() == cname.casefold():
            best = max(best, 0.8)
    if country_hint and country and country.upper() != country_hint.upper():
        best -= OUTSIDE_COUNTRY_PENALTY
    return best


def score(match: float, prom: float, ctx: float) -> float:
    """The weighted sum, clipped to 0..1."""
    return max(0.0, min(1.0, W_MATCH * match + W_PROMINENCE * prom + W_CONTEXT * ctx))
