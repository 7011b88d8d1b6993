"""What a worker does with one article, and with a chunk of them.

Workers (local processes or Dask workers) open the gazetteer once and then check chunks of
articles: opening it is the costly part, an article is cheap. Every article yields exactly one
result line, success or failure, so one bad article never stops the batch and a re-run can
tell what is done. Lines are serialised here, in the worker, to spread the JSON cost over the
cores instead of the parent's single one.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routes.batch._records import Record, error_dict

if TYPE_CHECKING:
    from routes.gazetteer import Gazetteer

#: ``process(record, gazetteer) -> contract dict``; must be a module-level function (pickled).
ProcessFn = Callable[[Record, Any], dict[str, Any]]
#: ``factory() -> gazetteer``; must be a module-level function (pickled).
GazetteerFactory = Callable[[], Any]


def default_gazetteer() -> Gazetteer:
    """The project's offline gazetteer (cached per process by :func:`open_gazetteer`)."""
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()


def process_one(record: Record, gazetteer: Gazetteer) -> dict[str, Any]:
    """Check one article and return its JSON contract (raises RoutesError on a bad article)."""
    from routes.pipeline import check_articles
    from routes.reading import read_article, read_text
    from routes.report import to_contract

    if record.article is not None:
        article = record.article
    elif record.path is not None:
        article = read_article(Path(record.path))
    else:
        article = read_text(record.text or "", source=record.id)
    journey = check_articles([article], gazetteer=gazetteer)
    return to_contract(journey)


_LINE_BREAKS = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


def _empty_contract() -> dict[str, Any]:
    from routes.models import Journey
    from routes.report import to_contract

    return to_contract(Journey())


def _finite(value: Any, path: str, found: list[str]) -> Any:
    """``value`` with NaN and infinities replaced by None (JSON has neither), noting where."""
    if isinstance(value, float) and not math.isfinite(value):
        found.append(path)
        return None
    if isinstance(value, dict):
        return {k: _finite(v, f"{path}.{k}" if path else str(k), found) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v, f"{path}[{i}]", found) for i, v in enumerate(value)]
    return value


def dump_line(ident: str, contract: dict[str, Any] | None, error: dict[str, Any] | None) -> str:
    """One output line: ``id`` first (resume reads only that), then the contract, then ``error``.

    A non-finite number (an implied speed over a zero duration, say) would make the line
    invalid JSON; it is written as null and named in the contract's ``notes``, so the article
    keeps its other results.
    """
    body = contract if contract is not None else _empty_contract()
    row = {"id": ident, **{k: v for k, v in body.items() if k not in ("id", "error")},
           "error": error}
    try:
        line = json.dumps(row, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                          default=str)
    except ValueError:
        found: list[str] = []
        row = _finite(row, "", found)
        notes = row.get("notes")
        row["notes"] = [*(notes if isinstance(notes, list) else []),
                        *(f"not a finite number, written as null: {p}" for p in found)]
        row["error"] = row.pop("error")  # keep "error" last
        line = json.dumps(row, ensure_ascii=False, separators=(",", ":"), allow_nan=False,
                          default=str)
    # Characters that str.splitlines() and some JSONL readers take for line ends (they can
    # only occur inside JSON strings here, where the escaped form means the same).
    return line.translate(_LINE_BREAKS)


def failure_line(ident: str, exc: BaseException) -> str:
    return dump_line(ident, None, error_dict(exc))


def check_record(record: Record, process: ProcessFn, gazetteer: Any) -> str:
    """One article -> one output line; never raises (except KeyboardInterrupt/SystemExit)."""
    if record.failure is not None:
        return dump_line(record.id, None, record.failure)
    try:
        contract = process(record, gazetteer)
        return dump_line(record.id, contract, None)
    except Exception as exc:  # one bad article never stops the batch: report it instead
        return failure_line(record.id, exc)


def check_chunk(records: Sequence[Record], process: ProcessFn, gazetteer: Any) -> list[str]:
    return [check_record(r, process, gazetteer) for r in records]


# --- local worker processes -----------------------------------------------------------------

_state: dict[str, Any] = {}


#: How often a worker checks that the batch that started it is still alive.
WATCHDOG_S = 1.0


def _watch_parent(pid: int) -> None:
    """Exit when the batch process is gone (killed with SIGKILL, say).

    Pool workers otherwise wait for work forever, holding their memory; the pool's own clean-up
    runs only when the parent exits normally.
    """
    while True:
        time.sleep(WATCHDOG_S)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # pragma: no cover - pid reused by another user's process
            os._exit(1)


def init_worker(process: ProcessFn, factory: GazetteerFactory, parent: int | None = None) -> None:
    """Pool initializer: open the gazetteer once per worker process.

    A gazetteer that fails to open is kept as the error every article of this worker reports,
    so the batch finishes with a clear message per article instead of hanging.
    """
    if parent is not None:
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True,
                         name="routes-batch-watchdog").start()
    _state["process"] = process
    try:
        _state["gazetteer"] = factory()
        _state["error"] = None
    except Exception as exc:
        _state["gazetteer"] = None
        _state["error"] = exc


def run_chunk(records: Sequence[Record]) -> list[str]:
    """Pool task: check a chunk with this worker's gazetteer."""
    error = _state.get("error")
    if error is not None:
        return [failure_line(r.id, error) for r in records]
    return check_chunk(records, _state["process"], _state["gazetteer"])


# --- Dask workers -----------------------------------------------------------------------------

_local = threading.local()


def run_chunk_dask(
    records: Sequence[Record], process: ProcessFn, factory: GazetteerFactory
) -> list[str]:
    """Dask task: the gazetteer is opened once per worker thread and reused by later tasks.

    Per thread, not per process, because a Dask worker runs tasks on a thread pool and an
    SQLite connection must stay in the thread that opened it.
    """
    cache: dict[GazetteerFactory, Any] | None = getattr(_local, "gazetteers", None)
    if cache is None:
        cache = {}
        _local.gazetteers = cache
    if factory not in cache:
        try:
            cache[factory] = factory()
        except Exception as exc:
            return [failure_line(r.id, exc) for r in records]
    return check_chunk(records, process, cache[factory])


__all__ = [
    "GazetteerFactory",
    "ProcessFn",
    "check_chunk",
    "check_record",
    "default_gazetteer",
    "dump_line",
    "error_dict",
    "failure_line",
    "init_worker",
    "process_one",
    "run_chunk",
    "run_chunk_dask",
]
