"""Another person due somewhere, spots placed only roughly, calls told after a goal, a
journey told as having begun somewhere, a trip still ahead, and a distance compared with
another way of covering it. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops, undated_story

SUMMIT = ("North Korean leader Kim Jong Un arrived in Dong Dang on Tuesday morning after a "
          "train journey across China. Kim left Pyongyang on Saturday afternoon and travelled "
          "some 4,000 kilometres through Tianjin, Wuhan and Changsha before reaching Nanning "
          "on Monday night. From Dong Dang he was driven about 170 km to Hanoi. Trump is due "
          "to land in Hanoi on Tuesday evening after a flight of more than 20 hours from "
          "Washington.")


def test_someone_else_due_to_arrive_is_not_the_traveller(shared_gazetteer: Any) -> None:
    # (Washington had been a stop of Kim's train, and the 4,000 km had been set against
    # Washington - Nanning and called shorter than the straight line)
    journey = checked_story(SUMMIT, "2019-02-27", shared_gazetteer)
    assert "Washington" not in stops(journey)
    far = claim_told(journey, "some 4,000 kilometres")
    assert (far.origin, far.destination, far.verdict) == ("Pyongyang", "Nanning", "consistent")


EVACUATION = ("A chartered plane carrying 83 Britons from Wuhan landed at RAF Brize Norton on "
              "Friday afternoon. The flight left Wuhan Tianhe airport early on Friday and "
              "stopped to refuel in Urumqi before flying on to Britain, a journey of about 13 "
              "hours. The passengers were then taken by coach to Arrowe Park Hospital, about "
              "170 miles north, where they will stay in quarantine.")


def test_a_length_to_a_spot_placed_roughly_is_not_the_flight_before(
        shared_gazetteer: Any) -> None:
    # (the hospital, placed only at the dateline's town, is no stop; the 170 miles had been
    # set against Urumqi - Brize Norton and called shorter than the straight line)
    text = f"LONDON, Jan. 31, 2020 - {EVACUATION}"
    far = claim_told(checked_story(text, "2020-01-31", shared_gazetteer), "about 170 miles")
    assert far.destination is None
    assert far.verdict == "unverifiable"


def test_a_trip_on_to_a_country_is_to_its_stop_there(shared_gazetteer: Any) -> None:
    # (it had been Wuhan - Urumqi: the refuelling stop, not the landing in Britain)
    long = claim_told(checked_story(EVACUATION, "2020-01-31", shared_gazetteer),
                      "about 13 hours")
    assert long.destination == "RAF Brize Norton"
    assert long.verdict == "consistent"


ORIENT = ("A luxury train pulled into Istanbul's Sirkeci station on Saturday, six days after "
          "leaving Paris. The train left the Gare de l'Est on Aug. 25 and crossed the Alps to "
          "Vienna before stopping in Budapest, where passengers spent two nights, and "
          "Bucharest. The trip covers about 2,900 kilometres, a distance a modern airliner "
          "flies in just over three hours.")


def test_calls_told_after_a_goal_come_after_it(shared_gazetteer: Any) -> None:
    # (Budapest and Bucharest had taken the leaving's day and come before Vienna, and the
    # length measured over the detour was called wrong)
    journey = checked_story(ORIENT, "2024-08-31", shared_gazetteer)
    assert stops(journey)[1:4] == ["Vienna", "Budapest", "Bucharest"]
    assert claim_told(journey, "about 2,900 kilometres").verdict == "consistent"


def test_a_time_told_for_another_way_of_covering_it_is_no_claim(
        shared_gazetteer: Any) -> None:
    # (it had been the train's time, and called impossible)
    journey = checked_story(ORIENT, "2024-08-31", shared_gazetteer)
    assert not any(c.text == "just over three hours" for c in journey.claims)


KYIV = ("President Joe Biden made an unannounced visit to Kyiv on Monday, arriving by train "
        "after a journey that began in the dark hours of Sunday morning at Joint Base Andrews "
        "outside Washington. Biden flew to Ramstein Air Base in Germany, before continuing to "
        "Rzeszow in Poland. From Rzeszow he was driven to Przemysl, where he boarded a train "
        "for Kyiv. He spent about five hours in the Ukrainian capital before taking the train "
        "back to Poland and flying on to Warsaw.")


def test_a_journey_told_as_begun_somewhere_begins_there(shared_gazetteer: Any) -> None:
    # (Joint Base Andrews had taken the sentence's Monday and come last, and Warsaw had come
    # between Rzeszow and Przemysl)
    journey = checked_story(KYIV, "2023-02-21", shared_gazetteer)
    assert stops(journey) == ["Joint Base Andrews", "Ramstein Air Base", "Rzeszow", "Przemysl",
                              "Kyiv", "Warsaw"]


def test_a_vessel_named_by_its_size_is_the_one_the_traveller_is_aboard(
        shared_gazetteer: Any) -> None:
    text = ("A Swedish activist sailed into New York harbour on Wednesday after a 15-day "
            "voyage aboard a racing yacht. The 60-foot Malizia II left Plymouth in England on "
            "Aug. 14 and covered about 3,000 nautical miles. She will attend a summit in "
            "September before travelling on to Santiago, Chile, a trip of some 10,000 "
            "kilometres she plans to make by train and bus.")
    journey = checked_story(text, "2019-08-29", shared_gazetteer)
    # (Plymouth had been no stop, and both figures of the voyage unverifiable)
    assert stops(journey) == ["Plymouth", "New York City"]
    assert claim_told(journey, "about 3,000 nautical miles").verdict == "consistent"
    # a trip still ahead sets off from where the journey has brought her (it had been
    # measured from Plymouth, and called shorter than the straight line)
    ahead = claim_told(journey, "some 10,000 kilometres")
    assert (ahead.origin, ahead.destination) == ("New York City", "Santiago")
    assert ahead.verdict != "inconsistent"


def test_a_station_left_told_after_its_towns_name_is_where_the_trip_began(
        shared_gazetteer: Any) -> None:
    # (the length had had no ends: the trip began at a station placed in its town only
    # roughly, and the goal, a station never reached, was taken for where it began)
    text = ("PHILADELPHIA, May 13, 2015 - The Amtrak train that derailed in Philadelphia on "
            "Tuesday night was travelling at 106 miles per hour, investigators said.\n\n"
            "The train had left Washington's Union Station at 7:10 p.m. bound for New York's "
            "Penn Station, a trip of about 225 miles.\n\n"
            "It crashed about 11 minutes after pulling out of Philadelphia's 30th Street "
            "Station.")
    far = claim_told(undated_story(text, shared_gazetteer), "about 225 miles")
    assert (far.origin, far.destination, far.verdict) == ("Washington", "New York City",
                                                          "consistent")


def test_a_service_told_since_a_year_is_another_clause(shared_gazetteer: Any) -> None:
    text = ("Eurostar carries passengers from London St Pancras to Paris Gare du Nord in 2 "
            "hours 16 minutes. The journey to Brussels Midi takes around 2 hours, and since "
            "2018 trains have run on to Amsterdam.")
    two = claim_told(checked_story(text, "2019-11-14", shared_gazetteer), "around 2 hours")
    # (it had been measured to Amsterdam, the goal of the clause after it)
    assert two.destination != "Amsterdam"
