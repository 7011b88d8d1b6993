"""Annotated journey maps: offline by default, embeddable, rendered to PNG by headless Chromium.

Public API::

    build_map(journey, *, tiles=None, self_contained=True) -> MapDocument
    write_map(journey, path, *, tiles=None, png=None, width=1200, height=800) -> list[Path]
    embed_snippet(html_path, *, png=None, url=None) -> str
    render_png(html_path, png_path, width, height) -> Path

The page (see ``_build`` for the design choices): route per leg along its measured geometry
(rail track from the network stage, else a geodesic), styled by mode, arrows for direction,
return legs in another colour and shifted beside the outbound line; numbered stops with icons by
kind, clustered where they crowd (the Beijing stops) with the cluster labelled by the stop
numbers it holds and detailed in an inset map; each checked figure as a badge on its leg
(colour + symbol + word for the verdict, explanation in its popup); title, dateline, legend,
scale bar, data attribution, and a text description for screen readers which is also written
as ``NAME.txt`` (alt text); a "Replay journey" button runs a dot along the legs in order with
their times.
Self-contained pages inline Leaflet and markercluster from the xstatic packages and carry a
Natural Earth basemap, so they make no network request; ``tiles=`` adds online tiles on top.

Embedding (``routes embed PATH.html``) prints::

    <div class="routes-embed" style="position:relative;width:100%;aspect-ratio:3/2">
      <iframe id="routes-map-…" src="PATH.html" title="…" loading="lazy" style="…100%…"></iframe>
      <noscript><a href="PATH.html"><img src="PATH.png" alt="(the map's summary)"></a></noscript>
    </div>
    <script>/* listener: sets the box height from the page's message */</script>

* The box keeps a 3:2 aspect ratio at 100 % width until the page reports its height.
* Inside a frame the map page lays itself out at its natural height (map at 3:2, 4:5 on
  phones, plus title and text description) and posts
  ``{type: "routes-map-height", height: N}`` to its parent on load, on resize and when the
  legend or description is opened; the listener accepts messages only from its own iframe and
  only heights between 150 and 5000 px.
* Without JavaScript the reader gets the PNG (alt text: the map's one-line summary) linking to
  the page; without a PNG, a plain link.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from routes.atomicio import write_text_atomic
from routes.errors import OutputError
from routes.mapping._build import MapDocument, build_map
from routes.mapping._embed import embed_snippet
from routes.mapping._render import render_png
from routes.models import Journey


def write_map(
    journey: Journey, path: str | os.PathLike[str], *, tiles: str | None = None,
    png: str | os.PathLike[str] | None = None, width: int = 1200, height: int = 800,
    protect: Sequence[str | os.PathLike[str]] = (),
) -> list[Path]:
    """Write PATH.html and PATH.txt (the summary) atomically, and the PNG if asked; return them.

    ``protect`` lists files that must never be overwritten (the command's inputs): the summary
    of ``-o story.html`` is ``story.txt``, which may well be the article itself.
    """
    if not str(path).strip() or Path(path).name in ("", ".", ".."):
        raise OutputError(
            f"cannot write a map to {str(path)!r}: give a file name, e.g. maps/trip.html"
        )
    target = Path(path)
    if target.suffix.lower() not in (".html", ".htm"):
        target = target.with_name(target.name + ".html")
    outputs = [target, target.with_suffix(".txt"), *([Path(png)] if png is not None else [])]
    guarded = {Path(p).resolve() for p in protect}
    for out in outputs:
        if out.resolve() in guarded:
            raise OutputError(
                f"writing the map to {target} would overwrite the input {out}; "
                "choose another -o name"
            )
    doc = build_map(journey, tiles=tiles, self_contained=True)
    written = [write_text_atomic(target, doc.html),
               write_text_atomic(target.with_suffix(".txt"), doc.summary)]
    if png is not None:
        written.append(render_png(target, png, width, height))
    return written


__all__ = ["MapDocument", "build_map", "embed_snippet", "render_png", "write_map"]
