"""A figure told for a round trip covers the way there and back.

Why: "a 1,200-kilometre round trip" from Paris to Brest, "a round trip of about 3,500 km" from
Madrid to Tenerife, "an 11-day round trip" to Lhasa: the story names the far end, so the figure
is read as one between the start and the goal, and measured one way it is twice too long (a
true figure called wrong) and its days twice too slow. Told so, the figure is judged against
each measure doubled, and the explanation says "there and back". A figure the journey already
measures as a loop (it returns to where it began) is not doubled again.

Only the words that always mean both ways count: "round trip", "there and back", "out and
back". "A return trip" does not: in British usage it is the ticket for both ways, but in news
copy "the return trip to Pyongyang" is as often the way back alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from routes.checking._legs import LegMatch
from routes.models import Claim, Measure
from routes.network._estimates import estimated, from_geodesic

#: "and back" as a way back, not a noun after it ("and back pain", "and back-to-back")
_AND_BACK_WAY = (r"and\s+back(?!\s*-|\s+(?:pain|injur\w*|seat|office|yard|row|door|street|lane|"
                 r"up|to)\b)\b")
_ROUND_TRIP = re.compile(r"\b(?:round[- ]?trips?|there[- ]and[- ]back|out[- ]and[- ]back|"
                         # ("from Budapest to Vienna and back in 30 days")
                         r"(?<=[A-Za-z] )" + _AND_BACK_WAY + r")\b", re.IGNORECASE)
_TOKEN = "\x00roundtrip\x00"
#: the way of a figure, told after it as far as a place "and back"
_AND_BACK = re.compile(r"(?P<way>[^.;]{0,80}?\bto\s+(?:the\s+)?[A-Z][\w'’.-]*"
                       r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+" + _AND_BACK_WAY)
#: how far (characters) before and after the figure the words may stand and still describe
#: it: "an 11-day round trip of about 7,500 km" holds both figures; "a round trip of about
#: 3,500 km" puts them before it, "a 1,200-kilometre round trip" after
BEFORE_CHARS = 40
AFTER_CHARS = 20
#: words that end the phrase the figure stands in: a round trip told in another clause
#: ("on the round trip, the train from A to B took 3 hours") is not this figure's
_CLAUSE_BREAK = re.compile(r"[;:,.]\s|\b(?:and|but|while|after|before|then)\s", re.IGNORECASE)


def told_as_round_trip(claim: Claim) -> bool:
    """Whether the report gives this figure for the whole round trip."""
    sentence = claim.sentence or ""
    at = sentence.find(claim.text) if claim.text else -1
    if at < 0:
        return False
    # the words first become one token, so the "and" of "there and back" breaks no clause
    before = _ROUND_TRIP.sub(_TOKEN, sentence[max(0, at - BEFORE_CHARS):at])
    # (the words after are read whole, so that what follows them shows: "and back pain")
    after = _ROUND_TRIP.sub(_TOKEN, sentence[at + len(claim.text):])
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    cut = _CLAUSE_BREAK.search(after)
    if cut:
        after = after[:cut.start()]
    if _TOKEN in before or 0 <= after.find(_TOKEN) < AFTER_CHARS:
        return True
    # "has ridden 1,000 kilometres on horseback from Budapest to Vienna and back": the way
    # told after the figure, to a place and back, in the figure's own clause
    way = _AND_BACK.match(sentence, at + len(claim.text))
    return way is not None and not _CLAUSE_BREAK.search(way["way"])


def doubled(measure: Measure) -> Measure:
    """A one-way measure as the same way there and back."""

    def twice(km: float | None) -> float | None:
        return None if km is None else 2 * km

    method = f"there and back: 2 x ({measure.method})"
    return replace(
        measure,
        km=2 * measure.km,
        low_km=twice(measure.low_km),
        high_km=twice(measure.high_km),
        published_km=twice(measure.published_km),
        method=estimated(method) if from_geodesic(measure) else method,
        geometry=(*measure.geometry, *reversed(measure.geometry[:-1])),
    )


def there_and_back(match: LegMatch) -> LegMatch:
    """The match measured both ways, unless it is a loop already (or no place is known)."""
    if match.round_trip or match.origin is None or match.destination is None:
        return match
    if match.origin.key == match.destination.key:
        return match
    return replace(match, measures={k: doubled(m) for k, m in match.measures.items()},
                   round_trip=True)
