"""What a third fact-checker review found: events named after places, parts of a trip, where
a family comes from, buses and walks, the place left "after leaving X", towns that are near but
not one place, a building left in a town, places passed told after the arrival, and someone
else's trip. Every story is constructed for the test (none is taken from an article).
"""

from __future__ import annotations

from typing import Any

import pytest

from routes.models import Journey
from routes.pipeline import check_articles
from routes.reading import read_story, read_text
from tests.stories import stops


def story(text: str, gazetteer: Any, date: str = "2024-03-10") -> Journey:
    return read_story([read_text(f"date {date}\nTrip\n\n{text}\n", "constructed.txt")],
                      gazetteer)


def checked(text: str, gazetteer: Any, date: str = "2024-03-10") -> Journey:
    return check_articles([read_text(f"date {date}\nTrip\n\n{text}\n", "constructed.txt")],
                          gazetteer=gazetteer)


def claim(j: Journey, text: str) -> tuple[str | None, str | None, str]:
    c = next(c for c in j.claims if c.text == text)
    return c.origin, c.destination, c.verdict


def test_an_event_named_after_a_place_is_no_stop(shared_gazetteer: Any) -> None:
    j = story("The fifth stage of the Dakar Rally took the riders from Riyadh to Ha'il, "
              "about 870 km in all.", shared_gazetteer)
    assert stops(j) == ["Riyadh", "Ha'il"]


def test_a_part_of_the_trip_is_not_a_leg(shared_gazetteer: Any) -> None:
    j = story("The stage ran from Compiegne to Roubaix, 257 km in all, of which 55 km were "
              "on cobbles.", shared_gazetteer)
    assert [c.text for c in j.claims if c.kind == "distance"] == ["257 km"]


def test_where_a_family_comes_from_told_aside_is_no_origin(shared_gazetteer: Any) -> None:
    j = story("The family, from Homs, left Athens by bus on March 3 and reached Thessaloniki, "
              "some 500 km away, the next morning.", shared_gazetteer)
    assert claim(j, "some 500 km")[:2] == ("Athens", "Thessaloniki")


def test_a_leg_on_a_bus_is_by_road_in_a_story_with_trains(shared_gazetteer: Any) -> None:
    j = story("They left Athens on an overnight bus and reached Thessaloniki the next morning. "
              "A train later carried them from Gevgelija to Skopje.", shared_gazetteer)
    first = j.legs[0]
    assert (first.origin, first.destination, first.mode) == ("Athens", "Thessaloniki", "road")


CAMINO = ("Ana set out from Sarria on Monday morning. She walked 22 km to Portomarin on the "
          "first day. On Friday she reached Santiago de Compostela, five days after leaving "
          "Sarria.")


def test_days_after_leaving_a_place_are_the_trip_from_it_on_foot(shared_gazetteer: Any) -> None:
    j = checked(CAMINO, shared_gazetteer, date="2023-05-20")
    assert [leg.mode for leg in j.legs] == ["walk", "walk"]  # a story of walking walks
    origin, destination, verdict = claim(j, "five days")
    assert (origin, destination) == ("Sarria", "Santiago de Compostela")
    assert verdict == "consistent"
    # two towns 17 km apart are not one place: the five days are not Portomarin's
    assert "from Sarria to Santiago de Compostela" in next(
        c.explanation for c in j.claims if c.text == "five days")


def test_the_town_of_a_building_left_is_where_the_trip_starts(shared_gazetteer: Any) -> None:
    j = story("A convoy of buses carrying civilians evacuated from the steel works in Mariupol "
              "arrived in Zaporizhzhia on Tuesday.", shared_gazetteer, date="2022-05-03")
    assert stops(j) == ["Mariupol", "Zaporizhzhia"]


def test_places_passed_told_after_the_arrival_lie_on_the_way(shared_gazetteer: Any) -> None:
    j = story("A convoy of buses evacuated from the steel works in Mariupol arrived in "
              "Zaporizhzhia on Tuesday. The convoy travelled through Berdyansk and Tokmak. "
              "Officials said a second convoy would leave Mariupol on Wednesday.",
              shared_gazetteer, date="2022-05-03")
    assert stops(j) == ["Mariupol", "Berdyansk", "Tokmak", "Zaporizhzhia"]
    assert j.traveller != "Officials"  # a title speaking is no one's name


def test_a_place_crossed_to_after_the_arrival_is_after_it(shared_gazetteer: Any) -> None:
    j = story("Trains carried them from Stockholm to Haparanda, where they crossed to Tornio "
              "by sledge.", shared_gazetteer)
    assert stops(j) == ["Stockholm", "Haparanda", "Tornio"]


@pytest.mark.parametrize("text", [
    "The train took them from the Swiss border at Gottmadingen to Berlin.",
    "The train took them from the border post at Gottmadingen to Berlin.",
])
def test_a_border_at_a_town_is_that_town(text: str, shared_gazetteer: Any) -> None:
    assert stops(story(text, shared_gazetteer)) == ["Gottmadingen", "Berlin"]


def test_a_figure_to_a_town_the_gazetteer_lacks_is_not_put_on_another_leg(
        shared_gazetteer: Any) -> None:
    # Palas de Rei is not in the gazetteer: neither its 25 km nor the 29 km from it to Arzua
    # may be judged on the legs around it (29 km from Portomarin would be "shorter than the
    # straight line")
    j = checked("She walked 22 km from Sarria to Portomarin on Monday and 25 km to Palas de "
                "Rei on Tuesday. On Wednesday she walked 29 km to Arzua.", shared_gazetteer)
    assert claim(j, "22 km") == ("Sarria", "Portomarin", "consistent")
    assert claim(j, "25 km")[1:] == (None, "unverifiable")
    assert claim(j, "29 km") == (None, "Arzua", "unverifiable")
    assert any("'Palas de Rei' could not be placed" in n for n in j.notes)


def test_said_to_someone_is_no_goal(shared_gazetteer: Any) -> None:
    j = story("The train left Dandong on Tuesday on a long ride back to the border, according "
              "to Agence France-Presse reporters.", shared_gazetteer)
    assert not any("could not be placed" in n for n in j.notes)


def test_a_weekday_due_ahead_is_read_so_after_its_place(shared_gazetteer: Any) -> None:
    # the words after the place ("on Saturday") read as the whole clause reads them
    j = story("He flew from Tokyo to Manila on Wednesday. He is due back in Berlin on "
              "Saturday.", shared_gazetteer, date="2024-01-10")  # a Wednesday
    assert stops(j) == ["Tokyo", "Manila", "Berlin"]


def test_a_wrong_duration_does_not_condemn_a_true_clock_time(shared_gazetteer: Any) -> None:
    j = checked("The flight left Heathrow at 10 a.m. on Sunday and landed in New York at 1 p.m. "
                "local time. Passengers praised the three-hour flight.", shared_gazetteer,
                date="2024-01-15")
    assert claim(j, "three-hour flight")[2] == "inconsistent"  # London - New York is ~7 h
    landing = next(c for c in j.claims if c.kind == "time" and "1 p.m." in c.text)
    assert landing.verdict == "consistent"  # 10:00 GMT + 8 h = 13:00 EST


def test_a_figure_told_in_two_units_that_disagree_is_checked_twice(
        shared_gazetteer: Any) -> None:
    from routes.reading._figures import find_figures

    assert [f.text for f in find_figures("It is about 520 miles (840 kilometers) away.")] == [
        "about 520 miles (840 kilometers)"]  # 837 km: the same figure rounded
    j = checked("The prime minister flew from Sydney to Auckland on Monday, a flight of about "
                "1,340 miles (3,200 km).", shared_gazetteer)
    assert claim(j, "about 1,340 miles") == ("Sydney", "Auckland", "consistent")
    assert claim(j, "3,200 km") == ("Sydney", "Auckland", "inconsistent")
    assert any("gives two different figures" in n for n in j.notes)


def test_a_flight_that_landed_elsewhere_did_not_reach_its_goal(shared_gazetteer: Any) -> None:
    j = story("A flight from Frankfurt to Chicago landed in Reykjavik on Monday after an "
              "engine fault.", shared_gazetteer)
    assert stops(j) == ["Frankfurt am Main", "Reykjavik"]
    assert any("Chicago: the trip was bound there" in n for n in j.notes)
    # an arrival on the way, with no word of a diversion, keeps the goal
    j = story("The train from Beijing to Pyongyang arrived in Dandong on Tuesday.",
              shared_gazetteer, date="2019-01-10")
    assert "Pyongyang" in stops(j)


def test_a_description_set_beside_a_name_is_that_place(shared_gazetteer: Any) -> None:
    j = story("The ferry left Piraeus, the port of Athens, at 9 p.m. on Friday on the overnight "
              "run to Heraklion.", shared_gazetteer, date="2024-03-10")
    assert stops(j) == ["Piraeus", "Heraklion"]  # Athens only says which port
    depart = j.stops[0].depart
    assert depart is not None and depart.hour == 21
    # a description with no name before it is the place it names
    j = story("The migrants reached the Colombian port of Necocli on Monday.", shared_gazetteer)
    assert stops(j)[-1] == "Necocli"


COACH = ("Our correspondent boarded an overnight coach in Nairobi at 7 p.m. on Tuesday. It "
         "crossed into Uganda at Malaba before dawn and reached Kampala at 9 a.m. on "
         "Wednesday, a ride of about 660 km. The next morning he took another bus from Kampala "
         "at 7 a.m., heading south-west through Mbarara. The coach pulled into Kigali at 5 "
         "p.m. local time, some 520 kilometres and eleven hours after leaving the Ugandan "
         "capital.")


def test_a_coach_trip_told_day_by_day(shared_gazetteer: Any) -> None:
    j = checked(COACH, shared_gazetteer)
    assert stops(j) == ["Nairobi", "Malaba", "Kampala", "Mbarara", "Kigali"]
    # a clock time with no day is on the day told last ("The next morning ..."), and the
    # place left after the arrival ("after leaving the Ugandan capital") adds no stop
    kigali = j.stops[-1].arrive
    assert kigali is not None and (kigali.day, kigali.hour) == (7, 17)
    # a ride told with the arrival runs from the last place left, not from the border crossed
    assert claim(j, "about 660 km") == ("Nairobi", "Kampala", "consistent")
    assert claim(j, "some 520 kilometres") == ("Kampala", "Kigali", "consistent")


def test_days_after_leaving_a_state_run_from_its_stop(shared_gazetteer: Any) -> None:
    j = story("They set off from Chicago on June 15 and drove about 300 miles to St. Louis on "
              "the first day. They reached Santa Monica on June 29, fourteen days after "
              "leaving Illinois.", shared_gazetteer, date="2024-07-01")
    assert claim(j, "fourteen days")[:2] == ("Chicago", "Santa Monica")


def test_a_sea_route_round_land_is_not_called_too_long(shared_gazetteer: Any) -> None:
    from routes.network._estimates import geodesic_measure
    from routes.network._land import crosses_land

    def place(name: str) -> Any:
        return shared_gazetteer.candidates(name)[0].place

    assert crosses_land(geodesic_measure(place("Port Said"), place("Rotterdam")).geometry)
    assert not crosses_land(geodesic_measure(place("Piraeus"), place("Heraklion")).geometry)
    # by Gibraltar, about 3,300 nautical miles: 1.9 times the straight line over the Alps
    j = checked("The ship sailed from Port Said to Rotterdam, a voyage of some 3,300 nautical "
                "miles.", shared_gazetteer)
    c = next(c for c in j.claims if c.kind == "distance")
    assert c.verdict == "consistent", c.explanation
    # open water keeps the narrow band: 600 nautical miles from Piraeus to Heraklion is wrong
    j = checked("The ferry sailed from Piraeus to Heraklion, a voyage of some 600 nautical "
                "miles.", shared_gazetteer)
    assert next(c for c in j.claims if c.kind == "distance").verdict == "inconsistent"


def test_figures_about_a_route_between_two_towns_are_checked(shared_gazetteer: Any) -> None:
    j = checked("The country opened a high-speed railway between Jakarta and Bandung on Monday. "
                "The 142-kilometre line cuts the trip to around 40 minutes.", shared_gazetteer,
                date="2023-10-02")
    assert claim(j, "142-kilometre") == ("Jakarta", "Bandung", "consistent")


def test_a_procession_from_one_landmark_to_another(shared_gazetteer: Any) -> None:
    j = checked("The king rode in a carriage from Buckingham Palace to the Palace of "
                "Westminster, a procession of about 2 km.", shared_gazetteer)
    assert stops(j)[-2:] == ["Buckingham Palace", "Palace of Westminster"]
    assert claim(j, "about 2 km") == ("Buckingham Palace", "Palace of Westminster",
                                      "consistent")


def test_a_loop_back_to_the_start(shared_gazetteer: Any) -> None:
    j = checked("The jet flew from Seattle to Tokyo, then to Dubai and on to London. The last "
                "leg took it from London back to Seattle, closing a loop of nearly 18,000 "
                "miles.", shared_gazetteer)
    assert stops(j) == ["Seattle", "Tokyo", "Dubai", "London", "Seattle"]
    c = next(c for c in j.claims if c.text == "nearly 18,000 miles")
    assert (c.origin, c.destination, c.verdict) == ("Seattle", "Seattle", "consistent")
    assert "on the loop from Seattle back to Seattle" in c.explanation


def test_a_bus_trip_told_on_the_day_it_is_filed(shared_gazetteer: Any) -> None:
    # a Monday story: "on Monday" is the Monday before the Thursday it tells after it
    j = story("Our reporter boarded the bus in New York on Monday and changed in Chicago and "
              "Denver before pulling into Los Angeles on Thursday.", shared_gazetteer,
              date="2019-08-12")
    assert stops(j) == ["New York City", "Chicago", "Denver", "Los Angeles"]
    left = next(c.time for c in j.claims if c.kind == "time" and c.text == "Monday")
    assert left is not None and (left.month, left.day) == (8, 5)


def test_a_far_namesake_on_a_trip_over_land_is_doubted(shared_gazetteer: Any) -> None:
    # "Horgos" is read as a town in China (the Serbian one is not in the gazetteer): the
    # 350 km cannot be judged against 4,600 km of straight line, and a note says to check it
    j = checked("The family left Belgrade by bus on September 10 and reached Horgos on the "
                "Hungarian border, some 190 km north, the next day.", shared_gazetteer,
                date="2015-09-12")
    c = claim(j, "some 190 km")
    assert c[2] == "unverifiable"
    assert any("where no other place of the story is" in n and "namesake" in n
               for n in j.notes)
    # an ordinary trip abroad is not doubted
    j = checked("She drove from Madrid to Lisbon on Monday, some 625 km.", shared_gazetteer)
    assert claim(j, "some 625 km")[2] == "consistent"
    assert not any("namesake" in n for n in j.notes)


def test_a_name_with_an_age_is_a_person(shared_gazetteer: Any) -> None:
    # María Gómez is also a town in Mexico; "Maria Gomez, 54," is the pilgrim
    j = story("Maria Gomez, 54, set off from Pamplona on foot and walked to Burgos.",
              shared_gazetteer)
    assert [pm.place.name for pm in [*j.places, *j.other_places]] == ["Pamplona", "Burgos"]
    assert j.traveller == "Maria Gomez"


CAMINO_BACKWARDS = ("Ana Ruiz, 71, arrived in Santiago de Compostela on Monday after walking the "
                    "Camino from Saint-Jean-Pied-de-Port, a route of about 780 kilometres. She "
                    "crossed the mountains to Roncesvalles on the first day and walked on "
                    "through Pamplona, Burgos and Leon.")


def test_a_pilgrimage_told_from_its_arrival(shared_gazetteer: Any) -> None:
    j = checked(CAMINO_BACKWARDS, shared_gazetteer, date="2023-06-20")
    names = stops(j)
    assert names[0] == "Saint-Jean-Pied-de-Port" and names[-1] == "Santiago de Compostela"
    assert names.index("Pamplona") < names.index("Burgos") < names.index("Leon")
    # (the Spanish village is curated now; a gazetteer without it reads the namesake in
    # Canada, and then the route through it is not judged, and a note says so)
    c = claim(j, "about 780 kilometres")
    assert c[:2] == ("Saint-Jean-Pied-de-Port", "Santiago de Compostela")
    assert c[2] != "inconsistent"  # true, whichever Roncesvalles the gazetteer holds
    if any(s.place.country == "CA" for s in j.stops):
        assert c[2] == "unverifiable"
        assert any("Roncesvalles" in n and "namesake" in n for n in j.notes)


def test_an_airport_named_as_the_press_does(shared_gazetteer: Any) -> None:
    j = story("The squad flew into London Luton from Madrid on Thursday.", shared_gazetteer)
    names = stops(j)
    assert names[0] == "Madrid" and names[-1] == "London Luton Airport"


def test_a_coach_from_the_airport_to_its_city(shared_gazetteer: Any) -> None:
    j = checked("The squad flew into London Luton on Thursday. The team then travelled by coach "
                "to their hotel in central London, about 50 km away.", shared_gazetteer)
    c = claim(j, "about 50 km")
    assert set(c[:2]) == {"London Luton Airport", "London"} and c[2] == "consistent"


TRANS_SIBERIAN = ("The Rossiya left Moscow's Yaroslavsky station late on a Tuesday night and "
                  "pulled into Vladivostok almost seven days later. On the way it called at "
                  "Yekaterinburg, Novosibirsk and Irkutsk. The line between Moscow and "
                  "Vladivostok is 9,289 kilometres long. The first 5,185 km, as far as Irkutsk, "
                  "take the train about three and a half days.")


def test_a_long_train_told_from_end_to_end(shared_gazetteer: Any) -> None:
    j = story(TRANS_SIBERIAN, shared_gazetteer, date="2023-06-20")
    assert stops(j) == ["Yaroslavsky Station", "Yekaterinburg", "Novosibirsk", "Irkutsk",
                        "Vladivostok"]
    assert claim(j, "9,289 kilometres")[:2] == ("Moscow", "Vladivostok")
    assert claim(j, "5,185 km")[:2] == ("Moscow", "Irkutsk")
    assert claim(j, "about three and a half days")[:2] == ("Moscow", "Irkutsk")


def test_a_night_train_told_once_with_its_clocks(shared_gazetteer: Any) -> None:
    j = story("The sleeper left Vienna at 9:27 p.m. on Thursday. It called at Villach shortly "
              "after 3 a.m. and pulled into Venice at 8:26 a.m. on Friday, some 11 hours after "
              "leaving the Austrian capital.", shared_gazetteer, date="2024-10-05")
    assert stops(j) == ["Vienna", "Villach", "Venice"]  # the departure told again is no stop
    villach = j.stops[1].arrive or j.stops[1].depart
    assert villach is not None and (villach.day, villach.hour) == (4, 3)  # Friday 3 a.m.


ORCHESTRA = ("The buses of the Krakow Philharmonic pulled into Vienna on Tuesday afternoon, two "
             "days after leaving Krakow on Sunday morning. The musicians had spent Monday in Brno, "
             "where they played to a full hall. The 330-kilometre drive from Krakow to Brno took "
             "about four and a half hours. The last stretch to the Austrian capital, 140 km, took "
             "under two hours.")


def test_a_tour_told_backwards_with_a_day_spent_on_the_way(shared_gazetteer: Any) -> None:
    j = checked(ORCHESTRA, shared_gazetteer, date="2024-05-14")
    assert j.traveller == "The buses of the Krakow Philharmonic"  # named by role
    assert stops(j) == ["Krakow", "Brno", "Vienna"]
    assert claim(j, "140 km") == ("Brno", "Vienna", "consistent")
    # a life spent somewhere is no stop
    j = story("The King flew from London to Nairobi on Tuesday. He spent his childhood in Paris "
              "and had spent two years in Mombasa as a young officer.", shared_gazetteer)
    assert stops(j) == ["London", "Nairobi"]


def test_a_time_at_a_far_namesake_is_not_called_wrong(shared_gazetteer: Any) -> None:
    j = checked("The family left Belgrade by bus on September 10 and on September 11 reached "
                "Horgos on the Hungarian border.", shared_gazetteer, date="2015-09-12")
    arrival = next(c for c in j.claims if c.kind == "time" and c.destination)
    assert arrival.verdict != "inconsistent"  # true, whichever Horgos the gazetteer holds
    if any(s.place.country == "CN" for s in j.stops):  # Horgos read as Qarasu, China
        assert arrival.verdict == "unverifiable"
        assert "check where it is" in arrival.explanation
