"""The part of the gazetteer the reader calls (the Protocol lives with the gazetteer), and the
name folding the reader must share with it so that membership tests agree."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from routes.gazetteer._protocol import GazetteerLike


def _fallback_normalise(s: str) -> str:
    """Case, diacritic and punctuation folding, used only when routes.gazetteer is absent."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().replace("’", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w]+", " ", s).split())


def normaliser(gazetteer: object) -> Callable[[str], str]:
    """The name-folding function the gazetteer indexes with (so membership tests agree):
    the gazetteer's own ``normalise_name`` attribute, else ``routes.gazetteer.normalise_name``."""
    own = getattr(gazetteer, "normalise_name", None)
    if callable(own):
        fn: Callable[[str], str] = own
    else:
        try:
            from routes.gazetteer import normalise_name

            fn = normalise_name
        except ImportError:
            fn = _fallback_normalise
    if hasattr(fn, "cache_info"):
        return fn  # remembered already (routes.gazetteer.normalise_name): no second cache
    return functools.lru_cache(maxsize=65536)(fn)


__all__ = ["GazetteerLike", "normaliser"]
