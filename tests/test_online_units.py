"""Pieces of routes.online on their own: limiter, back-off, error sorting, OSM kinds."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from geopy import exc as gexc
from geopy.adapters import AdapterHTTPError
from hypothesis import given
from hypothesis import strategies as st

from routes.models import PLACE_KINDS
from routes.online import FileRateLimiter, RateLimiter, RetryPolicy, limiter_for, services
from routes.online._cache import query_key
from routes.online._convert import best_place, nominatim_place, osm_kind
from routes.online._retry import classify


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_limiter_spaces_calls_by_the_interval() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    assert limiter.acquire(1.0) == 0.0  # the first request goes at once
    clock.now += 0.25
    assert limiter.acquire(1.0) == pytest.approx(0.75)
    clock.now += 5.0
    assert limiter.acquire(1.0) == 0.0  # long enough since the last one
    assert limiter.acquire(1.0, not_before=3.0) == pytest.approx(3.0)  # a back-off wins
    assert clock.slept == [pytest.approx(0.75), pytest.approx(3.0)]


def test_spacing_counts_from_the_end_of_a_slow_request() -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    with limiter.slot(1.0):
        clock.now += 5.0  # a request that took five seconds to answer
    assert limiter.acquire(1.0) == pytest.approx(1.0)  # a full interval after it ended
    with pytest.raises(RuntimeError), limiter.slot(1.0):
        raise RuntimeError("the request failed")
    assert limiter.acquire(1.0) == pytest.approx(1.0)  # a failed request counts too


@given(st.lists(st.floats(min_value=0, max_value=3), max_size=30), st.floats(0.0, 2.0))
def test_limiter_never_lets_two_requests_closer_than_the_interval(
    pauses: list[float], interval: float
) -> None:
    clock = FakeClock()
    limiter = RateLimiter(clock=clock, sleep=clock.sleep)
    sent: list[float] = []
    for pause in pauses:
        clock.now += pause
        limiter.acquire(interval)
        sent.append(clock.now)
    assert all(b - a >= interval - 1e-9 for a, b in itertools.pairwise(sent))


def test_limiters_are_shared_per_service_key() -> None:
    assert limiter_for("nominatim@a") is limiter_for("nominatim@a")
    assert limiter_for("nominatim@a") is not limiter_for("nominatim@b")


@given(st.integers(1, 40), st.integers(0, 2**32))
def test_backoff_grows_and_stays_bounded(failures: int, seed: int) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8.0, jitter=0.5)
    delay = policy.backoff(failures, random.Random(seed))
    full = min(8.0, 0.5 * 2 ** (failures - 1))
    assert full * 0.5 <= delay <= full


def test_retry_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(attempts=0)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=2)


def _http(cls: type[Exception], status: int) -> Exception:
    err = cls(f"status {status}")
    err.__cause__ = AdapterHTTPError("x", status_code=status, headers={}, text="")
    return err


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (gexc.GeocoderRateLimited("429", retry_after=7), "retry"),
        (gexc.GeocoderTimedOut("t"), "retry"),
        (_http(gexc.GeocoderTimedOut, 503), "retry"),
        (_http(gexc.GeocoderServiceError, 500), "retry"),
        (gexc.GeocoderParseError("bad json"), "retry"),
        (gexc.GeocoderUnavailable("refused"), "retry"),
        (TimeoutError(), "retry"),
        (KeyError("lat"), "retry"),
        (_http(gexc.GeocoderInsufficientPrivileges, 403), "give_up"),
        (_http(gexc.GeocoderAuthenticationFailure, 401), "give_up"),
        (_http(gexc.GeocoderServiceError, 404), "give_up"),
        (_http(gexc.GeocoderQueryError, 400), "skip_query"),
    ],
)
def test_errors_are_sorted(error: Exception, outcome: str) -> None:
    assert classify(error, 5.0).outcome == outcome


def test_retry_after_is_carried() -> None:
    assert classify(gexc.GeocoderRateLimited("x", retry_after=7), 5.0).retry_after == 7


def test_programming_errors_are_not_swallowed() -> None:
    with pytest.raises(ZeroDivisionError):
        classify(ZeroDivisionError(), 5.0)


@pytest.mark.parametrize(
    ("key", "value", "addresstype", "kind"),
    [
        ("place", "city", "city", "city"),
        ("place", "town", "", "city"),
        ("boundary", "administrative", "country", "country"),
        ("boundary", "administrative", "state", "region"),
        ("boundary", "administrative", "", "admin"),
        ("railway", "station", "railway", "station"),
        ("railway", "halt", "", "station"),
        ("aeroway", "aerodrome", "", "airport"),
        ("tourism", "hotel", "", "hotel"),
        ("tourism", "museum", "", "landmark"),
        ("shop", "bakery", "", "landmark"),
    ],
)
def test_osm_tags_become_routes_kinds(key: str, value: str, addresstype: str, kind: str) -> None:
    assert osm_kind(key, value, addresstype) == kind
    assert kind in PLACE_KINDS


def test_service_records_are_complete() -> None:
    specs = services()
    assert set(specs) == {"nominatim", "photon"}
    for spec in specs.values():
        assert spec.min_interval >= 1.0  # public instances: one request per second at most
        assert "OpenStreetMap contributors, ODbL" in spec.attribution
        assert spec.policy.startswith("https://")


def test_broken_records_are_skipped_and_all_broken_is_malformed() -> None:
    good = {"lat": "40.1", "lon": "124.4", "name": "Sinuiju", "class": "place", "type": "city",
            "osm_type": "relation", "osm_id": 1, "address": {"country_code": "kp"}}
    bad = {"lat": "95.0", "lon": "124.4", "name": "Off the Earth"}
    nan = {"lat": "nan", "lon": "1", "name": "NaN"}
    place = best_place([bad, nan, good], "nominatim", "src", "Sinuiju", None)
    assert place is not None and place.name == "Sinuiju" and place.country == "KP"
    with pytest.raises(ValueError):
        best_place([bad, nan], "nominatim", "src", "x", None)
    assert best_place([], "nominatim", "src", "x", None) is None
    assert best_place([good], "nominatim", "src", "x", "CN") is None  # wrong country


def test_hostile_names_are_kept_as_plain_text() -> None:
    raw = {"lat": "1", "lon": "2", "name": "<script>alert(1)</script>\n\tX", "display_name": ""}
    place = nominatim_place(raw, "src", "q")
    assert place.name == "<script>alert(1)</script> X"  # escaping is the map's job; no newlines
    assert place.kind == "landmark" and place.id == "" and place.country is None


@given(st.text(max_size=60))
def test_query_key_is_idempotent_and_ignores_case_and_spacing(name: str) -> None:
    key = query_key(name)
    assert query_key(key) == key
    assert query_key(f"  {name.upper()}  ") == query_key(name.upper())
    assert "\n" not in key and not key.startswith(" ")


def test_file_limiter_spaces_calls_and_survives_a_clock_step(tmp_path: Path) -> None:
    clock = FakeClock()
    lock = tmp_path / "svc.lock"
    first = FileRateLimiter(lock, clock=clock, sleep=clock.sleep)
    second = FileRateLimiter(lock, clock=clock, sleep=clock.sleep)  # another process, same file
    assert first.acquire(1.0) == 0.0
    clock.now += 0.4
    assert second.acquire(1.0) == pytest.approx(0.6)
    lock.write_text(repr(clock.now + 3600))  # wall clock stepped back an hour
    assert first.acquire(1.0) == pytest.approx(1.0)  # at most one interval, not an hour
    lock.write_text("not a number")
    assert second.acquire(1.0) == 0.0
