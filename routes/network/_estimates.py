"""Distances estimated from the geodesic where no network ships offline: road, air, sea, and
rail beyond the curated corridors.

Why estimates and not nothing: "840 km" for Beijing - Dandong can only be recognised as a road
figure if we have some road figure. Without a road network we multiply the geodesic by a
published circuity factor and carry a low-high band, flagged ``estimate=True``, so the
explanation says "estimated road distance" and never presents it as measured. All factors and
their sources live in routes/data/modes.yaml.
"""

from __future__ import annotations

from typing import Any

from routes.models import Measure, Place
from routes.network._data import modes_config

GEODESIC_METHOD = "WGS84 ellipsoid geodesic (pyproj/GeographicLib)"
#: every estimate made from the geodesic says so first in its method, which is how
#: :func:`from_geodesic` tells it from a measure along a network
ESTIMATE_PREFIX = "estimate: "


def _line(a: Place, b: Place, max_segment_km: float = 50.0) -> tuple[tuple[float, float], ...]:
    from routes.geodesy import densify

    return tuple(densify([(a.lat, a.lon), (b.lat, b.lon)], max_segment_km))


def geodesic_measure(a: Place, b: Place) -> Measure:
    """The straight line on the ellipsoid: the floor for every other measure."""
    from routes.geodesy import geodesic_km

    km = geodesic_km(a.lat, a.lon, b.lat, b.lon)
    return Measure(
        kind="geodesic",
        km=km,
        method=GEODESIC_METHOD,
        source=(
            f"coordinates of {a.name} ({a.source or 'gazetteer'}) "
            f"and {b.name} ({b.source or 'gazetteer'})"
        ),
        geometry=_line(a, b),
    )


def estimated(method: str) -> str:
    """A method marked as an estimate from the straight line (see :func:`from_geodesic`)."""
    return ESTIMATE_PREFIX + method


def from_geodesic(measure: Measure) -> bool:
    """Whether a measure is the straight line times a factor (wholly, or in part for a sum over
    legs), not a length along a network: its geometry is the straight line, so it is no track
    to draw or credit as curated, and its figure is a band, not a published length."""
    return measure.estimate and measure.method.startswith(ESTIMATE_PREFIX)


def _factor_measure(kind: Any, geodesic: Measure, cfg: dict[str, Any], method: str) -> Measure:
    g = geodesic.km
    return Measure(
        kind=kind,
        km=g * float(cfg["factor"]),
        low_km=g * float(cfg["low"]),
        high_km=g * float(cfg["high"]),
        method=estimated(method),
        source=" ".join(str(cfg["source"]).split()),
        estimate=True,
        geometry=geodesic.geometry,
    )


def road_measure(
    geodesic: Measure, countries: tuple[str | None, str | None] = (None, None)
) -> Measure:
    """Geodesic x circuity factor (inter-city, within a city, or a country's own), with its band."""
    cfg_all = modes_config()["road_circuity"]
    bands = {k: v for k, v in cfg_all.items() if k != "by_country"}
    cfg = max(
        (b for b in bands.values() if geodesic.km >= float(b["min_km"])),
        key=lambda b: float(b["min_km"]),
    )
    same = countries[0] is not None and countries[0] == countries[1]
    national = (cfg_all.get("by_country") or {}).get(countries[0]) if same else None
    if national is not None and geodesic.km >= float(bands["long"]["min_km"]):
        cfg = national
    method = (
        f"geodesic x circuity factor {float(cfg['factor']):.2f} "
        f"(band {float(cfg['low']):.2f}-{float(cfg['high']):.2f}); no road network ships offline"
    )
    return _factor_measure("road", geodesic, cfg, method)


def rail_estimate(geodesic: Measure) -> Measure:
    """Geodesic x rail circuity factor, with its band, for a train leg the curated corridors do
    not reach: a figure for it can then be judged instead of left open."""
    cfg = modes_config()["rail_circuity"]
    method = (
        f"geodesic x rail circuity factor {float(cfg['factor']):.2f} "
        f"(band {float(cfg['low']):.2f}-{float(cfg['high']):.2f}); the curated rail corridors "
        "do not join these places"
    )
    return _factor_measure("rail", geodesic, cfg, method)


def air_measure(geodesic: Measure) -> Measure | None:
    """Geodesic plus a routing allowance; None for legs too short to fly."""
    cfg = modes_config()["air_allowance"]
    if geodesic.km < float(cfg["min_km"]):
        return None
    method = (
        f"geodesic x {float(cfg['factor']):.2f} airway allowance "
        f"(band {float(cfg['low']):.2f}-{float(cfg['high']):.2f})"
    )
    return _factor_measure("air", geodesic, cfg, method)


def sea_measure(geodesic: Measure) -> Measure:
    """Geodesic with a shipping-lane allowance; where the straight line runs over land for
    long, the route round it along the shipping lanes, or (ends far from the lanes) a band
    widened to such a route. Always an estimate."""
    from routes.network._land import crosses_land
    from routes.network._sea_lanes import lane_measure

    if geodesic.geometry and crosses_land(geodesic.geometry):
        # round the land along the shipping lanes (routes/network/_sea_lanes.py); over open
        # water the allowance below is as close, and the lanes' coarse model of a coast would
        # send a ferry round headlands it crosses
        lanes = lane_measure(geodesic)
        if lanes is not None:
            return lanes
        cfg = modes_config()["sea_round_land"]
        method = (
            f"the straight line crosses land, so the ship goes round it: geodesic x "
            f"{float(cfg['factor']):.2f} (band {float(cfg['low']):.2f}-"
            f"{float(cfg['high']):.2f}); coastlines not modelled"
        )
        return _factor_measure("sea", geodesic, cfg, method)
    cfg = modes_config()["sea_allowance"]
    method = (
        f"geodesic x {float(cfg['factor']):.2f} shipping allowance "
        f"(band {float(cfg['low']):.2f}-{float(cfg['high']):.2f}); coastlines not modelled"
    )
    return _factor_measure("sea", geodesic, cfg, method)
