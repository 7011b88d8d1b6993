"""Leaflet, markercluster and our own JS/CSS, either inlined (offline) or linked from a CDN.

Why: a published map must open on a reporter's laptop on a train and keep working when a CDN
changes, so the default page carries every byte it needs. The assets come from the
xstatic-leaflet and xstatic-leaflet-markercluster wheels (already dependencies), so no file is
vendored in this repository. Folium's own asset lists (jQuery, Bootstrap, awesome-markers, Font
Awesome) are not used at all: the page draws its markers with inline SVG and needs none of them.
"""

from __future__ import annotations

import base64
import re
from functools import cache
from importlib import resources
from pathlib import Path

LEAFLET_CDN = "https://cdn.jsdelivr.net/npm/leaflet@{v}/dist/"
CLUSTER_CDN = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@{v}/dist/"

_SOURCE_MAP = re.compile(r"^\s*//# sourceMappingURL=.*$", re.MULTILINE)
_CSS_URL = re.compile(r"url\((['\"]?)images/([A-Za-z0-9_.-]+\.png)\1\)")


def _leaflet_dir() -> tuple[Path, str]:
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR), str(leaflet.VERSION)


def _cluster_dir() -> tuple[Path, str]:
    import xstatic.pkg.leaflet_markercluster as cluster

    return Path(cluster.BASE_DIR), str(cluster.VERSION)


def _script_safe(js: str) -> str:
    """Keep a library's text from closing our <script> element early."""
    return _SOURCE_MAP.sub("", js).replace("</script", "<\\/script")


@cache
def leaflet_css_inline() -> str:
    """leaflet.css with its image references turned into data URIs (no file:/http: fetch)."""
    base, _ = _leaflet_dir()
    css = (base / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        png = (base / "images" / match.group(2)).read_bytes()
        return "url(data:image/png;base64," + base64.b64encode(png).decode("ascii") + ")"

    return _CSS_URL.sub(data_uri, css)


@cache
def leaflet_js_inline() -> str:
    base, _ = _leaflet_dir()
    return _script_safe((base / "leaflet.js").read_text(encoding="utf-8"))


@cache
def cluster_css_inline() -> str:
    base, _ = _cluster_dir()
    return "\n".join(
        (base / name).read_text(encoding="utf-8")
        for name in ("MarkerCluster.css", "MarkerCluster.Default.css")
    )


@cache
def cluster_js_inline() -> str:
    base, _ = _cluster_dir()
    return _script_safe((base / "leaflet.markercluster.js").read_text(encoding="utf-8"))


@cache
def own_asset(name: str) -> str:
    """Our page script and style sheet, shipped as package data beside this module."""
    text = resources.files("routes.mapping").joinpath("static", name).read_text(encoding="utf-8")
    return _script_safe(text) if name.endswith(".js") else text


def cdn_links() -> tuple[list[str], list[str]]:
    """(css URLs, js URLs) of the same Leaflet and markercluster versions, for online pages."""
    _, lv = _leaflet_dir()
    _, cv = _cluster_dir()
    # xstatic's markercluster 1.4.1.1 packages upstream 1.4.1
    leaflet = LEAFLET_CDN.format(v=lv)
    cluster = CLUSTER_CDN.format(v=".".join(cv.split(".")[:3]))
    css = [leaflet + "leaflet.css", cluster + "MarkerCluster.css",
           cluster + "MarkerCluster.Default.css"]
    js = [leaflet + "leaflet.js", cluster + "leaflet.markercluster.js"]
    return css, js
