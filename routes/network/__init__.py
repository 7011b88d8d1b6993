"""Measures per leg: WGS84 geodesic, rail along curated corridors, road/air/sea estimates.

Public API::

    measure_leg(origin, destination, mode, *, vehicle=None, via=()) -> dict[str, Measure]
    measure_journey(journey) -> Journey          # fills Leg.measures, notes what it cannot
    measure_between(a, b, modes=None) -> dict[str, Measure]   # for `routes measure A B`
    rail_measure(a, b, *, vehicle=None, via=()) -> Measure | None
    rail_gap_reason(a, b) -> str | None          # why a leg has no rail measure
    rail_network() -> RailNetwork                # the shipped corridors as a networkx graph

Rail figures are published line kilometres where the railway publishes chainage (each line's
source is quoted in the Measure), track-shape length elsewhere. Road, air and sea are estimates
from the geodesic with documented factors (routes/data/modes.yaml), flagged ``estimate=True``
with a low-high band. Heavy imports (networkx, pyproj) happen on first use.
"""

from __future__ import annotations

from routes.network._graph import RailNetwork, RailRoute, Snap, rail_network
from routes.network._landmass import landmass, rail_impossible
from routes.network._measure import (
    measure_between,
    measure_journey,
    measure_leg,
    rail_gap_reason,
    rail_measure,
)

__all__ = [
    "RailNetwork",
    "RailRoute",
    "Snap",
    "landmass",
    "measure_between",
    "measure_journey",
    "measure_leg",
    "rail_gap_reason",
    "rail_impossible",
    "rail_measure",
    "rail_network",
]
