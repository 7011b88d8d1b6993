"""Suite-wide settings: one shared gazetteer cache, so its index is built once per run.

The GeoNames index takes tens of seconds to build; every test that does not test building it
shares one cache folder (``.pytest_cache/routes-cache``, also shared by xdist workers: the index
is written to a temporary file and renamed, so concurrent builders are safe). Tests that need a
cold cache set ``ROUTES_CACHE_DIR`` themselves.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

SHARED_CACHE = Path(__file__).resolve().parents[1] / ".pytest_cache" / "routes-cache"


def pytest_configure(config: object) -> None:
    if "ROUTES_CACHE_DIR" not in os.environ:
        SHARED_CACHE.mkdir(parents=True, exist_ok=True)
        os.environ["ROUTES_CACHE_DIR"] = str(SHARED_CACHE)


@pytest.fixture(scope="session")
def shared_gazetteer() -> Any:
    """The real gazetteer on the shipped data, from the suite's shared cache."""
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()
