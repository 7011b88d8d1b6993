"""A ship named after the flag it flies, whose "it" is the ship; a town qualified by its
country after "toward"; the height of a pass; and Africa's northernmost cape. Every story is
constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops

GRAIN = ("The first grain ship since the invasion anchored off Istanbul on Tuesday night, after "
         "leaving Odesa on Monday morning. The Sierra Leone-flagged Razoni covered the roughly "
         "650 km from Odesa to the Bosphorus in about 36 hours. After inspection on Wednesday "
         "it sailed on through the strait toward Tripoli in Lebanon.")


def test_the_it_of_a_ship_named_after_its_flag_is_the_ship(shared_gazetteer: Any) -> None:
    # (the last sentence had been no one's: Tripoli was no stop)
    journey = checked_story(GRAIN, "2022-08-03", shared_gazetteer)
    assert stops(journey) == ["Odesa", "Istanbul", "Tripoli"]


def test_a_town_qualified_by_its_country_after_toward(shared_gazetteer: Any) -> None:
    # (it had been Tripoli in Libya, the bigger namesake)
    journey = checked_story(GRAIN, "2022-08-03", shared_gazetteer)
    tripoli = next(p for p in journey.places if p.place.name == "Tripoli")
    assert tripoli.place.country == "LB"


def test_the_height_of_the_highest_road_is_no_leg(shared_gazetteer: Any) -> None:
    text = ("The stage ran from Embrun to Barcelonnette over the Col de Vars and the Cime de la "
            "Bonette, the highest road in France at 2,802 metres.")
    journey = checked_story(text, "2024-07-19", shared_gazetteer)
    assert not any(c.text == "2,802 metres" for c in journey.claims)


def test_the_northernmost_cape_of_africa_is_placed(shared_gazetteer: Any) -> None:
    text = ("A British runner finished a run along the length of Africa on Sunday, reaching "
            "Ras Angela in Tunisia 352 days after setting off.")
    journey = checked_story(text, "2024-04-08", shared_gazetteer)
    assert stops(journey) == ["Cape Angela"]
    assert claim_told(journey, "352 days").destination == "Cape Angela"
