"""A fifth review: the lede's traveller, trips told from where they began after the arrival,
and 24-hour clock times. Every story is constructed for the test (none is taken from an
article).
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from routes.reading._dates import sentence_time
from tests.test_reading_review4 import checked, stops


def verdict(j: Journey, text: str) -> tuple[str | None, str | None, str]:
    c = next(c for c in j.claims if c.text == text)
    return c.origin, c.destination, c.verdict


def test_the_lede_s_traveller_is_the_one_the_story_follows(shared_gazetteer: Any) -> None:
    j = checked("Kim Jong Un arrived in Singapore on Sunday, ahead of his summit with Donald "
                "Trump. Trump arrived later that evening after flying from Quebec. Trump "
                "will leave on Tuesday.", shared_gazetteer, date="2018-06-10")
    assert j.traveller == "Kim Jong Un"


def test_a_flight_told_from_where_it_began_after_the_arrival(shared_gazetteer: Any) -> None:
    j = checked("Kim Jong Un arrived in Singapore on Sunday afternoon. The flight from "
                "Pyongyang's Sunan airport covered about 4,700 km and took roughly six and a "
                "half hours.", shared_gazetteer, date="2018-06-10")
    assert stops(j) == ["Pyongyang Sunan International Airport", "Singapore"]
    assert verdict(j, "about 4,700 km")[2] == "consistent"
    k = checked("The pope landed at Baghdad International Airport on Friday after a flight "
                "from Rome's Fiumicino airport. A news agency put the flight at 5,000 km.",
                shared_gazetteer)
    assert stops(k)[-1] == "Baghdad International Airport" and len(k.stops) == 2
    assert verdict(k, "5,000 km")[2] == "inconsistent"  # about 2,950 km in a straight line


def test_24_hour_clock_times_are_read() -> None:
    for text, hour in (("left Chicago at 14:00 on Friday", 14.0),
                       ("berthed at 07.30 local time", 7.5), ("at 21:00 GMT", 21.0)):
        assert sentence_time(text, None, None).hour == hour, text
    for text in ("won 3:1 at home", "a 14.5 km walk", "at 10.5 per cent"):
        assert sentence_time(text, None, None).hour is None, text


def test_a_trip_timed_in_24_hour_clock(shared_gazetteer: Any) -> None:
    j = checked("The ferry left Piraeus at 21:00 on Saturday and berthed in Heraklion at 07.30 "
                "local time on Sunday.", shared_gazetteer, date="2024-01-14")
    came = j.stops[-1].arrive
    assert came is not None and (came.hour, came.minute) == (7, 30)
    assert all(c.verdict != "inconsistent" for c in j.claims)


def test_a_site_named_with_its_lower_case_kind(shared_gazetteer: Any) -> None:
    j = checked("The train travelled from Khasan to the Vostochny cosmodrome in about 32 hours.",
                shared_gazetteer)
    assert stops(j) == ["Khasan", "Vostochny Cosmodrome"]  # not the town in the Caucasus
    assert verdict(j, "about 32 hours")[2] != "inconsistent"


def test_a_procession_between_two_landmarks_walks(shared_gazetteer: Any) -> None:
    j = checked("The procession moved from Westminster Abbey to Wellington Arch at Hyde Park "
                "Corner, a distance of about 2.5 km that took roughly 45 minutes.",
                shared_gazetteer)
    assert stops(j) == ["Westminster Abbey", "Wellington Arch"]
    assert [leg.mode for leg in j.legs] == ["walk"]
    assert verdict(j, "roughly 45 minutes")[2] == "consistent"


def test_a_figure_a_little_short_of_a_site_s_point_is_not_called_wrong(
        shared_gazetteer: Any) -> None:
    j = checked("The procession moved from Westminster Abbey to Hyde Park, about 2.5 km.",
                shared_gazetteer)
    assert verdict(j, "about 2.5 km")[2] == "unverifiable"  # Hyde Park is 2.5 km across


def test_slow_aircraft_and_dog_sleds_have_their_own_pace(shared_gazetteer: Any) -> None:
    j = checked("The solar plane flew from Nagoya to Honolulu in 118 hours, at an average speed "
                "of about 61 km/h.", shared_gazetteer)
    assert [c.verdict for c in j.claims if c.kind in ("duration", "speed")] == [
        "consistent", "consistent"]
    k = checked("The musher's dog team left Willow on Sunday and reached Nome nine days later, "
                "at an average of about 4.6 miles per hour.", shared_gazetteer)
    assert all(c.verdict != "inconsistent" for c in k.claims)


def test_a_side_trip_there_was_time_for_is_no_leg(shared_gazetteer: Any) -> None:
    j = checked("The ship left Barcelona on Saturday and reached Marseille on Sunday. Passengers "
                "had about ten hours ashore, enough for a coach trip to Aix-en-Provence some "
                "30 km away.", shared_gazetteer, date="2024-05-27")
    assert stops(j) == ["Barcelona", "Marseille"]
    assert [c.text for c in j.claims if c.kind in ("distance", "duration")] == []


def test_a_tour_told_day_by_day_in_one_sentence(shared_gazetteer: Any) -> None:
    j = checked("The King drove from Balmoral to Inverness on Monday. On Tuesday he went on to "
                "Aberdeen, and on Wednesday the royal car took him south to Dundee.",
                shared_gazetteer, date="2024-07-04")
    assert stops(j)[-2:] == ["Aberdeen", "Dundee"]


def test_named_vehicles_and_untold_modes(shared_gazetteer: Any) -> None:
    j = checked("The C-17 took off from Kabul on Friday. After a flight of about three and a "
                "half hours it landed at Al Udeid air base outside Doha.", shared_gazetteer)
    assert stops(j) == ["Kabul", "Al Udeid Air Base"]
    k = checked("The California Zephyr pulled out of Chicago Union Station on Friday and "
                "rolled into Emeryville on Sunday.", shared_gazetteer, date="2024-03-17")
    assert stops(k) == ["Chicago Union Station", "Emeryville"]
    # the lexicon knows the train by its name, so a slow arrival is no error
    assert (k.legs[0].mode, k.legs[0].mode_told) == ("rail", True)
    assert all(c.verdict != "inconsistent" for c in k.claims)
    # a vehicle no word names: the mode is guessed (a flight), so a late arrival is no error
    u = checked("The Southern Belle pulled out of Kansas City on Friday and rolled into New "
                "Orleans on Sunday.", shared_gazetteer, date="2024-03-17")
    assert not u.legs[0].mode_told
    assert all(c.verdict != "inconsistent" for c in u.claims)
    w = checked("We flew from Kathmandu to Pokhara on Monday.", shared_gazetteer)
    assert stops(w) == ["Kathmandu", "Pokhara"]


def test_goals_a_train_was_only_bound_for(shared_gazetteer: Any) -> None:
    j = checked("The train left Chicago on Friday bound for Seattle and Portland. On Saturday "
                "it derailed near Joplin, Montana. The train never reached the Pacific coast: "
                "passengers were taken by bus to Shelby.", shared_gazetteer, date="2024-03-17")
    assert "Seattle" not in stops(j) and "Portland" not in stops(j)


def test_a_flight_that_lasted_is_a_travel_time(shared_gazetteer: Any) -> None:
    j = checked("The solar plane landed in Honolulu on Friday, ending a non-stop flight from "
                "Nagoya that lasted 117 hours and 52 minutes.", shared_gazetteer)
    assert verdict(j, "117 hours and 52 minutes")[2] == "consistent"


def test_a_late_arrival_told_only_by_days_proves_nothing(shared_gazetteer: Any) -> None:
    # Pyongyang - Khasan is off the curated corridors: 570-811 km of estimated rail, at most
    # 27 h for the armoured train, so Tuesday fits and Thursday is late by days
    fits = checked("His armoured train left Pyongyang on Sunday and reached Khasan on Tuesday.",
                   shared_gazetteer, date="2023-09-13")
    arrival = next(c for c in fits.claims if c.kind == "time" and c.destination == "Khasan")
    assert arrival.verdict == "consistent" and "570-811 km" in arrival.explanation
    j = checked("His armoured train left Pyongyang on Sunday and reached Khasan on Thursday.",
                shared_gazetteer, date="2023-09-13")
    arrival = next(c for c in j.claims if c.kind == "time" and c.destination == "Khasan")
    assert arrival.verdict == "unverifiable" and "halts" in arrival.explanation
    early = checked("The train left Moscow on Monday and reached Vladivostok on Tuesday.",
                    shared_gazetteer, date="2024-03-13")
    assert any(c.verdict == "inconsistent" for c in early.claims if c.kind == "time")


def test_a_height_is_no_distance(shared_gazetteer: Any) -> None:
    j = checked("The solar plane flew from Nagoya to Honolulu, climbing to an altitude of 8,600 "
                "metres by day.", shared_gazetteer)
    assert [c.text for c in j.claims if c.kind == "distance"] == []


def test_where_a_crash_happened_is_no_leg(shared_gazetteer: Any) -> None:
    j = checked("The bus left Lima at 22:00 on Monday for Huancayo. It left the road at about "
                "03:30, some 20 km west of La Oroya, the nearest town.", shared_gazetteer)
    assert verdict(j, "some 20 km")[2] == "unverifiable"


def test_a_night_train_told_through_the_night(shared_gazetteer: Any) -> None:
    j = checked("The first Nightjet sleeper from Vienna to Paris left Vienna at 7:40 p.m. on "
                "Monday. It called at Linz and Salzburg and crossed into Germany before "
                "midnight. It stopped in Munich and Stuttgart during the night and reached "
                "Strasbourg at dawn. The train pulled into Paris at 9:45 a.m. on Tuesday. The "
                "route is about 1,400 km long.", shared_gazetteer, date="2021-12-14")
    assert stops(j) == ["Vienna", "Linz", "Salzburg", "Munich", "Stuttgart", "Strasbourg",
                        "Paris"]
    assert verdict(j, "about 1,400 km")[:2] == ("Vienna", "Paris")
    assert all(c.verdict != "inconsistent" for c in j.claims)


def test_parts_of_the_day_at_its_edges() -> None:
    for text, hour in (("reached Strasbourg at dawn", 6.0), ("in the small hours", 2.0),
                       ("stopped in Munich during the night", 2.0), ("at sunset", 18.5),
                       ("left in the evening", 19.0)):
        assert sentence_time(text, None, None).hour == hour, text


def test_a_named_vehicle_is_it_and_a_lede_s_title_comes_before_the_name(
        shared_gazetteer: Any) -> None:
    j = checked("Amtrak's California Zephyr pulled out of Chicago Union Station at 14:00 on "
                "Friday. The train reached Denver early on Saturday morning. After a second "
                "night it called at Reno on Sunday morning. It finally rolled into Emeryville "
                "at about 16:10 on Sunday.", shared_gazetteer, date="2024-03-17")
    assert stops(j) == ["Chicago Union Station", "Denver", "Reno", "Emeryville"]
    k = checked("North Korean leader Kim Jong Un arrived in Vladivostok on Wednesday for talks "
                "with Vladimir Putin. Putin was waiting at the station.", shared_gazetteer)
    assert k.traveller == "Kim Jong Un"


def test_a_distance_from_the_border_runs_from_the_crossing(shared_gazetteer: Any) -> None:
    j = checked("Kim Jong Un arrived at the Vostochny cosmodrome on Wednesday afternoon. His "
                "train had left Pyongyang on Sunday and crossed into Russia at the border "
                "station of Khasan at about 06:00 on Tuesday. The train covered roughly 1,600 "
                "km from the border in about 32 hours.", shared_gazetteer, date="2023-09-13")
    assert stops(j) == ["Pyongyang", "Khasan Railway Station", "Vostochny Cosmodrome"]
    for text in ("roughly 1,600 km", "about 32 hours"):
        assert verdict(j, text)[1] == "Vostochny Cosmodrome"
    assert verdict(j, "roughly 1,600 km")[2] == "consistent"


def test_a_clock_after_a_port_s_apposition_is_the_port_s(shared_gazetteer: Any) -> None:
    j = checked("The cruise ship sailed on to Genoa, arriving on Monday morning, and then spent "
                "Tuesday at sea before docking at Civitavecchia, the port for Rome, at 07:00 on "
                "Wednesday.", shared_gazetteer, date="2024-05-30")
    came = j.stops[-1].arrive or j.stops[-1].depart
    assert j.stops[-1].place.name == "Civitavecchia"
    assert came is not None and (came.day, came.hour) == (29, 7)


def test_an_average_against_the_trip_s_figures_told_apart(shared_gazetteer: Any) -> None:
    j = checked("The solar plane flew from Nagoya to Honolulu. It covered 7,212 km at an "
                "average speed of about 95 km/h, climbing to 8,600 metres by day. The flight "
                "lasted 117 hours and 52 minutes.", shared_gazetteer)
    assert [c.text for c in j.claims if c.kind == "distance"] == ["7,212 km"]  # no height
    _, _, v = verdict(j, "about 95 km/h")
    assert v == "inconsistent"  # 7,212 km in 117.9 h is about 61 km/h


def test_a_long_flight_from_an_airport_named_with_its_city(shared_gazetteer: Any) -> None:
    j = checked("The pope landed at Baghdad International Airport at 14:00 on Friday after a "
                "flight of about four and a half hours from Rome's Fiumicino airport.",
                shared_gazetteer)
    assert len(j.stops) == 2 and j.stops[-1].place.name == "Baghdad International Airport"


def test_a_halfway_town_told_after_the_goal_lies_on_the_way(shared_gazetteer: Any) -> None:
    j = checked("He ran from Athens to Sparta, 246 km, in 22 hours and 40 minutes. He reached "
                "Corinth, about 80 km from the start, in just over six hours.", shared_gazetteer)
    assert stops(j) == ["Athens", "Corinth", "Sparta"]
    assert verdict(j, "about 80 km") == ("Athens", "Corinth", "consistent")
