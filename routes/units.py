"""Unit conversions for reported figures: every distance to km, every duration to hours.

Why a table and not pint: the press uses a dozen units, each with an exact legal definition,
and the reader converts a few figures per article. A 20-line table is exact, typed, imports
in microseconds and is easy to audit; pint would add a dependency and ~0.3 s of start-up
for no extra correctness.

Definitions (exact):

- international mile = 1.609344 km (international yard and pound agreement, 1959)
- nautical mile = 1.852 km (International Hydrographic Conference, 1929)
- yard = 0.9144 m, foot = 0.3048 m (1959 agreement)
- minute = 1/60 h, day = 24 h, week = 168 h

>>> to_km(520, "miles")
836.85888
>>> from_km(to_km(3.5, "nmi"), "nmi")
3.5
>>> to_hours(90, "minutes")
1.5
>>> speed_to_kmh(30, "mph")
48.28032
"""

from __future__ import annotations

import re
from typing import Final

#: kilometres per unit, keyed by canonical unit name
KM_PER: Final[dict[str, float]] = {
    "km": 1.0,
    "m": 0.001,
    "mi": 1.609344,
    "nmi": 1.852,
    "yd": 0.0009144,
    "ft": 0.0003048,
}

#: hours per unit, keyed by canonical unit name
HOURS_PER: Final[dict[str, float]] = {
    "h": 1.0,
    "min": 1.0 / 60.0,
    "s": 1.0 / 3600.0,
    "d": 24.0,
    "wk": 168.0,
}

#: spellings seen in news copy -> canonical unit name
_ALIASES: Final[dict[str, str]] = {
    # distance
    "km": "km", "kms": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km",
    "kilometres": "km", "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m",
    "mi": "mi", "mile": "mi", "miles": "mi",
    "nmi": "nmi", "nautical mile": "nmi", "nautical miles": "nmi", "nm": "nmi",
    "yd": "yd", "yard": "yd", "yards": "yd", "ft": "ft", "foot": "ft", "feet": "ft",
    # duration
    "h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h",
    "min": "min", "mins": "min", "minute": "min", "minutes": "min",
    "s": "s", "sec": "s", "secs": "s", "second": "s", "seconds": "s",
    "d": "d", "day": "d", "days": "d", "wk": "wk", "week": "wk", "weeks": "wk",
}

#: speed spellings -> (distance unit, time unit)
_SPEEDS: Final[dict[str, tuple[str, str]]] = {
    "km/h": ("km", "h"), "kmh": ("km", "h"), "kph": ("km", "h"), "km per hour": ("km", "h"),
    "kilometers per hour": ("km", "h"), "kilometres per hour": ("km", "h"),
    "kilometers an hour": ("km", "h"), "kilometres an hour": ("km", "h"),
    "mph": ("mi", "h"), "mi/h": ("mi", "h"), "miles per hour": ("mi", "h"),
    "miles an hour": ("mi", "h"),
    "knot": ("nmi", "h"), "knots": ("nmi", "h"), "kt": ("nmi", "h"), "kn": ("nmi", "h"),
}


def canonical_unit(name: str) -> str | None:
    """The canonical name of a distance or duration unit as spelled in text, or None."""
    return _ALIASES.get(" ".join(name.casefold().rstrip(".").split()))


def is_distance_unit(name: str) -> bool:
    unit = canonical_unit(name)
    return unit is not None and unit in KM_PER


def is_duration_unit(name: str) -> bool:
    unit = canonical_unit(name)
    return unit is not None and unit in HOURS_PER


def is_speed_unit(name: str) -> bool:
    return " ".join(name.casefold().split()) in _SPEEDS


def _per(unit: str, table: dict[str, float], what: str) -> float:
    """The size of ``unit`` in the table's base unit; ValueError when it is not a ``what``."""
    canon = canonical_unit(unit)
    if canon is None or canon not in table:
        raise ValueError(f"not a {what} unit: {unit!r}")
    return table[canon]


def _speed(unit: str) -> float:
    """km/h per one ``unit`` of speed; ValueError when it is not a speed."""
    key = " ".join(unit.casefold().split())
    if key not in _SPEEDS:
        raise ValueError(f"not a speed unit: {unit!r}")
    dist, per = _SPEEDS[key]
    return KM_PER[dist] / HOURS_PER[per]


def to_km(value: float, unit: str) -> float:
    """Convert a distance to kilometres; raises ValueError on a unit that is not a distance."""
    return value * _per(unit, KM_PER, "distance")


def from_km(km: float, unit: str) -> float:
    """Convert kilometres to another distance unit (the inverse of :func:`to_km`)."""
    return km / _per(unit, KM_PER, "distance")


def to_hours(value: float, unit: str) -> float:
    """Convert a duration to hours; raises ValueError on a unit that is not a duration."""
    return value * _per(unit, HOURS_PER, "duration")


def from_hours(hours: float, unit: str) -> float:
    """Convert hours to another duration unit (the inverse of :func:`to_hours`)."""
    return hours / _per(unit, HOURS_PER, "duration")


def speed_to_kmh(value: float, unit: str) -> float:
    """Convert a speed ("mph", "km/h", "knots", "miles an hour"...) to km/h."""
    return value * _speed(unit)


def kmh_to(value_kmh: float, unit: str) -> float:
    """Convert km/h to another speed unit (the inverse of :func:`speed_to_kmh`)."""
    return value_kmh / _speed(unit)


def speed_units() -> tuple[str, ...]:
    """Every speed spelling known, longest first (for building a matcher)."""
    return tuple(sorted(_SPEEDS, key=len, reverse=True))


def distance_units() -> tuple[str, ...]:
    return tuple(sorted((k for k, v in _ALIASES.items() if v in KM_PER), key=len, reverse=True))


def duration_units() -> tuple[str, ...]:
    return tuple(sorted((k for k, v in _ALIASES.items() if v in HOURS_PER), key=len, reverse=True))


__all__ = [
    "HOURS_PER",
    "KM_PER",
    "canonical_unit",
    "distance_units",
    "duration_units",
    "from_hours",
    "from_km",
    "is_distance_unit",
    "is_duration_unit",
    "is_speed_unit",
    "kmh_to",
    "speed_to_kmh",
    "speed_units",
    "to_hours",
    "to_km",
]


#: a time told in days, weeks or months ("33 days", "a week", "a 12-day trek")
_IN_DAYS = re.compile(r"(?<![\w-])(?:days?|weeks?|fortnights?|months?|nights?)(?![\w])|"
                      r"-(?:day|week|month)\b", re.IGNORECASE)


def told_in_days(words: str) -> bool:
    """Whether a duration's words count days or longer units: such a time is shown in days,
    and a walker or a rider told to take it is understood to rest at night."""
    return _IN_DAYS.search(words) is not None
