"""Dates and clock times in a sentence, resolved against the article's date.

Weekdays are resolved to the date in the window [anchor - 5 days, anchor + 1 day]: news is
written about the past week and, at most, the next day ("could return as soon as Thursday
morning" in a Wednesday story). "Yesterday", "today", "the next morning" resolve against the
article date and the last date the narrative set. Parts of the day become a representative
hour (morning 09:00, noon 12:00, lunch 12:30, early afternoon 13:30, afternoon 15:00, evening
and dinner 19:00, night 21:00, "early" a day 06:00) flagged in ``hour_text`` so the checker knows
they are approximate.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
PART_HOURS = {
    "early morning": 6.0, "morning": 9.0, "late morning": 11.0, "noon": 12.0, "midday": 12.0,
    "lunch": 12.5, "early afternoon": 13.5, "afternoon": 15.0, "late afternoon": 17.0,
    "early evening": 18.0, "evening": 19.0, "dinner": 19.0, "banquet": 19.0,
    "late evening": 21.0, "night": 21.0, "late night": 23.0, "midnight": 0.0, "early": 6.0,
    "breakfast": 8.0, "dawn": 6.0, "daybreak": 6.0, "dined": 19.0, "dining": 19.0,
    "sunrise": 6.0, "first light": 6.0, "dusk": 18.5, "sunset": 18.5, "nightfall": 19.0,
    # "during the night", "in the small hours": after midnight, not the evening's "night"
    "small hours": 2.0, "early hours": 3.0, "during night": 2.0,
}

_WD = "|".join(WEEKDAYS)
#: every name of a month, long or short, longest first, as a regex alternation
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = re.compile(
    rf"\b(?:(?P<early>early|late)\s+(?:on\s+)?)?(?P<wd>{_WD})"
    rf"(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    re.IGNORECASE,
)
_MONTHDAY = re.compile(
    rf"\b(?P<mon>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_NAMES})\b\.?"
    rf"(?:,?\s+(?P<year2>\d{{4}}))?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|last\s+night|this\s+morning|this\s+afternoon|"
    r"this\s+evening|that\s+(?:morning|afternoon|evening|night)|the\s+same\s+day|"
    r"(?:the\s+)?(?:next|following)\s+(?:morning|day|afternoon|evening)|"
    r"the\s+day\s+before|the\s+previous\s+day|the\s+night\s+before)\b",
    re.IGNORECASE,
)
_CLOCK = re.compile(
    r"\b(?:(?P<qual>by|around|about|at|before|after|shortly\s+after|shortly\s+before|until|"
    r"from|since)\s+)?(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)"
    r"(?![\w])|(?P<noon>noon|midday|midnight))",
    re.IGNORECASE,
)
#: a 24-hour clock time ("at 14:00", "07.30 local time", "21:00 GMT"): a two-digit hour with
#: minutes after "at", "by", "until"..., or any hour:minutes with a zone after it; "3:1" (a
#: score) or "14.5" (a decimal) are none
_CLOCK24 = re.compile(
    r"\b(?:(?P<qual>by|around|about|at|before|after|shortly\s+after|shortly\s+before|until|"
    r"from|since)\s+(?P<h>[01]\d|2[0-3])[:.](?P<m>[0-5]\d)(?![\d.:]|\s*(?:a\.?m|p\.?m)\b)"
    r"|(?P<h2>[01]?\d|2[0-3])[:.](?P<m2>[0-5]\d)\s+(?:local\s+time|GMT|UTC|hours|hrs)\b)",
    re.IGNORECASE,
)
_PART = re.compile(
    r"\b(?P<prep>in|during|by)\s+the\s+(?P<part>(?:early|late|small)\s+)?"
    r"(?P<p>morning|afternoon|evening|night|hours)\b"
    r"|\b(?P<meal>lunch|dinner|banquet|breakfast|dined|dining)\b"
    r"|\b(?:at|by|before|after|around)\s+(?P<edge>dawn|daybreak|sunrise|first\s+light|dusk|"
    r"sunset|nightfall)\b",
    re.IGNORECASE,
)
#: a verb of reporting right before a weekday: the day the news was told, not the day of what
#: it tells ("made a surprise visit to Beijing this week, ... state media said Wednesday")
_SAID_ON = re.compile(r"\b(?:said|says|reported|reports|announced|announces|confirmed|"
                      r"confirms)\s+(?:on\s+)?$", re.IGNORECASE)
_BACKGROUND = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|summer|spring|autumn|fall|winter|decade)\b|"
    r"\b(?:in|since|last)\s+(?:" + MONTH_NAMES + r")\b(?!\.?\s+\d)|\bin\s+(?:19|20)\d\d\b|"
    r"\b(?:years|months)\s+ago\b|"
    # (not "the longest trip Kim has made since taking power", "his first trip abroad since
    # taking office": a comparison with the past, told of the story's own trip)
    r"^(?!.*\b(?:first|longest|farthest|furthest|biggest|largest|only|most)\b[^.;]{0,60}"
    r"\bsince\s+(?:assuming|taking|coming)\b).*?\bsince\s+(?:assuming|taking|coming)\b|"
    # "In those days the train ... ran on a southern route through Regina", after a
    # honeymoon in June 1965
    r"\bin\s+those\s+days\b|\bback\s+then\b|"
    # "For that trip, Kim spent more than 60 hours on his train": a trip told before, as
    # "that" points back to one (the story's own is "the trip")
    r"^\W*(?:for|on|during)\s+that\s+(?:trip|visit|journey|tour|voyage|flight)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TimeInfo:
    """When a sentence says something happened (as far as its words tell)."""

    day: date | None = None
    hour: float | None = None  # local hour, 0-24
    hour_text: str = ""  # the words that gave the hour ("around noon", "dinner")
    day_text: str = ""  # the words that gave the day ("Tuesday", "Jan. 7, 2019")
    qualifier: str | None = None  # "by", "around", "early", ...
    background: bool = False  # the sentence is about another time (last year, in May)
    relative: bool = False  # "the next morning": resolved from the narrative


#: a whole date as a header or a dateline writes it: "Feb. 26, 2019", "26 February 2019",
#: "Tuesday, February 26, 2019", "2019-02-26"
_WRITTEN_DATE = re.compile(
    rf"(?:(?:{_WD})\.?,?\s+)?(?:(?P<mon>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"\s+(?P<year>(?:19|20)\d\d)|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{MONTH_NAMES})"
    rf"\.?,?\s+(?P<year2>(?:19|20)\d\d)|(?P<iso>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d))\b",
    re.IGNORECASE,
)


def written_date(text: str) -> tuple[date, re.Match[str]] | None:
    """The first whole date written in ``text`` (with its match), if it is a real day: a
    header's publication date, which every weekday of the story is counted from."""
    for m in _WRITTEN_DATE.finditer(text):
        if m["iso"]:
            y, mo, d = int(m["iso"]), int(m["m3"]), int(m["d3"])
        else:
            y = int(m["year"] or m["year2"])
            mo = MONTHS[(m["mon"] or m["mon2"]).casefold()]
            d = int(m["day"] or m["day2"])
        try:
            return date(y, mo, d), m
        except ValueError:  # "Feb. 30, 2019": not a day
            continue
    return None


def _add_days(d: date, n: int) -> date | None:
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return None


def resolve_weekday(weekday: int, anchor: date, ahead: bool = False) -> date:
    """The date of ``weekday`` (0 = Monday) in [anchor - 5 days, anchor + 1 day]; with
    ``ahead`` (a sentence about what is due: "He is due back in Berlin on Saturday"), in
    [anchor - 1 day, anchor + 5 days] (a plan told the day after it began: "is expected to
    spend four days, entering Monday and leaving Thursday" in a Tuesday story)."""
    delta = (weekday - anchor.weekday()) % 7  # 0..6 days ahead
    if (delta > 1 and not ahead) or (ahead and delta == 6):
        delta -= 7
    try:
        return anchor + timedelta(days=delta)
    except OverflowError:  # at the ends of the calendar: the anchor day itself
        return anchor


#: a word any time expression needs; matched on the lower-cased sentence (WEEKDAYS and
#: MONTHS are lower case), several times faster than a case-insensitive search
_ANY = re.compile(
    rf"\d|\b(?:{_WD}|{MONTH_NAMES}|yesterday|today|tonight|tomorrow|last|this|next|following|days?|"
    r"then|previous|night|noon|midday|midnight|morning|afternoon|evening|lunch|dinner|banquet|"
    r"breakfast|dined|dining|since|ago|years?|months?|summer|spring|autumn|fall|winter|dawn|"
    r"daybreak|sunrise|light|dusk|sunset|nightfall|hours)\b",
)

#: Words one of which every match of a pattern contains (lower case), so that a sentence
#: without any is not searched: a substring test costs far less than a case-insensitive
#: search. Months are tested by their first three letters ("sept" and "june" hold them).
_MON3 = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RELATIVE_WORDS = ("yesterday", "today", "tonight", "tomorrow", "last", "this", "next",
                   "following", "day", "previous", "night", "that ", "same day")
_NOON_WORDS = ("noon", "midday", "midnight")
_AMPM_WORDS = ("am", "pm", "a.m.", "p.m.")
_PART_WORDS = ("morning", "afternoon", "evening", "night", "lunch", "dinner", "banquet",
               "breakfast", "dined", "dining", "dawn", "daybreak", "sunrise", "first light",
               "dusk", "sunset", "nightfall", "small hours", "early hours")
#: a month and year: "in June 1965"
_MONTH_YEAR = re.compile(r"\bin\s+(?:" + MONTH_NAMES + r")\.?\s+((?:1[89]|20)\d\d)\b",
                         re.IGNORECASE)
_BACKGROUND_WORDS = ("year", "month", "summer", "spring", "autumn", "fall", "winter", "decade",
                     "since", "that ", "those days", "back then", *_MON3)
_DIGIT = re.compile(r"\d")
#: The only characters besides ASCII letters that a case-insensitive search matches to an
#: ASCII letter (İ, ı, ſ and the Kelvin sign; see tests): a sentence with none of them
#: matches a pattern's letters only where its lower-cased text holds them.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


#: a sentence about what is still to come: its weekdays are ahead of the article's date
#: (not "a scheduled 51-hour trip", "delayed due to snow" or "the next morning": a timetable, a
#: cause and a day after another are no plan)
_AHEAD = re.compile(r"\b(?:will|(?:is|are|was|were)\s+due|due\s+(?:in|at|back|on|to\s+(?:arrive|"
                    r"leave|depart|return|reach|land|fly|travel|visit|meet|hold|begin|start|"
                    r"sail|dock))|expected|(?:is|are|was|were)\s+scheduled|scheduled\s+(?:to|for)|"
                    r"set\s+to|plans?\s+to|planned|is\s+to|are\s+to|hop(?:e|es|ed|ing)\s+to|"
                    r"next\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday)|upcoming)\b")


#: a weekday told as the one after the story's day: "the following Sunday"
_FOLLOWING = re.compile(r"\b(?:the\s+)?following\s+$")
#: a relative clause's opening, right before a future word: "a tour that will take him to
#: Ghana" tells the tour's future, not the day of the sentence's own verb ("left on Wednesday")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+)?$")


def tells_ahead(lowered: str) -> bool:
    """Whether the sentence tells a day to come: a future word outside a relative clause."""
    return any(_RELATIVE_BEFORE.search(lowered, max(0, m.start() - 30), m.start()) is None
               for m in _AHEAD.finditer(lowered))


def _has(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether the lower-cased sentence holds one of ``words`` (True when not tested)."""
    return low is None or any(w in low for w in words)


@functools.lru_cache(maxsize=4096)
def sentence_time(text: str, anchor: date | None, narrative: date | None) -> TimeInfo:
    """Resolve the date and hour a sentence gives; ``anchor`` is the article date,
    ``narrative`` the last date the story set (for "the next morning")."""
    lowered = text.lower()
    if not _ANY.search(lowered):
        return TimeInfo()
    # each search below is skipped when none of the words its matches need is present
    low = None if _ODD_CASE.search(text) else lowered
    digit = _DIGIT.search(text) is not None
    day: date | None = None
    day_text = ""
    hour: float | None = None
    hour_text = ""
    qual: str | None = None
    relative = False
    m = _MONTHDAY.search(text) if digit and _has(low, _MON3) else None
    if m:
        mon = MONTHS[(m["mon"] or m["mon2"]).casefold().rstrip(".")]
        dd = int(m["day"] or m["day2"])
        yy = m["year"] or m["year2"]
        year = int(yy) if yy else (anchor.year if anchor else None)
        if year is not None:
            if not yy and anchor and mon > anchor.month + 6:
                year -= 1  # "Dec. 30" in a January story
            try:
                day = date(year, mon, dd)
                day_text = m[0].strip()
            except ValueError:
                day = None
    w = _WEEKDAY.search(text) if _has(low, WEEKDAYS) else None
    while w is not None and _SAID_ON.search(text, max(0, w.start() - 20), w.start()):
        w = _WEEKDAY.search(text, w.end())  # "state media said Wednesday": the report's day
    if w and day is None:
        base = anchor or narrative
        if base is not None:
            wd = WEEKDAYS.index(w["wd"].casefold())
            if narrative is not None and _FOLLOWING.search(lowered, max(0, w.start() - 16),
                                                           w.start()):
                # "arriving in Vladivostok the following Sunday": the first Sunday after the
                # day the story is on, not the one the article's date is nearest
                day = narrative + timedelta(days=(wd - narrative.weekday() - 1) % 7 + 1)
                relative = True
            else:
                day = resolve_weekday(wd, base, ahead=tells_ahead(lowered))
                if (anchor is not None and day >= anchor
                        and lowered[max(0, w.start() - 9):w.start()].endswith(
                            ("last ", "previous "))):
                    # "The ship left Seattle last Friday", in a Friday story: a week before
                    # (and "the previous Wednesday", in a Tuesday story: not the day after)
                    day -= timedelta(days=7)
            day_text = w[0].strip()
    if w:
        if w["part"]:
            key = f"{w['early'].casefold()} {w['part'].casefold()}" if w["early"] else w["part"]
            hour = PART_HOURS.get(key.casefold(), PART_HOURS[w["part"].casefold()])
            hour_text = w[0].strip()
        elif w["early"]:
            hour = PART_HOURS["early"] if w["early"].casefold() == "early" else 21.0
            hour_text = w[0].strip()
            qual = w["early"].casefold()
    r = _RELATIVE.search(text) if _has(low, _RELATIVE_WORDS) else None
    if r and day is None:
        rel = " ".join(r["rel"].casefold().split())
        relative = True
        if rel in ("yesterday", "last night") and anchor:
            day = _add_days(anchor, -1)
        elif rel in ("today", "tonight") or rel.startswith("this "):
            day = anchor
        elif rel == "tomorrow" and anchor:
            day = _add_days(anchor, 1)
        elif (rel.startswith("that ") or rel == "the same day") and narrative:
            # "reached Kamloops that evening", "landed in Honolulu at 10:35 a.m. the same
            # day" (local time, across the date line): the day the story is on
            day = narrative
        elif ("next" in rel or "following" in rel) and narrative:
            day = _add_days(narrative, 1)
        elif ("before" in rel or "previous" in rel) and narrative:
            day = _add_days(narrative, -1)
        day_text = r[0].strip() if day else ""
        if hour is None:
            for part in ("morning", "afternoon", "evening", "night"):
                if part in rel:
                    hour = PART_HOURS[part]
                    hour_text = r[0].strip()
    c = _CLOCK.search(text) if _has(low, _NOON_WORDS) or (
        digit and _has(low, _AMPM_WORDS)) else None
    if c:
        if c["noon"]:
            hour = PART_HOURS[c["noon"].casefold()]
            if hour == 0.0 and c["qual"] and "before" in c["qual"].casefold():
                hour = 23 + 59 / 60  # "shortly before midnight": the end of that day
        else:
            hh = int(c["h"]) % 12
            if c["ampm"].casefold().startswith("p"):
                hh += 12
            hour = hh + (int(c["m"]) / 60 if c["m"] else 0.0)
        hour_text = c[0].strip()
        qual = " ".join(c["qual"].casefold().split()) if c["qual"] else qual
    if hour is None and digit and (":" in text or "." in text):
        c24 = _CLOCK24.search(text)
        if c24:
            h24, m24 = (c24["h"], c24["m"]) if c24["h"] else (c24["h2"], c24["m2"])
            hour = int(h24) + int(m24) / 60
            hour_text = c24[0].strip()
            qual = " ".join(c24["qual"].casefold().split()) if c24["qual"] else qual
    if hour is None:
        p = _PART.search(text) if _has(low, _PART_WORDS) else None
        if p:
            key = (p["part"] or "") + (p["p"] or p["meal"] or p["edge"] or "")
            if p["p"] and p["p"].casefold() == "night" and not p["part"] and (
                    p["prep"] or "").casefold() == "during":
                key = "during night"
            hour = PART_HOURS.get(" ".join(key.casefold().split()))
            hour_text = p[0].strip() if hour is not None else ""
    # (a weekday the story names is this week's, whether or not a date lets it be counted:
    # "set out ... in August last year, arrived in Mecca on Tuesday" tells the arrival)
    background = day is None and w is None and (
        digit or _has(low, _BACKGROUND_WORDS)) and bool(_BACKGROUND.search(text))
    if day is None and digit and not background and anchor is not None:
        # "In June 1965 she and her late husband took the Canadian": a month of a year before
        # the story's
        told = _MONTH_YEAR.search(text)
        background = told is not None and int(told[1]) < anchor.year
    return TimeInfo(day, hour, hour_text, day_text, qual, background, relative)
