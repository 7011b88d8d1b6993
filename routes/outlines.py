"""The country outlines the package ships for its maps, as shapely geometries.

Why one reader: several checks ask where land or a border lies (a sea leg whose straight line
crosses land, a town a story calls a border town), and each would otherwise read and mend the
same file. The outlines are Natural Earth 1:110m (public domain; see
routes/data/basemap/README.md): coarse, a few km off, so callers read them with wide margins.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def country_shapes() -> tuple[Any, ...]:
    """Every country's outline, one valid shapely geometry each (the simplified outlines may
    self-touch, so each is mended); read once per process."""
    from shapely import make_valid
    from shapely.geometry import shape

    path = resources.files("routes").joinpath("data", "basemap", "countries.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(make_valid(shape(f["geometry"])) for f in data["features"])
