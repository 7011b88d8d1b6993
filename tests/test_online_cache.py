"""The geocoder cache: answers persist, and a broken, foreign or locked file never stops a run."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from routes.models import Place
from routes.online import CacheRebuiltWarning, GeocodeCache

SVC = "nominatim@test"
PLACE = Place("Sinuiju", 40.1006, 124.3986, "city", "KP", "test source", "osm:relation/101")


def test_answers_round_trip_and_persist(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with GeocodeCache(path) as cache:
        assert cache.get(SVC, "Sinuiju") is None
        cache.put(SVC, "Sinuiju", None, PLACE)
        cache.put(SVC, "Atlantis", "GR", None)
    with GeocodeCache(path) as cache:
        hit = cache.get(SVC, "  SINUIJU ")
        assert hit is not None and hit.place == PLACE and hit.fetched_at
        miss = cache.get(SVC, "atlantis", "gr")
        assert miss is not None and miss.place is None  # "not found" is remembered
        assert cache.get(SVC, "Atlantis") is None  # another country filter: another question
        assert cache.get("photon@test", "Sinuiju") is None
        assert len(cache) == 2
        assert not cache.moved_aside and not cache.memory_only


def test_writes_are_committed_transactions(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = GeocodeCache(path)
    cache.put(SVC, "Sinuiju", None, PLACE)
    # Another connection sees the row at once: nothing is left in an open transaction.
    other = sqlite3.connect(path)
    assert other.execute("SELECT query, found FROM answers").fetchall() == [("sinuiju", 1)]
    other.close()
    cache.close()


def test_garbage_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    with pytest.warns(CacheRebuiltWarning, match="corrupted"):
        cache = GeocodeCache(path)
    (aside,) = cache.moved_aside
    assert aside.read_bytes().startswith(b"this is not a database")  # kept, not deleted
    assert aside.parent == tmp_path and aside.name.startswith("c.sqlite3.broken-")
    cache.put(SVC, "Sinuiju", None, PLACE)
    cache.close()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheRebuiltWarning)
        again = GeocodeCache(path)  # the rebuilt file is a good cache now
        assert again.get(SVC, "Sinuiju") is not None
        again.close()


def test_truncated_database_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with GeocodeCache(path) as cache:
        cache.put(SVC, "Sinuiju", None, PLACE)
    conn = sqlite3.connect(path)  # grow the file fast: one transaction
    with conn:
        conn.executemany(
            "INSERT INTO answers VALUES (?, ?, '', 0, NULL, '')",
            [(SVC, f"place {i}") for i in range(300)],
        )
    conn.close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 4000 + data[4100:])  # header kept, pages smashed
    with pytest.warns(CacheRebuiltWarning):
        cache = GeocodeCache(path)
    assert cache.moved_aside and len(cache) == 0
    cache.close()


def test_someone_elses_database_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE invoices (id INTEGER, amount REAL)")
    other.execute("INSERT INTO invoices VALUES (1, 9.5)")
    other.commit()
    other.close()
    with pytest.warns(CacheRebuiltWarning, match="another program"):
        cache = GeocodeCache(path)
    (aside,) = cache.moved_aside
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT amount FROM invoices").fetchall() == [(9.5,)]
    kept.close()
    assert len(cache) == 0
    cache.close()


def test_other_schema_version_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    GeocodeCache(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.warns(CacheRebuiltWarning, match="version 99"):
        GeocodeCache(path).close()


def test_wrong_columns_are_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    GeocodeCache(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE answers ADD COLUMN extra TEXT")
    conn.commit()
    conn.close()
    with pytest.warns(CacheRebuiltWarning, match="wrong columns"):
        GeocodeCache(path).close()


def test_locked_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    GeocodeCache(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # a stuck process holding the lock
    try:
        with pytest.warns(CacheRebuiltWarning, match="locked"):
            cache = GeocodeCache(path, busy_timeout=0.05)
        cache.put(SVC, "Sinuiju", None, PLACE)
        assert cache.get(SVC, "Sinuiju") is not None
        assert len(cache.moved_aside) == 1 and not cache.memory_only
        cache.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_file_corrupted_while_in_use_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = GeocodeCache(path)
    cache.put(SVC, "Sinuiju", None, PLACE)
    size = path.stat().st_size
    with open(path, "r+b") as fh:  # another program scribbles over it
        fh.write(b"\x00garbage" * (size // 8))
    with pytest.warns(CacheRebuiltWarning):
        cache.put(SVC, "Testville", None, None)
    assert cache.moved_aside
    assert cache.get(SVC, "Testville") is not None  # written to the rebuilt file
    cache.close()


def test_unusable_location_falls_back_to_memory(tmp_path: Path) -> None:
    folder = tmp_path / "c.sqlite3"
    folder.mkdir()  # a folder where the file should be
    with pytest.warns(CacheRebuiltWarning, match="this run only"):
        cache = GeocodeCache(folder)
    assert cache.memory_only
    cache.put(SVC, "Sinuiju", None, PLACE)
    assert cache.get(SVC, "Sinuiju") is not None
    cache.close()


def test_unwritable_folder_falls_back_to_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.warns(CacheRebuiltWarning, match="cannot create the cache folder"):
        cache = GeocodeCache(tmp_path / "sub" / "c.sqlite3")
    assert cache.memory_only
    cache.put(SVC, "Sinuiju", None, PLACE)
    assert cache.get(SVC, "Sinuiju") is not None
    cache.close()


def test_full_disk_keeps_the_file_and_answers_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = GeocodeCache(path)
    cache.put(SVC, "Sinuiju", None, PLACE)
    before = path.read_bytes()
    pages = cache._conn.execute("PRAGMA page_count").fetchone()[0]
    cache._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk full"
    big = Place("X" * 20000, 1.0, 2.0, "city", "ZZ", "test source", "osm:node/9")
    with pytest.warns(CacheRebuiltWarning, match="cannot write"):
        cache.put(SVC, "Big", None, big)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheRebuiltWarning)  # one warning, not one per answer
        cache.put(SVC, "Testville", None, None)
    hit = cache.get(SVC, "big")
    assert hit is not None and hit.place == big  # still served for this run
    assert cache.get(SVC, "Sinuiju") is not None  # the file is still read
    assert not cache.moved_aside and path.read_bytes() == before  # the good file is untouched
    cache.close()


def test_unreadable_record_counts_as_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with GeocodeCache(path) as cache:
        cache.put(SVC, "Sinuiju", None, PLACE)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET places = '[{\"name\": \"x\", \"lat\": 999}]'")
    conn.commit()
    conn.close()
    with GeocodeCache(path) as cache:
        assert cache.get(SVC, "Sinuiju") is None


def test_killed_writer_leaves_a_good_cache(tmp_path: Path) -> None:
    """SIGKILL in the middle of a stream of writes: every committed answer survives, intact."""
    path = tmp_path / "c.sqlite3"
    child = textwrap.dedent(
        f"""
        import sys
        from routes.models import Place
        from routes.online import GeocodeCache
        cache = GeocodeCache({str(path)!r})
        place = Place("P", 1.0, 2.0, "city", "ZZ", "s", "osm:node/1")
        i = 0
        while True:
            cache.put("svc", f"name {{i}}", None, place)
            i += 1
            if i == 20:
                print("ready", flush=True)
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheRebuiltWarning)
        with GeocodeCache(path) as cache:
            count = len(cache)
            assert count >= 20
            for i in range(count):
                hit = cache.get("svc", f"name {i}")
                assert hit is not None and hit.place is not None and hit.place.name == "P"


def test_a_second_process_starting_together_uses_the_first_ones_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers open a new cache at once: both saw an empty file, one created the schema
    first. The other must use that file (and with it the lock file that spaces requests
    across processes), not create the schema twice, fail and fall back to memory."""
    from routes.online import _cache

    path = tmp_path / "shared.sqlite3"
    first = _cache.GeocodeCache(path)
    assert not first.memory_only
    real = _cache._identity
    calls = {"n": 0}

    def stale_then_real(conn: sqlite3.Connection) -> tuple[int, set[str]]:
        calls["n"] += 1
        return (0, set()) if calls["n"] == 1 else real(conn)  # read before the first committed

    monkeypatch.setattr(_cache, "_identity", stale_then_real)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "cache unavailable" warning either
        second = _cache.GeocodeCache(path)
    assert not second.memory_only
    assert calls["n"] == 2
