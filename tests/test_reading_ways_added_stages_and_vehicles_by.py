"""An arrival told with the vehicle after its verb, days on foot from a start, a route told
with a possessive, what a detour added, and a race stage's course over its passes. Every
story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.stories import claim_told, stops, undated_story


@pytest.mark.parametrize("way", ["by train", "by armored train", "by private jet"])
def test_an_arrival_told_with_its_vehicle_after_the_verb(way: str,
                                                         shared_gazetteer: Any) -> None:
    text = f"The leader left Pyongyang on Sunday and arrived {way} in Vladivostok on Tuesday."
    # (the vehicle's noun had been taken for the cue, and Vladivostok was no stop)
    assert stops(undated_story(text, shared_gazetteer)) == ["Pyongyang", "Vladivostok"]


def test_days_on_foot_from_a_town_start_there(shared_gazetteer: Any) -> None:
    text = ("SANTIAGO DE COMPOSTELA, Spain - After 33 days on foot from Saint-Jean-Pied-de-Port "
            "in France, the pilgrims reached the cathedral in Santiago de Compostela on Sunday. "
            "Their route of about 780 kilometers took them through Pamplona, Burgos and León.")
    journey = undated_story(text, shared_gazetteer)
    # (the start had been no stop, and the route had had no ends)
    assert stops(journey) == ["Saint-Jean-Pied-de-Port", "Pamplona", "Burgos", "León",
                              "Santiago de Compostela"]
    route = claim_told(journey, "about 780 kilometers")
    assert (route.origin, route.destination, route.verdict) == (
        "Saint-Jean-Pied-de-Port", "Santiago de Compostela", "consistent")


def test_what_a_detour_added_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("ROTTERDAM, Netherlands - The container ship docked in Rotterdam on Monday after "
            "sailing from Singapore around the Cape of Good Hope. The detour added about 3,500 "
            "nautical miles and some 10 days to the voyage, which took 38 days in all.")
    journey = undated_story(text, shared_gazetteer)
    added = claim_told(journey, "some 10 days")
    # (it had been the voyage's own time, and "inconsistent")
    assert (added.origin, added.destination, added.verdict) == (None, None, "unverifiable")
    assert claim_told(journey, "38 days").verdict == "consistent"


def test_a_race_stage_may_wind_over_its_passes(shared_gazetteer: Any) -> None:
    text = ("ISOLA, France - The Slovenian won the 19th stage of the Tour de France on Friday, "
            "a 145-kilometer ride from Embrun to Isola that took him over the Col de la "
            "Bonette.")
    ride = claim_told(undated_story(text, shared_gazetteer), "145-kilometer ride")
    # (1.6 times the top of the road estimate had been called wrong)
    assert (ride.origin, ride.destination, ride.verdict) == ("Embrun", "Isola", "unverifiable")


def test_a_road_longer_than_a_stage_may_wind_is_still_called_wrong(
        shared_gazetteer: Any) -> None:
    text = ("ISOLA, France - The Slovenian won the 19th stage of the Tour de France on Friday, "
            "a 400-kilometer ride from Embrun to Isola.")
    ride = claim_told(undated_story(text, shared_gazetteer), "400-kilometer ride")
    assert ride.verdict == "inconsistent"


def test_a_vehicle_told_with_from_leaves_from_there(shared_gazetteer: Any) -> None:
    text = ("KYIV - The prime minister arrived in Kyiv on Tuesday, after leaving India and "
            "flying to Poland. He crossed into Ukraine by train from the Polish city of "
            "Przemysl, a journey of about 10 hours. After talks with the president he visited "
            "Bucha, about 25 kilometers northwest of the capital.")
    journey = undated_story(text, shared_gazetteer)
    # (Bucha, told after the talks, had been taken for the way there, before Kyiv)
    assert stops(journey) == ["Przemysl", "Kyiv", "Bucha"]
    train = claim_told(journey, "about 10 hours")
    # (the flight to Poland, told after Kyiv in its sentence, had made it a flight)
    assert (train.origin, train.destination, train.verdict) == ("Przemysl", "Kyiv",
                                                                "consistent")


def test_a_goal_a_seized_ship_was_sailing_to_is_not_reached(shared_gazetteer: Any) -> None:
    text = ("DUBAI - Iranian forces seized an oil tanker in the Strait of Hormuz on Thursday as "
            "it sailed from Kuwait to Houston. The ship was taken to the Iranian port of Bandar "
            "Abbas, about 60 miles to the north.")
    journey = undated_story(text, shared_gazetteer)
    # (Houston had been reached, and the 60 miles Houston - Bandar Abbas "inconsistent")
    assert stops(journey) == ["Bandar Abbas"]
    assert claim_told(journey, "about 60 miles").verdict == "unverifiable"


def test_the_port_a_seized_ship_was_taken_to_is_reached(shared_gazetteer: Any) -> None:
    text = ("SANAA - Rebels seized the cargo ship in the Red Sea on Sunday and took it to the "
            "port of Hodeidah. The ship had left Korfez in Turkey.")
    assert "Al Ḩudaydah" in stops(undated_story(text, shared_gazetteer))


def test_a_train_s_calls_told_again_come_before_its_goal(shared_gazetteer: Any) -> None:
    text = ("HELENA, Mont. - An Amtrak train traveling from Chicago to Seattle derailed in "
            "northern Montana on Saturday afternoon. The Empire Builder had left Chicago on "
            "Thursday and stopped in Minneapolis and Fargo. It was about 1,600 miles into its "
            "2,200-mile journey.")
    journey = undated_story(text, shared_gazetteer)
    # (the calls had come after Seattle, and the journey had had no ends)
    assert stops(journey) == ["Chicago", "Minneapolis", "Fargo", "Seattle"]
    whole = claim_told(journey, "2,200-mile journey")
    assert (whole.origin, whole.destination, whole.verdict) == ("Chicago", "Seattle",
                                                                "consistent")


def test_a_time_later_than_an_incident_is_no_crossing(shared_gazetteer: Any) -> None:
    text = ("RIGA, Latvia - A fire broke out on a passenger ferry sailing from Stockholm to "
            "Riga early on Wednesday. The ship docked in Riga about four hours later. The "
            "crossing normally takes about 17 hours.")
    journey = undated_story(text, shared_gazetteer)
    later = claim_told(journey, "about four hours")
    # (it had been the crossing's own time, and "inconsistent")
    assert (later.origin, later.destination, later.verdict) == (None, None, "unverifiable")
    assert claim_told(journey, "about 17 hours").verdict == "consistent"


def test_a_stay_before_the_arrival_and_the_way_to_it_told_after(
        shared_gazetteer: Any) -> None:
    text = ("BEIJING - Australia's prime minister arrived in Beijing on Sunday night after a "
            "two-day stay in Shanghai. He had flown into Shanghai from Sydney on Friday, a "
            "flight of about 10 hours.")
    journey = undated_story(text, shared_gazetteer)
    # (it had been Beijing, Sydney, Shanghai: the stay after the arrival, and a trip back)
    assert stops(journey) == ["Sydney", "Shanghai", "Beijing"]
    assert claim_told(journey, "about 10 hours").verdict == "consistent"


def test_a_part_named_inside_the_whole_trip_s_figure_is_not_its_ends(
        shared_gazetteer: Any) -> None:
    text = ("PARIS - A group of cyclists reached the Eiffel Tower on Sunday afternoon at the end "
            "of a four-day charity ride from London, about 480 kilometers including the ferry "
            "crossing from Dover to Calais.")
    journey = undated_story(text, shared_gazetteer)
    # (both figures had been Dover - Calais, and "inconsistent")
    for figure in ("four-day", "about 480 kilometers"):
        claim = claim_told(journey, figure)
        assert (claim.origin, claim.destination) == ("London", "Paris")
        assert claim.verdict == "consistent"


def test_days_by_road_too_slow_for_a_truck_prove_nothing(shared_gazetteer: Any) -> None:
    text = ("KAMPALA, Uganda - A truck carrying a container reached Kampala on Thursday, six days "
            "after leaving the port of Mombasa, a trip of about 1,150 kilometers. The driver "
            "spent two nights at the border crossing at Malaba.")
    days = claim_told(undated_story(text, shared_gazetteer), "six days")
    # (a driver's nights and waits had been judged as a non-stop average, "inconsistent")
    assert (days.origin, days.destination, days.verdict) == ("Mombasa", "Kampala",
                                                             "unverifiable")
    assert "nights and waits" in days.explanation


def test_a_stay_told_in_the_past_perfect_after_the_flight_comes_before_it(
        shared_gazetteer: Any) -> None:
    text = ("BERLIN - Turkey's president landed in Berlin on Friday afternoon after a flight of "
            "about three and a half hours from Ankara. He had spent Thursday in Istanbul, "
            "about 350 kilometers west of the capital, before returning to Ankara on Thursday "
            "night.")
    # (it had been Ankara, Berlin, Istanbul, Ankara: a trip on from Berlin)
    assert stops(undated_story(text, shared_gazetteer)) == ["Istanbul", "Ankara", "Berlin"]


def test_a_town_waited_in_before_the_arrival_comes_before_it(shared_gazetteer: Any) -> None:
    text = ("RAFAH - The aid convoy arrived at Rafah on Saturday, after waiting for days in "
            "El Arish.")
    # (El Arish had come after Rafah)
    assert stops(undated_story(text, shared_gazetteer)) == ["Arīsh", "Rafah"]
