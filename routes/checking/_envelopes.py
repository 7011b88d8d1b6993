"""Which speed envelope applies to a leg: the vehicle's if the story names it, else the mode's.

Why by vehicle: "12 to 14 hours" for Beijing - Dandong is fast for the armoured train, slow for a
high-speed train and absurd on foot; the envelope is what turns a duration into a verdict. The
envelopes and their sources are in routes/data/modes.yaml (``speeds``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from routes.network._data import modes_config


@dataclass(frozen=True, slots=True)
class Envelope:
    key: str
    label: str
    mode: str
    low_kmh: float
    high_kmh: float
    top_kmh: float
    reported_top_kmh: float | None
    source: str
    #: kilometres a day usual over several days, and the most made in one (on foot, by
    #: bicycle: travellers who stop for the night), else None
    daily_km: tuple[float, float] | None = None
    daily_top_km: float | None = None


def _make(key: str, raw: dict[str, Any]) -> Envelope:
    low, high = raw["average_kmh"]
    rep = raw.get("reported_top_kmh")
    daily = raw.get("daily_km")
    return Envelope(
        key=key,
        label=str(raw.get("label", key)),
        mode=str(raw["mode"]),
        low_kmh=float(low),
        high_kmh=float(high),
        top_kmh=float(raw["top_kmh"]),
        reported_top_kmh=float(rep) if rep is not None else None,
        source=" ".join(str(raw.get("source", "")).split()),
        daily_km=(float(daily[0]), float(daily[1])) if daily else None,
        daily_top_km=float(raw["daily_top_km"]) if daily else None,
    )


def envelope_for(mode: str, vehicle: str | None = None) -> Envelope:
    """The envelope for a leg's vehicle (matched by keyword) or, failing that, its mode."""
    speeds: dict[str, dict[str, Any]] = modes_config()["speeds"]
    v = (vehicle or "").casefold()
    if v:
        # Specific vehicles first: an "armoured special train" must not fall to the word "train".
        for key, raw in speeds.items():
            if raw.get("default_for") is None and _word_starts(key).search(v):
                return _make(key, raw)
        for key, raw in speeds.items():
            if _word_starts(key).search(v):
                return _make(key, raw)
    for key, raw in speeds.items():
        if raw.get("default_for") == mode:
            return _make(key, raw)
    key, raw = next(iter(speeds.items()))
    return _make(key, raw)


@cache
def _word_starts(key: str) -> re.Pattern[str]:
    """An envelope's words where a word of the vehicle starts with one ("jets", "buses",
    "crh380a"), not inside a word: "Airbus jets" are no bus, a "railcar" is no car."""
    words = sorted((str(w).casefold() for w in modes_config()["speeds"][key].get("match", [])),
                   key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words) + ")")


@cache
def _vehicle_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each envelope's words as whole-word patterns, specific vehicles first (the same order
    :func:`envelope_for` tries them), with the mode they travel by."""
    speeds: dict[str, dict[str, Any]] = modes_config()["speeds"]
    order = [raw for raw in speeds.values() if raw.get("default_for") is None]
    order += [raw for raw in speeds.values() if raw.get("default_for") is not None]
    out = []
    for raw in order:
        words = sorted((str(w) for w in raw.get("match", [])), key=len, reverse=True)
        if words:
            pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b",
                                 re.IGNORECASE)
            out.append((pattern, str(raw["mode"])))
    return tuple(out)


def told_vehicle(sentence: str) -> tuple[str, str] | None:
    """The mode and vehicle a sentence names, as whole words ("The Eurostar from London to
    Paris takes 2 hours 16 minutes": rail, "eurostar"), for a figure told between two places
    that no leg of the journey joins; None when it names none."""
    for pattern, mode in _vehicle_words():
        m = pattern.search(sentence)
        if m:
            return mode, m[1].casefold()
    return None
