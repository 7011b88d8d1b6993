"""Mechanisms that make the reader find what news copy names beyond plain place names, each on
constructed sentences with a small fake gazetteer: adjectives of names ("European"), places
inside organisations' names, datelines, "St." names, streets and buildings the gazetteer
lacks, appositions after a place, towns that "say" things, and big namesakes."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from routes.errors import RoutesError
from routes.reading import find_places, read_story, read_text
from routes.reading._mentions import _stems
from tests.fakes_gazetteer import FakeGazetteer, _p, _Rec, _records, places_by_mention, read_one


def _extra() -> list[_Rec]:
    return [
        _Rec(_p("k:europe", "Europe", 48.7, 9.1, "continent", None, 740_000_000), ["Europe"]),
        _Rec(_p("k:na", "North America", 46.1, -100.5, "continent", None, 580_000_000),
             ["North America"]),
        _Rec(_p("c:zw", "Zimbabwe", -19.0, 29.9, "country", "ZW", 14_000_000), ["Zimbabwe"]),
        _Rec(_p("c:am", "Armenia", 40.1, 45.0, "country", "AM", 3_000_000), ["Armenia"]),
        _Rec(_p("c:ca", "Canada", 60.1, -113.6, "country", "CA", 37_000_000), ["Canada"]),
        _Rec(_p("g:roma", "Roma", 41.9, 12.5, "city", "IT", 2_300_000), ["Roma"]),
        _Rec(_p("g:la", "Los Angeles", 34.05, -118.24, "city", "US", 3_900_000),
             ["Los Angeles"]),
        _Rec(_p("g:stl", "St. Louis", 38.63, -90.2, "city", "US", 300_000),
             ["St. Louis", "Saint Louis"]),
        _Rec(_p("g:trenton", "Trenton", 40.22, -74.76, "city", "US", 84_000), ["Trenton"]),
        _Rec(_p("g:washington-nj", "Washington", 40.76, -74.98, "city", "US", 6_500),
             ["Washington"]),
    ]


@pytest.fixture()
def gaz() -> FakeGazetteer:
    return FakeGazetteer([*_records(), *_extra()])


_read = read_one
_named = places_by_mention


def test_adjectives_point_to_their_country_or_continent(gaz: FakeGazetteer) -> None:
    j = _read("European ministers met Zimbabwean and Armenian envoys to discuss the North "
              "American trade deal.", gaz)
    named = _named(j)
    assert named["European"].name == "Europe"
    assert named["Zimbabwean"].name == "Zimbabwe"
    assert named["Armenian"].name == "Armenia"
    assert named["North American"].name == "North America"
    assert "American" not in named  # one mention, the longer one
    assert not j.places  # adjectives are never stops


def test_adjective_of_a_town_alone_is_not_a_place(gaz: FakeGazetteer) -> None:
    # "Roman" -> "Roma" names only a city: too often a word or a family, so not taken
    named = _named(_read("Tourists admired the Roman ruins near the old wall in Seoul.", gaz))
    assert "Roman" not in named
    assert named["Seoul"].name == "Seoul"


def test_plural_demonyms_and_stems() -> None:
    assert "Zimbabwe" in _stems("Zimbabweans")
    assert "Europe" in _stems("European")
    assert "Hungary" in _stems("Hungarian")
    assert "Japan" in _stems("Japanese")
    assert "Pakistan" in _stems("Pakistani")
    assert _stems("Ali") == ()  # too short to be cut
    assert _stems("ruins") == ()  # not capitalised


def test_plural_demonym_is_a_mention(gaz: FakeGazetteer) -> None:
    named = _named(_read("Zimbabweans voted on Monday in a long-awaited election.", gaz))
    assert named["Zimbabweans"].name == "Zimbabwe"


def test_place_inside_an_organisation_is_a_mention_never_a_stop(gaz: FakeGazetteer) -> None:
    j = _read("Kim left Pyongyang for Beijing on Tuesday, The Washington Post reported. The "
              "Heart Society of Canada said nothing.", gaz)
    other = {pm.place.name for pm in j.other_places}
    assert {"Washington", "Canada"} <= other
    assert "Washington" not in {pm.place.name for pm in j.places}
    assert [pm.place.name for pm in j.places] == ["Pyongyang", "Beijing"]


def test_small_town_opening_an_organisation_is_not_taken(gaz: FakeGazetteer) -> None:
    # "Harbour" is a village of 800: an organisation named so is not news about it
    named = _named(_read("Royal Academy officials met in Seoul on Monday.", gaz))
    assert "Harbour" not in named
    assert "Seoul" in named


def test_organisation_named_after_a_cue_is_not_a_place(gaz: FakeGazetteer) -> None:
    # "medicine firm Tongrentang": the run is the firm's own name, a place or not
    named = _named(_read("Shares of medicine firm Dandong rose in Seoul.", gaz))
    assert "Dandong" not in named


def test_dateline_names_a_place(gaz: FakeGazetteer) -> None:
    art = read_text("LOS ANGELES (AP) — A fire broke out near the port on Monday.", "t.txt")
    assert art.dateline == "LOS ANGELES"
    places = find_places([art], gaz)
    assert [pm.place.name for pm in places] == ["Los Angeles"]
    assert places[0].quotes[0].text == "LOS ANGELES"


def test_abbreviated_saint_joins_the_name(gaz: FakeGazetteer) -> None:
    named = _named(_read("The delegation flew to St. Louis on Friday.", gaz))
    assert named["St. Louis"].name == "St. Louis"
    assert "Louis" not in named


def test_street_the_gazetteer_lacks_is_placed_at_its_town(gaz: FakeGazetteer) -> None:
    j = _read("The crash happened on Third Street in Dandong on Monday.", gaz)
    named = _named(j)
    street = named["Third Street"]
    assert street.kind == "landmark" and (street.lat, street.lon) == (40.1292, 124.3947)
    assert "approximate" in street.source and street.city == "Dandong"
    assert "Third Street" not in {pm.place.name for pm in j.places}  # never a stop


def test_building_named_with_a_place_inside_is_placed_there(gaz: FakeGazetteer) -> None:
    named = _named(_read("The hearing at the Seoul Central Cathedral drew crowds.", gaz))
    assert named["Seoul Central Cathedral"].city == "Seoul"
    assert "Seoul" not in named  # one mention: the building


def test_street_without_any_town_is_left_out(gaz: FakeGazetteer) -> None:
    named = _named(_read("Crowds gathered on Cooper Street. China protested.", gaz))
    assert "Cooper Street" not in named
    assert "China" in named


def test_street_of_a_person_is_not_a_place(gaz: FakeGazetteer) -> None:
    named = _named(_read("President Donald Trump Tower spoke in Seoul.", gaz))
    assert not any("Tower" in k for k in named)


def test_apposition_after_a_place_is_not_a_person(gaz: FakeGazetteer) -> None:
    named = _named(_read("At an event in Seoul, the president called for talks.", gaz))
    assert named["Seoul"].name == "Seoul"


def test_small_town_does_not_speak(gaz: FakeGazetteer) -> None:
    named = _named(_read("Commerce said the figures were wrong. Beijing said nothing.", gaz))
    assert "Commerce" not in named
    assert named["Beijing"].name == "Beijing"


def test_big_namesake_when_context_favours_a_small_town(gaz: FakeGazetteer) -> None:
    # the fake ranks by the first place of the story: Trenton is next to the small town
    # named Washington, but "Washington" alone is a common word and counts only as a big place
    named = _named(_read("Officials in Trenton met on Monday. Washington insists on talks.",
                         gaz))
    assert named["Washington"].id == "g:washington"


def test_boilerplate_tail_leaves_the_sentence_before_it() -> None:
    art = read_text("Kim left Pyongyang on Monday for a long journey.\n"
                    "The envoy will travel to Seoul next week to testify. Read more:\n"
                    "Subscribe to our newsletter today!", "t.txt")
    assert "travel to Seoul next week" in art.text
    assert "Read more" not in art.text and "Subscribe" not in art.text
    assert art.removed == ["Read more:", "Subscribe to our newsletter today!"]


def test_part_of_an_area_points_to_the_area(gaz: FakeGazetteer) -> None:
    named = _named(_read("Storms hit Northern Europe while Eastern Zimbabwe stayed dry, and "
                         "Western Dandong flooded.", gaz))
    assert named["Northern Europe"].name == "Europe"
    assert named["Eastern Zimbabwe"].name == "Zimbabwe"
    assert "Western Dandong" not in named  # parts of towns are not resolved this way
    assert named["Dandong"].name == "Dandong"  # but the town is still named


def test_area_of_the_name_beats_a_small_town_of_it() -> None:
    recs = [
        *_records(),
        _Rec(_p("a:ca", "California", 37.3, -119.5, "admin", "US", 39_000_000), ["California"]),
        _Rec(_p("g:ca-md", "California", 38.3, -76.5, "city", "US", 11_857), ["California"]),
        _Rec(_p("g:lexington-pk", "Lexington Park", 38.27, -76.45, "city", "US", 11_600),
             ["Lexington Park"]),
        _Rec(_p("c:mx", "Mexico", 23.0, -102.0, "country", "MX", 126_000_000), ["Mexico"]),
        _Rec(_p("g:cdmx", "Mexico City", 19.43, -99.13, "city", "MX", 12_000_000),
             ["Mexico City", "Mexico"]),
    ]
    gaz = FakeGazetteer(recs)
    # the fake ranks towns near the story's first place first: Lexington Park is next to
    # California, Maryland; the state is still what "California" means
    named = _named(_read("Officials in Lexington Park met. California and Mexico talked.",
                         gaz))
    assert named["California"].id == "a:ca"
    assert named["Mexico"].id == "c:mx"


_NEW_PATHS = st.sampled_from([
    "European", "Zimbabweans", "North", "American", "Northern", "Europe", "Western", "Dandong",
    "Third", "Street", "in", "Seoul", "The", "Washington", "Post", "said", "Heart",
    "Foundation", "of", "Canada", "St.", "Louis", "LOS", "ANGELES", "(AP)", "—", "Kim", "left",
    "Pyongyang", "for", "Beijing", ",", ".", "the", "president", "Commerce", "Roman", "Harbour",
    "Academy", "Hall", "Avenue", "Church", "went", "to", "Read", "more:", "\n", "Trenton",
    "California", "Mexico", "Asian-Pacific", "Austro-Hungarian", "Ali", "ians", "Ean",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NEW_PATHS, max_size=60))
def test_new_mechanisms_never_raise_and_never_make_stops_of_mentions(words: list[str]) -> None:
    gaz = FakeGazetteer([*_records(), *_extra()])
    try:
        j = read_story([read_text(" ".join(words), "h.txt")], gaz)
    except RoutesError:
        return
    stops = {st_.place.key for st_ in j.stops}
    assert not any(k.startswith("approx:") for k in stops)  # approximate places never stop
    for pm in [*j.places, *j.other_places]:
        assert pm.mentions and all(m.strip() for m in pm.mentions)


@given(st.text(max_size=30))
def test_stems_never_raise_and_are_names(word: str) -> None:
    for stem in _stems(word):
        assert stem[:1].isupper() and stem.isalpha() and len(stem) >= 4


def test_states_speaking_together_are_not_people(gaz: FakeGazetteer) -> None:
    j = _read("China and Russia said the talks must go on. Later, Russia sent envoys to "
              "Seoul.", gaz)
    named = _named(j)
    assert named["China"].name == "China" and named["Russia"].name == "Russia"


def test_state_abbreviation_after_its_town() -> None:
    recs = [*_records(),
            _Rec(_p("a:va", "Virginia", 37.5, -78.9, "admin", "US", 8_500_000),
                 ["Virginia", "Va"]),
            _Rec(_p("g:gv", "Gainesville", 38.8, -77.6, "city", "US", 45_000),
                 ["Gainesville"])]
    gaz = FakeGazetteer(recs)
    named = _named(_read("The houses are in Gainesville, Va., near the highway.", gaz))
    assert named["Va"].name == "Virginia"
    assert "Gainesville" in named
    art = read_text("GAINESVILLE, Va. (AP) — The houses were sold on March 5.", "t.txt")
    assert art.dateline == "GAINESVILLE, Va."
    assert {pm.place.name for pm in find_places([art], gaz)} == {"Gainesville", "Virginia"}


def test_short_word_alone_is_not_a_state() -> None:
    gaz = FakeGazetteer([*_records(), _Rec(_p("a:va", "Virginia", 37.5, -78.9, "admin", "US",
                                              8_500_000), ["Virginia", "Va"])])
    named = _named(_read("He said Va was his nickname in Seoul. Va. Va, he said.", gaz))
    assert "Va" not in named


def test_town_and_dotted_abbreviation_is_one_name_when_known() -> None:
    gaz = FakeGazetteer([*_records(), _Rec(_p("g:dc", "Washington, D.C.", 38.9, -77.04, "city",
                                              "US", 690_000), ["Washington, D.C."])])
    named = _named(_read("Murals are visible in Washington, D.C., and in Seoul.", gaz))
    assert named["Washington, D.C."].id == "g:dc"
    assert "D.C." not in named


def test_capitalised_article_inside_a_name(gaz: FakeGazetteer) -> None:
    named = _named(_read("Crowds gathered on Chang An Avenue in Beijing. An official in "
                         "Seoul watched.", gaz))
    assert named["Chang An Avenue"].city == "Beijing"
    assert "Seoul" in named and not any(k.startswith("An ") for k in named)
