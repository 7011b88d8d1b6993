"""Verdicts on clock times: departures, "en route by", arrivals, checked against each other.

Times are aware datetimes, so Beijing (UTC+8) and Pyongyang (UTC+9 since May 2018) subtract
correctly; explanations print each time in the zone the report used.

Every stated time becomes a window by its precision (routes/data/modes.yaml,
``tolerances.clock``): a clock time +-1 h, a part of the day ("early Tuesday morning") +-3 h, a
bare day ("Wednesday", qualifier "date only") the whole local day. "En route by T" means the
departure lies in the 3 hours before T.

* A departure claim is resolved to the leg leaving its place (the inter-city leg when there is
  one). It is consistent when every other report of that departure overlaps its window, and
  inconsistent when another report rules it out. With no other report, an earlier reported
  departure on the way there (e.g. leaving the guest house at noon before being "en route by
  2 p.m.") must leave enough time for the legs in between; with nothing at all it is unverifiable.
* An arrival claim is compared with the window [earliest departure + shortest travel, latest
  departure + longest travel] over the legs since the last reported departure. Each leg's
  travel time comes from the durations reported for it (their common range) or from its length
  and the vehicle's speed envelope. When those legs pass through other stops, or the report says
  "as soon as", only the earliest possible arrival is a bound (stops may last any time).

A stop or leg time equal to the claim's own time at the same place is taken to be the same fact
(readers copy claim times onto stops) and is not counted as corroboration.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from routes.checking._distance import MODE_MEASURE
from routes.checking._envelopes import envelope_for
from routes.checking._legs import LegMatch, stands_for
from routes.checking._tolerance import duration_range, fmt_range
from routes.models import Claim, Journey, Verdict
from routes.network._data import modes_config

PART_OF_DAY = ("morning", "afternoon", "evening", "night", "dawn", "dusk", "midday")
CLOCK = re.compile(
    r"\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b|o'clock"
)
EN_ROUTE_SPREAD = timedelta(hours=3)
#: a claim window this wide is a date, not a time of day (a date spans 24 h less a second)
DAY_WINDOW = timedelta(hours=12)
#: How far back an earlier departure may corroborate a departure (same day) or bound an arrival
#: (a long train journey).
DEPARTURE_LOOKBACK = timedelta(hours=12)
ARRIVAL_LOOKBACK = timedelta(hours=96)
LONG_LEG_KM = 30.0
MAX_WALK_BACK = 6


@dataclass(frozen=True, slots=True)
class Window:
    lo: datetime
    hi: datetime
    label: str  # how to quote it: "by 2 p.m. Wednesday (Bloomberg)"

    def overlaps(self, other: Window) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


def _event(claim: Claim) -> str:
    e = f"{claim.event or ''}".casefold() or claim.text.casefold()
    if "arriv" in e or "return" in e or "reach" in e:
        return "arrival"
    if "en route" in e:
        return "en route"
    return "departure"


def fmt_time(t: datetime, zone: datetime | None = None) -> str:
    """'14:00 Wed 9 Jan (UTC+8)' in the zone of ``zone`` (default: t's own)."""
    if zone is not None and zone.tzinfo is not None:
        t = t.astimezone(zone.tzinfo)
    off = t.utcoffset()
    label = "" if off is None else f" (UTC{off.total_seconds() / 3600:+g})"
    return f"{t:%H:%M} {t:%a} {t.day} {t:%b}{label}"


def _who(claim: Claim) -> str:
    return claim.outlet or claim.source


def claim_window(claim: Claim) -> Window:
    """The stated time as a window, by its precision; "en route by T" as a departure window."""
    assert claim.time is not None
    t = claim.time
    cfg = modes_config()["tolerances"]["clock"]
    text = claim.text.casefold()
    q = (claim.qualifier or "").casefold()
    label = f"{claim.text.strip()!r} ({_who(claim)})"
    if "date only" in q or not (CLOCK.search(text) or any(w in text for w in PART_OF_DAY)):
        start = t.replace(hour=0, minute=0, second=0, microsecond=0)
        lo, hi = start, start + timedelta(hours=24) - timedelta(seconds=1)
    else:
        exact = CLOCK.search(text) is not None
        a = timedelta(hours=float(cfg["allowance_h" if exact else "part_of_day_h"]))
        lo, hi = t - a, t + a
    if _event(claim) == "en route" or q == "by":
        # Under way by T: the departure lies some time before T.
        lo = min(lo, t - EN_ROUTE_SPREAD)
    return Window(lo, hi, label)


def _is_clock(t: datetime | None) -> bool:
    return t is not None and t.tzinfo is not None


def _long(journey: Journey, i: int) -> bool:
    geo = journey.legs[i].measures.get("geodesic")
    return geo is not None and geo.km >= LONG_LEG_KM


def departure_leg(journey: Journey, origin: str | None) -> int | None:
    """The leg a "left X" report is about: the inter-city leg leaving X, else any leg leaving X."""
    if not origin:
        return None
    exact = [i for i, leg in enumerate(journey.legs) if leg.origin.casefold() == origin.casefold()]
    near = [i for i, leg in enumerate(journey.legs) if stands_for(journey, origin, leg.origin)]
    for group in (exact, near):
        long_legs = [i for i in group if _long(journey, i)]
        if long_legs:
            return long_legs[0]
    return exact[0] if exact else (near[0] if near else None)


def _origin_stop_departures(journey: Journey, i: int) -> list[datetime]:
    """Departure times recorded on the stop a leg leaves from."""
    leg = journey.legs[i]
    stops = journey.stops
    if len(stops) == len(journey.legs) + 1 and stops[i].place.name == leg.origin:
        candidates = [stops[i]]
    else:
        candidates = [s for s in stops if s.place.name == leg.origin]
    return [s.depart for s in candidates if s.depart is not None and _is_clock(s.depart)]


def departure_anchors(journey: Journey, i: int, exclude: Claim | None = None) -> list[Window]:
    """Every reported departure of leg i: claims about it, the leg's and its stop's own times."""
    out: list[Window] = []
    same_fact: set[datetime] = set()
    for c in journey.claims:
        if c.kind != "time" or c.time is None or _event(c) == "arrival":
            continue
        if departure_leg(journey, c.origin) != i:
            continue
        if c is exclude or (exclude is not None and c.origin and exclude.origin and (
                c.text, c.sentence, c.source) == (exclude.text, exclude.sentence,
                                                  exclude.source)):
            # (the same words of the same sentence, read for a city and its station, are one
            # report: it does not agree with itself)
            same_fact.add(c.time)
            continue
        out.append(claim_window(c))
    leg = journey.legs[i]
    deps = _origin_stop_departures(journey, i)
    times = [t for t in [leg.depart, *deps] if t is not None and _is_clock(t)]
    for t in dict.fromkeys(times):
        if t in same_fact or any(
            w.lo <= t <= w.hi and w.hi - w.lo <= timedelta(hours=6) for w in out
        ):
            continue  # the same fact, copied onto the stop or leg
        if (t.hour, t.minute, t.second, t.microsecond) == (0, 0, 0, 0):
            # A bare date (a journey file's "depart: 2019-01-09") is a day, not midnight.
            end = t + timedelta(hours=24) - timedelta(seconds=1)
            out.append(Window(t, end, f"{leg.origin} left on {t:%a} {t.day} {t:%b}"))
        else:
            out.append(Window(t, t, f"{leg.origin} left at {fmt_time(t)}"))
    return out


def _travel_window(
    journey: Journey, indices: Sequence[int], durations: Mapping[int, Sequence[Claim]]
) -> tuple[float, float, list[str]] | None:
    lo = hi = 0.0
    parts: list[str] = []
    for i in indices:
        leg = journey.legs[i]
        ranges = [r for r in (duration_range(c) for c in durations.get(i, ())) if r is not None]
        if ranges:
            r_lo, r_hi = max(r.low for r in ranges), min(r.high for r in ranges)
            if r_lo > r_hi:  # reports disagree: take their union
                r_lo, r_hi = min(r.low for r in ranges), max(r.high for r in ranges)
            told = (f"at least {r_lo:.1f} h" if math.isinf(r_hi)  # "more than 20 hours"
                    else f"{r_lo:.1f}-{r_hi:.1f} h")
            parts.append(f"{leg.origin} - {leg.destination} {told} as reported")
        else:
            m = leg.measures.get(MODE_MEASURE.get(leg.mode, "road")) or leg.measures.get("geodesic")
            if m is None:
                return None
            env = envelope_for(leg.mode, leg.vehicle)
            km_lo = m.low_km if m.low_km is not None else m.km
            km_hi = m.high_km if m.high_km is not None else m.km
            r_lo, r_hi = km_lo / env.high_kmh, km_hi / env.low_kmh
            length = (f"{m.km:,.0f} km" if km_lo == km_hi  # an estimate's whole band
                      else fmt_range(km_lo, km_hi, "km"))
            parts.append(
                f"{leg.origin} - {leg.destination} {r_lo:.1f}-{r_hi:.1f} h for {length} at "
                f"{env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h"
            )
        lo += r_lo
        hi += r_hi
    return lo, hi, parts


def _joined(windows: Sequence[Window]) -> Window:
    """The common part of several reports of one departure (their union if they disagree)."""
    lo, hi = max(w.lo for w in windows), min(w.hi for w in windows)
    if lo > hi:
        lo, hi = min(w.lo for w in windows), max(w.hi for w in windows)
    return Window(lo, hi, "; ".join(w.label for w in windows))


def _earlier_anchor(
    journey: Journey,
    j: int,
    before: datetime,
    durations: Mapping[int, Sequence[Claim]],
    exclude: Claim | None,
    lookback: timedelta,
) -> tuple[int, Window] | None:
    """Walk back from leg j to the nearest leg with a reported departure in ``lookback`` before."""
    for i in range(j, max(-1, j - MAX_WALK_BACK), -1):
        anchors = [
            w
            for w in departure_anchors(journey, i, exclude)
            if w.lo <= before and w.hi >= before - lookback
        ]
        if anchors:
            return i, _joined(anchors)
    return None


def judge_departure(
    journey: Journey, claim: Claim, durations: Mapping[int, Sequence[Claim]]
) -> tuple[Verdict, str]:
    w = claim_window(claim)
    i = departure_leg(journey, claim.origin)
    if i is None:
        if claim.origin and journey.stops and any(
                claim.origin in (s.place.name, s.place.city) for s in journey.stops):
            # (a stop at the city's airport or station is the city's: "Kuala Lumpur")
            return "unverifiable", (
                f"{w.label} cannot be checked: no leg of the journey leaves {claim.origin} "
                "(the story does not say where the traveller went next)."
            )
        return "unverifiable", (
            f"{w.label} cannot be checked: {claim.origin or 'the place left'} is not on the "
            "journey."
        )
    place = journey.legs[i].origin
    others = departure_anchors(journey, i, exclude=claim)
    bad = [o for o in others if not w.overlaps(o)]
    if bad:
        return "inconsistent", (
            f"{w.label} does not fit other reports of the departure from {place}: "
            f"{'; '.join(o.label for o in bad)}."
        )
    sentences: list[str] = []
    if others:
        sentences.append(
            f"{w.label} agrees with the other reports of the departure from {place}: "
            f"{'; '.join(o.label for o in others)}."
        )
    found = (
        _earlier_anchor(journey, i - 1, w.hi, durations, claim, DEPARTURE_LOOKBACK)
        if i > 0
        else None
    )
    if found is not None:
        k, anchor = found
        window = _travel_window(journey, range(k, i), durations)
        if window is not None:
            earliest = anchor.lo + timedelta(hours=window[0])
            if w.hi < earliest:
                return "inconsistent", (
                    f"{w.label} is too early: after {anchor.label}, the way to {place} takes at "
                    f"least {window[0]:.1f} h."
                )
            lead = "It also fits" if sentences else f"{w.label} fits"
            when = ","
            mid = anchor.lo + (anchor.hi - anchor.lo) / 2
            assert claim.time is not None
            gap = (claim.time - mid).total_seconds() / 3600
            if w.hi - w.lo < DAY_WINDOW and round(gap, 1) > 0:
                # only a time of day has a gap to state; a date alone ("Wednesday") spans the
                # day, and "about 0.0 h before" would say nothing
                when = f", about {gap:.1f} h before,"
            sentences.append(
                f"{lead} the earlier report ({anchor.label}){when} which leaves time for the "
                f"way to {place} (at least {window[0]:.1f} h)."
            )
    if sentences:
        return "consistent", " ".join(sentences)
    return "unverifiable", (
        f"No other report gives the time of the departure from {place} to compare with {w.label}."
    )


def _span(w: Window) -> str:
    if w.lo == w.hi:
        return f"at {fmt_time(w.lo)}"
    return f"between {fmt_time(w.lo)} and {fmt_time(w.hi, w.lo)}"


def _passes_only(journey: Journey, indices: Sequence[int]) -> bool:
    """True when the legs join without an intermediate stop of unknown length."""
    for i in indices[1:]:
        name = journey.legs[i].origin
        if not any(pm.place.name == name and pm.role == "passed" for pm in journey.places):
            return False
    return True


def _arrival_candidates(journey: Journey, claim: Claim, match: LegMatch | None) -> list[int]:
    """Legs that may be the arrival reported: the claim's own leg, else legs into its place
    (legs ending at a place of exactly that name first)."""
    if match is not None and match.indices and not match.reversed:
        return [match.indices[-1]]
    dest = claim.destination
    if not dest:
        return []
    into = [j for j, leg in enumerate(journey.legs) if stands_for(journey, dest, leg.destination)]
    exact = [j for j in into if journey.legs[j].destination.casefold() == dest.casefold()]
    return exact + [j for j in into if j not in exact]


def _departure_for(
    journey: Journey,
    claim: Claim,
    match: LegMatch | None,
    j: int,
    w: Window,
    durations: Mapping[int, Sequence[Claim]],
) -> tuple[int, Window] | None:
    if match is not None and match.indices and not match.reversed:
        start = match.indices[0]
        anchors = [a for a in departure_anchors(journey, start, claim) if a.lo <= w.hi]
        if anchors:
            return start, _joined(anchors)
        if start == 0:
            return None
        return _earlier_anchor(journey, start - 1, w.hi, durations, claim, ARRIVAL_LOOKBACK)
    return _earlier_anchor(journey, j, w.hi, durations, claim, ARRIVAL_LOOKBACK)


#: a window this wide is a day told with no clock
DAY_ONLY = timedelta(hours=12)
_HALTS = "which halts the story does not tell could explain (only days are given)"


def judge_arrival(
    journey: Journey, claim: Claim, match: LegMatch | None, durations: Mapping[int, Sequence[Claim]]
) -> tuple[Verdict, str]:
    w = claim_window(claim)
    t = claim.time
    assert t is not None
    candidates = _arrival_candidates(journey, claim, match)
    if not candidates:
        return "unverifiable", (
            f"{w.label} cannot be checked: the report does not say where, or the place is not "
            "on the journey."
        )
    q = f"{claim.qualifier or ''} {claim.text}".casefold()
    earliest_only = any(x in q for x in ("as soon as", "earliest", "as early as"))
    # (how the told arrival stands against the one worked out, the explanation, departure)
    results: list[tuple[Literal["fits", "halts", "late", "early"], str, datetime]] = []
    for j in candidates:
        found = _departure_for(journey, claim, match, j, w, durations)
        if found is None:
            continue
        k, dep = found
        indices = list(range(k, j + 1))
        window = _travel_window(journey, indices, durations)
        if window is None:
            continue
        t_lo, t_hi, parts = window
        arr_lo = dep.lo + timedelta(hours=t_lo)
        # an open-ended report ("more than 20 hours") bounds the arrival on one side only
        bounded = not earliest_only and _passes_only(journey, indices) and math.isfinite(t_hi)
        arr_hi = dep.hi + timedelta(hours=t_hi) if bounded else None
        ok = w.hi >= arr_lo and (arr_hi is None or w.lo <= arr_hi)
        origin = journey.legs[k].origin
        if arr_hi is not None:
            basis = (
                f"Leaving {origin} {_span(dep)} ({dep.label}) and travelling "
                f"{t_lo:.1f}-{t_hi:.1f} h ({'; '.join(parts)}) puts the arrival between "
                f"{fmt_time(arr_lo, t)} and {fmt_time(arr_hi, t)}"
            )
        else:
            basis = (
                f"Leaving {origin} {_span(dep)} ({dep.label}) and travelling at least {t_lo:.1f} h "
                f"({'; '.join(parts)}) puts the arrival no earlier than {fmt_time(arr_lo, t)}"
            )
        if ok:
            results.append(("fits", f"{basis}; {w.label} fits.", dep.lo))
        elif (w.lo > arr_hi if arr_hi is not None else False) and (
                w.hi - w.lo >= DAY_ONLY and dep.hi - dep.lo >= DAY_ONLY):
            # days told, no clocks ("left Pyongyang on Sunday and reached Khasan on Tuesday"):
            # halts of a day or more are common and untold, so late proves nothing
            results.append(("halts", f"{basis}; {w.label} is later, {_HALTS}.", dep.lo))
        elif w.hi < arr_lo:
            side = "earlier than the traveller could arrive"
            results.append(("early", f"{basis}; {w.label} is {side}.", dep.lo))
        else:
            side = "later than the latest likely arrival"
            results.append(("late", f"{basis}; {w.label} is {side}.", dep.lo))
    if not results:
        return "unverifiable", (
            f"No report gives a departure before {w.label} to check the arrival against."
        )
    fitting = [r for r in results if r[0] == "fits"]
    # The leg the report most plausibly means: the first that fits, else the latest departure.
    chosen = fitting[0] if fitting else max(results, key=lambda r: r[2])
    if chosen[0] == "halts":
        return "unverifiable", chosen[1]
    if chosen[0] == "late" and any(
            not leg.mode_told for leg in journey.legs[:max(candidates) + 1]):
        # a mode guessed from the distance (a flight) makes a late arrival no error: the story
        # may have gone by land ("The California Zephyr ... rolled into Emeryville on Sunday")
        return "unverifiable", (f"{chosen[1]} But the story does not say how the traveller "
                                "went, and a slower way than the one assumed would explain it.")
    return ("consistent" if chosen[0] == "fits" else "inconsistent"), chosen[1]


def judge_time(
    journey: Journey, claim: Claim, match: LegMatch | None, durations: Mapping[int, Sequence[Claim]]
) -> tuple[Verdict, str]:
    if claim.time is None or claim.time.tzinfo is None:
        return "unverifiable", "The report gives no clock time with a known time zone."
    if _event(claim) == "arrival":
        return judge_arrival(journey, claim, match, durations)
    return judge_departure(journey, claim, durations)
