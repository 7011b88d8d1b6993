"""Figures told about a route rather than a traveller ("The Eurostar from London to Paris takes
2 hours 16 minutes"): checked by the vehicle their own sentence names. Constructed sentences.
"""

from __future__ import annotations

from typing import Any

import pytest

from cli.render import _range, _span
from routes.checking._envelopes import told_vehicle
from routes.pipeline import check_articles
from routes.reading import read_text


def check(text: str, gazetteer: Any) -> dict[str, Any]:
    journey = check_articles([read_text(f"date 2024-03-10\nFacts\n\n{text}\n", "facts.txt")],
                             gazetteer=gazetteer)
    return {c.text: c for c in journey.claims}


@pytest.mark.parametrize(("sentence", "told"), [
    ("The Eurostar from London to Paris takes 2 hours 16 minutes.", ("rail", "eurostar")),
    ("The ferry from Dover to Calais takes 90 minutes.", ("sea", "ferry")),
    ("A flight from Perth to London takes 17 hours.", ("air", "flight")),
    ("The armoured train crawled north.", ("rail", "armoured")),
    ("The business delegation carried gifts to Tokyo.", None),  # not "bus", not "car"
    ("Yokohama is about 30 km from Tokyo.", None),
])
def test_the_vehicle_a_sentence_names(sentence: str, told: tuple[str, str] | None) -> None:
    assert told_vehicle(sentence) == told


def test_a_route_fact_is_judged_by_its_own_vehicle(shared_gazetteer: Any) -> None:
    right = check("The Eurostar from London to Paris takes 2 hours 16 minutes.",
                  shared_gazetteer)["2 hours 16 minutes"]
    assert right.verdict == "consistent" and "high-speed train" in right.explanation
    assert right.measures["rail_km"] == pytest.approx(488.6, abs=0.5)
    wrong = check("The Eurostar from London to Paris takes 1 hour 10 minutes.",
                  shared_gazetteer)["1 hour 10 minutes"]
    assert wrong.verdict == "inconsistent"


def test_a_crossing_fact_is_judged_at_sea(shared_gazetteer: Any) -> None:
    ferry = check("The ferry from Dover to Calais takes 90 minutes.",
                  shared_gazetteer)["90 minutes"]
    assert ferry.verdict == "consistent" and "ship" in ferry.explanation


def test_a_fact_with_no_vehicle_is_still_unverifiable_as_a_time(shared_gazetteer: Any) -> None:
    took = check("The trip from Dover to Calais takes 90 minutes.", shared_gazetteer)
    durations = [c for c in took.values() if c.kind == "duration"]
    assert durations and all(c.verdict == "unverifiable" for c in durations)


def test_the_rail_measure_between_two_cities_tries_high_speed_lines() -> None:
    from routes.gazetteer import open_gazetteer
    from routes.network import measure_between

    g = open_gazetteer()
    london, paris = g.resolve("London").place, g.resolve("Paris").place
    measures = measure_between(london, paris, ["rail"])
    assert measures["rail"].km == pytest.approx(488.6, abs=0.5)


def test_ranges_show_enough_decimals_to_differ() -> None:
    assert _range(3.6, 4.0, "h") == "3.6–4.0 h"
    assert _range(12.0, 14.0, "h") == "12–14 h"
    assert _span(488.6, 489.1) == "488.6–489.1"
    assert _span(1200.0, 1350.0) == "1,200–1,350"
