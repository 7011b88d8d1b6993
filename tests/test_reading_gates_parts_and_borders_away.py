"""An arrival told by its city and then by its airport ("arrived in Havana on Sunday", then
"Air Force One touched down at Jose Marti International Airport"), a train whose other
carriages go on elsewhere, a party told as "the group", and a border told "some 1,100 miles
away". Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops, undated_story


def test_a_city_arrival_then_told_at_its_airport_is_one_arrival(shared_gazetteer: Any) -> None:
    # (the airport had been a stop after Havana, reached from it by road)
    text = ("HAVANA (AP) - President Barack Obama arrived in Havana on Sunday afternoon, the "
            "first sitting U.S. president to visit Cuba in 88 years.\n\n"
            "Air Force One touched down at Jose Marti International Airport after a flight of "
            "about three hours from Washington.")
    # (the city drawn after its airport, as when the story gives the days)
    j = undated_story(text, shared_gazetteer)
    assert stops(j) == ["Washington", "Jose Marti International Airport", "Havana"]
    assert [leg.mode for leg in j.legs] == ["air", "road"]


def test_carriages_going_on_elsewhere_are_not_the_trip(shared_gazetteer: Any) -> None:
    text = ("The Caledonian Sleeper left London Euston at 11:45 p.m. on Sunday and pulled into "
            "Inverness at 8:40 a.m. on Monday. The train splits at Edinburgh in the early "
            "hours, with carriages going on to Aberdeen and Fort William.")
    assert stops(checked_story(text, "2024-05-06", shared_gazetteer)) == [
        "London Euston", "Inverness"]


MIGRANTS = ("TAPACHULA, Mexico (AP) - About 3,000 migrants set out on foot from Tapachula on "
            "Monday, heading north toward the U.S. border, some 1,100 miles (1,770 kilometers) "
            "away.\n\n"
            "By Wednesday the group had reached Huixtla, about 40 kilometers (25 miles) up the "
            "highway, and rested there.")


def test_the_group_reached_a_town(shared_gazetteer: Any) -> None:
    assert stops(checked_story(MIGRANTS, "2023-10-05", shared_gazetteer)) == [
        "Tapachula", "Huixtla"]


def test_how_far_a_border_lies_is_no_leg(shared_gazetteer: Any) -> None:
    # (with Huixtla reached, the 1,100 miles were measured to it and called wrong)
    far = claim_told(checked_story(MIGRANTS, "2023-10-05", shared_gazetteer),
                     "some 1,100 miles (1,770 kilometers)")
    assert (far.origin, far.destination, far.verdict) == (None, None, "unverifiable")


def test_a_base_landed_at_in_the_arrival_sentence_is_where_the_city_was_reached(
        shared_gazetteer: Any) -> None:
    # (Washington had been the first stop, then Seoul, then the base)
    text = ("SEOUL (Yonhap) - President Yoon Suk Yeol arrived in Washington on Monday for a "
            "six-day state visit, landing at Joint Base Andrews after a 13-hour flight from "
            "Seoul.")
    j = undated_story(text, shared_gazetteer)
    assert stops(j) == ["Seoul", "Joint Base Andrews"]
    assert claim_told(j, "13-hour flight").verdict == "consistent"


def test_a_stretch_of_track_told_by_its_length_is_no_leg(shared_gazetteer: Any) -> None:
    # (it had been measured from Sydney to Perth and called shorter than the straight line)
    text = ("The Indian Pacific left Sydney on Sunday afternoon and arrived in Perth on "
            "Wednesday morning, having crossed the Nullarbor Plain, where the track runs dead "
            "straight for 478 kilometres.")
    part = claim_told(checked_story(text, "2024-05-09", shared_gazetteer), "478 kilometres")
    assert (part.origin, part.destination, part.verdict) == (None, None, "unverifiable")


def test_a_ride_from_a_border_no_stop_is_at_has_no_start(shared_gazetteer: Any) -> None:
    # (the ten hours had been measured from Berlin, where the trip began)
    text = ("The chancellor left Berlin on Thursday for Kyiv. He travelled overnight by train "
            "from the Polish border, a journey of about 10 hours.")
    ride = claim_told(checked_story(text, "2024-05-10", shared_gazetteer), "about 10 hours")
    assert ride.origin is None and ride.verdict == "unverifiable"
