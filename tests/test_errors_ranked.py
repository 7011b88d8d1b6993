"""An ambiguous name's error carries its ranked candidates, declared on the error class."""

from __future__ import annotations

from typing import Any

import pytest

from routes.errors import AmbiguousPlaceError


def test_the_error_holds_the_ranked_candidates(shared_gazetteer: Any) -> None:
    with pytest.raises(AmbiguousPlaceError) as info:
        shared_gazetteer.resolve("Portland")
    err = info.value
    assert len(err.ranked) >= 2
    assert [c.place.name for c in err.ranked[:2]] == ["Portland", "Portland"]
    assert err.ranked[0].score >= err.ranked[1].score
    assert err.exit_code == 8


def test_without_candidates_the_list_is_empty() -> None:
    assert AmbiguousPlaceError("X", ["X, somewhere"]).ranked == []
