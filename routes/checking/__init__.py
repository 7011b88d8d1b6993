"""Verdicts on every reported figure: does it hold up against the geometry, and why.

``check_journey(journey)`` fills, for each Claim, ``verdict`` ("consistent", "inconsistent",
"unverifiable"), a one- or two-sentence ``explanation`` with the numbers a fact-checker can
quote, ``measures`` ({"geodesic_km", "rail_km", "road_km", "air_km"}), ``leg`` (index of the
first leg the claim is about) and, for durations, ``implied_speed_kmh``. Run it after
``routes.network.measure_journey`` (legs without measures make their claims unverifiable).

How each kind is judged (each module documents its rules and tolerances):

* distance: routes/checking/_distance.py (straight-line floor, the mode's measure, other measures);
* duration and speed: routes/checking/_duration.py (implied average speed against the vehicle's
  speed envelope; durations reported for the same leg compared with each other);
* clock times: routes/checking/_clock.py (departures, "en route by", arrivals, across time zones).

Tolerances and envelopes, with their sources: routes/data/modes.yaml.
"""

from __future__ import annotations

import math

from routes import units
from routes.checking._clock import judge_time
from routes.checking._distance import judge_distance
from routes.checking._duration import agreement, judge_duration, judge_speed, told_as_average
from routes.checking._envelopes import Envelope, envelope_for, told_vehicle
from routes.checking._legs import (
    LegMatch,
    alone_in_country,
    far_alone_ends,
    match_claim,
    placed_alone,
)
from routes.checking._round_trip import there_and_back, told_as_round_trip
from routes.checking._tolerance import (
    Accepted,
    distance_range,
    duration_range,
    fmt_range,
    speed_range,
)
from routes.checking._train_class import (
    HIGH_SPEED,
    UNCLASSED_NOTE,
    UNCLASSED_SPEED_NOTE,
    fits_rail,
    high_speed_reading,
    line_named,
    unclassed_train,
    unknown_line_note,
)
from routes.models import TRAVEL_DAYS, Claim, Journey
from routes.network._data import modes_config

__all__ = [
    "Accepted",
    "Envelope",
    "LegMatch",
    "check_claim",
    "check_journey",
    "distance_range",
    "duration_range",
    "envelope_for",
    "match_claim",
    "speed_range",
]


def _mode_and_vehicle(journey: Journey, match: LegMatch | None) -> tuple[str, str | None]:
    if match is None or not match.indices:
        # No leg joins the places (measured directly): the mode is the one the claim's own
        # sentence names ("The Eurostar from London to Paris takes ..."), else unknown.
        return (match.mode, match.vehicle) if match is not None else ("", None)
    legs = match.legs(journey)
    # A chain is judged by its longest-distance mode: a flight if any leg flies (a train to
    # the airport and a flight across the Atlantic are no train's 8,000 km), else rail if any
    # leg is rail, else the first leg's.
    for mode in ("air", "rail"):
        for leg in legs:
            if leg.mode == mode:
                return mode, leg.vehicle
    return legs[0].mode, legs[0].vehicle


def _fill_measures(claim: Claim, match: LegMatch | None) -> None:
    keys = {"geodesic": "geodesic_km", "rail": "rail_km", "road": "road_km", "air": "air_km"}
    out: dict[str, float | None] = {"geodesic_km": None, "rail_km": None, "road_km": None}
    if match is not None:
        for kind, key in keys.items():
            m = match.measures.get(kind)
            if m is not None:
                out[key] = round(m.km, 1)
    claim.measures = out


def check_claim(
    journey: Journey, claim: Claim, durations: dict[int, list[Claim]] | None = None
) -> Claim:
    """Judge one claim in the context of its journey (other claims inform durations and times)."""
    match = match_claim(journey, claim)
    if match is not None and claim.kind in ("distance", "duration") and told_as_round_trip(claim):
        match = there_and_back(match)
    mode, vehicle = _mode_and_vehicle(journey, match)
    _fill_measures(claim, match)
    claim.leg = match.indices[0] if match is not None and match.indices else None
    if claim.kind == "distance":
        # ("The flight from Athens to Vilnius ... covers some 1,700 miles": the flight's own
        # length, not a distance between the places that the road might measure)
        told = told_vehicle(claim.sentence or "") if mode == "air" else None
        claim.verdict, claim.explanation = judge_distance(
            claim, match, mode, told_own=told is not None and told[0] == "air")
        _as_high_speed_distance(claim, match, mode, vehicle)
        _doubt_far_namesakes(claim, match)
    elif claim.kind == "duration":
        env = envelope_for(mode, vehicle)
        guessed = match is not None and any(not leg.mode_told for leg in match.legs(journey))
        claim.verdict, text, speeds = judge_duration(claim, match, mode, env,
                                                     mode_guessed=guessed)
        fast = high_speed_reading(match, mode, vehicle) if claim.verdict == "inconsistent" \
            else None
        if fast is not None:
            verdict, fast_text, fast_speeds = judge_duration(claim, fast[0], mode, fast[1])
            if verdict == "consistent":
                # an unclassed train that only a high-speed one could be (_train_class.py)
                match, env = fast
                speeds = fast_speeds
                unknown = unknown_line_note(match)
                if unknown is not None:
                    # off the corridors nothing says whether a high-speed line runs there
                    claim.verdict, text = "unverifiable", f"{fast_text} {unknown}"
                else:
                    claim.verdict = verdict
                    text = f"{fast_text} {UNCLASSED_NOTE.format(line=line_named(match))}"
                    _fill_measures(claim, match)
        if (claim.verdict == "inconsistent" and guessed and speeds is not None
                and speeds[1] < env.low_kmh):
            # slower than the mode guessed from the distance (a flight): the story does not
            # say how they went, and a slower way would explain it
            claim.verdict = "unverifiable"
            text = (f"{text} But the story does not say how the traveller went, and a slower "
                    "way than the one assumed would explain it.")
        claim.implied_speed_kmh = speeds
        if match is not None and match.indices:
            others = [
                c
                for c in journey.claims
                if c is not claim and c.kind == "duration" and _same_span(journey, c, match)
            ]
            extra = agreement(claim, others)
            text = f"{text} {extra}".strip()
        claim.explanation = text
        if mode:
            _against_its_distance(journey, claim, env)
        _doubt_far_namesakes(claim, match)
    elif claim.kind == "speed":
        speed_env, by = (envelope_for(mode, vehicle), vehicle) if (
            match is not None and match.indices) else (None, None)
        if speed_env is None:
            speed_env, by = _own_vehicle(claim), None  # "A maglev train ... reached 431 km/h"
        if speed_env is None:
            speed_env, by = _one_vehicle(journey)  # "the train hit 320 km/h near Nagoya"
        if speed_env is None and not journey.legs and (
                told := told_vehicle(claim.sentence or "")) is not None:
            # "A driver who was travelling at about 130 miles per hour ... before a crash",
            # in a story whose trip never got where it was going: the vehicle its sentence names
            # (of the class the story names it by elsewhere: "The seven-car train held a speed
            # above 600 km/h", after "A Japanese magnetic levitation train reached 603 km/h")
            speed_env, by = _classed_elsewhere(journey, told[0]) or (
                envelope_for(*told), told[1])
        claim.verdict, claim.explanation = judge_speed(claim, speed_env)
        if (claim.verdict == "inconsistent" and speed_env is not None
                and unclassed_train(speed_env.mode, by)):
            # "Trains run at up to 300 km/h" on a line the story does not class: too fast for
            # a conventional train, not for a high-speed one
            verdict, text = judge_speed(claim, envelope_for("rail", HIGH_SPEED))
            if verdict == "consistent":
                claim.verdict, claim.explanation = verdict, f"{text} {UNCLASSED_SPEED_NOTE}"
        _average_against_its_figures(journey, claim)
    elif claim.kind == "time":
        try:
            claim.verdict, claim.explanation = judge_time(journey, claim, match,
                                                          durations or {})
            _doubt_far_namesake_times(journey, claim)
        except OverflowError:
            # a window around 31 December 9999, or a trip of 10^11 hours: past the calendar
            claim.verdict, claim.explanation = (
                "unverifiable",
                f"{claim.text!r} cannot be checked: the times it would be compared with fall "
                "outside the calendar (years 1 to 9999).",
            )
    else:
        claim.verdict, claim.explanation = (
            "unverifiable",
            f"Claims of kind {claim.kind!r} are not checked.",
        )
    return claim


def _average_against_its_figures(journey: Journey, claim: Claim) -> None:
    """An average speed told with the distance and the time it averages ("covered the 170 km
    in 3 hours 56 minutes, an average speed of 62 km/h") must be their quotient: 43 km/h
    there, so the stated average is wrong, whatever the vehicle."""
    if not claim.sentence or not told_as_average(claim):
        return
    same = [c for c in journey.claims if c.sentence == claim.sentence and c is not claim]
    # (else the same trip's, told in another sentence: "covered 7,212 km at an average of
    # about 95 km/h ... The flight lasted 117 hours and 52 minutes")
    leg = [c for c in journey.claims if c is not claim and c.origin and c.destination
           and (c.origin, c.destination) == (claim.origin, claim.destination)]
    dist = next((c for c in [*same, *leg] if c.kind == "distance"), None)
    time = next((c for c in [*same, *leg] if c.kind == "duration"), None)
    if dist is None or time is None:
        return
    far, took, said = distance_range(dist), duration_range(time), speed_range(claim)
    if far is None or took is None or said is None or took.low <= 0 or math.isinf(took.high):
        return
    low, high = far.low / took.high, far.high / took.low
    quotient = (far.stated_low + far.stated_high) / (took.stated_low + took.stated_high)
    if said.low > high and units.told_in_days(time.text) and (
            took.stated_low >= TRAVEL_DAYS * 24):
        # "1,400 km ... 47 days at an average speed of about 10 kph": over days the average
        # is the one kept while moving, and the days hold the rests
        moving = quotient * 24 / ((said.stated_low + said.stated_high) / 2)
        told = fmt_range(said.stated_low, said.stated_high, "km/h")
        claim.explanation = (
            f"{claim.explanation} Over {time.text} the {dist.text} are about "
            f"{quotient:,.1f} km/h round the clock, so {told} is the average while moving, "
            f"about {moving:,.0f} hours a day.").strip()
        return
    if said.high < low or said.low > high:
        claim.verdict = "inconsistent"
        claim.explanation = (
            f"An average of {fmt_range(said.stated_low, said.stated_high, 'km/h')} does not "
            f"follow from the {dist.text} in {time.text} the report gives: that is about "
            f"{quotient:,.0f} km/h ({fmt_range(low, high, 'km/h')} allowing for rounding).")


def _as_high_speed_distance(claim: Claim, match: LegMatch | None, mode: str,
                            vehicle: str | None) -> None:
    """A distance that fits the high-speed line, not the old one, for an unclassed train
    ("the 120 km ride" to Tianjin): judged on the high-speed line (see _train_class.py)."""
    acc = distance_range(claim)
    if acc is None or match is None or fits_rail(acc, match):
        return
    fast = high_speed_reading(match, mode, vehicle)
    if fast is None or not fits_rail(acc, fast[0]):
        return
    verdict, text = judge_distance(claim, fast[0], mode)
    if verdict == "consistent":
        claim.verdict = verdict
        claim.explanation = f"{text} {UNCLASSED_NOTE.format(line=line_named(fast[0]))}"
        _fill_measures(claim, fast[0])


def _doubt_far_namesakes(claim: Claim, match: LegMatch | None) -> None:
    """A figure found wrong over a trip through a likely namesake abroad (see
    far_namesake_notes) is not called wrong: the place is the likelier mistake."""
    if claim.verdict != "inconsistent" or match is None or not match.alone:
        return
    where = "; ".join(placed_alone(p) for p in match.alone)
    claim.verdict = "unverifiable"
    claim.explanation = (f"{claim.explanation} But the trip runs through a place likely "
                         f"misread: {where}. Check where it is before judging the figure.")


def _doubt_far_namesake_times(journey: Journey, claim: Claim) -> None:
    """A time found wrong at a likely namesake abroad (see far_namesake_notes) is not called
    wrong: "reached Horgos on September 11" read as Qarasu, China, 4,700 km from Belgrade."""
    if claim.verdict != "inconsistent":
        return
    far = [p for p in far_alone_ends(journey, journey.legs)
           if p.name in (claim.origin, claim.destination)]
    if not far:
        return
    where = "; ".join(placed_alone(p) for p in far)
    claim.verdict = "unverifiable"
    claim.explanation = (f"{claim.explanation} But {where}: check where it is before judging "
                         "the time.")


def _own_vehicle(claim: Claim) -> Envelope | None:
    """The envelope of a vehicle of its own class that a speed's sentence names ("A maglev
    train on the line to Pudong airport reached 431 km/h"), told with no leg; not a word any
    train or car goes by ("the train hit 320 km/h": the journey's train, whatever its class)."""
    told = told_vehicle(claim.sentence or "")
    if told is None:
        return None
    env = envelope_for(*told)
    return None if modes_config()["speeds"][env.key].get("default_for") else env


def _classed_elsewhere(journey: Journey, mode: str) -> tuple[Envelope, None] | None:
    """The envelope of the one vehicle of its own class, of ``mode``, that the sentences of
    the story's figures name, if they name just one."""
    found = {env.key: env for c in journey.claims if (env := _own_vehicle(c)) is not None
             and env.mode == mode}
    return (next(iter(found.values())), None) if len(found) == 1 else None


def _one_vehicle(journey: Journey) -> tuple[Envelope | None, str | None]:
    """The envelope of the one vehicle every leg between towns travels by, if there is one
    (and the vehicle's word): then a speed told with no leg ("hit 320 km/h near Nagoya") is
    that vehicle's."""
    kinds = {(leg.mode, leg.vehicle) for leg in journey.legs if leg.direction is not None}
    if len(kinds) != 1:
        return None, None
    mode, vehicle = next(iter(kinds))
    return envelope_for(mode, vehicle), vehicle


def _same_span(journey: Journey, other: Claim, match: LegMatch) -> bool:
    m = match_claim(journey, other)
    return m is not None and m.indices == match.indices


def check_journey(journey: Journey) -> Journey:
    """Fill verdict, explanation, measures and leg of every claim; returns the same journey.

    Figures are judged first, then times: a reported duration times the legs it covers, unless
    it was itself found inconsistent ("a three-hour flight" from London to New York must not
    make a true 1 p.m. landing look wrong).
    """
    # (distances before the times told with them: see _against_its_distance)
    for claim in sorted(journey.claims, key=lambda c: c.kind != "distance"):
        if claim.kind != "time":
            check_claim(journey, claim)
    durations: dict[int, list[Claim]] = {}
    for claim in journey.claims:
        if claim.kind != "duration" or claim.verdict == "inconsistent":
            continue
        m = match_claim(journey, claim)
        if m is not None and len(m.indices) == 1:
            durations.setdefault(m.indices[0], []).append(claim)
    for claim in journey.claims:
        if claim.kind == "time":
            check_claim(journey, claim, durations)
    journey.notes.extend(far_namesake_notes(journey))
    return journey


def far_namesake_notes(journey: Journey) -> list[str]:
    """Notes on stops reached over land from far away, in a country the story names nowhere
    else: "Horgos" on the Hungarian border read as Qarasu in China."""
    from routes.network._data import country_name

    alone = alone_in_country(journey)  # once for the journey, not once per leg
    notes: list[str] = []
    for leg in journey.legs:
        geo = leg.measures.get("geodesic")
        for p in far_alone_ends(journey, [leg], alone):
            other = leg.origin if p.name == leg.destination else leg.destination
            km = f"{geo.km:,.0f} km" if geo is not None else "far"
            note = (f"{p.name} was placed in {country_name(p.country)}, {km} from {other} by "
                    f"{leg.mode}, where no other place of the story is: check it is the "
                    f"{p.name} the story means (a namesake?)")
            if note not in notes and note not in journey.notes:
                notes.append(note)
    return notes


def _against_its_distance(journey: Journey, claim: Claim, env: Envelope) -> None:
    """A time told in the same sentence as a distance for the same trip ("from Rome to Naples,
    400 kilometres, in 70 minutes") must fit it too: each may be beyond our measures, but
    together they give a speed, and one ``env``'s vehicle cannot reach means one of them is
    wrong. Called by :func:`check_claim` once the time is judged on its own."""
    told = next((c for c in journey.claims if c.kind == "distance" and c.sentence == claim.sentence
                 and (c.origin, c.destination) == (claim.origin, claim.destination)), None)
    if told is None or not claim.sentence or claim.verdict == "inconsistent":
        return
    far, took = distance_range(told), duration_range(claim)
    if far is None or took is None or took.high <= 0 or math.isinf(took.high):
        return
    slowest = far.low / took.high  # the slowest the two figures allow
    if slowest <= env.top_kmh:
        return
    together = (f"Together with the {told.text} stated with it, it means at least "
                f"{slowest:,.0f} km/h, faster than {env.label} can go ({env.top_kmh:,.0f} km/h "
                "at most)")
    if claim.verdict == "consistent" and told.verdict == "inconsistent":
        # the time fits the trip as measured, so the distance is the figure that does not
        # ("two hours ... after a 180 km crossing" from Helsinki to Tallinn, 80 km by sea;
        # but not "the 291 km from Zermatt to St. Moritz in just 90 minutes", whose distance
        # a winding line may have: one of the two is wrong, whichever fits our estimate)
        claim.explanation = (f"{claim.explanation} {together}: the time fits the trip as "
                             f"measured, so it is the {told.text} that is wrong.").strip()
        return
    claim.verdict = "inconsistent"
    claim.explanation = f"{claim.explanation} {together}: one of the two figures is wrong.".strip()
