"""Disambiguation that uses the whole story, with the real gazetteer on constructed sentences:
a town's state or country written after it, places named later in the story, and old names
that another town still bears."""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import read_story, read_text


def where(text: str, gazetteer: Any) -> dict[str, tuple[str, str | None]]:
    """Each place as written -> (the place's kind, its country, and its first-order code)."""
    journey = read_story([read_text(text, "constructed.txt")], gazetteer)
    out: dict[str, tuple[str, str | None]] = {}
    for pm in [*journey.places, *journey.other_places]:
        for m in pm.mentions:
            out[m] = (pm.place.kind, f"{pm.place.country}/{pm.place.admin1 or ''}")
    return out


@pytest.mark.parametrize(
    ("text", "town", "expected"),
    [
        ("He grew up in Paris, Texas, and never left.", "Paris", "US/TX"),
        ("Students in Parkland, Fla., marched on Saturday.", "Parkland", "US/FL"),
        ("Police in Portland, Maine said the road was closed.", "Portland", "US/ME"),
        ("HELENA, Mont. (AP) - The state prison contract was renewed.", "HELENA", "US/MT"),
        # the dateline is read apart from the body: its qualifier must still count
        ("ROME, Ga. (AP) — The city council voted on Tuesday to close the bridge.", "ROME",
         "US/GA"),
        ("PARIS, Texas (AP) — The city council voted on Tuesday.", "PARIS", "US/TX"),
        ("BILLINGS, Mont. (AP) — The state said it would close the prison.", "BILLINGS",
         "US/MT"),
        ("BILLINGS, Mont. (AP) — The state said it would close the prison.", "Mont", "US/MT"),
        # a village too small for the gazetteer, with its county: at the county, never at a
        # namesake in another country
        ("The next race is at Rockingham, Northamptonshire, in August.", "Rockingham", "GB/"),
        ("The family moved to Perth, Scotland, in May.", "Perth", "GB/SCT"),
        ("Fans in London, Ontario celebrated.", "London", "CA/08"),
    ],
)
def test_a_town_with_its_state_or_country_is_that_town(text: str, town: str, expected: str,
                                                        shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)[town][1] == expected


@pytest.mark.parametrize("text", [
    "BILLINGS — The state said on Tuesday it would close the prison.",
    "Billings, Mont., is the largest city in the state.",
])
def test_a_common_word_is_a_town_where_a_town_is_written(text: str,
                                                         shared_gazetteer: Any) -> None:
    # "billings" is an English word; a dateline or a state after it says it is the town
    got = where(text, shared_gazetteer)
    assert [v for k, v in got.items() if k.casefold() == "billings"] == [("city", "US/MT")]


@pytest.mark.parametrize(
    ("text", "town", "expected"),
    [
        # the state named once, the town bare: the town of that name in that state
        ("Montana officials inspected a prison in Shelby on Tuesday.", "Shelby", "US/MT"),
        ("Flooding closed roads across Florida on Monday, and Venice was hit hardest.",
         "Venice", "US/FL"),
        # the city chosen bore the name only as an old one (Columbus, once Franklinton)
        ("Flooding hit Louisiana on Monday. In Franklin, the levee held.", "Franklin",
         "US/LA"),
        # a big city keeps the gazetteer's choice: a Texas delegation may fly to Paris
        ("The Texas delegation flew to Paris for the talks.", "Paris", "FR/"),
        # the story shows the town's own state too (Detroit is in Michigan): it stays
        ("Montana officials met in Detroit. A plant in Shelby will close.", "Shelby",
         "US/MI"),
    ],
)
def test_a_bare_town_lies_in_the_state_the_story_names(text: str, town: str, expected: str,
                                                       shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)[town][1].startswith(expected)


@pytest.mark.parametrize(
    ("text", "name", "present"),
    [
        # a country or a big city speaking is the place speaking for its people
        ("The U.S. said the diplomats were spies.", "U.S.", True),
        ("Beijing said the talks would resume.", "Beijing", True),
    ],
)
def test_a_place_that_can_speak_stays_a_place(text: str, name: str, present: bool,
                                              shared_gazetteer: Any) -> None:
    assert (name in where(text, shared_gazetteer)) is present


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tech firms are hiring in states like Oregon or Washington.", "Washington", "admin"),
        ("Floods hit New Jersey and New York on Monday.", "New York", "admin"),
        # listed with cities, or written as the capital: the city
        ("Flights between New York and Chicago were cut.", "New York", "city"),
        ("He met officials in Washington and Moscow.", "Washington", "city"),
        ("The senator visited Texas, Ohio and Washington, D.C., last month.",
         "Washington, D.C.", "city"),
    ],
)
def test_a_city_listed_with_states_is_the_state(text: str, name: str, kind: str,
                                                shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)[name][0] == kind


def test_one_story_may_name_the_city_and_the_state(shared_gazetteer: Any) -> None:
    got = read_story([read_text("The senator flew back to Washington on Monday. Wildfires "
                                "burned in Oregon and Washington.", "constructed.txt")],
                     shared_gazetteer)
    kinds = sorted(pm.place.kind for pm in [*got.places, *got.other_places]
                   if pm.place.name == "Washington")
    assert kinds == ["admin", "city"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Heavy rain is expected across the North West, with flooding in Manchester.", "GB/"),
        # named before the places that say where the story is: the second look moves it
        ("Mining companies expanded in the North West and Limpopo provinces of South Africa.",
         "ZA/10"),
    ],
)
def test_a_bare_compass_region_follows_the_story(text: str, expected: str,
                                                 shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)["North West"][1] == expected


def test_two_known_places_joined_by_and_are_two_places(shared_gazetteer: Any) -> None:
    got = where("Worshippers prayed at the Western Wall and the Al-Aqsa Mosque.",
                shared_gazetteer)
    assert {"Western Wall", "Al-Aqsa Mosque"} <= set(got)


def test_a_street_with_a_compass_word_is_a_street_not_a_town(shared_gazetteer: Any) -> None:
    # "West Street" may read as the west of Street, Somerset: in a list of streets it is one
    got = where("Traffic was diverted from Northumberland Avenue and West Street in London.",
                shared_gazetteer)
    assert got["West Street"][0] == got["Northumberland Avenue"][0] == "landmark"
    assert got["West Street"][1].startswith("GB/") and "Street" not in got


@pytest.mark.parametrize(
    ("text", "town", "expected"),
    [
        # named before the places that say where in the country the story is
        ("Dana Reyes, who was raised in Oceanside, and her cousin, who runs a boat to and "
         "from Fire Island, were honoured. Both now live on Long Island, New York.",
         "Oceanside", "US/NY"),
        # a city of this very name is not traded for one GeoNames also calls so (Hampton,
        # Virginia, once Southampton) because the story's other place is American
        ("The liner sailed from Southampton to New York in six days.", "Southampton",
         "GB/ENG"),
        # far apart, and no namesake nearer the other: both stay
        ("She moved from Boston to Denver in May.", "Denver", "US/CO"),
        ("She moved from Boston to Denver in May.", "Boston", "US/MA"),
    ],
)
def test_a_town_far_from_the_rest_of_its_story_is_looked_at_again(
        text: str, town: str, expected: str, shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)[town][1] == expected


def test_the_qualifier_holds_for_the_rest_of_the_story(shared_gazetteer: Any) -> None:
    text = ("Students in Parkland, Florida, marched on Saturday. "
            "Parkland has become a symbol of the movement.")
    journey = read_story([read_text(text, "constructed.txt")], shared_gazetteer)
    parklands = [pm.place for pm in [*journey.places, *journey.other_places]
                 if pm.place.name == "Parkland"]
    assert len(parklands) == 1 and parklands[0].admin1 == "FL"


def test_a_pair_fixes_the_area_too(shared_gazetteer: Any) -> None:
    got = where("She lives in Atlanta, Georgia. Georgia voted on Tuesday.", shared_gazetteer)
    assert got["Georgia"] == ("admin", "US/GA")


def test_a_list_of_states_is_not_a_town_and_its_state(shared_gazetteer: Any) -> None:
    got = where("Storms crossed Florida, Georgia and Alabama.", shared_gazetteer)
    assert got["Florida"][0] == "admin"


def test_a_town_named_before_its_country_is_reconsidered(shared_gazetteer: Any) -> None:
    """GeoNames lists "Salisbury" as an old name of Harare; a British story means Wiltshire's."""
    text = ("Russia denied poisoning the former spy in Salisbury. Britain expelled its "
            "diplomats, and London said England would respond.")
    assert where(text, shared_gazetteer)["Salisbury"][1].startswith("GB/")


def test_an_old_name_alone_keeps_the_bigger_place(shared_gazetteer: Any) -> None:
    assert where("The talks were held in Salisbury.", shared_gazetteer)["Salisbury"][1] \
        .startswith("ZW/")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Shelling hit Odessa overnight, Ukraine said.", "UA"),
     ("Oil prices rose in Odessa and Midland, Texas.", "US")],
)
def test_an_alternate_spelling_follows_the_story(text: str, country: str,
                                                 shared_gazetteer: Any) -> None:
    assert where(text, shared_gazetteer)["Odessa"][1].startswith(country + "/")


def test_a_street_moves_with_its_reconsidered_town(shared_gazetteer: Any) -> None:
    text = ("Russia denied poisoning the former spy on Castle Street, Salisbury. Britain "
            "expelled its diplomats, and London said England would respond.")
    journey = read_story([read_text(text, "constructed.txt")], shared_gazetteer)
    found = {pm.place.name: pm.place for pm in [*journey.places, *journey.other_places]}
    town, street = found["Salisbury"], found["Castle Street"]
    assert town.country == "GB"
    assert (street.lat, street.lon, street.country) == (town.lat, town.lon, "GB")


@pytest.mark.parametrize(
    ("text", "name", "present"),
    [("The DongA Ilbo newspaper said Kim arrived in Beijing.", "DongA", False),
     ("Officials in McKinney said the road was closed.", "McKinney", True)],
)
def test_a_brand_spelling_is_not_the_place(text: str, name: str, present: bool,
                                           shared_gazetteer: Any) -> None:
    assert (name in where(text, shared_gazetteer)) is present
