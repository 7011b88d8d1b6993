"""The gazetteer as a geopy geocoder, so code written for Nominatim runs offline unchanged.

``OfflineGeocoder().geocode("Dandong")`` and ``.reverse((40.1, 124.4))`` return
:class:`geopy.location.Location` objects like any geopy service (``address``, ``latitude``,
``longitude``, ``raw``), and ``None`` when nothing is found, as geopy's services do. Nothing
here opens a socket. Online services can be chained after it (see :mod:`routes.online`).

geopy's ``geocode(..., exactly_one=True)`` returns the best match; a fact-checker should know
when the best match was a guess, so ``raw["ambiguous"]`` is True when the gazetteer would have
refused to choose (see :mod:`routes.gazetteer._rank`), and ``strict=True`` raises
AmbiguousPlaceError instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError
from routes.models import Candidate, Place


class OfflineGeocoder(Geocoder):  # type: ignore[misc]
    """A geopy geocoder backed by :func:`routes.gazetteer.open_gazetteer` (no network)."""

    def __init__(
        self,
        gazetteer: Any = None,
        *,
        country: str | None = None,
        strict: bool = False,
        user_agent: str | None = "routes-offline-gazetteer",
    ) -> None:
        super().__init__(user_agent=user_agent)
        self._gazetteer = gazetteer
        self.country = country
        self.strict = strict

    @property
    def gazetteer(self) -> Any:
        if self._gazetteer is None:
            from routes.gazetteer._gazetteer import open_gazetteer

            self._gazetteer = open_gazetteer()
        return self._gazetteer

    @staticmethod
    def _location(candidate: Candidate, *, ambiguous: bool = False, distance_km: float | None = None
                  ) -> Location:
        place: Place = candidate.place
        parts = [place.name]
        if place.city and place.city != place.name:
            parts.append(place.city)
        if place.country:
            parts.append(place.country)
        raw: dict[str, Any] = {
            "id": place.id, "name": place.name, "lat": place.lat, "lon": place.lon,
            "kind": place.kind, "country": place.country, "source": place.source,
            "population": place.population, "score": candidate.score,
            "matched": candidate.matched, "reason": candidate.reason, "ambiguous": ambiguous,
        }
        if distance_km is not None:
            raw["distance_km"] = round(distance_km, 3)
        return Location(", ".join(parts), (place.lat, place.lon, 0.0), raw)

    def geocode(
        self,
        query: str | Mapping[str, str],
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        limit: int | None = None,
        country_codes: str | Iterable[str] | None = None,
        near: tuple[float, float] | None = None,
        kinds: Iterable[str] | None = None,
        language: str | None = None,
    ) -> Location | list[Location] | None:
        """Locations for ``query`` (best first); ``None`` when no name matches.

        ``timeout`` and ``language`` are accepted for geopy compatibility and ignored.
        ``country_codes`` (one code, or the first of several) is a country hint.
        """
        if isinstance(query, Mapping):
            query = ", ".join(str(v) for v in query.values() if v)
        name = str(query).strip()
        if not name:
            return None
        if isinstance(country_codes, str):
            country: str | None = country_codes
        elif country_codes is not None:
            country = next(iter(country_codes), None)
        else:
            country = self.country
        gaz = self.gazetteer
        if exactly_one:
            try:
                best = gaz.resolve(name, country=country, near=near, kinds=kinds)
                return self._location(best)
            except PlaceNotFoundError:
                return None
            except AmbiguousPlaceError:
                if self.strict:
                    raise
                ranked = gaz.candidates(name, country=country, near=near, kinds=kinds, limit=1)
                return self._location(ranked[0], ambiguous=True) if ranked else None
        ranked = gaz.candidates(name, country=country, near=near, kinds=kinds, limit=limit or 10)
        exact = [c for c in ranked if not c.reason.startswith("similar name")]
        return [self._location(c) for c in exact] or None

    def reverse(
        self,
        query: Point | tuple[float, float] | str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        limit: int | None = None,
        max_km: float | None = None,
        kinds: Iterable[str] | None = None,
        language: str | None = None,
    ) -> Location | list[Location] | None:
        """The nearest known place(s) to a point (cities and landmarks, not countries)."""
        point = Point(query)
        found = self.gazetteer.nearest(
            point.latitude, point.longitude, limit=1 if exactly_one else (limit or 10),
            max_km=max_km, kinds=kinds,
        )
        locations = [
            self._location(Candidate(p, 1.0, p.name, f"{d:.1f} km away"), distance_km=d)
            for p, d in found
        ]
        if not locations:
            return None
        return locations[0] if exactly_one else locations
