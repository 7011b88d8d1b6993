"""Streets, roads and buildings the gazetteer lacks: what counts, and where they are put.

Constructed sentences only. The fake gazetteer gets a far-away region named "Northwestern"
and a once-named far city, so that a wrong placement shows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from routes.errors import RoutesError
from routes.reading._facilities import (
    dominant_city,
    facility_run,
    hint_agrees,
    institution_run,
    road_numbers,
)
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records, places_by_mention, read_one


def _extra() -> list[_Rec]:
    return [
        _Rec(_p("a:nw", "Northwestern", -13.0, 25.0, "admin", "ZM", 700_000),
             ["Northwestern"]),
        _Rec(_p("g:winnipeg", "Winnipeg", 49.9, -97.14, "city", "CA", 700_000), ["Winnipeg"]),
        _Rec(_p("g:incheon", "Incheon", 37.45, 126.7, "city", "KR", 2_900_000), ["Incheon"]),
        _Rec(_p("g:cirencester", "Cirencester", 51.72, -1.97, "city", "GB", 19_000),
             ["Cirencester"]),
    ]


@pytest.fixture()
def gaz() -> FakeGazetteer:
    return FakeGazetteer([*_records(), *_extra()])


_read = read_one
_named = places_by_mention


@pytest.mark.parametrize(
    ("words", "facility"),
    [
        ("river avenue", True),  # a street, though its first word is a place word
        ("eglinton avenue west", True),
        ("dubonet drive", True),
        ("university of alberta", True),
        ("embassy of the republic of armenia", True),
        ("delhi high court", True),
        ("supreme court", False),  # an institution by a generic name
        ("meydan racecourse", True),
        ("new bilibid prison", True),
        ("lake manassas", True),
        ("hospital", False),
        ("of the street", False),
        ("hotel hall", False),  # two head words: no name in it
        ("st george chapel", True),  # "St" is a saint here, not a street
    ],
)
def test_facility_forms(words: str, facility: bool) -> None:
    assert facility_run(words.split()) is facility


def test_possessive_last_word_is_no_facility() -> None:
    assert not facility_run(["kcom", "stadium"], possessive_last=True)


def test_institutions_the_organisation_test_claims() -> None:
    assert institution_run(["kendale", "lakes", "elementary", "school"])
    assert institution_run(["university", "of", "california"])
    assert not institution_run(["bank", "of", "england"])
    assert not institution_run(["culture", "department", "of", "the", "armenian", "embassy"])


def test_road_numbers() -> None:
    assert [r[2] for r in road_numbers("A cyclist was hurt on the A120 at Coggeshall.")] == [
        "A120"]
    assert [r[2] for r in road_numbers("Traffic went via the A436, A40 and A429.")] == [
        "A436", "A40", "A429"]
    assert [r[2] for r in road_numbers("The I-95 and Route 66 were closed.")] == [
        "I-95", "Route 66"]
    assert road_numbers("The B2 bomber and the A4 paper.") == []
    assert [r[2] for r in road_numbers("They were arrested on 14th St. on Thursday, then "
                                       "at 30 22nd Street North.")] == [
        "14th St.", "22nd Street North"]


def test_dominant_city_counts_mentions_and_nearby_support() -> None:
    far = _p("g:far", "Far", 40.0, -83.0, "city", "US")
    home = _p("g:home", "Home", 30.0, -90.0, "city", "US")
    near = [_p(f"g:n{i}", f"N{i}", 30.1 + i / 10, -90.1, "city", "US") for i in range(3)]
    cities = {"g:far": far, "g:home": home}
    assert dominant_city(Counter({"g:far": 3, "g:home": 1}), cities, [far, home, *near]) == \
        "g:home"
    assert dominant_city(Counter({"g:far": 2, "g:home": 1}), cities, [far, home]) == "g:far"
    assert dominant_city(Counter({"g:home": 1, "g:far": 1}), cities) == "g:home"  # first
    assert dominant_city(Counter(), {}) is None


def test_hint_agrees_only_near_the_article() -> None:
    seoul = _p("g:seoul", "Seoul", 37.57, 126.98, "city", "KR")
    zambia = _p("a:nw", "Northwestern", -13.0, 25.0, "admin", "ZM")
    incheon = _p("g:incheon", "Incheon", 37.45, 126.7, "city", "KR")
    assert not hint_agrees(zambia, seoul, named_alone=False)
    assert hint_agrees(zambia, seoul, named_alone=True)
    assert hint_agrees(incheon, seoul, named_alone=False)
    assert hint_agrees(zambia, None, named_alone=False)


def test_hospital_named_like_a_far_region_stays_in_the_article_city(
        gaz: FakeGazetteer) -> None:
    j = _read("A man was stabbed in Seoul on Monday. Police in Seoul said he died at "
              "Northwestern Memorial Hospital.", gaz)
    hospital = _named(j)["Northwestern Memorial Hospital"]
    assert hospital.city == "Seoul" and "approximate" in hospital.source
    assert hospital.key not in {s.place.key for s in j.stops}


def test_fallback_is_the_dominant_city_not_a_passing_one(gaz: FakeGazetteer) -> None:
    j = _read("Dandong welcomed the visitors. Dandong was busy. A fire broke out on Cooper "
              "Street. Officials later flew to Washington.", gaz)
    assert _named(j)["Cooper Street"].city == "Dandong"


def test_city_named_only_inside_an_organisation_places_streets(gaz: FakeGazetteer) -> None:
    j = _read("The Winnipeg Fire Paramedic Service was busy. Crews were called to the 200 "
              "block of River Avenue.", gaz)
    assert _named(j)["River Avenue"].city == "Winnipeg"


def test_streets_joined_by_and_are_two(gaz: FakeGazetteer) -> None:
    named = _named(_read("Police were called to the area of Eglinton Avenue West and Dubonet "
                         "Drive in Seoul.", gaz))
    assert named["Eglinton Avenue West"].city == "Seoul"
    assert named["Dubonet Drive"].city == "Seoul"


def test_building_named_after_its_owner(gaz: FakeGazetteer) -> None:
    named = _named(_read("The wedding takes place in St George's Chapel in Seoul.", gaz))
    assert named["St George's Chapel"].city == "Seoul"


def test_university_of_a_place(gaz: FakeGazetteer) -> None:
    named = _named(_read("She studied at the University of Seoul before moving to Dandong.",
                         gaz))
    assert named["University of Seoul"].city == "Seoul"


def test_numbered_roads_are_placed_and_never_stops(gaz: FakeGazetteer) -> None:
    j = _read("The A417 southbound carriageway near Cirencester will close. Drivers will go "
              "via the A436, A40 and A429.", gaz)
    named = _named(j)
    assert {"A417", "A436", "A40", "A429"} <= set(named)
    assert named["A40"].city == "Cirencester"
    assert not any(s.place.key.startswith("approx:") for s in j.stops)


def test_building_at_a_landmark_is_placed_there(gaz: FakeGazetteer) -> None:
    named = _named(_read("Guests met in Unity Chapel at the Great Hall of the People, then "
                         "flew to Dandong.", gaz))
    chapel = named["Unity Chapel"]
    assert (chapel.lat, chapel.lon) == (39.9033, 116.3875) and chapel.city == "Beijing"


def test_more_street_words(gaz: FakeGazetteer) -> None:
    named = _named(_read("From Ainsworth Parade, the man walked to Dandong.", gaz))
    assert named["Ainsworth Parade"].city == "Dandong"


def test_owner_before_a_building_is_named_apart(gaz: FakeGazetteer) -> None:
    j = _read("They took their son to the Japan-owned Sakura Memorial Hospital in Dandong.",
              gaz)
    named = _named(j)
    assert named["Sakura Memorial Hospital"].city == "Dandong"
    assert named["Japan"].name == "Japan"
    assert "Japan" not in {s.place.name for s in j.stops}


def test_generic_court_is_the_institution(gaz: FakeGazetteer) -> None:
    named = _named(_read("The Supreme Court in Seoul ruled on Monday.", gaz))
    assert "Supreme Court" not in named and "Seoul" in named


def test_comma_inside_a_run_is_not_one_building(gaz: FakeGazetteer) -> None:
    named = _named(_read("The case is Chen, U.S. Memorial Hospital, heard in Seoul.", gaz))
    assert not any("Hospital" in k for k in named)


_WORDS = st.sampled_from([
    "River", "Avenue", "West", "and", "Drive", "University", "of", "Seoul", "St", "George's",
    "Chapel", "A40", "the", "via", "I-95", "Route", "66", "Supreme", "Court", "in", "Dandong",
    ".", ",", "Winnipeg", "Hospital", "Northwestern", "Memorial", "Lake", "Mount",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_facilities_never_raise_and_never_stop(words: list[str]) -> None:
    gaz = FakeGazetteer([*_records(), *_extra()])
    try:
        j = _read(" ".join(words), gaz)
    except RoutesError:
        return
    assert not any(s.place.key.startswith("approx:") for s in j.stops)


@given(st.text(max_size=80))
def test_road_numbers_are_substrings(text: str) -> None:
    for start, end, surface in road_numbers(text):
        assert text[start:end] == surface


@given(st.lists(st.text(alphabet="abcdefghij ", max_size=8), max_size=6), st.booleans())
def test_facility_run_never_raises(words: list[str], possessive: bool) -> None:
    assert facility_run(words, possessive) in (True, False)


def test_an_embassy_is_never_placed_in_the_country_it_serves(shared_gazetteer: Any) -> None:
    from routes.reading import read_story, read_text

    def placed(text: str) -> dict[str, str | None]:
        journey = read_story([read_text(text, "constructed.txt")], shared_gazetteer)
        return {m: pm.place.country for pm in [*journey.places, *journey.other_places]
                for m in pm.mentions}

    # the story is about the sending country: its dominant city is no address for the embassy
    got = placed("The President of Armenia visited the Embassy of the Republic of Armenia to "
                 "the Holy See on Monday. He later flew home to Yerevan.")
    assert "Embassy of the Republic of Armenia" not in got
    # the host city named with it, or the story's city abroad, is
    assert placed("The British Embassy in Washington said the talks went well.")[
        "British Embassy"] == "US"
    assert placed("Protesters gathered outside the Russian Embassy. Officials in London "
                  "condemned the attack.")["Russian Embassy"] == "GB"

