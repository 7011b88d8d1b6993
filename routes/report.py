"""The JSON contract: what ``routes check --format json`` prints, and batch output lines hold.

Downstream code (newsroom scripts, the map, batch archives) depends on these keys, so this
module is the one place they are spelled. Documented in the README; keep it stable: add keys,
never rename or remove them. ``CONTRACT_VERSION`` changes only if a key's meaning changes.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from routes.models import Claim, Event, Journey, Leg, Measure, Place, PlaceMention, Stop

CONTRACT_VERSION = 1


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def _time(moment: datetime | None) -> str | None:
    from routes.journeyfile import is_date_only

    if moment is None:
        return None
    if is_date_only(moment):
        return moment.date().isoformat()
    return moment.isoformat(timespec="minutes")


def place_dict(place: Place) -> dict[str, Any]:
    """A place as the contract shows it (without mentions)."""
    return {
        "name": place.name,
        "lat": round(place.lat, 6),
        "lon": round(place.lon, 6),
        "kind": place.kind,
        "country": place.country,
        "source": place.source,
        "id": place.id or None,
        "gazetteer_name": place.gazetteer_name,
    }


def mention_dict(pm: PlaceMention) -> dict[str, Any]:
    return {
        **place_dict(pm.place),
        "mentions": list(pm.mentions),
        "role": pm.role,
        "quotes": [{"text": q.text, "source": q.source} for q in pm.quotes],
    }


def claim_dict(claim: Claim) -> dict[str, Any]:
    measures = {k: _round(v) for k, v in claim.measures.items()}
    for key in ("geodesic_km", "rail_km", "road_km"):
        measures.setdefault(key, None)
    out: dict[str, Any] = {
        "kind": claim.kind,
        "text": claim.text,
        "source": claim.source,
        "outlet": claim.outlet,
        "low": _round(claim.low, 3),
        "high": _round(claim.high, 3),
        "unit": claim.unit,
        "qualifier": claim.qualifier,
        "origin": claim.origin,
        "destination": claim.destination,
        "verdict": claim.verdict,
        "explanation": claim.explanation,
        "measures": measures,
        "leg": claim.leg,
        "sentence": claim.sentence or None,
    }
    if claim.kind == "time":
        out["time"] = _time(claim.time)
        out["event"] = claim.event
    if claim.implied_speed_kmh is not None:
        out["implied_speed_kmh"] = [
            round(v, 1) if math.isfinite(v) else None for v in claim.implied_speed_kmh
        ]
    return out


def measure_dict(measure: Measure) -> dict[str, Any]:
    return {
        "km": _round(measure.km),
        "low_km": _round(measure.low_km),
        "high_km": _round(measure.high_km),
        "published_km": _round(measure.published_km),
        "estimate": measure.estimate,
        "method": measure.method,
        "source": measure.source,
    }


def leg_dict(leg: Leg) -> dict[str, Any]:
    return {
        "origin": leg.origin,
        "destination": leg.destination,
        "mode": leg.mode,
        "vehicle": leg.vehicle,
        "direction": leg.direction,
        "depart": _time(leg.depart),
        "arrive": _time(leg.arrive),
        "via": list(leg.via),
        "mode_told": leg.mode_told,
        "measures": {kind: measure_dict(m) for kind, m in leg.measures.items()},
    }


def stop_dict(stop: Stop) -> dict[str, Any]:
    return {
        "name": stop.place.name,
        "arrive": _time(stop.arrive),
        "depart": _time(stop.depart),
        "note": stop.note,
    }


def event_dict(event: Event) -> dict[str, Any]:
    return {
        "kind": event.kind,
        "text": event.text,
        "source": event.source,
        "low_h": event.low_h,
        "high_h": event.high_h,
        "place": event.place,
    }


def _finite(value: Any) -> Any:
    """Replace NaN and infinities (an open-ended implied speed) by null: JSON has no Infinity."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def to_contract(journey: Journey) -> dict[str, Any]:
    """The whole result of a check as plain JSON-ready data (strict JSON: no NaN/Infinity)."""
    contract: dict[str, Any] = _finite(
        {
            "contract_version": CONTRACT_VERSION,
            "title": journey.title,
            "traveller": journey.traveller,
            "sources": list(journey.sources),
            "places": [mention_dict(pm) for pm in journey.places],
            "other_places": [mention_dict(pm) for pm in journey.other_places],
            "claims": [claim_dict(c) for c in journey.claims if c.kind != "time"],
            "times": [claim_dict(c) for c in journey.claims if c.kind == "time"],
            "stops": [stop_dict(s) for s in journey.stops],
            "legs": [leg_dict(leg) for leg in journey.legs],
            "events": [event_dict(e) for e in journey.events],
            "notes": list(journey.notes),
        }
    )
    return contract
