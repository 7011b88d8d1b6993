"""Ranking for real news (issue 11): prominence against context, states against cities,
"the ...", and demonyms. Constructed cases test the rules in isolation (they fail if a weight
or a rule changes meaning); real-index cases test them on GeoNames and the shipped data.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import AmbiguousPlaceError
from routes.gazetteer import Gazetteer, _rank
from routes.gazetteer._build import with_plurals
from routes.models import Place
from tests.test_gazetteer_support import real

NAMES = Path(__file__).parents[1] / "routes" / "gazetteer" / "data" / "country_names.yaml"
COUNTRIES = Path(__file__).parents[1] / "routes" / "data" / "regions" / "countries.yaml"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return real()


def _rank_names(
    candidates: list[tuple[str, float, float, str, float]],
    *,
    story: Sequence[tuple[float, float, str | None, str, str]] = (),
    near: tuple[float, float] | None = None,
    country: str | None = None,
    kinds: Sequence[str] = (),
) -> list[str]:
    """Rank constructed candidates (label, lat, lon, country, prominence), exact-name matches."""
    lat = np.radians([c[1] for c in candidates])
    lon = np.radians([c[2] for c in candidates])
    proms = np.array([c[4] for c in candidates])
    quality = np.ones(len(candidates))
    gaps = _rank.prominence_gaps(quality, proms)
    ctx = _rank.context_scores(
        lat, lon, [c[3] for c in candidates], [None] * len(candidates), gaps,
        country_hint=country, near=near,
        context=_rank.StoryContext(tuple(story)) if story else None, kinds=kinds,
    )
    total = _rank.scores(quality, proms, ctx)
    order = sorted(range(len(candidates)), key=lambda i: -total[i])
    return [candidates[i][0] for i in order]


P = _rank.prominence
US_STORY = [(39.5, -98.4, "US", "United States", "country"),
            (41.85, -87.65, "US", "Chicago", "city")]


def test_country_context_does_not_lift_a_town_over_a_capital() -> None:
    ranked = _rank_names(
        [("capital", 51.5, -0.13, "GB", P("city", 9_000_000, capital=True)),
         ("us town", 37.13, -84.08, "US", P("city", 8_000))],
        story=US_STORY,
    )
    assert ranked[0] == "capital"


def test_story_proximity_does_not_lift_a_hamlet_over_a_world_city() -> None:
    # a 700-person namesake 60 km from a city the story names
    ranked = _rank_names(
        [("world city", 41.9, 12.5, "IT", P("city", 2_800_000, capital=True)),
         ("hamlet", 42.98, -88.63, "US", P("city", 700))],
        story=US_STORY,
    )
    assert ranked[0] == "world city"


def test_context_reorders_namesakes_of_similar_prominence() -> None:
    towns = [("abroad", 52.0, 5.0, "NL", P("city", 80_000)),
             ("at home", 35.0, -100.0, "US", P("city", 50_000))]
    assert _rank_names(towns)[0] == "abroad"
    assert _rank_names(towns, story=US_STORY)[0] == "at home"


def test_nearby_story_city_lifts_a_tenfold_smaller_namesake() -> None:
    portlands = [("oregon", 45.52, -122.68, "US", P("city", 650_000)),
                 ("maine", 43.66, -70.26, "US", P("city", 67_000))]
    assert _rank_names(portlands)[0] == "oregon"
    bangor = [(44.80, -68.77, "US", "Bangor", "city")]
    assert _rank_names(portlands, story=bangor)[0] == "maine"


def test_proximity_fades_with_the_prominence_gap() -> None:
    """A 20-fold smaller namesake needs a story place close by, not merely on its continent."""
    londons = [("uk", 51.5, -0.13, "GB", P("city", 9_000_000, capital=True)),
               ("ontario", 42.98, -81.23, "CA", P("city", 422_000))]
    toronto = [(43.65, -79.38, "CA", "Toronto", "city")]
    new_york_state = [(42.66, -75.40, "US", "New York", "admin")]
    assert _rank_names(londons, story=toronto)[0] == "ontario"
    assert _rank_names(londons, story=new_york_state)[0] == "uk"
    assert _rank.proximity_damping(0.10) == 1.0 and _rank.proximity_damping(0.30) == 0.0


def test_a_lesser_namesake_named_without_its_bracketed_qualifier_lags() -> None:
    """"Frankfurt (Oder)" matched by "Frankfurt" is taken past proximity's reach; the top
    namesake, and one whose qualifier the story wrote, are not moved."""
    lagged = _rank.lag_qualified_names([0.0, 0.15, 0.15], [True, True, False])
    assert lagged == [0.0, 0.15 + _rank.QUALIFIED_NAME_LAG, 0.15]
    assert _rank.proximity_damping(lagged[1]) == 0.0


def test_a_state_of_the_story_country_keeps_its_country_context() -> None:
    georgias = [("country", 42.2, 43.5, "GE", P("country", 0)),
                ("state", 32.7, -83.4, "US", P("admin", 4_800_000, folder="region"))]
    assert _rank_names(georgias)[0] == "country"
    us_only = [(39.5, -98.4, "US", "United States", "country")]
    assert _rank_names(georgias, story=us_only, kinds=["country", "admin"])[0] == "state"
    town = [georgias[0], ("town", 32.7, -83.4, "US", P("city", 4_800))]
    assert _rank_names(town, story=us_only, kinds=["country", "city"])[0] == "country"


def test_explicit_near_and_country_are_not_damped() -> None:
    """The caller's --near / --country are trusted whatever the prominence gap."""
    london = [("uk", 51.5, -0.13, "GB", P("city", 9_000_000, capital=True)),
              ("kentucky", 37.13, -84.08, "US", P("city", 8_000))]
    assert _rank_names(london, near=(37.0, -84.0))[0] == "kentucky"
    assert _rank_names(london, country="US")[0] == "kentucky"


@settings(max_examples=200, deadline=None)
@given(
    major_pop=st.integers(1_000_000, 40_000_000),
    small_pop=st.integers(0, 99_999),
    kind=st.sampled_from(["country", "capital", "city"]),
    km_from_story=st.floats(0, 3000),
)
def test_rule_major_place_never_loses_to_a_small_one_on_country_context(
    major_pop: int, small_pop: int, kind: str, km_from_story: float
) -> None:
    """The documented rule: country context alone (a story place in the small one's country,
    however far) never lifts a place under 100,000 over a country, capital or 1M city."""
    major = P("country", 0) if kind == "country" else P(
        "city", major_pop, capital=kind == "capital")
    small = P("city", small_pop)
    story = [(0.0, 0.0, "US", "Somewhere", "country")]  # country-level evidence only
    ranked = _rank_names(
        [("major", 50.0, 10.0, "DE", major), ("small", 0.0, km_from_story / 111.0, "US", small)],
        story=story,
    )
    assert ranked[0] == "major"


def test_admin_prominence_follows_population_within_bounds() -> None:
    state = P("admin", 39_000_000, folder="region")
    town = P("city", 12_000)
    assert state > town
    assert P("admin", 0, folder="region") == _rank.ADMIN_FLOOR
    assert P("admin", 10**9, folder="region") == _rank.ADMIN_CEILING < P("country", 0)
    assert P("admin", 300_000, folder="region") < P("admin", 5_000_000, folder="region")


def test_big_city_outranks_the_division_sharing_its_name() -> None:
    kinds = ["city", "admin", "admin", "city"]
    countries = ["US", "US", "AU", "US"]
    pops = [8_800_000, 31_000_000, 12_000_000, 20_000]
    quality = [0.97, 1.0, 1.0, 1.0]
    proms = [P("city", 8_800_000), P("admin", 31_000_000), P("admin", 12_000_000),
             P("city", 20_000)]
    out = _rank.prefer_cities(kinds, countries, pops, quality, proms)
    lag = 0.03 * _rank.W_MATCH / _rank.W_PROMINENCE  # the city matched by an alias only
    assert out[1] == pytest.approx(proms[0] - _rank.CITY_OVER_DIVISION - lag)  # capped
    assert out[2] == proms[2]  # a division of another country keeps its prominence
    assert out[0] == proms[0] and out[3] == proms[3]
    # no big city of that name: the division keeps its importance
    assert _rank.prefer_cities(["admin", "city"], ["US", "US"], [1, 12_000], [1.0, 1.0],
                               [0.9, 0.58]) == [0.9, 0.58]


def test_plurals_are_regular_only() -> None:
    assert with_plurals(["Zimbabwean", "Iraqi", "Kazakh"]) == [
        "Zimbabwean", "Zimbabweans", "Iraqi", "Iraqis", "Kazakh", "Kazakhs"]
    assert with_plurals(["Chinese", "Swiss", "Irish", "Dutch", "Burkinabé", "Malagasy"]) == [
        "Chinese", "Swiss", "Irish", "Dutch", "Burkinabé", "Malagasy"]


# -- on the real index -----------------------------------------------------------------------
@pytest.mark.parametrize("name,country", [("London", "GB"), ("Rome", "IT"), ("Moscow", "RU"),
                                          ("Athens", "GR"), ("Greece", "GR"), ("Paris", "FR")])
def test_american_story_keeps_world_places(gaz: Gazetteer, name: str, country: str) -> None:
    us = gaz.resolve("United States").place
    chicago = gaz.resolve("Chicago").place
    lexington = Place("Lexington", 37.99, -84.48, "city", "US", admin1="KY")
    best = gaz.candidates(name, context=[us, chicago, lexington], limit=1)[0]
    assert best.place.country == country


def test_american_story_still_picks_american_namesakes_of_its_size(gaz: Gazetteer) -> None:
    maine = Place("Bangor", 44.80, -68.77, "city", "US")
    assert gaz.resolve("Portland", context=[maine]).place.admin1 == "ME"
    with pytest.raises(AmbiguousPlaceError):
        gaz.resolve("Portland")


@pytest.mark.parametrize("name,kind,admin1", [("New York", "city", "NY"),
                                              ("Washington", "city", "DC"),
                                              ("California", "admin", None)])
def test_states_against_cities(gaz: Gazetteer, name: str, kind: str, admin1: str | None) -> None:
    best = gaz.resolve(name)
    assert best.place.kind == kind and best.place.country == "US"
    if admin1:
        assert best.place.admin1 == admin1
    town = gaz.candidates(name, kinds={"city"}, limit=20)
    if kind == "admin":  # the state beats every town of its name
        assert all(c.score < best.score for c in town)


def test_state_wins_with_its_own_context(gaz: Gazetteer) -> None:
    """The rule lowers the state's prior, not its chances: placed by the caller, it wins."""
    ranked = gaz.candidates("Washington", near=(47.4, -120.8), kinds={"admin", "city"})
    assert ranked[0].place.kind == "admin"
    assert gaz.resolve("New York", near=(42.7, -75.4), kinds={"admin"}).place.kind == "admin"


def test_georgia_is_the_state_in_an_american_story(gaz: Gazetteer) -> None:
    us = gaz.resolve("United States").place
    assert gaz.candidates("Georgia", limit=1)[0].place.kind == "country"
    best = gaz.resolve("Georgia", context=[us])
    assert best.place.kind == "admin" and best.place.country == "US"
    tbilisi = gaz.resolve("Tbilisi").place
    assert gaz.resolve("Georgia", context=[tbilisi]).place.country == "GE"


@pytest.mark.parametrize("name,expected", [("the Korean Peninsula", "Korean Peninsula"),
                                           ("The Korean Peninsula", "Korean Peninsula"),
                                           ("The Hague", "The Hague"),
                                           ("the Hague", "The Hague")])
def test_leading_the_is_folded(gaz: Gazetteer, name: str, expected: str) -> None:
    assert gaz.resolve(name).place.name == expected
    assert gaz.candidates(name)[0].place.name == expected


@pytest.mark.parametrize("word,name", [
    ("European", "Europe"), ("African", "Africa"), ("Asian", "Asia"),
    ("North American", "North America"), ("Latin American", "Latin America"),
    ("Europeans", "Europe"), ("Korean", "Korean Peninsula"), ("Koreans", "Korean Peninsula"),
    ("Kurdish", "Kurdistan Region"), ("Scottish", "Scotland"),
])
def test_region_adjectives(gaz: Gazetteer, word: str, name: str) -> None:
    best = gaz.resolve(word)
    assert best.place.name == name and "demonym" in best.reason


@pytest.mark.parametrize("word,iso", [
    ("Armenian", "AM"), ("Hungarian", "HU"), ("Zimbabwean", "ZW"), ("Zimbabweans", "ZW"),
    ("Omani", "OM"), ("Emirati", "AE"), ("Slovak", "SK"), ("Norwegian", "NO"),
    ("Salvadoran", "SV"), ("Peruvian", "PE"), ("North Korean", "KP"), ("South Korean", "KR"),
])
def test_country_demonyms(gaz: Gazetteer, word: str, iso: str) -> None:
    best = gaz.resolve(word)
    assert best.place.kind == "country" and best.place.country == iso


def test_every_country_has_names_and_every_demonym_resolves(gaz: Gazetteer) -> None:
    data = yaml.safe_load(NAMES.read_text(encoding="utf-8"))
    shipped = {r["country"] for r in yaml.safe_load(COUNTRIES.read_text())["records"]}
    assert all(isinstance(k, str) and len(k) == 2 for k in data["countries"])  # "NO" stays Norway
    assert shipped <= set(data["countries"])
    with_demonym = [iso for iso, v in data["countries"].items() if v["demonyms"]]
    assert len(with_demonym) >= 200
    wrong = []
    for iso, names in data["countries"].items():
        for word in with_plurals(names["demonyms"]):
            best = gaz.candidates(word, limit=1)
            if not best or (best[0].place.kind, best[0].place.country) != ("country", iso):
                wrong.append(word)
    assert wrong == []
