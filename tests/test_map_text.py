"""Text that reaches the map page: escaping (property-tested), figures, dates, summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from routes.mapping import _text
from routes.models import Claim, Journey, Place, Quote, Stop
from tests.test_map_journeys import HOSTILE, kim_journey


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text += data


def parse(fragment: str) -> _Collect:
    p = _Collect()
    p.feed(fragment)
    p.close()
    return p


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_escaped_text_parses_back_to_itself_and_adds_no_element(text: str) -> None:
    out = parse(f"<p>{_text.esc(text)}</p>")
    assert out.tags == ["p"]
    assert out.text == text
    assert "`" not in _text.esc(text) and "<" not in _text.esc(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_escaped_text_cannot_leave_a_quoted_attribute(text: str) -> None:
    out = parse(f'<span title="{_text.esc(text)}">x</span>')
    assert out.tags == ["span"]
    assert out.attrs == [("title", text)]


@settings(max_examples=150, deadline=None)
@given(name=st.text(min_size=1), note=st.text(), quote=st.text(), source=st.text())
def test_place_popup_has_only_our_elements(name: str, note: str, quote: str, source: str) -> None:
    place = Place(name, 10.0, 20.0, "hotel", source=source)
    stop = Stop(place, note=note, quotes=[Quote(quote, source)], mentions=[name])
    html = _text.place_popup_html(place, [(1, stop)], None)
    tags = set(parse(html).tags)
    assert tags <= {"div", "h3", "p", "b", "br", "ul", "li", "q", "cite", "a"}
    for attr, value in parse(html).attrs:
        assert attr in {"class", "href", "rel", "target"}
        if attr == "href":
            assert value is not None and value.split(":", 1)[0] in ("http", "https")


def test_hostile_strings_come_out_literal() -> None:
    for bad in HOSTILE:
        assert parse(f"<p>{_text.esc(bad)}</p>").text == bad


def test_only_http_sources_become_links() -> None:
    assert _text.source_html("javascript:alert(1)") == "javascript:alert(1)"
    assert _text.source_html(" JavaScript:alert(1)").startswith(" JavaScript")
    assert "<a" not in _text.source_html("data:text/html,<script>alert(1)</script>")
    link = _text.source_html('https://example.org/a"b')
    assert link.startswith('<a href="https://example.org/a&quot;b"')
    assert _text.source_html("wire.txt") == "wire.txt"


def test_claim_label_reads_stated_then_measures() -> None:
    claim = kim_journey().claims[0]
    assert _text.claim_label(claim) == (
        "stated about 840 km · road ≈ 850 km · rail ≈ 1,131 km · straight line 668 km"
    )
    duration = kim_journey().claims[1]
    assert _text.claim_label(duration).endswith("implies 81–94 km/h")
    no_number = kim_journey().claims[3]
    assert _text.stated(no_number) == "day-long"


def test_numbers_and_ranges() -> None:
    assert _text.fmt_range(12, 14, "h") == "12–14 h"
    assert _text.fmt_range(840, 840, "km") == "840 km"
    assert _text.fmt_range(None, 5, "h") == "5 h"
    assert _text.fmt_num(1131.4) == "1,131"
    assert _text.fmt_num(12.5) == "12.5"
    assert _text.fmt_num(0.75) == "0.8"
    assert _text.fmt_num(2.0) == "2"


def test_dateline_spans_the_stops() -> None:
    assert _text.dateline(kim_journey()) == "7–10 January 2019"
    tz = timezone(timedelta(hours=1))
    p = Place("A", 1, 1, "city")
    j = Journey(stops=[Stop(p, depart=datetime(2019, 1, 30, 9, tzinfo=tz)),
                       Stop(p, arrive=datetime(2019, 2, 2, 9, tzinfo=tz))])
    assert _text.dateline(j) == "30 January – 2 February 2019"
    assert _text.dateline(Journey()) == ""


def test_times_carry_their_offset() -> None:
    when = datetime(2019, 1, 8, 10, 55, tzinfo=timezone(timedelta(hours=8)))
    assert _text.fmt_when(when) == "Tue 8 Jan 2019, 10:55 (UTC+08)"
    half = datetime(2019, 1, 8, 10, 55, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert _text.fmt_when(half).endswith("(UTC+05:30)")


def test_a_date_without_time_shows_no_time() -> None:
    assert _text.fmt_when(datetime(2019, 1, 9, tzinfo=UTC)) == "Wed 9 Jan 2019"
    assert _text.fmt_when(datetime(2019, 1, 9, tzinfo=timezone(timedelta(hours=8)))) == (
        "Wed 9 Jan 2019, 00:00 (UTC+08)"
    )


def test_time_claims_state_the_time() -> None:
    when = datetime(2019, 1, 9, 14, 0, tzinfo=timezone(timedelta(hours=8)))
    claim = Claim("time", "by 2 p.m. Wednesday", "b.txt", None, None, "iso", time=when,
                  event="en route")
    assert _text.stated(claim) == "en route Wed 9 Jan 2019, 14:00 (UTC+08)"


def test_summary_sentences_end_once() -> None:
    p = Place("A", 1, 1, "city")
    j = Journey(title="T", stops=[Stop(p, note="Left at noon.")], claims=[
        Claim("distance", "5 km", "s", 5, 5, "km", explanation="Fine.")])
    summary = _text.summary_text(j)
    assert "Left at noon.\n" in summary and ".." not in summary


def test_summary_lists_stops_legs_and_verdicts_in_order() -> None:
    summary = _text.summary_text(kim_journey())
    lines = summary.splitlines()
    assert lines[0] == "Map: Kim Jong Un's train to Beijing, January 2019, 7–10 January 2019."
    assert "1. Pyongyang (city)" in summary and "10. Pyongyang (city)" in summary
    assert summary.index("3. Beijing Railway") < summary.index("5. Great Hall of the People")
    assert "Leg 8: Beijing Railway Station → Dandong, by rail, return" in summary
    assert ("“about 520 miles (840 kilometers)” (business.txt), Beijing Railway Station → Dandong:"
            " inconsistent") in summary


def test_claim_popup_carries_verdict_words_and_explanation() -> None:
    claim = Claim("distance", "x <b>", "s.txt", 1, 1, "km", verdict="inconsistent",
                  explanation="because <i>")
    html = _text.claim_popup_html(claim, "A → B")
    assert "✗ inconsistent" in html and "because &lt;i&gt;" in html and "<b>" not in html
