"""Plain data passed between the stages.

reading -> gazetteer -> journey -> network -> checking -> output.

Every stage takes and returns these classes and nothing richer, so each stage can be tested alone
and swapped (another gazetteer, another network source). They hold no behaviour beyond
validation and small derived values.

Coordinates are WGS84 degrees, always in (lat, lon) order in these classes; GeoJSON output
turns them around where that format wants (lon, lat).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from routes import units
from routes.errors import CoordinateError

Mode = Literal["rail", "road", "air", "sea", "walk"]
MODES: tuple[Mode, ...] = ("rail", "road", "air", "sea", "walk")

ClaimKind = Literal["distance", "duration", "speed", "time"]
Verdict = Literal["consistent", "inconsistent", "unverifiable"]
MeasureKind = Literal["geodesic", "rail", "road", "air", "sea"]

#: Kinds of place a record may have. Cities and countries come from GeoNames; the rest from
#: the curated landmark file.
PLACE_KINDS: frozenset[str] = frozenset(
    {
        "country",
        "region",
        "admin",
        "city",
        "district",
        "continent",
        "water",
        "station",
        "border_crossing",
        "venue",
        "hotel",
        "guesthouse",
        "factory",
        "zone",
        "airport",
        "port",
        "landmark",
    }
)


def check_coordinates(lat: float, lon: float) -> None:
    """Refuse coordinates that cannot be on the Earth, with a message naming both."""
    if not (isinstance(lat, int | float) and isinstance(lon, int | float)):
        raise CoordinateError(f"coordinates must be numbers, got lat={lat!r}, lon={lon!r}")
    if math.isnan(lat) or math.isnan(lon) or not (-90 <= lat <= 90) or not (-180 <= lon <= 180):
        raise CoordinateError(
            f"coordinates out of range: lat={lat} (must be -90..90), lon={lon} (must be -180..180)"
        )


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record: where a named place is, what kind it is, and who says so."""

    name: str
    lat: float
    lon: float
    kind: str
    country: str | None = None  # ISO 3166-1 alpha-2, e.g. "CN", "KP"
    source: str = ""  # provenance a reader can check, e.g. "GeoNames 1816670 (CC BY 4.0)"
    id: str = ""  # stable key, e.g. "geonames:1816670", "landmark:cn-beijing-railway-station"
    city: str | None = None  # for landmarks: the city they stand in
    population: int = 0
    admin1: str | None = None
    #: IANA zone ("Australia/Perth"): GeoNames' for its towns, the nearest town's for curated
    #: records; None for countries and wider areas, which span zones
    timezone: str | None = None
    #: the gazetteer's own name when the story writes another one for the place ("Irákleion"
    #: for a story's "Heraklion"): ``name`` is then the story's, shown in tables and maps
    gazetteer_name: str | None = None
    #: how far the place spreads (km), where its record says (regions, islands, zones); 0 for
    #: a point or an unknown size. A trip can stop at a small island as at a town.
    extent_km: float = 0.0

    def __post_init__(self) -> None:
        check_coordinates(self.lat, self.lon)

    @property
    def key(self) -> str:
        return self.id or f"{self.name}@{self.lat:.5f},{self.lon:.5f}"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place that may be meant by a name, with how well it fits (0..1, higher is better)."""

    place: Place
    score: float
    matched: str = ""  # the name or alias that matched
    reason: str = ""  # why it ranks where it does, for "did you mean" and --debug


@dataclass(frozen=True, slots=True)
class Quote:
    """A sentence from an article, and which article it came from."""

    text: str
    source: str  # article file name (or the journey file)


@dataclass(slots=True)
class PlaceMention:
    """A place as a story names it: every surface form and every sentence that mentions it."""

    place: Place
    mentions: list[str] = field(default_factory=list)  # as written in the text
    quotes: list[Quote] = field(default_factory=list)
    role: Literal["stop", "passed", "mentioned"] = "mentioned"


@dataclass(frozen=True, slots=True)
class Measure:
    """One way of measuring a leg, with the geometry it measured and where the data came from."""

    kind: MeasureKind
    km: float
    method: str  # how it was computed, for the explanation ("WGS84 geodesic (pyproj)")
    source: str  # the data behind it ("curated corridor kp-cn-beijing-pyongyang: ...")
    low_km: float | None = None  # uncertainty band, for estimates (road circuity model)
    high_km: float | None = None
    published_km: float | None = None  # published chainage / line distance where known
    estimate: bool = False
    geometry: tuple[tuple[float, float], ...] = ()  # (lat, lon) vertices along the measure


@dataclass(slots=True)
class Stop:
    """A place the journey reaches, with when it got there and left (aware datetimes)."""

    place: Place
    arrive: datetime | None = None
    depart: datetime | None = None
    note: str = ""  # what happened there, e.g. "talks and a four-hour dinner"
    mentions: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Leg:
    """Travel between two consecutive stops by one mode."""

    origin: str  # Stop.place.name
    destination: str
    mode: Mode = "rail"
    depart: datetime | None = None
    arrive: datetime | None = None
    vehicle: str | None = None  # e.g. "armoured special train"; selects a speed envelope
    direction: Literal["outbound", "return"] | None = None
    measures: dict[str, Measure] = field(default_factory=dict)  # keyed by Measure.kind
    via: list[str] = field(default_factory=list)  # places passed (e.g. Shenyang, Sinuiju)
    #: False when no word of the story gives the mode and it was guessed from the distance
    #: (a flight over 1,000 km): a trip slower than the guess is then no error
    mode_told: bool = True


@dataclass(slots=True)
class Claim:
    """A figure an article reports, what it is about, and (after checking) whether it holds up."""

    kind: ClaimKind
    text: str  # the words in the article, e.g. "about 520 miles (840 kilometers)"
    source: str  # article file name, or outlet
    low: float | None
    high: float | None
    unit: str  # "km", "h", "km/h"; for kind "time": "iso" with low/high unset
    origin: str | None = None  # place names as in the journey's places
    destination: str | None = None
    qualifier: str | None = None  # "about", "more than", "nearly", "up to", "day-long", ...
    sentence: str = ""
    outlet: str | None = None  # who reported it, when known ("Bloomberg", "Yonhap via AFP")
    time: datetime | None = None  # for kind "time": the clock time stated (aware)
    event: str | None = None  # for kind "time": "departure", "arrival", "en route"
    verdict: Verdict = "unverifiable"
    explanation: str = ""
    measures: dict[str, float | None] = field(
        default_factory=lambda: {"geodesic_km": None, "rail_km": None, "road_km": None}
    )
    leg: int | None = None  # index into Journey.legs
    implied_speed_kmh: tuple[float, float] | None = None

    def told_in_days(self) -> bool:
        """Whether this is a time of a day or more told in days, weeks or months ("33 days",
        "a week"): shown in days wherever it is stated, not as "792 h"."""
        return (self.kind == "duration" and self.unit == "h" and self.low is not None
                and self.low >= 24 and units.told_in_days(self.text))


#: from how many days a time told in days is judged, and its pace labelled, by the distance a
#: day (one day may be ridden or run through: "from Istanbul to Ankara in a single day")
TRAVEL_DAYS = 2


@dataclass(slots=True)
class Event:
    """Something that happened at a place for a reported time: kept apart from the legs."""

    kind: str  # "meeting", "dinner", "banquet", "tour", "visit", "lunch", "stay"
    text: str  # the words in the article, e.g. "a four-hour dinner"
    source: str
    low_h: float | None = None
    high_h: float | None = None
    place: str | None = None
    sentence: str = ""


@dataclass(slots=True)
class Journey:
    """One journey, told by articles or a journey file, before and after checking."""

    title: str = ""
    traveller: str | None = None
    stops: list[Stop] = field(default_factory=list)  # in journey order; a place may recur
    legs: list[Leg] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)  # unique, journey order
    other_places: list[PlaceMention] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings a fact-checker should see

    def stop_named(self, name: str) -> Stop | None:
        folded = name.casefold()
        for stop in self.stops:
            if stop.place.name.casefold() == folded:
                return stop
        return None

    def place_named(self, name: str) -> Place | None:
        folded = name.casefold()
        for pm in [*self.places, *self.other_places]:
            if pm.place.name.casefold() == folded:
                return pm.place
        stop = self.stop_named(name)
        return stop.place if stop else None
