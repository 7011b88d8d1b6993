"""The batch command's progress bar and summary (cli/batch.py), with stand-in workers."""

from __future__ import annotations

import functools
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

import cli.batch
from routes.batch import BatchSummary, run_batch
from tests.test_batch_fakes import fake_gazetteer, fake_process


@pytest.fixture
def fake_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli.batch, "run_batch", functools.partial(
        run_batch, process=fake_process, gazetteer_factory=fake_gazetteer))


def archive(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [{"id": f"a{i}", "text": "Dandong" if i != 3 else "BAD"} for i in range(12)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.usefixtures("fake_batch")
def test_quiet_off_a_terminal_except_one_summary_line(tmp_path: Path) -> None:
    buf = io.StringIO()
    summary = cli.batch.run_batch_command(
        archive(tmp_path), tmp_path / "out.jsonl", workers=1,
        console=Console(file=buf, force_terminal=False, width=200))
    text = buf.getvalue()
    assert summary.processed == 12
    assert text.count("\n") == 1 and "\x1b" not in text
    assert "12 checked; 1 failed (1 UnreadableTextError" in text
    assert str(tmp_path / "out.jsonl") in text


@pytest.mark.usefixtures("fake_batch")
def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    buf = io.StringIO()
    cli.batch.run_batch_command(
        archive(tmp_path), tmp_path / "out.jsonl", workers=2,
        console=Console(file=buf, force_terminal=True, width=150))
    text = buf.getvalue()
    assert "checking" in text and "12/12" in text
    assert "12 checked" in text


def test_summary_line_mentions_resume_and_repairs() -> None:
    s = BatchSummary(input="in", output="out.jsonl", engine="local", workers=2, processed=0,
                     skipped=40, duplicates=2, dropped_tail_bytes=17, elapsed_s=0.2)
    line = cli.batch.summary_line(s)
    assert "40 already done" in line and "2 duplicate ids ignored" in line
    assert "torn last line" in line and "nothing to do" in line
