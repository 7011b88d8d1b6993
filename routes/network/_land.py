"""Whether a sea leg's straight line runs over land, from the basemap's country outlines.

Why: the sea estimate is the geodesic times a shipping allowance (1.00-1.40). That holds
across open water, but a ship from Port Said to Rotterdam sails round Spain, not across the
Alps: about 3,300 nautical miles against a 1,740 nm straight line. A true figure must not be
called too long only because the estimate has no coastline. The outlines are Natural Earth
1:110m (shipped for the maps, public domain): coarse, so the ends of a leg (ports lie on
coasts, sometimes up an estuary) are not counted, and only a long crossing counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Any

from routes.outlines import country_shapes

#: the part of a leg at each end not tested for land (km): a port up an estuary or a coarse
#: coastline puts a few tens of km of the line "on land"
PORT_MARGIN_KM = 60.0
#: land under the line beyond this (km) means the route goes round it (a judgement: an
#: isthmus or a cape cut by the straight line is shorter than this at 1:110m)
LAND_CROSSING_KM = 150.0


@cache
def _land() -> Any:
    """The world's land as one prepared shapely geometry."""
    from shapely import prepare, union_all

    land = union_all(country_shapes())
    prepare(land)
    return land


def land_under_km(line: Sequence[tuple[float, float]]) -> float:
    """Kilometres of a densified (lat, lon) line over land, leaving out its ends."""
    from shapely.geometry import Point

    from routes.geodesy import geodesic_km

    if len(line) < 2:
        return 0.0
    land = _land()
    steps = [geodesic_km(a[0], a[1], b[0], b[1]) for a, b in pairwise(line)]
    total = sum(steps)
    done = 0.0
    over = 0.0
    for (a, b), step in zip(pairwise(line), steps, strict=True):
        mid = done + step / 2
        done += step
        if mid < PORT_MARGIN_KM or mid > total - PORT_MARGIN_KM:
            continue
        lat, lon = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        if abs(a[1] - b[1]) > 180:  # across the antimeridian: no land test on this step
            continue
        if land.contains(Point(lon, lat)):
            over += step
    return over


def crosses_land(line: Sequence[tuple[float, float]]) -> bool:
    """Whether a sea leg's straight line runs over land for long: ships go round."""
    return land_under_km(line) > LAND_CROSSING_KM
