"""Clocks and times told relative to each other: each place keeps its own time zone, an arrival
told "17 hours later" does not take the departure's day, a delay is not a trip's length, and a
race ridden on bicycles is judged as a bicycle's. Every story here is constructed for the test.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from routes.checking import check_journey, envelope_for
from routes.models import Claim, Journey, Place
from routes.network import measure_journey
from routes.reading import read_story, read_text
from routes.reading._lexicon import zone_of

LONG_HAUL = (
    "Nonstop to London\n\n"
    "The Qantas flight left Perth on Sunday evening and landed in London 17 hours later, "
    "completing the 14,498-kilometre journey.\n"
)

RACE_STAGE = (
    "Stage seven\n\n"
    "The peloton rolled out of Mont-de-Marsan on Friday for a flat 170-kilometre stage of the "
    "Tour de France to Bordeaux.\n"
    "The winner covered the distance in just under four hours, at an average speed of "
    "43.5 km/h.\n"
)


def story(text: str, gazetteer: Any, date: str = "2024-03-10") -> Journey:
    return read_story([read_text(f"date {date}\n{text}", "constructed.txt")], gazetteer)


def claims(journey: Journey, kind: str) -> list[Claim]:
    return [c for c in journey.claims if c.kind == kind]


# -- time zones ------------------------------------------------------------------------------

def test_towns_and_curated_places_carry_their_own_zone(shared_gazetteer: Any) -> None:
    assert shared_gazetteer.resolve("Perth", country="AU").place.timezone == "Australia/Perth"
    assert shared_gazetteer.resolve("Vladivostok").place.timezone == "Asia/Vladivostok"
    # a curated station keeps the clock of the town it stands in
    station = shared_gazetteer.resolve("Beijing Railway Station").place
    assert station.timezone == "Asia/Shanghai"
    # a country spans zones: it has none of its own
    assert shared_gazetteer.resolve("Australia").place.timezone is None


def test_a_place_without_a_zone_keeps_its_longitudes_clock_not_the_machines() -> None:
    nowhere = Place("Somewhere at sea", -20.0, 75.0, "water")
    zone = zone_of(nowhere)
    assert zone.utcoffset(None) == timedelta(hours=5)
    assert "by longitude" in str(zone.tzname(None))
    listed = Place("Somewhere in Japan", 35.0, 135.0, "region", country="JP")
    assert str(zone_of(listed)) == "Asia/Tokyo"
    own = Place("Perth", -31.95, 115.86, "city", country="AU", timezone="Australia/Perth")
    assert str(zone_of(own)) == "Australia/Perth"


def test_a_departure_is_dated_in_the_clock_of_the_place_left(shared_gazetteer: Any) -> None:
    j = story(LONG_HAUL, shared_gazetteer)
    perth, london = j.stops
    assert perth.depart is not None and str(perth.depart.tzinfo) == "Australia/Perth"
    # "17 hours later": the arrival is not Sunday evening in London
    assert london.arrive is None


def test_the_verdicts_do_not_depend_on_the_machines_time_zone(tmp_path: Path) -> None:
    text = tmp_path / "story.txt"
    text.write_text(
        "date 2024-03-10\nA long way south\n\n"
        "The delegation left Quito early on Monday and arrived in Punta Arenas on Tuesday "
        "morning, a trip of about 5,000 kilometres.\n",
        encoding="utf-8",
    )
    outs = []
    for zone in ("UTC", "Asia/Tokyo"):
        env = {**os.environ, "TZ": zone}
        run = subprocess.run(
            [sys.executable, "-m", "cli.main", "check", str(text), "--format", "json"],
            capture_output=True, text=True, env=env, check=False,
            cwd=Path(__file__).resolve().parents[1],
        )
        assert run.returncode in (0, 1), run.stderr
        outs.append(json.loads(run.stdout))
    assert outs[0] == outs[1]
    stops = outs[0]["stops"]
    assert [s["name"] for s in stops] == ["Quito", "Punta Arenas"]
    # each in its own clock: Quito is UTC-5, Punta Arenas UTC-3
    assert stops[0]["depart"].endswith("-05:00") and stops[1]["arrive"].endswith("-03:00")


def test_weekdays_told_in_one_sentence_keep_their_order(shared_gazetteer: Any) -> None:
    # a Sunday story: "Monday" may be the next day, but not when "Tuesday" follows it
    j = story("South\n\nThe delegation left Quito early on Monday and arrived in Punta Arenas "
              "on Tuesday morning.\n", shared_gazetteer)
    quito, punta = j.stops
    assert quito.depart is not None and punta.arrive is not None
    assert (quito.depart.date().isoformat(), punta.arrive.date().isoformat()) == (
        "2024-03-04", "2024-03-05")
    # in order, Monday is still read as the day after a Sunday story (filed behind the events)
    j = story("North\n\nThe delegation left Lima on Saturday evening and reached Quito on "
              "Monday morning.\n", shared_gazetteer)
    lima, quito = j.stops
    assert lima.depart is not None and quito.arrive is not None
    assert (lima.depart.date().isoformat(), quito.arrive.date().isoformat()) == (
        "2024-03-09", "2024-03-11")


# -- times told relative to another ----------------------------------------------------------

def test_hours_later_after_a_landing_is_the_trips_length(shared_gazetteer: Any) -> None:
    j = story(LONG_HAUL, shared_gazetteer)
    (took,) = claims(j, "duration")
    assert (took.text, took.low, took.origin, took.destination) == (
        "17 hours", 17.0, "Perth", "London")
    check_journey(measure_journey(j))
    assert took.verdict == "consistent"
    (far,) = claims(j, "distance")
    # airlines publish the great-circle distance of a route: it must fit the flight band
    assert far.verdict == "consistent"


@pytest.mark.parametrize("text", [
    "The ferry left Dover at noon and docked in Calais after 90 minutes at sea.",
    "The ferry left Dover at noon and docked in Calais 90 minutes later.",
])
def test_a_crossing_told_by_its_arrival(shared_gazetteer: Any, text: str) -> None:
    j = story("Crossing\n\n" + text + "\n", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Dover", "Calais"]
    assert j.legs[0].mode == "sea"
    (took,) = claims(j, "duration")
    assert (took.low, took.origin, took.destination) == (1.5, "Dover", "Calais")


@pytest.mark.parametrize("text", [
    "The train from Shenyang arrived in Beijing two hours late.",
    "The plane from Seoul landed in Tokyo 40 minutes early.",
    "He arrived in Beijing and left two days later for Shanghai.",
])
def test_a_delay_or_a_stay_is_not_a_trips_length(shared_gazetteer: Any, text: str) -> None:
    j = story("Arrivals\n\n" + text + "\n", shared_gazetteer)
    assert claims(j, "duration") == []


# -- bicycles ----------------------------------------------------------------------------------

def test_a_race_stage_is_judged_as_ridden(shared_gazetteer: Any) -> None:
    j = story(RACE_STAGE, shared_gazetteer, date="2023-07-07")
    assert [leg.vehicle for leg in j.legs] == ["bicycle"]
    check_journey(measure_journey(j))
    (speed,) = claims(j, "speed")
    assert speed.verdict == "consistent" and "bicycle" in speed.explanation


def test_the_bicycle_envelope_is_chosen_by_its_words() -> None:
    assert envelope_for("road", "bicycle").key == "bicycle"
    assert envelope_for("road", None).key == "car"
    bike = envelope_for("road", "bicycle")
    assert bike.high_kmh < envelope_for("road", None).high_kmh
