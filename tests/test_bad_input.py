"""Bad input: a clear one-line error, a documented exit code, nothing half-written."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from tests.bad_inputs import CASES, Case

ROOT = Path(__file__).resolve().parents[1]


def run_case(case: Case, tmp_path: Path) -> tuple[int, str]:
    args = case.make(tmp_path)
    guard = case.patch() if case.patch is not None else contextlib.nullcontext()
    with guard:  # type: ignore[attr-defined]
        result = CliRunner().invoke(app, args)
    return result.exit_code, result.stderr


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input(case: Case, tmp_path: Path) -> None:
    code, err = run_case(case, tmp_path)
    assert code == case.exit_code, err
    assert "Traceback" not in err
    if case.exit_code:
        assert err.startswith("routes: error:"), err
        assert err.count("\n") == 1, err
        for words in case.expect:
            assert words.casefold() in err.casefold(), err
    leftovers = [p.name for p in tmp_path.rglob("*.part")]
    assert leftovers == [], leftovers


def test_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    from tests.bad_inputs import disk_full

    journey = tmp_path / "j.yaml"
    journey.write_text("version: 1\nstops:\n  - {place: A, lat: 1, lon: 2}\n", encoding="utf-8")
    target = tmp_path / "map.html"
    target.write_text("previous map", encoding="utf-8")
    with disk_full():
        result = CliRunner().invoke(app, ["map", str(journey), "-o", str(target)])
    assert result.exit_code == 12
    assert target.read_text(encoding="utf-8") == "previous map"


def test_error_table_in_docs_is_current(tmp_path: Path) -> None:
    from scripts.gen_error_table import render_table

    rows = []
    for i, case in enumerate(CASES):
        folder = tmp_path / str(i)
        folder.mkdir()
        code, err = run_case(case, folder)
        rows.append((case.name, code, err.strip().replace(str(folder), "DIR")))
    expected = render_table(rows)
    assert (ROOT / "docs" / "errors.md").read_text(encoding="utf-8") == expected, (
        "docs/errors.md is stale: run `python -m scripts.gen_error_table`"
    )
