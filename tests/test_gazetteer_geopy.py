"""The gazetteer through geopy's interface: code written for Nominatim works offline."""

from __future__ import annotations

import socket

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from routes.errors import AmbiguousPlaceError
from routes.gazetteer import OfflineGeocoder
from routes.gazetteer._rank import haversine_km
from tests.test_gazetteer_support import real


@pytest.fixture(scope="module")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder(real())


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the offline geocoder opened a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)


def test_geocode_like_nominatim(geocoder: OfflineGeocoder) -> None:
    location = geocoder.geocode("Dandong")
    assert isinstance(location, Location)
    assert haversine_km(location.latitude, location.longitude, 40.1292, 124.3947) < 1
    assert location.address.startswith("Dandong") and location.address.endswith("CN")
    assert "CC BY 4.0" in location.raw["source"]
    assert location.raw["ambiguous"] is False


def test_geocode_returns_none_for_unknown_names(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Qxzvbnmw Plkjh") is None
    assert geocoder.geocode("   ") is None


def test_geocode_many_and_country_codes(geocoder: OfflineGeocoder) -> None:
    many = geocoder.geocode("Portland", exactly_one=False, limit=3)
    assert isinstance(many, list) and len(many) == 3
    assert all(isinstance(loc, Location) for loc in many)
    british = geocoder.geocode("Portland", country_codes="gb")
    assert isinstance(british, Location) and british.raw["country"] == "GB"


def test_ambiguity_is_flagged_or_raised(geocoder: OfflineGeocoder) -> None:
    best = geocoder.geocode("Springfield")
    assert isinstance(best, Location) and best.raw["ambiguous"] is True
    strict = OfflineGeocoder(geocoder.gazetteer, strict=True)
    with pytest.raises(AmbiguousPlaceError):
        strict.geocode("Springfield")


def test_reverse_like_nominatim(geocoder: OfflineGeocoder) -> None:
    location = geocoder.reverse((40.1, 124.4))
    assert isinstance(location, Location)
    assert location.raw["distance_km"] < 2
    assert location.raw["country"] in ("KP", "CN")
    same = geocoder.reverse(Point(40.1, 124.4))
    text = geocoder.reverse("40.1, 124.4")
    assert isinstance(same, Location) and isinstance(text, Location)
    assert same.raw["id"] == text.raw["id"] == location.raw["id"]
    nearest = geocoder.reverse((39.9029, 116.4279), exactly_one=False, limit=3)
    assert isinstance(nearest, list) and nearest[0].raw["name"] == "Beijing Railway Station"
    distances = [loc.raw["distance_km"] for loc in nearest]
    assert distances == sorted(distances)


def test_reverse_far_from_anything(geocoder: OfflineGeocoder) -> None:
    assert geocoder.reverse((0.0, -140.0), max_km=100) is None


def test_works_under_geopy_rate_limiter(geocoder: OfflineGeocoder) -> None:
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    location = geocode("Shenyang")
    assert isinstance(location, Location) and location.raw["country"] == "CN"
