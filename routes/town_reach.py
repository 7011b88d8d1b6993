"""How much ground a town's point stands for.

Why: a gazetteer gives a town one point, its centre, but a trip may begin or end anywhere in it
(its port, its airport, its outskirts), and a building the gazetteer lacks, placed at its
town's point, may stand anywhere inside it. Reading (which places such buildings) and checking
(which measures from the points) must agree on how far that is, so it is said once, here.
"""

from __future__ import annotations

import math

from routes.models import Place

#: from how many people a town's point, its centre, stands for ground a trip may begin or end
#: well away from (its port, its airport, its outskirts)
CITY_REACH_FROM = 100_000
#: how far from its centre a town of CITY_REACH_FROM people reaches (km); a larger one reaches
#: as far times the square root of how many times larger it is (a town's area grows with its
#: people, its radius with their square root): 6 km for a million, up to CITY_REACH_MAX_KM
CITY_REACH_KM = 2.0
CITY_REACH_MAX_KM = 10.0


def city_reach_km(place: Place) -> float:
    """How far from its point a trip may begin or end in a big town and still be there."""
    if place.kind != "city" or place.population < CITY_REACH_FROM:
        return 0.0
    return min(CITY_REACH_MAX_KM,
               CITY_REACH_KM * math.sqrt(place.population / CITY_REACH_FROM))
