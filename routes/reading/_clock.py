"""When each stop was reached or left, from the days and clock times a story tells: the
clause a time belongs to ("arrived in Dandong at 10 p.m. and left at 6 a.m."), times told
after a trip or before a departure, weekdays told in order, nights and "a week earlier", and
the order of visits where the story tells none. The reader (routes/reading/_story.py) asks;
these functions only read the sentences and the observations they are given."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from routes.models import Place
from routes.reading._dates import (
    MONTH_NAMES,
    PART_HOURS,
    WEEKDAYS,
    TimeInfo,
    sentence_time,
    tells_ahead,
)
from routes.reading._figures import parse_number
from routes.reading._lexicon import zone_of
from routes.reading._motion import Action, motion_role
from routes.reading._observations import Obs, Visit
from routes.reading._sentence_records import Mention, Sentence

_CLAUSE_SPLIT = re.compile(
    r";|,?\s+(?:and|but|while)\s+(?=(?:could|would|will|may|might|should|then|later|the|he|"
    r"she|they|it|his|was|were|is|are|has|had|on\s+(?:monday|tuesday|wednesday|thursday|"
    # ("crossed into Russia at Khasan, and on Sept. 13 it reached the cosmodrome")
    r"friday|saturday|sunday|(?:" + MONTH_NAMES + r")\.?\s+\d+))\b)",
    re.IGNORECASE,
)


#: the same on lower-cased text (several times faster than a case-insensitive search)
_CLAUSE_SPLIT_LOW = re.compile(
    r";|,?\s+(?:and|but|while)\s+(?=(?:could|would|will|may|might|should|then|later|the|he|"
    r"she|they|it|his|was|were|is|are|has|had|on\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|(?:" + MONTH_NAMES + r")\.?\s+\d+))\b)",
)


#: a trip told as completed: "completing a", "finished their"
COMPLETED_A = (r"\b(?:completing|completed|finishing|finished|ending|ended|capping|capped)\s+"
               r"(?:a|an|the|his|her|their|its)\s+")


#: where a trip told as completed began: "completing a 30-day run from Hanoi"
_COMPLETED_FROM = re.compile(COMPLETED_A + r"[^,.;]{0,40}?\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


#: what joins a building to the town it stands in: "Hmeimim Air Base near Latakia"
_BUILDING_TOWN_GAP = re.compile(r",?\s+(?:near|outside|in|at|on\s+the\s+outskirts\s+of)\s+"
                                r"(?:the\s+(?:city|town|port)\s+of\s+)?")


def clause_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    low = text.lower()
    # lower-casing keeps offsets except for a few letters ("İ"): then search the text itself
    pattern, target = (_CLAUSE_SPLIT_LOW, low) if len(low) == len(text) else (_CLAUSE_SPLIT,
                                                                                text)
    for m in pattern.finditer(target):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def clause_time(text: str, clauses: list[tuple[int, int]], at: int, anchor: date | None,
                narrative: date | None) -> TimeInfo:
    """The time the clause holding offset ``at`` gives; a day stated in an earlier clause of
    the same sentence carries on ("on Tuesday ... met Xi, and the two later dined at ..."),
    a day in a later clause does not ("seen off at a station and could return Thursday")."""
    idx = 0
    for i, (a, b) in enumerate(clauses):
        if a <= at <= b:
            idx = i
            break
    a, b = clauses[idx]
    before: TimeInfo | None = None
    for j in range(idx - 1, -1, -1):
        pa, pb = clauses[j]
        prev = sentence_time(text[pa:pb], anchor, narrative)
        if prev.day is not None:
            before = prev
            break
    # "left Athens on March 3 and reached Thessaloniki early the next morning": the next
    # morning after the day of the clause before, not after the story's last one
    own = sentence_time(text[a:b], anchor, before.day if before is not None else narrative)
    if own.day is None and before is not None:
        return replace(own, day=before.day, day_text=before.day_text)
    return own


#: a goal gone back to, right before its name: "before returning to Kyiv", "flew back to"
BACK_TO = re.compile(r"\b(?:returning|returned|returns|return|back)\s+to\s+(?:the\s+)?$",
                     re.IGNORECASE)


#: a trip still to come, right before the place it goes to: "a trip that will take him to
#: Istanbul and Iznik before ending in Beirut", "is due to travel on to Paris" (not "would",
#: which narrates what did happen next: "he would go on to visit Rome")
#: what is said to be about to happen, after "is", "was": "due", "expected" ... "to"
PLAN_WORDS = r"(?:due|expected|scheduled|set|slated|planning|going)\s+to"


#: a leaving still to come: "was expected to leave Budapest Liszt Ferenc airport on Friday"
_PLANNED_LEAVING = re.compile(r"\b(?:will|(?:is|are|was|were)\s+" + PLAN_WORDS + r")\s+"
                              r"(?:leave|depart(?:\s+from)?|fly\s+out\s+of|set\s+off\s+from)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)


def leaving_is_planned(text: str, start: int) -> bool:
    return _PLANNED_LEAVING.search(text, max(0, start - 60), start) is not None


# ("Civitavecchia, the port for Rome, at 07:00": the clock after the apposition is the port's)
#: a place followed by how long after the clause's time it was reached: "17 hours later",
#: "after 17 hours in the air", "a day later"
#: "later that day", "later the same evening": on the day the clause told
_LATER_THAT_DAY = re.compile(r"[^.;]{0,40}?\blater\s+(?:that|the\s+same)\s+"
                             r"(?:(?P<part>morning|afternoon|evening|night)|day)\b", re.IGNORECASE)


#: a whole number of days or weeks later, right after a place: "returned to Rome four days
#: later", "reached Lhasa two weeks later"
_DAYS_LATER = re.compile(r"\s*(?:,\s*)?(?:about\s+|some\s+)?(?P<n>\d{1,2}|an?|one|two|three|four|"
                         r"five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                         r"(?P<unit>days?|weeks?)\s+later\b", re.IGNORECASE)


_LATER = re.compile(
    r"[^.;]{0,40}?\b(?P<rel>later|afterwards|the\s+(?:following|next)\s+(?:week|month)|"
    r"the\s+week\s+after|after\s+(?:about\s+|some\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|just\s+(?:over|under)\s+)?(?:\d[\d.,]*|an?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)[\s-]+(?:\w+\s+)?"
    r"(?:hours?|days?|minutes?|nights?)\b)", re.IGNORECASE)


#: a leaving told before an arrival in one sentence: the sentence's day may be the leaving's
_LEFT_BEFORE_ARRIVAL = re.compile(r"\b(?:left|leaves|leaving|departed|departing|departs|"
                                  r"set\s+(?:off|out|sail)|took\s+off|from)\b", re.IGNORECASE)


#: a verb of leaving or arriving with the clock time it was done at, told away from a place:
#: "left at 7:40 p.m. on Monday", "arrived at 9:45 a.m. on Tuesday"
_CLOCK_VERB = re.compile(
    r"\b(?:(?P<depart>left|departed|set\s+off|pulled\s+out)|(?P<arrive>arrived|pulled\s+in|"
    r"got\s+in|landed|docked))(?P<rest>\s+(?:at|around|about|shortly\s+(?:after|before)|just\s+"
    r"(?:after|before)|before|after)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|"
    r"midnight)(?:\s+(?:on|the\s+next|the\s+following)\s+\w+)?)", re.IGNORECASE)


def clock_verbs(text: str, here: list[Obs], located: list[Mention], anchor: date | None,
                narrative: date | None) -> dict[str, TimeInfo]:
    """The departure and arrival clocks a sentence tells by its verbs after every place it
    names (or with no place at all), when the places it names got no clock of their own; {}
    otherwise."""
    last = max((m.end for m in located), default=0)
    if any(o.hour is not None for o in here if o.action != "goal"):
        return {}
    out: dict[str, TimeInfo] = {}
    for m in _CLOCK_VERB.finditer(text, last):
        kind = "depart" if m["depart"] else "arrive"
        info = sentence_time(m["rest"], anchor, narrative)
        if info.hour is not None and kind not in out:
            out[kind] = info
    return out


#: a visit told as a noun, right before the town: "made a surprise visit to Beijing" (a stay
#: there, not a stop of its own beside the station the story then tells it arrived at)
_A_VISIT_TO = re.compile(r"\bvisit\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def told_as_a_visit(o: Obs) -> bool:
    """An undated "visit to Beijing": the stay as a whole, not a time in the city of its own."""
    return o.action == "visit" and o.day is None and _A_VISIT_TO.search(o.sentence, 0,
                                                                        o.at) is not None


#: a trip told after a place it reached, by the place it set off from: "after a journey that
#: began in", "after a voyage from", "after leaving"
_AFTER_A_TRIP_THAT = re.compile(r"\bafter\s+(?:(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
                                r"(?:journey|trip|voyage|relay|flight|ride|drive|trek|walk)\s+"
                                r"(?:that\s+|which\s+)?(?:began|started|set\s+off|from)|leaving|"
                                r"departing)\b", re.IGNORECASE)


#: a next thing done, told in a clause of its own after a place: ", and visited the"
_DONE_NEXT = re.compile(r",\s+and\s+(?:then\s+|later\s+)?(?!arriv|reach|land|dock|pull|touch)"
                        r"[a-z]+ed\b")


def own_clock(text: str, clauses: list[tuple[int, int]], end: int, after: int,
              info: TimeInfo, anchor: date | None, narrative: date | None) -> TimeInfo:
    """The clock time or day told right after a place, before the next place of its clause:
    "left Tokyo at 6 a.m. on Friday and reached Osaka at 8:15 a.m." gives Osaka 8:15, not the
    clause's first time. Where nothing is told there, the clause's time stands."""
    b = next((b for a, b in clauses if a <= end <= b), len(text))
    segment = text[end:min(after, b)]
    done_next = _DONE_NEXT.search(segment)
    if done_next is not None:
        # "travelled on to Seoul, about 1,150 km away, for talks ..., and visited the
        # demilitarized zone on Thursday": the day of the next thing done, not Seoul's
        segment = segment[:done_next.start()]
    later = _LATER.match(segment)
    if later is not None and info.day_text and (at := segment.find(info.day_text)) >= 0 and (
            at + len(info.day_text) <= later.start("rel")):
        # "arrived in Washington on Wednesday after a day in New York": the day is told with
        # the place, before the time that passed; it is the place's own
        later = None
    if later is not None:
        same = _LATER_THAT_DAY.match(segment)
        if same is not None and info.day is not None:
            # "crossed at Khasan early on Tuesday ... and arrived in Vladivostok later that
            # day": the clause's day, at an hour it does not tell (placed after the day's
            # times told before it), or the part of the day it names
            part = (same["part"] or "").casefold()
            return TimeInfo(day=info.day, day_text=info.day_text, hour=PART_HOURS.get(part),
                            hour_text=same[0].strip() if part else "")
        days_later = _DAYS_LATER.match(segment)
        count = parse_number(days_later["n"]) if days_later is not None else None
        if days_later is not None and count is not None and info.day is not None and (
                0 < count <= 60):
            # "flew from Rome to Lisbon on Tuesday and returned to Rome four days later": the
            # day counted from the clause's (the hour is not told)
            weeks = days_later["unit"].casefold().startswith("week")
            day = info.day + timedelta(days=int(count) * (7 if weeks else 1))
            return TimeInfo(day=day, day_text=days_later[0].strip())
        # "left Perth on Sunday evening and landed in London 17 hours later": the arrival is
        # told relative to the departure, so the clause's day and hour are not its own
        if info.day is not None and info.day_text and info.day_text in text[:end] and not (
                _LEFT_BEFORE_ARRIVAL.search(text, 0, end)):
            # but where no leaving is told before the place, the day is the arrival's: "On
            # Tuesday the train climbed over the Rockies to arrive in Banff, after about nine
            # hours on the rails" (the hour, if any, may be the start's)
            return TimeInfo(day=info.day, day_text=info.day_text)
        return TimeInfo()
    own = sentence_time(segment, anchor, narrative)
    if own.relative and info.day is not None:
        # "the next morning": resolved with the clause already when it gave the clause its
        # day; after a date told before it ("left Athens on March 3 and reached
        # Thessaloniki early the next morning"), the morning after that date
        own = (replace(own, day=info.day, day_text=info.day_text) if info.relative
               else sentence_time(segment, anchor, info.day))
    if own.day is not None and info.day is not None and own.day_text == info.day_text:
        # the clause's own words, read with the clause's verbs ("is due back in Berlin on
        # Saturday": the Saturday ahead, as the clause reads it, not the one before)
        own = replace(own, day=info.day)
    if own.day is not None and own.day != info.day:
        return own  # "left Singapore late Tuesday and returned to Pyongyang on Wednesday"
    if (own.day is None and info.day is not None and info.day_text
            and info.day_text not in text[:after] and text.find(info.day_text, after) >= 0
            and _AFTER_A_TRIP_THAT.search(segment)):
        # "arriving at the Stade de France in Saint-Denis after a journey that began in
        # Marseille on May 8": the day is the start's, told after it; the arrival's is the
        # one told before, if any ("completed its relay across France on Friday")
        told = sentence_time(text[:end], anchor, narrative)
        return TimeInfo(day=told.day, day_text=told.day_text) if told.day else TimeInfo()
    if (own.hour is None and info.hour is not None
            and info.hour_text and info.hour_text not in segment
            and text.find(info.hour_text, after) >= 0):
        # "left Vienna on Monday, called at Villach and reached Venice in the evening": the
        # day is Vienna's own; the hour is told after a later place, and is that place's
        return replace(info, hour=None, hour_text="", qualifier=None)
    if own.hour is None or own.hour == info.hour:
        return info
    if own.day is None:
        own = replace(own, day=info.day, day_text=info.day_text)
    return own


#: an arrival told on the day after the leaving
_NEXT_DAY = re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:day|morning)\b|"
                       r"\bthe\s+day\s+after\b", re.IGNORECASE)


#: how far (hours) the moment a clock time is told with may lie before and after it
_CLOCK_SLACK: dict[str | None, tuple[float, float]] = {
    None: (0.0, 0.0), "at": (0.0, 0.0), "about": (0.25, 0.25), "around": (0.25, 0.25),
    "shortly before": (0.25, 0.0), "before": (0.5, 0.0), "shortly after": (0.0, 0.25),
    "after": (0.0, 0.5), "by": (1.0, 0.0),
}


def clock_words(o: Obs) -> str:
    """A clock time as a span's end is written: "8:25 a.m.", "before 3:30 p.m." (no "at")."""
    return re.sub(r"^at\s+", "", o.hour_text, flags=re.IGNORECASE)


def clock_span(dep: Obs, arr: Obs, day: date) -> tuple[float, float] | None:
    """Hours from a leaving to an arrival told by clock times alone, as a range the clocks'
    words allow ("just before 3:30 p.m."; a whole hour, "3 p.m.", may be rounded by a quarter
    hour); None for words that tell no moment ("until", "since")."""
    if dep.hour is None or arr.hour is None or dep.hour_text == arr.hour_text:
        return None  # (one clock, told for the leaving: "left at 9 a.m. and reached ...")
    slack = []
    for o in (dep, arr):
        if not re.search(r"\d|noon|midday|midnight", o.hour_text, re.IGNORECASE):
            return None  # "in the evening": a part of the day, no clock
        words = _CLOCK_SLACK.get(o.qualifier.casefold() if o.qualifier else None)
        if words is None:
            return None
        whole = not re.search(r"\d[:.]\d\d", o.hour_text)
        slack.append((words[0] + 0.25 * whole, words[1] + 0.25 * whole))
    left = clock_at(day, dep.hour, dep.place, "depart")
    came = clock_at(day, arr.hour, arr.place, "arrive")
    if left is None or came is None:
        return None
    hours = (came - left).total_seconds() / 3600
    if hours <= 0:
        hours += 24  # "left at 10 p.m. and arrived at 6:15 a.m.": over midnight
    elif _NEXT_DAY.search(arr.sentence, arr.at):
        hours += 24  # "left at 9 a.m. and arrived at 10 a.m. the next day"
    low = max(0.0, hours - slack[1][0] - slack[0][1])
    high = hours + slack[1][1] + slack[0][0]
    return (low, high) if high > 0 else None


def clock_at(day: date, hour: float | None, place: Place, action: str) -> datetime | None:
    h = 12.0 if hour is None else hour
    hh = int(h) % 24
    mm = round((h - int(h)) * 60) % 60
    return datetime.combine(day, time(hh, mm), tzinfo=zone_of(place))


def told_order(obs: list[Obs]) -> dict[int, tuple[datetime, float]]:
    """When each timed observation happened, for ordering (keyed by ``id``): its instant
    where the story tells the hour. Where it tells only the day, the observation keeps its
    told place beside the same day's timed ones ("left Pyongyang on Monday, arriving in
    Beijing at 10 a.m.": just before 10 a.m.), or, with none, that day as one span shared by
    every clock (noon UTC), so that London and Dubai on the same day keep the order the story
    tells them in, instead of Dubai's noon coming four hours before London's."""
    keys: dict[int, tuple[datetime, float]] = {}
    # the observations told with a clock time, with that instant
    hours = [(h, h.t) for h in obs if h.t is not None and h.hour is not None]
    for o in obs:
        if o.t is None:
            continue
        # (a time taken from another mention of the place, told with its day only, is that
        # day's span too: "stopped in Singapore for refuelling", after "flew from Sydney to
        # London via Singapore on Thursday")
        day = o.day if o.day is not None else o.day_of_source
        if o.hour is not None or day is None:
            keys[id(o)] = (o.t, o.seq)
            continue
        same = [(h, t) for h, t in hours if h.day == day and h.art == o.art]
        if same and o.action == "depart":
            # a day's departure comes before that day's timed events, wherever it is told
            keys[id(o)] = (min(t for _, t in same), -1)
        elif same and o.action == "arrive" and (ended := _before_the_night(o, same)):
            # and a day's arrival after them ("arrived in Vladivostok on Wednesday ... crossed
            # at Khasan in the morning")
            keys[id(o)] = (max(t for _, t in ended), 1 << 30)
        elif (o.action == "pass" and (reached := _timed_arrival_ahead(o, obs, same))):
            # "the last leg to Kampala ... through Tororo and Jinja", after "parked ... in
            # Kampala on Monday evening": passed just before that arrival
            keys[id(o)] = _just_before(reached, o)
        elif o.action in ("visit", "pass") and (night := _night_arrival_told_first(o, same)):
            # "crawled into Kapiri Mposhi late on Monday night", then "On Monday the train
            # stopped at Kasama, Mpika and Serenje": stops of that day, before the night's end
            keys[id(o)] = _just_before(night, o)
        else:
            before = [(h.seq, t) for h, t in same if h.seq < o.seq]
            after = [(h.seq, t) for h, t in same if h.seq > o.seq]
            t = (max(before)[1] if before else min(after)[1] if after
                 else datetime.combine(day, time(12), tzinfo=UTC))
            left_first = [h for h, _ in same if h.seq > o.seq and h.action == "depart"
                          and h.pluperfect and h.city.key != o.city.key]
            if not before and left_first and o.action != "depart":
                # "stopped at Joint Base Elmendorf-Richardson on Monday", then "Air Force One
                # had left Hanoi on Monday afternoon": there after that leaving, told later
                keys[id(o)] = (t, min(h.seq for h in left_first) + 0.5)
                continue
            keys[id(o)] = (t, o.seq)
    return keys


def _before_the_night(o: Obs, same: list[tuple[Obs, datetime]]) -> list[tuple[Obs, datetime]]:
    """The day's timed events a day's arrival comes after: not an arrival elsewhere told
    after it in the evening or at night, which ended the day ("was forced to land in Minsk
    on Sunday ... the flight continued to Vilnius, landing late on Sunday evening")."""
    return [(h, t) for h, t in same if not (
        h.action == "arrive" and h.seq > o.seq and h.hour is not None
        and h.hour >= NIGHT_HOUR and h.city.key != o.city.key)]


def _just_before(timed: tuple[Obs, datetime], o: Obs) -> tuple[datetime, float]:
    """An ordering key (see :func:`told_order`) right before a timed observation, after
    whatever the story told before it that day, the places before it kept in told order."""
    return timed[1], timed[0].seq - 0.5 + o.seq * 1e-9


#: an hour from which an arrival ends its day: later stops of that day come before it
NIGHT_HOUR = 18.0


def _night_arrival_told_first(o: Obs, same: list[tuple[Obs, datetime]]
                              ) -> tuple[Obs, datetime] | None:
    """The day's arrival elsewhere in the evening or at night, when it is all the story told
    of that day before a stop or a place passed that day with no hour of its own."""
    told = [(h, t) for h, t in same if h.seq < o.seq]
    if not told or not all(h.action == "arrive" and h.hour is not None
                           and h.hour >= NIGHT_HOUR and h.city.key != o.city.key
                           for h, _ in told):
        return None
    return min(told, key=lambda x: x[1])


def _timed_arrival_ahead(o: Obs, obs: list[Obs], same: list[tuple[Obs, datetime]]
                         ) -> tuple[Obs, datetime] | None:
    """The arrival, timed on the same day, at the goal a place passed is on the way to in its
    own sentence ("the last leg to Kampala ... through Tororo": the arrival in Kampala on
    Monday evening), if the story tells one."""
    goal = next((g for g in obs if (g.art, g.sent) == (o.art, o.sent) and g.action == "goal"
                 and g.seq > o.seq and through_to_goal(o, g)), None)
    if goal is None:
        return None
    return next(((h, t) for h, t in same if h.action == "arrive"
                 and h.city.key == goal.city.key), None)


def weekdays_in_order(here: list[Obs], anchor: date | None) -> None:
    """A weekday is read in the five days before the article's date or the day after it (a
    story filed late, or in a time zone behind the events). "left Quito early on Monday and
    arrived in Punta Arenas on Tuesday", in a Sunday story, would then put Monday after
    Tuesday: a weekday taken as the day after the article, with a weekday told after it in
    the same sentence (or article) that is earlier, is the week before's."""
    if anchor is None or anchor >= date.max - timedelta(days=1) or anchor.year < 2:
        return  # at the calendar's ends: nothing to reorder
    ahead = anchor + timedelta(days=1)
    named = [o for o in here if o.day is not None
             and any(w in o.day_text.casefold() for w in WEEKDAYS)]
    for i, o in enumerate(named):
        if o.day == ahead and any(later.day is not None and later.day < ahead
                                  for later in named[i + 1:]):
            o.day = ahead - timedelta(days=7)
    # the story's own day likewise, within one sentence: "boarded the bus in New York on
    # Monday ... before pulling into Los Angeles on Thursday", in a Monday story, set off the
    # Monday before
    for i, o in enumerate(named):
        if o.day == anchor and any(later.day is not None and later.day < anchor
                                   and later.sent == o.sent and later.art == o.art
                                   and not later.left_before
                                   # (a day it only inherited, told before this one, as
                                   # "left Paris on Friday and arrived in Istanbul on Monday
                                   # ... through Vienna" gives Vienna: not told after it)
                                   and _told_after(later, o)
                                   # "stepped off at Dong Dang on Tuesday, ending a journey
                                   # that began in Pyongyang on Saturday": told backwards
                                   and not (later.action == "depart" and o.action != "depart")
                                   for later in named[i + 1:]):
            o.day = anchor - timedelta(days=7)
    # and a leaving from another town, told as done after an arrival already dated: "stepped
    # off the train in Vladivostok on Thursday morning", then "boarded the train late on
    # Friday at Moscow's Yaroslavsky station", in a Thursday story, set off the Friday before
    # (the day after the story, from the town reached, is the next leg: not this)
    for i, o in enumerate(named):
        if o.day == ahead and (o.action == "depart" or (
                o.action == "goal" and _TOLD_AS_DONE.search(o.sentence, 0, o.at))) and not (
                tells_ahead(o.sentence.lower())) and any(
                e.action == "arrive" and e.day is not None and e.day <= anchor
                and e.city.key != o.city.key for e in named[:i]):
            # (with the places its own sentence goes on to that day: "flying from Newcastle
            # to Adelaide via Sydney on Good Friday")
            _a_week_earlier(named, o)
    # and a leaving told in the past perfect is before what the story tells in the past:
    # "had flown from Córdoba to Guayaquil ... last Wednesday", in a Friday story that has
    # them reach Santiago island on Monday, was the Wednesday before that
    for o in named:
        if not (o.pluperfect and o.action == "depart" and o.day is not None):
            continue
        told = [e.day for e in named if e.day is not None and not e.pluperfect
                and e.action in ("arrive", "visit", "depart")]
        if told and min(told) < o.day and o.day - timedelta(days=7) < min(told):
            _a_week_earlier(named, o)


def _a_week_earlier(named: list[Obs], o: Obs) -> None:
    """Move a weekday told a week back, with the places its sentence tells on that day."""
    day = o.day
    if day is None:
        return
    for x in named:
        if (x.art, x.sent, x.day, x.day_text) == (o.art, o.sent, day, o.day_text):
            x.day = day - timedelta(days=7)


#: a trip told in the past perfect ("had flown from Newcastle to Adelaide"): done before the
#: story's day, never on the day after it ("on Tuesday he flew on to Münster", in a Monday
#: story, is that Tuesday's)
_TOLD_AS_DONE = re.compile(r"\bhad\s+(?:\w+\s+){0,2}?(?:flown|driven|travell?ed|sailed|gone|"
                           r"taken|ridden|come|returned)\b", re.IGNORECASE)


#: verbs that end a trip, and verbs that set one off or carry it: the last of them told
#: before a day says whether the day is the trip's end or its start
_END_OR_START_VERB = re.compile(
    r"\b(?:(?P<end>arriv(?:ed|es|ing)|reach(?:ed|es|ing)|finish(?:ed|es|ing)|"
    r"complet(?:ed|es|ing)|end(?:ed|s|ing)|land(?:ed|s|ing)|dock(?:ed|s|ing)|"
    r"pull(?:ed|s|ing)\s+into|got\s+(?:to|into|in)|touch(?:ed|es|ing)\s+down|"
    r"(?:roll|steam|glid|coast|chugg|eas|crawl|limp)(?:ed|es|s|ing)\s+into)|"
    r"left|leav(?:es|ing)|depart(?:ed|s|ing)|set\s+(?:off|out)|began|start(?:ed|s|ing)|"
    r"boarded|flew|flying|drove|driving|sailed|sailing|walked|walking|rowed|rowing|swam|"
    r"swimming|paddled|paddling|cycled|cycling|pedall?ed|pedall?ing|rode|riding|"
    r"travell?ed|travell?ing|hiked|hiking|trekked|trekking|marched|marching|skied|skiing|"
    r"ran|took|taking)\b", re.IGNORECASE)


#: a leaving told right after the day a tour ended: ", leaving "
_ENDED_BY_LEAVING = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:by\s+)?"
                               r"(?:leaving|departing(?:\s+from)?)\s+(?:the\s+)?",
                               re.IGNORECASE)


def day_of_the_end(text: str, here: list[Obs], told: list[Mention]) -> None:
    """A day told with the end of a trip is the arrival's, not the departure's: "paddled from
    Holyhead to Dublin in 20 hours, arriving on Thursday", "finished a ride from Perth to
    Brisbane on Sunday", "A musher who set out from Fairbanks reached Anchorage on
    Saturday". The sentence's day had gone to every place of its clause, the place left
    included; the place left then keeps no day (it was left before, when the story does not
    say), and the goal reached after it is arrived at on that day."""
    for o in here:
        if o.action != "depart" or o.left_before or o.day is None or not o.day_text:
            continue
        done = _COMPLETED_FROM.search(text, max(0, o.at - 80), o.at)
        if done is not None and 0 <= text.find(o.day_text) < done.start():
            # "crossed a finish line ... on Saturday evening, completing a 30-day run from
            # Hanoi": the run left Hanoi long before the day its end is told (a day told after
            # it is the end's: "finished a ride from Perth to Brisbane on Sunday", below)
            o.day, o.day_text = None, ""
            o.left_before = True
            forget_clock(o)
            continue
        at = text.find(o.day_text)
        verbs = list(_END_OR_START_VERB.finditer(text, max(0, at - 100), at)) if at > 0 else []
        if not verbs or verbs[-1]["end"] is None:
            continue  # "left Paris on Friday", "swam from Dover to Cap Gris-Nez on Tuesday"
        if o.at > at and _ENDED_BY_LEAVING.fullmatch(text, at + len(o.day_text), o.at):
            continue  # "ended a four-day tour of the Gulf on Friday, leaving Abu Dhabi for
            # Washington": the tour ended with that leaving, on that day
        ends = verbs[-1].start()
        goal = next((g for g in reversed(here) if g.seq > o.seq and g.action in (
            "goal", "arrive") and g.city.key != o.city.key), None)
        if goal is not None and (goal.day is None or goal.day == o.day):
            goal.day, goal.day_text = o.day, o.day_text
            if o.hour is not None and text.find(o.hour_text) >= ends:
                goal.hour, goal.hour_text, goal.qualifier = o.hour, o.hour_text, o.qualifier
            if goal.action == "goal":
                goal.action = "arrive"
                for m, x in zip(told, here, strict=True):
                    if x is goal:
                        m.role = "arrive"
            for x in here:
                if x.action == "pass" and x.seq > o.seq and x.day_text == goal.day_text:
                    # "flew from Washington to Kyiv by way of Rzeszow, arriving on Tuesday":
                    # passed on the way, at a time the story does not tell
                    x.day, x.day_text = None, ""
                    forget_clock(x)
        o.day, o.day_text = None, ""
        o.left_before = True
        forget_clock(o)


def role_of_its_building(s: Sentence, town: Mention,
                         near: list[tuple[int, int]]) -> Action | None:
    """The role of a building the gazetteer lacks, placed only roughly at the town named right
    after it, given to the town: "flew to Hmeimim Air Base near Latakia" goes to Latakia (the
    building itself, placed approximately, is never a stop)."""
    building = next((b for b in reversed(s.mentions) if b.end <= town.start and b.embedded
                     and b.place.id.startswith("approx:")
                     and b.place.id.endswith("@" + town.place.id)), None)
    if building is None or not _BUILDING_TOWN_GAP.fullmatch(s.text, building.end, town.start):
        return None
    role = motion_role(s.text, building.start, landmark=True, blockers=near)
    return role if role in ("goal", "arrive", "depart") else None


def days_passed_over(text: str, here: list[Obs]) -> None:
    """A place passed or called at that took its day from earlier in the sentence, across a
    place reached on another day told between ("docked in Kirkenes on Saturday, after a voyage
    with stops at Trondheim, Bodo and Tromso", "arrived in Istanbul on Monday after a journey
    through Vienna and Bucharest": the day was Monday's departure's) was passed at a time the
    story does not tell: it keeps no day, and goes where its article tells it."""
    for o in here:
        if o.action not in ("visit", "pass") or o.day is None or not o.day_text:
            continue
        told = text.find(o.day_text)
        if not 0 <= told < o.at:
            continue  # its own day, told with it or after it
        if any(x.day is not None and x.day != o.day and x.day_text != o.day_text
               and told < x.at < o.at for x in here) or any(
                x.action == "arrive" and x.day_text == o.day_text and x.at < o.at
                and STOPPING_IN.search(text, x.at, o.at) for x in here):
            # (or called at on the trip to a place reached on that day, told after it:
            # "pulled into Cape Town on Sunday after a journey from Pretoria, with a stop at
            # Kimberley")
            o.day, o.day_text = None, ""
            forget_clock(o)


#: a step told as coming after the one before it: "left Rome on Sept. 2 for Jakarta, then
#: visited Port Moresby", "and later flew on to Dili"
THEN_STEP = re.compile(r"(?:,|\band)\s+(?:then|later|afterwards?|subsequently)\b", re.IGNORECASE)


def days_before_a_then(text: str, here: list[Obs]) -> None:
    """A place in another city, told after "then" ("had left Rome on Sept. 2 for Jakarta, then
    visited Port Moresby ... and Dili ... before reaching Singapore", "flew to Rzeszow early on
    Sunday, then was driven about 90 kilometres to Przemysl"), was reached after the step the
    sentence's day was told with, at a time it does not say: the day had gone to every place
    of the sentence, and a city reached days later was dated on the day of leaving (its clock
    goes with it). So is a city left after "then" ("had flown from Rome to Warsaw on Monday
    ..., then took a train from the border town of Przemysl"): left after reaching the goal."""
    for o in here:
        if o.action not in ("visit", "arrive", "pass", "goal", "depart") or o.day is None or (
                not o.day_text):
            continue
        told = text.find(o.day_text)
        if not 0 <= told < o.at:
            continue  # its own day, told with it or after it
        step = THEN_STEP.search(text, told, o.at)
        if step is None:
            continue
        before = [x for x in here if x.at < told]  # the places the day was told with
        if before and all(x.city.key != o.city.key for x in before):
            o.day, o.day_text = None, ""
            forget_clock(o)


#: a leaving counted back from the arrival its sentence tells: "rode into Cape Town on
#: Thursday, 87 days after leaving Cairo"
_DAYS_AFTER_LEAVING = re.compile(
    r"\b(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<unit>days?|weeks?)\s+after\s+(?:leaving|departing(?:\s+from)?|"
    r"setting\s+(?:out|off)\s+(?:on\s+foot\s+)?from)\s+(?:the\s+)?$", re.IGNORECASE)


def days_counted_back(text: str, here: list[Obs]) -> None:
    """The day of a leaving told as so many days before the arrival its sentence dates ("rode
    into Cape Town on Thursday, 87 days after leaving Cairo": Cairo was left 87 days before
    that Thursday), which the story gives no other way: the trip then starts on its day, not
    wherever its article happens to tell the start."""
    arrived = next((x for x in here if x.action in ("arrive", "goal") and x.day is not None
                    and x.day_text and text.find(x.day_text) >= 0), None)
    if arrived is None or arrived.day is None:
        return
    for o in here:
        if o.action != "depart" or o.day is not None or o.seq < arrived.seq:
            continue
        counted = _DAYS_AFTER_LEAVING.search(text, max(0, o.at - 60), o.at)
        n = parse_number(counted["n"]) if counted is not None else None
        if counted is None or n is None or not 0 < n <= 400:
            continue
        weeks = counted["unit"].casefold().startswith("week")
        o.day = arrived.day - timedelta(days=int(n) * (7 if weeks else 1))


def times_of_a_later_place(text: str, here: list[Obs]) -> None:
    """A call on the way whose clock or day the sentence tells only after a place it goes on
    to reach ("It stopped at Paros and Naxos and reached Santorini at 3 p.m.") has no time of
    its own: the time is the later place's."""
    for o in here:
        if o.action not in ("visit", "pass"):
            continue
        reached = min((x.at for x in here if x.at > o.at and x.action in ("arrive", "goal")),
                      default=None)
        if reached is None:
            continue
        if o.hour is not None and o.hour_text and text.find(o.hour_text, o.at) > reached:
            forget_clock(o)
        if o.day is not None and o.day_text and text.find(o.day_text) > reached:
            o.day, o.day_text = None, ""


def _told_after(later: Obs, o: Obs) -> bool:
    """Whether the day of ``later`` is written after the day of ``o`` in their sentence."""
    return later.sentence.find(later.day_text) > o.sentence.find(o.day_text)


def forget_clock(o: Obs) -> None:
    """Take back the clock time a sentence gave an observation that it does not belong to."""
    o.hour, o.hour_text, o.qualifier = None, "", None


def start_where_it_returns(visits: list[Visit], *, from_a_leaving: bool = False) -> None:
    """A trip told from its first goal, that ends going back to a place named nowhere before
    ("flew to Phnom Penh on Sunday ... and returned to Bangkok the same evening"), began
    there: that place is the first stop too, left at a time the story does not tell. With
    ``from_a_leaving``, also one whose first stop is a leaving the story told after the
    return ("returned to Rome on Friday", then "flew home from Singapore"); a leaving told
    first is where the trip began ("flew from Hamburg to Brussels ... returned to Berlin")."""
    first = ("goal", "arrive", "depart") if from_a_leaving else ("goal", "arrive")
    if len(visits) < 2 or visits[0].obs[0].action not in first:
        return
    back = visits[-1].obs[0]
    if back.action not in ("goal", "arrive", "visit") or not BACK_TO.search(
            back.sentence, max(0, back.at - 30), back.at) or any(
            v.city.key == back.city.key for v in visits[:-1]):
        return
    left = replace(back, action="depart", day=None, hour=None, hour_text="", day_text="",
                   qualifier=None, t=None, origin=None, left_before=True, seq=-1)
    visits.insert(0, Visit(back.city, [left]))


def insert_or_join(visits: list[Visit], i: int, o: Obs) -> None:
    """Put a place left before at ``i``, or in the visit of its city right beside that spot:
    "The Nightjet from Vienna pulled into Amsterdam ..., 14 hours after it left the Austrian
    capital" leaves Vienna once."""
    for j in (i - 1, i):
        if 0 <= j < len(visits) and visits[j].city.key == o.city.key:
            visits[j].obs.append(o)
            return
    visits.insert(i, Visit(o.city, [o]))


#: the way to a goal told after it: "drove to Kampala through Tororo and Jinja"
_THROUGH_BEFORE = re.compile(r"\bthrough\s+(?:[^.;]{0,60}?(?:,|\band)\s+)?$", re.IGNORECASE)


#: words that end the trip to a goal before a place passed after it ("reached Kampala, then
#: drove through Jinja", "and later", "before")
_GOAL_LEFT = re.compile(r"\b(?:then|later|before|after|and\s+[a-z]+ed)\b|;", re.IGNORECASE)


def through_to_goal(o: Obs, goal: Obs) -> bool:
    """Whether a place passed "through", told after a goal of its own sentence, lies on the
    way to that goal: "drove to Kampala through Tororo and Jinja" (only a goal, not a place
    reached: "reached Kampala and drove through Jinja" goes on)."""
    return (goal.action == "goal" and goal.at < o.at and o.at - goal.at < 140
            and _THROUGH_BEFORE.search(o.sentence, max(0, o.at - 80), o.at) is not None
            and _GOAL_LEFT.search(o.sentence, goal.at, o.at) is None)


#: stops told with the trip, after its goal: "drove to Santa Monica, stopping in Tulsa"
STOPPING_IN = re.compile(r"\b(?:(?:that|which)\s+(?:had\s+)?stopped(?:\s+off|\s+over)?|"
                         # ("having crossed the Nullarbor Plain and stopped at Adelaide")
                         r"having\s+(?:[\w-]+\s+){0,6}?stopped(?:\s+off|\s+over)?|"
                         r"stopping(?:\s+off|\s+over|\s+overnight|\s+briefly)?|calling|"
                         r"with\s+(?:a\s+|an\s+overnight\s+|"
                         r"a\s+brief\s+|an?\s+(?:refuell?ing|technical|short)\s+)?stops?)"
                         r"\s+(?:in|at)\b", re.IGNORECASE)
