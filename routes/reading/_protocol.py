"""The part of the gazetteer the reader calls, as a Protocol.

Why a Protocol: the reader is tested with a small fake gazetteer and runs with the real one
(routes.gazetteer); both only need these members.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol

from routes.models import Candidate, Place


class GazetteerLike(Protocol):
    max_name_tokens: int

    def contains_name(self, folded: str) -> bool: ...

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        context: Sequence[Place] = (),
        kinds: Sequence[str] | None = None,
    ) -> Candidate: ...

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        kinds: Sequence[str] | None = None,
        limit: int = 10,
    ) -> list[Candidate]: ...

    def resolve_description(
        self, phrase: str, *, city: str | None = None, keywords: Sequence[str] = ()
    ) -> Candidate | None: ...


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
    return functools.lru_cache(maxsize=65536)(fn)
