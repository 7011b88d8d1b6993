"""Local engine: a pool of worker processes, each opening the gazetteer once.

Processes start with ``forkserver`` (``spawn`` where there is none), never ``fork``: the parent
may hold an open SQLite connection and a progress-bar thread, and neither survives a fork
safely. Chunks are submitted a few at a time per worker (bounded memory however large the
archive) and written as they complete, in any order.

A worker that dies (killed for memory, a crash in native code) breaks the whole pool. Every
chunk that was in flight is then a suspect: its articles are re-run one at a time, alone, in a
fresh pool, so an article that kills its worker again is reported as failed and every innocent
one is checked normally.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from routes.batch._records import Record
from routes.batch._work import GazetteerFactory, ProcessFn, failure_line, init_worker, run_chunk
from routes.errors import RoutesError

#: Chunks in flight per worker: enough to keep every worker busy while the parent writes.
INFLIGHT_PER_WORKER = 3
#: Isolated articles in a row that may kill their worker before the run gives up: beyond this
#: the workers themselves are failing (cannot start, no memory), not the articles.
MAX_CRASHES_IN_A_ROW = 5

Emit = Callable[[list[str]], None]


class WorkerCrash(RoutesError):
    """Recorded (not raised) for an article whose worker died twice while checking it."""


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _Runner:
    def __init__(
        self, chunks: Iterator[list[Record]], process: ProcessFn, factory: GazetteerFactory,
        workers: int, emit: Emit,
    ) -> None:
        self.chunks = chunks
        self.process = process
        self.factory = factory
        self.workers = workers
        self.emit = emit
        self.suspects: deque[Record] = deque()
        self.pending: deque[list[Record]] = deque()  # taken from the input, never started
        self.exhausted = False
        self.restarts = 0
        self.crashes_in_a_row = 0

    def run(self) -> int:
        while self._one_pool():
            self.restarts += 1
        return self.restarts

    def _one_pool(self) -> bool:
        """Run until the input is done (False) or the pool breaks (True: start another)."""
        pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=_context(),
            initializer=init_worker, initargs=(self.process, self.factory, os.getpid()),
        )
        inflight: dict[Future[list[str]], list[Record]] = {}
        isolated: Future[list[str]] | None = None
        broken = False
        try:
            while True:
                if not broken and isolated is None:
                    try:
                        if self.suspects:
                            if not inflight:
                                isolated = pool.submit(run_chunk, [self.suspects[0]])
                                inflight[isolated] = [self.suspects.popleft()]
                        else:
                            self._fill(pool, inflight)
                    except BrokenProcessPool:  # a worker died since the last wait()
                        broken = True
                if not inflight:
                    break
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for future in done:
                    chunk = inflight.pop(future)
                    alone = future is isolated
                    if alone:
                        isolated = None
                    try:
                        lines = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if alone:
                            self._crashed(chunk[0])
                        else:
                            self.suspects.extend(chunk)
                        continue
                    except Exception as exc:  # e.g. a result that cannot be pickled back
                        lines = [failure_line(r.id, exc) for r in chunk]
                    if alone:
                        self.crashes_in_a_row = 0
                    self.emit(lines)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        return broken

    def _fill(self, pool: ProcessPoolExecutor, inflight: dict[Future[list[str]], list[Record]]
              ) -> None:
        while len(inflight) < self.workers * INFLIGHT_PER_WORKER:
            if self.pending:
                chunk = self.pending.popleft()
            else:
                nxt = None if self.exhausted else next(self.chunks, None)
                if nxt is None:
                    self.exhausted = True
                    return
                chunk = nxt
            try:
                future = pool.submit(run_chunk, chunk)
            except BrokenProcessPool:
                self.pending.appendleft(chunk)
                raise
            inflight[future] = chunk

    def _crashed(self, record: Record) -> None:
        self.crashes_in_a_row += 1
        if self.crashes_in_a_row > MAX_CRASHES_IN_A_ROW:
            raise RoutesError(
                f"batch workers keep dying ({self.crashes_in_a_row} articles in a row): check "
                "free memory; a script that calls run_batch must guard it with "
                "'if __name__ == \"__main__\":' (workers import the script)"
            )
        self.emit([failure_line(record.id, WorkerCrash(
            "the worker checking this article stopped abruptly (out of memory or a crash), "
            "twice; check this article on its own to see why"))])


def run_local(
    chunks: Iterator[list[Record]],
    process: ProcessFn,
    factory: GazetteerFactory,
    workers: int,
    emit: Emit,
) -> int:
    """Check every chunk on ``workers`` processes, passing each chunk's lines to ``emit``.

    Returns how many times the pool was restarted after a worker died.
    """
    return _Runner(chunks, process, factory, workers, emit).run()


__all__ = ["INFLIGHT_PER_WORKER", "MAX_CRASHES_IN_A_ROW", "WorkerCrash", "run_local"]
