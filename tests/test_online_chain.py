"""ChainedGeocoder: offline first, online only for names offline lacks; the run always ends."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError
from routes.models import Journey, Place
from routes.online import (
    ChainedGeocoder,
    OfflineGazetteer,
    OnlineLookup,
    RetryPolicy,
    make_online_geocoder,
)
from tests.fake_geocoder import OFFLINE_SOURCE, FakeGeocoder, TinyGazetteer

if TYPE_CHECKING:
    from routes.gazetteer._gazetteer import Gazetteer
    from routes.reading._protocol import GazetteerLike

    def _real_gazetteer_fits(g: Gazetteer) -> OfflineGazetteer:
        return g  # mypy proves the real gazetteer offers what the chain calls

    def _chain_fits_the_reader(c: ChainedGeocoder) -> GazetteerLike:
        return c  # ... and that the reader can take the chain in its place

@pytest.fixture
def server() -> Iterator[FakeGeocoder]:
    with FakeGeocoder() as fake:
        yield fake


def online(server: FakeGeocoder, tmp_path: Path, service: str = "nominatim") -> OnlineLookup:
    return make_online_geocoder(
        service, base_url=server.base_url, min_interval=0.0, cache_path=tmp_path / "c.sqlite3",
        retry=RetryPolicy(attempts=2, base_delay=0.01),
    )


def test_known_places_never_leave_the_machine(server: FakeGeocoder, tmp_path: Path) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    for name in ("Pyongyang", "Dandong", "Beijing"):
        cand = chain.resolve(name)
        assert cand.place.source == OFFLINE_SOURCE
    assert server.count == 0


def test_unknown_offline_is_asked_online(server: FakeGeocoder, tmp_path: Path) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    cand = chain.resolve("Sinuiju")
    assert cand.place.name == "Sinuiju" and cand.place.country == "KP"
    assert cand.place.source == "Nominatim (OpenStreetMap contributors, ODbL) via geopy"
    assert 0 < cand.score < 1 and "its best answer from nominatim" in cand.reason
    assert chain.get("osm:relation/101") == cand.place  # online places can be fetched by id
    assert chain.get("geonames:2037886") is not None
    assert server.count == 1
    assert chain.lookup("Sinuiju") == cand.place and server.count == 1  # cached


def test_unknown_everywhere_keeps_the_offline_suggestions(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    with pytest.raises(PlaceNotFoundError) as err:
        chain.resolve("Dandung")
    assert err.value.suggestions == ["Dandong"]
    assert chain.lookup("Dandung") is None
    assert server.count == 1  # asked once; "not found" is cached


def test_ambiguity_is_settled_offline_not_online(server: FakeGeocoder, tmp_path: Path) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    with pytest.raises(AmbiguousPlaceError):
        chain.resolve("Springfield")
    assert server.count == 0


def test_story_context_chooses_between_online_homonyms(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    assert chain.resolve("Newport").place.country == "US"  # the service's own first answer
    welsh = chain.resolve("Newport", near=(51.48, -3.18))  # near Cardiff
    assert welsh.place.country == "GB" and "nearest" in welsh.reason
    boston = Place("Boston", 42.36, -71.06, "city", "US")
    assert chain.resolve("Newport", context=[boston]).place.country == "US"
    ranked = chain.candidates("Newport", near=(51.48, -3.18))
    assert [c.place.country for c in ranked] == ["GB", "US"]
    assert ranked[0].score > ranked[1].score
    assert server.count == 1  # one question, every answer cached


def test_country_and_kinds_are_respected(server: FakeGeocoder, tmp_path: Path) -> None:
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    assert chain.resolve("Dandong Station", kinds={"station"}).place.kind == "station"
    with pytest.raises(PlaceNotFoundError):
        chain.resolve("Sinuiju", kinds={"station", "airport"})  # online found a city
    with pytest.raises(PlaceNotFoundError):
        chain.resolve("Sinuiju", country="CN")  # the fake knows Sinuiju only in KP


def test_candidates_fall_back_online_only_when_offline_has_none(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    chain = ChainedGeocoder(online(server, tmp_path, "photon"), TinyGazetteer())
    assert [c.place.name for c in chain.candidates("Beijing")] == ["Beijing"]
    assert server.count == 0
    (cand,) = chain.candidates("Testville")
    assert cand.place.source.startswith("Photon") and server.count == 1
    assert chain.candidates("Nowhere") == []
    assert chain.suggest("Be") == ["Beijing"]


def test_text_scanning_and_descriptions_stay_offline(server: FakeGeocoder, tmp_path: Path) -> None:
    offline = TinyGazetteer()
    chain = ChainedGeocoder(online(server, tmp_path), offline)
    assert chain.contains_name("dandong") and not chain.contains_name("sinuiju")
    assert chain.max_name_tokens == 1
    found = chain.resolve_description("the capital")
    assert found is not None and found.place.name == "Pyongyang"
    assert chain.resolve_description("the state guest house", city="Beijing") is None
    assert server.count == 0


def test_without_an_online_service_it_is_the_offline_gazetteer(tmp_path: Path) -> None:
    chain = ChainedGeocoder(None, TinyGazetteer())
    assert chain.lookup("Beijing") is not None
    assert chain.lookup("Sinuiju") is None
    assert chain.candidates("Sinuiju") == []
    assert chain.unavailable == [] and chain.notes() == []


def test_service_down_run_completes_on_offline_data_and_says_what_was_not_checked(
    server: FakeGeocoder, tmp_path: Path
) -> None:
    """End to end: a story's names resolved through the chain while the service fails."""
    server.default = "503"
    chain = ChainedGeocoder(online(server, tmp_path), TinyGazetteer())
    story = ["Pyongyang", "Sinuiju", "Dandong", "Dandong Station", "Beijing", "Testville"]
    placed = {name: chain.lookup(name) for name in story}
    assert [n for n, p in placed.items() if p] == ["Pyongyang", "Dandong", "Beijing"]
    assert server.count == 2  # one look-up's retries, then the service is written off
    assert chain.unavailable == ["Sinuiju", "Dandong Station", "Testville"]
    journey = Journey(title="test")
    journey.notes.extend(chain.notes())
    (note,) = journey.notes
    assert "Sinuiju, Dandong Station, Testville" in note and "HTTP 503" in note
