"""Property test: whatever journey story a newsroom pastes, ``routes check`` answers with a
checked journey or a one-line :class:`~routes.errors.RoutesError`, never an internal error.

The stories are assembled from parts a real story is made of (a dated header, a title, a few
sentences of who went where, when, how far and how long) so that most of them get past the
reader and exercise the clock, distance, duration and speed checks and the map, which random
text never reaches. The parts lean on the edges that have crashed before or may: days at
month, year and calendar ends, time zones on both sides of the date line, open-ended and
absurd figures, made-up places and typographic noise.

The search is derandomized with a fixed budget, so CI explores the same stories every run.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routes.errors import RoutesError
from routes.models import Journey

VERDICTS = ("consistent", "inconsistent", "unverifiable")

SUBJECTS = [
    "Kim Jong Un", "Angela Merkel", "Pope Francis", "The King", "The activist",
    "The prime minister", "The train", "The ferry", "Flight QF9", "He", "She", "They", "It",
    "Japan's trade minister", "The Nightjet from Vienna to Paris", "Li Wei",
]

CITIES = [
    "Pyongyang", "Beijing", "Vladivostok", "Hanoi", "Perth", "London", "Paris", "New York",
    "Los Angeles", "Moscow", "Quito", "Auckland", "Honolulu", "Anchorage", "Dandong",
]
LANDMARKS = [
    "Beijing Railway Station", "Great Hall of the People", "Pyongyang Railway Station",
    "Vladivostok Railway Station", "London St Pancras International", "Kazansky Station",
    "Buckingham Palace", "Pyongyang Sunan International Airport", "Tokyo Station",
    "Berlin Hauptbahnhof", "Kim Il Sung Square",
]
COUNTRIES = ["China", "North Korea", "Russia", "France", "Australia", "Ecuador", "New Zealand"]
MADE_UP = ["Xorblatt", "Port Quimble"]
PLACES = st.one_of(
    st.sampled_from(CITIES), st.sampled_from(LANDMARKS), st.sampled_from(COUNTRIES),
    st.sampled_from(MADE_UP),
)

# {p} and {q} are places; {f} is a figure
MOVES = [
    "left {p}", "departed {p}", "departed from {p}", "set off from {p}", "flew from {p} to {q}",
    "flew to {p}", "drove from {p} to {q}", "drove to {p}", "sailed from {p} to {q}",
    "sailed to {p}", "arrived in {p}", "landed in {p}", "reached {p}", "returned to {p}",
    "was back in {p}", "boarded a train in {p}", "boarded the ferry in {p}", "crossed into {p}",
    "visited {p}", "stopped in {p}", "headed for {p}", "travelled to {q} via {p}",
    "flew to {q} with a stopover in {p}", "arrived in {p} after a journey of {f} from {q}",
    "covered {f} between {p} and {q}", "travelled {f} from {p} to {q}", "flew home",
    "left for {p}", "arrived back in {p}", "spent two days in {p}", "went on to {p}",
    "took the train from {p} to {q}", "docked in {p}", "touched down in {p}",
    # phrasings a third review added: unplaced goals, diversions, asides, loops, routes
    "walked {f} to Palas de Rei",
    "flew from {p} to {q} but landed in Xorblatt after an engine fault",
    "left {p}, the port of {q},", "flew from {p} back to {q}, closing a loop of {f}",
    "covered the line between {p} and {q}", "rode in a carriage from {p} to {q}",
    "reached {q}, {f} after leaving {p}", "had spent Monday in {p}", "changed in {p} and {q}",
    "flew into {p} from {q}",
    # phrasings a fourth review added: told from the end, clocks by verbs, habits, calls
    "stepped off at {p}, ending a journey that began in {q} on Saturday",
    "left at 7:40 p.m. and arrived at 9:45 a.m.", "usually drives the {f} to {p}",
    "reached {p} {f} after setting out", "left {p}'s {q} at dawn",
    "took a train bound for {p}, which stopped only at {q}", "ran from {p} to {q}",
    "left the {p} and reached the {q} {f} later", "was airlifted to the hospital in {p}",
    "had left {p} before dawn and crossed into {q} in the morning",
]

FIGURES = [
    "about 1,200 km", "520 miles (840 kilometers)", "12 to 14 hours", "a 13-hour trip",
    "more than 20 hours", "at least 3 days", "less than an hour", "0 km",
    "an average of 60 km/h", "320 km/h", "1.5 million km", "999,999,999,999 km", "0.001 km",
    "0 hours", "a 0-hour trip", "25 minutes", "nearly 3,000 miles", "14 to 12 hours",
    "99999999999999999999 hours", "1e308 km", "more than 0 km/h", "up to 100,000 km/h",
    "two and a half days", "half an hour", "at most 1 minute", "a day-long ride", "-5 km",
    "a 24-hour journey", "0 km/h", "3 mph", "12 knots", "9,000 nautical miles",
    "an hour and a half", "10 hours 30 minutes", "17 km a day", "a 1,000,000,000-hour trip",
    "1,340 miles (3,200 km)", "0 miles (9 km)", "875 km in all, of which 467 km",
]
FIGURE_CLAUSES = [
    ", covering {f}", " after a journey of {f}", ", a trip of {f}", " in {f}", " ({f})",
    " at {f}", ", {f} away",
]

TIMES = [
    "on Monday", "on Tuesday", "on Saturday", "early on Tuesday", "late Monday",
    "on Jan. 7", "on 7 January 2019", "at 3 p.m.", "the next morning", "two days later",
    "17 hours later", "at midnight", "at 23:59", "on Feb. 29", "on 29 February 2020",
    "on 29 February 2019", "on Dec. 31", "on Jan. 1", "on 31 December 9999",
    "on 1 January 1", "on 12 March 1850", "in 2150", "at 24:00", "at 00:00 on Jan. 1",
    "on Sunday night", "a week later", "100 years later", "10,000 days later", "at 12 a.m.",
    "at noon on Saturday", "3,000,000 hours later", "at 3 p.m. local time (0600 GMT)",
    "on the night of Dec. 31", "at 11:59 p.m. on Dec. 31", "on Feb. 30", "on 31 April 2019",
    "at 25:00", "at 99 p.m.", "between 3 and 5 p.m.", "on Monday, Jan. 7, 2019",
    "at 0600 GMT", "overnight", "in the early hours of Jan. 1, 2000", "two hours late",
    "on Dec. 31, 1899", "a day earlier",
]

TITLES = [
    "A long way round", "The train to Beijing", "Flight delayed", "Back home",
    "Across the date line", "“Trip” — (part 2)",
]

SPECIAL_DATES = [
    date(2019, 1, 7), date(2020, 2, 29), date(2019, 2, 28), date(2019, 12, 31),
    date(2020, 1, 1), date(1, 1, 1), date(1, 1, 3), date(9999, 12, 31), date(9999, 12, 30),
    date(9999, 12, 25), date(1900, 3, 1),
]
DATES = st.one_of(st.sampled_from(SPECIAL_DATES), st.dates())


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One sentence of a journey story, optionally dressed in typographic noise."""
    subject = draw(st.sampled_from(SUBJECTS))
    move = draw(st.sampled_from(MOVES))
    figure = draw(st.sampled_from(FIGURES))
    body = move.format(p=draw(PLACES), q=draw(PLACES), f=figure)
    if draw(st.booleans()):
        clause = draw(st.sampled_from(FIGURE_CLAUSES))
        body += clause.format(f=draw(st.sampled_from(FIGURES)))
    when = draw(st.lists(st.sampled_from(TIMES), max_size=2))
    time_first: bool = draw(st.booleans())
    if when and time_first:
        text = f"{when[0][0].upper()}{when[0][1:]}, {subject[0].lower()}{subject[1:]} {body}"
        text += "".join(" " + w for w in when[1:])
    else:
        text = " ".join([subject, body, *when])
    text += draw(st.sampled_from([".", ".", "!", "", " ..."]))
    noise = draw(st.sampled_from(["", "quote", "paren", "dash", "repeat", "credit"]))
    if noise == "quote":
        text = f"“{text}” said an official."
    elif noise == "paren":
        text = text.replace(" ", " (reportedly) ", 1)
    elif noise == "dash":
        text = text.replace("-", "\u2013").replace(", ", " \u2014 ")
    elif noise == "repeat":
        text = f"{text} {text}"
    elif noise == "credit":
        text = f"({draw(st.sampled_from(['Reuters', 'AP', 'AFP']))}) {text}"
    return text


@st.composite
def stories(draw: st.DrawFn) -> str:
    """A whole story: the dated header, a title, then 1-5 sentences, paragraphs apart or not."""
    day = draw(DATES)
    title = draw(st.sampled_from(TITLES))
    body = draw(st.lists(sentences(), min_size=1, max_size=5))
    sep = draw(st.sampled_from([" ", "\n", "\n\n", "\n\n\n"]))
    return f"date {day.isoformat()}\n{title}\n\n{sep.join(body)}\n"


@cache
def gazetteer() -> Any:
    from routes.gazetteer import open_gazetteer

    return open_gazetteer()


def check_story(text: str) -> Journey | None:
    """The pipeline as ``routes check`` runs it; None when it refuses with a RoutesError.

    The reader turns its own crashes into a RoutesError saying "internal error ... please
    report it", which a fact-checker cannot act on: that is a crash too, reported with the
    original exception as its cause so the failure shows the line that broke.
    """
    from routes.pipeline import check_articles
    from routes.reading import read_text

    try:
        return check_articles([read_text(text, "story.txt")], gazetteer=gazetteer())
    except RoutesError as exc:
        if "internal error" in exc.message:
            raise AssertionError(exc.message) from exc.__cause__
        return None


def _aware(moment: datetime | None) -> bool:
    return moment is None or (moment.tzinfo is not None and moment.utcoffset() is not None)


def assert_well_formed(journey: Journey) -> None:
    """What every consumer of a checked journey relies on."""
    for claim in journey.claims:
        assert claim.verdict in VERDICTS, claim
        assert _aware(claim.time), claim
    for stop in journey.stops:
        assert _aware(stop.arrive) and _aware(stop.depart), stop
    for leg in journey.legs:
        assert _aware(leg.depart) and _aware(leg.arrive), leg


def render(journey: Journey) -> None:
    """The JSON contract is strict JSON and the map builds (both as the CLI writes them)."""
    from routes.mapping import build_map
    from routes.report import to_contract

    json.dumps(to_contract(journey), allow_nan=False)
    build_map(journey)


@settings(
    max_examples=1000,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(stories())
def test_any_journey_story_is_checked_or_refused(text: str) -> None:
    journey = check_story(text)
    if journey is None:
        return
    assert_well_formed(journey)
    render(journey)
