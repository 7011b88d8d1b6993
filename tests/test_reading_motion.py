"""Verbs of motion around a place mention (routes.reading._motion): which place is left, which
is the goal, on constructed sentences, and the journey they give with the real gazetteer."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from routes.models import Journey
from routes.reading import read_story, read_text
from routes.reading._motion import motion_role


def _read(text: str, gazetteer: Any) -> Journey:
    """A constructed story of one paragraph under a title, read with the real gazetteer."""
    return read_story([read_text("A story\n\n" + text, "constructed.txt")], gazetteer)


def _role(sentence: str, name: str, others: tuple[str, ...] = ()) -> str | None:
    spans = [(sentence.index(o), sentence.index(o) + len(o)) for o in others]
    return motion_role(sentence, sentence.index(name), landmark=False, blockers=spans)


@pytest.mark.parametrize(
    ("sentence", "name", "others", "role"),
    [
        ("She flew from London to Brussels on Monday.", "London", ("Brussels",), "depart"),
        ("She flew from London to Brussels on Monday.", "Brussels", ("London",), "goal"),
        ("The team drove from Leeds and then on to York.", "York", ("Leeds",), "goal"),
        ("He took a flight from Berlin to Paris.", "Paris", ("Berlin",), "goal"),
        ("He returned from Paris on Tuesday.", "Paris", (), "depart"),
        ("He landed after a flight of about 15,000 kilometres from Lima.", "Lima", (),
         "depart"),
        ("He returned to Paris on Tuesday.", "Paris", (), "visit"),
        ("The train left Pyongyang for Beijing.", "Beijing", ("Pyongyang",), "goal"),
        # a stop-over between the source and the goal: the goal lies past it
        ("She flew from London via Paris to Rome.", "Rome", ("London", "Paris"), "goal"),
        ("She flew from London via Paris to Rome.", "Paris", ("London",), "pass"),
        # two places between the verb and the goal, neither a stop-over: no guess
        ("She flew from London and Paris to Rome.", "Rome", ("London", "Paris"), None),
        # places listed after one verb share it; past another place outside a list, no role
        ("She visited London and Brussels.", "Brussels", ("London",), "visit"),
        ("He toured Dandong, Shenyang and Dalian.", "Dalian", ("Dandong", "Shenyang"),
         "visit"),
        ("She flew to Rome and Milan.", "Milan", ("Rome",), "goal"),
        ("She visited London to meet envoys of Brussels.", "Brussels", ("London",), None),
        # no verb of motion
        ("Talks in London went well.", "London", (), None),
    ],
)
def test_source_and_goal_of_a_motion(sentence: str, name: str, others: tuple[str, ...],
                                     role: str | None) -> None:
    assert _role(sentence, name, others) == role


@given(st.text(max_size=80), st.sampled_from(["London", "Brussels"]))
def test_motion_role_never_raises(prefix: str, name: str) -> None:
    sentence = f"{prefix} from London to Brussels"
    motion_role(sentence, sentence.rindex(name), landmark=False,
                blockers=[(sentence.rindex("London"), sentence.rindex("London") + 6)])


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("Angela Merkel flew from Berlin to Brussels on Monday for talks.",
         ["Berlin", "Brussels"]),
        ("Angela Merkel took a flight from Berlin to Paris on Monday.", ["Berlin", "Paris"]),
        ("Angela Merkel met Emmanuel Macron in Paris on Monday.", []),
        # no dates: the stops in the order the story tells them, a return included
        ("Angela Merkel flew from Berlin to Brussels on Monday for talks. Merkel returned to "
         "Berlin on Tuesday.", ["Berlin", "Brussels", "Berlin"]),
        ("Angela Merkel flew from Berlin to Brussels. Later Merkel flew from Brussels to Paris.",
         ["Berlin", "Brussels", "Paris"]),
        # the arrival told first, the place left after it: the place left comes first
        ("Angela Merkel arrived in Brussels on Monday after a flight of about 600 kilometres "
         "from Berlin.", ["Berlin", "Brussels"]),
    ],
)
def test_a_trip_from_one_place_to_another_is_a_journey(text: str, stops: list[str],
                                                        shared_gazetteer: Any) -> None:
    journey = _read(text, shared_gazetteer)
    assert [s.place.name for s in journey.stops] == stops


def test_undated_stops_say_how_they_were_ordered(shared_gazetteer: Any) -> None:
    journey = _read("Angela Merkel flew from Berlin to Brussels.", shared_gazetteer)
    assert any("order the story tells them" in n for n in journey.notes)


@pytest.mark.parametrize("pronoun", ["She", "They", "The couple"])
def test_any_pronoun_or_party_word_speaks_of_the_traveller(pronoun: str,
                                                          shared_gazetteer: Any) -> None:
    text = (f"Dana Reyes left Lisbon on Monday. {pronoun} flew about 1,500 kilometres to "
            "Paris.")
    journey = _read(text, shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Lisbon", "Paris"]


def test_a_figure_belongs_to_the_goal_it_is_told_with(shared_gazetteer: Any) -> None:
    text = ("Dana Reyes left London on Tuesday. She flew about 17,000 kilometres to Sydney "
            "before travelling on to Melbourne.")
    journey = _read(text, shared_gazetteer)
    (claim,) = [c for c in journey.claims if c.unit == "km"]
    assert (claim.origin, claim.destination) == ("London", "Sydney")


def test_a_figure_set_off_after_a_goal_is_that_goals(shared_gazetteer: Any) -> None:
    text = ("Dana Reyes left London on Tuesday. She flew to Sydney, a trip of some 22 hours, "
            "before travelling on to Melbourne.")
    journey = _read(text, shared_gazetteer)
    (claim,) = [c for c in journey.claims if c.unit == "h"]
    assert (claim.origin, claim.destination) == ("London", "Sydney")

