"""The offline basemap: Natural Earth 1:110m country outlines, cut to the journey's region.

Why cut: the whole world is ~140 KB, most of it oceans and continents the story never reaches;
keeping only the countries whose outline comes near the journey keeps a self-contained map well
under its 400 KB budget while still showing neighbours for context when the reader zooms out.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

BASEMAP_SOURCE = "Natural Earth 1:110m country outlines (public domain)"


@cache
def _world() -> dict[str, Any]:
    path = resources.files("routes").joinpath("data", "basemap", "countries.geojson")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["_bbox"] = _bbox(feature["geometry"]["coordinates"])
    return data


def _bbox(coords: Any) -> tuple[float, float, float, float]:
    """(west, south, east, north) of nested GeoJSON coordinates."""
    xs: list[float] = []
    ys: list[float] = []
    stack = [coords]
    while stack:
        item = stack.pop()
        if item and isinstance(item[0], int | float):
            xs.append(float(item[0]))
            ys.append(float(item[1]))
        else:
            stack.extend(item)
    return min(xs), min(ys), max(xs), max(ys)


def countries_near(
    south: float, west: float, north: float, east: float, *, margin_deg: float = 15.0
) -> dict[str, Any]:
    """Countries whose bounding box meets the given box grown by ``margin_deg`` on every side."""
    s, w, n, e = south - margin_deg, west - margin_deg, north + margin_deg, east + margin_deg
    features = []
    for feature in _world()["features"]:
        fw, fs, fe, fn = feature["_bbox"]
        if fe >= w and fw <= e and fn >= s and fs <= n:
            features.append({"type": "Feature", "properties": feature["properties"],
                             "geometry": feature["geometry"]})
    return {"type": "FeatureCollection", "features": features}
