"""The example map committed in maps/ is what the code draws today (random element ids aside)."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from cli.main import app

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "maps" / "kim-2019-beijing.html"

#: folium names every element with a random 32-hex-digit suffix; they carry no content.
_RANDOM_ID = re.compile(r"[0-9a-f]{32}")


def normalise(html: str) -> str:
    return _RANDOM_ID.sub("ID", html)


def test_committed_example_map_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "kim-2019-beijing.html"
    result = CliRunner().invoke(app, ["demo", "-o", str(fresh)])
    assert result.exit_code == 0, result.stderr
    assert COMMITTED.exists(), "run `routes demo` and commit maps/kim-2019-beijing.html"
    assert normalise(COMMITTED.read_text(encoding="utf-8")) == normalise(
        fresh.read_text(encoding="utf-8")
    ), "maps/kim-2019-beijing.html is stale: run `routes demo` and commit the result"
    committed_txt = COMMITTED.with_suffix(".txt")
    assert committed_txt.read_text(encoding="utf-8") == fresh.with_suffix(".txt").read_text(
        encoding="utf-8"
    )
