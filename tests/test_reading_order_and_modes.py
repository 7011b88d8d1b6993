"""Order of stops told with days, the mode of a leg to a stop on the way, and a story with no
figures in the human report. Every story is constructed for the test (none is taken from an
article).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.main import app
from routes.models import Journey
from routes.reading import read_story, read_text


def story(text: str, gazetteer: Any) -> Journey:
    return read_story([read_text(f"date 2024-03-10\nTrip\n\n{text}\n", "constructed.txt")],
                      gazetteer)


@pytest.mark.parametrize(("text", "expected"), [
    # the goal told with a later day is reached after the one told first, though it is nearer
    # to the start (Porto is nearer to Madrid than Lisbon)
    ("The minister flew from Madrid to Lisbon on Friday and drove on to Porto on Saturday.",
     ["Madrid", "Lisbon", "Porto"]),
    ("The minister flew from Madrid to Lisbon on Friday. She drove on to Porto on Saturday.",
     ["Madrid", "Lisbon", "Porto"]),
    # two places told for the same day keep the order of the telling
    ("The family left Athens on March 3 and reached Thessaloniki early the next morning. "
     "A bus took them north to Belgrade, and on March 8 they reached Subotica.",
     ["Athens", "Thessaloniki", "Belgrade", "Subotica"]),
])
def test_days_told_keep_the_stops_in_order(text: str, expected: list[str],
                                           shared_gazetteer: Any) -> None:
    assert [s.place.name for s in story(text, shared_gazetteer).stops] == expected


def test_a_stop_on_the_way_is_reached_the_way_its_sentence_tells(shared_gazetteer: Any) -> None:
    j = story("The writer left Cairo by sleeper train on Friday evening and reached Aswan on "
              "Saturday. On Sunday she flew from Aswan to Heraklion via Athens.",
              shared_gazetteer)
    assert [(leg.origin, leg.destination, leg.mode) for leg in j.legs] == [
        ("Cairo", "Aswan", "rail"), ("Aswan", "Athens", "air"), ("Athens", "Heraklion", "air")]


def test_a_story_with_no_figures_says_so(tmp_path: Path) -> None:
    path = tmp_path / "weekend.txt"
    path.write_text("date 2024-03-10\nWeekend\n\nThe minister flew from Madrid to Lisbon and "
                    "drove on to Porto.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "No distances, durations or speeds reported." in result.stdout
    assert "Reported figures" not in result.stdout
    md = CliRunner().invoke(app, ["check", str(path), "--format", "markdown"])
    assert "No distances, durations, speeds or times reported." in md.stdout
    assert "| figure |" not in md.stdout


@pytest.mark.parametrize("text", [
    "The family left Athens on March 3 and reached Thessaloniki early the next morning.",
    "The family left Athens by bus on March 3 and reached Thessaloniki, about 500 km to the "
    "north, early the next morning.",
    "The family left Athens on March 3. They reached Thessaloniki early the next morning.",
])
def test_the_next_morning_is_after_the_day_told_before_it(text: str,
                                                          shared_gazetteer: Any) -> None:
    j = story(text, shared_gazetteer)
    arrive = j.stops[-1].arrive
    assert j.stops[-1].place.name == "Thessaloniki" and arrive is not None
    assert (arrive.month, arrive.day) == (3, 4)


def _places(text: str, gazetteer: Any) -> list[str]:
    j = read_story([read_text(text, "constructed.txt")], gazetteer)
    return [pm.place.name for pm in [*j.places, *j.other_places]]


@pytest.mark.parametrize(("text", "expected"), [
    # towns joined by "and" after a word of place are each a name, however small
    ("The train stops in Hilversum and Almelo.", ["Hilversum", "Almelo"]),
    ("The train stops in Hilversum, Almelo and Utrecht.", ["Hilversum", "Almelo", "Utrecht"]),
    # names joined by "and" with no word of place stay one name: a firm, people
    ("Marks and Spencer opened a store.", []),
    ("Chris Gard and Connie Yates spoke to reporters.", []),
])
def test_towns_joined_by_and(text: str, expected: list[str], shared_gazetteer: Any) -> None:
    assert _places(text, shared_gazetteer) == expected
