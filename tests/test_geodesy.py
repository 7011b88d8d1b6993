"""routes.geodesy against GeographicLib to the millimetre, and against published GeodTest lines."""

from __future__ import annotations

import math

import numpy as np
import pytest
from geographiclib.geodesic import Geodesic
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import CoordinateError
from routes.geodesy import densify, geodesic_km, geodesic_m, path_length_m, segment_lengths_m

MM = 1e-3

# Lines of Karney's published geodesic test set (GeodTest.dat, WGS84):
# lat1, lon1, lat2, lon2, s12 (m).
GEODTEST = [
    (35.60777, -139.44815, -11.17491, -69.95921, 8935244.5604818305),
    (55.52454, 106.05087, 77.03196, 197.18234 - 360.0, 4105086.1713924406),
    (-21.97856, 142.59065, 41.84138, 98.56635, 8394328.894657671),
    (-66.99028, 112.2363, -12.70631, 285.90344 - 360.0, 11150344.2312080241),
    (-17.42761, 173.34268, -15.84784, 5.93557, 16076603.1631180673),
]


@pytest.mark.parametrize(("lat1", "lon1", "lat2", "lon2", "s12"), GEODTEST)
def test_published_geodtest_values_to_the_millimetre(lat1, lon1, lat2, lon2, s12):
    assert geodesic_m(lat1, lon1, lat2, lon2) == pytest.approx(s12, abs=MM)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ((39.902896, 116.42792), (40.12186, 124.38224)),  # Beijing station - Dandong station
        ((39.00472, 125.73639), (39.902896, 116.42792)),  # Pyongyang - Beijing
        ((0.0, 0.0), (0.0, 179.5)),  # near-antipodal on the equator: the hard case
        ((89.9, 0.0), (-89.9, 180.0)),
        ((51.5, -0.12), (51.5, -0.12)),  # zero length
    ],
)
def test_matches_geographiclib_inverse(a, b):
    ref = Geodesic.WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"]
    assert geodesic_m(*a, *b) == pytest.approx(ref, abs=MM)
    assert geodesic_km(*a, *b) == pytest.approx(ref / 1000.0, abs=MM / 1000.0)


def test_path_length_is_the_sum_of_geographiclib_segments():
    rng = np.random.default_rng(7)
    lats = np.cumsum(rng.normal(0, 0.3, 500)) * 0.1 + 40.0
    lons = np.cumsum(rng.normal(0, 0.3, 500)) * 0.1 + 120.0
    ref = sum(
        Geodesic.WGS84.Inverse(lats[i], lons[i], lats[i + 1], lons[i + 1])["s12"]
        for i in range(len(lats) - 1)
    )
    assert path_length_m(lats, lons) == pytest.approx(ref, abs=MM)
    assert segment_lengths_m(lats, lons).shape == (499,)


def test_short_paths():
    assert path_length_m([], []) == 0.0
    assert path_length_m([40.0], [120.0]) == 0.0


def test_bad_input_is_refused_with_a_clear_error():
    with pytest.raises(CoordinateError, match="out of range"):
        geodesic_km(91.0, 0.0, 0.0, 0.0)
    with pytest.raises(CoordinateError):
        path_length_m([0.0, 95.0], [0.0, 0.0])
    with pytest.raises(CoordinateError):
        path_length_m([0.0, math.nan], [0.0, 0.0])
    with pytest.raises(ValueError, match="latitudes"):
        path_length_m([0.0, 1.0], [0.0])


def test_densify_keeps_the_geodesic_and_bounds_segments():
    pts = [(39.902896, 116.42792), (40.12186, 124.38224)]
    dense = densify(pts, 25.0)
    assert dense[0] == pts[0] and dense[-1] == pts[-1]
    lats, lons = zip(*dense, strict=True)
    segs = segment_lengths_m(lats, lons)
    assert segs.max() <= 25_000.0 + MM
    # Points placed on the geodesic add no length.
    assert path_length_m(lats, lons) == pytest.approx(geodesic_m(*pts[0], *pts[1]), abs=MM)
    with pytest.raises(ValueError):
        densify(pts, 0)


coords = st.tuples(
    st.floats(min_value=-89.0, max_value=89.0), st.floats(min_value=-179.0, max_value=179.0)
)


@settings(max_examples=60, deadline=None)
@given(coords, coords, coords)
def test_metric_properties(a, b, c):
    ab, ba = geodesic_m(*a, *b), geodesic_m(*b, *a)
    assert ab >= 0 and ab == pytest.approx(ba, abs=MM)
    # Triangle inequality (geodesics on the ellipsoid are shortest paths).
    assert ab <= geodesic_m(*a, *c) + geodesic_m(*c, *b) + MM


def test_docstring_examples_run():
    import doctest

    import routes.geodesy

    result = doctest.testmod(routes.geodesy)
    assert result.attempted >= 2 and result.failed == 0
