"""A name a town bears as its own competes, on story context, with a bigger place that GeoNames
lists under that name only as an alternate (prominence_gaps' own-name rule)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from routes.gazetteer import _rank


def test_an_own_name_town_measures_its_gap_against_own_names_only() -> None:
    # Harare (alternate "Salisbury", capital: prominence 1.0) and Salisbury, England (45,000)
    qualities = [_rank.Q_ALTERNATE, _rank.Q_NAME]
    proms = [1.0, _rank.prominence("city", 44_748)]
    own = _rank.own_name_towns(["city", "city"], [1_542_813, 44_748], qualities)
    assert own == [False, True]
    plain = _rank.prominence_gaps(qualities, proms)
    fair = _rank.prominence_gaps(qualities, proms, own)
    assert plain[1] > 0.2  # without the rule: too far behind for the story's country to count
    assert fair == [0.0, 0.0]


def test_small_towns_and_alternate_matches_keep_their_gaps() -> None:
    qualities = [_rank.Q_ALTERNATE, _rank.Q_NAME]  # Mumbai ("Bombay") and Bombay, New York
    proms = [1.0, _rank.prominence("city", 1_300)]
    own = _rank.own_name_towns(["city", "city"], [12_000_000, 1_300], qualities)
    assert own == [False, False]
    assert _rank.prominence_gaps(qualities, proms, own) == _rank.prominence_gaps(qualities, proms)


@given(st.lists(st.tuples(st.sampled_from([_rank.Q_NAME, _rank.Q_CURATED_ALIAS,
                                           _rank.Q_ALTERNATE, _rank.Q_DEMONYM]),
                          st.floats(0.0, 1.0), st.booleans()), min_size=1, max_size=12))
def test_the_rule_only_ever_narrows_gaps(rows: list[tuple[float, float, bool]]) -> None:
    qualities = [q for q, _, _ in rows]
    proms = [p for _, p, _ in rows]
    own = [o and q >= _rank.Q_NAME for q, _, o in rows]
    plain = _rank.prominence_gaps(qualities, proms)
    fair = _rank.prominence_gaps(qualities, proms, own)
    for g0, g1, o in zip(plain, fair, own, strict=True):
        assert g1 <= g0 + 1e-12
        if not o:
            assert g1 == g0
