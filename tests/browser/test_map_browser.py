"""The map pages in headless Chromium: offline, complete, clickable, safe, embeddable, drawable."""

from __future__ import annotations

import base64
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from routes.mapping import embed_snippet, render_png
from tests.test_map_journeys import HOSTILE, kim_journey

pytestmark = pytest.mark.browser

Page = Any  # playwright.sync_api.Page; kept loose so mypy needs no playwright stubs


def load(page: Page, path: Path) -> None:
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.routesReady === true")


def show_stop(page: Page, number: int) -> None:
    """Zoom until the stop's marker leaves its cluster (what a reader does by clicking it)."""
    page.evaluate(
        """n => new Promise(done => {
             const m = routes.stops[n];
             routes.cluster.zoomToShowLayer(m, () => {
               routes.map.panTo(m.getLatLng(), {animate: false});  // clear of the controls
               done(true);
             });
           })""",
        number,
    )
    page.wait_for_selector(f'.rt-stop[data-stop~="{number}"]', state="visible")


def popup_text(page: Page) -> str:
    """Text of the open popup, once the one it replaced has faded out."""
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    text: str = page.locator(".leaflet-popup-content").inner_text()
    return text


def test_offline_page_makes_no_network_request(page: Page, maps: dict[str, Path]) -> None:
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    load(page, maps["kim"])
    page.wait_for_load_state("networkidle")
    show_stop(page, 5)  # zooming and opening clusters must not fetch anything either
    page.click('.rt-stop[data-stop~="5"]')
    page.wait_for_load_state("networkidle")
    assert urls, "the page itself should have been requested"
    assert all(u.startswith(("file:", "data:")) for u in urls), urls


def test_every_stop_is_on_the_map_and_its_popup_shows_quotes(
    page: Page, maps: dict[str, Path]
) -> None:
    load(page, maps["kim"])
    journey = kim_journey()
    for number, stop in enumerate(journey.stops, 1):
        show_stop(page, number)
        marker = page.locator(f'.rt-stop-wrap:has(.rt-stop[data-stop~="{number}"])')
        assert marker.count() == 1
        assert marker.get_attribute("title") == stop.place.name  # named for screen readers
        assert str(number) in marker.locator(".rt-num").inner_text()
    show_stop(page, 5)
    page.click('.rt-stop[data-stop~="5"]')
    text = popup_text(page)
    assert "Great Hall of the People" in text and "Stop 5" in text
    assert "Talks and a banquet were held at the Great Hall of the People." in text
    assert "paper.txt" in text and "curated landmark" in text
    show_stop(page, 1)
    page.click('.rt-stop[data-stop~="1"]')
    text = popup_text(page)
    assert "The train left Pyongyang on Monday." in text and "GeoNames 1871859" in text


def test_overview_clusters_the_beijing_stops_under_their_numbers(
    page: Page, maps: dict[str, Path]
) -> None:
    load(page, maps["kim"])
    clusters = page.locator(".rt-cluster")
    assert clusters.count() == 1
    assert "3–8" in clusters.inner_text() and "Beijing" in clusters.inner_text()
    assert page.locator(".rt-legend ol.rt-stops li").count() == 10
    # the inset details the cluster, for readers of a still image too
    inset = page.locator(".rt-inset")
    assert inset.is_visible() and inset.locator(".rt-inset-title").inner_text() == (
        "Beijing: stops 3–8"
    )
    assert inset.locator(".rt-mini").count() == 5
    cluster_box = clusters.bounding_box()
    inset_box = inset.bounding_box()
    assert cluster_box and inset_box
    assert cluster_box["x"] + cluster_box["width"] < inset_box["x"]  # never covers its cluster
    # the legend's stop list opens a clustered stop where it is
    page.click('.rt-legend button.rt-goto[data-stop="5"]')
    assert "Stop 5" in popup_text(page)
    assert page.locator('.rt-stop[data-stop~="5"]').is_visible()
    page.wait_for_function(
        "getComputedStyle(document.querySelector('.rt-inset')).display === 'none'"
    )


def test_each_leg_and_each_checked_figure_is_drawn(page: Page, maps: dict[str, Path]) -> None:
    load(page, maps["kim"])
    for n in range(1, 10):
        assert page.locator(f"path.rt-leg-{n}").count() >= 1, f"leg {n} missing"
    for i in range(4):
        assert page.locator(f'.rt-claim[data-claim="{i}"]').is_visible()
    badge = page.locator('.rt-claim[data-claim="0"]')
    assert "stated about 840 km" in badge.inner_text()
    assert "rail ≈ 1,131 km" in badge.inner_text()
    assert "rt-inconsistent" in (badge.get_attribute("class") or "")
    badge.click()
    text = popup_text(page)
    assert "✗ inconsistent" in text and "nearer the road distance" in text
    # badges do not cover each other
    boxes = [page.locator(f'.rt-claim[data-claim="{i}"]').bounding_box() for i in range(4)]
    for a in range(4):
        for b in range(a + 1, 4):
            ba, bb = boxes[a], boxes[b]
            assert ba and bb
            apart = (ba["x"] + ba["width"] <= bb["x"] + 1 or bb["x"] + bb["width"] <= ba["x"] + 1
                     or ba["y"] + ba["height"] <= bb["y"] + 1
                     or bb["y"] + bb["height"] <= ba["y"] + 1)
            assert apart, (a, b)


def test_hostile_text_renders_literally(page: Page, maps: dict[str, Path]) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    load(page, maps["hostile"])
    assert page.locator("h1").inner_text().startswith("Title " + HOSTILE[0])
    assert page.title().startswith("Title <script>alert(1)</script>")
    texts = [page.locator(".rt-legend").inner_text()]
    page.click(".rt-legend summary")  # fold the key so it covers no marker
    for number in (1, 2):
        show_stop(page, number)
        page.click(f'.rt-stop[data-stop~="{number}"]')
        texts.append(popup_text(page))
    page.click('.rt-claim[data-claim="0"]')
    texts.append(popup_text(page))
    page.evaluate("routes.legs[0].hit.openPopup()")
    texts.append(popup_text(page))
    page.click("#rt-summary summary")
    texts.append(page.locator("#rt-summary").inner_text())
    joined = "\n".join(texts)
    for bad in [*HOSTILE[:6], *HOSTILE[7:]]:
        assert bad in joined, bad
    assert "49" not in joined  # {{ 7*7 }} was never evaluated
    injected = page.evaluate(
        """() => ({
             img: document.querySelectorAll('img[src="x"], img[onerror]').length,
             svg: document.querySelectorAll('svg[onload]').length,
             js: document.querySelectorAll('a[href^="javascript" i]').length,
             // the story's text lives, escaped, only in the data passed to routesDraw()
             scripts: [...document.scripts].filter(
               s => s.textContent.includes('alert(') && !s.textContent.includes('routesDraw(')
             ).length,
           })"""
    )
    assert injected == {"img": 0, "svg": 0, "js": 0, "scripts": 0}
    assert dialogs == []


def test_phone_width_fits_without_sideways_scroll(browser: Any, maps: dict[str, Path]) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    try:
        page = context.new_page()
        load(page, maps["kim"])
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert page.locator(".rt-legend details.rt-legend-box").get_attribute("open") is None
        # on a phone each stack of figures folds into one badge counting its verdicts
        assert page.locator(".rt-claim[data-claim]").count() == 0
        groups = page.locator(".rt-group")
        assert groups.count() == 2  # Beijing-Dandong (3 figures), Dandong-Pyongyang (1)
        group = page.locator(".rt-group", has_text="3 figures")
        assert " ".join(group.inner_text().split()) == (
            "3 figures ✗ 1 inconsistent ✓ 2 consistent"
        )
        group.click()
        text = popup_text(page)
        assert "stated about 840 km" in text and "12–14 h" in text and "13-hour trip" in text
    finally:
        context.close()


def test_online_tiles_keep_the_offline_basemap_underneath(
    page: Page, maps: dict[str, Path]
) -> None:
    asked: list[str] = []

    def refuse(route: Any) -> None:
        asked.append(route.request.url)
        route.abort()

    page.route("http*://**/*", refuse)
    load(page, maps["tiles"])
    page.wait_for_function("document.querySelectorAll('.leaflet-tile').length > 0")
    assert any("tile.openstreetmap.org" in u for u in asked)
    assert page.locator(".leaflet-rt-base-pane path").count() > 5  # the fallback is drawn
    assert page.locator(".rt-claim").count() == 4


@pytest.fixture()
def served(maps: dict[str, Path]) -> Iterator[str]:
    folder = maps["kim"].parent
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host = (
        "<!doctype html><html><head><meta charset='utf-8'><title>story</title></head><body>"
        "<article style='max-width:900px;margin:0 auto'><p>Story text above the map.</p>"
        + embed_snippet(maps["kim"], png="kim.png")
        + "<p>Story text below.</p></article></body></html>"
    )
    (folder / "host.html").write_text(host, encoding="utf-8")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_embed_snippet_resizes_to_the_height_the_page_posts(page: Page, served: str) -> None:
    page.goto(served + "/host.html")
    page.wait_for_function(
        "document.querySelector('.routes-embed').style.height.endsWith('px')"
    )
    frame = page.frame_locator(".routes-embed iframe")
    frame.locator(".rt-head").wait_for()
    inner = page.frames[1]
    inner.wait_for_function("window.routesReady === true")

    def heights() -> tuple[int, int]:
        box = page.evaluate("parseInt(document.querySelector('.routes-embed').style.height)")
        doc = inner.evaluate(
            "Math.ceil(document.documentElement.getBoundingClientRect().height)"
        )
        return int(box), int(doc)

    box, doc = heights()
    assert box == doc and 500 < box < 900
    assert inner.evaluate("document.documentElement.classList.contains('rt-embedded')")
    page.set_viewport_size({"width": 420, "height": 800})  # a phone: map turns 4:5, taller
    page.wait_for_function(
        f"parseInt(document.querySelector('.routes-embed').style.height) !== {box}"
    )
    page.wait_for_function(
        """() => {
             const f = document.querySelector('.routes-embed iframe').contentDocument;
             const h = Math.ceil(f.documentElement.getBoundingClientRect().height);
             return parseInt(document.querySelector('.routes-embed').style.height) === h;
           }"""
    )
    new_box, new_doc = heights()
    assert new_box == new_doc and new_box != box


def test_png_is_rendered_and_not_blank(page: Page, maps: dict[str, Path], tmp_path: Path) -> None:
    png = render_png(maps["kim"], tmp_path / "kim.png", 900, 600)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    page.set_content("<canvas id=c></canvas>")
    stats = page.evaluate(
        """src => new Promise(done => {
             const img = new Image();
             img.onload = () => {
               const c = document.getElementById('c');
               c.width = img.width; c.height = img.height;
               const g = c.getContext('2d');
               g.drawImage(img, 0, 0);
               const px = g.getImageData(0, 0, img.width, img.height).data;
               const colours = new Set();
               for (let i = 0; i < px.length; i += 4 * 97) {
                 colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
               }
               done({w: img.width, h: img.height, colours: colours.size});
             };
             img.src = src;
           })""",
        "data:image/png;base64," + base64.b64encode(data).decode(),
    )
    assert stats["w"] == 900 and stats["h"] == 600
    assert stats["colours"] > 50


def test_replay_runs_through_every_leg_in_order(page: Page, maps: dict[str, Path]) -> None:
    load(page, maps["kim"])
    captions: list[str] = []
    page.expose_function("rtCaption", lambda text: captions.append(text))
    page.evaluate(
        """() => new MutationObserver(() => {
             rtCaption(document.querySelector('.rt-replay-caption').innerText);
           }).observe(document.querySelector('.rt-replay-caption'), {childList: true})"""
    )
    assert page.evaluate("routes.replay(40)") is True
    page.wait_for_function("document.querySelector('.rt-replay-caption').innerText"
                           ".startsWith('Journey complete')")
    legs = [c.splitlines()[0] for c in captions if c.startswith("Leg ")]
    assert [int(c.split(":")[0].split()[1]) for c in legs] == list(range(1, 10))
    assert any("left Wed 9 Jan 2019, 15:00 (UTC+08)" in c for c in captions)
    assert page.locator(".rt-replay-button").is_enabled()
