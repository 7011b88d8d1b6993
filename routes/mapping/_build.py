"""Assemble the map page: folium for the page and map, our own layer for the journey.

Design choices, and why:

* **One JSON payload, drawn by our script.** Folium's Popup template pastes HTML into a JS
  template literal and needs jQuery; story text with a backtick or ``${`` would break out. We
  instead pass every string as JSON, encoded so that ``<``, ``>`` and ``&`` cannot close the
  script element, and each string is already HTML-escaped by :mod:`routes.mapping._text`.
* **Clustered stops.** The stops inside a city (station, hall, hotel, factory, zone) sit within a
  few kilometres: at the zoom that shows the whole journey they would pile on one pixel. We use
  Leaflet.markercluster, whose cluster badge we label with the stop numbers it holds ("3–7") and
  the city, so the overview still reads as a numbered itinerary; a click zooms in and spreads the
  stops, and the legend lists every stop by number (each entry opens its stop). A cluster alone
  fails readers of a still image (PNG, print), so on maps 600 px and wider an inset in the bottom
  corner away from the cluster shows its stops by number with the legs between them; it follows
  the clustering as the reader zooms and disappears when nothing is clustered. On phones the
  inset has no room: the cluster and the legend's stop list do the job.
* **Figures where they read.** The badges for the figures about one pair of places stack at one
  anchor on their leg; the page tries several points along the leg and both sides, and keeps the
  spot that covers the fewest stops, labels, controls and route vertices, again after each zoom.
  A badge repeats no measure shown by the badge above it. Below 480 px a stack folds into one
  badge counting its verdicts, whose popup lists every figure.
* **Same story, same bytes.** Before rendering, every element's random folium id is replaced
  by one derived from its place in the tree (:mod:`routes.mapping._ids`), so regenerating a
  committed map changes nothing unless the story or the code did.
* **Offline basemap below tiles.** Country outlines sit in a pane under the tile pane, so with
  ``tiles=`` the tiles cover them when online and they remain when tiles fail.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from routes.errors import RoutesError
from routes.mapping import _assets, _text
from routes.mapping._basemap import countries_near
from routes.mapping._geometry import LatLon, leg_geometry, point_along
from routes.mapping._ids import assign_ids
from routes.models import Claim, Journey, Place, PlaceMention, Stop
from routes.network._estimates import from_geodesic

VERDICT_KEY = {
    "consistent": "figure fits the measured route",
    "inconsistent": "figure does not fit it",
    "unverifiable": "figure cannot be checked",
}
#: Where along a leg a claim's badges may sit, in order of preference; the page picks the first
#: spot where they cover no stop, label or other badge at the current zoom.
ANCHOR_FRACTIONS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8)
KIND_ORDER = {"distance": 0, "speed": 1, "duration": 2, "time": 3}
TILES = {
    "osm": "OpenStreetMap.Mapnik",
    "carto-light": "CartoDB.Positron",
    "carto-dark": "CartoDB.DarkMatter",
    "topo": "OpenTopoMap",
    "esri-imagery": "Esri.WorldImagery",
}


@dataclass(frozen=True, slots=True)
class MapDocument:
    """A rendered map page, its screen-reader summary (also the PNG's alt text) and its title."""

    html: str
    summary: str
    title: str


_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def json_for_script(value: Any) -> str:
    """JSON that is safe inside an HTML <script> element: it cannot close it or open a comment.

    Nor can it open a Jinja tag: branca renders a MacroElement's script output as a template a
    second time, so ``{{``, ``{%`` and ``{#`` (possible only inside JSON strings, never in its
    structure) become ``\\u007b...``.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return _JINJA_OPEN.sub(r"\\u007b", text)


@cache
def _raw_class() -> Any:
    from branca.element import Element
    from jinja2 import Template

    class Raw(Element):
        """Text placed in the page as it is: never parsed as a Jinja template (unlike Element)."""

        _template = Template("{{ this.raw }}")

        def __init__(self, raw: str) -> None:
            super().__init__()
            self.raw = raw

    return Raw


def _raw(text: str) -> Any:
    return _raw_class()(text)


def _tile_provider(tiles: str) -> Any:
    import xyzservices.providers as providers  # type: ignore[import-untyped]

    name = TILES.get(tiles.lower(), tiles)
    try:
        return providers.query_name(name)
    except ValueError:
        choices = ", ".join(TILES)
        raise RoutesError(
            f"unknown tiles {tiles!r}; use one of {choices} or an xyzservices name such as "
            "'OpenStreetMap.Mapnik'"
        ) from None


def _css_token(value: object, default: str) -> str:
    """Kinds and modes become CSS class names: only plain lowercase words get through."""
    text = str(value)
    return text if re.fullmatch(r"[a-z][a-z_]{0,30}", text) else default


def _place_of(journey: Journey, name: str) -> Place | None:
    return journey.place_named(name)


def _mention_for(journey: Journey, place: Place) -> PlaceMention | None:
    for pm in [*journey.places, *journey.other_places]:
        if pm.place.key == place.key:
            return pm
    return None


def _claims_at(journey: Journey, place: Place) -> list[Claim]:
    """Figures about this one place (a time of arrival or departure here), for its popup."""
    name = place.name.casefold()
    return [c for c in journey.claims
            if not (c.origin and c.destination)
            and (c.origin or c.destination or "").casefold() == name]


def _stop_entries(journey: Journey) -> list[dict[str, Any]]:
    """One marker per place: a place visited twice (out and back) carries both numbers."""
    by_key: dict[str, list[tuple[int, Stop]]] = {}
    for number, stop in enumerate(journey.stops, 1):
        by_key.setdefault(stop.place.key, []).append((number, stop))
    entries = []
    for visits in by_key.values():
        place = visits[0][1].place
        entries.append({
            "id": place.key,
            "lat": place.lat,
            "lon": place.lon,
            "kind": _css_token(place.kind, "landmark"),
            "numbers": [n for n, _ in visits],
            "name": _text.esc(place.name),
            "city": _text.esc(place.city or (place.name if place.kind == "city" else "")),
            "popup": _text.place_popup_html(place, visits, _mention_for(journey, place),
                                            _claims_at(journey, place)),
        })
    return entries


def _passed_entries(journey: Journey, stop_keys: set[str]) -> list[dict[str, Any]]:
    out = []
    for pm in journey.places:
        if pm.role == "passed" and pm.place.key not in stop_keys:
            out.append({
                "lat": pm.place.lat, "lon": pm.place.lon, "name": _text.esc(pm.place.name),
                "popup": _text.place_popup_html(pm.place, (), pm),
            })
    return out


def _leg_times(journey: Journey, i: int) -> str:
    """When a leg left and arrived, from the leg or, when the stops line up with it, its stops."""
    leg = journey.legs[i]
    depart, arrive = leg.depart, leg.arrive
    if len(journey.stops) == len(journey.legs) + 1:
        here, there = journey.stops[i], journey.stops[i + 1]
        if (here.place.name.casefold() == leg.origin.casefold()
                and there.place.name.casefold() == leg.destination.casefold()):
            depart = depart or here.depart
            arrive = arrive or there.arrive
    parts = []
    if depart:
        parts.append("left " + _text.fmt_when(depart))
    if arrive:
        parts.append("arrived " + _text.fmt_when(arrive))
    return "; ".join(parts)


def _reversed_legs(journey: Journey) -> set[int]:
    """Legs with a counterpart running the other way between (nearly) the same places.

    Compared by position, not by name: "Dandong -> Beijing" and "Beijing Railway Station ->
    Dandong" run on one track, and drawn unshifted the second would hide the first.
    """
    from routes.geodesy import geodesic_km

    ends: list[tuple[Place, Place] | None] = []
    for leg in journey.legs:
        a, b = _place_of(journey, leg.origin), _place_of(journey, leg.destination)
        ends.append((a, b) if a and b else None)

    def km(p: Place, q: Place) -> float:
        return geodesic_km(p.lat, p.lon, q.lat, q.lon)

    found: set[int] = set()
    for i, e in enumerate(ends):
        if e is None:
            continue
        tolerance = max(1.0, 0.25 * km(e[0], e[1]))
        for j, f in enumerate(ends):
            if j != i and f is not None and km(e[0], f[1]) <= tolerance \
                    and km(e[1], f[0]) <= tolerance:
                found.add(i)
                break
    return found


def _leg_entries(journey: Journey) -> list[dict[str, Any]]:
    reversed_legs = _reversed_legs(journey)
    entries = []
    for i, leg in enumerate(journey.legs):
        a = _place_of(journey, leg.origin)
        b = _place_of(journey, leg.destination)
        if a is None or b is None:
            entries.append({"n": i + 1, "coords": [], "missing": True,
                            "title": _text.leg_title(i + 1, leg)})
            continue
        coords, drawn_from = leg_geometry(leg, (a.lat, a.lon), (b.lat, b.lon))
        entries.append({
            "n": i + 1,
            "coords": [list(c) for c in coords],
            "mode": _css_token(leg.mode, "rail"),
            "direction": "return" if leg.direction == "return" else "outbound",
            "stated_direction": leg.direction in ("outbound", "return"),
            "offset": i in reversed_legs,
            "drawnFrom": drawn_from,
            "title": _text.esc(_text.leg_title(i + 1, leg)),
            "when": _text.esc(_leg_times(journey, i)),
            "popup": _text.leg_popup_html(i + 1, leg),
        })
    return entries


def _claim_leg(journey: Journey, claim: Claim) -> int | None:
    """The claim's leg: as the checker set it, else the leg between its places (same way first)."""
    if claim.leg is not None and 0 <= claim.leg < len(journey.legs):
        return claim.leg
    if claim.origin and claim.destination:
        o, d = claim.origin.casefold(), claim.destination.casefold()
        ends = [(leg.origin.casefold(), leg.destination.casefold()) for leg in journey.legs]
        for i, pair in enumerate(ends):
            if pair == (o, d):
                return i
        for i, pair in enumerate(ends):
            if pair == (d, o):
                return i
    return None


def _claim_entries(
    journey: Journey, legs: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Claims anchored on their leg, and the ones with no place to sit (listed in the legend).

    Claims about the same two places share one anchor and stack, whichever direction their leg
    runs: an outbound and a return leg on one track would otherwise put badges on top of each
    other.
    """
    placed: list[dict[str, Any]] = []
    loose: list[str] = []
    sited: list[tuple[int, Claim, int | None, list[LatLon], frozenset[str]]] = []
    for ci, claim in enumerate(journey.claims):
        anchors: list[LatLon] = []
        key: frozenset[str] | None = None
        li = _claim_leg(journey, claim)
        if li is not None and legs[li]["coords"]:
            leg = journey.legs[li]
            pts = [(c[0], c[1]) for c in legs[li]["coords"]]
            anchors = [point_along(pts, f) for f in ANCHOR_FRACTIONS]
            key = frozenset((leg.origin.casefold(), leg.destination.casefold()))
        elif claim.origin and claim.destination:
            a, b = _place_of(journey, claim.origin), _place_of(journey, claim.destination)
            if a and b:
                anchors = [((a.lat + b.lat) / 2, (a.lon + b.lon) / 2)]
                key = frozenset((a.name.casefold(), b.name.casefold()))
        if not anchors or key is None:
            loose.append(_text.loose_claim_html(claim))
            continue
        sited.append((ci, claim, li, anchors, key))
    # distances head their stack, so the badge that says "stated 840 km" also carries the
    # road / rail / straight-line figures; durations and times below add only what is new
    sited.sort(key=lambda item: KIND_ORDER.get(item[1].kind, len(KIND_ORDER)))
    groups: dict[frozenset[str], tuple[list[LatLon], int, int]] = {}
    shown: dict[frozenset[str], set[str]] = {}
    for ci, claim, li, anchors, key in sited:
        group_anchors, group, slot = groups.get(key, (anchors, len(groups), 0))
        groups[key] = (group_anchors, group, slot + 1)
        # a badge repeats no measure a badge above it in the same stack already shows
        shown_here = shown.setdefault(key, set())
        measured = [p for p in _text.claim_parts(claim)[1:] if p not in shown_here]
        shown_here.update(measured)
        verdict = claim.verdict if claim.verdict in _text.VERDICT_SYMBOL else "unverifiable"
        placed.append({
            "i": ci,
            "group": group,
            "anchors": [[round(la, 5), round(lo, 5)] for la, lo in group_anchors],
            "slot": slot,
            "leg": None if li is None else li + 1,
            "verdict": verdict,
            "symbol": _text.VERDICT_SYMBOL[verdict],
            "short": _text.esc(_text.stated(claim)),
            "measured": _text.esc(" · ".join(measured)),
            "label": _text.esc(_text.claim_label(claim)),
            "popup": _text.claim_popup_html(claim, _text.claim_where(claim)),
        })
    return placed, loose


def _bounds(stops: Sequence[dict[str, Any]], legs: Sequence[dict[str, Any]]) -> list[list[float]]:
    lats = [s["lat"] for s in stops] + [c[0] for leg in legs for c in leg["coords"]]
    lons = [s["lon"] for s in stops] + [c[1] for leg in legs for c in leg["coords"]]
    if not lats:
        return [[-60.0, -170.0], [75.0, 170.0]]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _attribution(journey: Journey, tiles_attr: str | None) -> str:
    sources = [s.place.source for s in journey.stops] + [pm.place.source for pm in journey.places]
    parts = ["Natural Earth (public domain)"]
    if any("geonames" in s.lower() for s in sources):
        parts.append('<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)')
    curated = []
    if any(s and "geonames" not in s.lower() for s in sources):
        curated.append("landmarks")
    if any(m.kind == "rail" and not from_geodesic(m)
           for leg in journey.legs for m in leg.measures.values()):
        curated.append("rail lines")
    if curated:
        parts.append(" and ".join(curated) + ": curated, sources in popups")
    if tiles_attr:
        parts.append("tiles: " + tiles_attr)
    return " · ".join(parts)


def _legend_html(
    journey: Journey, legs: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]],
    loose: Sequence[str],
) -> str:
    """Key to line styles and verdicts, the numbered stop list, and figures that have no leg."""
    esc = _text.esc
    rows: list[str] = []
    styles = sorted({(leg["mode"], leg["direction"], leg["stated_direction"])
                     for leg in legs if leg.get("coords")})
    for mode, direction, stated in styles:
        label = _text.MODE_LABEL.get(mode, mode) + (f", {direction}" if stated else "")
        rows.append(f'<li><span class="rt-swatch rt-line-{esc(mode)} rt-{esc(direction)}"></span>'
                    f"{esc(label)}</li>")
    out = ['<details class="rt-legend-box" open><summary>Key</summary><ul class="rt-key">',
           *rows, '<li><span class="rt-arrow-key">▲</span>direction of travel</li></ul>']
    verdicts = [v for v in ("consistent", "inconsistent", "unverifiable")
                if any(c["verdict"] == v for c in claims)]
    if verdicts:
        out.append('<ul class="rt-key">')
        for v in verdicts:
            out.append(f'<li><span class="rt-badge rt-{v}">{_text.VERDICT_SYMBOL[v]}</span>'
                       f"{VERDICT_KEY[v]}</li>")
        out.append("</ul>")
    if journey.stops:
        out.append('<ol class="rt-stops">')
        for number, stop in enumerate(journey.stops, 1):
            out.append(f'<li><button type="button" class="rt-goto" data-stop="{number}">'
                       f"{esc(stop.place.name)}</button></li>")
        out.append("</ol>")
    if loose:
        out.append(f'<details class="rt-loose"><summary>Figures not tied to a leg ({len(loose)})'
                   '</summary><ul class="rt-key">' + "".join(loose) + "</ul></details>")
    missing = [leg for leg in legs if leg.get("missing")]
    if missing:
        out.append('<div class="rt-loose"><b>Not drawn</b> (a place has no coordinates): '
                   + ", ".join(esc(leg["title"]) for leg in missing) + "</div>")
    out.append("</details>")
    return "".join(out)


def build_map(
    journey: Journey, *, tiles: str | None = None, self_contained: bool = True
) -> MapDocument:
    """Build the annotated map page for a checked journey (see the package docstring)."""
    import folium
    from branca.element import Figure, MacroElement

    title = journey.title or "Journey map"
    summary = _text.summary_text(journey)
    stops = _stop_entries(journey)
    legs = _leg_entries(journey)
    claims, loose = _claim_entries(journey, legs)
    bounds = _bounds(stops, legs)
    provider = _tile_provider(tiles) if tiles else None
    tiles_attr = provider.html_attribution if provider is not None else None
    payload = {
        "stops": stops,
        "passed": _passed_entries(journey, {s["id"] for s in stops}),
        "legs": [leg for leg in legs if leg.get("coords")],
        "claims": claims,
        "bounds": bounds,
        "legend": _legend_html(journey, legs, claims, loose),
        "attribution": _attribution(journey, tiles_attr),
        "basemap": countries_near(bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]),
        "online": provider is not None,
    }

    figure = Figure(title=_text.esc(title))
    header = figure.header
    if self_contained:
        for name, tag, text in (
            ("leaflet_css", "style", _assets.leaflet_css_inline()),
            ("cluster_css", "style", _assets.cluster_css_inline()),
            ("leaflet_js", "script", _assets.leaflet_js_inline()),
            ("cluster_js", "script", _assets.cluster_js_inline()),
        ):
            header.add_child(_raw(f"<{tag}>{text}</{tag}>"), name=name)
    else:
        css, js = _assets.cdn_links()
        for i, url in enumerate(css):
            header.add_child(_raw(f'<link rel="stylesheet" href="{url}">'), name=f"cdn_css{i}")
        for i, url in enumerate(js):
            header.add_child(_raw(f'<script src="{url}"></script>'), name=f"cdn_js{i}")
    header.add_child(_raw(f"<style>{_assets.own_asset('journey.css')}</style>"), name="rt_css")
    header.add_child(_raw(f"<script>{_assets.own_asset('journey.js')}</script>"), name="rt_js")

    line = _text.route_line(journey)
    date = _text.dateline(journey)
    sub = " · ".join(_text.esc(x) for x in (date, line) if x)
    figure.html.add_child(_raw(
        f'<header class="rt-head"><h1>{_text.esc(title)}</h1>'
        + (f'<p class="rt-dateline">{sub}</p>' if sub else "") + "</header>"
    ), name="rt_head")

    fmap = folium.Map(location=None, zoom_start=3, tiles=None, control_scale=False,
                      zoom_control=True, attribution_control=True, prefer_canvas=False)
    fmap.default_js = []
    fmap.default_css = []
    figure.add_child(fmap)
    if provider is not None:
        folium.TileLayer(tiles=provider, name=provider.name, attr=tiles_attr).add_to(fmap)

    class JourneyLayer(MacroElement):
        """Adds the journey's script and the text description to the page, as they are.

        MacroElement would render its html/script macros and then parse the result as a Jinja
        template again (branca wraps it in Element); story text must never meet a template
        engine, so render() places both as raw text. Rendered after the map's own div (children
        render after their parent), so the description sits below the map.
        """

        def __init__(self, data: str, after_html: str) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self._name = "RoutesJourney"
            self.payload = data
            self.after_html = after_html

        def render(self, **kwargs: Any) -> str:
            figure.html.add_child(_raw(self.after_html), name=self.get_name() + "_html")
            figure.script.add_child(
                _raw(f"routesDraw({fmap.get_name()}, {self.payload});"), name=self.get_name()
            )
            return ""

    fmap.add_child(JourneyLayer(json_for_script(payload), (
        '<details class="rt-summary" id="rt-summary">'
        "<summary>Text description of this map</summary>"
        f"<pre>{_text.esc(summary)}</pre></details>"
    )))
    # folium names elements at random; the same story must give the same page (see _ids)
    assign_ids(figure)
    return MapDocument(html=figure.render(), summary=summary, title=title)
