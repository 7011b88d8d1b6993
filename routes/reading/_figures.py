"""Find reported distances, durations and speeds in a sentence, in the forms the press uses.

Forms read: "about 520 miles (840 kilometers)" (one figure, both units), "12 to 14 hours",
"12-14 hours", "between 12 and 14 hours", "a 13-hour trip", "day-long ride", "hour-long
meeting", "more than a day", "for about 30 minutes", "an hour", "half an hour", "an hour and a
half", "two hours and 16 minutes", "two and a half days", "50 km/h", "30 mph", numbers as
words ("twelve", "twenty-five").

Approximations are kept as a qualifier and, where the words bound the figure, as a range
(``low``/``high``; ``None`` is an open end), so the checker can be as generous as the text:

==========================================  ===============================
words                                       range
==========================================  ===============================
about, around, roughly, some, approximately  low = high = value (flagged)
more than, over, at least                    [value, open)
a little / slightly / just more than, just   [value, 1.25 x value]
over
nearly, almost, just under, close to         [0.9 x value, value]
less than, under, up to, at most, within     (open, value]
"X to Y", "X-Y", "between X and Y"           [X, Y]
day-long                                     [8 h, 24 h]  (a day of travel, not 24 h sharp)
hour-long                                    [1 h, 1 h] flagged "hour-long"
week-long                                    [120 h, 168 h]
==========================================  ===============================
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from routes import units

FigureKind = Literal["distance", "duration", "speed"]

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
#: the same typed with a slash after a whole number, as wire copy does ("5 1/2 hours")
_SLASHED = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}

_WORDS = sorted([w for w in _SMALL if w not in ("a", "an")] + ["hundred", "thousand", "dozen"],
                key=len, reverse=True)
_W = "(?:" + "|".join(_WORDS) + r")(?![\w])"
_DIGITS = (r"(?:\d[\d,]*(?:\.\d+)?(?:\s?[½¼¾]|[\s-](?:" + "|".join(_SLASHED) + r")(?![\d/])"
           # ("33 and a half hours")
           r"|\s+and\s+a\s+half(?![\w]))?"
           r"|[½¼¾])")
_WORDNUM = (
    rf"(?:half\s+an?(?![\w])|an?(?:\s+(?:dozen|hundred|thousand|couple\s+of|single))?(?![\w])"
    # ("a hundred and twenty", "two and a half"; not "between seven and eight": a range)
    rf"|{_W}(?:(?:\s+|-)(?:(?:(?<=hundred\s)|(?<=thousand\s))and\s+)?{_W}"
    rf"|(?:\s+|-)(?:and\s+)?(?:a\s+)?half(?![\w]))*)"
)
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"

def _unit(u: str) -> str:
    """A unit of several words, written apart or hyphenated ("628-nautical-mile course")."""
    return re.escape(u).replace(r"\ ", r"[\s-]+")


_SPEED_UNITS = "|".join(_unit(u) for u in units.speed_units())
_DIST_UNITS = "|".join(_unit(u) for u in units.distance_units() if u not in {"m", "nm"})
_DUR_UNITS = "|".join(re.escape(u) for u in units.duration_units()
                      if u not in {"s", "d", "h", "sec", "secs", "second", "seconds"})
_UNITS = rf"(?:{_SPEED_UNITS}|{_DIST_UNITS}|{_DUR_UNITS}|h)"

#: qualifiers written another way, and the one they mean ("a little over three hours" is
#: "just over", not the open-ended "over")
_SAME_QUAL = {"a little over": "just over", "slightly over": "just over", "a bit over": "just over",
              "a bit more than": "a little more than", "a little under": "just under",
              "slightly under": "just under", "a little less than": "just under",
              "slightly less than": "just under", "a bit under": "just under",
              # a bound denied is the other bound: "no more than 60 km/h" is at most 60
              "no more than": "at most", "not more than": "at most",
              "no longer than": "at most", "not longer than": "at most",
              "no less than": "at least", "not less than": "at least",
              "no fewer than": "at least", "not fewer than": "at least"}
_QUALS = (
    r"no[t]?\s+(?:more|longer|less|fewer)\s+than|"
    r"(?:a\s+little|slightly|a\s+bit)\s+(?:over|under|less\s+than)|a\s+bit\s+more\s+than|"
    r"a\s+little\s+more\s+than|slightly\s+more\s+than|just\s+over|just\s+under|more\s+than|"
    r"less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|about|around|roughly|"
    r"approximately|some|nearly|almost|close\s+to|over|under|an\s+estimated|within|"
    r"as\s+(?:many|much|long)\s+as"
)

_FIGURE = re.compile(
    rf"(?<![\w.-])(?:(?P<qual>{_QUALS})\s+)?(?:(?P<between>between|from)\s+)?"
    rf"(?P<n1>{_NUM})(?:\s*(?P<rsep>-|–|—|to|and|or)\s*(?P<n2>{_NUM}))?"
    rf"(?P<hyph>\s*-\s*|\s+)?(?P<unit>{_UNITS})(?![\w/])(?P<long>-long)?"
    rf"(?P<andhalf>\s+and\s+a\s+half)?",
    re.IGNORECASE,
)
_LONG = re.compile(r"(?<![\w-])(?P<unit>hour|day|week|night|month|year)s?-long(?![\w-])",
                   re.IGNORECASE)
#: a cheap test before the full pattern: a digit, a "-long" compound, or a number word next to
#: a unit ("an hour", "four days", "a couple of hours")
_UNIT_WORD = re.compile(
    r"\d|[½¼¾]|-long\b|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|half|dozen|couple)[\s-]+(?:of\s+)?"
    r"(?:[a-z]+[\s-]+){0,3}?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|miles?|kilomet|kms?\b|"
    r"nautical|knots?|mph|kph|yards?|feet|foot|met(?:er|re)s?)",
    re.IGNORECASE,
)
#: a number written with a short unit ("12h", "30 ft", "5 mi"); longer units have stems below
_ABBREVIATED = re.compile(r"[\d½¼¾]\s*-?\s*(?:h|kn|kt|ft|mi|yd|wk|nm|nmi)(?![\w/])",
                          re.IGNORECASE)
#: every unit word a figure can end on, as lower-case stems (see _may_hold_figure)
#: ("day", "min" and "hr" only as words: "Tuesday" and "minister" name no unit)
_UNIT_STEMS = ("-long", "hour", " hr", "-hr", " min", "-min", " day", "-day", "week", "mile",
               "kilomet", "km", "nautical", "knot", "mph", "kph", "yard", "feet", "foot", "meter",
               "metre")
_PAREN = re.compile(r"\s*[(\[]\s*(?P<inner>[^()\[\]]{1,60}?)\s*[)\]]")


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure in canonical units (km, h, km/h)."""

    kind: FigureKind
    text: str  # the words as written, both units when the text gives both
    low: float | None
    high: float | None
    unit: str  # "km", "h" or "km/h"
    qualifier: str | None
    start: int  # offsets in the sentence
    end: int
    compound: bool = False  # "13-hour trip", "day-long ride": the figure modifies the next noun
    #: the words of a figure told in two units that disagree ("1,340 miles (3,200 km)"), which
    #: is read as two figures, each checked on its own; "" otherwise
    disagrees: str = ""


def parse_number(words: str) -> float | None:
    """Value of a number written in digits or words ("12", "1,200", "twenty-five", "two and a
    half", "a dozen", "half an"); None when the words are not one number."""
    s = words.strip().casefold()
    if not s:
        return None
    if s[0].isdigit() or s[0] in _FRACTIONS:
        frac = 0.0
        half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", s)
        if half is not None:
            frac, s = 0.5, half[1]
        elif s[-3:] in _SLASHED and len(s) > 4 and s[-4] in " -":
            frac = _SLASHED[s[-3:]]
            s = s[:-4].strip()
        elif s[-1] in _FRACTIONS:
            frac = _FRACTIONS[s[-1]]
            s = s[:-1].strip()
        if not s:
            return frac
        try:
            return float(s.replace(",", "")) + frac
        except ValueError:
            return None
    toks = [t for t in re.split(r"[\s-]+", s) if t]
    if toks in (["half", "an"], ["half", "a"], ["half"]):
        return 0.5
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "and":
            i += 1
            continue
        if t in ("a", "an") and i + 1 < len(toks) and toks[i + 1] in ("couple", "dozen",
                                                                      "hundred", "thousand"):
            i += 1
            continue
        if t in ("a", "an") and i + 1 < len(toks) and toks[i + 1] == "half":
            current += 0.5
            seen = True
            i += 2
            continue
        if t == "half":
            current += 0.5
        elif t == "of" or (t == "single" and toks[:i] in (["a"], ["an"])):
            pass  # ("a single day": one day)
        elif t == "couple":
            current += 2
        elif t == "dozen":
            current = (current or 1) * 12
        elif t == "hundred":
            current = (current or 1) * 100
        elif t == "thousand":
            total += (current or 1) * 1000
            current = 0
        elif t in _SMALL:
            if t in ("a", "an") and seen:
                return None
            current += _SMALL[t]
        elif t.replace(",", "").replace(".", "", 1).isdigit():
            current += float(t.replace(",", ""))
        else:
            return None
        seen = True
        i += 1
    return total + current if seen else None


def _range(value: float, qual: str | None) -> tuple[float | None, float | None]:
    q = " ".join(qual.casefold().split()) if qual else ""
    if q in ("more than", "over", "at least", "as many as", "as much as", "as long as"):
        return value, None
    if q in ("a little more than", "slightly more than", "just over"):
        return value, value * 1.25
    if q in ("nearly", "almost", "just under", "close to"):
        return value * 0.9, value
    if q in ("less than", "fewer than", "under", "up to", "at most", "within"):
        return None, value
    return value, value


def _convert(value: float, unit: str) -> tuple[FigureKind, float, str]:
    if units.is_speed_unit(unit):
        return "speed", units.speed_to_kmh(value, unit), "km/h"
    if unit.casefold() == "h" or units.is_duration_unit(unit):
        return "duration", units.to_hours(value, "h" if unit.casefold() == "h" else unit), "h"
    return "distance", units.to_km(value, unit), "km"


def _may_hold_figure(sentence: str) -> bool:
    """A necessary condition for :data:`_FIGURE` to match, ten times cheaper than trying it:
    a unit word's stem (plain substring tests in C), or a number with an abbreviated unit."""
    low = sentence.lower()
    for stem in _UNIT_STEMS:
        if stem in low:
            return True
    return _ABBREVIATED.search(sentence) is not None


#: how far apart (as a share of the larger) the two units of one figure may be and still be
#: the same figure rounded: "520 miles (840 km)" is 837 km, 0.4 % apart
UNITS_AGREE_SHARE = 0.10


def _units_disagree(a: Figure, b: Figure) -> bool:
    """Whether a figure told in two units gives two different quantities, beyond rounding."""
    if None in (a.low, a.high, b.low, b.high):
        return False
    lo = max(a.low or 0.0, b.low or 0.0)
    hi = min(a.high or 0.0, b.high or 0.0)
    if lo <= hi:
        return False  # the ranges overlap
    big = max(a.high or 0.0, b.high or 0.0)
    return big > 0 and (lo - hi) / big > UNITS_AGREE_SHARE


def find_figures(sentence: str) -> list[Figure]:
    """Every distance, duration and speed in ``sentence``, in order of appearance."""
    out: list[Figure] = []
    if not _may_hold_figure(sentence) or not _UNIT_WORD.search(sentence):
        return out  # most sentences name no unit at all: skip the full pattern
    taken: list[tuple[int, int]] = []
    for m in _FIGURE.finditer(sentence):
        if taken and m.start() < taken[-1][1]:
            continue
        fig = _from_match(sentence, m)
        if fig is None:
            continue
        # "520 miles (840 kilometers)": one figure, both units kept in the text
        p = _PAREN.match(sentence, m.end())
        if p:
            inner = _FIGURE.fullmatch(p["inner"].strip())
            alt = _from_match(p["inner"].strip(), inner) if inner else None
            if alt is not None and alt.kind == fig.kind and _units_disagree(fig, alt):
                # "1,340 miles (3,200 km)": one of them is wrong; each is checked
                whole = sentence[m.start():p.end()].strip()
                at = p.start("inner")
                out.append(replace(fig, disagrees=whole))
                out.append(replace(alt, start=at + alt.start, end=at + alt.end,
                                   disagrees=whole))
                taken.append((m.start(), p.end()))
                continue
            if alt is not None and alt.kind == fig.kind:
                metric = alt if alt.text.casefold().find("mile") < 0 else fig
                fig = Figure(fig.kind, sentence[m.start():p.end()].strip(), metric.low,
                             metric.high, fig.unit, fig.qualifier or alt.qualifier,
                             m.start(), p.end(), fig.compound)
        out.append(fig)
        taken.append((fig.start, fig.end))
    for m in _LONG.finditer(sentence):
        if any(a <= m.start() < b for a, b in taken):
            continue
        span = _long_range(m["unit"])
        if span is None:
            continue  # month-long, year-long: not a checkable travel time
        out.append(Figure("duration", m[0], span[0], span[1], "h",
                          f"{m['unit'].casefold()}-long", m.start(), m.end(), True))
    out.sort(key=lambda f: f.start)
    return _joined_durations(sentence, out)


#: what joins the parts of one duration: "two hours and 16 minutes", "3 hours, 20 minutes"
_PART_GAP = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+)")


def _joined_durations(sentence: str, figs: list[Figure]) -> list[Figure]:
    """"Two hours and 16 minutes" is one duration (2.27 h), not two: a duration followed
    right away by a smaller one with no qualifier of its own is its remainder; and so is "a
    19-hour, 16-minute flight", both parts qualifying the noun after them."""
    out: list[Figure] = []
    for f in figs:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == f.kind == "duration" and not f.qualifier
                and prev.compound == f.compound
                and prev.low is not None and prev.high is not None
                and f.low is not None and f.high is not None and f.high < prev.low
                and _PART_GAP.fullmatch(sentence, prev.end, f.start)):
            out[-1] = Figure("duration", sentence[prev.start:f.end], prev.low + f.low,
                             prev.high + f.high, "h", prev.qualifier, prev.start, f.end,
                             f.compound)
            continue
        out.append(f)
    return out


def _long_range(unit: str) -> tuple[float, float] | None:
    return {"day": (8.0, 24.0), "hour": (1.0, 1.0), "week": (120.0, 168.0),
            "night": (8.0, 14.0)}.get(unit.casefold().rstrip("s"))


#: a verb a time is the object of, a few words before it: "It took Kim over 20 hours"
_TOOK_BEFORE = re.compile(r"\b(?:took|takes|take|taking|lasted|lasts|spent|spend|needed|"
                          r"needs)\b[^,.;]*$", re.IGNORECASE)
#: a place's name right before "over": "through Dresden and Prague over eight days"
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+\s+$")


#: a noun that "a day" or "a night" names a kind of ("a day train", "a day trip", "a day
#: pass", "a day-return ticket"), not a length of time
_DAY_AS_A_KIND = re.compile(r"[\s-]+(?:trains?|trips?|trippers?|pass(?:es)?|tickets?|returns?|"
                            r"excursions?|services?|sleepers?|buses|bus|coach(?:es)?|ferry|"
                            r"ferries|flights?|shifts?|jobs?)\b", re.IGNORECASE)


def _from_match(text: str, m: re.Match[str] | None) -> Figure | None:
    if m is None:
        return None
    first = parse_number(m["n1"])
    if first is None:
        return None
    v1: float = first
    unit = re.sub(r"[\s-]+", " ", m["unit"])  # "nautical-mile": "nautical mile"
    if m["long"]:
        span = _long_range(unit)
        if span is None:
            return None
        if m["n1"].strip().casefold() in ("a", "an"):  # "a day-long ride"
            word = unit.casefold().rstrip("s")
            start = m.start("unit")
            return Figure("duration", text[start:m.end("long")], span[0], span[1], "h",
                          f"{word}-long", start, m.end("long"), True)
    v2 = parse_number(m["n2"]) if m["n2"] else None
    if m["n2"] and v2 is None:
        return None
    if m["andhalf"]:
        v1 += 0.5
    if units.canonical_unit(unit) is None and not units.is_speed_unit(unit) and unit != "h":
        return None
    if unit == "h" and not m["n1"].strip()[-1:].isdigit():
        return None  # "two h" is not how anyone writes
    if (unit.casefold() in ("day", "night") and m["n1"].strip().casefold() in ("a", "an")
            and not m["long"] and not m["n2"] and _DAY_AS_A_KIND.match(text, m.end())):
        return None  # "rode a day train to Zagreb", "a day pass": a kind, not a length
    kind, lo_c, canon = _convert(v1, unit)
    qual = " ".join(m["qual"].casefold().split()) if m["qual"] else None
    qual = _SAME_QUAL.get(qual, qual) if qual else None
    if qual is None and kind == "duration" and m["n1"].casefold().endswith("single"):
        qual = "within"  # "in a single day": at most one
    if qual == "over" and kind == "duration" and (
            not text[:m.start()].strip() or _NAME_BEFORE.search(text, 0, m.start())) and not (
                _TOOK_BEFORE.search(text, max(0, m.start() - 30), m.start())):
        qual = None  # "pedaling through Dresden and Prague over eight days", "Over three days,
        # the convoy ...": during, not more than
    if v2 is not None:
        if m["rsep"] and m["rsep"].casefold() == "and" and not m["between"]:
            return None  # "two and three hours" is not a range people write
        _, hi_c, _ = _convert(v2, unit)
        lo: float | None = min(lo_c, hi_c)
        hi: float | None = max(lo_c, hi_c)
    else:
        lo, hi = _range(lo_c, qual)
    if m["long"]:
        qual = qual or f"{unit.casefold().rstrip('s')}-long"
    compound = bool(m["hyph"] and "-" in m["hyph"]) or bool(m["long"])
    return Figure(kind, text[m.start():m.end()].strip(), lo, hi, canon, qual, m.start(),
                  m.end(), compound)
