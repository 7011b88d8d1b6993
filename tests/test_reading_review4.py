"""A fourth review: a traveller who "took the train", trips that start or end at a station or
an airport whose city the story never names, and trains the story does not class. Every story
is constructed for the test (none is taken from an article).
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from routes.network import measure_leg
from routes.pipeline import check_articles


def checked(text: str, gazetteer: Any, date: str = "2024-05-10") -> Journey:
    from routes.reading import read_text

    return check_articles([read_text(f"date {date}\nTrip\n\n{text}\n", "constructed.txt")],
                          gazetteer=gazetteer)


def stops(j: Journey) -> list[str]:
    return [s.place.name for s in j.stops]


def verdict(j: Journey, text: str) -> tuple[str | None, str | None, str, str]:
    c = next(c for c in j.claims if c.text == text)
    return c.origin, c.destination, c.verdict, c.explanation


def test_a_name_that_took_the_train_is_the_traveller(shared_gazetteer: Any) -> None:
    # "Li Wei" is also listed as another name of Levis, Quebec (a city of 140,000)
    j = checked("Li Wei took the train from Shanghai to Nanjing on Thursday.", shared_gazetteer)
    assert j.traveller == "Li Wei"
    assert [pm.place.name for pm in j.other_places] == []
    assert stops(j) == ["Shanghai", "Nanjing"]


def test_a_place_that_took_steps_is_still_a_place(shared_gazetteer: Any) -> None:
    j = checked("Beijing took steps to cut traffic. Wang Fang flew from Beijing to Shanghai.",
                shared_gazetteer)
    assert "Beijing" in stops(j)


def test_a_trip_from_a_station_starts_there_not_in_its_city(shared_gazetteer: Any) -> None:
    j = checked("Zhang Min boarded a train at Beijing South on Thursday and rode it to "
                "Tianjin, 120 km in about 30 minutes.", shared_gazetteer)
    assert stops(j) == ["Beijing South Railway Station", "Tianjin"]
    assert [(leg.origin, leg.destination, leg.mode) for leg in j.legs] == [
        ("Beijing South Railway Station", "Tianjin", "rail")]


def test_a_flight_to_an_airport_ends_there_not_in_its_city_first(
        shared_gazetteer: Any) -> None:
    j = checked("The plane took off from Singapore and landed at Heathrow after a 13-hour "
                "flight.", shared_gazetteer)
    assert stops(j) == ["Singapore", "London Heathrow Airport"]
    origin, dest, v, _ = verdict(j, "13-hour flight")
    assert (origin, dest, v) == ("Singapore", "London Heathrow Airport", "consistent")


def test_a_figure_from_a_landmark_names_the_landmark_not_its_city(
        shared_gazetteer: Any) -> None:
    j = checked("On Friday the couple toured the Louvre. From there they were driven some "
                "20 km west to Versailles.", shared_gazetteer)
    origin, _, v, _ = verdict(j, "some 20 km")
    assert origin == "Louvre" and v == "consistent"


def test_an_unclassed_train_that_only_a_high_speed_one_could_be(
        shared_gazetteer: Any) -> None:
    j = checked("Zhang Min took the train from Beijing South to Tianjin on Thursday. The "
                "120 km ride took about 30 minutes.", shared_gazetteer)
    for text in ("120 km", "about 30 minutes"):
        _, _, v, why = verdict(j, text)
        assert v == "consistent", why
        assert "117 km" in why and "does not say which train" in why
        assert "Beijing - Tianjin intercity railway" in why


def test_a_classed_train_keeps_its_class(shared_gazetteer: Any) -> None:
    # an overnight sleeper is a conventional train: half an hour to Tianjin is not its time
    j = checked("Zhang Min took the sleeper from Beijing South to Tianjin on Thursday. The "
                "ride took about 30 minutes.", shared_gazetteer)
    _, _, v, why = verdict(j, "about 30 minutes")
    assert v == "inconsistent", why
    assert "does not say which train" not in why


def test_an_unclassed_train_too_fast_for_any_train_is_still_wrong(
        shared_gazetteer: Any) -> None:
    j = checked("Zhang Min took the train from Beijing South to Tianjin on Thursday. The "
                "ride took about 10 minutes.", shared_gazetteer)
    _, _, v, why = verdict(j, "about 10 minutes")
    assert v == "inconsistent", why


def test_the_beijing_tianjin_line_is_measured_by_its_chainage(shared_gazetteer: Any) -> None:
    south = shared_gazetteer.resolve("Beijing South Railway Station").place
    tianjin = shared_gazetteer.resolve("Tianjin").place
    fast = measure_leg(south, tianjin, "rail", vehicle="high-speed train")["rail"]
    slow = measure_leg(south, tianjin, "rail", vehicle="train")["rail"]
    assert round(fast.km, 1) == 116.9 and "intercity" in fast.source
    assert slow.km > 140  # the old line by Beijing station: 8.6 + 137 km
