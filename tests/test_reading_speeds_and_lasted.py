"""A speed told with no leg is judged by the vehicle of its own class its sentence names (a
maglev is no high-speed train), and "lasted" after a trip's ends and its distance told between
commas is that trip's time, not an event's. Every story here is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.checking._envelopes import envelope_for
from routes.models import Journey
from tests.stories import checked_story, claim_told


def story(text: str, gazetteer: Any, date: str = "2024-05-14") -> Journey:
    return checked_story(text, date, gazetteer)


MAGLEV = ("A maglev train on the line to Pudong International Airport reached 431 km/h on "
          "Monday. Later the delegation took a high-speed train from Shanghai to Beijing, a "
          "trip that took four and a half hours.")


def test_a_maglev_speed_is_judged_as_a_maglevs(shared_gazetteer: Any) -> None:
    c = claim_told(story(MAGLEV, shared_gazetteer), "431 km/h")
    assert c.verdict == "consistent"
    assert "maglev" in c.explanation


def test_the_journeys_train_is_still_judged_as_itself(shared_gazetteer: Any) -> None:
    j = story(MAGLEV, shared_gazetteer)
    assert [leg.vehicle for leg in j.legs] == ["high-speed train"]
    c = claim_told(j, "four and a half hours")
    assert (c.origin, c.destination, c.verdict) == ("Shanghai", "Beijing", "consistent")
    assert "high-speed train" in c.explanation


def test_a_speed_with_no_class_named_is_the_journeys_vehicles(shared_gazetteer: Any) -> None:
    # "the train" names no class: the journey's one vehicle, a Shinkansen, sets the envelope
    j = story("The Shinkansen left Tokyo at 9 a.m. and reached Osaka at 11:30 a.m. Near "
              "Nagoya the train hit 285 km/h.", shared_gazetteer)
    c = claim_told(j, "285 km/h")
    assert c.verdict == "consistent"
    assert "high-speed train" in c.explanation


def test_the_maglev_envelope_has_its_own_bounds() -> None:
    env = envelope_for("rail", "maglev")
    assert env.key == "maglev" and env.top_kmh > envelope_for("rail", "high-speed train").top_kmh


def test_lasted_after_a_distance_between_commas_is_the_trips_time(
        shared_gazetteer: Any) -> None:
    j = story("A navy ship docked in Jeddah on Monday night after crossing the Red Sea from "
              "Port Sudan. The crossing from Port Sudan to Jeddah, roughly 300 km, lasted "
              "about 12 hours.", shared_gazetteer, date="2023-04-25")
    c = claim_told(j, "about 12 hours")
    assert (c.kind, c.origin, c.destination, c.verdict) == (
        "duration", "Port Sudan", "Jeddah", "consistent")


def test_lasted_after_an_event_is_still_the_events(shared_gazetteer: Any) -> None:
    j = story("The minister flew from Madrid to Lima on Monday. Her meeting with the president "
              "in Lima lasted about two hours.", shared_gazetteer)
    assert not any(c.text == "about two hours" for c in j.claims)


def test_a_time_after_take_off_is_the_flights(shared_gazetteer: Any) -> None:
    # "landed in Bangkok ..., about 11 hours after take-off": the time the flight took, as
    # "after leaving" is
    j = story("The airliner left London Heathrow on Monday night for Singapore. It landed in "
              "Bangkok at 3:45 p.m. on Tuesday, about 11 hours after take-off.",
              shared_gazetteer, date="2024-05-21")
    c = claim_told(j, "about 11 hours")
    assert (c.kind, c.destination, c.verdict) == ("duration", "Bangkok", "consistent")


def test_where_an_accident_happened_is_no_leg(shared_gazetteer: Any) -> None:
    # "The accident happened about 12 km outside Yazd": where the bus overturned, not a leg
    # from Yazd to Mashhad (which had been 'shorter than the straight line')
    j = story("A bus carrying pilgrims overturned on Tuesday night near Yazd. The bus had set "
              "out from Larkana and was travelling to Mashhad via Taftan and Yazd. The "
              "accident happened about 12 km outside Yazd.", shared_gazetteer,
              date="2024-08-21")
    c = claim_told(j, "about 12 km")
    assert c.destination is None and c.verdict != "inconsistent"


def test_rolling_onto_a_place_reaches_it(shared_gazetteer: Any) -> None:
    j = story("The convoy rolled onto the island of Sicily at Messina on Sunday after a drive "
              "from Naples.", shared_gazetteer, date="2024-06-17")
    assert [s.place.name for s in j.stops] == ["Naples", "Messina"]


def test_a_place_left_again_is_left_by_that_leaving_s_vehicle(shared_gazetteer: Any) -> None:
    # the helicopter of "the trip from Lisbon to Fatima" is not the flight home from Lisbon
    # (which had been 'faster than a helicopter ... impossible')
    j = story("Pope Francis flew back to Rome on Sunday evening after a five-day visit to "
              "Portugal.\n\nThe pope made the 120-kilometre trip from Lisbon to Fatima by "
              "helicopter on Saturday morning and returned to Lisbon in the afternoon. The "
              "flight home to Rome took about three hours.", shared_gazetteer,
              date="2023-08-06")
    assert [(leg.origin, leg.destination, leg.vehicle) for leg in j.legs] == [
        ("Lisbon", "Fatima", "helicopter"), ("Fatima", "Lisbon", "helicopter"),
        ("Lisbon", "Rome", None)]
    c = claim_told(j, "about three hours")
    assert (c.origin, c.destination, c.verdict) == ("Lisbon", "Rome", "consistent")


def test_a_time_compared_is_no_trip_and_a_route_compared_is_the_whole(
        shared_gazetteer: Any) -> None:
    # "The 1,050-kilometre route is about two hours slower than a daytime connection with a
    # change in Frankfurt": the whole route, and a difference, not a trip Erfurt - Berlin
    j = story("The first Nightjet sleeper train from Paris arrived at Berlin Hauptbahnhof on "
              "Tuesday morning, about 14 hours after leaving Gare de l'Est on Monday evening. "
              "It called at Strasbourg, Karlsruhe, Mannheim, Frankfurt and Erfurt. The "
              "1,050-kilometre route is about two hours slower than a daytime connection with "
              "a change in Frankfurt.",
              shared_gazetteer, date="2024-02-05")
    c = claim_told(j, "1,050-kilometre route")
    assert (c.origin, c.destination, c.verdict) == ("Paris", "Berlin Hauptbahnhof",
                                                    "consistent")
    assert not any(c.text == "about two hours" for c in j.claims)


def test_a_distance_off_a_coast_is_where_not_a_leg(shared_gazetteer: Any) -> None:
    # "intercepted the aid boat about 185 km off the coast of Gaza": where it was stopped, not
    # a leg Catania - Ashdod ('shorter than the straight line')
    j = story("Israeli forces intercepted the aid boat about 185 km off the coast of Gaza early "
              "on Monday and towed it to the port of Ashdod. The boat had sailed from Catania "
              "on June 1, a voyage of about 2,000 km.", shared_gazetteer, date="2025-06-09")
    c = claim_told(j, "about 185 km")
    assert (c.origin, c.destination) == (None, None) and c.verdict == "unverifiable"
