"""Turn a service's raw answer (Nominatim JSON, Photon GeoJSON) into a :class:`Place`.

Why from ``Location.raw`` and not geopy's ``address`` string: the raw record carries the OSM
object, its tags and country code, which give the place a stable id a reader can look up
(``osm:relation/123``), a kind the rest of the pipeline understands, and a country for checks.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from importlib.resources import files
from typing import Any

from routes.errors import CoordinateError, GazetteerDataError
from routes.models import PLACE_KINDS, Place

_OSM_TYPES = {"n": "node", "w": "way", "r": "relation"}


@functools.cache
def _kind_tables() -> tuple[dict[str, str], dict[str, str]]:
    import yaml

    raw: Any = yaml.safe_load(files("routes.online").joinpath("osm_kinds.yaml").read_text("utf-8"))
    by_tag = {str(k): str(v) for k, v in (raw.get("by_tag") or {}).items()}
    by_key = {str(k): str(v) for k, v in (raw.get("by_key") or {}).items()}
    bad = sorted({*by_tag.values(), *by_key.values()} - PLACE_KINDS)
    if bad:
        raise GazetteerDataError(f"routes/online/osm_kinds.yaml: unknown kinds {bad}")
    return by_tag, by_key


def osm_kind(key: str, value: str, addresstype: str = "") -> str:
    """The routes kind for an OSM tag; ``addresstype`` refines boundaries and places."""
    by_tag, by_key = _kind_tables()
    tags = [f"{key}={value}"]
    if addresstype and key in ("boundary", "place"):
        tags.insert(0, f"place={addresstype}")
    for tag in tags:
        if tag in by_tag:
            return by_tag[tag]
    return by_key.get(key, "landmark")


def _text(value: object) -> str:
    return " ".join(str(value).split()) if value not in (None, "") else ""


def _coord(value: object) -> float:
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number):
        raise ValueError("coordinate is not a finite number")
    return number


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _country(code: object) -> str | None:
    text = _text(code).upper()
    return text if len(text) == 2 and text.isalpha() else None


def nominatim_place(raw: Mapping[str, Any], attribution: str, query: str) -> Place:
    """A Place from one Nominatim ``format=json`` record (``addressdetails=1``)."""
    address = _mapping(raw.get("address"))
    display = _text(raw.get("display_name"))
    name = _text(raw.get("name")) or display.split(",")[0].strip() or _text(query)
    osm_type, osm_id = _text(raw.get("osm_type")).lower(), _text(raw.get("osm_id"))
    osm_type = _OSM_TYPES.get(osm_type[:1], osm_type) if osm_type else ""
    return Place(
        name=name,
        lat=_coord(raw["lat"]),
        lon=_coord(raw["lon"]),
        kind=osm_kind(
            _text(raw.get("class")), _text(raw.get("type")), _text(raw.get("addresstype"))
        ),
        country=_country(address.get("country_code")),
        source=attribution,
        id=f"osm:{osm_type}/{osm_id}" if osm_type and osm_id else "",
        city=_text(address.get("city") or address.get("town") or address.get("village")) or None,
        admin1=_text(address.get("state") or address.get("province")) or None,
    )


def photon_place(raw: Mapping[str, Any], attribution: str, query: str) -> Place:
    """A Place from one Photon GeoJSON feature."""
    props = _mapping(raw.get("properties"))
    lon, lat = raw["geometry"]["coordinates"][:2]
    osm_type = _text(props.get("osm_type")).lower()
    osm_type = _OSM_TYPES.get(osm_type[:1], osm_type) if osm_type else ""
    osm_id = _text(props.get("osm_id"))
    return Place(
        name=_text(props.get("name")) or _text(query),
        lat=_coord(lat),
        lon=_coord(lon),
        kind=osm_kind(
            _text(props.get("osm_key")), _text(props.get("osm_value")), _text(props.get("type"))
        ),
        country=_country(props.get("countrycode")),
        source=attribution,
        id=f"osm:{osm_type}/{osm_id}" if osm_type and osm_id else "",
        city=_text(props.get("city")) or None,
        admin1=_text(props.get("state")) or None,
    )


def read_places(
    raws: Iterable[Mapping[str, Any]], service: str, attribution: str, query: str
) -> list[Place]:
    """Every usable record, in the service's order (best first).

    Records with impossible coordinates or a broken shape are skipped rather than trusted; if
    every record is broken the caller treats the answer as malformed (ValueError).
    """
    convert = nominatim_place if service == "nominatim" else photon_place
    places: list[Place] = []
    broken = 0
    for raw in raws:
        try:
            places.append(convert(raw, attribution, query))
        except (KeyError, IndexError, TypeError, ValueError, CoordinateError):
            broken += 1
    if broken and not places:
        raise ValueError(f"{broken} record(s) in the answer could not be read")
    return places


def choose(
    places: Sequence[Place], country: str | None = None, near: tuple[float, float] | None = None
) -> Place | None:
    """The place meant: the service's first in ``country``, or the one nearest ``near``.

    ``near`` (lat, lon) comes from the story's context, which knows better than a global
    importance ranking which Springfield a reporter meant.
    """
    pool = [p for p in places if not country or p.country == country.upper()]
    if not pool:
        return None
    if near is None:
        return pool[0]
    from routes.geodesy import geodesic_km

    lat, lon = near
    return min(pool, key=lambda p: geodesic_km(lat, lon, p.lat, p.lon))


def best_place(
    raws: Iterable[Mapping[str, Any]],
    service: str,
    attribution: str,
    query: str,
    country: str | None,
) -> Place | None:
    """The first usable record in ``country`` (see :func:`read_places` and :func:`choose`)."""
    return choose(read_places(raws, service, attribution, query), country)


def raw_records(answer: object) -> Sequence[Mapping[str, Any]]:
    """geopy's answer (None, a Location or a list of them) as the raw records behind it."""
    if answer is None:
        return []
    items = answer if isinstance(answer, list) else [answer]
    records: list[Mapping[str, Any]] = []
    for item in items:
        raw = getattr(item, "raw", None)
        if not isinstance(raw, Mapping):
            raise ValueError("an answer without a raw record")
        records.append(raw)
    return records
