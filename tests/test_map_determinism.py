"""The same story gives the same map page, byte for byte: in one process, across processes.

folium names elements with random ids; routes.mapping._ids replaces them with ids derived from
each element's place in the tree. These tests build pages twice and compare bytes, check that the
ids are unique and keep folium's shape, that no random id survives anywhere in the page (also in
folium trees richer than ours), and that the page still works in a real browser.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from routes.mapping import _ids, build_map, write_map
from routes.mapping._ids import assign_ids
from routes.models import Journey
from tests.browser.conftest import browser, page  # noqa: F401  (the shared browser fixtures)
from tests.browser.test_map_browser import load
from tests.test_cli import SEEDS, needs_seeds, routes_exe
from tests.test_map_journeys import hostile_journey, kim_journey

_ID = re.compile(r"[0-9a-f]{32}")
_NAME = re.compile(r"\b([a-z][a-z0-9_]*)_([0-9a-f]{32})\b")


def _walk(root: Any) -> list[Any]:
    return [el for _, el in _ids._walk(root)]


@pytest.mark.parametrize("make", [kim_journey, hostile_journey])
@pytest.mark.parametrize(
    "options", [{}, {"tiles": "osm"}, {"self_contained": False}], ids=["offline", "tiles", "cdn"]
)
def test_same_journey_gives_identical_page_twice_in_one_process(
    make: Callable[[], Journey], options: dict[str, Any]
) -> None:
    first = build_map(make(), **options).html
    second = build_map(make(), **options).html
    assert first == second
    assert _ID.search(first), "the page should still name its map with a 32-hex-digit id"


def test_page_names_are_unique_and_shaped_as_folium_expects() -> None:
    html = build_map(kim_journey(), tiles="osm").html
    names = {m.group(0) for m in _NAME.finditer(html)}
    kinds = {m.group(1) for m in _NAME.finditer(html)}
    assert kinds == {"map", "tile_layer"}
    assert len({m.group(2) for m in _NAME.finditer(html)}) == len(names) == 2
    assert re.search(r'<div class="folium-map" id="map_[0-9a-f]{32}"', html)


def test_ids_depend_on_position_not_on_what_else_is_in_the_page() -> None:
    """Adding a tile layer after the map leaves the map's name alone: diffs stay small."""
    plain = {m.group(0) for m in _NAME.finditer(build_map(kim_journey()).html)}
    tiled = {m.group(0) for m in _NAME.finditer(build_map(kim_journey(), tiles="osm").html)}
    assert len(plain) == 1 and plain < tiled


def test_two_stories_differ_only_in_their_content_not_their_names() -> None:
    """Each map is its own document (an embedded map is an iframe): names may repeat across."""
    kim = build_map(kim_journey()).html
    hostile = build_map(hostile_journey()).html
    assert kim != hostile
    assert {m.group(0) for m in _NAME.finditer(kim)} == {
        m.group(0) for m in _NAME.finditer(hostile)
    }


def _rich_folium_tree() -> Any:
    """A folium page using what our map does not: markers, icons, popups with HTML, an unnamed
    layer group and tile layer, a layer control and a fitBounds call (names copied at build)."""
    import folium

    fmap = folium.Map(location=(40.0, 120.0), zoom_start=5, tiles=None)
    folium.TileLayer("OpenStreetMap").add_to(fmap)
    group = folium.FeatureGroup().add_to(fmap)  # layer_name is its get_name()
    for i, (lat, lon) in enumerate([(39.9, 116.4), (40.1, 124.4), (39.0, 125.7)]):
        folium.Marker((lat, lon), popup=folium.Popup(f"<b>stop {i}</b>"), tooltip=f"stop {i}",
                      icon=folium.Icon(color="red")).add_to(group)
    folium.CircleMarker((39.5, 120.0), radius=4).add_to(fmap)
    folium.LayerControl().add_to(fmap)
    fmap.fit_bounds([(39.0, 116.0), (40.2, 125.8)])
    return fmap.get_root()


def test_rich_folium_tree_renders_identically_and_no_random_id_survives() -> None:
    first, second = _rich_folium_tree(), _rich_folium_tree()
    random_ids = {el._id for el in _walk(first)} | {el._id for el in _walk(second)}
    assign_ids(first)
    assign_ids(second)
    html_first, html_second = first.render(), second.render()
    assert html_first == html_second
    assert not random_ids & set(_ID.findall(html_first))
    elements = _walk(first)
    assert len({el._id for el in elements}) == len(elements) > 20
    assert all(re.fullmatch(r"[0-9a-f]{32}", el._id) for el in elements)
    # popups' Html elements print their own id: the walk reached inside the popups
    assert len(re.findall(r'<div id="html_[0-9a-f]{32}"', html_first)) == 3


def test_children_stay_keyed_by_their_new_names() -> None:
    root = _rich_folium_tree()
    before = {id(el): el.get_name() for el in _walk(root)}
    explicit = {(id(el), key) for el in _walk(root) for key, child in el._children.items()
                if key != before[id(child)]}
    renamed = assign_ids(root)
    for el in _walk(root):
        for key, child in el._children.items():
            assert key == child.get_name() or (id(el), key) in explicit
    assert len(renamed) == len(before)
    assert all(old != new for old, new in renamed.items())


def test_names_copied_into_attributes_follow_the_rename() -> None:
    import folium

    root = _rich_folium_tree()
    assign_ids(root)
    fmap = next(el for el in _walk(root) if isinstance(el, folium.Map))
    group = next(el for el in _walk(root) if isinstance(el, folium.FeatureGroup))
    # its copy says "macro_element_<id>" (the kind is set after it is taken): the id follows
    assert group.layer_name == "macro_element_" + group._id
    fit = next(el for el in _walk(root) if type(el).__name__ == "FitBounds")
    assert fit._parent is fmap
    html = root.render()
    assert f"{fmap.get_name()}.fitBounds(" in html


def test_a_hash_clash_is_resolved_deterministically(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _ids.element_id

    def clashing(path: str, kind: str, salt: int = 0) -> str:
        return real("same", "same", salt)  # every element asks for the same id first

    monkeypatch.setattr(_ids, "element_id", clashing)
    first, second = _rich_folium_tree(), _rich_folium_tree()
    assign_ids(first)
    assign_ids(second)
    ids = [el._id for el in _walk(first)]
    assert len(set(ids)) == len(ids)
    assert ids == [el._id for el in _walk(second)]
    assert first.render() == second.render()


def test_element_ids_are_32_hex_and_differ_by_path_and_kind() -> None:
    a = _ids.element_id("children/0", "folium.Map:Map")
    assert re.fullmatch(r"[0-9a-f]{32}", a)
    assert a == _ids.element_id("children/0", "folium.Map:Map")
    assert a != _ids.element_id("children/1", "folium.Map:Map")
    assert a != _ids.element_id("children/0", "folium.TileLayer:TileLayer")
    assert a != _ids.element_id("children/0", "folium.Map:Map", salt=1)


def _run(args: list[str], seed: str) -> None:
    # different hash seeds: set and dict-of-str ordering must not reach the page either
    env = {**os.environ, "NO_COLOR": "1", "PYTHONHASHSEED": seed}
    done = subprocess.run([*routes_exe(), *args], capture_output=True, text=True, env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_demo_is_byte_identical_across_processes(tmp_path: Path) -> None:
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed / "kim.html"
        _run(["demo", "-o", str(out)], seed)
        pages.append((out.read_bytes(), out.with_suffix(".txt").read_bytes()))
    assert pages[0] == pages[1]


@pytest.mark.slow
@needs_seeds
def test_map_of_the_seed_articles_is_byte_identical_across_processes(tmp_path: Path) -> None:
    pages = []
    for seed in ("3", "4"):
        out = tmp_path / seed / "seeds.html"
        out.parent.mkdir()
        _run(["map", *map(str, SEEDS), "-o", str(out)], seed)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    assert b"routesDraw(map_" in pages[0]


@pytest.mark.browser
def test_deterministic_page_works_in_chromium(page: Any, tmp_path: Path) -> None:  # noqa: F811
    html = write_map(kim_journey(), tmp_path / "kim.html")[0]
    load(page, html)  # waits for routesReady: the journey script found the map by its name
    name = _NAME.search(html.read_text(encoding="utf-8"))
    assert name is not None and name.group(1) == "map"
    assert page.evaluate(f"document.getElementById('{name.group(0)}') !== null")
    assert page.evaluate(f"window['{name.group(0)}'] instanceof L.Map")
    stops = len({s.place.key for s in kim_journey().stops})
    assert page.evaluate("Object.keys(routes.stops).length") >= stops
