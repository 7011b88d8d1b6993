"""Trips a story measures without moving anyone, trips still ahead, and the last drive of a
train journey: "The journey from Pyongyang to the spaceport covers ...", then "The train ...
took more than two days to arrive" is that journey; "will rest for several days before
continuing toward Tijuana" sets off from where the caravan is now, not from the last town told;
"From Tapachula to the capital" is to the capital the story names; "got into a limousine for
the drive of about 170 km to Hanoi" is a road leg, whatever train came before. Every story here
is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from routes.models import Journey
from tests.stories import checked_story, claim_told, stops


def story(text: str, gazetteer: Any, date: str) -> Journey:
    return checked_story(text, date, gazetteer)


SPACEPORT = ("Kim Jong Un's train pulled into the Vostochny Cosmodrome in Russia's Amur region "
             "on Wednesday, where President Vladimir Putin greeted him.\n\n"
             "Kim left Pyongyang on Sunday aboard his armoured train and crossed the border at "
             "the Tumen River on Tuesday morning, passing through the Russian border station of "
             "Khasan. The train then travelled north past Ussuriysk and Khabarovsk.\n\n"
             "The journey from Pyongyang to the spaceport covers about 1,450 kilometres in a "
             "straight line. The train, which travels at about 50 kilometres per hour, took "
             "more than two days to arrive.")


def test_a_trip_measured_with_its_ends_is_the_one_the_next_sentence_times(
        shared_gazetteer: Any) -> None:
    j = story(SPACEPORT, shared_gazetteer, "2023-09-13")
    assert stops(j)[0] == "Pyongyang" and stops(j)[-1] == "Vostochny Cosmodrome"
    took = claim_told(j, "more than two days")
    # (it had been timed from Pyongyang to Khasan, the first leg: "slow ... unless it stopped")
    assert (took.origin, took.destination) == ("Pyongyang", "Vostochny Cosmodrome")
    assert took.verdict == "consistent"
    speed = claim_told(j, "about 50 kilometres per hour")
    assert (speed.origin, speed.destination) == ("Pyongyang", "Vostochny Cosmodrome")


CARAVAN = ("Thousands of Central American migrants began arriving in Mexico City on Sunday, "
           "three weeks after setting out from San Pedro Sula in Honduras.\n\n"
           "The caravan crossed into Mexico from Guatemala at Ciudad Hidalgo on Oct. 19 and "
           "walked north through Tapachula, Huixtla and Juchitan, sometimes hitching rides on "
           "trucks. From Tapachula to the capital is about 1,100 kilometres.\n\n"
           "Organisers say the group will rest for several days before continuing toward "
           "Tijuana, more than 2,700 kilometres away on the US border.")


def test_a_trip_ahead_sets_off_from_where_the_traveller_is_now(shared_gazetteer: Any) -> None:
    # (Tijuana had been put before Mexico City, as a trip from Ciudad Hidalgo, the last town
    # told before it)
    j = story(CARAVAN, shared_gazetteer, "2018-11-05")
    assert stops(j)[-2:] == ["Mexico City", "Tijuana"]
    ahead = claim_told(j, "more than 2,700 kilometres")
    assert (ahead.origin, ahead.destination) == ("Mexico City", "Tijuana")


def test_the_capital_told_after_from_a_town_is_the_capital_the_story_names(
        shared_gazetteer: Any) -> None:
    # (it had been measured to Huixtla, the next stop after Tapachula: "inconsistent")
    j = story(CARAVAN, shared_gazetteer, "2018-11-05")
    leg = claim_told(j, "about 1,100 kilometres")
    assert (leg.origin, leg.destination, leg.verdict) == ("Tapachula", "Mexico City",
                                                          "consistent")


HANOI = ("Kim Jong Un arrived in Vietnam on Tuesday morning after a train journey of more than "
         "60 hours across China.\n\n"
         "Kim's armoured train left Pyongyang on Saturday afternoon, crossed into China at "
         "Dandong and rolled south through Tianjin, Wuhan and Changsha before reaching the "
         "border town of Pingxiang.\n\n"
         "At the Dong Dang station, just across the border, Kim stepped onto a red carpet and "
         "then got into a limousine for the drive of about 170 kilometres to Hanoi.")


def test_a_drive_after_a_train_journey_is_measured_by_road(shared_gazetteer: Any) -> None:
    j = story(HANOI, shared_gazetteer, "2019-02-26")
    assert stops(j)[-2:] == ["Pingxiang", "Hanoi"]
    assert j.legs[-1].mode == "road"
    drive = claim_told(j, "about 170 kilometres")
    # (it had been checked against the rail distance, the train's way)
    assert "road distance" in drive.explanation and "rail" not in drive.explanation


def test_a_trip_told_by_the_country_it_reached_runs_to_the_first_stop_there(
        shared_gazetteer: Any) -> None:
    # "arrived in Vietnam on Tuesday morning after a train journey of more than 60 hours":
    # from where the trip began to its first stop in Vietnam (it had no ends)
    j = story(HANOI, shared_gazetteer, "2019-02-26")
    took = claim_told(j, "more than 60 hours")
    assert (took.origin, took.destination) == ("Pyongyang", "Hanoi")


def test_a_border_town_is_the_namesake_at_a_border(shared_gazetteer: Any) -> None:
    # "the border town of Pingxiang" after Wuhan: the Pingxiang on the Vietnamese border, not
    # the city of Jiangxi (bigger, and nearer Wuhan) 1,000 km from any border, which made the
    # drive to Hanoi "shorter than the straight line"
    text = HANOI.replace("Dandong and rolled south through Tianjin, Wuhan and Changsha",
                         "Dandong and rolled south through Wuhan").replace(
        "At the Dong Dang station, just across the border,", "Just across the border,")
    j = story(text, shared_gazetteer, "2019-02-26")
    pingxiang = next(s.place for s in j.stops if s.place.name == "Pingxiang")
    assert pingxiang.lat < 23 and pingxiang.lon < 107.5
    assert claim_told(j, "about 170 kilometres").verdict == "consistent"


def test_a_town_not_called_a_border_town_keeps_the_namesake_chosen(
        shared_gazetteer: Any) -> None:
    text = ("The delegation flew from Wuhan to Pingxiang on Monday and drove on to Changsha, "
            "about 130 kilometres away.")
    j = story(text, shared_gazetteer, "2019-02-26")
    pingxiang = next(s.place for s in j.stops if s.place.name == "Pingxiang")
    assert pingxiang.lat > 27  # the city of Jiangxi, near both


def test_a_trip_to_the_border_runs_to_the_last_stop_before_it(shared_gazetteer: Any) -> None:
    # "The trip from Beijing to the border takes 12 to 14 hours, and Kim was expected to
    # reach Pyongyang": to Dandong (it had been measured to Pyongyang, a leg the journey lacks)
    text = ("Kim Jong Un's train crossed back into North Korea on Thursday morning after "
            "leaving Beijing on Wednesday afternoon. The train crossed the Yalu River from "
            "Dandong to Sinuiju shortly after midnight. The trip from Beijing to the border "
            "takes 12 to 14 hours, and Kim was expected to reach Pyongyang later on Thursday.")
    j = story(text, shared_gazetteer, "2019-01-10")
    trip = claim_told(j, "12 to 14 hours")
    assert (trip.origin, trip.destination, trip.verdict) == ("Beijing", "Dandong", "consistent")


def test_a_leg_continued_from_the_border_starts_there(shared_gazetteer: Any) -> None:
    # (it had been measured from Pyongyang: "shorter than the straight line")
    text = ("Kim Jong Un arrived in Vladivostok by armoured train on Wednesday evening. Kim's "
            "train crossed the border at Khasan early in the afternoon, where he was welcomed "
            "with bread and salt, before continuing the journey of about 200 kilometres north "
            "to Vladivostok. He had left Pyongyang early on Wednesday.")
    j = story(text, shared_gazetteer, "2019-04-24")
    leg = claim_told(j, "about 200 kilometres")
    assert (leg.origin, leg.destination, leg.verdict) == ("Khasan", "Vladivostok", "consistent")


def test_the_goal_after_a_towns_own_station_is_reached(shared_gazetteer: Any) -> None:
    # "from Washington's Union Station to Wilmington": the station, placed only roughly, had
    # hidden the goal after it (Wilmington had been no stop)
    text = ("President Joe Biden took the Acela from Washington's Union Station to Wilmington, "
            "Delaware, on Friday evening, a ride of about 110 miles that took about an hour "
            "and a half.")
    j = story(text, shared_gazetteer, "2024-05-17")
    assert stops(j)[-1] == "Wilmington"
    assert j.legs[-1].mode == "rail"


def test_how_far_a_place_lies_is_not_the_leg_told_after_it(shared_gazetteer: Any) -> None:
    # "hospitals in El Arish, about 45 kilometres to the west, while ... by bus to Cairo": how
    # far El Arish lies, not the leg to the goal of the "while" clause, of other people (El
    # Arish - Cairo had made it "shorter than the straight line")
    text = ("Dozens of foreign nationals crossed from Gaza into Egypt through the Rafah "
            "crossing on Wednesday. Ambulances carried the wounded to hospitals in El Arish, "
            "about 45 kilometres to the west, while the foreigners were taken by bus to Cairo, "
            "a drive of about 350 kilometres.")
    j = story(text, shared_gazetteer, "2023-11-01")
    far = claim_told(j, "about 45 kilometres")
    assert far.verdict != "inconsistent" and far.destination != "Cairo"


def test_a_town_told_on_the_border_is_the_namesake_at_a_border(shared_gazetteer: Any) -> None:
    # "Pingxiang, on the border with Vietnam": told after the name, as "the border town of"
    # is told before it
    text = HANOI.replace("Dandong and rolled south through Tianjin, Wuhan and Changsha",
                         "Dandong and rolled south through Wuhan").replace(
        "At the Dong Dang station, just across the border,", "Just across the border,").replace(
        "before reaching the border town of Pingxiang.",
        "before reaching Pingxiang, on the border with Vietnam.")
    j = story(text, shared_gazetteer, "2019-02-26")
    pingxiang = next(s.place for s in j.stops if s.place.name == "Pingxiang")
    assert pingxiang.lat < 23 and pingxiang.lon < 107.5
