"""Temporary files of killed writes are removed by the next write of the same file."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from routes.atomicio import ABANDONED_AFTER_S, sweep_abandoned, write_text_atomic


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _age(path: Path, seconds: float) -> None:
    old = time.time() - seconds
    os.utime(path, (old, old))


def test_next_write_removes_an_abandoned_part(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    left = tmp_path / f".map.html.{_dead_pid()}.abc123xy.part"
    left.write_text("half a map", encoding="utf-8")
    _age(left, ABANDONED_AFTER_S + 5)
    write_text_atomic(target, "<html></html>")
    assert target.read_text(encoding="utf-8") == "<html></html>"
    assert not left.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_live_writers_fresh_files_and_other_targets_are_kept(tmp_path: Path) -> None:
    target = tmp_path / "a"
    dead = _dead_pid()
    live = tmp_path / f".a.{os.getpid()}.live0000.part"  # this process is alive
    fresh = tmp_path / f".a.{dead}.fresh000.part"  # writer gone, but touched just now
    other = tmp_path / f".a.5.{dead}.other000.part"  # belongs to target "a.5"
    foreign = tmp_path / ".a.notapid.part"
    for path in (live, fresh, other, foreign):
        path.write_text("x", encoding="utf-8")
    for path in (live, other, foreign):
        _age(path, ABANDONED_AFTER_S + 5)
    assert sweep_abandoned(target) == []
    assert all(p.exists() for p in (live, fresh, other, foreign))


def test_sweep_of_a_missing_folder_is_harmless(tmp_path: Path) -> None:
    assert sweep_abandoned(tmp_path / "nowhere" / "x.json") == []
