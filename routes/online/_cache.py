"""An SQLite cache of every answer an online geocoder gave, "not found" included.

Why: the Nominatim policy asks clients to cache, and a fact-check rerun the next morning should
not ask the same question twice (nor depend on the service being up). Entries never expire: a
town does not move, and a user who doubts an answer can delete the file.

Why so defensive: the file lives in the user's cache folder, outside our control. A file that is
not SQLite, holds someone else's tables, has an older schema, or stays locked by a stuck process
is moved aside (never deleted: it may be evidence of a problem) and a fresh cache is started,
with a :class:`CacheRebuiltWarning`. A full or read-only disk is not the file's fault: it is
left in place, and answers that cannot be written are kept in memory for the run. Either way
the run goes on: a cache is an optimisation, not a dependency.

Writes are transactions (``BEGIN IMMEDIATE`` ... ``COMMIT``), so a killed run leaves the cache
as it was before or after an answer, never half-written.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from routes.errors import CoordinateError
from routes.models import Place

log = logging.getLogger("routes.online")

#: Environment variable overriding the cache folder (tests, shared newsroom machines).
CACHE_DIR_ENV = "ROUTES_CACHE_DIR"
CACHE_FILE_NAME = "online-geocoder.sqlite3"

#: Marks the file as ours (PRAGMA application_id), so another program's database is recognised.
APPLICATION_ID = 0x726F7574  # "rout"
SCHEMA_VERSION = 2
_COLUMNS = ("service", "query", "country", "found", "places", "fetched_at")
_SCHEMA = """
CREATE TABLE answers (
    service    TEXT NOT NULL,            -- service name and host, "nominatim@example.org"
    query      TEXT NOT NULL,            -- the place name, folded (see query_key)
    country    TEXT NOT NULL DEFAULT '', -- ISO 3166-1 alpha-2 filter, '' for none
    found      INTEGER NOT NULL,         -- 0: the service said it knows no such place
    places     TEXT,                     -- JSON list of routes.models.Place, best first
    fetched_at TEXT NOT NULL,            -- when the service answered (UTC, ISO 8601)
    PRIMARY KEY (service, query, country)
)
"""


class CacheRebuiltWarning(RuntimeWarning):
    """The geocoder cache file was unusable (corrupted, foreign, locked, unwritable) and was
    replaced, or bypassed for this run."""


class _UnusableCache(Exception):
    """Internal: the file opened but is not our cache."""


@dataclass(frozen=True, slots=True)
class CachedAnswer:
    """What the service said last time: its places, best first (empty for "no such place")."""

    places: tuple[Place, ...]
    fetched_at: str = ""

    @property
    def place(self) -> Place | None:
        """The service's first answer, or None."""
        return self.places[0] if self.places else None


def default_cache_dir() -> Path:
    """``$ROUTES_CACHE_DIR`` if set, else the user cache folder platformdirs gives for routes."""
    env = os.environ.get(CACHE_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("routes", appauthor=False))


def default_cache_path() -> Path:
    return default_cache_dir() / CACHE_FILE_NAME


def query_key(name: str) -> str:
    """Fold a name so trivial variants ("Dandong", " dandong ") share one cache entry.

    Only case and spacing are folded: an online service may tell "Sinuiju" from "Sinŭiju", so
    diacritics are kept.
    """
    return " ".join(name.split()).casefold()


def _is_locked(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "")
    return name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(exc).lower()


def _is_damage(exc: BaseException) -> bool:
    """A file to move aside (broken, foreign, stuck), as opposed to a full or read-only disk,
    where moving the file would lose good answers and fix nothing."""
    if isinstance(exc, _UnusableCache) or _is_locked(exc):
        return True
    name = getattr(exc, "sqlite_errorname", "")
    text = str(exc).lower()
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or (
        "malformed" in text or "not a database" in text
    )


def _identity(conn: sqlite3.Connection) -> tuple[int, set[str]]:
    """The file's application id and table names: (0, empty) for a new, empty file."""
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return app_id, tables


class GeocodeCache:
    """The on-disk answer cache; safe to share between threads of one process."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, busy_timeout: float = 2.0):
        self.path = Path(path) if path is not None else default_cache_path()
        self.busy_timeout = busy_timeout
        #: Files moved aside during this run, for the report.
        self.moved_aside: list[Path] = []
        #: True when no file could be used and answers only live for this run.
        self.memory_only = False
        #: Answers that could not be written (disk full, read-only): still served this run.
        self._overlay: dict[tuple[str, str, str], CachedAnswer] = {}
        self._writes_failed = False
        self._lock = threading.RLock()
        self._conn = self._open()

    # -- opening and recovery -------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.path.is_dir():
            return self._memory(f"{self.path} is a folder, not a cache file")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return self._memory(f"cannot create the cache folder {self.path.parent}: {exc}")
        for attempt in (1, 2):
            conn: sqlite3.Connection | None = None
            try:
                conn = self._connect(str(self.path))
                self._check_or_init(conn)
                return conn
            except (sqlite3.DatabaseError, _UnusableCache) as exc:
                if conn is not None:
                    conn.close()
                if attempt == 2 or not self.path.exists() or not _is_damage(exc):
                    return self._memory(f"cannot use {self.path}: {exc}")
                try:
                    self._move_aside(self._reason(exc))
                except OSError as move_exc:
                    return self._memory(f"cannot move {self.path} aside: {move_exc}")
            except OSError as exc:
                if conn is not None:
                    conn.close()
                return self._memory(f"cannot use {self.path}: {exc}")
        raise AssertionError("unreachable")  # pragma: no cover

    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(
            target, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False
        )
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        return conn

    @staticmethod
    def _reason(exc: BaseException) -> str:
        if isinstance(exc, sqlite3.Error) and _is_locked(exc):
            return "locked by another process for too long"
        if isinstance(exc, _UnusableCache):
            return str(exc)
        return f"corrupted ({exc})"

    def _check_or_init(self, conn: sqlite3.Connection) -> None:
        """Accept our own cache, initialise an empty file, refuse anything else."""
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _UnusableCache(f"damaged (integrity check: {check[0] if check else 'no answer'})")
        app_id, tables = _identity(conn)
        if app_id == 0 and not tables:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Look again under the write lock: two processes starting together (a batch's
                # workers) both see an empty file, and the second must find the first's schema
                # rather than create it twice and fall back to a memory-only cache.
                app_id, tables = _identity(conn)
                if app_id == 0 and not tables:
                    conn.execute(_SCHEMA)
                    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    conn.execute("COMMIT")
                    return
                conn.execute("ROLLBACK")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise _UnusableCache("not a routes geocoder cache (another program's database)")
        if version != SCHEMA_VERSION:
            raise _UnusableCache(f"an older or newer cache layout (version {version})")
        columns = tuple(r[1] for r in conn.execute("PRAGMA table_info(answers)"))
        if columns != _COLUMNS:
            raise _UnusableCache("the answers table has the wrong columns")

    def _move_aside(self, reason: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        aside = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        n = 1
        while aside.exists():
            n += 1
            aside = self.path.with_name(f"{self.path.name}.broken-{stamp}-{n}")
        os.replace(self.path, aside)
        # A journal left beside the old file belongs to it; SQLite would replay it into the new one.
        for suffix in ("-journal", "-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        self.moved_aside.append(aside)
        message = (
            f"geocoder cache {self.path} was {reason}; "
            f"moved it to {aside.name} and started a new one"
        )
        log.info(message)
        warnings.warn(message, CacheRebuiltWarning, stacklevel=4)

    def _memory(self, why: str) -> sqlite3.Connection:
        message = f"geocoder cache unavailable ({why}); answers are kept for this run only"
        log.info(message)
        warnings.warn(message, CacheRebuiltWarning, stacklevel=4)
        self.memory_only = True
        conn = self._connect(":memory:")
        self._check_or_init(conn)
        return conn

    def _recover(self, exc: sqlite3.Error) -> None:
        """The file went bad while we used it: move it aside and reopen (or fall back to memory)."""
        with self._lock:
            self._conn.close()
            if not self.memory_only and self.path.exists():
                try:
                    self._move_aside(self._reason(exc))
                except OSError as move_exc:
                    self._conn = self._memory(f"cannot move {self.path} aside: {move_exc}")
                    return
            self._conn = self._open()

    # -- use ------------------------------------------------------------------------------------

    def get(self, service: str, name: str, country: str | None = None) -> CachedAnswer | None:
        """The cached answer for ``name`` (``None`` when the service was never asked)."""
        key = (service, query_key(name), (country or "").upper())
        sql = (
            "SELECT found, places, fetched_at FROM answers"
            " WHERE service = ? AND query = ? AND country = ?"
        )
        with self._lock:
            if key in self._overlay:
                return self._overlay[key]
            try:
                row = self._conn.execute(sql, key).fetchone()
            except sqlite3.DatabaseError as exc:
                if _is_damage(exc):
                    self._recover(exc)
                else:
                    log.warning("could not read the geocoder cache %s: %s", self.path, exc)
                return None
        if row is None:
            return None
        found, payload, fetched_at = row
        if not found:
            return CachedAnswer((), fetched_at)
        places = _places_from_json(payload)
        return CachedAnswer(places, fetched_at) if places else None

    def put(
        self,
        service: str,
        name: str,
        country: str | None,
        places: Place | Sequence[Place] | None,
    ) -> None:
        """Record an answer in one transaction: the places found (best first), or none.

        If the file cannot take it (disk full, read-only), the answer is kept in memory for the
        rest of the run and one warning says the cache is not being written.
        """
        key = (service, query_key(name), (country or "").upper())
        found = (places,) if isinstance(places, Place) else tuple(places or ())
        payload = json.dumps([dataclasses.asdict(p) for p in found], ensure_ascii=False)
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock:
            if not self._writes_failed:
                for attempt in (1, 2):
                    try:
                        self._write((*key, int(bool(found)), payload, fetched_at))
                        return
                    except sqlite3.DatabaseError as exc:
                        if attempt == 1 and _is_damage(exc):
                            self._recover(exc)
                            continue
                        self._writes_failed = True
                        message = (
                            f"cannot write the geocoder cache {self.path} ({exc}); "
                            "answers are kept for this run only"
                        )
                        log.info(message)
                        warnings.warn(message, CacheRebuiltWarning, stacklevel=3)
                        break
            self._overlay[key] = CachedAnswer(found, fetched_at)

    def _write(self, args: tuple[Any, ...]) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)", args)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def __len__(self) -> int:
        """Answers stored in the file (or in memory when it could not be used)."""
        with self._lock:
            stored = int(self._conn.execute("SELECT count(*) FROM answers").fetchone()[0])
            return stored + len(self._overlay)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _places_from_json(payload: str | None) -> tuple[Place, ...]:
    """Places from their cached JSON; an entry we cannot read fully is treated as missing."""
    try:
        data = json.loads(payload or "")
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            return ()
        return tuple(Place(**d) for d in data)
    except (ValueError, TypeError, CoordinateError):
        return ()
