"""Turn a file or a string into clean article text, refusing what is not text.

Why so careful: fact-checkers feed the tool whatever they saved from a browser or a wire
feed: other encodings, web boilerplate, credit lines, now and then a PDF or an image by
mistake. Everything that is not the story is stripped with general rules (line shape and
keywords), so the reader never takes "Local Weather" or a copyright line for the story.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from routes.errors import InputFileError, UnreadableTextError
from routes.reading._dates import MONTH_NAMES, written_date
from routes.reading._lexicon import lexicon
from routes.reading._sentences import split_sentences

#: Largest article file read (bytes). News articles are a few kB; a file past 20 MB is a dump or
#: a mistake, and is refused from its size before any byte is read.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

#: Share of printable characters below which decoded "text" is taken for binary data.
MIN_PRINTABLE_RATIO = 0.85


@dataclass(slots=True)
class Article:
    """One article, cleaned: what the reader reads, with what its header lines said."""

    source: str  # file name (or the name the caller gave)
    text: str  # body text, boilerplate removed; paragraphs separated by blank lines
    outlet: str | None = None  # "AFP", "Bloomberg", "CNN" when a dateline or credit names one
    date: date | None = None  # publication date when a header or dateline gives one
    title: str = ""
    dateline: str | None = None  # place of a dateline such as "BEIJING —", as written
    removed: list[str] = field(default_factory=list)  # lines stripped as boilerplate


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read one article file (UTF-8 first, other encodings detected) and clean it."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputFileError(f"{p}: no such file; check the path") from None
    except OSError as exc:
        raise InputFileError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if p.is_dir():
        raise InputFileError(f"{p}: is a folder; give the article files inside it")
    if st.st_size > MAX_ARTICLE_BYTES:
        raise InputFileError(
            f"{p}: {st.st_size / 1e6:.0f} MB is too large for an article "
            f"(limit {MAX_ARTICLE_BYTES // (1024 * 1024)} MB); split it or check the file"
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise InputFileError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputFileError(f"{p}: grew past the {MAX_ARTICLE_BYTES // 1048576} MB limit")
    return read_text(decode_bytes(data, p.name), p.name)


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode article bytes: BOMs, then UTF-8, then charset-normalizer's best guess."""
    if not data.strip():
        raise UnreadableTextError(f"{name}: the file is empty; nothing to read")
    text: str | None = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None:
        if b"\x00" in data:
            raise UnreadableTextError(
                f"{name}: binary data, not article text; save it as plain text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _guess(data, name)
    _check_printable(text, name)
    return text


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableTextError(
            f"{name}: not text in any encoding recognised; save it as UTF-8 plain text"
        )
    return str(best)


def _check_printable(text: str, name: str) -> None:
    sample = text[:200_000]
    if not sample.strip():
        raise UnreadableTextError(f"{name}: the file holds only blank space; nothing to read")
    printable = sum(1 for ch in sample if ch.isprintable() or ch in "\n\r\t")
    if printable / len(sample) < MIN_PRINTABLE_RATIO or "\x00" in sample:
        raise UnreadableTextError(f"{name}: binary data, not article text; save it as plain text")


_DATE_HEADER = re.compile(r"^\s*date\s*[:=]?\s*(\d{4})-(\d{2})-(\d{2})\b[ \t]*", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\ufeff]")
_BYLINE = re.compile(
    r"^\s*(?:By|BY|Written by|Reporting by|Edited by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*\s*$"
)
_CREDIT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.IGNORECASE)
_BOILER = re.compile(
    r"\b(?:subscrib\w*|newsletters?|sign up|log in|sign in|click here|listen here|watch here|"
    r"read more|related (?:articles?|stories|content|coverage)|advertisement|follow us|"
    r"share this|missed a show|local weather|weather forecast|quality journalism|"
    r"support (?:our|independent) journalism|cookies?|terms of (?:use|service)|privacy policy|"
    r"download (?:our|the) app|most (?:read|popular)|trending now|top stories|more from)\b",
    re.IGNORECASE,
)
#: a boilerplate word inside a longer sentence is news ("2 million subscribers in Canada",
#: "cookies baked in Lyon", "the most popular beach in Spain"); these phrasings are
#: a site talking to its reader wherever they stand
_BOILER_PHRASE = re.compile(
    r"^\W*(?:subscribe|sign up|sign in|log in|click|tap here|read more|follow us|download|"
    r"share this|advertisement)\b|\b(?:follow|like) us on\b|\b(?:sign up|subscribe) (?:for|to) "
    r"(?:our|the|this)\b|\bclick here\b|\bread more\b|\bdownload (?:our|the) app\b|"
    r"\bsupport (?:our|independent|quality) journalism\b|\b(?:we|this (?:site|website)) uses? "
    r"cookies\b|\b(?:accept|allow) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b|"
    r"\bprivacy policy\b|\bterms of (?:use|service)\b|\bmissed a show\b|"
    r"\bnewsletters? (?:sign|delivered)|\bour (?:daily |weekly )?newsletters?\b|"
    r"\b(?:by subscribing|quality journalism|help us|support us|our journalism)\b",
    re.IGNORECASE,
)
#: a sentence this short that holds a boilerplate word is a site's furniture ("Most Read",
#: "Local Weather", "Daily Newsletter.")
BOILER_MAX_WORDS = 5
#: "BEIJING -", "LOS ANGELES (AP) -", "SPRINGFIELD, Ill. (AP) -": the town, maybe its state
#: or country, of up to three words ("VANCOUVER, British Columbia (CP) -", "PORT MORESBY,
#: Papua New Guinea (AP) -"), maybe with the day ("BEIJING, Jan 9 (Reuters) -", "HANOI
#: (Feb. 26, 2019) -")
#: (capitals with accents too: "SÃO PAULO, Aug 7 (Wire) -", "ZÜRICH, Switzerland -")
_DATELINE = re.compile(r"^([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]{2,40}?(?:,\s+(?!(?i:" + MONTH_NAMES
                       + r")\.?\s+\d)[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]{1,14}"
                       r"(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ.]{1,14}){0,2})?)"
                       r"(?P<when>,\s+(?:(?i:" + MONTH_NAMES + r")\.?\s+\d{1,2}|\d{1,2}\s+(?i:"
                       + MONTH_NAMES + r"))(?:,?\s+\d{4})?)?\s*"
                       r"(?:\((?P<said>[^)]{1,40})\))?\s*[—–-]{1,2}\s+(?=\S)")
#: what a header line giving the publication date holds beside the date: a label, a weekday,
#: a clock time and its zone ("Updated 10:31 AM ET, Tue February 26, 2019")
_DATE_LINE_REST = re.compile(
    r"^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified|dated?)\b|on|at|"
    r"\d{1,2}[:.]\d\d|a\.?m\.?|p\.?m\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    r"(?:et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|kst|jst|hkt|sgt|msk|aest|"
    r"aedt)\b|[|:,.()/–—-]|\s)*$", re.IGNORECASE)
#: the most words a publication date's line holds
DATE_LINE_MAX_WORDS = 12
_OUTLET_LINE = re.compile(
    r"^[•·*\-\s]*([A-Z][\w&.' -]{1,40}?)(?:\s*,\s*([A-Z][A-Z .'-]{2,40}))?\s*$")
_END_PUNCT = re.compile(r"[.!?:;\"”’')\]]\s*$")
_WORD = re.compile(r"\w+")


def read_text(text: str, source: str) -> Article:
    """Clean article text given as a string (from a file, a feed or a test)."""
    if not isinstance(text, str):
        raise UnreadableTextError(f"{source}: expected text, got {type(text).__name__}")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text).replace("\u00a0", " ").replace("\u2028", "\n")
    if not text.strip():
        raise UnreadableTextError(f"{source}: the text is empty; nothing to read")
    art = Article(source=source, text="")
    lines = [ln.strip() for ln in text.split("\n")]
    kept: list[str] = []
    header_zone = True  # the first non-empty lines, where titles, outlets and datelines sit
    seen_titles: set[str] = set()
    for raw in lines:
        line = raw
        if not line:
            kept.append("")
            continue
        m = _DATE_HEADER.match(line)
        if m:
            with contextlib.suppress(ValueError):  # "date 2019-02-30": keep the text, no date
                art.date = date(int(m[1]), int(m[2]), int(m[3]))
            art.removed.append(m[0].strip())
            line = line[m.end():].strip()
            if not line:
                continue
        words = _word_count(line)
        if words <= 40 and _CREDIT.search(line):
            art.outlet = art.outlet or _outlet_in(line)
            art.removed.append(line)
            continue
        if words <= 12 and _BYLINE.match(line):
            art.removed.append(line)
            continue
        if words <= 25 and _BOILER.search(line) and _is_boilerplate_in(line):
            rest = _without_boilerplate(line)
            if rest is None:
                art.removed.append(line)
                continue
            art.removed.append(line.replace(rest, "").strip())
            line = rest
        if (header_zone or art.date is None) and words <= DATE_LINE_MAX_WORDS and (
                dated := written_date(line)) is not None and _DATE_LINE_REST.match(
                    line[:dated[1].start()] + " " + line[dated[1].end():]):
            # "Published: February 26, 2019", "Updated 10:31 AM ET, Tue February 26, 2019":
            # the day the story's weekdays are counted from (the first one told; a "date"
            # line given by the user wins); a line of a date alone below the lede, where a
            # page copied from the web often puts it, is that day too
            art.date = art.date or dated[0]
            art.removed.append(line)
            continue
        if header_zone:
            handled = _header_line(art, line, seen_titles)
            if handled is None:
                continue
            line = handled
        if words <= 15 and not _END_PUNCT.search(line):
            # headline-like line inside the body (a related story's title, a section heading)
            art.removed.append(line)
            continue
        header_zone = False
        kept.append(line)
    body = "\n".join(kept)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    if not body and art.title:
        body = art.title  # a headline alone ("Kim leaves Beijing"): it is all there is to read
    art.text = body
    return art


def _is_boilerplate(sentence: str) -> bool:
    """A site's own words, not the story's: a boilerplate word in a very short sentence, or
    a phrasing that only a site uses to its reader (see :data:`_BOILER_PHRASE`)."""
    return bool(_BOILER.search(sentence)) and (
        _word_count(sentence) <= BOILER_MAX_WORDS or bool(_BOILER_PHRASE.search(sentence)))


def _is_boilerplate_in(line: str) -> bool:
    return _is_boilerplate(line) or any(_is_boilerplate(s.text) for s in split_sentences(line))


def _without_boilerplate(line: str) -> str | None:
    """The sentences of a line that are not boilerplate, when they make a sentence of six
    words or more ("Kim will travel to Beijing next week. Read more:" keeps the first)."""
    keep = [s.text for s in split_sentences(line) if not _is_boilerplate(s.text)]
    rest = " ".join(keep)
    if _word_count(rest) < 6 or not _END_PUNCT.search(rest):
        return None
    return rest


def _header_line(art: Article, line: str, seen_titles: set[str]) -> str | None:
    """Consume a header line (outlet, dateline, title); return the rest of the line to keep."""
    m = _OUTLET_LINE.match(line)
    if m and _word_count(line) <= 6:
        outlet = _outlet_in(m[1])
        if outlet:
            art.outlet = art.outlet or outlet
            if m[2]:
                art.dateline = m[2].strip()
            art.removed.append(line)
            return None
    if not _END_PUNCT.search(line) and _word_count(line) <= 20:
        folded = line.casefold()
        if not art.title:
            art.title = line
        if folded not in seen_titles:
            seen_titles.add(folded)
        art.removed.append(line)
        return None
    d = _DATELINE.match(line)
    town = d[1].split(",")[0].strip() if d else ""
    if d and town.upper() == town:  # the town in capitals; its state may follow as written
        art.dateline = d[1].strip()
        dated = written_date(f"{d['when'] or ''} {d['said'] or ''}")
        if dated is not None and art.date is None:
            art.date = dated[0]  # "HANOI (Feb. 26, 2019) -", "BEIJING, Jan. 9, 2019 (AP) -"
        return line[d.end():]
    return line


def _outlet_in(text: str) -> str | None:
    folded = text.casefold()
    best: tuple[int, str] | None = None
    for outlet, names in lexicon().outlets.items():
        for name in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(name.casefold()) + r"(?![\w])", folded):
                if best is None or m.start() < best[0]:
                    best = (m.start(), outlet)
    return best[1] if best else None


def _word_count(line: str) -> int:
    """How many words a line has, counted up to 42: every caller compares with 40 or less,
    and splitting a whole paragraph to count its hundreds of words is wasted work."""
    return len(line.split(None, 41))
