"""How far a point lies from another country, from the basemap's country outlines.

Why: a story that calls a town "the border town of Pingxiang" says which Pingxiang it means
(the one in Guangxi, on the Vietnamese border, not the city of 1.9 million in Jiangxi, 1,000
km from any border), and a namesake chosen from population and proximity alone can be the
wrong one, which the checks then measure a leg to. The outlines are Natural Earth 1:110m
(shipped for the maps, public domain): a few km off, so "near a border" is read with a wide
margin (:data:`BORDER_TOWN_KM`), and over water the nearest coast of another country counts
(Dover is a border town of the Channel).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from routes.outlines import country_shapes

#: how near another country a "border town" lies (km): the coarse outlines are a few km off,
#: and a border town is rarely more than a few tens of km from its crossing
BORDER_TOWN_KM = 75.0


@cache
def _countries() -> tuple[Any, tuple[Any, ...]]:
    """The outlines (prepared shapely geometries) and an index over them."""
    from shapely import STRtree, prepare

    shapes = country_shapes()
    for s in shapes:
        prepare(s)
    return STRtree(shapes), shapes


def km_from_another_country(lat: float, lon: float, within_km: float = BORDER_TOWN_KM) -> float:
    """Kilometres from (lat, lon) to the nearest country outline that does not hold it,
    looked for up to about ``within_km`` away (``inf`` when none is that near)."""
    from shapely.geometry import Point, box
    from shapely.ops import nearest_points

    from routes.geodesy import geodesic_km

    tree, shapes = _countries()
    point = Point(lon, lat)
    # a search box wide enough for within_km at any latitude a town lies at (1 degree of
    # longitude is at least 111 km x cos(80 degrees) = 19 km)
    pad = within_km / 19.0
    best = float("inf")
    for i in tree.query(box(lon - pad, lat - within_km / 110.0, lon + pad,
                            lat + within_km / 110.0)):
        outline = shapes[int(i)]
        if outline.covers(point):
            continue  # its own country (or where the coarse outline puts it)
        near = nearest_points(outline, point)[0]
        best = min(best, geodesic_km(lat, lon, near.y, near.x))
    return best


def near_a_border(lat: float, lon: float) -> bool:
    """Whether a town at (lat, lon) may be called a border town."""
    return km_from_another_country(lat, lon) <= BORDER_TOWN_KM
