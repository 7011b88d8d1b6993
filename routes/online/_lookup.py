"""Ask one online geocoder for place names, politely, once, and never let it sink a run.

Each look-up goes: cache -> (service written off? stop) -> rate limiter -> geopy -> retries ->
answer cached. What could not be checked is collected in :attr:`OnlineLookup.unavailable` so the
report can say so instead of pretending the place does not exist.
"""

from __future__ import annotations

import contextlib
import logging
import random
import re
from dataclasses import dataclass
from os import PathLike
from typing import Any
from urllib.parse import urlsplit

from routes.errors import GeocoderServiceError
from routes.models import Place
from routes.online._cache import GeocodeCache
from routes.online._convert import choose, raw_records, read_places
from routes.online._ratelimit import FileRateLimiter, RateLimiter, limiter_for
from routes.online._retry import RetryPolicy, classify
from routes.online._services import ServiceSpec, default_user_agent, service

log = logging.getLogger("routes.online")

#: Longer "names" are not place names (a pasted paragraph); they are not sent.
MAX_QUERY_CHARS = 200
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")


def _country(code: str | None) -> str | None:
    """An ISO alpha-2 code, upper case; anything else means "no filter"."""
    text = (code or "").strip()
    return text.upper() if _COUNTRY.match(text) else None


@dataclass(frozen=True, slots=True)
class LookupStats:
    """Counters for the report and the tests."""

    service: str
    requests: int
    cache_hits: int
    retries: int
    unavailable: tuple[str, ...]
    service_down: str | None


class OnlineLookup:
    """Look names up in one online service (built by :func:`make_online_geocoder`)."""

    def __init__(
        self,
        spec: ServiceSpec,
        geocoder: Any,
        *,
        cache: GeocodeCache,
        service_key: str,
        min_interval: float,
        timeout: float,
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        process_limiter: FileRateLimiter | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.spec = spec
        self.geocoder = geocoder
        self.cache = cache
        self.service_key = service_key
        self.min_interval = min_interval
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.limiter = limiter or limiter_for(service_key)
        self.process_limiter = process_limiter
        self._rng = rng or random.Random()
        #: Names that could not be checked online (service down, query refused), in order.
        self.unavailable: list[str] = []
        #: HTTP requests sent, retries included.
        self.requests_made = 0
        #: Look-ups answered from the cache without a request.
        self.cache_hits = 0
        self.retries = 0
        #: Back-off delays chosen (seconds), for --debug and the tests.
        self.waits: list[float] = []
        #: Every failed request, described ("HTTP 503", "malformed JSON in the answer", ...).
        self.failures: list[str] = []
        #: Why the service was written off for this run; None while it is usable.
        self.service_down: str | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def available(self) -> bool:
        return self.service_down is None

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
    ) -> Place | None:
        """The place the service knows by ``name`` (in ``country``, ISO alpha-2), else None.

        With ``near`` (lat, lon), the answer nearest that point wins over the service's own
        ranking. None means "the service says there is no such place" or "could not be
        checked"; the second case also lands in :attr:`unavailable`. Never raises for service
        trouble.
        """
        cc = _country(country)
        return choose(self.candidates(name, country=cc), cc, near)

    def candidates(self, name: str, *, country: str | None = None) -> list[Place]:
        """Every place the service offers for ``name`` (up to 5, its best first); [] if none.

        One request per name, ever: the whole answer is cached, so asking again with another
        ``near`` (or, for Photon, another country) costs nothing.
        """
        query = " ".join(str(name).split())
        if not query or len(query) > MAX_QUERY_CHARS:
            return []
        cc = _country(country)
        # Only a service that filters by country itself gets the country in its question.
        asked_cc = cc if self.spec.country_filter == "server" else None
        cached = self.cache.get(self.service_key, query, asked_cc)
        if cached is not None:
            self.cache_hits += 1
            places = list(cached.places)
        elif self.service_down is not None:
            self._not_checked(query)
            return []
        else:
            places = self._ask(query, asked_cc)
        return [p for p in places if not cc or p.country == cc]

    def _ask(self, query: str, country: str | None) -> list[Place]:
        failures = 0
        wait = 0.0
        while True:
            error: Exception | None = None
            answer: Any = None
            with contextlib.ExitStack() as turn:
                # Other processes first (a lock file), then this process's monotonic limiter;
                # both are held while the request runs and stamped when it ends.
                interval = self.min_interval
                if self.process_limiter is not None:
                    turn.enter_context(self.process_limiter.slot(interval, not_before=wait))
                    wait = 0.0
                turn.enter_context(self.limiter.slot(interval, not_before=wait))
                self.requests_made += 1
                try:
                    answer = self._request(query, country)
                except Exception as exc:  # sorted below by classify()
                    error = exc
            if error is None:
                try:
                    places = read_places(
                        raw_records(answer), self.spec.name, self.spec.attribution, query
                    )
                except Exception as exc:
                    error = exc
                else:
                    self.cache.put(self.service_key, query, country, places)
                    return places
            failure = classify(error, self.timeout)  # anything unexpected is re-raised here
            self.failures.append(failure.description)
            log.info("%s: %r failed: %s", self.spec.name, query, failure.description)
            if failure.outcome == "skip_query":
                self._not_checked(query)
                return []
            if failure.outcome == "give_up":
                self._give_up(query, failure.description)
                return []
            failures += 1
            if failures >= self.retry.attempts:
                self._give_up(
                    query, f"{failures} attempts failed, the last with {failure.description}"
                )
                return []
            if failure.retry_after is not None:
                if failure.retry_after > self.retry.retry_after_cap:
                    self._give_up(
                        query, f"it asked us to wait {failure.retry_after:g} s (HTTP 429)"
                    )
                    return []
                wait = max(0.0, failure.retry_after)
            else:
                wait = self.retry.backoff(failures, self._rng)
            self.waits.append(wait)
            self.retries += 1

    def _request(self, query: str, country: str | None) -> Any:
        if self.spec.country_filter == "server":  # Nominatim filters by country itself
            return self.geocoder.geocode(
                query,
                exactly_one=False,
                limit=5,
                addressdetails=True,
                language="en",
                country_codes=country.lower() if country else None,
                timeout=self.timeout,
            )
        # Photon cannot filter by country: its few best answers are filtered here.
        return self.geocoder.geocode(
            query, exactly_one=False, limit=5, language="en", timeout=self.timeout
        )

    def _not_checked(self, query: str) -> None:
        if query not in self.unavailable:
            self.unavailable.append(query)

    def _give_up(self, query: str, why: str) -> None:
        self.service_down = why
        self._not_checked(query)
        log.warning(
            "%s is unavailable for the rest of this run (%s); carrying on with offline data",
            self.spec.name,
            why,
        )

    def stats(self) -> LookupStats:
        return LookupStats(
            service=self.service_key,
            requests=self.requests_made,
            cache_hits=self.cache_hits,
            retries=self.retries,
            unavailable=tuple(self.unavailable),
            service_down=self.service_down,
        )

    def note(self) -> str | None:
        """One line for ``Journey.notes`` when some places could not be checked, else None."""
        if not self.unavailable:
            return None
        shown = ", ".join(self.unavailable[:10])
        more = f" and {len(self.unavailable) - 10} more" if len(self.unavailable) > 10 else ""
        why = f" ({self.service_down})" if self.service_down else ""
        return (
            f"{self.spec.name} could not be asked{why}; not checked online: {shown}{more}; "
            "they were placed from offline data only, if at all"
        )

    def close(self) -> None:
        self.cache.close()


def _split_base_url(base_url: str, default_domain: str) -> tuple[str, str]:
    """``http://127.0.0.1:8080/nominatim`` -> ("http", "127.0.0.1:8080/nominatim")."""
    text = base_url.strip()
    if not text:
        return "https", default_domain
    parts = urlsplit(text if "://" in text else f"https://{text}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeocoderServiceError(
            f"geocoder address {base_url!r} must look like https://host[:port][/path]"
        )
    return parts.scheme, (parts.netloc + parts.path).rstrip("/")


def make_online_geocoder(
    name: str,
    *,
    user_agent: str | None = None,
    base_url: str | None = None,
    timeout: float = 5.0,
    cache_path: str | PathLike[str] | None = None,
    min_interval: float | None = None,
    retry: RetryPolicy | None = None,
    cache: GeocodeCache | None = None,
) -> OnlineLookup:
    """An :class:`OnlineLookup` for ``name`` ("nominatim" or "photon").

    ``base_url`` points at another instance (a newsroom's own Nominatim, or a test server);
    ``min_interval`` overrides the policy spacing (only sensible for your own instance);
    ``cache_path`` overrides the cache file (default: ``$ROUTES_CACHE_DIR`` or the user cache
    folder). Raises GeocoderServiceError for an unknown service or a malformed setting.
    """
    from geopy import geocoders
    from geopy.adapters import URLLibAdapter

    spec = service(name)
    scheme, domain = _split_base_url(base_url or "", spec.domain)
    if timeout <= 0:
        raise GeocoderServiceError("the geocoder timeout must be a positive number of seconds")
    interval = spec.min_interval if min_interval is None else float(min_interval)
    if interval < 0:
        raise GeocoderServiceError("the geocoder's minimum interval must not be negative")
    # The stdlib adapter: no hidden connection retries (requests' adapter retries on its own,
    # which would break our count and the policy), and the system proxy settings are honoured.
    geocoder = getattr(geocoders, spec.geopy_class)(
        domain=domain,
        scheme=scheme,
        user_agent=user_agent or default_user_agent(),
        timeout=timeout,
        adapter_factory=URLLibAdapter,
    )
    store = cache if cache is not None else GeocodeCache(cache_path)
    key = f"{spec.name}@{domain}"
    process_limiter = None
    if not store.memory_only and interval > 0:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", key)
        process_limiter = FileRateLimiter(store.path.with_name(f"{store.path.name}.{safe}.lock"))
    return OnlineLookup(
        spec,
        geocoder,
        cache=store,
        service_key=key,
        min_interval=interval,
        timeout=timeout,
        retry=retry,
        process_limiter=process_limiter,
    )
