"""Stories that open on where the trip ended and then tell how it got there: a secret visit
("arrived in Kyiv ... after a 10-hour overnight train ride from the Polish border town of
Przemysl", then "had flown ... to Rzeszow ..., then was driven about 90 kilometres to
Przemysl"), a royal tour ("left Samoa on Saturday ..., flying home to London", then the
visits before), and a ship at a polar base the gazetteer lacks. Every story is constructed for
the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


SECRET_VISIT = (
    "The president arrived in Kyiv on Monday morning after a 10-hour overnight train ride "
    "from the Polish border town of Przemysl.\n\n"
    "He had flown from Joint Base Andrews outside Washington to Rzeszow in Poland early on "
    "Sunday, then was driven about 90 kilometres to Przemysl. After five hours in Kyiv, he "
    "left by train for Poland and flew on to Warsaw.")


def test_a_visit_told_from_its_arrival_runs_in_the_order_travelled(
        shared_gazetteer: Any) -> None:
    j = story(SECRET_VISIT, shared_gazetteer, "2023-02-21")
    assert stops(j) == ["Joint Base Andrews", "Rzeszow", "Przemysl", "Kyiv", "Warsaw"]
    assert [leg.mode for leg in j.legs] == ["air", "road", "rail", "air"]


def test_the_drive_after_then_runs_from_the_goal_before_it(shared_gazetteer: Any) -> None:
    # "to Rzeszow ..., then was driven about 90 kilometres to Przemysl": from Rzeszow, not
    # from the air base across the Atlantic (which had made 90 km 'shorter than the
    # straight line')
    c = claim_told(story(SECRET_VISIT, shared_gazetteer, "2023-02-21"), "about 90 kilometres")
    assert (c.origin, c.destination, c.verdict) == ("Rzeszow", "Przemysl", "consistent")


def test_a_ride_from_a_town_told_by_what_it_is_starts_there(shared_gazetteer: Any) -> None:
    # "from the Polish border town of Przemysl": the ride's start, not the trip's first stop
    c = claim_told(story(SECRET_VISIT, shared_gazetteer, "2023-02-21"), "10-hour")
    assert (c.origin, c.destination, c.verdict) == ("Przemysl", "Kyiv", "consistent")


ROYAL_TOUR = (
    "King Charles III left Samoa on Saturday at the end of an 11-day tour of Australia and "
    "Samoa, flying home to London on an air force jet.\n\n"
    "The King and Queen Camilla spent six days in Australia, visiting Sydney and Canberra, "
    "before flying to Apia on Wednesday for a summit.\n\n"
    "The journey home, of about 16,000 kilometres, was expected to take around 24 hours with "
    "a refuelling stop.")


def test_the_traveller_is_called_by_a_title_before_a_regnal_name(
        shared_gazetteer: Any) -> None:
    # "King Charles III", then "The King ... spent six days in Australia": the traveller
    j = story(ROYAL_TOUR, shared_gazetteer, "2024-10-26")
    assert stops(j) == ["Sydney", "Canberra", "Apia", "London"]


def test_the_journey_home_is_the_last_leg(shared_gazetteer: Any) -> None:
    j = story(ROYAL_TOUR, shared_gazetteer, "2024-10-26")
    for text in ("about 16,000 kilometres", "around 24 hours"):
        c = claim_told(j, text)
        assert (c.origin, c.destination, c.verdict) == ("Apia", "London", "consistent"), text


def test_a_journey_home_with_no_home_told_is_not_read_as_the_last_leg(
        shared_gazetteer: Any) -> None:
    # the trip neither returns to its start nor is sent "home to" its end
    j = story("The minister flew from Madrid to Lima on Monday and on to Bogota on Wednesday. "
              "The journey home, of about 8,000 kilometres, will take 10 hours.",
              shared_gazetteer, "2024-10-26")
    c = claim_told(j, "about 8,000 kilometres")
    assert (c.origin, c.destination) != ("Lima", "Bogota")


def test_a_building_reached_from_the_storys_city_is_not_placed_in_it(
        shared_gazetteer: Any) -> None:
    # a base the gazetteer lacks, reached "11 days after sailing from Punta Arenas": left
    # unplaced, not put at the port the ship sailed from, 1,500 nautical miles away
    j = story("The research ship reached Rothera Research Station on Tuesday, 11 days after "
              "sailing from Punta Arenas in Chile.", shared_gazetteer, "2024-01-10")
    assert not any(pm.place.name == "Rothera Research Station"
                   for pm in [*j.places, *j.other_places])


PILGRIM = (
    "A 71-year-old retired teacher from Lyon reached the cathedral in Santiago de Compostela "
    "on Sunday, 62 days after setting out on foot from Le Puy-en-Velay in France.\n\n"
    "Marie Dupont walked about 1,500 kilometers, averaging 24 kilometers a day, along the Via "
    "Podiensis to Saint-Jean-Pied-de-Port and then along the Camino Frances through Pamplona, "
    "Burgos and Leon.")


def test_a_walk_told_from_its_end_runs_from_its_start(shared_gazetteer: Any) -> None:
    # her home town is no stop (the place she set out from is told), and the way told after
    # the arrival lies before it
    j = story(PILGRIM, shared_gazetteer, "2024-09-30")
    assert stops(j) == ["Le Puy-en-Velay", "Saint-Jean-Pied-de-Port", "Pamplona", "Burgos",
                        "Leon", "Santiago de Compostela"]
    c = claim_told(j, "62 days")
    assert (c.origin, c.destination, c.verdict) == (
        "Le Puy-en-Velay", "Santiago de Compostela", "consistent")


def test_a_distance_told_on_past_then_covers_the_way_it_tells(shared_gazetteer: Any) -> None:
    # "walked about 1,500 kilometers ... to Saint-Jean-Pied-de-Port and then ... through
    # Pamplona, Burgos and Leon": not Le Puy - Saint-Jean alone (460 km straight: a false
    # 'inconsistent')
    c = claim_told(story(PILGRIM, shared_gazetteer, "2024-09-30"), "about 1,500 kilometers")
    assert (c.origin, c.destination) == ("Le Puy-en-Velay", "Leon")
    assert c.verdict != "inconsistent"


def test_a_home_town_alone_in_its_sentence_is_still_where_the_trip_began(
        shared_gazetteer: Any) -> None:
    # with no other start told, "a man from Lyon" reaching Santiago set out from Lyon
    j = story("A retired teacher from Lyon reached Santiago de Compostela on Sunday.",
              shared_gazetteer, "2024-09-30")
    assert stops(j) == ["Lyon", "Santiago de Compostela"]


def test_the_capital_flown_to_is_the_capital_the_story_names(shared_gazetteer: Any) -> None:
    # "stopped to refuel in Port Sudan before the three-hour flight to the capital": to
    # Khartoum, which the lede named, and from the refuelling stop, not from Djibouti (a
    # false 'faster than a helicopter')
    j = story("Special forces flew into Khartoum on three Chinook helicopters on Saturday night "
              "and evacuated embassy staff.\n\nThe helicopters took off from Camp Lemonnier in "
              "Djibouti and stopped to refuel in Port Sudan before the three-hour flight to the "
              "capital.", shared_gazetteer, "2023-04-24")
    assert stops(j) == ["Camp Lemonnier", "Port Sudan", "Khartoum"]
    c = claim_told(j, "three-hour flight")
    assert (c.origin, c.destination, c.verdict) == ("Port Sudan", "Khartoum", "consistent")


def test_a_distance_told_of_the_one_leg_with_no_place_is_that_legs(
        shared_gazetteer: Any) -> None:
    j = story("A swimmer swam from Dover to Cap Gris-Nez in 11 hours on Tuesday.\n\nThe "
              "straight-line distance is about 34 kilometres, but tides pushed her along a "
              "course of nearly 50 km.", shared_gazetteer, "2024-08-28")
    for text in ("about 34 kilometres", "nearly 50 km"):
        c = claim_told(j, text)
        assert (c.origin, c.destination, c.verdict) == ("Dover", "Cap Gris-Nez",
                                                        "consistent"), text


def test_a_stop_before_the_flight_to_the_lede_s_arrival_comes_before_it(
        shared_gazetteer: Any) -> None:
    # "landed in Rio ... on Sunday night", then "flew to Manaus from Lima ... and toured the
    # rainforest by helicopter before the four-hour flight to Rio": Lima, Manaus, Rio, and
    # the four hours are Manaus - Rio by airliner (had been Lima - Rio by helicopter,
    # 'impossible')
    j = story("President Joe Biden landed in Rio de Janeiro on Sunday night for the Group of 20 "
              "summit.\n\nBiden flew to Manaus from Lima, where he had attended a summit, and "
              "toured the rainforest by helicopter before the four-hour flight to Rio.",
              shared_gazetteer, "2024-11-19")
    assert stops(j) == ["Lima", "Manaus", "Rio de Janeiro"]
    assert [leg.vehicle for leg in j.legs] == [None, None]
    c = claim_told(j, "four-hour flight")
    assert (c.origin, c.destination, c.verdict) == ("Manaus", "Rio de Janeiro", "consistent")


def test_a_start_counted_back_from_the_arrival_starts_the_trip(shared_gazetteer: Any) -> None:
    # "rode into Cape Town on Thursday, 87 days after leaving Cairo": Cairo was left 87 days
    # before (and is the first stop, not one after the rests told later); "she had covered
    # about 10,500 km" is that ride, not Cairo - Addis Ababa (a false 'inconsistent')
    j = story("The cyclist Jane Holt rode into Cape Town on Thursday, 87 days after leaving "
              "Cairo.\n\nHolt "
              "said she had covered about 10,500 km and averaged around 120 km a day on the "
              "days she rode, resting in Addis Ababa, Nairobi and Lusaka.", shared_gazetteer,
              "2024-05-30")
    assert stops(j) == ["Cairo", "Addis Ababa", "Nairobi", "Lusaka", "Cape Town"]
    assert "left 2024-03-04" in j.stops[0].note
    assert claim_told(j, "87 days").verdict == "consistent"
    c = claim_told(j, "about 10,500 km")
    assert (c.origin, c.destination, c.verdict) == ("Cairo", "Cape Town", "consistent")


def test_stays_told_after_a_flight_home_come_before_it(shared_gazetteer: Any) -> None:
    # "landed in Jakarta ... after a nine-hour flight from Jeddah", then "had spent 40 days in
    # Saudi Arabia, in Mecca and Medina, travelling between the two holy cities by high-speed
    # train, a ride of about 450 kilometres": the stays came before the flight (the nine hours
    # had been judged through Mecca and Medina as a high-speed train's, 'impossible'), and the
    # 450 km is Mecca - Medina
    j = story("The first group of Indonesian pilgrims landed in Jakarta on Monday after a "
              "nine-hour flight from Jeddah.\n\nThe pilgrims had spent 40 days in Saudi Arabia, "
              "in Mecca and Medina, travelling between the two holy cities by high-speed train, "
              "a ride of about 450 kilometres that takes just over two hours.",
              shared_gazetteer, "2024-07-01")
    assert stops(j) == ["Makkah", "Medina", "Jeddah", "Jakarta"]
    c = claim_told(j, "nine-hour flight")
    assert (c.origin, c.destination, c.verdict) == ("Jeddah", "Jakarta", "consistent")
    c = claim_told(j, "about 450 kilometres")
    assert (c.origin, c.destination, c.verdict) == ("Makkah", "Medina", "consistent")


def test_a_trip_told_after_the_arrival_with_no_goal_of_its_own_led_there(
        shared_gazetteer: Any) -> None:
    # "arrived in the United States on Sunday, landing at Wilkes-Barre", then "He travelled
    # overnight by train from Kyiv ... and flew from Rzeszow, a journey of some 20 hours in
    # all": Kyiv and Rzeszow come first, and the 20 hours are the whole trip, judged as one
    # with a flight in it (it had been 'above the top speed of a conventional train')
    j = story("The Ukrainian president arrived in the United States on Sunday, landing at "
              "Wilkes-Barre before touring a plant in Scranton.\n\nHe travelled overnight by "
              "train from Kyiv to the Polish border and flew from Rzeszow, a journey of some 20 "
              "hours in all.", shared_gazetteer, "2024-09-23")
    assert stops(j) == ["Kyiv", "Rzeszow", "Wilkes-Barre", "Scranton"]
    assert [leg.mode for leg in j.legs][:2] == ["rail", "air"]
    c = claim_told(j, "some 20 hours")
    assert (c.origin, c.destination) == ("Kyiv", "Scranton")
    assert c.verdict != "inconsistent"
