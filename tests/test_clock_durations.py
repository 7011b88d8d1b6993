"""A leaving and an arrival told by clock times on no day give the trip's duration
(routes/reading/_story.py, _clock_durations)."""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Claim, Journey
from routes.pipeline import check_articles
from routes.reading import read_text


def _checked(text: str, gazetteer: Any, dated: bool = True) -> Journey:
    head = "date 2025-06-16\n" if dated else ""
    return check_articles([read_text(f"{head}Trip\n\n{text}\n", "t.txt")], gazetteer=gazetteer)


def _durations(j: Journey) -> list[Claim]:
    return [c for c in j.claims if c.kind == "duration"]


@pytest.mark.parametrize("dated", [True, False])
def test_two_clocks_on_no_day_give_the_duration(shared_gazetteer: Any, dated: bool):
    j = _checked("The Bergen Line train left Oslo at 8:25 a.m. and reached Bergen just before "
                 "3:30 p.m., covering 496 kilometres.", shared_gazetteer, dated)
    (took,) = _durations(j)
    assert (took.origin, took.destination) == ("Oslo", "Bergen")
    assert took.text == "8:25 a.m. to before 3:30 p.m."
    # 7 h 5 min, less up to half an hour for "before"
    assert took.low == pytest.approx(6 + 35 / 60) and took.high == pytest.approx(7 + 5 / 60)
    assert took.verdict == "consistent"


def test_time_zones_and_midnight_are_allowed_for(shared_gazetteer: Any):
    # London 21:00 (UTC+1 in June) to Moscow 05:30 (UTC+3): 6.5 h, over midnight
    j = _checked("The plane left London at 9 p.m. and landed in Moscow at 5:30 a.m.",
                 shared_gazetteer)
    (took,) = _durations(j)
    assert took.low == pytest.approx(6.25) and took.high == pytest.approx(6.75)
    assert took.verdict == "consistent"
    # a flight that fast is called so
    fast = _checked("The plane left London at 9 p.m. and landed in Moscow at 11:15 p.m.",
                    shared_gazetteer)
    assert _durations(fast)[0].verdict == "inconsistent"


def test_no_duration_from_parts_of_the_day_or_from_days(shared_gazetteer: Any):
    vague = _checked("The train left Oslo in the morning and reached Bergen in the evening.",
                     shared_gazetteer)
    assert _durations(vague) == []
    dated = _checked("The train left Oslo at 8:25 a.m. on Monday and reached Bergen at 3:30 "
                     "p.m. on Monday.", shared_gazetteer)
    assert _durations(dated) == []  # told with a day, the times are checked as times
    assert any(c.kind == "time" for c in dated.claims)


def test_one_clock_and_the_next_day(shared_gazetteer: Any):
    # the only clock is the leaving's: no duration from it
    one = _checked("The ferry left Tallinn at 9 a.m. and reached Stockholm the next morning.",
                   shared_gazetteer, dated=False)
    assert _durations(one) == []
    # Tallinn is an hour ahead of Stockholm: 6 p.m. to 10 a.m. is 17 hours
    night = _checked("The ferry left Tallinn at 6 p.m. and reached Stockholm at 10 a.m. the "
                     "next morning.", shared_gazetteer)
    (took,) = _durations(night)
    assert took.low == pytest.approx(16.5) and took.high == pytest.approx(17.5)
    day = _checked("The ferry left Tallinn at 9 a.m. and reached Stockholm at 10 a.m. the next "
                   "day.", shared_gazetteer)
    assert _durations(day)[0].low == pytest.approx(25.5)
