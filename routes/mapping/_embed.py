"""The HTML snippet a CMS pastes to show a map inside a story page."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from routes.mapping._text import esc


def _alt_text(html_path: Path) -> str:
    txt = html_path.with_suffix(".txt")
    try:
        first = txt.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "Map of the journey"
    return first[0] if first else "Map of the journey"


def embed_snippet(
    html_path: str | os.PathLike[str], *, png: str | os.PathLike[str] | None = None,
    url: str | None = None,
) -> str:
    """A responsive iframe with a script-free fallback, sized by the height the map page posts.

    See the package docstring for the snippet's parts. ``url`` is where the page will be served
    (default: the file name, for a page published beside the story); ``png`` the static image's
    address for readers without JavaScript or frames.
    """
    page = Path(html_path)
    src = url or page.name
    alt = _alt_text(page)
    title = alt.removeprefix("Map: ").rstrip(".")
    fallback = f'<a href="{esc(src)}">{esc("Open the map: " + title)}</a>'
    if png is not None:
        png_src = str(png) if isinstance(png, str) else Path(png).name
        fallback = (f'<a href="{esc(src)}"><img src="{esc(png_src)}" alt="{esc(alt)}" '
                    'style="width:100%;height:auto"></a>')
    frame_id = "routes-map-" + hashlib.sha1(src.encode("utf-8")).hexdigest()[:10]
    return (
        f'<div class="routes-embed" style="position:relative;width:100%;aspect-ratio:3/2;'
        f'max-width:100%">\n'
        f'  <iframe id="{frame_id}" src="{esc(src)}" title="{esc(title)}" loading="lazy" '
        'style="position:absolute;inset:0;width:100%;height:100%;border:0" '
        'referrerpolicy="no-referrer"></iframe>\n'
        f"  <noscript>{fallback}</noscript>\n"
        "</div>\n"
        "<script>\n"
        "(function () {\n"
        f"  var frame = document.getElementById('{frame_id}');\n"
        "  if (!frame) { return; }\n"
        "  window.addEventListener('message', function (e) {\n"
        "    var d = e.data;\n"
        "    if (e.source !== frame.contentWindow || !d) { return; }\n"
        "    if (d.type !== 'routes-map-height') { return; }\n"
        "    var h = Number(d.height);\n"
        "    if (!isFinite(h) || h < 150 || h > 5000) { return; }\n"
        "    var box = frame.parentNode;\n"
        "    box.style.aspectRatio = 'auto';\n"
        "    box.style.height = Math.round(h) + 'px';\n"
        "  });\n"
        "}());\n"
        "</script>\n"
    )
