"""Sea legs round land are measured along the shipping lanes (routes/network/_sea_lanes.py):
the distances the press quotes for well-known crossings, a band that holds the way round a
canal, the straight-line estimate kept over open water and where the lanes do not reach, and
the whole tool on a crossing story."""

from __future__ import annotations

from typing import Any

from routes.models import Place
from routes.network._estimates import geodesic_measure, sea_measure
from routes.network._sea_lanes import lane_measure
from tests.stories import checked_story, claim_told

NMI_KM = 1.852


def _at(name: str, lat: float, lon: float) -> Place:
    return Place(name=name, lat=lat, lon=lon, kind="city", country=None, source="test")


NEW_YORK = _at("New York", 40.7143, -74.0060)
SOUTHAMPTON = _at("Southampton", 50.9040, -1.4040)
PORT_SAID = _at("Port Said", 31.2600, 32.3000)
ROTTERDAM = _at("Rotterdam", 51.9225, 4.4792)
SHANGHAI = _at("Shanghai", 31.2222, 121.4581)
DOVER = _at("Dover", 51.1260, 1.3100)
CALAIS = _at("Calais", 50.9500, 1.8500)
MADRID = _at("Madrid", 40.4165, -3.7026)


def test_well_known_crossings_measure_what_the_press_quotes() -> None:
    # Queen Mary 2's New York - Southampton crossing, about 3,150 nmi; Port Said - Rotterdam
    # about 3,300 nmi (modes.yaml): within 5 %
    for a, b, published in ((NEW_YORK, SOUTHAMPTON, 3150 * NMI_KM),
                            (PORT_SAID, ROTTERDAM, 3300 * NMI_KM)):
        m = sea_measure(geodesic_measure(a, b))
        assert abs(m.km - published) / published < 0.05, (a.name, m.km)
        assert m.low_km is not None and m.high_km is not None
        assert m.low_km <= published <= m.high_km
        assert "shipping lanes" in m.method and "searoute" in m.source
        assert len(m.geometry) > 10  # drawn along the lanes, not as the straight line


def test_the_band_holds_the_way_round_an_avoided_canal() -> None:
    # Shanghai - Rotterdam is about 10,500 nmi by Suez and some 13,500 round the Cape
    m = lane_measure(geodesic_measure(SHANGHAI, ROTTERDAM))
    assert m is not None and m.high_km is not None
    assert abs(m.km - 10500 * NMI_KM) / (10500 * NMI_KM) < 0.05
    assert m.high_km > 13000 * NMI_KM
    assert "avoiding the Suez Canal" in m.method


def test_open_water_keeps_the_straight_line_estimate() -> None:
    m = sea_measure(geodesic_measure(DOVER, CALAIS))
    assert "shipping allowance" in m.method


def test_an_end_far_from_the_lanes_gets_no_lane_measure() -> None:
    assert lane_measure(geodesic_measure(MADRID, NEW_YORK)) is None


def test_a_crossing_story_is_judged_along_the_lanes(shared_gazetteer: Any) -> None:
    j = checked_story("The liner Queen Mary 2 arrived in Southampton on Monday morning after a "
                      "seven-day crossing of the Atlantic from New York. The 3,150-nautical-mile "
                      "voyage was made at an average speed of about 19 knots.", "2024-06-10",
                      shared_gazetteer)
    c = claim_told(j, "3,150-nautical-mile voyage")
    assert c.verdict == "consistent"
    # the lanes' 5,7xx km, not a round-land estimate of 9,938 km (5,521-16,564)
    assert "estimated sea distance (5,7" in c.explanation
