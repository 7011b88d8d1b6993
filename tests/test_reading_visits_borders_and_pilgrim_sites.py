"""A visit told as a noun ("made an unannounced visit to Kyiv") with the trips that led there
told after it, a figure measured from a border named after it, and the hajj's sites outside
Mecca. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.reading import find_places, read_text
from tests.stories import claim_told, stops, undated_story

_KYIV = ("KYIV, Ukraine - The president made an unannounced visit to Kyiv on Monday, traveling "
         "for about 10 hours by train from the Polish border after a flight from Joint Base "
         "Andrews to Rzeszow in eastern Poland.")


def test_the_flight_told_after_a_visit_came_before_it(shared_gazetteer: Any) -> None:
    # (Kyiv had come second, between the base and Rzeszow: a flight back to Poland)
    assert stops(undated_story(_KYIV, shared_gazetteer))[:3] == [
        "Joint Base Andrews", "Rzeszow", "Kyiv"]


def test_a_time_from_a_border_told_after_it_is_not_the_earlier_flight_s(
        shared_gazetteer: Any) -> None:
    ride = claim_told(undated_story(_KYIV, shared_gazetteer), "about 10 hours")
    # (it had been put on the transatlantic flight, Joint Base Andrews - Rzeszow)
    assert (ride.origin, ride.destination, ride.verdict) == ("Rzeszow", "Kyiv", "consistent")


def test_the_hajj_s_sites_are_stops_of_their_own(shared_gazetteer: Any) -> None:
    text = ("MECCA, Saudi Arabia - Pilgrims moved from Mina to Mount Arafat on Thursday, a walk "
            "of about 14 kilometers. At sunset they left for Muzdalifah.")
    journey = undated_story(text, shared_gazetteer)
    # (the mountain and the plain had been no places at all)
    assert stops(journey) == ["Mina", "Mount Arafat", "Muzdalifah"]
    walk = claim_told(journey, "about 14 kilometers")
    assert (walk.origin, walk.destination, walk.verdict) == ("Mina", "Mount Arafat",
                                                             "consistent")


@pytest.mark.parametrize("sentence", [
    "He reached the pass, at 2,106 metres, on Saturday.",
    "They walked about 25 km to Roncesvalles with 1,250 metres of climbing.",
])
def test_a_height_told_at_a_place_is_no_leg(sentence: str, shared_gazetteer: Any) -> None:
    text = f"ZURICH - The group rode from Zurich to Andermatt. {sentence}"
    journey = undated_story(text, shared_gazetteer)
    # (a height had been a distance between two stops, and "inconsistent")
    assert not [c for c in journey.claims if "metres" in c.text]


def test_a_jet_named_in_three_words_is_flown(shared_gazetteer: Any) -> None:
    text = ("TOKYO - The prime minister left New Delhi on Thursday aboard an Air India One "
            "jet, covering some 5,850 km to Tokyo in about seven and a half hours. On Saturday "
            "he rode a Shinkansen train from Tokyo to Sendai.")
    journey = undated_story(text, shared_gazetteer)
    # (the leg had taken the story's bullet train, and the time had been "inconsistent")
    assert [leg.mode for leg in journey.legs][:1] == ["air"]
    assert claim_told(journey, "about seven and a half hours").verdict == "consistent"


def test_an_airport_whose_name_holds_a_kin_word_and_a_town_is_read_whole(
        shared_gazetteer: Any) -> None:
    places = [pm.place.name for pm in find_places([read_text(
        "The jet flew from Noi Bai airport to Tan Son Nhat airport on Tuesday.", "a.txt")],
        shared_gazetteer)]
    # ("Son" had made the name a person's, and "Tan Son" a town of its own)
    assert places == ["Noi Bai International Airport", "Tan Son Nhat International Airport"]


def test_the_train_that_covered_the_way_to_an_arrival_came_before_it(
        shared_gazetteer: Any) -> None:
    text = ("MOMBASA, Kenya - The King arrived in the port city of Mombasa on Thursday, "
            "ending a four-day state visit. The couple reached the coast aboard the Madaraka "
            "Express. The train covered the roughly 470 km from Nairobi Terminus in a little "
            "under six hours, with a brief stop at Voi, officials said. Their visit had opened "
            "on Tuesday, when the King's aircraft touched down at Jomo Kenyatta International "
            "Airport after a flight from London Stansted.")
    journey = undated_story(text, shared_gazetteer)
    # (Nairobi had come after Mombasa, and the 470 km had been "inconsistent")
    assert stops(journey)[:3] == ["Nairobi Terminus", "Voi", "Mombasa"]
    assert claim_told(journey, "roughly 470 km").verdict == "consistent"


def test_time_in_the_air_is_the_flight_s(shared_gazetteer: Any) -> None:
    text = ("ROME - A pilot landed in Rome on Friday after flying from London. He had been in "
            "the air for 150 minutes.")
    # (the time had been no claim at all)
    flight = claim_told(undated_story(text, shared_gazetteer), "150 minutes")
    assert (flight.origin, flight.destination, flight.verdict) == ("London", "Rome",
                                                                   "consistent")


def test_a_place_that_lies_a_distance_from_another_is_the_figure_s_end(
        shared_gazetteer: Any) -> None:
    text = ("DUBAI - The flight from Singapore to Frankfurt diverted to Dubai on Sunday. Dubai "
            "lies about 5,850 km from Singapore, a little more than halfway along the route to "
            "Frankfurt.")
    figure = claim_told(undated_story(text, shared_gazetteer), "about 5,850 km")
    # (it had been judged Singapore - Frankfurt, and "inconsistent")
    assert (figure.origin, figure.destination, figure.verdict) == ("Singapore", "Dubai",
                                                                   "consistent")


def test_a_route_listed_at_a_length_is_the_whole_trip(shared_gazetteer: Any) -> None:
    text = ("KOLKATA - The students left Mumbai on Saturday morning. The train stopped at "
            "Nagpur, Raipur and Bilaspur before reaching Howrah station on Sunday night. "
            "Indian Railways lists the route at 1,968 km, and the train took about 30 hours.")
    journey = undated_story(text, shared_gazetteer)
    route = claim_told(journey, "1,968 km")
    # (it had been put on the last leg told, Bilaspur - Howrah, and been "inconsistent")
    assert (route.origin, route.verdict) == ("Mumbai", "consistent")
    assert claim_told(journey, "about 30 hours").origin == "Mumbai"


def test_the_capital_of_a_country_the_story_names_is_not_traded_for_a_district(
        shared_gazetteer: Any) -> None:
    text = ("CUSCO, Peru - Chilean President Gabriel Boric visited Cusco on Monday. He had "
            "flown from Santiago to Lima on Saturday, a flight of about 2,500 km.")
    flight = claim_told(undated_story(text, shared_gazetteer), "about 2,500 km")
    # (Santiago had been a district of Cusco, and the figure "inconsistent")
    assert (flight.origin, flight.destination, flight.verdict) == ("Santiago", "Lima",
                                                                   "consistent")


def test_a_stop_on_the_way_out_is_kept_when_the_trip_is_due_back_there(
        shared_gazetteer: Any) -> None:
    text = ("WELLINGTON - The prime minister left for Samoa on Tuesday, before a bilateral "
            "visit to Tonga. He flew from Wellington to Auckland on Monday night, a domestic "
            "flight of about 490 km. The aircraft then flew north-east to Apia. After the "
            "meeting, he flew to Nuku'alofa for talks with the king. He is due back in "
            "Auckland on Sunday.")
    journey = undated_story(text, shared_gazetteer)
    # (Auckland had been the end only, and Tonga the first stop: the 490 km "inconsistent")
    assert stops(journey)[:3] == ["Wellington", "Auckland", "Apia"]
    assert stops(journey)[-1] == "Auckland"
    assert claim_told(journey, "about 490 km").verdict == "consistent"


def test_a_trip_to_a_state_ends_at_the_trip_s_stop_there(shared_gazetteer: Any) -> None:
    text = ("REYKJAVIK - A flight from Munich to Los Angeles landed at Keflavik International "
            "Airport on Monday after a passenger fell ill. It had left Munich Airport at 3:55 "
            "p.m. for the roughly 9,600-km trip to California. The flight resumed and arrived "
            "at Los Angeles International Airport on Tuesday.")
    trip = claim_told(undated_story(text, shared_gazetteer), "roughly 9,600-km trip")
    # (it had been judged Munich - Keflavik, the diversion, and "inconsistent")
    assert (trip.destination, trip.verdict) == ("Los Angeles", "consistent")


def test_a_place_a_sentence_opens_with_where_the_traveller_acted_is_a_stop(
        shared_gazetteer: Any) -> None:
    text = ("JEDDAH - The evacuees left Khartoum on Wednesday in a convoy of buses. The road to "
            "Port Sudan, about 850 km via Atbara, took them some 35 hours. At Port Sudan they "
            "queued on the quayside before boarding. The crossing, roughly 160 nautical miles "
            "to Jeddah, lasted about 12 hours.")
    journey = undated_story(text, shared_gazetteer)
    # (Port Sudan had been no stop, and the crossing judged from Atbara, "inconsistent")
    assert "Port Sudan" in stops(journey)
    crossing = claim_told(journey, "roughly 160 nautical miles")
    assert (crossing.origin, crossing.verdict) == ("Port Sudan", "consistent")
    road = claim_told(journey, "about 850 km")
    # (the way through Atbara is from the stop before it)
    assert (road.origin, road.destination) == ("Khartoum", "Port Sudan")
    assert journey.legs[0].mode == "road"  # (a convoy of buses, in a story with a ship)


def test_a_place_the_story_reached_already_is_no_new_stop_when_a_sentence_opens_with_it(
        shared_gazetteer: Any) -> None:
    text = ("MOMBASA - The King arrived in Mombasa on Thursday. The train had covered the 470 "
            "km from Nairobi. In Mombasa, the couple toured a marine project.")
    # (one stay told twice)
    assert stops(undated_story(text, shared_gazetteer)).count("Mombasa") == 1


def test_a_dateline_with_an_accented_capital_is_a_dateline(shared_gazetteer: Any) -> None:
    text = ("SÃO PAULO, Aug 7 (Wire) - President Lula left São Paulo for Bogotá on Monday. He "
            "had flown into São Paulo from Brasília on Sunday, a trip of about 870 km. His "
            "plane then set out on the longer flight north-west to Bogotá. Officials said the "
            "journey of roughly 4,300 km would take about six hours.")
    journey = undated_story(text, shared_gazetteer)
    # (the dateline had swallowed the lede: no stop but Bogotá, and the 4,300 km had been
    # judged on the whole tour)
    assert stops(journey) == ["Brasília", "São Paulo", "Bogotá"]
    flight = claim_told(journey, "roughly 4,300 km")
    assert (flight.origin, flight.destination, flight.verdict) == ("São Paulo", "Bogotá",
                                                                   "consistent")


def test_a_trip_that_had_been_due_is_no_stop(shared_gazetteer: Any) -> None:
    text = ("MADRID - The president cancelled the second half of his tour on Monday. He had "
            "landed at Madrid's Barajas airport on Friday after a flight from Buenos Aires. He "
            "had been due to travel on Tuesday to Paris, and then to Berlin. Both stops were "
            "scrapped.")
    # (Paris and Berlin had been stops, and figures judged on the legs to them)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Buenos Aires", "Madrid Barajas International Airport"]


def test_a_spot_in_a_town_the_gazetteer_lacks_is_no_other_stop(shared_gazetteer: Any) -> None:
    text = ("CAEN, France - The president flew from Paris to Caen on Thursday. From Caen, the "
            "motorcade drove about 40 km west to the American cemetery at Colleville-sur-Mer, "
            "a trip of around 45 minutes. He returned to Paris in the evening.")
    drive = claim_told(undated_story(text, shared_gazetteer), "about 40 km")
    # (it had been judged Caen - Paris, the next stop, and "inconsistent")
    assert (drive.destination, drive.verdict) == (None, "unverifiable")


def test_a_line_reached_by_a_delay_does_not_lose_the_trip(shared_gazetteer: Any) -> None:
    text = ("NAGOYA - The fastest Nozomi covers the 515 km from Tokyo Station to Shin-Osaka in "
            "about 2 hours 27 minutes. The knock-on effect reached the Sanyo Shinkansen to the "
            "west. The train then ran on from Shin-Osaka to Hiroshima, about 330 km, in "
            "roughly 90 minutes.")
    journey = undated_story(text, shared_gazetteer)
    # (the line had been read as a town the gazetteer lacks, and every later figure lost)
    assert not any("Sanyo" in note for note in journey.notes)
    assert claim_told(journey, "about 330 km").destination == "Hiroshima"


def test_a_voyage_told_from_its_end_then_from_its_start_ends_where_the_lede_said(
        shared_gazetteer: Any) -> None:
    text = ("KIRKENES, Norway - The coastal express ship docked in Kirkenes on Sunday after a "
            "six-day voyage up the coast from Bergen. The ship, which carries freight to 34 "
            "ports along the roughly 1,250-nautical-mile route, left Bergen on Monday evening "
            "and called at "
            "Ålesund and Trondheim on its way to Bodø. After threading through the Lofoten "
            "islands, it reached Tromsø on Thursday night, where passengers went ashore for a "
            "concert. The 90 nautical miles separating Tromsø and Kirkenes took the rest of the "
            "voyage, with a stop at Honningsvåg.")
    journey = undated_story(text, shared_gazetteer)
    # (Kirkenes had come second, the route had been Trondheim - Bodø and the 90 nautical miles
    # Tromsø - North Cape)
    assert stops(journey)[0] == "Bergen" and stops(journey)[-1] == "Kirkenes"
    route = claim_told(journey, "roughly 1,250-nautical-mile route")
    assert (route.origin, route.destination, route.verdict) == ("Bergen", "Kirkenes",
                                                                "consistent")
    last = claim_told(journey, "90 nautical miles")
    assert (last.origin, last.destination, last.verdict) == ("Tromsø", "Kirkenes",
                                                             "inconsistent")


def test_a_long_stop_and_a_trip_summed_up_to_the_capital(shared_gazetteer: Any) -> None:
    text = ("MEXICO CITY - Some 300 migrants stepped off chartered buses in Mexico City on "
            "Tuesday night, after a two-day ride from Tapachula. The buses left Tapachula on "
            "Sunday evening and made a long stop in the city of Oaxaca, about 650 km from the "
            "start. In all, the journey from Tapachula to the capital covered some 2,400 km.")
    journey = undated_story(text, shared_gazetteer)
    # (Oaxaca had been no stop, "the capital" no place, and the 650 km judged on the whole
    # ride, "inconsistent"; the sum had then made the capital a second visit)
    assert stops(journey) == ["Tapachula", "Oaxaca", "Mexico City"]
    part = claim_told(journey, "about 650 km")
    assert (part.origin, part.destination, part.verdict) == ("Tapachula", "Oaxaca",
                                                             "consistent")
    whole = claim_told(journey, "some 2,400 km")
    assert (whole.origin, whole.destination, whole.verdict) == ("Tapachula", "Mexico City",
                                                                "inconsistent")


def test_a_spot_placed_at_its_city_s_point_may_lie_anywhere_in_the_city(
        shared_gazetteer: Any) -> None:
    text = ("DUBAI - A flight from Singapore to Frankfurt diverted to Dubai International "
            "Airport on Sunday. The passenger was taken by ambulance to Rashid Hospital, about "
            "5 km from the airport.")
    ride = claim_told(undated_story(text, shared_gazetteer), "about 5 km")
    # (the line to Dubai's point, 20 km from its airport, had made it "inconsistent")
    assert ride.verdict == "unverifiable"
    assert "Rashid Hospital" in ride.explanation


def test_a_pilgrim_s_camino_told_from_its_end(shared_gazetteer: Any) -> None:
    text = ("SANTIAGO DE COMPOSTELA, Spain - Padraig Dunne, a farmer from County Kerry, "
            "limped into the Praza do Obradoiro in front of Santiago's cathedral on Tuesday, "
            "34 days after setting off from the French Pyrenees on the Camino Frances, the "
            "pilgrimage his late wife had wanted them to walk. He "
            "began at Saint-Jean-Pied-de-Port, walking the first stage over the pass to the "
            "monastery at Roncesvalles, about 25 km. From Sarria, the starting point for many "
            "pilgrims because it lies just beyond the 100 km minimum needed to earn a "
            "certificate, he covered the final 115 km in six days. The Camino Frances covers "
            "about 780 km.")
    journey = undated_story(text, shared_gazetteer)
    # ("Santiago" had been Chile's capital, Roncesvalles a Toronto neighbourhood, the minimum
    # a leg, and the first stage judged Roncesvalles - the next stop)
    names = stops(journey)
    assert names[0] == "Saint-Jean-Pied-de-Port" and names[-1] == "Santiago de Compostela"
    stage = claim_told(journey, "about 25 km")
    assert (stage.origin, stage.destination, stage.verdict) == (
        "Saint-Jean-Pied-de-Port", "Roncesvalles", "consistent")
    assert not [c for c in journey.claims if c.text == "100 km"]
    route = claim_told(journey, "about 780 km")
    assert (route.origin, route.destination, route.verdict) == (
        "Saint-Jean-Pied-de-Port", "Santiago de Compostela", "consistent")


def test_a_walker_s_one_ferry_crossing_does_not_sail_the_rest(shared_gazetteer: Any) -> None:
    text = ("ROME - A retired vicar arrived in Rome on Friday after walking the pilgrim road "
            "from Canterbury. He walked to Dover and crossed to Calais on the ferry. In France "
            "he walked on through Reims to Besancon. From Lausanne he walked the 20 km over the "
            "Alps to the hospice at the Great St Bernard Pass.")
    journey = undated_story(text, shared_gazetteer)
    modes = {(leg.origin, leg.destination): leg.mode for leg in journey.legs}
    # (every leg no sentence gave a way had been sailed, Reims - Besancon included)
    assert modes[("Dover", "Calais")] == "sea"
    assert modes[("Reims", "Besancon")] == "walk"
    over = claim_told(journey, "20 km")
    # (the pass, told by the hospice on it, had been no end: Lausanne - the next town)
    assert (over.destination, over.verdict) == ("Great St Bernard Pass", "inconsistent")


def test_a_platform_stepped_onto_is_the_arrival_and_a_named_journey_its_length(
        shared_gazetteer: Any) -> None:
    text = ("MOSCOW - Margaret Hollis stepped down onto the platform at Moscow's Yaroslavsky "
            "station on Monday, and declared the 7,621-kilometre Trans-Mongolian journey the "
            "best of her life. She had boarded the train at Peking railway station the "
            "previous Tuesday.")
    journey = undated_story(text, shared_gazetteer)
    # (Moscow had been no stop, and the length, told before the line's name, no figure)
    assert stops(journey) == ["Beijing Railway Station", "Yaroslavsky Station"]
    assert claim_told(journey, "7,621-kilometre").verdict == "consistent"


def test_the_road_journey_told_next_is_the_drive_just_told(shared_gazetteer: Any) -> None:
    text = ("Ramaphosa tours the region\n\n"
            "PRETORIA, May 16 (Wire) - The president returned home on Thursday from a tour of "
            "two neighbouring countries.\n\nMay 13: Ramaphosa left the Union Buildings in "
            "Pretoria by motorcade and drove to Gaborone, crossing into Botswana at the "
            "Tlokweng border post. The road journey of about 360 km took roughly four and a "
            "half hours.\n\nMay 14: The president flew from Sir Seretse Khama International "
            "Airport to Windhoek.\n\nMay 16: He flew back to Waterkloof Air Force Base in "
            "Pretoria, some 1,200 km from Windhoek.")
    drive = claim_told(undated_story(text, shared_gazetteer), "about 360 km")
    # (it had had no ends at all)
    assert (drive.origin, drive.destination, drive.verdict) == ("Pretoria", "Gaborone",
                                                                "consistent")


def test_a_president_named_like_a_village_is_the_traveller(shared_gazetteer: Any) -> None:
    text = ("BEIJING - An exhibition marks the anniversary of Richard Nixon's 1972 visit to "
            "China. Premier Zhou Enlai waited on the tarmac when Air Force One landed at "
            "Peking's Capital Airport. Zhou insisted on accompanying his guest to Hangzhou. The "
            "following day Nixon travelled on to Shanghai, about 160 km to the north-east. "
            "Nixon left Shanghai for Anchorage on Feb. 28.")
    journey = undated_story(text, shared_gazetteer)
    # (Nixon, a Texan village's name, had been no person's: the premier was the traveller
    # and Shanghai no stop)
    assert journey.traveller == "Richard Nixon"
    assert "Shanghai" in stops(journey)


def test_a_longer_route_told_by_its_length_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("DUNKIRK, France - The ships crossed from Dunkirk to Ramsgate, about 40 nautical "
            "miles. Because of German guns, many ships had to use a longer northern route of "
            "almost 90 nautical miles.")
    way_round = claim_told(undated_story(text, shared_gazetteer), "almost 90 nautical miles")
    # (it had been judged Dunkirk - Ramsgate, "inconsistent")
    assert way_round.verdict == "unverifiable"


def test_a_drive_told_after_its_arrival_then_a_trip_on_from_there(
        shared_gazetteer: Any) -> None:
    text = ("Lopez Obrador drives to Oaxaca\n\nOAXACA, Mexico, Jan 14 (Wire) - Mexican "
            "President Andres Manuel Lopez Obrador arrived in the southern city of Oaxaca on "
            "Saturday after driving from the capital, keeping to his habit of travelling by "
            "road to avoid the cost of a presidential plane.\n\nThe president left the "
            "National Palace in Mexico City at dawn in a white SUV and covered the roughly "
            "1,400 km to Oaxaca in some six hours, stopping once for breakfast in Puebla, "
            "aides said.\n\nAfter a meeting with the state governor, Lopez Obrador continued "
            "on Sunday to Salina Cruz, about 250 km by road to the south-east, to inspect a "
            "rail and port link.")
    journey = undated_story(text, shared_gazetteer)
    # (Oaxaca had come first, every leg had been a train's, and the 250 km judged from
    # Puebla: "inconsistent")
    assert stops(journey) == ["Mexico City", "Puebla", "Oaxaca", "Salina Cruz"]
    assert {leg.mode for leg in journey.legs} == {"road"}
    drive = claim_told(journey, "roughly 1,400 km")
    assert (drive.origin, drive.destination, drive.verdict) == ("Mexico City", "Oaxaca",
                                                                "inconsistent")
    on = claim_told(journey, "about 250 km")
    assert (on.origin, on.verdict) == ("Oaxaca", "consistent")


@pytest.mark.parametrize(("sentence", "base", "country"), [
    ("The first leg took them to Clark Air Base in the Philippines.", "Clark Air Base", "PH"),
    ("Buses carried the families to Camp Pendleton.", "Marine Corps Base Camp Pendleton",
     "US"),
    ("The RAF A400M took off from Wadi Seidna air base.", "Wadi Seidna Air Base", "SD"),
])
def test_military_bases_the_press_names_are_places(sentence: str, base: str, country: str,
                                                    shared_gazetteer: Any) -> None:
    found = {(pm.place.name, pm.place.country) for pm in find_places(
        [read_text(sentence, "a.txt")], shared_gazetteer)}
    # (they had been no places: Clark Air Base had been placed in California)
    assert (base, country) in found


@pytest.mark.parametrize(("text", "end"), [
    ("HANOI - Kim Jong Un arrived here on Tuesday after a 60-hour train journey from "
     "Pyongyang.", "Hanoi"),
    ("ADRÉ, Chad - Families kept arriving on Sunday in this Chadian border town after "
     "fleeing El Geneina. Many walked the whole way from El Geneina, a distance of about 300 "
     "km, in a single night.", "Adré"),
])
def test_an_arrival_told_by_pointing_at_the_dateline_ends_there(
        text: str, end: str, shared_gazetteer: Any) -> None:
    journey = undated_story(f"A trip\n\n{text}", shared_gazetteer)
    # (the dateline's town had been no stop: "here" names no place)
    assert stops(journey)[-1] == end
    # (and the pointing word is no name of the town)
    assert all(m != "here" and not m.startswith("this ")
               for pm in journey.places for m in pm.mentions)


def test_a_race_won_at_a_town_finishes_there(shared_gazetteer: Any) -> None:
    text = ("SPARTA, Greece - Kenji Morimoto touched the foot of the statue of King Leonidas in "
            "Sparta on Saturday to win the Spartathlon, the 246-km race. The 390 runners set off "
            "on Friday from the foot of the Acropolis in Athens. They reached the Corinth "
            "Canal, about 80 km into the race, by early afternoon.")
    journey = undated_story(f"Runner wins\n\n{text}", shared_gazetteer)
    # (Sparta had been no stop, so the race had no ends; then, with the finish read, the
    # Corinth Canal had come after it)
    assert stops(journey) == ["Acropolis of Athens", "Corinth Canal", "Sparta"]
    race = claim_told(journey, "246-km race")
    assert (race.origin, race.destination, race.verdict) == ("Athens", "Sparta", "consistent")
