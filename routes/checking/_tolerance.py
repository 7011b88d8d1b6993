"""Turn a reported figure and its qualifier into the range of true values it allows.

Why a table: "about 840 km" and "more than 840 km" say different things, and a verdict must not
depend on code nobody reads. The table lives in routes/data/modes.yaml (``tolerances``):

========================  ===================  ==========================================
qualifier                 accepted true value   why
========================  ===================  ==========================================
(none)                    0.95 v - 1.05 v       reporters round; 5 % covers rounding
about, around, roughly    0.90 v - 1.10 v       an explicit approximation
nearly, almost            0.90 v - v            the true value is a little below
more than, over           v - (no limit)        a lower bound only
less than, up to          0 - v                 an upper bound only
========================  ===================  ==========================================

Durations add a rounding allowance of 0.5 h either side (at most a tenth of the figure);
phrases without a number ("day-long", "overnight") map to hour ranges. Miles are converted to
kilometres (1 mi = 1.609344 km).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from routes.models import Claim
from routes.network._data import modes_config
from routes.units import speed_to_kmh, to_hours, to_km


@dataclass(frozen=True, slots=True)
class Accepted:
    """The stated figure (in canonical units) and the range of true values it allows."""

    low: float
    high: float
    stated_low: float
    stated_high: float
    qualifier: str

    def overlaps(self, lo: float, hi: float) -> bool:
        return self.low <= hi and lo <= self.high

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high


def _qualifier(claim: Claim) -> str:
    return (claim.qualifier or "").strip().casefold()


def _factors(table: dict[str, Any], qualifier: str) -> tuple[float, float]:
    entry: Any = table.get(qualifier)
    if entry is None:
        # Multi-word qualifiers the table lacks ("just about") fall back to a word they contain.
        entry = next((v for k, v in table.items() if k != "none" and k in qualifier.split()), None)
    if entry is None:
        entry = table["none"]
    lo, hi = entry
    return float(lo), (math.inf if hi is None else float(hi))


def _stated(claim: Claim) -> tuple[float, float] | None:
    low = claim.low if claim.low is not None else claim.high
    high = claim.high if claim.high is not None else claim.low
    if low is None or high is None:
        return None
    return (min(low, high), max(low, high))


def _scale(unit: str, convert: Callable[[float, str], float]) -> float | None:
    """How many base units (km, h, km/h) one ``unit`` is, by :mod:`routes.units`; None for a
    unit it does not know, so a claim built by hand in "furlongs" or "knots" for a distance is
    left unverifiable rather than read as kilometres."""
    try:
        return convert(1.0, unit)
    except ValueError:
        return None


def distance_range(claim: Claim) -> Accepted | None:
    """Accepted kilometres for a distance claim (None when it states no number)."""
    stated = _stated(claim)
    scale = _scale(claim.unit, to_km)
    if stated is None or scale is None:
        return None
    lo, hi = stated[0] * scale, stated[1] * scale
    q = _qualifier(claim)
    f_lo, f_hi = _factors(modes_config()["tolerances"]["distance"], q)
    return Accepted(lo * f_lo, hi * f_hi, lo, hi, q)


def duration_range(claim: Claim) -> Accepted | None:
    """Accepted hours for a duration claim; phrase-only claims use the phrase table."""
    cfg = modes_config()["tolerances"]
    q = _qualifier(claim)
    stated = _stated(claim)
    if stated is None:
        text = f"{q} {claim.text}".casefold()
        phrase = next((v for k, v in cfg["duration_phrases"].items() if k in text), None)
        if phrase is None:
            return None
        return Accepted(float(phrase[0]), float(phrase[1]), float(phrase[0]), float(phrase[1]), q)
    s = _scale(claim.unit, to_hours)
    if s is None:
        return None
    lo, hi = stated[0] * s, stated[1] * s
    table = cfg["duration"]
    if q in cfg["duration_phrases"]:
        # A phrase with numbers already attached (the reader's reading of "day-long"): take them as
        # the range itself.
        return Accepted(lo, hi, lo, hi, q)
    f_lo, f_hi = _factors(table, q)
    # Rounding: half an hour on a long trip, but never more than a tenth of a short one.
    pad = min(float(table["rounding_h"]), float(table.get("rounding_fraction", 0.1)) * hi)
    return Accepted(max(0.0, lo * f_lo - pad), hi * f_hi + pad, lo, hi, q)


def speed_range(claim: Claim) -> Accepted | None:
    """Accepted km/h for a speed claim (mph converted)."""
    stated = _stated(claim)
    scale = _scale(claim.unit, speed_to_kmh)
    if stated is None or scale is None:
        return None
    lo, hi = stated[0] * scale, stated[1] * scale
    f_lo, f_hi = _factors(modes_config()["tolerances"]["distance"], _qualifier(claim))
    return Accepted(lo * f_lo, hi * f_hi, lo, hi, _qualifier(claim))


def least_reached(acc: Accepted) -> float:
    """The least speed a claim says was reached. "Trains run at up to 300 km/h" tells the
    top speed they reach, not a bound below it (as "up to 300 km" of a distance is): set
    against a vehicle's top speed, it is the figure itself, as rounded as a plain one."""
    if acc.qualifier == "up to":
        return acc.stated_low * _factors(modes_config()["tolerances"]["distance"], "none")[0]
    return acc.low


def fmt_range(lo: float, hi: float, unit: str, digits: int = 0) -> str:
    """'840 km', '12-14 h', '80-93 km/h' (en dash avoided for plain-text outputs)."""

    if digits == 0 and 0 < hi < 1:
        digits = 1  # "0.3 km/h", not "0 km/h": a slow average must still read as a number

    def one(x: float) -> str:
        return f"{x:,.{digits}f}"

    if math.isinf(hi):
        return f"more than {one(lo)} {unit}"
    if one(lo) == one(hi):
        return f"{one(lo)} {unit}"
    return f"{one(lo)}-{one(hi)} {unit}"
