"""Space requests to one service at least ``min_interval`` seconds apart, across the process.

Why shared: the Nominatim policy caps the *application* at one request per second, not each
object. Two look-ups made for the same run (or a test that builds two) must queue behind the
same clock, so limiters live in a registry keyed by service and host.

The clock is ``time.monotonic``: wall-clock jumps (NTP, daylight saving) must neither let a burst
through nor stall a run.

Several processes (``routes check --batch`` with local workers) are one application too, so a
second limiter, :class:`FileRateLimiter`, keeps the last request time in a small file beside the
cache, under an exclusive ``flock``. Processes cannot share a monotonic clock in general, so this
one uses wall time, clamped so that a clock stepping backwards costs at most one interval.
Machines that share nothing (a Dask cluster) cannot be coordinated this way: give such runs
their own Nominatim instance, as the policy suggests for heavy use.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path


class RateLimiter:
    """Remembers when the last request ended and makes the next caller wait its turn."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._last: float | None = None

    @contextlib.contextmanager
    def slot(self, min_interval: float, *, not_before: float = 0.0) -> Iterator[float]:
        """Wait for our turn, hold it while the request runs, and stamp when it ended.

        Spacing is measured from the end of one request to the start of the next, so two
        requests can never reach the server closer than ``min_interval``, however the network
        delays them. ``not_before`` (seconds from now) lets a caller also wait out a
        Retry-After or a back-off in the same wait. Yields how long it waited. Concurrent
        callers go one at a time (the policy asks for a single thread).
        """
        with self._lock:
            start = now = self._clock()
            ready = now + max(0.0, not_before)
            if self._last is not None:
                ready = max(ready, self._last + max(0.0, min_interval))
            while now < ready:
                self._sleep(ready - now)
                now = self._clock()
            try:
                yield now - start
            finally:
                self._last = self._clock()

    def acquire(self, min_interval: float, *, not_before: float = 0.0) -> float:
        """Wait for a slot and claim it at once (for callers without a request to wrap)."""
        with self.slot(min_interval, not_before=not_before) as waited:
            return waited


_REGISTRY: dict[str, RateLimiter] = {}
_REGISTRY_LOCK = threading.Lock()


def limiter_for(key: str) -> RateLimiter:
    """The one limiter for ``key`` (e.g. ``"nominatim@nominatim.openstreetmap.org"``)."""
    with _REGISTRY_LOCK:
        limiter = _REGISTRY.get(key)
        if limiter is None:
            limiter = _REGISTRY[key] = RateLimiter()
        return limiter


class FileRateLimiter:
    """Space requests across processes on one machine, through a lock file (POSIX only).

    Where file locks are not available (Windows, a read-only cache folder) it does nothing and
    the in-process :class:`RateLimiter` still applies.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.path = Path(path)
        self._clock = clock
        self._sleep = sleep

    @contextlib.contextmanager
    def slot(self, min_interval: float, *, not_before: float = 0.0) -> Iterator[float]:
        """Like :meth:`RateLimiter.slot`, across processes: the lock file is held while the
        request runs and stamped with the time it ended."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield 0.0
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield 0.0
            return
        with os.fdopen(fd, "r+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)  # released when the file is closed
            try:
                last = float(fh.read(64).strip() or "0")
            except ValueError:
                last = 0.0  # an unreadable stamp: start over
            start = now = self._clock()
            latest = now + max(0.0, min_interval) + max(0.0, not_before)
            ready = min(latest, max(now + max(0.0, not_before), last + max(0.0, min_interval)))
            while now < ready:
                self._sleep(ready - now)
                now = self._clock()
            try:
                yield now - start
            finally:
                with contextlib.suppress(OSError):
                    fh.seek(0)
                    fh.truncate()
                    fh.write(repr(self._clock()))
                    fh.flush()

    def acquire(self, min_interval: float, *, not_before: float = 0.0) -> float:
        """Wait for a slot and claim it at once."""
        with self.slot(min_interval, not_before=not_before) as waited:
            return waited
