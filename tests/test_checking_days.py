"""Trips of several days on foot or by bicycle, judged by the distance a day they imply (a
walker rests at night, so "33 days" is no round-the-clock 1 km/h); and the story reading that
gives such trips their legs: a leg walked in a story that also tells a ride, "A week later"
as when a trip began rather than how long it took, and "About 24 hours later, it arrived"."""

from __future__ import annotations

from typing import Any

import pytest

from routes.checking import envelope_for
from routes.checking._duration import describe_duration, judge_duration
from routes.checking._legs import LegMatch
from routes.checking._tolerance import duration_range
from routes.models import Claim, Measure, Place
from routes.reading._figures import find_figures
from routes.units import told_in_days
from tests.stories import checked_story, claim_told, stops


def _place(name: str, lat: float, lon: float) -> Place:
    return Place(name=name, lat=lat, lon=lon, kind="city", country="ES", source="test",
                 id=f"test:{name}")


def _duration(text: str, sentence: str = "", **where: str) -> Claim:
    """A duration claim as the reader makes it from ``sentence`` (which holds ``text``)."""
    sentence = sentence or f"The trip took {text}."
    (fig,) = [f for f in find_figures(sentence) if f.kind == "duration"]
    return Claim(kind="duration", text=text, source="t.txt", low=fig.low, high=fig.high,
                 unit=fig.unit, qualifier=fig.qualifier, sentence=sentence, **where)


def _judged(text: str, low: float, high: float, vehicle: str | None,
            sentence: str = "") -> tuple[str, str]:
    """A duration told as ``text`` over a leg measured as ``low``-``high`` km of road."""
    a, b = _place("Pamplona", 42.82, -1.64), _place("Santiago de Compostela", 42.88, -8.54)
    road = Measure(km=(low + high) / 2, kind="road", method="estimate", source="test",
                   low_km=low, high_km=high)
    geo = Measure(km=low * 0.8, kind="geodesic", method="geodesic", source="test")
    match = LegMatch(origin=a, destination=b, indices=[0],
                     measures={"road": road, "geodesic": geo})
    claim = _duration(text, sentence, origin=a.name, destination=b.name)
    verdict, why, _ = judge_duration(claim, match, "walk", envelope_for("walk", vehicle))
    return verdict, why


@pytest.mark.parametrize(("text", "days"), [
    ("33 days", True), ("a week", True), ("a 12-day trek", True), ("two months", True),
    ("36 hours", False), ("a 13-hour trip", False), ("Monday", False),
])
def test_a_time_told_in_days(text: str, days: bool) -> None:
    assert told_in_days(text) is days


def test_a_time_in_days_is_written_in_days() -> None:
    claim = _duration("33 days")
    acc = duration_range(claim)
    assert acc is not None
    assert describe_duration(acc, claim.text) == "33 days"
    hours = _duration("36 hours")
    acc = duration_range(hours)
    assert acc is not None
    assert describe_duration(acc, hours.text) == "36 h"


def test_a_pilgrim_s_month_is_a_usual_day_s_walk() -> None:
    verdict, why = _judged("33 days", 650, 820, None)
    assert verdict == "consistent"
    assert "20-25 km a day" in why
    assert "within the 10-45 km a day usual for a person on foot" in why


def test_too_much_ground_a_day_on_foot_is_inconsistent_and_beyond_any_day_s_record_impossible(
        ) -> None:
    verdict, why = _judged("five days", 650, 820, None)  # 130-164 km a day, walked
    assert verdict == "inconsistent"
    assert "more than the 10-45 km a day usual" in why
    verdict, why = _judged("two days", 1500, 1700, None)
    assert verdict == "inconsistent"
    assert "impossible" in why


def test_a_record_told_allows_more_than_usual_but_not_more_than_any_day_s_best() -> None:
    verdict, why = _judged("five days", 650, 820, "runner",
                           "She set a record, running it in five days.")
    assert verdict == "consistent"
    assert "record" in why


def test_a_slow_trip_of_days_proves_nothing_bad() -> None:
    verdict, why = _judged("60 days", 650, 820, None)  # 11-14 km a day
    assert verdict == "consistent"
    verdict, why = _judged("90 days", 650, 820, None)  # 7-9 km a day: rest days, stays
    assert verdict == "consistent"
    assert "rest days" in why
    verdict, why = _judged("180 days", 650, 820, None)  # 4 km a day: anything could explain it
    assert verdict == "unverifiable"
    assert "proves nothing" in why


def test_a_rider_s_days_are_judged_by_a_rider_s_day() -> None:
    verdict, why = _judged("five days", 580, 730, "bicycle")
    assert verdict == "consistent"
    assert "116-146 km a day" in why and "a bicycle" in why


def test_a_rider_on_horseback_is_judged_by_the_day_too() -> None:
    verdict, why = _judged("40 days", 1300, 1650, "horse")
    assert verdict == "consistent"
    assert "32-41 km a day" in why and "horseback" in why


def test_a_time_in_hours_is_still_judged_as_a_speed() -> None:
    verdict, why = _judged("36 hours", 580, 730, "bicycle")
    assert verdict == "consistent"
    assert "km/h" in why and "a day" not in why


def test_a_leg_walked_in_a_story_that_also_tells_a_ride_is_a_walker_s(
        shared_gazetteer: Any) -> None:
    text = ("Maria Lopez set off from Pamplona on foot on May 2 and reached Santiago de "
            "Compostela on June 4, a walk of about 700 kilometers that took her 33 days.\n\n"
            "She later cycled from Madrid to Lisbon, a ride of 630 kilometers, in five days.")
    journey = checked_story(text, "2026-06-20", shared_gazetteer)
    names = stops(journey)
    assert names == ["Pamplona", "Santiago de Compostela", "Madrid", "Lisbon"]
    assert journey.legs[0].vehicle is None  # walked
    assert journey.legs[-1].vehicle == "bicycle"
    walk = claim_told(journey, "33 days")
    assert walk.verdict == "consistent"
    assert "km a day usual for a person on foot" in (walk.explanation or "")
    ride = claim_told(journey, "five days")
    assert "km a day usual for a bicycle" in (ride.explanation or "")


def test_a_week_later_is_when_a_trip_began_not_how_long_it_took(shared_gazetteer: Any) -> None:
    text = ("Maria Lopez cycled from Pamplona to Madrid in May.\n\n"
            "A week later she cycled from Madrid to Lisbon, a ride of 630 kilometers, in five "
            "days.")
    journey = checked_story(text, "2026-06-20", shared_gazetteer)
    assert [c.text for c in journey.claims if c.kind == "duration"] == ["five days"]


def test_hours_later_it_arrived_is_the_time_the_trip_took_and_the_trip_back_stays(
        shared_gazetteer: Any) -> None:
    text = ("The train left Pyongyang on Sunday afternoon. About 24 hours later, it arrived "
            "in Beijing. On Thursday Kim flew back to Pyongyang.")
    journey = checked_story(text, "2026-01-24", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Beijing", "Pyongyang"]
    took = claim_told(journey, "About 24 hours")
    assert (took.origin, took.destination, took.verdict) == ("Pyongyang", "Beijing",
                                                             "consistent")


def test_finished_a_run_names_its_runner_and_its_goal(shared_gazetteer: Any) -> None:
    text = ("An ultrarunner finished a run from Cape Town to Durban on Monday, covering about "
            "1,600 kilometers in 16 days.")
    journey = checked_story(text, "2025-05-20", shared_gazetteer)
    assert stops(journey) == ["Cape Town", "Durban"]
    took = claim_told(journey, "16 days")
    assert took.verdict == "consistent" and "a runner" in (took.explanation or "")


@pytest.mark.parametrize("told", ["in just two days", "in two days"])
def test_a_time_told_after_the_distance_is_its_time(told: str, shared_gazetteer: Any) -> None:
    text = (f"A group of pilgrims walked from Siena to Rome along the Via Francigena, some 230 "
            f"kilometers, {told}, organizers said on Monday.")
    journey = checked_story(text, "2025-04-14", shared_gazetteer)
    took = claim_told(journey, "two days")
    assert (took.origin, took.destination, took.verdict) == ("Siena", "Rome", "inconsistent")
    assert "km a day" in (took.explanation or "")


def test_the_time_of_a_distance_keeps_its_ends_over_a_place_reached_after(
        shared_gazetteer: Any) -> None:
    text = ("A retired teacher cycled from Lyon to Rome, a ride of some 1,000 kilometers over "
            "the Alps, in 11 days, arriving in St. Peter's Square on Saturday.")
    journey = checked_story(text, "2025-07-28", shared_gazetteer)
    took = claim_told(journey, "11 days")
    assert (took.origin, took.destination, took.verdict) == ("Lyon", "Rome", "consistent")


def test_riding_names_the_trip_its_time_is_for(shared_gazetteer: Any) -> None:
    text = ("A German student completed a 1,100-kilometer bike ride from Berlin to Vienna on "
            "Saturday, pedaling through Dresden and Prague over eight days.")
    journey = checked_story(text, "2025-06-15", shared_gazetteer)
    took = claim_told(journey, "over eight days")
    assert (took.origin, took.destination) == ("Berlin", "Vienna")


def test_a_single_day_is_at_most_one_and_one_day_may_be_ridden_through(
        shared_gazetteer: Any) -> None:
    (fig,) = find_figures("She rode it in a single day.")
    assert (fig.text, fig.low, fig.high, fig.qualifier) == ("a single day", None, 24.0,
                                                            "within")
    text = ("A Turkish cyclist pedalled from Istanbul to Ankara, about 450 km, in a single day "
            "last week, riding for 20 hours with only short breaks.")
    journey = checked_story(text, "2025-10-02", shared_gazetteer)
    day = claim_told(journey, "a single day")
    assert day.verdict == "consistent" and "km/h" in (day.explanation or "")
    assert "agrees with 20 h" in (day.explanation or "")


def test_a_start_the_gazetteer_lacks_is_named_in_a_note(shared_gazetteer: Any) -> None:
    text = ("A British adventurer who walked the length of the Himalayas reached Kathmandu on "
            "Sunday, 110 days after setting off from the town of Taplejung in the country's "
            "east.")
    journey = checked_story(text, "2025-03-03", shared_gazetteer)
    assert any(n.startswith("'Taplejung' could not be placed") for n in journey.notes)
    quiet = checked_story("Students from Cavan Institute travelled to Dublin on Monday.",
                     "2025-03-03", shared_gazetteer)
    assert not any("Cavan Institute" in n for n in quiet.notes)


def test_an_average_told_over_days_is_the_one_kept_while_moving(shared_gazetteer: Any) -> None:
    text = ("A British man who set out from John o' Groats in April reached Land's End on "
            "Sunday, completing a journey of 1,400 kilometers that took him 47 days at an "
            "average speed of about 10 kph.")
    journey = checked_story(text, "2025-06-09", shared_gazetteer)
    speed = claim_told(journey, "about 10 kph")
    assert speed.verdict != "inconsistent"
    assert "average while moving, about 3 hours a day" in (speed.explanation or "")


def test_a_relative_s_trip_is_not_the_traveller_s_but_its_figures_are_checked(
        shared_gazetteer: Any) -> None:
    text = ("Maria Lopez set off from Pamplona on foot on May 2 and reached Santiago de "
            "Compostela on June 4, a walk of about 700 kilometers that took her 33 days.\n\n"
            "A week later her brother cycled from Madrid to Lisbon, a ride of 630 kilometers, "
            "in five days.")
    journey = checked_story(text, "2026-06-20", shared_gazetteer)
    assert stops(journey) == ["Pamplona", "Santiago de Compostela"]
    ride = claim_told(journey, "five days")
    assert ride.verdict == "consistent" and "a bicycle" in (ride.explanation or "")


def test_the_cli_shows_a_time_told_in_days_in_days(shared_gazetteer: Any) -> None:
    from cli.render import check_markdown

    text = ("Maria Lopez set off from Pamplona on foot on May 2 and reached Santiago de "
            "Compostela on June 4, a walk of about 700 kilometers that took her 33 days.")
    table = check_markdown(checked_story(text, "2026-06-20", shared_gazetteer))
    row = next(line for line in table.splitlines() if line.startswith("| 33 days |"))
    assert "| 33 days | consistent |" in row and "792" not in row


def test_the_map_states_a_time_told_in_days_in_days() -> None:
    from routes.mapping._text import stated

    walk = _duration("33 days")
    assert stated(walk) == "33 days"
    assert stated(_duration("36 hours")) == "36 h"
    from routes.mapping._text import claim_label

    walk.implied_speed_kmh = (650 / 792, 820 / 792)
    assert claim_label(walk).endswith("implies 20–25 km a day")


@pytest.mark.parametrize(("sentence", "low", "high"), [
    # after a place, or opening the sentence: the days it took, not more than them
    ("They rode from Tbilisi to Batumi on the Black Sea over four days.", 96.0, 96.0),
    ("After walking from Saint-Jean-Pied-de-Port over 33 days, they reached Santiago.",
     792.0, 792.0),
    ("Over three days, the convoy crossed the desert.", 72.0, 72.0),
    # the object of "took", or after "of": more than
    ("The trip took over eight days.", 192.0, None),
    ("It took Kim over 20 hours.", 20.0, None),
    ("It was a journey of over 20 hours.", 20.0, None),
])
def test_over_after_a_place_is_during(sentence: str, low: float, high: float | None) -> None:
    (fig,) = [f for f in find_figures(sentence) if f.kind == "duration"]
    assert (fig.low, fig.high) == (low, high)
