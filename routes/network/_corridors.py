"""Load the curated rail corridors: stations, lines with chainage, and track shape points.

Why curated: no package ships Natural Earth or OpenStreetMap railways (shared/DATA.md), and a
fact-check needs the published line kilometres anyway, which no geometry file carries. Each line
keeps its own chainage (the railway's own kilometre posts), so a section's published length is a
difference of two published numbers, never our arithmetic on someone else's total.

File format: see the header of routes/data/rail/cn-kp-beijing-pyongyang.yaml.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from routes.errors import CoordinateError, GazetteerDataError
from routes.models import check_coordinates
from routes.network._data import corridor_files, load_yaml

Service = Literal["conventional", "high_speed"]

#: Two files may both define a junction station; their coordinates must agree this closely.
SAME_STATION_M = 300.0


@dataclass(frozen=True, slots=True)
class Station:
    id: str
    name: str
    lat: float
    lon: float
    country: str | None = None
    city: str | None = None
    aliases: tuple[str, ...] = ()
    coord_source: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Section:
    """Track between two consecutive stops of one line."""

    line: str
    a: str  # station id
    b: str
    shape: tuple[tuple[float, float], ...]  # (lat, lon) from a to b, both ends included
    geometric_km: float
    published_km: float | None
    service: Service
    source: str


@dataclass(slots=True)
class Line:
    id: str
    name: str
    service: Service
    source: str
    corridor: str
    chainage: dict[str, float] = field(default_factory=dict)  # station id -> km on this line
    stops: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Corridors:
    stations: dict[str, Station] = field(default_factory=dict)
    lines: dict[str, Line] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def _fail(path: Path, where: str, message: str) -> GazetteerDataError:
    return GazetteerDataError(f"rail data {path.name}: {where}: {message}")


def _float(path: Path, where: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _fail(path, where, f"expected a number, got {value!r}")
    return float(value)


def _station(path: Path, sid: str, raw: Any) -> Station:
    if not isinstance(raw, dict):
        raise _fail(path, f"station {sid}", "expected a mapping with name, lat, lon")
    lat = _float(path, f"station {sid}.lat", raw.get("lat"))
    lon = _float(path, f"station {sid}.lon", raw.get("lon"))
    try:
        check_coordinates(lat, lon)
    except CoordinateError as exc:
        raise _fail(path, f"station {sid}", str(exc)) from exc
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, f"station {sid}", "has no name")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise _fail(path, f"station {sid}.aliases", "expected a list of names")
    return Station(
        id=sid,
        name=name.strip(),
        lat=lat,
        lon=lon,
        country=raw.get("country"),
        city=raw.get("city"),
        aliases=tuple(aliases),
        coord_source=str(raw.get("coord_source", "")),
    )


def load_corridors(paths: Iterable[Path] | None = None) -> Corridors:
    """Read corridor files (default: every one shipped) into stations, lines and sections."""
    from routes.geodesy import geodesic_m, path_length_m

    out = Corridors()
    for path in list(paths) if paths is not None else corridor_files():
        doc = load_yaml(path)
        if not isinstance(doc, dict) or not isinstance(doc.get("lines"), list):
            raise _fail(path, "top level", "expected 'stations' and a list of 'lines'")
        corridor = str(doc.get("id") or path.stem)
        out.files.append(path.name)
        for sid, raw in (doc.get("stations") or {}).items():
            st = _station(path, str(sid), raw)
            known = out.stations.get(st.id)
            if known is not None:
                gap = geodesic_m(known.lat, known.lon, st.lat, st.lon)
                if gap > SAME_STATION_M:
                    raise _fail(
                        path,
                        f"station {st.id}",
                        f"defined {gap:.0f} m away from its position in another file",
                    )
                continue
            out.stations[st.id] = st
        for i, raw_line in enumerate(doc["lines"]):
            _read_line(path, corridor, i, raw_line, out, path_length_m)
    return out


def _read_line(
    path: Path, corridor: str, index: int, raw: Any, out: Corridors, length: Any
) -> None:
    if not isinstance(raw, dict) or not raw.get("id") or not isinstance(raw.get("stops"), list):
        raise _fail(
            path, f"line #{index + 1}", "expected id, name, service, source and a list of stops"
        )
    lid = str(raw["id"])
    if lid in out.lines:
        raise _fail(path, f"line {lid}", "line id used twice")
    service = raw.get("service", "conventional")
    if service not in ("conventional", "high_speed"):
        raise _fail(
            path, f"line {lid}.service", f"expected conventional or high_speed, got {service!r}"
        )
    source = str(raw.get("source") or "").strip()
    if not source:
        raise _fail(path, f"line {lid}", "every line needs a source for its figures")
    line = Line(
        id=lid, name=str(raw.get("name", lid)), service=service, source=source, corridor=corridor
    )
    pending: list[tuple[float, float]] = []
    prev: str | None = None
    for j, stop in enumerate(raw["stops"]):
        where = f"line {lid} stop #{j + 1}"
        if not isinstance(stop, dict):
            raise _fail(path, where, "expected {station: id, km: n} or {via: [[lat, lon], ...]}")
        if "via" in stop:
            for pt in stop["via"] or []:
                if not (isinstance(pt, list) and len(pt) == 2):
                    raise _fail(path, where, f"shape point {pt!r} is not [lat, lon]")
                lat, lon = _float(path, where, pt[0]), _float(path, where, pt[1])
                try:
                    check_coordinates(lat, lon)
                except CoordinateError as exc:
                    raise _fail(path, where, str(exc)) from exc
                pending.append((lat, lon))
            continue
        sid = str(stop.get("station", ""))
        if sid not in out.stations:
            raise _fail(path, where, f"unknown station {sid!r}; define it under 'stations'")
        if stop.get("km") is not None:
            line.chainage[sid] = _float(path, where + ".km", stop["km"])
        st = out.stations[sid]
        if prev is not None:
            a = out.stations[prev]
            shape = ((a.lat, a.lon), *pending, (st.lat, st.lon))
            lats = [p[0] for p in shape]
            lons = [p[1] for p in shape]
            ka, kb = line.chainage.get(prev), line.chainage.get(sid)
            published = abs(kb - ka) if ka is not None and kb is not None else None
            out.sections.append(
                Section(
                    line=lid,
                    a=prev,
                    b=sid,
                    shape=shape,
                    geometric_km=length(lats, lons) / 1000.0,
                    published_km=published,
                    service=service,
                    source=source,
                )
            )
        elif pending:
            raise _fail(path, where, "shape points before the first station")
        line.stops.append(sid)
        pending = []
        prev = sid
    if pending:
        raise _fail(path, f"line {lid}", "shape points after the last station")
    if len(line.stops) < 2:
        raise _fail(path, f"line {lid}", "a line needs at least two stations")
    out.lines[lid] = line
