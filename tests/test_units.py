"""Unit conversions: exact definitions, every spelling the press uses, round trips."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes import units


@pytest.mark.parametrize(
    ("value", "unit", "km"),
    [(1, "mile", 1.609344), (520, "miles", 836.85888), (1, "nautical mile", 1.852),
     (2, "km", 2.0), (1500, "metres", 1.5), (3, "kilometers", 3.0), (1000, "yards", 0.9144),
     (10_000, "feet", 3.048), (1, "mi", 1.609344), (1, "NMI", 1.852)],
)
def test_to_km_uses_exact_definitions(value: float, unit: str, km: float) -> None:
    assert units.to_km(value, unit) == pytest.approx(km, rel=1e-12)


@pytest.mark.parametrize(
    ("value", "unit", "hours"),
    [(30, "minutes", 0.5), (1, "day", 24.0), (2.5, "days", 60.0), (1, "week", 168.0),
     (90, "mins", 1.5), (3600, "seconds", 1.0), (4, "hrs", 4.0), (1, "hour", 1.0)],
)
def test_to_hours(value: float, unit: str, hours: float) -> None:
    assert units.to_hours(value, unit) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("value", "unit", "kmh"),
    [(30, "mph", 48.28032), (50, "km/h", 50.0), (10, "knots", 18.52), (60, "miles per hour",
     96.56064), (100, "kph", 100.0), (80, "kilometres an hour", 80.0)],
)
def test_speeds(value: float, unit: str, kmh: float) -> None:
    assert units.speed_to_kmh(value, unit) == pytest.approx(kmh)


def test_unknown_units_raise_value_error_not_silently_convert() -> None:
    with pytest.raises(ValueError, match="not a distance unit"):
        units.to_km(1, "hours")
    with pytest.raises(ValueError, match="not a duration unit"):
        units.to_hours(1, "miles")
    with pytest.raises(ValueError, match="not a speed unit"):
        units.speed_to_kmh(1, "furlongs per fortnight")
    assert units.canonical_unit("parsecs") is None
    assert units.is_distance_unit("Kilometres") and not units.is_distance_unit("hours")
    assert units.is_duration_unit("Days") and units.is_speed_unit("MPH")


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(finite, st.sampled_from(units.distance_units()))
def test_distance_round_trip(value: float, unit: str) -> None:
    back = units.from_km(units.to_km(value, unit), unit)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-9)


@given(finite, st.sampled_from(units.duration_units()))
def test_duration_round_trip(value: float, unit: str) -> None:
    back = units.from_hours(units.to_hours(value, unit), unit)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-9)


@given(finite, st.sampled_from(units.speed_units()))
def test_speed_round_trip(value: float, unit: str) -> None:
    back = units.kmh_to(units.speed_to_kmh(value, unit), unit)
    assert math.isclose(back, value, rel_tol=1e-12, abs_tol=1e-9)
