"""A diverted flight's usual route and its time to the diversion, a refuelling stop on the way
to an arrival, a base landed at told with the city's arrival in a dated story, the day of a
next thing done, and a way's name that is no person's. Every story is constructed for the
test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops

DIVERTED = ("A Qantas flight from Perth to London was diverted to Singapore on Sunday after a "
            "passenger became unwell. Flight QF9 normally flies the 14,500 km route non-stop in "
            "about 17 hours. It landed at Changi Airport about six hours after leaving Perth, "
            "and passengers continued their journey to London on a later flight.")


def test_a_route_normally_flown_is_the_route_the_flight_was_on(shared_gazetteer: Any) -> None:
    # (both figures had been set against Perth - Singapore, the diversion: the length called
    # wrong)
    journey = checked_story(DIVERTED, "2024-08-05", shared_gazetteer)
    for text in ("14,500 km", "about 17 hours"):
        usual = claim_told(journey, text)
        assert (usual.origin, usual.destination, usual.verdict) == ("Perth", "London",
                                                                    "consistent")


def test_a_time_after_leaving_is_the_arrivals_told_before_it(shared_gazetteer: Any) -> None:
    # (it had been the time to London, the goal of the clause after it: called impossible)
    six = claim_told(checked_story(DIVERTED, "2024-08-05", shared_gazetteer), "about six hours")
    assert (six.origin, six.verdict) == ("Perth", "consistent")
    assert six.destination in ("Singapore", "Singapore Changi Airport")


def test_a_refuelling_stop_on_the_way_comes_before_the_arrival(shared_gazetteer: Any) -> None:
    text = ("King Charles arrived in Sydney on Friday evening after a flight from London of "
            "about 22 hours that included a refuelling stop in Singapore. On Monday the couple "
            "travelled to Canberra, about 280 km to the southwest.")
    journey = checked_story(text, "2024-10-24", shared_gazetteer)
    # (Singapore had taken Friday evening, in its own time zone, and come after Sydney: the
    # 280 km were then set against Singapore - Canberra)
    assert stops(journey) == ["London", "Singapore", "Sydney", "Canberra"]
    assert claim_told(journey, "about 280 km").origin == "Sydney"


def test_a_base_landed_at_with_the_citys_arrival_is_one_arrival(shared_gazetteer: Any) -> None:
    text = ("Vice President Kamala Harris arrived in Tokyo on Monday for a state funeral, "
            "landing at Yokota Air Base, west of the capital, after a 14-hour flight from "
            "Washington. On Wednesday she travelled on to Seoul, about 1,150 km away, and "
            "visited the demilitarized zone on Thursday before flying home.")
    journey = checked_story(text, "2022-09-29", shared_gazetteer)
    # (Tokyo and the base had been two stops, with a flight between them; Seoul had taken
    # the Thursday of the visit told after it, and home had come before Seoul)
    assert stops(journey) == ["Washington", "Yokota Air Base", "Seoul", "Washington"]
    assert claim_told(journey, "14-hour flight").verdict == "consistent"


def test_a_ways_name_is_no_persons(shared_gazetteer: Any) -> None:
    text = ("A retired nurse walked into Santiago de Compostela on Friday, 34 days after "
            "leaving Saint-Jean-Pied-de-Port in France. She crossed the Pyrenees on her first "
            "day, a climb of more than 1,200 metres, and passed through Pamplona, Burgos and "
            "Leon. The Camino Frances covers about 780 km.")
    journey = checked_story(text, "2023-06-02", shared_gazetteer)
    # (the traveller had been "Camino Frances", a way taken for a woman's name, and the
    # nurse's sentences no one's)
    assert journey.traveller != "Camino Frances"
    assert stops(journey)[0] == "Saint-Jean-Pied-de-Port"
    # a height climbed is no leg
    assert not any(c.text == "more than 1,200 metres" for c in journey.claims)
