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
from routes.checking._round_trip import doubled
from routes.checking._tolerance import Accepted
from routes.network._data import modes_config
from routes.network._estimates import from_geodesic

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
    the same match with the high-speed envelope when its rail length is an estimate (see
    :func:`unknown_line_note`); None otherwise."""
    if match is None or match.origin is None or match.destination is None:
        return None
    if not unclassed_train(mode, vehicle):
        return None
    slow = match.measures.get("rail")
    if slow is not None and from_geodesic(slow):
        # off the curated corridors the length is the same estimate for either train: only
        # the envelope changes, and whether a high-speed line runs there is not known
        # offline; but no high-speed train runs as far as the longest service
        longest = float(modes_config()["speeds"]["high_speed_train"]["longest_service_km"])
        if band(slow)[0] > longest:
            return None
        return match, envelope_for("rail", HIGH_SPEED)
    from routes.network import rail_measure

    fast = rail_measure(match.origin, match.destination, vehicle=HIGH_SPEED)
    if fast is None:
        return None
    if match.round_trip:
        fast = doubled(fast)
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


UNCLASSED_SPEED_NOTE = ("The story does not say which train: only a high-speed train reaches "
                        "this speed, not a conventional one.")


UNKNOWN_LINE_NOTE = ("Only a high-speed train could: the story does not say which train, and "
                     "whether a high-speed line joins {a} and {b} is not in the offline data, "
                     "so the figure cannot be ruled out.")


def unknown_line_note(match: LegMatch) -> str | None:
    """For an unclassed train whose figure fits only a high-speed train on a leg the curated
    corridors do not reach, why it is left open: a line may well run there (Rome - Naples in
    70 minutes is the high-speed timetable), but nothing offline says so. None when the rail
    length is measured on the corridors, where the line is known."""
    rail = match.measures.get("rail")
    if rail is None or not from_geodesic(rail):
        return None
    a = match.origin.name if match.origin is not None else "the two places"
    b = match.destination.name if match.destination is not None else ""
    return UNKNOWN_LINE_NOTE.format(a=a, b=b)


def line_named(match: LegMatch) -> str:
    """The high-speed line a measure runs along, as its source names it."""
    rail = match.measures.get("rail")
    if rail is None:
        return "high-speed line"
    via = rail.source.split(" via ", 1)[1] if " via " in rail.source else ""
    name = via.split(". Sources:", 1)[0].strip()
    return name or "high-speed line"
