"""A story saved from the web carries its day in its header, not in a "date" line: a dateline
with the day ("HANOI (Feb. 26, 2019) -", "NEW DELHI, Feb. 15, 2019 (AP) -") or a line of its
own ("Published: February 26, 2019", "Updated 10:31 AM ET, Tue February 26, 2019"). That day
is what the story's weekdays are counted from: without it, a story told from its arrival
("arrived in Kyiv on Friday ... had flown to Warsaw on Wednesday") keeps the order it is told
in. Every story here is constructed for the test.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from routes.checking import check_journey
from routes.network import measure_journey
from routes.reading import read_story, read_text
from tests.stories import claim_told, stops, undated_story


@pytest.mark.parametrize(("header", "day"), [
    ("KYIV, Ukraine (Aug. 23, 2024) - Modi arrived.", date(2024, 8, 23)),
    ("NEW DELHI, Feb. 15, 2019 (AP) - Modi spoke.", date(2019, 2, 15)),
    ("HANOI, 26 February 2019 - Kim arrived.", date(2019, 2, 26)),
    ("Kim arrives\nPublished: February 26, 2019\n\nKim arrived in Hanoi.", date(2019, 2, 26)),
    ("Updated 10:31 AM ET, Tue February 26, 2019\nKim arrives\n\nKim arrived.",
     date(2019, 2, 26)),
    ("Kim arrives\nTuesday, February 26, 2019\n\nKim arrived in Hanoi.", date(2019, 2, 26)),
    ("Kim arrives\n2019-02-26\n\nKim arrived in Hanoi.", date(2019, 2, 26)),
])
def test_a_header_or_dateline_gives_the_day(header: str, day: date) -> None:
    art = read_text(header, "a.txt")
    assert art.date == day
    assert "2019" not in art.text and "2024" not in art.text


def test_the_users_date_line_wins_over_the_header() -> None:
    art = read_text("date 2019-03-01\nPublished: February 26, 2019\n\nKim arrived.", "a")
    assert art.date == date(2019, 3, 1)


def test_the_first_date_told_in_the_header_is_the_day() -> None:
    art = read_text("Published: February 26, 2019\nUpdated: February 28, 2019\n\nKim left.",
                    "a")
    assert art.date == date(2019, 2, 26)


@pytest.mark.parametrize("text", [
    # a headline with a date in it is the title, not a date line
    "Kim in Hanoi on Feb. 26, 2019\n\nKim arrived in Hanoi.",
    # a day that is not a day
    "Published: February 30, 2019\n\nKim arrived in Hanoi.",
    # a date in a sentence is the story's, not the publication's
    "Kim arrived in Hanoi.\n\nHe met Trump on February 26, 2019.",
])
def test_what_is_no_publication_date(text: str) -> None:
    assert read_text(text, "a").date is None


def test_a_line_of_a_date_alone_below_the_lede_is_the_day() -> None:
    # a page copied from the web: the date below the first paragraph
    art = read_text("Kim leaves Beijing\n\nBEIJING, Jan 9 (Reuters) - Kim left Beijing on "
                    "Wednesday.\n\nJanuary 9, 2019\n\nHe had arrived on Tuesday.", "a")
    assert art.date == date(2019, 1, 9)
    assert "2019" not in art.text


def test_a_wire_dateline_without_a_year_is_still_a_dateline() -> None:
    # "BEIJING, Jan 9 (Reuters) -": the town is the dateline's; with no year no day is read
    art = read_text("BEIJING, Jan 9 (Reuters) - Kim left Beijing.", "a")
    assert (art.dateline, art.date, art.text) == ("BEIJING", None, "Kim left Beijing.")


MODI = ("Modi takes overnight train to Kyiv\n\n"
        "KYIV, Ukraine (Aug. 23, 2024) - Indian Prime Minister Narendra Modi arrived in Kyiv on "
        "Friday after a 10-hour train journey from Poland.\n\n"
        "Modi had flown to Warsaw on Wednesday for talks with Polish leaders. On Thursday "
        "evening he travelled to Przemysl near the border and boarded the overnight train "
        "there. The rail journey from the border to the Ukrainian capital is about 600 "
        "kilometres.")


def test_a_story_told_from_its_arrival_runs_in_the_order_travelled(
        shared_gazetteer: Any) -> None:
    # the dateline's day places Wednesday, Thursday and Friday: Warsaw, Przemysl, Kyiv (and
    # "had flown to Warsaw on Wednesday" is no flight from Kyiv, reached on Friday)
    j = undated_story(MODI, shared_gazetteer)
    assert stops(j) == ["Warsaw", "Przemysl", "Kyiv"]
    rail = claim_told(j, "about 600 kilometres")
    assert (rail.origin, rail.destination, rail.verdict) == ("Przemysl", "Kyiv", "consistent")


def test_a_trip_from_a_country_leaves_from_its_last_stop_there(shared_gazetteer: Any) -> None:
    # "a 10-hour train journey from Poland" to Kyiv: from Przemysl, where the trip left
    # Poland (it had been unplaced; and with the country's first stop, from Warsaw)
    j = undated_story(MODI, shared_gazetteer)
    train = claim_told(j, "10-hour train")
    assert (train.origin, train.destination) == ("Przemysl", "Kyiv")


def test_a_goal_told_in_the_past_perfect_keeps_its_own_day(shared_gazetteer: Any) -> None:
    # the same story with its day given by the user: the order is the days', not the telling's
    body = MODI.split("\n\n", 1)[1].replace("KYIV, Ukraine (Aug. 23, 2024) - ", "")
    j = check_journey(measure_journey(read_story(
        [read_text(f"date 2024-08-23\n{body}", "t.txt")], shared_gazetteer)))
    assert stops(j) == ["Warsaw", "Przemysl", "Kyiv"]
    assert [leg.mode for leg in j.legs][-1] == "rail"


def test_a_weekday_keeps_a_sentence_out_of_the_background_with_no_date(
        shared_gazetteer: Any) -> None:
    # "set out ... in August last year ... arrived in Mecca on Tuesday": the weekday is this
    # week's, whether or not a date lets it be counted (the sentence had been background, and
    # the story's only stop the Calais of the next sentence)
    text = ("A British man who set out on foot from Wolverhampton in August last year arrived "
            "in Mecca on Tuesday, after walking about 6,500 kilometres through 9 countries.\n\n"
            "He crossed into France at Calais and walked through Italy, Greece and Turkey.")
    j = undated_story(text, shared_gazetteer)
    assert stops(j)[0] == "Wolverhampton" and stops(j)[-1] == "Makkah"
    assert claim_told(j, "about 6,500 kilometres").verdict == "consistent"
