"""A train the story does not class: judged as the train that could have made the trip.

Why: "took the train from Beijing South to Tianjin, 120 km in 30 minutes" names no class of
train, and the default envelope (a conventional train, on the old line's 137 km) calls the
figure impossible, though the intercity high-speed trains run it in half an hour. Between two
places the curated network joins by a high-speed line, an unclassed train may be either kind.
A figure that fits only the high-speed train is consistent, and the explanation says which
train it had to be, so the desk can check that it was one.

An unclassed train is a rail leg whose vehicle is missing or only a generic word ("train",
"rail"); "sleeper", "express", an armoured special train or a named service keep their own
envelope and are never re-read as high-speed.
"""

from __future__ import annotations

from dataclasses import replace

from routes.checking._distance import band
from routes.checking._envelopes import Envelope, envelope_for
from routes.checking._legs import LegMatch
from routes.checking._tolerance import Accepted

#: vehicles that say only "by rail", not which train
GENERIC_TRAIN = frozenset({"", "train", "trains", "rail", "railway"})

#: the vehicle a high-speed reading is measured and judged with (its words select the
#: high-speed envelope in routes/data/modes.yaml)
HIGH_SPEED = "high-speed train"


def unclassed_train(mode: str, vehicle: str | None) -> bool:
    """Whether a leg goes by a train the story does not class."""
    return mode == "rail" and (vehicle or "").casefold().strip() in GENERIC_TRAIN


def high_speed_reading(match: LegMatch | None, mode: str,
                       vehicle: str | None) -> tuple[LegMatch, Envelope] | None:
    """The same match measured along high-speed lines, with the high-speed envelope, when the
    train is unclassed and such a line joins its ends by another route than the one measured;
    None otherwise."""
    if match is None or match.origin is None or match.destination is None:
        return None
    if not unclassed_train(mode, vehicle):
        return None
    from routes.network import rail_measure

    fast = rail_measure(match.origin, match.destination, vehicle=HIGH_SPEED)
    if fast is None:
        return None
    slow = match.measures.get("rail")
    if slow is not None and abs(slow.km - fast.km) < 0.5 and slow.source == fast.source:
        return None  # the same track either way: nothing new to judge on
    return (replace(match, measures={**match.measures, "rail": fast}),
            envelope_for("rail", HIGH_SPEED))


def fits_rail(acc: Accepted, match: LegMatch) -> bool:
    """Whether a distance fits the match's rail measure."""
    rail = match.measures.get("rail")
    return rail is not None and acc.overlaps(*band(rail))


UNCLASSED_NOTE = ("The story does not say which train: this holds for a high-speed train on "
                  "the {line}, not for a conventional one.")


def line_named(match: LegMatch) -> str:
    """The high-speed line a measure runs along, as its source names it."""
    rail = match.measures.get("rail")
    if rail is None:
        return "high-speed line"
    via = rail.source.split(" via ", 1)[1] if " via " in rail.source else ""
    name = via.split(". Sources:", 1)[0].strip()
    return name or "high-speed line"
