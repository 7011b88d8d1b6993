"""Wire copy that told one trip and read as another: the next clause's goal taken for the
figure's, calls told in a relative clause after the arrival, a town's possessive before a
station the gazetteer does not know, and a big city doubted as a namesake."""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from routes.pipeline import check_articles
from routes.reading import read_text


def _checked(text: str, gazetteer: Any) -> Journey:
    return check_articles([read_text("date 2025-08-04\nTrip\n\n" + text + "\n", "t.txt")],
                          gazetteer=gazetteer)


def _stops(j: Journey) -> list[str]:
    return [s.place.name for s in j.stops]


def test_a_figure_is_not_the_trip_of_the_clause_after_then(shared_gazetteer: Any):
    j = _checked("The convoy of trucks left Buenos Aires on Friday and reached Mendoza on "
                 "Sunday after a drive of roughly 1,050 kilometres, then crossed the Andes on "
                 "Monday to reach Santiago.", shared_gazetteer)
    assert _stops(j) == ["Buenos Aires", "Mendoza", "Santiago"]
    far = next(c for c in j.claims if c.kind == "distance")
    assert (far.origin, far.destination) == ("Buenos Aires", "Mendoza")
    flew = _checked("The minister drove from Buenos Aires to Rosario, about 300 km, then flew "
                    "to Córdoba.", shared_gazetteer)
    far = next(c for c in flew.claims if c.kind == "distance")
    assert (far.origin, far.destination) == ("Buenos Aires", "Rosario")


def test_calls_told_in_a_relative_clause_after_the_arrival_go_before_it(
        shared_gazetteer: Any):
    j = _checked("The train left Anchorage at 8:15 a.m. on Sunday and arrived in Fairbanks at "
                 "8 p.m., a trip of 356 miles that stopped at Talkeetna and Denali.",
                 shared_gazetteer)
    assert _stops(j) == ["Anchorage", "Talkeetna", "Denali", "Fairbanks"]
    far = next(c for c in j.claims if c.kind == "distance")
    assert (far.origin, far.destination) == ("Anchorage", "Fairbanks")


def test_a_town_owning_a_station_the_gazetteer_lacks_is_the_goal(shared_gazetteer: Any):
    j = _checked("The train left Ankara on Monday and reached Istanbul's Söğütlüçeşme station "
                 "four and a half hours later.", shared_gazetteer)
    assert _stops(j) == ["Ankara", "Istanbul"]
    # a station it knows is the stop itself
    known = _checked("The train left Ankara on Monday and reached Istanbul's Pendik station "
                     "four and a half hours later.", shared_gazetteer)
    assert _stops(known) == ["Ankara", "Pendik"]


def test_a_big_city_alone_in_its_country_is_not_doubted_as_a_namesake(shared_gazetteer: Any):
    j = _checked("A record 12,000 passengers rode the high-speed train from Hong Kong to "
                 "Beijing on its first day, a 2,440-kilometre journey.", shared_gazetteer)
    assert _stops(j) == ["Hong Kong", "Beijing"]
    assert not any("namesake" in n for n in j.notes)
    far = next(c for c in j.claims if c.kind == "distance")
    assert far.verdict == "consistent"


def test_later_that_day_is_on_the_day_the_clause_told(shared_gazetteer: Any):
    j = _checked("Kim's armoured train crossed into Russia at Khasan early on Tuesday, about 20 "
                 "hours after leaving Pyongyang, and arrived in Vladivostok later that day.",
                 shared_gazetteer)
    assert _stops(j) == ["Pyongyang", "Khasan", "Vladivostok"]
    took = next(c for c in j.claims if c.kind == "duration")
    assert (took.origin, took.destination) == ("Pyongyang", "Khasan")
    evening = _checked("The train left Vienna on Monday morning and reached Venice later the "
                       "same evening.", shared_gazetteer)
    reached = evening.stops[-1].arrive
    assert reached is not None and reached.weekday() == 0 and reached.hour == 19


def test_calls_told_with_having_after_the_arrival_go_before_it(shared_gazetteer: Any):
    j = _checked("The Indian Pacific pulled into Sydney on Sunday morning, three nights and "
                 "about 4,350 kilometres after leaving Perth, having crossed the Nullarbor "
                 "Plain and stopped at Adelaide and Broken Hill.", shared_gazetteer)
    assert _stops(j) == ["Perth", "Adelaide", "Broken Hill", "Sydney"]


def test_the_towns_below_machu_picchu_and_above_la_paz(shared_gazetteer: Any):
    j = _checked("The tourists took the train from Cusco to Aguas Calientes on Saturday, a "
                 "three-and-a-half-hour ride of about 110 kilometres, before a bus carried "
                 "them up to Machu Picchu.", shared_gazetteer)
    assert _stops(j) == ["Cusco", "Aguas Calientes", "Machu Picchu"]
    assert all(s.place.country == "PE" for s in j.stops)
    la_paz = shared_gazetteer.resolve("La Paz", country="BO").place
    alto = shared_gazetteer.resolve("El Alto", context=[la_paz])
    assert alto.place.country == "BO"


def test_a_trip_still_to_come_is_not_drawn(shared_gazetteer: Any):
    pope = _checked("Pope Leo XIV left Rome on Thursday for Ankara, the first leg of a six-day "
                    "trip that will take him to Istanbul and Iznik before ending in Beirut.",
                    shared_gazetteer)
    assert _stops(pope) == ["Rome", "Ankara"]
    due = _checked("The train left Pyongyang on Monday, reached Dandong that evening, and is "
                   "expected to reach Beijing on Tuesday.", shared_gazetteer)
    assert _stops(due) == ["Pyongyang", "Dandong"]
    on = _checked("Rubio flew from Washington to Brussels on Monday and is due to travel on to "
                  "Paris on Wednesday.", shared_gazetteer)
    assert _stops(on) == ["Washington", "Brussels"]
    # "would" narrates what happened next, and a traveller who will do something else still
    # went where the sentence says
    went = _checked("He flew from Berlin to Paris, and would later travel to Rome.",
                    shared_gazetteer)
    assert _stops(went) == ["Berlin", "Paris", "Rome"]
    came = _checked("Kim, who will meet Xi, arrived in Beijing from Pyongyang on Tuesday.",
                    shared_gazetteer)
    assert _stops(came) == ["Pyongyang", "Beijing"]


def test_a_trip_told_in_the_past_perfect_after_the_arrival_came_first(shared_gazetteer: Any):
    j = _checked("Canadian Prime Minister Justin Trudeau arrived in Kyiv by train on Monday "
                 "morning. He had travelled overnight from the Polish city of Rzeszow.",
                 shared_gazetteer)
    assert _stops(j) == ["Rzeszów", "Kyiv"] or _stops(j) == ["Rzeszow", "Kyiv"]


def test_high_speed_services_known_by_name(shared_gazetteer: Any):
    acela = _checked("The Amtrak Acela left Boston on Monday and pulled into New York about "
                     "three and a half hours later, a run of 230 miles.", shared_gazetteer)
    assert [(leg.mode, leg.vehicle) for leg in acela.legs] == [("rail", "acela")]
    ktx = _checked("The KTX left Seoul on Monday and reached Busan about two and a half hours "
                   "later.", shared_gazetteer)
    took = next(c for c in ktx.claims if c.kind == "duration")
    assert ktx.legs[0].mode == "rail" and took.verdict == "consistent"
    assert "high-speed train" in took.explanation


def test_a_prefix_of_a_hyphenated_name_is_no_town(shared_gazetteer: Any):
    from routes.reading import find_places

    text = ("The Trans-Mongolian train reached Ulaanbaatar. The Trans-Canada Highway runs to "
            "Halifax. Anglo-French talks opened in Calais.")
    found = find_places([read_text(text, "t.txt")], shared_gazetteer)
    names = {p.place.name for p in found}
    assert not any(n.startswith("Trans-en") for n in names)  # not Trans, Var
    assert {"Mongolia", "France", "Calais"} <= names
    assert all(p.place.country == "CA" for p in found if "Canada" in p.place.name)


def test_a_landing_told_as_a_participle_ends_the_flight(shared_gazetteer: Any):
    j = _checked("Modi left New Delhi on Sunday night, landing in Johannesburg on Monday "
                 "morning after a flight of about 11 hours.", shared_gazetteer)
    took = next(c for c in j.claims if c.kind == "duration")
    assert (took.origin, took.destination) == ("New Delhi", "Johannesburg")
    assert took.verdict == "consistent"


def test_a_crossing_to_a_district_may_land_short_of_its_middle(shared_gazetteer: Any):
    j = _checked("The ferry left Eminönü at 7 p.m. and crossed the Bosphorus to Kadıköy in "
                 "about 20 minutes, a trip of roughly 5 kilometres.", shared_gazetteer)
    far = next(c for c in j.claims if c.kind == "distance")
    assert far.verdict == "unverifiable" and "middle of Kadıköy" in far.explanation
    wrong = _checked("The ferry left Eminönü at 7 p.m. and crossed the Bosphorus to Kadıköy, a "
                     "trip of roughly 2 kilometres.", shared_gazetteer)
    assert next(c for c in wrong.claims if c.kind == "distance").verdict == "inconsistent"


def test_a_border_a_journey_crossed_told_after_the_arrival_is_on_the_way(
        shared_gazetteer: Any):
    j = _checked("The Trans-Mongolian train from Beijing reached Ulaanbaatar on Sunday after a "
                 "1,500-kilometre journey of about 27 hours that crossed the Gobi Desert and "
                 "the border at Erenhot.", shared_gazetteer)
    assert _stops(j) == ["Beijing", "Erenhot", "Ulan Bator"]
    far = next(c for c in j.claims if c.kind == "distance")
    assert (far.origin, far.destination) == ("Beijing", "Ulan Bator")


def test_a_hyphenated_name_with_a_common_word_is_one_name(shared_gazetteer: Any):
    """"Kyzyl-Art" (a Pamir pass) is no Kyzyl beside the word "Art": Kyzyl is a Russian
    city 1,500 km away. Parts that are all places still count, and so does a place beside
    an acronym ("IBA-Karachi")."""
    from routes.reading import find_places

    def named(text: str) -> set[str]:
        found = find_places([read_text(text, "t.txt")], shared_gazetteer)
        return {p.place.name for p in found}

    assert named("The cyclist crossed the Kyzyl-Art pass into Tajikistan.") == {"Tajikistan"}
    assert named("The Paris-Berlin train left on time, officials in Vienna said.") == {
        "Paris", "Berlin", "Vienna"}
    assert "Karachi" in named("She studies at IBA-Karachi, a business school in Pakistan.")
