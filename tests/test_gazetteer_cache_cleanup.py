"""Temporary index files of killed builds are removed by the next build, live ones kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from routes.gazetteer._build import _remove_abandoned_parts


def test_abandoned_parts_of_dead_processes_are_removed(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    dead_pid = int(done.stdout)
    target = tmp_path / "gazetteer-cities500-base-abc.sqlite"
    dead = tmp_path / f".gazetteer-cities500-base-abc.sqlite.{dead_pid}.part"
    live = tmp_path / f".gazetteer-cities500-abc-def.sqlite.{os.getpid()}.part"
    other = tmp_path / ".online-geocoder.sqlite3.123.part"
    for path in (dead, live, other):
        path.write_bytes(b"half an index")
    _remove_abandoned_parts(target)
    assert not dead.exists()
    assert live.exists() and other.exists()
