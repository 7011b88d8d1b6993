"""A legislator's party and home, written after the name the way American papers do ("Sen.
Ben Sasse, R-Neb.", "Rep. Torrey Westrom, R-Elbow Lake, said", "Rep. Jay Roberts
(R-Ocilla)", "both D-W. Va."): the home is a place the story names, the state or the town the
member represents.

Why a rule of its own: the party letter and the hyphen make the home one word with them
("R-Elbow"), so the name scan never sees a name there, and a state written as an
abbreviation ("Neb.", "N.D.") is no gazetteer name at all. Why so narrow a pattern: the
letters D, R and I before a hyphen are a party only right after the name (a comma, an opening
parenthesis, or "both"), and only when the home ends where the label does (a comma, a
semicolon, a closing parenthesis or quote, the sentence's end, or "and"); "the D-Day
landings" and "an R-rated film" are neither."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator

#: the party label: after a comma, "(" or "both"; up to three capitalised words, each maybe
#: abbreviated ("W. Va.", "N.D.", "Iowa City"), ending where the label does
_PARTY_HOME = re.compile(
    r"(?:,|\(|\bboth)[ \t]*[DRI]-(?P<home>[A-Z][\w'’]*\.?(?:[ \t]?[A-Z][\w'’]*\.?){0,2})"
    r"(?=[ \t]*(?:[,;)\"”“]|\Z)|[ \t]+and\b)")


def party_homes(sentence: str, abbreviations: Container[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, form) of each home a party label names. A full stop the home ends on is
    the sentence's, not the name's ("D-Iowa City."), unless the form with it is one of
    ``abbreviations`` ("R-Neb.")."""
    if "-" not in sentence:
        return
    for m in _PARTY_HOME.finditer(sentence):
        start, end = m.span("home")
        form = m["home"]
        if form.endswith(".") and form not in abbreviations:
            form = form[:-1]
            end -= 1
        yield start, end, form
