"""Great-circle distance between two places, for the reader's threshold tests.

Why not ``routes.geodesy``: that measures legs on the WGS84 ellipsoid with pyproj and numpy.
The reader only asks "is this within 150 km?" or "roughly how far?", many times per story,
where the mean-radius sphere is close enough (0.5 %) and imports nothing.
"""

from __future__ import annotations

import math
from typing import Protocol

EARTH_KM = 6371.0088


class Located(Protocol):
    """Anything with a position: a gazetteer place, or a place in a test."""

    @property
    def lat(self) -> float: ...

    @property
    def lon(self) -> float: ...


def km_between(a: Located, b: Located) -> float:
    """Great-circle km between ``a`` and ``b`` (haversine on the mean-radius sphere)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))
