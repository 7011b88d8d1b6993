"""Reported figures in every form the press uses (issue 6), each converted exactly."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes.reading import find_figures, parse_number


def one(sentence: str) -> tuple[str, str, float | None, float | None, str | None]:
    figs = find_figures(sentence)
    assert len(figs) == 1, [f.text for f in figs]
    f = figs[0]
    return f.kind, f.text, f.low, f.high, f.qualifier


def test_two_units_at_once_are_one_figure_with_the_metric_value() -> None:
    kind, text, low, high, qual = one("Dandong, about 520 miles (840 kilometers) away")
    assert (kind, low, high, qual) == ("distance", 840.0, 840.0, "about")
    assert text == "about 520 miles (840 kilometers)"


def test_miles_alone_are_converted_exactly() -> None:
    assert one("some 100 miles away")[2] == pytest.approx(160.9344)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [("it takes 12 to 14 hours", 12, 14), ("a 12-14 hours ride", 12, 14),
     ("between 12 and 14 hours", 12, 14), ("12–14 hours", 12, 14),
     # (words joined by "and" had been one number: 7 + 8 = 15 hours)
     ("took between seven and eight hours", 7, 8), ("between one and two hours", 1, 2)],
)
def test_ranges(sentence: str, low: float, high: float) -> None:
    kind, _, lo, hi, _ = one(sentence)
    assert (kind, lo, hi) == ("duration", low, high)


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "qual"),
    [
        ("a 13-hour trip", "13-hour", 13, 13, None),
        ("a day-long ride back", "day-long", 8, 24, "day-long"),
        ("an hour-long meeting", "hour-long", 1, 1, "hour-long"),
        ("a one-hour meeting", "one-hour", 1, 1, None),
        ("a 30-minute tour", "30-minute", 0.5, 0.5, None),
    ],
)
def test_compound_adjectives(sentence: str, text: str, low: float, high: float,
                             qual: str | None) -> None:
    figs = find_figures(sentence)
    assert [(f.text, f.low, f.high, f.qualifier, f.compound) for f in figs] == [
        (text, low, high, qual, True)]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "qual"),
    [
        ("he spent more than a day there", 24, None, "more than"),
        ("a little more than a day in the capital", 24, 30, "a little more than"),
        ("toured it for about 30 minutes", 0.5, 0.5, "about"),
        ("for nearly two hours", 1.8, 2, "nearly"),
        ("in less than an hour", None, 1, "less than"),
        ("up to 50 km", None, 50, "up to"),
        ("at least 3 days", 72, None, "at least"),
    ],
)
def test_approximations_are_kept_as_qualifier_and_range(sentence: str, low: float | None,
                                                        high: float | None, qual: str) -> None:
    _, _, lo, hi, q = one(sentence)
    assert q == qual
    assert lo == (pytest.approx(low) if low is not None else None)
    assert hi == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [("an hour", 1), ("four hours", 4), ("twelve hours", 12), ("two and a half days", 60),
     ("half an hour", 0.5), ("an hour and a half", 1.5), ("twenty-five minutes", 25 / 60),
     ("a couple of hours", 2), ("1½ hours", 1.5), ("90 minutes", 1.5),
     ("5 1/2 hours", 5.5), ("2-1/2 days", 60), ("3 3/4 hours", 3.75)],
)
def test_words_as_numbers(sentence: str, hours: float) -> None:
    kind, _, lo, hi, _ = one(sentence)
    assert kind == "duration" and lo == pytest.approx(hours) and hi == pytest.approx(hours)


@pytest.mark.parametrize(
    ("sentence", "kmh"),
    [("at 50 km/h", 50), ("about 30 mph", 48.28032), ("60 miles per hour", 96.56064),
     ("a top speed of 100 kph", 100), ("12 knots", 22.224)],
)
def test_speeds(sentence: str, kmh: float) -> None:
    kind, _, lo, _, _ = one(sentence)
    assert kind == "speed" and lo == pytest.approx(kmh)


@pytest.mark.parametrize(
    "sentence",
    ["$300 billion of goods", "his 35th birthday", "Jan. 7, 2019", "in 2011",
     "a second summit", "the two countries", "four years ago", "2 p.m. Wednesday",
     "one of its luxury carriages", "an hour's drive is not a number of hours"],
)
def test_non_figures_are_ignored(sentence: str) -> None:
    figs = [f for f in find_figures(sentence) if f.kind != "duration" or "hour" not in f.text]
    assert figs == []


@pytest.mark.parametrize(
    ("words", "value"),
    [("twelve", 12), ("twenty-five", 25), ("one hundred and twenty", 120), ("a dozen", 12),
     ("1,200", 1200), ("2.5", 2.5), ("two and a half", 2.5), ("half an", 0.5), ("", None),
     ("banana", None)],
)
def test_parse_number(words: str, value: float | None) -> None:
    assert parse_number(words) == value


@given(st.text(max_size=300))
def test_find_figures_never_raises_and_ranges_are_ordered(text: str) -> None:
    for f in find_figures(text):
        assert f.unit in ("km", "h", "km/h")
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        assert text[f.start:f.end].strip()
