"""The benchmark runner (bench/run.py) and the synthetic archive (bench/make_archive.py)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}_under_test", BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_runner_reports_every_script_and_survives_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = load("run")
    (tmp_path / "bench_good.py").write_text(
        "import sys\nprint('## Good\\n\\n| a | b |\\n|---|---|\\n| 1 | ' + "
        "('quick' if '--quick' in sys.argv else 'full') + ' |')\n", encoding="utf-8")
    (tmp_path / "bench_broken.py").write_text(
        "import sys\nprint('partial table')\nsys.exit('boom: no data')\n", encoding="utf-8")
    monkeypatch.setattr(run, "BENCH", tmp_path)
    monkeypatch.setattr(run, "EXPECTED", ("good", "broken", "absent"))
    out = tmp_path / "RESULTS.md"
    assert run.main(["--quick", "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Benchmark results") and "nproc" in text and "Python 3." in text
    assert "| good | ok |" in text and "| 1 | quick |" in text
    assert "| broken | failed (exit 1) |" in text and "boom: no data" in text
    assert "partial table" in text
    assert "| absent | missing (bench/bench_absent.py not written) |" in text
    assert text.index("## Good") > text.index("| benchmark | status |")
    assert "## broken" in text  # a section without its own heading gets one


def test_archive_is_deterministic_and_about_the_asked_length(tmp_path: Path) -> None:
    make = load("make_archive")
    a = make.write_archive(12, tmp_path / "a.jsonl", seed=3, words=300)
    b = make.write_archive(12, tmp_path / "b.jsonl", seed=3, words=300)
    c = make.write_archive(12, tmp_path / "c.jsonl", seed=4, words=300)
    assert a.read_bytes() == b.read_bytes() != c.read_bytes()
    rows = [json.loads(line) for line in a.read_text("utf-8").splitlines()]
    assert len({r["id"] for r in rows}) == 12
    for row in rows:
        words = len(row["text"].split())
        assert 300 <= words <= 360
        assert " left " in row["text"] and " away." in row["text"]
    folder = make.write_archive(3, tmp_path / "folder", seed=3, words=300)
    files = sorted(p.name for p in folder.iterdir())
    assert files == [f"{r['id']}.txt" for r in rows[:3]]
    assert (folder / files[0]).read_text("utf-8") == rows[0]["text"]


def test_archive_distances_come_from_the_geometry() -> None:
    """A stated distance is the route between the named cities, or a deliberate error."""
    make = load("make_archive")
    from routes.geodesy import geodesic_km

    cities = {c.name: c for group in make.load_cities().values() for c in group}
    checked = consistent = 0
    for _, text in make.generate(60, seed=9):
        first = text.split(" away.", 1)[0]
        match = re.search(r"left (\S+) by .* on a journey to (\S+), .*?([\d,]+) kilometers", first)
        if match is None:  # stated in miles only
            continue
        a, b = cities[match[1]], cities[match[2]]
        direct = geodesic_km(a.lat, a.lon, b.lat, b.lon)
        km = float(match[3].replace(",", ""))
        checked += 1
        consistent += 0.95 * direct - 10 <= km <= 1.9 * direct + 10
    assert checked >= 30 and consistent >= 0.6 * checked
