"""Reading throughput and place-mention accuracy: routes' reader side by side with geotext.

Run: ``.venv/bin/python bench/bench_reading.py [--mb 5]``

- Throughput: the five seed articles repeated to about 5 MB of text, read on one core by
  (a) routes: ``read_text`` + ``read_story`` per story of five articles with the real
  gazetteer (the full reading: names, descriptions, people filter, journey, figures), and
  (b) geotext 0.4 (``GeoText(text)``: a regex for capitalised words checked against its city
  and country lists) on the same texts. The gazetteer is opened (and its index built) before
  timing starts.
- Accuracy: the places each system finds in each seed article, against the hand-made list
  below (places only: cities, countries, regions and landmarks, named or described; people
  and organisations are not places). A country named only by its demonym ("Chinese") counts,
  since the reader reports demonyms as mentions of their country; so does a place named inside
  an organisation's name ("China's Liaoning Academy of Social Sciences" names Liaoning), as in
  the GeoWebNews annotation (Embedded toponyms).

Prints a markdown table with ratios against geotext.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEEDS = Path(os.environ.get("ROUTES_SEEDS", ROOT.parent / "shared" / "seeds"))

#: Hand-made from reading the seed articles: the places each one names (canonical names).
EXPECTED: dict[str, set[str]] = {
    "000": {"beijing", "china", "singapore", "washington", "pyongyang", "north korea",
            "united states", "south korea"},
    "001": {"beijing", "pyongyang", "north korea", "china", "beijing railway station",
            "great hall of the people", "south korea", "washington", "united states",
            "singapore", "tongrentang factory", "yizhuang zone", "beijing hotel",
            "korean peninsula", "liaoning"},
    "002": {"beijing", "washington", "pyongyang", "dandong", "china", "north korea",
            "united states", "south korea", "korean peninsula", "soviet union"},
    "003": {"beijing", "pyongyang", "south korea", "china", "north korea", "dandong",
            "beijing railway station", "tongrentang factory", "diaoyutai state guesthouse",
            "japan", "washington", "singapore", "russia", "united states"},
    "004": {"pyongyang", "beijing", "china", "north korea", "tongrentang factory",
            "yizhuang zone", "singapore", "washington", "united states", "south korea",
            "korean peninsula", "great hall of the people"},
}

#: Other spellings of the canonical names above, as the systems return them.
ALIASES: dict[str, str] = {
    "us": "united states", "u.s.": "united states", "usa": "united states",
    "united states of america": "united states", "america": "united states",
    "dprk": "north korea", "democratic people's republic of korea": "north korea",
    "korea, north": "north korea", "republic of korea": "south korea",
    "korea, south": "south korea", "tongrentang factory (yizhuang)": "tongrentang factory",
    "beijing economic-technological development area": "yizhuang zone",
    "yizhuang": "yizhuang zone", "peking": "beijing", "washington, d.c.": "washington",
    "washington dc": "washington", "korean peninsula": "korean peninsula",
}


def canonical(name: str) -> str:
    folded = " ".join(name.casefold().split())
    return ALIASES.get(folded, folded)


def score(found: dict[str, set[str]]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for art, expected in EXPECTED.items():
        got = found.get(art, set())
        tp += len(got & expected)
        fp += len(got - expected)
        fn += len(expected - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def routes_found(gaz: object) -> dict[str, set[str]]:
    from routes.reading import read_article, read_story

    arts = [read_article(p) for p in sorted(SEEDS.glob("0*.txt"))]
    j = read_story(arts, gaz)  # type: ignore[arg-type]
    out: dict[str, set[str]] = {}
    for pm in [*j.places, *j.other_places]:
        for q in pm.quotes:
            out.setdefault(q.source[:3], set()).add(canonical(pm.place.name))
    return out


def names_found(gaz: object) -> dict[str, set[str]]:
    from routes.reading import find_places, read_article

    arts = [read_article(p) for p in sorted(SEEDS.glob("0*.txt"))]
    out: dict[str, set[str]] = {}
    for pm in find_places(arts, gaz):  # type: ignore[arg-type]
        for q in pm.quotes:
            out.setdefault(q.source[:3], set()).add(canonical(pm.place.name))
    return out


def geotext_found() -> dict[str, set[str]]:
    from geotext import GeoText  # type: ignore[import-untyped]

    out: dict[str, set[str]] = {}
    for p in sorted(SEEDS.glob("0*.txt")):
        g = GeoText(p.read_text(encoding="utf-8"))
        out[p.name[:3]] = {canonical(n) for n in [*g.cities, *g.countries]}
    return out


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best CPU time of this process over ``repeat`` runs: one core, and robust to other work
    on a shared machine (wall-clock time is printed too)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=5.0, help="MB of text to read (default 5)")
    args = ap.parse_args()
    if not SEEDS.is_dir():
        sys.exit(f"seed articles not found in {SEEDS}; set ROUTES_SEEDS")

    from geotext import GeoText

    from routes.gazetteer import open_gazetteer
    from routes.reading import find_places, read_story, read_text

    raw = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    per_story = sum(len(r.encode("utf-8")) for r in raw)
    copies = max(1, round(args.mb * 1e6 / per_story))
    total_mb = per_story * copies / 1e6

    gaz = open_gazetteer()
    read_story([read_text(r, f"w{i}") for i, r in enumerate(raw)], gaz)  # warm caches
    GeoText(raw[0])

    def run_routes() -> None:
        for c in range(copies):
            read_story([read_text(r, f"{c}-{i}.txt") for i, r in enumerate(raw)], gaz)

    def run_names() -> None:
        for c in range(copies):
            find_places([read_text(r, f"{c}-{i}.txt") for i, r in enumerate(raw)], gaz)

    def run_geotext() -> None:
        for _ in range(copies):
            for r in raw:
                GeoText(r)

    t_routes = timed(run_routes)
    t_names = timed(run_names)
    t_geo = timed(run_geotext)
    mbs_routes, mbs_names, mbs_geo = total_mb / t_routes, total_mb / t_names, total_mb / t_geo
    p_r, r_r, f_r = score(routes_found(gaz))
    p_n, r_n, f_n = score(names_found(gaz))
    p_g, r_g, f_g = score(geotext_found())

    print(f"Reading {total_mb:.1f} MB (the 5 seed articles x {copies}), one core.\n")
    print("| system | MB/s | speed vs geotext | precision | recall | F1 | F1 vs geotext |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| routes read_text + read_story (full reading) | {mbs_routes:.2f} | "
          f"{mbs_routes / mbs_geo:.2f}x | {p_r:.2f} | {r_r:.2f} | {f_r:.2f} | "
          f"{f_r / f_g if f_g else float('inf'):.2f}x |")
    print(f"| routes read_text + find_places (names only) | {mbs_names:.2f} | "
          f"{mbs_names / mbs_geo:.2f}x | {p_n:.2f} | {r_n:.2f} | {f_n:.2f} | "
          f"{f_n / f_g if f_g else float('inf'):.2f}x |")
    print(f"| geotext 0.4 GeoText(text) | {mbs_geo:.2f} | 1.00x | {p_g:.2f} | {r_g:.2f} | "
          f"{f_g:.2f} | 1.00x |")


if __name__ == "__main__":
    main()
