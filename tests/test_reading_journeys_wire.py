"""Journeys told the way wire copy tells them: a truck's haul, a bus that never arrived, a
diverted flight, a train "between the two capitals", a caravan "up the highway", a tanker
stopped at sea. Each story here is written for the test (none comes from the seeds); each
test pins a reading that was wrong before, with the verdict a fact-checker would have quoted.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.checking import check_journey
from routes.models import Claim, Journey
from routes.network import measure_journey
from tests.stories import stops
from tests.test_reading_journeys_unseen import story

HAUL = (
    "date 2023-09-08\n"
    "DENVER — A truck driver who hauled a load of lumber from Denver to Salt Lake City said "
    "the drive of roughly 520 miles took him nine hours on Interstate 80.\n"
    "From Salt Lake City he continued on to Reno, Nevada, another 518 miles.\n"
)

BUS = (
    "date 2024-07-08\n"
    "LIMA, Peru — A bus carrying 40 passengers from Lima to Huancayo plunged into a ravine on "
    "Sunday, police said. The 300-kilometer trip across the Andes normally takes about seven "
    "hours.\n"
)

DIVERTED = (
    "date 2024-02-14\n"
    "DUBLIN — A Delta flight from New York to Rome was diverted to Shannon Airport in western "
    "Ireland on Tuesday after a passenger fell ill, the airline said. The Airbus A330 landed "
    "about six hours after leaving John F. Kennedy International Airport, and resumed its "
    "journey to Rome later that night.\n"
)

EUROSTAR = (
    "date 2024-05-07\n"
    "LONDON — Passengers boarded the first Eurostar of the morning at St Pancras station in "
    "London on Tuesday for the 2 hour 16 minute journey to Paris Gare du Nord.\n"
    "The high-speed line covers about 306 miles (492 km) between the two capitals.\n"
    "Travel by road takes about 5 1/2 hours.\n"
)

CARAVAN = (
    "date 2018-10-25\n"
    "TAPACHULA, Mexico — The caravan of migrants walking north resumed its march on "
    "Wednesday, leaving Tapachula before dawn for Huixtla, about 40 kilometers (25 miles) up "
    "the highway. The walk took about nine hours in the heat.\n"
)

TANKER = (
    "date 2023-04-28\n"
    "DUBAI — Iran's navy seized a Marshall Islands-flagged oil tanker in the Gulf of Oman on "
    "Thursday. The Advantage Sweet had left Kuwait and was sailing to Houston, Texas, when it "
    "was stopped about 100 km from the port of Muscat.\n"
)

NONSTOP = (
    "date 2023-05-02\n"
    "SYDNEY — The airline flew its first nonstop service from Perth to London on Sunday, a "
    "flight of 17 hours and 20 minutes. Passengers said the long trip was easier than the old "
    "route, which stopped in Singapore or Dubai.\n"
)

MARCH = (
    "date 1965-03-25\n"
    "MONTGOMERY, Ala. — The marchers who set out from Selma on Sunday reached the state "
    "Capitol in Montgomery on Thursday after walking 54 miles.\n"
)

FLED = (
    "date 2023-06-10\n"
    "WAD MADANI, Sudan — Thousands of families who fled the fighting in Khartoum have "
    "arrived in Wad Madani, about 180 kilometers (110 miles) southeast of the capital.\n"
)

NIGHT_TRAIN = (
    "date 2024-03-01\n"
    "Russia's flagship train left Moscow's Yaroslavsky station on Friday night for "
    "Vladivostok, a journey of 9,289 kilometers that takes almost seven days.\n"
)

AIRLIFT = (
    "date 2021-08-26\n"
    "DOHA, Qatar — A U.S. Air Force C-17 carrying 640 Afghans took off from Kabul's Hamid "
    "Karzai International Airport on Sunday and landed at Al Udeid Air Base in Qatar about "
    "four hours later.\n"
)

RALLY = (
    "date 2024-01-19\n"
    "YANBU, Saudi Arabia — The Dakar Rally's final stage on Friday took competitors 175 "
    "kilometers from Yanbu along the Red Sea coast.\n"
)

ISLANDS = (
    "date 2024-07-20\n"
    "ATHENS, Greece — The ferry left Piraeus at 7 a.m. and reached the island of Santorini "
    "about eight hours later, a trip of about 130 nautical miles.\n"
    "Coast guard officials in Athens said the ship had stopped at Paros and Naxos on the "
    "way.\n"
)

BY_WAY_OF = (
    "date 2024-05-10\n"
    "WASHINGTON — Secretary of State Antony Blinken flew from Washington to Kyiv by way of "
    "Rzeszow, Poland, arriving on Tuesday.\n"
)

CROSSING = (
    "date 2023-09-01\n"
    "A rubber boat carrying 40 migrants left the Turkish coast near Ayvalik on Friday and "
    "reached the Greek island of Lesbos about three hours later, a crossing of roughly 20 "
    "kilometres.\n"
)



def leg(journey: Journey, text: str) -> tuple[str | None, str | None]:
    found: Claim = next(c for c in journey.claims if c.text == text)
    return found.origin, found.destination


def test_a_load_hauled_from_one_city_to_another_is_a_journey(shared_gazetteer: Any) -> None:
    j = story(HAUL, shared_gazetteer)
    assert stops(j) == ["Denver", "Salt Lake City", "Reno"]  # "hauled", "continued on to"
    assert leg(j, "roughly 520 miles") == ("Denver", "Salt Lake City")
    assert leg(j, "518 miles") == ("Salt Lake City", "Reno")


def test_a_bus_carrying_passengers_from_a_to_b(shared_gazetteer: Any) -> None:
    j = story(BUS, shared_gazetteer)  # was: "no journey found"
    assert stops(j) == ["Lima", "Huancayo"]
    assert leg(j, "300-kilometer trip") == ("Lima", "Huancayo")


def test_a_diverted_flight_lands_at_the_airport_it_was_diverted_to(
        shared_gazetteer: Any) -> None:
    j = story(DIVERTED, shared_gazetteer)
    assert stops(j) == ["New York City", "Shannon Airport", "Rome"]
    shannon = j.stops[1].place
    assert shannon.kind == "airport" and shannon.country == "IE"
    # "after leaving John F. Kennedy International Airport": the departure from New York told
    # again, not a stop after Shannon; the six hours are the leg to Shannon
    assert leg(j, "about six hours") == ("New York City", "Shannon Airport")
    # an airport named after a person names no traveller
    assert j.traveller is None or "Kennedy" not in j.traveller


def test_a_figure_between_the_two_capitals_measures_the_leg_just_told(
        shared_gazetteer: Any) -> None:
    j = story(EUROSTAR, shared_gazetteer)
    assert leg(j, "about 306 miles (492 km)") == ("London", "Paris Gare du Nord")
    road = next(c for c in j.claims if c.text == "about 5 1/2 hours")
    assert road.low == pytest.approx(5.5)  # not "2 hours" read out of "1/2 hours"


def test_a_distance_up_the_highway_is_a_leg_not_a_height(shared_gazetteer: Any) -> None:
    j = story(CARAVAN, shared_gazetteer)
    assert leg(j, "about 40 kilometers (25 miles)") == ("Tapachula", "Huixtla")


def test_a_ship_stopped_some_way_from_a_port_did_not_call_there(
        shared_gazetteer: Any) -> None:
    j = story(TANKER, shared_gazetteer)
    assert "Muscat" not in stops(j)
    # the 100 km say where it was stopped: no leg to Houston to check them against
    assert leg(j, "about 100 km")[1] is None
    assert j.traveller == "The Advantage Sweet"  # not "Islands-Flagged"


def test_the_stops_of_an_older_route_are_not_this_trips(shared_gazetteer: Any) -> None:
    j = story(NONSTOP, shared_gazetteer)
    assert stops(j)[0] == "Perth" and "London" in stops(j)[-1]
    assert not {"Singapore", "Dubai"} & set(stops(j))


def test_a_traveller_named_by_role_with_a_relative_clause(shared_gazetteer: Any) -> None:
    j = story(MARCH, shared_gazetteer)
    assert j.traveller == "The marchers"  # not "The marchers who"
    assert stops(j) == ["Selma", "Montgomery"]


def test_families_who_fled_a_city_travelled_from_it(shared_gazetteer: Any) -> None:
    j = story(FLED, shared_gazetteer)  # was: no stops at all
    assert stops(j) == ["Khartoum", "Wad Madani"]
    assert leg(j, "about 180 kilometers (110 miles)") == ("Khartoum", "Wad Madani")


def test_a_goal_after_for_past_the_station_and_the_time_left(shared_gazetteer: Any) -> None:
    j = story(NIGHT_TRAIN, shared_gazetteer)
    assert stops(j)[-1] == "Vladivostok"
    assert leg(j, "9,289 kilometers")[1] == "Vladivostok"


def test_a_vehicle_named_with_what_it_carried_travels_from_a_roughly_placed_airport(
        shared_gazetteer: Any) -> None:
    j = story(AIRLIFT, shared_gazetteer)
    assert j.traveller == "A U.S. Air Force C-17"
    # the airport is known only roughly (at Kabul): Kabul is the stop it left
    assert stops(j)[:2] == ["Kabul", "Al Udeid Air Base"]
    # "landed at ... about four hours later": the time of the flight, though "landed" is
    # seven words before it
    assert leg(j, "about four hours")[0] == "Kabul"


def test_a_place_inside_an_event_s_name_ends_no_leg(shared_gazetteer: Any) -> None:
    j = story(RALLY, shared_gazetteer)
    assert "Dakar" not in leg(j, "175 kilometers")


def test_a_traveller_named_with_an_apposition(shared_gazetteer: Any) -> None:
    j = story(NIGHT_TRAIN.replace("Russia's flagship train", "The Rossiya, Russia's flagship "
                                  "train,"), shared_gazetteer)
    assert j.traveller == "The Rossiya"


def test_a_small_island_is_a_stop_and_the_stops_on_the_way_come_before_it(
        shared_gazetteer: Any) -> None:
    j = story(ISLANDS, shared_gazetteer)
    assert stops(j) == ["Piraeus", "Paros", "Naxos", "Santorini"]
    assert j.stops[-1].place.kind == "region"  # an island record, 8 km across
    assert leg(j, "about 130 nautical miles") == ("Piraeus", "Santorini")
    assert leg(j, "about eight hours") == ("Piraeus", "Santorini")


def test_a_crossing_to_an_island_is_not_ruled_out_by_the_line_to_its_middle(
        shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(CROSSING, shared_gazetteer)))
    assert stops(j) == ["Ayvalik", "Lesbos"]
    short = next(c for c in j.claims if c.text == "roughly 20 kilometres")
    # 34 km to Lesbos's middle; the island is about 40 km across
    assert short.verdict == "unverifiable" and "nearest edge" in short.explanation


def test_a_town_passed_by_way_of_is_a_stop_on_the_way(shared_gazetteer: Any) -> None:
    assert stops(story(BY_WAY_OF, shared_gazetteer)) == ["Washington", "Rzeszow", "Kyiv"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ever Given, a container ship bound from Yantian in China to Rotterdam, has been "
         "stuck in the Suez Canal since Tuesday.", ["Yantian", "Rotterdam"]),
        ("A fishing boat carrying 400 migrants sailed from Sfax, Tunisia, to Lampedusa on "
         "Sunday.", ["Sfax", "Lampedusa"]),
    ],
)
def test_a_source_placed_in_its_country_before_the_goal(
        text: str, expected: list[str], shared_gazetteer: Any) -> None:
    assert stops(story("date 2023-04-11\n" + text + "\n", shared_gazetteer)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The migrants were bused from El Paso to Chicago on Tuesday.", ["El Paso", "Chicago"]),
        # (returned to Rome: the trip began there)
        ("The premier jetted off to Brussels on Monday and returned to Rome two days later.",
         ["Rome", "Brussels", "Rome"]),
    ],
)
def test_buses_and_jets(text: str, expected: list[str], shared_gazetteer: Any) -> None:
    assert stops(story("date 2024-02-01\n" + text + "\n", shared_gazetteer)) == expected


@pytest.mark.parametrize(
    "text",
    ["A Greyhound bus from Toronto to Montreal crashed on Highway 401 near Kingston.",
     "The train from Toronto to Montreal derailed near Kingston on Saturday.",
     # a crossing on the way: "crossed the Andes", "crossed the border"
     "The overnight bus from Toronto to Montreal crossed the Ottawa River on Saturday, taking "
     "nine hours because of snow."],
)
def test_the_route_told_with_a_vehicle_is_its_trip(
        text: str, shared_gazetteer: Any) -> None:
    assert stops(story("date 2024-02-01\n" + text + "\n", shared_gazetteer)) == [
        "Toronto", "Montreal"]


END_TO_END = (
    "date 2024-05-12\n"
    "PENZANCE, England — A retired teacher finished a charity bike ride on Sunday, pedalling "
    "from Land's End to John o' Groats, a route of about 874 miles, in nine days.\n"
)

SWIM = (
    "date 2024-08-06\n"
    "DOVER, England — A teenager swam from Dover to Cap Gris-Nez in 11 hours on Tuesday.\n"
)


def test_headlands_are_stops_and_a_bike_ride_is_ridden(shared_gazetteer: Any) -> None:
    """Land's End and John o' Groats were not in the gazetteer, and "John o'" read as a
    person; nor did "finished a ... ride" make its subject a traveller: "no journey found".
    The nine days were judged against a car."""
    j = check_journey(measure_journey(story(END_TO_END, shared_gazetteer)))
    assert stops(j) == ["Land's End", "John o' Groats"]
    assert leg(j, "about 874 miles") == ("Land's End", "John o' Groats")
    assert next(c for c in j.claims if c.text == "about 874 miles").verdict == "consistent"
    days = next(c for c in j.claims if c.text == "nine days")
    assert "bicycle" in days.explanation and "car" not in days.explanation


KAYAK = (
    "date 2024-06-20\n"
    "HOLYHEAD, Wales — Two kayakers paddled from Holyhead to Dublin in 20 hours, arriving on "
    "Thursday.\n"
)

FERRY_WITH_A_POOL = (
    "date 2024-07-20\n"
    "PIRAEUS, Greece — The ferry left Piraeus at 7 a.m. and reached Santorini about eight hours "
    "later. Passengers spent the trip by the swimming pool, and some swam off the beach at "
    "Fira.\n"
)


def test_a_swim_is_a_journey_judged_at_a_swimmer_s_pace(shared_gazetteer: Any) -> None:
    """"swam" was no verb of travel for the sentence's subject: "no journey found"; told
    in a sentence of its own, the 11 hours were judged as a car's, "far below" 20-110 km/h."""
    j = check_journey(measure_journey(story(SWIM, shared_gazetteer)))
    assert stops(j) == ["Dover", "Cap Gris-Nez"]
    assert leg(j, "11 hours") == ("Dover", "Cap Gris-Nez")
    assert [(lg.mode, lg.vehicle) for lg in j.legs] == [("sea", "swimmer")]
    hours = next(c for c in j.claims if c.text == "11 hours")
    assert hours.verdict == "consistent" and "swimmer" in hours.explanation
    fast = check_journey(measure_journey(story(SWIM.replace("11 hours", "3 hours"),
                                               shared_gazetteer)))
    assert next(c for c in fast.claims if c.text == "3 hours").verdict == "inconsistent"


def test_kayakers_paddle_at_a_kayak_s_pace(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(KAYAK, shared_gazetteer)))
    assert stops(j) == ["Holyhead", "Dublin"]  # "Two kayakers" travel
    assert [(lg.mode, lg.vehicle) for lg in j.legs] == [("sea", "rowing boat")]
    assert next(c for c in j.claims if c.text == "20 hours").verdict == "consistent"


def test_a_ship_s_story_that_mentions_a_swim_keeps_its_ship(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(FERRY_WITH_A_POOL, shared_gazetteer)))
    assert [(lg.mode, lg.vehicle) for lg in j.legs] == [("sea", None)]
    assert next(c for c in j.claims if c.text == "about eight hours").verdict == "consistent"


CHANNEL_SWIM = (
    "date 2024-08-06\n"
    "DOVER, England — A 17-year-old swimmer crossed the English Channel on Tuesday, swimming "
    "from Shakespeare Beach near Dover to Cap Gris-Nez in France in 11 hours and 30 "
    "minutes.\n"
)


def test_a_beach_placed_roughly_leaves_from_its_town(shared_gazetteer: Any) -> None:
    """The beach (a facility the gazetteer lacks, placed only roughly at Dover) blocked the
    cue before Dover, and Cap Gris-Nez's three words pushed "swimming" out of the figure's
    reach: "no journey found", and the 11 hours 30 minutes read as nothing."""
    j = check_journey(measure_journey(story(CHANNEL_SWIM, shared_gazetteer)))
    assert stops(j) == ["Dover", "Cap Gris-Nez"]
    assert leg(j, "11 hours and 30 minutes") == ("Dover", "Cap Gris-Nez")
    assert next(c for c in j.claims if c.text == "11 hours and 30 minutes").verdict == (
        "consistent")


RUN_ACROSS_AMERICA = (
    "date 2023-08-10\n"
    "NEW YORK (AP) — A British runner finished a run across America on Thursday, having run "
    "from Santa Monica to New York, about 3,000 miles, in 75 days.\n"
)

WALK_END_TO_END = (
    "date 2024-05-12\n"
    "JOHN O' GROATS, Scotland — A man who walked from Land's End to John o' Groats arrived on "
    "Sunday after 60 days on foot.\n"
)


def test_a_runner_s_long_leg_is_on_the_ground(shared_gazetteer: Any) -> None:
    """A leg of more than 1,000 km whose mode no sentence names was taken as a flight, even
    in a runner's story: 3,000 miles were checked against the air distance."""
    j = check_journey(measure_journey(story(RUN_ACROSS_AMERICA, shared_gazetteer)))
    assert stops(j) == ["Santa Monica", "New York City"]
    assert [(lg.mode, lg.vehicle) for lg in j.legs] == [("road", "runner")]
    assert "road distance" in next(c for c in j.claims if c.text == "about 3,000 miles"
                                   ).explanation


def test_a_dateline_in_capitals_names_the_headland_and_days_on_foot_are_the_trip(
        shared_gazetteer: Any) -> None:
    """"JOHN O' GROATS" in a dateline was the traveller "JOHN O"; "after 60 days on foot"
    was no figure of the trip."""
    j = story(WALK_END_TO_END, shared_gazetteer)
    assert j.traveller is None or "JOHN" not in j.traveller
    assert stops(j) == ["Land's End", "John o' Groats"]
    assert leg(j, "60 days") == ("Land's End", "John o' Groats")


ROUTE_66 = (
    "date 2024-01-05\n"
    "LOS ANGELES — The couple drove Route 66 from Chicago to Santa Monica, about 2,400 miles, "
    "in two weeks, stopping in St. Louis, Tulsa, Amarillo and Flagstaff.\n"
)

ICE_SHEET = (
    "date 2024-04-20\n"
    "NUUK, Greenland — The expedition skied about 2,200 km across the Greenland ice sheet from "
    "Narsaq to Qaanaaq in 54 days.\n"
)


def test_stops_told_after_the_goal_with_stopping_in_lie_before_it(
        shared_gazetteer: Any) -> None:
    """They were drawn after Santa Monica, as if the couple drove back east."""
    j = story(ROUTE_66, shared_gazetteer)
    assert stops(j) == ["Chicago", "St. Louis", "Tulsa", "Amarillo", "Flagstaff",
                        "Santa Monica"]
    assert leg(j, "about 2,400 miles") == ("Chicago", "Santa Monica")


def test_a_ski_crossing_and_the_time_of_the_distance_told_before_it(
        shared_gazetteer: Any) -> None:
    """Narsaq, left after a long phrase ("skied about 2,200 km across ... from Narsaq"), was
    no stop, and "in 54 days" lay more than ten words after "skied": no figure."""
    j = check_journey(measure_journey(story(ICE_SHEET, shared_gazetteer)))
    assert stops(j) == ["Narsaq", "Qaanaaq"]
    assert leg(j, "54 days") == ("Narsaq", "Qaanaaq")
    assert [lg.mode for lg in j.legs] == ["walk"]  # on skis, not flown


TORCH = (
    "date 2024-08-01\n"
    "NICE, France — The Olympic torch travelled by boat from Marseille to Nice, then by road "
    "to Monaco, about 20 km along the coast.\n"
)

ATLANTIC_ROW = (
    "date 2024-02-20\n"
    "ANTIGUA — Four rowers crossed the Atlantic from La Gomera to Antigua in 35 "
    "days, a row of about 3,000 nautical miles.\n"
)


def test_a_country_the_size_of_a_town_is_a_stop(shared_gazetteer: Any) -> None:
    """Monaco, a country, was no stop, so "about 20 km" measured Marseille -> Nice and was
    judged impossible (shorter than the 159 km straight line)."""
    j = check_journey(measure_journey(story(TORCH, shared_gazetteer)))
    assert stops(j) == ["Marseille", "Nice", "Monaco"]
    assert leg(j, "about 20 km") == ("Nice", "Monaco")
    assert next(c for c in j.claims if c.text == "about 20 km").verdict == "consistent"


def test_an_atlantic_row_ends_in_antigua(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(ATLANTIC_ROW, shared_gazetteer)))
    assert stops(j) == ["La Gomera", "Antigua and Barbuda"]
    assert [(lg.mode, lg.vehicle) for lg in j.legs] == [("sea", "rowing boat")]
    assert next(c for c in j.claims if c.text == "35 days").verdict == "consistent"
