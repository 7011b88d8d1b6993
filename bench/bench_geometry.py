"""Geometry benchmarks: vectorised route length, and shortest rail path on the shipped network.

Run: ``.venv/bin/python bench/bench_geometry.py`` (prints a markdown table with ratios).

1. Length of a 10,000-vertex route: ``routes.geodesy.path_length_m`` (one pyproj call over the
   arrays) against the obvious alternative, a Python loop of ``geopy.distance.geodesic`` over the
   9,999 segments. Goal: at least 50x faster, agreeing within 1 m.
2. Shortest rail path Beijing -> Pyongyang on the shipped corridors: a cached query
   (``RailNetwork.route``) against rebuilding the network from the YAML files and routing.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from routes.geodesy import path_length_m
from routes.network import rail_network
from routes.network._corridors import load_corridors
from routes.network._graph import RailNetwork


def best_of(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def route_10k() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(2019)
    # A wandering track from Beijing towards Pyongyang, ~1 km steps.
    lats = 39.9 + np.cumsum(rng.normal(0.0, 0.006, 10_000))
    lons = 116.4 + np.cumsum(rng.normal(0.001, 0.008, 10_000))
    return lats, lons


def main() -> None:
    from geopy.distance import geodesic

    lats, lons = route_10k()

    def vectorised() -> float:
        return path_length_m(lats, lons)

    def geopy_loop() -> float:
        total = 0.0
        for i in range(len(lats) - 1):
            total += geodesic((lats[i], lons[i]), (lats[i + 1], lons[i + 1])).meters
        return total

    path_length_m(lats[:10], lons[:10])  # warm pyproj
    t_vec, v_vec = best_of(vectorised, 7)
    t_loop, v_loop = best_of(geopy_loop, 3)
    diff = abs(float(v_vec) - float(v_loop))  # type: ignore[arg-type]

    net = rail_network()
    net.route("cn-beijing", "kp-pyongyang")  # warm networkx

    def query() -> object:
        return net.route("cn-beijing", "kp-pyongyang")

    def rebuild_and_query() -> object:
        return RailNetwork(load_corridors()).route("cn-beijing", "kp-pyongyang")

    samples = []
    for _ in range(200):
        t0 = time.perf_counter()
        query()
        samples.append(time.perf_counter() - t0)
    t_query = statistics.median(samples)
    t_rebuild, _ = best_of(rebuild_and_query, 5)
    route = query()

    print("| benchmark | ours | alternative | ratio | note |")
    print("|---|---|---|---|---|")
    print(
        f"| 10,000-vertex route length | path_length_m {t_vec * 1e3:.2f} ms | "
        f"geopy.geodesic loop {t_loop * 1e3:.0f} ms | {t_loop / t_vec:.0f}x faster | "
        f"{float(v_vec) / 1000:,.1f} km; difference {diff * 1000:.3f} mm (goal < 1 m) |"  # type: ignore[arg-type]
    )
    n_nodes = net.graph.number_of_nodes()
    n_edges = net.graph.number_of_edges()
    print(
        "| shortest rail path Beijing -> Pyongyang | "
        f"cached network {t_query * 1e6:.0f} us (median) | "
        f"load YAML + build + route {t_rebuild * 1e3:.1f} ms | {t_rebuild / t_query:.0f}x faster | "
        f"{n_nodes} stations, {n_edges} sections; {route.km:,.1f} km |"  # type: ignore[attr-defined]
    )


if __name__ == "__main__":
    main()
