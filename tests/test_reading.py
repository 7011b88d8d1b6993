"""Reading articles: files and encodings, boilerplate, sentences, people vs places, and the
journey built from constructed stories (with the small fake gazetteer)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from routes.errors import InputFileError, RoutesError, UnreadableTextError
from routes.reading import (
    MAX_ARTICLE_BYTES,
    read_article,
    read_story,
    read_text,
    split_sentences,
)
from routes.reading._dates import resolve_weekday, sentence_time
from tests.fakes_gazetteer import FakeGazetteer


@pytest.fixture()
def gaz() -> FakeGazetteer:
    return FakeGazetteer()


# -- files and encodings --------------------------------------------------------------------

def test_missing_file_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(InputFileError, match="is a folder"):
        read_article(tmp_path)


def test_empty_and_blank_files_are_unreadable(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b" \n\t\n")
    for name in ("e.txt", "b.txt"):
        with pytest.raises(UnreadableTextError, match="empty"):
            read_article(tmp_path / name)


def test_binary_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(UnreadableTextError, match="binary"):
        read_article(tmp_path / "x.png")


def test_too_large_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: the reader must refuse it without reading it
        fh.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(InputFileError, match="too large"):
        read_article(big)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_input_error(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text("Kim left Beijing.")
    p.chmod(0)
    with pytest.raises(InputFileError):
        read_article(p)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Kim left Beijing on Wednesday for Pyongyang. The café’s owner said so. " * 3
    if encoding in ("cp1252", "latin-1"):
        text = text.replace("’", "'")
    p = tmp_path / "a.txt"
    p.write_bytes(text.encode(encoding))
    art = read_article(p)
    assert "café" in art.text and art.source == "a.txt"


# -- cleaning ---------------------------------------------------------------------------------

def test_header_credit_and_boilerplate_are_stripped() -> None:
    raw = (" date 2020-03-04 The leader left Harbin on Tuesday.\n\nBy Jane Doe and John Roe\n\n"
           "He arrived in Dandong.\n\n© 2020 Example Wire Service, Inc. All rights reserved.\n\n"
           "Sign up for our newsletter\n\nMost Read\n\nWeather")
    art = read_text(raw, "x.txt")
    assert art.date == date(2020, 3, 4)
    assert art.text == "The leader left Harbin on Tuesday.\n\nHe arrived in Dandong."
    assert any("Jane Doe" in r for r in art.removed)


def test_outlet_from_dateline_bullet_and_credit() -> None:
    assert read_text("Reuters, SEOUL\n\nKim left.", "a").outlet == "Reuters"
    assert read_text("• Bloomberg\n\nKim left.", "a").outlet == "Bloomberg"
    art = read_text("Kim left.\n\nCopyright 2019 Cable News Network. All rights reserved.", "a")
    assert art.outlet == "CNN"
    # a body line citing an agency is a source, not the outlet
    assert read_text("Kim left Beijing, Yonhap reported.", "a").outlet is None


def test_title_and_dateline() -> None:
    art = read_text("Leader Leaves Capital\n\nLeader Leaves Capital\n\nSEOUL — He left.", "a")
    assert art.title == "Leader Leaves Capital"
    assert art.dateline == "SEOUL"
    assert art.text == "He left."


def test_control_characters_and_crlf() -> None:
    art = read_text("He left\x07 Beijing.\r\nHe arrived\u200b in Dandong.\r\n", "a")
    assert art.text == "He left Beijing.\nHe arrived in Dandong."


def test_only_boilerplate_leaves_empty_text_not_an_error() -> None:
    assert read_text("Newsletter\n\nLocal Weather", "a").text == ""


def test_a_headline_alone_is_read(gaz: FakeGazetteer) -> None:
    art = read_text("Kim left Pyongyang for Beijing", "h.txt")
    assert art.text == "Kim left Pyongyang for Beijing"
    j = read_story([art], gaz)
    assert [s.place.name for s in j.stops] == ["Pyongyang", "Beijing"]


# -- sentences --------------------------------------------------------------------------------

def test_sentences_survive_abbreviations_and_quotes() -> None:
    text = ("The U.S. envoy arrived on Jan. 7 at 2 p.m. Wednesday in Beijing. “We hope so,” "
            "Mr. Lee said. Gen. Park left! Did he? Yes.\nNew paragraph without a stop")
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "The U.S. envoy arrived on Jan. 7 at 2 p.m. Wednesday in Beijing.",
        "“We hope so,” Mr. Lee said.",
        "Gen. Park left!",
        "Did he?",
        "Yes.",
        "New paragraph without a stop",
    ]
    for s in split_sentences(text):
        assert text[s.start:s.start + len(s.text)] == s.text


# -- dates ------------------------------------------------------------------------------------

def test_weekdays_resolve_in_the_past_week_or_next_day() -> None:
    wed = date(2019, 1, 9)
    assert resolve_weekday(1, wed) == date(2019, 1, 8)  # Tuesday
    assert resolve_weekday(3, wed) == date(2019, 1, 10)  # Thursday: next day
    assert resolve_weekday(0, wed) == date(2019, 1, 7)  # Monday
    assert resolve_weekday(6, date(2019, 1, 10)) == date(2019, 1, 6)  # Sunday


def test_clock_times_and_parts_of_day() -> None:
    wed = date(2019, 1, 9)
    t = sentence_time("was en route by 2 p.m. Wednesday", wed, None)
    assert (t.day, t.hour, t.qualifier) == (wed, 14.0, "by")
    t = sentence_time("left around noon", wed, None)
    assert (t.day, t.hour, t.qualifier) == (None, 12.0, "around")
    t = sentence_time("left early Thursday", wed, None)
    assert (t.day, t.hour) == (date(2019, 1, 10), 6.0)
    t = sentence_time("the train left on Jan. 7, 2019", wed, None)
    assert t.day == date(2019, 1, 7)
    t = sentence_time("visited a factory the next morning", wed, date(2019, 1, 8))
    assert (t.day, t.hour, t.relative) == (wed, 9.0, True)
    assert sentence_time("as they met in June last year", wed, None).background


# -- people and organisations are not places ----------------------------------------------

PEOPLE_STORY = """\
Chinese President Xi Jinping met North Korean leader Kim Jong Un in Beijing on Tuesday.
Foreign Ministry spokesman Lu Kang said Kang and Moon were not discussed. Kim said little.
Hua Po, a political commentator, told reporters Moon Jae-in would visit Seoul.
Commerce Secretary Wilbur Ross spoke at the Liaoning Academy of Social Sciences.
Naoko Aoki, a fellow at the RAND Corp. in Washington, said the Video was old.
Washington insists on sanctions, and Pyongyang's nuclear activities go on.
"""


def test_people_and_organisations_are_never_places(gaz: FakeGazetteer) -> None:
    j = read_story([read_text(PEOPLE_STORY, "p.txt")], gaz)
    names = {p.place.name for p in [*j.places, *j.other_places]}
    assert names.isdisjoint({"Kang", "Kim", "Moon", "Hua", "Commerce", "Video"})
    assert {"Beijing", "Seoul", "Washington", "Pyongyang", "China", "North Korea"} <= names
    assert j.traveller is not None and j.traveller.startswith("Kim")


def test_one_word_names_that_are_usually_something_else(gaz: FakeGazetteer) -> None:
    text = ("Protesters gathered on Harbour Street. Larkhill welcomed the idea. Americans cheered. "
            "Later the crowd marched to Larkhill.")
    pms = read_story([read_text(text, "w.txt")], gaz).other_places
    found = {pm.place.name: pm for pm in pms}
    assert "Harbour" not in found  # one word of a longer name, and a small town
    assert "United States" not in found  # "Americans" are people
    assert [q.text for q in found["Larkhill"].quotes] == ["Later the crowd marched to Larkhill."]


def test_metonymy_is_a_mention_not_a_stop(gaz: FakeGazetteer) -> None:
    text = ("Kim left Pyongyang on Monday and arrived in Beijing on Tuesday. "
            "Washington insists on sanctions. Singapore hosted their summit last year. "
            "Kim said Seoul's stance had not changed.")
    j = read_story([read_text(text, "m.txt")], gaz)
    assert [p.place.name for p in j.places] == ["Pyongyang", "Beijing"]
    assert {"Washington", "Singapore", "Seoul"} <= {p.place.name for p in j.other_places}


# -- constructed journeys ------------------------------------------------------------------

def test_constructed_journey_order_legs_and_claims(gaz: FakeGazetteer) -> None:
    a = read_text(
        "date 2021-05-12\nThe leader's armoured train left Shenyang on Monday morning. "
        "It arrived in Dandong around 3 p.m. Monday. He toured the Great Hall of the People "
        "in Beijing on Tuesday? No: he went to Beijing Hotel on Wednesday. "
        "The 250-kilometre trip from Shenyang to Dandong took about four hours.", "a.txt")
    j = read_story([a], gaz)
    stops = [s.place.name for s in j.stops]
    assert stops[:2] == ["Shenyang", "Dandong"]
    dandong = j.stops[1]
    assert dandong.arrive is not None and dandong.arrive.utcoffset() == timedelta(hours=8)
    assert dandong.arrive == datetime(2021, 5, 10, 15, 0, tzinfo=dandong.arrive.tzinfo)
    assert j.legs[0].origin == "Shenyang" and j.legs[0].mode == "rail"
    dist = [c for c in j.claims if c.kind == "distance"]
    dur = [c for c in j.claims if c.kind == "duration"]
    assert dist and dist[0].low == 250 and dist[0].origin == "Shenyang"
    assert dist[0].destination == "Dandong" and dist[0].leg == 0
    assert dur and dur[0].low == 4 and dur[0].qualifier == "about"


def test_events_are_not_legs(gaz: FakeGazetteer) -> None:
    text = ("Kim arrived in Beijing on Tuesday. He met Xi for one hour at the Great Hall of the "
            "People, then attended a four-hour dinner. He toured a factory for 30 minutes.")
    j = read_story([read_text(text, "e.txt")], gaz)
    kinds = {(e.kind, e.low_h) for e in j.events}
    assert ("meeting", 1.0) in kinds and ("dinner", 4.0) in kinds and ("tour", 0.5) in kinds
    assert not [c for c in j.claims if c.kind == "duration"]


def test_zero_figures_are_not_claims(gaz: FakeGazetteer) -> None:
    text = "Kim left Beijing for Dandong, a 0-hour trip of zero miles at 0 km/h."
    j = read_story([read_text(text, "z.txt")], gaz)
    assert [c for c in j.claims if c.kind != "time"] == []


def test_time_claims_are_aware_in_local_time(gaz: FakeGazetteer) -> None:
    text = ("date 2019-01-09\nKim left Pyongyang on Monday. He was en route to Pyongyang by "
            "2 p.m. Wednesday after he left Beijing on Wednesday.")
    j = read_story([read_text(text, "t.txt")], gaz)
    times = [c for c in j.claims if c.kind == "time"]
    assert times and all(c.time is not None and c.time.tzinfo is not None for c in times)
    en_route = [c for c in times if c.event == "en route"]
    assert en_route and en_route[0].time == datetime(2019, 1, 9, 6, 0, tzinfo=UTC)
    assert en_route[0].qualifier == "by"


def test_descriptions_resolve_in_the_story_city(gaz: FakeGazetteer) -> None:
    text = ("Kim arrived in Beijing on Tuesday and went to the state guest house. "
            "He was seen off at a Beijing train station on Wednesday.")
    j = read_story([read_text(text, "d.txt")], gaz)
    names = [p.place.name for p in j.places]
    assert "Diaoyutai State Guesthouse" in names and "Beijing Railway Station" in names
    pm = next(p for p in j.places if p.place.name == "Diaoyutai State Guesthouse")
    assert pm.mentions == ["the state guest house"] and pm.quotes[0].source == "d.txt"


def test_keywords_gate_descriptions(gaz: FakeGazetteer) -> None:
    base = "Kim arrived in Beijing on Tuesday and toured {} for an hour in an economic zone."
    with_kw = read_story([read_text(base.format("a Tongrentang plant"), "k.txt")], gaz)
    without = read_story([read_text(base.format("a plant"), "k.txt")], gaz)
    zone = "Beijing Economic-Technological Development Area"
    assert zone in {p.place.name for p in with_kw.places}
    assert zone not in {p.place.name for p in [*without.places, *without.other_places]}


def test_no_journey_text_gives_no_stops_and_a_note(gaz: FakeGazetteer) -> None:
    j = read_story([read_text("Markets rallied on Tuesday in Singapore.", "n.txt")], gaz)
    assert j.stops == [] and j.legs == []
    assert [p.place.name for p in j.other_places] == ["Singapore"]
    assert j.notes


def test_read_story_raises_only_routes_errors(gaz: FakeGazetteer) -> None:
    class Broken(FakeGazetteer):
        def contains_name(self, folded: str) -> bool:
            raise KeyError(folded)

    with pytest.raises(RoutesError):
        read_story([read_text("Kim left Beijing.", "b.txt")], Broken())
