"""Online geocoders against a fake server on 127.0.0.1: policy, cache, faults, outputs."""

from __future__ import annotations

import itertools
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import GeocoderServiceError
from routes.models import Place
from routes.online import (
    GeocodeCache,
    OnlineLookup,
    RetryPolicy,
    default_user_agent,
    make_online_geocoder,
)
from tests.fake_geocoder import FakeGeocoder

FAST = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, retry_after_cap=2.0)
NOMINATIM_SOURCE = "Nominatim (OpenStreetMap contributors, ODbL) via geopy"


@pytest.fixture
def server() -> Iterator[FakeGeocoder]:
    with FakeGeocoder() as fake:
        yield fake


def make(
    server: FakeGeocoder, tmp_path: Path, service: str = "nominatim", **kw: Any
) -> OnlineLookup:
    kw.setdefault("min_interval", 0.0)
    kw.setdefault("retry", FAST)
    kw.setdefault("timeout", 2.0)
    kw.setdefault("cache_path", tmp_path / "cache.sqlite3")
    return make_online_geocoder(service, base_url=server.base_url, **kw)


def spaced(server: FakeGeocoder, interval: float) -> bool:
    """Requests reached the server at least ``interval`` apart.

    Exact, not a timing guess: the limiters stamp the *end* of each request, so the next one
    leaves ``interval`` after the previous response, which the server sent after stamping that
    request's arrival. The 1 ms covers clock slewing between wall time (used across processes)
    and the server's monotonic clock.
    """
    times = [r.time for r in server.requests]
    return all(b - a >= interval - 1e-3 for a, b in itertools.pairwise(times))


def gaps(server: FakeGeocoder) -> list[float]:
    return [round(b.time - a.time, 4) for a, b in itertools.pairwise(server.requests)]


# -- answers and what we send ---------------------------------------------------------------


def test_nominatim_answer_becomes_a_place_with_attribution(
    server: FakeGeocoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUTES_CONTACT", "desk@example.org\r\nX-Evil: 1")
    online = make(server, tmp_path)
    place = online.lookup("  sinuiju ")
    assert place == Place(
        name="Sinuiju", lat=40.1006, lon=124.3986, kind="city", country="KP",
        source=NOMINATIM_SOURCE, id="osm:relation/101", admin1="North Pyongan",
    )
    (req,) = server.requests
    assert req.path == "/search"
    assert req.query == "sinuiju"
    agent = req.headers["User-Agent"]
    assert agent.startswith("routes/") and "newsroom fact-checking" in agent
    assert "contact: desk@example.org X-Evil: 1" in agent  # one line: no header injection
    assert "X-Evil" not in req.headers
    assert online.requests_made == 1 and online.cache_hits == 0


def test_default_user_agent_asks_for_a_contact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ROUTES_CONTACT", raising=False)
    agent = default_user_agent()
    assert agent.startswith("routes/") and "set ROUTES_CONTACT" in agent
    assert "python" not in agent.lower()  # not a stock library agent


def test_photon_answer_and_client_side_country_filter(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    online = make(server, tmp_path, "photon")
    station = online.lookup("Dandong Station")
    assert station is not None
    assert (station.kind, station.country, station.id) == ("station", "CN", "osm:node/401")
    assert station.source.startswith("Photon by komoot (OpenStreetMap contributors, ODbL)")
    au = online.lookup("Springfield", country="au")
    assert au is not None and au.country == "AU" and au.lat < 0
    assert server.requests[0].path == "/api"


def test_nominatim_country_filter_is_sent_to_the_server(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    online = make(server, tmp_path)
    us = online.lookup("Springfield", country="US")
    au = online.lookup("Springfield", country="AU")
    assert us is not None and au is not None
    assert (us.country, au.country) == ("US", "AU")
    assert [r.params.get("countrycodes") for r in server.requests] == [["us"], ["au"]]
    assert au.kind == "district"  # place=suburb


def test_photon_asks_once_whatever_the_country(server: FakeGeocoder, tmp_path: Path) -> None:
    online = make(server, tmp_path, "photon")
    au = online.lookup("Springfield", country="AU")
    us = online.lookup("Springfield", country="US")
    assert au is not None and us is not None and (au.country, us.country) == ("AU", "US")
    assert online.lookup("Springfield", country="NZ") is None
    assert [p.country for p in online.candidates("Springfield")] == ["US", "AU"]
    assert server.count == 1  # the filter is ours; the question was the same


def test_near_picks_the_closest_answer(server: FakeGeocoder, tmp_path: Path) -> None:
    online = make(server, tmp_path)
    first = online.lookup("Newport")
    near_cardiff = online.lookup("Newport", near=(51.48, -3.18))
    assert first is not None and near_cardiff is not None
    assert (first.country, near_cardiff.country) == ("US", "GB")
    assert server.count == 1


def test_blank_bad_or_overlong_names_send_nothing(server: FakeGeocoder, tmp_path: Path) -> None:
    online = make(server, tmp_path)
    assert online.lookup("") is None
    assert online.lookup(" \t\n") is None
    assert online.lookup("x" * 201) is None
    assert server.count == 0
    assert online.unavailable == []


# -- the cache --------------------------------------------------------------------------------


def test_second_run_makes_zero_requests(server: FakeGeocoder, tmp_path: Path) -> None:
    names = ["Sinuiju", "Nowhere-on-earth", "Dandong Station", "SINUIJU"]
    first = make(server, tmp_path)
    answers = [first.lookup(n) for n in names]
    assert first.requests_made == 3 and first.cache_hits == 1  # "SINUIJU" folds to "Sinuiju"
    first.close()
    asked = server.count

    second = make(server, tmp_path)  # a new run: same cache file on disk
    assert [second.lookup(n) for n in names] == answers
    assert server.count == asked
    assert second.requests_made == 0 and second.cache_hits == len(names)
    assert answers[1] is None  # "not found" is an answer, cached too


def test_empty_result_is_cached_as_not_found(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("empty")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert online.lookup("Sinuiju") is None
    assert server.count == 1 and online.cache_hits == 1
    assert online.unavailable == [] and online.available


def test_cache_dir_from_environment(
    server: FakeGeocoder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUTES_CACHE_DIR", str(tmp_path / "env-cache"))
    online = make_online_geocoder(
        "nominatim", base_url=server.base_url, min_interval=0.0, retry=FAST
    )
    assert online.lookup("Testville") is not None
    assert online.cache.path == tmp_path / "env-cache" / "online-geocoder.sqlite3"
    assert len(GeocodeCache(online.cache.path)) == 1


def test_services_and_hosts_do_not_share_answers(server: FakeGeocoder, tmp_path: Path) -> None:
    nominatim = make(server, tmp_path)
    photon = make(server, tmp_path, "photon")
    assert nominatim.lookup("Testville") is not None
    assert photon.lookup("Testville") is not None
    assert server.count == 2


# -- the rate limit -----------------------------------------------------------------------------


def test_nominatim_policy_spaces_requests_one_second_apart(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    """The real default (1 s): three names, three requests, never two within a second."""
    online = make_online_geocoder(
        "nominatim", base_url=server.base_url, cache_path=tmp_path / "c.sqlite3", retry=FAST
    )
    assert online.min_interval == 1.0
    for name in ("Sinuiju", "Testville", "Dandong Station"):
        assert online.lookup(name) is not None
    assert server.count == 3
    assert spaced(server, 1.0), gaps(server)


def test_limiter_is_shared_by_lookups_of_one_service(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    a = make(server, tmp_path, min_interval=0.15, cache_path=tmp_path / "a.sqlite3")
    b = make(server, tmp_path, min_interval=0.15, cache_path=tmp_path / "b.sqlite3")
    assert a.limiter is b.limiter
    for name in ("Sinuiju", "Testville"):
        a.lookup(name)
        b.lookup(name)
    assert server.count == 4
    assert spaced(server, 0.15), gaps(server)


def test_processes_on_one_machine_share_the_limit(server: FakeGeocoder, tmp_path: Path) -> None:
    """Two processes (as --batch runs them) together stay under the rate."""
    code = (
        "import sys\n"
        "from routes.online import make_online_geocoder\n"
        "o = make_online_geocoder('nominatim', base_url=sys.argv[1], min_interval=0.3,"
        " cache_path=sys.argv[2])\n"
        "for name in sys.argv[3:]:\n"
        "    o.lookup(name)\n"
    )
    root = Path(__file__).resolve().parents[1]
    cache = str(tmp_path / "shared.sqlite3")
    batches = [["Sinuiju", "Testville"], ["Springfield", "Nowhere"]]
    procs = [
        subprocess.Popen([sys.executable, "-c", code, server.base_url, cache, *names], cwd=root)
        for names in batches
    ]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert server.count == 4
    assert spaced(server, 0.3), gaps(server)  # without the lock file: ~0.02 s apart


def test_retries_wait_their_turn_too(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("500", "500")
    online = make(server, tmp_path, min_interval=0.2)
    assert online.lookup("Testville") is not None
    assert server.count == 3
    assert spaced(server, 0.2), gaps(server)


# -- faults ---------------------------------------------------------------------------------------


def test_429_retry_after_is_honoured(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("429:1")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is not None
    assert server.count == 2
    assert online.waits == [1.0]
    assert spaced(server, 1.0), gaps(server)
    assert online.failures == ["HTTP 429 (too many requests)"]


def test_429_asking_for_longer_than_the_cap_ends_the_service(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    server.script("429:3600")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert server.count == 1 and online.waits == []
    assert online.service_down is not None and "3600" in online.service_down
    assert online.unavailable == ["Sinuiju"]


def test_429_without_retry_after_backs_off(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("429", "429")
    online = make(server, tmp_path)
    assert online.lookup("Testville") is not None
    assert server.count == 3 and len(online.waits) == 2
    assert all(0 < w <= FAST.max_delay for w in online.waits)


@pytest.mark.parametrize(
    ("script", "failure"),
    [
        (["500"], "HTTP 500"),
        (["503"], "HTTP 503"),
        (["malformed"], "malformed JSON in the answer"),
        (["wrong_shape"], "an answer of the wrong shape"),
        (["503", "malformed"], "malformed JSON in the answer"),
    ],
)
def test_transient_faults_are_retried(
    server: FakeGeocoder, tmp_path: Path, script: list[str], failure: str
) -> None:
    server.script(*script)
    online = make(server, tmp_path)
    place = online.lookup("Sinuiju")
    assert place is not None and place.name == "Sinuiju"
    assert server.count == len(script) + 1
    assert online.retries == len(script)
    assert online.failures[-1] == failure
    assert online.available and online.unavailable == []


def test_photon_wrong_shape_is_retried(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("wrong_shape")
    online = make(server, tmp_path, "photon")
    assert online.lookup("Sinuiju") is not None
    assert server.count == 2


def test_retries_are_bounded_then_the_service_is_written_off(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    server.default = "500"
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert server.count == FAST.attempts  # 3 tries, no more
    assert online.service_down is not None and "HTTP 500" in online.service_down
    # Later names: no request at all, straight to "could not be checked".
    assert online.lookup("Testville") is None
    assert online.lookup("Sinuiju") is None
    assert server.count == FAST.attempts
    assert online.unavailable == ["Sinuiju", "Testville"]
    note = online.note()
    assert note is not None and "Sinuiju, Testville" in note and "nominatim" in note
    # Failures are not cached: a later run asks again.
    server.default = "ok"
    assert make(server, tmp_path).lookup("Sinuiju") is not None


def test_a_server_that_hangs_times_out(server: FakeGeocoder, tmp_path: Path) -> None:
    server.default = "hang:1.5"
    online = make(server, tmp_path, timeout=0.25, retry=RetryPolicy(attempts=2, base_delay=0.01))
    assert online.lookup("Sinuiju") is None
    assert server.count == 2
    assert online.failures == ["no answer within 0.25 s"] * 2
    assert online.unavailable == ["Sinuiju"]


def test_403_stops_at_once(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("403")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert online.lookup("Testville") is None
    assert server.count == 1
    assert online.service_down is not None and "403" in online.service_down


def test_404_means_a_wrong_address_and_stops(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("404")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert server.count == 1 and not online.available


def test_400_skips_only_that_name(server: FakeGeocoder, tmp_path: Path) -> None:
    server.script("400")
    online = make(server, tmp_path)
    assert online.lookup("Sinuiju") is None
    assert online.available and online.unavailable == ["Sinuiju"]
    assert online.lookup("Testville") is not None
    assert server.count == 2


def test_connection_refused_is_bounded(tmp_path: Path) -> None:
    with FakeGeocoder() as fake:
        url = fake.base_url
    online = make_online_geocoder(
        "nominatim", base_url=url, min_interval=0.0, retry=FAST, timeout=0.5,
        cache_path=tmp_path / "c.sqlite3",
    )
    assert online.lookup("Sinuiju") is None
    assert online.requests_made == FAST.attempts
    assert online.unavailable == ["Sinuiju"]


# -- configuration --------------------------------------------------------------------------------


def test_bad_configuration_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GeocoderServiceError, match="nominatim, photon"):
        make_online_geocoder("googol", cache_path=tmp_path / "c")
    with pytest.raises(GeocoderServiceError, match="host"):
        make_online_geocoder("nominatim", base_url="ftp://x", cache_path=tmp_path / "c")
    with pytest.raises(GeocoderServiceError, match="timeout"):
        make_online_geocoder("photon", timeout=0, cache_path=tmp_path / "c")
    with pytest.raises(GeocoderServiceError, match="interval"):
        make_online_geocoder("photon", min_interval=-1, cache_path=tmp_path / "c")


def test_public_defaults_follow_the_policy(tmp_path: Path) -> None:
    online = make_online_geocoder("nominatim", cache_path=tmp_path / "c.sqlite3")
    assert online.min_interval == 1.0
    assert online.service_key == "nominatim@nominatim.openstreetmap.org"
    assert online.geocoder.api == "https://nominatim.openstreetmap.org/search"
    assert online.geocoder.headers["User-Agent"] == default_user_agent()
    photon = make_online_geocoder("Photon", cache_path=tmp_path / "c.sqlite3")
    assert photon.min_interval == 1.0 and photon.geocoder.api == "https://photon.komoot.io/api"


# -- free text ------------------------------------------------------------------------------------


def test_any_text_is_a_safe_query(server: FakeGeocoder, tmp_path: Path) -> None:
    """Whatever a story calls a place, a look-up returns a Place or None, and asks once."""
    online = make(server, tmp_path)
    rng = random.Random(7)

    @settings(max_examples=30, deadline=None, derandomize=True)
    @given(st.text(max_size=250), st.sampled_from([None, "CN", "kp", "x", "USA", ""]))
    def check(name: str, country: str | None) -> None:
        if rng.random() < 0.2:
            server.script(rng.choice(["500", "malformed", "empty", "wrong_shape"]))
        result = online.lookup(name, country=country)
        assert result is None or isinstance(result, Place)
        asked = server.count
        again = online.lookup(name, country=country)
        if name.strip() and online.available and name.strip() not in online.unavailable:
            assert again == result
            assert server.count == asked  # the second time comes from the cache

    check()
