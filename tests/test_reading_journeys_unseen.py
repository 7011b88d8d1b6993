"""Journeys told the way other stories tell them: a summit tour by air, a papal visit, a trip
dated by weekdays. Each story here is constructed for the test; none comes from the seeds,
which the reader was first built on.
"""

from __future__ import annotations

import math
from typing import Any

import pytest

from routes.checking import check_journey, envelope_for
from routes.checking._duration import judge_duration
from routes.checking._legs import LegMatch
from routes.models import Claim, Journey, Place
from routes.network import measure_journey
from routes.network._estimates import geodesic_measure
from routes.reading import read_story, read_text

SUMMIT_TOUR = (
    "Summit tour\n\n"
    "President Joe Biden flew from Washington to the British seaside resort of St Ives in "
    "Cornwall on Wednesday for the G7 summit, a trip of roughly 5,600 km.\n"
    "After three days in Cornwall he travelled to Brussels for a NATO summit, then on to "
    "Geneva, where he met Vladimir Putin at the Villa La Grange.\n"
    "The Swiss city is about 150 miles from Milan. Biden returned to Washington late that "
    "night, an eight-hour flight.\n"
)

PAPAL_VISIT = (
    "Pope visits Iraq\n\n"
    "Pope Francis arrived in the Iraqi capital on Friday for a three-day visit, flying about "
    "2,950 kilometres from Rome in a little over four hours.\n"
    "On Saturday he flew to Najaf, about 160 kilometers south of Baghdad, to meet Grand "
    "Ayatollah Ali al-Sistani, and later travelled to Nasiriyah.\n"
    "On Sunday the pope visited Erbil and Mosul in the north. He left for Rome on Monday.\n"
)


def story(text: str, gazetteer: Any) -> Journey:
    return read_story([read_text(text, "constructed.txt")], gazetteer)


def claim(journey: Journey, text: str) -> Claim:
    return next(c for c in journey.claims if c.text == text)


@pytest.fixture(scope="module")
def summit(shared_gazetteer: Any) -> Journey:
    return story(SUMMIT_TOUR, shared_gazetteer)


@pytest.fixture(scope="module")
def papal(shared_gazetteer: Any) -> Journey:
    return story(PAPAL_VISIT, shared_gazetteer)


def test_a_goal_named_after_what_it_is_and_the_places_then_on(summit: Journey) -> None:
    assert [s.place.name for s in summit.stops] == [
        "Washington", "St Ives", "Brussels", "Geneva", "Washington"]


def test_each_figure_measures_the_leg_it_is_told_with(summit: Journey) -> None:
    first = claim(summit, "roughly 5,600 km")
    assert (first.origin, first.destination) == ("Washington", "St Ives")
    swiss = claim(summit, "about 150 miles")  # "The Swiss city is ... from Milan"
    assert {swiss.origin, swiss.destination} == {"Milan", "Geneva"}
    home = claim(summit, "eight-hour flight")  # "returned to Washington, an eight-hour flight"
    assert (home.origin, home.destination) == ("Geneva", "Washington")


def test_days_spent_somewhere_are_a_stay_not_a_travel_time(summit: Journey) -> None:
    assert all(c.text != "three days" for c in summit.claims)
    assert any(e.kind == "stay" and e.text == "three days" for e in summit.events)


def test_a_town_called_by_its_country(summit: Journey) -> None:
    geneva = next(pm for pm in summit.places if pm.place.name == "Geneva")
    assert "The Swiss city" in geneva.mentions


def test_no_notes_on_names_the_story_set_aside(summit: Journey, papal: Journey) -> None:
    for journey in (summit, papal):
        assert not [n for n in journey.notes if "'NATO'" in n or "'Grange'" in n
                    or "'Grand'" in n]


def test_a_papal_visit(papal: Journey) -> None:
    # the place flown from comes first; "the pope" is the traveller, named "Pope Francis";
    # places listed after one verb share it
    assert [s.place.name for s in papal.stops] == [
        "Rome", "Baghdad", "Najaf", "Nasiriyah", "Erbil", "Mosul", "Rome"]


def test_a_distance_south_of_a_city(papal: Journey) -> None:
    najaf = claim(papal, "about 160 kilometers")
    assert {najaf.origin, najaf.destination} == {"Baghdad", "Najaf"}


def test_a_single_name_that_travels_is_the_traveller(shared_gazetteer: Any) -> None:
    j = story("Merkel flew from Berlin to Brussels.\nShe then travelled to Paris.\n"
              "Merkel returned to Berlin.\n", shared_gazetteer)
    assert j.traveller == "Merkel"
    assert [s.place.name for s in j.stops] == ["Berlin", "Brussels", "Paris", "Berlin"]


@pytest.mark.parametrize("opening", ["Officials flew", "Police drove"])
def test_a_common_word_that_travels_is_no_traveller(opening: str,
                                                    shared_gazetteer: Any) -> None:
    j = story(f"{opening} from Berlin to Brussels on Monday.", shared_gazetteer)
    assert j.traveller != opening.split()[0]


def test_a_dated_return_is_a_new_visit(shared_gazetteer: Any) -> None:
    j = story("date 2021-06-17\nMerkel flew from Berlin to Brussels on Monday.\n"
              "On Wednesday she travelled to Geneva.\nMerkel returned to Berlin on Thursday.\n",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Berlin", "Brussels", "Geneva", "Berlin"]


def test_an_open_ended_time_with_no_measure_for_the_mode_says_so() -> None:
    rome = Place("Rome", 41.89, 12.51, "city", "IT", id="t:rome")
    baghdad = Place("Baghdad", 33.34, 44.40, "city", "IQ", id="t:baghdad")
    match = LegMatch([0], rome, baghdad, {"geodesic": geodesic_measure(rome, baghdad)})
    c = Claim(kind="duration", text="over four hours", source="x", low=4.0, high=None,
              unit="h", qualifier="over")
    verdict, text, _ = judge_duration(c, match, "air", envelope_for("air"))
    assert verdict == "unverifiable"
    assert "no lower bound" in text and "0 km/h" not in text
    assert not math.isnan(len(text))


FERRY = (
    "The ferry MV Aurora left Helsinki at 10 a.m. on Friday bound for Stockholm, a crossing of "
    "about 400 kilometres that normally takes 17 hours.\n"
    "The vessel ran aground late on Friday night. The ship was towed to Turku on Sunday.\n"
)

ROAD_TRIP = (
    "Retired teacher Linda Barnes drove her 1965 Mustang from Boston to Los Angeles in nine "
    "days, covering 3,000 miles.\nShe stopped in Chicago, Denver and Las Vegas along the way.\n"
    "Barnes said the longest day was the 800-mile stretch from Denver to Las Vegas, which took "
    "13 hours.\n"
)

TWO_NATION_TOUR = (
    "date 2019-06-28\n"
    "Prime Minister Narendra Modi left New Delhi on Tuesday for a tour of Japan and the United "
    "States.\nModi landed in Tokyo after a seven-hour flight.\n"
    "He then flew on to Washington, a distance of about 10,900 km, arriving on Thursday "
    "evening.\n"
)


def test_a_ferry_is_a_ship_on_the_sea_and_its_name_no_place(shared_gazetteer: Any) -> None:
    j = story(FERRY, shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Helsinki", "Stockholm", "Turku"]
    assert {leg.mode for leg in j.legs} == {"sea"}
    assert "Aurora" not in {pm.place.name for pm in [*j.places, *j.other_places]}
    assert {c.text for c in j.claims} >= {"about 400 kilometres", "17 hours"}


def test_stops_along_the_way_come_before_the_goal(shared_gazetteer: Any) -> None:
    j = story(ROAD_TRIP, shared_gazetteer)
    assert [s.place.name for s in j.stops] == [
        "Boston", "Chicago", "Denver", "Las Vegas", "Los Angeles"]
    days = claim(j, "nine days")  # "drove ... in nine days": a travel time
    assert (days.origin, days.destination, days.kind) == ("Boston", "Los Angeles", "duration")
    took = claim(j, "13 hours")  # "which took 13 hours"
    assert (took.origin, took.destination) == ("Denver", "Las Vegas")


def test_an_undated_visit_sits_where_its_article_tells_it(shared_gazetteer: Any) -> None:
    j = story(TWO_NATION_TOUR, shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["New Delhi", "Tokyo", "Washington"]
    flight = claim(j, "seven-hour flight")
    assert (flight.origin, flight.destination) == ("New Delhi", "Tokyo")
    check_journey(measure_journey(j))
    # 7 h is quick for the distance; the verdict and its wording must not disagree
    assert flight.verdict == "consistent" and "within" in flight.explanation
    assert "faster than" not in flight.explanation or "within reach" in flight.explanation
    assert any(n == "Tokyo: no time stated; placed where its article tells it" for n in j.notes)


def test_weekdays_without_a_date_say_how_to_anchor_them(shared_gazetteer: Any) -> None:
    j = story(TWO_NATION_TOUR.removeprefix("date 2019-06-28\n"), shared_gazetteer)
    assert any("date YYYY-MM-DD" in n for n in j.notes)
    assert not any(n.startswith("no times stated") for n in j.notes)


STATE_VISIT = (
    "date 2023-03-22\n"
    "Chinese President Xi Jinping arrived in Moscow on Monday for a three-day state visit.\n"
    "Xi's plane landed at Vnukovo airport at about 1 p.m. local time after a flight of some "
    "5,800 kilometers from Beijing.\n"
)


def test_the_landing_time_is_not_the_time_the_place_left_was_left(
        shared_gazetteer: Any) -> None:
    j = story(STATE_VISIT, shared_gazetteer)
    # (the city after the airport its arrival was told at, on that day)
    assert [s.place.name for s in j.stops] == ["Beijing", "Vnukovo International Airport",
                                                "Moscow"]
    beijing = j.stops[0]
    assert beijing.depart is None  # 1 p.m. is Moscow's clock and the landing's
    flight = claim(j, "some 5,800 kilometers")
    assert (flight.origin, flight.destination) == ("Beijing", "Moscow")


def test_hours_and_minutes_are_one_duration() -> None:
    from routes.reading._figures import find_figures

    figs = find_figures("The train covers the 495 km journey in two hours and 16 minutes.")
    assert [(f.text, round(f.low or 0, 2)) for f in figs] == [
        ("495 km", 495.0), ("two hours and 16 minutes", 2.27)]
    # two durations of the same size are two figures, not one
    assert len(find_figures("It took two hours and three hours.")) == 2


def test_passengers_are_the_travelling_party(shared_gazetteer: Any) -> None:
    j = story("date 2024-05-10\nPassengers left Lyon on Thursday for Marseille.\n",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Lyon", "Marseille"]


TRAIN_TO_VIETNAM = (
    "date 2019-02-26\n"
    "DONG DANG, Vietnam (AP) - The North Korean leader Kim Jong Un reached the border town of "
    "Dong Dang on Tuesday morning after a train journey of more than 60 hours through China.\n"
    "His armoured train left Pyongyang on Saturday afternoon and crossed into China at Dandong "
    "that night, then rolled south through Wuhan and Nanning.\n"
    "From Dong Dang, Kim drove about 170 kilometers to Hanoi by car. The rail journey covered "
    "some 4,000 kilometers.\n"
)


@pytest.fixture(scope="module")
def vietnam(shared_gazetteer: Any) -> Journey:
    return check_journey(measure_journey(story(TRAIN_TO_VIETNAM, shared_gazetteer)))


def test_a_lede_figure_is_the_whole_trip_so_far(vietnam: Journey) -> None:
    first, last = vietnam.stops[0].place.name, vietnam.stops[-2].place
    lede = claim(vietnam, "more than 60 hours")
    assert (lede.origin, lede.destination) == (first, last.name) == ("Pyongyang", last.name)
    assert last.country == "VN"
    # open-ended: "more than 60 h" bounds the speed from above only
    assert "at most" in lede.explanation and lede.verdict == "consistent"


def test_a_sentence_opening_from_a_place_leaves_it_and_the_car_leg_is_by_road(
        vietnam: Journey) -> None:
    assert vietnam.stops[-1].place.name == "Hanoi"
    assert vietnam.legs[-1].mode == "road" and vietnam.legs[0].mode == "rail"
    car = claim(vietnam, "about 170 kilometers")
    assert car.destination == "Hanoi" and car.verdict == "consistent"


def test_the_whole_rail_journey_runs_from_the_first_stop_to_the_last_by_rail(
        vietnam: Journey) -> None:
    whole = claim(vietnam, "some 4,000 kilometers")
    assert whole.origin == "Pyongyang" and whole.destination == vietnam.stops[-2].place.name
    assert whole.verdict == "consistent"


EUROSTAR = (
    "date 2024-05-10\n"
    "Passengers on the 8:01 a.m. Eurostar from London St Pancras to Paris Gare du Nord were "
    "stuck for five hours on Thursday after a power failure near Lille.\n"
    "The train, which normally covers the 495 km journey in two hours and 16 minutes, finally "
    "reached Paris at 3:40 p.m.\n"
)


def test_a_named_service_from_one_station_to_another(shared_gazetteer: Any) -> None:
    j = story(EUROSTAR, shared_gazetteer)
    names = [s.place.name for s in j.stops]
    assert names.index("London St Pancras International") < names.index("Paris")
    pancras = next(s for s in j.stops if s.place.name == "London St Pancras International")
    nord = next(s for s in j.stops if s.place.name == "Paris Gare du Nord")
    # 8:01 is the departure's clock time, not the arrival's; 3:40 p.m. is Thursday's too
    assert pancras.depart is not None and pancras.depart.hour == 8
    assert nord.arrive is None
    paris = next(s for s in j.stops if s.place.name == "Paris")
    assert paris.arrive is not None and (paris.arrive.day, paris.arrive.hour) == (9, 15)


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("He arrived at King's Cross station on Monday.", "King's Cross station",
     "London King's Cross"),
    ("Police closed King's Lynn station.", "King's Lynn", "King's Lynn"),
    ("He arrived at Waterloo station on Monday.", "Waterloo station", "London Waterloo"),
    ("Crowds filled Howrah station.", "Howrah station", "Howrah railway station"),
])
def test_names_with_a_possessive_or_a_lower_case_station(text: str, surface: str, name: str,
                                                       shared_gazetteer: Any) -> None:
    j = story(text, shared_gazetteer)
    found = {m: pm.place.name for pm in [*j.places, *j.other_places] for m in pm.mentions}
    assert found.get(surface) == name


def test_a_possessive_of_a_town_stays_the_town(shared_gazetteer: Any) -> None:
    j = story("Beijing's Great Hall of the People was closed; London's mayor spoke.",
              shared_gazetteer)
    found = {m: pm.place.name for pm in [*j.places, *j.other_places] for m in pm.mentions}
    assert found["Beijing"] == "Beijing" and found["London"] == "London"


def test_a_race_stage_from_one_town_to_another(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(
        "date 2023-07-08\nJasper Philipsen won Friday's stage of the race, a flat "
        "170-kilometre run from Mont-de-Marsan to Bordeaux, in just under four hours.\n",
        shared_gazetteer)))
    assert [s.place.name for s in j.stops] == ["Mont-de-Marsan", "Bordeaux"]
    run = claim(j, "170-kilometre run")
    # longer than the estimated road distance, as a stage may be: not ruled out
    assert run.verdict == "unverifiable" and "winds" in run.explanation
    time = claim(j, "just under four hours")
    assert time.explanation.startswith("Just under 4 h over")


def test_an_airliner_is_the_traveller(shared_gazetteer: Any) -> None:
    j = story("A Qantas Boeing 787 flew non-stop from Perth to London, covering 14,498 "
              "kilometres in 17 hours and 20 minutes.", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Perth", "London"]
    assert {c.text for c in j.claims} == {"14,498 kilometres", "17 hours and 20 minutes"}


def test_a_border_town_crossed_into_and_a_list_of_later_visits(shared_gazetteer: Any) -> None:
    j = story("date 2023-09-13\nKim Jong Un's armoured train crossed into Russia at the border "
              "town of Khasan early on Tuesday.\nThe train then travelled some 1,000 miles north "
              "to the Vostochny Cosmodrome.\nKim later visited Komsomolsk-on-Amur and "
              "Vladivostok.\n", shared_gazetteer)
    names = [s.place.name for s in j.stops]
    assert names[0] == "Khasan" and "Kazan" not in names  # not Kazan, once so called
    # two undated visits keep the order they are told in
    assert names.index("Komsomolsk-on-Amur") < names.index("Vladivostok")
    miles = claim(j, "some 1,000 miles")
    assert miles.origin == "Khasan"


def test_each_place_takes_the_clock_time_told_after_it(shared_gazetteer: Any) -> None:
    j = story("date 2024-03-02\nA new Shinkansen service left Tokyo at 6 a.m. on Friday and "
              "reached Osaka at 8:15 a.m., covering 515 km.\n", shared_gazetteer)
    tokyo, osaka = j.stops
    assert tokyo.depart is not None and (tokyo.depart.hour, tokyo.depart.minute) == (6, 0)
    assert osaka.arrive is not None and (osaka.arrive.hour, osaka.arrive.minute) == (8, 15)
    assert osaka.arrive.day == tokyo.depart.day == 1


def test_a_boat_brought_to_a_towns_port(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(
        "date 2022-08-20\nA boat carrying 60 migrants left Sfax in Tunisia on Tuesday night "
        "after dark. After a crossing of some 190 kilometres the coast guard brought the "
        "passengers to Lampedusa's port on Wednesday.\n", shared_gazetteer)))
    assert [s.place.name for s in j.stops] == ["Sfax", "Lampedusa"]
    assert j.legs[0].mode == "sea"
    assert claim(j, "some 190 kilometres").verdict == "consistent"


def test_a_station_named_like_a_towns_alternate_name(shared_gazetteer: Any) -> None:
    j = story("The train pulled into Union Station in Chicago on Monday.", shared_gazetteer)
    found = {m: pm.place.name for pm in [*j.places, *j.other_places] for m in pm.mentions}
    assert found["Union Station"] == "Chicago Union Station"


def test_another_travellers_sentence_is_not_the_travellers(shared_gazetteer: Any) -> None:
    j = story("date 2018-06-14\nNorth Korean leader Kim Jong Un flew into Singapore on Sunday, "
              "a flight of about 4,700 kilometers from Pyongyang.\nTrump arrived later on Sunday "
              "after an 18-hour trip from Washington, where he had signed a bill.\nKim left "
              "Singapore late Tuesday and returned to Pyongyang on Wednesday.\n", shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Pyongyang", "Singapore", "Pyongyang"]


def test_a_high_speed_service_is_judged_as_one(shared_gazetteer: Any) -> None:
    j = check_journey(measure_journey(story(
        "date 2024-03-02\nA Shinkansen service left Tokyo at 6 a.m. on Friday and reached Osaka "
        "at 8:15 a.m.\nThe train hit a top speed of 320 km/h near Nagoya.\n", shared_gazetteer)))
    assert j.legs[0].vehicle == "shinkansen"
    speed = claim(j, "320 km/h")  # told with no leg: the journey's one vehicle
    assert speed.verdict == "consistent" and "high-speed train" in speed.explanation


def test_the_place_left_before_the_sentences_event_gets_no_time_of_it(
        shared_gazetteer: Any) -> None:
    j = story("date 2023-09-13\nKim Jong Un's armoured train crossed into Russia at the border "
              "town of Khasan early on Tuesday, about 20 hours after leaving Pyongyang.\n",
              shared_gazetteer)
    assert [s.place.name for s in j.stops] == ["Pyongyang", "Khasan"]
    assert j.stops[0].depart is None  # "early on Tuesday" is the crossing, not the leaving
