"""Constructed trips in the manner of wire copy: a route told as a standing fact, a ferry's
arrival told before its leaving, days told as "that evening" or only at the arrival, a border
walked across, and legs whose own sentences name their vehicle. Each once read wrong."""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Claim, Journey
from routes.reading import read_story, read_text
from routes.reading._figures import find_figures
from routes.reading._sentences import split_sentences


def _read(text: str, day: str, gazetteer: Any) -> Journey:
    return read_story([read_text(f"date {day}\nA trip\n\n{text}\n", "t.txt")], gazetteer)


def _claim(journey: Journey, text: str) -> Claim:
    return next(c for c in journey.claims if c.text == text)


@pytest.mark.parametrize("text", [
    "The train travels at 60 km/h. Kim later went on to Tokyo.",
    "The winner ran 100 m. Then he left.",
])
def test_a_unit_s_last_letter_ends_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_an_initial_still_does_not_end_a_sentence() -> None:
    assert len(split_sentences("George W. Bush met him in Crawford.")) == 1


@pytest.mark.parametrize(("text", "low", "high"), [
    ("no more than 60 km/h", None, 60.0),
    ("not more than 500 km", None, 500.0),
    ("no longer than 3 hours", None, 3.0),
    ("no less than 30 hours", 30.0, None),
    ("no fewer than 5 km", 5.0, None),
    ("more than 60 km/h", 60.0, None),
])
def test_a_denied_bound_is_the_other_bound(text: str, low: float | None,
                                           high: float | None) -> None:
    (fig,) = find_figures(f"The train runs at {text} on this line.")
    assert (fig.text, fig.low, fig.high) == (text, low, high)


def test_a_route_told_as_a_standing_fact_is_no_stop_but_names_its_figure_s_ends(
        shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un crossed into Russia on Tuesday aboard his armoured train, arriving at "
            "the border station of Khasan before heading north toward Vladivostok. The train "
            "left Pyongyang on Sunday afternoon. The trip from Pyongyang to Vladivostok is "
            "about 1,180 kilometres by rail. Kim later went on to the Vostochny Cosmodrome.")
    journey = _read(text, "2023-09-12", shared_gazetteer)
    names = [s.place.name for s in journey.stops]
    assert names[:2] == ["Pyongyang", "Khasan Railway Station"]
    assert names.index("Vladivostok") > 1
    claim = _claim(journey, "about 1,180 kilometres")
    assert (claim.origin, claim.destination) == ("Pyongyang", "Vladivostok")


def test_a_ferry_s_leaving_told_after_its_arrival_goes_first(shared_gazetteer: Any) -> None:
    text = ("The overnight ferry from Helsinki docked in Stockholm at 9:30 a.m. on Thursday "
            "after a crossing of about 17 hours. The ship left Helsinki at 5 p.m. the previous "
            "day and called at Mariehamn in the Aland Islands shortly after 4 a.m.")
    journey = _read(text, "2024-05-02", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Helsinki", "Mariehamn", "Stockholm"]
    left = journey.stops[0].depart
    assert left is not None and (left.day, left.hour) == (1, 17)


def test_that_evening_and_a_day_told_only_at_the_arrival(shared_gazetteer: Any) -> None:
    text = ("The Rocky Mountaineer left Vancouver on Monday morning and reached Kamloops, about "
            "350 kilometres to the northeast, that evening. On Tuesday the train climbed over "
            "the Rockies to arrive in Banff, a further 490 kilometres, after about nine hours "
            "on the rails.")
    journey = _read(text, "2024-11-06", shared_gazetteer)
    stops = {s.place.name: s for s in journey.stops}
    kamloops = stops["Kamloops"].arrive
    assert kamloops is not None and kamloops.day == 4 and kamloops.hour >= 17
    assert "arrived 2024-11-05" in stops["Banff"].note  # the day, its hour untold
    nine = _claim(journey, "about nine hours")
    assert (nine.kind, nine.origin, nine.destination) == ("duration", "Kamloops", "Banff")


def test_a_border_walked_across_after_a_drive_told_in_the_past_perfect(
        shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un walked across the military demarcation line at Panmunjom on Friday "
            "morning to meet Moon Jae-in. Kim had travelled by car from Pyongyang, about 200 "
            "kilometres to the north, in a motorcade that took roughly two and a half hours.")
    journey = _read(text, "2018-04-27", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Pyongyang",
                                                     "Panmunjom Joint Security Area"]
    assert [leg.mode for leg in journey.legs] == ["road"]  # the drive, not the last steps
    claim = _claim(journey, "about 200 kilometres")
    assert claim.origin == "Pyongyang"


def test_a_helicopter_is_the_vehicle_of_its_own_leg_only(shared_gazetteer: Any) -> None:
    text = ("Donald Trump flew by helicopter from Seoul to the Demilitarized Zone on Sunday and "
            "stepped into North Korea at Panmunjom to meet Kim. Trump had arrived in Seoul "
            "from Osaka, Japan, on Saturday evening.")
    journey = _read(text, "2019-06-30", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Osaka", "Seoul",
                                                     "Panmunjom Joint Security Area"]
    assert [(leg.mode, leg.vehicle) for leg in journey.legs] == [("air", None),
                                                                 ("air", "helicopter")]


def test_a_return_told_with_its_own_hour_is_a_visit_of_its_own(shared_gazetteer: Any) -> None:
    # every place here is a goal: the return's own "in the afternoon" places it after Fatima
    text = ("Pope Francis flew from Rome to Lisbon on Wednesday. On Saturday he travelled by "
            "helicopter to the shrine at Fatima before returning to Lisbon in the afternoon. He "
            "flew back to Rome on Sunday evening.")
    journey = _read(text, "2023-08-07", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Rome", "Lisbon", "Fatima", "Lisbon",
                                                     "Rome"]


def test_wading_ashore_is_an_arrival(shared_gazetteer: Any) -> None:
    text = ("The swimmer set off from Dover at 6 a.m. on Sunday and waded ashore near Cap "
            "Gris-Nez in France at about 4:30 p.m., completing the 33-kilometre crossing.")
    journey = _read(text, "2024-08-12", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Dover", "Cap Gris-Nez"]
    assert _claim(journey, "33-kilometre crossing").destination == "Cap Gris-Nez"


def test_a_city_an_oblast_is_named_after_and_a_trip_to_a_list(shared_gazetteer: Any) -> None:
    # "Mykolaiv" beside Kherson is the city (the oblast's name is only its other spelling);
    # "the trip to Mykolaiv and Odesa" goes on to the last place listed
    text = ("Thousands of people fled Kherson by bus on Saturday, making the 200-kilometre trip "
            "to Mykolaiv and Odesa. The buses left the city at dawn and reached Mykolaiv, about "
            "60 kilometres to the west, by midday.")
    journey = _read(text, "2022-10-09", shared_gazetteer)
    names = [s.place.name for s in journey.stops]
    assert names[:2] == ["Kherson", "Mykolaiv"]
    assert journey.stops[1].place.kind == "city"
    trip = _claim(journey, "200-kilometre trip")
    assert (trip.origin, trip.destination) == ("Kherson", "Odesa")


def test_the_following_weekday_is_after_the_story_s_day(shared_gazetteer: Any) -> None:
    text = ("Passengers on the Trans-Siberian spend about six days on the train between Moscow "
            "and Vladivostok. The train leaves Moscow's Yaroslavsky station late on Monday "
            "night and reaches Yekaterinburg on Wednesday morning. It then passes through "
            "Novosibirsk and Irkutsk before arriving in Vladivostok the following Sunday.")
    journey = _read(text, "2025-01-15", shared_gazetteer)
    names = [s.place.name for s in journey.stops]
    assert names[0] == "Yaroslavsky Station" and names[-1] == "Vladivostok"
    sunday = _claim(journey, "Sunday")
    assert sunday.time is not None and sunday.time.date().isoformat() == "2025-01-19"
    six = _claim(journey, "about six days")  # the time aboard, a duration of the trip
    assert (six.kind, six.destination) == ("duration", "Vladivostok")


def test_a_halt_short_of_a_place_is_no_leg_to_it(shared_gazetteer: Any) -> None:
    text = ("A convoy of fighters drove north from Rostov-on-Don on Saturday, covering roughly "
            "800 kilometres before halting about 200 kilometres from Moscow.")
    journey = _read(text, "2023-06-25", shared_gazetteer)
    halt = _claim(journey, "about 200 kilometres")  # where it stopped: no leg to check
    assert (halt.origin, halt.destination) == (None, None)
    covered = _claim(journey, "roughly 800 kilometres")
    assert covered.origin == "Rostov-on-Don" and covered.destination != "Moscow"


def test_a_round_trip_of_single_calls_goes_out_before_it_comes_back(
        shared_gazetteer: Any) -> None:
    # every stop is told once: the start is not the trip's main stop, so the legs out are
    # outbound and only the way home is the return
    text = ("Prime Minister Narendra Modi left New Delhi on Tuesday for a two-nation tour. He "
            "flew first to Abu Dhabi. On Wednesday he travelled on to Doha, before returning to "
            "New Delhi on Thursday.")
    journey = _read(text, "2024-02-23", shared_gazetteer)
    assert [(leg.destination, leg.direction) for leg in journey.legs] == [
        ("Abu Dhabi", "outbound"), ("Doha", "outbound"), ("New Delhi", "return")]


def test_a_refuelling_stop_told_again_is_one_stop_and_the_second_leg_starts_there(
        shared_gazetteer: Any) -> None:
    text = ("Anthony Albanese flew from Sydney to London via Singapore on Thursday, a journey of "
            "about 22 hours. The jet stopped in Singapore for refuelling before continuing the "
            "10,900-kilometre second leg to London's Stansted airport.")
    journey = _read(text, "2024-11-02", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Sydney", "Singapore",
                                                     "London Stansted Airport"]
    second = _claim(journey, "10,900-kilometre")
    assert second.origin == "Singapore"


def test_overnight_stops_on_a_road_trip_lie_before_its_goal(shared_gazetteer: Any) -> None:
    text = ("A retired teacher drove 2,800 miles from New York to Los Angeles in five days, "
            "stopping overnight in Columbus, St. Louis, Oklahoma City and Albuquerque. She left "
            "Manhattan on Monday morning and pulled into Santa Monica on Friday afternoon.")
    journey = _read(text, "2023-10-01", shared_gazetteer)
    names = [s.place.name for s in journey.stops]
    assert names.index("Albuquerque") < names.index("Los Angeles")
    assert names[1:5] == ["Columbus", "St. Louis", "Oklahoma City", "Albuquerque"]


def test_the_same_day_across_the_date_line(shared_gazetteer: Any) -> None:
    text = ("The flight left Tokyo's Haneda airport at 10:05 p.m. on Sunday and landed in "
            "Honolulu at 10:35 a.m. the same day, local time, after about seven and a half "
            "hours.")
    journey = _read(text, "2023-12-31", shared_gazetteer)
    landed = journey.stops[-1].arrive
    assert landed is not None and (landed.day, landed.hour) == (31, 10)


def test_back_to_the_country_the_trip_began_in_is_back_at_its_start(
        shared_gazetteer: Any) -> None:
    text = ("Emmanuel Macron flew from Paris to Beijing on Monday for talks. He returned to "
            "France on Friday.")
    journey = _read(text, "2024-04-20", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Paris", "Beijing", "Paris"]


def test_a_strait_sailed_to_is_a_stop_but_one_crossed_is_not(shared_gazetteer: Any) -> None:
    sailed = _read("The container ship left Singapore on Dec. 20 and sailed about 3,600 "
                   "nautical miles to the Bab el-Mandeb strait, where it came under attack.",
                   "2024-01-10", shared_gazetteer)
    assert [s.place.name for s in sailed.stops] == ["Singapore", "Bab el-Mandeb"]
    crossed = _read("The ferry left Eminonu on Monday and crossed the Bosphorus to Kadikoy.",
                    "2024-01-10", shared_gazetteer)
    assert "Bosphorus" not in [s.place.name for s in crossed.stops]


def test_a_city_left_at_its_airport_in_another_report_is_the_airport(
        shared_gazetteer: Any) -> None:
    one = ("date 2024-03-25\nQantas lands\n\nQantas flight QF9 touched down at London Heathrow "
           "at 5:05 a.m. on Monday after a non-stop flight of about 17 hours and 20 minutes "
           "from Perth. The Boeing 787 had left Perth at 6:45 p.m. local time on Sunday.\n")
    two = ("date 2024-03-25\nPerth-London flight\n\nThe Dreamliner landed at Heathrow early on "
           "Monday, some 17 hours after taking off from Perth Airport.\n")
    journey = read_story([read_text(one, "one.txt"), read_text(two, "two.txt")],
                         shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Perth International Airport",
                                                     "London Heathrow Airport"]
    left = journey.stops[0].depart  # the leaving told alone, after the landing, keeps its time
    assert left is not None and (left.day, left.hour, left.minute) == (24, 18, 45)


def test_a_past_perfect_leaving_does_not_take_a_later_clause_s_day(
        shared_gazetteer: Any) -> None:
    text = ("The fishing boat had left Tobruk in Libya for Italy with about 750 people on "
            "board when it capsized off Pylos, Greece, early on Wednesday.")
    journey = _read(text, "2023-06-15", shared_gazetteer)
    assert journey.stops and journey.stops[0].depart is None
    assert "2023-06-14" not in journey.stops[0].note


def test_a_leaving_told_before_another_verb_comes_after_the_place_reached(
        shared_gazetteer: Any) -> None:
    text = ("Volodymyr Zelensky travelled by overnight train from Kyiv to the Polish border at "
            "Przemysl, a ride of about 10 hours, before flying from Rzeszow to New York, where "
            "he arrived on Sunday.")
    journey = _read(text, "2024-09-16", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Kyiv", "Przemysl", "Rzeszow",
                                                     "New York City"]
    assert journey.legs[-1].mode == "air"  # "flying from Rzeszow", not the train
    ride = _claim(journey, "about 10 hours")
    assert (ride.origin, ride.destination) == ("Kyiv", "Przemysl")


def test_a_share_of_a_party_goes_on_with_it(shared_gazetteer: Any) -> None:
    text = ("Hundreds of evacuees flew from Kabul to Doha on a US Air Force C-17. Many were "
            "then flown on to Ramstein Air Base in Germany, some 4,500 kilometres further west.")
    journey = _read(text, "2021-08-23", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Kabul", "Doha", "Ramstein Air Base"]


def test_a_train_named_flying_is_still_a_train(shared_gazetteer: Any) -> None:
    text = ("The Flying Scotsman steamed into London King's Cross on Saturday evening after a "
            "special run from Edinburgh Waverley, a journey of 393 miles.")
    journey = _read(text, "2024-05-12", shared_gazetteer)
    assert [leg.mode for leg in journey.legs] == ["rail"]


def test_a_flight_forced_back_never_reached_its_goal(shared_gazetteer: Any) -> None:
    text = ("An Alaska Airlines flight from Portland to Ontario, California, was forced to "
            "return to Portland on Friday evening when a panel blew out at about 16,000 feet.")
    journey = _read(text, "2024-01-06", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Portland"]
    assert all(c.text != "about 16,000 feet" for c in journey.claims)  # an altitude


def test_a_goal_a_crashed_aircraft_had_been_flying_to_is_not_reached(
        shared_gazetteer: Any) -> None:
    crashed = _read("The helicopter crashed in fog near Varzaqan on Sunday. The aircraft had "
                    "been flying to Tabriz.", "2024-05-20", shared_gazetteer)
    assert "Tabriz" not in [s.place.name for s in crashed.stops]


def test_a_trip_told_wholly_in_the_past_is_still_drawn(shared_gazetteer: Any) -> None:
    # the article's date is months after the flight it reports ("in May"): every move is
    # told at another time, and the story is about that flight
    text = ("A Singapore Airlines flight from London to Singapore was diverted to Bangkok "
            "after severe turbulence over Myanmar in May; the Boeing 777 landed in Bangkok "
            "about 10 hours after leaving Heathrow.")
    journey = _read(text, "2024-08-26", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["London Heathrow Airport", "Bangkok"]


KIM_ONE = (
    "date 2019-01-10\nKim wraps up Beijing visit\n\nNorth Korean leader Kim Jong Un's armoured "
    "train left Pyongyang on Monday afternoon and crossed the Yalu River into Dandong late that "
    "night. It pulled into Beijing Railway Station on Tuesday morning after a journey of about "
    "1,300 kilometres. Kim held talks with Chinese President Xi Jinping at the Great Hall of the "
    "People that evening.\n\nOn Wednesday Kim toured a pharmaceutical factory in the Yizhuang "
    "economic zone and lunched at the Beijing Hotel before boarding his train home in the "
    "afternoon. The return trip took roughly 24 hours, and the train was back in Pyongyang on "
    "Thursday afternoon, state media said.\n")
KIM_TWO = (
    "date 2019-01-08\nKim arrives in Beijing\n\nKim Jong Un arrived in Beijing by train on "
    "Tuesday for his fourth visit to China in less than a year. The armoured train, which "
    "crossed into the Chinese border city of Dandong shortly before 11 p.m. on Monday, covered "
    "the 840 kilometres to the capital in about 10 hours, arriving around 10:55 a.m.\n")


def test_two_reports_of_the_beijing_trip_in_other_words(shared_gazetteer: Any) -> None:
    journey = read_story([read_text(KIM_ONE, "one.txt"), read_text(KIM_TWO, "two.txt")],
                         shared_gazetteer)
    # one arrival in Beijing, at its station (the other report tells it by the city); the
    # hotel lunched at is a stop
    assert [s.place.name for s in journey.stops] == [
        "Pyongyang", "Dandong", "Beijing Railway Station", "Great Hall of the People",
        "Beijing Economic-Technological Development Area", "Beijing Hotel", "Pyongyang"]
    # the figures told after the crossing at Dandong are of the leg on from there
    for text in ("840 kilometres", "about 10 hours"):
        claim = _claim(journey, text)
        assert (claim.origin, claim.destination) == ("Dandong", "Beijing")


def test_a_refuelling_stop_told_with_the_arrival_lies_on_the_way(shared_gazetteer: Any) -> None:
    text = ("The royal couple arrived in Sydney on Friday evening after a 22-hour flight from "
            "London with a refuelling stop in Singapore. They travelled to Canberra by road on "
            "Monday, a drive of roughly 280 kilometres.")
    journey = _read(text, "2024-10-21", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["London", "Singapore", "Sydney",
                                                     "Canberra"]
    drive = _claim(journey, "roughly 280 kilometres")
    assert (drive.origin, drive.destination) == ("Sydney", "Canberra")


def test_a_goal_the_following_week_comes_after_the_day_told(shared_gazetteer: Any) -> None:
    text = ("Cardinal Matteo Zuppi flew from Rome to Moscow on Tuesday, a 2,400 km flight, and "
            "went on to Beijing the following week.")
    journey = _read(text, "2024-02-05", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Rome", "Moscow", "Beijing"]
    flight = _claim(journey, "2,400 km")  # Rome - Moscow, not through Beijing
    assert flight.verdict != "inconsistent"


def test_a_name_one_is_aboard_is_a_vessel(shared_gazetteer: Any) -> None:
    text = ("The Olympic flame arrived in Marseille on Wednesday from Piraeus aboard the "
            "three-masted Belem, a voyage of about 2,000 kilometres.")
    journey = _read(text, "2024-05-10", shared_gazetteer)
    names = [p.place.name for p in [*journey.places, *journey.other_places]]
    assert "Belém" not in names and "Belem" not in names


def test_a_town_sailed_past_is_passed_on_the_way_to_the_goal(shared_gazetteer: Any) -> None:
    text = ("The Danube cruise ship left Passau on Sunday and sailed downstream past Linz to "
            "Vienna, a distance of about 300 kilometres, arriving on Tuesday morning.")
    journey = _read(text, "2024-09-30", shared_gazetteer)
    assert [s.place.name for s in journey.stops] == ["Passau", "Linz", "Vienna"]


def test_an_untold_long_leg_is_no_helicopter_flight(shared_gazetteer: Any) -> None:
    text = ("Fumio Kishida flew from Tokyo to Washington on Thursday for a summit at Camp "
            "David. He travelled there by helicopter on Friday morning.")
    journey = _read(text, "2023-08-25", shared_gazetteer)
    assert [(leg.mode, leg.vehicle) for leg in journey.legs][:1] == [("air", None)]


def test_a_bus_journey_is_by_road_whatever_the_sentence_tells_after(
        shared_gazetteer: Any) -> None:
    text = ("After a 40-hour bus journey from Caracas, the family reached the Colombian border "
            "town of Cucuta on Sunday, where they planned to cross on foot into Colombia.")
    journey = _read(text, "2024-03-04", shared_gazetteer)
    assert [leg.mode for leg in journey.legs] == ["road"]
    ride = _claim(journey, "40-hour")
    assert (ride.origin, ride.destination) == ("Caracas", "Cucuta")


def test_a_place_named_said_is_no_clause_break(shared_gazetteer: Any) -> None:
    text = ("The hospital ship sailed 110 nautical miles from Port Said to El Arish at an "
            "average speed of 12 knots, arriving after about nine hours.")
    journey = _read(text, "2023-11-13", shared_gazetteer)
    assert len(journey.stops) == 2 and journey.stops[0].place.name == "Port Said"
