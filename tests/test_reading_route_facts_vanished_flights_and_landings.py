"""A length told as a fact of the way between two places, a flight that vanished on its way,
and a landing told after the city's arrival with its hour alone. Every story is constructed
for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops


def test_a_route_told_as_a_fact_is_measured_between_its_ends(shared_gazetteer: Any) -> None:
    text = ("More than 100 civilians evacuated from Mariupol arrived in Zaporizhzhia on "
            "Tuesday. The convoy of buses left Mariupol on Saturday and stopped for a night at "
            "Bezimenne, a village east of Mariupol, before heading west through Berdyansk and "
            "Vasylivka. The route from Mariupol to Zaporizhzhia is about 230 kilometres by "
            "road.")
    journey = checked_story(text, "2022-05-03", shared_gazetteer)
    # (it had been measured through the convoy's stops, 400 km, and called wrong)
    fact = claim_told(journey, "about 230 kilometres")
    assert fact.verdict == "consistent"


def test_a_flight_that_vanished_on_its_way_never_reached_its_goal(
        shared_gazetteer: Any) -> None:
    text = ("An airliner carrying 239 people disappeared from radar early on Saturday less "
            "than an hour into a flight from Kuala Lumpur to Beijing. The flight took off from "
            "Kuala Lumpur at 12:41 a.m. and was due to land in Beijing at 6:30 a.m., a flight "
            "of about 4,400 kilometres. Contact was lost about 40 minutes after takeoff.")
    journey = checked_story(text, "2014-03-08", shared_gazetteer)
    assert "Beijing" not in stops(journey)
    # (the 40 minutes had been the flight to Beijing, and called impossible)
    assert claim_told(journey, "about 40 minutes").verdict != "inconsistent"
    # the length of the flight it was due to make, there (it had had no end)
    planned = claim_told(journey, "about 4,400 kilometres")
    assert (planned.origin, planned.destination, planned.verdict) == (
        "Kuala Lumpur", "Beijing", "consistent")


def test_a_landing_told_with_its_hour_alone_is_the_citys_arrival(
        shared_gazetteer: Any) -> None:
    text = ("Russia's president arrived in Pyongyang in the early hours of Wednesday. He flew "
            "in from Yakutsk, where he had spent Tuesday, a flight of about 3,000 kilometres. "
            "His plane touched down at Sunan International Airport shortly before 3 a.m. He "
            "left Pyongyang on Wednesday evening for Hanoi.")
    journey = checked_story(text, "2024-06-19", shared_gazetteer)
    # (the landing had taken Tuesday, the day of the stay before, and come after the city)
    assert stops(journey) == ["Yakutsk", "Pyongyang Sunan International Airport", "Pyongyang",
                              "Hanoi"]
