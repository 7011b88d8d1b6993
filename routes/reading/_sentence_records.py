"""The records the story reader keeps for each sentence: the sentence, and the places it
mentions with where and how ("a Beijing train station", a possessive, inside an organisation's
name). Shared by the reader (routes/reading/_story.py) and the sentence-level decisions about
places named together (routes/reading/_lists.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from routes.models import Place
from routes.reading._dates import TimeInfo
from routes.reading._mentions import Token
from routes.reading._motion import Action


@dataclass(slots=True)
class Mention:
    place: Place
    surface: str
    art: int
    sent: int
    start: int
    end: int
    possessive: bool
    description: bool
    inside: bool = False  # a name inside a resolved description ("a Beijing train station")
    role: Action | None = None
    embedded: bool = False  # inside an organisation's name ("The Washington Post"): no stop
    #: one word of a longer capitalised name ("Cambridge" of "Cambridge Analytica"): it counts
    #: for a big place only, on every look (see PlaceResolver.reconsider)
    big_only: bool = False
    #: a word that points at the dateline's place ("arrived here", "in this border town"):
    #: the place for the journey, but no name of it for the place lists
    deictic: bool = False


@dataclass(slots=True)
class Sentence:
    art: int
    idx: int
    text: str
    source: str
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    traveller: bool = False
    time: TimeInfo = field(default_factory=TimeInfo)
    low: str = ""  # the text lower-cased, for cheap word tests
