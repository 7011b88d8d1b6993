"""Batch checking of whole archives: one result line per article, resumable, in parallel.

A data desk runs the checker on every article of an archive, not on one story. This package
streams the articles of a folder of ``.txt`` files or a JSON Lines file (``{"id", "text", ...}``
per line; ``.jsonl.gz`` too) through worker processes (or a Dask cluster) and appends one line
per article to a JSON Lines output: the JSON contract of :func:`routes.report.to_contract` plus
``"id"`` and ``"error"`` (null, or ``{"type", "message", "exit_code"}`` for an article that
failed; its contract lists are then empty). One bad article never stops the batch.

Re-running with the same output resumes: ids already in it are skipped, and a line torn by a
killed run is dropped first (see :mod:`routes.batch._journal` for why this file, unlike every
other output, is appended to rather than renamed into place).

Example::

    from routes.batch import run_batch
    summary = run_batch("archive.jsonl", "results.jsonl", workers=2)
    print(summary.processed, summary.failed, f"{summary.rate:.0f} articles/s")
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from routes.batch._journal import Journal
from routes.batch._records import Record, error_dict, iter_ids, iter_records, read_on_client
from routes.batch._work import (
    GazetteerFactory,
    ProcessFn,
    default_gazetteer,
    dump_line,
    process_one,
)
from routes.errors import InputFileError, RoutesError

Engine = Literal["local", "dask"]
Progress = Callable[[int, int], None]

#: Largest chunk of articles sent to a worker at once. Small enough for smooth progress and
#: load balancing; large enough that the per-task cost (pickling, a pipe round trip, ~0.2 ms)
#: is noise next to checking the articles (milliseconds each).
MAX_CHUNK = 32
#: Chunks per worker the input is cut into when it is small, so every worker gets work.
CHUNKS_PER_WORKER = 16


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did (also what the CLI prints at the end)."""

    input: str
    output: str
    engine: str
    workers: int  # local processes used, or worker threads on the Dask cluster
    total: int = 0  # distinct articles in the input
    skipped: int = 0  # already in the output from an earlier run
    processed: int = 0  # checked by this run (including failures)
    failed: int = 0  # of those, how many have an error
    duplicates: int = 0  # input lines whose id repeats an earlier one (ignored)
    dropped_tail_bytes: int = 0  # torn last line of a killed run, removed before resuming
    bad_output_lines: int = 0  # lines in the existing output that are not results
    restarts: int = 0  # worker pools restarted after a worker died
    elapsed_s: float = 0.0
    failures_by_type: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Articles checked per second by this run."""
        return self.processed / self.elapsed_s if self.elapsed_s > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "rate": round(self.rate, 2)}


def default_workers() -> int:
    """All the cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def chunk_size(todo: int, workers: int) -> int:
    """Articles per task: about CHUNKS_PER_WORKER tasks per worker, capped at MAX_CHUNK."""
    return max(1, min(MAX_CHUNK, math.ceil(todo / (max(1, workers) * CHUNKS_PER_WORKER))))


def _chunks(records: Iterator[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _todo(path: Path, done: set[str], summary: BatchSummary) -> int:
    """Count the input (first pass, ids only): total, duplicates, left to do."""
    seen: set[str] = set()
    for ident in iter_ids(path):
        if ident in seen:
            summary.duplicates += 1
        else:
            seen.add(ident)
    summary.total = len(seen)
    summary.skipped = len(seen & done)
    return summary.total - summary.skipped


def _pending(path: Path, done: set[str], *, on_client: bool) -> Iterator[Record]:
    """Second pass: the records still to check, each id once."""
    seen = set(done)
    for record in iter_records(path):
        if record.id in seen:
            continue
        seen.add(record.id)
        yield read_on_client(record) if on_client else record


def run_batch(
    input_path: str | os.PathLike[str],
    output_path: str | os.PathLike[str],
    *,
    workers: int | None = None,
    engine: Engine = "local",
    scheduler: Any = None,
    on_progress: Progress | None = None,
    process: ProcessFn = process_one,
    gazetteer_factory: GazetteerFactory = default_gazetteer,
    chunksize: int | None = None,
) -> BatchSummary:
    """Check every article of ``input_path``; append one JSON line per article to ``output_path``.

    ``workers``: local processes (default: every core), or for ``engine="dask"`` the size of
    the local cluster started when no ``scheduler`` is given. ``scheduler``: a Dask scheduler
    address (``tcp://host:8786``) or a ``distributed.Client``. ``on_progress(done, total)`` is
    called from this thread with articles done by this run out of those it has to do (first
    with ``done=0``). ``process`` and ``gazetteer_factory`` replace the per-article function
    and the gazetteer opener (module-level functions: they are pickled to the workers).

    Raises :class:`InputFileError` if the input cannot be read and :class:`OutputError` if the
    output cannot be written or is in use by another run; an article that fails is written
    with its error and counted in ``BatchSummary.failed``.
    """
    started = time.perf_counter()
    source, target = Path(input_path), Path(output_path)
    if engine not in ("local", "dask"):
        raise RoutesError(f"unknown batch engine {engine!r}; use 'local' or 'dask'")
    if workers is not None and workers < 1:
        raise RoutesError(f"--workers must be at least 1, got {workers}")
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise InputFileError(f"batch input and output are the same file ({source}); give "
                             "another output file")
    nworkers = workers or default_workers()
    summary = BatchSummary(input=str(source), output=str(target), engine=engine,
                           workers=nworkers)
    with Journal(target) as journal:
        recovery = journal.open()
        summary.dropped_tail_bytes = recovery.dropped_tail_bytes
        summary.bad_output_lines = recovery.bad_lines
        todo = _todo(source, recovery.done, summary)
        if summary.total == 0 and summary.duplicates == 0:
            raise InputFileError(f"no articles in {source}: give a folder of .txt files or a "
                                 "JSON Lines file with one {\"id\", \"text\"} object per line")
        if on_progress is not None:
            on_progress(0, todo)
        if todo == 0:
            summary.elapsed_s = time.perf_counter() - started
            return summary
        if engine == "local":  # no idle processes, each holding a gazetteer, for tiny runs
            nworkers = summary.workers = min(nworkers, todo)
        size = chunksize or chunk_size(todo, nworkers)
        chunks = _chunks(_pending(source, recovery.done, on_client=engine == "dask"), size)

        def emit(lines: list[str]) -> None:
            journal.append(lines)
            for line in lines:
                if not line.endswith('"error":null}'):
                    summary.failed += 1
                    kind = _error_type(line)
                    summary.failures_by_type[kind] = summary.failures_by_type.get(kind, 0) + 1
            summary.processed += len(lines)
            if on_progress is not None:
                on_progress(summary.processed, todo)

        if engine == "dask":
            from routes.batch._dask import run_dask

            if scheduler is None:  # a local cluster on this machine: build the index once here
                _warm(gazetteer_factory)

            summary.workers = run_dask(chunks, process, gazetteer_factory, nworkers, emit,
                                       scheduler)
        else:
            _warm(gazetteer_factory)
            from routes.batch._local import run_local

            summary.restarts = run_local(chunks, process, gazetteer_factory, nworkers, emit)
    summary.elapsed_s = time.perf_counter() - started
    return summary


def _error_type(line: str) -> str:
    import json

    try:
        error = json.loads(line).get("error") or {}
        return str(error.get("type", "unknown"))
    except (ValueError, AttributeError):
        return "unknown"


def _warm(factory: GazetteerFactory) -> None:
    """Open the gazetteer once here first, so its index is built once, not raced by workers.

    A gazetteer that cannot open stops the run here, with its own message: every article
    would fail the same way.
    """
    try:
        factory()
    except RoutesError:
        raise
    except Exception as exc:
        raise RoutesError(f"cannot open the gazetteer: {exc}") from exc


__all__ = [
    "BatchSummary",
    "Engine",
    "GazetteerFactory",
    "ProcessFn",
    "Progress",
    "Record",
    "chunk_size",
    "default_gazetteer",
    "default_workers",
    "dump_line",
    "error_dict",
    "process_one",
    "run_batch",
]
