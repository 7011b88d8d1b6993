"""How results look: rich tables for people, Markdown for copy desks, JSON for machines.

Only formatting lives here; every number shown was computed by the library.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from routes.models import Candidate, Claim, Journey, Measure, Place

_VERDICT_STYLE = {"consistent": "bold blue", "inconsistent": "bold red", "unverifiable": "dim"}
_VERDICT_MARK = {
    "consistent": "✓ consistent",
    "inconsistent": "✗ inconsistent",
    "unverifiable": "? unverifiable",
}


def _fmt(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def _range(low: float | None, high: float | None, unit: str) -> str:
    if low is None and high is None:
        return "–"
    if low == high or high is None:
        return f"{_fmt(low, 1 if low is not None and low < 10 else 0)} {unit}"
    return f"{_span(low, high)} {unit}"


def _stated(c: Claim) -> str:
    """A claim's figure in its canonical unit, or in days for a time told in days ("33 days",
    not "792 h")."""
    if c.told_in_days() and c.low is not None:
        low, high = c.low / 24, None if c.high is None else c.high / 24
        if low.is_integer() and (high is None or high == low):
            return f"{low:,.0f} days"
        return _range(low, high, "days")
    return _range(c.low, c.high, c.unit)


def _span(low: float | None, high: float | None) -> str:
    """Two ends, with as many decimals as it takes to tell them apart ("just under four
    hours" is 3.6-4.0 h, not "4-4 h")."""
    digits = 0
    while digits < 2 and _fmt(low, digits) == _fmt(high, digits):
        digits += 1
    return f"{_fmt(low, digits)}–{_fmt(high, digits)}"


def possessive(name: str) -> str:
    """ "Kim Jong Un's", "The officials'" (a plural's apostrophe comes after its s)."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"


def short_source(source: str, limit: int = 44) -> str:
    """The first clause of a provenance string, for tables; JSON keeps it whole."""
    head = source.split(";")[0].split(": ")[0].strip()
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _console(output: Path | None) -> tuple[Console, io.StringIO | None]:
    from rich.console import Console

    if output is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=160)
        return console, None
    buffer = io.StringIO()
    return Console(file=buffer, width=160, force_terminal=False), buffer


def check_table(journey: Journey, output: Path | None) -> None:
    """Places, then claims with their verdicts, as rich tables."""
    from rich.table import Table

    console, buffer = _console(output)
    who = possessive(journey.traveller) + " journey" if journey.traveller else "The journey"
    told_by = f", as told by {len(journey.sources)} source(s)" if journey.sources else ""
    listed, also = journey.places, journey.other_places
    title = f"{who}{told_by}: places in journey order"
    if not listed and also:  # no trip, only figures between places: show what it names
        listed, also = also, []
        title = f"No journey{told_by}: the places it names"
    places = Table(title=title, title_justify="left")
    for column in ("#", "place", "kind", "lat", "lon", "as written", "source"):
        places.add_column(column, overflow="fold")
    for i, pm in enumerate(listed, 1):
        p = pm.place
        places.add_row(
            str(i),
            p.name,
            p.kind,
            f"{p.lat:.4f}",
            f"{p.lon:.4f}",
            ", ".join(pm.mentions[:3]),
            short_source(p.source),
        )
    console.print(places)
    if also:
        console.print(
            "[bold]Also mentioned (not on the journey):[/] "
            + ", ".join(pm.place.name for pm in also)
        )
    claims = Table(title="Reported figures", title_justify="left")
    for column in ("figure", "leg", "stated", "straight", "rail", "road", "verdict", "why"):
        claims.add_column(column, overflow="fold")
    for c in journey.claims:
        if c.kind == "time":
            continue
        leg = f"{c.origin or '?'} → {c.destination or '?'}"
        claims.add_row(
            f"{c.text}\n[dim]{c.outlet or c.source}[/]",
            leg,
            _stated(c),
            _fmt(c.measures.get("geodesic_km")),
            _fmt(c.measures.get("rail_km")),
            _fmt(c.measures.get("road_km")),
            f"[{_VERDICT_STYLE[c.verdict]}]{_VERDICT_MARK[c.verdict]}[/]",
            c.explanation,
        )
    if claims.row_count:
        console.print(claims)
    else:
        console.print("[dim]No distances, durations or speeds reported.[/]")
    times = [c for c in journey.claims if c.kind == "time"]
    for c in times:
        console.print(
            f"[{_VERDICT_STYLE[c.verdict]}]{_VERDICT_MARK[c.verdict]}[/] {c.text}: {c.explanation}"
        )
    for note in journey.notes:
        console.print(f"[yellow]note:[/] {note}")
    if buffer is not None and output is not None:
        from routes.atomicio import write_text_atomic

        write_text_atomic(output, buffer.getvalue())


def check_markdown(journey: Journey) -> str:
    """The check as Markdown, for pasting into a story budget or a CMS note."""
    lines = [f"# {_md_escape(journey.title or 'Journey')}", "", "## Places in journey order", ""]
    lines += ["| # | place | kind | lat | lon | source |", "|---|---|---|---|---|---|"]
    for i, pm in enumerate(journey.places, 1):
        p = pm.place
        lines.append(
            f"| {i} | {_md_escape(p.name)} | {p.kind} | {p.lat:.4f} | {p.lon:.4f} | "
            f"{_md_escape(p.source)} |"
        )
    if journey.other_places:
        lines += [
            "",
            "Also mentioned: "
            + ", ".join(_md_escape(pm.place.name) for pm in journey.other_places),
        ]
    lines += ["", "## Reported figures", ""]
    if not journey.claims:
        lines.append("No distances, durations, speeds or times reported.")
    else:
        lines += [
            "| figure | source | leg | stated | verdict | explanation |",
            "|---|---|---|---|---|---|",
        ]
    for c in journey.claims:
        stated = (
            _stated(c)
            if c.kind != "time"
            else (c.time.isoformat() if c.time else "–")
        )
        lines.append(
            f"| {_md_escape(c.text)} | {_md_escape(c.outlet or c.source)} | "
            f"{_md_escape(c.origin or '?')} → {_md_escape(c.destination or '?')} | {stated} | "
            f"{c.verdict} | {_md_escape(c.explanation)} |"
        )
    for note in journey.notes:
        lines += ["", f"> note: {_md_escape(note)}"]
    return "\n".join(lines) + "\n"


def candidate_dict(c: Candidate) -> dict[str, Any]:
    p = c.place
    return {
        "name": p.name,
        "lat": round(p.lat, 6),
        "lon": round(p.lon, 6),
        "kind": p.kind,
        "country": p.country,
        "source": p.source,
        "score": round(c.score, 4),
        "id": p.id or None,
        "city": p.city,
        "population": p.population or None,
        "matched": c.matched or None,
    }


def resolve_json(query: str, candidates: Sequence[Candidate]) -> dict[str, Any]:
    return {"query": query, "candidates": [candidate_dict(c) for c in candidates]}


def resolve_markdown(query: str, candidates: Sequence[Candidate]) -> str:
    lines = [
        f"Candidates for **{_md_escape(query)}**",
        "",
        "| # | name | kind | country | lat | lon | score | source |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for i, c in enumerate(candidates, 1):
        p = c.place
        lines.append(
            f"| {i} | {_md_escape(p.name)} | {p.kind} | {p.country or '–'} | "
            f"{p.lat:.4f} | {p.lon:.4f} | "
            f"{c.score:.2f} | {_md_escape(p.source)} |"
        )
    return "\n".join(lines) + "\n"


def resolve_table(query: str, candidates: Sequence[Candidate]) -> None:
    from rich.table import Table

    table = Table(title=f"Candidates for {query!r}", title_justify="left")
    for column in ("#", "name", "kind", "country", "lat", "lon", "score", "source"):
        table.add_column(column, overflow="fold")
    for i, c in enumerate(candidates, 1):
        p = c.place
        table.add_row(
            str(i),
            p.name,
            p.kind,
            p.country or "–",
            f"{p.lat:.4f}",
            f"{p.lon:.4f}",
            f"{c.score:.2f}",
            short_source(p.source),
        )
    _console(None)[0].print(table)


def _measure_rows(measures: Mapping[str, Measure]) -> list[dict[str, Any]]:
    rows = []
    for kind, m in measures.items():
        rows.append(
            {
                "kind": kind,
                "km": round(m.km, 1),
                "low_km": None if m.low_km is None else round(m.low_km, 1),
                "high_km": None if m.high_km is None else round(m.high_km, 1),
                "published_km": None if m.published_km is None else round(m.published_km, 1),
                "estimate": m.estimate,
                "method": m.method,
                "source": m.source,
            }
        )
    return rows


def measure_json(a: Place, b: Place, measures: Mapping[str, Measure]) -> dict[str, Any]:
    from routes.report import place_dict

    return {
        "origin": place_dict(a),
        "destination": place_dict(b),
        "measures": _measure_rows(measures),
    }


def measure_markdown(a: Place, b: Place, measures: Mapping[str, Measure]) -> str:
    lines = [
        f"**{_md_escape(a.name)} → {_md_escape(b.name)}**",
        "",
        "| measure | km | range | published | method | source |",
        "|---|---|---|---|---|---|",
    ]
    for row in _measure_rows(measures):
        band = "–" if row["low_km"] is None else _span(row["low_km"], row["high_km"])
        lines.append(
            f"| {row['kind']}{' (estimate)' if row['estimate'] else ''} | {row['km']:,.1f} | "
            f"{band} | {_fmt(row['published_km'])} | {_md_escape(row['method'])} | "
            f"{_md_escape(row['source'])} |"
        )
    return "\n".join(lines) + "\n"


def measure_table(a: Place, b: Place, measures: Mapping[str, Measure]) -> None:
    from rich.table import Table

    table = Table(title=f"{a.name} → {b.name}", title_justify="left")
    for column in ("measure", "km", "range", "published", "method", "source"):
        table.add_column(column, overflow="fold")
    for row in _measure_rows(measures):
        band = "–" if row["low_km"] is None else _span(row["low_km"], row["high_km"])
        table.add_row(
            row["kind"] + (" (estimate)" if row["estimate"] else ""),
            f"{row['km']:,.1f}",
            band,
            _fmt(row["published_km"]),
            row["method"],
            short_source(row["source"], 60),
        )
    _console(None)[0].print(table)
