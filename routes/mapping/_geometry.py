"""The line drawn for each leg: the measured track when the network stage has one, else a geodesic.

Why prefer the measure's geometry: a rail leg drawn as a straight segment would show the reader a
route the train never took, and the distance we check is the one along that track. When no
measure carries geometry (air legs, unknown track) the great-circle arc is the honest fallback,
densified (routes.geodesy, pyproj) so it curves as it does on the globe.
"""

from __future__ import annotations

from collections.abc import Sequence

from routes.models import Leg
from routes.network._estimates import from_geodesic

LatLon = tuple[float, float]
MAX_VERTICES = 400  # above this a leg is simplified: a screen shows no more detail than that
DIGITS = 4  # ~10 m: well under a pixel at any zoom a journey map is read at


def _geodesic_points(a: LatLon, b: LatLon, step_km: float = 25.0) -> list[LatLon]:
    """The great-circle arc a -> b, a vertex every ``step_km`` (at most ~128 vertices)."""
    from routes.geodesy import densify, geodesic_km

    step = max(step_km, geodesic_km(a[0], a[1], b[0], b[1]) / 128)
    return [(float(la), float(lo)) for la, lo in densify([a, b], max_segment_km=step)]


def _simplify(points: Sequence[LatLon]) -> list[LatLon]:
    if len(points) <= MAX_VERTICES:
        return list(points)
    from shapely.geometry import LineString

    tolerance = 0.0005
    line = LineString([(lon, lat) for lat, lon in points])
    simple = line
    while len(simple.coords) > MAX_VERTICES:
        simple = line.simplify(tolerance, preserve_topology=False)
        tolerance *= 2
    return [(lat, lon) for lon, lat in simple.coords]


def unwrap(points: Sequence[LatLon]) -> list[LatLon]:
    """Keep longitudes continuous, so a line crossing 180° goes the short way, not round the world.

    Leaflet draws longitudes beyond ±180 where they belong, so 179 → -179 becomes 179 → 181.
    """
    out: list[LatLon] = []
    shift = 0.0
    for i, (lat, lon) in enumerate(points):
        if i:
            step = lon + shift - out[-1][1]
            if step > 180:
                shift -= 360
            elif step < -180:
                shift += 360
        out.append((lat, lon + shift))
    return out


def leg_geometry(leg: Leg, origin: LatLon, destination: LatLon) -> tuple[list[LatLon], str]:
    """(vertices, which measure they come from): the leg's own mode first, then any other."""
    order = [leg.mode, *(k for k in ("rail", "road", "sea", "air") if k != leg.mode)]
    for kind in order:
        measure = leg.measures.get(kind)
        if measure is not None and len(measure.geometry) >= 2:
            points = unwrap(_simplify(measure.geometry))
            # an estimate's line is the straight line it was scaled from, not a route
            drawn = "geodesic" if from_geodesic(measure) else kind
            return [(round(la, DIGITS), round(lo, DIGITS)) for la, lo in points], drawn
    points = unwrap(_geodesic_points(origin, destination))
    return [(round(la, DIGITS), round(lo, DIGITS)) for la, lo in points], "geodesic"


def point_along(points: Sequence[LatLon], fraction: float) -> LatLon:
    """The point at ``fraction`` of the line's length (planar: for placing labels only)."""
    import math

    if len(points) == 1:
        return points[0]
    seglens = [math.dist(points[i], points[i + 1]) for i in range(len(points) - 1)]
    total = sum(seglens)
    if total == 0:
        return points[0]
    target = total * min(max(fraction, 0.0), 1.0)
    for i, length in enumerate(seglens):
        if target <= length or i == len(seglens) - 1:
            t = 0.0 if length == 0 else min(target / length, 1.0)
            (la1, lo1), (la2, lo2) = points[i], points[i + 1]
            return (la1 + (la2 - la1) * t, lo1 + (lo2 - lo1) * t)
        target -= length
    return points[-1]
