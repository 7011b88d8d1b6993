"""Properties of the batch output file: whatever a kill leaves behind, resume repairs it."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from routes.batch._journal import Journal
from routes.batch._records import _record_from_line
from routes.batch._work import dump_line

ids = st.text(min_size=1, max_size=12)
payloads = st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=3)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(ids, payloads), min_size=1, max_size=8, unique_by=lambda r: r[0]),
       cut=st.floats(min_value=0, max_value=1))
def test_a_file_cut_anywhere_recovers_exactly_the_whole_lines(
    rows: list[tuple[str, dict[str, str]]], cut: float
) -> None:
    data = "".join(dump_line(i, {"x": p}, None) + "\n" for i, p in rows).encode("utf-8")
    keep = int(len(data) * cut)
    whole = data[:keep].count(b"\n")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.jsonl"
        path.write_bytes(data[:keep])
        with Journal(path) as journal:
            recovery = journal.open()
            journal.append([dump_line("new", {}, None)])
        expected = {i for i, _ in rows[:whole]}
        if whole < len(rows):
            # A cut that leaves a whole object short of only its newline keeps that object.
            ident, payload = rows[whole]
            if data[:keep].endswith(dump_line(ident, {"x": payload}, None).encode("utf-8")):
                expected.add(ident)
        assert recovery.done == expected
        lines = path.read_text(encoding="utf-8").splitlines()  # safe: breaks are escaped
        kept = [i for i, _ in rows if i in expected]
        assert [json.loads(line)["id"] for line in lines] == [*kept, "new"]


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_input_line_becomes_a_record_never_an_exception(raw: bytes) -> None:
    record = _record_from_line(raw, 3, "in.jsonl")
    assert record.id
    assert (record.text is None) == (record.failure is not None)
    if record.failure is not None:
        assert record.failure["exit_code"] == 4 and "\n" not in record.failure["message"]


@settings(max_examples=8, deadline=None)
@given(lines=st.lists(
    st.one_of(
        st.builds(lambda i, t: json.dumps({"id": i, "text": t}),
                  st.sampled_from(["a", "b", "c", "1", "é"]), st.text(max_size=40)),
        st.text(max_size=30).filter(lambda t: "\n" not in t and "\r" not in t),
    ), min_size=1, max_size=12))
def test_every_distinct_input_id_gets_exactly_one_line(lines: list[str]) -> None:
    from routes.batch import run_batch
    from tests.test_batch_fakes import fake_gazetteer, fake_process

    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        body = "\n".join(['{"id": "first", "text": "Seoul"}', *lines]) + "\n"
        inp.write_text(body, encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        summary = run_batch(inp, out, workers=1, process=fake_process,
                            gazetteer_factory=fake_gazetteer)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n")[:-1]]
        ids = [r["id"] for r in rows]
        assert len(ids) == len(set(ids)) == summary.total == summary.processed
        assert all(set(r["error"] or {}) <= {"type", "message", "exit_code"} for r in rows)
        again = run_batch(inp, out, workers=1, process=fake_process,
                          gazetteer_factory=fake_gazetteer)
        assert again.processed == 0 and again.skipped == summary.total
