"""Verdicts on reported durations and speeds, through the average speed they imply.

A duration d (accepted range, see _tolerance.py) over a leg of length L implies an average
speed L/d. The leg's length is its best measure for its mode (published rail kilometres for a
train; the estimated road band for a car), and the speed is compared with the envelope of the
leg's vehicle (routes/data/modes.yaml ``speeds``):

* overlaps the envelope's average range -> consistent;
* needs more than the envelope's highest average -> inconsistent (and "impossible" when even
  the straight line would need more than the vehicle's top speed), unless the report tells of a
  record or a tailwind and the speed stays under the vehicle's top speed;
* slower than the envelope -> consistent, noting it allows for long stops, down to
  ``slow_fraction`` of the envelope's lower bound; slower still -> inconsistent.

Several durations reported for the same leg are then compared with each other: they agree when
their accepted ranges overlap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from routes import units
from routes.checking._distance import MODE_MEASURE, band, doubtful_ends
from routes.checking._envelopes import Envelope, envelope_for
from routes.checking._legs import LegMatch
from routes.checking._tolerance import (
    Accepted,
    duration_range,
    fmt_range,
    least_reached,
    speed_range,
)
from routes.models import TRAVEL_DAYS, Claim, Measure, Verdict
from routes.network._data import modes_config
from routes.network._estimates import from_geodesic


def leg_length(match: LegMatch, mode: str) -> Measure | None:
    """The measure a leg's speed is computed over: the mode's own, else the geodesic (a floor)."""
    own = match.measures.get(MODE_MEASURE.get(mode, "road"))
    return own if own is not None else None


def _span(m: Measure) -> tuple[float, float]:
    lo, hi = band(m)
    return (min(lo, m.km), max(hi, m.km))


def describe_duration(acc: Accepted, text: str) -> str:
    if acc.qualifier and acc.qualifier in modes_config()["tolerances"]["duration_phrases"]:
        return f"{acc.qualifier} ({fmt_range(acc.stated_low, acc.stated_high, 'h')})"
    lead = f"{acc.qualifier} " if acc.qualifier else ""
    low, high = acc.stated_low, acc.stated_high
    if acc.qualifier in _UPPER_WORDS:
        low = high  # "just under four hours" is "just under 4 h", not "just under 3.6-4.0 h"
    elif acc.qualifier in _LOWER_WORDS:
        high = low
    if 0 < high < 1:
        # "eight minutes", "about 50 minutes": in minutes, not "0.1 h"
        return f"{lead}{fmt_range(low * 60, high * 60, 'min')}".strip()
    if low >= 24 and low % 12 == 0 and (math.isinf(high) or high % 12 == 0) and (
            units.told_in_days(text)):
        # "33 days", "a week", "one and a half days": in days, as told, not "792 h" (but
        # "one day, 13 hours and 35 minutes" in hours)
        whole = low % 24 == 0 and (math.isinf(high) or high % 24 == 0)
        unit = "day" if low == high == 24 else "days"
        return f"{lead}{fmt_range(low / 24, high / 24, unit, 0 if whole else 1)}".strip()
    digits = 1 if low % 1 else 0
    return f"{lead}{fmt_range(low, high, 'h', digits)}".strip()


#: qualifiers whose number is the top of the range they allow ("nearly 4 h" is at most 4 h)
_UPPER_WORDS = frozenset({"just under", "nearly", "almost", "close to", "less than", "under",
                          "up to", "at most", "within", "fewer than"})
#: qualifiers whose number is the bottom ("just over 4 h" is at least 4 h)
_LOWER_WORDS = frozenset({"just over", "a little more than", "slightly more than", "more than",
                          "over", "at least"})


#: words telling a trip was exceptionally fast: "a record-breaking flight", "the fastest
#: crossing", "helped by a strong jet stream"
_EXCEPTIONAL = re.compile(r"\b(?:records?|record-(?:breaking|setting)|fastest|quickest|"
                          r"tailwinds?|jet\s+stream)\b", re.IGNORECASE)
#: how many times its vehicle's top speed a time must imply before the places, not the
#: figure, are in doubt (a helicopter at 20,000 km/h means a namesake across the world)
MISPLACED_SPEEDUP = 10.0
#: from how many hours a slow average proves nothing for a walker or a rider (nights, rests)
DAYS_OF_STOPS_H = 24.0
#: the envelopes (routes/data/modes.yaml) of travellers who rest by the day
MUSCLE_POWERED = frozenset({"walker", "bicycle"})


def _speed_verdict(
    lo_kmh: float, hi_kmh: float, env: Envelope, geo_kmh: float | None
) -> tuple[Verdict, str]:
    rng = fmt_range(lo_kmh, hi_kmh, "km/h")
    envelope = f"{env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h"
    if lo_kmh > env.high_kmh:
        extra = ""
        if geo_kmh is not None and geo_kmh > env.top_kmh:
            extra = (
                f"; even the straight line would need {geo_kmh:,.0f} km/h, above its top speed of "
                f"{env.top_kmh:,.0f} km/h, so the figure is impossible"
            )
        return (
            "inconsistent",
            f"an average of {rng}, faster than the {envelope} plausible for {env.label}{extra}",
        )
    floor = env.low_kmh * float(modes_config()["slow_fraction"])
    if hi_kmh < floor:
        return (
            "inconsistent",
            f"an average of only {rng}, far below the {envelope} usual for {env.label}",
        )
    if hi_kmh < env.low_kmh:
        return (
            "consistent",
            f"an average of {rng}, slow for {env.label} ({envelope}) unless it stopped for long",
        )
    note = ""
    if env.reported_top_kmh is not None and lo_kmh > env.reported_top_kmh:
        note = (
            f", though faster than the ~{env.reported_top_kmh:,.0f} km/h top speed "
            "often reported for it"
        )
    fits = "within" if env.low_kmh <= lo_kmh and hi_kmh <= env.high_kmh else "overlapping"
    return (
        "consistent",
        f"an average of {rng}, {fits} the {envelope} observed for {env.label}{note}",
    )


def judge_duration(
    claim: Claim, match: LegMatch | None, mode: str, env: Envelope, *, mode_guessed: bool = False
) -> tuple[Verdict, str, tuple[float, float] | None]:
    acc = duration_range(claim)
    if acc is None:
        return "unverifiable", "The report gives no length of time that can be measured.", None
    what = describe_duration(acc, claim.text)
    if acc.high <= 0:
        # No journey between two places takes no time; dividing by it would give no speed.
        return (
            "inconsistent",
            f"{what.capitalize()} is no time at all: travel between two places always takes some.",
            None,
        )
    if match is None:
        return (
            "unverifiable",
            f"{what.capitalize()} cannot be checked: the report does not say between which places, "
            "or they could not be placed on the map.",
            None,
        )
    a = match.origin.name if match.origin else claim.origin
    b = match.destination.name if match.destination else claim.destination
    if match.round_trip:
        b = f"{b} and back"
    geo = match.measures.get("geodesic")
    if not mode:
        # No leg joins the places, so the vehicle is unknown: only the fastest means (an
        # airliner over the straight line) can rule a duration out.
        fastest = envelope_for("air")
        if geo is not None and acc.high > 0 and geo.km / acc.high > fastest.top_kmh:
            return (
                "inconsistent",
                f"{what.capitalize()} from {a} to {b} would need {geo.km / acc.high:,.0f} km/h "
                f"in a straight line ({geo.km:,.0f} km), faster than an airliner.",
                None,
            )
        return (
            "unverifiable",
            f"{what.capitalize()}: the journey has no leg from {a} to {b}, so how they travelled "
            "(and how fast) is unknown.",
            None,
        )
    length = leg_length(match, mode)
    if length is None:
        if geo is None:
            return (
                "unverifiable",
                f"{what.capitalize()}: there is no measure of {a} - {b} to check it against.",
                None,
            )
        if geo.km < 1.0 and a == b:
            # a trip back where it began ("72 days after she left", round the world by ship
            # and train): its straight line says nothing, and no measure covers its legs
            return (
                "unverifiable",
                f"{what.capitalize()}: the trip ends where it began, at {a}, and no measure "
                "in the offline data covers the whole way round, so the figure cannot be "
                "checked.",
                None,
            )
        # No measure for the mode: the straight line still bounds the speed from below.
        lo_kmh = geo.km / acc.high
        if lo_kmh > env.top_kmh:
            return (
                "inconsistent",
                f"{what.capitalize()} from {a} to {b} would need at least {lo_kmh:,.0f} km/h "
                f"even in a straight line ({geo.km:,.0f} km), above the {env.top_kmh:,.0f} km/h "
                f"top speed of {env.label}.",
                (lo_kmh, math.inf),
            )
        if math.isinf(acc.high):  # "over four hours": no upper bound, so no speed floor
            bound = "sets no lower bound on the speed"
        else:
            bound = f"would mean at least {lo_kmh:,.0f} km/h, which proves nothing"
        return (
            "unverifiable",
            f"{what.capitalize()}: there is no {mode} measure of {a} - {b} in the offline data; "
            f"over the straight line ({geo.km:,.0f} km) it {bound}.",
            None,
        )
    if geo is not None and acc.high > 0 and geo.km / acc.high > (
            1.0 if match.alone else MISPLACED_SPEEDUP) * env.top_kmh:
        # far too fast for the vehicle; or too fast at all, to a town in a country no other
        # place of the story is in (a namesake abroad: León, Mexico for a Camino's León)
        doubt = doubtful_ends(match, 0.0)
        if doubt is not None:
            return (
                "unverifiable",
                f"{what.capitalize()} from {a} to {b} would need {geo.km / acc.high:,.0f} km/h "
                f"over the straight line, so one of them is likely not the place the story "
                f"means: {doubt}. Check where it is before judging the figure.",
                None,
            )
    lo_km, hi_km = _span(length)
    over = (
        f"the {length.km:,.0f} km {length.kind} route"
        if length.kind == "rail" and not from_geodesic(length)
        else (f"the {fmt_range(lo_km, hi_km, 'km')} {length.kind} estimate")
    )
    if env.daily_km is not None and units.told_in_days(claim.text) and (
            acc.stated_low >= TRAVEL_DAYS * DAYS_OF_STOPS_H):
        # (a walker or a rider told to take "33 days" rests at night: judged by the day)
        speeds = (lo_km / acc.stated_high if not math.isinf(acc.stated_high) else 0.0,
                  hi_km / acc.stated_low)
        verdict, per_day = _daily_verdict(lo_km, hi_km, acc, env, speeds,
                                          claim.sentence or "")
        return verdict, f"{what.capitalize()} over {over} from {a} to {b} implies {per_day}.", \
            speeds
    # The verdict uses the accepted range (tolerance included); the sentence quotes the speeds the
    # stated figures imply, which are the numbers a reader can recompute.
    lo_kmh = lo_km / acc.high if acc.high > 0 else math.inf
    hi_kmh = hi_km / acc.low if acc.low > 0 else math.inf
    geo_kmh = geo.km / acc.high if geo is not None and acc.high > 0 else None
    verdict, _ = _speed_verdict(lo_kmh, hi_kmh, env, geo_kmh)
    if verdict == "inconsistent" and env.mode == "air" and hi_kmh < env.low_kmh and (
            not mode_guessed):
        # a flight far slower than any airliner ("an eight-hour flight" from Washington to
        # Geneva, New York, 470 km): the place is the likelier mistake, as for one far too fast
        doubt = doubtful_ends(match, 0.0)
        if doubt is not None:
            return (
                "unverifiable",
                f"{what.capitalize()} from {a} to {b} would mean only {hi_kmh:,.0f} km/h at "
                f"most, far slower than {env.label}, so one of them is likely not the place "
                f"the story means: {doubt}. Check where it is before judging the figure.",
                None,
            )
    shown_lo = lo_km / acc.stated_high if acc.stated_high > 0 else math.inf
    shown_hi = hi_km / acc.stated_low if acc.stated_low > 0 else math.inf
    # an open-ended time bounds the speed on one side only: "more than 60 h" means at most
    # the speed over 60 h, "less than 5 h" at least the speed over 5 h
    if math.isinf(acc.high):
        shown_lo = 0.0
    elif acc.low <= 0:
        shown_hi = math.inf
    shown_verdict, speed = _speed_verdict(shown_lo, shown_hi, env, geo_kmh)
    rng = fmt_range(shown_lo, shown_hi, "km/h")
    if math.isinf(acc.high):
        speed = speed.replace(f"of {rng}", f"of at most {fmt_range(shown_hi, shown_hi, 'km/h')}",
                              1)
    elif math.isinf(shown_hi):
        speed = speed.replace(f"of {rng}", f"of at least {fmt_range(shown_lo, shown_lo, 'km/h')}",
                              1)
    if verdict == "consistent" and shown_verdict == "inconsistent":
        # the figure as written is just out of reach; the margin a rounded figure carries
        # (see _tolerance.py) brings it back, and the reader should see both
        speed += ", but within reach once the margin of a rounded figure is allowed for"
    if verdict == "inconsistent" and lo_kmh <= env.high_kmh and acc.low >= DAYS_OF_STOPS_H:
        # too slow over days, which stops can explain (a vehicle's slow average over one leg
        # still proves something: two weeks for a train's day trip is no timetable)
        if env.key in MUSCLE_POWERED:
            # "The pilgrimage took her 34 days": on foot or by bicycle, nights and rest days
            verdict = "unverifiable"
            speed += "; over days, nights and rests can explain that, so it proves nothing"
        elif _told_later(claim):
            # "reached Ulaanbaatar the next afternoon, and Irkutsk two days later": counted
            # from the arrival before, so the stay there is in it
            verdict = "unverifiable"
            speed += ("; told as the time from one arrival to the next, it holds the stay "
                      "between them, which can explain that, so it proves nothing")
        elif env.mode == "road":
            # "reached Kampala on Thursday, six days after leaving the port of Mombasa": a
            # driver sleeps, and waits at borders, as no timetable says
            verdict = "unverifiable"
            speed += ("; over days by road, nights and waits (at borders, for repairs) can "
                      "explain that, so it proves nothing")
        elif len(match.indices) > 1:
            # "arrived in Istanbul ... four days after leaving London", by way of Paris,
            # Venice and Belgrade: the stays between the legs, which the story does not time
            verdict = "unverifiable"
            speed += (f"; over days and {len(match.indices)} legs, the stops between them can "
                      "explain that, so it proves nothing")
    if (verdict == "inconsistent" and env.high_kmh < lo_kmh <= env.top_kmh
            and _EXCEPTIONAL.search(claim.sentence or "")):
        # "A record-breaking flight from New York to London took 4 hours and 56 minutes,
        # helped by a strong jet stream": a record lies beyond the usual averages by
        # definition; one under the vehicle's top speed is possible, and the report says why
        verdict = "consistent"
        speed += (f"; the report tells of a record or an exceptional tailwind, and even its "
                  f"lowest implied speed is under the {env.top_kmh:,.0f} km/h top speed of "
                  f"{env.label}")
    return (
        verdict,
        f"{what.capitalize()} over {over} from {a} to {b} implies {speed}.",
        (shown_lo, shown_hi),
    )


def _daily_verdict(lo_km: float, hi_km: float, acc: Accepted, env: Envelope,
                   shown: tuple[float, float], sentence: str) -> tuple[Verdict, str]:
    """A trip of several days on foot or by bicycle, judged by the kilometres a day it implies
    against ``env.daily_km`` (the verdict with the accepted range, the words with the stated
    one, ``shown`` in km/h, as :func:`judge_duration` does with speeds). Slowness proves
    nothing over days (rest days, stays); only too much ground a day does."""
    assert env.daily_km is not None and env.daily_top_km is not None
    low, high = env.daily_km
    usual = f"{low:,.0f}-{high:,.0f} km a day"
    fewest = lo_km * 24.0 / acc.high if not math.isinf(acc.high) else 0.0
    most = hi_km * 24.0 / acc.low if acc.low > 0 else math.inf
    rate = f"{fmt_range(shown[0] * 24.0, shown[1] * 24.0, 'km')} a day"
    if fewest > env.daily_top_km:
        return "inconsistent", (
            f"{rate}, more than the {env.daily_top_km:,.0f} km anyone has made in one day as "
            f"{env.label}, so the figure is impossible")
    if fewest > high:
        if _EXCEPTIONAL.search(sentence):
            return "consistent", (
                f"{rate}, more than the {usual} usual for {env.label}; the report tells of a "
                f"record, and it stays under the {env.daily_top_km:,.0f} km made in one day")
        return "inconsistent", f"{rate}, more than the {usual} usual for {env.label}"
    if most < low * float(modes_config()["slow_fraction"]):
        return "unverifiable", (
            f"{rate}, far fewer than the {usual} usual for {env.label}: over days, rest days "
            "or stays on the way can explain any slowness, so it proves nothing")
    if most < low:
        return "consistent", (
            f"{rate}, fewer than the {usual} usual for {env.label}: rest days or stays on the "
            "way can explain that")
    fits = "within" if low <= fewest and most <= high else "overlapping"
    return "consistent", f"{rate}, {fits} the {usual} usual for {env.label}"


def _told_later(claim: Claim) -> bool:
    """Whether a duration is told as how much later an arrival followed another ("reached
    Ulaanbaatar the next afternoon, and Irkutsk two days later"; not "left Beijing on Monday
    and arrived in Moscow six days later", counted from the leaving)."""
    at = claim.sentence.find(claim.text) if claim.sentence else -1
    if at < 0 or re.match(r"\s+later\b", claim.sentence[at + len(claim.text):]) is None:
        return False
    before = claim.sentence[:at]
    # (and "flew from Rome to Jakarta on April 16 ..., and on to Port Moresby three days
    # later": the next trip counted from the one before, the stay between them in it)
    return (_ARRIVED.search(before) is not None or _ON_TO.search(before) is not None) and (
        _LEFT.search(before) is None)


#: verbs of arriving and of leaving, told before a time "later"
_ARRIVED = re.compile(r"\b(?:reached|arrived|pulled\s+into|got\s+to|landed)\b", re.IGNORECASE)
_ON_TO = re.compile(r"\b(?:and|then)\s+(?:then\s+)?on\s+to\b", re.IGNORECASE)
_LEFT = re.compile(r"\b(?:left|leaving|departed|departing|set\s+(?:off|out)|took\s+off)\b",
                   re.IGNORECASE)


def told_as_average(claim: Claim) -> bool:
    """Whether a speed is told as an average ("an average speed of 62 km/h", "averaging 43
    km/h"), to be judged against the averages a vehicle keeps, not its top speed."""
    at = claim.sentence.find(claim.text) if claim.sentence else -1
    if at < 0:
        return False
    return bool(re.search(r"\baverag\w*\b(?:\s+[\w-]+){0,3}\s*$", claim.sentence[:at],
                          re.IGNORECASE))


def judge_speed(claim: Claim, env: Envelope | None) -> tuple[Verdict, str]:
    acc = speed_range(claim)
    if acc is None:
        return "unverifiable", "The report gives no number for this speed."
    fig = fmt_range(acc.stated_low, acc.stated_high, "km/h")
    if env is None:
        return "unverifiable", f"{fig}: the report does not say what travelled at this speed."
    if told_as_average(claim) and acc.low > env.high_kmh:
        return (
            "inconsistent",
            f"An average of {fig} is above the {env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h "
            f"averages plausible for {env.label} (its top speed, {env.top_kmh:,.0f} km/h, is "
            "reached only for moments).",
        )
    if least_reached(acc) > env.top_kmh:
        return (
            "inconsistent",
            f"{fig} is above the {env.top_kmh:,.0f} km/h top speed of {env.label}.",
        )
    if acc.high < env.low_kmh * float(modes_config()["slow_fraction"]):
        return (
            "inconsistent",
            f"{fig} is far below the {env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h usual "
            f"for {env.label}.",
        )
    return "consistent", (
        f"{fig} is within what {env.label} can do "
        f"(averages {env.low_kmh:,.0f}-{env.high_kmh:,.0f} km/h, "
        f"top {env.top_kmh:,.0f} km/h)."
    )


def agreement(claim: Claim, others: Sequence[Claim]) -> str:
    """One sentence on whether other durations reported for the same leg agree with this one."""
    mine = duration_range(claim)
    if mine is None or not others:
        return ""
    agree: list[str] = []
    disagree: list[str] = []
    for other in others:
        acc = duration_range(other)
        if acc is None:
            continue
        who = other.outlet or other.source
        label = f"{describe_duration(acc, other.text)} ({who})"
        (agree if mine.overlaps(acc.low, acc.high) else disagree).append(label)
    parts = []
    if agree:
        parts.append(f"agrees with {', '.join(agree)}")
    if disagree:
        parts.append(f"disagrees with {', '.join(disagree)}")
    return f"Among other reports for this leg, it {' and '.join(parts)}." if parts else ""
