"""Property tests: the reader never fails on arbitrary text except with a RoutesError, and
what it returns is consistent (every stop is a place, every leg joins two stops)."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routes.errors import RoutesError
from routes.reading import read_story, read_text, split_sentences
from routes.reading._text import decode_bytes
from tests.fakes_gazetteer import FakeGazetteer

GAZ = FakeGazetteer()

WORDS = st.sampled_from([
    "Kim", "left", "Beijing", "arrived", "in", "Dandong", "on", "Tuesday", "Jan.", "7", ",",
    "about", "520", "miles", "(840", "kilometers)", "away", "the", "state", "guest", "house",
    "12", "to", "14", "hours", "13-hour", "trip", "day-long", "ride", "Xi", "President",
    "said", "Pyongyang's", "Washington", "insists", ".", "by", "2", "p.m.", "Wednesday",
    "toured", "a", "factory", "for", "30", "minutes", "Great", "Hall", "of", "People", "He",
    "en", "route", "Kang", "Moon", "—", "“", "”", "\n", "twelve", "and", "half", "days",
    "50", "km/h", "mph", "next", "morning", "there", "around", "noon", "U.S.", "Mr.",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=80))
def test_story_like_text_never_raises_but_routes_errors(words: list[str]) -> None:
    text = " ".join(words)
    try:
        journey = read_story([read_text(text, "h.txt")], GAZ)
    except RoutesError:
        return
    place_keys = {pm.place.key for pm in journey.places}
    assert all(stop.place.key in place_keys for stop in journey.stops)
    assert len(journey.legs) == max(0, len(journey.stops) - 1)
    names = {stop.place.name for stop in journey.stops}
    for leg in journey.legs:
        assert leg.origin in names and leg.destination in names
    for c in journey.claims:
        assert c.kind in ("distance", "duration", "speed", "time")
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
        if c.kind == "time":
            assert c.time is not None and c.time.tzinfo is not None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_never_raises_but_routes_errors(text: str) -> None:
    with contextlib.suppress(RoutesError):
        read_story([read_text(text, "h.txt")], GAZ)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_decode_or_raise_routes_errors(data: bytes) -> None:
    try:
        text = decode_bytes(data, "b.bin")
    except RoutesError:
        return
    assert isinstance(text, str)


@given(st.text(max_size=400))
def test_sentences_point_back_into_the_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start:s.start + len(s.text)] == s.text


@settings(max_examples=60, deadline=None)
@given(st.dates(), st.sampled_from(["Monday", "yesterday", "the next morning", "Dec. 31",
                                    "Jan. 1, 2019", "by 2 p.m. Friday", "early Thursday"]))
def test_any_article_date_never_raises_but_routes_errors(day: object, when: str) -> None:
    text = (f"date {day}\nKim left Pyongyang {when} for Beijing. He arrived in Beijing {when}, "
            f"then left for Dandong, a 13-hour trip, and was en route to Pyongyang {when}.")
    with contextlib.suppress(RoutesError):
        journey = read_story([read_text(text, "d.txt")], GAZ)
        assert all(c.time is None or c.time.tzinfo is not None for c in journey.claims)
