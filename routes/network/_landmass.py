"""Which rail landmass a place is on, to tell "no rail data" from "no rail possible".

Why: a rail leg the curated network does not cover is usually just unmeasured (the claim becomes
unverifiable). But a rail leg from Beijing to Tokyo cannot exist at all, and saying so is more
useful to a fact-checker than "unverifiable". The table (routes/data/rail/landmasses.yaml) is
deliberately coarse: it refuses a leg only when both ends are placed with confidence on different
landmasses, and answers None (do not refuse) whenever it is unsure.
"""

from __future__ import annotations

from routes.models import Place
from routes.network._data import landmass_config


def landmass(place: Place) -> str | None:
    """The landmass name for a place, or None when the table cannot say with confidence."""
    cfg = landmass_config()
    for region in cfg.get("regions") or []:
        south, west, north, east = (float(x) for x in region["box"])
        if south <= place.lat <= north and west <= place.lon <= east:
            return str(region["landmass"])
    cc = (place.country or "").upper()
    if not cc:
        return None
    if cc in (cfg.get("uncertain") or []):
        return None
    islands = cfg.get("islands") or {}
    if cc in islands:
        return str(islands[cc])
    if cc in (cfg.get("americas") or []):
        return "americas"
    return "afro_eurasia"


def rail_impossible(a: Place, b: Place) -> tuple[str, str] | None:
    """The two landmasses when rail between a and b is impossible, else None."""
    la, lb = landmass(a), landmass(b)
    if la is None or lb is None or la == lb:
        return None
    return la, lb
