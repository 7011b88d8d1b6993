"""A ride told "from Budapest to Vienna and back", whose length and days are the round trip's,
and "a 1,200-kilometre hop" as a leg's length. Every story is constructed for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told

RIDE = ("A 25-year-old woman has ridden 1,000 kilometres on horseback from Budapest to Vienna "
        "and back in 30 days to raise money for a children's hospital. She left Budapest on "
        "June 1, reached Vienna on June 14 and arrived home on June 30.")


def test_a_length_told_to_a_place_and_back_is_there_and_back(shared_gazetteer: Any) -> None:
    # (it had been set against the one way, 279 km by road, and called wrong)
    far = claim_told(checked_story(RIDE, "2024-07-02", shared_gazetteer), "1,000 kilometres")
    assert far.verdict != "inconsistent"
    assert "there and back" in far.explanation


def test_days_told_to_a_place_and_back_are_there_and_back(shared_gazetteer: Any) -> None:
    days = claim_told(checked_story(RIDE, "2024-07-02", shared_gazetteer), "30 days")
    assert "and back" in days.explanation


def test_and_back_pain_is_no_round_trip(shared_gazetteer: Any) -> None:
    from routes.checking._round_trip import told_as_round_trip
    from routes.models import Claim

    claim = Claim("distance", "300 km", "t.txt", 300.0, 300.0, "km", "A", "B", None,
                  "He drove 300 km to Leeds and back pain forced him to stop.", None)
    assert not told_as_round_trip(claim)


def test_a_hop_is_a_leg(shared_gazetteer: Any) -> None:
    text = ("The prime minister flew from Canberra to Jakarta on Monday, before travelling on "
            "to Kuala Lumpur on Wednesday for talks, a 1,200-kilometre hop.")
    hop = claim_told(checked_story(text, "2024-07-12", shared_gazetteer), "1,200-kilometre hop")
    assert (hop.origin, hop.destination, hop.verdict) == ("Jakarta", "Kuala Lumpur",
                                                          "consistent")
