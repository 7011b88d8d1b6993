"""Every piece of text the map shows, built from the journey and HTML-escaped here, once.

Why one module: story text is untrusted (a pasted article or a crafted journey file), and the
map publishes it in popups, tooltips, the title, the legend and alt text. Keeping every string
that reaches HTML in one place, each passed through :func:`esc`, makes the escaping auditable and
testable on its own (see tests/test_map_text.py). The summary is plain text: it is written to
``NAME.txt`` for alt text and escaped by the page builder where it enters HTML.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence
from datetime import datetime
from urllib.parse import urlsplit

from routes.models import (
    TRAVEL_DAYS,
    Claim,
    Journey,
    Leg,
    Measure,
    Place,
    PlaceMention,
    Quote,
    Stop,
)

VERDICT_SYMBOL = {"consistent": "✓", "inconsistent": "✗", "unverifiable": "?"}
KIND_LABEL = {
    "station": "railway station", "border_crossing": "border crossing", "venue": "venue",
    "hotel": "hotel", "guesthouse": "guest house", "factory": "factory", "zone": "economic zone",
    "city": "city", "airport": "airport", "port": "port", "landmark": "landmark",
    "district": "district", "admin": "region", "region": "region", "country": "country",
}
MODE_LABEL = {
    "rail": "by rail", "road": "by road", "air": "by air", "sea": "by sea", "walk": "on foot",
}
MEASURE_LABEL = {
    "rail": "rail", "road": "road", "air": "flight", "sea": "sea", "geodesic": "straight line",
}


def esc(value: object) -> str:
    """HTML-escape for element content and quoted attributes.

    Also backticks (JS template literals) and curly braces: folium/branca pass some HTML through
    Jinja a second time, where a story's ``{{ ... }}`` would be evaluated as a template.
    """
    return (html.escape(str(value), quote=True).replace("`", "&#96;")
            .replace("{", "&#123;").replace("}", "&#125;"))


def fmt_num(x: float) -> str:
    """Round to what a reader can use: 1,134 km, 12.5 h, 0.8 km."""
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.0f}" if abs(x - round(x)) < 0.05 else f"{x:.1f}"
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else f"{int(x)}"


def fmt_range(low: float | None, high: float | None, unit: str) -> str:
    if low is None and high is None:
        return "?"
    if low is None or high is None or abs(low - high) < 1e-9:
        value = low if low is not None else high
        assert value is not None
        return f"{fmt_num(value)} {unit}"
    return f"{fmt_num(low)}–{fmt_num(high)} {unit}"


def fmt_when(dt: datetime) -> str:
    """Local time as the journey stores it, with its UTC offset so nothing is ambiguous.

    Midnight UTC exactly is how a date without a time is stored: it shows as the date alone,
    since "00:00 (UTC+00)" would state a time nobody reported.
    """
    offset = dt.utcoffset()
    if (dt.hour, dt.minute, dt.second) == (0, 0, 0) and offset is not None and not offset:
        return f"{dt:%a} {dt.day} {dt:%b %Y}"
    text = f"{dt:%a} {dt.day} {dt:%b %Y, %H:%M}"
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hh, mm = divmod(abs(minutes), 60)
        text += f" (UTC{sign}{hh:02d}{':' + format(mm, '02d') if mm else ''})"
    return text


def dateline(journey: Journey) -> str:
    """"7–10 January 2019" from the stops' times; empty when the journey carries no dates."""
    times = [t for s in journey.stops for t in (s.arrive, s.depart) if t is not None]
    times += [t for leg in journey.legs for t in (leg.depart, leg.arrive) if t is not None]
    if not times:
        return ""
    first, last = min(times), max(times)
    if (first.year, first.month) == (last.year, last.month):
        if first.day == last.day:
            return f"{first.day} {first:%B %Y}"
        return f"{first.day}–{last.day} {first:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def route_line(journey: Journey) -> str:
    """"Pyongyang – Beijing – Pyongyang": the cities the journey runs through, repeats collapsed."""
    names: list[str] = []
    for stop in journey.stops:
        name = stop.place.city or stop.place.name
        if not names or names[-1] != name:
            names.append(name)
    return " – ".join(names)


def stated(claim: Claim) -> str:
    """The figure as reported: "about 840 km", "12–14 h"; the words when there is no number."""
    if claim.kind == "time" and claim.time is not None:
        return f"{claim.event} {fmt_when(claim.time)}" if claim.event else fmt_when(claim.time)
    if claim.low is None and claim.high is None:
        return claim.qualifier or claim.text
    if claim.told_in_days() and claim.low is not None:
        # "33 days", not "792 h": as the story counts it
        high = None if claim.high is None else claim.high / 24
        text = fmt_range(claim.low / 24, high, "days")
    else:
        text = fmt_range(claim.low, claim.high, claim.unit)
    return f"{claim.qualifier} {text}" if claim.qualifier else text


def claim_parts(claim: Claim) -> list[str]:
    """Stated figure first, then each measure we have: "road ≈ 1,050 km", "straight line 660 km"."""
    parts = [f"stated {stated(claim)}"]
    m = claim.measures
    for key, label, approx in (
        ("road_km", "road", "≈ "), ("rail_km", "rail", "≈ "), ("geodesic_km", "straight line", "")
    ):
        value = m.get(key)
        if value is not None:
            parts.append(f"{label} {approx}{fmt_num(value)} km")
    if claim.implied_speed_kmh is not None:
        lo, hi = claim.implied_speed_kmh
        unit = "km/h"
        if claim.told_in_days() and claim.low is not None and (
                claim.low >= TRAVEL_DAYS * 24):
            # "stated 33 days · implies 20–25 km a day": the pace the checker judged, not a
            # round-the-clock 1 km/h
            lo, hi, unit = lo * 24, hi * 24, "km a day"
        if not math.isfinite(hi):  # a range from 0 h, or no measure for the mode: no upper end
            parts.append(f"implies more than {lo:.0f} {unit}")
        else:
            parts.append(f"implies {lo:.0f}–{hi:.0f} {unit}" if round(lo) != round(hi)
                         else f"implies {lo:.0f} {unit}")
    return parts



def claim_label(claim: Claim) -> str:
    return " · ".join(claim_parts(claim))


def source_html(source: str) -> str:
    """A source as text, or a link when (and only when) it is a plain http(s) address."""
    try:
        parts = urlsplit(source.strip())
        scheme = parts.scheme
    except ValueError:  # malformed IPv6 netloc and the like: show it as text
        scheme = ""
    if scheme in ("http", "https") and " " not in source.strip():
        url = source.strip()
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(url)}</a>'
    return esc(source)


def _quotes_html(quotes: Sequence[Quote]) -> str:
    if not quotes:
        return ""
    items = "".join(
        f'<li><q>{esc(q.text)}</q> <cite>{source_html(q.source)}</cite></li>' for q in quotes
    )
    return f'<ul class="rt-quotes">{items}</ul>'


def unique_quotes(groups: Iterable[Sequence[Quote]]) -> list[Quote]:
    seen: set[tuple[str, str]] = set()
    out: list[Quote] = []
    for group in groups:
        for q in group:
            if (q.text, q.source) not in seen:
                seen.add((q.text, q.source))
                out.append(q)
    return out


def _coords(place: Place) -> str:
    ns = "N" if place.lat >= 0 else "S"
    ew = "E" if place.lon >= 0 else "W"
    return f"{abs(place.lat):.4f}° {ns}, {abs(place.lon):.4f}° {ew}"


def place_popup_html(
    place: Place, visits: Sequence[tuple[int, Stop]], mention: PlaceMention | None,
    claims: Sequence[Claim] = (),
) -> str:
    """Name, kind, each visit (number, when, what happened), quotes, and the coordinates' source."""
    kind = KIND_LABEL.get(place.kind, place.kind)
    city = f", {esc(place.city)}" if place.city and place.city != place.name else ""
    out = [f'<div class="rt-popup"><h3>{esc(place.name)}</h3>',
           f'<p class="rt-kind">{esc(kind)}{city}</p>']
    for number, stop in visits:
        when = []
        if stop.arrive:
            when.append(f"arrived {esc(fmt_when(stop.arrive))}")
        if stop.depart:
            when.append(f"left {esc(fmt_when(stop.depart))}")
        line = f"<b>Stop {number}</b>"
        if when:
            line += " · " + "; ".join(when)
        if stop.note:
            line += f"<br>{esc(stop.note)}"
        out.append(f'<p class="rt-visit">{line}</p>')
    mentions = list(dict.fromkeys([*(m for _, s in visits for m in s.mentions),
                                   *(mention.mentions if mention else [])]))
    if mentions:
        out.append('<p class="rt-as">Named in the story as: '
                   + ", ".join(f"“{esc(m)}”" for m in mentions) + "</p>")
    quotes = unique_quotes([*(s.quotes for _, s in visits), mention.quotes if mention else []])
    out.append(_quotes_html(quotes))
    if claims:
        out.append('<p class="rt-as">Figures reported about this place:</p><ul class="rt-key">'
                   + "".join(loose_claim_html(c) for c in claims) + "</ul>")
    if place.gazetteer_name:
        out.append(f'<p class="rt-as">Gazetteer name: {esc(place.gazetteer_name)}</p>')
    src = f" · source: {source_html(place.source)}" if place.source else " · source not recorded"
    out.append(f'<p class="rt-src">{esc(_coords(place))}{src}</p></div>')
    return "".join(out)


def measure_text(measure: Measure) -> str:
    label = MEASURE_LABEL.get(measure.kind, measure.kind)
    approx = "≈ " if measure.estimate else ""
    text = f"{label} {approx}{fmt_num(measure.km)} km"
    if measure.low_km is not None and measure.high_km is not None:
        text += f" (range {fmt_num(measure.low_km)}–{fmt_num(measure.high_km)} km)"
    if measure.published_km is not None:
        text += f", published {fmt_num(measure.published_km)} km"
    return text


def leg_title(number: int, leg: Leg) -> str:
    direction = f", {leg.direction}" if leg.direction else ""
    mode = MODE_LABEL.get(leg.mode, leg.mode)
    return f"Leg {number}: {leg.origin} → {leg.destination}, {mode}{direction}"


def leg_popup_html(number: int, leg: Leg) -> str:
    out = [f'<div class="rt-popup"><h3>{esc(leg_title(number, leg))}</h3>']
    if leg.vehicle:
        out.append(f"<p>{esc(leg.vehicle)}</p>")
    if leg.depart or leg.arrive:
        when = []
        if leg.depart:
            when.append(f"left {esc(fmt_when(leg.depart))}")
        if leg.arrive:
            when.append(f"arrived {esc(fmt_when(leg.arrive))}")
        out.append(f"<p>{'; '.join(when)}</p>")
    if leg.via:
        out.append(f"<p>via {esc(', '.join(leg.via))}</p>")
    if leg.measures:
        items = "".join(
            f"<li>{esc(measure_text(m))}<br>"
            f"<small>{esc(m.method)}; {source_html(m.source)}</small></li>"
            for m in leg.measures.values()
        )
        out.append(f'<ul class="rt-measures">{items}</ul>')
    else:
        out.append("<p>Not measured.</p>")
    out.append("</div>")
    return "".join(out)


def claim_popup_html(claim: Claim, where: str) -> str:
    """The verdict in words and symbol, the figure as reported, and the explanation."""
    symbol = VERDICT_SYMBOL.get(claim.verdict, "?")
    out = [
        f'<div class="rt-popup rt-claim-popup"><p class="rt-verdict rt-{esc(claim.verdict)}">'
        f"{symbol} {esc(claim.verdict)}</p>",
        f"<h3>{esc(claim_label(claim))}</h3>",
    ]
    if where:
        out.append(f"<p>{esc(where)}</p>")
    quote = claim.sentence or claim.text
    outlet = f" ({esc(claim.outlet)})" if claim.outlet else ""
    out.append(f'<ul class="rt-quotes"><li><q>{esc(quote)}</q> <cite>{source_html(claim.source)}'
               f"{outlet}</cite></li></ul>")
    if claim.explanation:
        out.append(f'<p class="rt-expl">{esc(claim.explanation)}</p>')
    out.append("</div>")
    return "".join(out)


def loose_claim_html(claim: Claim) -> str:
    """A figure with no leg to sit on, for the legend: verdict badge, figure, words, source."""
    v = claim.verdict if claim.verdict in VERDICT_SYMBOL else "unverifiable"
    expl = (f'<details class="rt-why"><summary>why</summary>{esc(claim.explanation)}</details>'
            if claim.explanation else "")
    return (f'<li class="rt-loose-claim"><span class="rt-badge rt-{v}" title="{v}">'
            f'{VERDICT_SYMBOL[v]}</span><span><q>{esc(claim.text)}</q> '
            f"<small>({source_html(claim.source)}; {v})</small>{expl}</span></li>")


def claim_where(claim: Claim) -> str:
    if claim.origin and claim.destination:
        return f"{claim.origin} → {claim.destination}"
    return claim.origin or claim.destination or ""


def _sentence(text: str) -> str:
    """End with one full stop, not two, whatever the note ended with."""
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def summary_text(journey: Journey, numbers: dict[int, int] | None = None) -> str:
    """Plain-text description of the map for screen readers and alt text (NAME.txt)."""
    title = journey.title or "Journey map"
    lines = [f"Map: {title}" + (f", {dateline(journey)}" if dateline(journey) else "") + "."]
    if journey.stops:
        lines.append(f"Stops in journey order ({len(journey.stops)}):")
        for i, stop in enumerate(journey.stops, 1):
            kind = KIND_LABEL.get(stop.place.kind, stop.place.kind)
            bits = [f"{i}. {stop.place.name} ({kind})"]
            if stop.arrive:
                bits.append(f"arrived {fmt_when(stop.arrive)}")
            if stop.depart:
                bits.append(f"left {fmt_when(stop.depart)}")
            if stop.note:
                bits.append(stop.note)
            lines.append(_sentence("; ".join(bits)))
    if journey.legs:
        lines.append(f"Route ({len(journey.legs)} legs):")
        for i, leg in enumerate(journey.legs, 1):
            measured = ", ".join(measure_text(m) for m in leg.measures.values())
            lines.append(_sentence(leg_title(i, leg) + (f"; {measured}" if measured else "")))
    if journey.claims:
        lines.append(f"Figures checked ({len(journey.claims)}):")
        for claim in journey.claims:
            where = claim_where(claim)
            text = f"“{claim.text}” ({claim.source})"
            if where:
                text += f", {where}"
            text += f": {claim.verdict}. {_sentence(claim_label(claim))}"
            if claim.explanation:
                text += f" {_sentence(claim.explanation)}"
            lines.append(text)
    return "\n".join(lines) + "\n"
