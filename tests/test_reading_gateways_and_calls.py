"""A city reached at its station or airport, calls told after the arrival, a trip told again,
and words that say where a trip did not go. Each once read wrong: the city came before the
station it was reached at, a leader's earlier trip was drawn as part of this one, a train's
calls came after its terminus, and "does not pass through Kolkata" made Kolkata a stop."""

from __future__ import annotations

from typing import Any

import pytest

from tests.stories import checked_story, claim_told, stops

VLADIVOSTOK = (
    "North Korean leader Kim Jong Un rolled into Vladivostok aboard his armored train on "
    "Wednesday evening. Kim left Pyongyang on Tuesday and traveled north along the country's "
    "east coast to the border town of Tumangang. His train pulled into Khasan late on "
    "Wednesday morning. It arrived at Vladivostok's 19th-century railway station shortly "
    "after 6 p.m. The summit comes two months after Kim's meeting with Donald Trump in Hanoi. "
    "For that trip, Kim spent more than 60 hours on his train, rolling through China via the "
    "border city of Dandong. Kim's father, Kim Jong Il, crossed Russia by train in 2001.")


def test_a_city_reached_at_its_station_comes_after_it(shared_gazetteer: Any) -> None:
    journey = checked_story(VLADIVOSTOK, "2019-04-25", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Tumangang Station", "Khasan",
                              "Vladivostok Railway Station", "Vladivostok"]


def test_that_trip_is_another_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(VLADIVOSTOK, "2019-04-25", shared_gazetteer)
    assert "Dandong" not in stops(journey)


def test_of_two_full_names_as_often_told_the_first_is_the_traveller(
        shared_gazetteer: Any) -> None:
    journey = checked_story(VLADIVOSTOK, "2019-04-25", shared_gazetteer)
    assert journey.traveller == "Kim Jong Un"


def test_a_city_owns_the_building_its_possessive_describes(shared_gazetteer: Any) -> None:
    text = "The president arrived at Beijing's main railway station on Tuesday by train."
    journey = checked_story(text, "2019-01-09", shared_gazetteer)
    assert "Beijing Railway Station" in stops(journey)


HANOI = (
    "Russian President Vladimir Putin arrived in Hanoi early on Thursday for a state visit. "
    "Putin's jet touched down at Noi Bai International Airport shortly after 1 a.m. local "
    "time. The Russian leader had flown into Pyongyang from Yakutsk, where he held meetings "
    "on Tuesday. That flight landed at Pyongyang's Sunan International Airport at about "
    "3 a.m. on Wednesday. Putin attended a welcome ceremony in Kim Il Sung Square on "
    "Wednesday morning. Putin left Pyongyang on Wednesday evening for the trip to Hanoi. On "
    "Thursday, Putin was formally received at the Presidential Palace, then laid a wreath at "
    "the Ho Chi Minh Mausoleum.")


def test_an_arrival_told_first_is_the_goal_of_the_trip_told_after(
        shared_gazetteer: Any) -> None:
    journey = checked_story(HANOI, "2024-06-20", shared_gazetteer)
    assert stops(journey) == [
        "Yakutsk", "Pyongyang Sunan International Airport", "Kim Il Sung Square", "Pyongyang",
        "Noi Bai International Airport", "Hanoi", "Presidential Palace (Hanoi)",
        "Ho Chi Minh Mausoleum"]


def test_a_sleeper_s_calls_told_after_its_arrival_are_on_the_way(
        shared_gazetteer: Any) -> None:
    text = ("The first overnight high-speed train from Beijing arrived at Hong Kong's West "
            "Kowloon station on Sunday morning. The train left Beijing West railway station at "
            "about 7:45 p.m. on Saturday and reached Hong Kong about 12 hours later. Overnight, "
            "the train called at Shijiazhuang in Hebei province and at Wuhan. It later stopped "
            "at Shenzhen North before crossing into Hong Kong.")
    journey = checked_story(text, "2024-06-16", shared_gazetteer)
    assert stops(journey) == [
        "Beijing West Railway Station", "Shijiazhuang", "Wuhan",
        "Shenzhen North railway station", "Hong Kong West Kowloon station", "Hong Kong"]


def test_places_a_train_does_not_pass_are_no_stops(shared_gazetteer: Any) -> None:
    text = ("Ananya Barua boarded the train in Dibrugarh on Saturday evening. By the time she "
            "reached Kanyakumari, the train had covered 4,189 kilometers. It first ran to "
            "Guwahati. She got off at Visakhapatnam and at Vijayawada. The train stopped at "
            "Coimbatore and the state capital Thiruvananthapuram before the final run to "
            "Kanyakumari. It does not pass through Kolkata, Mumbai or New Delhi.")
    journey = checked_story(text, "2024-11-27", shared_gazetteer)
    assert stops(journey) == ["Dibrugarh", "Guwahati", "Visakhapatnam", "Vijayawada",
                              "Coimbatore", "Thiruvananthapuram", "Kanyakumari"]


def test_a_station_told_again_by_its_own_name_alone(shared_gazetteer: Any) -> None:
    text = ("Chinese Premier Li Qiang boarded the train at Halim station in Jakarta. The "
            "train ran to Padalarang station, where Li stepped down briefly before riding back "
            "to Halim.")
    journey = checked_story(text, "2023-09-06", shared_gazetteer)
    assert stops(journey) == ["Halim railway station", "Padalarang", "Halim railway station"]
    assert not any("'Halim' could not be placed" in n for n in journey.notes)


KYIV = (
    "President Joe Biden walked through the center of Kyiv on Monday morning, a surprise "
    "visit that capped a clandestine journey of nearly a full day from Washington. Biden left "
    "Joint Base Andrews outside Washington at 4:15 a.m. Sunday aboard a modified Boeing 757. "
    "The plane made a refueling stop at Ramstein Air Base in Germany after a flight of roughly "
    "eight hours, then continued to Rzeszow in southeastern Poland. From Rzeszow, Biden was "
    "driven about an hour to the border town of Przemysl, where he boarded a train for a "
    "10-hour overnight ride into Ukraine. He arrived at Kyiv's central station at about 8 a.m. "
    "Monday. Biden left Kyiv on Monday afternoon to travel back by train to Przemysl.")


def test_goals_told_one_after_another_are_reached_in_that_order(
        shared_gazetteer: Any) -> None:
    journey = checked_story(KYIV, "2023-02-20", shared_gazetteer)
    assert stops(journey) == [
        "Washington", "Joint Base Andrews", "Ramstein Air Base", "Rzeszow", "Przemysl",
        "Kyiv-Pasazhyrskyi railway station", "Kyiv", "Przemysl"]
    # the hour told after "outside Washington" is the air base's
    assert journey.stops[1].depart is not None and journey.stops[1].depart.hour == 4


def test_each_leg_takes_the_way_its_own_telling_gives(shared_gazetteer: Any) -> None:
    journey = checked_story(KYIV, "2023-02-20", shared_gazetteer)
    assert [(leg.mode, leg.mode_told) for leg in journey.legs] == [
        ("road", False),  # (a few km to an air base: no train)
        ("air", True), ("air", True), ("road", True), ("rail", True), ("road", True),
        ("rail", True)]  # (back to Przemysl by train, not by road as the first time)


def test_flying_home_to_a_place_is_going_there(shared_gazetteer: Any) -> None:
    text = ("Chinese President Xi Jinping left Pyongyang on Friday after a two-day visit, "
            "flying home to Beijing on an Air China jet.")
    journey = checked_story(text, "2019-06-22", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Beijing"]


def test_a_tour_told_backwards_runs_forwards(shared_gazetteer: Any) -> None:
    text = ("Modi arrived in Sydney on Monday night from Port Moresby, about 2,750 km north of "
            "Sydney. Modi had flown to Port Moresby from Hiroshima, where he attended the G7 "
            "summit from Friday to Sunday. His return flight from Sydney is expected to take "
            "roughly 12 hours.")
    journey = checked_story(text, "2023-05-24", shared_gazetteer)
    # (and the flight home, still to come, leaves no stop of its own in Sydney)
    assert stops(journey) == ["Hiroshima", "Port Moresby", "Sydney"]


XI_TOUR = (
    "Chinese President Xi Jinping wrapped up a five-day European tour in Hungary. Xi and "
    "Orban signed 18 agreements on Thursday, including on rail and nuclear energy. The trip "
    "began on Sunday when his plane landed at Paris Orly airport. On Tuesday Macron took Xi on "
    "a flight south to Tarbes. Xi flew from the Pyrenees to Belgrade on Tuesday evening. Xi "
    "then left Belgrade for Budapest on Wednesday afternoon. Xi's plane was expected to leave "
    "Budapest Liszt Ferenc airport on Friday morning for the return to Beijing.")


def test_rail_as_a_topic_makes_no_train_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(XI_TOUR, "2024-05-10", shared_gazetteer)
    assert stops(journey) == ["Paris-Orly Airport", "Tarbes", "Belgrade", "Budapest"]
    assert "rail" not in [leg.mode for leg in journey.legs]


def test_a_leaving_still_to_come_after_the_trip_told_is_no_stop(shared_gazetteer: Any) -> None:
    journey = checked_story(XI_TOUR, "2024-05-10", shared_gazetteer)
    assert "Beijing" not in stops(journey)
    assert "Budapest Liszt Ferenc International Airport" not in stops(journey)


def test_a_trip_still_to_come_is_read_as_told(shared_gazetteer: Any) -> None:
    text = ("Chilean President Gabriel Boric will fly to the South Pole on Friday. Boric will "
            "leave Santiago on Thursday night for Punta Arenas, some 2,200 km to the south.")
    journey = checked_story(text, "2024-01-10", shared_gazetteer)
    assert stops(journey)[0] == "Santiago"


def test_a_train_bound_for_a_city_that_turned_back_reaches_neither_it_nor_its_station(
        shared_gazetteer: Any) -> None:
    text = ("A Eurostar train bound for Paris turned back to England on Thursday after losing "
            "power inside the Channel Tunnel. The train left London St Pancras International "
            "at 7:01 a.m. for the usual run to Paris Gare du Nord. It was hauled back to the "
            "Folkestone terminal. The train then carried its passengers back to St Pancras, "
            "where it arrived shortly before 1 p.m.")
    journey = checked_story(text, "2024-12-12", shared_gazetteer)
    assert stops(journey) == ["London St Pancras International", "Folkestone",
                              "London St Pancras International"]


def test_a_named_ferry_cut_short_at_a_port_it_went_on_to(shared_gazetteer: Any) -> None:
    text = ("A Greek ferry bound for the Cycladic islands had to cut short its voyage at Naxos "
            "on Saturday. The crew put out the fire, and the ferry, the Blue Aegean, continued "
            "at reduced speed under its own power to the port of Naxos. The Blue Aegean had "
            "left the port of Piraeus at 7:30 a.m. and made a scheduled call at Paros before "
            "heading east toward Naxos.")
    journey = checked_story(text, "2023-08-19", shared_gazetteer)
    assert stops(journey) == ["Piraeus", "Paros", "Naxos"]


CRUISE = (
    "A cruise ship returned to Seattle on Friday morning at the end of a weeklong Alaska "
    "voyage. The captain said the ship docked at Pier 91 shortly after 6 a.m. The ship left "
    "Seattle last Friday with about 2,800 passengers. After a day at sea, it called at Juneau "
    "on Sunday. On Monday the ship sailed up the Lynn Canal to Skagway. Passengers who were "
    "not sick took the historic White Pass railroad up toward the Canadian border. On "
    "Wednesday it docked at Ketchikan. Alaska expects a record 1.6 million cruise passengers "
    "this year, with ships sailing from Seattle, Vancouver and Seward.")


def test_a_cruise_is_no_train_trip_for_one_excursion_by_rail(shared_gazetteer: Any) -> None:
    journey = checked_story(CRUISE, "2023-07-21", shared_gazetteer)
    assert stops(journey) == ["Seattle", "Juneau", "Skagway", "Ketchikan", "Seattle"]
    assert {leg.mode for leg in journey.legs} == {"sea"}


def test_last_friday_in_a_friday_story_is_a_week_before(shared_gazetteer: Any) -> None:
    journey = checked_story(CRUISE, "2023-07-21", shared_gazetteer)
    assert "2023-07-14" in journey.stops[0].note
    assert "Pierre" not in stops(journey)  # ("Pier 91": no town in South Dakota)


def test_a_sister_train_s_route_and_the_final_run_through_to_a_town(
        shared_gazetteer: Any) -> None:
    text = ("Graham Whitfield stepped off the Indian Pacific at East Perth terminal on "
            "Wednesday afternoon, three days after leaving Sydney. The train reached Adelaide "
            "on Monday afternoon. The train called at the goldfields city of Kalgoorlie early "
            "Wednesday before the final run through the wheatbelt to Perth. Its sister train, "
            "The Ghan, runs north from Adelaide to Darwin via Alice Springs. Whitfield said he "
            "planned to fly home to Dubbo via Sydney next week.")
    journey = checked_story(text, "2024-10-16", shared_gazetteer)
    assert stops(journey) == ["Sydney", "Adelaide", "Kalgoorlie", "East Perth"]


def test_the_named_train_the_story_rides_is_the_traveller_s(shared_gazetteer: Any) -> None:
    text = ("Dennis Hagedorn had planned his trip on Amtrak's California Zephyr for two years. "
            "The westbound Zephyr pulled into its final stop in Emeryville early Sunday. "
            "Hagedorn boarded at Chicago Union Station on Thursday afternoon. On Friday morning "
            "it reached Denver. The train passed Salt Lake City in the early hours of Saturday "
            "and crossed the Nevada desert to Reno. Hagedorn said he would spend a week in San "
            "Francisco before flying home to Ohio.")
    journey = checked_story(text, "2023-01-01", shared_gazetteer)
    assert stops(journey) == ["Chicago Union Station", "Denver", "Salt Lake City", "Reno",
                              "Emeryville"]


def test_flying_home_to_the_country_the_trip_began_in_is_a_return(
        shared_gazetteer: Any) -> None:
    text = ("Georgian Prime Minister Irakli Kobakhidze flew from Tbilisi to Brussels on Monday "
            "for talks with EU leaders. He flew home to Georgia on Wednesday.")
    journey = checked_story(text, "2024-02-29", shared_gazetteer)
    assert stops(journey) == ["Tbilisi", "Brussels", "Tbilisi"]


def test_the_capital_is_the_capital_of_the_country_the_article_is_in_there(
        shared_gazetteer: Any) -> None:
    text = ("Ingrid Halvorsen reached Nordkapp on Thursday, completing a six-day drive from Oslo. "
            "Halvorsen, who writes for a leading Oslo newspaper, left the capital last Saturday. "
            "On the first day she drove north through Lillehammer. From there she continued on "
            "to Narvik. She spent a rest day in Tromso. Halvorsen plans to drive back via "
            "Finland and Sweden next week, passing through Rovaniemi and Stockholm.")
    journey = checked_story(text, "2024-03-14", shared_gazetteer)
    assert stops(journey) == ["Oslo", "Lillehammer", "Narvik", "Tromso", "North Cape"]


def test_a_clock_told_past_a_bearing_is_the_place_s_before_it(shared_gazetteer: Any) -> None:
    text = ("Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit. "
            "Kishida flew from Tokyo's Haneda airport and landed at Seoul Air Base in Seongnam, "
            "south of the capital, shortly after noon. He returned to Tokyo on Monday evening.")
    journey = checked_story(text, "2023-05-08", shared_gazetteer)
    assert stops(journey)[:3] == ["Haneda Airport", "Seongnam-si", "Seoul"]
    assert journey.stops[1].arrive is not None and journey.stops[1].arrive.hour == 12


def test_a_capital_described_before_its_name_and_the_trip_named_by_its_figure(
        shared_gazetteer: Any) -> None:
    text = ("Tanzanian President Samia Suluhu Hassan rode the new electric railway from the "
            "commercial capital Dar es Salaam to Dodoma on Thursday. The train left Dar es "
            "Salaam's new Magufuli station in the morning and stopped at Morogoro. It arrived "
            "at Dodoma in the early afternoon. State broadcaster TBC said the 444-km (276-mile) "
            "trip had been made in under 90 minutes.")
    journey = checked_story(text, "2024-08-01", shared_gazetteer)
    assert stops(journey) == ["Dar es Salaam", "Morogoro", "Dodoma"]
    assert journey.stops[0].depart is not None  # ("in the morning", at the unnamed station)
    trip = claim_told(journey, "444-km (276-mile) trip")
    assert (trip.origin, trip.destination) == ("Dar es Salaam", "Dodoma")


POPE = (
    "Pope Francis prayed among the bombed-out churches of Mosul on Sunday, as he wrapped up a "
    "whirlwind tour of Iraq that has taken him from the outskirts of Baghdad to the desert "
    "plains of the ancient city of Ur. The 84-year-old pontiff flew into Erbil, the capital of "
    "Iraq's northern Kurdish region, from Baghdad on Sunday morning. He then boarded a military "
    "helicopter for Mosul. From Mosul, the helicopter took him to the nearby Christian town of "
    "Qaraqosh. He then returned to Erbil by car to celebrate Mass on Sunday evening. The trip "
    "began on Friday, when the pope's plane landed at Baghdad International Airport after a "
    "flight from Rome. On Saturday, Francis flew to the Shiite holy city of Najaf. He returned "
    "to Baghdad that evening. Francis was to fly back to Baghdad from Erbil on Sunday evening "
    "and return to Rome on Monday morning.")


def test_trips_out_and_back_from_a_stay_split_it(shared_gazetteer: Any) -> None:
    journey = checked_story(POPE, "2021-03-07", shared_gazetteer)
    assert stops(journey) == [
        "Rome", "Baghdad International Airport", "Najaf", "Baghdad", "Erbil", "Mosul",
        "Al-Hamdaniya", "Erbil"]  # (the flights home, still to come, are no stops)


def test_a_convoy_s_drive_to_sault_ste_marie(shared_gazetteer: Any) -> None:
    text = ("By Friday morning, the convoy was idling in a mall parking lot in Sault Ste. Marie, "
            "Ontario. They expect to arrive in Ottawa on Saturday. The convoy left the suburbs "
            "of Vancouver on Sunday and reached Calgary on Monday. On Wednesday it reached "
            "Winnipeg. On Thursday it continued past Kenora, before a late-night drive to Sault "
            "Ste. Marie.")
    journey = checked_story(text, "2022-01-28", shared_gazetteer)
    # ("Ste." ends no sentence; Ottawa is still to come; Kenora comes before the drive its
    # sentence tells after it)
    assert stops(journey) == ["Vancouver", "Calgary", "Winnipeg", "Kenora", "Sault Ste. Marie"]


def test_a_runner_who_trains_in_the_hills_takes_no_train(shared_gazetteer: Any) -> None:
    text = ("South African runner Thabo Mokoena won the Comrades Marathon on Sunday, a race "
            "from Durban to Pietermaritzburg. He went through the halfway mark at Drummond in "
            "just under 2 hours 45 minutes, before the race passed through Cato Ridge. Mokoena, "
            "who trains in the hills near Johannesburg, finished fourth in Cape Town in March.")
    journey = checked_story(text, "2024-06-10", shared_gazetteer)
    assert "rail" not in {leg.mode for leg in journey.legs}


def test_an_earlier_trip_is_not_drawn_for_one_whose_places_are_unknown(
        shared_gazetteer: Any) -> None:
    text = ("Wellington lawyer Kate Harrison swam across Cook Strait on Saturday. Harrison waded "
            "into the water at Ohau Point at 6:12 a.m. and touched the rocks near Perano Head "
            "9 hours and 40 minutes later. Harrison swam the English Channel from Dover to Cap "
            "Gris-Nez in 2019.")
    journey = checked_story(text, "2024-03-03", shared_gazetteer)
    assert stops(journey) == []  # (no stops of its own: `routes check` says so and why)


def test_the_trip_told_where_it_began_runs_to_the_journey_s_end(shared_gazetteer: Any) -> None:
    text = ("The westbound California Zephyr pulled into its final stop in Emeryville early "
            "Sunday. Dennis Hagedorn boarded at Chicago Union Station on Thursday afternoon for "
            "the roughly 52-hour trip on one of the most scenic routes in North America. On "
            "Friday morning it reached Denver.")
    journey = checked_story(text, "2023-01-01", shared_gazetteer)
    trip = claim_told(journey, "roughly 52-hour trip")
    assert (trip.origin, trip.destination) == ("Chicago Union Station", "Emeryville")


def test_the_title_s_other_word_alone_is_the_traveller(shared_gazetteer: Any) -> None:
    # "Pope Francis", then "The pontiff", with no "the pope" anywhere
    text = ("Pope Francis arrived in Jakarta on Tuesday after a 13-hour flight from Rome. The "
            "pontiff flew on to Port Moresby on Friday.")
    journey = checked_story(text, "2024-09-04", shared_gazetteer)
    assert stops(journey) == ["Rome", "Jakarta", "Port Moresby"]


@pytest.mark.parametrize("leg", [
    "He flew on to Port Moresby on Sept. 6 and to Dili on Sept. 9.",
    "He flew on to Port Moresby on 6 September and to Dili on 9 September.",
])
def test_goals_each_told_with_its_date_are_both_reached(leg: str,
                                                         shared_gazetteer: Any) -> None:
    # ("on Sept. 6 and to Dili" had left Dili a place merely named: only weekdays joined
    # such a list)
    journey = checked_story("Pope Francis flew from Rome to Jakarta on Sept. 3. " + leg
                            + " He reached Singapore on Sept. 11.", "2024-09-14",
                            shared_gazetteer)
    assert stops(journey) == ["Rome", "Jakarta", "Port Moresby", "Dili", "Singapore"]
