"""Checks of the world landmarks file and the press regions added with it (issue 11).

tests/test_landmark_data.py already runs the schema, country-outline, unique-name and
near-its-city checks over every landmarks/*.yaml. This file adds what is specific to the world
landmarks: positions known independently (so a swapped digit or sign fails), how the sites sit
relative to one another, that each record's source repeats its coordinates, that the reading
resolves them in sentences written here, and that no alias is an ordinary English word or is
outranked by a town of the same name (either would capture mentions that are not the landmark).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_landmark_data import haversine_km

ROOT = Path(__file__).resolve().parents[1]
WORLD = ROOT / "routes" / "data" / "landmarks" / "world.yaml"
REGIONS = ROOT / "routes" / "data" / "regions"


def _load(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        records: list[dict[str, Any]] = yaml.safe_load(fh)["records"]
    return records


RECORDS = _load(WORLD)
BY_ID = {rec["id"]: rec for rec in RECORDS}
BY_NAME = {rec["name"]: rec for rec in RECORDS}


def rec(name: str) -> dict[str, Any]:
    assert name in BY_NAME, f"no world landmark named {name!r}"
    return BY_NAME[name]


def km_between(a: str, b: str) -> float:
    ra, rb = rec(a), rec(b)
    return haversine_km(ra["lat"], ra["lon"], rb["lat"], rb["lon"])


def aliases() -> list[tuple[str, str]]:
    return [(r["id"], a) for r in RECORDS for a in r.get("aliases") or []]


# --- the file as a whole -------------------------------------------------------------------


#: Enough of ISO 3166 to tell the continents apart for the spread check.
_CONTINENT_MEMBERS: dict[str, tuple[str, ...]] = {
    "Europe": ("GB", "IE", "FR", "DE", "NL", "BE", "LU", "CH", "AT", "IT", "VA", "ES", "PT",
               "GR", "CZ", "HU", "PL", "DK", "NO", "SE", "RU", "UA"),
    "Asia": ("TR", "IL", "PS", "SA", "AE", "QA", "IR", "IQ", "SY", "LB", "JO", "IN", "PK", "CN",
             "TW", "JP", "KR", "TH", "KH", "MY", "SG", "PH"),
    "Africa": ("EG", "ZA", "NG", "ET", "ZW"),
    "North America": ("US", "CA", "MX", "CU"),
    "South America": ("BR", "AR", "CL", "CO", "VE", "PE"),
    "Oceania": ("AU", "NZ"),
}
CONTINENT = {code: name for name, codes in _CONTINENT_MEMBERS.items() for code in codes}


def test_about_two_hundred_landmarks_on_every_inhabited_continent() -> None:
    assert len(RECORDS) >= 200
    per_continent: dict[str, int] = {}
    for r in RECORDS:
        continent = CONTINENT.get(r["country"], "other")
        per_continent[continent] = per_continent.get(continent, 0) + 1
    for continent in ("Europe", "Asia", "Africa", "North America", "South America", "Oceania"):
        assert per_continent.get(continent, 0) >= 5, (continent, per_continent)


def test_each_source_names_its_article_and_repeats_the_coordinates() -> None:
    """The point a fact-checker finds in the source must be the point in the record."""
    for r in RECORDS:
        source = r["source"]
        assert re.match(r"^Wikipedia '.+' infobox coordinates", source), r["id"]
        numbers = [float(x) for x in re.findall(r"-?\d+\.\d{3,}", source)]
        assert len(numbers) >= 2, f"{r['id']}: the source does not repeat the coordinates"
        assert abs(numbers[-2] - r["lat"]) < 1e-6 and abs(numbers[-1] - r["lon"]) < 1e-6, r["id"]


def test_kinds_are_the_ones_the_other_landmark_files_use() -> None:
    kinds = {r["kind"] for r in RECORDS}
    assert kinds <= {"venue", "landmark", "district", "zone", "factory", "airport", "port",
                     "hotel", "border_crossing"}, kinds


def test_no_world_landmark_name_is_also_a_region_name() -> None:
    """A name on a landmark and a region would make the gazetteer pick between them by luck."""

    def norm(text: str) -> str:
        return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())

    region_names: set[str] = set()
    for path in sorted(REGIONS.glob("*.yaml")):
        for r in _load(path):
            region_names.update(norm(n) for n in [r["name"], *(r.get("aliases") or [])])
    clashes = [
        (r["id"], n)
        for r in RECORDS
        for n in [r["name"], *(r.get("aliases") or [])]
        if norm(n) in region_names
    ]
    assert not clashes, clashes


# --- known positions (independent figures: GeoHack / OpenStreetMap, rounded) --------------------


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Eiffel Tower", 48.8583, 2.2944),
        ("Big Ben", 51.5007, -0.1245),
        ("Statue of Liberty", 40.6892, -74.0445),
        ("Sydney Opera House", -33.8568, 151.2153),
        ("Taj Mahal", 27.1750, 78.0422),
        ("Colosseum", 41.8902, 12.4922),
        ("Christ the Redeemer", -22.9519, -43.2105),
        ("Brandenburg Gate", 52.5163, 13.3777),
        ("Burj Khalifa", 25.1972, 55.2744),
        ("Pentagon", 38.8719, -77.0563),
        ("Western Wall", 31.7767, 35.2345),
        ("Red Square", 55.7539, 37.6208),
        ("Golden Gate Bridge", 37.8199, -122.4783),
        ("Masjid al-Haram", 21.4225, 39.8262),
        ("Angkor Wat", 13.4125, 103.8670),
        ("Machu Picchu", -13.1631, -72.5450),
        ("Pyramids of Giza", 29.9792, 31.1342),
        ("10 Downing Street", 51.5033, -0.1275),
    ],
)
def test_known_positions(name: str, lat: float, lon: float) -> None:
    r = rec(name)
    assert haversine_km(r["lat"], r["lon"], lat, lon) <= 1.0


def test_sites_sit_where_they_do_relative_to_each_other() -> None:
    # Whitehall runs from Trafalgar Square to Parliament; Downing Street opens off it.
    assert km_between("10 Downing Street", "Palace of Westminster") < 0.6
    assert km_between("Big Ben", "Palace of Westminster") < 0.2
    assert km_between("Trafalgar Square", "Palace of Westminster") < 1.2
    # Windsor is about 35 km west of central London.
    assert 30 < km_between("Windsor Castle", "Buckingham Palace") < 40
    assert rec("Windsor Castle")["lon"] < rec("Buckingham Palace")["lon"]
    # The Vatican's sites are a few hundred metres apart; the Old City's shrines too.
    assert km_between("Sistine Chapel", "St. Peter's Basilica") < 0.3
    assert km_between("St. Peter's Square", "St. Peter's Basilica") < 0.5
    mount = rec("Temple Mount")
    for name in ("Al-Aqsa Mosque", "Dome of the Rock"):
        assert km_between(name, "Temple Mount") <= mount["extent_km"]
    assert km_between("Western Wall", "Temple Mount") < 0.3
    # The Reichstag stands just north of the Brandenburg Gate, the Chancellery west of it.
    assert km_between("Reichstag building", "Brandenburg Gate") < 0.4
    assert rec("Federal Chancellery")["lon"] < rec("Reichstag building")["lon"]
    # The Pentagon is across the Potomac from the Lincoln Memorial, about 2 km south-west.
    assert 1.5 < km_between("Pentagon", "Lincoln Memorial") < 3.0
    assert rec("Pentagon")["lat"] < rec("Lincoln Memorial")["lat"]
    # Badaling is 60-70 km north-west of the Forbidden City.
    assert 55 < km_between("Great Wall of China", "Forbidden City") < 75


# --- aliases ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("rid", "alias"), aliases(), ids=lambda v: str(v))
def test_no_alias_is_a_common_english_word(rid: str, alias: str) -> None:
    from routes.reading._english import is_english_word

    assert not is_english_word(alias), f"{rid}: {alias!r} is an ordinary word"


@pytest.fixture(scope="module")
def gazetteer() -> Any:
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()


def test_each_name_and_alias_finds_its_own_record_first(gazetteer: Any) -> None:
    """Looked up alone, every name reaches the landmark, not a town that shares it."""
    wrong = []
    for r in RECORDS:
        for name in [r["name"], *(r.get("aliases") or [])]:
            found = gazetteer.candidates(name, limit=3)
            top = found[0].place if found else None
            if top is None or top.id != f"landmark:{r['id']}":
                wrong.append((r["id"], name, top and (top.name, top.kind, top.population)))
            if top is not None and top.kind == "city" and top.population >= 5000:
                assert top.name.casefold() != name.casefold(), f"{name!r} is a town's name"
    assert not wrong, wrong


# --- reading resolves them in context ------------------------------------------------------


def _read(gazetteer: Any, text: str) -> list[tuple[str, str | None]]:
    from routes.reading import read_story, read_text

    journey = read_story([read_text(text, "constructed.txt")], gazetteer)
    return [(pm.place.name, pm.place.country) for pm in [*journey.places, *journey.other_places]]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Tourists queued outside Windsor Castle on Saturday.", "Windsor Castle", "GB"),
        ("The prime minister returned to Downing Street after the summit.",
         "10 Downing Street", "GB"),
        ("Fans packed Wembley Stadium for the final.", "Wembley Stadium", "GB"),
        ("The king flew from Balmoral to London.", "Balmoral Castle", "GB"),
        ("Officials at Scotland Yard said the inquiry continues.", "New Scotland Yard", "GB"),
        ("The president spoke at the Elysee Palace in Paris.", "Élysée Palace", "FR"),
        ("The fire gutted Notre-Dame Cathedral.", "Notre-Dame de Paris", "FR"),
        ("Crowds filled Red Square for the parade.", "Red Square", "RU"),
        ("The Pope celebrated Mass in St. Peter's Square.", "St. Peter's Square", "VA"),
        ("Police entered Al-Aqsa Mosque in Jerusalem.", "Al-Aqsa Mosque", "IL"),
        ("Worshippers prayed at the Western Wall in Jerusalem.", "Western Wall", "IL"),
        ("Rescuers searched the rubble near Tahrir Square in Cairo.", "Tahrir Square", "EG"),
        ("He was held in Evin Prison in Tehran.", "Evin Prison", "IR"),
        ("Senators returned to Capitol Hill on Monday.", "Capitol Hill", "US"),
        ("A spokesman for the Pentagon declined to comment.", "Pentagon", "US"),
        ("Tourists flock to the Taj Mahal in Agra.", "Taj Mahal", "IN"),
        ("She studied at Harvard University before moving to Boston.",
         "Harvard University", "US"),
    ],
)
def test_reading_resolves_landmarks_in_context(
    gazetteer: Any, text: str, name: str, country: str
) -> None:
    assert (name, country) in _read(gazetteer, text)


def test_reading_does_not_send_windsor_castle_to_ontario(gazetteer: Any) -> None:
    found = _read(gazetteer, "The Queen spent the weekend at Windsor Castle.")
    assert ("Windsor Castle", "GB") in found
    assert not any(country == "CA" for _, country in found)


# --- press regions added to regions/physical.yaml --------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("West Coast", "West Coast", "US"),
        ("U.S. West Coast", "West Coast", "US"),
        ("Eastern Seaboard", "East Coast", "US"),
        ("Gulf Coast", "Gulf Coast", "US"),
        ("Rust Belt", "Rust Belt", "US"),
        ("Bible Belt", "Bible Belt", "US"),
        ("Sun Belt", "Sun Belt", "US"),
        ("Corn Belt", "Corn Belt", "US"),
        ("Tornado Alley", "Tornado Alley", "US"),
        ("Mississippi Delta", "Mississippi Delta", "US"),
        ("Great Barrier Reef", "Great Barrier Reef", "AU"),
        ("Home Counties", "Home Counties", "GB"),
        ("Nile Delta", "Nile Delta", "EG"),
        ("Mekong Delta", "Mekong Delta", "VN"),
        ("Côte d'Azur", "French Riviera", "FR"),
        ("Diaoyu Islands", "Senkaku Islands", None),
        ("Spratly Islands", "Spratly Islands", None),
    ],
)
def test_press_regions_resolve(gazetteer: Any, text: str, name: str, country: str | None) -> None:
    top = gazetteer.candidates(text, limit=1)[0].place
    assert (top.name, top.country) == (name, country)
    assert top.kind in {"region", "water"}


def test_press_regions_sit_in_their_country_and_read_in_a_sentence(gazetteer: Any) -> None:
    west = gazetteer.candidates("West Coast", limit=1)[0].place
    east = gazetteer.candidates("East Coast", limit=1)[0].place
    assert west.lon < -115 and east.lon > -82  # Pacific and Atlantic sides
    reef = gazetteer.candidates("Great Barrier Reef", limit=1)[0].place
    assert -25 < reef.lat < -10 and 142 < reef.lon < 154  # off Queensland
    assert ("Rust Belt", "US") in _read(gazetteer, "Voters in the Rust Belt swung the election.")
    found = _read(gazetteer, "Coral bleaching has hit the Great Barrier Reef again.")
    assert ("Great Barrier Reef", "AU") in found
