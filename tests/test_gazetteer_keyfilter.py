"""The Bloom filter in front of ``contains_name``: never a wrong answer, built on first use
only, saved beside the index, rebuilt when stale or damaged, and fine in a read-only cache."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import string
from pathlib import Path

import pytest

from routes.errors import OutputError
from routes.gazetteer import Gazetteer
from routes.gazetteer import _keyfilter as kf
from routes.gazetteer._build import _replace_stale
from tests.test_gazetteer_support import fixture


def _words(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choices(string.ascii_lowercase + " ", k=rnd.randint(3, 14)))
            for _ in range(n)]


def test_filter_has_no_false_negatives_and_few_false_alarms() -> None:
    keys = _words(20_000, 1)
    f = kf.KeyFilter.from_keys(keys)
    assert all(f.maybe(k) for k in keys)
    absent = [w for w in _words(20_000, 2) if w not in set(keys)]
    alarms = sum(f.maybe(w) for w in absent) / len(absent)
    assert alarms < 0.03
    assert f.nbytes * 8 >= 10 * len(keys)


def test_empty_filter_says_no() -> None:
    assert not kf.KeyFilter.from_keys([]).maybe("anything")


@pytest.fixture()
def copied(tmp_path: Path) -> list[Path]:
    """The fixture index copied, so this test owns its sidecar files."""
    out = []
    for i, p in enumerate(fixture().index_paths):
        dst = tmp_path / f"gazetteer-test-{i}.sqlite"
        shutil.copy2(p, dst)
        out.append(dst)
    return out


def _sql_keys(path: Path, limit: int) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [k for (k,) in conn.execute("SELECT key FROM names LIMIT ?", (limit,))]


def test_contains_name_is_exact_and_filter_is_lazy(copied: list[Path]) -> None:
    gz = Gazetteer(copied)
    assert not any(kf.sidecar_path(p).exists() for p in copied)  # opening never builds it
    present = _sql_keys(copied[0], 300)
    assert present and all(gz.contains_name(k) for k in present)
    assert all(kf.sidecar_path(p).exists() for p in copied)
    conns = [sqlite3.connect(p) for p in copied]
    fresh = Gazetteer(copied)
    for word in _words(300, 3):
        key = " ".join(word.split())
        if not key:
            continue
        expected = any(
            c.execute("SELECT 1 FROM names WHERE key = ?", (key,)).fetchone() for c in conns
        )
        assert fresh.contains_name(key) == expected
    for c in conns:
        c.close()
    # a second process loads the saved filter instead of building it
    assert kf._load(copied[0]) is not None


def test_stale_or_damaged_sidecar_is_rebuilt(copied: list[Path]) -> None:
    Gazetteer(copied).contains_name("anything")
    side = kf.sidecar_path(copied[0])
    side.write_bytes(b"garbage")
    assert kf._load(copied[0]) is None
    key = _sql_keys(copied[0], 1)[0]
    assert Gazetteer(copied).contains_name(key)
    assert kf._load(copied[0]) is not None
    st = copied[0].stat()
    os.utime(copied[0], ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # the index changed
    assert kf._load(copied[0]) is None
    assert Gazetteer(copied).contains_name(key)


def test_read_only_cache_keeps_filter_in_memory(copied: list[Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: object, data: bytes) -> Path:
        raise OutputError("read-only")

    monkeypatch.setattr("routes.atomicio.write_bytes_atomic", refuse)
    gz = Gazetteer(copied)
    key = _sql_keys(copied[0], 1)[0]
    assert gz.contains_name(key)
    assert not gz.contains_name("zz no such place qq")
    assert not kf.sidecar_path(copied[0]).exists()


def test_replacing_a_stale_index_removes_its_filter(copied: list[Path]) -> None:
    Gazetteer(copied).contains_name("anything")
    old = copied[0]
    new = old.with_name("gazetteer-test-new.sqlite")
    shutil.copy2(old, new)
    _replace_stale(new, "gazetteer-test-0.sqlite")
    assert not old.exists() and not kf.sidecar_path(old).exists()


def test_a_closed_gazetteer_reopens_its_files_when_used(copied: list[Path]) -> None:
    gz = Gazetteer(copied)
    key = _sql_keys(copied[0], 1)[0]
    gz.close()  # what clear_open_gazetteers() does to gazetteers others may still hold
    assert gz.contains_name(key)
    assert gz.get("no-such-id") is None


def test_a_new_index_comes_with_its_filter() -> None:
    for path in fixture().index_paths:
        assert kf._load(path) is not None
