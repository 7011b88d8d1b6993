"""Capitals named by their country, the state of a "Town, State" pair, facilities named after
a country, and news sentences that merely hold a word web pages use as furniture.

Every sentence here is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes.gazetteer._capitals import country_in
from routes.reading import read_story, read_text
from routes.reading._text import BOILER_MAX_WORDS


def placed(text: str, gazetteer: Any) -> dict[str, tuple[str, str, str | None, float, float]]:
    """Surface form -> (place name, kind, country, lat, lon) for every mention."""
    journey = read_story([read_text(text, "constructed.txt")], gazetteer)
    return {m: (pm.place.name, pm.place.kind, pm.place.country, pm.place.lat, pm.place.lon)
            for pm in [*journey.places, *journey.other_places] for m in pm.mentions}


# -- site furniture is not news ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The streaming firm now has two million subscribers in Canada and Mexico.",
    "A baker in Lyon sells cookies shaped like the city's basilica.",
    "The most popular beach in Spain is crowded every August.",
    "Readers of the parish newsletter in Cork raised money for the roof.",
])
def test_a_furniture_word_inside_a_news_sentence_keeps_the_sentence(sentence: str) -> None:
    assert read_text(sentence, "a.txt").text == sentence


@pytest.mark.parametrize("line", [
    "Subscribe to our newsletter for the latest news from Berlin.",
    "This site uses cookies to improve your experience.",
    "Follow us on Twitter for updates.",
    "Most Read",
    "Daily Newsletter.",
])
def test_site_furniture_is_still_removed(line: str) -> None:
    art = read_text(f"Kim left Pyongyang on Monday by train.\n{line}", "a.txt")
    assert art.text == "Kim left Pyongyang on Monday by train."


@given(st.lists(st.sampled_from(["the", "mayor", "of", "Lyon", "visited", "a", "bakery",
                                 "on", "Monday", "with", "friends"]),
                min_size=BOILER_MAX_WORDS + 1, max_size=20))
def test_a_long_sentence_with_a_furniture_word_is_never_dropped(words: list[str]) -> None:
    sentence = " ".join(["Subscribers", *words]) + "."
    assert read_text(sentence, "a.txt").text == sentence


# -- "Town, State" ------------------------------------------------------------------------------

def test_the_state_after_a_town_is_the_state(shared_gazetteer: Any) -> None:
    got = placed("She runs a bakery in Spokane, Washington and sells bread.", shared_gazetteer)
    assert got["Spokane"][:3] == ("Spokane", "city", "US")
    assert got["Washington"][:2] == ("Washington", "admin")


def test_a_borough_before_its_city_keeps_the_city(shared_gazetteer: Any) -> None:
    # Brooklyn is a part of New York City: "Brooklyn, New York" is the city; a town of the
    # state far from it ("Albany, New York") still makes it the state
    got = placed("Body parts were taken from funeral homes across Brooklyn, New York.",
                 shared_gazetteer)
    assert got["New York"][:2] == ("New York City", "city")
    got = placed("The bill passed in Albany, New York on Monday.", shared_gazetteer)
    assert got["New York"][:2] == ("New York", "admin")


def test_the_pair_decides_only_its_own_mention(shared_gazetteer: Any) -> None:
    journey = read_story([read_text(
        "Officials in Seattle, Washington said Washington had not replied.", "t.txt")],
        shared_gazetteer)
    kinds = {(pm.place.name, pm.place.kind) for pm in [*journey.places, *journey.other_places]}
    assert {("Washington", "admin"), ("Washington", "city")} <= kinds


def test_a_tally_of_provinces_names_provinces(shared_gazetteer: Any) -> None:
    # "one in Quebec" beside "one in New Brunswick" and "eight in Alberta" is the province,
    # not Quebec City; and in a story that opened in Texas, New Brunswick is still Canada's
    got = placed("A Houston company in Texas recalled the pet food in the United States, "
                 "Canada and Mexico. In Canada, cases were reported as follows: fifteen in "
                 "British Columbia, twelve in Ontario, eight in Alberta, one in New Brunswick, "
                 "and one in Quebec.", shared_gazetteer)
    assert got["Quebec"][1:3] == ("admin", "CA")
    assert got["New Brunswick"][1:3] == ("admin", "CA")


@pytest.mark.parametrize("text", [
    "Flooding closed roads in Olympia, Seattle and Tacoma.",
    "Stores in Quebec, Montreal and Toronto are closed.",
])
def test_a_list_of_towns_keeps_its_towns(text: str, shared_gazetteer: Any) -> None:
    got = placed(text, shared_gazetteer)
    assert all(kind == "city" for _, kind, *_ in got.values())


@pytest.mark.parametrize("text", [
    "The chain has stores in Orlando, West Palm Beach, New York and Boston.",
    "He flew from Albany to Baltimore, Washington and Philadelphia.",
])
def test_a_big_city_in_a_list_is_not_a_village_placed_at_the_next_state(
        text: str, shared_gazetteer: Any) -> None:
    got = placed(text, shared_gazetteer)
    city = "West Palm Beach" if "Palm" in text else "Baltimore"
    name, kind, country, lat, _ = got[city]
    assert (name, kind, country) == (city, "city", "US")
    assert lat < 40  # in Florida or Maryland, not at the point of New York or Washington state


# -- capitals named by their country ----------------------------------------------------------

@pytest.mark.parametrize(("folded", "country"), [
    ("chinese capital", "chinese"),
    ("north korean capital city", "north korean"),
    ("capital of france", "france"),
    ("capital city of the netherlands", "netherlands"),
    ("capital", None),
    ("venture capital fund", None),
])
def test_which_country_a_capital_phrase_names(folded: str, country: str | None) -> None:
    assert country_in(folded) == country


@pytest.mark.parametrize(("phrase", "city", "country"), [
    ("the Chinese capital", "Beijing", "CN"),
    ("the North Korean capital", "Pyongyang", "KP"),
    ("the capital of France", "Paris", "FR"),
    ("the U.S. capital", "Washington", "US"),
])
def test_a_capital_by_its_country(phrase: str, city: str, country: str,
                                  shared_gazetteer: Any) -> None:
    found = shared_gazetteer.resolve_description(phrase)
    assert found is not None
    assert (found.place.name, found.place.country, found.place.kind) == (city, country, "city")
    assert "capital of" in found.reason


@pytest.mark.parametrize("phrase", ["the Chinse capital", "the Texas capital", "the capital",
                                    "the venture capital",
                                    # a region named like a country is not that country
                                    "the capital of Inner Mongolia",
                                    "the capital of South Darfur"])
def test_no_capital_without_a_country_written_as_such(phrase: str,
                                                      shared_gazetteer: Any) -> None:
    assert shared_gazetteer.resolve_description(phrase) is None


def test_a_trip_to_the_chinese_capital_stops_in_beijing(shared_gazetteer: Any) -> None:
    journey = read_story([read_text(
        "Kim left Pyongyang on Monday. He arrived in the Chinese capital on Tuesday.",
        "t.txt")], shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Pyongyang", "Beijing"]


def test_capital_as_money_is_no_city(shared_gazetteer: Any) -> None:
    got = placed("The Chinese capital markets rallied on Monday.", shared_gazetteer)
    assert "Beijing" not in {v[0] for v in got.values()}


# -- facilities named after a country ---------------------------------------------------------

def test_a_facility_named_after_a_country_is_in_that_country(shared_gazetteer: Any) -> None:
    got = placed("Sailors from Portsmouth toured the US Naval Academy on Monday while Britain "
                 "waited.", shared_gazetteer)
    assert got["US Naval Academy"][1:3] == ("landmark", "US")
    got = placed("Divers from Marseille visited the Monaco Oceanographic Museum on Monday.",
                 shared_gazetteer)
    assert got["Monaco Oceanographic Museum"][2] == "MC"


def test_an_adjective_says_whose_not_where(shared_gazetteer: Any) -> None:
    got = placed("Pupils in Doha study at the Italian Language Academy.", shared_gazetteer)
    assert got["Italian Language Academy"][2] == "QA"


def test_a_facility_in_a_described_capital(shared_gazetteer: Any) -> None:
    got = placed("Protesters gathered at the Turkish Embassy in the French capital on Friday, "
                 "officials in Ankara said.", shared_gazetteer)
    assert got["Turkish Embassy"][:3] == ("Turkish Embassy", "landmark", "FR")
    assert got["the French capital"][0] == "Paris"


# -- towns of one district named together -----------------------------------------------------

def test_a_town_listed_with_a_districts_towns_is_the_namesake_among_them(
        shared_gazetteer: Any) -> None:
    got = placed("New buses link Castlebar, Westport, Ballina and Newport.", shared_gazetteer)
    assert got["Newport"][2] == "IE"  # the Mayo village, not the Welsh city
    got = placed("Storms hit Boston, Cambridge and Lincoln overnight.", shared_gazetteer)
    assert got["Lincoln"][2] == "US" and got["Lincoln"][3] > 41  # in New England


@pytest.mark.parametrize(("text", "name", "country"), [
    # the others are no one district's towns, or no namesake lies among them
    ("Flights from Dallas, Houston and Paris were cancelled.", "Paris", "FR"),
    ("Trains from New York, Chicago and London were late.", "London", "GB"),
])
def test_a_list_of_far_apart_cities_moves_nothing(text: str, name: str, country: str,
                                                  shared_gazetteer: Any) -> None:
    assert placed(text, shared_gazetteer)[name][2] == country


def test_a_town_written_in_its_country(shared_gazetteer: Any) -> None:
    got = placed("Napoleon lost the battle at Waterloo in Belgium.", shared_gazetteer)
    assert got["Waterloo"][2] == "BE"  # not Austin, once called Waterloo
    # a name with no namesake in the area is not placed there as a village
    got = placed("Obama spoke to voters in Illinois.", shared_gazetteer)
    assert "Obama" not in got
