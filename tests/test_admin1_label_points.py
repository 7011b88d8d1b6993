"""scripts/admin1_label_points.py on constructed divisions: a record takes the label point of
the one Natural Earth division that bears its name, keeps its point when none or two do, and
its source says where the point came from while keeping what build_regions.py wrote."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    spec = importlib.util.spec_from_file_location(
        "admin1_label_points", ROOT / "scripts" / "admin1_label_points.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def division(name: str, code: str, lat: float, lon: float, box: tuple[float, ...]
             ) -> dict[str, Any]:
    x0, y0, x1, y1 = box
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return {"properties": {"iso_a2": "XX", "name": name, "name_en": name, "adm1_code": code,
                           "latitude": lat, "longitude": lon},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def record(name: str) -> dict[str, Any]:
    return {"name": name, "country": "XX", "lat": 0.5, "lon": 0.5,
            "source": "GeoNames admin1 XX.01 (anchor Town, GeoNames 1): centroid of the hull of "
                      "its 12 populated places; population: their sum, a rough ranking weight"}


def test_one_division_of_the_name_gives_its_label_point() -> None:
    mod = _script()
    index: dict[tuple[str, str], list[dict[str, Any]]] = {
        ("XX", "north"): [division("North", "XXX-1", 8.0, 5.0, (0, 0, 10, 10))],
        ("XX", "twin"): [division("Twin", "XXX-2", 1.0, 1.0, (0, 0, 2, 2)),
                         division("Twin", "XXX-3", 3.0, 3.0, (2, 2, 4, 4))],
    }
    north, twin, absent = record("North"), record("Twin"), record("Elsewhere")
    assert mod.relabel([north, twin, absent], index) == (1, 2)
    assert (north["lat"], north["lon"]) == (8.0, 5.0)
    assert "XXX-1" in north["source"] and "label point" in north["source"]
    assert "population: the sum of its 12 populated places" in north["source"]
    assert "hull" not in north["source"]
    assert (twin["lat"], twin["lon"]) == (absent["lat"], absent["lon"]) == (0.5, 0.5)


def test_a_label_point_outside_the_division_gives_way_to_a_point_inside() -> None:
    mod = _script()
    rec = record("North")
    mod.relabel([rec], {("XX", "north"): [division("North", "XXX-1", 50.0, 50.0,
                                                   (0, 0, 10, 10))]})
    assert 0 < rec["lat"] < 10 and 0 < rec["lon"] < 10
