"""Verdicts on clock times: departures, "en route by", arrivals, checked against each other.

Times are aware datetimes, so Beijing (UTC+8) and Pyongyang (UTC+9 since May 2018) subtract
correctly; explanations print each time in the zone the report used.

* A departure or "en route by T" claim is consistent when another report places an earlier
  departure on the same journey within the previous 12 hours (or the leg's own departure fits);
  with nothing to compare it with, it is unverifiable.
* An arrival claim is compared with the window [earliest departure + shortest travel time,
  latest departure + longest travel time]. The travel time of each leg comes from the durations
  reported for it (their common range) or, failing that, from its length and the vehicle's speed
  envelope. "As soon as T" only requires that T is not earlier than the earliest possible arrival.
* A stated time carries an allowance either side (1 h; 3 h for a part of the day such as
  "morning"): routes/data/modes.yaml ``tolerances.clock``. When a report gives only "en route by
  T", the departure is taken to lie in the 3 hours before T unless another report narrows it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta

from routes.checking._distance import MODE_MEASURE
from routes.checking._envelopes import envelope_for
from routes.checking._legs import LegMatch
from routes.checking._tolerance import duration_range
from routes.models import Claim, Journey, Verdict
from routes.network._data import modes_config

PART_OF_DAY = ("morning", "afternoon", "evening", "night", "dawn", "dusk")
LOOKBACK = timedelta(hours=12)
DEFAULT_DEPARTURE_SPREAD = timedelta(hours=3)


def _event(claim: Claim) -> str:
    e = f"{claim.event or ''} {claim.text}".casefold()
    if "arriv" in e or "return" in e or "reach" in e:
        return "arrival"
    if "depart" in e or "left" in e or "leave" in e:
        return "departure" if "en route" not in e else "en route"
    return "en route"


def _allowance(claim: Claim) -> timedelta:
    cfg = modes_config()["tolerances"]["clock"]
    text = claim.text.casefold()
    hours = cfg["part_of_day_h"] if any(w in text for w in PART_OF_DAY) else cfg["allowance_h"]
    return timedelta(hours=float(hours))


def fmt_time(t: datetime, zone: datetime | None = None) -> str:
    """'14:00 Wed 9 Jan (UTC+8)' in the zone of ``zone`` (default: t's own)."""
    if zone is not None and zone.tzinfo is not None:
        t = t.astimezone(zone.tzinfo)
    off = t.utcoffset()
    if off is None:
        label = ""
    else:
        hours = off.total_seconds() / 3600
        label = f" (UTC{hours:+g})"
    return f"{t:%H:%M} {t:%a} {t.day} {t:%b}{label}"


def _is_clock(t: datetime | None) -> bool:
    """A datetime that carries a time of day (a bare date parsed as midnight does not)."""
    return t is not None and t.tzinfo is not None and (t.hour, t.minute, t.second) != (0, 0, 0)


def _known_departures(journey: Journey, exclude: Claim) -> list[tuple[datetime, str]]:
    found: list[tuple[datetime, str]] = []
    for stop in journey.stops:
        if stop.depart is not None and _is_clock(stop.depart):
            found.append((stop.depart, f"{stop.place.name} (left {fmt_time(stop.depart)})"))
    for leg in journey.legs:
        if leg.depart is not None and _is_clock(leg.depart):
            found.append((leg.depart, f"{leg.origin} (left {fmt_time(leg.depart)})"))
    for c in journey.claims:
        if c is exclude or c.kind != "time" or c.time is None or _event(c) == "arrival":
            continue
        found.append(
            (c.time, f"{c.origin or 'the start'} ({c.text.strip()}, {c.outlet or c.source})")
        )
    return found


def judge_departure(journey: Journey, claim: Claim, match: LegMatch | None) -> tuple[Verdict, str]:
    assert claim.time is not None
    t, a = claim.time, _allowance(claim)
    own = journey.legs[match.indices[0]].depart if match and match.indices else None
    if own is not None and _is_clock(own):
        if own > t + a:
            return "inconsistent", (
                f"The leg from {claim.origin} is recorded as leaving at {fmt_time(own, t)}, after "
                f"{fmt_time(t)}."
            )
        return (
            "consistent",
            f"The leg from {claim.origin} is recorded as leaving at {fmt_time(own, t)}.",
        )
    earlier = [(d, w) for d, w in _known_departures(journey, claim) if t - LOOKBACK <= d <= t + a]
    if not earlier:
        return (
            "unverifiable",
            f"No other report gives a departure time to compare with {fmt_time(t)}.",
        )
    d, where = max(earlier, key=lambda x: x[0])
    gap = (t - d).total_seconds() / 3600
    return "consistent", (
        f"{fmt_time(t)} fits the previous reported departure, from {where}, {gap:.1f} h earlier."
        if gap >= 0
        else f"{fmt_time(t)} fits the reported departure from {where}."
    )


def _travel_window(
    journey: Journey, match: LegMatch, durations: Mapping[int, Sequence[Claim]]
) -> tuple[float, float, list[str]] | None:
    lo = hi = 0.0
    parts: list[str] = []
    for i in match.indices:
        leg = journey.legs[i]
        ranges = [r for r in (duration_range(c) for c in durations.get(i, ())) if r is not None]
        if ranges:
            r_lo, r_hi = max(r.low for r in ranges), min(r.high for r in ranges)
            if r_lo > r_hi:  # reports disagree: take their union
                r_lo, r_hi = min(r.low for r in ranges), max(r.high for r in ranges)
            parts.append(f"{leg.origin} - {leg.destination} {r_lo:.1f}-{r_hi:.1f} h as reported")
        else:
            m = leg.measures.get(MODE_MEASURE.get(leg.mode, "road")) or leg.measures.get("geodesic")
            if m is None:
                return None
            env = envelope_for(leg.mode, leg.vehicle)
            km_lo = m.low_km if m.low_km is not None else m.km
            km_hi = m.high_km if m.high_km is not None else m.km
            r_lo, r_hi = km_lo / env.high_kmh, km_hi / env.low_kmh
            parts.append(
                f"{leg.origin} - {leg.destination} {r_lo:.1f}-{r_hi:.1f} h for {m.km:,.0f} km at "
                f"{env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h"
            )
        lo += r_lo
        hi += r_hi
    return lo, hi, parts


def judge_arrival(
    journey: Journey, claim: Claim, match: LegMatch | None, durations: Mapping[int, Sequence[Claim]]
) -> tuple[Verdict, str]:
    assert claim.time is not None
    t, a = claim.time, _allowance(claim)
    if match is None or not match.indices:
        return (
            "unverifiable",
            f"The arrival at {fmt_time(t)} cannot be checked: the leg is not on the journey.",
        )
    window = _travel_window(journey, match, durations)
    if window is None:
        return (
            "unverifiable",
            "The arrival time cannot be checked: a leg on the way has no measure.",
        )
    t_lo, t_hi, parts = window
    first = journey.legs[match.indices[0]]
    deps = [
        (d, w)
        for d, w in _known_departures(journey, claim)
        if t - timedelta(hours=t_hi) - LOOKBACK <= d <= t + a
    ]
    own = [(d, w) for d, w in deps if claim.origin and claim.origin.casefold() in w.casefold()]
    dep_hi: datetime | None
    anchor = ""
    if first.depart is not None and _is_clock(first.depart):
        dep_lo = dep_hi = first.depart
    elif own:
        dep_hi = max(d for d, _ in own) + timedelta(
            hours=float(modes_config()["tolerances"]["clock"]["allowance_h"])
        )
        before = [d for d, _ in deps if d < min(x for x, _ in own)]
        dep_lo = max(before) if before else min(d for d, _ in own) - DEFAULT_DEPARTURE_SPREAD
    elif deps:
        # Only an earlier departure elsewhere (the guest house at noon): a lower bound only.
        dep_lo, anchor = max(deps, key=lambda x: x[0])
        dep_hi = None
    else:
        return (
            "unverifiable",
            f"No report gives the departure from {claim.origin}, so an arrival at "
            f"{fmt_time(t)} cannot be checked.",
        )
    arr_lo = dep_lo + timedelta(hours=t_lo)
    arr_hi = dep_hi + timedelta(hours=t_hi) if dep_hi is not None else None
    q = f"{claim.qualifier or ''} {claim.text}".casefold()
    earliest_only = arr_hi is None or any(w in q for w in ("as soon as", "earliest", "as early as"))
    ok = t + a >= arr_lo and (earliest_only or arr_hi is None or t - a <= arr_hi)
    travel = f"travelling {t_lo:.1f}-{t_hi:.1f} h ({'; '.join(parts)})"
    if arr_hi is not None and dep_hi is not None:
        basis = (
            f"Leaving {claim.origin} between {fmt_time(dep_lo)} and {fmt_time(dep_hi, dep_lo)} "
            f"and {travel} puts the arrival between {fmt_time(arr_lo, t)} and {fmt_time(arr_hi, t)}"
        )
    else:
        basis = (
            f"Leaving {claim.origin} no earlier than {fmt_time(dep_lo)} (after {anchor}) and "
            f"{travel} puts the arrival no earlier than {fmt_time(arr_lo, t)}"
        )
    if ok:
        return "consistent", f"{basis}; {claim.text.strip()!r} fits."
    side = (
        "earlier than the train could arrive"
        if t + a < arr_lo
        else "later than the latest likely arrival"
    )
    return "inconsistent", f"{basis}; {claim.text.strip()!r} ({fmt_time(t)}) is {side}."


def judge_time(
    journey: Journey, claim: Claim, match: LegMatch | None, durations: Mapping[int, Sequence[Claim]]
) -> tuple[Verdict, str]:
    if claim.time is None or claim.time.tzinfo is None:
        return "unverifiable", "The report gives no clock time with a known time zone."
    if _event(claim) == "arrival":
        return judge_arrival(journey, claim, match, durations)
    return judge_departure(journey, claim, match)
