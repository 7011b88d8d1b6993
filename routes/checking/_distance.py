"""Verdicts on reported distances.

Rules, in order (tolerances: routes/checking/_tolerance.py):

1. A figure whose accepted range ends below the straight-line (geodesic) distance is
   *inconsistent*, whatever the mode: no route is shorter than the geodesic.
2. A figure that overlaps the measure for the leg's mode (rail for a train) is *consistent*.
3. A figure that overlaps another measure (estimated road distance, straight line, flight) is
   *consistent with that measure*, and the explanation says so and gives the leg's own measure.
4. A figure longer than its mode's estimate (road, rail off the curated corridors, sea round
   land), up to DETOUR_MAX times the estimate's top, is *unverifiable*: a route may wind so.
5. With no measure for the leg's mode and nothing else matching, the verdict is *unverifiable*
   (we cannot rule out the figure).
6. Otherwise *inconsistent*, with every measure quoted.
"""

from __future__ import annotations

import math
import re

from routes.checking._legs import LegMatch, placed_alone
from routes.checking._tolerance import Accepted, distance_range, fmt_range
from routes.models import Claim, Measure, Place, Verdict
from routes.network._estimates import from_geodesic
from routes.town_reach import city_reach_km
from routes.units import canonical_unit, from_km

MODE_MEASURE = {"rail": "rail", "road": "road", "walk": "road", "air": "air", "sea": "sea"}

_NAMES = {
    "geodesic": "straight-line distance",
    "rail": "rail distance",
    "road": "estimated road distance",
    "air": "estimated flight distance",
    "sea": "estimated sea distance",
}


def band(m: Measure) -> tuple[float, float]:
    return (
        m.low_km if m.low_km is not None else m.km,
        m.high_km if m.high_km is not None else m.km,
    )


def describe(m: Measure) -> str:
    """'the rail distance (1,120 km by published line kilometres)' and the like."""
    name = _NAMES.get(m.kind, f"{m.kind} distance")
    if from_geodesic(m):
        name = name if name.startswith("estimated") else f"estimated {name}"
    elif m.kind == "rail":
        if m.published_km is not None:
            return f"the {name} ({m.km:,.0f} km by published line kilometres)"
        return f"the {name} (at least {m.km:,.0f} km; part measured on our track shape)"
    if m.estimate and m.low_km is not None and m.high_km is not None:
        return f"the {name} ({m.km:,.0f} km, range {m.low_km:,.0f}-{m.high_km:,.0f} km)"
    return f"the {name} ({m.km:,.0f} km)"


def _digits(lo: float, hi: float) -> int:
    """One decimal for a short figure that has one ("about 2.5 km": rounded to "2 km" it is not
    what was said), none otherwise."""
    fraction = any(abs(x - round(x)) > 0.05 for x in (lo, hi))
    return 1 if hi < 100 and fraction else 0


#: how far short of the straight line a figure may fall when an end is a site rather than a
#: town (a park, a palace, a building placed approximately): its point is one spot of ground
#: that spans up to about this much (Hyde Park is 2.5 km across)
SITE_SLACK_KM = 2.0


def _placed_at_its_town(place: Place) -> bool:
    """Whether the place is a building the gazetteer lacks, placed at its town's point (see
    routes.reading._facilities.facility_at)."""
    return place.id.startswith("approx:")


#: kinds of an end that is an area a trip reaches at its edge (an island, a strip of coast, a
#: city district whose pier or station is not its middle): a figure may fall short of the
#: line to its middle by half its extent ("from Eminönü to Kadıköy, roughly 5 km" by ferry:
#: 6 km to the district's middle, which is 5 km across)
AREA_END_KINDS = frozenset({"region", "water", "district"})
#: kinds whose point is a town's centre, for which the straight line is the floor it is
TOWN_KINDS = frozenset({"city", "district", "admin", "country", "region", "continent", "water"})


def told_unit(claim: Claim) -> str:
    """The unit the report wrote the distance in ("mi", "nmi", else "km"): figures are kept in
    kilometres, but an explanation quotes the report's own number first."""
    text = claim.text.casefold()
    if re.search(r"\b(?:km|kilomet)", text):
        return claim.unit  # "520 miles (840 kilometers)": the kilometres were kept
    if "nautical" in text or re.search(r"\bnmi\b", text):
        return "nmi"
    if re.search(r"\bmi(?:les?)?\b", text):
        return "mi"
    return claim.unit


def stated(acc: Accepted, unit: str, claim_unit: str = "km") -> str:
    """'About 840 km', or 'About 520 mi (837 km)' when the report gave miles."""
    lead = f"{acc.qualifier.capitalize()} " if acc.qualifier else ""
    figure = fmt_range(acc.stated_low, acc.stated_high, unit, _digits(acc.stated_low,
                                                                      acc.stated_high))
    told = canonical_unit(claim_unit)
    if told in ("mi", "nmi"):
        lo, hi = from_km(acc.stated_low, told), from_km(acc.stated_high, told)
        return f"{lead}{fmt_range(lo, hi, told, _digits(lo, hi))} ({figure})"
    return f"{lead}{figure}"


#: how much longer than an estimated road (or rail) distance a stated one may be before it is
#: called wrong: the estimate is the usual detour over the straight line, and a route may wind
#: more (a race stage, a mountain road, a line by a distant border crossing), but not half as
#: far again as the longest usual
DETOUR_MAX = 1.5
#: the same for a walk: paths and trails wind over passes and round valleys where no road goes
#: (the Haute Route from Chamonix to Zermatt is about 180 km on foot, twice the road estimate)
DETOUR_MAX_WALK = 2.0
#: the same for a race's stage or leg, by road or at sea, whatever way the leg goes (see
#: _A_RACE_STAGE)
DETOUR_MAX_RACE = 3.0
#: a stage of a road race, whose course is drawn over the passes it sets out to climb, not
#: the way a car would go (Embrun - Isola over the Col de la Bonette: 145 km, 1.6 times the
#: top of the road estimate; Pau - Cauterets over the Aubisque and the Tourmalet: 166 km, 2.2
#: times), and may loop round to finish near its start: allowed DETOUR_MAX_RACE
_A_RACE_STAGE = re.compile(r"\b(?:stages?|legs?)\b[^.;]{0,80}\b(?:Tour|Giro|Vuelta|race|rally|"
                           r"stage)\b|\b(?:Tour|Giro|Vuelta)\b[^.;]{0,80}\bstages?\b|"
                           # ("on the longest leg in the race's history, about 12,750 nautical
                           # miles through the Southern Ocean": a sailing race's leg)
                           r"\bstage\s+(?:race|win)\b|\brace\b[^.;]{0,80}\blegs?\b")
#: the same for a train off the curated corridors. The rail estimate's band holds the main
#: lines its source lists, but a line forced round mountains or through one far crossing runs
#: much further: Beijing - Pyongyang by Dandong is 1.66 times the straight line, Quetta -
#: Peshawar by the Jaffar Express about 1,600 km for 605 km straight (2.6 times, down the
#: Bolan Pass and up the Indus, as reported when it was hijacked in March 2025). A true figure
#: called wrong misleads a desk more than a wrong one left open, so the allowance covers both
DETOUR_MAX_RAIL = 2.0


#: why a stated distance longer than the estimate's top may still hold, per estimate (a walk's
#: road estimate apart), and the offline data whose lack leaves it open
_WINDING = {
    "walk": ("a path that winds (a trail over passes, round valleys, a pilgrim way)",
             "road network"),
    "road": ("a route that winds (a race stage, a scenic or mountain road, a detour)",
             "road network"),
    "rail": ("a line that winds (round mountains, by a distant border crossing or junction)",
             "rail network for this leg"),
    "sea": ("a voyage round a land mass (round a peninsula, through the straits and channels "
            "its coasts force)", "coastline model"),
    "race": ("a race's course that winds (over passes and climbs, or where the wind takes a "
             "sailing race)", "course map"),
}


def _round_land(geodesic: Measure) -> bool:
    """Whether a sea leg's straight line runs over land, so the ship goes round it by a way
    the estimate's band only brackets (Helsinki to Murmansk round Scandinavia is 3.5 times
    the straight line)."""
    from routes.network._land import crosses_land

    return bool(geodesic.geometry) and crosses_land(geodesic.geometry)


def _fits(acc: Accepted, m: Measure) -> str:
    """"matches" when the figure as written meets the measure (a rounded "1,100 km" matches a
    published 1,120 km); for an estimate's range, "is within a rounded figure's margin of" when
    only that margin reaches it (so "570 km" is not said to match a 596-752 km range)."""
    lo, hi = band(m)
    top = acc.high if math.isinf(acc.high) else acc.stated_high  # "more than 7,000 km"
    if not m.estimate or (acc.stated_low <= hi and lo <= top):
        return "matches"
    return "is within a rounded figure's margin of"


#: below this share of the straight line a stated distance more likely means a place was
#: misread (a small namesake abroad, a village placed at its county) than a wrong figure
MISPLACED_RATIO = 0.25
#: a town this small may be a namesake of the place the story means
SMALL_TOWN = 50_000


def doubtful_ends(match: LegMatch, ratio: float) -> str | None:
    """Why an end of a leg may be misplaced, when the figure is this far off (``ratio``: the
    figure over the straight line, 0 for "far too fast"); None when both ends are sure enough
    to call the figure wrong. A town in a country no other place of the story is in is
    doubted whenever the figure is shorter than the straight line; a small or approximately
    placed town only when the figure is far shorter (MISPLACED_RATIO)."""
    why: list[str] = []
    alone = {p.key for p in match.alone}
    for p in dict.fromkeys([match.origin, match.destination, *match.alone]):
        if p is None:
            continue
        if p.key in alone and ratio < 1.0:
            why.append(placed_alone(p))
        elif ratio >= MISPLACED_RATIO or p not in (match.origin, match.destination):
            continue
        elif _placed_at_its_town(p):
            why.append(f"{p.name} is placed only approximately ({p.source})")
        elif p.kind == "city" and p.population < SMALL_TOWN:
            where = f" in {p.country}" if p.country else ""
            why.append(f"{p.name} was placed at the small town of that name{where} "
                       f"(population {p.population:,})")
    return "; ".join(why) or None


def judge_distance(claim: Claim, match: LegMatch | None, mode: str,
                   told_own: bool = False) -> tuple[Verdict, str]:
    """``told_own``: the report gives the figure as the length of the leg's own way ("The
    flight from Athens to Vilnius ... covers some 1,700 miles"), so matching another way's
    length (the road's) does not make it hold."""
    acc = distance_range(claim)
    if acc is None:
        return "unverifiable", "The report gives no number for this distance."
    if match is None:
        return (
            "unverifiable",
            f"{stated(acc, 'km', told_unit(claim))} cannot be checked: the report does not say "
            "between which "
            "places, or they could not be placed on the map.",
        )
    a = match.origin.name if match.origin else claim.origin
    b = match.destination.name if match.destination else claim.destination
    loop = (match.origin is not None and match.destination is not None
            and match.origin.key == match.destination.key and bool(match.indices))
    span = (f"on the loop from {a} back to {a}" if loop
            else f"there and back between {a} and {b}" if match.round_trip
            else f"between {a} and {b}")
    ms = match.measures
    fig = stated(acc, "km", told_unit(claim))
    geo = ms.get("geodesic")
    if geo is not None and acc.high < geo.km:
        doubt = doubtful_ends(match, acc.high / geo.km if geo.km > 0 else 1.0)
        if doubt is not None:
            return (
                "unverifiable",
                f"{fig} is far shorter than the straight line {span} "
                f"({geo.km:,.0f} km), so one of them is likely not the place the story means: "
                f"{doubt}. Check where it is before judging the figure.",
            )
        sites = [p.name for p in (match.origin, match.destination)
                 if p is not None and p.kind not in TOWN_KINDS]
        if sites and geo.km - acc.high <= SITE_SLACK_KM:
            # "from Westminster Abbey to Wellington Arch at Hyde Park Corner, about 2.5 km": a
            # park, a palace or a building placed approximately is a point for a site
            # that spans its own size, so a shortfall that small proves nothing
            return (
                "unverifiable",
                f"{fig} is shorter than the straight line {span} ({geo.km:,.1f} km), but by "
                f"less than {SITE_SLACK_KM:g} km, and {' and '.join(sites)} "
                f"{'is a site' if len(sites) == 1 else 'are sites'} whose point stands for "
                "more ground than that: the figure cannot be ruled out.",
            )
        wide = [p for p in (match.origin, match.destination)
                if p is not None and p.kind in AREA_END_KINDS and p.extent_km > 0]
        if wide and geo.km - acc.high <= sum(p.extent_km / 2 for p in wide):
            # "reached the Greek island of Lesbos ..., a crossing of roughly 20 km": the
            # island's point is its middle, and a boat lands on its nearest shore
            across = " and ".join(f"{p.name} (about {p.extent_km:,.0f} km across)" for p in wide)
            return (
                "unverifiable",
                f"{fig} is shorter than the straight line {span} ({geo.km:,.0f} km), but that "
                f"line ends at the middle of {across}; measured to its nearest edge the figure "
                "may hold, so it cannot be ruled out.",
            )
        # (a spot the story names in a city, placed only by the city's point: "taken by
        # ambulance to Rashid Hospital, about 5 km from the airport", with the hospital
        # unknown to the map and Dubai's point 20 km from its airport; it may lie anywhere in
        # the city, so twice the reach)
        ends = [(p, told) for p, told in ((match.origin, claim.origin),
                                          (match.destination, claim.destination))
                if p is not None]
        inside = [p for p, told in ends if told and told != p.name and p.kind == "city"]
        cities = [p for p, _ in ends
                  if city_reach_km(p) > 0 or (_placed_at_its_town(p) and p.extent_km > 0)]
        reach = sum(p.extent_km if _placed_at_its_town(p)
                    else city_reach_km(p) * (2 if p in inside else 1) for p in cities)
        if cities and geo.km - acc.high <= reach:
            # "paddled into Dublin Bay ..., a 100-kilometer crossing" from Holyhead: 108 km to
            # the city's centre, but a crossing ends at its shore, not in the middle of a city
            # of a million people
            named = " and ".join(dict.fromkeys(
                (p.city or p.name) if _placed_at_its_town(p) else p.name for p in cities))
            spots = [told for p, told in ends
                     if told and (p in inside or _placed_at_its_town(p))]
            where = (f" ({' and '.join(spots)}, which the gazetteer lacks, was placed at its "
                     "city's centre)" if spots else "")
            return (
                "unverifiable",
                f"{fig} is shorter than the straight line {span} ({geo.km:,.0f} km), but that "
                f"line is measured from the centre of {named}{where}, and a trip that begins or "
                "ends at the edge of a city that size (its port, its airport, its outskirts) "
                f"can be up to {reach:,.0f} km shorter: with the figure's rounding, it cannot "
                "be ruled out.",
            )
        return (
            "inconsistent",
            f"{fig} is shorter than the straight-line distance {span} "
            f"({geo.km:,.0f} km on the WGS84 ellipsoid); no route can be shorter than that.",
        )
    own_kind = MODE_MEASURE.get(mode)  # None when no leg joins the places
    own = ms.get(own_kind) if own_kind else None
    if own is not None and acc.overlaps(*band(own)):
        tail = (
            f" The straight line{', there and back,' if match.round_trip else ''} is "
            f"{geo.km:,.0f} km."
            if geo is not None and own.kind != "geodesic" and not loop
            else ""
        )
        return ("consistent",
                f"{fig} {_fits(acc, own)} {describe(own)} {span}.{tail}")
    mid = (acc.stated_low + acc.stated_high) / 2
    others = [m for k, m in ms.items() if k != own_kind and acc.overlaps(*band(m))]
    if others:
        best = min(others, key=lambda m: abs(m.km - mid))
        if own is not None and told_own:
            return (
                "inconsistent",
                f"{fig} does not fit {describe(own)} {span}; it is near {describe(best)}, "
                f"but the report gives it as the length of the {mode} trip itself.",
            )
        if own is not None:
            basis = " by published line kilometres" if own.published_km is not None else ""
            about = (f"which we estimate at {own.km:,.0f} km" if from_geodesic(own)
                     else f"which is about {own.km:,.0f} km{basis}")
            return (
                "consistent",
                f"{fig} {_fits(acc, best)} {describe(best)} {span}, not the {mode} route, "
                f"{about}.",
            )
        missing = ""
        if own_kind and mode and own_kind != best.kind:
            missing = (f" There is no {own_kind} measure of this {mode} leg offline, so it is "
                       "compared with the other measures.")
        return ("consistent",
                f"{fig} {_fits(acc, best)} {describe(best)} {span}.{missing}")
    quoted = "; ".join(describe(m) for m in ms.values())
    if own is not None and own_kind in ("road", "sea", "rail") and from_geodesic(own):
        _, top = band(own)
        race = _A_RACE_STAGE.search(claim.sentence) is not None
        most = (DETOUR_MAX_RACE if race
                else DETOUR_MAX_WALK if mode == "walk"
                else DETOUR_MAX_RAIL if own_kind == "rail" else DETOUR_MAX)
        # (a race's leg at sea is sailed where the wind is, open water or not: "about 12,750
        # nautical miles through the Southern Ocean" from Cape Town to Itajai)
        if top < acc.low <= most * top and (
                own_kind != "sea" or race or (geo is not None and _round_land(geo))):
            what, lacking = _WINDING["race" if race else "walk" if mode == "walk" else own_kind]
            return (
                "unverifiable",
                f"{fig} is longer than {describe(own)} {span}, but {what} can be; with no "
                f"{lacking} offline the figure cannot be ruled out.",
            )
    if own is None and (own_kind is not None or "rail" not in ms):
        missing = mode or "rail"
        return (
            "unverifiable",
            f"{fig} matches none of the measures we have ({quoted}), but there is no {missing} "
            f"measure for {a} - {b} in the offline data, so the figure cannot be ruled out.",
        )
    return "inconsistent", f"{fig} matches none of the measures {span}: {quoted}."
