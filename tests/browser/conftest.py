"""One headless Debian Chromium for the whole session, and the map pages the tests load.

Skipped with a reason when /usr/bin/chromium (or $ROUTES_CHROMIUM) is missing, except under
CI=true, where a missing browser fails the run: CI must prove the pages work in a real browser.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from routes.mapping import write_map
from routes.mapping._render import CHROMIUM_ARGS
from tests.test_map_journeys import hostile_journey, kim_journey


def _chromium() -> str:
    from routes.errors import BrowserNotFoundError
    from routes.mapping._render import chromium_path

    try:
        return chromium_path()
    except BrowserNotFoundError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {exc}")
        pytest.skip(f"browser tests need Debian's chromium: {exc}")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    executable = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but the playwright package is missing")
        pytest.skip("browser tests need the playwright package")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})  # type: ignore[attr-defined]
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def maps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("maps")
    return {
        "kim": write_map(kim_journey(), folder / "kim.html")[0],
        "hostile": write_map(hostile_journey(), folder / "hostile.html")[0],
        "tiles": write_map(kim_journey(), folder / "tiles.html", tiles="osm")[0],
    }
