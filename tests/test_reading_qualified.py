"""Towns named with their state or country: finding the pairs and picking the namesake."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from routes.models import Place
from routes.reading._qualified import (
    abbreviated_modifiers,
    is_county,
    may_qualify,
    namesake_within,
    qualified_pairs,
)

KNOWN = {"parkland", "florida", "fla", "paris", "texas", "helena", "mont", "pike county", "ky",
         "salisbury", "england", "oulton park", "cheshire", "saipan", "guam", "alaska", "hawaii",
         "new york", "portland", "maine", "n.j", "allendale"}


def known(s: str) -> bool:
    return s.casefold() in KNOWN


def pairs(text: str) -> list[tuple[str, str]]:
    return [(q.town, q.area) for q in qualified_pairs(text, known)]


def test_pairs_in_the_forms_news_copy_uses() -> None:
    assert pairs("Students in Parkland, Florida, marched.") == [("Parkland", "Florida")]
    # a state's abbreviation is taken as written, full stop included (data/qualifiers.yaml)
    assert pairs("in Parkland, Fla., on Wednesday") == [("Parkland", "Fla.")]
    assert pairs("HELENA, Mont. (AP) - The state") == [("HELENA", "Mont.")]
    assert pairs("ALLENDALE, N.J. -- Mothers") == [("ALLENDALE", "N.J.")]
    assert pairs("The Pike County (Ky.) schools") == [("Pike County", "Ky.")]
    assert pairs("Bend, OR (KTVZ) - Snow") == []  # Bend is not a name the test knows
    KNOWN.add("bend")
    try:
        assert pairs("Bend, OR (KTVZ) - Snow") == [("Bend", "OR")]
    finally:
        KNOWN.discard("bend")
    assert pairs("9/10 June: Oulton Park, Cheshire. 23/24 June") == [("Oulton Park", "Cheshire")]
    assert pairs("He moved to Portland, Maine last year") == [("Portland", "Maine")]


def test_a_town_after_a_building_keeps_its_state() -> None:
    # the building's name ends in no known name: the town it is paired with gets a second
    # chance as the left side, with its state
    text = "Burial will be in St. John's Union Cemetery, Parkland, Fla., on Monday."
    assert pairs(text) == [("Parkland", "Fla.")]
    (q,) = qualified_pairs(text, known)
    assert text[q.start:q.start + len("Parkland")] == "Parkland"
    # a pair that holds keeps its right side: a list of towns is no chain of pairs
    assert pairs("Paris, Texas, Parkland, Florida") == [("Paris", "Texas"),
                                                        ("Parkland", "Florida")]


def test_an_area_ends_where_its_sentence_does() -> None:
    # "colo a" folds to the key of a place named "Co Loa": the area is "Colo." alone
    KNOWN.update({"jefferson county", "colo. a"})
    try:
        assert pairs("NERI in Jefferson County, Colo. A meeting was held.") == [
            ("Jefferson County", "Colo.")]
    finally:
        KNOWN.difference_update({"jefferson county", "colo. a"})


def test_offsets_point_at_the_town() -> None:
    text = "the English city of Salisbury, England on Sunday"
    (q,) = qualified_pairs(text, known)
    assert text[q.start:q.start + len(q.town)] == "Salisbury"


def test_unknown_sides_and_lowercase_are_not_pairs() -> None:
    assert pairs("He met John Smith, Texas governor") == []
    assert pairs("parkland, florida") == []
    assert pairs("Parkland; Florida") == []


@given(st.text(max_size=200))
def test_any_text_gives_pairs_of_known_names(text: str) -> None:
    for q in qualified_pairs(text, known):
        assert known(q.town) and known(q.area)
        assert text[q.start:].startswith(q.town)


def town(name: str, lat: float, lon: float, cc: str, admin1: str | None = None,
         pop: int = 10_000, kind: str = "city") -> Place:
    return Place(name, lat, lon, kind, country=cc, admin1=admin1, population=pop,
                 id=f"t:{name}:{lat}:{lon}")


PARIS_FR = town("Paris", 48.85, 2.35, "FR", "11", 2_100_000)
PARIS_TX = town("Paris", 33.66, -95.56, "US", "TX", 24_782)
PARIS_TN = town("Paris", 36.30, -88.33, "US", "TN", 10_150)
TEXAS = Place("Texas", 31.5, -99.7, "admin", country="US", id="r:tx")
TEXAS_CODED = Place("Texas", 31.5, -99.7, "admin", country="US", admin1="TX", id="r:tx")
FRANCE = Place("France", 46.6, 2.4, "country", country="FR", id="r:fr")


def test_a_state_picks_its_own_namesake() -> None:
    ranked = [PARIS_FR, PARIS_TN, PARIS_TX]
    assert namesake_within(ranked, TEXAS) == PARIS_TX  # nearest to the state's point
    assert namesake_within(ranked, TEXAS_CODED) == PARIS_TX  # by its first-order code
    assert namesake_within([PARIS_FR, PARIS_TN, PARIS_TX], FRANCE) == PARIS_FR


def test_a_country_keeps_the_gazetteer_order() -> None:
    small = town("Paris", 36.0, -94.0, "US", "AR", 3_500)
    assert namesake_within([PARIS_TX, small], Place("United States", 39.8, -98.6, "country",
                                                    country="US", id="r:us")) == PARIS_TX


def test_no_namesake_inside_means_no_choice() -> None:
    assert namesake_within([PARIS_FR], TEXAS) is None
    far = town("Paris", 44.0, -70.5, "US", None, 5_000)  # Maine: not in Texas
    assert namesake_within([far], TEXAS) is None
    city_area = town("Houston", 29.76, -95.37, "US", "TX", 2_300_000)
    assert namesake_within([PARIS_TX], city_area) is None  # a city qualifies nothing


def test_a_namesake_coded_for_another_state_is_not_inside() -> None:
    # Richland County, South Carolina holds no Mansfield: the nearest one, coded for
    # Pennsylvania, is in Pennsylvania however near, and the county's namesake in Ohio decides
    carnegie = town("Carnegie", 40.41, -80.08, "US", "PA", 7_931)  # once called Mansfield
    mansfield_oh = town("Mansfield", 40.76, -82.52, "US", "OH", 46_830)
    richland_sc = Place("Richland County", 34.02, -80.90, "admin", country="US", admin1="SC",
                        id="r:richland-sc")
    richland_oh = Place("Richland County", 40.75, -82.51, "admin", country="US", admin1="OH",
                        id="r:richland-oh")
    assert namesake_within([carnegie, mansfield_oh], richland_sc) is None
    assert namesake_within([carnegie, mansfield_oh], richland_oh) == mansfield_oh
    # a namesake with no first-order code may still be the nearest inside
    uncoded = town("Mansfield", 34.3, -80.6, "US", None, 2_000)
    assert namesake_within([carnegie, uncoded], richland_sc) == uncoded


def test_a_region_of_known_size_picks_the_namesake_within_it() -> None:
    # Cornwall is a region (70 km across), not a division: the St Ives inside it, not the
    # bigger namesakes in Cambridgeshire or Sydney
    cornwall = Place("Cornwall", 50.40, -4.90, "region", country="GB", extent_km=70.0,
                     id="r:cornwall")
    cambs = town("Saint Ives", 52.33, -0.08, "GB", "ENG", 16_815)
    sydney = town("Saint Ives", -33.73, 151.16, "AU", "02", 18_384)
    cornish = town("St Ives", 50.21, -5.49, "GB", "ENG", 5_410)
    assert namesake_within([sydney, cambs, cornish], cornwall) == cornish
    assert namesake_within([sydney, cambs], cornwall) is None
    # a region of no known size says nothing
    vague = Place("West Country", 50.9, -3.5, "region", country="GB", id="r:west")
    assert namesake_within([cambs, cornish], vague) is None


def test_abbreviations_name_their_areas() -> None:
    from routes.reading._qualified import abbreviations

    table = abbreviations()
    assert table["Mont."] == (("Montana", "US"),)
    assert set(table["WA"]) == {("Washington", "US"), ("Western Australia", "AU")}
    assert table["B.C."] == (("British Columbia", "CA"),)


def modifiers(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], area) for a, b, area, _ in abbreviated_modifiers(text)]


def test_a_dotted_abbreviation_before_a_noun_is_its_state() -> None:
    assert modifiers("A Ga. pastor was arrested.") == [("Ga.", "Georgia")]
    assert modifiers("Ga. pastor arrested after crash") == [("Ga.", "Georgia")]
    assert modifiers("The Pa. law and an Ill. woman") == [("Pa.", "Pennsylvania"),
                                                           ("Ill.", "Illinois")]
    assert modifiers("a N.C. man") == [("N.C.", "North Carolina")]


def test_abbreviations_elsewhere_are_not_modifiers() -> None:
    assert modifiers("He went to Mass. The priest spoke.") == []  # a sentence's end
    assert modifiers("the Miss. America pageant") == []  # a capital after it: a name
    assert modifiers("She met Gen. Smith and a Mo man.") == []  # no such state; no dot
    assert modifiers("a GA pastor") == []  # a bare code may be a word or an acronym
    assert modifiers("Senator Ga. pastor") == []  # no article before it
    assert modifiers("a WA. farmer") == []  # Washington or Western Australia: not said


@given(st.text(alphabet="aAGPMn. \t", max_size=40))
def test_modifiers_are_dotted_abbreviations_of_one_area(text: str) -> None:
    from routes.reading._qualified import abbreviations

    for start, end, area, country in abbreviated_modifiers(text):
        assert text[end - 1] == "." and abbreviations()[text[start:end]] == ((area, country),)


def test_only_towns_and_counties_are_requalified() -> None:
    assert may_qualify("Parkland", town("Parkland", 47.1, -122.4, "US", "WA"))
    assert may_qualify("Pike County", Place("Pike County", 37.5, -82.4, "admin", country="US"))
    assert not may_qualify("Florida", Place("Florida", 28.2, -82.8, "admin", country="US"))
    assert not may_qualify("Parkland", None)
    assert is_county("Orleans Parish") and is_county("Pike County") and not is_county("Texas")


def test_a_town_in_its_country_or_state_is_a_pair_too() -> None:
    KNOWN.update({"waterloo", "belgium"})
    try:
        got = list(qualified_pairs("Napoleon lost at Waterloo in Belgium.", known))
        assert [(q.town, q.area, q.by_in) for q in got] == [("Waterloo", "Belgium", True)]
        # an "in" pair never hides a comma pair whose town it would swallow
        assert pairs("Students in Parkland, Florida, marched.") == [("Parkland", "Florida")]
    finally:
        KNOWN.difference_update({"waterloo", "belgium"})
