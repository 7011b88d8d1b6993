"""A rescue from a spot on a mountain, a race stage's course over its passes and a point on it,
a village the gazetteer lacks named after its country's adjective, and the only calls of a
drive told after it. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.stories import claim_told, stops, undated_story


@pytest.mark.parametrize(("spot", "mountain", "town"), [
    ("from near the summit of Mont Blanc", "Mont Blanc", "Sallanches"),
    ("from Camp 2 on Mount Everest", "Mount Everest", "Kathmandu"),
])
def test_a_rescue_from_a_spot_on_a_mountain_leaves_the_mountain(
        spot: str, mountain: str, town: str, shared_gazetteer: Any) -> None:
    text = (f"A helicopter flew an injured climber {spot} to the hospital in {town} on "
            "Sunday.")
    # (the mountain had been no stop: the words between "from" and it hid the leaving)
    assert stops(undated_story(text, shared_gazetteer)) == [mountain, town]


def test_a_race_stage_over_passes_may_run_far_beyond_the_road(shared_gazetteer: Any) -> None:
    text = ("PAU, France - The Danish rider won the 17th stage of the Tour de France on "
            "Wednesday, a 166-kilometer ride from Pau over the Col d'Aubisque and the Col du "
            "Tourmalet to a summit finish at Cauterets. He attacked 5 kilometers from the top "
            "of the Tourmalet.")
    journey = undated_story(text, shared_gazetteer)
    stage = claim_told(journey, "166-kilometer ride")
    # (2.2 times the road estimate's top had been "inconsistent")
    assert (stage.origin, stage.destination, stage.verdict) == ("Pau", "Cauterets",
                                                                "unverifiable")
    point = claim_told(journey, "5 kilometers")
    # (a point on the course had been a leg from Pau to Cauterets)
    assert (point.origin, point.destination) == (None, None)


def test_a_village_the_gazetteer_lacks_is_not_its_country_s_town(
        shared_gazetteer: Any) -> None:
    text = ("PANAMA CITY - The migrants walked for up to 10 days through the jungle from "
            "Necocli to the Panamanian village of Bajo Chiquito, about 100 kilometers to the "
            "west.")
    distance = claim_told(undated_story(text, shared_gazetteer), "about 100 kilometers")
    # (the village had been Panama City, the country's town named before, and "inconsistent")
    assert distance.destination != "Panama City"
    assert distance.verdict == "unverifiable"


def test_the_only_calls_of_a_drive_told_after_it_come_before_its_end(
        shared_gazetteer: Any) -> None:
    text = ("PERTH, Australia - A truck driver drove from Adelaide to Perth in 30 hours, "
            "crossing the Nullarbor Plain overnight. He stopped only in Ceduna and Norseman "
            "to refuel.")
    # (the calls had come after Perth: a drive back east)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Adelaide", "Ceduna", "Norseman", "Perth"]


@pytest.mark.parametrize(("text", "expected"), [
    ("TOKYO - The president flew to Tokyo on Monday after visiting Seoul.", ["Seoul", "Tokyo"]),
    ("KATHMANDU, Nepal - The climbers flew back to Kathmandu on Monday after reaching the "
     "summit of Mount Everest.", ["Kathmandu", "Mount Everest", "Kathmandu"]),
])
def test_a_place_been_at_after_the_trip_told_first_comes_before_it(
        text: str, expected: list[str], shared_gazetteer: Any) -> None:
    # (the place been at had come after the trip's goal)
    assert stops(undated_story(text, shared_gazetteer)) == expected


def test_a_bay_paddled_into_is_where_the_crossing_ended(shared_gazetteer: Any) -> None:
    text = ("DUBLIN - Two sisters paddled into Dublin Bay on Saturday, 14 hours after pushing "
            "off from Holyhead, completing a 100-kilometer crossing of the Irish Sea.")
    journey = undated_story(text, shared_gazetteer)
    # (the bay had been no stop, and the crossing had had no end)
    assert stops(journey) == ["Holyhead", "Dublin Bay"]
    assert claim_told(journey, "100-kilometer crossing").verdict == "consistent"


def test_a_visit_told_with_a_stay_to_come_is_planned(shared_gazetteer: Any) -> None:
    text = ("SYDNEY - The king arrived in Sydney on Friday night after a flight from London. "
            "He will spend five days in Australia, visiting Canberra on Monday.")
    # (Canberra, a visit still to come, had been a stop)
    assert stops(undated_story(text, shared_gazetteer)) == ["London", "Sydney"]


def test_the_crossing_a_leaving_was_for_runs_past_its_calls(shared_gazetteer: Any) -> None:
    text = ("HELSINKI - A ferry docked in Helsinki on Monday night, 10 hours late. The ship "
            "had left Stockholm at 4:30 p.m. on Sunday for what is normally a 17-hour "
            "crossing of about 400 kilometers, stopping in Mariehamn.")
    journey = undated_story(text, shared_gazetteer)
    # (the leaving and its call had come after the arrival)
    assert stops(journey) == ["Stockholm", "Mariehamn", "Helsinki"]
    for figure in ("17-hour crossing", "about 400 kilometers"):
        claim = claim_told(journey, figure)
        # (it had been the last leg, from the call at Mariehamn)
        assert (claim.origin, claim.destination) == ("Stockholm", "Helsinki")


def test_calls_made_to_resupply_come_before_the_end(shared_gazetteer: Any) -> None:
    text = ("NEW ORLEANS - A grandmother paddled from Minneapolis to New Orleans, arriving on "
            "Monday. She stopped in St. Louis and Memphis to resupply.")
    # (the calls had come after New Orleans, a paddle back upstream)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Minneapolis", "St. Louis", "Memphis", "New Orleans"]


def test_passengers_bound_elsewhere_are_not_the_train_s_stops(shared_gazetteer: Any) -> None:
    text = ("LONDON - The first Eurostar train since the fault left London St Pancras on "
            "Saturday and arrived at Paris Gare du Nord three hours later. The train also "
            "carried passengers bound for Brussels, who changed at Lille.")
    # (Brussels and Lille had been stops of the train, between London and Paris)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "London St Pancras International", "Paris Gare du Nord"]


def test_a_balloon_lifting_off_outside_a_town_leaves_it(shared_gazetteer: Any) -> None:
    text = ("ZERMATT, Switzerland - Two balloonists landed in a field near Como on Sunday, four "
            "hours after lifting off from a meadow outside Zermatt, having flown about 110 "
            "kilometers over the Alps.")
    journey = undated_story(text, shared_gazetteer)
    # (Zermatt had been no stop: "lifting off" was no leaving, "outside" no place word)
    assert stops(journey) == ["Zermatt", "Como"]
    assert claim_told(journey, "about 110 kilometers").verdict == "consistent"


def test_a_horsewoman_rides(shared_gazetteer: Any) -> None:
    text = ("ULAANBAATAR, Mongolia - A British horsewoman rode into Ulaanbaatar on Friday, 40 "
            "days after setting off from Khovd, a journey of about 1,400 kilometers.")
    days = claim_told(undated_story(text, shared_gazetteer), "40 days")
    # (the untold way had been a flight, and 40 days an airliner's crawl)
    assert days.verdict == "consistent"
    assert "horseback" in days.explanation


def test_a_source_placed_in_a_part_of_its_country_leads_to_the_goal(
        shared_gazetteer: Any) -> None:
    text = ("BERLIN - A German air force plane flew 20 wounded soldiers from Rzeszow in "
            "southeastern Poland to Cologne on Wednesday.")
    # (the goal past "in southeastern Poland" had been no stop)
    assert len(stops(undated_story(text, shared_gazetteer))) == 2


def test_a_flight_on_days_later_holds_the_stay(shared_gazetteer: Any) -> None:
    text = ("MANILA - The pope flew from Rome to Jakarta, a flight of about 13 hours, and on to "
            "Port Moresby three days later.")
    days = claim_told(undated_story(text, shared_gazetteer), "three days")
    # (three days for the flight had been an airliner's crawl, "inconsistent")
    assert days.verdict == "unverifiable"
    assert "stay" in days.explanation


def test_a_leg_ridden_in_a_story_that_flew_the_bicycle(shared_gazetteer: Any) -> None:
    text = ("GLASGOW - A Scottish cyclist rode back into Glasgow on Saturday after a ride round "
            "the world. He had flown his bicycle between continents, and finished by riding "
            "from Lisbon to Glasgow in 12 days.")
    days = claim_told(undated_story(text, shared_gazetteer), "12 days")
    # (the leg had been flown, and 12 days "inconsistent")
    assert (days.origin, days.destination, days.verdict) == ("Lisbon", "Glasgow", "consistent")


def test_the_way_told_after_the_finish_with_having_comes_before_it(
        shared_gazetteer: Any) -> None:
    text = ("EDINBURGH - A charity runner finished his run in Edinburgh on Sunday, having "
            "started in London and run through Cambridge, York and Newcastle.")
    # (the places run through had come after Edinburgh)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "London", "Cambridge", "York", "Newcastle upon Tyne", "Edinburgh"]


def test_a_convoy_is_judged_as_a_convoy_not_a_city_motorcade(shared_gazetteer: Any) -> None:
    text = ("CONSTANTA, Romania - A convoy of 30 grain trucks from Odesa reached the Romanian "
            "port of Constanta on Thursday after a 36-hour drive of about 460 kilometers "
            "through Moldova.")
    drive = claim_told(undated_story(text, shared_gazetteer), "36-hour drive")
    # (it had been judged as "a motorcade in a city")
    assert "road convoy" in drive.explanation


def test_a_goal_a_ship_was_sailing_to_when_it_ran_aground_is_not_reached(
        shared_gazetteer: Any) -> None:
    text = ("ATHENS - A ferry carrying 200 passengers ran aground off the island of Paros on "
            "Saturday night, about six hours after leaving the port of Piraeus. The ship was "
            "sailing from Piraeus to Naxos and Santorini. All passengers were brought to Paros.")
    # (Naxos had been reached, and Paros reached again after it)
    assert stops(undated_story(text, shared_gazetteer)) == ["Piraeus", "Paros"]


def test_a_spot_told_by_its_bearing_is_no_way_to_the_goal(shared_gazetteer: Any) -> None:
    text = ("LIMA, Peru - A bus carrying 40 passengers plunged into a gorge on Monday on a "
            "mountain road in the Andes, about 120 kilometers east of Lima, while traveling "
            "from Lima to Huancayo. The bus had left Lima late on Sunday night.")
    spot = claim_told(undated_story(text, shared_gazetteer), "about 120 kilometers")
    # (it had been Lima - Huancayo, and "inconsistent": 198 km in a straight line)
    assert (spot.origin, spot.destination, spot.verdict) == ("Lima", None, "unverifiable")


def test_a_sailing_race_s_leg_may_run_far_beyond_the_sea_estimate(
        shared_gazetteer: Any) -> None:
    text = ("ITAJAI, Brazil - The first boats in the Ocean Race crossed the finish line in "
            "Itajai on Sunday, 35 days after leaving Cape Town on the longest leg in the race's "
            "history, about 12,750 nautical miles through the Southern Ocean.")
    journey = undated_story(text, shared_gazetteer)
    leg = claim_told(journey, "about 12,750 nautical miles")
    # (the boats had flown, and the leg's length had been "inconsistent" with open water)
    assert journey.legs[0].mode == "sea"
    assert leg.verdict == "unverifiable"
    assert "race's course" in leg.explanation


def test_a_stay_in_the_end_s_city_told_after_the_way_stays_at_the_end(
        shared_gazetteer: Any) -> None:
    text = ("LONDON - Japan's emperor arrived at London's Stansted Airport on Saturday for a "
            "state visit. The emperor flew from Tokyo's Haneda airport, a flight of about 14 "
            "hours. After three days in London, he will travel by train to Oxford.")
    journey = undated_story(text, shared_gazetteer)
    # (the way had stayed after the arrival, by train, and the flight was "inconsistent")
    assert stops(journey) == ["Haneda Airport", "London Stansted Airport", "London"]
    assert claim_told(journey, "about 14 hours").verdict == "consistent"


def test_calls_told_as_done_after_the_arrival_come_before_it(shared_gazetteer: Any) -> None:
    text = ("DARWIN, Australia - The train arrived in Darwin on Wednesday, four days after "
            "leaving Adelaide, having stopped at Alice Springs and Katherine.")
    # (the calls had come after Darwin, a ride back south)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Adelaide", "Alice Springs", "Katherine", "Darwin"]
