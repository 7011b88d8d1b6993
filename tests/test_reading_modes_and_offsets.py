"""A way told for the next leg in the sentence that ends this one, figures of trips not made,
days counted from a visit, a distance gone when something happened, and a town's possessive
before a building it owns. Each once read wrong: an armoured train's leg was driven, a
flight nobody took was checked against the train, "four days later" was a return flight of
four days, a crash site was the bus's goal, and Seoul or Manhattan were no stops at all."""

from __future__ import annotations

from typing import Any

from routes.gazetteer._build import _useful_alternate
from tests.stories import checked_story

HANOI = ("Kim Jong Un arrived in Vietnam on Tuesday after a journey of some 4,000 kilometers "
         "by armored train from Pyongyang. His train pulled into Dong Dang shortly after 8 "
         "a.m., and he continued to Hanoi by car, a drive of about 170 kilometers. The trip "
         "by rail took about 60 hours.")


def test_a_way_told_after_the_next_leg_sets_off_is_that_legs(shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI, "2019-02-26", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Pyongyang", "Dong Dang", "Hanoi"]
    assert [leg.mode for leg in journey.legs] == ["rail", "road"]


def test_the_trip_by_rail_is_the_rail_legs(shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI, "2019-02-26", shared_gazetteer)
    took = next(c for c in journey.claims if c.text == "about 60 hours")
    assert (took.origin, took.destination) == ("Pyongyang", "Dong Dang")
    assert took.verdict == "consistent"


def test_words_between_the_verb_and_the_next_goal_still_set_it_off(
        shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un's armored train left Pyongyang on Saturday afternoon and passed "
            "through Nanning on Monday. Kim arrived at Dong Dang station on Tuesday morning and "
            "traveled the final 170 km to Hanoi by car.")
    journey = checked_story(text, "2019-02-26", shared_gazetteer)
    assert [leg.mode for leg in journey.legs] == ["rail", "rail", "road"]


def test_a_trip_not_made_is_no_claim(shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI + " A flight would have taken about four hours.",
                            "2019-02-26", shared_gazetteer)
    assert not [c for c in journey.claims if c.text == "about four hours"]


def test_any_such_trip_in_the_present_is_no_claim(shared_gazetteer: Any) -> None:
    text = ("The night train left Paris at 8:30 p.m. on Monday and reached Berlin at 10:30 "
            "a.m. on Tuesday. A flight between the two cities takes under two hours.")
    journey = checked_story(text, "2025-09-17", shared_gazetteer)
    assert not [c for c in journey.claims if c.text == "under two hours"]
    assert [leg.mode for leg in journey.legs] == ["rail"]


def test_days_later_after_a_visit_is_when_not_how_long(shared_gazetteer: Any) -> None:
    text = ("The pope flew to Lisbon in August, a flight of about three hours, and returned "
            "to Rome four days later.")
    journey = checked_story(text, "2023-10-02", shared_gazetteer)
    assert not [c for c in journey.claims if c.text == "four days"]
    assert [s.place.name for s in journey.stops] == ["Rome", "Lisbon", "Rome"]


def test_a_return_days_after_a_dated_flight_is_kept(shared_gazetteer: Any) -> None:
    text = "He flew from Rome to Lisbon on Tuesday and returned to Rome four days later."
    journey = checked_story(text, "2023-10-12", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Rome", "Lisbon", "Rome"]
    assert [leg.direction for leg in journey.legs] == ["outbound", "return"]


def test_days_later_after_a_leaving_dates_the_arrival(shared_gazetteer: Any) -> None:
    text = ("The cyclists set off from Land's End on April 20 and reached John o' Groats 14 "
            "days later.")
    journey = checked_story(text, "2024-05-06", shared_gazetteer)
    assert "arrived 2024-05-04" in journey.stops[-1].note


def test_a_return_hours_after_a_leaving_is_the_trips_time(shared_gazetteer: Any) -> None:
    text = "Kim left Hanoi on Saturday and returned to Pyongyang 60 hours later."
    journey = checked_story(text, "2019-03-05", shared_gazetteer)
    took = next(c for c in journey.claims if c.text == "60 hours")
    assert (took.origin, took.destination) == ("Hanoi", "Pyongyang")


def test_a_distance_gone_when_something_happened_has_no_ends(shared_gazetteer: Any) -> None:
    text = ("A bus from Nairobi to Kisumu overturned on Sunday night. The bus had left Nairobi "
            "at 6 p.m. and had covered about 90 kilometers when the driver lost control.")
    journey = checked_story(text, "2024-03-11", shared_gazetteer)
    gone = next(c for c in journey.claims if c.text == "about 90 kilometers")
    assert (gone.origin, gone.destination) == (None, None)
    assert gone.verdict == "unverifiable"


def test_a_town_owning_an_unknown_building_is_the_stop(shared_gazetteer: Any) -> None:
    text = ("They left Manhattan's Red Ball Garage at 9:15 p.m. on Thursday and arrived in "
            "Redondo Beach on Saturday afternoon, covering 2,825 miles.")
    journey = checked_story(text, "2024-08-05", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Manhattan", "Redondo Beach"]
    covered = next(c for c in journey.claims if c.text == "2,825 miles")
    assert covered.verdict == "consistent"


def test_a_goal_after_an_owned_airport_is_reached(shared_gazetteer: Any) -> None:
    text = ("Kishida flew from Tokyo's Haneda airport to Seoul on Sunday. He returned to Tokyo "
            "on Monday evening.")
    journey = checked_story(text, "2023-05-08", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Haneda Airport", "Seoul", "Tokyo"]


def test_lower_case_transliterations_are_not_names() -> None:
    assert not _useful_alternate("rome", "Lomé")
    assert not _useful_alternate("dube", "Dubai")
    assert _useful_alternate("Lome", "Lomé")
    assert _useful_alternate("Peking", "Beijing")


def test_rome_is_not_lome(shared_gazetteer: Any) -> None:
    names = {c.place.name for c in shared_gazetteer.candidates("Rome", limit=10)}
    assert "Lomé" not in names
    journey = checked_story("He flew from Rome to Lisbon on Tuesday.", "2023-10-12",
                            shared_gazetteer)
    assert not [n for n in journey.notes if "could be several places" in n]


def test_a_country_town_named_before_is_the_one_meant(shared_gazetteer: Any) -> None:
    """"the Russian port city" is Vladivostok, named in the sentence before, not Khasan,
    named later in its own sentence."""
    text = ("Kim Jong Un left Vladivostok by train on Friday. He had arrived in the Russian "
            "port city on Wednesday after a ride of about 700 kilometers from Pyongyang, "
            "crossing the border at Khasan.")
    journey = checked_story(text, "2019-04-26", shared_gazetteer)
    assert [s.place.name for s in journey.stops][-1] == "Vladivostok"
    ride = next(c for c in journey.claims if c.text == "about 700 kilometers")
    assert (ride.origin, ride.destination) == ("Pyongyang", "Vladivostok")


def test_a_country_town_with_its_name_after_is_that_town(shared_gazetteer: Any) -> None:
    text = ("Trudeau arrived in Kyiv by train on Monday morning. He had travelled overnight "
            "from the Polish city of Rzeszow, about 400 kilometres to the west.")
    journey = checked_story(text, "2025-02-24", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Rzeszow", "Kyiv"]


def test_an_undated_leaving_from_an_airport_comes_before_its_flight(
        shared_gazetteer: Any) -> None:
    text = ("Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit. "
            "Kishida flew from Tokyo's Haneda airport and landed at Seoul Air Base in "
            "Seongnam, south of the capital, shortly after noon. He returned to Tokyo on "
            "Monday evening.")
    journey = checked_story(text, "2023-05-08", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Haneda Airport", "Seongnam-si", "Seoul",
                                                     "Tokyo"]
    # the hop from the air base into the capital is driven, not flown, and not told
    assert [(leg.mode, leg.mode_told) for leg in journey.legs] == [
        ("air", True), ("road", False), ("air", True)]


def test_a_return_after_a_planned_trip_is_planned_too(shared_gazetteer: Any) -> None:
    """The return told after "will travel" was drawn Beijing - Cairo by high-speed train, and
    the planned train trip's 1,200 km was checked against it."""
    text = ("Sissi flew to Beijing on Tuesday. From Beijing he will travel to Shanghai by "
            "high-speed train, a trip of about 1,200 kilometers, before returning to Cairo on "
            "Saturday.")
    journey = checked_story(text, "2024-06-03", shared_gazetteer)
    assert "Cairo" not in [s.place.name for s in journey.stops]
    trip = next(c for c in journey.claims if c.text == "about 1,200 kilometers")
    assert (trip.origin, trip.destination) == ("Beijing", "Shanghai")


def test_a_bearing_of_where_a_trip_came_to_grief_has_no_goal(shared_gazetteer: Any) -> None:
    text = ("A bus heading from Lima to Huancayo plunged into a ravine on Sunday, about 120 "
            "kilometers east of the capital, killing 24 people.")
    journey = checked_story(text, "2023-11-20", shared_gazetteer)
    where = next(c for c in journey.claims if c.text == "about 120 kilometers")
    assert where.destination is None
    assert where.verdict == "unverifiable"


def test_a_bearing_of_a_place_reached_still_has_its_ends(shared_gazetteer: Any) -> None:
    journey = checked_story("Kim arrived in Dandong on Tuesday, about 220 km north of "
                            "Pyongyang.", "2019-01-10", shared_gazetteer)
    where = next(c for c in journey.claims if c.text == "about 220 km")
    assert (where.origin, where.destination) == ("Pyongyang", "Dandong")


def test_no_leg_sets_off_from_a_goal_not_reached(shared_gazetteer: Any) -> None:
    text = ("A China Airlines flight from Taipei to Los Angeles returned to Taoyuan airport "
            "about four hours after takeoff on Sunday because of a mechanical problem.")
    journey = checked_story(text, "2024-10-07", shared_gazetteer)
    took = next(c for c in journey.claims if c.text == "about four hours")
    assert took.origin != "Los Angeles"
    assert took.verdict != "inconsistent"
