"""The embed snippet and the PNG renderer's failure path (the browser path is in tests/browser)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from routes.errors import BrowserNotFoundError, OutputError
from routes.mapping import _render, embed_snippet, render_png, write_map
from tests.test_map_journeys import kim_journey


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(html)
    return p.tags


def test_snippet_is_a_responsive_iframe_with_fallback(tmp_path: Path) -> None:
    html, _ = write_map(kim_journey(), tmp_path / "kim.html")
    snippet = embed_snippet(html, png="kim.png")
    found = tags(snippet)
    names = [t for t, _ in found]
    assert names == ["div", "iframe", "noscript", "a", "img", "script"]
    box, frame = found[0][1], found[1][1]
    assert "aspect-ratio:3/2" in (box["style"] or "") and "width:100%" in (box["style"] or "")
    assert frame["src"] == "kim.html"
    assert frame["title"] == "Kim Jong Un's train to Beijing, January 2019, 7–10 January 2019"
    assert "<img src=\"kim.png\" alt=\"Map: Kim Jong Un" in snippet
    assert "e.source !== frame.contentWindow" in snippet and "routes-map-height" in snippet


def test_snippet_escapes_hostile_urls(tmp_path: Path) -> None:
    html, _ = write_map(kim_journey(), tmp_path / "kim.html")
    snippet = embed_snippet(html, url='x" onload="alert(1)', png='y"><script>alert(2)</script>')
    assert 'onload="alert' not in snippet and "<script>alert" not in snippet
    assert [t for t, _ in tags(snippet)].count("script") == 1


def test_snippet_without_png_links_the_page(tmp_path: Path) -> None:
    html, _ = write_map(kim_journey(), tmp_path / "kim.html")
    snippet = embed_snippet(html, url="https://example.org/maps/kim.html")
    assert '<noscript><a href="https://example.org/maps/kim.html">Open the map' in snippet


def test_no_browser_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    html, _ = write_map(kim_journey(), tmp_path / "kim.html")
    monkeypatch.setattr(_render, "CHROMIUM", str(tmp_path / "no-chromium"))
    monkeypatch.setenv("ROUTES_CHROMIUM", str(tmp_path / "nope"))
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(BrowserNotFoundError, match="no headless Chromium"):
        render_png(html, tmp_path / "kim.png", 800, 600)
    assert not (tmp_path / "kim.png").exists()


def test_render_refuses_missing_page_and_silly_sizes(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such map page"):
        render_png(tmp_path / "none.html", tmp_path / "x.png", 800, 600)
    html, _ = write_map(kim_journey(), tmp_path / "kim.html")
    with pytest.raises(OutputError, match=r"100\.\.8000"):
        render_png(html, tmp_path / "x.png", 10, 600)
