"""A trip that changes trains: each leg is judged with the train its own clause names (a
Eurostar to Paris, a sleeper on to Venice), not with one service named anywhere in the story;
a time of days over several legs holds the stays between them; "a day train" is a kind of
train, not a day; and a day told with the place reached ("on Wednesday after a day in New
York") is that place's, with the stay before it a stop. Every story here is constructed for
the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from routes.reading._figures import find_figures
from tests.stories import checked_story, claim_told


def story(text: str, gazetteer: Any, date: str = "2023-10-09") -> Journey:
    return checked_story(text, date, gazetteer)


OVERLAND = ("Our reporter reached Istanbul by train on Monday morning, five days after "
            "leaving London on the Eurostar.\n\n"
            "She changed in Paris for an overnight sleeper from Paris to Venice, and stayed a "
            "night there. From Venice she rode a day train to Zagreb and then to Belgrade.\n\n"
            "The last leg, from Belgrade to Istanbul by way of Sofia, took 22 hours.")


def test_each_leg_takes_the_train_its_own_clause_names(shared_gazetteer: Any) -> None:
    j = story(OVERLAND, shared_gazetteer)
    assert [(leg.origin, leg.destination, leg.vehicle) for leg in j.legs] == [
        ("London", "Paris", "eurostar"),
        ("Paris", "Venice", "sleeper"),
        ("Venice", "Zagreb", "train"),
        ("Zagreb", "Belgrade", "train"),
        ("Belgrade", "Sofia", "train"),
        ("Sofia", "Istanbul", "train"),
    ]


def test_a_leg_the_high_speed_service_does_not_run_is_judged_as_a_train(
        shared_gazetteer: Any) -> None:
    # 22 h for about 1,000 km of Balkan railway is slow but ordinary; as a Eurostar it had
    # been "far below the 120-320 km/h usual for a high-speed train"
    c = claim_told(story(OVERLAND, shared_gazetteer), "22 hours")
    assert (c.origin, c.destination, c.verdict) == ("Belgrade", "Istanbul", "consistent")
    assert "conventional passenger train" in c.explanation


def test_a_day_train_is_no_length_of_time(shared_gazetteer: Any) -> None:
    j = story(OVERLAND, shared_gazetteer)
    assert not any(c.text == "a day" for c in j.claims)
    assert [f.text for f in find_figures("From Venice she rode a day train to Zagreb.")] == []
    assert [f.text for f in find_figures("They went on a day trip to Oxford.")] == []
    assert [f.text for f in find_figures("a day-return ticket to Bath")] == []
    # a length told before the same nouns still is one
    assert [f.text for f in find_figures("a three-day trip to Oxford")] == ["three-day"]
    assert [f.text for f in find_figures("She spent a day in Venice.")] == ["a day"]


def test_days_over_several_legs_hold_the_stays_between_them(shared_gazetteer: Any) -> None:
    c = claim_told(story(OVERLAND, shared_gazetteer), "five days")
    assert (c.origin, c.destination, c.verdict) == ("London", "Istanbul", "unverifiable")
    assert "the stops between them can explain that" in c.explanation


def test_days_for_one_leg_by_train_are_still_too_slow(shared_gazetteer: Any) -> None:
    j = story("The train left Paris on Monday and reached Lyon four days later, on Friday. "
              "The trip took four days.", shared_gazetteer)
    c = claim_told(j, "four days")
    assert (c.origin, c.destination, c.verdict) == ("Paris", "Lyon", "inconsistent")


def test_one_service_named_once_is_the_storys_train(shared_gazetteer: Any) -> None:
    # no other train named: the Eurostar named with one leg is the train of every leg
    j = story("The Eurostar left London on Monday morning and called at Brussels before "
              "reaching Amsterdam in the afternoon.", shared_gazetteer)
    assert [leg.vehicle for leg in j.legs] == ["eurostar", "eurostar"]


def test_a_day_told_with_the_place_reached_is_its_own(shared_gazetteer: Any) -> None:
    j = story("The prime minister arrived in Washington on Wednesday after a day in New York, "
              "where he met business leaders.", shared_gazetteer, date="2023-06-22")
    assert [s.place.name for s in j.stops] == ["New York City", "Washington"]
    reached = next(c for c in j.claims if c.kind == "time" and c.text == "Wednesday")
    assert (reached.event, reached.destination) == ("arrival", "Washington")
    assert reached.time is not None and reached.time.day == 21
