"""The time to where a flight was lost, a crossing begun by pushing off, a figure a little
short of the line to a big city's centre, a hospital of a long name in its town, a landform
named after a town, a stay and a pass told after the arrival, and the pilgrims' valley of
Mina. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.checking._distance import city_reach_km
from routes.models import Place
from routes.reading._sentences import split_sentences
from tests.stories import claim_told, stops, undated_story


def test_the_time_to_where_a_flight_was_lost_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("KUALA LUMPUR, Malaysia - An airliner carrying 200 people vanished on Saturday "
            "about an hour after leaving Kuala Lumpur for Beijing.")
    hour = claim_told(undated_story(text, shared_gazetteer), "about an hour")
    # (it had been the whole flight to Beijing, and "inconsistent")
    assert (hour.origin, hour.destination, hour.verdict) == (None, None, "unverifiable")


def test_a_crossing_begun_by_pushing_off_starts_there(shared_gazetteer: Any) -> None:
    text = ("DUBLIN - Two brothers from Cardiff paddled into Dublin on Saturday, 15 hours after "
            "pushing off from the beach at Holyhead.")
    # (Holyhead had been no stop, and the brothers' home town the start)
    assert stops(undated_story(text, shared_gazetteer)) == ["Holyhead", "Dublin"]


def test_a_figure_a_little_short_of_a_big_city_s_centre_is_not_ruled_out(
        shared_gazetteer: Any) -> None:
    text = ("DUBLIN - Two brothers paddled into Dublin on Saturday, 15 hours after pushing off "
            "from Holyhead, completing a 100-kilometer crossing of the Irish Sea.")
    crossing = claim_told(undated_story(text, shared_gazetteer), "100-kilometer crossing")
    # (108 km to the centre of a city of a million had made it "inconsistent")
    assert crossing.verdict == "unverifiable"
    assert "centre of Dublin" in crossing.explanation


def test_a_city_s_reach_grows_with_its_people() -> None:
    def town(population: int) -> Place:
        return Place(id="t", name="T", lat=0.0, lon=0.0, kind="city", population=population)

    assert city_reach_km(town(20_000)) == 0.0
    assert 5.5 < city_reach_km(town(1_000_000)) < 7.0
    assert city_reach_km(town(30_000_000)) == 10.0
    assert city_reach_km(Place(id="a", name="A", lat=0.0, lon=0.0, kind="airport",
                               population=5_000_000)) == 0.0


def test_a_hospital_of_a_long_name_is_reached_in_its_town(shared_gazetteer: Any) -> None:
    text = ("OSLO - An air ambulance flew a sick fisherman from Longyearbyen to the University "
            "Hospital of North Norway in Tromso on Tuesday, a flight of about 960 kilometers. "
            "The jet then returned to Oslo.")
    journey = undated_story(text, shared_gazetteer)
    # (the town after the hospital's long name had been no goal)
    assert stops(journey) == ["Longyearbyen", "Tromso", "Oslo"]


def test_a_landform_named_after_a_town_is_no_person(shared_gazetteer: Any) -> None:
    text = ("DARWIN, Australia - The train reached Darwin on Wednesday after a journey from "
            "Adelaide, with stops in Alice Springs and Katherine. Passengers took a cruise on "
            "the Katherine Gorge during a stop of several hours in Katherine.")
    # ("Katherine Gorge" had been a person, and Katherine no place anywhere in the story)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Adelaide", "Alice Springs", "Katherine", "Darwin"]


def test_a_stay_told_after_the_arrival_is_no_trip_back(shared_gazetteer: Any) -> None:
    text = ("DARWIN, Australia - The train reached Darwin on Wednesday after a journey from "
            "Adelaide, with stops in Alice Springs and Tennant Creek. Passengers spent four "
            "hours in Alice Springs.")
    # (the stay had been a trip back from Darwin to Alice Springs)
    assert stops(undated_story(text, shared_gazetteer)) == [
        "Adelaide", "Alice Springs", "Tennant Creek", "Darwin"]


def test_the_pilgrims_valley_of_mina_is_near_mecca(shared_gazetteer: Any) -> None:
    text = ("MECCA, Saudi Arabia - More than a million pilgrims walked from Mecca to Mina, "
            "about 8 kilometers away, on Monday as the hajj began.")
    journey = undated_story(text, shared_gazetteer)
    # (Mina had been Minot, North Dakota, which GeoNames also calls Mina)
    assert stops(journey) == ["Makkah", "Mina"]
    assert claim_told(journey, "about 8 kilometers").verdict == "consistent"


def test_the_pilgrims_shrine_of_jasna_gora_is_reached(shared_gazetteer: Any) -> None:
    text = ("CZESTOCHOWA, Poland - Thousands of pilgrims arrived at the Jasna Gora monastery on "
            "Saturday after a nine-day walk of about 260 kilometers from Warsaw.")
    journey = undated_story(text, shared_gazetteer)
    # (the shrine had been unknown, and the walk had had no end)
    assert stops(journey) == ["Warsaw", "Jasna Góra Monastery"]
    assert claim_told(journey, "about 260 kilometers").verdict == "consistent"


def test_a_name_and_its_verb_after_a_clock_time_open_a_sentence() -> None:
    text = "The bus had left Humboldt around 3:45 p.m. Nipawin is about 150 km away."
    # (the name after "p.m." had been read on in the sentence of the clock time)
    assert [s.text for s in split_sentences(text)] == [
        "The bus had left Humboldt around 3:45 p.m.", "Nipawin is about 150 km away."]
    assert len(split_sentences("He left at 3 p.m. Monday and arrived at 9 p.m. EST.")) == 1

