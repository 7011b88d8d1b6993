"""The ranking's batch scorer (:func:`_rank.context_scores`, what every look-up runs) against
its one-candidate definition (:func:`_rank.context_score`), on random candidates and stories.

The batch scorer takes shortcuts for speed (no trigonometry for candidates whose proximity
damping is zero; the nearest story point found by the least haversine term): this checks they
change no score. The two compute great-circle distances with different, equally exact,
arithmetic, hence the 1e-9 tolerance.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from routes.gazetteer import _rank

COUNTRIES = st.sampled_from([None, "CN", "KP", "US", "GB"])
KINDS = st.sampled_from(["city", "admin", "landmark", "region", "country", "continent"])
LAT = st.floats(-90, 90, allow_nan=False)
LON = st.floats(-180, 180, allow_nan=False)
NAMES = st.sampled_from(["Beijing", "Dandong", "beijing", "Portland", ""])
CANDIDATE = st.tuples(LAT, LON, COUNTRIES, st.sampled_from([None, "Beijing", "Dandong", ""]),
                      KINDS, st.floats(0.5, 1.0), st.floats(0.0, 1.0))
STORY_PLACE = st.tuples(LAT, LON, COUNTRIES, NAMES, KINDS)


@settings(max_examples=400, deadline=None)
@given(
    candidates=st.lists(CANDIDATE, min_size=1, max_size=12),
    story=st.lists(STORY_PLACE, max_size=8),
    near=st.none() | st.tuples(LAT, LON),
    hint=st.sampled_from([None, "CN", "us", "GB"]),
)
def test_batch_scores_equal_the_one_candidate_definition(
    candidates: list[tuple[float, float, str | None, str | None, str, float, float]],
    story: list[tuple[float, float, str | None, str, str]],
    near: tuple[float, float] | None,
    hint: str | None,
) -> None:
    qualities = [c[5] for c in candidates]
    proms = [c[6] for c in candidates]
    gaps = _rank.prominence_gaps(qualities, proms)
    batch = _rank.context_scores(
        [math.radians(c[0]) for c in candidates], [math.radians(c[1]) for c in candidates],
        [c[2] for c in candidates], [c[3] for c in candidates], gaps,
        country_hint=hint, near=near,
        context=_rank.StoryContext(tuple(story)) if story else None,
        kinds=[c[4] for c in candidates],
    )
    for c, gap, got in zip(candidates, gaps, batch, strict=True):
        one = _rank.context_score(c[0], c[1], c[2], c[3], country_hint=hint, near=near,
                                  context=story, gap=gap, kind=c[4])
        assert math.isclose(got, one, rel_tol=0, abs_tol=1e-9), (c, got, one)
    totals = _rank.scores(qualities, proms, batch)
    for q, p, fit, t in zip(qualities, proms, batch, totals, strict=True):
        assert t == _rank.score(q, p, fit)


def test_proximity_is_skipped_only_where_it_counts_for_nothing() -> None:
    # the same town near and far from a story city: near wins while its damping is above 0,
    # and the two tie exactly once the gap puts damping at 0 (no distance was measured)
    story = _rank.StoryContext(((40.0, 124.0, "CN", "Dandong", "city"),))
    lat = [math.radians(40.1), math.radians(-30.0)]
    lon = [math.radians(124.1), math.radians(20.0)]
    for gap in (0.0, _rank.PROXIMITY_FULL_GAP, _rank.PROXIMITY_NO_GAP, 0.5):
        near, far = _rank.context_scores(lat, lon, [None, None], [None, None], [gap, gap],
                                         country_hint=None, near=None, context=story,
                                         kinds=["city", "city"])
        if gap < _rank.PROXIMITY_NO_GAP:
            assert near > 0.9 and far < 1e-9
        else:
            assert near == far == 0.0


@given(st.floats(0, 1, allow_nan=False))
def test_rounded_is_half_to_even_at_four_decimals(x: float) -> None:
    # numpy.round(x, 4), which scores were rounded with before: scale, round half to even,
    # scale back (not round(x, 4), which rounds the decimal value exactly)
    assert _rank.rounded(x) == round(x * 10000.0) / 10000.0
    assert abs(_rank.rounded(x) - x) <= 0.00005 + 1e-12
