"""A fake Nominatim / Photon server on 127.0.0.1 that misbehaves on command.

Tests start it on a random port, script what each next request gets, and read back what the
client sent (times, paths, parameters, headers). Nothing here touches the network beyond
loopback.

Behaviours (``server.script(...)`` queues them, one per request; ``server.default`` answers the
rest):

- ``"ok"``: the places matching ``q`` (and ``countrycodes``), in the service's format;
- ``"empty"``: an empty result (``[]``, or a FeatureCollection without features);
- ``"malformed"``: a 200 answer that is not JSON;
- ``"wrong_shape"``: JSON of the wrong shape (records without coordinates);
- ``"429"`` or ``"429:SECONDS"``: Too Many Requests, with ``Retry-After: SECONDS`` when given;
- ``"500"``, ``"503"``, ``"403"``, ``"400"``, ``"404"``: that HTTP status;
- ``"hang"`` or ``"hang:SECONDS"``: sleep (bounded by ``MAX_HANG``, cut short on stop) before
  answering "ok", to outlast the client's time-out.

:class:`TinyGazetteer` is the offline side for the same tests: three cities and one ambiguous
name, with the interface of routes.gazetteer.Gazetteer that the chain and the reader call.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError
from routes.models import Candidate, Place

MAX_HANG = 5.0
OFFLINE_SOURCE = "GeoNames (CC BY 4.0)"


@dataclass(frozen=True)
class FakePlace:
    """One record the fake knows: enough to answer in Nominatim's and Photon's formats."""

    name: str
    lat: float
    lon: float
    country: str  # ISO alpha-2
    key: str = "place"
    value: str = "city"
    addresstype: str = "city"
    osm_type: str = "relation"
    osm_id: int = 1
    state: str = ""


#: Facts (public coordinates) plus invented names; no third-party text.
DEFAULT_PLACES: tuple[FakePlace, ...] = (
    FakePlace("Sinuiju", 40.1006, 124.3986, "KP", osm_id=101, state="North Pyongan"),
    FakePlace("Springfield", 39.7990, -89.6440, "US", osm_id=201, state="Illinois"),
    FakePlace("Springfield", -27.6530, 152.9180, "AU", osm_id=202, addresstype="suburb",
              value="suburb", state="Queensland"),
    FakePlace("Zhongnanhai Gate", 39.9087, 116.3830, "CN", key="historic", value="city_gate",
              addresstype="historic", osm_type="node", osm_id=301, state="Beijing"),
    FakePlace("Dandong Station", 40.1210, 124.3920, "CN", key="railway", value="station",
              addresstype="railway", osm_type="node", osm_id=401, state="Liaoning"),
    FakePlace("Testville", 10.5, 20.25, "ZZ", osm_id=501),
    FakePlace("Newport", 41.4901, -71.3128, "US", osm_id=601, addresstype="town", value="town",
              state="Rhode Island"),
    FakePlace("Newport", 51.5842, -2.9977, "GB", osm_id=602, state="Wales"),
)


@dataclass
class Recorded:
    """One request as the server saw it."""

    time: float  # time.monotonic() on arrival
    path: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    behaviour: str

    @property
    def query(self) -> str:
        return self.params.get("q", [""])[0]


@dataclass
class FakeGeocoder:
    """The server; use as a context manager or call start()/stop()."""

    places: Iterable[FakePlace] = DEFAULT_PLACES
    default: str = "ok"
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.places = tuple(self.places)
        self._queue: deque[str] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ----------------------------------------------------------------------------

    def script(self, *behaviours: str) -> FakeGeocoder:
        with self._lock:
            self._queue.extend(behaviours)
        return self

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first"
        port = self._server.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> FakeGeocoder:
        fake = self

        class Handler(_Handler):
            server_fake = fake

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeGeocoder:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving ----------------------------------------------------------------------------

    def _next(self, rec: Recorded) -> str:
        with self._lock:
            behaviour = self._queue.popleft() if self._queue else self.default
            rec.behaviour = behaviour
            self.requests.append(rec)
        return behaviour

    def _matches(self, query: str, countries: str) -> list[FakePlace]:
        wanted = {c.strip().upper() for c in countries.split(",") if c.strip()}
        folded = " ".join(query.split()).casefold()
        return [
            p for p in self.places
            if p.name.casefold() == folded and (not wanted or p.country in wanted)
        ]

    def answer(self, path: str, params: dict[str, list[str]], kind: str) -> Any:
        query = params.get("q", [""])[0]
        found = [] if kind == "empty" else self._matches(
            query, params.get("countrycodes", [""])[0]
        )
        limit = int(params.get("limit", ["10"])[0])
        found = found[:limit]
        if path.endswith("/api"):
            if kind == "wrong_shape":
                return {"type": "FeatureCollection", "features": [{"properties": {}}]}
            return {"type": "FeatureCollection", "features": [_photon(p) for p in found]}
        if kind == "wrong_shape":
            return [{"display_name": query}]
        return [_nominatim(p) for p in found]


def _nominatim(p: FakePlace) -> dict[str, Any]:
    return {
        "place_id": p.osm_id * 10,
        "licence": "Data (c) OpenStreetMap contributors, ODbL 1.0",
        "osm_type": p.osm_type,
        "osm_id": p.osm_id,
        "lat": f"{p.lat:.7f}",
        "lon": f"{p.lon:.7f}",
        "class": p.key,
        "type": p.value,
        "addresstype": p.addresstype,
        "name": p.name,
        "display_name": ", ".join(x for x in (p.name, p.state, p.country) if x),
        "address": {"state": p.state, "country_code": p.country.lower()},
        "importance": 0.5,
    }


def _photon(p: FakePlace) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
        "properties": {
            "osm_type": p.osm_type[:1].upper(),
            "osm_id": p.osm_id,
            "osm_key": p.key,
            "osm_value": p.value,
            "type": p.addresstype,
            "name": p.name,
            "state": p.state,
            "countrycode": p.country,
        },
    }


class _Handler(BaseHTTPRequestHandler):
    server_fake: FakeGeocoder
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        fake = self.server_fake
        parts = urlsplit(self.path)
        params = parse_qs(parts.query, keep_blank_values=True)
        rec = Recorded(time.monotonic(), parts.path, params, dict(self.headers.items()), "")
        behaviour = fake._next(rec)
        kind, _, arg = behaviour.partition(":")
        try:
            if kind == "hang":
                fake._stopping.wait(min(MAX_HANG, float(arg or 2.0)))
                kind = "ok"
            if kind in ("ok", "empty", "wrong_shape"):
                self._send(200, json.dumps(fake.answer(parts.path, params, kind)).encode())
            elif kind == "malformed":
                self._send(200, b'[{"lat": "40.1", "lon": ')
            elif kind == "429":
                self._send(429, b"Too Many Requests", {"Retry-After": arg} if arg else {})
            elif kind.isdigit():
                self._send(int(kind), f"status {kind}".encode())
            else:
                raise ValueError(f"unknown behaviour {behaviour!r}")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (time-out): expected with "hang"

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        ctype = "application/json" if status == 200 else "text/plain"
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


class TinyGazetteer:
    """A stand-in for routes.gazetteer.Gazetteer with three names and one ambiguity."""

    def __init__(self) -> None:
        self.places = {
            "pyongyang": Place("Pyongyang", 39.0339, 125.7543, "city", "KP", OFFLINE_SOURCE,
                               "geonames:1871859"),
            "dandong": Place("Dandong", 40.1292, 124.3947, "city", "CN", OFFLINE_SOURCE,
                             "geonames:2037886"),
            "beijing": Place("Beijing", 39.9075, 116.3972, "city", "CN", OFFLINE_SOURCE,
                             "geonames:1816670"),
        }
        self.calls: list[str] = []

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        kinds: Iterable[str] | None = None,
        limit: int = 10,
        context: Sequence[Place] = (),
    ) -> list[Candidate]:
        self.calls.append(f"candidates:{name}")
        place = self.places.get(name.casefold())
        return [Candidate(place, 1.0, name)] if place else []

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        context: Sequence[Place] = (),
        kinds: Iterable[str] | None = None,
    ) -> Candidate:
        self.calls.append(f"resolve:{name}")
        if name.casefold() == "springfield":
            raise AmbiguousPlaceError(name, ["Springfield, US", "Springfield, AU"])
        place = self.places.get(name.casefold())
        if place is None or (country and place.country != country.upper()):
            raise PlaceNotFoundError(name, self.suggest(name))
        return Candidate(place, 1.0, name, "offline")

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        return [p.name for k, p in self.places.items() if k[:2] == name.casefold()[:2]][:limit]

    def resolve_description(
        self, phrase: str, *, city: str | None = None, keywords: Sequence[str] = ()
    ) -> Candidate | None:
        self.calls.append(f"describe:{phrase}")
        if phrase == "the capital" and city is None:
            return Candidate(self.places["pyongyang"], 0.9, phrase, "description")
        return None

    def contains_name(self, folded: str) -> bool:
        return folded in self.places

    @property
    def max_name_tokens(self) -> int:
        return 1

    def get(self, place_id: str) -> Place | None:
        return next((p for p in self.places.values() if p.id == place_id), None)
