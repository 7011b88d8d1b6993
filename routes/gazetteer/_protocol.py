"""What other stages need from a gazetteer, as Protocols: one definition for all callers.

Why Protocols: the reader is tested with small fakes and runs with the real gazetteer or with
the online chain (routes.online.ChainedGeocoder); none of them inherits from the others, they
only need these members. :class:`GazetteerLike` is what the reader calls;
:class:`OfflineGazetteer` adds what the online chain needs of its offline side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from routes.models import Candidate, Place

#: Kinds of place a caller accepts (None: any).
Kinds = Iterable[str] | None


class GazetteerLike(Protocol):
    """The members the reader calls while scanning and placing a story."""

    @property
    def max_name_tokens(self) -> int: ...

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


class OfflineGazetteer(GazetteerLike, Protocol):
    """The offline side of the online chain: the reader's members, context-aware look-ups and
    "did you mean" suggestions."""

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        context: Sequence[Place] = (),
        kinds: Kinds = None,
    ) -> Candidate: ...

    def candidates(
        self,
        name: str,
        *,
        country: str | None = None,
        near: tuple[float, float] | None = None,
        kinds: Kinds = None,
        limit: int = 10,
        context: Sequence[Place] = (),
    ) -> list[Candidate]: ...

    def suggest(self, name: str, limit: int = 5) -> list[str]: ...

    def get(self, place_id: str) -> Place | None: ...
