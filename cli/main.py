"""The ``routes`` command: parse arguments, call the library, format what it returns.

Nothing here decides anything about places or figures; that is the library's job. Heavy
modules (folium, pyproj, the gazetteer) are imported inside the commands so that
``routes --help`` stays fast.
"""


import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from cli import render
from cli.errors import debug_mode, fail, handles_errors

app = typer.Typer(
    name="routes",
    help=(
        "Fact-check journeys in news stories: place every stop on a map, check reported "
        "distances and travel times against real geometry, and draw an annotated map.\n\n"
        "Quick examples:\n\n"
        "  routes demo\n\n"
        "  routes check ../shared/seeds/*.txt\n\n"
        "  routes map ../shared/seeds/*.txt -o maps/kim.html"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)



class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class ModeChoice(StrEnum):
    rail = "rail"
    road = "road"
    air = "air"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def to_json(data: object) -> str:
    """JSON for machines: UTF-8 as is, indented, strict (no NaN or Infinity)."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)


def emit(text: str, output: Path | None) -> None:
    """Print to stdout, or write atomically to ``output`` and say where on stderr."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from routes.atomicio import write_text_atomic

    write_text_atomic(output, text if text.endswith("\n") else text + "\n")
    typer.echo(f"wrote {output}", err=True)


@app.callback()
def main(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show full tracebacks instead of one-line errors.")
    ] = False,
) -> None:
    """Fact-check journeys in news stories."""
    debug_mode["on"] = debug


FilesArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article text files (.txt) and/or journey files (.yaml).", show_default=False
    ),
]
JourneyOpt = Annotated[
    Path | None,
    typer.Option("--journey", "-j", help="Journey file that adds to or corrects what was read."),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
GeocoderOpt = Annotated[
    str | None,
    typer.Option(
        "--geocoder",
        help="Also ask an online geocoder (nominatim, photon) for places the offline gazetteer "
        "lacks; answers are cached, the service's policy is honoured.",
    ),
]
GeocoderUrlOpt = Annotated[
    str | None, typer.Option("--geocoder-url", help="Base URL of your own Nominatim/Photon server.")
]


def _gazetteer(geocoder: str | None, url: str | None) -> Any:
    """The offline gazetteer, chained to an online service when one was asked for."""
    if geocoder is None:
        return None
    import logging

    from routes.online import ChainedGeocoder, make_online_geocoder

    logging.captureWarnings(True)
    logging.basicConfig(format="routes: warning: %(message)s", level=logging.WARNING)
    return ChainedGeocoder(make_online_geocoder(geocoder, base_url=url))


def _with_online_notes(journey: Any, gazetteer: Any) -> None:
    if gazetteer is not None:
        journey.notes.extend(gazetteer.notes())


@app.command()
@handles_errors
def check(
    files: FilesArg = None,
    journey: JourneyOpt = None,
    fmt: FormatOpt = Format.table,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout (batch: JSONL)."),
    ] = None,
    batch: Annotated[
        Path | None,
        typer.Option("--batch", help="Check every article of a folder of .txt or a JSONL file."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", min=1, help="Batch: local processes (default: all cores)."),
    ] = None,
    engine: Annotated[
        Engine, typer.Option("--engine", help="Batch: local processes or a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Batch with --engine dask: scheduler address.")
    ] = None,
    geocoder: GeocoderOpt = None,
    geocoder_url: GeocoderUrlOpt = None,
) -> None:
    """Places, reported figures and verdicts for one journey told by one or more articles.

    Examples:

      routes check ../shared/seeds/*.txt

      routes check ../shared/seeds/*.txt --format json > kim.json

      routes check a.txt b.txt --journey fixes.yaml --format markdown

      routes check --batch archive.jsonl -o results.jsonl --workers 2
    """
    if batch is not None:
        if output is None:
            raise fail("--batch needs --output FILE.jsonl for the results", 2)
        from cli.batch import run_batch_command

        run_batch_command(batch, output, workers=workers, engine=engine.value, scheduler=scheduler)
        return
    if not files and journey is None:
        raise fail("give article files or a journey file (see: routes check --help)", 2)
    from routes.pipeline import check_files

    gz = _gazetteer(geocoder, geocoder_url)
    result = check_files(files or [], journey_file=journey, gazetteer=gz)
    _with_online_notes(result, gz)
    if fmt is Format.json:
        from routes.report import to_contract

        emit(to_json(to_contract(result)), output)
    elif fmt is Format.markdown:
        emit(render.check_markdown(result), output)
    else:
        render.check_table(result, output)


@app.command("map")
@handles_errors
def map_command(
    files: FilesArg = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the HTML map.")
    ] = Path("maps/journey.html"),
    journey: JourneyOpt = None,
    tiles: Annotated[
        str | None,
        typer.Option(
            "--tiles", help="Add online tiles (osm, carto-light, ...); the offline layer stays."
        ),
    ] = None,
    png: Annotated[
        Path | None, typer.Option("--png", help="Also render a PNG with headless Chromium.")
    ] = None,
    width: Annotated[int, typer.Option("--width", min=200, help="PNG width in pixels.")] = 1200,
    height: Annotated[int, typer.Option("--height", min=200, help="PNG height in pixels.")] = 800,
    geocoder: GeocoderOpt = None,
    geocoder_url: GeocoderUrlOpt = None,
) -> None:
    """Draw the annotated map of a journey as a self-contained HTML page.

    Examples:

      routes map ../shared/seeds/*.txt -o maps/kim.html

      routes map examples/kim-2019-beijing.yaml -o maps/kim.html --png maps/kim.png

      routes map story.txt -o story.html --tiles carto-light
    """
    if not files and journey is None:
        raise fail("give article files or a journey file (see: routes map --help)", 2)
    from routes.mapping import write_map
    from routes.pipeline import check_files

    gz = _gazetteer(geocoder, geocoder_url)
    result = check_files(files or [], journey_file=journey, gazetteer=gz)
    _with_online_notes(result, gz)
    written = write_map(
        result, output, tiles=tiles, png=png, width=width, height=height,
        protect=[*(files or []), *([journey] if journey else [])],
    )
    for path in written:
        typer.echo(f"wrote {path}", err=True)
    typer.echo(str(written[0]))


@app.command()
@handles_errors
def demo(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the map.")] = Path(
        "maps/kim-2019-beijing.html"
    ),
    png: Annotated[
        Path | None, typer.Option("--png", help="Also render a PNG with headless Chromium.")
    ] = None,
) -> None:
    """Check the example journey (Kim Jong Un's train to Beijing, January 2019) and draw its map.

    Example:

      routes demo
    """
    from routes.mapping import write_map
    from routes.pipeline import check_files, example_journey_path

    result = check_files([example_journey_path()])
    output.parent.mkdir(parents=True, exist_ok=True)
    render.check_table(result, None)
    written = write_map(result, output, png=png)
    for path in written:
        typer.echo(f"wrote {path}", err=True)
    typer.echo(f"Map written to {written[0]} - open it in a browser.")


@app.command()
@handles_errors
def resolve(
    name: Annotated[str, typer.Argument(help="A place name, as a story writes it.")],
    near: Annotated[
        str | None,
        typer.Option("--near", help="Prefer places near this place (name or 'lat,lon')."),
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO country code, e.g. CN, KP, US.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=50, help="How many candidates.")] = 5,
    fmt: FormatOpt = Format.table,
) -> None:
    """Look a place up in the offline gazetteer, with ranked candidates.

    Examples:

      routes resolve Dandong

      routes resolve "Beijing Railway Station" --format json

      routes resolve Jinzhou --near Shenyang

      routes resolve Portland --country US
    """
    from routes.gazetteer import open_gazetteer

    gz = open_gazetteer()
    near_point = _near_point(gz, near)
    from routes.errors import AmbiguousPlaceError, PlaceNotFoundError

    try:  # an unknown name fails here, with "did you mean" suggestions
        best = gz.resolve(name, country=country, near=near_point)
    except AmbiguousPlaceError:
        best = None  # the ranked candidates below are the answer
    candidates = gz.candidates(name, country=country, near=near_point, limit=limit)
    if best is not None:
        candidates = [best, *[c for c in candidates if c.place.key != best.place.key]][:limit]
    if not candidates:
        raise PlaceNotFoundError(name, gz.suggest(name))
    if fmt is Format.json:
        emit(to_json(render.resolve_json(name, candidates)), None)
    elif fmt is Format.markdown:
        emit(render.resolve_markdown(name, candidates), None)
    else:
        render.resolve_table(name, candidates)


def _near_point(gz: Any, near: str | None) -> tuple[float, float] | None:
    if near is None:
        return None
    parts = near.split(",")
    if len(parts) == 2:
        try:
            lat, lon = float(parts[0]), float(parts[1])
        except ValueError:
            pass
        else:
            from routes.models import check_coordinates

            check_coordinates(lat, lon)
            return (lat, lon)
    place = gz.resolve(near).place
    return (place.lat, place.lon)


@app.command()
@handles_errors
def measure(
    origin: Annotated[str, typer.Argument(help="Where the leg starts (a place name).")],
    destination: Annotated[str, typer.Argument(help="Where the leg ends (a place name).")],
    mode: Annotated[
        ModeChoice | None,
        typer.Option("--mode", "-m", help="Only this mode (default: every measure)."),
    ] = None,
    country: Annotated[
        str | None, typer.Option("--country", help="ISO code to prefer for both names.")
    ] = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Distance between two places by each measure: straight line, rail, road, air.

    Examples:

      routes measure "Beijing Railway Station" Dandong

      routes measure Pyongyang Beijing --mode rail --format json
    """
    from routes.gazetteer import open_gazetteer
    from routes.network import measure_between

    gz = open_gazetteer()
    a = gz.resolve(origin, country=country).place
    b = gz.resolve(destination, country=country, context=[a]).place
    modes = [mode.value] if mode is not None else None
    measures = measure_between(a, b, modes)
    if fmt is Format.json:
        emit(to_json(render.measure_json(a, b, measures)), None)
    elif fmt is Format.markdown:
        emit(render.measure_markdown(a, b, measures), None)
    else:
        render.measure_table(a, b, measures)


@app.command()
@handles_errors
def embed(
    html: Annotated[Path, typer.Argument(help="A map written by 'routes map' or 'routes demo'.")],
    png: Annotated[
        Path | None, typer.Option("--png", help="A PNG of the map for the script-free fallback.")
    ] = None,
    url: Annotated[
        str | None,
        typer.Option("--url", help="Where the map will be published (default: its file name)."),
    ] = None,
) -> None:
    """Print an HTML snippet that embeds a map in a story page (responsive iframe + fallback).

    Example:

      routes embed maps/kim-2019-beijing.html --png maps/kim-2019-beijing.png
    """
    from routes.errors import InputFileError
    from routes.mapping import embed_snippet

    if not html.is_file():
        raise InputFileError(f"{html} is not a map file; write one with 'routes map' first")
    typer.echo(embed_snippet(html, png=png, url=url))


def _register_subapps() -> None:
    try:
        from cli.gazetteer import gazetteer_app
    except ImportError:  # pragma: no cover - only while the gazetteer commands are absent
        return
    app.add_typer(gazetteer_app, name="gazetteer", help="Grow and check the offline gazetteer.")


_register_subapps()


def run() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    run()
