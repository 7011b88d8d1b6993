"""A step told with "then" after a lede that told the end first, hours spent somewhere, a
night stop before the arrival, a flight that turned back, the other vehicle of a collision,
and a depth. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops


def test_a_step_told_with_then_follows_the_place_told_before_it(
        shared_gazetteer: Any) -> None:
    text = ("Ukraine's president arrived in Washington on Wednesday on his first trip abroad "
            "since the war began. He left Kyiv by train on Tuesday night, arriving in Przemysl "
            "on Wednesday morning. He was then driven about 90 km to Rzeszow airport. The "
            "flight to Joint Base Andrews took about 10 hours. From there a motorcade took him "
            "to the White House.")
    journey = checked_story(text, "2022-12-22", shared_gazetteer)
    # (the airport and the base had come after Washington, told first, and the 90 km had
    # been set against Washington - Rzeszow)
    assert stops(journey)[:5] == ["Kyiv", "Przemysl", "Rzeszów-Jasionka Airport",
                                  "Joint Base Andrews", "Washington"]
    assert claim_told(journey, "about 90 km").verdict == "consistent"


def test_hours_spent_somewhere_are_a_stay_there(shared_gazetteer: Any) -> None:
    text = ("India's prime minister arrived in Kyiv on Friday after a 10-hour overnight train "
            "journey from Poland. He had spent two days in Warsaw before travelling on Thursday "
            "to Przemysl. After about seven hours in Kyiv, he took the train back to Poland "
            "and flew home to New Delhi, a flight of some 5,000 kilometres.")
    journey = checked_story(text, "2024-08-24", shared_gazetteer)
    # (New Delhi had come before Kyiv, and the night train had been measured from it)
    assert stops(journey) == ["Warsaw", "Przemysl", "Kyiv", "New Delhi"]
    assert claim_told(journey, "10-hour").verdict == "consistent"


def test_a_night_stop_told_before_the_arrival_comes_before_it(shared_gazetteer: Any) -> None:
    text = ("A family left their home in Miami on Thursday morning as the hurricane neared. "
            "The drive to Atlanta, about 660 miles, normally takes around 10 hours. They "
            "stopped for the night in Valdosta, Georgia, and reached Atlanta on Friday "
            "afternoon.")
    journey = checked_story(text, "2017-09-09", shared_gazetteer)
    assert stops(journey) == ["Miami", "Valdosta", "Atlanta"]
    # the length of the drive as it normally goes, from Miami (not from the night's stop)
    usual = claim_told(journey, "about 660 miles")
    assert (usual.origin, usual.destination) == ("Miami", "Atlanta")


def test_a_flight_that_turned_back_never_reached_its_goal(shared_gazetteer: Any) -> None:
    text = ("An airliner made an emergency landing in Portland on Friday night. The flight had "
            "left Portland International Airport at 5:07 p.m. bound for Ontario, California, "
            "and the crew turned back, landing about 20 minutes after takeoff.")
    journey = checked_story(text, "2024-01-06", shared_gazetteer)
    # (Ontario had been a stop, and the 20 minutes the time of a flight there: impossible)
    assert "Ontario" not in stops(journey)
    assert claim_told(journey, "about 20 minutes").verdict != "inconsistent"


def test_the_other_vehicle_of_a_collision_is_another_party(shared_gazetteer: Any) -> None:
    text = ("An airliner burst into flames after colliding with a coast guard aircraft while "
            "landing at Tokyo's Haneda airport on Tuesday evening. The flight had left New "
            "Chitose airport at 4:15 p.m. for the 90-minute flight to Tokyo. The coast guard "
            "plane had been due to fly to Niigata with relief supplies.")
    journey = checked_story(text, "2024-01-03", shared_gazetteer)
    assert "Niigata" not in stops(journey)


def test_a_depth_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("The support ship left St. John's on Friday for the wreck site. The wreck lies "
            "about 3,800 metres below the surface.")
    journey = checked_story(text, "2023-06-20", shared_gazetteer)
    assert not any(c.text == "about 3,800 metres" for c in journey.claims)
