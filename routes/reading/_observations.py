"""What the story reader notes of each place a journey reaches: an observation (the place,
the town it is in, what the traveller did there, and the day and hour the story tells) and a
visit (a town's observations together, in the order the journey made them). Built by
routes/reading/_story.py, timed by routes/reading/_clock.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from routes.models import Place
from routes.reading._motion import Action


@dataclass(slots=True)
class Obs:
    place: Place
    city: Place
    action: Action
    art: int
    sent: int
    seq: int
    source: str
    sentence: str
    day: date | None = None
    hour: float | None = None
    hour_text: str = ""
    day_text: str = ""
    qualifier: str | None = None
    before_departure: bool = False
    departs_city: bool = False
    origin: Place | None = None  # for goals: where the traveller set out from
    narrative: date | None = None  # the last date the article set before this sentence
    t: datetime | None = None
    inherited: bool = False
    #: "after a journey of 20 hours from Pyongyang": left before the sentence's event, at a
    #: time the story does not tell (never the time of a later visit to the same city)
    left_before: bool = False
    #: "He had left Moscow two days earlier", told after the arrival it preceded
    pluperfect: bool = False
    at: int = -1  # where in its sentence the place is named
    #: for a time taken from another mention of the place told with a day and no hour: that
    #: day (the time itself is only the day's placeholder)
    day_of_source: date | None = None


@dataclass(slots=True)
class Visit:
    city: Place
    obs: list[Obs] = field(default_factory=list)

    def times(self) -> list[datetime]:
        return [o.t for o in self.obs if o.t is not None]
