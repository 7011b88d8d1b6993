"""Journey files: a journey described (or corrected) by hand, in YAML.

Articles are read by machine and can be wrong; a journey file is the desk's own statement of a
journey, or its corrections to what was read (``routes check a.txt --journey fixes.yaml``). It is
validated strictly, and every error names the file, the line and the field, because the person
fixing it is usually not the person who wrote the code.

The format (version 1)::

    version: 1
    title: "Kim Jong Un's train to Beijing, January 2019"
    traveller: Kim Jong Un
    timezone: "+08:00"            # default offset for times written without one (optional)
    places:                       # define or correct places (optional)
      - name: Beijing Railway Station
        lat: 39.9029
        lon: 116.4270
        kind: station
        country: CN
        source: "Wikipedia infobox coordinates"
    stops:                        # the itinerary in order; a place may recur
      - place: Pyongyang          # resolved by the gazetteer unless defined above or given lat/lon
        depart: 2019-01-07        # a date, or a date and time with offset: 2019-01-09T14:00+08:00
      - place: Dandong
        passed: true              # passed through rather than stopped at
      - place: Beijing Railway Station
        arrive: 2019-01-08T10:00+08:00
        note: "Arrived by armoured train"
    legs:                         # optional; by default consecutive stops are joined
      - from: Pyongyang
        to: Dandong
        mode: rail                # rail | road | air | sea | walk
        vehicle: armoured special train
    claims:                       # reported figures and who reported them
      - kind: distance            # distance | duration | speed | time
        text: "about 520 miles (840 kilometers)"
        low: 840                  # or value: 840
        high: 840
        unit: km                  # km, mi, nmi, m | h, min, d | km/h, mph, kn
        qualifier: about
        from: Beijing Railway Station
        to: Dandong
        source: Bloomberg
    events:
      - kind: dinner
        place: Great Hall of the People
        hours: 4
        source: Yonhap
    ignore: [Moon]                # names read from articles that are not places

Unknown keys are errors (a typo must not be silently ignored).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from routes import units
from routes.errors import CoordinateError, InputFileError, JourneyFileError, RoutesError
from routes.models import (
    MODES,
    PLACE_KINDS,
    Claim,
    Event,
    Journey,
    Leg,
    Mode,
    Place,
    PlaceMention,
    Stop,
    check_coordinates,
)

#: Above this size a "journey file" is surely something else; refuse it before parsing.
MAX_JOURNEY_BYTES = 5_000_000

_TOP_KEYS = {
    "version",
    "title",
    "traveller",
    "timezone",
    "places",
    "stops",
    "legs",
    "claims",
    "events",
    "ignore",
    "default_mode",
}
_PLACE_KEYS = {"name", "lat", "lon", "kind", "country", "city", "source", "aliases"}
_STOP_KEYS = {"place", "lat", "lon", "kind", "country", "arrive", "depart", "note", "passed"}
_LEG_KEYS = {"from", "to", "mode", "vehicle", "depart", "arrive", "via", "direction"}
_CLAIM_KEYS = {
    "kind",
    "text",
    "low",
    "high",
    "value",
    "unit",
    "qualifier",
    "from",
    "to",
    "source",
    "outlet",
    "time",
    "event",
    "sentence",
}
_EVENT_KEYS = {"kind", "text", "place", "hours", "low_h", "high_h", "source", "sentence"}

Resolver = Callable[[str, str | None, Sequence[Place]], Place]


class _Node(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]


def _load_yaml(text: str, path: str) -> Any:
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Node:
        result = _Node()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise JourneyFileError(
                    "keys must be text", path=path, line=key_node.start_mark.line + 1
                )
            if key in result:
                raise JourneyFileError(
                    "this key appears twice",
                    path=path,
                    line=key_node.start_mark.line + 1,
                    field=key,
                )
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
        return str(loader.construct_scalar(node))

    Loader.add_constructor(
        yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
        construct_mapping,
    )
    Loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp_as_text)
    try:
        return yaml.load(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or "not valid YAML"
        raise JourneyFileError(f"not valid YAML: {problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise JourneyFileError(f"not valid YAML: {exc}", path=path) from None


class _Reader:
    """Turns the parsed YAML into a Journey, naming the line of every problem."""

    def __init__(self, path: str, resolve: Resolver | None) -> None:
        self.path = path
        self.resolve = resolve
        self.default_tz: timezone | ZoneInfo | None = None
        self.defined: dict[str, Place] = {}

    # -- helpers ---------------------------------------------------------------------------
    def error(self, node: _Node | None, field: str, message: str) -> JourneyFileError:
        line = None
        if node is not None:
            line = node.key_lines.get(field.split(".")[-1].split("[")[0], node.line)
        return JourneyFileError(message, path=self.path, line=line, field=field)

    def mapping(self, value: Any, field: str, parent: _Node | None) -> _Node:
        if not isinstance(value, _Node):
            raise self.error(
                parent, field, f"must be a mapping of keys to values, got {_kind(value)}"
            )
        return value

    def sequence(self, node: _Node, key: str) -> list[Any]:
        value = node.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(node, key, f"must be a list, got {_kind(value)}")
        return value

    def check_keys(self, node: _Node, allowed: set[str], where: str) -> None:
        for key in node:
            if key not in allowed:
                hint = ", ".join(sorted(allowed))
                raise self.error(
                    node, f"{where}.{key}" if where else key, f"unknown key (allowed: {hint})"
                )

    def text(self, node: _Node, key: str, where: str, *, required: bool = False) -> str | None:
        value = node.get(key)
        if value is None:
            if required:
                raise JourneyFileError(
                    "is required", path=self.path, line=node.line, field=f"{where}.{key}"
                )
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(node, f"{where}.{key}", f"must be text, got {_kind(value)}")
        text = str(value).strip()
        if required and not text:
            raise self.error(node, f"{where}.{key}", "must not be empty")
        return text or None

    def number(self, node: _Node, key: str, where: str) -> float | None:
        value = node.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            raise self.error(node, f"{where}.{key}", f"must be a number, got {value!r}")
        return float(value)

    def when(self, node: _Node, key: str, where: str) -> datetime | None:
        value = node.get(key)
        if value is None:
            return None
        raw = str(value).strip()
        try:
            if len(raw) == 10:
                parsed = datetime.combine(date.fromisoformat(raw), time(0, 0))
            else:
                parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise self.error(
                node,
                f"{where}.{key}",
                f"{raw!r} is not a date or time; write 2019-01-09 or 2019-01-09T14:00+08:00",
            ) from None
        if len(raw) == 10:
            return parsed.replace(tzinfo=_FLOATING)
        if parsed.tzinfo is None:
            if self.default_tz is None:
                raise self.error(
                    node,
                    f"{where}.{key}",
                    f"{raw!r} has no time zone; add an offset (+08:00) or set timezone: at the top",
                )
            parsed = parsed.replace(tzinfo=self.default_tz)
        return parsed

    # -- sections --------------------------------------------------------------------------
    def read(self, doc: Any) -> tuple[Journey, list[str]]:
        if doc is None:
            raise JourneyFileError(
                "the file is empty; see examples/kim-2019-beijing.yaml", path=self.path
            )
        root = self.mapping(doc, "(top level)", None)
        self.check_keys(root, _TOP_KEYS, "")
        version = root.get("version", 1)
        if version != 1:
            raise self.error(root, "version", f"unsupported version {version!r}; this tool reads 1")
        tz_text = self.text(root, "timezone", "")
        if tz_text:
            self.default_tz = self.parse_tz(root, tz_text)
        default_mode = self.mode(root, "default_mode", "", default="rail")
        for i, item in enumerate(self.sequence(root, "places")):
            where = f"places[{i}]"
            node = self.mapping(item, where, root)
            self.check_keys(node, _PLACE_KEYS, where)
            place = self.place(node, where, name_key="name")
            self.defined[place.name.casefold()] = place
            for alias in node.get("aliases") or []:
                self.defined[str(alias).casefold()] = place
        stops = [
            self.stop(self.mapping(item, f"stops[{i}]", root), f"stops[{i}]")
            for i, item in enumerate(self.sequence(root, "stops"))
        ]
        legs = [
            self.leg(self.mapping(item, f"legs[{i}]", root), f"legs[{i}]", stops)
            for i, item in enumerate(self.sequence(root, "legs"))
        ]
        if not legs:
            legs = default_legs([s for s, _ in stops], default_mode)
        claims = [
            self.claim(self.mapping(item, f"claims[{i}]", root), f"claims[{i}]")
            for i, item in enumerate(self.sequence(root, "claims"))
        ]
        events = [
            self.event(self.mapping(item, f"events[{i}]", root), f"events[{i}]")
            for i, item in enumerate(self.sequence(root, "events"))
        ]
        ignore = [str(x) for x in self.sequence(root, "ignore")]
        journey = Journey(
            title=self.text(root, "title", "") or "",
            traveller=self.text(root, "traveller", ""),
            stops=[s for s, _ in stops],
            legs=legs,
            claims=claims,
            events=events,
            sources=[self.path],
        )
        journey.places = places_from_stops(
            journey.stops, {s.place.key for s, passed in stops if passed}
        )
        for place in self.defined.values():
            if all(pm.place.key != place.key for pm in journey.places):
                journey.other_places.append(PlaceMention(place=place, mentions=[place.name]))
        return journey, ignore

    def parse_tz(self, node: _Node, text: str) -> timezone | ZoneInfo:
        if text[:1] in "+-":
            try:
                parsed = datetime.fromisoformat(f"2000-01-01T00:00{text}")
            except ValueError:
                raise self.error(
                    node, "timezone", f"{text!r} is not an offset like +08:00"
                ) from None
            assert parsed.tzinfo is not None
            return cast(timezone, parsed.tzinfo)
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError):
            raise self.error(
                node, "timezone", f"unknown time zone {text!r}; use an offset like +09:00"
            ) from None

    def mode(self, node: _Node, key: str, where: str, default: Mode) -> Mode:
        value = node.get(key)
        if value is None:
            return default
        if value not in MODES:
            field = f"{where}.{key}" if where else key
            raise self.error(node, field, f"unknown mode {value!r}; use one of {', '.join(MODES)}")
        return cast(Mode, value)

    def place(self, node: _Node, where: str, *, name_key: str) -> Place:
        name = cast(str, self.text(node, name_key, where, required=True))
        lat = self.number(node, "lat", where)
        lon = self.number(node, "lon", where)
        kind = self.text(node, "kind", where)
        country = self.text(node, "country", where)
        if kind is not None and kind not in PLACE_KINDS:
            raise self.error(
                node,
                f"{where}.kind",
                f"unknown kind {kind!r}; use one of {', '.join(sorted(PLACE_KINDS))}",
            )
        if (lat is None) != (lon is None):
            raise self.error(node, f"{where}.lat", "give both lat and lon, or neither")
        if lat is not None and lon is not None:
            try:
                check_coordinates(lat, lon)
            except CoordinateError as exc:
                raise self.error(node, f"{where}.lat", exc.message) from None
            return Place(
                name=name,
                lat=lat,
                lon=lon,
                kind=kind or "landmark",
                country=country.upper() if country else None,
                source=self.text(node, "source", where) or f"journey file {self.path}",
                id=f"journey:{name.casefold()}",
                city=self.text(node, "city", where),
            )
        defined = self.defined.get(name.casefold())
        if defined is not None:
            return defined
        if self.resolve is None:
            raise self.error(
                node, f"{where}.{name_key}", f"{name!r} has no coordinates; add lat and lon"
            )
        try:
            return self.resolve(name, country, [*self.defined.values()])
        except RoutesError as exc:
            raise JourneyFileError(
                exc.message,
                path=self.path,
                line=node.key_lines.get(name_key, node.line),
                field=f"{where}.{name_key}",
            ) from None

    def stop(self, node: _Node, where: str) -> tuple[Stop, bool]:
        self.check_keys(node, _STOP_KEYS, where)
        place = self.place(node, where, name_key="place")
        passed = node.get("passed", False)
        if not isinstance(passed, bool):
            raise self.error(node, f"{where}.passed", "must be true or false")
        stop = Stop(
            place=place,
            arrive=self.when(node, "arrive", where),
            depart=self.when(node, "depart", where),
            note=self.text(node, "note", where) or "",
            mentions=[place.name],
        )
        if (
            stop.arrive
            and stop.depart
            and _comparable(stop.arrive, stop.depart)
            and stop.depart < stop.arrive
        ):
            raise self.error(node, f"{where}.depart", "departure is before arrival")
        return stop, passed

    def leg(self, node: _Node, where: str, stops: list[tuple[Stop, bool]]) -> Leg:
        self.check_keys(node, _LEG_KEYS, where)
        origin = cast(str, self.text(node, "from", where, required=True))
        destination = cast(str, self.text(node, "to", where, required=True))
        names = {s.place.name.casefold(): s.place.name for s, _ in stops}
        for key, name in (("from", origin), ("to", destination)):
            if stops and name.casefold() not in names:
                raise self.error(node, f"{where}.{key}", f"{name!r} is not one of the stops")
        direction = self.text(node, "direction", where)
        if direction not in (None, "outbound", "return"):
            raise self.error(node, f"{where}.direction", "must be outbound or return")
        return Leg(
            origin=names.get(origin.casefold(), origin),
            destination=names.get(destination.casefold(), destination),
            mode=self.mode(node, "mode", where, default="rail"),
            depart=self.when(node, "depart", where),
            arrive=self.when(node, "arrive", where),
            vehicle=self.text(node, "vehicle", where),
            direction=cast(Any, direction),
            via=[str(v) for v in self.sequence(node, "via")],
        )

    def claim(self, node: _Node, where: str) -> Claim:
        self.check_keys(node, _CLAIM_KEYS, where)
        kind = self.text(node, "kind", where, required=True)
        if kind not in ("distance", "duration", "speed", "time"):
            raise self.error(node, f"{where}.kind", "must be distance, duration, speed or time")
        text = cast(str, self.text(node, "text", where, required=True))
        source = self.text(node, "source", where) or self.path
        common: dict[str, Any] = {
            "text": text,
            "source": source,
            "origin": self.text(node, "from", where),
            "destination": self.text(node, "to", where),
            "qualifier": self.text(node, "qualifier", where),
            "sentence": self.text(node, "sentence", where) or "",
            "outlet": self.text(node, "outlet", where),
        }
        if kind == "time":
            moment = self.when(node, "time", where)
            if moment is None:
                raise JourneyFileError(
                    "is required for a time claim",
                    path=self.path,
                    line=node.line,
                    field=f"{where}.time",
                )
            return Claim(
                kind="time",
                low=None,
                high=None,
                unit="iso",
                time=moment,
                event=self.text(node, "event", where),
                **common,
            )
        value = self.number(node, "value", where)
        low = self.number(node, "low", where)
        high = self.number(node, "high", where)
        if value is not None:
            low = high = value if low is None and high is None else None
            if low is None:
                raise self.error(node, f"{where}.value", "give value, or low and high, not both")
        if low is None and high is None:
            raise JourneyFileError(
                "give value, or low and high",
                path=self.path,
                line=node.line,
                field=f"{where}.value",
            )
        low = low if low is not None else high
        high = high if high is not None else low
        assert low is not None and high is not None
        if low < 0 or high < low:
            raise self.error(node, f"{where}.low", f"the range {low}..{high} is not valid")
        unit = self.text(node, "unit", where, required=True)
        try:
            low_c, canonical = _to_canonical(low, cast(str, unit))
            high_c, _ = _to_canonical(high, cast(str, unit))
        except ValueError:
            raise self.error(
                node, f"{where}.unit", f"unknown unit {unit!r}; use km, mi, h, min, km/h or mph"
            ) from None
        expected = {"distance": "km", "duration": "h", "speed": "km/h"}[kind]
        if canonical != expected:
            raise self.error(
                node, f"{where}.unit", f"a {kind} needs a unit of {expected}, got {unit!r}"
            )
        return Claim(kind=cast(Any, kind), low=low_c, high=high_c, unit=canonical, **common)

    def event(self, node: _Node, where: str) -> Event:
        self.check_keys(node, _EVENT_KEYS, where)
        hours = self.number(node, "hours", where)
        low = self.number(node, "low_h", where)
        high = self.number(node, "high_h", where)
        if hours is not None:
            low = high = hours
        kind = cast(str, self.text(node, "kind", where, required=True))
        return Event(
            kind=kind,
            text=self.text(node, "text", where) or kind,
            source=self.text(node, "source", where) or self.path,
            low_h=low,
            high_h=high,
            place=self.text(node, "place", where),
            sentence=self.text(node, "sentence", where) or "",
        )


#: Marks a moment given as a date only (no clock time): compared by calendar day, never by hour.
_FLOATING = timezone(timedelta(0), "date only")


def _to_canonical(value: float, unit: str) -> tuple[float, str]:
    """A figure in the contract's units: km, h or km/h (ValueError for any other unit)."""
    if units.is_distance_unit(unit):
        return units.to_km(value, unit), "km"
    if units.is_duration_unit(unit):
        return units.to_hours(value, unit), "h"
    if units.is_speed_unit(unit):
        return units.speed_to_kmh(value, unit), "km/h"
    raise ValueError(unit)


def _comparable(a: datetime, b: datetime) -> bool:
    return a.tzinfo is not _FLOATING and b.tzinfo is not _FLOATING


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"


def is_date_only(moment: datetime | None) -> bool:
    """True when a journey file gave only a calendar date (no clock time) for this moment."""
    return moment is not None and moment.tzinfo is _FLOATING


def same_city(a: Place, b: Place) -> bool:
    """Whether two places are in one city, so travel between them is a local road trip."""
    from routes.geodesy import geodesic_km

    if a.city and b.city and a.city.casefold() == b.city.casefold():
        return True
    for x, y in ((a, b), (b, a)):
        if x.city and x.city.casefold() == y.name.casefold():
            return True
    return geodesic_km(a.lat, a.lon, b.lat, b.lon) < 40.0


def default_legs(stops: Sequence[Stop], mode: Mode) -> list[Leg]:
    """Join consecutive stops: by road inside one city, else by the journey's main mode.

    The direction flips to "return" once the traveller heads back towards the first stop,
    i.e. when a leg ends nearer to the start than it began.
    """
    from routes.geodesy import geodesic_km

    legs: list[Leg] = []
    if not stops:
        return legs
    start = stops[0].place
    for a, b in itertools.pairwise(stops):
        if a.place.key == b.place.key:
            continue
        local = same_city(a.place, b.place)
        da = geodesic_km(start.lat, start.lon, a.place.lat, a.place.lon)
        db = geodesic_km(start.lat, start.lon, b.place.lat, b.place.lon)
        legs.append(
            Leg(
                origin=a.place.name,
                destination=b.place.name,
                mode="road" if local else mode,
                depart=a.depart,
                arrive=b.arrive,
                direction=None if local else ("return" if db < da else "outbound"),
            )
        )
    return legs


def places_from_stops(
    stops: Sequence[Stop], passed_keys: set[str] | None = None
) -> list[PlaceMention]:
    """Unique places of an itinerary, in the order first reached."""
    passed_keys = passed_keys or set()
    seen: dict[str, PlaceMention] = {}
    for stop in stops:
        pm = seen.get(stop.place.key)
        if pm is None:
            pm = PlaceMention(
                place=stop.place,
                role="passed" if stop.place.key in passed_keys else "stop",
            )
            seen[stop.place.key] = pm
        for m in stop.mentions:
            if m not in pm.mentions:
                pm.mentions.append(m)
        pm.quotes.extend(q for q in stop.quotes if q not in pm.quotes)
    return list(seen.values())


def load_journey(path: str | Path, *, resolve: Resolver | None = None) -> Journey:
    """Read and validate a journey file.

    ``resolve(name, country, known_places)`` turns a stop named without coordinates into a
    Place; the pipeline passes the gazetteer's. Without it every place needs coordinates.
    """
    journey, _ = load_journey_with_ignores(path, resolve=resolve)
    return journey


def load_journey_with_ignores(
    path: str | Path, *, resolve: Resolver | None = None
) -> tuple[Journey, list[str]]:
    """Like :func:`load_journey`, also returning the ``ignore:`` names (for merging)."""
    p = Path(path)
    if not p.exists():
        raise InputFileError(f"journey file {p} does not exist")
    if p.is_dir():
        raise InputFileError(f"{p} is a folder, not a journey file")
    try:
        size = p.stat().st_size
        if size > MAX_JOURNEY_BYTES:
            raise JourneyFileError(
                f"{size:,} bytes is too large for a journey file (limit {MAX_JOURNEY_BYTES:,})",
                path=str(p),
            )
        raw = p.read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {p}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JourneyFileError("not UTF-8 text; save the file as UTF-8", path=str(p)) from None
    if "\x00" in text:
        raise JourneyFileError("binary data, not a YAML journey file", path=str(p))
    doc = _load_yaml(text, str(p))
    reader = _Reader(str(p), resolve)
    return reader.read(doc)


def merge_journeys(read: Journey, fixes: Journey, ignore: Sequence[str] = ()) -> Journey:
    """Apply a journey file's corrections to a journey read from articles.

    The file wins where it speaks: its stops replace the itinerary read from text, its places
    replace same-named places (coordinates corrected), its claims and events are added, and
    names under ``ignore`` are dropped from both place lists.
    """
    ignored = {name.casefold() for name in ignore}
    corrections: dict[str, Place] = {}
    for pm in [*fixes.places, *fixes.other_places]:
        corrections[pm.place.name.casefold()] = pm.place

    def fix_place(place: Place) -> Place:
        return corrections.get(place.name.casefold(), place)

    def fix_mentions(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
        out = []
        for pm in mentions:
            if pm.place.name.casefold() in ignored or any(
                m.casefold() in ignored for m in pm.mentions
            ):
                continue
            out.append(replace(pm, place=fix_place(pm.place)))
        return out

    merged = replace(
        read,
        title=fixes.title or read.title,
        traveller=fixes.traveller or read.traveller,
        places=fix_mentions(read.places),
        other_places=fix_mentions(read.other_places),
        claims=[*read.claims, *fixes.claims],
        events=[*read.events, *fixes.events],
        sources=[*read.sources, *fixes.sources],
    )
    if fixes.stops:
        quotes_by_key = {pm.place.key: pm for pm in merged.places + merged.other_places}
        stops = []
        for stop in fixes.stops:
            known = quotes_by_key.get(stop.place.key)
            if known is not None:
                stop = replace(
                    stop,
                    quotes=[*stop.quotes, *known.quotes],
                    mentions=list(dict.fromkeys([*stop.mentions, *known.mentions])),
                )
            stops.append(stop)
        merged.stops = stops
        merged.legs = fixes.legs
        stop_places = places_from_stops(stops)
        stop_keys = {pm.place.key for pm in stop_places}
        merged.places = stop_places + [pm for pm in merged.places if pm.place.key not in stop_keys]
        merged.other_places = [pm for pm in merged.other_places if pm.place.key not in stop_keys]
    else:
        merged.stops = [
            replace(s, place=fix_place(s.place))
            for s in read.stops
            if s.place.name.casefold() not in ignored
        ]
    return merged
