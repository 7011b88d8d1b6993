"""Whose day is it: a day told with the end of a trip ("arriving on Thursday", "finished a ride
... on Sunday") is the arrival's, not the departure's; a day a place only inherited from an
earlier clause does not move the week of a day told after it; and a vehicle named with the
trip's ends ("The coach from London to Edinburgh takes ...") sets the leg's mode over a
vehicle the sentence names only to compare. Every story here is constructed for the test.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from routes.checking import check_journey
from routes.models import Claim, Journey
from routes.network import measure_journey
from routes.reading import read_story, read_text


def story(text: str, gazetteer: Any, date: str) -> Journey:
    journey = read_story([read_text(f"date {date}\n{text}", "constructed.txt")], gazetteer)
    return check_journey(measure_journey(journey))


def times(journey: Journey) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each time the story tells: its words, the event, where from and where to."""
    return [(c.text, c.event, c.origin, c.destination) for c in journey.claims
            if c.kind == "time"]


def claim(journey: Journey, text: str) -> Claim:
    return next(c for c in journey.claims if c.text == text)


@pytest.mark.parametrize(("text", "date", "day", "goal"), [
    # a participle after the trip
    ("Two sisters kayaked from Holyhead to Dublin in 22 hours, arriving on Friday.",
     "2024-06-21", "Friday", "Dublin"),
    # a verb of finishing before the trip it finishes
    ("A nurse finished a charity ride from Perth to Brisbane on Sunday, covering about "
     "4,300 km in 25 days.", "2024-09-02", "Sunday", "Brisbane"),
    ("The Blue Train completed its journey from Pretoria to Cape Town on Monday.",
     "2024-07-09", "Monday", "Cape Town"),
    # the arrival told after a relative clause that holds the whole trip
    ("A grandmother who walked from San Francisco to New York arrived on Sunday after "
     "140 days on the road.", "2024-11-04", "Sunday", "New York City"),
    # a place reached by name, with a departure told before it
    ("A musher who set out from Fairbanks reached Anchorage on Saturday after nine days on "
     "the trail.", "2023-10-16", "Saturday", "Anchorage"),
])
def test_a_day_told_with_the_end_of_a_trip_is_the_arrivals(
        shared_gazetteer: Any, text: str, date: str, day: str, goal: str) -> None:
    j = story(text, shared_gazetteer, date)
    told = times(j)
    assert [(t[0], t[1], t[3]) for t in told] == [(day, "arrival", goal)]
    first, last = j.stops[0], j.stops[-1]
    assert first.depart is None and "left" not in first.note  # when it set off is not told
    assert last.place.name == goal and "arrived" in last.note


@pytest.mark.parametrize(("text", "date", "day"), [
    ("The ferry left Piraeus on Monday and reached Santorini eight hours later.",
     "2024-02-20", "Monday"),
    ("A teenager swam from Dover to Cap Gris-Nez in 12 hours on Tuesday.", "2024-08-07",
     "Tuesday"),
    ("The minister flew from Seoul to Tokyo on Sunday for talks.", "2024-01-29", "Sunday"),
])
def test_a_day_told_with_the_start_or_the_whole_trip_stays_the_departures(
        shared_gazetteer: Any, text: str, date: str, day: str) -> None:
    j = story(text, shared_gazetteer, date)
    assert [(t[0], t[1]) for t in times(j)][:1] == [(day, "departure")]


def test_a_finish_with_no_place_to_reach_leaves_the_start_undated(
        shared_gazetteer: Any) -> None:
    # Antigua is a country here, an area and no stop: the day is no departure's either, so a
    # true departure told in the next sentence is not contradicted
    j = story("Four rowers crossed the Atlantic from La Gomera to Antigua in 38 days, "
              "finishing on Tuesday.\nThey set off from La Gomera on January 14.",
              shared_gazetteer, "2024-02-21")
    assert [(t[0], t[1]) for t in times(j)] == [("January 14", "departure")]
    assert all(c.verdict != "inconsistent" for c in j.claims)


ORIENT = (
    "ISTANBUL — The charter train left Paris on Friday evening and arrived in Istanbul on "
    "Monday after a journey of about 3,000 km through Vienna and Bucharest.\n"
)


def test_a_day_only_inherited_from_an_earlier_clause_does_not_move_a_later_one(
        shared_gazetteer: Any) -> None:
    # Vienna and Bucharest took the clause's first day (Friday); Monday, the story's own day,
    # told after Friday, is that Monday, not the one before the departure
    j = story(ORIENT, shared_gazetteer, "2024-03-11")
    assert [s.place.name for s in j.stops] == ["Paris", "Vienna", "Bucharest", "Istanbul"]
    assert j.stops[-1].note == "arrived 2024-03-11 (time of day not stated)"
    trip = claim(j, "about 3,000 km")
    assert (trip.origin, trip.destination) == ("Paris", "Istanbul")
    assert claim(j, "Monday").verdict == "consistent"


def test_the_vehicle_named_with_the_trips_ends_sets_the_mode(shared_gazetteer: Any) -> None:
    j = story("The coach from Berlin to Prague takes about five hours, against four by "
              "train.", shared_gazetteer, "2024-02-12")
    assert [leg.mode for leg in j.legs] == ["road"]
    five = claim(j, "about five hours")
    assert five.verdict == "consistent" and "road estimate" in five.explanation


def test_a_train_named_with_the_trips_ends_is_a_train(shared_gazetteer: Any) -> None:
    j = story("The train from Berlin to Prague takes about four hours, and the bus is "
              "slower.", shared_gazetteer, "2024-02-12")
    assert [leg.mode for leg in j.legs] == ["rail"]


def test_a_vehicle_to_a_lower_case_goal_names_no_trip() -> None:
    from routes.reading._story import _leg_mode

    assert _leg_mode("The bus to work was late, so he flew from Paris to Rome.") == "air"
    assert _leg_mode("The ferry from Dover to Calais was late.") == "sea"


def test_a_town_called_by_its_longer_name_is_the_town_not_its_airport(
        shared_gazetteer: Any) -> None:
    j = story("The overnight ferry sailed from Barcelona to Palma de Mallorca, a crossing of "
              "about 200 km.", shared_gazetteer, "2024-03-25")
    assert [(s.place.name, s.place.kind) for s in j.stops] == [
        ("Barcelona", "city"), ("Palma", "city")]


def test_places_called_at_on_the_way_told_after_the_arrival_come_before_it(
        shared_gazetteer: Any) -> None:
    j = story("The coastal steamer left Bergen on Monday and docked in Kirkenes on Saturday, "
              "after a voyage of about 2,500 km with stops at Trondheim and Tromso.",
              shared_gazetteer, "2024-12-09")
    assert [s.place.name for s in j.stops] == ["Bergen", "Trondheim", "Tromso", "Kirkenes"]
    assert j.stops[0].note == "left 2024-12-02 (time of day not stated)"
    assert j.stops[-1].note == "arrived 2024-12-07 (time of day not stated)"


def test_a_train_known_by_its_name_travels_by_rail(shared_gazetteer: Any) -> None:
    j = story("The Glacier Express took eight hours to travel from St. Moritz to Zermatt.",
              shared_gazetteer, "2024-08-19")
    assert j.traveller == "The Glacier Express"
    assert [s.place.name for s in j.stops] == ["St. Moritz", "Zermatt"]
    assert [(leg.mode, leg.vehicle) for leg in j.legs] == [("rail", "train")]


def test_an_express_that_only_reports_is_no_train() -> None:
    from routes.reading._story import _named_train

    named = _named_train()
    assert named.search("The Orient Express left Paris on Friday.")
    assert named.search("We rode aboard the Madaraka Express to Nairobi.")
    assert not named.search("The Daily Express reported that the minister flew home.")
    assert not named.search("He paid with an American Express card.")
    # a train the lexicon knows by a name with no "Express" in it
    assert named.search("The Ghan arrived in Darwin on Wednesday.")
    assert named.search("Passengers aboard the California Zephyr reached Emeryville.")
    assert not named.search("The Canadian left Toronto on Monday.")


def test_a_vessel_named_after_its_kind_is_the_traveller(shared_gazetteer: Any) -> None:
    j = story("The voyaging canoe Hokule'a sailed from Hilo to Tahiti, about 2,500 miles, in "
              "31 days.", shared_gazetteer, "2024-04-22")
    assert j.traveller == "The voyaging canoe Hokule'a"
    # Tahiti is the island a voyage reaches (a stop), not all of French Polynesia
    assert [(s.place.name, s.place.kind) for s in j.stops] == [
        ("Hilo", "city"), ("Tahiti", "region")]
    assert claim(j, "about 2,500 miles").destination == "Tahiti"


def test_a_distance_up_a_named_waterway_is_a_trips_length(shared_gazetteer: Any) -> None:
    j = story("Two kayakers who paddled from Seattle to Juneau arrived on Monday, a trip of "
              "about 1,000 miles up the Inside Passage.", shared_gazetteer, "2024-07-01")
    far = claim(j, "about 1,000 miles")
    assert (far.origin, far.destination) == ("Seattle", "Juneau")


def test_a_time_told_later_after_an_arrival_times_the_trip_there(shared_gazetteer: Any) -> None:
    j = story("The foreign minister left Tokyo on April 7. She arrived in Hanoi about six hours "
              "later and flew on to Jakarta on April 9.", shared_gazetteer, "2024-04-12")
    six = claim(j, "about six hours")
    assert (six.origin, six.destination) == ("Tokyo", "Hanoi")
    assert six.verdict == "consistent"


def test_a_figure_set_off_after_the_day_of_a_trip_is_that_trips(shared_gazetteer: Any) -> None:
    j = story("The pope flew from Rome to Jakarta on Tuesday, a 13-hour flight, at the start of "
              "a 12-day trip that also took him to Port Moresby, Dili and Singapore.",
              shared_gazetteer, "2024-09-04")
    flight = claim(j, "13-hour flight")
    assert (flight.origin, flight.destination, flight.verdict) == ("Rome", "Jakarta",
                                                                   "consistent")
    # the tour as a whole is no leg: not judged as the time to Port Moresby
    assert all(c.text != "12-day trip" for c in j.claims)
    assert [(e.kind, e.text, e.place) for e in j.events] == [("tour", "12-day trip", None)]


def test_balloonists_lifting_off_are_the_travellers(shared_gazetteer: Any) -> None:
    j = story("The balloonists lifted off from Albuquerque on Saturday and landed near Denver "
              "on Monday.", shared_gazetteer, "2024-10-28")
    assert j.traveller == "The balloonists"
    assert [s.place.name for s in j.stops] == ["Albuquerque", "Denver"]


@pytest.mark.parametrize(("words", "verdict"), [
    ("A record-breaking flight from New York to London took 4 hours and 56 minutes, helped "
     "by a strong jet stream.", "consistent"),
    # no record told: faster than any airliner's usual average
    ("The flight from New York to London took 4 hours and 56 minutes.", "inconsistent"),
    # a record, but beyond an airliner's top speed even in a straight line
    ("A record-breaking flight from New York to London took 3 hours.", "inconsistent"),
])
def test_a_record_is_judged_against_the_top_speed_not_the_usual_average(
        shared_gazetteer: Any, words: str, verdict: str) -> None:
    j = story(words, shared_gazetteer, "2024-10-07")
    timed = next(c for c in j.claims if c.kind == "duration")
    assert timed.verdict == verdict, timed.explanation


def test_an_overnight_arrival_clock_is_the_next_morning(shared_gazetteer: Any) -> None:
    j = story("The sleeper train left London Euston at 11:50 p.m. on Sunday and pulled into "
              "Glasgow Central at 7:05 a.m., a trip of about 640 km.", shared_gazetteer,
              "2024-05-13")
    assert [s.place.name for s in j.stops] == ["London Euston", "Glasgow Central"]
    assert j.stops[0].depart is not None and j.stops[-1].arrive is not None
    assert j.stops[-1].arrive - j.stops[0].depart == timedelta(hours=7, minutes=15)
    arrival = next(c for c in j.claims if c.kind == "time" and c.event == "arrival")
    assert arrival.text == "at 7:05 a.m."  # not "Sunday", a day the clock is not on


@pytest.mark.parametrize("words", [
    "The Zephyr left Chicago on Saturday afternoon, a scheduled 51-hour trip, and reached "
    "Denver on Sunday morning.",
    "The ferry left Dover on Saturday, delayed due to high winds, and reached Calais on "
    "Sunday.",
])
def test_a_timetable_or_a_cause_is_no_plan_ahead(shared_gazetteer: Any, words: str) -> None:
    # a Monday story: Saturday and Sunday are the two days before it, not the coming ones
    j = story(words, shared_gazetteer, "2024-10-21")
    days = [(c.text, c.time) for c in j.claims if c.kind == "time"]
    assert [d[1].date().isoformat() for d in days] == ["2024-10-19", "2024-10-20"], days


def test_a_plan_told_in_a_monday_story_looks_ahead() -> None:
    from routes.reading._dates import sentence_time

    told = sentence_time("The ship is due to dock in Lisbon on Saturday.", date(2024, 10, 21),
                         None)
    assert told.day == date(2024, 10, 26)
    past = sentence_time("The ship docked in Lisbon on Saturday, due to a storm.",
                         date(2024, 10, 21), None)
    assert past.day == date(2024, 10, 19)


def test_another_distance_is_the_next_leg_not_the_whole_trip(shared_gazetteer: Any) -> None:
    j = story("The aid convoy left Mombasa on Thursday and drove 480 km to Nairobi, arriving on "
              "Friday evening, before heading on to Kampala, another 660 km away.",
              shared_gazetteer, "2024-09-09")
    more = claim(j, "660 km")
    assert (more.origin, more.destination, more.verdict) == ("Nairobi", "Kampala",
                                                             "consistent")


def test_a_trek_may_wind_further_than_a_road_would(shared_gazetteer: Any) -> None:
    j = story("Two climbers walked from Chamonix to Zermatt in 12 days, a trek of about 180 km.",
              shared_gazetteer, "2024-05-27")
    trek = claim(j, "about 180 km")
    assert trek.verdict == "unverifiable" and "a path that winds" in trek.explanation
    # but not three times as far as any road
    j = story("Two climbers walked from Chamonix to Zermatt in 12 days, a trek of about 400 km.",
              shared_gazetteer, "2024-05-27")
    assert claim(j, "about 400 km").verdict == "inconsistent"


def test_a_time_to_something_else_that_happened_is_no_trips_time(
        shared_gazetteer: Any) -> None:
    j = story("The cargo ship left the port of Baltimore shortly after midnight on Tuesday, "
              "bound for Colombo, a voyage of about 27 days, and struck a bridge about 30 "
              "minutes later.", shared_gazetteer, "2024-03-26")
    assert [c.text for c in j.claims if c.kind == "duration"] == ["about 27 days"]
    assert all(c.verdict != "inconsistent" for c in j.claims)


def test_returning_with_no_place_goes_back_to_where_the_trip_began(
        shared_gazetteer: Any) -> None:
    j = story("The minister took the train from London to Edinburgh on Sunday, a journey of "
              "just over five hours, and returned on Wednesday.", shared_gazetteer, "2024-04-04")
    assert [s.place.name for s in j.stops] == ["London", "Edinburgh", "London"]
    # not "returned fire", "returned to power": no trip
    j = story("The minister took the train from London to Edinburgh on Sunday and returned "
              "the call on Monday.", shared_gazetteer, "2024-04-04")
    assert [s.place.name for s in j.stops] == ["London", "Edinburgh"]


def test_a_trip_told_through_its_calls_runs_from_before_them(shared_gazetteer: Any) -> None:
    j = story("The ferry left Piraeus at 7:30 a.m. on Sunday. It stopped at Paros and Naxos and "
              "reached Santorini at 3 p.m., a trip of about 230 km.", shared_gazetteer,
              "2024-10-14")
    trip = claim(j, "about 230 km")
    assert (trip.origin, trip.destination, trip.verdict) == ("Piraeus", "Santorini",
                                                             "consistent")
    # the clock is Santorini's, told with it; the calls before it are not given it
    naxos = next(s for s in j.stops if s.place.name == "Naxos")
    assert naxos.arrive is None
    santorini = j.stops[-1]
    assert santorini.arrive is not None and santorini.arrive.utcoffset() == timedelta(hours=3)


def test_an_arrival_told_after_two_asides_is_the_goals(shared_gazetteer: Any) -> None:
    j = story("The runner set off from Paris on Saturday morning and ran to Brussels, about "
              "300 km, in 40 hours, arriving on Sunday evening.", shared_gazetteer, "2024-07-01")
    assert j.stops[-1].place.name == "Brussels" and j.stops[-1].arrive is not None
    assert j.stops[-1].arrive - j.stops[0].depart == timedelta(hours=34)


@pytest.mark.parametrize(("name", "zone"), [
    ("Santorini", "Europe/Athens"), ("La Gomera", "Atlantic/Canary"), ("Tahiti", "Pacific/Tahiti")])
def test_a_small_curated_region_keeps_its_nearest_towns_clock(
        shared_gazetteer: Any, name: str, zone: str) -> None:
    assert shared_gazetteer.resolve(name).place.timezone == zone


def test_returning_by_a_named_means_is_a_leg_home_by_it(shared_gazetteer: Any) -> None:
    j = story("The mayor flew from New York to Washington on Tuesday, a 45-minute flight, and "
              "returned by train on Thursday.", shared_gazetteer, "2024-07-26")
    assert [(leg.origin, leg.destination, leg.mode) for leg in j.legs] == [
        ("New York City", "Washington", "air"), ("Washington", "New York City", "rail")]


def test_a_town_by_way_of_which_a_goal_was_reached_comes_before_it(
        shared_gazetteer: Any) -> None:
    # no day told for the flight: the stops follow the order the sentence means
    j = story("The president flew into Brindisi from Kyiv by way of Rzeszow, Poland, a trip of "
              "more than 1,500 km.", shared_gazetteer, "2024-06-14")
    assert [s.place.name for s in j.stops] == ["Kyiv", "Rzeszow", "Brindisi"]


@pytest.mark.parametrize(("words", "low", "high"), [
    ("a flight that took a little over three hours", 3.0, 3.75),
    ("slightly under 40 km", 36.0, 40.0),
    ("a bit more than 2 hours", 2.0, 2.5),
])
def test_a_little_over_is_bounded_as_just_over_is(words: str, low: float, high: float) -> None:
    from routes.reading._figures import find_figures

    [fig] = find_figures(words)
    assert (fig.low, fig.high) == (pytest.approx(low), pytest.approx(high))


def test_a_time_told_after_a_distance_in_one_sentence_shares_its_leg(
        shared_gazetteer: Any) -> None:
    j = story("The freed prisoners were driven out of the camp. The journey from Rafah to the "
              "Sheba Medical Center near Tel Aviv, about 100 km, took less than two hours.",
              shared_gazetteer, "2023-11-28")
    far, time_taken = claim(j, "about 100 km"), claim(j, "less than two hours")
    assert (far.origin, far.destination) == ("Rafah", "Tel Aviv")
    assert (time_taken.origin, time_taken.destination) == ("Rafah", "Tel Aviv")


def test_an_air_base_is_a_building_placed_at_its_town(shared_gazetteer: Any) -> None:
    from routes.reading import find_places

    # (a base the gazetteer lacks; Hmeimim, the Russian base near Latakia, it now lists)
    found = find_places([read_text("The president flew to Shayrat Air Base near Homs.",
                                   "a.txt")], shared_gazetteer)
    base = next(pm for pm in found if pm.place.name == "Shayrat Air Base")
    assert base.place.kind == "landmark" and base.place.id.endswith("@geonames:169577")


FIRST_REPORT = (
    "Kim crosses into Russia\n"
    "date 2019-04-24\n"
    "SEOUL — North Korea's leader crossed into Russia by train on Wednesday morning on his way "
    "to Vladivostok.\n"
    "His train left Pyongyang early on Wednesday and crossed the border at Khasan shortly after "
    "10 a.m. local time.\n"
    "Vladivostok lies about 200 km north of the border crossing.\n"
)
SECOND_REPORT = (
    "Kim reaches Vladivostok\n"
    "date 2019-04-25\n"
    "VLADIVOSTOK — North Korea's leader Kim Jong Un arrived in Vladivostok at about 6 p.m. on "
    "Wednesday.\n"
    "Kim left Vladivostok by train on Friday afternoon for the journey home.\n"
)


def test_two_reports_of_one_trip_make_one_visit_of_its_goal(shared_gazetteer: Any) -> None:
    journey = read_story([read_text(FIRST_REPORT, "first.txt"),
                          read_text(SECOND_REPORT, "second.txt")], shared_gazetteer)
    j = check_journey(measure_journey(journey))
    # "on his way to Vladivostok" in one report is the arrival another report times, not a
    # visit of its own before the border crossing
    assert [s.place.name for s in j.stops] == ["Pyongyang", "Khasan", "Vladivostok",
                                               "Pyongyang"]  # ("for the journey home")
    north = claim(j, "about 200 km")
    assert (north.origin, north.destination, north.verdict) == ("Khasan", "Vladivostok",
                                                                "consistent")


def test_a_trip_to_a_building_placed_at_its_town_stops_in_the_town(
        shared_gazetteer: Any) -> None:
    j = story("The president left Damascus on Sunday and flew to Shayrat Air Base near Homs.",
              shared_gazetteer, "2024-12-09")
    assert [s.place.name for s in j.stops] == ["Damascus", "Homs"]
    # a building only named, with no trip to it, gives its town no role
    j = story("The president left Damascus on Sunday, having spoken at Shayrat Air Base near "
              "Homs a week earlier.", shared_gazetteer, "2024-12-09")
    assert [s.place.name for s in j.stops] == ["Damascus"]


def test_a_route_named_by_its_two_ends_gives_the_figures_their_leg(
        shared_gazetteer: Any) -> None:
    journey = read_story([read_text("date 2024-09-02\nPassengers on the Kyiv-Przemysl train "
                                    "said the 600 km journey took almost 12 hours on Sunday.\n",
                                    "c.txt")], shared_gazetteer)
    km = claim(journey, "600 km")
    assert (km.origin, km.destination) == ("Kyiv", "Przemysl")
    # two places joined by a dash with no route after them are no route ("the Israel-Gaza war")
    from routes.reading._story import _ROUTE_NOUN_AFTER

    assert _ROUTE_NOUN_AFTER.match(" train said") and not _ROUTE_NOUN_AFTER.match(" war began")


def test_buses_named_for_a_figure_between_two_places_are_judged_as_road_vehicles(
        shared_gazetteer: Any) -> None:
    j = story("The evacuation buses took residents from Sumy to Poltava, about 175 km to the "
              "south, on Sunday, a trip that took five hours because of checkpoints.",
              shared_gazetteer, "2024-10-28")
    five = claim(j, "five hours")
    assert five.verdict == "consistent" and "for a car or bus" in five.explanation


def test_the_end_of_a_flight_is_the_leg_just_flown(shared_gazetteer: Any) -> None:
    j = story("The prime minister arrived in Tokyo on Monday at the end of a 12-hour flight "
              "from Paris.", shared_gazetteer, "2024-09-17")
    flight = claim(j, "12-hour flight")
    assert (flight.origin, flight.destination) == ("Paris", "Tokyo")
    assert not j.events
