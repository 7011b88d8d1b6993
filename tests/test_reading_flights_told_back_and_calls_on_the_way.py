"""A stop told before the leaving that led to it, a goal gone on to after another, a place
with its old name beside it, a vessel's length, a call told "on the way", and a route's calls
told after its figures. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops


def test_a_stop_told_before_the_leaving_that_led_to_it(shared_gazetteer: Any) -> None:
    text = ("President Joe Biden stopped at Joint Base Elmendorf-Richardson in Anchorage on "
            "Monday on his way home from Vietnam. Air Force One had left Hanoi on Monday "
            "afternoon local time and flew about 9,500 km across the Pacific to Alaska. Biden "
            "then flew on to Washington, another 5,400 km.")
    journey = checked_story(text, "2023-09-11", shared_gazetteer)
    # (the base, told first with its day alone, had come before Hanoi: both lengths were set
    # against Hanoi - Washington and called shorter than the straight line)
    assert stops(journey) == ["Hanoi", "Joint Base Elmendorf-Richardson", "Washington"]
    assert claim_told(journey, "5,400 km").verdict == "consistent"


def test_a_goal_gone_on_to_after_another_comes_after_it(shared_gazetteer: Any) -> None:
    text = ("Pope Leo XIV flew from Rome to Ankara on Thursday, a flight of about two and a half "
            "hours, before travelling on to Istanbul in the evening. On Friday he took a "
            "helicopter to Iznik, the ancient Nicaea, about 130 km southeast of Istanbul.")
    journey = checked_story(text, "2025-11-28", shared_gazetteer)
    # (Istanbul had been reached before Ankara, set off from Rome)
    assert stops(journey) == ["Rome", "Ankara", "Istanbul", "Iznik"]
    # (the 130 km had been told of "Nicaea", a name the gazetteer lacks: no end)
    far = claim_told(journey, "about 130 km")
    assert (far.origin, far.destination) == ("Istanbul", "Iznik")


SHIP = ("The world's largest container ship docked at Felixstowe on Monday after a voyage of "
        "40 days from the Chinese port of Yantian. The 400-metre vessel sailed through the "
        "Strait of Malacca and the Suez Canal, calling at Rotterdam on the way, a voyage of "
        "about 20,000 kilometres.")


def test_a_vessels_length_is_no_leg(shared_gazetteer: Any) -> None:
    journey = checked_story(SHIP, "2021-08-30", shared_gazetteer)
    assert not any(c.text == "400-metre" for c in journey.claims)


def test_a_voyage_told_with_a_call_on_the_way_is_the_whole_voyage(
        shared_gazetteer: Any) -> None:
    # (it had been Rotterdam - Felixstowe, and called wrong)
    voyage = claim_told(checked_story(SHIP, "2021-08-30", shared_gazetteer),
                        "about 20,000 kilometres")
    assert (voyage.origin, voyage.destination, voyage.verdict) == ("Yantian", "Felixstowe",
                                                                   "consistent")


def test_a_routes_calls_told_after_its_figures_are_on_it(shared_gazetteer: Any) -> None:
    text = ("The Vande Bharat Express between New Delhi and Varanasi completed five years of "
            "service on Thursday. The train covers the 771 km in about eight hours, with stops "
            "at Kanpur and Prayagraj.")
    journey = checked_story(text, "2024-02-15", shared_gazetteer)
    # (the figures had had no ends)
    far = claim_told(journey, "771 km")
    assert (far.origin, far.destination, far.verdict) == ("New Delhi", "Varanasi", "consistent")


def test_hours_and_minutes_told_as_one_compound(shared_gazetteer: Any) -> None:
    text = ("A Boeing 787 landed in Sydney on Sunday morning after a 19-hour, 16-minute "
            "non-stop flight from New York.")
    journey = checked_story(text, "2019-10-20", shared_gazetteer)
    # (the 16 minutes had been a flight time of their own, and called impossible)
    assert [c.text for c in journey.claims if c.kind == "duration"] == ["19-hour, 16-minute"]
    assert claim_told(journey, "19-hour, 16-minute").verdict == "consistent"


def test_a_detours_length_has_no_ends_told(shared_gazetteer: Any) -> None:
    text = ("The convoy left Jasper late on Monday night. With the highway east closed, it was "
            "sent west and then north through Grande Prairie, a detour of about 1,000 km, and "
            "reached Edmonton on Tuesday.")
    journey = checked_story(text, "2024-07-24", shared_gazetteer)
    # (it had been set against Grande Prairie - Edmonton and called wrong)
    assert claim_told(journey, "about 1,000 km").verdict == "unverifiable"
