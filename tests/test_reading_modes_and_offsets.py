"""A way told for the next leg in the sentence that ends this one, figures of trips not made,
days counted from a visit, a distance gone when something happened, and a town's possessive
before a building it owns. Each once read wrong: an armoured train's leg was driven, a
flight nobody took was checked against the train, "four days later" was a return flight of
four days, a crash site was the bus's goal, and Seoul or Manhattan were no stops at all."""

from __future__ import annotations

from typing import Any

from routes.gazetteer._build import _useful_alternate
from tests.stories import checked_story, claim_told, stops

HANOI = ("Kim Jong Un arrived in Vietnam on Tuesday after a journey of some 4,000 kilometers "
         "by armored train from Pyongyang. His train pulled into Dong Dang shortly after 8 "
         "a.m., and he continued to Hanoi by car, a drive of about 170 kilometers. The trip "
         "by rail took about 60 hours.")


def test_a_way_told_after_the_next_leg_sets_off_is_that_legs(shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI, "2019-02-26", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Dong Dang", "Hanoi"]
    assert [leg.mode for leg in journey.legs] == ["rail", "road"]


def test_the_trip_by_rail_is_the_rail_legs(shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI, "2019-02-26", shared_gazetteer)
    took = claim_told(journey, "about 60 hours")
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
    assert stops(journey) == ["Rome", "Lisbon", "Rome"]


def test_a_return_days_after_a_dated_flight_is_kept(shared_gazetteer: Any) -> None:
    text = "He flew from Rome to Lisbon on Tuesday and returned to Rome four days later."
    journey = checked_story(text, "2023-10-12", shared_gazetteer)
    assert stops(journey) == ["Rome", "Lisbon", "Rome"]
    assert [leg.direction for leg in journey.legs] == ["outbound", "return"]


def test_days_later_after_a_leaving_dates_the_arrival(shared_gazetteer: Any) -> None:
    text = ("The cyclists set off from Land's End on April 20 and reached John o' Groats 14 "
            "days later.")
    journey = checked_story(text, "2024-05-06", shared_gazetteer)
    assert "arrived 2024-05-04" in journey.stops[-1].note


def test_a_return_hours_after_a_leaving_is_the_trips_time(shared_gazetteer: Any) -> None:
    text = "Kim left Hanoi on Saturday and returned to Pyongyang 60 hours later."
    journey = checked_story(text, "2019-03-05", shared_gazetteer)
    took = claim_told(journey, "60 hours")
    assert (took.origin, took.destination) == ("Hanoi", "Pyongyang")


def test_a_distance_gone_when_something_happened_has_no_ends(shared_gazetteer: Any) -> None:
    text = ("A bus from Nairobi to Kisumu overturned on Sunday night. The bus had left Nairobi "
            "at 6 p.m. and had covered about 90 kilometers when the driver lost control.")
    journey = checked_story(text, "2024-03-11", shared_gazetteer)
    gone = claim_told(journey, "about 90 kilometers")
    assert (gone.origin, gone.destination) == (None, None)
    assert gone.verdict == "unverifiable"


def test_a_town_owning_an_unknown_building_is_the_stop(shared_gazetteer: Any) -> None:
    text = ("They left Manhattan's Red Ball Garage at 9:15 p.m. on Thursday and arrived in "
            "Redondo Beach on Saturday afternoon, covering 2,825 miles.")
    journey = checked_story(text, "2024-08-05", shared_gazetteer)
    assert stops(journey) == ["Manhattan", "Redondo Beach"]
    covered = claim_told(journey, "2,825 miles")
    assert covered.verdict == "consistent"


def test_a_goal_after_an_owned_airport_is_reached(shared_gazetteer: Any) -> None:
    text = ("Kishida flew from Tokyo's Haneda airport to Seoul on Sunday. He returned to Tokyo "
            "on Monday evening.")
    journey = checked_story(text, "2023-05-08", shared_gazetteer)
    assert stops(journey) == ["Haneda Airport", "Seoul", "Tokyo"]


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
    assert stops(journey)[-1] == "Vladivostok"
    ride = claim_told(journey, "about 700 kilometers")
    assert (ride.origin, ride.destination) == ("Pyongyang", "Vladivostok")


def test_a_country_town_with_its_name_after_is_that_town(shared_gazetteer: Any) -> None:
    text = ("Trudeau arrived in Kyiv by train on Monday morning. He had travelled overnight "
            "from the Polish city of Rzeszow, about 400 kilometres to the west.")
    journey = checked_story(text, "2025-02-24", shared_gazetteer)
    assert stops(journey) == ["Rzeszow", "Kyiv"]


def test_an_undated_leaving_from_an_airport_comes_before_its_flight(
        shared_gazetteer: Any) -> None:
    text = ("Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit. "
            "Kishida flew from Tokyo's Haneda airport and landed at Seoul Air Base in "
            "Seongnam, south of the capital, shortly after noon. He returned to Tokyo on "
            "Monday evening.")
    journey = checked_story(text, "2023-05-08", shared_gazetteer)
    assert stops(journey) == ["Haneda Airport", "Seongnam-si", "Seoul",
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
    assert "Cairo" not in stops(journey)
    trip = claim_told(journey, "about 1,200 kilometers")
    assert (trip.origin, trip.destination) == ("Beijing", "Shanghai")


def test_a_bearing_of_where_a_trip_came_to_grief_has_no_goal(shared_gazetteer: Any) -> None:
    text = ("A bus heading from Lima to Huancayo plunged into a ravine on Sunday, about 120 "
            "kilometers east of the capital, killing 24 people.")
    journey = checked_story(text, "2023-11-20", shared_gazetteer)
    where = claim_told(journey, "about 120 kilometers")
    assert where.destination is None
    assert where.verdict == "unverifiable"


def test_a_bearing_of_a_place_reached_still_has_its_ends(shared_gazetteer: Any) -> None:
    journey = checked_story("Kim arrived in Dandong on Tuesday, about 220 km north of "
                            "Pyongyang.", "2019-01-10", shared_gazetteer)
    where = claim_told(journey, "about 220 km")
    assert (where.origin, where.destination) == ("Pyongyang", "Dandong")


def test_no_leg_sets_off_from_a_goal_not_reached(shared_gazetteer: Any) -> None:
    text = ("A China Airlines flight from Taipei to Los Angeles returned to Taoyuan airport "
            "about four hours after takeoff on Sunday because of a mechanical problem.")
    journey = checked_story(text, "2024-10-07", shared_gazetteer)
    took = claim_told(journey, "about four hours")
    assert took.origin != "Los Angeles"
    assert took.verdict != "inconsistent"


def test_the_length_of_a_listed_tour_is_no_legs(shared_gazetteer: Any) -> None:
    text = ("Pope Francis flew home to Rome from Singapore on Friday. He visited Indonesia, "
            "Papua New Guinea, East Timor and Singapore, covering nearly 33,000 kilometers.")
    journey = checked_story(text, "2024-09-16", shared_gazetteer)
    tour = claim_told(journey, "nearly 33,000 kilometers")
    assert (tour.origin, tour.destination) == (None, None)
    assert tour.verdict == "unverifiable"


def test_a_plan_told_past_an_abbreviation_is_still_a_plan(shared_gazetteer: Any) -> None:
    text = ("Modi left New Delhi on Tuesday for a state visit to the United States. He will "
            "first travel to New York, where he will lead a yoga session at U.N. headquarters, "
            "before flying to Washington.")
    journey = checked_story(text, "2023-06-12", shared_gazetteer)
    assert stops(journey) == ["New Delhi"]


def test_a_day_told_after_the_start_is_the_starts(shared_gazetteer: Any) -> None:
    """The torch's arrival took the day its relay began, and was drawn before Athens."""
    text = ("The Olympic torch completed its relay across France on Friday, arriving at the "
            "Stade de France in Saint-Denis after a journey that began in Marseille on May 8. "
            "The flame had reached Marseille from Athens aboard the ship Belem, a 12-day "
            "voyage.")
    journey = checked_story(text, "2024-07-29", shared_gazetteer)
    assert stops(journey) == ["Athens", "Marseille", "Stade de France"]
    assert "arrived 2024-07-26" in journey.stops[-1].note


def test_the_flight_told_next_is_the_one_told_before(shared_gazetteer: Any) -> None:
    text = ("Chinese President Xi Jinping arrived in Pyongyang on Thursday for a two-day state "
            "visit. Xi flew from Beijing on an Air China Boeing 747 and was greeted at "
            "Pyongyang's Sunan International Airport by Kim Jong Un. The flight of about 800 "
            "kilometers took just under two hours. He flew back to Beijing on Friday afternoon.")
    journey = checked_story(text, "2019-06-21", shared_gazetteer)
    for told in ("about 800 kilometers", "just under two hours"):
        claim = claim_told(journey, told)
        assert (claim.origin, claim.destination) == ("Beijing", "Pyongyang")
        assert claim.verdict == "consistent"


def test_the_lede_past_a_dateline_names_the_traveller(shared_gazetteer: Any) -> None:
    """With the dateline read as the first sentence, the lede's Kim lost to Trump, named twice,
    and Trump's flight home to Washington was drawn as Kim's."""
    text = ("SINGAPORE (AP) — Kim Jong Un flew home to Pyongyang on Tuesday night, hours after "
            "his summit with President Donald Trump on Sentosa island. He had arrived in "
            "Singapore on Sunday after a flight of nearly seven hours. Trump left Singapore on "
            "Tuesday evening for a 24-hour journey back to Washington.")
    journey = checked_story(text, "2018-06-13", shared_gazetteer)
    assert journey.traveller == "Kim Jong Un"
    assert "Washington" not in stops(journey)
    assert stops(journey)[-1] == "Pyongyang"


KIM_2018 = ("Kim Jong Un made a surprise visit to Beijing this week, Chinese and North Korean "
            "state media said Wednesday. Kim's armored train arrived at Beijing Railway Station "
            "on Monday afternoon after an overnight journey from Pyongyang via Dandong. He met "
            "Chinese President Xi Jinping at the Great Hall of the People and left Beijing by "
            "train on Tuesday afternoon.")


def test_a_stop_on_the_way_to_an_arrival_comes_before_it(shared_gazetteer: Any) -> None:
    journey = checked_story(KIM_2018, "2018-03-28", shared_gazetteer)
    names = stops(journey)
    assert names.index("Dandong") < names.index("Beijing Railway Station")


def test_a_city_left_after_its_station_and_halls_is_drawn_last(
        shared_gazetteer: Any) -> None:
    """And the lede's visit, dated by the day the news was told, is no stop of its own."""
    journey = checked_story(KIM_2018, "2018-03-28", shared_gazetteer)
    assert stops(journey) == [
        "Pyongyang", "Dandong", "Beijing Railway Station", "Great Hall of the People",
        "Beijing"]


def test_the_day_news_was_told_is_not_the_day_of_what_it_tells() -> None:
    from datetime import date

    from routes.reading._dates import sentence_time

    told = sentence_time("Kim made a surprise visit to Beijing, state media said Wednesday.",
                         date(2018, 3, 28), None)
    assert told.day is None
    both = sentence_time("Kim left Beijing on Tuesday, state media said Wednesday.",
                         date(2018, 3, 28), None)
    assert both.day == date(2018, 3, 27)


def test_a_border_crossed_before_going_on_and_the_trip_from_its_start(
        shared_gazetteer: Any) -> None:
    """Kim's 2019 trip to Vladivostok: Khasan, crossed "before continuing ... to
    Vladivostok", had been drawn after the arrival, and "The trip from Pyongyang" was no
    stop and its 20 hours had no ends."""
    text = ("North Korean leader Kim Jong Un arrived in Vladivostok by armored train on "
            "Wednesday for his first summit with Russian President Vladimir Putin. Kim's train "
            "crossed into Russia at the border town of Khasan earlier in the day, where he was "
            "greeted with bread and salt, before continuing the roughly 300-kilometer ride to "
            "Vladivostok. The trip from Pyongyang took about 20 hours.")
    journey = checked_story(text, "2019-04-25", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Khasan", "Vladivostok"]
    took = claim_told(journey, "about 20 hours")
    assert (took.origin, took.destination) == ("Pyongyang", "Vladivostok")
    assert took.verdict == "consistent"


def test_a_trip_told_as_ended_with_what_it_included_is_the_whole_stay(
        shared_gazetteer: Any) -> None:
    """The six days had been checked as the ride Komsomolsk-on-Amur - Artyom and called far
    too slow; and a border the train "was expected to reach" was drawn as reached."""
    text = ("Kim Jong Un left Russia's Far East on Sunday, ending a six-day trip that included "
            "visits to a fighter jet plant in Komsomolsk-on-Amur and a naval base in "
            "Vladivostok. His train departed from Artyom, a town near Vladivostok, in the late "
            "afternoon and was expected to reach the border at Khasan, about 230 kilometers to "
            "the southwest, by Monday.")
    journey = checked_story(text, "2023-09-18", shared_gazetteer)
    assert not [c for c in journey.claims if c.text == "six-day"]
    assert any(e.kind == "tour" for e in journey.events)
    assert "Khasan" not in stops(journey)
    border = claim_told(journey, "about 230 kilometers")
    assert (border.origin, border.destination) == ("Artyom", "Khasan")


def test_a_goal_a_flight_turned_back_from_is_not_reached(shared_gazetteer: Any) -> None:
    text = ("An Alaska Airlines Boeing 737 Max 9 made an emergency landing in Portland on Friday "
            "night after a panel blew out. Flight 1282 had left Portland International Airport "
            "at 5:07 p.m. bound for Ontario, California, and returned about 20 minutes later.")
    journey = checked_story(text, "2024-01-08", shared_gazetteer)
    assert "Ontario" not in stops(journey)
    assert any("turned back" in n for n in journey.notes)


def test_a_city_of_millions_by_the_first_word_of_its_name(shared_gazetteer: Any) -> None:
    text = ("Biden flew from Lima to Manaus on Sunday. The flight from Manaus to Rio took about "
            "four hours.")
    journey = checked_story(text, "2024-11-18", shared_gazetteer)
    took = claim_told(journey, "about four hours")
    assert (took.origin, took.destination) == ("Manaus", "Rio de Janeiro")
    assert not [n for n in journey.notes if "'Rio' could not be placed" in n]


KIM_2019_HOME = (
    "Kim Jong Un's train left Beijing on Wednesday afternoon and arrived back in Pyongyang on "
    "Thursday, North Korean state media said. The train, which crossed the border at Dandong "
    "late Wednesday night, covered the roughly 1,350 kilometers in about 20 hours. Kim had "
    "spent two days in the Chinese capital, where he met President Xi Jinping and visited a "
    "pharmaceutical factory in the Yizhuang economic zone.")


def test_a_stay_told_after_the_leaving_it_ended_comes_before_it(
        shared_gazetteer: Any) -> None:
    """The two days in Beijing had been drawn after Dandong, as a second visit, so the train
    went Beijing - Dandong - Beijing - Pyongyang and the Thursday arrival was called
    impossible."""
    journey = checked_story(KIM_2019_HOME, "2019-01-11", shared_gazetteer)
    names = stops(journey)
    assert names[-3:] == ["Beijing", "Dandong", "Pyongyang"]
    assert names.count("Beijing") == 1
    assert all(c.verdict != "inconsistent" for c in journey.claims)


def test_a_figure_after_a_relative_clause_is_the_trip_told_before(
        shared_gazetteer: Any) -> None:
    journey = checked_story(KIM_2019_HOME, "2019-01-11", shared_gazetteer)
    for told in ("roughly 1,350 kilometers", "about 20 hours"):
        claim = claim_told(journey, told)
        assert (claim.origin, claim.destination) == ("Beijing", "Pyongyang")
        assert claim.verdict == "consistent"


def test_what_came_before_a_leaving_in_the_past_perfect_comes_first(
        shared_gazetteer: Any) -> None:
    text = ("North Korean leader Kim Jong Un wrapped up a four-day trip to China on Thursday, "
            "returning to Pyongyang by special train. The train departed Beijing on Wednesday "
            "afternoon after Kim had lunch with Chinese President Xi Jinping at the Beijing "
            "Hotel. The journey of about 1,350 km usually takes around 20 hours.")
    journey = checked_story(text, "2019-01-10", shared_gazetteer)
    assert stops(journey) == ["Beijing Hotel", "Beijing", "Pyongyang"]
    trip = claim_told(journey, "about 1,350 km")
    assert (trip.origin, trip.destination) == ("Beijing", "Pyongyang")


def test_the_travellers_title_names_the_traveller(shared_gazetteer: Any) -> None:
    text = ("North Korean leader Kim Jong Un arrived in Vladivostok by train on Wednesday. The "
            "North Korean leader flew from Vladivostok to Khabarovsk on Friday.")
    journey = checked_story(text, "2019-04-27", shared_gazetteer)
    assert stops(journey) == ["Vladivostok", "Khabarovsk"]


def test_a_title_two_people_bear_names_neither() -> None:
    from routes.reading._story import _title_before

    text = ("Russian President Vladimir Putin met Kim. Russian President Boris Yeltsin had "
            "met his father.")
    assert _title_before("vladimir putin", {"vladimir putin", "boris yeltsin"}, text) is None
    alone = _title_before("vladimir putin", {"vladimir putin"}, "Russian President Vladimir "
                          "Putin met Kim.")
    assert alone is not None and alone.match("The Russian president flew home.")


def test_a_headline_sets_the_way_a_body_does_not_tell(shared_gazetteer: Any) -> None:
    # "Ferry sails the Aegean" over a body naming only the ship and its ports: by sea, not by
    # road between islands
    from routes.checking import check_journey
    from routes.network import measure_journey
    from routes.reading import read_story, read_text

    text = ("date 2024-07-22\nFerry sails the Aegean\n\nPIRAEUS, Greece - The Blue Star Delos "
            "left Piraeus at 7:25 a.m. on Sunday and called at Paros and Naxos before reaching "
            "Santorini at 3:15 p.m.")
    journey = check_journey(measure_journey(read_story([read_text(text, "ferry.txt")],
                                                       shared_gazetteer)))
    assert stops(journey) == ["Piraeus", "Paros", "Naxos", "Santorini"]
    assert [leg.mode for leg in journey.legs] == ["sea", "sea", "sea"]


def test_a_body_that_tells_the_way_outranks_its_headline(shared_gazetteer: Any) -> None:
    from routes.reading import read_story, read_text

    text = ("date 2024-07-22\nTrain strike ends\n\nThe minister flew from Madrid to Lima on "
            "Monday.")
    journey = read_story([read_text(text, "strike.txt")], shared_gazetteer)
    assert [leg.mode for leg in journey.legs] == ["air"]
