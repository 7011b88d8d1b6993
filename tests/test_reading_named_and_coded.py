"""Places and vehicles the press writes by a code, a house name or a lower-case head: an
airport by its IATA code ("landed at JFK"), a landmark with its head in lower case ("the United
Nations headquarters"), a train by its own name ("The Ghan", "the California Zephyr"), a short
city name after a verb of going ("It reached Hue"); and a trip told twice in an undated story
("pulled into Perth after a journey from Sydney. The train left Sydney ... and stopped at
Broken Hill on the way"). Every story here is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.checking import check_journey
from routes.models import Journey
from routes.network import measure_journey
from routes.reading import find_places, read_story, read_text


def story(text: str, gazetteer: Any) -> Journey:
    return check_journey(measure_journey(read_story([read_text(text, "c.txt")], gazetteer)))


def places(text: str, gazetteer: Any) -> list[tuple[str, str]]:
    """Each place read, by its gazetteer kind and name."""
    return [(pm.place.kind, pm.place.name)
            for pm in find_places([read_text(text, "c.txt")], gazetteer)]


def ends(journey: Journey, text: str) -> tuple[str | None, str | None]:
    c = next(c for c in journey.claims if c.text == text)
    return c.origin, c.destination


# -- airports by code ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "airport"), [
    ("The delegation landed at JFK on Monday after an eight-hour flight from London.",
     "John F Kennedy International Airport"),
    ("The plane, which left LAX shortly after 10 p.m., landed in Sydney on Tuesday.",
     "Los Angeles International Airport"),
    ("The jet was diverted to SFO after a warning light came on.",
     "San Francisco International Airport"),
    ("Thousands of passengers were stranded at LHR airport on Friday.",
     "London Heathrow Airport"),
])
def test_an_airport_written_by_its_code(text: str, airport: str,
                                        shared_gazetteer: Any) -> None:
    assert ("airport", airport) in places(text, shared_gazetteer)


@pytest.mark.parametrize("text", [
    # a bare "to" is speech as often as travel, and nothing here flies
    "The minister spoke to NBC in Paris on Monday.",
    "She told reporters at CNN headquarters in Atlanta that she would run.",
    # a code with no flight and no "airport" is no airport
    "The report from AFP said talks in Geneva went on at BBC request.",
])
def test_a_three_letter_word_with_no_flight_is_no_airport(text: str,
                                                          shared_gazetteer: Any) -> None:
    assert all(kind != "airport" for kind, _ in places(text, shared_gazetteer))


def test_a_trip_from_an_airport_by_its_code_to_a_landmark(shared_gazetteer: Any) -> None:
    j = story("The delegation landed at JFK on Monday evening after an eight-hour flight from "
              "London. They were driven to the United Nations headquarters in Manhattan, a trip "
              "of about 25 km that took about an hour.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == [
        "London", "John F Kennedy International Airport", "Headquarters of the United Nations"]
    flight = next(c for c in j.claims if c.text == "eight-hour flight")
    assert flight.verdict == "consistent"
    assert ends(j, "about 25 km") == (
        "John F Kennedy International Airport", "Headquarters of the United Nations")


# -- landmarks with a lower-case head --------------------------------------------------------

def test_a_landmark_named_with_its_head_in_lower_case(shared_gazetteer: Any) -> None:
    found = places("Officials were driven from Times Square to the United Nations "
                   "headquarters in Manhattan.", shared_gazetteer)
    assert ("venue", "Headquarters of the United Nations") in found


def test_a_landmark_of_that_name_far_from_the_story_is_not_taken(
        shared_gazetteer: Any) -> None:
    # the description names a town far from where the landmark stands
    found = places("Officials gathered at the United Nations headquarters in Nairobi.",
                   shared_gazetteer)
    assert ("venue", "Headquarters of the United Nations") not in found


# -- trains by their names -------------------------------------------------------------------

def test_a_named_train_is_rail_and_no_place(shared_gazetteer: Any) -> None:
    j = story("The Ghan arrived in Darwin on Wednesday, two days after leaving Adelaide on its "
              "2,979-kilometer run.", shared_gazetteer)
    assert j.legs and all(leg.mode == "rail" for leg in j.legs)
    j = story("The Indian Pacific pulled into Perth after a journey of about 4,350 kilometers "
              "from Sydney.", shared_gazetteer)
    assert j.traveller == "The Indian Pacific"
    assert [s.place.name for s in j.stops] == ["Sydney", "Perth"]
    assert all(pm.place.name not in ("India", "Pacific Ocean") for pm in j.other_places)


def test_a_named_train_is_no_person(shared_gazetteer: Any) -> None:
    j = story("VANCOUVER, British Columbia (CP) — The Rocky Mountaineer rolled into Vancouver "
              "on Monday after a two-day trip from Banff.", shared_gazetteer)
    assert j.traveller == "The Rocky Mountaineer"
    assert j.legs[0].mode == "rail"


def test_a_dateline_with_a_two_word_province(shared_gazetteer: Any) -> None:
    art = read_text("VANCOUVER, British Columbia (CP) — Ferries were cancelled.", "d.txt")
    assert art.dateline == "VANCOUVER, British Columbia"
    assert art.text.startswith("Ferries")


# -- short names --------------------------------------------------------------------------

def test_a_short_city_name_after_a_verb_of_going(shared_gazetteer: Any) -> None:
    found = places("The train left Hanoi at 7 p.m. on Friday. It reached Hue about 13 hours "
                   "later.", shared_gazetteer)
    assert ("city", "Huế") in found
    # Shanghai's other name "Hu" folds to the same key, but Hue is the Vietnamese city's own
    top = shared_gazetteer.candidates("Hue", limit=1)[0]
    assert top.place.country == "VN"


# -- one trip told twice in an undated story ------------------------------------------------

def test_calls_told_when_the_trip_is_told_again(shared_gazetteer: Any) -> None:
    j = story("The Indian Pacific arrived in Perth on Sunday morning after a journey of about "
              "4,350 kilometers from Sydney. The train left Sydney on Wednesday afternoon and "
              "stopped at Broken Hill and Adelaide on the way.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Sydney", "Broken Hill", "Adelaide", "Perth"]


def test_calls_told_in_a_sentence_of_their_own(shared_gazetteer: Any) -> None:
    j = story("Passengers aboard the California Zephyr reached Emeryville on Saturday, about 51 "
              "hours after the train left Chicago, a trip of roughly 2,440 miles. The train "
              "crossed the Rocky Mountains, with stops in Denver and Salt Lake City.",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == [
        "Chicago", "Denver", "Salt Lake City", "Emeryville"]
    assert ends(j, "roughly 2,440 miles") == ("Chicago", "Emeryville")


def test_calls_on_the_way_back_stay_after(shared_gazetteer: Any) -> None:
    j = story("The band drove from Chicago to Denver. They stopped in Omaha on the way back.",
              shared_gazetteer)
    names = [s.place.name for s in j.stops]
    assert names.index("Omaha") > names.index("Denver")


# -- travellers named by what they are -----------------------------------------------------

def test_a_royal_couple_and_a_liner_are_their_travellers(shared_gazetteer: Any) -> None:
    j = story("The King and Queen flew from London to Nairobi on Monday for a state visit.",
              shared_gazetteer)
    assert j.traveller == "The King and Queen"
    j = story("The liner Queen Mary 2 arrived in Southampton on Sunday after a seven-day "
              "crossing from New York.", shared_gazetteer)
    assert j.traveller == "The liner Queen Mary 2"


def test_a_title_and_a_name_is_still_a_person(shared_gazetteer: Any) -> None:
    # "Lord" here is Alan Lord's family name, and "Levi" his dog: no place
    found = places("Alan Lord lives in Garden City. Some of the help Lord and Levi have "
                   "received comes from neighbours.", shared_gazetteer)
    assert all(name != "Lévis" for _, name in found)


def test_a_ship_that_docked_is_the_traveller(shared_gazetteer: Any) -> None:
    j = story("A cruise ship carrying 2,000 passengers docked in Juneau on Monday after sailing "
              "from Seattle, a voyage of about 900 nautical miles.", shared_gazetteer)
    assert j.traveller == "A cruise ship"
    assert [s.place.name for s in j.stops] == ["Seattle", "Juneau"]


def test_a_ride_on_horseback_goes_at_a_riders_pace(shared_gazetteer: Any) -> None:
    j = story("Two British adventurers completed a 2,200-kilometer horseback ride across "
              "Mongolia on Friday, reaching Ulaanbaatar 58 days after setting out from Khovd.",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Khovd", "Ulan Bator"]
    assert (j.legs[0].mode, j.legs[0].vehicle) == ("walk", "horse")
    # a trail winds: longer than the road estimate is no error, and 58 days is a rider's pace
    assert all(c.verdict != "inconsistent" for c in j.claims)
    assert next(c for c in j.claims if c.text == "58 days").verdict == "consistent"


def test_a_distance_into_a_trip_is_no_leg(shared_gazetteer: Any) -> None:
    j = story("A bus carrying tourists from Cusco to Puno plunged into a ravine on Saturday, "
              "about 120 km into the 390-km trip, police said.", shared_gazetteer)
    assert [c.text for c in j.claims if c.kind == "distance"] == ["390-km trip"]


def test_a_visit_after_the_arrival_and_the_return(shared_gazetteer: Any) -> None:
    j = story("date 2025-02-14\nPolish President Andrzej Duda arrived in Kyiv by train on "
              "Friday morning after an overnight journey from Przemysl. Duda later visited "
              "Bucha, about 25 kilometers northwest of the capital, before returning to Kyiv "
              "for talks.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Przemysl", "Kyiv", "Bucha", "Kyiv"]


def test_a_small_town_a_ship_leaves_for(shared_gazetteer: Any) -> None:
    j = story("date 2025-10-20\nThe Hurtigruten ship left Bergen on Saturday evening for "
              "Kirkenes near the Russian border.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Bergen", "Kirkenes"]


def test_a_stop_told_after_the_arrival_it_preceded(shared_gazetteer: Any) -> None:
    j = story("date 2025-09-15\nThe Blue Train pulled into Cape Town on Sunday afternoon after "
              "a 1,600-kilometer, 31-hour journey from Pretoria, with a stop at Kimberley.",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Pretoria", "Kimberley", "Cape Town"]
    assert j.stops[-1].arrive is not None and j.stops[1].arrive is None


def test_a_walk_told_as_a_noun_is_on_foot(shared_gazetteer: Any) -> None:
    j = story("A grandmother finished a walk from John o' Groats to Land's End on Tuesday, "
              "1,407 kilometers in 63 days.", shared_gazetteer)
    assert j.legs[0].mode == "walk"


def test_a_future_told_of_a_tour_leaves_the_departures_day_past(
        shared_gazetteer: Any) -> None:
    # "that will take him": the tour's future; "left ... on Wednesday" is the Wednesday past
    j = story("date 2025-07-28\nIndian Prime Minister Narendra Modi left New Delhi on Wednesday "
              "for a five-nation tour that will take him to Ghana and Brazil. He landed in Accra "
              "on Wednesday evening after a flight of about 11 hours.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["New Delhi", "Accra"]
    left = next(c for c in j.claims if c.kind == "time" and c.event == "departure")
    assert left.time is not None and left.time.date().isoformat() == "2025-07-23"


def test_a_trip_continued_after_the_figure_is_the_next_one(shared_gazetteer: Any) -> None:
    j = story("Three freed hostages were flown from Tel Aviv to Doha on Sunday aboard a Qatari "
              "plane, a flight of about three hours, before continuing to Washington.",
              shared_gazetteer)
    assert ends(j, "about three hours") == ("Tel Aviv", "Doha")


def test_a_migrant_boat_crossing_at_a_small_boats_pace(shared_gazetteer: Any) -> None:
    j = story("date 2025-03-03\nA boat carrying 46 migrants that left Sfax in Tunisia on "
              "Friday reached the Italian island of Lampedusa on Sunday morning, a crossing of "
              "about 190 kilometers.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Sfax", "Lampedusa"]
    assert j.legs[0].vehicle == "small boat"
    assert all(c.verdict != "inconsistent" for c in j.claims)


@pytest.mark.parametrize("dated", [True, False])
def test_a_meeting_at_the_place_left_before_the_flight(dated: bool,
                                                       shared_gazetteer: Any) -> None:
    j = story(("date 2025-03-01\n" if dated else "") + "Prime Minister Fumio Kishida arrived at "
              "Haneda airport on Saturday after a 12-hour flight from Washington, where he had "
              "met President Joe Biden at the White House.", shared_gazetteer)
    names = [s.place.name for s in j.stops]
    assert names[-1] == "Haneda Airport"
    assert names.index("White House") < names.index("Haneda Airport")


def test_a_party_named_by_a_plural_noun_alone(shared_gazetteer: Any) -> None:
    j = story("date 2025-02-10\nFirefighters drove 500 kilometers south from Santiago to "
              "Concepcion overnight, arriving early Monday after a seven-hour drive.",
              shared_gazetteer)
    assert j.traveller == "Firefighters"
    assert [s.place.name for s in j.stops] == ["Santiago", "Concepcion"]


@pytest.mark.parametrize(("text", "traveller", "stops", "mode"), [
    ("date 2025-05-02\nThousands of boxing fans drove the 300 miles (480 km) from Los Angeles "
     "to Las Vegas on Friday, a trip that normally takes about four hours.",
     "Thousands of boxing fans", ["Los Angeles", "Las Vegas"], "road"),
    ("date 2018-10-21\nHundreds of migrants set off from Tapachula on Sunday and walked to "
     "Huixtla, about 40 km north.", "Hundreds of migrants", ["Tapachula", "Huixtla"], "walk"),
])
def test_a_party_counted_loosely(text: str, traveller: str, stops: list[str], mode: str,
                                 shared_gazetteer: Any) -> None:
    j = story(text, shared_gazetteer)
    assert j.traveller == traveller
    assert [s.place.name for s in j.stops] == stops
    assert [leg.mode for leg in j.legs] == [mode]


def test_a_count_of_what_is_no_party_sends_no_one(shared_gazetteer: Any) -> None:
    # "thousands of dollars" travel nowhere; nor do parties the story does not call travellers
    j = story("Thousands of dollars flowed from Los Angeles to Las Vegas on Friday. Thousands "
              "of residents drove to work.", shared_gazetteer)
    assert not j.traveller
    assert j.stops == []


def test_a_regnal_number_is_part_of_the_name(shared_gazetteer: Any) -> None:
    j = story("Pope Leo XIV landed in Quito on Sunday evening after a 13-hour flight from Rome.",
              shared_gazetteer)
    assert j.traveller == "Leo XIV"


def test_a_city_left_twice_in_one_sentence_is_left_once(shared_gazetteer: Any) -> None:
    j = story("date 2025-06-30\nThe Nightjet from Vienna pulled into Amsterdam Centraal at "
              "9:58 a.m. on Sunday, 14 hours after it left the Austrian capital.",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Vienna", "Amsterdam Centraal"]


def test_a_second_report_that_opens_on_the_departure(shared_gazetteer: Any) -> None:
    first = read_text("date 2023-03-20\nChinese President Xi Jinping arrived in Moscow on "
                      "Monday after a flight of about seven and a half hours from Beijing.",
                      "first.txt")
    second = read_text("date 2023-03-22\nXi Jinping left Moscow on Wednesday after two days "
                       "of talks, flying home to Beijing, some 5,800 kilometers away.",
                       "second.txt")
    j = check_journey(measure_journey(read_story([first, second], shared_gazetteer)))
    assert ends(j, "some 5,800 kilometers") == ("Moscow", "Beijing")


# -- districts and small places the gazetteer curates ---------------------------------------

def test_a_ferry_between_two_districts_of_a_city(shared_gazetteer: Any) -> None:
    j = story("Commuters crossed from Kadikoy to Eminonu by ferry on Monday, a trip of about 20 "
              "minutes across the Bosphorus.", shared_gazetteer)
    kadikoy = j.stops[0].place
    # (labelled as the story spells it; the gazetteer name is kept beside it)
    assert (kadikoy.kind, kadikoy.city, kadikoy.country) == ("district", "Istanbul", "TR")
    assert next(c for c in j.claims if c.text == "about 20 minutes").verdict == "consistent"


@pytest.mark.parametrize("text", ["Israeli strikes hit Dahiyeh on Monday.",
                                  "Thousands fled Shujaiya overnight."])
def test_a_curated_district_needs_no_preposition(text: str, shared_gazetteer: Any) -> None:
    assert any(kind == "district" for kind, _ in places(text, shared_gazetteer))


def test_a_trek_from_the_airstrip_to_base_camp(shared_gazetteer: Any) -> None:
    j = story("date 2024-05-20\nThe climbers flew from Kathmandu to Lukla on Monday and began "
              "the trek to Everest Base Camp, a walk of about 65 km that usually takes eight "
              "days.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Kathmandu", "Lukla", "Everest Base Camp"]
    assert [leg.mode for leg in j.legs] == ["air", "walk"]
    assert ends(j, "about 65 km") == ("Lukla", "Everest Base Camp")


def test_a_voyage_round_a_land_mass_is_measured_along_the_lanes(shared_gazetteer: Any) -> None:
    # Helsinki to Murmansk by sea goes round Scandinavia: 3.5 times the straight line, which
    # the estimate round land (1-3 times) could not reach ('unverifiable'); the shipping lanes
    # measure it (routes/network/_sea_lanes.py)
    j = story("The icebreaker left Helsinki on Monday for the Arctic port of Murmansk, a voyage "
              "of roughly 2,000 nautical miles around Scandinavia.", shared_gazetteer)
    c = next(c for c in j.claims if c.text == "roughly 2,000 nautical miles")
    assert (c.origin, c.destination, c.verdict) == ("Helsinki", "Murmansk", "consistent")
    assert "estimated sea distance" in c.explanation


def test_a_place_left_named_after_what_it_is(shared_gazetteer: Any) -> None:
    j = story("date 2025-02-24\nSpanish Prime Minister Pedro Sánchez arrived in Kyiv by train on "
              "Monday after a 10-hour overnight journey from the Polish border town of "
              "Przemysl.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Przemysl", "Kyiv"]
    assert ends(j, "10-hour") == ("Przemysl", "Kyiv")


def test_a_title_s_possessive_names_a_place(shared_gazetteer: Any) -> None:
    j = story("The Flying Scotsman steamed into London King's Cross on Saturday evening after a "
              "special run from Edinburgh Waverley, a journey of 393 miles.", shared_gazetteer)
    assert j.traveller == "The Flying Scotsman"
    assert [leg.mode for leg in j.legs] == ["rail"]


def test_a_joint_base_is_not_the_town_in_its_name(shared_gazetteer: Any) -> None:
    found = places("Putin landed at Joint Base Elmendorf-Richardson in Anchorage on Friday.",
                   shared_gazetteer)
    assert ("airport", "Joint Base Elmendorf-Richardson") in found
    assert all(name != "Richardson" for _, name in found)


def test_a_car_after_its_owners_possessive(shared_gazetteer: Any) -> None:
    found = places("A man jumped on top of King's Mercedes-Benz in Los Angeles and smashed the "
                   "windows.", shared_gazetteer)
    assert [name for _, name in found] == ["Los Angeles"]


@pytest.mark.parametrize(("text", "names"), [
    ("Thai Prime Minister Paetongtarn Shinawatra flew to Phnom Penh on Sunday for talks, a "
     "50-minute flight, and returned to Bangkok the same evening.",
     ["Bangkok", "Phnom Penh", "Bangkok"]),
    # a start told is kept
    ("Merkel flew from Hamburg to Brussels on Monday and returned to Berlin on Wednesday.",
     ["Hamburg", "Brussels", "Berlin"]),
])
def test_a_trip_that_returns_began_there(text: str, names: list[str],
                                         shared_gazetteer: Any) -> None:
    j = story(text, shared_gazetteer)
    assert [s.place.name for s in j.stops] == names
    if names[0] == "Bangkok":
        assert ends(j, "50-minute flight") == ("Bangkok", "Phnom Penh")
