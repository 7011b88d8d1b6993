"""A building whose name holds a body's word, an end reached some days after the start, a
route told with a possessive, a rest on the way, other vehicles' times, a vehicle's calls
told after its arrival, a yacht named by what it did, a station placed in its town, where an
incident befell a train, a ride named by the vehicle taken, and a place told by its bearing.
Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import claim_told, stops, undated_story


def test_a_building_named_with_a_body_s_word_is_reached(shared_gazetteer: Any) -> None:
    text = ("SYDNEY - A retired nurse ran into the Sydney Opera House on Saturday, 120 days "
            "after leaving Perth, a run of about 4,500 kilometers.")
    journey = undated_story(text, shared_gazetteer)
    # (the "Opera" had made the house a company, which no trip reaches)
    assert stops(journey) == ["Perth", "Sydney Opera House"]
    run = claim_told(journey, "about 4,500 kilometers")
    assert (run.origin, run.destination, run.verdict) == ("Perth", "Sydney", "consistent")


def test_a_goal_walked_into_days_after_the_start_is_reached(shared_gazetteer: Any) -> None:
    text = ("SANTIAGO DE COMPOSTELA, Spain - A group of nurses from Dublin walked into the "
            "square in front of Santiago de Compostela's cathedral on Friday, 33 days after "
            "setting out from Saint-Jean-Pied-de-Port.")
    journey = undated_story(text, shared_gazetteer)
    # (the cathedral's town had been no stop, and the days had had no end)
    assert stops(journey) == ["Saint-Jean-Pied-de-Port", "Santiago de Compostela"]
    days = claim_told(journey, "33 days")
    assert (days.origin, days.destination, days.verdict) == (
        "Saint-Jean-Pied-de-Port", "Santiago de Compostela", "consistent")


def test_a_route_told_with_a_possessive_and_its_name_is_the_whole_trip(
        shared_gazetteer: Any) -> None:
    text = ("SANTIAGO DE COMPOSTELA, Spain - The pilgrim reached Santiago de Compostela on "
            "Sunday after setting out from Saint-Jean-Pied-de-Port. His route, the Camino "
            "Frances, runs about 780 kilometers through Pamplona, Burgos and Leon.")
    route = claim_told(undated_story(text, shared_gazetteer), "about 780 kilometers")
    # (a possessive and a name between the route and its verb had left it no ends)
    assert (route.origin, route.destination, route.verdict) == (
        "Saint-Jean-Pied-de-Port", "Santiago de Compostela", "consistent")


def test_a_rest_at_a_town_on_the_route_is_no_walk_back(shared_gazetteer: Any) -> None:
    text = ("SANTIAGO DE COMPOSTELA, Spain - The pilgrims reached Santiago de Compostela on "
            "Sunday after setting out from Saint-Jean-Pied-de-Port. Their route took them "
            "through Pamplona, Burgos and Leon. They walked about 25 kilometers a day, resting "
            "only in Burgos.")
    journey = undated_story(text, shared_gazetteer)
    # (the rest had been a walk back from Leon to Burgos, after Santiago)
    assert stops(journey) == ["Saint-Jean-Pied-de-Port", "Pamplona", "Burgos", "Leon",
                              "Santiago de Compostela"]


def test_other_trains_on_the_route_are_no_leg(shared_gazetteer: Any) -> None:
    text = ("VARANASI, India - The new train left New Delhi at 6 a.m. and reached Varanasi "
            "at 2 p.m., with stops at Kanpur and Prayagraj. The older express trains on the "
            "route take about 13 hours.")
    journey = undated_story(text, shared_gazetteer)
    # (the other trains' time had been the last leg's, and "inconsistent")
    assert not [c for c in journey.claims if c.text == "about 13 hours"]


def test_a_bus_s_calls_told_after_its_arrival_come_before_it(shared_gazetteer: Any) -> None:
    text = ("NEW YORK - A bus carrying 40 migrants from Brownsville, Texas, arrived in "
            "Manhattan on Friday. The migrants had boarded in Brownsville on Wednesday night. "
            "The bus stopped in Houston and in Nashville for fuel, the driver said. The trip "
            "covers roughly 2,100 miles.")
    journey = undated_story(text, shared_gazetteer)
    # (the calls had come after Manhattan, and the trip's length had ended at Nashville)
    assert stops(journey) == ["Brownsville", "Houston", "Nashville", "Manhattan"]
    trip = claim_told(journey, "roughly 2,100 miles")
    assert (trip.origin, trip.destination, trip.verdict) == ("Brownsville", "Manhattan",
                                                             "consistent")


def test_a_train_s_call_told_again_after_and_is_a_call(shared_gazetteer: Any) -> None:
    text = ("VLADIVOSTOK, Russia - The train reached Vladivostok on Sunday after leaving "
            "Moscow a week earlier. The train stopped for an hour in Yekaterinburg and again "
            "in Novosibirsk.")
    # ("and again in" had left Novosibirsk no role, and Yekaterinburg came after the end)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Moscow", "Yekaterinburg", "Novosibirsk", "Vladivostok"]


def test_a_yacht_named_by_what_it_did_carries_the_traveller(shared_gazetteer: Any) -> None:
    text = ("NEW YORK - The activist arrived in New York on Wednesday after 15 days at sea "
            "aboard a racing yacht. The Seaspray III set sail from Plymouth, England, and "
            "covered about 3,000 nautical miles.")
    journey = undated_story(text, shared_gazetteer)
    # (the yacht's sentence had not been the traveller's: no start, no ends for the figures)
    assert stops(journey)[0] == "Plymouth"
    miles = claim_told(journey, "about 3,000 nautical miles")
    assert (miles.origin, miles.destination, miles.verdict) == ("Plymouth", "New York City",
                                                                "consistent")


def test_a_station_in_a_town_is_no_namesake_abroad(shared_gazetteer: Any) -> None:
    text = ("BHUBANESWAR, India - An express train traveling from Kolkata to Chennai derailed "
            "on Friday. It had left Shalimar station in Kolkata in the afternoon.")
    # (Shalimar had been the town in Florida, a stop after Chennai)
    assert "Shalimar" not in stops(undated_story(text, shared_gazetteer))


def test_where_an_incident_befell_a_train_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("BHUBANESWAR, India - An express train traveling from Kolkata to Chennai derailed "
            "on Friday. It was running at about 120 km/h when it jumped the tracks, about 230 "
            "kilometers from where it started.")
    distance = claim_told(undated_story(text, shared_gazetteer), "about 230 kilometers")
    # (it had been Kolkata - Chennai, and "inconsistent")
    assert (distance.origin, distance.destination, distance.verdict) == (None, None,
                                                                         "unverifiable")


def test_a_ride_named_by_the_train_taken_is_the_traveller_s(shared_gazetteer: Any) -> None:
    text = ("PARIS - The transport minister took the TGV from Paris to Lyon on Thursday to "
            "open a new station. She returned to Paris by plane the same evening.")
    # (a minister named by role, who "took the TGV", had been no traveller)
    assert stops(undated_story(text, shared_gazetteer)) == ["Paris", "Lyon", "Paris"]


def test_a_bearing_s_place_holds_against_a_later_from(shared_gazetteer: Any) -> None:
    text = ("SASKATOON, Saskatchewan - A bus carrying a hockey team crashed on Friday north "
            "of Tisdale, about 200 kilometers northeast of Saskatoon, while the team was "
            "traveling from Humboldt to Nipawin.")
    distance = claim_told(undated_story(text, shared_gazetteer), "about 200 kilometers")
    # (the later "from Humboldt" had taken the bearing's place)
    assert (distance.origin, distance.destination) == ("Saskatoon", "Tisdale")
