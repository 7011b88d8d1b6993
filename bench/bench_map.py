"""Map page size and time to first render: routes self-contained vs routes CDN vs plain folium.

The example journey (examples/kim-2019-beijing.yaml, checked by the pipeline) is drawn three ways:

* **routes, self-contained** (the default): Leaflet, markercluster and the basemap inlined.
* **routes, CDN**: the same page linking Leaflet and markercluster from jsDelivr.
* **plain folium**: ``folium.Map`` with one default ``Marker`` + ``Popup`` per stop and one
  ``PolyLine`` per leg, and folium's default assets (Leaflet, jQuery, Bootstrap, awesome-markers,
  Font Awesome from CDNs) and no basemap.

Time to first render: from navigation start to the moment every marker and line is in the DOM
(``window.routesReady`` for routes; the markers present for folium), measured in headless Debian
Chromium with ``performance.now()``, median of N loads, each in a fresh browser context. This
machine has no internet, so CDN requests are answered locally (route interception) from the
same files the xstatic packages and Debian ship; assets with no local copy (Bootstrap,
awesome-markers, Font Awesome) are answered with an empty body. The CDN and folium columns are
therefore *lower bounds*: no DNS, TLS or download time, and folium's missing assets cost nothing.

Usage::

    .venv/bin/python bench/bench_map.py [--runs N] [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from routes.mapping import build_map  # noqa: E402
from routes.mapping._render import CHROMIUM_ARGS, chromium_path  # noqa: E402
from routes.models import Journey  # noqa: E402

DEBIAN_JQUERY = Path("/usr/share/javascript/jquery/jquery.min.js")


def example_journey() -> Journey:
    from routes.pipeline import check_files, example_journey_path

    return check_files([example_journey_path()])


def plain_folium(journey: Journey) -> str:
    import folium

    fmap = folium.Map(tiles=None, control_scale=True)
    for stop in journey.stops:
        popup = folium.Popup(f"{stop.place.name}<br>{stop.note}", max_width=300)
        folium.Marker([stop.place.lat, stop.place.lon], popup=popup,
                      tooltip=stop.place.name).add_to(fmap)
    for leg in journey.legs:
        a, b = journey.place_named(leg.origin), journey.place_named(leg.destination)
        geometry = next((m.geometry for m in leg.measures.values() if m.geometry), ())
        points = list(geometry) or ([(a.lat, a.lon), (b.lat, b.lon)] if a and b else [])
        if points:
            line = folium.PolyLine(points, tooltip=f"{leg.origin} → {leg.destination}")  # type: ignore[no-untyped-call]
            line.add_to(fmap)
    lats = [s.place.lat for s in journey.stops]
    lons = [s.place.lon for s in journey.stops]
    fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])
    html: str = fmap.get_root().render()
    return html


def local_assets() -> dict[str, bytes]:
    """File name at the end of a CDN URL -> the bytes of the same file available locally."""
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as cluster

    out: dict[str, bytes] = {}
    for base in (Path(leaflet.BASE_DIR), Path(cluster.BASE_DIR)):
        for path in base.glob("*.*s"):
            out[path.name] = path.read_bytes()
    if DEBIAN_JQUERY.exists():
        out["jquery-3.7.1.min.js"] = DEBIAN_JQUERY.read_bytes()
    return out


def measure(browser: Any, path: Path, ready: str, assets: dict[str, bytes]) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    served = {"requests": 0, "bytes": 0, "stubbed": 0}

    def answer(route: Any) -> None:
        name = route.request.url.rsplit("/", 1)[-1].split("?", 1)[0]
        body = assets.get(name)
        served["requests"] += 1
        if body is None:
            served["stubbed"] += 1
            body = b""
        served["bytes"] += len(body)
        ctype = "text/css" if name.endswith(".css") else "application/javascript"
        route.fulfill(status=200, body=body, headers={"content-type": ctype,
                                                      "access-control-allow-origin": "*"})

    context.route("http*://**/*", answer)
    page = context.new_page()
    page.goto(path.as_uri(), wait_until="commit")
    page.wait_for_function(ready, timeout=60_000)
    ms = float(page.evaluate("performance.now()"))
    context.close()
    return {"ms": ms, **served}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="3 runs per variant")
    args = ap.parse_args()
    runs = 3 if args.quick or os.environ.get("ROUTES_BENCH_QUICK") else args.runs

    journey = example_journey()
    pages = {
        "routes, self-contained (default)": (build_map(journey).html,
                                             "window.routesReady === true"),
        "routes, CDN assets": (build_map(journey, self_contained=False).html,
                               "window.routesReady === true"),
        "plain folium (default assets)": (
            plain_folium(journey),
            f"document.querySelectorAll('.leaflet-marker-icon').length >= {len(journey.stops)}"
            " && document.querySelectorAll('path.leaflet-interactive').length > 0",
        ),
    }
    assets = local_assets()
    from playwright.sync_api import sync_playwright

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for label, (html, ready) in pages.items():
            path = Path(tmp) / (label.split(",")[0].replace(" ", "_") + f"{len(rows)}.html")
            path.write_text(html, encoding="utf-8")
            measure(browser, path, ready, assets)  # warm-up: disk cache, JIT
            results = [measure(browser, path, ready, assets) for _ in range(runs)]
            rows.append({
                "label": label,
                "html": len(html.encode("utf-8")),
                "requests": results[0]["requests"],
                "served": results[0]["bytes"],
                "stubbed": results[0]["stubbed"],
                "ms": statistics.median(r["ms"] for r in results),
            })
        browser.close()

    base = rows[0]
    print("## Map page: size and time to first render\n")
    print(f"Example journey: {len(journey.stops)} stops, {len(journey.legs)} legs, "
          f"{len(journey.claims)} checked figures. Median of {runs} loads in headless Chromium "
          "(1200x800). CDN requests answered locally (no internet here): network time excluded; "
          "'stubbed' assets had no local copy and were answered empty.\n")
    print("| page | HTML bytes | external requests | bytes fetched (stubbed) | total bytes "
          "| first render ms | size vs default | time vs default |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        total = r["html"] + r["served"]
        print(f"| {r['label']} | {r['html']:,} | {r['requests']} "
              f"| {r['served']:,} ({r['stubbed']}) "
              f"| {total:,} | {r['ms']:.0f} | {total / (base['html'] + base['served']):.2f}x "
              f"| {r['ms'] / base['ms']:.2f}x |")
    budget = "within" if base["html"] <= 400_000 else "OVER"
    print(f"\nSelf-contained page: {base['html']:,} bytes, {budget} the 400 KB goal; it makes "
          "no network request.")


if __name__ == "__main__":
    main()
