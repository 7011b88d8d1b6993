"""The example map committed in maps/ is exactly what the code draws today, byte for byte.

Element ids are deterministic (routes.mapping._ids), so no part of the page may differ: a
difference means the committed map is stale, or something in the page varies between runs.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cli.main import app

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "maps" / "kim-2019-beijing.html"


def test_committed_example_map_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "kim-2019-beijing.html"
    result = CliRunner().invoke(app, ["demo", "-o", str(fresh)])
    assert result.exit_code == 0, result.stderr
    assert COMMITTED.exists(), "run `routes demo` and commit maps/kim-2019-beijing.html"
    assert COMMITTED.read_bytes() == fresh.read_bytes(), (
        "maps/kim-2019-beijing.html is stale: run `routes demo` and commit the result"
    )
    assert COMMITTED.with_suffix(".txt").read_bytes() == fresh.with_suffix(".txt").read_bytes()
