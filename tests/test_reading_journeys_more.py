"""More ways stories tell a trip: a traveller named only by role, stop-overs, boarding,
participles of arriving, the rest of a trip after a border, paces that are not distances.
Every story is constructed for the test (none is taken from an article).
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Journey
from routes.pipeline import check_articles
from routes.reading import read_story, read_text
from tests.stories import stops

ROYAL_TOUR = (
    "Royal tour\n\n"
    "The King flew from London via Dubai to Nairobi on Tuesday, an overnight journey of about "
    "9,000 km.\n"
    "After two days in Nairobi he travelled by road to Mombasa, some 480 km to the south-east, "
    "arriving on Friday afternoon.\n"
)

LONG_WALK = (
    "Long walk\n\n"
    "The activist set off on foot from Edinburgh on 1 May and walked to London, arriving on "
    "10 June after covering roughly 650 kilometres.\n"
    "That works out at about 17 kilometres a day.\n"
)

BORDER_TRAIN = (
    "Summit train\n\n"
    "North Korean leader Kim Jong Un arrived in Vladivostok by armoured train on Wednesday, "
    "after a journey of more than 20 hours from Pyongyang.\n"
    "His train crossed the border at Khasan in the morning and covered the remaining 240 km in "
    "about six hours.\n"
    "Kim left Vladivostok on Friday afternoon and was back in Pyongyang on Saturday.\n"
)

CRUISE = (
    "Cruise\n\n"
    "The cruise ship left Genoa on Monday evening and sailed overnight to Barcelona, about "
    "650 km away, docking at 8 a.m. local time on Tuesday.\n"
)

BULLET_TRAIN = (
    "Bullet train\n\n"
    "The prime minister boarded a bullet train in Tokyo at 9 a.m. on Saturday and reached "
    "Hakata Station in Fukuoka five hours later, after a 1,069-kilometre ride.\n"
)


def story(text: str, gazetteer: Any, date: str = "2024-03-10") -> Journey:
    return read_story([read_text(f"date {date}\n{text}", "constructed.txt")], gazetteer)


def test_a_traveller_named_by_role(shared_gazetteer: Any) -> None:
    j = story(ROYAL_TOUR, shared_gazetteer, date="2022-11-20")
    assert j.traveller == "The King"
    assert stops(j) == ["London", "Dubai", "Nairobi", "Mombasa"]
    assert [leg.mode for leg in j.legs] == ["air", "air", "road"]
    # "arriving on Friday afternoon": the goal reached, and when
    mombasa = j.stops[-1]
    assert mombasa.arrive is not None and mombasa.arrive.isoformat() == "2022-11-18T15:00:00+03:00"
    far = next(c for c in j.claims if c.text == "some 480 km")
    assert (far.origin, far.destination) == ("Nairobi", "Mombasa")


def test_a_role_that_is_a_common_word_is_no_traveller(shared_gazetteer: Any) -> None:
    j = story("Arrivals\n\nThe rest left Paris on Monday for Lyon.\n", shared_gazetteer)
    assert j.traveller != "The rest"


def test_a_walk_and_its_pace(shared_gazetteer: Any) -> None:
    j = story(LONG_WALK, shared_gazetteer, date="2021-06-12")
    assert stops(j) == ["Edinburgh", "London"]
    assert j.legs[0].mode == "walk"
    # "17 kilometres a day" is a pace, not the length of a leg
    assert [c.text for c in j.claims if c.kind == "distance"] == ["roughly 650 kilometres"]


def test_the_rest_of_a_trip_after_a_border(shared_gazetteer: Any) -> None:
    j = story(BORDER_TRAIN, shared_gazetteer, date="2019-04-26")
    # Pyongyang was left before the arrival "after a journey ... from Pyongyang" tells
    assert stops(j) == ["Pyongyang", "Khasan", "Vladivostok", "Pyongyang"]
    rest = {c.text: (c.origin, c.destination) for c in j.claims}
    assert rest["240 km"] == ("Khasan", "Vladivostok")
    assert rest["about six hours"] == ("Khasan", "Vladivostok")  # "240 km in about six hours"
    assert rest["more than 20 hours"] == ("Pyongyang", "Vladivostok")


def test_an_open_ended_time_does_not_break_the_clock_check(shared_gazetteer: Any) -> None:
    # "more than 20 hours" has no upper end: the arrival is bounded on one side only
    j = check_articles([read_text(f"date 2019-04-26\n{BORDER_TRAIN}", "constructed.txt")],
                       gazetteer=shared_gazetteer)
    assert all(c.verdict in ("consistent", "inconsistent", "unverifiable") for c in j.claims)


def test_a_participle_of_arriving_dates_the_goal(shared_gazetteer: Any) -> None:
    j = story(CRUISE, shared_gazetteer, date="2024-02-02")
    genoa, barcelona = j.stops
    assert genoa.depart is not None and genoa.depart.isoformat() == "2024-01-29T19:00:00+01:00"
    assert j.legs[0].mode == "sea"
    assert barcelona.arrive is not None
    assert barcelona.arrive.isoformat() == "2024-01-30T08:00:00+01:00"


def test_boarding_is_leaving_and_the_arrival_told_later_is_not_dated(
        shared_gazetteer: Any) -> None:
    j = story(BULLET_TRAIN, shared_gazetteer, date="2023-05-14")
    assert stops(j)[0] == "Tokyo" and "Hakata Station" in stops(j)
    assert j.legs[0].vehicle == "bullet train"
    tokyo = j.stops[0]
    assert tokyo.depart is not None and tokyo.depart.isoformat() == "2023-05-13T09:00:00+09:00"
    hakata = next(s for s in j.stops if s.place.name == "Hakata Station")
    assert hakata.arrive is None  # "five hours later": not 9 a.m.


@pytest.mark.parametrize(("text", "expected"), [
    ("He flew to Tokyo with a stopover in Dubai.", ["Dubai", "Tokyo"]),
    ("He flew from London to Tokyo with a layover in Helsinki.",
     ["London", "Helsinki", "Tokyo"]),
    ("She boarded a train in Madrid for Paris.", ["Madrid", "Paris"]),
])
def test_stop_overs_and_boarding(shared_gazetteer: Any, text: str,
                                 expected: list[str]) -> None:
    assert stops(story("Trip\n\n" + text + "\n", shared_gazetteer)) == expected


def test_flying_home_is_a_leg_back_to_where_the_trip_began(shared_gazetteer: Any) -> None:
    j = story(ROYAL_TOUR + "He flew home from Mombasa on Sunday.\n", shared_gazetteer,
              date="2022-11-20")
    assert stops(j) == ["London", "Dubai", "Nairobi", "Mombasa", "London"]
    assert j.legs[-1].mode == "air"
    # a story that never left anywhere has no home to go back to
    j = story("Trip\n\nThe minister arrived in Rome on Monday and later went home.\n",
              shared_gazetteer)
    assert stops(j) == ["Rome"]


def test_a_departure_from_the_last_stop_says_why_it_cannot_be_checked() -> None:
    from datetime import UTC, datetime

    from routes.checking._clock import judge_departure
    from routes.models import Claim, Leg, Place, Stop

    paris = Place("Paris", 48.85, 2.35, "city", country="FR", timezone="Europe/Paris")
    rome = Place("Rome", 41.89, 12.48, "city", country="IT", timezone="Europe/Rome")
    j = Journey(stops=[Stop(paris), Stop(rome)], legs=[Leg("Paris", "Rome", "air")])
    left = Claim("time", "Wednesday", "trip.txt", None, None, "iso", origin="Rome",
                 time=datetime(2024, 3, 6, 12, tzinfo=UTC))
    verdict, why = judge_departure(j, left, {})
    assert verdict == "unverifiable" and "no leg of the journey leaves Rome" in why
    left.origin = "Madrid"
    assert "Madrid is not on the journey" in judge_departure(j, left, {})[1]


def _claim(j: Journey, text: str) -> tuple[str | None, str | None]:
    c = next(c for c in j.claims if c.text == text)
    return c.origin, c.destination


@pytest.mark.parametrize(("text", "figure", "leg"), [
    # the stop before the goal, not the place the article last had the traveller set out from
    ("The president flew from Paris to Hanoi on Sunday. On Tuesday he flew some 3,000 km "
     "south to Jakarta.", "some 3,000 km", ("Hanoi", "Jakarta")),
    # a goal reached between the source and the figure starts the figure's leg
    ("The president flew from Washington to Rzeszow, and was driven about 90 km to Przemysl.",
     "about 90 km", ("Rzeszow", "Przemysl")),
    # the next sentence finds the team where the last one took it
    ("The team flew from Madrid to Luton on Thursday. They then travelled by coach to their "
     "hotel in central London, about 50 km away.", "about 50 km", ("Luton", "London")),
    # where someone comes from is not where the trip starts
    ("Carlos, a man from Maracaibo, left Necocli by boat on Monday, crossing to Capurgana in "
     "about two hours.", "about two hours", ("Necocli", "Capurgana")),
    # a total told for the whole trip
    ("The flight left Sydney for London with a stop in Singapore. In all, the "
     "17,000-kilometre journey lasted almost 24 hours.", "17,000-kilometre journey",
     ("Sydney", "London")),
])
def test_a_figure_belongs_to_the_leg_it_is_told_with(shared_gazetteer: Any, text: str,
                                                     figure: str,
                                                     leg: tuple[str, str]) -> None:
    assert _claim(story("Trip\n\n" + text + "\n", shared_gazetteer), figure) == leg


@pytest.mark.parametrize(("text", "expected"), [
    ("The team flew to London from Madrid on Thursday.", ["Madrid", "London"]),
    ("Kim arrived in Hanoi from Beijing on Tuesday.", ["Beijing", "Hanoi"]),
    ("Kim stepped off his train at Dong Dang on Tuesday after a journey from Pyongyang.",
     ["Pyongyang", "Dong Dang"]),
    ("The race started in Compiegne and covered 260 kilometres before ending in Roubaix.",
     ["Compiegne", "Roubaix"]),
    ("Kim arrived in Beijing on Tuesday. He had left Moscow two days earlier.",
     ["Moscow", "Beijing"]),
    ("A boat that had left Sfax reached Lampedusa on Wednesday.", ["Sfax", "Lampedusa"]),
    ("The plane flew from Sydney to London via Singapore.", ["Sydney", "Singapore", "London"]),
    # a Sunday story: Monday is the week before's when Saturday's return follows it
    ("Kim left Pyongyang on Monday. He arrived in Beijing after a journey of more than 20 "
     "hours. He was back in Pyongyang on Saturday.", ["Pyongyang", "Beijing", "Pyongyang"]),
])
def test_more_ways_of_telling_stops(shared_gazetteer: Any, text: str,
                                    expected: list[str]) -> None:
    j = story("Trip\n\n" + text + "\n", shared_gazetteer)
    assert [s.place.name.replace("Thị Trấn Đồng Đăng", "Dong Dang") for s in j.stops] == expected


def test_a_place_passed_beside_is_not_a_stop(shared_gazetteer: Any) -> None:
    j = story("Storm\n\nThe convoy crossed into Florida overnight, passing south of Orlando "
              "and reaching Tampa on Monday.\n", shared_gazetteer)
    assert "Orlando" not in stops(j)


@pytest.mark.parametrize(("text", "modes"), [
    ("Biden flew from Washington to Rzeszow on Sunday, then took an overnight train to Kyiv.",
     ["air", "rail"]),
    ("The president flew from Washington to Rzeszow, and was driven about 90 km to Przemysl.",
     ["air", "road"]),
    # no word for the mode: a leg across an ocean is a flight, not a drive
    ("Kim left Auckland at 3 p.m. on Monday. He arrived in Honolulu 17 hours later.", ["air"]),
])
def test_each_leg_takes_the_mode_told_for_it(shared_gazetteer: Any, text: str,
                                             modes: list[str]) -> None:
    assert [leg.mode for leg in story("Trip\n\n" + text + "\n", shared_gazetteer).legs] == modes


def test_only_a_round_trip_has_a_way_home(shared_gazetteer: Any) -> None:
    one_way = story("Trip\n\nThe president flew from Paris to Hanoi on Sunday and on to "
                    "Jakarta on Tuesday.\n", shared_gazetteer)
    assert {leg.direction for leg in one_way.legs} == {"outbound"}
    back = story(ROYAL_TOUR + "He flew home from Mombasa on Sunday.\n", shared_gazetteer,
                 date="2022-11-20")
    assert back.legs[-1].direction == "return"


@pytest.mark.parametrize("text", [
    "The King flew from Sydney to Canberra on Monday for a day of engagements.",
    "She walked from Pamplona to Burgos, an average of 23 kilometres a day.",
    "The 400-metre container ship sailed from Rotterdam to Hamburg.",
])
def test_stays_paces_and_sizes_are_not_legs(shared_gazetteer: Any, text: str) -> None:
    j = story("Trip\n\n" + text + "\n", shared_gazetteer)
    assert [c.text for c in j.claims if c.kind in ("distance", "duration")] == []


def test_a_slow_walk_over_days_is_no_error(
        shared_gazetteer: Any) -> None:
    walk = check_articles([read_text("date 2024-03-10\nCamino\n\nShe walked from Pamplona to "
                                     "Burgos. The pilgrimage took her 34 days.\n", "c.txt")],
                          gazetteer=shared_gazetteer)
    took = next(c for c in walk.claims if c.text == "34 days")
    # judged by the day (tests/test_checking_days.py): a slow walk is no error
    assert took.verdict == "consistent" and "6-8 km a day" in took.explanation
    assert "rest days" in took.explanation


def test_a_traveller_named_by_role_keeps_its_auxiliary_out() -> None:
    from routes.reading._story import _ROLE_SUBJECT

    m = _ROLE_SUBJECT.match("The vessel had left Sfax on Monday.")
    assert m is not None and (m["subject"], m["role"]) == ("The vessel", "vessel")


def test_a_plural_travellers_journey_is_spelt_right() -> None:
    from cli.render import possessive

    assert possessive("Kim Jong Un") == "Kim Jong Un's"
    assert possessive("The officials") == "The officials'"


@pytest.mark.parametrize(("text", "expected", "modes"), [
    ("Their first day took them about 300 miles from Chicago to St. Louis by car.",
     ["Chicago", "St. Louis"], ["road"]),
    # a bus story's long legs are driven, not flown
    ("The bus took 68 hours from New York to Los Angeles.", ["New York City", "Los Angeles"],
     ["road"]),
    ("The train left Boston on Monday and changed trains in Chicago and Denver before pulling "
     "into Los Angeles.", ["Boston", "Chicago", "Denver", "Los Angeles"], ["rail"] * 3),
])
def test_trips_told_by_what_they_took(shared_gazetteer: Any, text: str, expected: list[str],
                                      modes: list[str]) -> None:
    j = story("Trip\n\n" + text + "\n", shared_gazetteer)
    assert stops(j) == expected
    assert [leg.mode for leg in j.legs] == modes


def test_an_american_drive_uses_the_american_circuity(shared_gazetteer: Any) -> None:
    j = check_articles([read_text("date 2024-03-10\nDrive\n\nThey drove from Chicago to "
                                  "St. Louis, a trip of 478 km.\n", "d.txt")],
                       gazetteer=shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    assert far.verdict == "consistent" and "road distance" in far.explanation


def test_a_figure_saved_only_by_its_margin_says_so(shared_gazetteer: Any) -> None:
    j = check_articles([read_text("date 2024-03-10\nDrive\n\nThe president left Berlin on "
                                  "Monday on his way to Warsaw, a 570 km drive.\n", "d.txt")],
                       gazetteer=shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    assert "within a rounded figure's margin of the estimated road distance" in far.explanation


def _checked(text: str, gazetteer: Any) -> Journey:
    return check_articles([read_text("date 2024-03-10\nTrip\n\n" + text + "\n", "t.txt")],
                          gazetteer=gazetteer)


def test_a_night_train_told_by_its_arrival(shared_gazetteer: Any) -> None:
    j = story("Night train\n\nThe sleeper pulled into Venice on Friday, some 11 hours after "
              "leaving Vienna.\n", shared_gazetteer)
    assert stops(j) == ["Vienna", "Venice"] and j.legs[0].mode == "rail"
    assert _claim(j, "some 11 hours") == ("Vienna", "Venice")


def test_a_prisoner_moved_is_a_traveller(shared_gazetteer: Any) -> None:
    j = story("Transfer\n\nThe prisoner was moved on Monday from Paris to Lille.\n",
              shared_gazetteer)
    assert stops(j) == ["Paris", "Lille"]


@pytest.mark.parametrize(("text", "vehicle", "verdict"), [
    # an ultramarathon's Saturday finish is a runner's, not a car's
    ("The runners set off from Athens at 7 a.m. on Friday and reached Sparta on Saturday "
     "morning.", "runner", "consistent"),
    # a helicopter is no airliner: 15 minutes for some 150 km is too fast for one
    ("The rescue helicopter flew from Stornoway to Inverness in 15 minutes.", "helicopter",
     "inconsistent"),
])
def test_runners_and_helicopters_have_their_own_speeds(shared_gazetteer: Any, text: str,
                                                       vehicle: str, verdict: str) -> None:
    j = _checked(text, shared_gazetteer)
    assert [leg.vehicle for leg in j.legs] == [vehicle]
    judged = [c for c in j.claims if c.kind in ("duration", "time") and c.verdict != "unverifiable"]
    assert judged and all(c.verdict == verdict for c in judged)


@pytest.mark.parametrize(("text", "figure", "leg"), [
    ("Macron landed in Hanoi on Sunday after a flight from Paris. The overnight flight took "
     "roughly 12 hours.", "roughly 12 hours", ("Paris", "Hanoi")),
    ("The plane landed in London on Sunday after taking off from Perth. It flew 14,498 "
     "kilometres without stopping.", "14,498 kilometres", ("Perth", "London")),
])
def test_a_figure_after_an_arrival_is_the_trip_just_told(shared_gazetteer: Any, text: str,
                                                         figure: str,
                                                         leg: tuple[str, str]) -> None:
    assert _claim(story("Trip\n\n" + text + "\n", shared_gazetteer), figure) == leg


def test_a_goal_never_reached_is_not_a_stop(shared_gazetteer: Any) -> None:
    j = story("Derailed\n\nThe train left Chicago on Friday bound for Seattle. On Saturday it "
              "derailed near Havre, Montana, and never reached Seattle.\n", shared_gazetteer)
    assert "Seattle" not in stops(j)


def test_a_figure_between_the_two_towns_of_a_sentence(shared_gazetteer: Any) -> None:
    # a wrong figure planted: Laredo - Detroit is some 2,200 km in a straight line
    j = _checked("The trucker picked up a load in Laredo, Texas, on Monday and delivered it to "
                 "Detroit on Wednesday, a run of about 800 miles.", shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    assert (far.origin, far.destination, far.verdict) == ("Laredo", "Detroit", "inconsistent")


@pytest.mark.parametrize(("text", "name"), [
    ("On Friday the King visited Notre-Dame cathedral.", "Notre-Dame de Paris"),
    ("Fans gathered at Wembley stadium in London.", "Wembley Stadium"),
])
def test_a_name_finished_by_a_lower_case_building_word(shared_gazetteer: Any, text: str,
                                                       name: str) -> None:
    from routes.reading import find_places

    found = find_places([read_text("date 2024-03-10\nVisit\n\n" + text + "\n", "v.txt")],
                        shared_gazetteer)
    assert name in [pm.place.name for pm in found]


def test_a_figure_inside_a_city_of_landmarks(shared_gazetteer: Any) -> None:
    j = _checked("The King was greeted at the Arc de Triomphe on Wednesday. On Friday he "
                 "visited Notre-Dame cathedral. From there he was driven some 10 km north to "
                 "the Stade de France in Saint-Denis.", shared_gazetteer)
    # the trip ends at the stadium: Saint-Denis, named only as where it stands, is no stop
    # of its own before it
    assert [s.place.name for s in j.stops][-2:] == ["Notre-Dame de Paris", "Stade de France"]
    saint_denis = next(pm.place for pm in j.other_places if pm.place.name == "Saint-Denis")
    assert saint_denis.country == "FR"  # by the stadium, not the bigger one on Réunion
    far = next(c for c in j.claims if c.kind == "distance")
    assert far.verdict == "consistent" and "Notre-Dame de Paris and Stade de France" in (
        far.explanation)


def test_a_distance_and_a_time_told_together_must_fit_each_other(
        shared_gazetteer: Any) -> None:
    # a wrong figure planted: 400 km in 70 minutes is 340 km/h. Rome - Naples is off the
    # curated corridors (its rail length estimated): a line may wind to twice the estimate's
    # top, and 70 minutes fits a high-speed train, whose top speed the two figures together
    # stay under, so neither is ruled out, and neither is called consistent
    j = _checked("The train went from Rome to Naples, 400 kilometres, in 70 minutes.",
                 shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    took = next(c for c in j.claims if c.kind == "duration")
    assert far.verdict == "unverifiable" and "a line that winds" in far.explanation
    assert took.verdict == "unverifiable" and "Only a high-speed train" in took.explanation
    # a conventional train told as such gets no benefit of the doubt over its class
    slow = _checked("The sleeper train went from Rome to Naples, 400 kilometres, in 70 "
                    "minutes.", shared_gazetteer)
    took = next(c for c in slow.claims if c.kind == "duration")
    assert took.verdict == "inconsistent"
    fine = _checked("The train went from Rome to Naples, 220 kilometres, in 70 minutes.",
                    shared_gazetteer)
    assert all(c.verdict != "inconsistent" for c in fine.claims)
    # where no estimate narrows the trip, the two figures together still must fit: a ferry
    # from Helsinki to Tallinn (80 km by sea) "after a 400 km crossing" in two hours
    sea = _checked("The ferry sailed from Helsinki to Tallinn, 400 kilometres, in two hours.",
                   shared_gazetteer)
    took = next(c for c in sea.claims if c.kind == "duration")
    assert "Together with the 400 kilometres" in took.explanation


def test_a_weekday_told_as_due_lies_ahead() -> None:
    from datetime import date

    from routes.reading._dates import sentence_time

    wednesday = date(2024, 1, 10)
    assert sentence_time("He is due back in Berlin on Saturday.", wednesday, None).day == \
        date(2024, 1, 13)
    assert sentence_time("He was back in Berlin on Saturday.", wednesday, None).day == \
        date(2024, 1, 6)


@pytest.mark.parametrize(("text", "expected"), [
    ("The train left Vienna on Monday, called at Villach and reached Venice in the evening.",
     ["Vienna", "Villach", "Venice"]),
    ("Kim left Pyongyang on Monday, arriving in Beijing at 10 a.m.", ["Pyongyang", "Beijing"]),
])
def test_a_clock_told_after_a_later_place_is_that_places(shared_gazetteer: Any, text: str,
                                                        expected: list[str]) -> None:
    j = story("Trip\n\n" + text + "\n", shared_gazetteer)
    assert stops(j) == expected
    assert j.stops[0].depart is None  # its day only: the hour is the later place's


def test_after_a_journey_of_at_the_end_is_the_whole_trip(shared_gazetteer: Any) -> None:
    j = story("Convoy\n\nA convoy of buses left Khartoum on Sunday. It drove north through "
              "Dongola to Wadi Halfa. The first buses reached Aswan on Wednesday, after a "
              "journey of some 1,200 kilometres.\n", shared_gazetteer, date="2024-03-14")
    assert stops(j)[0] == "Khartoum" and stops(j)[-1] == "Aswan"
    assert _claim(j, "some 1,200 kilometres") == ("Khartoum", "Aswan")


def test_a_story_told_backwards(shared_gazetteer: Any) -> None:
    j = story("Visit\n\nZelensky landed in Washington on Wednesday. Hours earlier he had flown out "
              "of Rzeszow, a flight of more than 7,000 kilometres. The day before, he had "
              "visited troops in Bakhmut.\n", shared_gazetteer, date="2024-01-10")
    assert stops(j) == ["Bakhmut", "Rzeszow", "Washington"]
    assert _claim(j, "more than 7,000 kilometres") == ("Rzeszow", "Washington")


@pytest.mark.parametrize("text", [
    # St Kilda, the Scottish islands, is not in the gazetteer; Saint Kilda by Melbourne is
    "The helicopter flew from Stornoway to St Kilda, 140 km, in 45 minutes.",
    # a village placed at its state's centre is no point to measure 20 km from
    "The train derailed near Joplin, Montana, some 20 km east of Chester.",
])
def test_a_figure_far_off_doubts_the_places_before_the_figure(shared_gazetteer: Any,
                                                              text: str) -> None:
    j = _checked(text, shared_gazetteer)
    judged = [c for c in j.claims if c.kind in ("distance", "duration")]
    assert judged and all(c.verdict == "unverifiable" and "likely not the place" in c.explanation
                          for c in judged)


@pytest.mark.parametrize("text", [
    "The train left Moscow's Yaroslavsky station on Tuesday and reached Vladivostok seven days "
    "later.",
    "The train left Yaroslavsky station in Moscow on Tuesday and reached Vladivostok seven days "
    "later.",
])
def test_a_station_known_only_with_its_lower_case_word(shared_gazetteer: Any,
                                                      text: str) -> None:
    j = story("Trans-Siberian\n\n" + text + "\n", shared_gazetteer)
    # the trip starts at the station; Moscow, named only as where it stands, is no stop
    assert stops(j) == ["Yaroslavsky Station", "Vladivostok"]


def test_a_hyphenated_unit_of_two_words(shared_gazetteer: Any) -> None:
    j = story("Race\n\nThe yachts set off from Sydney on a 628-nautical-mile course to Hobart.\n",
              shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    assert far.low == pytest.approx(1163.1, abs=0.1)


def test_a_rail_leg_off_the_corridors_is_measured_by_an_estimate(shared_gazetteer: Any) -> None:
    j = _checked("The sleeper left Paris on Friday evening and reached Nice the next morning, "
                 "a journey of some 900 km.", shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    # off the curated corridors the train's length is estimated from the straight line
    assert far.verdict == "consistent" and "estimated rail distance" in far.explanation


def test_a_description_given_its_name_is_that_place(shared_gazetteer: Any) -> None:
    j = story("Crossing\n\nCarlos, a 34-year-old from Maracaibo, Venezuela, left the Colombian "
              "port of Necocli by boat on Monday, crossing to Capurgana in about two hours.\n",
              shared_gazetteer)
    assert stops(j) == ["Necocli", "Capurgana"]
    assert _claim(j, "about two hours") == ("Necocli", "Capurgana")


def test_a_leg_on_to_an_unnamed_place_is_not_the_leg_before(shared_gazetteer: Any) -> None:
    j = story("Trip\n\nHe had flown from Washington to Rzeszow, in eastern Poland, and was "
              "driven about 90 km to the station.\n", shared_gazetteer)
    # not Washington - Rzeszow (7,400 km): from Rzeszow to a place the story does not name
    assert _claim(j, "about 90 km") == ("Rzeszow", None)
