"""A legislator's party label names a place: "Sen. Ben Sasse, R-Neb." (a state written as an
abbreviation), "Rep. Torrey Westrom, R-Elbow Lake" (the member's town), "Delegate John
Overington, R-Berkeley" in a West Virginia story (the member's county). The label is one word
with the party letter ("R-Elbow"), so the name scan alone never saw it; the home is a place
the story names and never a stop of a journey."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes.reading import find_places, read_story, read_text
from routes.reading._affiliations import party_homes
from routes.reading._qualified import abbreviations


def _homes(text: str) -> list[str]:
    return [form for _, _, form in party_homes(text, abbreviations())]


@pytest.mark.parametrize(("text", "homes"), [
    ("Sen. Ben Sasse, R-Neb., a frequent critic, spoke.", ["Neb."]),
    ("Rep. Torrey Westrom, R-Elbow Lake, said the talk was a sign.", ["Elbow Lake"]),
    ("State Rep. Jay Roberts (R-Ocilla), chairman of the panel, agreed.", ["Ocilla"]),
    ("Byrd and Rockefeller, both D-W. Va., each called for a vote.", ["W. Va."]),
    ("said Rep. Earl Pomeroy, D-N.D.", ["N.D."]),
    ("co-chairs Sen. Rich Olive, D-Story City and Rep. Vicki Lensing, D-Iowa City.",
     ["Story City", "Iowa City"]),
    ("Delegates Harold Michael, D-Hardy; Ricky Moye, D-Raleigh; and Clif Moore, D-McDowell.",
     ["Hardy", "Raleigh", "McDowell"]),
    ("House Speaker Nancy Pelosi, D-Calif, told colleagues.", ["Calif"]),
])
def test_the_home_a_party_label_names(text: str, homes: list[str]) -> None:
    assert _homes(text) == homes


@pytest.mark.parametrize("text", [
    "Veterans of the D-Day landings gathered in Normandy.",
    "It was an R-rated film shown in Dallas.",
    "The D-Wave machine was shipped to Burnaby.",  # no name before it
    "Senator Smith, D-Texas Senate Finance Committee chairman, spoke.",  # no label's end
    "Smith, D-Texas native, spoke.",  # a lower-case word never ends a home
])
def test_no_party_label_where_none_is_written(text: str) -> None:
    assert _homes(text) == []


@given(st.text(alphabet=st.sampled_from(list("DRI-,( .;)abcAWVNLake\"”")), max_size=80))
def test_homes_are_spans_of_the_text(text: str) -> None:
    for start, end, form in party_homes(text, abbreviations()):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == form
        assert form[:1].isupper()
        assert text[start - 2:start] in ("D-", "R-", "I-")


def _places(text: str, gazetteer: Any) -> dict[str, tuple[str, str | None, str | None]]:
    found = find_places([read_text(text, "t.txt")], gazetteer)
    return {m: (pm.place.name, pm.place.country, pm.place.admin1)
            for pm in found for m in pm.mentions}


def test_a_town_and_a_state_a_label_names(shared_gazetteer: Any) -> None:
    places = _places(
        "The bill stalled in the Minnesota House. Rep. Torrey Westrom, R-Elbow Lake, said "
        "the rules were a sign of bigger problems. Sen. Byron Dorgan, D-N.D., questioned "
        "the contract, and Nancy Pelosi, D-Calif, told colleagues to wait.",
        shared_gazetteer)
    assert places["Elbow Lake"] == ("Elbow Lake", "US", "MN")
    assert places["N.D."][0] == "North Dakota"
    assert places["Calif"][0] == "California"


def test_a_home_of_two_words_is_not_its_first_word(shared_gazetteer: Any) -> None:
    places = _places("The co-chairs, Sen. Rich Olive, D-Story City and Rep. Vicki Lensing, "
                     "D-Iowa City, met in Des Moines.", shared_gazetteer)
    assert places["Iowa City"] == ("Iowa City", "US", "IA")
    assert places["Story City"] == ("Story City", "US", "IA")
    assert "Iowa" not in places


def test_a_label_after_a_name_alone_is_no_lake_shore(shared_gazetteer: Any) -> None:
    # (without "Rep." before it, "R-Elbow Lake" had been read as a lake's name, a facility)
    places = _places("That changed last Wednesday when Westrom, R-Elbow Lake, went before a "
                     "Senate committee.", shared_gazetteer)
    assert places == {"Elbow Lake": ("Elbow Lake", "US", "MN")}


def test_members_listed_by_county_are_their_counties(shared_gazetteer: Any) -> None:
    places = _places(
        "West Virginia lawmakers argued over the resolution in Charleston. Its sponsors are "
        "Delegates Harold Michael, D-Hardy; Ricky Moye, D-Raleigh; and John Overington, "
        "R-Berkeley. The fight echoed one over Proposition 8 in California.",
        shared_gazetteer)
    for home in ("Hardy", "Raleigh", "Berkeley"):
        name, country, state = places[home]
        assert (country, state) == ("US", "WV"), (home, name)
        assert name.endswith("County")


def test_a_town_in_the_story_state_stays_the_town(shared_gazetteer: Any) -> None:
    found = find_places([read_text(
        "Ohio senators met in Columbus on Monday. \"These numbers are staggering,\" said "
        "state Sen. Ray Miller, D-Columbus, an advocate.", "t.txt")], shared_gazetteer)
    columbus = next(pm for pm in found if pm.place.name == "Columbus")
    assert (columbus.place.country, columbus.place.admin1) == ("US", "OH")
    assert len(columbus.quotes) == 2  # both sentences name it


def test_a_home_is_never_a_stop(shared_gazetteer: Any) -> None:
    journey = read_story([read_text(
        "Rep. Barbara Lee, D-Oakland, flew from Washington to Denver on Monday, arriving at "
        "noon.", "t.txt")], shared_gazetteer)
    stops = [s.place.name for s in journey.stops]
    assert "Oakland" not in stops
    assert "Denver" in stops
    assert any(p.place.name == "Oakland" for p in journey.other_places)
