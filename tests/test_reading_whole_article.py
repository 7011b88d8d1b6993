"""Reading that the whole article decides: titles held by one person for two places, bodies
of state named alone, ranks before a role, a divided nation's shared name, and the EU's
published centre. Every sentence is constructed for the test (none is taken from an article).
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.geodesy import geodesic_m
from routes.models import Place, PlaceMention
from routes.reading import find_places, read_text
from routes.reading._english import common_word_town


def places(text: str, gazetteer: Any) -> list[PlaceMention]:
    return find_places([read_text("date 2024-03-10\nStory\n\n" + text + "\n", "w.txt")],
                       gazetteer)


def place_of(text: str, form: str, gazetteer: Any) -> Place:
    """The place the words ``form`` of the story were read as."""
    return next(pm.place for pm in places(text, gazetteer) if form in pm.mentions)


def read_as(text: str, gazetteer: Any) -> dict[str, Place]:
    """Each surface form read as a place, with the place."""
    return {m: pm.place for pm in places(text, gazetteer) for m in pm.mentions}


def named(text: str, gazetteer: Any) -> dict[str, str]:
    """Each surface form read as a place, with the name of the place it was put at."""
    return {m: pm.place.name for pm in places(text, gazetteer) for m in pm.mentions}


def test_a_second_title_after_and_is_no_person_s_name(shared_gazetteer: Any) -> None:
    # "... of the UAE and Ruler of Dubai": once "and Ruler of Dubai" was taken for the
    # name of the person holding the first title, so "Dubai" was a person everywhere
    found = named("Dubai was hot on Saturday. The cup was presented by Sheikh Mohammed, "
                  "Prime Minister of the UAE and Ruler of Dubai. Crowds filled Dubai's "
                  "streets.", shared_gazetteer)
    assert found.get("Dubai") == "Dubai"
    assert found.get("UAE") == "United Arab Emirates"


def test_a_title_of_a_place_still_names_the_person_after_it(shared_gazetteer: Any) -> None:
    found = named("Secretary of State Mike Pompeo flew to Seoul. Pompeo met officials there.",
                  shared_gazetteer)
    assert "Pompeo" not in found and found.get("Seoul") == "Seoul"


@pytest.mark.parametrize("word", ["Congress", "Parliament", "Senate"])
def test_a_body_of_state_is_no_small_town_even_after_in(word: str) -> None:
    # Congress, Arizona has about 2,000 people: "concerns in Congress" is the legislature
    assert common_word_town(word, True, True, True, 2_000)
    assert common_word_town(word, True, False, True, 2_000)
    assert not common_word_town(word, False, True, True, 2_000)  # a region keeps its name
    assert not common_word_town("Paris", True, True, True, 2_000_000)
    assert not common_word_town("Orange", True, True, True, 30_000)  # "in Orange": the town


def test_concerns_in_congress_are_not_in_arizona(shared_gazetteer: Any) -> None:
    found = named("The sale comes amid concerns in Congress about the war in Yemen.",
                  shared_gazetteer)
    assert "Congress" not in found and found.get("Yemen") == "Yemen"


def test_a_rank_before_a_role_marks_a_person(shared_gazetteer: Any) -> None:
    # Davis, California is a city of 66,000: "According to Davis" is the diplomat
    found = named("Campbell Davis, second secretary at the British Embassy in Tokyo, said the "
                  "ban had been lifted. According to Davis, Japan's inspectors were "
                  "impressed.", shared_gazetteer)
    assert "Davis" not in found and found.get("Tokyo") == "Tokyo"
    found = named("Jane Roe, a senior fellow at a think tank, said so. Roe added more.",
                  shared_gazetteer)
    assert "Roe" not in found


def test_a_shared_name_means_the_one_state_the_story_is_in(shared_gazetteer: Any) -> None:
    south = named("A court in Seoul, South Korea, jailed the former president. Korean "
                  "voters reacted calmly.", shared_gazetteer)
    assert south["Korean"] == "South Korea"
    north = named("Pyongyang, the North Korean capital, held a parade. Korean state media "
                  "showed missiles.", shared_gazetteer)
    assert north["Korean"] == "North Korea"


def test_a_shared_name_keeps_the_region_when_both_or_neither_are_named(
        shared_gazetteer: Any) -> None:
    both = named("Leaders of North Korea and South Korea met at the border. Korean "
                 "reunification was discussed.", shared_gazetteer)
    assert both["Korean"] == "Korean Peninsula"
    neither = named("The chef opened a Korean restaurant in Lyon.", shared_gazetteer)
    assert neither.get("Korean") == "Korean Peninsula"
    # the region's own name is never traded for a state
    own = named("Seoul hopes for peace on the Korean Peninsula.", shared_gazetteer)
    assert own.get("Korean Peninsula") == "Korean Peninsula"


def test_the_eu_is_at_its_published_centre(shared_gazetteer: Any) -> None:
    eu = next(pm.place for pm in places("EU ministers met in Brussels.", shared_gazetteer)
              if pm.place.name == "European Union")
    # IGN: 49 deg 50' 35" N, 9 deg 54' 07" E (Gadheim, Bavaria), the 27 states from 2020
    assert geodesic_m(eu.lat, eu.lon, 49.8431, 9.9019) < 1_000


def test_a_title_of_several_words_and_an_office_of_a_state(shared_gazetteer: Any) -> None:
    # once "Minister of Industry and Trade Ivan Petrov and Venezuela's" was one person's
    # name after "Deputy", and "Minister of Defence of Azerbaijan" another's
    found = named("Russia's Deputy Minister of Industry and Trade Ivan Petrov and Venezuela's "
                  "Vice President of Economy Jose Castro met in Caracas. Venezuela is short of "
                  "cash.", shared_gazetteer)
    assert found.get("Venezuela") == "Venezuela"
    found = named("Ali Aliyev, the former Deputy Minister of Defence of Azerbaijan, said the "
                  "border was mined. Azerbaijan denies it.", shared_gazetteer)
    assert found.get("Azerbaijan") == "Azerbaijan"


def test_a_title_across_a_comma_is_not_the_next_name_s(shared_gazetteer: Any) -> None:
    found = named("According to the minister, Slovenia acted in its own interest.",
                  shared_gazetteer)
    assert found.get("Slovenia") == "Slovenia"
    # but a name standing between commas after a kinship title is that person's
    found = named("Rozen's wife, Julia, has posted flyers around Toronto.", shared_gazetteer)
    assert "Julia" not in found and found.get("Toronto") == "Toronto"


def test_places_before_a_comma_and_their_subject(shared_gazetteer: Any) -> None:
    found = named("The trip from Amsterdam to Berlin stops in Hilversum and Almelo, the paper "
                  "says.", shared_gazetteer)
    assert found.get("Hilversum") == "Hilversum" and found.get("Almelo") == "Almelo"
    found = named("A man smashed the car's windows in Beverly Hills, reports a website.",
                  shared_gazetteer)
    assert found.get("Beverly Hills") == "Beverly Hills"


def test_a_country_ending_an_outlet_s_name_is_not_a_family_name(
        shared_gazetteer: Any) -> None:
    found = named("Many towns in Canada pump oil. This article was first published by "
                  "DeSmog Canada. Canada exports most of it.", shared_gazetteer)
    assert found.get("Canada") == "Canada"


def test_a_list_after_in_is_of_places_whatever_the_capital(shared_gazetteer: Any) -> None:
    # Presov (83,000 people) needs "in" before it; the list's first name opened on a capital
    # outside A-Z, and so the list was not seen as one after "in"
    found = named("The chain sold its stores in Žilina, Prešov and Košice last year.",
                  shared_gazetteer)
    assert [found.get(n) for n in ("Žilina", "Prešov", "Košice")] == [
        "Žilina", "Prešov", "Košice"]


@pytest.mark.parametrize(("text", "form", "place"), [
    ("The Abu Dhabi-based agency published the report.", "Abu Dhabi", "Abu Dhabi"),
    ("A Hong Kong-based bank lent the money.", "Hong Kong", "Hong Kong"),
    ("The Los Angeles-based studio denied it.", "Los Angeles", "Los Angeles"),
])
def test_a_name_of_several_words_before_a_compound_s_tail(shared_gazetteer: Any, text: str,
                                                          form: str, place: str) -> None:
    found = named(text, shared_gazetteer)
    assert found.get(form) == place
    assert "Angeles" not in found


def test_a_state_abbreviated_after_its_town_is_named(shared_gazetteer: Any) -> None:
    found = named("SPRINGFIELD, Ill. (AP) - Tests found bacteria in the water. A boy died in "
                  "Slidell, La., on March 5.", shared_gazetteer)
    assert found.get("Ill.") == "Illinois" and found.get("La.") == "Louisiana"
    assert found.get("SPRINGFIELD") == "Springfield" and found.get("Slidell") == "Slidell"


def test_a_state_abbreviated_as_a_modifier_is_named(shared_gazetteer: Any) -> None:
    found = named("A Ga. pastor was arrested on Monday. He had driven from a Pa. town to "
                  "Savannah.", shared_gazetteer)
    assert found.get("Ga.") == "Georgia" and found.get("Pa.") == "Pennsylvania"
    assert named("He went to Mass. The priest spoke of a Mo man.", shared_gazetteer) == {}


def test_a_state_s_formal_name_with_a_possessive_inside(shared_gazetteer: Any) -> None:
    # once cut at "People's", leaving "Republic of Korea": South Korea's formal name
    found = named("China said the Democratic People's Republic of Korea (DPRK) had long faced "
                  "a threat. Trains still run to King's Cross.", shared_gazetteer)
    assert found["Democratic People's Republic of Korea"] == "North Korea"
    assert "Republic of Korea" not in found and found.get("King's Cross") == "King's Cross"


@pytest.mark.parametrize("text", [
    "Enslaved African Americans lived in the neighbourhood.",
    "Asian-American voters turned out in numbers.",
    "An Irish American wrote the song.",
])
def test_an_ethnonym_names_people_not_two_places(shared_gazetteer: Any, text: str) -> None:
    assert named(text, shared_gazetteer) == {}


def test_two_states_joined_by_a_hyphen_are_still_named(shared_gazetteer: Any) -> None:
    found = named("The Mexican-American War ended in 1848. American officials met Japanese "
                  "envoys.", shared_gazetteer)
    assert found.get("Mexican") == "Mexico" and found.get("American") == "United States"
    assert found.get("Japanese") == "Japan"


def test_a_given_name_then_a_place_word_is_a_person(shared_gazetteer: Any) -> None:
    # Gard is a French department; Charlie names no place
    found = named("The case echoes that of Charlie Gard, the terminally ill British boy.",
                  shared_gazetteer)
    assert "Gard" not in found and found.get("British") == "United Kingdom"
    # a place whose first word is a given name that is itself a place stays a place
    found = named("The ship docked at Charlotte Amalie on Tuesday.", shared_gazetteer)
    assert found.get("Charlotte Amalie") == "Charlotte Amalie"


@pytest.mark.parametrize(("text", "form"), [
    # GeoNames lists "Linda" for Lindi, Tanzania, and "Milton" for Kansas City
    ("They thanked Linda for the meal.", "Linda"),
    ("The coach praised Milton after the game in Denver.", "Milton"),
])
def test_a_lone_given_name_is_no_town_known_by_it_only_as_another_name(
        shared_gazetteer: Any, text: str, form: str) -> None:
    assert form not in named(text, shared_gazetteer)


def test_a_lone_given_name_placed_by_the_sentence_is_still_a_town(
        shared_gazetteer: Any) -> None:
    # after "to", where a place is expected, the name is looked up as usual
    assert named("Aid flew to Linda on Monday.", shared_gazetteer).get("Linda") == "Lindi"
    # and a town that bears the given name as its own keeps it
    assert named("Police in Alexandria said two men were held.",
                 shared_gazetteer).get("Alexandria") == "Alexandria"


@pytest.mark.parametrize(("text", "city", "state"), [
    # Adam, Oman; Alice, Texas; Patrick, Isle of Man: none of them, and none pulls the city
    # away from the one everybody means (Patrick once made this Boston, Lincolnshire)
    ("They saw Adam in Boston.", "Boston", "MA"),
    ("Alice lives in Chicago now.", "Chicago", "IL"),
    ("They saw Patrick in Boston.", "Boston", "MA"),
    ("Douglas met Albert in Portland.", "Portland", "OR"),
    # a city under half a million is no more what a given name alone says: Eugene, Oregon
    ("They saw Eugene in Boston.", "Boston", "MA"),
    ("They saw Adam, Eve and Paul in Boston.", "Boston", "MA"),
])
def test_a_lone_given_name_is_a_person_not_a_small_town_and_steers_nothing(
        shared_gazetteer: Any, text: str, city: str, state: str) -> None:
    found = places(text, shared_gazetteer)
    assert {m: (pm.place.name, pm.place.admin1) for pm in found for m in pm.mentions} == {
        city: (city, state)}


@pytest.mark.parametrize(("text", "form", "state"), [
    ("Roselle police ticketed hundreds of drivers.", "Roselle", "IL"),
    ("Davis had been arguing with Michael Durr, of Trenton.", "Trenton", "NJ"),
    ("An Alton funeral director has been charged.", "Alton", "IL"),
    ("Charities sent aid to Alice after the flood in Texas.", "Alice", "TX"),
    ("A developer wants to remake downtown Cleveland.", "Cleveland", "OH"),
    ("A rail study would connect Cleveland, Columbus, Dayton and Cincinnati.", "Cleveland",
     "OH"),
    ("Volunteers included Pack 136 of Madison.", "Madison", "WI"),
    ("Tyler is a city in Texas.", "Tyler", "TX"),
    ("Eugene, a city of 170,000, voted on Tuesday.", "Eugene", "OR"),
])
def test_a_given_name_the_sentence_places_is_the_town(
        shared_gazetteer: Any, text: str, form: str, state: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert form in found and found[form].admin1 == state


@pytest.mark.parametrize(("text", "city"), [
    # an abbreviated title's full stop once cut "Mr." off the name: Aguilar, Spain
    ("Mr. Aguilar arrived in Denver.", "Denver"),
    ("Mrs. Adams flew to Boston.", "Boston"),
    # no town is arrested or hired: Acton, Massachusetts
    ("Police arrested Acton in Boston.", "Boston"),
    ("The firm hired Aguilar last year in Denver.", "Denver"),
    # a city speaks for its people by its own name: Bateman is no other name of Batman, Turkey
    ("Bateman told reporters in Boston on Monday.", "Boston"),
])
def test_a_surname_the_sentence_makes_a_person_s_is_no_town(
        shared_gazetteer: Any, text: str, city: str) -> None:
    assert named(text, shared_gazetteer) == {city: city}


def test_a_capital_still_speaks_by_the_name_english_knows_it_by(shared_gazetteer: Any) -> None:
    assert named("Kiev said the talks had failed.", shared_gazetteer) == {"Kiev": "Kyiv"}
    assert named("UEFA charged Liverpool with crowd trouble.",
                 shared_gazetteer).get("Liverpool") == "Liverpool"


@pytest.mark.parametrize(("text", "form", "country"), [
    # GeoNames lists "Salem" for Jerusalem and "Philadelphia" for Amman: a capital's lead is
    # for its own name, so towns that bear these names rank by population against them
    ("She moved to Salem in 2019.", "Salem", "IN"),
    ("She moved to Philadelphia in 2019.", "Philadelphia", "US"),
    # nor does a city of under a million GeoNames lists by a name a town bears as its own
    ("He moved to Parma in 2019.", "Parma", "IT"),          # not Perm
    ("Napoleon was defeated at Waterloo in 1815.", "Waterloo", "CA"),  # not Austin, Texas
    # while the old names of cities that outnumber every namesake still lead to them
    ("He flew to Peking in 1972.", "Peking", "CN"),
    ("She grew up in Salisbury, Rhodesia.", "Salisbury", "ZW"),
])
def test_a_capital_leads_by_its_own_name_not_by_another(
        shared_gazetteer: Any, text: str, form: str, country: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert found[form].country == country


@pytest.mark.parametrize(("text", "form", "country"), [
    # a capitalised particle opens a name: these were Salvador (Brazil), "Paso" (Basuo,
    # China) and "Nang" (Nangxian, China), or nothing
    ("She moved to El Salvador in 2019.", "El Salvador", "SV"),
    ("Officials in El Paso said the border was closed.", "El Paso", "US"),
    ("She moved to La Paz in 2019.", "La Paz", "BO"),
    ("The ship sailed from Le Havre.", "Le Havre", "FR"),
    ("Flights to Da Nang resumed.", "Da Nang", "VN"),
    # lower-case words inside a foreign name join it
    ("She moved to Dar es Salaam in 2019.", "Dar es Salaam", "TZ"),
    ("The bank is based in Frankfurt am Main.", "Frankfurt am Main", "DE"),
    ("Floods hit Caxias do Sul on Monday.", "Caxias do Sul", "BR"),
    # an Arabic article joined by a hyphen is a word of the name
    ("Talks were held in Sharm el-Sheikh on Monday.", "Sharm el-Sheikh", "EG"),
    ("Fighting continued in Deir ez-Zor province.", "Deir ez-Zor", "SY"),
    ("She flew to Ras al-Khaimah.", "Ras al-Khaimah", "AE"),
    # a big city of three letters counts right after a preposition
    ("She moved to Fes in 2019.", "Fes", "MA"),
    ("Clerics in Qom said the vote was fair.", "Qom", "IR"),
    ("Tourists returned to Hue in May.", "Hue", "VN"),  # not Shanghai, listed as "Hu"
])
def test_foreign_names_are_read_whole(shared_gazetteer: Any, text: str, form: str,
                                      country: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert form in found and found[form].country == country


@pytest.mark.parametrize("text", [
    "El Niño conditions returned, and La Niña followed.",  # El Niño, Baja California
    "He worked on films such as Alien and Iron Man.",      # Man, Côte d'Ivoire
    "The El Nino pattern, then la nina.",
])
def test_names_that_are_no_places_stay_out(shared_gazetteer: Any, text: str) -> None:
    assert named(text, shared_gazetteer) == {}


@pytest.mark.parametrize(("text", "town", "state"), [
    # "Elizabeth, N.J." once read as someone's initials: no place at all
    ("The fire started in Elizabeth, N.J. on Monday.", "Elizabeth", "NJ"),
    ("The fire started in Long Branch, N.J. on Monday.", "Long Branch", "NJ"),
    # a town named like a common word is the town where its state is written beside it
    ("The fire started in Spring, Texas, on Monday.", "Spring", "TX"),
    ("The fire started in Liberty, Mo. on Monday.", "Liberty", "MO"),
    # and so is a town named like a country or a landmark abroad
    ("The fire started in Lebanon, Tennessee, on Monday.", "Lebanon", "TN"),
    ("The fire started in Holland, Mich. on Monday.", "Holland", "MI"),
    ("The fire started in Alhambra, California, on Monday.", "Alhambra", "CA"),
    # a town whose name opens with "The" is read as the rest of its name
    ("The fire started in The Woodlands, Texas, on Monday.", "Woodlands", "TX"),
])
def test_a_town_written_with_its_state_is_that_town(shared_gazetteer: Any, text: str,
                                                    town: str, state: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert town in found and (found[town].country, found[town].admin1) == ("US", state)


@pytest.mark.parametrize(("text", "town", "province"), [
    # towns named after royals: the title once made them persons
    ("The fire started in Prince Albert, Saskatchewan, on Monday.", "Prince Albert", "11"),
    ("The fire started in Prince George, British Columbia, on Monday.", "Prince George", "02"),
])
def test_a_town_named_after_a_royal_is_a_town_beside_its_province(
        shared_gazetteer: Any, text: str, town: str, province: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert town in found and (found[town].country, found[town].admin1) == ("CA", province)
    # while the royal stays a person
    assert named("Prince George waved to the crowd in London.", shared_gazetteer) == {
        "London": "London"}


@pytest.mark.parametrize(("text", "form", "kind"), [
    # lists of areas and of cities are no "Town, State" pairs
    ("Infants died in California, United States, this year.", "California", "admin"),
    ("Countries such as China, Japan, and the United Kingdom warned.", "China", "country"),
    ("Storms hit Florida, Georgia and Alabama.", "Florida", "admin"),
])
def test_lists_of_areas_are_no_town_pairs(shared_gazetteer: Any, text: str, form: str,
                                          kind: str) -> None:
    found = read_as(text, shared_gazetteer)
    assert found[form].kind == kind


def test_a_city_in_a_list_keeps_its_big_namesake(shared_gazetteer: Any) -> None:
    found = places("After stops in Washington, New York and Boston, the prince flew west.",
                   shared_gazetteer)
    assert {m: pm.place.admin1 for pm in found for m in pm.mentions}["Washington"] == "DC"


def test_a_dateline_capital_beside_its_landmarks_stays_the_capital(
        shared_gazetteer: Any) -> None:
    # the story names Pennsylvania and Pittsburgh, beside which lies Washington, Pa.; the
    # Pentagon and Capitol Hill say the dateline is the capital
    found = places("WASHINGTON - Senior Pentagon officials were on Capitol Hill this week. A "
                   "soldier from Pittsburgh, Pennsylvania died in 2008.", shared_gazetteer)
    assert {m: (pm.place.name, pm.place.admin1) for pm in found for m in pm.mentions}[
        "WASHINGTON"] == ("Washington", "DC")


@pytest.mark.parametrize(("text", "building"), [
    # "St. John" alone is Saint John, Indiana; "Lutheran Church" alone is any of thousands
    ("Services will be at St. John's Lutheran Church in Hamburg, Pa.",
     "St. John's Lutheran Church"),
    ("She taught at St. Michael's Catholic School in Chicago.", "St. Michael's Catholic School"),
])
def test_a_building_named_after_a_saint_is_one_building(
        shared_gazetteer: Any, text: str, building: str) -> None:
    found = named(text, shared_gazetteer)
    assert building in found
    assert not any(form.startswith("St.") and form != building for form in found)


def test_a_small_town_after_a_building_and_a_comma_is_where_it_stands(
        shared_gazetteer: Any) -> None:
    # Friedensburg, Pennsylvania has a few hundred people: only a place where one is expected
    found = places("Burial will be in St. John's Union Cemetery, Friedensburg.",
                   shared_gazetteer)
    where = {m: (pm.place.name, pm.place.admin1) for pm in found for m in pm.mentions}
    assert where["Friedensburg"] == ("Friedensburg", "PA")
    assert "St. John's Union Cemetery" in where


@pytest.mark.parametrize(("text", "form", "admin1"), [
    # a town name that is a common word or a statesman's name, where a place is expected
    ("Officials in Clinton said the road was closed.", "Clinton", "MD"),
    ("The fair is planned in Monroe on Saturday.", "Monroe", "LA"),
    # a town before "said" that closes its subject's phrase ("police in Trenton said")
    ("Officials in Trenton said the road was closed.", "Trenton", "NJ"),
])
def test_a_town_where_a_place_is_expected(shared_gazetteer: Any, text: str, form: str,
                                          admin1: str) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert (place.country, place.admin1) == ("US", admin1)


@pytest.mark.parametrize("text", [
    "She met Clinton on Monday.",  # no place expected: the statesman
    "The rain came in May.",  # a month is no town after "in"
    "Pups were taken from Wilson's Farm on Friday.",  # the farm's owner
    "Analysts at Nomura said prices rose.",  # after "at", a firm speaks
])
def test_a_statesman_a_month_and_a_firm_are_no_towns(shared_gazetteer: Any, text: str) -> None:
    assert not {"Clinton", "May", "Wilson", "Nomura"} & set(named(text, shared_gazetteer))


def test_washington_after_in_is_still_the_capital(shared_gazetteer: Any) -> None:
    found = places("After stops in Washington, New York and Boston, the prince flew home.",
                   shared_gazetteer)
    where = {m: (pm.place.name, pm.place.admin1) for pm in found for m in pm.mentions}
    assert where["Washington"] == ("Washington", "DC")


def test_an_irish_county_however_written(shared_gazetteer: Any) -> None:
    found = places("Gardai in Co Kerry are investigating. The farm is in County Mayo, near "
                   "Westport.", shared_gazetteer)
    where = {m: (pm.place.name, pm.place.country) for pm in found for m in pm.mentions}
    assert where["Co Kerry"] == ("Kerry", "IE")
    assert where["County Mayo"] == ("County Mayo", "IE")
    assert where["Westport"] == ("Westport", "IE")  # the county says which Westport


def test_a_title_in_the_plural_names_the_people_after_it(shared_gazetteer: Any) -> None:
    # "Xie Yang" is also another name of Xieyang, a town in Fujian
    found = named("Several, including prominent lawyers Xie Yang and Li Heping, were "
                  "convicted in Beijing.", shared_gazetteer)
    assert "Xie Yang" not in found and found.get("Beijing") == "Beijing"


@pytest.mark.parametrize(("text", "form", "place"), [
    ("Maryland State Police say the locker held stolen goods.", "Maryland", "Maryland"),
    ("Most of the Mississippi State team stayed home.", "Mississippi", "Mississippi"),
    # where "State" is part of the state's name, it stays
    ("The Osun State Police Command said it found 86 firearms.", "Osun State", "Osun"),
    ("Fires burned in Washington State on Friday.", "Washington State", "Washington"),
])
def test_a_us_state_before_a_university_or_a_force_is_the_state(
        shared_gazetteer: Any, text: str, form: str, place: str) -> None:
    assert named(text, shared_gazetteer).get(form) == place


def test_a_title_like_word_before_a_country_learns_no_person(shared_gazetteer: Any) -> None:
    # "fellow" is a title ("a fellow at Brookings"); once "a fellow US ally" made "US" a
    # person's name, and every later "the US" was lost
    found = named("Saudi Arabia imposed an embargo on a fellow US ally in the Gulf, Qatar. "
                  "Separately, the US also approved a $2.5 billion deal.", shared_gazetteer)
    assert found.get("US") == "United States" and found.get("Qatar") == "Qatar"
    # "official" too: "an official EU language" hid every "EU"
    found = named("English will remain an official EU language. The EU has 24 of them.",
                  shared_gazetteer)
    assert found.get("EU") == "European Union"


@pytest.mark.parametrize(("text", "form", "lat", "lon", "within_m"), [
    # the article's city (London, from the dateline) is not where the hospital stands
    pytest.param("LONDON - A court ruled on the case on Friday. Doctors at the Alder Hey "
                 "Children's Hospital where the boy is treated in Liverpool said so. London "
                 "lawyers appealed. Rome offered help. London judges refused.",
                 "Alder Hey Children's Hospital", 53.41, -2.98, 5_000,
                 id="a building in the town its sentence puts it in (Liverpool)"),
    pytest.param("DEWSBURY - They met at the Pioneer cinema in Dewsbury. They married at South "
                 "Ossett Church before heading on honeymoon to Great Yarmouth. Dewsbury friends "
                 "came.", "South Ossett Church", 53.69, -1.63, 5_000,
                 id="a trip's goal is no building's address (Dewsbury, not Yarmouth)"),
    pytest.param("A researcher at Loyola University in Los Angeles found 31 cases, while an "
                 "Arizona State University study found 10. Los Angeles officials agreed.",
                 "Arizona State University", 34.3, -111.7, 150_000,
                 id="a state's university is in that state (Arizona, not Los Angeles)"),
    # a town named alone by another name ("Peking", twice) counts half; the city inside a
    # company's name counts half too, and the state named makes it the article's city
    pytest.param("Royal Street ran past the old mill in Louisiana. Power came from the New "
                 "Orleans Railways and Light Company. A scholar from Peking lived there, and "
                 "later went back to Peking. Desire Street ran to the river.", "Desire Street",
                 29.95, -90.07, 20_000,
                 id="streets follow the city the article agrees on (New Orleans)"),
    pytest.param("TIJUANA, Mexico - Works on the Tijuana River in Baja California will start in "
                 "ten days, officials in Tijuana said.", "Tijuana River", 32.5, -117.0, 20_000,
                 id="a feature in a state stands at the town its name holds (Tijuana)"),
    # "South Side" is also Southside, Alabama, a town of 9,000
    pytest.param("CHICAGO - A man was stabbed in River North. He grew up on the South Side, "
                 "Chicago police said. Chicago officers found him on State Street.",
                 "South Side", 41.88, -87.63, 30_000,
                 id="a side of town is a quarter of the article's city (Chicago)"),
])
def test_a_place_the_gazetteer_lacks_stands_where_its_article_puts_it(
        text: str, form: str, lat: float, lon: float, within_m: float,
        shared_gazetteer: Any) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert geodesic_m(place.lat, place.lon, lat, lon) < within_m


def test_a_name_given_is_no_place(shared_gazetteer: Any) -> None:
    found = named("The street was later called Lafayette and then renamed Franklin. A "
                  "streetcar named Desire ran on it through Louisiana.", shared_gazetteer)
    assert "Lafayette" not in found and "Franklin" not in found
    assert found.get("Louisiana") == "Louisiana"
    # a call is not a name: the place called on the telephone is still named
    assert named("Trump called Beijing on Tuesday.", shared_gazetteer).get("Beijing") == "Beijing"


def test_a_street_corner_written_with_a_slash_names_no_town(shared_gazetteer: Any) -> None:
    found = named("The lavender building overlooking the Chartres/Franklin intersection was "
                  "once a church in New Orleans.", shared_gazetteer)
    assert "Chartres" not in found and "Franklin" not in found
    assert found.get("New Orleans") == "New Orleans"


def test_a_square_known_by_a_town_s_other_name_is_the_square(shared_gazetteer: Any) -> None:
    # "Washington Square" is also listed as a name of Franklin Square, New York
    text = ("NEW ORLEANS - The grid had an adjacent park (Washington Square). Royal Street at "
            "Washington Square was home to a church. New Orleans grew around it.")
    square = place_of(text, "Washington Square", shared_gazetteer)
    assert square.name == "Washington Square"
    assert geodesic_m(square.lat, square.lon, 29.95, -90.07) < 20_000  # New Orleans


def test_a_county_in_a_story_that_names_its_state(shared_gazetteer: Any) -> None:
    text = ("Kentucky will pay its coal counties. Daviess County schools get $8,900 and Ohio "
            "County schools $128,800. Pike County, harder hit, gets $1.6 million.")
    assert place_of(text, "Pike County", shared_gazetteer).admin1 == "KY"


def test_handles_and_abbreviated_titles_are_no_places(shared_gazetteer: Any) -> None:
    found = named("Shannon Watts tweeted at @Gillette from Denver. Sens. Tom Udall and Martin "
                  "Heinrich issued statements in Albuquerque.", shared_gazetteer)
    assert "Gillette" not in found and "Sens" not in found
    assert found.get("Denver") == "Denver" and found.get("Albuquerque") == "Albuquerque"


def test_an_abbreviated_title_in_the_plural_does_not_end_the_sentence() -> None:
    from routes.reading._sentences import split_sentences

    parts = split_sentences("The senators spoke. Sens. Tom Udall and Martin Heinrich agreed.")
    assert [p.text for p in parts] == [
        "The senators spoke.", "Sens. Tom Udall and Martin Heinrich agreed."]


def test_congo_is_the_congo_the_story_is_in(shared_gazetteer: Any) -> None:
    east = named("Rebels entered Goma on Sunday. Congo accused Rwanda of backing them.",
                 shared_gazetteer)
    assert east["Congo"] == "Democratic Republic of the Congo"
    west = named("Voters in Brazzaville went to the polls. Congo has had one ruler for decades.",
                 shared_gazetteer)
    assert west["Congo"] == "Republic of the Congo"


def test_georgia_beside_atlanta_is_the_american_state(shared_gazetteer: Any) -> None:
    place = place_of("Storms crossed north Georgia on Tuesday, and roads near Atlanta flooded "
                     "before dawn.", "Georgia", shared_gazetteer)
    assert (place.kind, place.country, place.admin1) == ("admin", "US", "GA")


def test_georgia_beside_tbilisi_stays_the_country(shared_gazetteer: Any) -> None:
    place = place_of("Crowds filled the streets of Tbilisi as Georgia's parliament met. An "
                     "envoy later flew on to Atlanta.", "Georgia", shared_gazetteer)
    assert (place.kind, place.country) == ("country", "GE")


@pytest.mark.parametrize(("text", "form", "admin1"), [
    # Paris, Texas lies beside Roxton in Lamar County: local news, not France
    ("Sales tax receipts rose in Paris and in Roxton this spring, the Lamar County treasurer "
     "said. Texas sends the money back monthly.", "Paris", "TX"),
    ("Volunteers in London and across Laurel County picked up litter for Kentucky's spring "
     "clean-up.", "London", "KY"),
    # no state is named, but DeSoto Parish and Shreveport lie beside Mansfield, Louisiana;
    # the bigger Mansfield (Texas) has no place of the story near it
    ("The Mansfield mayor asked pastors to patrol the streets. DeSoto Parish deputies will ride "
     "along, and Shreveport lent two cars.", "Mansfield", "LA"),
    # a big city too: three other places of the story in Florida, none in Australia
    ("Fires burned near Orlando and Daytona Beach in Volusia County, said a meteorologist "
     "with the National Weather Service in Melbourne.", "Melbourne", "FL"),
    # Walker County, Texas holds the other Huntsville (the biggest is in Alabama)
    ("A Huntsville man was taken into custody Friday, the Walker County sheriff said. Texas "
     "troopers helped.", "Huntsville", "TX"),
])
def test_a_name_is_the_namesake_beside_the_story_s_other_places(
        text: str, form: str, admin1: str, shared_gazetteer: Any) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert (place.country, place.admin1) == ("US", admin1)


def test_a_big_city_with_no_neighbour_of_its_namesake_stays(shared_gazetteer: Any) -> None:
    # Houston is far from Paris, Texas: a Texas couple's trip to Paris is to France
    place = place_of("A Texas couple flew from Houston to Paris for their anniversary.",
                     "Paris", shared_gazetteer)
    assert place.country == "FR"


@pytest.mark.parametrize(("text", "form", "country"), [
    ("The virus reached Côte d'Ivoire and Ghana last year.", "Côte d'Ivoire", "CI"),
    ("The night train from Vienna reaches the Gare de l'Est before ten.", "Gare de l'Est", "FR"),
])
def test_an_elided_article_before_a_capital_is_a_word_of_the_name(
        text: str, form: str, country: str, shared_gazetteer: Any) -> None:
    assert place_of(text, form, shared_gazetteer).country == country


def test_a_ministry_of_a_state_named_with_a_possessive_names_the_state(
        shared_gazetteer: Any) -> None:
    # the run "Ministry of Health of the People's" once took the country's name with it
    found = named("The order came from the Ministry of Health of the People's Republic of "
                  "China last week.", shared_gazetteer)
    assert found == {"People's Republic of China": "China"}


@pytest.mark.parametrize(("text", "form", "admin1"), [
    ("The sick cow came from a Washington state farm.", "Washington", "WA"),
    ("New York Governor Kathy Hochul declared an emergency on Saturday.", "New York", "NY"),
    ("The first case was found on a farm in the state of Washington.", "Washington", "WA"),
])
def test_state_or_governor_after_a_city_s_name_makes_it_the_state(
        text: str, form: str, admin1: str, shared_gazetteer: Any) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert (place.kind, place.country, place.admin1) == ("admin", "US", admin1)


def test_the_mayor_of_new_york_is_still_the_city_s(shared_gazetteer: Any) -> None:
    place = place_of("The mayor of New York spoke at noon.", "New York", shared_gazetteer)
    assert place.kind == "city"


def test_a_country_s_name_is_the_town_among_the_story_s_places(shared_gazetteer: Any) -> None:
    # Lebanon, Ohio is the seat of Warren County; the story names nothing in the country
    place = place_of("LEBANON (AP) - The trial of a Hamilton Township man went on in Warren "
                     "County on Tuesday.", "LEBANON", shared_gazetteer)
    assert (place.kind, place.country, place.admin1) == ("city", "US", "OH")
    country = place_of("Crowds in Lebanon mourned. Syria sent an envoy to Beirut.", "Lebanon",
                       shared_gazetteer)
    assert country.kind == "country"


def test_places_joined_by_and_are_no_person_with_a_given_name(shared_gazetteer: Any) -> None:
    # "Ann" is a given name, but "Ann Arbor" and "Oscoda" are both towns the gazetteer knows
    found = named("A retired clerk, she splits her time between Ann Arbor and Oscoda.",
                  shared_gazetteer)
    assert found.get("Ann Arbor") == "Ann Arbor" and found.get("Oscoda") == "Oscoda"


@pytest.mark.parametrize(("text", "form", "admin1"), [
    ("The driver, Theresa Pilkington of Jeannette, was taken to a hospital.", "Jeannette",
     "PA"),
    ("Tom Del Beccaro of Lafayette, a party officer, backed the bill.", "Lafayette", None),
    # after a one-word title before the name too
    ("He voted no, said House Republican Leader John Boehner of Ohio.", "Ohio", "OH"),
])
def test_a_person_s_home_town_after_of_is_a_place(text: str, form: str, admin1: str | None,
                                                   shared_gazetteer: Any) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert place.country == "US" and (admin1 is None or place.admin1 == admin1)
    assert "Theresa" not in named(text, shared_gazetteer)


def test_an_office_of_a_word_is_still_no_town(shared_gazetteer: Any) -> None:
    # "of Justice" after a title is the office's, not Justice, Illinois
    found = named("Former Minister of Justice Wijeyadasa Rajapakshe voted against it.",
                  shared_gazetteer)
    assert "Justice" not in found


def test_names_listed_before_counties_are_counties(shared_gazetteer: Any) -> None:
    found = {m: (pm.place.name, pm.place.admin1) for pm in places(
        "Douglas, Lancaster and Sarpy counties grew fastest, Nebraska officials said.",
        shared_gazetteer) for m in pm.mentions}
    assert found["Douglas"] == ("Douglas County", "NE")
    assert found["Lancaster"] == ("Lancaster County", "NE")
    assert found["Sarpy"] == ("Sarpy County", "NE")


def test_a_county_far_from_the_story_is_the_namesake_beside_it(shared_gazetteer: Any) -> None:
    # Harris County, Texas is the biggest, but Columbus and Muscogee County are in Georgia
    place = place_of("She clerked in Columbus for years. She has served in Muscogee and "
                     "Harris counties since 1990.", "Harris", shared_gazetteer)
    assert (place.name, place.admin1) == ("Harris County", "GA")


def test_a_politician_s_party_label_names_his_state_only(shared_gazetteer: Any) -> None:
    # "D-W" once read as a town in Iran; the label names West Virginia (see
    # tests/test_reading_party_homes.py)
    assert named("Rep. Nick Rahall, D-W. Va., chairman of the committee, spoke.",
                 shared_gazetteer) == {"W. Va.": "West Virginia"}
    assert named("He flew to Paris (France) later.", shared_gazetteer) == {
        "Paris": "Paris", "France": "France"}


@pytest.mark.parametrize(("text", "form", "kind", "admin1"), [
    # local news names its county in full once, then bare: the county, not DeKalb, Illinois
    ("Flooding closed roads across DeKalb County on Monday. DeKalb officials said crews "
     "worked overnight.", "DeKalb", "admin", "GA"),
    # a city of 100,000 or a capital keeps its own name beside the county named after it
    ("Dallas County commissioners met on Tuesday. Dallas police closed two roads.", "Dallas",
     "city", "TX"),
    ("Washington County deputies met the sheriff. Washington sent federal aid.",
     "Washington", "city", "DC"),
])
def test_a_bare_name_is_the_county_the_article_names_in_full(
        text: str, form: str, kind: str, admin1: str, shared_gazetteer: Any) -> None:
    place = place_of(text, form, shared_gazetteer)
    assert (place.kind, place.admin1) == (kind, admin1)


@pytest.mark.parametrize(("text", "expected"), [
    # the most populous Hall County is in Nebraska, Forsyth County in North Carolina; the
    # two that share a border are Georgia's
    ("Officials in Hall County and Forsyth County agreed to share a water plant.",
     {("Hall County", "GA"), ("Forsyth County", "GA")}),
    # with no namesakes near each other, each keeps its own best
    ("Officials in Cook County and Harris County agreed to share data.",
     {("Cook County", "IL"), ("Harris County", "TX")}),
    # a big city's name beside a county: Paris, Tennessee is the seat of Henry County,
    # Tennessee; Columbus, Georgia lies beside Harris County, Georgia
    ("Residents of Paris and Henry County will receive a letter.",
     {("Paris", "TN"), ("Henry County", "TN")}),
    ("Columbus police and Harris County deputies searched the area.",
     {("Columbus", "GA"), ("Harris County", "GA")}),
])
def test_two_lone_places_are_the_namesakes_beside_each_other(
        shared_gazetteer: Any, text: str, expected: set[tuple[str, str]]) -> None:
    assert {(pm.place.name, pm.place.admin1) for pm in places(text, shared_gazetteer)} == expected


def test_a_story_that_says_where_its_paris_is_keeps_it_there(shared_gazetteer: Any) -> None:
    found = places("He flew to Paris, France, last week. Henry County officials said the "
                   "budget passed.", shared_gazetteer)
    assert ("Paris", "FR") in {(pm.place.name, pm.place.country) for pm in found}
