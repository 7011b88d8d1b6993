"""A flight lost on the way never reached the place it was bound for ("bound for Beijing ...
vanished from radar", "bound for London's Gatwick airport crashed shortly after taking off"),
though the figures told of the flight it was to make are still checked; and a round trip by
rail passes on the way out, in the order of the way, what its return passes ("crossed into
Russia at Khasan ... on to Vladivostok ... before heading home": Vladivostok after Khasan, not
between Pyongyang and the border). Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


def test_a_flight_that_vanished_never_reached_its_goal(shared_gazetteer: Any) -> None:
    text = ("Malaysia Airlines flight MH370 took off from Kuala Lumpur at 12:41 a.m. on "
            "Saturday, bound for Beijing, a flight of about 4,400 kilometres. It vanished from "
            "radar less than an hour later over the South China Sea.")
    j = story(text, shared_gazetteer, "2014-03-08")
    assert stops(j) == ["Kuala Lumpur"]
    planned = claim_told(j, "about 4,400 kilometres")
    assert (planned.destination, planned.verdict) == ("Beijing", "consistent")


def test_an_airport_a_flight_that_crashed_was_bound_for_is_no_stop(
        shared_gazetteer: Any) -> None:
    text = ("An Air India Boeing 787 bound for London's Gatwick airport crashed shortly after "
            "taking off from Ahmedabad on Thursday. The flight was scheduled to cover about "
            "6,900 kilometres.")
    j = story(text, shared_gazetteer, "2025-06-12")
    assert stops(j) == ["Ahmedabad"]


def test_a_place_the_rail_return_passes_goes_where_it_lies_on_the_way_out(
        shared_gazetteer: Any) -> None:
    text = ("On Sept. 10, Kim Jong Un left Pyongyang aboard his armoured train. On Sept. 12, "
            "the train crossed into Russia at Khasan, and on Sept. 13 it reached the Vostochny "
            "Cosmodrome, where Kim met Vladimir Putin. Kim then travelled to Komsomolsk-on-Amur "
            "on Sept. 15 and on to Vladivostok on Sept. 16, before heading home on Sept. 17.")
    j = story(text, shared_gazetteer, "2023-09-18")
    names = stops(j)
    assert names[:3] == ["Pyongyang", "Khasan", "Vladivostok"]
    assert names[-2:] == ["Vladivostok", "Pyongyang"]
