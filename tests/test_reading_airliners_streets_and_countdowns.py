"""Words inside other words and phrases that only look like a trip: an Airbus is no bus, a
distance measured "by air" is no flight, "five days before their test" is no travel time,
and "the Via Roma" is a street, not Rome. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.checking._envelopes import envelope_for
from routes.geodesy import geodesic_km
from routes.reading import find_places, read_text
from tests.stories import claim_told, stops, undated_story


@pytest.mark.parametrize(("mode", "vehicle", "key"), [
    ("air", "airbus a350-900ulr jets", "airliner"),
    ("air", "jets", "airliner"),
    ("road", "buses", "bus"),
    ("road", "taxis", "car"),
    ("rail", "crh380a", "high_speed_train"),
    ("walk", "ultramarathon", "runner"),
])
def test_a_vehicle_is_matched_where_its_words_start(mode: str, vehicle: str, key: str) -> None:
    # ("bus" inside "Airbus" had made the jets a car or bus)
    assert envelope_for(mode, vehicle).key == key


def test_an_airbus_flight_is_judged_as_an_airliner_s(shared_gazetteer: Any) -> None:
    text = ("SINGAPORE - The Airbus jets cover the roughly 15,300 km between Singapore and "
            "Newark in about 18 hours and 30 minutes.")
    time = claim_told(undated_story(text, shared_gazetteer), "about 18 hours and 30 minutes")
    # (it had been "inconsistent": faster than a car or bus)
    assert time.verdict == "consistent"
    assert "airliner" in time.explanation


def test_a_distance_measured_by_air_is_no_flight(shared_gazetteer: Any) -> None:
    text = ("VIENTIANE, Laos - A train left Vientiane for Kunming on Friday, calling at Luang "
            "Prabang, about 220 km north of Vientiane by air. The whole journey takes about "
            "10 hours.")
    journey = undated_story(text, shared_gazetteer)
    # (every leg had been flown, and the ten hours "far below" an airliner's speed)
    assert [leg.mode for leg in journey.legs] == ["rail", "rail"]
    assert claim_told(journey, "about 10 hours").verdict == "consistent"


def test_flying_by_air_is_still_a_flight(shared_gazetteer: Any) -> None:
    text = "LONDON - The minister travelled from Paris to London by air on Monday."
    assert [leg.mode for leg in undated_story(text, shared_gazetteer).legs] == ["air"]


@pytest.mark.parametrize("after", ["five days before their test against Argentina",
                                   "two weeks ahead of the tournament"])
def test_a_time_before_an_event_is_no_travel_time(after: str, shared_gazetteer: Any) -> None:
    text = ("BUENOS AIRES - The All Blacks touched down in Buenos Aires on Monday after a "
            f"12-hour flight from Auckland, {after}.")
    journey = undated_story(text, shared_gazetteer)
    # (it had been the flight's time, "inconsistent": 86-97 km/h for an airliner)
    assert [c.text for c in journey.claims if c.kind == "duration"] == ["12-hour flight"]


def _names(text: str, gazetteer: Any) -> list[str]:
    return [pm.place.name for pm in find_places([read_text(text, "t.txt")], gazetteer)]


@pytest.mark.parametrize(("text", "street", "town"), [
    ("The riders sprinted up the Via Roma in San Remo.", "Via Roma", "Sanremo"),
    ("He lives on Via Veneto in Rome.", "Via Veneto", "Rome"),
    ("The cafe on Corso Roma in Milan closed.", "Corso Roma", "Milan"),
])
def test_a_street_opened_by_its_southern_european_word_is_a_street(
        text: str, street: str, town: str, shared_gazetteer: Any) -> None:
    # ("Roma" had been Rome, "Veneto" the region)
    names = _names(text, shared_gazetteer)
    assert names == [street, town]


@pytest.mark.parametrize(("text", "places"), [
    ("Via Frankfurt, the train reached Berlin.", ["Frankfurt am Main", "Berlin"]),
    ("He rode Via Rail from Toronto to Montreal.", ["Toronto", "Montréal"]),
])
def test_via_as_a_word_or_a_railway_s_name_is_no_street(text: str, places: list[str],
                                                          shared_gazetteer: Any) -> None:
    assert _names(text, shared_gazetteer) == places


def test_a_runner_named_in_the_lede_runs_from_one_town_to_another(shared_gazetteer: Any) -> None:
    text = ("SPARTA, Greece - Yannis Kouros ran from Athens to Sparta in 22 hours and 40 "
            "minutes on Saturday.")
    journey = undated_story(text, shared_gazetteer)
    # ("ran" taught no traveller: "no journey found")
    assert stops(journey) == ["Athens", "Sparta"]
    assert claim_told(journey, "22 hours and 40 minutes").verdict == "consistent"


def test_running_a_company_is_no_run(shared_gazetteer: Any) -> None:
    text = "ATHENS - Kouros ran the company for a decade. Kouros flew from Athens to Sparta."
    assert stops(undated_story(text, shared_gazetteer)) == ["Athens", "Sparta"]


@pytest.mark.parametrize(("text", "expected"), [
    ("CAP GRIS-NEZ, France - The swimmer waded ashore at Cap Gris-Nez on Tuesday, 14 hours "
     "after entering the water at Dover. She swam the 18-km crossing.",
     ["Dover", "Cap Gris-Nez"]),
    ("GENEVA - The swimmer climbed out of the lake at Geneva on Sunday, 30 hours after diving "
     "in at Montreux, a swim of about 70 km.", ["Montreux", "Geneva"]),
])
def test_a_swim_starts_where_the_swimmer_went_in(text: str, expected: list[str],
                                                   shared_gazetteer: Any) -> None:
    # (Dover had been the end, and Geneva no stop)
    assert stops(undated_story(text, shared_gazetteer)) == expected


@pytest.mark.parametrize(("text", "frankfurt"), [
    ("The train left Paris and called at Strasbourg, Frankfurt and Erfurt before arriving in "
     "Berlin.", "Frankfurt am Main"),
    ("He flew from Paris to Berlin via Frankfurt.", "Frankfurt am Main"),
    ("He drove from Berlin to Frankfurt (Oder) on Monday.", "Frankfurt (Oder)"),
    ("He drove from Berlin to Frankfurt an der Oder on Monday.", "Frankfurt (Oder)"),
])
def test_a_town_s_bracketed_qualifier_left_unwritten_means_the_bigger_namesake(
        text: str, frankfurt: str, shared_gazetteer: Any) -> None:
    # (Berlin's nearness had made a bare "Frankfurt" the town on the Oder, 11 times smaller)
    names = _names(text, shared_gazetteer)
    assert frankfurt in names
    assert "Oder" not in names  # (the river written as the qualifier is the town's)


def test_a_body_named_in_apposition_is_no_traveller(shared_gazetteer: Any) -> None:
    text = ("KHARKIV, Ukraine - A convoy of trucks arrived in Kharkiv on Thursday after a "
            "two-day, 650-km drive from Lviv. The trucks stopped overnight in Kyiv.\n\n"
            "The charity, Help Ukraine Lviv, said it planned three more convoys.")
    journey = undated_story(text, shared_gazetteer)
    # (the charity had been the traveller, and Lviv, a word of its name, no place)
    assert stops(journey) == ["Lviv", "Kyiv", "Kharkiv"]
    assert claim_told(journey, "650-km drive").verdict == "inconsistent"  # (878 km straight)


def test_a_junction_by_rail_from_a_town_is_measured_from_that_town(shared_gazetteer: Any) -> None:
    text = ("First train reaches Jessore\n\nJESSORE, Bangladesh, Oct 11, 2024 (Reuters) - The "
            "first train on the new rail link pulled into Jessore on Friday from Dhaka. It "
            "stopped at Bhanga junction, about 75 km by rail from Dhaka, before reaching "
            "Jessore.")
    far = claim_told(undated_story(text, shared_gazetteer), "about 75 km")
    # (it had been Dhaka - Jessore, "shorter than the straight line")
    assert (far.origin, far.destination, far.verdict) == ("Dhaka", "Bhanga", "consistent")


def test_a_distance_from_a_spot_the_story_does_not_place_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("ISTANBUL - Manchester United flew from Manchester to Istanbul on Wednesday, landing "
            "at Sabiha Gokcen airport, about 45 km from the team hotel.")
    far = claim_told(undated_story(text, shared_gazetteer), "about 45 km")
    # (it had been the flight's length, "shorter than the straight line")
    assert (far.origin, far.destination, far.verdict) == (None, None, "unverifiable")


@pytest.mark.parametrize("sentence", [
    "Winds of up to 30 metres per second forced it to stop.",
    "You lose a day crossing the date line, the coach said.",
])
def test_a_wind_s_speed_and_the_calendar_are_no_figures_of_the_trip(
        sentence: str, shared_gazetteer: Any) -> None:
    text = f"AUCKLAND - The team flew from Auckland to Los Angeles on Monday. {sentence}"
    assert undated_story(text, shared_gazetteer).claims == []



def test_a_time_no_coach_could_make_over_a_stated_distance_is_flagged(
        shared_gazetteer: Any) -> None:
    text = ("New coach to Cusco\n\nCUSCO, Peru, Aug 22, 2024 (Reuters) - The first coach left "
            "Lima on Wednesday and drove south to Nazca, then climbed over the Andes to Cusco, "
            "covering the 660 km from Nazca to Cusco in just four hours. A flight from Lima to "
            "Cusco takes about an hour and 20 minutes.")
    journey = undated_story(text, shared_gazetteer)
    # (Cusco had been no stop, "climbed ... to" no way there; the flight told to compare had
    # made the coach's legs flights)
    assert stops(journey) == ["Lima", "Nazca", "Cusco"]
    assert [leg.mode for leg in journey.legs] == ["road", "road"]
    assert [leg.vehicle for leg in journey.legs] == ["bus", "bus"]
    time = claim_told(journey, "four hours")
    # (165 km/h: a car may, a coach, governed to 100-130 km/h, may not)
    assert time.verdict == "inconsistent"
    assert "bus or coach" in time.explanation


def test_a_team_s_coach_is_no_bus(shared_gazetteer: Any) -> None:
    text = ("MADRID - The team drove from Madrid to Zaragoza on Monday, a trip of about 320 "
            "km. The coach said the players were tired.")
    assert [leg.vehicle for leg in undated_story(text, shared_gazetteer).legs] == [None]


@pytest.mark.parametrize("sentence", [
    "A ferry docked in Calais on Thursday two hours after leaving Dover, as winds gusting to "
    "70 mph swept the Channel.",
    "A ferry sailed from Dover to Calais in two hours on Thursday; it cannot sail in waves "
    "higher than about 4 metres.",
    "A ferry sailed from Dover to Calais in two hours on Thursday; for the last stretch it "
    "crept into the harbour at barely 2 knots.",
])
def test_the_weather_and_a_pace_on_part_of_the_way_are_no_figures_of_the_leg(
        sentence: str, shared_gazetteer: Any) -> None:
    journey = undated_story(f"CALAIS, France - {sentence}", shared_gazetteer)
    # (each had been judged as the crossing's, and "inconsistent")
    assert [c.text for c in journey.claims if c.kind in ("speed", "distance")] == []


def test_a_time_told_as_how_long_ago_is_no_leg_s_time(shared_gazetteer: Any) -> None:
    text = ("CAPE TOWN - Dorothy Lindqvist's trip on the Blue Train began in Pretoria on "
            "Saturday and ended in Cape Town on Sunday. Two days earlier she flew from London "
            "to Johannesburg.")
    journey = undated_story(text, shared_gazetteer)
    # (it had been the London - Johannesburg flight's time)
    assert "Two days" not in [c.text for c in journey.claims]


@pytest.mark.parametrize(("text", "days"), [
    ("SANTA MONICA, Calif. - The Delgado family parked their minivan on the Santa Monica Pier "
     "on Sunday, having driven 2,400 miles since leaving Chicago twelve days earlier.",
     "twelve days"),
    ("VLADIVOSTOK, Russia - A private train arrived in Vladivostok on Monday at the end of a "
     "9,289-km trip along the Trans-Siberian Railway that began in Moscow 14 days earlier.",
     "14 days"),
])
def test_days_since_leaving_still_time_the_trip(text: str, days: str,
                                               shared_gazetteer: Any) -> None:
    assert days in [c.text for c in undated_story(text, shared_gazetteer).claims]


@pytest.mark.parametrize("text", [
    "ST. LOUIS, Sept. 9, 2025 - Harold Brenner has flown plenty in his life. This month he "
    "went by Greyhound from New York to Pittsburgh, a ride of a little over nine hours.",
    "ST. LOUIS, Sept. 9, 2025 - Harold Brenner boarded at the Port Authority Bus Terminal in "
    "Manhattan on Tuesday. The ride to Pittsburgh took a little over nine hours. \"Nobody "
    "flying over the Alleghenies sees that,\" he said.",
])
def test_a_bus_ride_in_a_story_that_flies_nowhere_is_no_flight(
        text: str, shared_gazetteer: Any) -> None:
    journey = undated_story(text, shared_gazetteer)
    # (the words of flying had made it a flight, "far too slow for an airliner")
    assert [leg.mode for leg in journey.legs] == ["road"]
    assert claim_told(journey, "a little over nine hours").verdict == "consistent"


def test_a_figure_whose_two_ends_are_one_place_is_not_judged(shared_gazetteer: Any) -> None:
    text = ("BRIGHTON, England - For Hannah Wells, who commutes from Brighton to an office near "
            "London Victoria, Thursday was supposed to be ordinary. The coach she boarded "
            "crawled up the A23 to Gatwick Airport, a trip of about 28 miles that took an hour "
            "and ten minutes.")
    journey = undated_story(text, shared_gazetteer)
    # (both had been "inconsistent" against Gatwick - Gatwick, 0 km)
    assert {c.verdict for c in journey.claims if c.kind in ("distance", "duration")} == {
        "unverifiable"}


def test_where_the_traveller_was_some_time_later_is_reached(shared_gazetteer: Any) -> None:
    text = ("TOKYO - Linda Marchetti boarded a Nozomi at Tokyo Station on Tuesday, and two "
            "hours and fifteen minutes later she was in Kyoto.")
    assert stops(undated_story(text, shared_gazetteer)) == ["Tokyo Station", "Kyoto"]


def test_a_vintage_car_s_make_is_no_town(shared_gazetteer: Any) -> None:
    names = _names("Geoff Smith drove his 1930 Austin Seven from Bristol to Carlisle.",
                   shared_gazetteer)
    assert names == ["Bristol", "Carlisle"]  # (Austin, Texas had been a place of the story)


def test_an_island_and_its_port_are_one_stop(shared_gazetteer: Any) -> None:
    text = ("Ferry back in service\n\nST PETER PORT, Guernsey, April 15, 2025 (Reuters) - The "
            "fast ferry returned to service on Tuesday, carrying 500 passengers from Poole to "
            "Guernsey. It made the 55-nautical-mile crossing to St Peter Port in three hours.")
    journey = undated_story(text, shared_gazetteer)
    # (Guernsey and its port had been two stops, and the crossing's figures judged on the few
    # hundred metres between them)
    assert stops(journey) == ["Poole", "Saint Peter Port"]
    crossing = claim_told(journey, "55-nautical-mile crossing")
    assert (crossing.origin, crossing.destination) == ("Poole", "Saint Peter Port")
    assert crossing.verdict == "inconsistent"  # (about 78 nautical miles in a straight line)


def test_a_warship_refuelling_on_its_way_sails_there(shared_gazetteer: Any) -> None:
    text = ("PORTSMOUTH, England, October 4, 2024 (Reuters) - The frigate HMS Dunbar returned to "
            "Portsmouth on Friday. It refuelled in Gibraltar before the last leg home.")
    journey = undated_story(text, shared_gazetteer)
    # (Gibraltar had been no stop; the frigate's legs had been flown)
    assert "Gibraltar" in stops(journey)
    assert {leg.mode for leg in journey.legs} == {"sea"}


@pytest.mark.parametrize(("text", "town", "reference", "km"), [
    ("He flew from London to Johannesburg and rode to Kimberley, some 480 km south-west of "
     "Pretoria.", "Kimberley", "Pretoria", 480),
    ("Tegalluar lies near Bandung. The operator is studying an extension to Surabaya, about "
     "700 km east of Jakarta.", "Surabaya", "Jakarta", 700),
])
def test_a_town_told_with_its_distance_from_another_is_the_namesake_that_far(
        text: str, town: str, reference: str, km: float, shared_gazetteer: Any) -> None:
    found = {pm.place.name: pm.place
             for pm in find_places([read_text(text, "t.txt")], shared_gazetteer)}
    # (Kimberley had been the English village, London being in the story; Surabaya a hamlet
    # near Bandung, the story's other place)
    a, b = found[town], found[reference]
    assert 0.45 * km <= geodesic_km(a.lat, a.lon, b.lat, b.lon) <= 1.25 * km


def test_a_wrong_distance_moves_no_city_to_a_village(shared_gazetteer: Any) -> None:
    names = {pm.place.name: pm.place.country for pm in find_places(
        [read_text("The bus reached Paris, about 110 km from Lyon.", "t.txt")],
        shared_gazetteer)}
    assert names["Paris"] == "FR"


def test_a_distance_and_a_time_from_where_the_traveller_started_span_the_trip(
        shared_gazetteer: Any) -> None:
    text = ("ST. LOUIS, Sept. 9, 2025 - Harold Brenner, 78, took Greyhound buses from New York to "
            "Pittsburgh, then to Columbus, and on to St. Louis. He reached St. Louis on Friday "
            "evening, about 950 miles and four days from where he started.")
    journey = undated_story(text, shared_gazetteer)
    for told in ("about 950 miles", "four days"):
        claim = claim_told(journey, told)
        # (both had been the last leg's, Columbus - St. Louis: 950 miles "inconsistent")
        assert (claim.origin, claim.destination, claim.verdict) == (
            "New York City", "St. Louis", "consistent")


def test_a_trip_of_years_ago_is_not_this_one_s(shared_gazetteer: Any) -> None:
    text = ("PERTH, Australia, Feb. 21, 2025 - Joan Fairweather, 74, rode the Indian Pacific from "
            "Sydney to Perth this week, via Broken Hill. \"In 1979 it took us eleven days by "
            "hitching,\" she said.")
    # (it had been checked as the train's time, "inconsistent")
    assert "eleven days" not in [c.text for c in undated_story(text, shared_gazetteer).claims]


def test_a_year_in_an_aside_leaves_the_trip_s_time(shared_gazetteer: Any) -> None:
    text = ("LONDON, March 3, 2025 - The race, first held in 1983, took him 3 hours and 10 "
            "minutes from Oxford to London.")
    assert "3 hours and 10 minutes" in [c.text for c in undated_story(
        text, shared_gazetteer).claims]


def test_a_train_told_of_in_a_quote_is_not_the_one_ridden(shared_gazetteer: Any) -> None:
    text = ("LONDON, May 5, 2025 - Arthur Bell caught the 07:30 train from Newcastle on Monday, "
            "arriving at London's King's Cross station three hours later. \"In 1955 the steam "
            "train took most of the day,\" he said.")
    journey = undated_story(text, shared_gazetteer)
    # (the steam train had classed his train: three hours "faster than a conventional train")
    assert [leg.vehicle for leg in journey.legs] == ["train"]
    assert claim_told(journey, "three hours").verdict != "inconsistent"


def test_the_two_cities_are_the_trip_s_past_its_calls(shared_gazetteer: Any) -> None:
    text = ("Night train reaches Venice\n\nVENICE, Italy, May 26, 2025 (AP) - The night train "
            "left Vienna at 9:27 p.m. on Saturday and stopped at Villach after midnight. It "
            "reached Venice at 8:20 a.m., covering the 300 km between the two cities in just "
            "under 11 hours.")
    far = claim_told(undated_story(text, shared_gazetteer), "300 km")
    # (it had been Villach - Venice, the call on the way to the end: the planted figure, 436
    # km in a straight line, went unnoticed)
    assert (far.origin, far.destination, far.verdict) == ("Vienna", "Venice", "inconsistent")


def test_a_route_set_off_in_the_subject_after_a_possessive_is_the_trip(
        shared_gazetteer: Any) -> None:
    text = ("BUDAPEST, Hungary, Sept. 25, 2025 - Gisela Brandt, 72, set out from her home in "
            "Berlin eight days ago. Her first bus, from Berlin to Prague, took four and a half "
            "hours. Her second bus, from Prague to Vienna, covered about 330 km. The last leg "
            "ran from Vienna to Budapest.")
    journey = undated_story(text, shared_gazetteer)
    # (Prague had been no stop, and the 330 km measured from Berlin: "inconsistent")
    assert stops(journey) == ["Berlin", "Prague", "Vienna", "Budapest"]
    far = claim_told(journey, "about 330 km")
    assert (far.origin, far.destination, far.verdict) == ("Prague", "Vienna", "consistent")
