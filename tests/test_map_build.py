"""The map page as built in Python: offline assets, payload, escaping, files written."""

from __future__ import annotations

import json
import re
import struct
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import OutputError, RoutesError
from routes.mapping import build_map, write_map
from routes.mapping._basemap import countries_near
from routes.mapping._build import _css_token, json_for_script
from routes.models import Journey, Leg, Place, Stop
from tests.test_map_journeys import HOSTILE, hostile_journey, kim_journey

ROOT = Path(__file__).resolve().parents[1]
_PAYLOAD = re.compile(r"routesDraw\(map_[0-9a-f]+, (\{.*?\})\);", re.DOTALL)


def payload(html: str) -> dict[str, Any]:
    match = _PAYLOAD.search(html)
    assert match, "no journey payload in the page"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.fixture(scope="module")
def kim_html() -> str:
    return build_map(kim_journey()).html


def test_self_contained_page_links_nothing_external(kim_html: str) -> None:
    assert not re.search(r'<(script|img|iframe)[^>]+src=["\']?(https?:)?//', kim_html)
    assert not re.search(r"<link[^>]+stylesheet", kim_html)
    for unwanted in ("jquery", "bootstrap", "awesome-markers", "font-awesome", "fontawesome"):
        assert unwanted not in kim_html.lower()
    assert "url(images/" not in kim_html  # leaflet.css images inlined as data URIs
    assert "sourceMappingURL" not in kim_html
    assert 't.version="1.9.3"' in kim_html  # leaflet.js itself, inlined
    assert "MarkerClusterGroup" in kim_html


def test_self_contained_page_fits_the_budget(kim_html: str) -> None:
    assert len(kim_html.encode("utf-8")) <= 400_000


def test_cdn_page_links_the_same_versions_and_is_smaller(kim_html: str) -> None:
    html = build_map(kim_journey(), self_contained=False).html
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in html
    assert "leaflet.markercluster@1.4.1" in html
    assert len(html) < len(kim_html) - 150_000


def test_one_marker_per_place_carrying_every_stop_number(kim_html: str) -> None:
    data = payload(kim_html)
    numbers = {s["name"]: s["numbers"] for s in data["stops"]}
    assert numbers["Pyongyang"] == [1, 10]
    assert numbers["Beijing Railway Station"] == [3, 8]
    assert numbers["Great Hall of the People"] == [5]
    assert sorted(n for s in data["stops"] for n in s["numbers"]) == list(range(1, 11))
    kinds = {s["name"]: s["kind"] for s in data["stops"]}
    assert kinds["Beijing Hotel"] == "hotel" and kinds["Diaoyutai State Guesthouse"] == "guesthouse"
    assert [p["name"] for p in data["passed"]] == ["Sinuiju", "Shenyang"]


def test_legs_follow_measured_track_else_geodesic(kim_html: str) -> None:
    legs = payload(kim_html)["legs"]
    assert [leg["n"] for leg in legs] == list(range(1, 10))
    rail = legs[1]
    assert rail["drawnFrom"] == "rail" and len(rail["coords"]) == 6
    assert rail["coords"][1] == [41.7922, 123.4328]  # via Shenyang, not straight
    assert legs[2]["drawnFrom"] == "geodesic" and legs[2]["mode"] == "road"
    assert legs[7]["direction"] == "return" and legs[7]["offset"] is True
    assert legs[3]["offset"] is False


def test_long_geodesic_is_densified() -> None:
    a = Place("A", 40.0, -74.0, "city")
    b = Place("B", 51.5, -0.1, "city")
    j = Journey(stops=[Stop(a), Stop(b)], legs=[Leg("A", "B", "air")])
    coords = payload(build_map(j).html)["legs"][0]["coords"]
    assert len(coords) > 50
    assert max(c[0] for c in coords) > 51.5  # the great circle bows north of both ends


def test_claims_sit_on_their_leg_and_stack(kim_html: str) -> None:
    data = payload(kim_html)
    claims = data["claims"]
    assert [c["i"] for c in claims] == [0, 1, 2, 3]
    # three figures about Beijing <-> Dandong share one group, whichever direction the leg runs
    assert len({c["group"] for c in claims[:3]}) == 1
    assert [c["slot"] for c in claims[:3]] == [0, 1, 2]
    assert claims[0]["verdict"] == "inconsistent" and claims[0]["symbol"] == "✗"
    assert claims[0]["measured"] == "road ≈ 850 km · rail ≈ 1,131 km · straight line 668 km"
    assert "1,131 km" in claims[0]["popup"] and "nearer the road distance" in claims[0]["popup"]
    assert claims[3]["leg"] == 9  # "day-long ride" Dandong -> Pyongyang found by its places
    assert "four days in China" in data["legend"]  # no leg: listed in the legend


def test_page_has_title_dateline_legend_scale_and_attribution(kim_html: str) -> None:
    assert "<title>Kim Jong Un&#x27;s train to Beijing, January 2019</title>" in kim_html
    assert '<p class="rt-dateline">7–10 January 2019 · Pyongyang – Dandong – Beijing' in kim_html
    data = payload(kim_html)
    assert "GeoNames" in data["attribution"] and "Natural Earth" in data["attribution"]
    assert "landmarks and rail lines: curated, sources in popups" in data["attribution"]
    assert "L.control.scale" in kim_html
    assert "by rail, return" in data["legend"] and "figure does not fit it" in data["legend"]
    assert '<details class="rt-summary" id="rt-summary">' in kim_html


def test_hostile_text_never_reaches_the_page_raw() -> None:
    html = build_map(hostile_journey()).html
    for bad in ("<script>alert", "<img src=x", "<svg onload", "</script><script>alert(2)"):
        assert bad not in html
    data = payload(html)

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    for text in strings(data):
        for bad in HOSTILE[:5]:
            assert bad not in text
    assert 'href="javascript' not in html.lower()
    assert data["stops"][1]["kind"] == "landmark"  # "<b>venue</b>" is no CSS class


def test_story_text_never_meets_a_template_engine() -> None:
    doc = build_map(hostile_journey())
    assert "XXX" not in doc.html  # the {% for %} loop never ran
    data = payload(doc.html)
    import html as html_lib

    assert "{{ 7*7 }} {{ self.__init__ }}" in html_lib.unescape(data["stops"][0]["popup"])
    assert "{# hidden #}" in html_lib.unescape(data["legend"])
    assert "{{ 7*7 }}" in doc.summary and "&#123;&#123; 7*7" in doc.html  # the text description
    assert "&#123;&#123; 7*7 &#125;&#125;" in doc.html.split("<header", 1)[1]  # the title


def test_tiles_add_a_layer_and_unknown_tiles_fail_clearly() -> None:
    html = build_map(kim_journey(), tiles="osm").html
    assert "tile.openstreetmap.org" in html and payload(html)["online"] is True
    assert "OpenStreetMap" in payload(html)["attribution"]
    with pytest.raises(RoutesError, match="unknown tiles 'nope'"):
        build_map(kim_journey(), tiles="nope")


def test_empty_journey_still_draws_a_page() -> None:
    doc = build_map(Journey())
    assert payload(doc.html)["stops"] == [] and doc.title == "Journey map"


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(),
                    lambda kids: st.lists(kids) | st.dictionaries(st.text(), kids), max_leaves=20))
def test_script_json_cannot_close_the_script_and_round_trips(value: Any) -> None:
    text = json_for_script(value)
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == value


def test_css_tokens() -> None:
    assert _css_token("border_crossing", "x") == "border_crossing"
    assert _css_token('a" onmouseover="x', "landmark") == "landmark"
    assert _css_token("Station", "landmark") == "landmark"


def test_write_map_writes_page_and_alt_text(tmp_path: Path) -> None:
    written = write_map(kim_journey(), tmp_path / "kim")
    assert written == [tmp_path / "kim.html", tmp_path / "kim.txt"]
    assert written[1].read_text(encoding="utf-8").startswith("Map: Kim Jong Un")
    assert not list(tmp_path.glob(".*.part"))
    with pytest.raises(OutputError, match="does not exist"):
        write_map(kim_journey(), tmp_path / "missing" / "kim.html")


def test_basemap_is_small_sourced_and_cut_to_the_region() -> None:
    path = ROOT / "routes" / "data" / "basemap" / "countries.geojson"
    assert path.stat().st_size < 150_000
    world = json.loads(path.read_text(encoding="utf-8"))
    assert "Natural Earth" in world["source"] and "public domain" in world["licence"]
    assert len(world["features"]) > 170
    near = countries_near(39.0, 116.0, 41.8, 125.8)
    names = {f["properties"]["name"] for f in near["features"]}
    assert {"China", "North Korea", "South Korea", "Japan", "Mongolia"} <= names
    assert "Brazil" not in names and "France" not in names


def _dbf(rows: list[dict[str, str]], fields: list[tuple[str, int]]) -> bytes:
    header_len = 32 + 32 * len(fields) + 1
    record_len = 1 + sum(n for _, n in fields)
    out = struct.pack("<BBBBIHH20x", 3, 126, 1, 1, len(rows), header_len, record_len)
    for name, length in fields:
        out += name.encode().ljust(11, b"\0") + b"C" + b"\0" * 4 + bytes([length, 0]) + b"\0" * 14
    out += b"\r"
    for row in rows:
        out += b" " + b"".join(row[n].encode().ljust(length) for n, length in fields)
    return out


def _shp(rings: list[list[tuple[float, float]]]) -> bytes:
    pts = [p for ring in rings for p in ring]
    parts, at = [], 0
    for ring in rings:
        parts.append(at)
        at += len(ring)
    rec = struct.pack("<i4d2i", 5, 0, 0, 0, 0, len(parts), len(pts))
    rec += struct.pack(f"<{len(parts)}i", *parts) + b"".join(struct.pack("<2d", *p) for p in pts)
    return b"\0" * 100 + struct.pack(">2i", 1, len(rec) // 2) + rec


def test_basemap_script_reads_shapefile_and_dbf() -> None:
    from scripts.build_basemap import read_dbf, read_shp_polygons, to_feature

    rows = read_dbf(_dbf([{"name": "Squareland", "iso_a3": "SQL"}], [("name", 20), ("iso_a3", 3)]))
    assert rows == [{"name": "Squareland", "iso_a3": "SQL"}]
    outer = [(0.0, 0.0), (0.0, 2.0), (2.0, 2.0), (2.0, 0.0), (0.0, 0.0)]  # clockwise: a shell
    hole = [(0.5, 0.5), (1.5, 0.5), (1.5, 1.5), (0.5, 1.5), (0.5, 0.5)]
    shapes = read_shp_polygons(_shp([outer, hole]))
    assert shapes == [[outer, hole]]
    feature = to_feature(shapes[0], rows[0])
    assert feature is not None and feature["geometry"]["type"] == "Polygon"
    assert len(feature["geometry"]["coordinates"]) == 2


_TEXT = st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(HOSTILE)


@settings(max_examples=40, deadline=None)
@given(name=_TEXT, note=_TEXT, quote=_TEXT, source=_TEXT, title=_TEXT, claim=_TEXT)
def test_any_story_text_keeps_the_page_structure(
    name: str, note: str, quote: str, source: str, title: str, claim: str
) -> None:
    from routes.models import Claim, PlaceMention, Quote

    a = Place(name or "x", 10.0, 20.0, "city", source=source)
    b = Place(name + "2", 11.0, 21.0, "station", source=source)
    j = Journey(
        title=title,
        stops=[Stop(a, note=note, quotes=[Quote(quote, source)], mentions=[name]), Stop(b)],
        legs=[Leg(a.name, b.name, "rail")],
        claims=[Claim("distance", claim, source, 1.0, 2.0, "km", a.name, b.name, leg=0,
                      explanation=note)],
        places=[PlaceMention(a, [name], [Quote(quote, source)], "stop")],
    )
    html = build_map(j).html
    reference = build_map(kim_journey()).html
    for tag in ("<script", "</script", "<style", "<iframe", "<img", "<svg", "<a "):
        assert html.count(tag) == reference.count(tag), tag
    data = payload(html)
    assert len(data["stops"]) == 2 and len(data["claims"]) == 1


def test_a_leg_across_the_antimeridian_goes_the_short_way() -> None:
    a = Place("Tokyo", 35.68, 139.69, "city")
    b = Place("Los Angeles", 34.05, -118.24, "city")
    j = Journey(stops=[Stop(a), Stop(b)], legs=[Leg("Tokyo", "Los Angeles", "air")])
    coords = payload(build_map(j).html)["legs"][0]["coords"]
    lons = [c[1] for c in coords]
    assert all(abs(lons[i + 1] - lons[i]) < 10 for i in range(len(lons) - 1))
    assert lons[-1] == pytest.approx(-118.24 + 360)


def test_a_leg_between_unknown_places_is_reported_not_drawn() -> None:
    a = Place("A", 10.0, 10.0, "city")
    j = Journey(stops=[Stop(a)], legs=[Leg("A", "Atlantis <b>", "sea")])
    data = payload(build_map(j).html)
    assert data["legs"] == []
    assert "Not drawn" in data["legend"] and "Atlantis &lt;b&gt;" in data["legend"]


def test_a_figure_about_one_place_shows_in_its_popup() -> None:
    from routes.models import Claim

    j = kim_journey()
    j.claims.append(Claim("time", "early Tuesday <i>", "tv.txt", None, None, "iso",
                          origin="Dandong", verdict="unverifiable", explanation="no clock"))
    data = payload(build_map(j).html)
    dandong = next(s for s in data["stops"] if s["name"] == "Dandong")
    assert "Figures reported about this place" in dandong["popup"]
    assert "early Tuesday &lt;i&gt;" in dandong["popup"]
    pyongyang = next(s for s in data["stops"] if s["name"] == "Pyongyang")
    assert "Figures reported" not in pyongyang["popup"]


def test_legs_on_one_track_in_opposite_directions_are_shifted_apart() -> None:
    a = Place("A", 40.0, 120.0, "city")
    a2 = Place("A station", 40.01, 120.01, "station")
    b = Place("B", 41.0, 123.0, "city")
    c = Place("C", 45.0, 110.0, "city")
    j = Journey(stops=[Stop(b), Stop(a), Stop(a2), Stop(b), Stop(c)],
                legs=[Leg("B", "A"), Leg("A", "A station", "road"), Leg("A station", "B"),
                      Leg("B", "C")])
    legs = payload(build_map(j).html)["legs"]
    assert [leg["offset"] for leg in legs] == [True, False, True, False]
