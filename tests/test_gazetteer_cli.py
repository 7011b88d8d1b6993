"""`routes gazetteer validate/add/import/info` through Typer, and `routes resolve` end to end."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cli.gazetteer import gazetteer_app
from tests.test_gazetteer_records import GEONAMES_ROWS
from tests.test_gazetteer_support import BAD, FIXTURE

runner = CliRunner()


def test_validate_ok_and_json() -> None:
    result = runner.invoke(gazetteer_app, ["validate", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.output
    result = runner.invoke(gazetteer_app, ["validate", str(FIXTURE), "--format", "json"])
    assert json.loads(result.stdout) == {"problems": []}


def test_validate_reports_problems_with_exit_code() -> None:
    result = runner.invoke(gazetteer_app, ["validate", str(BAD), "--format", "json"])
    assert result.exit_code == 10
    problems = json.loads(result.stdout)["problems"]
    assert {p["line"] for p in problems} == {10, 16, 22, 28}
    result = runner.invoke(gazetteer_app, ["validate", str(BAD)])
    assert f"{BAD}:10" in result.output


def test_add_appends_a_valid_record(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    shutil.copy(FIXTURE, target)
    args = ["add", str(target), "--id", "fx-sinuiju-station", "--name", "Sinuiju Station",
            "--kind", "station", "--lat", "40.1070", "--lon", "124.4018", "--country", "KP",
            "--city", "Sinuiju", "--alias", "Sinuiju Chongnyon Station", "--alias", "Sinŭiju",
            "--source", "test"]
    result = runner.invoke(gazetteer_app, args)
    assert result.exit_code == 0, result.output
    record = yaml.safe_load(target.read_text(encoding="utf-8"))["records"][-1]
    assert record["aliases"] == ["Sinuiju Chongnyon Station", "Sinŭiju"]
    again = runner.invoke(gazetteer_app, args)
    assert again.exit_code == 10
    assert "already used" in again.stderr and again.stderr.count("\n") == 1


def test_add_refuses_bad_json(tmp_path: Path) -> None:
    result = runner.invoke(gazetteer_app, ["add", str(tmp_path / "y.yaml"), "--json", "{nope"])
    assert result.exit_code == 10 and "JSON" in result.stderr
    assert not (tmp_path / "y.yaml").exists()


def test_import_command(tmp_path: Path) -> None:
    dump = tmp_path / "CN.txt"
    dump.write_text("".join("\t".join(r) + "\n" for r in GEONAMES_ROWS), encoding="utf-8")
    out = tmp_path / "import.sqlite"
    result = runner.invoke(
        gazetteer_app, ["import", str(dump), "--out", str(out), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["index"] == str(out) and out.exists()
    missing = runner.invoke(gazetteer_app, ["import", str(tmp_path / "none.txt")])
    assert missing.exit_code == 3


@pytest.mark.slow
def test_routes_resolve_json_end_to_end(tmp_path: Path) -> None:
    env = {**os.environ, "ROUTES_CACHE_DIR": str(tmp_path / "cache")}
    exe = Path(sys.executable).with_name("routes")
    proc = subprocess.run(
        [str(exe), "resolve", "Dandong", "--format", "json"], env=env, capture_output=True,
        text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["query"] == "Dandong"
    best = data["candidates"][0]
    assert {"name", "lat", "lon", "kind", "country", "source", "score"} <= set(best)
    assert best["country"] == "CN" and abs(best["lat"] - 40.129) < 0.01
    proc = subprocess.run(
        [str(exe), "gazetteer", "info", "--format", "json"], env=env, capture_output=True,
        text=True, check=False, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    info = json.loads(proc.stdout)
    assert info["places"] > 200_000 and info["build_seconds"] > 0
    assert {Path(p).parent for p in info["indexes"]} == {tmp_path / "cache"}
