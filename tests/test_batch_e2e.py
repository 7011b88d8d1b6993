"""Batch checking end to end: the real reader, gazetteer, network and checker in workers."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from routes.batch import run_batch

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

reading = pytest.importorskip("routes.reading")
if not hasattr(reading, "read_text"):  # the reader lands in parallel with this file
    pytest.skip("routes.reading is not written yet", allow_module_level=True)


def _make_archive() -> Any:
    script = ROOT / "bench" / "make_archive.py"
    spec = importlib.util.spec_from_file_location("make_archive", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_archive"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def read_out(path: Path) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in map(json.loads, path.read_text("utf-8").splitlines())}


def test_seed_folder_matches_checking_each_article_alone(tmp_path: Path) -> None:
    from routes.pipeline import check_articles
    from routes.reading import read_article
    from routes.report import to_contract

    out = tmp_path / "seeds.jsonl"
    summary = run_batch(SEEDS, out, workers=2)
    rows = read_out(out)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert sorted(rows) == names and summary.failed == 0
    for name in names:
        alone = to_contract(check_articles([read_article(SEEDS / name)]))
        row = rows[name]
        assert row.pop("id") == name and row.pop("error") is None
        assert row == json.loads(json.dumps(alone, default=str))
    beijing = [p["name"] for p in rows[names[3]]["places"]]
    assert "Beijing" in beijing and "Dandong" in beijing


def test_synthetic_archive_resumes_after_a_kill(tmp_path: Path) -> None:
    archive = _make_archive().write_archive(16, tmp_path / "a.jsonl", seed=5)
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in archive.read_text("utf-8").splitlines()}
    out = tmp_path / "out.jsonl"
    run_batch(archive, out, workers=2)
    rows = read_out(out)
    assert sorted(rows) == sorted(texts)
    ok = [ident for ident, row in rows.items() if row["error"] is None]
    # Real places, plainly written: the reader should place nearly every one. A failure is
    # still a well-formed line (type, message, exit code), never a crash of the batch.
    assert len(ok) >= 12, [rows[i]["error"] for i in rows if i not in ok]
    for ident in rows.keys() - set(ok):
        assert set(rows[ident]["error"]) == {"type", "message", "exit_code"}
    from routes.pipeline import check_articles
    from routes.reading import read_text
    from routes.report import to_contract

    for ident in ok[:4]:  # what a worker wrote is what checking the article here gives
        row = dict(rows[ident])
        row.pop("id"), row.pop("error")
        alone = to_contract(check_articles([read_text(texts[ident], source=ident)]))
        assert row == json.loads(json.dumps(alone, default=str))
        assert row["places"] and any(c["kind"] == "distance" for c in row["claims"])
    data = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(data[:5]) + data[5][:40])  # killed while writing line 6
    summary = run_batch(archive, out, workers=1)
    assert summary.skipped == 5 and summary.processed == 11 and summary.dropped_tail_bytes == 40
    assert read_out(out).keys() == rows.keys()


@pytest.mark.slow
def test_cli_batch_command(tmp_path: Path) -> None:
    inp = tmp_path / "in.jsonl"
    seed = sorted(SEEDS.glob("*.txt"))[2].read_text("utf-8")
    inp.write_text(json.dumps({"id": "tv", "text": seed}) + "\n"
                   + json.dumps({"id": "empty", "text": ""}) + "\nnot json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    routes = Path(sys.executable).parent / "routes"
    proc = subprocess.run([str(routes), "check", "--batch", str(inp), "-o", str(out),
                           "--workers", "1"], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    rows = read_out(out)
    assert rows["tv"]["error"] is None and rows["tv"]["places"]
    assert rows["empty"]["error"]["type"] == "UnreadableTextError"
    assert rows["in.jsonl:3"]["error"]["exit_code"] == 4
    assert "3 checked; 2 failed" in proc.stderr and proc.stdout == ""
