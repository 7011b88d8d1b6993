"""Split article text into sentences that survive "U.S.", "Jan. 7", "p.m." and quotes.

Why not a model: the newsroom abbreviations are a closed, known set; a rule splitter runs
at tens of MB/s and never needs a download.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Words that end with a period without ending the sentence (compared case-insensitively,
#: without the final period).
ABBREVIATIONS = frozenset(
    [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep",
        "col", "capt", "lt", "sgt", "adm", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun", "corp", "inc", "co", "ltd", "bros", "dept", "univ",
        "assn", "no", "nos", "vs", "etc", "approx", "est", "fig", "vol", "ave", "blvd", "rd", "hwy",
        "a.m", "p.m", "am", "pm", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "i.e", "e.g", "cf",
        "al", "sens", "reps", "govs", "gens", "ste", "sta", "pt",
    ]
)

#: the abbreviations of days and months, written capitalised ("Sun.", "Mar."): lower-cased,
#: they are words that may end a sentence ("the sun.", "the mar.")
_DAYS_AND_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
     "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
)

_BOUNDARY = re.compile(
    r"([.!?…]+)([\"”’')\]]*)(\s+)(?=[\"“‘'(\[]?[A-Z0-9\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF])"
)
_LAST_WORD = re.compile(r"([\w.]+)$")
#: a unit's one-letter end: "km/h", "m/s", or a lower-case letter after a number ("100 m")
_UNIT_END = re.compile(r"(?:/[A-Za-z]|\d\s?[a-z])$")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset in the article text
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` in order; paragraphs (line breaks) always end a sentence."""
    out: list[Sentence] = []
    pos = 0
    for pi, para in enumerate(text.split("\n")):
        base = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        start = 0
        for m in _BOUNDARY.finditer(para):
            if m[1] == "." and not m[2] and _is_abbreviation(para, m.start(1)) and not (
                    _ends_clock(para, m.start(1)) and _opens_sentence(para, m.end())):
                continue
            end = m.end(2)
            chunk = para[start:end].strip()
            if chunk:
                out.append(Sentence(chunk, base + start + _lead(para, start), pi))
            start = m.end()
        chunk = para[start:].strip()
        if chunk:
            out.append(Sentence(chunk, base + start + _lead(para, start), pi))
    return out


#: clock abbreviations, which end a sentence as often as not ("landed at 8:10 a.m. She ...")
_CLOCK = re.compile(r"\b[ap]\.?m$", re.IGNORECASE)
#: words that open a new sentence after a clock time rather than go on with it
_STARTERS = frozenset({"She", "He", "They", "It", "We", "I", "The", "A", "An", "His", "Her",
                       "Their", "Its", "There", "In", "On", "At", "After", "Then", "Later", "By",
                       "From", "When", "As", "This", "That", "Both"})


def _ends_clock(para: str, dot: int) -> bool:
    return _CLOCK.search(para, max(0, dot - 4), dot) is not None


def _opens_sentence(para: str, at: int) -> bool:
    word = re.match(r"[\"“‘']?([A-Za-z]+)", para[at:])
    if word is None:
        return False
    if word[1] in _STARTERS:
        return True
    # ("left Humboldt around 3:45 p.m. Nipawin is about 150 kilometers from Humboldt": a name
    # and its verb; "3 p.m. Monday" and "3 p.m. EST" go on with the time)
    return (word[1][0].isupper() and word[1][1:].islower()
            and word[1].casefold() not in _DAYS_AND_MONTHS
            and _VERB_NEXT.match(para, at + word.end()) is not None)


#: a verb right after a name, which makes the name a new sentence's subject
_VERB_NEXT = re.compile(r"\s+(?:is|was|are|were|has|had|lies|will|would|said|says)\b")


def _lead(para: str, start: int) -> int:
    rest = para[start:]
    return len(rest) - len(rest.lstrip())


def _is_abbreviation(para: str, dot: int) -> bool:
    m = _LAST_WORD.search(para, max(0, dot - 20), dot)
    if not m:
        return False
    word = m[1].casefold()
    if word in _DAYS_AND_MONTHS and m[1][0].islower():
        return False  # "powered only by the sun. The plane ...": the word, not Sunday
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush", "U.S."
        # (but not a unit's last letter: "at 60 km/h.", "a sprint of 100 m.")
        return not _UNIT_END.search(para, max(0, dot - 12), dot)
    # dotted acronyms "U.S", "a.m"
    return bool(re.fullmatch(r"(?:\w\.)+\w", word))
