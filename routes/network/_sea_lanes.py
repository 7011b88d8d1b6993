"""Sea distances along shipping lanes, where the straight line crosses land.

Why: a sea leg's only other measure is the straight line times an allowance, widened to
1-3x when the line crosses land (routes/network/_estimates.py), so "a seven-day crossing
from New York" was measured at an estimated 9,938 km (5,521-16,564) against a true 5,834.
The searoute package (PyPI, Apache-2.0) ships the maritime lane network of Eurostat's
SeaRoute library ("marnet") with a shortest-path search over it: New York - Southampton
5,734 km, Port Said - Rotterdam 6,131 km (published 3,300 nmi, 6,112 km), Shanghai -
Rotterdam by Suez 19,614 km (10,500 nmi, 19,446 km).

The lanes are a model, not a ship's track: a measure along them is still an estimate, with
a band. Its bottom allows for a ferry cutting a corner the lanes round; its top holds the way
round a canal or strait a ship may avoid (the Cape of Good Hope instead of Suez, Cape Horn
instead of Panama), since a story may tell either and the shortest lane route would make the
long way look wrong. A place far from any lane (an inland town named as a sea leg's end) gets
no lane measure, and the estimate from the straight line stands.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from typing import Any

from routes.models import Measure

#: an end farther than this (km) from the lane network is no port the lanes reach
SNAP_KM = 120.0
#: the band around the shortest lane route: lanes round headlands a ferry may cut close to
LOW_SHARE = 0.93
#: and the top over the longest way round an avoidable passage (weather routing, zigzags)
HIGH_SHARE = 1.10
#: canals a ship may avoid for the long way round, each tried closed for the band's top
#: (searoute's names; closing a strait such as Gibraltar has no way round worth a band)
AVOIDABLE = ("suez", "panama")
#: searoute's default: the Northwest Passage is closed to ordinary shipping
ALWAYS_CLOSED = ("northwest",)


@cache
def _searoute() -> Any | None:
    """The searoute module, imported on first use (it loads its network lazily too)."""
    try:
        import searoute  # type: ignore[import-untyped]
    except ImportError:  # an installation without it keeps the straight-line estimate
        return None
    return searoute


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("searoute")
    except PackageNotFoundError:
        return "unknown"


def _route(a: tuple[float, float], b: tuple[float, float],
           closed: tuple[str, ...]) -> tuple[float, list[tuple[float, float]]] | None:
    """(km, (lat, lon) points) of the shortest lane route from ``a`` to ``b`` with the
    ``closed`` passages closed, the ends joined to the lanes by straight lines; None when an
    end lies farther than SNAP_KM from the lanes or no route is open."""
    import warnings

    from routes.geodesy import geodesic_km

    sr = _searoute()
    if sr is None:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ("no path found" is a warning there: None here)
        feature = sr.searoute([a[1], a[0]], [b[1], b[0]], units="km",
                              restrictions=list(closed))
    coords = feature["geometry"]["coordinates"]
    if not coords or feature["properties"]["length"] == float("inf"):
        return None
    # (searoute unwraps longitudes past the antimeridian, up to 540: folded back here)
    lanes = [(lat, (lon + 180.0) % 360.0 - 180.0) for lon, lat in coords]
    if (geodesic_km(a[0], a[1], *lanes[0]) > SNAP_KM
            or geodesic_km(b[0], b[1], *lanes[-1]) > SNAP_KM):
        return None
    points = [a, *lanes, b]
    km = sum(geodesic_km(p[0], p[1], q[0], q[1]) for p, q in pairwise(points))
    return km, points


def lane_measure(geodesic: Measure) -> Measure | None:
    """The sea distance along the lanes between the ends of ``geodesic`` (its first and
    last points), with its band, or None where the lanes do not reach (see the module)."""
    if len(geodesic.geometry) < 2:
        return None
    a, b = geodesic.geometry[0], geodesic.geometry[-1]
    shortest = _route(a, b, ALWAYS_CLOSED)
    if shortest is None:
        return None
    km, points = shortest
    longest, avoided = km, ""
    for passage in AVOIDABLE:
        other = _route(a, b, (*ALWAYS_CLOSED, passage))
        if other is not None and other[0] > longest * 1.02:
            longest, avoided = other[0], passage
    low = max(geodesic.km, km * LOW_SHARE)
    method = f"shortest route along shipping lanes, {km:,.0f} km"
    if avoided:
        method += f"; {longest:,.0f} km avoiding the {_PASSAGE_NAMES[avoided]}"
    return Measure(
        kind="sea",
        km=max(km, geodesic.km),
        low_km=low,
        high_km=max(longest, km) * HIGH_SHARE,
        method=method,
        source=(f"maritime lane network of Eurostat's SeaRoute (marnet), as shipped in the "
                f"searoute package {_version()} (PyPI, Apache-2.0)"),
        estimate=True,
        geometry=tuple(points),
    )


_PASSAGE_NAMES = {"suez": "Suez Canal", "panama": "Panama Canal"}
