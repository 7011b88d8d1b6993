"""Journey files: the format, its validation (line and field named), and merging fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from routes.errors import CoordinateError, InputFileError, JourneyFileError
from routes.journeyfile import default_legs, is_date_only, load_journey, merge_journeys
from routes.models import Claim, Journey, Place, PlaceMention, Stop

MINIMAL = """\
version: 1
title: Test trip
timezone: "+08:00"
stops:
  - place: Alpha
    lat: 39.90
    lon: 116.43
    depart: 2019-01-09T13:30
  - place: Beta
    lat: 40.12
    lon: 124.39
    arrive: 2019-01-10
claims:
  - kind: distance
    text: "about 520 miles"
    value: 520
    unit: miles
    qualifier: about
    from: Alpha
    to: Beta
    source: outlet.txt
  - kind: duration
    text: "90 minutes"
    value: 90
    unit: minutes
    from: Alpha
    to: Beta
"""


def write(tmp_path: Path, text: str, name: str = "j.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_minimal_file_loads_with_units_converted(tmp_path: Path) -> None:
    journey = load_journey(write(tmp_path, MINIMAL))
    assert journey.title == "Test trip"
    assert [s.place.name for s in journey.stops] == ["Alpha", "Beta"]
    distance, duration = journey.claims
    assert distance.low == pytest.approx(520 * 1.609344)
    assert distance.unit == "km" and distance.qualifier == "about"
    assert duration.low == pytest.approx(1.5) and duration.unit == "h"
    depart = journey.stops[0].depart
    assert depart is not None and depart.utcoffset() is not None
    assert depart.utcoffset().total_seconds() == 8 * 3600  # type: ignore[union-attr]
    assert is_date_only(journey.stops[1].arrive)
    assert len(journey.legs) == 1 and journey.legs[0].mode == "rail"


@pytest.mark.parametrize(
    ("text", "line", "field"),
    [
        ("version: 1\nstops:\n  - place: A\n    lat: 95\n    lon: 10\n", 4, "stops[0].lat"),
        (
            "version: 1\nstops:\n  - place: A\n    lat: 10\n    lon: 10\n    colour: red\n",
            6,
            "stops[0].colour",
        ),
        ("version: 1\nstops:\n  - place: A\n    lat: 10\n", 4, "stops[0].lat"),
        ("version: 1\nlegs:\n  - from: A\n    to: B\n    mode: teleport\n", 5, "legs[0].mode"),
        (
            "version: 1\nclaims:\n  - kind: distance\n    text: x\n    value: 3\n"
            "    unit: furlongs\n",
            6,
            "claims[0].unit",
        ),
        (
            "version: 1\nclaims:\n  - kind: distance\n    text: x\n    value: 3\n    unit: h\n",
            6,
            "claims[0].unit",
        ),
        (
            "version: 1\nstops:\n  - place: A\n    lat: 1\n    lon: 1\n    arrive: yesterday\n",
            6,
            "stops[0].arrive",
        ),
        ("version: 2\n", 1, "version"),
        ("version: 1\nversion: 1\n", 2, "version"),
    ],
)
def test_errors_name_line_and_field(tmp_path: Path, text: str, line: int, field: str) -> None:
    with pytest.raises(JourneyFileError) as info:
        load_journey(write(tmp_path, text))
    err = info.value
    assert err.line == line, str(err)
    assert err.field == field, str(err)
    assert f":{line}:" in str(err) and field in str(err)
    assert "\n" not in str(err)


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError) as info:
        load_journey(write(tmp_path, "version: 1\nstops: [\n  - place: A\n"))
    assert info.value.line is not None


def test_time_without_zone_is_refused_without_default(tmp_path: Path) -> None:
    text = (
        "version: 1\nstops:\n  - place: A\n    lat: 1\n    lon: 1\n    arrive: 2019-01-09T10:00\n"
    )
    with pytest.raises(JourneyFileError, match="no time zone"):
        load_journey(write(tmp_path, text))


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"\xff\xfe\xfa not utf8"])
def test_empty_binary_and_non_utf8_files_are_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(JourneyFileError):
        load_journey(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputFileError):
        load_journey(tmp_path / "nope.yaml")
    with pytest.raises(InputFileError):
        load_journey(tmp_path)


def test_names_without_coordinates_use_the_resolver(tmp_path: Path) -> None:
    seen: list[tuple[str, str | None]] = []

    def resolve(name: str, country: str | None, known: object) -> Place:
        seen.append((name, country))
        return Place(name=name, lat=1.0, lon=2.0, kind="city", id=f"t:{name}")

    text = "version: 1\nstops:\n  - place: Dandong\n    country: CN\n  - place: Pyongyang\n"
    journey = load_journey(write(tmp_path, text), resolve=resolve)
    assert seen == [("Dandong", "CN"), ("Pyongyang", None)]
    assert journey.stops[0].place.id == "t:Dandong"


def test_name_without_coordinates_or_resolver_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(JourneyFileError, match="no coordinates"):
        load_journey(write(tmp_path, "version: 1\nstops:\n  - place: Nowhere\n"))


def test_default_legs_use_road_inside_a_city_and_mark_the_return() -> None:
    pyongyang = Place("Pyongyang", 39.03, 125.75, "city", id="p")
    station = Place("Beijing Railway Station", 39.903, 116.427, "station", city="Beijing", id="s")
    hall = Place("Great Hall of the People", 39.9035, 116.3875, "venue", city="Beijing", id="h")
    stops = [Stop(pyongyang), Stop(station), Stop(hall), Stop(station), Stop(pyongyang)]
    legs = default_legs(stops, "rail")
    assert [(leg.mode, leg.direction) for leg in legs] == [
        ("rail", "outbound"),
        ("road", None),
        ("road", None),
        ("rail", "return"),
    ]


def test_merge_corrects_places_adds_claims_and_ignores_names() -> None:
    wrong = Place("Dandong", 10.0, 10.0, "city", id="wrong")
    right = Place("Dandong", 40.12, 124.39, "city", id="right")
    person = Place("Moon", 1.0, 1.0, "city", id="moon")
    read = Journey(
        places=[PlaceMention(wrong, ["Dandong"])],
        other_places=[PlaceMention(person, ["Moon"])],
        stops=[Stop(wrong)],
        claims=[Claim("distance", "840 km", "a.txt", 840, 840, "km")],
    )
    fixes = Journey(
        other_places=[PlaceMention(right, ["Dandong"])],
        claims=[Claim("duration", "13 hours", "fix.yaml", 13, 13, "h")],
    )
    merged = merge_journeys(read, fixes, ignore=["Moon"])
    assert merged.places[0].place.id == "right"
    assert merged.stops[0].place.id == "right"
    assert merged.other_places == []
    assert [c.text for c in merged.claims] == ["840 km", "13 hours"]


def test_example_journey_is_valid_without_network(tmp_path: Path) -> None:
    """The shipped example parses; names are resolved through the given resolver."""
    example = Path(__file__).resolve().parents[1] / "examples" / "kim-2019-beijing.yaml"

    def resolve(name: str, country: str | None, known: object) -> Place:
        return Place(name=name, lat=40.0, lon=120.0, kind="city", id=f"t:{name}")

    journey = load_journey(example, resolve=resolve)
    assert journey.stops[0].place.name == "Pyongyang"
    assert journey.stops[-1].place.name == "Pyongyang"
    kinds = sorted({c.kind for c in journey.claims})
    assert kinds == ["distance", "duration", "time"]
    with pytest.raises(CoordinateError):
        Place("x", 91.0, 0.0, "city")
