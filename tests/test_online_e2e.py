"""End to end: a journey file checked by the real pipeline with an online geocoder behind it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from routes.errors import JourneyFileError
from routes.online import ChainedGeocoder, RetryPolicy, make_online_geocoder
from tests.fake_geocoder import FakeGeocoder, TinyGazetteer

SEEDS = sorted((Path(__file__).resolve().parents[2] / "shared" / "seeds").glob("*.txt"))

# Sinuiju is missing from the tiny offline gazetteer on purpose: only the fake service knows it.
JOURNEY = """\
version: 1
title: "Across the Yalu and on to the capital"
stops:
  - place: Dandong
    country: CN
  - place: Sinuiju
    country: KP
  - place: Pyongyang
    country: KP
legs:
  - {from: Dandong, to: Sinuiju, mode: rail}
  - {from: Sinuiju, to: Pyongyang, mode: rail}
claims:
  - kind: distance
    text: "some 220 kilometres"
    value: 220
    unit: km
    from: Sinuiju
    to: Pyongyang
    source: constructed test
"""


@pytest.fixture
def server() -> Iterator[FakeGeocoder]:
    with FakeGeocoder() as fake:
        yield fake


def chain(server: FakeGeocoder, cache: Path) -> ChainedGeocoder:
    online = make_online_geocoder(
        "nominatim", base_url=server.base_url, min_interval=0.0, cache_path=cache,
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )
    return ChainedGeocoder(online, TinyGazetteer())


def check(journey: Path, geocoder: ChainedGeocoder) -> dict[str, Any]:
    from routes.pipeline import check_files
    from routes.report import to_contract

    result = check_files([journey], gazetteer=geocoder)  # type: ignore[arg-type]
    result.notes.extend(geocoder.notes())
    return to_contract(result)


def test_place_found_online_is_checked_and_attributed(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    journey = tmp_path / "yalu.yaml"
    journey.write_text(JOURNEY, encoding="utf-8")
    cache = tmp_path / "cache.sqlite3"

    first = check(journey, chain(server, cache))
    places = {p["name"]: p for p in first["places"]}
    assert list(places) == ["Dandong", "Sinuiju", "Pyongyang"]
    assert places["Sinuiju"]["source"] == "Nominatim (OpenStreetMap contributors, ODbL) via geopy"
    assert places["Dandong"]["source"] == "GeoNames (CC BY 4.0)"
    (claim,) = first["claims"]
    assert (claim["origin"], claim["destination"]) == ("Sinuiju", "Pyongyang")
    assert claim["verdict"] in ("consistent", "inconsistent")  # measurable: both ends placed
    assert claim["measures"]["geodesic_km"] > 100
    assert server.count == 1  # only the name offline lacks went out

    second = check(journey, chain(server, cache))  # the next morning: same answers, no request
    assert server.count == 1
    assert second["places"] == first["places"] and second["claims"] == first["claims"]


def test_service_down_names_the_place_and_the_reason(server: FakeGeocoder, tmp_path: Path) -> None:
    journey = tmp_path / "yalu.yaml"
    journey.write_text(JOURNEY, encoding="utf-8")
    server.default = "503"
    geocoder = chain(server, tmp_path / "cache.sqlite3")
    with pytest.raises(JourneyFileError) as err:  # the journey file names a place nobody placed
        check(journey, geocoder)
    message = str(err.value)
    assert err.value.line == 6 and err.value.field == "stops[1].place"
    assert "Sinuiju" in message and "nominatim could not be asked" in message
    assert "HTTP 503" in message and "\n" not in message
    assert server.count == 2  # bounded
    assert geocoder.unavailable == ["Sinuiju"]


def test_offline_journey_makes_no_request_even_with_a_service(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    journey = tmp_path / "offline.yaml"
    journey.write_text(
        "version: 1\nstops:\n  - place: Pyongyang\n  - place: Dandong\n  - place: Beijing\n",
        encoding="utf-8",
    )
    contract = check(journey, chain(server, tmp_path / "cache.sqlite3"))
    assert [p["name"] for p in contract["places"]] == ["Pyongyang", "Dandong", "Beijing"]
    assert server.count == 0


@pytest.mark.skipif(not SEEDS, reason="seed articles not found at ../shared/seeds")
def test_seed_articles_send_nothing_when_offline_knows_every_place(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    """The five seed reports through the real reader and gazetteer with --geocoder on: every
    place is known offline, so not one name leaves the machine, and the result is the same."""
    from routes.pipeline import check_files
    from routes.report import to_contract

    online = make_online_geocoder(
        "nominatim", base_url=server.base_url, min_interval=0.0,
        cache_path=tmp_path / "c.sqlite3",
    )
    chained = ChainedGeocoder(online)
    with_service = to_contract(check_files(SEEDS, gazetteer=chained))  # type: ignore[arg-type]
    offline_only = to_contract(check_files(SEEDS))
    assert server.count == 0 and online.unavailable == []
    assert with_service["places"] == offline_only["places"]
    assert [p["name"] for p in with_service["places"]][:3] == ["Pyongyang", "Dandong", "Beijing"]
