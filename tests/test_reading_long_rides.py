"""Long rides across a continent, told as a feature writer tells them: a hometown beside the
traveller's name, a trip named by its length and its two oceans, a railway settlement the
gazetteer lacks, a departure told after the arrival it led to. Each once read wrong: the
trip was measured from the hometown, the settlement became a namesake 2,000 km away, and a
six-day ride ended before it began."""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops

NULLARBOR = (
    "Retired farmer Graham Whitfield stepped off the Indian Pacific at East Perth on "
    "Wednesday afternoon, three days after leaving Sydney. Whitfield, 74, from Dubbo, "
    "boarded the train at Sydney on Sunday afternoon for the 4,352-kilometre trip from the "
    "Pacific to the Indian Ocean. The train reached Broken Hill on Monday morning. It "
    "reached Adelaide on Monday afternoon. On Tuesday it crossed the Nullarbor Plain and "
    "stopped at Cook, an all but abandoned railway settlement. It called at Kalgoorlie early "
    "on Wednesday before the final run to Perth.")


def test_a_hometown_beside_a_name_is_no_start_of_the_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(NULLARBOR, "2024-10-18", shared_gazetteer)
    claim = claim_told(journey, "4,352-kilometre trip")
    assert (claim.origin, claim.destination) == ("Sydney", "East Perth")
    assert "Dubbo" not in stops(journey)


def test_a_trip_between_two_oceans_is_the_whole_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(NULLARBOR, "2024-10-18", shared_gazetteer)
    assert claim_told(journey, "4,352-kilometre trip").verdict == "consistent"


def test_a_namesake_far_off_a_train_s_way_is_left_off_the_map(shared_gazetteer: Any) -> None:
    journey = checked_story(NULLARBOR, "2024-10-18", shared_gazetteer)
    assert stops(journey) == ["Sydney", "Broken Hill", "Adelaide", "Kalgoorlie", "East Perth"]
    assert "Cook" not in {pm.place.name for pm in [*journey.places, *journey.other_places]}
    assert any(n.startswith("Cook: ") and "off the way from Adelaide to Kalgoorlie" in n
               for n in journey.notes)


def test_a_trip_out_and_back_is_never_off_the_way(shared_gazetteer: Any) -> None:
    text = ("The actor took the train from Adelaide to Cook on Monday to see the Nullarbor, "
            "and rode back to Adelaide on Wednesday.")
    journey = checked_story(text, "2024-10-18", shared_gazetteer)
    assert stops(journey) == ["Adelaide", "Cook", "Adelaide"]


def test_a_stop_on_the_way_by_air_is_never_off_the_way(shared_gazetteer: Any) -> None:
    text = ("The minister flew from Adelaide to Perth on Monday, stopping at Cook on the "
            "way, and reached Perth in the evening.")
    journey = checked_story(text, "2024-10-18", shared_gazetteer)
    assert "Cook" in stops(journey)


SIBERIA = (
    "Japanese photographer Haruki Saito stepped off the Rossiya train in Vladivostok on "
    "Thursday morning, ending a journey of almost six days across Russia. Saito boarded "
    "the train late on Friday at Moscow's Yaroslavsky station. The route of 9,289 "
    "kilometres crosses seven time zones. He got off for a short walk at Yekaterinburg. He "
    "broke his journey for a few hours in Irkutsk. From there the train skirted the lake "
    "before stopping at Ulan-Ude, and then running east to Khabarovsk.")


def test_a_leaving_told_after_the_arrival_is_the_week_before_s(shared_gazetteer: Any) -> None:
    journey = checked_story(SIBERIA, "2023-10-05", shared_gazetteer)
    assert stops(journey)[0] == "Yaroslavsky Station"
    assert stops(journey)[-1] == "Vladivostok"
    first = journey.stops[0].depart
    assert first is not None and first.date().isoformat() == "2023-09-29"


def test_a_leaving_the_day_after_from_the_town_reached_is_the_next_leg(
        shared_gazetteer: Any) -> None:
    text = ("The singer arrived in Vladivostok by train on Thursday morning. She boarded "
            "the ferry at Vladivostok on Friday evening for Donghae.")
    journey = checked_story(text, "2023-10-05", shared_gazetteer)
    left = journey.stops[stops(journey).index("Vladivostok")].depart
    assert left is not None and left.date().isoformat() == "2023-10-06"


def test_breaking_a_journey_somewhere_is_a_stop_there(shared_gazetteer: Any) -> None:
    journey = checked_story(SIBERIA, "2023-10-05", shared_gazetteer)
    assert "Irkutsk" in stops(journey)


def test_and_then_goes_on_from_the_place_its_own_sentence_told(
        shared_gazetteer: Any) -> None:
    journey = checked_story(SIBERIA, "2023-10-05", shared_gazetteer)
    assert stops(journey) == ["Yaroslavsky Station", "Yekaterinburg", "Irkutsk", "Ulan-Ude",
                              "Khabarovsk", "Vladivostok"]


def test_the_route_of_a_length_is_the_whole_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(SIBERIA, "2023-10-05", shared_gazetteer)
    claim = claim_told(journey, "9,289 kilometres")
    assert claim.origin in ("Moscow", "Yaroslavsky Station")
    assert claim.destination == "Vladivostok"
    assert claim.verdict == "consistent"


def test_two_places_each_told_with_its_day_are_both_reached(shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un left Pyongyang by train on Monday. His train reached Dandong on "
            "Monday night and Beijing on Tuesday morning.")
    journey = checked_story(text, "2019-01-10", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Dandong", "Beijing"]
    beijing = journey.stops[2].arrive
    assert beijing is not None and beijing.date().isoformat() == "2019-01-08"


def test_a_place_after_a_day_and_a_clause_is_no_list(shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un left Pyongyang by train on Monday. His train reached Dandong on "
            "Monday night and Chinese officials in Beijing said nothing.")
    journey = checked_story(text, "2019-01-10", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Dandong"]


def test_a_place_listed_after_a_description_shares_the_first_s_role(
        shared_gazetteer: Any) -> None:
    text = ("Saito boarded the Rossiya train in Moscow on Friday night. He got off for short "
            "walks at Yekaterinburg, the city in the Urals often called the gateway to Asia, "
            "and at Novosibirsk, Siberia's largest city. He stepped off in Vladivostok on "
            "Thursday.")
    journey = checked_story(text, "2023-10-12", shared_gazetteer)
    assert stops(journey) == ["Moscow", "Yekaterinburg", "Novosibirsk", "Vladivostok"]


SOUTH_POLE = (
    "Chilean President Gabriel Boric will fly to the South Pole on Friday. Boric will leave "
    "Santiago on Thursday night for Punta Arenas, some 2,200 km to the south. On Friday "
    "morning he is to board a C-130 Hercules for the flight to Union Glacier. From Union "
    "Glacier, the delegation will make the final 1,100-km leg to the South Pole itself.")


def test_a_story_of_a_trip_still_to_come_draws_its_plan(shared_gazetteer: Any) -> None:
    journey = checked_story(SOUTH_POLE, "2025-01-02", shared_gazetteer)
    assert stops(journey)[:2] == ["Santiago", "Punta Arenas"]
    claim = claim_told(journey, "some 2,200 km")
    assert (claim.origin, claim.destination) == ("Santiago", "Punta Arenas")


def test_a_plan_told_beside_a_trip_made_is_not_drawn(shared_gazetteer: Any) -> None:
    text = ("The minister flew from Madrid to Lisbon on Monday. She will fly on to Rabat "
            "next week.")
    journey = checked_story(text, "2025-01-08", shared_gazetteer)
    assert stops(journey) == ["Madrid", "Lisbon"]


def test_a_figure_from_a_start_the_gazetteer_lacks_is_not_measured_from_the_stop_before(
        shared_gazetteer: Any) -> None:
    journey = checked_story(SOUTH_POLE, "2025-01-02", shared_gazetteer)
    claim = claim_told(journey, "1,100-km leg")
    assert claim.origin is None
    assert claim.verdict == "unverifiable"
    assert any("'Union Glacier' could not be placed" in n and "where the trip began" in n
               for n in journey.notes)


RED_SEA = (
    "The container ship Nordic Horizon left Singapore on Jan. 2 with 9,000 containers. It "
    "called at Colombo on Jan. 6. On Saturday the ship was about 150 nautical miles east of "
    "the Bab el-Mandeb Strait when it was told to turn around. It will stop at Port Louis to "
    "take on fuel and round the Cape of Good Hope before arriving in Rotterdam.")


def test_a_goal_a_plan_reaches_before_arriving_is_not_reached(shared_gazetteer: Any) -> None:
    journey = checked_story(RED_SEA, "2024-01-17", shared_gazetteer)
    assert "Rotterdam" not in stops(journey)


def test_where_the_traveller_was_off_a_place_is_no_leg(shared_gazetteer: Any) -> None:
    journey = checked_story(RED_SEA, "2024-01-17", shared_gazetteer)
    claim = claim_told(journey, "about 150 nautical miles")
    assert (claim.origin, claim.destination) == (None, None)
    assert claim.verdict == "unverifiable"


def test_a_place_a_distance_off_another_is_a_figure_between_them(
        shared_gazetteer: Any) -> None:
    text = ("The ship left Singapore on Jan. 2 and reached Rotterdam on Feb. 12. Rotterdam "
            "lies roughly 8,300 nautical miles from Singapore by the Suez route.")
    journey = checked_story(text, "2024-02-14", shared_gazetteer)
    claim = claim_told(journey, "roughly 8,300 nautical miles")
    assert {claim.origin, claim.destination} == {"Singapore", "Rotterdam"}


def test_the_traveller_s_title_alone_names_the_traveller(shared_gazetteer: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi arrived in Sydney on Monday night from Port "
            "Moresby. The prime minister left New Delhi for Japan last Thursday.")
    journey = checked_story(text, "2023-05-24", shared_gazetteer)
    assert "New Delhi" in stops(journey)
    assert journey.traveller == "Narendra Modi"


def test_a_title_the_story_gives_another_by_name_is_not_the_traveller_s(
        shared_gazetteer: Any) -> None:
    text = ("Indian Prime Minister Narendra Modi arrived in Sydney on Monday night from Port "
            "Moresby, where Prime Minister James Marape greeted him. The prime minister left "
            "Lae for Madang last Thursday.")
    journey = checked_story(text, "2023-05-24", shared_gazetteer)
    assert "Madang" not in stops(journey)


def test_a_new_town_the_gazetteer_lacks_is_not_the_old_one(shared_gazetteer: Any) -> None:
    text = ("Barua boarded the Vivek Express at Dibrugarh on Saturday. The train ran to "
            "Guwahati, then via New Jalpaiguri to Visakhapatnam, and on to New Delhi.")
    journey = checked_story(text, "2024-11-20", shared_gazetteer)
    named = {pm.place.name for pm in [*journey.places, *journey.other_places]}
    assert "Jalpaiguri" not in named and "Jalpāiguri" not in named
    assert "New Delhi" in named


def test_a_way_home_still_to_come_is_not_drawn(shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un left Pyongyang on Tuesday and arrived in Vladivostok by train on "
            "Wednesday evening. Kim was expected to spend Friday touring Vladivostok before "
            "heading home by train.")
    journey = checked_story(text, "2019-04-25", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Vladivostok"]


def test_a_way_home_told_as_done_is_drawn(shared_gazetteer: Any) -> None:
    text = ("Kim Jong Un left Pyongyang on Tuesday and arrived in Vladivostok by train on "
            "Wednesday evening. Kim toured Vladivostok on Friday before heading home by "
            "train.")
    journey = checked_story(text, "2019-04-28", shared_gazetteer)
    assert stops(journey) == ["Pyongyang", "Vladivostok", "Pyongyang"]


def test_the_way_on_from_places_passed_leads_to_the_next_goal(shared_gazetteer: Any) -> None:
    text = ("Margaret Dunn left Land's End on May 1 on foot. Her route took her through "
            "Exeter and Bristol, up the Welsh border to Chester and then across the Pennine "
            "fringes to Kendal.")
    journey = checked_story(text, "2023-06-28", shared_gazetteer)
    assert stops(journey) == ["Land's End", "Exeter", "Bristol", "Chester", "Kendal"]


def test_a_freight_train_met_on_the_way_is_not_the_traveller_s(shared_gazetteer: Any) -> None:
    text = ("Dennis Hagedorn boarded the California Zephyr at Chicago on Thursday and reached "
            "Denver on Friday morning. West of Reno it stopped for nine hours while crews "
            "cleared tracks blocked by a disabled freight train.")
    journey = checked_story(text, "2024-01-20", shared_gazetteer)
    assert {leg.vehicle for leg in journey.legs} == {"train"}


def test_a_freight_train_the_story_follows_is_a_freight_train(shared_gazetteer: Any) -> None:
    text = ("A freight train carrying electronics left Chongqing on Monday for Duisburg, a "
            "journey of about 11,000 km that usually takes around 16 days.")
    journey = checked_story(text, "2024-01-20", shared_gazetteer)
    assert {leg.vehicle for leg in journey.legs} == {"freight train"}


ZEPHYR = (
    "Dennis Hagedorn boarded the California Zephyr at Chicago Union Station on Thursday "
    "afternoon. On Friday morning it reached Denver, which an onboard brochure described as "
    "about 500 miles (800 kilometers) west of Chicago, before climbing to Glenwood Springs. "
    "The train reached Emeryville on Sunday. The 2,438-mile route is Amtrak's second-longest, "
    "after the through service between Chicago and Los Angeles.")


def test_a_distance_told_of_a_place_in_its_relative_clause_is_that_place_s(
        shared_gazetteer: Any) -> None:
    journey = checked_story(ZEPHYR, "2024-01-22", shared_gazetteer)
    claim = claim_told(journey, "about 500 miles (800 kilometers)")
    assert claim.destination == "Denver"
    assert claim.verdict == "inconsistent"


def test_a_route_named_by_its_length_is_the_whole_trip_whatever_the_next_clause_names(
        shared_gazetteer: Any) -> None:
    journey = checked_story(ZEPHYR, "2024-01-22", shared_gazetteer)
    claim = claim_told(journey, "2,438-mile route")
    assert claim.destination == "Emeryville"
    assert claim.verdict == "consistent"


def test_a_building_named_for_a_saint_is_no_town_of_the_saint_s_name(
        shared_gazetteer: Any) -> None:
    text = ("Biden laid a wreath at the memorial wall outside St. Michael's Golden-Domed "
            "Monastery in Kyiv on Monday.")
    journey = checked_story(text, "2023-02-21", shared_gazetteer)
    # (a place is shown as the story writes it: its country says which it is)
    assert {pm.place.country for pm in [*journey.places, *journey.other_places]} == {"UA"}


def test_a_town_of_a_saint_s_name_is_still_one(shared_gazetteer: Any) -> None:
    text = "The ferry reached St. John's, Newfoundland, on Monday."
    journey = checked_story(text, "2023-02-21", shared_gazetteer)
    assert "St. John's" in {pm.place.name for pm in [*journey.places, *journey.other_places]}


def test_a_relative_named_aside_travels_on_their_own(shared_gazetteer: Any) -> None:
    text = ("Amelia Price cycled into Osh on Saturday, three weeks after leaving Dushanbe. Her "
            "brother, Tom, flew from London to Osh via Istanbul to meet her at the finish. "
            "The Prices' daughter, Karen, flew from Denver to Osh on Sunday.")
    journey = checked_story(text, "2024-07-22", shared_gazetteer)
    assert stops(journey) == ["Dushanbe", "Osh"]


EVACUATION = (
    "A Saudi navy ship carrying U.N. staff docked in Jeddah on Thursday morning. Ingrid "
    "Larsen, a U.N. logistics officer, left Khartoum with a bus convoy at dawn on Sunday. "
    "The 850-km drive to Port Sudan took about 35 hours. Other foreigners chose a different "
    "route. A group of Egyptian students travelled by bus north from Khartoum to Wadi Halfa. "
    "\"A Sudanese driver gave his jacket to a child,\" Larsen said. \"Then he drove back to "
    "Khartoum to get more people.\" Larsen said she hoped to return to Sudan soon. Her agency "
    "has moved its Sudan operations to Nairobi.")


def test_another_party_s_trip_told_aside_is_theirs(shared_gazetteer: Any) -> None:
    journey = checked_story(EVACUATION, "2023-04-27", shared_gazetteer)
    assert "Wadi Halfa" not in stops(journey)


def test_a_trip_told_by_its_goal_after_the_traveller_s_is_the_traveller_s(
        shared_gazetteer: Any) -> None:
    journey = checked_story(EVACUATION, "2023-04-27", shared_gazetteer)
    assert stops(journey) == ["Khartoum", "Port Sudan", "Jeddah"]


def test_he_in_a_story_whose_traveller_is_she_is_someone_else(shared_gazetteer: Any) -> None:
    journey = checked_story(EVACUATION, "2023-04-27", shared_gazetteer)
    assert stops(journey)[-1] == "Jeddah"


def test_an_organisation_moving_its_operations_is_no_trip(shared_gazetteer: Any) -> None:
    journey = checked_story(EVACUATION, "2023-04-27", shared_gazetteer)
    assert "Nairobi" not in stops(journey)


def test_a_story_opening_on_a_party_by_role_keeps_it_as_the_traveller(
        shared_gazetteer: Any) -> None:
    text = ("A group of provincial governors left Morogoro by motorcade on Monday, on a "
            "journey to Tanga. It arrived in Tanga on Tuesday morning.")
    journey = checked_story(text, "2024-05-08", shared_gazetteer)
    assert stops(journey) == ["Morogoro", "Tanga"]


def test_the_traveller_s_next_trip_and_a_relative_s_trip_are_not_drawn(
        shared_gazetteer: Any) -> None:
    text = ("Tran Minh Duc ran into Ho Chi Minh City on Saturday evening, completing a 30-day "
            "run from Hanoi. His next goal, he added, is a run from Hanoi to Vientiane in "
            "Laos. His mother, who travelled from Haiphong by plane on Friday to see him "
            "finish, said she had not slept for a month.")
    journey = checked_story(text, "2025-04-27", shared_gazetteer)
    assert stops(journey) == ["Hanoi", "Ho Chi Minh City"]


CAMINO = (
    "Margaret O'Sullivan reached Santiago de Compostela on Friday after walking for six "
    "weeks. She followed the yellow arrows through Pamplona and Burgos. In Leon her son, "
    "Declan, who had flown from Dublin to Madrid, joined her for the final two weeks. They "
    "passed through Sarria. She has also visited the shrines at Lourdes and Fatima, though "
    "never on foot. On Saturday she plans to take a bus to Finisterre, before flying home "
    "via Dublin next week.")


def test_a_relative_s_trip_told_after_where_they_met_is_theirs(shared_gazetteer: Any) -> None:
    journey = checked_story(CAMINO, "2025-09-13", shared_gazetteer)
    assert "Madrid" not in stops(journey)


def test_places_the_traveller_has_also_visited_before_are_not_this_trip(
        shared_gazetteer: Any) -> None:
    journey = checked_story(CAMINO, "2025-09-13", shared_gazetteer)
    assert "Lourdes" not in stops(journey)


def test_a_plan_for_next_week_told_after_its_places_is_a_plan(shared_gazetteer: Any) -> None:
    journey = checked_story(CAMINO, "2025-09-13", shared_gazetteer)
    assert "Dublin" not in stops(journey)


def test_a_hope_is_a_plan_and_a_neighbour_s_trip_is_theirs(shared_gazetteer: Any) -> None:
    text = ("Nazir Ahmad crossed into Afghanistan at Torkham on Tuesday. The bus ride from "
            "Karachi to Peshawar took nearly two days. On Wednesday the family hopes to find a "
            "truck to Jalalabad, and then go on to Kabul. Ahmad's neighbour in Karachi, Gul "
            "Khan, left a few days earlier by a different route, taking a bus to Quetta.")
    journey = checked_story(text, "2023-11-08", shared_gazetteer)
    assert "Kabul" not in stops(journey)
    assert "Quetta" not in stops(journey)
