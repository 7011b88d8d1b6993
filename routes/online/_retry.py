"""When to try an online geocoder again, how long to wait, and when to stop asking it at all.

Why bounded: a fact-check run must finish. Each look-up gets a fixed number of attempts with
exponential back-off and jitter (so many clients recovering from the same outage do not retry in
step); after that the service is written off for the rest of the run and the caller carries on
with offline data.

Why a Retry-After cap is a stop, not a shortened wait: retrying sooner than a server asked is
exactly the behaviour its policy forbids, and waiting an hour in the middle of a run helps no one.
So a Retry-After up to the cap is honoured to the second; beyond the cap the service is marked
unavailable.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

Outcome = Literal["retry", "give_up", "skip_query"]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How persistent one look-up is. The defaults suit a public service at one request/second."""

    attempts: int = 4  # total tries per look-up, the first included
    base_delay: float = 1.0  # back-off after the first failure; doubles each time
    max_delay: float = 16.0
    retry_after_cap: float = 60.0  # longest Retry-After we are willing to wait
    jitter: float = 0.5  # up to this fraction of each back-off is taken off at random

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("RetryPolicy.attempts must be at least 1")
        if min(self.base_delay, self.max_delay, self.retry_after_cap) < 0:
            raise ValueError("RetryPolicy delays must not be negative")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("RetryPolicy.jitter must be between 0 and 1")

    def backoff(self, failures: int, rng: random.Random) -> float:
        """Seconds to wait after the ``failures``-th failure (1-based), jitter applied."""
        delay = min(self.max_delay, self.base_delay * 2.0 ** max(0, failures - 1))
        return float(delay * (1.0 - self.jitter * rng.random()))


@dataclass(frozen=True, slots=True)
class Failure:
    """One failed request, sorted into what to do next."""

    outcome: Outcome
    description: str  # for logs and the report, e.g. "HTTP 503", "timed out after 5 s"
    retry_after: float | None = None


def classify(exc: BaseException, timeout: float) -> Failure:
    """Sort an exception from geopy (or from reading its answer) into retry / give up / skip.

    - retried: time-outs, a server that hangs, HTTP 429, 5xx, connection refused, malformed JSON
      or an answer of the wrong shape;
    - the service is given up at once: refused credentials or access (401/402/403: Nominatim
      answers 403 to clients that broke its policy; insisting makes it worse), other 4xx (a wrong
      base URL will not heal);
    - only this query is skipped: HTTP 400 and other "bad query" answers.
    """
    from geopy import exc as gexc

    status = getattr(exc.__cause__, "status_code", None)
    if isinstance(exc, gexc.GeocoderRateLimited):
        retry_after = exc.retry_after if isinstance(exc.retry_after, int | float) else None
        return Failure("retry", "HTTP 429 (too many requests)", retry_after)
    if isinstance(exc, gexc.GeocoderTimedOut):
        what = f"HTTP {status}" if status else f"no answer within {timeout:g} s"
        return Failure("retry", what)
    if isinstance(exc, gexc.GeocoderParseError):
        return Failure("retry", "malformed JSON in the answer")
    if isinstance(
        exc,
        gexc.GeocoderAuthenticationFailure
        | gexc.GeocoderInsufficientPrivileges
        | gexc.GeocoderQuotaExceeded,
    ):
        return Failure("give_up", f"access refused (HTTP {status or '4xx'})")
    if isinstance(exc, gexc.GeocoderQueryError):
        return Failure("skip_query", f"the service rejected the query (HTTP {status or 400})")
    if isinstance(exc, gexc.GeocoderUnavailable):
        return Failure("retry", "service unreachable")
    if isinstance(exc, gexc.GeocoderServiceError):
        if isinstance(status, int) and 400 <= status < 500:
            return Failure("give_up", f"HTTP {status}; check the service address")
        return Failure("retry", f"HTTP {status}" if status else f"service error ({exc})")
    if isinstance(exc, TimeoutError):
        return Failure("retry", f"no answer within {timeout:g} s")
    if isinstance(exc, ValueError | TypeError | KeyError | IndexError | AttributeError):
        return Failure("retry", "an answer of the wrong shape")
    if isinstance(exc, OSError):
        return Failure("retry", f"network error ({exc})")
    raise exc
