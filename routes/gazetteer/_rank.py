"""How candidates for a name are ranked, and when the gazetteer refuses to guess.

Every candidate gets a score in 0..1::

    score = 0.50 * match + 0.20 * prominence + 0.30 * context

``match`` (how the name fits)
    1.00 the place's own name; 0.98 a curated alias, local-script name or country alias;
    0.97 a GeoNames alternate name; 0.90 a demonym ("Chinese" -> China); fuzzy matches
    (no exact key) 0.85 * rapidfuzz ratio, and :meth:`Gazetteer.resolve` never accepts them
    silently (it raises PlaceNotFoundError with them as "did you mean" suggestions).
    A name asked in capitals ("US", "UK") that some place holds in capitals as its
    abbreviation matches only the places that write it so: Us, a village near Paris, is no
    candidate for "US" however near the story (before any score is computed).
``prominence`` (how likely a story means this place, before any context)
    countries and continents 1.0; national capitals of 100,000 people or more 1.0 (a story
    that says "Washington" means the capital, not the state), smaller capitals +0.15 (at most
    0.95); curated landmarks 0.90 (someone chose them because stories name them);
    populated places log10(population + 1) / 7, capped at 1 (10 million -> 1.0,
    1 million -> 0.86, 100,000 -> 0.71, a hamlet -> ~0).
    States, provinces, counties and other admin regions by their importance: the same
    population curve less :data:`ADMIN_DISCOUNT` (0.10; their population is the sum of their
    towns, and a bare name is more often a city than the division around it), never below
    :data:`ADMIN_FLOOR` (0.60, a town of ~20,000) nor above 0.90, so "California" (0.90)
    beats California, Maryland (12,000 people, 0.58) and stays below any country.
    Other curated regions (seas, rivers, peninsulas) at least 0.85.
    **A division named like a big city of its own country** (a city of at least
    :data:`BIG_CITY` = 500,000 people, matched by its name or an alias) is capped
    :data:`CITY_OVER_DIVISION` (0.20) below that city: "New York" and "Washington" mean the
    cities unless context says otherwise (see :func:`prefer_cities`).
``context`` (what the story or the caller says)
    From the caller (trusted as given, never damped): proximity to ``near``,
    exp(-distance / 300 km); 0.6 when the place is in the ``country`` hint, and a 0.15
    penalty when it is outside it.
    From the story (``context`` places): proximity to any of its cities, landmarks and
    regions (countries and continents are too big for proximity to mean anything); 0.8
    when a landmark's city is one of the story's places; 0.3 when the place shares a
    country with a story place. The proximity and country terms are **damped by
    prominence**, so that context reorders namesakes of similar prominence but does not
    turn a world city into a village. A candidate's *gap* is how far its context-free score
    (match and prominence) falls below the best namesake's, in prominence units (0.14 is a
    10-fold population ratio at equal match, see :func:`prominence_gaps`):

    * the country term is multiplied by exp(-gap / 0.08): a gap of 0.05 keeps 54 %, and
      a place under 100,000 people keeps at most 17 % against a country, a national capital
      or a city over a million (gap >= 0.14), less than the prominence it would have to
      overcome, so it can never win by country context: an American story saying "London",
      "Rome", "Athens" or "Greece" means those in Europe, not London (Kentucky), Rome
      (Georgia) or Greece (New York). States, provinces and other divisions are exempt:
      the press of a country names its own states bare, so "Georgia" in an American story
      is the state (a town is not exempt);
    * proximity counts fully up to a gap of 0.15 (about 11-fold population: Portland, Maine
      next to a story's Bangor beats Portland, Oregon) and fades linearly to nothing at 0.22
      (about 35-fold: a Chicago story's "Rome" is not Rome, Wisconsin, 700 people, 60 km
      away; nor is its "London" London, Ontario, 500 km away);
    * a lesser namesake whose own name ends in a qualifier in brackets that the story did not
      write ("Frankfurt (Oder)" matched by "Frankfurt") has :data:`QUALIFIED_NAME_LAG` (0.08)
      added to its gap: the qualifier is how it tells itself from the bigger one, so a bare
      "Frankfurt" beside Berlin is still Frankfurt am Main (gap 0.15 + 0.08: no proximity).

    * an **old or foreign name** that GeoNames lists for a big place only as an alternate
      ("Salisbury" for Harare, "Odessa" for Odesa) does not set the gap of a town of at
      least :data:`OWN_NAME_MIN_POPULATION` (20,000) that bears the name as its own: that
      town's gap is measured against own names and curated aliases only, so the story's
      country decides (a British story's Salisbury is in Wiltshire; a story with no such
      context keeps the bigger place). See :func:`prominence_gaps`.

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
ADMIN_DISCOUNT = 0.10
ADMIN_FLOOR = 0.60
ADMIN_CEILING = 0.90
BIG_CITY = 500_000
CITY_OVER_DIVISION = 0.20
HINT_COUNTRY = 0.6
STORY_COUNTRY = 0.3
LANDMARK_CITY = 0.8
#: How fast country-level story context fades as a candidate's prominence falls below the top.
COUNTRY_DAMP_SCALE = 0.08
#: Story proximity counts fully up to this prominence gap (~11-fold population), none beyond
#: PROXIMITY_NO_GAP (~35-fold).
PROXIMITY_FULL_GAP = 0.15
PROXIMITY_NO_GAP = 0.22
#: The gap added to a lesser namesake whose own name carries a qualifier in brackets that the
#: story did not write ("Frankfurt (Oder)", matched by "Frankfurt"): the qualifier is how the
#: place tells itself from a bigger namesake, so a story that leaves it out means the bigger
#: one, however near the smaller lies to the story's other places (Berlin); enough to take it
#: past PROXIMITY_NO_GAP from the edge of PROXIMITY_FULL_GAP.
QUALIFIED_NAME_LAG = 0.08
#: Story places too big for proximity to them to say anything.
NO_PROXIMITY_KINDS = frozenset({"country", "continent"})
DIVISION_KINDS = frozenset({"admin"})

#: A town at least this big that bears a name as its own competes on story context with a
#: bigger place GeoNames lists under that name only as an alternate (see prominence_gaps).
OWN_NAME_MIN_POPULATION = 20_000
OWN_NAME_KINDS = frozenset({"city", "district"})

Q_NAME = 1.00
Q_CURATED_ALIAS = 0.98
Q_ALTERNATE = 0.97
#: a GeoNames name with its Arabic article dropped, as the English press writes it
#: ("Al Qamishli" -> "Qamishli"): derived, so below the names GeoNames lists
Q_ARTICLE_DROPPED = 0.95
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
    pop = population_prominence(population)
    if kind in ("country", "continent"):
        return 1.0
    if capital:
        return 1.0 if population >= BIG_CAPITAL else min(0.95, pop + CAPITAL_BONUS)
    if folder == "landmark":
        return max(pop, 0.90)
    if kind in DIVISION_KINDS:
        return min(ADMIN_CEILING, max(ADMIN_FLOOR, pop - ADMIN_DISCOUNT))
    if kind == "region" or folder == "region":
        return max(pop, 0.85)
    return pop


def prefer_cities(
    kinds: Sequence[str],
    countries: Sequence[str | None],
    populations: Sequence[int],
    qualities: Sequence[float],
    proms: Sequence[float],
) -> list[float]:
    """Prominences after the big-city rule: a division (state, province, county) named like
    a city of at least :data:`BIG_CITY` people in its own country, matched by name or alias
    ("New York City" is also "New York"), ranks :data:`CITY_OVER_DIVISION` below that city
    in prominence, plus what the city loses on match quality ("New York", "Washington")."""
    out = list(proms)
    big: dict[str, tuple[float, float]] = {}  # country -> (best city prominence, its match)
    for kind, cc, pop, q, p in zip(kinds, countries, populations, qualities, proms, strict=True):
        if kind == "city" and cc and pop >= BIG_CITY:
            old = big.get(cc)
            if old is None or (q, p) > (old[1], old[0]):
                big[cc] = (p, q)
    if not big:
        return out
    for i, (kind, cc, q) in enumerate(zip(kinds, countries, qualities, strict=True)):
        city = big.get(cc) if cc and kind in DIVISION_KINDS else None
        if city is not None and city[1] >= min(q, Q_ALTERNATE):
            # the same lead whether the city is matched by its name or by an alias
            lag = max(0.0, q - city[1]) * W_MATCH / W_PROMINENCE
            out[i] = min(out[i], city[0] - CITY_OVER_DIVISION - lag)
    return out


def context_score(
    lat: float,
    lon: float,
    country: str | None,
    city: str | None,
    *,
    country_hint: str | None,
    near: tuple[float, float] | None,
    context: Sequence[tuple[float, float, str | None, str]
                      | tuple[float, float, str | None, str, str]],
    gap: float = 0.0,
    kind: str = "city",
) -> float:
    """How well one candidate fits what the caller knows (see the module docstring).

    ``context`` holds (lat, lon, country, name) of story places, optionally with a fifth
    element, the place's kind (countries and continents give no proximity); ``gap`` is how
    far the candidate falls below the best namesake (:func:`prominence_gaps`), ``kind`` the
    candidate's kind.
    """
    best = 0.0
    if near is not None:
        best = math.exp(-haversine_km(lat, lon, near[0], near[1]) / PROXIMITY_SCALE_KM)
    if country_hint and country and country.upper() == country_hint.upper():
        best = max(best, HINT_COUNTRY)
    for item in context:
        clat, clon, ccountry, cname = item[:4]
        ckind = item[4] if len(item) > 4 else ""
        if ckind not in NO_PROXIMITY_KINDS:
            km = haversine_km(lat, lon, clat, clon)
            best = max(best, math.exp(-km / PROXIMITY_SCALE_KM) * proximity_damping(gap))
        if country and ccountry and country == ccountry:
            best = max(best, STORY_COUNTRY * country_damping(gap, kind))
        if city and cname and city.casefold() == cname.casefold():
            best = max(best, LANDMARK_CITY)
    if country_hint and country and country.upper() != country_hint.upper():
        best -= OUTSIDE_COUNTRY_PENALTY
    return best


def country_damping(gap: float, kind: str = "city") -> float:
    """How much of the country-level story term a candidate keeps, ``gap`` below the top
    (all of it for a division: the press of a country names its states bare)."""
    if kind in DIVISION_KINDS:
        return 1.0
    return math.exp(-max(0.0, gap) / COUNTRY_DAMP_SCALE)


def proximity_damping(gap: float) -> float:
    """How much of story proximity a candidate keeps: all within :data:`PROXIMITY_FULL_GAP`
    of the top, none beyond :data:`PROXIMITY_NO_GAP`, linear between."""
    span = PROXIMITY_NO_GAP - PROXIMITY_FULL_GAP
    return min(1.0, max(0.0, (PROXIMITY_NO_GAP - gap) / span))


def plain_under_other_names(kinds: Sequence[str], populations: Sequence[int],
                            qualities: Sequence[float], proms: Sequence[float],
                            recut: Sequence[bool] | None = None) -> list[float]:
    """Prominences after the other-name rule, for cities matched only by another name GeoNames
    lists for them (an old, foreign or biblical name, in any language).

    * Such a city ranks by its population alone, without the capital's lead
      :func:`prominence` gives it: the lead says a story naming a capital means it, and a
      story writes a capital by its own name. "Salem" (listed for Jerusalem) is Salem, Tamil
      Nadu, or the Salem the story's context chooses.
    * Where a town of :data:`OWN_NAME_MIN_POPULATION` bears the name as its own, such a city
      also lags :data:`OTHER_NAME_LAG` behind, so it leads only if some twenty times bigger:
      "Parma" is Parma, Italy, not Perm (listed as "Parma"); "Waterloo" is no name of Austin,
      Texas, in a story. A city of :data:`EXONYM_MIN_POPULATION` keeps its other names
      unpenalised: English knows such cities by them ("Kiev", "Odessa", "Bombay"); but not
      one matched only with its letters cut into other words (``recut``: "ka shan", a
      syllable-by-syllable romanisation listed for Kazan, is no name of it when a story
      writes "Kashan", the Iranian city): such a city lags :data:`RECUT_NAME_LAG`."""
    own = any(k in OWN_NAME_KINDS and q >= Q_CURATED_ALIAS and pop >= OWN_NAME_MIN_POPULATION
              for k, pop, q in zip(kinds, populations, qualities, strict=True))
    out = []
    for i, (k, pop, q, p) in enumerate(zip(kinds, populations, qualities, proms, strict=True)):
        if k == "city" and q < Q_CURATED_ALIAS:
            p = min(p, population_prominence(pop))
            if own and recut is not None and recut[i]:
                p = max(0.0, p - RECUT_NAME_LAG)
            elif own and pop < EXONYM_MIN_POPULATION:
                p = max(0.0, p - OTHER_NAME_LAG)
        out.append(p)
    return out


#: how far (prominence) a city named by another name lags a town that bears the name
OTHER_NAME_LAG = 0.12
#: how far a city matched only by a syllable-cut other name lags such a town (it leads only
#: when some 125 times bigger: "Daman" is the Indian town, not Dammam's "da man")
RECUT_NAME_LAG = 0.30
#: a city this big is known in English by names GeoNames lists as other names
EXONYM_MIN_POPULATION = 1_000_000


def population_prominence(population: int) -> float:
    """The share of :func:`prominence` that population alone gives a town."""
    return min(1.0, math.log10(max(population, 0) + 1) / 7)


def prominence_gaps(qualities: Sequence[float], proms: Sequence[float],
                    own_towns: Sequence[bool] | None = None) -> list[float]:
    """How far each candidate's context-free score falls below the best one's, in prominence
    units (so 0.14 is a 10-fold population ratio at equal match).

    ``own_towns`` marks towns of at least :data:`OWN_NAME_MIN_POPULATION` that bear the name
    as their own: their gap is measured only against candidates whose own name or curated
    alias it is, not against a place that GeoNames merely lists it for as an alternate (an
    old or foreign name: "Salisbury" for Harare, "Odessa" for Odesa). So the story decides
    between a current name and an old one: a British story's "Salisbury" is the English
    city, while a story with no such context keeps the bigger place."""
    base = [W_MATCH * q + W_PROMINENCE * p for q, p in zip(qualities, proms, strict=True)]
    top = max(base, default=0.0)
    gaps = [(top - b) / W_PROMINENCE for b in base]
    if own_towns is not None and any(own_towns):
        named = max((b for b, q in zip(base, qualities, strict=True) if q >= Q_CURATED_ALIAS),
                    default=top)
        if named < top:
            gaps = [(named - b) / W_PROMINENCE if own else g
                    for g, b, own in zip(gaps, base, own_towns, strict=True)]
    return gaps


def lag_qualified_names(gaps: Sequence[float], unwritten: Sequence[bool]) -> list[float]:
    """``gaps`` with :data:`QUALIFIED_NAME_LAG` added to each lesser namesake (a gap above
    zero) matched without the bracketed qualifier of its own name (``unwritten``)."""
    return [g + QUALIFIED_NAME_LAG if u and g > 0 else g
            for g, u in zip(gaps, unwritten, strict=True)]


def own_name_towns(kinds: Sequence[str], populations: Sequence[int],
                   qualities: Sequence[float]) -> list[bool]:
    """Which candidates :func:`prominence_gaps` measures against own names only."""
    return [q >= Q_NAME and k in OWN_NAME_KINDS and pop >= OWN_NAME_MIN_POPULATION
            for k, pop, q in zip(kinds, populations, qualities, strict=True)]


def _haversine_rad(lat: float, lon: float, cos_lat: float, plat: float, plon: float,
                   cos_plat: float) -> float:
    """Great-circle km between two points given in radians, with their latitudes' cosines
    precomputed (a story's points are measured against many candidates)."""
    sp = math.sin((plat - lat) / 2)
    sl = math.sin((plon - lon) / 2)
    a = sp * sp + cos_lat * cos_plat * (sl * sl)
    return 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def context_scores(
    lat: Sequence[float],
    lon: Sequence[float],
    countries: Sequence[str | None],
    cities: Sequence[str | None],
    gaps: Sequence[float],
    *,
    country_hint: str | None,
    near: tuple[float, float] | None,
    context: StoryContext | None,
    kinds: Sequence[str] = (),
    cos_lat: Sequence[float] | None = None,
) -> list[float]:
    """:func:`context_score` for all candidates of a name at once (radians in), the story
    terms damped by each candidate's :func:`prominence_gaps` (see the module docstring).

    Plain Python, no numpy: a name has a handful of candidates and a story a few dozen
    places, where numpy's per-call overhead cost more than the arithmetic (and importing it
    cost ``routes resolve`` 50 ms). Story proximity is only measured for candidates whose
    :func:`proximity_damping` is above zero (those near the top of their namesakes), so a
    name with hundreds of namesakes costs hundreds of cheap steps, not hundreds times the
    story's places of trigonometry. ``cos_lat`` (the cosines of ``lat``) may be passed
    precomputed.
    """
    n = len(lat)
    sin = math.sin
    if cos_lat is None:
        cos_lat = [math.cos(x) for x in lat]
    if near is not None:
        nlat, nlon = math.radians(near[0]), math.radians(near[1])
        ncos = math.cos(nlat)
        best = [
            math.exp(-_haversine_rad(lat[i], lon[i], cos_lat[i], nlat, nlon, ncos)
                     / PROXIMITY_SCALE_KM)
            for i in range(n)
        ]
    else:
        best = [0.0] * n
    if context is not None and context.size:
        points = context.points
        shared = context.countries
        names = context.names
        for i in range(n):
            gap = gaps[i]
            b = best[i]
            if points:
                damp = proximity_damping(gap)
                if damp > 0.0:  # exp(...) * 0 would change nothing: skip the trigonometry
                    la, lo, cl = lat[i], lon[i], cos_lat[i]
                    # the nearest point has the least haversine term (distance grows with it)
                    least = 2.0
                    for pla, plo, pcl in points:
                        sp = sin((pla - la) / 2)
                        sl = sin((plo - lo) / 2)
                        a = sp * sp + cl * pcl * (sl * sl)
                        if a < least:
                            least = a
                    km = 2 * _EARTH_KM * math.asin(math.sqrt(min(1.0, max(0.0, least))))
                    b = max(b, math.exp(-km / PROXIMITY_SCALE_KM) * damp)
            if countries[i] in shared:
                b = max(b, STORY_COUNTRY * country_damping(gap, kinds[i] if kinds else "city"))
            city = cities[i]
            if names and city is not None and city.casefold() in names:
                b = max(b, LANDMARK_CITY)
            best[i] = b
    if country_hint:
        hint = country_hint.upper()
        for i, c in enumerate(countries):
            if c is not None:
                if c.upper() == hint:
                    best[i] = max(best[i], HINT_COUNTRY)
                else:
                    best[i] = best[i] - OUTSIDE_COUNTRY_PENALTY
    return best


class StoryContext:
    """The story's places, prepared once for many look-ups: points in radians with their
    latitudes' cosines (countries and continents give no proximity), countries, names."""

    __slots__ = ("countries", "names", "points", "size")

    def __init__(self, context: Sequence[tuple[float, float, str | None, str, str]]) -> None:
        self.points: tuple[tuple[float, float, float], ...] = tuple(
            (math.radians(la), math.radians(lo), math.cos(math.radians(la)))
            for la, lo, _, _, kind in context if kind not in NO_PROXIMITY_KINDS
        )
        self.countries: frozenset[str] = frozenset(c for _, _, c, _, _ in context if c)
        self.names: frozenset[str] = frozenset(n.casefold() for _, _, _, n, _ in context if n)
        self.size = len(context)

    def plus(self, place: tuple[float, float, str | None, str, str]) -> StoryContext:
        """This story with one more place (a reader's context grows a place at a time)."""
        out = StoryContext(())
        la, lo, country, name, kind = place
        out.points = self.points if kind in NO_PROXIMITY_KINDS else (
            *self.points, (math.radians(la), math.radians(lo), math.cos(math.radians(la))))
        out.countries = self.countries | {country} if country else self.countries
        out.names = self.names | {name.casefold()} if name else self.names
        out.size = self.size + 1
        return out


def score(match: float, prom: float, ctx: float) -> float:
    """The weighted sum, clipped to 0..1."""
    return max(0.0, min(1.0, W_MATCH * match + W_PROMINENCE * prom + W_CONTEXT * ctx))


def scores(match: Sequence[float], prom: Sequence[float], ctx: Sequence[float]) -> list[float]:
    """:func:`score` for sequences."""
    return [
        min(1.0, max(0.0, W_MATCH * m + W_PROMINENCE * p + W_CONTEXT * c))
        for m, p, c in zip(match, prom, ctx, strict=True)
    ]


def rounded(x: float) -> float:
    """``x`` to 4 decimals as the scores are shown and compared: scaled, rounded half to
    even, scaled back (what ``numpy.round(x, 4)`` does, so scores did not move when numpy
    left the ranking)."""
    return round(x * 10000.0) / 10000.0
