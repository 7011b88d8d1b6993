"""Batch checking with stand-in article and gazetteer functions (tests/test_batch_fakes.py).

These test the machinery (input, output, resume, errors, worker processes, Dask) on
constructed archives; tests/test_batch_e2e.py runs the real pipeline.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from routes.batch import BatchSummary, chunk_size, run_batch
from routes.batch._journal import Journal
from routes.errors import GazetteerDataError, InputFileError, OutputError
from tests.test_batch_fakes import broken_gazetteer, fake_gazetteer, fake_process


def write_jsonl(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_out(path: Path) -> list[dict[str, Any]]:
    raw = path.read_text(encoding="utf-8")
    assert raw == "" or raw.endswith("\n")
    return [json.loads(line) for line in raw.splitlines()]


def run(inp: Path, out: Path, **kw: Any) -> BatchSummary:
    kw.setdefault("workers", 2)
    return run_batch(inp, out, process=fake_process, gazetteer_factory=fake_gazetteer, **kw)


def articles(n: int) -> list[dict[str, Any] | str]:
    return [{"id": f"a{i}", "text": f"Train from Dandong to Beijing number {i}"}
            for i in range(n)]


def test_jsonl_every_article_once_with_errors_in_place(tmp_path: Path) -> None:
    rows = [*articles(40), {"id": "bad", "text": "BAD input"}, {"id": 7, "text": "BUG here"}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    summary = run(inp, out)
    results = read_out(out)
    by_id = {r["id"]: r for r in results}
    assert len(results) == len(by_id) == 42
    assert summary.total == 42 and summary.processed == 42 and summary.failed == 2
    assert summary.failures_by_type == {"UnreadableTextError": 1, "ValueError": 1}
    assert by_id["a3"]["error"] is None
    assert [p["name"] for p in by_id["a3"]["places"]] == ["Train", "Dandong", "Beijing"]
    assert by_id["bad"]["error"] == {
        "type": "UnreadableTextError", "message": "article bad is not text", "exit_code": 4}
    bug = by_id["7"]["error"]
    assert bug["type"] == "ValueError" and bug["exit_code"] == 1
    assert "\n" not in bug["message"] and "a bug over two lines" in bug["message"]
    # A failed article still has the contract's lists, empty, so consumers can iterate.
    assert by_id["bad"]["places"] == [] and by_id["bad"]["claims"] == []
    assert next(iter(results[0])) == "id" and list(results[0])[-1] == "error"


def test_a_non_finite_number_is_written_as_null_and_noted(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "inf", "text": "INF"}])
    out = tmp_path / "out.jsonl"
    assert run(inp, out, workers=1).failed == 0
    assert "Infinity" not in out.read_text(encoding="utf-8")
    (row,) = read_out(out)
    assert row["claims"][0]["implied_speed_kmh"] == [80.0, None] and row["error"] is None
    assert row["notes"] == ["kept", "not a finite number, written as null: "
                            "claims[0].implied_speed_kmh[1]"]
    assert list(row)[-1] == "error"


def test_gazetteer_opened_once_per_worker_process(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(60))
    out = tmp_path / "out.jsonl"
    run(inp, out, chunksize=3)
    results = read_out(out)
    pids = {r["gazetteer_pid"] for r in results}
    assert os.getpid() not in pids  # checked in worker processes, not here
    assert 1 <= len(pids) <= 2
    assert {r["gazetteer_opened"] for r in results} == {1}


def test_folder_input_nested_ids_are_relative_paths(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    (folder / "2019" / "01").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "2019" / "01" / "kim.txt").write_text("Pyongyang to Beijing")
    (folder / "top.txt").write_text("Dandong border")
    (folder / "notes.md").write_text("ignored")
    (folder / ".hidden" / "x.txt").write_text("ignored")
    out = tmp_path / "out.jsonl"
    summary = run(folder, out, workers=1)
    ids = sorted(r["id"] for r in read_out(out))
    assert ids == ["2019/01/kim.txt", "top.txt"]
    assert summary.total == 2 and summary.failed == 0


def test_bad_input_lines_become_error_results(tmp_path: Path) -> None:
    rows: list[dict[str, Any] | str] = [
        "{not json", "[1, 2]", {"text": "no id"}, {"id": "x"}, {"id": "ok", "text": "Seoul"},
        {"id": "ok", "text": "duplicate id, ignored"}, "",
    ]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    summary = run(inp, out, workers=1)
    by_id = {r["id"]: r for r in read_out(out)}
    assert set(by_id) == {"in.jsonl:1", "in.jsonl:2", "in.jsonl:3", "x", "ok"}
    assert "not valid JSON" in by_id["in.jsonl:1"]["error"]["message"]
    assert "has no \"id\"" in by_id["in.jsonl:3"]["error"]["message"]
    assert "no \"text\"" in by_id["x"]["error"]["message"]
    assert by_id["ok"]["error"] is None and by_id["ok"]["words"] == 1
    assert summary.duplicates == 1 and summary.failed == 4


def test_an_oversized_line_is_reported_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from routes.batch import _records

    monkeypatch.setattr(_records, "MAX_LINE_BYTES", 200)
    rows: list[dict[str, Any] | str] = [
        {"id": "big", "text": "Beijing " * 100}, {"id": "small", "text": "Beijing"}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    by_id = {r["id"]: r for r in read_out_after(run(inp, tmp_path / "o.jsonl", workers=1),
                                                tmp_path / "o.jsonl")}
    assert set(by_id) == {"in.jsonl:1", "small"}
    assert "larger than" in by_id["in.jsonl:1"]["error"]["message"]
    assert by_id["small"]["error"] is None


def read_out_after(summary: BatchSummary, path: Path) -> list[dict[str, Any]]:
    assert summary.processed == summary.total
    return read_out(path)


def test_resume_skips_done_and_drops_a_torn_tail(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(30))
    out = tmp_path / "out.jsonl"
    run(inp, out)
    lines = out.read_bytes().splitlines(keepends=True)
    # As if killed mid-write: 10 whole lines, then half of the 11th.
    torn = lines[10][: len(lines[10]) // 2]
    out.write_bytes(b"".join(lines[:10]) + torn)
    summary = run(inp, out)
    results = read_out(out)
    assert sorted(r["id"] for r in results) == sorted(f"a{i}" for i in range(30))
    assert summary.skipped == 10 and summary.processed == 20
    assert summary.dropped_tail_bytes == len(torn)
    again = run(inp, out)
    assert again.processed == 0 and again.skipped == 30
    assert len(read_out(out)) == 30


def test_resume_keeps_a_whole_last_object_missing_its_newline(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(5))
    out = tmp_path / "out.jsonl"
    out.write_text('{"id":"a0","places":[],"error":null}', encoding="utf-8")
    summary = run(inp, out, workers=1)
    assert summary.skipped == 1 and summary.dropped_tail_bytes == 0
    assert sorted(r["id"] for r in read_out(out)) == [f"a{i}" for i in range(5)]


def test_resume_reads_ids_written_by_other_json_writers(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(4))
    out = tmp_path / "out.jsonl"
    out.write_text(json.dumps({"id": "a0", "error": None}) + "\n"
                   + json.dumps({"places": [], "id": "a1"}, indent=None) + "\n",
                   encoding="utf-8")
    summary = run(inp, out, workers=1)
    assert summary.skipped == 2 and summary.processed == 2 and summary.bad_output_lines == 0


def test_foreign_lines_in_output_are_counted_not_lost(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(3))
    out = tmp_path / "out.jsonl"
    out.write_text("# a note someone added\n", encoding="utf-8")
    summary = run(inp, out, workers=1)
    assert summary.bad_output_lines == 1
    assert out.read_text().startswith("# a note someone added\n")


def test_progress_counts_up_to_total(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(25))
    seen: list[tuple[int, int]] = []
    run(inp, tmp_path / "out.jsonl", on_progress=lambda d, t: seen.append((d, t)), chunksize=4)
    assert seen[0] == (0, 25) and seen[-1] == (25, 25)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_worker_crash_fails_only_its_article(tmp_path: Path) -> None:
    rows = [*articles(20), {"id": "killer", "text": "CRASH now"}, *articles(40)[20:]]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    summary = run(inp, out, chunksize=5)
    by_id = {r["id"]: r for r in read_out(out)}
    assert len(by_id) == 41
    assert by_id["killer"]["error"]["type"] == "WorkerCrash"
    assert all(r["error"] is None for k, r in by_id.items() if k != "killer")
    assert summary.failed == 1 and summary.restarts >= 1


def test_unopenable_gazetteer_stops_the_run_with_its_message(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(2))
    with pytest.raises(GazetteerDataError, match="damaged"):
        run_batch(inp, tmp_path / "o.jsonl", process=fake_process,
                  gazetteer_factory=broken_gazetteer, workers=1)


def test_input_and_output_errors(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="does not exist"):
        run(tmp_path / "missing.jsonl", tmp_path / "o.jsonl")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputFileError, match="no articles"):
        run(tmp_path / "empty", tmp_path / "o.jsonl")
    inp = write_jsonl(tmp_path / "in.jsonl", articles(2))
    with pytest.raises(OutputError, match="does not exist"):
        run(inp, tmp_path / "nowhere" / "o.jsonl")
    with pytest.raises(OutputError, match="is a folder"):
        run(inp, tmp_path / "empty")
    with pytest.raises(InputFileError, match="same file"):
        run(inp, inp)
    article = tmp_path / "story.txt"
    article.write_text("\nThe train left Pyongyang.\n{not the first line}\n", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"not JSON Lines.*routes check FILE"):
        run(article, tmp_path / "o.jsonl")


def test_two_runs_cannot_write_one_output(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(2))
    out = tmp_path / "o.jsonl"
    with Journal(out) as held:
        held.open()
        with pytest.raises(OutputError, match="another batch run"):
            run(inp, out)


def test_gzipped_jsonl_input(tmp_path: Path) -> None:
    import gzip

    plain = write_jsonl(tmp_path / "in.jsonl", articles(4))
    gz = tmp_path / "in.jsonl.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes()))
    summary = run(gz, tmp_path / "o.jsonl", workers=1)
    assert summary.processed == 4 and summary.failed == 0


def test_chunk_size_spreads_small_inputs_and_caps_large_ones() -> None:
    assert chunk_size(1, 2) == 1
    assert chunk_size(100, 2) == 4
    assert chunk_size(10_000, 2) == 32
    assert chunk_size(0, 4) == 1


def test_dask_engine_on_a_local_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    rows = [*articles(30), {"id": "bad", "text": "BAD"}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None, host="127.0.0.1",
                                  protocol="tcp") as cluster:
        out = tmp_path / "dask.jsonl"
        summary = run(inp, out, engine="dask", scheduler=cluster.scheduler_address,
                      chunksize=4)
        by_id = {r["id"]: r for r in read_out(out)}
        assert len(by_id) == 31 and summary.engine == "dask"
        assert by_id["bad"]["error"]["type"] == "UnreadableTextError"
        assert by_id["a5"]["words"] == 7
        # Resume works the same way on this engine.
        assert run(inp, out, engine="dask", scheduler=cluster.scheduler_address).skipped == 31


def test_dask_folder_input_is_read_on_the_client(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    reading = pytest.importorskip("routes.reading")
    if not hasattr(reading, "read_article"):
        pytest.skip("routes.reading.read_article is not written yet")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "one.txt").write_text("The train left Sinuiju for Dandong.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None, host="127.0.0.1",
                                  protocol="tcp") as cluster, distributed.Client(cluster) as client:
        summary = run(folder, tmp_path / "f.jsonl", engine="dask", scheduler=client)
    by_id = {r["id"]: r for r in read_out(tmp_path / "f.jsonl")}
    assert summary.processed == 2 and summary.failed == 1
    assert by_id["one.txt"]["error"] is None and "Sinuiju" in str(by_id["one.txt"]["places"])
    assert by_id["empty.txt"]["error"]["type"] == "UnreadableTextError"


def test_dask_engine_reports_an_unreachable_scheduler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    from routes.batch import _dask
    from routes.errors import RoutesError

    monkeypatch.setattr(_dask, "CONNECT_TIMEOUT_S", 0.5)
    inp = write_jsonl(tmp_path / "in.jsonl", articles(1))
    with pytest.raises(RoutesError, match="cannot reach the Dask scheduler"):
        run(inp, tmp_path / "o.jsonl", engine="dask", scheduler="tcp://127.0.0.1:9")


@pytest.mark.slow
def test_killed_batch_leaves_no_workers_and_resumes(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    psutil = pytest.importorskip("psutil")
    inp = write_jsonl(tmp_path / "in.jsonl", articles(3000))
    out = tmp_path / "out.jsonl"
    root = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, "-m", "tests.test_batch_fakes", str(inp), str(out), "2"]
    proc = subprocess.Popen(cmd, cwd=root)
    try:
        deadline = time.monotonic() + 120
        while (not out.exists() or out.stat().st_size < 2000) and proc.poll() is None:
            assert time.monotonic() < deadline, "the batch wrote nothing"
            time.sleep(0.05)
        workers = psutil.Process(proc.pid).children(recursive=True)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    _, alive = psutil.wait_procs(workers, timeout=60)
    assert alive == [], "workers outlived the killed batch"
    done_before = len(read_out(out))
    summary = run(inp, out)
    assert summary.skipped == done_before < 3000
    results = read_out(out)
    assert sorted(r["id"] for r in results) == sorted(f"a{i}" for i in range(3000))


def test_no_more_workers_than_articles(tmp_path: Path) -> None:
    inp = write_jsonl(tmp_path / "in.jsonl", articles(2))
    summary = run(inp, tmp_path / "o.jsonl", workers=8)
    assert summary.workers == 2 and summary.processed == 2
