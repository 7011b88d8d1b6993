"""Space requests to one service at least ``min_interval`` seconds apart, across the process.

Why shared: the Nominatim policy caps the *application* at one request per second, not each
object. Two look-ups made for the same run (or a test that builds two) must queue behind the
same clock, so limiters live in a registry keyed by service and host.

The clock is ``time.monotonic``: wall-clock jumps (NTP, daylight saving) must neither let a burst
through nor stall a run.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    """Remembers when the last request left and makes the next caller wait its turn."""

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

    def acquire(self, min_interval: float, *, not_before: float = 0.0) -> float:
        """Block until ``min_interval`` has passed since the previous request, then claim a slot.

        ``not_before`` (a delay in seconds from now) lets a caller also wait out a Retry-After or a
        back-off without a second sleep. Returns how long it waited. The lock is held while
        sleeping, so concurrent callers leave one at a time.
        """
        with self._lock:
            start = now = self._clock()
            ready = now + max(0.0, not_before)
            if self._last is not None:
                ready = max(ready, self._last + max(0.0, min_interval))
            while now < ready:
                self._sleep(ready - now)
                now = self._clock()
            self._last = now
            return now - start


_REGISTRY: dict[str, RateLimiter] = {}
_REGISTRY_LOCK = threading.Lock()


def limiter_for(key: str) -> RateLimiter:
    """The one limiter for ``key`` (e.g. ``"nominatim@nominatim.openstreetmap.org"``)."""
    with _REGISTRY_LOCK:
        limiter = _REGISTRY.get(key)
        if limiter is None:
            limiter = _REGISTRY[key] = RateLimiter()
        return limiter
