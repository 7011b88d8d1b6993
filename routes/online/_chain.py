"""The offline gazetteer first, an online service only for what it lacks.

Why this order: offline answers are reproducible, free, instant and carry curated provenance;
online answers cost a request under a strict policy and change over time. So the online service
is asked only when the offline gazetteer raises PlaceNotFoundError, never to second-guess a
place it knows, and never to settle an ambiguity (offline context rules decide those; a service
ranking by global importance would silently pick the wrong Springfield).
"""

from __future__ import annotations

from collections.abc import Sequence

from routes.errors import PlaceNotFoundError
from routes.gazetteer._protocol import Kinds, OfflineGazetteer
from routes.models import Candidate, Place
from routes.online._convert import choose
from routes.online._lookup import OnlineLookup

__all__ = ["ChainedGeocoder", "OfflineGazetteer"]

#: Score of an online answer: below a good offline match, since no context chose it.
ONLINE_SCORE = 0.6


class ChainedGeocoder:
    """Resolve names offline, falling back to an online service for names offline lacks."""

    def __init__(
        self, online: OnlineLookup | None = None, offline: OfflineGazetteer | None = None
    ) -> None:
        self.online = online
        self._offline = offline
        self._found_online: dict[str, Place] = {}
        self._max_name_tokens: int | None = None

    @property
    def offline(self) -> OfflineGazetteer:
        """The offline gazetteer, opened on first use (it builds an index the first time)."""
        if self._offline is None:
            from routes.gazetteer import open_gazetteer

            self._offline = open_gazetteer()
        return self._offline

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        context: Sequence[Place] = (),
        kinds: Kinds = None,
    ) -> Candidate:
        """Like Gazetteer.resolve; asks online only when offline raises PlaceNotFoundError.

        If online has nothing either (or cannot be asked), the offline error is raised with its
        "did you mean" suggestions, plus why the service could not be asked when it could not.
        ``near``, else the last place of ``context``, chooses among the service's homonyms.
        """
        try:
            return self.offline.resolve(
                name, country=country, near=near, context=context, kinds=kinds
            )
        except PlaceNotFoundError as missing:
            # Where the story already is decides between homonyms the service offers.
            anchor = near or ((context[-1].lat, context[-1].lon) if context else None)
            place = choose(self._ask_online(name, country, kinds), None, anchor)
            if place is None:
                raise self._explain(missing, name) from None
            service = self.online.name if self.online else "an online service"
            how = "the nearest of its answers" if anchor else "its best answer"
            return Candidate(
                place=place,
                score=ONLINE_SCORE,
                matched=name,
                reason=f"not in the offline gazetteer; {how} from {service}",
            )

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The place for ``name``, or None when neither side knows it.

        AmbiguousPlaceError from the offline side is raised: the caller must choose.
        """
        try:
            return self.resolve(name, country=country).place
        except PlaceNotFoundError:
            return None

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        kinds: Kinds = None,
        limit: int = 10,
        context: Sequence[Place] = (),
    ) -> list[Candidate]:
        """Offline candidates; the online answer only when offline has none at all."""
        found = self.offline.candidates(
            name, country=country, near=near, kinds=kinds, limit=limit, context=context
        )
        if found or limit < 1:
            return found
        places = self._ask_online(name, country, kinds)
        if near is not None:
            lat, lon = near
            from routes.geodesy import geodesic_km

            places.sort(key=lambda p: geodesic_km(lat, lon, p.lat, p.lon))
        service = self.online.name if self.online else "an online service"
        return [
            Candidate(p, round(ONLINE_SCORE - 0.01 * i, 4), name, f"found online by {service}")
            for i, p in enumerate(places[:limit])
        ]

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        return self.offline.suggest(name, limit)

    def resolve_description(
        self, phrase: str, *, city: str | None = None, keywords: Sequence[str] = ()
    ) -> Candidate | None:
        """Offline only: descriptions ("the state guest house") need curated context."""
        return self.offline.resolve_description(phrase, city=city, keywords=keywords)

    def contains_name(self, folded: str) -> bool:
        """Offline only: text scanning must not send every word of a story to a service."""
        return self.offline.contains_name(folded)

    @property
    def max_name_tokens(self) -> int:
        """Longest offline name in words (the reader scans n-grams up to this length)."""
        if self._max_name_tokens is not None:
            return self._max_name_tokens
        return self.offline.max_name_tokens

    @max_name_tokens.setter
    def max_name_tokens(self, value: int) -> None:
        # Settable because the reader's protocol declares a plain attribute.
        self._max_name_tokens = value

    def get(self, place_id: str) -> Place | None:
        return self._found_online.get(place_id) or self.offline.get(place_id)

    @property
    def unavailable(self) -> list[str]:
        """Names that could not be checked online (empty without an online service)."""
        return list(self.online.unavailable) if self.online else []

    def notes(self) -> list[str]:
        """Lines for Journey.notes: which places the online service could not check."""
        note = self.online.note() if self.online else None
        return [note] if note else []

    def _explain(self, missing: PlaceNotFoundError, name: str) -> PlaceNotFoundError:
        """Say so when the online service could not be asked about this name."""
        online = self.online
        if online is None or " ".join(name.split()) not in online.unavailable:
            return missing
        why = online.service_down or "it refused the query"
        missing.message += f" ({online.name} could not be asked: {why})"
        missing.args = (missing.message,)
        return missing

    def _ask_online(self, name: str, country: str | None, kinds: Kinds) -> list[Place]:
        """What the online service offers for ``name``, of the accepted kinds, best first."""
        if self.online is None:
            return []
        wanted = set(kinds) if kinds is not None else None
        places = [
            p
            for p in self.online.candidates(name, country=country)
            if wanted is None or p.kind in wanted
        ]
        for place in places:
            if place.id:
                self._found_online[place.id] = place
        return places
