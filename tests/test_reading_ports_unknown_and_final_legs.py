"""Ports listed with some the gazetteer lacks ("calling at Stavanger, Flam, Geiranger and
Bergen"), a sentence ending on a word that abbreviates a day ("powered only by the sun. The
plane had left Cairo ..."), and a length told over many stages. Every story is constructed
for the test.
"""

from __future__ import annotations

from typing import Any

from tests.stories import checked_story, claim_told, stops


def test_a_listed_port_after_ones_the_gazetteer_lacks_is_a_stop(shared_gazetteer: Any) -> None:
    # (the list stopped at Flam, unknown: Bergen had no role)
    text = ("The cruise ship left Southampton on Sunday for a 12-night voyage to the Norwegian "
            "fjords, calling at Stavanger, Flam, Geiranger and Bergen before returning to "
            "Southampton.")
    assert stops(checked_story(text, "2024-06-02", shared_gazetteer)) == [
        "Southampton", "Stavanger", "Bergen", "Southampton"]


SOLAR = ("Solar Impulse 2 landed in Abu Dhabi on Tuesday, completing the first round-the-world "
         "flight powered only by the sun. "
         "The plane had left Cairo on Sunday for the final leg of about 2,700 kilometres, which "
         "took 48 hours and 37 minutes.\n\n"
         "Over 16 months it flew 42,000 kilometres in 17 stages.")


def test_the_sun_ends_a_sentence(shared_gazetteer: Any) -> None:
    # ("sun." had been read as Sunday's abbreviation: the next sentence ran on, and both
    # figures were measured from Abu Dhabi, to nowhere)
    from routes.reading import split_sentences

    assert len(split_sentences("It was powered only by the sun. The plane left.")) == 2
    j = checked_story(SOLAR, "2016-07-27", shared_gazetteer)
    far, took = claim_told(j, "about 2,700 kilometres"), claim_told(j, "48 hours and 37 minutes")
    assert (far.origin, far.destination, far.verdict) == ("Cairo", "Abu Dhabi", "consistent")
    assert (took.origin, took.destination, took.verdict) == ("Cairo", "Abu Dhabi", "consistent")


def test_a_length_over_many_stages_is_no_one_leg(shared_gazetteer: Any) -> None:
    # (it had been measured from Cairo to Abu Dhabi and called wrong)
    whole = claim_told(checked_story(SOLAR, "2016-07-27", shared_gazetteer), "42,000 kilometres")
    assert (whole.origin, whole.destination, whole.verdict) == (None, None, "unverifiable")
