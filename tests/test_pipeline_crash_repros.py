"""Stories that crash ``routes check`` with an internal error, each cut down to the fewest words
that still crash it (found by tests/test_pipeline_props.py).

Each used to end in an OverflowError: a date or time window computed past the calendar
(routes/checking/_clock.py, routes/reading/_story.py). Now such a time is "unverifiable" with a
reason, and the story is checked otherwise.

All of them are dates past what Python's datetime can hold (years 1..9999): a story dated
9999-12-31, a day told as "31 December 9999", a midnight on 1 January of year 1, or a trip of
more hours than a timedelta holds. Clerical slips like these reach a newsroom tool too, and a
fact-checker can act on "the date is out of range" but not on "internal error".
"""

from __future__ import annotations

from tests.test_pipeline_props import assert_well_formed, check_story, render


def _check(text: str) -> None:
    journey = check_story(text)
    if journey is not None:
        assert_well_formed(journey)
        render(journey)


def test_story_dated_on_the_last_day_python_knows() -> None:
    _check("date 9999-12-31\nA trip\n\nKim left Beijing.\n")


def test_departure_on_the_last_day_python_knows() -> None:
    _check("date 2019-01-07\nA trip\n\nKim left Beijing on 31 December 9999.\n")


def test_departure_at_the_first_midnight_python_knows() -> None:
    _check("date 0001-01-01\nA trip\n\nKim left Beijing at 12 a.m. on Jan. 1.\n")


def test_second_departure_on_the_last_day_python_knows() -> None:
    _check(
        "date 2019-01-07\nA trip\n\n"
        "The train set off from Kazansky Station at 3 p.m. on 31 December 9999. "
        "It set off from Vladivostok Railway Station at 3 p.m. on 31 December 9999.\n"
    )


def test_arrival_after_more_hours_than_a_timedelta_holds() -> None:
    _check(
        "date 2019-01-07\nA trip\n\n"
        "Kim left Pyongyang at 8 a.m. on Monday and arrived in Beijing at 9 a.m. on Tuesday "
        "after a journey of 100,000,000,000 hours.\n"
    )


def test_arrival_on_the_first_day_python_knows() -> None:
    _check("date 0001-01-01\nA trip\n\nKim left Beijing and arrived in Dandong on Jan. 1.\n")


def test_en_route_early_on_the_first_day_python_knows() -> None:
    _check(
        "date 0001-01-01\nA trip\n\n"
        "Kim's train was en route from Beijing to Dandong by 1 a.m. on Jan. 1.\n"
    )


def test_arrival_window_past_the_last_day_python_knows() -> None:
    _check(
        "date 9999-12-30\nA trip\n\n"
        "Kim left Beijing at midnight on Dec. 31. He arrived in Dandong at 3 a.m. on Dec. 31.\n"
    )
