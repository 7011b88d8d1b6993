"""Build routes/data/basemap/countries.geojson from Natural Earth 1:110m (public domain).

Why this script exists: no package ships Natural Earth as plain data we can read at run time
without GDAL, but the pyogrio wheel carries the 1:110m "naturalearth_lowres" shapefile as a test
fixture. We download that wheel once (PyPI is reachable), read the shapefile with the tiny
pure-Python reader below (polygons and a dBASE table are simple formats; no GDAL needed),
simplify the outlines with shapely and round coordinates so the shipped file stays small
(< 150 KB). Only the output is shipped; the download goes to a temporary folder.

Usage::

    .venv/bin/python scripts/build_basemap.py            # downloads pyogrio==0.13.0 with pip
    .venv/bin/python scripts/build_basemap.py --wheel PATH.whl
"""

from __future__ import annotations

import argparse
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "routes" / "data" / "basemap" / "countries.geojson"
PYOGRIO = "pyogrio==0.13.0"
FIXTURE = "pyogrio/tests/fixtures/naturalearth_lowres/naturalearth_lowres"
TOLERANCE_DEG = 0.1  # simplification; 1:110m is already coarse, this removes near-collinear points
DIGITS = 2  # ~1 km at the equator: finer than the source's own accuracy at this scale


def read_dbf(data: bytes) -> list[dict[str, str]]:
    """Read a dBASE III table: header, field descriptors, then fixed-width records."""
    n_records, header_len, record_len = struct.unpack("<xxxxIHH", data[:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        length = data[pos + 16]
        fields.append((name, length))
        pos += 32
    rows = []
    for i in range(n_records):
        start = header_len + i * record_len + 1  # first byte is the deletion flag
        row = {}
        for name, length in fields:
            row[name] = data[start : start + length].decode("utf-8", "replace").strip()
            start += length
        rows.append(row)
    return rows


def read_shp_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    """Read shapefile polygon records (type 5) as lists of rings of (lon, lat)."""
    shapes: list[list[list[tuple[float, float]]]] = []
    pos = 100
    while pos < len(data):
        _, content_len = struct.unpack(">ii", data[pos : pos + 8])
        rec = data[pos + 8 : pos + 8 + content_len * 2]
        pos += 8 + content_len * 2
        shape_type = struct.unpack("<i", rec[:4])[0]
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type != 5:
            raise ValueError(f"unexpected shape type {shape_type}")
        n_parts, n_points = struct.unpack("<ii", rec[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", rec[44 : 44 + 4 * n_parts]))
        pts_at = 44 + 4 * n_parts
        pts = [
            struct.unpack("<dd", rec[pts_at + 16 * k : pts_at + 16 * (k + 1)])
            for k in range(n_points)
        ]
        rings = []
        for j, first in enumerate(parts):
            last = parts[j + 1] if j + 1 < n_parts else n_points
            rings.append([(float(x), float(y)) for x, y in pts[first:last]])
        shapes.append(rings)
    return shapes


def to_feature(
    rings: list[list[tuple[float, float]]], props: dict[str, str]
) -> dict[str, Any] | None:
    """Assemble rings into a simplified (Multi)Polygon; shapefile outer rings run clockwise."""
    from shapely.geometry import LinearRing, MultiPolygon, Polygon, mapping

    polys: list[tuple[list[tuple[float, float]], list[list[tuple[float, float]]]]] = []
    for ring in rings:
        if len(ring) < 4:
            continue
        if not LinearRing(ring).is_ccw:  # clockwise: an outer ring
            polys.append((ring, []))
        elif polys:
            polys[-1][1].append(ring)
    geoms = []
    for shell, holes in polys:
        poly = Polygon(shell, holes).simplify(TOLERANCE_DEG, preserve_topology=True)
        if not poly.is_empty and poly.area > 0.02:  # drop specks below ~15 km across
            geoms.append(poly)
    if not geoms:
        return None
    geom = geoms[0] if len(geoms) == 1 else MultiPolygon(geoms)
    gj = _round(mapping(geom))
    return {
        "type": "Feature",
        "properties": {"name": props["name"], "iso_a3": props["iso_a3"]},
        "geometry": gj,
    }


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, DIGITS)
    if isinstance(obj, list | tuple):
        return [_round(v) for v in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj


def build(wheel: Path, out: Path) -> int:
    with zipfile.ZipFile(wheel) as zf:
        shp = zf.read(FIXTURE + ".shp")
        dbf = zf.read(FIXTURE + ".dbf")
    shapes = read_shp_polygons(shp)
    rows = read_dbf(dbf)
    if len(shapes) != len(rows):
        raise SystemExit(f"shapefile has {len(shapes)} shapes but {len(rows)} records")
    features = [f for rings, row in zip(shapes, rows, strict=True) if (f := to_feature(rings, row))]
    doc = {
        "type": "FeatureCollection",
        "name": "countries",
        "source": (
            "Natural Earth 1:110m Admin 0 - Countries (naturalearth_lowres), public domain, "
            f"as shipped in the {PYOGRIO} wheel; simplified ({TOLERANCE_DEG} deg) and rounded "
            f"to {DIGITS} decimals by scripts/build_basemap.py"
        ),
        "licence": "public domain (https://www.naturalearthdata.com/about/terms-of-use/)",
        "features": features,
    }
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    return len(features)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheel", type=Path, help="a downloaded pyogrio wheel (skip the download)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel
        if wheel is None:
            subprocess.run(
                [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                 PYOGRIO, "-d", tmp, "-q"],
                check=True,
            )
            wheel = next(Path(tmp).glob("pyogrio-*.whl"))
        n = build(wheel, args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({n} countries, {size:,} bytes)")


if __name__ == "__main__":
    main()
