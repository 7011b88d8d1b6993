"""Static PNG of a map page, rendered by Debian's headless Chromium through playwright.

Why this browser and these flags: the machines that run routes have no browser downloads
(``playwright install`` is never run), so we drive the system Chromium; the flags stop it from
phoning home (background networking, component updates, sync), which would otherwise be the only
network traffic of an offline render.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import shutil
from pathlib import Path

from routes.atomicio import write_bytes_atomic
from routes.errors import BrowserNotFoundError, OutputError

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str:
    """The Chromium to drive: $ROUTES_CHROMIUM, else Debian's, else one on PATH."""
    for candidate in (os.environ.get("ROUTES_CHROMIUM"), CHROMIUM, shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise BrowserNotFoundError(
        "no headless Chromium found for PNG output; install Debian's chromium "
        "(apt-get install chromium) or set ROUTES_CHROMIUM to its path"
    )


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _screenshot(executable: str, page_file: Path, width: int, height: int) -> bytes:
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        raise BrowserNotFoundError(
            "PNG output needs the playwright package: pip install 'routes[browser]'"
        ) from exc
    # playwright gives each launch a fresh throw-away profile (the --user-data-dir we want)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(page_file.as_uri(), wait_until="load")
                page.wait_for_function("window.routesReady === true", timeout=30_000)
                # a still image has no use for buttons: the page hides them under .rt-static
                page.evaluate("document.documentElement.classList.add('rt-static')")
                page.wait_for_timeout(300)  # let tiles and fades settle; not a test assertion
                data: bytes = page.screenshot(type="png", full_page=False)
            finally:
                browser.close()
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise BrowserNotFoundError(f"headless Chromium failed to render the map: {first}") from exc
    return data


def render_png(
    html_path: str | os.PathLike[str], png_path: str | os.PathLike[str], width: int, height: int,
) -> Path:
    """Screenshot the map page at ``width`` x ``height`` CSS pixels, written atomically."""
    page_file = Path(html_path).resolve()
    if not page_file.is_file():
        raise OutputError(f"cannot render {html_path}: no such map page; write the map first")
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise OutputError(f"cannot render a {width}x{height} image; use 100..8000 pixels per side")
    executable = chromium_path()
    if _loop_running():
        # playwright's sync API refuses to run where an asyncio loop runs (Jupyter, or a test that
        # already drives a browser): render in a worker thread, which has no loop.
        with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
            data = pool.submit(_screenshot, executable, page_file, width, height).result()
    else:
        data = _screenshot(executable, page_file, width, height)
    return write_bytes_atomic(png_path, data)
