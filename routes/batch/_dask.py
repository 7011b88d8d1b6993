"""Dask engine: the same batch on a Dask cluster, for a desk that outgrows one machine.

Chunks of articles are submitted as futures (``client.submit``) a few per worker thread at a
time and gathered with ``as_completed``, so results stream into the output exactly as with the
local engine and memory stays bounded on the client. Each worker thread opens the gazetteer
once (see :func:`routes.batch._work.run_chunk_dask`).

Pointing it at a real cluster: install ``routes[dask]`` (same version) on the client and on
every worker, start ``dask scheduler`` and ``dask worker tcp://SCHEDULER:8786`` on the machines,
then run ``routes check --batch INPUT -o OUTPUT --engine dask --scheduler tcp://SCHEDULER:8786``.
Input is read and output written on the client only; the workers need no shared file system
(folder input is read on the client and shipped as text). Each worker builds its gazetteer
index once, in its own cache folder (``ROUTES_CACHE_DIR``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from typing import Any

from routes.batch._records import Record
from routes.batch._work import GazetteerFactory, ProcessFn, failure_line, run_chunk_dask
from routes.errors import RoutesError

#: Chunks in flight per worker thread on the cluster.
INFLIGHT_PER_THREAD = 3
#: How long to keep trying to reach a scheduler before giving up with a message.
CONNECT_TIMEOUT_S = 10.0

Emit = Callable[[list[str]], None]


def _client(scheduler: Any, workers: int) -> tuple[Any, Callable[[], None]]:
    """A connected client and how to release it (a local cluster when no scheduler is given)."""
    try:
        dist: Any = importlib.import_module("distributed")  # untyped calls: keep them Any
    except ImportError as exc:
        raise RoutesError("the dask engine needs dask and distributed: pip install "
                          "'routes[dask]'") from exc
    if scheduler is not None and not isinstance(scheduler, str):
        return scheduler, lambda: None  # a Client (or compatible) the caller owns
    if scheduler:
        try:
            client = dist.Client(scheduler, timeout=f"{CONNECT_TIMEOUT_S}s")
        except (OSError, TimeoutError) as exc:
            raise RoutesError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; check "
                              "the address (tcp://host:8786) and that it is running") from exc
        return client, client.close
    cluster = dist.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, host="127.0.0.1")
    client = dist.Client(cluster)

    def close() -> None:
        client.close()
        cluster.close()

    return client, close


def _threads(client: Any) -> int:
    try:
        info = client.scheduler_info()
        return max(1, sum(int(w.get("nthreads", 1)) for w in info["workers"].values()))
    except Exception:
        return 1


def run_dask(
    chunks: Iterator[list[Record]],
    process: ProcessFn,
    factory: GazetteerFactory,
    workers: int,
    emit: Emit,
    scheduler: Any = None,
) -> int:
    """Check every chunk on a Dask cluster; returns the number of worker threads used."""
    as_completed: Any = importlib.import_module("distributed").as_completed
    client, release = _client(scheduler, workers)
    try:
        threads = _threads(client)
        limit = threads * INFLIGHT_PER_THREAD
        pending: dict[Any, list[Record]] = {}
        queue = as_completed()

        def submit() -> bool:
            chunk = next(chunks, None)
            if chunk is None:
                return False
            future = client.submit(run_chunk_dask, chunk, process, factory, pure=False)
            pending[future] = chunk
            queue.add(future)
            return True

        while len(pending) < limit and submit():
            pass
        for future in queue:
            chunk = pending.pop(future)
            try:
                lines: list[str] = future.result()
            except Exception as exc:  # KilledWorker, a lost connection, an unpicklable result
                lines = [failure_line(r.id, exc) for r in chunk]
            future.release()
            emit(lines)
            while len(pending) < limit and submit():
                pass
        return threads
    finally:
        release()


__all__ = ["CONNECT_TIMEOUT_S", "INFLIGHT_PER_THREAD", "run_dask"]
