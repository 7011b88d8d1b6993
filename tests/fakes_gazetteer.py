"""A small in-memory gazetteer with the interface of routes.gazetteer, for the reader's tests.

Its records are the places of the seed story plus decoys that share names with people or
common words (a town called "Kang", a "Kim", "Commerce"), so tests show the reader does not
take people or ordinary words for places. Coordinates are rounded public facts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError
from routes.models import Candidate, Journey, Place


def normalise_name(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


@dataclass
class _Rec:
    place: Place
    names: list[str]
    contexts: list[tuple[str, str | None, tuple[str, ...]]] = field(default_factory=list)


def _p(pid: str, name: str, lat: float, lon: float, kind: str, country: str | None,
       pop: int = 0, city: str | None = None) -> Place:
    return Place(name, lat, lon, kind, country, source="test fixture", id=pid, city=city,
                 population=pop)


def _records() -> list[_Rec]:
    return [
        _Rec(_p("g:pyongyang", "Pyongyang", 39.0339, 125.7543, "city", "KP", 3_222_000),
             ["Pyongyang", "P'yongyang", "Pyeongyang"]),
        _Rec(_p("g:dandong", "Dandong", 40.1292, 124.3947, "city", "CN", 2_400_000),
             ["Dandong", "Tan-tung", "Antung"]),
        _Rec(_p("g:beijing", "Beijing", 39.9075, 116.3972, "city", "CN", 18_960_000),
             ["Beijing", "Peking", "Pekin"]),
        _Rec(_p("g:sinuiju", "Sinuiju", 40.1006, 124.3981, "city", "KP", 359_000),
             ["Sinuiju"]),
        _Rec(_p("g:shenyang", "Shenyang", 41.7922, 123.4328, "city", "CN", 8_000_000),
             ["Shenyang", "Mukden"]),
        _Rec(_p("g:washington", "Washington", 38.8951, -77.0364, "city", "US", 689_545),
             ["Washington", "Washington DC"]),
        _Rec(_p("g:singapore", "Singapore", 1.2897, 103.8501, "city", "SG", 3_547_809),
             ["Singapore"]),
        _Rec(_p("g:seoul", "Seoul", 37.5660, 126.9784, "city", "KR", 10_349_312), ["Seoul"]),
        _Rec(_p("c:cn", "China", 35.0, 105.0, "country", "CN", 1_400_000_000),
             ["China", "People's Republic of China", "Chinese"]),
        _Rec(_p("c:kp", "North Korea", 40.0, 127.0, "country", "KP", 25_000_000),
             ["North Korea", "DPRK", "North Korean"]),
        _Rec(_p("c:kr", "South Korea", 36.5, 127.8, "country", "KR", 51_000_000),
             ["South Korea", "South Korean"]),
        _Rec(_p("c:us", "United States", 39.8, -98.6, "country", "US", 330_000_000),
             ["United States", "US", "U.S.", "USA", "American"]),
        _Rec(_p("c:jp", "Japan", 36.0, 138.0, "country", "JP", 125_000_000),
             ["Japan", "Japanese"]),
        _Rec(_p("c:ru", "Russia", 60.0, 100.0, "country", "RU", 144_000_000),
             ["Russia", "Russian"]),
        _Rec(_p("r:korean-peninsula", "Korean Peninsula", 38.0, 127.0, "region", None),
             ["Korean Peninsula"]),
        _Rec(_p("l:bjs", "Beijing Railway Station", 39.9029, 116.4270, "station", "CN",
                city="Beijing"), ["Beijing Railway Station", "Beijing Station"],
             [("a beijing train station", "Beijing", ())]),
        _Rec(_p("l:ghp", "Great Hall of the People", 39.9033, 116.3875, "venue", "CN",
                city="Beijing"), ["Great Hall of the People", "Great Hall"]),
        _Rec(_p("l:bjh", "Beijing Hotel", 39.9087, 116.4090, "hotel", "CN", city="Beijing"),
             ["Beijing Hotel"]),
        _Rec(_p("l:dyt", "Diaoyutai State Guesthouse", 39.9190, 116.3060, "guesthouse", "CN",
                city="Beijing"), ["Diaoyutai State Guesthouse", "Diaoyutai"],
             [("the state guest house", "Beijing", ()), ("state guesthouse", "Beijing", ())]),
        _Rec(_p("l:trt", "Tongrentang factory", 39.7930, 116.5060, "factory", "CN",
                city="Beijing"), ["Tongrentang factory", "Beijing Tongrentang factory"]),
        _Rec(_p("l:yz", "Beijing Economic-Technological Development Area", 39.7950, 116.5130,
                "zone", "CN", city="Beijing"),
             ["Beijing Economic-Technological Development Area", "Yizhuang", "BDA"],
             [("an economic zone", "Beijing", ("tongrentang",)),
              ("a high-tech economic development zone", "Beijing", ())]),
        # decoys: names of people and common words that are also places somewhere
        _Rec(_p("g:kang", "Kang", -23.67, 22.79, "city", "BW", 5_000), ["Kang"]),
        _Rec(_p("g:kim", "Kim", 37.25, -103.35, "city", "US", 70), ["Kim"]),
        _Rec(_p("g:commerce", "Commerce", 34.0, -118.16, "city", "US", 12_800), ["Commerce"]),
        _Rec(_p("g:moon", "Moon", 40.5, -80.2, "city", "US", 24_000), ["Moon"]),
        _Rec(_p("g:hua", "Hua", 25.0, 110.0, "city", "CN", 3_000), ["Hua"]),
        _Rec(_p("g:video", "Video", 45.0, 10.0, "city", "IT", 300), ["Video"]),
        _Rec(_p("g:royal", "Harbour", 41.3, -91.6, "city", "US", 800), ["Harbour"]),
        _Rec(_p("g:larkhill", "Larkhill", 49.1, -1.2, "city", "FR", 300), ["Larkhill"]),
        _Rec(_p("g:springfield-il", "Springfield", 39.80, -89.64, "city", "US", 116_000),
             ["Springfield"]),
        _Rec(_p("g:springfield-ma", "Springfield", 42.10, -72.59, "city", "US", 155_000),
             ["Springfield"]),
    ]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(
        (lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


class FakeGazetteer:
    """The gazetteer interface over the records above (exact names only, no fuzzy search)."""

    def __init__(self, records: Sequence[_Rec] | None = None) -> None:
        self._recs = list(records) if records is not None else _records()
        self._by_name: dict[str, list[_Rec]] = {}
        for r in self._recs:
            for n in r.names:
                lst = self._by_name.setdefault(normalise_name(n), [])
                if r not in lst:
                    lst.append(r)
        self.max_name_tokens = max(len(k.split()) for k in self._by_name)
        self.calls = 0

    normalise_name = staticmethod(normalise_name)

    def contains_name(self, folded: str) -> bool:
        self.calls += 1
        return folded in self._by_name

    def candidates(self, name: str, *, country: str | None = None,
                   near: tuple[float, float] | None = None, kinds: Sequence[str] | None = None,
                   limit: int = 10) -> list[Candidate]:
        recs = self._by_name.get(normalise_name(name), [])
        out = []
        for r in recs:
            if kinds and r.place.kind not in kinds:
                continue
            if country and r.place.country != country:
                continue
            score = 0.5 + min(0.4, math.log10(r.place.population + 10) / 25)
            if near is not None:
                score += 0.1 / (1 + _km(near, (r.place.lat, r.place.lon)) / 100)
            out.append(Candidate(r.place, round(score, 4), name, "fixture"))
        out.sort(key=lambda c: -c.score)
        return out[:limit]

    def resolve(self, name: str, *, country: str | None = None,
                near: tuple[float, float] | None = None, context: Sequence[Place] = (),
                kinds: Sequence[str] | None = None) -> Candidate:
        if near is None and context:
            near = (context[0].lat, context[0].lon)
        cands = self.candidates(name, country=country, near=near, kinds=kinds)
        if not cands:
            raise PlaceNotFoundError(name, [])
        if len(cands) > 1 and abs(cands[0].score - cands[1].score) < 0.01:
            raise AmbiguousPlaceError(name, [c.place.name for c in cands])
        return cands[0]

    def resolve_description(self, phrase: str, *, city: str | None = None,
                            keywords: Sequence[str] = ()) -> Candidate | None:
        folded = normalise_name(phrase)
        kw = {normalise_name(k) for k in keywords}
        for r in self._recs:
            for ph, within, with_ in r.contexts:
                if normalise_name(ph) != folded:
                    continue
                if within and (city is None or normalise_name(city) != normalise_name(within)):
                    continue
                if not all(w in kw for w in with_):
                    continue
                return Candidate(r.place, 0.9, ph, f"description within {within}")
        return None

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        return []

    def get(self, place_id: str) -> Place | None:
        for r in self._recs:
            if r.place.id == place_id:
                return r.place
        return None


def read_one(text: str, gaz: object) -> Journey:
    """The story of one constructed article, read against ``gaz``."""
    from routes.reading import read_story, read_text

    return read_story([read_text(text, "t.txt")], gaz)  # type: ignore[arg-type]


def places_by_mention(journey: Journey) -> dict[str, Place]:
    """Each name as the story wrote it -> the place the reader put it at."""
    return {m: pm.place for pm in [*journey.places, *journey.other_places] for m in pm.mentions}
