"""End to end on the five seed articles with the real gazetteer (issue 6, "Must show")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from routes.models import Journey
from routes.reading import read_article, read_story

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"  # ../shared beside the repo

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not found")


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    import routes.gazetteer as mod
    from routes.gazetteer import open_gazetteer

    mp = pytest.MonkeyPatch()
    cache_dir = tmp_path_factory.getbasetemp() / "routes-gazetteer-cache"  # shared by modules
    cache_dir.mkdir(exist_ok=True)
    mp.setenv("ROUTES_CACHE_DIR", str(cache_dir))
    clear = getattr(mod, "clear_open_gazetteers", None)
    if clear:
        clear()
    try:
        yield open_gazetteer()
    finally:
        if clear:
            clear()
        mp.undo()


@pytest.fixture(scope="module")
def journey(gazetteer: Any) -> Journey:
    articles = [read_article(p) for p in sorted(SEEDS.glob("0*.txt"))]
    assert len(articles) == 5
    return read_story(articles, gazetteer)


def names(pms: list[Any]) -> list[str]:
    return [pm.place.name for pm in pms]


def test_articles_are_cleaned(gazetteer: Any) -> None:
    arts = {p.name[:3]: read_article(p) for p in sorted(SEEDS.glob("0*.txt"))}
    assert arts["001"].outlet == "AFP" and str(arts["001"].date) == "2019-01-10"
    assert arts["002"].outlet == "CNN" and arts["003"].outlet == "Bloomberg"
    assert str(arts["000"].date) == "2019-01-09"
    for art in arts.values():
        for junk in ("date 2019", "Newsletter", "Local Weather", "Related Articles",
                     "Missed a Show", "By subscribing", "All rights reserved"):
            assert junk not in art.text


def test_journey_places_in_order(journey: Journey) -> None:
    places = names(journey.places)
    for expected in ("Pyongyang", "Dandong", "Beijing", "Great Hall of the People",
                     "Beijing Hotel", "Beijing Railway Station", "Diaoyutai State Guesthouse"):
        assert expected in places
    assert any("Tongrentang" in n for n in places)
    assert any("Economic-Technological" in n or "Yizhuang" in n for n in places)
    assert places[:3] == ["Pyongyang", "Dandong", "Beijing"]


def test_stops_run_as_the_journey_ran(journey: Journey) -> None:
    stops = [s.place.name for s in journey.stops]
    tong = next(n for n in stops if "Tongrentang" in n)
    assert stops == ["Pyongyang", "Dandong", "Beijing", "Great Hall of the People", tong,
                     "Diaoyutai State Guesthouse", "Beijing Hotel", "Beijing Railway Station",
                     "Dandong", "Pyongyang"]
    beijing = journey.stops[2]
    assert beijing.arrive is not None and beijing.arrive.isoformat() == "2019-01-08T06:00:00+08:00"
    diaoyutai = journey.stops[5]
    assert diaoyutai.depart is not None and diaoyutai.depart.isoformat().startswith(
        "2019-01-09T12:00:00+08:00")
    modes = [(leg.origin, leg.destination, leg.mode, leg.direction) for leg in journey.legs]
    assert modes[0] == ("Pyongyang", "Dandong", "rail", "outbound")
    assert modes[-2] == ("Beijing Railway Station", "Dandong", "rail", "return")
    assert modes[-1] == ("Dandong", "Pyongyang", "rail", "return")
    assert all(m == "road" for _, _, m, _ in modes[2:-2])


def test_no_person_or_organisation_in_either_list(journey: Journey) -> None:
    every = names(journey.places) + names(journey.other_places)
    for bad in ("Kim", "Xi", "Moon", "Trump", "Lu", "Kang", "Hua", "Tong", "Yonhap", "KCNA",
                "Jeong", "Seoul", "France", "Center", "Union", "Commerce", "May", "North"):
        assert bad not in every
    assert {pm.place.kind for pm in journey.other_places} <= {"country", "region", "city",
                                                               "admin", "continent"}


def test_merely_mentioned_places_are_other_places(journey: Journey) -> None:
    others = names(journey.other_places)
    assert "Washington" in others and "Singapore" in others
    assert "Washington" not in names(journey.places)
    assert "Singapore" not in names(journey.places)
    assert {"China", "North Korea", "United States"} <= set(others)
    china = next(pm for pm in journey.other_places if pm.place.name == "China")
    assert "Chinese" in china.mentions  # a demonym maps to its country, never a stop


def test_the_840_km_figure_is_one_claim_beijing_to_dandong(journey: Journey) -> None:
    dist = [c for c in journey.claims if c.kind == "distance"]
    assert len(dist) == 1
    c = dist[0]
    assert (c.low, c.high, c.unit, c.qualifier) == (840.0, 840.0, "km", "about")
    assert "520 miles" in c.text and "840 kilometers" in c.text
    assert (c.origin, c.destination) == ("Beijing", "Dandong")
    assert c.source.startswith("003") and c.outlet == "Bloomberg"


def test_three_outlets_durations_are_claims_on_one_leg(journey: Journey) -> None:
    durs = {c.text: c for c in journey.claims if c.kind == "duration"}
    assert set(durs) == {"12 to 14 hours", "13-hour trip", "day-long ride"}
    legs = {c.leg for c in durs.values()}
    assert len(legs) == 1 and None not in legs
    leg = journey.legs[legs.pop()]  # type: ignore[index]
    assert leg.destination == "Dandong" and leg.direction == "return"
    assert {(c.low, c.high) for c in durs.values()} == {(12, 14), (13, 13), (8, 24)}
    assert {c.source[:3] for c in durs.values()} == {"001", "002", "003"}
    assert all((c.origin, c.destination) == ("Beijing", "Dandong") for c in durs.values())


def test_meeting_and_dinner_are_events(journey: Journey) -> None:
    events = {(e.kind, e.low_h, e.source[:3]) for e in journey.events}
    assert ("meeting", 1.0, "001") in events
    assert ("dinner", 4.0, "004") in events
    assert ("tour", 0.5, "001") in events
    dinner = next(e for e in journey.events if e.kind == "dinner")
    assert dinner.place == "Great Hall of the People"


def test_clock_times(journey: Journey) -> None:
    times = {(c.text, c.event): c for c in journey.claims if c.kind == "time"}
    en_route = times[("by 2 p.m. Wednesday", "en route")]
    assert en_route.time is not None
    assert en_route.time.isoformat() == "2019-01-09T14:00:00+08:00"
    assert en_route.destination == "Pyongyang" and en_route.qualifier == "by"
    noon = times[("around noon", "departure")]
    assert noon.time is not None and noon.time.isoformat() == "2019-01-09T12:00:00+08:00"
    left = times[("Jan. 7, 2019", "departure")]
    assert left.origin == "Pyongyang" and left.qualifier == "date only"
    assert left.time is not None and left.time.utcoffset() == timedelta(hours=9)


def test_quotes_carry_their_article(journey: Journey) -> None:
    bjs = next(pm for pm in journey.places if pm.place.name == "Beijing Railway Station")
    assert {q.source[:3] for q in bjs.quotes} == {"001", "003"}
    assert "a Beijing train station" in bjs.mentions
    stop = next(s for s in journey.stops if s.place.name == "Beijing Railway Station")
    assert stop.quotes == bjs.quotes
