"""``routes gazetteer``: grow, check and extend the offline gazetteer (a thin layer).

Parses arguments, calls :mod:`routes.gazetteer`, prints with rich (or JSON with ``--format
json``). Library errors become one line on stderr and the error's exit code.
"""


import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from cli.errors import handles_errors

gazetteer_app = typer.Typer(
    name="gazetteer",
    help=(
        "Grow and check the offline gazetteer.\n\n"
        "  routes gazetteer validate\n\n"
        "  routes gazetteer add routes/data/landmarks/china.yaml --id cn-x --name X --kind station "
        "--lat 39.9 --lon 116.4 --country CN --source 'OSM node 1'\n\n"
        "  routes gazetteer import cities1000.zip"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutFormat(StrEnum):
    table = "table"
    json = "json"


FormatOpt = Annotated[
    OutFormat, typer.Option("--format", "-f", help="table for people, json for programs.")
]


@gazetteer_app.command()
@handles_errors
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="YAML files or folders (default: the shipped landmarks and regions)."),
    ] = None,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Check curated place files against the schema; list every problem with file:line.

    Exits 0 when the files are valid, 10 when a problem was found.

    Examples:

      routes gazetteer validate

      routes gazetteer validate my-landmarks.yaml --format json
    """
    from routes.errors import GazetteerDataError
    from routes.gazetteer import validate_records

    problems = validate_records(paths or None)
    if fmt is OutFormat.json:
        typer.echo(json.dumps({"problems": [p.as_dict() for p in problems]}, ensure_ascii=False,
                              indent=2))
    else:
        from rich.console import Console
        from rich.markup import escape

        console = Console(stderr=False)
        for problem in problems:
            console.print(escape(str(problem)))
        console.print(f"{len(problems)} problem(s)" if problems else "All records are valid.")
    if problems:
        raise typer.Exit(GazetteerDataError.exit_code)


@gazetteer_app.command()
@handles_errors
def add(
    path: Annotated[Path, typer.Argument(help="The curated YAML file to append the record to.")],
    id: Annotated[str | None, typer.Option("--id", help="Unique id: cn-dandong-station.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="The name to show.")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="station, venue, hotel, ...")] = None,
    lat: Annotated[float | None, typer.Option("--lat", help="WGS84 latitude.")] = None,
    lon: Annotated[float | None, typer.Option("--lon", help="WGS84 longitude.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO code, e.g. CN.")] = None,
    city: Annotated[str | None, typer.Option("--city", help="City it stands in.")] = None,
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Another name (repeatable).")
    ] = None,
    local_name: Annotated[
        list[str] | None, typer.Option("--local-name", help="Name in local script (repeatable).")
    ] = None,
    extent_km: Annotated[
        float | None, typer.Option("--extent-km", help="Radius of a zone or big venue.")
    ] = None,
    source: Annotated[
        str | None, typer.Option("--source", help="Who says it is there (required).")
    ] = None,
    record_json: Annotated[
        str | None,
        typer.Option("--json", help="The whole record as a JSON object (options override it)."),
    ] = None,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Validate one record and append it to a curated file (atomically; nothing on error).

    Example:

      routes gazetteer add routes/data/landmarks/china.yaml --id cn-dandong-railway-station
      --name "Dandong Railway Station" --kind station --lat 40.1206 --lon 124.3937
      --country CN --city Dandong --source "Wikipedia 'Dandong railway station'"
    """
    from routes.errors import GazetteerDataError
    from routes.gazetteer import add_record

    record: dict[str, Any] = {}
    if record_json:
        try:
            loaded = json.loads(record_json)
        except json.JSONDecodeError as exc:
            raise GazetteerDataError(f"--json is not valid JSON: {exc.msg}") from None
        if not isinstance(loaded, dict):
            raise GazetteerDataError("--json must be a JSON object")
        record.update(loaded)
    options = {
        "id": id, "name": name, "kind": kind, "lat": lat, "lon": lon, "country": country,
        "city": city, "aliases": alias or None, "local_names": local_name or None,
        "extent_km": extent_km, "source": source,
    }
    record.update({k: v for k, v in options.items() if v is not None})
    added = add_record(path, record)
    if fmt is OutFormat.json:
        typer.echo(json.dumps({"added": added.id, "path": str(path)}, ensure_ascii=False))
    else:
        typer.echo(f"added {added.id} ({added.name}, {added.kind}) to {path}")


@gazetteer_app.command("import")
@handles_errors
def import_dump(
    dump: Annotated[Path, typer.Argument(help="GeoNames allCountries / citiesN .txt or .zip.")],
    min_population: Annotated[
        int, typer.Option("--min-population", min=0, help="Skip smaller populated places.")
    ] = 0,
    classes: Annotated[
        str, typer.Option("--classes", help="GeoNames feature classes to keep (A P S H L T V).")
    ] = "APSHLTV",
    out: Annotated[
        Path | None, typer.Option("--out", help="Index file (default: in the user cache).")
    ] = None,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Build a larger local index from a GeoNames dump (for villages, stations, hotels).

    Download a dump from https://download.geonames.org/export/dump/ (CC BY 4.0), e.g.
    cities1000.zip or allCountries.zip; the zip is read without unpacking.

    Example:

      routes gazetteer import ~/Downloads/allCountries.zip --min-population 0
    """
    import time

    from routes.gazetteer import import_geonames

    start = time.perf_counter()
    target = import_geonames(dump, out=out, min_population=min_population,
                             feature_classes=classes)
    seconds = time.perf_counter() - start
    if fmt is OutFormat.json:
        typer.echo(json.dumps({"index": str(target), "seconds": round(seconds, 2)}))
    else:
        typer.echo(f"imported {dump} into {target} in {seconds:.1f} s")


@gazetteer_app.command()
@handles_errors
def info(fmt: FormatOpt = OutFormat.table) -> None:
    """Build the index if needed and say where it is, how big, and how long it took."""
    import time

    from routes.gazetteer import open_gazetteer

    start = time.perf_counter()
    gaz = open_gazetteer()
    data = {
        "indexes": [str(p) for p in gaz.index_paths],
        "places": int(gaz.meta.get("places", "0")),
        "curated_records": int(gaz.meta.get("curated_records", "0")),
        "curated_problems": len(gaz.problems),
        "build_seconds": float(gaz.meta.get("built_seconds", "0")),
        "open_seconds": round(time.perf_counter() - start, 3),
        "max_name_tokens": gaz.max_name_tokens,
    }
    if fmt is OutFormat.json:
        typer.echo(json.dumps(data))
    else:
        for key, value in data.items():
            typer.echo(f"{key}: {value}")
