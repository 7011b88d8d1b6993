"""Places are labelled as the story writes them ("Heraklion", not GeoNames' "Irákleion"), with
the gazetteer's name kept beside; every reference to a renamed place follows it.
Every story is constructed for the test (none is taken from an article).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from routes.mapping._text import place_popup_html
from routes.models import Claim, Event, Journey, Leg, Place, PlaceMention, Stop
from routes.pipeline import check_articles
from routes.reading import read_story, read_text
from routes.reading._written import use_written_names, written_name
from routes.report import to_contract

IRAKLEION = Place("Irákleion", 35.33, 25.13, "city", "GR", id="geonames:261745")
ATHENS = Place("Athens", 37.98, 23.73, "city", "GR", id="geonames:264371")
KNOWN = {("Heraklion", IRAKLEION.key), ("Iraklio", IRAKLEION.key)}


def known(written: str, place: Place) -> bool:
    return (written, place.key) in KNOWN


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        (["Heraklion"], "Heraklion"),
        (["Iraklio", "Heraklion"], "Iraklio"),  # the first the story writes
        (["Heraklion", "Irákleion"], None),  # the story writes the gazetteer's name too
        (["HERAKLION"], None),  # a dateline in capitals is no label
        (["the Cretan capital"], None),  # a description
        (["Heracleion"], None),  # not a name the gazetteer lists for it
    ],
)
def test_the_written_name_is_one_the_gazetteer_knows(mentions: list[str],
                                                     expected: str | None) -> None:
    assert written_name(IRAKLEION, mentions, known) == expected


def test_countries_and_curated_records_keep_their_names() -> None:
    usa = Place("United States", 39.8, -98.6, "country", "US", id="country-us")
    state = Place("Virginia", 37.5, -78.8, "admin", "US", id="admin-us-va")
    always = lambda written, place: True  # noqa: E731
    assert written_name(usa, ["U.S."], always) is None
    assert written_name(state, ["Va"], always) is None


def _journey() -> Journey:
    return Journey(
        stops=[Stop(ATHENS), Stop(IRAKLEION)],
        legs=[Leg("Athens", "Irákleion", "air", via=["Irákleion"])],
        claims=[Claim("distance", "320 km", "a.txt", 320, 320, "km", "Athens", "Irákleion")],
        events=[Event("dinner", "a dinner", "a.txt", place="Irákleion")],
        places=[PlaceMention(ATHENS, ["Athens"]), PlaceMention(IRAKLEION, ["Heraklion"])],
    )


def test_every_reference_follows_the_new_name() -> None:
    j = _journey()
    use_written_names(j, known)
    assert [s.place.name for s in j.stops] == ["Athens", "Heraklion"]
    assert j.stops[1].place.gazetteer_name == "Irákleion"
    assert j.stops[1].place.key == IRAKLEION.key  # the same record
    assert (j.legs[0].origin, j.legs[0].destination, j.legs[0].via) == (
        "Athens", "Heraklion", ["Heraklion"])
    assert (j.claims[0].origin, j.claims[0].destination) == ("Athens", "Heraklion")
    assert j.events[0].place == "Heraklion"
    assert j.places[1].place.name == "Heraklion"


def test_a_written_name_already_used_by_another_place_is_not_taken() -> None:
    j = _journey()
    other = Place("Heraklion", 40.0, 20.0, "city", "AL", id="geonames:1")
    j.other_places.append(PlaceMention(other, ["Heraklion"]))
    use_written_names(j, known)
    assert j.stops[1].place.name == "Irákleion" and j.stops[1].place.gazetteer_name is None


STORY = (
    "date 2024-03-10\nIsland hop\n\n"
    "The writer left Cairo by sleeper train on Friday evening and reached Aswan on Saturday "
    "morning, after a journey of some 880 km.\n"
    "On Sunday she flew on to Heraklion.\n"
)


def test_a_story_is_labelled_in_its_own_spelling(shared_gazetteer: Any) -> None:
    j = read_story([read_text(STORY, "island.txt")], shared_gazetteer)
    shown = {pm.place.name: pm.place.gazetteer_name for pm in j.places}
    assert shown == {"Cairo": None, "Aswan": "Aswān", "Heraklion": "Irákleion"}
    assert [(leg.origin, leg.destination) for leg in j.legs] == [
        ("Cairo", "Aswan"), ("Aswan", "Heraklion")]
    claim = next(c for c in j.claims if c.text == "some 880 km")
    assert (claim.origin, claim.destination) == ("Cairo", "Aswan")


def test_the_contract_and_the_map_keep_the_gazetteer_name(shared_gazetteer: Any) -> None:
    j = check_articles([read_text(STORY, "island.txt")], gazetteer=shared_gazetteer)
    places = json.loads(json.dumps(to_contract(j)))["places"]
    assert {p["name"]: p["gazetteer_name"] for p in places}["Aswan"] == "Aswān"
    claim = next(c for c in j.claims if c.text == "some 880 km")
    assert claim.verdict == "consistent"  # the renamed stops are still measured
    aswan = next(pm for pm in j.places if pm.place.name == "Aswan")
    assert "Gazetteer name: Aswān" in place_popup_html(aswan.place, [], aswan)


@pytest.mark.parametrize(
    ("written", "name", "same"),
    [
        ("Aswan", "Aswān", True),
        ("Heraklion", "Irákleion", True),
        ("Zaporizhzhia", "Zaporizhzhya", True),
        ("Dong Dang", "Thị Trấn Đồng Đăng", True),  # a generic head ("town of") left out
        ("St Kilda", "Saint Kilda", True),
        ("Frankfurt", "Frankfurt (Oder)", False),  # the qualifier says which one: keep it
        ("Leon", "León de los Aldama", False),
        ("Petrograd", "Saint Petersburg", False),  # another name, not another spelling
        ("Lenin", "Kazygurt", False),  # a wrong namesake stays visible
        ("Peking", "Beijing", False),
        ("Hague", "The Hague", False),  # the article is part of the name: "The Hague" stays
    ],
)
def test_only_another_spelling_of_the_same_name_relabels(written: str, name: str,
                                                         same: bool) -> None:
    from routes.reading._written import respelt

    assert respelt(written, name) is same
