"""routes: fact-check the journeys in news stories.

The public API at a glance (imported lazily, so ``import routes`` is cheap)::

    from routes import check_files, to_contract, open_gazetteer, write_map

    journey = check_files(["a.txt", "b.txt"])          # read, place, measure, check
    print(to_contract(journey)["claims"])                # the JSON contract
    write_map(journey, "maps/story.html")                # self-contained annotated map

Stages, each usable alone: :mod:`routes.reading` (articles -> mentions, figures),
:mod:`routes.gazetteer` (names -> places; also a geopy geocoder), :mod:`routes.journeyfile`
(hand-written journeys and corrections), :mod:`routes.network` and :mod:`routes.geodesy`
(measures per leg), :mod:`routes.checking` (verdicts), :mod:`routes.report` (JSON contract),
:mod:`routes.mapping` (maps, embeds, PNGs). Every error is a :class:`routes.errors.RoutesError`.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "check_files": "routes.pipeline",
    "check_articles": "routes.pipeline",
    "measure_and_check": "routes.pipeline",
    "to_contract": "routes.report",
    "load_journey": "routes.journeyfile",
    "merge_journeys": "routes.journeyfile",
    "read_article": "routes.reading",
    "read_text": "routes.reading",
    "read_story": "routes.reading",
    "open_gazetteer": "routes.gazetteer",
    "OfflineGeocoder": "routes.gazetteer",
    "measure_leg": "routes.network",
    "measure_between": "routes.network",
    "measure_journey": "routes.network",
    "check_journey": "routes.checking",
    "build_map": "routes.mapping",
    "write_map": "routes.mapping",
    "embed_snippet": "routes.mapping",
    "render_png": "routes.mapping",
    "run_batch": "routes.batch",
    "make_online_geocoder": "routes.online",
    "ChainedGeocoder": "routes.online",
    "RoutesError": "routes.errors",
    "Journey": "routes.models",
    "Place": "routes.models",
    "Claim": "routes.models",
    "Leg": "routes.models",
    "Stop": "routes.models",
    "Measure": "routes.models",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'routes' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
