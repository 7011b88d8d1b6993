"""Find the places an article names, and keep people and organisations out.

How: capitalised runs of tokens are cut into n-grams (longest first, up to the gazetteer's
longest name) and each n-gram is tested with ``gazetteer.contains_name`` on its folded form: a
set look-up, so the cost is linear in the text and independent of the gazetteer's size (no
regex over 100,000 names). Before that, each run is classified with cue words from the lexicon:

- person: a title before it ("President", "leader", "spokesman"), a speech verb after it
  ("said", "told"), an apposition ("Naoko Aoki, a ... fellow"), a family name first ("Kim Jong
  Un", "Lu Kang"), a common given name first ("Donald Trump"), or a name already seen as a
  person in the story ("Kim", "Xi", "Moon");
- organisation: an organisation word inside it ("Academy", "Corp.", "Times", "Network") or a
  cue noun beside it ("news agency Yonhap", "medicine firm Tongrentang", "KCNA agency");
- otherwise: scanned for place names.

A single capitalised word that is also a common English word ("Commerce", "Video") counts only
when it resolves to a country, a capital-sized city or a curated landmark.

Descriptive mentions ("a Beijing train station", "the state guest house", "a factory operated
by medicine firm Tongrentang") are found from a landmark head noun back to its determiner.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field

from routes.reading._english import is_english_word
from routes.reading._facilities import facility_run, institution_run, road_numbers
from routes.reading._lexicon import Lexicon, lexicon
from routes.reading._people_names import (
    NAMESAKE_HEADS,
    given_names,
    initialled_names,
    is_person_run,
    place_prefixes,
    surnames,
)
from routes.reading._qualified import abbreviations, is_county
from routes.reading._vehicles import is_vehicle, may_open_vehicle, stands_for_vehicle

#: a word: letters and digits, joined by inner hyphens, apostrophes, dots and ampersands
#: ("Kim's", "U.S.", "Beijing-based", "AT&T"); written without a per-character lookahead
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]\w*(?:[-'’.&]\w+)*")
CONNECTORS = frozenset({"of", "the", "de", "du", "la", "le", "del", "da", "von", "van", "al",
                        "el", "for", "and", "upon", "y"})
#: words, never capitalised, that join the words of a foreign place's name like connectors
#: but open or close none: "Dar es Salaam", "Frankfurt am Main", "Caxias do Sul", "Campos
#: dos Goytacazes", "Santiago de los Caballeros", "Hoji ya Henda", "John o' Groats"
INNER_WORDS = frozenset({"es", "am", "der", "des", "dos", "do", "das", "di", "los", "las",
                         "ya", "o"})
#: every word that may stand inside a run of names in lower case
JOINING = CONNECTORS | INNER_WORDS
#: connectors that open a name when written with a capital: "El Salvador", "La Paz", "Le
#: Havre", "Al Ain", "Da Nang", "Van Buren", "The Woodlands" (a capitalised "Of" opens none)
OPENING_PARTICLES = frozenset({"el", "la", "le", "al", "da", "de", "del", "du", "van", "von",
                               "the"})
#: capitalised words that are never part of a name run (dates, pronouns at a sentence start)
_NOT_NAMES = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
        "my", "your", "this", "that", "these", "those", "there", "here", "but", "and", "or", "if",
        "when", "while", "as", "after", "before", "since", "because", "although", "though",
        "however", "meanwhile", "still", "yet", "also", "then", "thus", "so", "a", "an", "the",
        "in", "on", "at", "by", "for", "from", "with", "whilst", "whether", "unless", "until",
        "none", "nobody", "nothing", "ever", "what", "which", "whose", "whom", "why", "how"
    ]
)
#: last words that make a run a place even when its first word is a family name ("Han River")
PLACE_HEADS = frozenset(
    [
        "river", "mountain", "mountains", "lake", "island", "islands", "station", "hall", "hotel",
        "square", "bridge", "province", "city", "county", "district", "street", "road", "avenue",
        "park", "palace", "airport", "port", "sea", "bay", "gulf", "peninsula", "valley", "zone",
        "guesthouse", "house", "tower", "gate", "temple", "mausoleum", "plaza", "stadium", "museum",
        "university", "strait", "canal", "desert", "plain", "plateau", "region", "prefecture",
        "village", "town",
        # ("the Katherine Gorge": a landform named after a town, no Katherine)
        "gorge", "canyon", "glacier", "fjord", "reef", "lagoon", "crater", "volcano", "pier",
        "wharf", "quay", "marina", "cove", "beach", "creek", "falls",
    ]
)
#: words that name a part of an area: "Northern Europe", "Central Asia" (when not a name)
DIRECTIONS = frozenset(
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "upper", "lower",
        "northeast", "northwest", "southeast", "southwest",  # "Northeast Georgia"
        "north-east", "north-west", "south-east", "south-west",
    ]
)
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
#: abbreviations that open place names: "St. Louis", "Mt. Everest", "Ft. Worth"
NAME_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft", "pt"})
#: landmark head nouns for descriptive mentions (lower case, may be two words)
DESCRIPTION_HEADS = (
    "guest house", "guesthouse", "train station", "railway station", "rail station", "station",
    "hall", "hotel", "factory", "plant", "zone", "area", "park", "airport", "port", "bridge",
    "palace", "square", "residence", "compound", "villa", "embassy", "stadium", "museum",
    "mausoleum", "plaza", "terminal", "crossing", "base", "complex", "campus", "headquarters",
    "office", "mansion", "guesthouses", "capital", "capital city",
)
#: "capital" as the start of another noun ("capital markets", "capital gains") is money, not
#: a city: the head counts only before punctuation, a name or one of these words
_CAPITAL_FOLLOWERS = frozenset({"city", "where", "which", "that", "on", "in", "for", "to",
                                "from", "and", "or", "by", "at", "with", "since", "after",
                                "before", "until", "last", "this", "next", "early", "late",
                                # (a verb, when the phrase closes a trip told as the subject:
                                # "the journey from Tapachula to the capital covered")
                                "covered", "took", "takes", "lasted", "lasts", "spanned",
                                "stretched", "would", "will"})
#: lower-case tails of compounds that make the head a modifier: "Beijing-based", "state-run"
COMPOUND_TAILS = frozenset(
    [
        "based", "run", "owned", "led", "born", "bound", "made", "backed", "style", "controlled",
        "funded", "linked", "wide", "era", "held", "area", "centric", "friendly", "bred",
        "registered", "listed", "operated", "headquartered", "educated", "trained", "flagged",
        "built", "sponsored", "allied", "aligned", "occupied", "administered", "annexed",
        "brokered", "supported", "affiliated", "origin"
    ]
)
#: verbs that, right after a bare family name, make it the name of someone acting
_ACTION_VERBS = frozenset(
    [
        "arrived", "arrives", "left", "leaves", "departed", "departs", "visited", "visits",
        "toured", "tours", "met", "meets", "went", "goes", "returned", "returns", "traveled",
        "travelled", "travels", "spoke", "speaks", "held", "holds", "hosted", "hosts", "attended",
        "attends", "boarded", "inspected", "flew", "drove"
    ]
)
_HEADS_BY_FIRST: dict[str, list[list[str]]] = {}
for _head in sorted(DESCRIPTION_HEADS, key=lambda h: -len(h.split())):
    _HEADS_BY_FIRST.setdefault(_head.split()[0], []).append(_head.split())
_BREAKERS = frozenset(
    [
        "and", "or", "but", "in", "on", "at", "to", "from", "by", "with", "for", "of", "as", "than",
        "after", "before", "while", "when", "where", "which", "who", "that", "said", "told", "was",
        "were", "is", "are", "be", "been", "has", "had", "have", "will", "would", "could", "should",
        "may", "might", "he", "she", "it", "they", "we", "you", "i"
    ]
)


class Token:
    """A word of a sentence, with what the scanners ask of it computed once."""

    __slots__ = ("base", "cap", "end", "low", "possessive", "start", "text")

    def __init__(self, text: str, start: int, end: int, cap: bool, possessive: bool,
                 base: str) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.cap = cap
        self.possessive = possessive
        self.base = base  # the text without a possessive ending
        self.low = base.lower().rstrip(".")


#: an acronym in the plural ("CEOs", "NGOs", "MPs") names a kind of thing, never a place
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")
#: a French article elided before a capital, or an Arabic one joined by a hyphen, is a word of
#: the name: "Côte d'Ivoire", "Val d'Oise", "Sharm el-Sheikh", "Deir ez-Zor", "Ras al-Khaimah"
_ELIDED_NAME = re.compile(r"[dl]['’][A-ZÀ-Ý]|(?:[ae](?:[lrsdtnz]|sh|dh|th))-[A-Z]")
#: capitalised articles that are words of a name when they are not the sentence's first word
_INNER_CAPS = frozenset({"A", "An"})
#: what a word's form says (cap, possessive, base, low), per distinct word: news copy repeats
#: its words, so each is analysed once per process (bounded)
_WORD_INFO: dict[str, tuple[bool, bool, str, str]] = {}


def _word_info(text: str) -> tuple[bool, bool, str, str]:
    last = text[-1]
    poss = False
    base = text
    if last in "sS" and len(text) > 2 and text[-2] in "'’":
        poss = True
        base = text[:-2]
    elif last in "'’" and len(text) > 1:
        base = text[:-1]
    low = base.lower().rstrip(".")
    cap = (text[0].isupper() or _ELIDED_NAME.match(text) is not None) and not (
        low in _NOT_NAMES or _CONTRACTION.search(base) or _PLURAL_ACRONYM.match(base))
    # "He", "Tuesday", "I've", "CEOs": never part of a place name
    return cap, poss, base, low


def tokenize(sentence: str) -> list[Token]:
    """The words of a sentence. Why findall and str.find rather than finditer: no match
    object per word, and the per-word analysis is a dictionary hit (this runs on every word
    of every article, so it sets the reader's pace)."""
    out: list[Token] = []
    append = out.append
    known = _WORD_INFO
    find = sentence.find
    new = Token.__new__
    pos = 0
    for text in TOKEN.findall(sentence):
        info = known.get(text)
        if info is None:
            if len(known) > 200_000:
                known.clear()
            info = known[text] = _word_info(text)
        tok = new(Token)
        tok.text = text
        tok.start = pos = find(text, pos)
        tok.end = pos = pos + len(text)
        tok.cap, tok.possessive, tok.base, tok.low = info
        if text in _INNER_CAPS and out:
            tok.cap = True  # "Chang An Avenue": an article opens sentences, not names inside
        append(tok)
    return out


class LowerWords:
    """Whether a word is written in lower case somewhere in an article ("commerce", "video"):
    then the capitalised form is likely a common word, not a name. Asked for a few words per
    article, so each is looked up on demand (a substring test, then one regex) instead of
    collecting every lower-case word of the text."""

    __slots__ = ("_known", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = len(word) > 1 and word.isascii() and word.isalpha() and word.islower() and (
                _stands_alone(self._text, word))
            self._known[word] = known
        return known


def _stands_alone(text: str, word: str) -> bool:
    r"""Whether ``word`` occurs in ``text`` with no letter, digit, underscore, apostrophe or
    hyphen on either side: the regex ``(?<![\w’'-])word(?![\w’'-])`` (``isalnum`` is what
    ``\w`` tests, besides "_"), without compiling a pattern per word."""
    n = len(text)
    size = len(word)
    i = text.find(word)
    while i >= 0:
        j = i + size
        if (i == 0 or not _joins(text[i - 1])) and (j >= n or not _joins(text[j])):
            return True
        i = text.find(word, i + 1)
    return False


def _joins(ch: str) -> bool:
    return ch.isalnum() or ch in "_’'-"


@dataclass(slots=True)
class RawMention:
    """A name in a sentence that the gazetteer knows, before resolution."""

    surface: str  # as written (possessive ending removed)
    key: str  # folded for the gazetteer
    start: int  # offsets in the sentence
    end: int
    tok_start: int
    tok_end: int  # exclusive
    possessive: bool = False
    weak: bool = False  # a common word: keep only if it resolves to a big place
    description: bool = False
    city_hint: str | None = None  # for descriptions: city named in or after the phrase
    variants: tuple[str, ...] = ()  # for descriptions: phrases to try
    synth: tuple[str, ...] = ()  # for descriptions: names built from it ("Tongrentang factory")
    in_longer: bool = False  # one word of a longer capitalised name ("Harbour" in "Harbour Street")
    locative: bool = False  # after "in", "at", "to", "from"...: a place is expected here
    embedded: bool = False  # inside an organisation's name: a mention, never a stop
    lookup: tuple[str, ...] = ()  # names to resolve instead of the surface ("European": Europe)
    facility: bool = False  # a street or building the gazetteer lacks: placed at its city


@dataclass(slots=True)
class Run:
    tokens: list[Token]
    i0: int  # index of the first token in the sentence tokens
    label: str = "other"  # "person", "org", "speaker", "other"
    scan_until: int = 0  # tokens [0, scan_until) are scanned when label is "person" by title
    person_from: int = 0
    #: for "President of France ...": where each place a title is of starts ("Prime Minister
    #: of the UAE and Ruler of Dubai" has two)
    titles_of: tuple[int, ...] = ()
    #: why a run is an organisation: "head" (a word such as Post, Agency inside it), "cue"
    #: (a cue noun after it: "a Beijing newspaper"), "" (its own name: "firm Tongrentang")
    org_by: str = ""
    #: joined across a possessive because the gazetteer knows the whole ("King's Cross"): a
    #: place's name, whatever a title or given name in it suggests
    place_name: bool = False


#: a regnal number written after a name ("Leo XIV", "Charles III"), folded
_ROMAN_NUMERAL = re.compile(r"(?=[mdclxvi]{2})m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})"
                            r"(?:ix|iv|v?i{0,3})")


def regnal_number(t: Token) -> bool:
    """Whether a word is the number after a monarch's or pope's name ("XIV", "III"), written
    in capitals: part of the name, never the name a person is called by alone."""
    return t.text.isupper() and _ROMAN_NUMERAL.fullmatch(t.low) is not None


@dataclass(slots=True)
class People:
    """Names seen as people across the story (folded), for "Kim", "Xi", "Trump" later on."""

    names: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    memo: dict[tuple[str, ...], bool] = field(default_factory=dict)  # covers(), cleared on add
    #: the words of the vehicles the story names ("a 1995 Honda Accord"): no place's either
    vehicles: set[str] = field(default_factory=set)

    def add(self, toks: list[Token], lex: Lexicon,
            is_name: Callable[[str], bool] | None = None,
            area_kind: Callable[[str], str | None] | None = None) -> None:
        """Remember a person's name, and its family name alone ("Trump", "Kim") unless that
        word is also a common place name ("George Washington" must not hide Washington) or,
        not being a surname, an area's ("DeSmog Canada" must not hide Canada). A word alone
        that names an area and no person is no person ("a fellow US ally", "an official EU
        language": words that are also titles stand before it)."""
        words = [t.low for t in toks if t.low not in CONNECTORS]
        if not words:
            return
        if (len(words) == 1 and area_kind is not None and words[0] not in lex.surnames
                and words[0] not in given_names() and area_kind(toks[-1].base)):
            return  # "a fellow US ally": a title-like word before a country, not a person
        self.memo.clear()
        self.names.add(" ".join(words))
        last = words[-1]
        if len(words) > 1 and regnal_number(toks[-1]):
            # "Pope Leo XIV", "King Charles III": called "Leo", "Charles" alone
            self.tokens.add(words[-2])
            return
        # (a state or a county may be a family name: "Charlie Gard", "Gard" a department)
        an_area = (len(words) > 1 and last not in lex.surnames and area_kind is not None
                   and area_kind(toks[-1].base) in ("country", "region"))
        if not an_area and (len(words) == 1 or last in lex.surnames or not (
                last in lex.common_words and is_name is not None and is_name(last))):
            self.tokens.add(last)
        if len(words) == 1:
            self.tokens.update(p for p in last.split("-") if p)
        if words[0] in lex.surnames or words[0] in lex.given_names or len(words) == 1:
            self.tokens.add(words[0])

    def add_words(self, words: tuple[str, ...]) -> None:
        """Remember a person's name found in the text by its form (folded words): the full
        name, and the family name alone."""
        self.memo.clear()
        self.names.add(" ".join(words))
        self.tokens.add(words[-1])

    def covers_word(self, low: str) -> bool:
        """:meth:`covers` for one word (its ``low`` form), without building a token list."""
        key = (low,)
        known = self.memo.get(key)
        if known is None:
            # covers_lows for one word: its name, or each of its hyphen parts, is known
            tokens = self.tokens
            known = low not in CONNECTORS and (
                low in self.names or low in tokens
                or ("-" in low and all(p in tokens for p in low.split("-"))))
            self.memo[key] = known
        return known

    def covers(self, toks: list[Token]) -> bool:
        """Whether the words are a known person's name or made of known persons' names."""
        lows = tuple(t.low for t in toks)
        known = self.memo.get(lows)
        if known is None:
            known = self.covers_lows(lows)
        return known

    def covers_lows(self, lows: tuple[str, ...]) -> bool:
        """:meth:`covers` for the words' ``low`` forms, worked out and remembered."""
        words = [w for w in lows if w not in CONNECTORS]
        known = bool(words) and (" ".join(words) in self.names or all(
            w in self.tokens or all(p in self.tokens for p in w.split("-"))
            for w in words))
        self.memo[lows] = known
        return known


class _Nobody(People):
    """No one known yet: what :func:`learn_people` classifies with, so cues alone decide.
    It notes whether :func:`classify` asked it (``reached``): the label then depends on the
    people of the story, and :func:`scan_names` asks them; otherwise the cues settled it."""

    __slots__ = ("reached",)

    def __init__(self) -> None:
        super().__init__()
        self.reached = False

    def covers(self, toks: list[Token]) -> bool:
        self.reached = True
        return False

    def covers_word(self, low: str) -> bool:
        self.reached = True
        return False


#: runs already cut, per token list (the reader asks twice per sentence: people, then names);
#: the value keeps the token list itself, so that its id is not reused while it is cached
RunsMemo = dict[int, tuple[list[Token], list[tuple[int, list[Token]]]]]
#: what :func:`learn_people` found each run to be, for :func:`scan_names` to reuse: per
#: (token list id, first token, length), the token list itself (so its id is not reused while
#: cached), whether the cues left the label to the people named, and the run's labelled fields
LabelsMemo = dict[tuple[int, int, int],
                  tuple[list[Token], bool, str, int, int, tuple[int, ...], str]]


#: one capital letter: a middle initial inside a name ("John F. Kennedy", "George W. Bush")
_INITIAL = re.compile(r"[A-Z]")


def _dot_inside_name(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the full stop after ``tokens[j - 1]`` (in a run opened at ``i``) stands inside a
    name: an abbreviation ("St. Louis"), or a middle initial between two capitalised words
    ("John F. Kennedy", "George W. Bush")."""
    before = tokens[j - 1]
    return before.low in NAME_ABBREVIATIONS or (
        j - 1 > i and tokens[j].cap and _INITIAL.fullmatch(before.text) is not None)


def runs_of(sentence: str, tokens: list[Token], memo: RunsMemo | None = None) -> list[Run]:
    """Capitalised runs (with inner connectors such as "of the"); a possessive ends a run."""
    if memo is not None:
        known = memo.get(id(tokens))
        if known is not None and known[0] is tokens:
            return [Run(toks, i) for i, toks in known[1]]
        cut = runs_of(sentence, tokens)
        # the runs' token lists are kept and shared (no reader changes one in place)
        memo[id(tokens)] = (tokens, [(r.i0, r.tokens) for r in cut])
        return cut
    runs: list[Run] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        if not t.cap or (t.low in CONNECTORS and i + 1 < n and not tokens[i + 1].cap):
            i += 1
            continue
        j = i + 1
        if not t.possessive:
            while j < n:
                gap = sentence[tokens[j - 1].end:tokens[j].start]
                if gap != " " and not (gap == ". " and _dot_inside_name(tokens, i, j)) \
                        and not (gap == ", " and _DOTTED.fullmatch(tokens[j].text)) \
                        and not (gap in ("' ", "’ ") and tokens[j - 1].text in ("o", "O")):
                    break  # "St. Louis", "John F. Kennedy", "Washington, D.C." and "John o'
                    # Groats" run on; other stops end a run
                nt = tokens[j]
                if nt.cap:
                    if _abbreviated_title(sentence, tokens, j):
                        break  # "U.S. Sen. Frank Lautenberg": the country, then a title
                    j += 1
                    if nt.possessive:
                        break
                    continue
                k = j
                while k < n and tokens[k].low in JOINING and not tokens[k].cap:
                    k += 1
                if (k > j and k < n and k - j <= 2 and tokens[k].cap
                        and _joined_only_by(sentence, tokens, j, k)
                        # ("left Igoumenitsa for Brindisi": the place left, then the goal,
                        # not one name like "Society for Science")
                        and not (tokens[j].low == "for" and _LEFT_FOR.search(
                            sentence, max(0, tokens[i].start - 50), tokens[i].start))):
                    j = k
                    continue
                break
        runs.append(Run(tokens[i:j], i))
        i = j
    return runs


#: a verb of leaving before "X for Y", which is then a place left and a goal: "left ", "after
#: leaving the Greek port of "
_LEFT_FOR = re.compile(r"\b(?:left|leaves|leaving|departed|departs|departing|quit|exited)\s+"
                       r"(?:[\w-]+\s+){0,4}?(?:of\s+)?$")


def _abbreviated_title(sentence: str, tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]``, inside a run, is a title cut short before a name ("U.S. Sen.
    Frank Lautenberg"): no word of the name before it, whatever the gazetteer says of the
    pair ("U.S. Sen" folds to Ussen, a name of Houssen in France)."""
    t = tokens[j]
    if not (sentence.startswith(". ", t.end) and j + 1 < len(tokens) and tokens[j + 1].cap):
        return False
    titles = lexicon().person_titles
    # (a title of several words runs on: "Scott County Deputy Sgt. Bob Mulvehill")
    return t.low in titles and tokens[j - 1].low not in titles


def _joined_only_by(sentence: str, tokens: list[Token], j: int, k: int) -> bool:
    """Whether nothing but the joining words ``tokens[j:k]`` and spaces stands between the
    word before them and ``tokens[k]``, or the apostrophe of "o'", which is "of" ("John o'
    Groats", "Tam o' Shanter"; the gap test in :func:`runs_of` lets it be)."""
    between = sentence[tokens[j - 1].end:tokens[k].start].replace(" ", "")
    words = "".join(t.text for t in tokens[j:k])
    return between == words or (between.endswith(("o'", "o’")) and between[:-1] == words)


def _next_words(sentence: str, tokens: list[Token], j: int, k: int) -> list[str]:
    return [t.low for t in tokens[j:j + k]]


def classify(sentence: str, tokens: list[Token], run: Run, people: People,
             is_name: Callable[[str], bool], lex: Lexicon | None = None) -> Run:
    """Label a run person / org / speaker / other (see the module docstring)."""
    lex = lex or lexicon()
    _label(sentence, tokens, run, people, is_name, lex)
    if run.label == "person" and not run.titles_of:
        # after the titles, if any ("Leader John Boehner of Ohio", "Master Sgt Johnathan
        # Dunbar of Austin"; not "Secretary of State Mike Pompeo", whose "of" the title holds
        # and whose run has ``titles_of``)
        start = run.person_from
        while start < len(run.tokens) - 1 and run.tokens[start].low in lex.person_titles:
            start += 1  # the rest of a title of several words ("Deputy Prime Minister")
        # (a title before the run counts as one inside it: "sons Parviz Moayyad of Houston")
        prev = tokens[run.i0 - 1].low if run.i0 > 0 else ""
        titled = run.person_from > 0 or _is_title(prev, lex) or (
            len(run.tokens) > 1 and people.covers_word(run.tokens[1].low))
        of_at = _of_home_town(run.tokens[start:], lex, is_name, titled=titled)
        if of_at:  # "Theresa Pilkington of Jeannette": a person, then her town
            town = start + of_at + 1
            run.titles_of = (town + (run.tokens[town].low == "the"),)
    return run


#: titles that are kin words: inside a capitalised name after its first word they are part of
#: it ("Tan Son Nhat International Airport"), since no one writes "Dr. Son Hunter"
_KIN_WORDS = frozenset({"son", "daughter", "wife", "husband", "sister", "brother", "father",
                        "mother", "uncle", "aunt", "grandfather", "grandmother", "cousin",
                        "nephew", "niece", "grandson", "granddaughter"})


def _is_title(word: str, lex: Lexicon) -> bool:
    """Whether a word is a person's title, in the singular or the plural ("lawyers")."""
    return word in lex.person_titles or (word.endswith("s") and word[:-1] in lex.person_titles)


def _label(sentence: str, tokens: list[Token], run: Run, people: People,
           is_name: Callable[[str], bool], lex: Lexicon) -> Run:
    toks = run.tokens
    words = [t.low for t in toks]
    core_at = [k for k, w in enumerate(words) if w not in CONNECTORS]
    core = [words[k] for k in core_at]
    if not core:
        run.label = "org"
        return run
    if len(toks) > 1 and toks[-1].text in abbreviations() and (
            sentence[toks[-2].end:toks[-1].start] == ", "):
        return run  # "Elizabeth, N.J.": a town and its state, no one's initials
    j = run.i0 + len(toks)
    prev = tokens[run.i0 - 1].low if run.i0 > 0 else ""
    nxt = _next_words(sentence, tokens, j, 2)
    after = sentence[toks[-1].end:toks[-1].end + 80]
    # "According to the minister, Slovenia acted": a title across a comma is not the run's,
    # unless the run stands between commas as the title's name ("his wife, Julia, said");
    # "in Hilversum and Almelo, the paper says": places, then the subject
    comma_after = after.lstrip()[:1] == ","
    gap = sentence[tokens[run.i0 - 1].end:toks[0].start].strip() if run.i0 > 0 else ""
    # a title in the plural names the people after it: "prominent lawyers Xie Yang and Li Heping"
    # ("Mr. Aguilar": an abbreviated title's full stop stands between them)
    # (a title's possessive names a place or an office after it: "London King's Cross",
    # "the Sheriff's Office")
    title_possessive = run.i0 > 0 and tokens[run.i0 - 1].possessive and (
        prev in lex.person_titles)
    title_before = _is_title(prev, lex) and (
        not gap or gap == "." or (gap == "," and after.lstrip()[:1] in (",", ".", ""))) and not (
        title_possessive)
    last_hyphen_lower = "-" in toks[-1].base and toks[-1].base.split("-")[-1] in COMPOUND_TAILS
    if prev in lex.person_roles and not gap and core[0] in given_names():
        # "channel producer Daria Zhuk and BBC Russian Service correspondent": a role, then a
        # given name and a surname (up to "and"), is a person, whatever places the words
        # also name (Daria: an old name of Daraa) and whatever body follows "and"
        head = next((k for k, t in enumerate(toks) if t.low in _AND_OR), len(toks))
        if 2 <= head <= 3 and _name_cased(toks[:head]) and not any(
                t.low in lex.org_heads for t in toks[:head]) and not is_name(
                " ".join(t.base for t in toks[:head])):
            run.label = "person"
            return run
    # organisation ("the Sheriff's Office and ...": a title's office)
    if (title_possessive and core[0] in lex.org_heads) or (
            any(words[k].rstrip(".") in lex.org_heads and not _ends_a_place(toks, k, is_name)
                and not _inside_a_building_name(words, k, run, is_name, lex)
                for k in core_at[1:])
            or (len(core) > 1 and core[0] in lex.org_heads and core[-1] not in PLACE_HEADS)
            or (len(words) > 2 and words[0] in lex.craft_heads and words[1] == "of")) or (
        len(core) == 1 and toks[-1].base.endswith(("Corp.", "Inc."))
    ):
        run.label = "org"
        run.org_by = "head" if len(core) > 1 else ""
        return run
    if len(toks) > 1 and _ACRONYM.fullmatch(toks[-1].base) and not any(
            t.base.isupper() for t in toks[:-1]) and not is_name(toks[-1].base) and (
            is_name(" ".join(t.base for t in toks[:-1]))) and not (
            is_name(" ".join(t.base for t in toks))):
        # "New Brunswick RCMP say", "Ontario NDP leader": a place, then the initials of a
        # body of it; no one's name ends in capitals (initials that name a place themselves,
        # "Vancouver BC", are left as they were, and so is "Air France KLM", no place's name
        # before its initials)
        run.label = "org"
        run.org_by = "head"
        return run
    if toks[-1].possessive and j < len(tokens) and tokens[j].cap and (
            tokens[j].low in lex.trade_words) and len(core) <= 2:
        run.label = "org"  # "Dunn's Automotive": the owner of a shop, no place
        return run
    cue_after = (not last_hyphen_lower and not toks[-1].possessive and not comma_after
                 and any(w in lex.org_cues for w in nxt[:2])
                 and not any(w in PLACE_HEADS for w in nxt[:1]))
    if (prev in lex.org_cues or cue_after) and not (
            nxt[:1] and nxt[0] in lex.org_cues and is_name(" ".join(core))
            and _is_place_compound(nxt)):
        run.label = "org"
        run.org_by = "cue" if prev not in lex.org_cues else ""
        return run
    # title inside the run: "US President Donald Trump", "Commerce Secretary Wilbur Ross";
    # not a town named after a royal where a place is expected or its state follows ("in
    # Prince George", "Prince Albert, Saskatchewan")
    for k, t in enumerate(toks):
        # (not a title's possessive: "London King's Cross" names no one)
        if t.low in lex.person_titles and k + 1 < len(toks) and t.cap and not t.possessive \
                and not (k > 0 and t.low in _KIN_WORDS) and not (
                (prev in _ONLY_PLACES_AFTER or _state_after().match(after) is not None
                 or _gone_from_or_to(tokens, run.i0)
                 or (toks[-1].low in _LAND_HEADS and k + 2 < len(toks)))
                and is_name(" ".join(w.base for w in _listed_with(toks, k)))) and not (
                toks[k + 1].low in _AND_OR
                and all(w.low in lex.person_titles for w in toks[k + 2:])) and not (
                _mountain_pass(sentence, toks, k, is_name)):
            # ("The King and Queen": two titles, no name; "Lord and Levi": a name)
            run.label = "person"
            run.scan_until = k
            # a title of several words: "Deputy Minister of Defence", "Vice President of"
            while k + 2 < len(toks) and toks[k + 1].cap and toks[k + 1].low in lex.person_titles:
                k += 1
            run.person_from = k + 1
            if toks[k + 1].low == "of":
                run.titles_of, run.person_from = _titles_of(toks, k + 1, is_name)
            return run
    if last_hyphen_lower:
        run.label = "other"
        return run
    if prev in lex.person_object_verbs and not gap and len(core) <= 3:
        run.label = "person"  # "Police arrested Adams in Boston": no town is arrested
        return run
    if _AGE_AFTER.match(after) and prev not in _PLACE_PREPOSITIONS:
        run.label = "person"  # "Maria Gomez, 71, arrived": an age says a person is named
        return run
    appos = _APPOS.match(after) if after.lstrip()[:1] == "," else None
    if appos and prev in _PLACE_PREPOSITIONS and (is_name(" ".join(t.base for t in toks))
                                                 or _coordinated_names(toks, is_name)):
        appos = None  # "in West Virginia, the president said": the place, then the subject
    if appos and not toks[-1].possessive and (
            appos[1].casefold() in lex.person_roles
            or _role_after_modifier(after, lex.person_roles)):
        run.label = "person"
        return run
    if appos and appos[1].casefold() in lex.org_cues and not toks[-1].possessive:
        run.label = "org"
        return run
    if nxt[:1] and nxt[0] in NAMESAKE_HEADS and not toks[-1].possessive and (
            sentence[toks[-1].end:toks[-1].end + 1] == " "):
        return run  # "John F. Kennedy airport", "Martin Luther King bridge": a thing named
        # after a person, no person here
    whole_is_name = is_name(" ".join(t.base for t in toks))
    if title_before and not whole_is_name:
        run.label = "person"
        return run
    # "between Ann Arbor and Oscoda": places joined by "and", not a person called Ann
    names_whole = whole_is_name or _coordinated_names(toks, is_name)
    # ("the Edgar County Sheriff's Department": a word of place inside is no one's name)
    if core[-1] not in PLACE_HEADS and 2 <= len(core) <= 3 and (
        core[0] in lex.surnames or core[0] in lex.given_names
    ) and not names_whole and not (len(core) == 3 and core[1] in _LAND_HEADS):
        run.label = "person"
        return run
    if people.covers(toks):
        run.label = "person"
        return run
    if _of_a_known_family(toks, people, is_name):
        run.label = "person"  # "Hamid Moayyad of Colleyville", after Parviz Moayyad: kin
        return run
    if len(core) > 1 and not names_whole and _name_cased(toks) and is_person_run(
            words, is_name, PLACE_HEADS):
        run.label = "person"  # "Charlotte Smith", "Stephon Clark": the words are a name
        return run
    if len(core) == 1 and (core[0] in lex.surnames or core[0] in lex.given_names) and nxt[:1] \
            and nxt[0] in _ACTION_VERBS and core[0] not in lex.person_titles:
        # "Kim arrived", "Xi met": a family name doing something (but "The King and Queen
        # flew": a title alone is the role, unless the story named someone by it)
        run.label = "person"
        return run
    if (nxt[:1] and nxt[0] in lex.speech_verbs and not (
            (comma_after and prev in _PLACE_PREPOSITIONS) or prev in _ONLY_PLACES_AFTER)
            ) or prev in _SAID:
        # a person or organisation, unless a capital speaks for its state; "in Beverly Hills,
        # reports eonline.com" is the place, then an inverted verb and its subject; "officials
        # in Trenton said" is the place closing its subject's phrase
        run.label = "speaker"
        return run
    if title_before:
        run.label = "person"
        return run
    return run


def _of_a_known_family(toks: list[Token], people: People,
                       is_name: Callable[[str], bool]) -> bool:
    """Whether the run opens on a word and a family name of a person the story names
    ("Hamid Moayyad", after "Parviz Moayyad"): kin, whatever place the first word names
    (Hamid, an old name of Isparta). Not a compound's tail ("Philadelphia-based Mottola"),
    a place's prefix ("Port Jackson") or a name the gazetteer knows whole."""
    return (len(toks) > 1 and toks[1].cap and people.covers_word(toks[1].low)
            and _name_cased(toks[:2]) and not toks[0].possessive
            and toks[0].base.rpartition("-")[2] not in COMPOUND_TAILS
            and toks[0].low not in place_prefixes()
            and not is_name(" ".join(t.base for t in toks[:2])))


#: initials a body is known by ("RCMP", "NDP", "FC"): two to six capitals
_ACRONYM = re.compile(r"[A-Z]{2,6}")


#: the French word for a mountain pass, which the lexicon also holds as Colonel's short form
_PASS_WORD = "col"
#: lower-case French particles that follow it in a pass's name ("Col de la Bonette", "Col du
#: Tourmalet"); a colonel's name after "Col" is capitalised ("Col Tim Collins")
_PASS_PARTICLES = frozenset({"de", "du", "des"})


def _mountain_pass(sentence: str, toks: list[Token], k: int,
                   is_name: Callable[[str], bool]) -> bool:
    """Whether the title at ``toks[k]`` is the French "Col" of a pass the gazetteer knows
    ("over the Col de la Bonette", "the Col du Galibier and the Col de la Madeleine"), not
    Colonel: it opens the run or a name of its list, has no full stop after it, a lower-case
    particle next, and its words up to the list's next "and" are a known name ("Col de
    Villiers" names a colonel, no pass)."""
    t = toks[k]
    if t.low != _PASS_WORD or sentence.startswith(".", t.end) or k + 2 >= len(toks):
        return False
    if k > 0 and toks[k - 1].low not in _AND_OR and not (
            k > 1 and toks[k - 1].low == "the" and toks[k - 2].low in _AND_OR):
        return False
    if toks[k + 1].low not in _PASS_PARTICLES or toks[k + 1].cap:
        return False
    end = next((j for j in range(k + 2, len(toks)) if toks[j].low in _AND_OR), len(toks))
    while end > k + 2 and toks[end - 1].low == "the":
        end -= 1
    return is_name(sentence[t.start:toks[end - 1].start] + toks[end - 1].base)


def _ends_a_place(toks: list[Token], k: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the run's words up to ``toks[k]`` are a place's name: the "Bank" of "the West
    Bank and Jerusalem" ends a territory's name, not a bank's."""
    return is_name(" ".join(t.base for t in toks[:k + 1]))


def _inside_a_building_name(words: list[str], k: int, run: Run, is_name: Callable[[str], bool],
                            lex: Lexicon) -> bool:
    """Whether the body's word ``words[k]`` stands inside the name of a building the
    gazetteer knows, the whole run: the "Opera" of "the Sydney Opera House" names the house,
    which a runner reaches, not the company that plays in it. Only a word before the last, and
    only when the last is a building's or place's word that no body ends on ("House", not
    "University"): "the Bank of England" stays a bank."""
    last = words[-1]
    return (k < len(words) - 1 and last in PLACE_HEADS and last not in lex.org_heads
            and is_name(" ".join(t.base for t in run.tokens)))


@functools.cache
def _state_after() -> re.Pattern[str]:
    """A comma and the name of a state or province ("Prince Albert, Saskatchewan"), built
    from data/qualifiers.yaml on first use, not at import."""
    names = sorted({name for options in abbreviations().values() for name, _ in options},
                   key=len, reverse=True)
    return re.compile(r",\s*(?:" + "|".join(map(re.escape, names)) + r")\b")


def _role_after_modifier(after: str, roles: frozenset[str]) -> bool:
    """Whether an appositive opens on a role behind a rank: "second secretary", "senior
    fellow", "deputy director"."""
    m = _APPOS_MODIFIED.match(after)
    return m is not None and m[1].casefold() in roles


def _titles_of(toks: list[Token], of_at: int,
               is_name: Callable[[str], bool]) -> tuple[tuple[int, ...], int]:
    """Where the places a title is of start, and where the person's name begins.

    "Governor of Sokoto State", "Secretary of State Mike Pompeo": the place the title is of
    still counts, and the person's name comes after it. "Minister of Defence of Azerbaijan":
    the office, then the state it serves. "Prime Minister of the UAE and Ruler of Dubai": a
    second title of a second place follows "and"; no name of a person does, so "Dubai" must
    not be learnt as one."""
    places: list[int] = []
    while True:
        of = of_at + 2 if of_at + 1 < len(toks) and toks[of_at + 1].low == "the" else of_at + 1
        places.append(of)
        size = next((n for n in range(len(toks) - of, 0, -1)
                     if is_name(" ".join(t.base for t in toks[of:of + n]))), 1)
        end = min(len(toks), of + size)
        if end + 1 < len(toks) and toks[end].low == "of":
            of_at = end  # "Minister of Defence of Azerbaijan": the office, then its state
            continue
        if end >= len(toks) or toks[end].low != "and":
            return tuple(places), end
        nxt = next((j for j in range(end + 1, min(len(toks), end + 4))
                    if not toks[j].cap or toks[j].low in CONNECTORS), None)
        if nxt is None or nxt == end + 1 or toks[nxt].low != "of":
            return tuple(places), len(toks)
        of_at = nxt


def _of_home_town(toks: list[Token], lex: Lexicon, is_name: Callable[[str], bool],
                  titled: bool = False) -> int:
    """Where "of" stands in a person's full name followed by a town ("Theresa Pilkington of
    Jeannette", "Tom Del Beccaro of Lafayette"), or 0: a given name (any first word after a
    title: ``titled``, "Sgt Johnathan Dunbar of Austin"), at least one more capitalised word,
    then "of" and a name the gazetteer knows."""
    if len(toks) < 4 or not (titled or toks[0].low in lex.given_names):
        return 0
    k = next((i for i, t in enumerate(toks) if t.low == "of"), 0)
    if k < 2 or not all(t.cap for t in toks[:k]):  # ("Del Beccaro": a capitalised "del")
        return 0
    tail = toks[k + 1:]
    if tail and tail[0].low == "the" and not tail[0].cap:
        tail = tail[1:]  # "Lance Armstrong of the U.S."
    if not tail or not all(t.cap for t in tail) or not is_name(" ".join(t.base for t in tail)):
        return 0
    return 0 if is_name(" ".join(t.base for t in toks[:k])) else k


def person_tokens(run: Run) -> list[Token]:
    """The words of a person run that name the person: after a title's place ("President of
    France Emmanuel Macron"), before a home town ("Theresa Pilkington of Jeannette"), before
    any "of" ("Mary of Bethany")."""
    end = len(run.tokens)
    if run.titles_of and min(run.titles_of) > run.person_from:
        end = min(run.titles_of) - 1
    # (a name runs to "of" whatever found it a person: "sons Parviz Moayyad of Houston" is
    # Parviz Moayyad, of Houston, even where his given name is not known as one)
    end = next((k for k in range(run.person_from + 1, end) if run.tokens[k].low == "of"
                and not run.tokens[k].cap), end)
    return run.tokens[run.person_from:end]


def _is_place_compound(nxt: list[str]) -> bool:
    return bool(nxt) and nxt[0] in {"station", "airport", "hotel", "port"}


def _coordinated_names(toks: list[Token], is_name: Callable[[str], bool]) -> bool:
    """Whether a run is names joined by "and" / "or" ("China and Russia", "Britain or
    France"): each part a name the gazetteer knows."""
    parts: list[list[str]] = [[]]
    for t in toks:
        if t.low in _AND_OR:
            parts.append([])
        else:
            parts[-1].append(t.base)
    return len(parts) > 1 and all(p and is_name(" ".join(p)) for p in parts)


def _plain(sentence: str, tokens: list[Token], run: Run, lex: Lexicon) -> bool:
    """Whether no cue around a one-word run could make :func:`classify` call it anything but
    "other" (the common case: "in Beijing"); a quick test that spares the full one."""
    t = run.tokens[0]
    if t.low in CONNECTORS or "-" in t.base or t.base.endswith(("Corp.", "Inc.")):
        return False
    i0 = run.i0
    prev = tokens[i0 - 1].low if i0 > 0 else ""
    if prev in lex.org_cues or prev in lex.person_titles or prev in _SAID:
        return False
    n = len(tokens)
    n0 = tokens[i0 + 1].low if i0 + 1 < n else ""
    n1 = tokens[i0 + 2].low if i0 + 2 < n else ""
    if (n0 in lex.org_cues or n1 in lex.org_cues or n0 in lex.speech_verbs
            or n0 in _ACTION_VERBS or (t.possessive and n0 in lex.trade_words)):
        return False
    return sentence[t.end:t.end + 80].lstrip()[:1] != ","


def _may_be_person(sentence: str, tokens: list[Token], run: Run, lex: Lexicon) -> bool:
    """A cheap test before :func:`classify`: does any person cue surround the run?"""
    toks = run.tokens
    first = toks[0].low
    if len(toks) > 1 and (first in lex.surnames or first in lex.given_names):
        return True
    if 1 < len(toks) <= 4 and (first in given_names() or toks[-1].low in surnames()):
        return True  # "Charlotte Smith", "Stephon Clark": see routes.reading._people_names
    if any(t.low in lex.person_titles for t in toks):
        return True
    i0 = run.i0
    if i0 > 0 and (tokens[i0 - 1].low in lex.person_titles or tokens[i0 - 1].low in _SAID
                   or tokens[i0 - 1].low in lex.person_object_verbs):
        return True
    j = i0 + len(toks)
    if j < len(tokens) and (tokens[j].low in lex.speech_verbs or tokens[j].low in _ACTION_VERBS):
        return True
    return sentence[toks[-1].end:toks[-1].end + 2].startswith(",")


_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|t|m)$")
#: a capital letter, Latin accented ones too: "in Žilina, Prešov and Košice" is a list of
#: places as "in Zilina, Presov and Kosice" is
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
#: words after which a place is expected ("in", "reached", "left"): "in Paris"
_LOCATIVE_WORDS = ("in", "at", "to", "from", "near", "via", "through", "past", "outside", "into",
                   "toward", "towards", "across", "around", "between", "separating", "and", "or",
                   "reached", "reaching", "visited", "visiting", "toured", "entered", "left",
                   "leaving", "departed")
#: nouns of a place before "of": "the town of Zilina"
_PLACE_OF_NOUNS = ("town", "city", "village", "port", "settlement", "hamlet", "island", "isle",
                   "resort", "suburb", "enclave", "oasis", "community", "municipality", "township",
                   "borough", "commune", "parish", "district", "neighbourhood", "neighborhood")
#: nouns of places before a list: "calling at 32 ports, including Trondheim and Tromso"
_PLACES_LISTED = ("ports", "cities", "towns", "villages", "stops", "stations", "places",
                  "islands", "harbours", "harbors", "capitals")


def _backwards(words: Iterable[str]) -> str:
    return "|".join(w[::-1] for w in words)


#: a place expected where the text ends: one of the words above, then an optional "the" and
#: an optional capitalised word ("in the Polish town of", "reached Northern"), written
#: backwards to be matched on the reversed text before a name. Why backwards: the words must
#: end where the name starts, and Python's regex engine cannot search from the end; searched
#: forwards over the 60 characters before every candidate name it tried every position
#: (about 4% of the reading time), matched backwards it tries one.
_LOCATIVE_BACKWARDS = re.compile(
    r"(?:\s+[\w'’-]*" + CAPITAL + r")?(?:\s+eht)?\s+(?i:" + _backwards(_LOCATIVE_WORDS)
    + r"|fo\s+(?:" + _backwards(_PLACE_OF_NOUNS) + r")|(?:gnidulcni|sa\s+hcus)\s+,?(?:"
    + _backwards(_PLACES_LISTED) + r"))(?!\w)")
_WORD_CHAR = re.compile(r"\w")
_NON_WORD_CHAR = re.compile(r"\W")
#: a word of speech or address before "to": what follows is spoken to, not gone to
_SPOKEN_TO = re.compile(r"\b(?i:talk|talks|talked|talking|spoke|speak|speaks|speaking|said|"
                        r"listen|listened|listening|according|referring|replied|reply|"
                        r"responded|respond|wrote|write|writing|appealed|appeal)\s+to\s+"
                        r"(?:the\s+)?$")
# (a preposition may open the sentence: "In Franklin, the levee held"; a verb of travel or
# "the border town of" says a place as well as "in" does)
_APPOS = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,5}?([\w-]+)\b")
#: words that may stand before a role in an appositive: "Campbell Davis, second secretary at
#: the embassy", "Jane Roe, a senior fellow", "Li Wei, deputy director"
_ROLE_MODIFIERS = ("first", "second", "third", "senior", "junior", "deputy", "assistant",
                   "associate", "former", "acting", "principal", "managing")
_APPOS_MODIFIED = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:" + "|".join(_ROLE_MODIFIERS)
                             + r")\s+){1,2}([\w-]+)\b")
_SAID = frozenset({"said", "says", "told", "according"})
#: nouns of bodies that speak, before their name in apposition ("The charity, Help Ukraine
#: Lviv, said"), beside the lexicon's organisation cues (agency, firm, company...)
_BODIES = frozenset({"charity", "foundation", "organisation", "organization", "ngo",
                     "association", "coalition", "alliance", "society", "nonprofit",
                     "non-profit", "campaign", "movement", "union", "federation", "club"})
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "into", "across", "outside",
                                 "inside", "throughout", "toward", "towards", "via"})
#: prepositions of being or going somewhere: a known person's name alone after one is rather a
#: place ("to" and "from" are as often a person's: "offering the job to Bolton")
_INTO_A_PLACE = frozenset({"into", "in", "near", "outside", "via", "through"})
#: prepositions after which a name before "said" is still a place ("police in Trenton said");
#: after "at" or "from" it is as often a firm ("analysts at Nomura said")
_ONLY_PLACES_AFTER = frozenset({"in", "near", "outside", "across", "throughout"})
#: words of going that a "from" or "to" after them ties to a place ("set off from Prince
#: Rupert", "flew to Prince George"; not "a letter from Prince Charles")
_GOING = frozenset({"off", "out", "flew", "flown", "drove", "driven", "sailed", "travelled",
                    "traveled", "went", "returned", "headed", "rode", "walked", "moved", "came",
                    "arrived", "trip", "journey", "flight", "drive", "ride", "voyage", "way",
                    "moving", "travelling", "traveling", "heading", "driving", "flying"})


def _listed_with(toks: list[Token], k: int) -> list[Token]:
    """The words of the run's list item that holds ``toks[k]`` ("Prince Rupert" of "Prince
    Rupert and Vancouver"); the whole run when it lists nothing."""
    start = max((i + 1 for i in range(k) if toks[i].low in _AND_OR), default=0)
    end = next((i for i in range(k + 1, len(toks)) if toks[i].low in _AND_OR), len(toks))
    return toks[start:end]


def _gone_from_or_to(tokens: list[Token], i0: int) -> bool:
    """Whether the run at ``i0`` follows "from" or "to" after a word of going."""
    return i0 >= 2 and tokens[i0 - 1].low in ("from", "to") and tokens[i0 - 2].low in _GOING
#: the last word of a royal's place ("the government of Prince Edward Island", "Prince
#: William County", "King George Sound"): no one's name ends in it, so a title before it
#: names the land, not a person
_LAND_HEADS = frozenset({"island", "islands", "county", "parish", "sound", "bay", "river", "lake",
                         "strait", "peninsula", "land", "mountains", "city", "town"})


def learn_people(sentences: Iterable[tuple[str, list[Token]]], people: People,
                 is_name: Callable[[str], bool], runs_memo: RunsMemo | None = None,
                 labels: LabelsMemo | None = None,
                 speaks_for_place: Callable[[str], bool] | None = None,
                 travels_as_place: Callable[[str], bool] | None = None,
                 area_kind: Callable[[str], str | None] | None = None) -> None:
    """First pass over a story: remember every name its cues mark as a person.
    ``sentences`` are (text, tokenize(text)) pairs, so each sentence is tokenized once;
    ``runs_memo`` keeps the runs cut here, and ``labels`` what each run was found to be,
    for :func:`scan_names`. ``speaks_for_place`` says whether a name that speaks ("X said")
    may be a place speaking for its people: a country, a state, a capital, a big city
    ("Beijing said"); a name that only a small town bears is then a person ("said Noma").
    Without it, any name the gazetteer knows may. ``travels_as_place`` says the same of a
    name that opens a sentence of travel ("X flew to Geneva"); without it, ``speaks_for_place``
    decides. ``area_kind`` says whether a word names a country, a region or a state (and
    which): a word alone that names one is no person, and a country or region ending a longer
    name ("DeSmog Canada") is not learnt as a family name on its own."""
    speaks = speaks_for_place or is_name
    travels = travels_as_place or speaks
    lex = lexicon()
    nobody = _Nobody()  # cues alone decide here, not names learnt so far
    texts: list[str] = []
    for s, tokens in sentences:
        texts.append(s)
        for run in _runs_of_people(s, tokens, runs_memo, is_name):
            byline = _byline(tokens, run)
            if byline:
                people.add(byline, lex, is_name)  # "By Kent Mallett, Advocate Reporter"
                continue
            if may_open_vehicle(run.tokens[0].low, lex) and is_vehicle(
                    tokens, run.i0, len(run.tokens), lex, is_name):
                people.vehicles.update(t.low for t in run.tokens)
                continue
            if run.i0 == 0 and _travelling_subject(s, tokens, run, lex, travels):
                people.add(run.tokens, lex, is_name)  # "Biden flew to Geneva"
                continue
            if not _may_be_person(s, tokens, run, lex):
                continue
            nobody.reached = False
            classify(s, tokens, run, nobody, is_name, lex)
            if labels is not None:
                labels[(id(tokens), run.i0, len(run.tokens))] = (
                    tokens, nobody.reached, run.label, run.scan_until, run.person_from,
                    run.titles_of, run.org_by)
            if run.label == "person":
                # (a family name that is a common place name is kept from the names alone
                # only when a big place bears it: "George Washington", not "Richard Nixon",
                # whose Nixon is a Texan village)
                people.add(person_tokens(run), lex, speaks, area_kind)
            elif run.label == "speaker":
                words = [t.low for t in run.tokens]
                known_person = len(words) == 1 and (words[0] in lex.surnames
                                                    or words[0] in lex.given_names)
                if speaks(" ".join(t.base for t in run.tokens)) and not known_person:
                    continue  # "Beijing said": a capital speaking for its state
                if run.i0 and tokens[run.i0 - 1].low in _PLACE_PREPOSITIONS:
                    continue  # "who was from Dewsbury said": the place, then the verb
                if run.i0 and (tokens[run.i0 - 1].low in _BODIES
                               or tokens[run.i0 - 1].low in lex.org_cues) and (
                        s[tokens[run.i0 - 1].end:run.tokens[0].start].strip() == ","):
                    continue  # "The charity, Help Ukraine Lviv, said": a body's name
                if _coordinated_names(run.tokens, is_name):
                    continue  # "China and Russia said": states speaking together
                if len(words) == 1 and (words[0] in lex.common_words
                                        or words[0] in lex.person_titles or (
                                            is_english_word(words[0])
                                            and words[0] not in surnames()
                                            and words[0] not in given_names())
                                        ) and not known_person:
                    # "Officials said", "Diplomats say", "Operators say": a title or a plain
                    # word, not a name
                    continue
                people.add(run.tokens, lex, is_name)
    # "Carey L. Biron": sentences were cut at the initial's dot, so look in the whole text
    for given, surname in initialled_names(" ".join(texts)):
        people.add_words((given, surname))


def _byline(tokens: list[Token], run: Run) -> list[Token]:
    """The writer's name in a byline: "By" opening a sentence, then a given name and one or
    two more words ("By Kent Mallett Advocate Reporter", "BY KENT MALLETT"): a person,
    whatever place the given name also names (Kent)."""
    toks = run.tokens
    if run.i0 == 0 and len(toks) > 2 and toks[0].text in ("By", "BY"):
        toks = toks[1:]  # "BY KENT MALLETT": a capital "BY" opens the run itself
    elif not (run.i0 == 1 and tokens[0].text in ("By", "BY")):
        return []
    if len(toks) < 2 or toks[0].low not in given_names() or toks[1].low in CONNECTORS:
        return []
    n = 3 if len(toks) > 2 and _INITIAL.fullmatch(toks[1].text) else 2
    return toks[:n]  # "By John Q. Public": the initial and the family name


#: verbs of travel whose subject, opening a sentence, is the one travelling
TRAVEL_VERBS = frozenset({
    "flew", "flies", "travelled", "traveled", "travels", "arrived", "arrives", "left",
    "leaves", "departed", "departs", "drove", "drives", "sailed", "sails", "visited", "visits",
    "toured", "tours", "returned", "returns", "headed", "heads", "landed", "lands", "went",
    "goes", "set", "boarded", "boards", "rode", "rides", "walked", "walks", "cycled",
    "took", "takes", "caught", "catches", "swam", "swims", "rowed", "paddled", "hiked",
    "trekked", "marched", "biked", "pedalled", "pedaled",
})
#: of the verbs above, those that travel only with a vehicle after them: "Li Wei took the
#: train", but "Beijing took steps"
_WITH_VEHICLE = frozenset({"took", "takes", "caught", "catches"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "one"})
#: "ran" travels when a way or a length follows it: "Kouros ran from Athens to Sparta", "ran
#: 246 km" (not "ran the company", "ran for office")
_RAN = frozenset({"ran", "runs"})
_RAN_WAY = frozenset({"from", "to", "into", "across", "through", "along", "back", "home",
                      "past", "around", "round"})


def _ran_somewhere(tokens: list[Token], n: int) -> bool:
    if tokens[n].low not in _RAN or n + 1 >= len(tokens):
        return False
    after = tokens[n + 1].low
    return after in _RAN_WAY or after[:1].isdigit()


def _vehicle_after(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a vehicle is named at ``tokens[i]``, after at most a determiner and one word
    ("the train", "an overnight bus")."""
    words = [t.low for t in tokens[i:i + 3]]
    if words and words[0] in _DETERMINERS:
        words = words[1:]
    return any(w in lex.vehicle_nouns for w in words[:2])


#: a relative clause set off by commas after a sentence's opening name: "Kim, who will meet
#: Xi on Wednesday, arrived in Beijing" (its verb is the name's, after the clause)
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|whose)\b[^,;:()\"“”]{1,160},\s*")


def _verb_after_aside(sentence: str, tokens: list[Token], n: int) -> int:
    """Where the verb of a name of ``n`` tokens stands: ``n``, or after a relative clause in
    commas ("Kim, who will meet Xi, arrived"); -1 when nothing follows."""
    if n >= len(tokens):
        return -1
    m = _RELATIVE_ASIDE.match(sentence, tokens[n - 1].end)
    if m is None:
        return n
    return next((i for i in range(n, len(tokens)) if tokens[i].start >= m.end()), -1)


def _travelling_subject(sentence: str, tokens: list[Token], run: Run, lex: Lexicon,
                        is_place: Callable[[str], bool]) -> bool:
    """A name of one or two words that opens a sentence and travels ("Biden flew to
    Geneva", "Merkel arrived in Paris", "Kim, who will meet Xi, arrived in Beijing"): a
    person, unless it is a place that could act for its people (``is_place``: a country, a
    region, a big city; "Merkel" is also a small town in Texas) or a word ("Officials
    left"). Stories name their traveller this way once the full name is given elsewhere, or
    never."""
    if len(run.tokens) > 2:
        return False
    n = _verb_after_aside(sentence, tokens, len(run.tokens))
    if n < 0 or (tokens[n].low not in TRAVEL_VERBS and not _ran_somewhere(tokens, n)):
        return False
    if tokens[n].low == "set" and (n + 1 >= len(tokens) or tokens[n + 1].low not in (
            "off", "out")):
        return False
    if tokens[n].low in _WITH_VEHICLE and not _vehicle_after(tokens, n + 1, lex):
        return False
    words = [t.low for t in run.tokens]
    if any(w in lex.person_titles or (
            (w in lex.common_words or is_english_word(w))
            and w not in lex.surnames and w not in lex.given_names) for w in words):
        return False  # "Police drove", "Officials flew" (but "Trump flew", "Kim arrived")
    return not is_place(" ".join(t.base for t in run.tokens)) and not any(
        is_place(t.base) for t in run.tokens)


#: eras written after a year: "490 BC" is no British Columbia
_ERAS = frozenset({"BC", "BCE", "AD", "CE", "B.C.", "A.D."})
_ERA_YEAR = re.compile(r"\b\d{1,4}\s*$")


def scan_names(
    sentence: str,
    tokens: list[Token],
    people: People,
    contains: Callable[[str], bool],
    norm: Callable[[str], str],
    max_tokens: int,
    lowercase_words: Container[str],
    memo: dict[str, list[RawMention]] | None = None,
    runs_memo: RunsMemo | None = None,
    labels: LabelsMemo | None = None,
) -> list[RawMention]:
    """Names the gazetteer knows in one sentence, people and organisations left out.

    ``memo`` (one per story: the answers depend on the people it names) keeps what each
    distinct run of capitalised words holds, so that "Kim Jong Un" or "Beijing", written
    twenty times in a story, is cut into names once; whether a one-word name is also a common
    word of the article (``lowercase_words``) is asked again each time."""
    lex = lexicon()

    def is_name(s: str) -> bool:
        k = norm(s)
        return bool(k) and contains(k)

    out: list[RawMention] = []
    runs = _runs_of_people(sentence, tokens, runs_memo, is_name)
    tails = _TAIL_WORD.search(sentence) is not None
    if "'s " in sentence or "’s " in sentence:  # (most sentences hold no possessive)
        runs = _possessive_facilities(sentence, _possessive_names(sentence, runs, is_name))
    for run in runs:
        first = run.tokens[0]
        if people.vehicles and stands_for_vehicle(tokens, run.i0, len(run.tokens), lex,
                                                  people.vehicles):
            continue  # "a 1995 Honda Accord", then "the Honda": a car, not Honda, Colombia
        span = sentence[first.start:run.tokens[-1].end]
        if span in _ERAS and _ERA_YEAR.search(sentence, 0, first.start):
            continue  # "in 490 BC": an era, not British Columbia
        known = memo.get(span) if memo is not None else None
        if known is None:
            found = _scan_segment(sentence, run.tokens, run.i0, people, is_name, norm,
                                  max_tokens, lowercase_words, lex)
            if memo is not None:
                memo[span] = [_moved(m, -first.start, -run.i0) for m in found]
        else:
            found = [_moved(m, first.start, run.i0) for m in known]
            for m in found:
                m.locative = _is_locative(sentence, m.start)
                if m.tok_end - m.tok_start == 1 and not m.lookup:
                    m.weak = _weak_at(m.surface.lower().rstrip("."), m.locative, m.possessive,
                                      lowercase_words, lex, alone=not m.in_longer and (
                                          tokens[m.tok_start].base == m.surface))
        into_place = (not found and len(run.tokens) == 1 and run.i0 > 0
                      and tokens[run.i0 - 1].low in _INTO_A_PLACE and people.covers(run.tokens)
                      # (not "in Fairfield hearing", "in Fairfield's defence")
                      and not (tokens[run.i0 - 1].low == "in" and (first.possessive or (
                          run.i0 + 1 < len(tokens) and not tokens[run.i0 + 1].cap
                          and tokens[run.i0 + 1].low not in _BREAKERS))))
        if into_place:
            # "The Ghan eased into Darwin's railway terminal", in a story that names Charles
            # Darwin: a person is not gone into; the city is, if it is a big one
            found = _scan_segment(sentence, run.tokens, run.i0, _Nobody(), is_name, norm,
                                  max_tokens, lowercase_words, lex)
            for m in found:
                m.weak = True
            into_place = bool(found)
        # "Chen, U.S. District Court": a comma inside is no one name
        titled = run.i0 > 0 and tokens[run.i0 - 1].low in lex.person_titles
        parts = [p for p in _facility_parts(run, found, titled)
                 if "," not in sentence[p.tokens[0].start:p.tokens[-1].end]]
        facility = bool(parts)
        if found and not facility and tails and len(run.tokens) > 1 and all(
                m.tok_end < run.i0 + len(run.tokens) for m in found):
            # "Tan Son Nhat airport": a name the gazetteer knows with its lower-case word,
            # not the town its first words name ("Tan Son")
            named = _run_with_tail(sentence, tokens, run, is_name, norm)
            if named is not None:
                out.append(named)
                continue
        if not found and not facility:
            # "Yaroslavsky station": a name the gazetteer knows only with its lower-case word
            named = _run_with_tail(sentence, tokens, run, is_name, norm) if tails else None
            if named is not None:
                out.append(named)
            continue  # nothing to find: no need to tell a person from an organisation
        if len(run.tokens) > 1 or people.covers(run.tokens) or not _plain(sentence, tokens,
                                                                             run, lex):
            _classify_again(sentence, tokens, run, people, is_name, lex, labels)
        if into_place:
            run.label = "other"
        if run.place_name and run.label in ("person", "speaker"):
            run.label = "other"  # "King's Lynn", "Martha's Vineyard"
        if facility and (run.label == "other" or (
                run.label == "org" and institution_run([t.low for t in run.tokens])
                and not _workplace(sentence, run, lex))):
            out.extend(_facility(sentence, part, found, norm) for part in parts)
            # "Northumberland Avenue and West Street": names outside the streets still count;
            # an owner before the building ("Vatican-owned") is a mention, never a stop
            for m in found:
                if not any(p.i0 <= m.tok_start < p.i0 + len(p.tokens) for p in parts):
                    m.embedded = m.embedded or m.tok_start < parts[0].i0
                    out.append(m)
                elif is_county(m.surface) and any(
                        p.i0 == m.tok_start and m.tok_end < p.i0 + len(p.tokens) for p in parts):
                    # "the Henderson County Jail": the county a building serves is named
                    m.embedded = True
                    out.append(m)
                elif m.tok_start > run.i0 and tokens[m.tok_start - 1].low == "of" and any(
                        p.i0 < m.tok_start and m.tok_end == p.i0 + len(p.tokens)
                        for p in parts):
                    # "the University of Toronto": the place a body is "of" closes its name
                    # and is named with it, as "Heart Society of Canada" is
                    m.embedded = True
                    out.append(m)
            continue
        if run.label == "org":
            out.extend(_embedded(run, tokens, found))
            continue
        if run.label == "person":
            limit = run.i0 + run.scan_until
            ofs = {run.i0 + of for of in run.titles_of}
            for m in found:
                if m.tok_start in ofs:
                    if run.person_from == 0:  # "Theresa Pilkington of Jeannette": her town,
                        m.locative, m.in_longer = True, False  # as "from Jeannette" would be
                    out.append(m)
                elif m.tok_end <= limit and not _in_known_name(run, m, people):
                    out.append(m)
        elif run.label == "speaker":
            whole = " ".join(t.base for t in run.tokens)
            if is_name(whole) or _coordinated_names(run.tokens, is_name):
                # "Beijing said", "Washington insists": a capital or a country speaks for its
                # state; a small town does not ("Police said" is not Police, Poland)
                for m in found:
                    m.weak = True
                out.extend(found)
        else:
            out.extend(m for m in found if not _in_person_name(run, m, is_name)
                       and not _in_known_name(run, m, people))
    if out and tails:
        out = _with_station_word(sentence, tokens, out, is_name, norm)
    if "merican" in sentence or "anadian" in sentence or "ustralian" in sentence:
        out = _without_ethnonyms(sentence, out)
    out.extend(_roads(sentence, tokens, out, norm))
    _towns_after_facilities(sentence, out)
    return out


def _towns_after_facilities(sentence: str, found: list[RawMention]) -> None:
    """A name right after a street or building and a comma is where it stands ("Main
    Street, Red Oak", "St. John's Union Cemetery, Friedensburg"): expected as a place, as
    after "in", so a small town counts there."""
    ends = {m.end for m in found if m.facility}
    if not ends:
        return
    for m in found:
        if not m.locative and not m.facility and m.start - 2 in ends and (
                sentence[m.start - 2:m.start] == ", "):
            m.locative = True


#: the second word of an ethnonym ("African American", "Chinese-Canadian"), and what after it
#: says the pair names two states instead ("the Mexican-American War", "US-Canadian trade")
_ETHNONYM_TAIL = re.compile(r"[ -](?:American|Canadian|Australian)s?\b(?!\s+(?:[Ww]ar|border|"
                            r"relations|trade|ties|talks|treaty|summit|alliance|deal)\b)")


#: how an adjective of a people ends ("African", "Chinese", "Irish", "Dutch", "Pakistani")
_ADJECTIVE_END = re.compile(r"[a-z](?:an|ese|ish|ch|i)$")


def _without_ethnonyms(sentence: str, found: list[RawMention]) -> list[RawMention]:
    """Mentions less the two adjectives of an ethnonym: "enslaved African Americans" names
    people, not Africa and the United States."""
    drop: set[int] = set()
    for k, m in enumerate(found):
        if k + 1 >= len(found) or not (m.lookup or _ADJECTIVE_END.search(m.surface)):
            continue
        tail = _ETHNONYM_TAIL.match(sentence, m.end)
        nxt = found[k + 1]
        if tail is not None and nxt.start == m.end + 1 and nxt.end == tail.end():
            drop.update((k, k + 1))
    return [m for k, m in enumerate(found) if k not in drop] if drop else found


#: lower-case words that finish a station's name as the press writes it: "Waterloo station",
#: "Howrah railway station"
_STATION_TAILS = (("station",), ("railway", "station"), ("train", "station"),
                  ("rail", "station"), ("cathedral",), ("palace",), ("castle",), ("abbey",),
                  ("basilica",), ("stadium",), ("airport",), ("bridge",), ("tower",),
                  ("mosque",), ("museum",), ("cosmodrome",), ("spaceport",), ("arch",),
                  ("air", "base"), ("base", "camp"), ("monument",), ("memorial",))
#: a lower-case word that may finish a name the gazetteer knows ("Notre-Dame cathedral")
_TAIL_WORD = re.compile(
    r" (?:" + "|".join(sorted({tail[-1] for tail in _STATION_TAILS})) + r")\b")


def _run_with_tail(sentence: str, tokens: list[Token], run: Run,
                   is_name: Callable[[str], bool],
                   norm: Callable[[str], str]) -> RawMention | None:
    """A capitalised run the gazetteer does not know alone, but knows with the lower-case
    word after it ("Yaroslavsky station"), as one mention; None otherwise."""
    i0 = run.i0
    n = len(run.tokens)
    if n > 4 or tokens[i0 + n - 1].possessive:
        return None
    start = tokens[i0].start
    found = _named_with_tail(sentence, tokens, start, i0 + n, is_name)
    if found is None:
        return None
    surface, end = found
    return RawMention(surface, norm(surface), start, start + len(surface), i0, end,
                      tokens[end - 1].possessive, False,
                      locative=_is_locative(sentence, start))


def _named_with_tail(sentence: str, tokens: list[Token], start: int, tok_end: int,
                     is_name: Callable[[str], bool]) -> tuple[str, int] | None:
    """The name running from ``start`` through a lower-case tail word after token ``tok_end``
    ("Waterloo station", "Notre-Dame cathedral"), with the token it ends before, when the
    gazetteer knows it; None otherwise."""
    for tail in _STATION_TAILS:
        end = tok_end + len(tail)
        if end > len(tokens) or [t.low for t in tokens[tok_end:end]] != list(tail) \
                or tokens[end - 1].cap:
            continue
        surface = sentence[start:tokens[end - 1].end]
        if is_name(surface):
            return surface, end
    return None


def _with_station_word(sentence: str, tokens: list[Token], found: list[RawMention],
                       is_name: Callable[[str], bool],
                       norm: Callable[[str], str]) -> list[RawMention]:
    """A name followed by a lower-case "station", "cathedral", "palace"... that the gazetteer
    knows with it ("Waterloo station" is London Waterloo, not the town; "Notre-Dame cathedral"
    is the cathedral in Paris, not a village named Notre-Dame): the scanner reads capitalised
    words only."""
    out: list[RawMention] = []
    for m in found:
        longer = None if m.possessive else _named_with_tail(sentence, tokens, m.start,
                                                             m.tok_end, is_name)
        if longer is not None:
            surface, end = longer
            m = RawMention(surface, norm(surface), m.start, m.start + len(surface),
                           m.tok_start, end, tokens[end - 1].possessive, False,
                           locative=m.locative)
        out.append(m)
    return out


def _classify_again(sentence: str, tokens: list[Token], run: Run, people: People,
                    is_name: Callable[[str], bool], lex: Lexicon,
                    labels: LabelsMemo | None) -> None:
    """:func:`classify` with the story's people, reusing what :func:`learn_people` found:
    its cues answer the same; only where they left it to the people named does the story's
    people decide (a person, labelled again, if they cover the run or its family name, else
    the cues' later answer)."""
    known = labels.get((id(tokens), run.i0, len(run.tokens))) if labels is not None else None
    if known is None or known[0] is not tokens:
        classify(sentence, tokens, run, people, is_name, lex)
        return
    _, reached, label, run.scan_until, run.person_from, run.titles_of, run.org_by = known
    if reached and (people.covers(run.tokens)
                    or _of_a_known_family(run.tokens, people, is_name)):
        # a person by the story's people: labelled again, so that a home town after "of" is
        # found as it is for a person by cues ("Hamid Moayyad of Colleyville")
        classify(sentence, tokens, run, people, is_name, lex)
        return
    run.label = label


def _roads(sentence: str, tokens: list[Token], found: list[RawMention],
           norm: Callable[[str], str]) -> list[RawMention]:
    """Numbered roads ("the A40", "I-95", "Route 66") as places the gazetteer lacks."""
    out: list[RawMention] = []
    if not _may_hold_road(sentence):
        return out  # no digit and no road word: no word below can be _roadish
    if not any(_roadish(t.text) for t in tokens):
        return out  # most sentences: no word that can begin a road number
    for start, end, surface in road_numbers(sentence):
        if any(m.start < end and start < m.end for m in found):
            continue
        first = next((k for k, t in enumerate(tokens) if t.end > start), None)
        if first is None:
            continue
        last = next((k for k in range(first, len(tokens)) if tokens[k].end >= end), first)
        out.append(RawMention(surface, norm(surface), start, end, first, last + 1,
                              facility=True))
    return out


_ROADISH: dict[str, bool] = {}
_ROAD_WORDS = frozenset({"Route", "Highway", "Hwy", "Interstate"})
#: what a :func:`_roadish` word holds: an ASCII digit or a road word (or another digit)
_ROAD_HINT = re.compile(r"[0-9]|Route|Highway|Hwy|Interstate")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: a digit where a :func:`_roadish` word may hold it in ASCII text: after A, M or B ("A40"),
#: after "I-" ("I-95"), or with an ordinal ending later in the word ("14th"); a pattern that
#: opens with a character class, so the regex engine skips ahead to the digits
_ROAD_DIGIT = re.compile(r"[0-9](?:(?<=[AMB][0-9])|(?<=I-[0-9])|[\w'’.&-]*?(?:st|nd|rd|th))")


def _may_hold_road(sentence: str) -> bool:
    """Whether some word of the sentence may be :func:`_roadish`: each such word holds a
    road word or a character ``str.isdigit`` accepts; the non-ASCII ones (curly quotes,
    accents, now and then a "²") are few, so they are tested one by one. One regex pass
    instead of a function call per word. In ASCII text (nearly all of it) the test is the
    sharper :data:`_ROAD_DIGIT`: a year or a sum ("2019", "$5") cannot begin a road number,
    so those sentences skip the word-by-word test too."""
    if sentence.isascii():
        return (any(w in sentence for w in _ROAD_WORDS)
                or _ROAD_DIGIT.search(sentence) is not None)
    if _ROAD_HINT.search(sentence):
        return True
    return any(c.isdigit() for c in _NON_ASCII.findall(sentence))


def _roadish(word: str) -> bool:
    """Whether a word may begin a road number ("A40", "I-95", "Route", "14th"); cached per
    distinct word, as news copy repeats its words."""
    known = _ROADISH.get(word)
    if known is None:
        if len(_ROADISH) > 100_000:
            _ROADISH.clear()
        known = _ROADISH[word] = (
            word in _ROAD_WORDS
            or (word[:1] in ("A", "M", "B") and word[1:2].isdigit())
            or (word.startswith("I-") and word[2:3].isdigit())
            or (word[:1].isdigit() and word.endswith(("st", "nd", "rd", "th"))))
    return known


def _name_cased(toks: list[Token]) -> bool:
    """Whether the words are written as a person's name is: none in capitals ("KLM", "AMLO",
    a headline in capitals), none with a digit."""
    return not any((t.base.isupper() and len(t.base) > 1) or not t.base[:1].isalpha()
                   for t in toks)


def _in_person_name(run: Run, m: RawMention, is_name: Callable[[str], bool]) -> bool:
    """Whether a one-word name found in a longer run is a word of a person's name written in
    it: "Charlotte" in "Charlotte Smith of North Carolina", "Barr" in "Actress Roseanne
    Barr", "Villanueva" in "Seergeoh Villanueva" (the run as a whole is no person)."""
    k = m.tok_start - run.i0
    toks = run.tokens
    if m.tok_end - m.tok_start != 1 or len(toks) < 3 or m.lookup:
        return False
    lows = [t.low for t in toks]
    for a, b in ((k, k + 2), (k - 1, k + 1), (k - 1, k + 2), (k - 2, k + 1)):
        if a >= 0 and b <= len(toks) and not any(t.possessive for t in toks[a:b - 1]) and (
                _name_cased(toks[a:b]) and is_person_run(lows[a:b], is_name, PLACE_HEADS)):
            return True
    return False


def _in_known_name(run: Run, m: RawMention, people: People) -> bool:
    """Whether a one-word name found in a longer run opens or ends the full name of a person
    the story names ("Kent" in "Kent Mallett Advocate Reporter", after his byline)."""
    k = m.tok_start - run.i0
    if m.tok_end - m.tok_start != 1 or not people.names:
        return False
    lows = [t.low for t in run.tokens]
    return any(" ".join(lows[a:a + 2]) in people.names
               for a in (k - 1, k) if a >= 0 and a + 2 <= len(lows))


#: "a fellow at the", "director of the", "economist with": a person's employer follows
_ROLE_AT = re.compile(r"\b([a-z]+?)s?\s+(?:at|of|with|from)\s+(?:the\s+)?$")


def _workplace(sentence: str, run: Run, lex: Lexicon) -> bool:
    """Whether a centre or institute is named as a person's employer ("Tong Zhao, fellow at
    the Carnegie-Tsinghua Centre"): a research body, not a building to map."""
    if run.tokens[-1].low not in ("centre", "center", "institute"):
        return False
    start = run.tokens[0].start
    m = _ROLE_AT.search(sentence, max(0, start - 40), start)
    return m is not None and m[1] in lex.person_roles


def _joined_at_possessives(sentence: str, runs: list[Run],
                           join: Callable[[Run, Run], list[Run] | None]) -> list[Run]:
    """Runs with the next one joined where ``join`` says so, across a possessive that ends a
    run right before it (a possessive ends a run, for "Beijing's Great Hall"); ``join`` gives
    the run or runs the two become."""
    if len(runs) < 2 or not any(r.tokens[-1].possessive for r in runs[:-1]):
        return runs
    out: list[Run] = []
    i = 0
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        joined = None
        if (nxt is not None and run.tokens[-1].possessive
                and nxt.i0 == run.i0 + len(run.tokens)
                and sentence[run.tokens[-1].end:nxt.tokens[0].start] == " "):
            joined = join(run, nxt)
        out.extend(joined or [run])
        i += 2 if joined is not None else 1
    return out


def _possessive_names(sentence: str, runs: list[Run],
                      is_name: Callable[[str], bool]) -> list[Run]:
    """Runs joined across a possessive that belongs to a place's name: "King's Cross",
    "Martha's Vineyard", "King's Lynn", "Democratic People's Republic of Korea" (not "Republic
    of Korea" after a run "Democratic People's"). Joined only where the gazetteer knows the
    name with the possessive in it; words of the first run before the name are a run of their
    own ("the Ministry of Health of the People's Republic of China": a ministry, then the
    country)."""
    def join(run: Run, nxt: Run) -> list[Run] | None:
        toks = run.tokens
        for at in range(max(0, len(toks) - 3), len(toks)):
            head = toks[at].start
            for k in range(min(3, len(nxt.tokens)), 0, -1):
                last = nxt.tokens[k - 1]
                if is_name(sentence[head:last.start] + last.base):
                    if at == 0:
                        return [Run(toks + nxt.tokens, run.i0, place_name=True)]
                    before = at
                    while before > 0 and not toks[before - 1].cap:  # "... of the"
                        before -= 1
                    name = Run(toks[at:] + nxt.tokens, run.i0 + at, place_name=True)
                    return [Run(toks[:before], run.i0), name] if before else [name]
        return None

    return _joined_at_possessives(sentence, runs, join)


#: the words that make the name after them a saint's ("St John's", "Saint Mary's")
_SAINT_WORDS = frozenset({"st", "saint", "ste", "sts"})


def _runs_of_people(sentence: str, tokens: list[Token], memo: RunsMemo | None,
                    is_name: Callable[[str], bool]) -> list[Run]:
    """:func:`runs_of`, with runs cut where "and" joins two people (:func:`_people_apart`):
    the runs both passes over a sentence read, people first, then names."""
    runs = runs_of(sentence, tokens, memo)
    return _people_apart(runs, is_name) if " and " in sentence else runs


def _people_apart(runs: list[Run], is_name: Callable[[str], bool]) -> list[Run]:
    """Runs cut at "and" between two people: "sons Edward Moayyad of Southlake and Hamid
    Moayyad of Colleyville" is two people, each of a town, not one name of nine words. The
    part before "and" must open on a person's name; the part after on one too, or on a
    given name and the first one's surname (a family, as an obituary lists it)."""
    out: list[Run] = []
    for run in runs:
        toks = run.tokens
        cut = next((k for k, t in enumerate(toks) if t.low == "and" and not t.cap), None)
        if cut is None or cut < 2 or cut + 2 >= len(toks):
            out.append(run)
            continue
        left, right = toks[:cut], toks[cut + 1:]
        lows = [t.low for t in left[:2]], [t.low for t in right[:2]]
        if (right[0].cap and _name_cased(left[:2]) and _name_cased(right[:2])
                and is_person_run(lows[0], is_name, PLACE_HEADS)
                and (lows[1][1] == lows[0][1] or is_person_run(lows[1], is_name, PLACE_HEADS))):
            out.append(Run(left, run.i0))
            out.extend(_people_apart([Run(right, run.i0 + cut + 1)], is_name))
        else:
            out.append(run)
    return out


def _possessive_facilities(sentence: str, runs: list[Run]) -> list[Run]:
    """Runs with a building named after its owner joined up: "St George's Chapel", "Alder Hey
    Children's Hospital" come as two runs; the second, a lone building word, is joined to the
    first. After a saint's name the building's name may be longer ("St. John's Lutheran
    Church", "St. Mary's Catholic School"): the saint is no town (Saint John, Indiana), and
    the church is one building, not a generic "Lutheran Church"."""
    def join(run: Run, nxt: Run) -> list[Run] | None:
        toks = run.tokens + nxt.tokens
        saint = len(run.tokens) == 2 and run.tokens[0].low in _SAINT_WORDS
        if (len(nxt.tokens) == 1 or (saint and len(nxt.tokens) <= 3)) and facility_run(
                [t.low for t in toks], nxt.tokens[-1].possessive):
            return [Run(toks, run.i0)]
        return None

    return _joined_at_possessives(sentence, runs, join)


def _facility_parts(run: Run, found: list[RawMention], titled: bool = False) -> list[Run]:
    """The streets or buildings a run names: itself, or its parts around "and" ("Eglinton
    Avenue West and Dubonet Drive" is two streets, "Bed Bath and Beyond" none)."""
    toks = run.tokens
    if len(toks) < 2:
        return []  # one word is never a street's or building's name (facility_run)
    first = toks[0].base.split("-")
    if len(toks) > 2 and len(first) > 1 and first[-1] in COMPOUND_TAILS:
        # "the Vatican-owned Bambino Gesu Hospital": the owner is named apart
        run = Run(toks[1:], run.i0 + 1)
        toks = run.tokens
    if titled or toks[0].low in lexicon().person_titles:
        of = next((k for k, t in enumerate(toks) if t.low == "of"), 0)
        if of and facility_run([t.low for t in toks[of + 1:]], toks[-1].possessive):
            # "Judge Thomas B. Hoover of New Kent County Circuit Court", "Dr. Smith of Mercy
            # General Hospital" (``titled``: the title stands before the run): the person,
            # then the building
            run = Run(toks[of + 1:], run.i0 + of + 1)
            toks = run.tokens
    cuts = [k for k, t in enumerate(toks) if t.low in ("and", "&")]
    if not cuts:
        return [run] if _facility_candidate(run, found) else []
    parts: list[Run] = []
    start = 0
    for k in [*cuts, len(toks)]:
        parts.append(Run(toks[start:k], run.i0 + start))
        start = k + 1
    kept = [p for p in parts if _facility_candidate(p, found)]
    if len(kept) < len(parts) and _facility_candidate(run, found) and not any(
            _found_whole(p, found) for p in parts):
        return [run]  # "Health and Wellbeing Campus": one name; not "the Western Wall and
        # the Al-Aqsa Mosque", two places the gazetteer knows
    return kept  # "Northumberland Avenue and West": the street, and a name outside it


def _facility_candidate(run: Run, found: list[RawMention]) -> bool:
    """Whether a run may name a street or building the gazetteer lacks: two words or more
    of the form of a street's or building's name (routes.reading._facilities), and not
    already found whole."""
    toks = run.tokens
    if not toks:
        return False  # the gap between two "and"s ("Lee and and Kim", a slip of the pen)
    if not facility_run([t.low for t in toks], toks[-1].possessive) or (
            run.i0 == 0 and toks[0].low == "via"):
        return False  # (a sentence's first "Via" is the word: "Via Frankfurt, the train ...")
    return not _found_whole(run, found)


def _found_whole(run: Run, found: list[RawMention]) -> bool:
    """Whether the gazetteer found the run whole, a leading "the" aside ("the Al-Aqsa
    Mosque")."""
    toks = run.tokens
    if not toks:
        return False
    end = run.i0 + len(toks)
    starts = (run.i0, run.i0 + 1) if toks[0].low == "the" else (run.i0,)
    # a name as written, not one read through a direction ("West Street" is no part of
    # Street, Somerset)
    return any(m.tok_end == end and m.tok_start in starts and not m.lookup for m in found)


def _facility(sentence: str, run: Run, found: list[RawMention],
              norm: Callable[[str], str]) -> RawMention:
    """A street or building not in the gazetteer, as one mention; a place named inside it
    ("Seoul" in "Seoul Central District Court") is kept as the hint of where it is."""
    toks = run.tokens
    surface = sentence[toks[0].start:toks[-1].start] + toks[-1].base
    # (an acronym is a name even where the word is common: "US" in "US Naval Academy")
    inner = tuple(m.surface for m in found if not m.weak or m.surface.isupper())
    return RawMention(surface, norm(surface), toks[0].start, toks[0].start + len(surface),
                      run.i0, run.i0 + len(toks), toks[-1].possessive, False,
                      city_hint=inner[0] if inner else None, facility=True)


def _moved(m: RawMention, chars: int, toks: int) -> RawMention:
    """A copy of a name found in a run, shifted by ``chars`` characters and ``toks`` tokens."""
    return RawMention(m.surface, m.key, m.start + chars, m.end + chars, m.tok_start + toks,
                      m.tok_end + toks, m.possessive, m.weak, m.description, m.city_hint,
                      m.variants, m.synth, m.in_longer, m.locative, m.embedded, m.lookup,
                      m.facility)


#: last words of a base's name, whose "Air Force" or "Navy" reads as a body's name
_BASE_WORDS = frozenset({"base", "airbase", "airfield", "field", "station"})


def _embedded(run: Run, tokens: list[Token], found: list[RawMention]) -> list[RawMention]:
    """Places named inside an organisation's name: "The Washington Post", "Heart Society
    of Canada", "a Danish pharmaceutical company", "the Vatican-owned hospital". They are
    mentions of the place (never stops). A name that opens the organisation's name counts only
    for a big place (a country, a region, a city of 100,000 or a landmark), since firms are
    also named after small towns and people ("Stanford University"); a name after "of"
    ("University of Alberta") is the organisation's place by construction."""
    if not run.org_by:
        return []  # "medicine firm Tongrentang": the run is the organisation's own name
    out: list[RawMention] = []
    for m in found:
        if (m.tok_start == run.i0 and m.tok_end == run.i0 + len(run.tokens) > run.i0 + 1
                and run.tokens[-1].low in _BASE_WORDS):
            # "Andrews Air Force Base": the whole name is the place's own (an air base named
            # like a force), a mention like any other
            out.append(m)
            continue
        before = tokens[m.tok_start - 1].low if m.tok_start > run.i0 else ""
        if before == "the" and m.tok_start - 1 > run.i0:
            before = tokens[m.tok_start - 2].low  # "Office of the United States Trade ..."
        if before in ("of", "for", "in"):
            pass
        elif m.tok_start == run.i0 or run.org_by == "cue":
            m.weak = True
        else:
            continue
        m.embedded = True
        out.append(m)
    return out


#: an age set after a name: "Maria Gomez, 71,"
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,(?!\d)")  # (not "Yekaterinburg, 1,800 km")
#: words that join coordinated names: "Hilversum and Utrecht", "Britain or France"
_AND_OR = frozenset({"and", "or", "&"})
#: the end of a list of names after a word of place: "stops in Hilversum, Almelo and Utrecht"
#: (the run is "Almelo and Utrecht")
_LIST_AFTER_LOCATIVE = re.compile(
    r"\b(?i:in|at|to|from|via|through|between|including)\s+"
    r"(?:" + CAPITAL + r"[\w'’.-]*(?:\s+" + CAPITAL + r"[\w'’.-]*){0,2},\s+)+$")


#: words after "X State" that make it a university's, a team's or a force's name ("Arizona
#: State University", "the Mississippi State team", "Maryland State Police"); the state's own
#: bodies ("Lagos State Government", "Kano State Governor") keep the state
_STATE_INSTITUTION = frozenset({"university", "college", "school", "police", "patrol",
                                "troopers", "team", "fans", "players", "coach", "fair", "park",
                                "prison", "penitentiary", "hospital", "bank"})


def state_institution_after(sentence: str, end: int) -> bool:
    """Whether "X State" ending at ``end`` goes on as an institution's name."""
    after = sentence[end:end + 24].split()
    return bool(after) and after[0].casefold().strip(".,;:") in _STATE_INSTITUTION


#: words after a name that make it a state's, not its city's: "New York state", "Washington
#: state's", "the New York governor" (lower-case "state": "Washington State" is a university)
_STATE_WORDS = frozenset({"state", "state's", "state’s", "state-wide", "statewide",
                          # "Mykolaiv region", "the Kharkiv oblast": the division, not the city
                          "region", "oblast", "province", "governorate", "prefecture"})
_GOVERNOR_WORDS = frozenset({"governor", "governor's", "governor’s", "gov.",
                             # a state's bodies and edges: "the New York border", "the
                             # Washington Legislature", "the New York Senate"
                             "border", "legislature", "senate"})
#: ... and before it: "the state of Washington", "the province of Quebec"
_STATE_OF = re.compile(r"\b(?:state|province|prefecture)\s+of\s+(?:the\s+)?$")

#: a name in a list of counties: "Lancaster", "Elbow Lake"
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
#: the rest of a list of counties after one of its names: "(Douglas), Lancaster and Sarpy
#: counties", "(Geauga) and Medina counties", "(Hall) County"'s plural only
_COUNTY_LIST_TAIL = re.compile(
    rf"(?:\s*,\s*(?:(?:and|or)\s+)?{_LISTED_NAME}|\s+(?:and|or)\s+{_LISTED_NAME})*"
    r",?\s+(counties|parishes)\b")


def county_written(text: str, name: str) -> str:
    """"County" or "Parish" when ``text`` writes ``name`` as a county's name somewhere
    ("Madison County commissioners ... Madison will dump assessors"): local news names its
    county in full once and by the bare name after; "" otherwise."""
    if "County" not in text and "Parish" not in text:
        return ""
    for word in ("County", "Parish"):
        at = text.find(f"{name} {word}")
        while at >= 0:
            end = at + len(name) + 1 + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (
                    end == len(text) or not text[end].isalnum()):
                return word
            at = text.find(f"{name} {word}", at + 1)
    return ""


def county_list_word(sentence: str, end: int) -> str:
    """"County" or "Parish" when the name ending at ``end`` is one of a list of counties
    ("Clarke, Madison and Oconee counties"), else "": each name is then a county's."""
    if "counties" not in sentence and "parishes" not in sentence:
        return ""  # (asked of every name the reader meets: most sentences list no counties)
    m = _COUNTY_LIST_TAIL.match(sentence, end)
    return "" if m is None else ("County" if m[1] == "counties" else "Parish")


def names_a_state(sentence: str, start: int, end: int) -> bool:
    """Whether the words around a name (``start``, ``end``) make it a state's name."""
    after = sentence[end:end + 24].split()
    if after:
        word = after[0].rstrip(",;:")
        low = word.casefold()
        # ("Gov." keeps its dot; "the New York border." ends a sentence)
        if word in _STATE_WORDS or low in _GOVERNOR_WORDS or low.rstrip(".") in _GOVERNOR_WORDS:
            return True
    return _STATE_OF.search(sentence, max(0, start - 24), start) is not None


def _locative_words_before(sentence: str, start: int) -> bool:
    """Whether the 60 characters before ``start`` end in a word after which a place is
    expected (``_LOCATIVE_BACKWARDS``). A word cut by the 60-character window is no such word:
    the window then starts after it."""
    lo = max(0, start - 60)
    if lo and _WORD_CHAR.match(sentence, lo - 1):
        cut = _NON_WORD_CHAR.search(sentence, lo, start)
        if cut is None:
            return False
        lo = cut.start()
    return _LOCATIVE_BACKWARDS.match(sentence[lo:start][::-1]) is not None


def _is_locative(sentence: str, start: int) -> bool:
    """Whether a place is expected at ``start``: after "in", "at", "to"... or in a list that
    follows one ("stores in Zilina, Presov and Kosice")."""
    if _locative_words_before(sentence, start):
        # (not "talking to Hamas", "according to Reuters": a word of speech before "to")
        return _SPOKEN_TO.search(sentence, max(0, start - 40), start) is None
    # (the list pattern ends on ", ": most names have no comma before them)
    before = sentence[max(0, start - 3):start].rstrip()
    return before.endswith(",") and bool(
        _LIST_AFTER_LOCATIVE.search(sentence, max(0, start - 120), start))


def _scan_segment(sentence: str, seg: list[Token], i0: int, people: People,
                  is_name: Callable[[str], bool], norm: Callable[[str], str], max_tokens: int,
                  lowercase_words: Container[str], lex: Lexicon) -> list[RawMention]:
    out: list[RawMention] = []
    i = 0
    maxn = max(1, max_tokens)
    size = len(seg)
    joins = [t.low in JOINING and (t.low in CONNECTORS or not t.text[:1].isupper())
             for t in seg]
    opens = [not j or (t.text[:1].isupper() and t.low in OPENING_PARTICLES)
             for j, t in zip(joins, seg, strict=True)]
    n_core = joins.count(False)
    # "stops in Hilversum and Almelo": known names joined by "and" after a word of place are
    # names of one word each, not words of a longer name ("Marks and Spencer", "Harvey, Irma
    # and Maria" stay one run)
    part_core: list[int] | None = None
    if n_core > 1 and _coordinated_names(seg, is_name) and (
            _is_locative(sentence, seg[0].start)):
        part_core = []
        start_k = 0
        for k in range(size + 1):
            if k == size or seg[k].low in _AND_OR:
                cores = sum(1 for j in range(start_k, k) if not joins[j])
                part_core.extend([cores] * (k - start_k) + ([0] if k < size else []))
                start_k = k + 1
    while i < size:
        found = False
        # n-grams longest first; none opens or closes on a connector ("of", "the"), but a
        # capitalised particle may open one ("El Paso")
        first = seg[i]
        for n in range(min(maxn, size - i) if opens[i] else 0, 0, -1):
            if joins[i + n - 1]:
                continue
            last = seg[i + n - 1]
            if n == 1 and people.covers_word(first.low):
                break
            start = first.start
            surface = sentence[start:last.start] + last.base
            poss = last.possessive
            if poss and n > 1 and first.low in _SAINT_WORDS:
                if _NAMED_FOR_A_SAINT.match(sentence, last.end):
                    # "St. Michael's Golden-Domed Monastery", "St. Mary's Hospital": a
                    # building named for the saint, not the town of St. Michaels
                    i += n
                    found = True
                    break
                if is_name(sentence[start:last.end]):
                    # "St. John's", "St Mary's": the "'s" is part of a saint's town's name,
                    # not a possessive (a name's keys drop apostrophes, so "North Korean's"
                    # would meet the demonym "North Koreans": only a saint's name is tried)
                    surface, poss = sentence[start:last.end], False
            if n > 1 and "-" in last.base and not is_name(surface):
                # "Abu Dhabi-based", "New York-born": the name, then a compound's tail
                head, _, tail = last.base.rpartition("-")
                if tail in COMPOUND_TAILS and head[:1].isupper():
                    surface, poss = sentence[start:last.start] + head, False
            if is_name(surface):
                if i > 0 and seg[i - 1].text == "New" and (
                        not out or out[-1].tok_end <= i0 + i - 1):
                    # "via New Jalpaiguri", a town the gazetteer lacks: not Jalpaiguri, the
                    # town it was named after, 35 km away
                    i += n
                    found = True
                    break
                key = norm(surface)
                locative = _is_locative(sentence, start)
                in_longer = n == 1 and (n_core if part_core is None else part_core[i]) > 1
                weak = n == 1 and _weak_at(first.low, locative, poss, lowercase_words, lex,
                                           alone=not in_longer)
                rm = RawMention(surface, key, start, start + len(surface),
                                i0 + i, i0 + i + n, poss, weak)
                rm.in_longer = in_longer
                rm.locative = locative
                out.append(rm)
                i += n
                found = True
                break
            # an adjective of a name needs a stem, or a direction before a name
            if (n <= 2 and _stems(last.base)) or (n >= 2 and first.low in DIRECTIONS):
                derived = _derived(sentence, seg[i:i + n], i0 + i, is_name, norm)
                if derived is not None:
                    out.append(derived)
                    i += n
                    found = True
                    break
        if found:
            continue
        t = seg[i]
        parts = t.base.split("-")
        prefixed = len(parts) > 1 and parts[0].casefold() in COMPOUND_PREFIXES
        if prefixed:
            # "the Trans-Mongolian train", "Pan-American", "Sino-Soviet": a prefix, not the
            # town some gazetteer files under it (Trans, for Trans-en-Provence)
            parts[0] = parts[0].casefold()
        caps = [p for p in parts if p[:1].isupper()]
        if len(parts) > 1 and all(p[:1].isupper() or p in COMPOUND_TAILS or (k == 0 and prefixed)
                                  for k, p in enumerate(parts)) and all(
                p.casefold() in people.tokens or is_name(p) or _stems_named(p, is_name)
                for p in caps):
            # "Beijing-Pyongyang ties", "China-US", "Beijing-based", "Asian-Pacific": the
            # parts are names, or adjectives of names
            pos = t.start
            for part in parts:
                if part[:1].isupper() and part.casefold() not in people.tokens:
                    if is_name(part):
                        weak = _is_weak(Token(part, pos, pos + len(part), True, False, part),
                                        lowercase_words, lex)
                        out.append(RawMention(part, norm(part), pos, pos + len(part), i0 + i,
                                              i0 + i + 1, False, weak))
                    else:
                        stems = _stems_named(part, is_name)
                        if stems:
                            out.append(RawMention(part, norm(part), pos, pos + len(part),
                                                  i0 + i, i0 + i + 1, False, False,
                                                  lookup=stems))
                pos += len(part) + 1
        i += 1
    return out


#: buildings named for a saint ("St. Michael's Monastery"): no town of the saint's name
_NAMED_FOR_A_SAINT = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Monastery|Cathedral|Church|"
                                r"Basilica|Abbey|Chapel|Convent|Priory|Shrine|Seminary|"
                                r"Hospital|School|College|Academy)\b")


#: Latin and Greek prefixes that open a hyphenated compound of a name ("Trans-Siberian",
#: "Anglo-French", "Mid-Atlantic"): never a place of their own there
COMPOUND_PREFIXES = frozenset({
    "trans", "pan", "anglo", "sino", "indo", "afro", "euro", "franco", "greco", "russo",
    "austro", "turco", "judeo", "hispano", "luso", "inter", "intra", "sub", "cis", "post",
    "pre", "anti", "pro", "mid", "non", "neo", "ultra", "extra", "super",
})


#: adjective endings and what the name they come from ends with, tried in order:
#: European -> Europe, Korean -> Korea, Armenian -> Armenia, Hungarian -> Hungary, Iranian ->
#: Iran, Ukrainian -> Ukraine, Peruvian -> Peru, African -> Africa, Mexican -> Mexico, Texan ->
#: Texas, Japanese -> Japan, Chinese -> China, Congolese -> Congo, Lebanese -> Lebanon,
#: Turkish -> Turkey, Polish -> Poland, Scottish -> Scotland, British -> Britain, Kurdish ->
#: Kurdistan, Swedish -> Sweden, Irish -> Ireland, Pakistani -> Pakistan, Icelandic -> Iceland,
#: Argentine -> Argentina. General English morphology, not a list of answers.
_DEMONYM_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vian", ("",)),
    ("ean", ("e", "ea")),
    ("ian", ("ia", "y", "", "e")),
    ("an", ("a", "o", "", "as")),
    ("ese", ("", "a", "o", "on")),
    ("ish", ("ey", "and", "land", "ain", "istan", "en", "eland")),
    ("ic", ("",)),
    ("ine", ("ina",)),
    ("i", ("", "istan")),
)


@functools.lru_cache(maxsize=16384)
def _stems(word: str) -> tuple[str, ...]:
    """Names an adjective or a plural demonym may come from, most likely first."""
    if len(word) < 5 or not word[:1].isupper() or not word.isalpha():
        return ()
    words = [word]
    if word.endswith("s") and not word.endswith("ss"):
        words.append(word[:-1])  # "Zimbabweans" -> "Zimbabwean"
    out: list[str] = []
    for w in words:
        for suffix, repls in _DEMONYM_RULES:
            if w.endswith(suffix) and len(w) > len(suffix):
                root = w[: len(w) - len(suffix)]
                out.extend(root + r for r in repls if len(root + r) >= 4)
                break
    return tuple(dict.fromkeys(out))


def _stems_named(word: str, is_name: Callable[[str], bool]) -> tuple[str, ...]:
    return tuple(s for s in _stems(word) if is_name(s))


def _derived(sentence: str, sub: list[Token], k: int, is_name: Callable[[str], bool],
             norm: Callable[[str], str]) -> RawMention | None:
    """An adjective of a name the gazetteer does not list as such: "European" (Europe),
    "North American" (North America), "Zimbabwean" (Zimbabwe); ``sub`` are the words, ``k``
    the index of the first in the sentence. The stems are left for the story to resolve, to a
    country, region or continent only."""
    last = sub[-1]
    if not last.base[:1].isupper() or "-" in last.base:
        return None
    head = sentence[sub[0].start:last.start]
    names = tuple(head + s for s in _stems(last.base) if is_name(head + s))
    rest = sentence[sub[1].start:last.start] + last.base if len(sub) > 1 else ""
    if not names and sub[0].low in DIRECTIONS and rest and is_name(rest):
        # "Northern Europe", "Eastern Ukraine", "Northern Sri Lanka", "South Los Angeles": a
        # part of an area
        names = (rest,)
    if not names:
        return None
    surface = head + last.base
    return RawMention(surface, norm(surface), sub[0].start, sub[0].start + len(surface), k,
                      k + len(sub), last.possessive, False, lookup=names)


def _is_weak(tok: Token, lowercase_words: Container[str], lex: Lexicon) -> bool:
    return _weak_word(tok.low, lowercase_words, lex)


def _weak_at(w: str, locative: bool, possessive: bool, lowercase_words: Container[str],
             lex: Lexicon, alone: bool = False) -> bool:
    """:func:`_weak_word`, unless a town's name stands where a place is expected ("officials
    in Clinton": the town, whatever its size; not "in Wilson's farm"), or a short name that
    is a whole name of its own does (``alone``: not "Bab" of "in Bab el-Oued hospital")."""
    return _weak_word(w, lowercase_words, lex) and not (
        locative and not possessive and (
            w in lex.town_words or (alone and _short_name(w, lowercase_words, lex))))


def _short_name(w: str, lowercase_words: Container[str], lex: Lexicon) -> bool:
    """A word weak only by its length: no English word, no name a person goes by ("Pau",
    "Voi", "Ely"; not "Lot", "Ann" or "Lee"). Where a place is expected ("the stage from
    Pau", "past Mariakani and Voi") it is the town, however small."""
    return len(w) <= 3 and w.isalpha() and not (
        w in lex.common_words or is_english_word(w) or w in lowercase_words or w in lex.given_names
        or w in lex.surnames or w in lex.person_titles)


def _weak_word(w: str, lowercase_words: Container[str], lex: Lexicon) -> bool:
    """A word that is often not a name: a common word, one the article writes in lower case,
    or a short one."""
    return w in lex.common_words or w in lowercase_words or len(w) <= 3


def find_descriptions(sentence: str, tokens: list[Token], names: list[RawMention],
                      is_name: Callable[[str], bool]) -> list[RawMention]:
    """Landmarks named by description: from a head noun back to its determiner.

    "a Beijing train station", "the state guest house", "an economic zone in Beijing",
    "a high-tech economic development zone", "a factory operated by medicine firm Tongrentang".
    The phrase variants (with and without the determiner, with "in CITY") and any name built
    from an operator ("Tongrentang factory") are left for the gazetteer to match.
    """
    out: list[RawMention] = []
    lows = [t.low for t in tokens]
    if _HEADS_BY_FIRST.keys().isdisjoint(lows):
        return out
    taken = {k for m in names for k in range(m.tok_start, m.tok_end)}
    used: set[int] = set()
    for h in range(len(tokens)):
        if h in taken or h in used or tokens[h].cap:
            continue
        head_len = 0
        for parts in _HEADS_BY_FIRST.get(lows[h], ()):
            if lows[h:h + len(parts)] == parts:
                head_len = len(parts)
                break
        if not head_len:
            continue
        end = h + head_len  # exclusive
        used.update(range(h, end))
        if end < len(tokens) and tokens[end].cap and is_name(tokens[end].base):
            continue  # "station Dandong": the name follows
        if lows[end - 1] == "capital" and end < len(tokens) and not tokens[end].cap and (
                lows[end] not in _CAPITAL_FOLLOWERS and lows[end] not in _BREAKERS
                and not sentence[tokens[end - 1].end:tokens[end].start].strip()):
            continue  # "the Chinese capital markets"
        d = h - 1
        owned_by = -1  # "Vladivostok's 19th-century railway station": the city owns it
        while d >= 0 and h - d <= 7:
            w = lows[d]
            if w in _DETERMINERS:
                break
            if tokens[d].possessive and d in taken and _is_city_mod(names, d):
                owned_by = d
                break
            if w in _BREAKERS or (d in taken and not _is_city_mod(names, d)):
                d = -1
                break
            gap = sentence[tokens[d].end:tokens[d + 1].start]
            if gap.strip() not in ("", "-"):
                d = -1
                break
            d -= 1
        if d < 0 or (lows[d] not in _DETERMINERS and d != owned_by):
            continue
        if any(tokens[k].cap and k in taken and not _is_city_mod(names, k)
               for k in range(d + 1, h)):
            continue
        phrase = sentence[tokens[d].start:tokens[end - 1].end]
        bare = sentence[tokens[d + 1].start:tokens[end - 1].end]
        city: str | None = None
        for m in names:
            if d < m.tok_start < end or (d == owned_by and m.tok_start <= d < m.tok_end):
                city = m.surface
        # "in Beijing", "in southern Beijing" right after the phrase
        tail = sentence[tokens[end - 1].end:tokens[end - 1].end + 60]
        cm = re.match(r"\s+in\s+(?:(?:the\s+)?(?:north|south|east|west|central|northern|"
                      r"southern|eastern|western|north-eastern|northeastern|southeastern|"
                      r"south-eastern|northwestern|southwestern|downtown|suburban)\s+)?"
                      r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)", tail)
        variants = [phrase, bare]
        if cm:
            in_city = cm[1]
            if in_city.endswith(("'s", "’s")):
                in_city = in_city[:-2]
            if is_name(in_city):
                city = city or in_city
                variants.append(f"{phrase} in {in_city}")
        synth: list[str] = []
        om = re.match(r"\s+(?:operated|owned|run|built|managed)\s+by\s+(?:[a-z][\w-]*\s+){0,3}"
                      r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})|\s+of\s+([A-Z][\w'’-]*"
                      r"(?:\s+[A-Z][\w'’-]*){0,2})", tail)
        head_text = " ".join(lows[h:end])
        if d == owned_by and city:
            # "Kyiv central station", "Vladivostok railway station"
            synth.extend(dict.fromkeys([f"{city} {' '.join(lows[d + 1:end])}",
                                        f"{city} {head_text}"]))
        if om:
            owner = om[1] or om[2]
            synth.append(f"{owner} {head_text}")
            variants.append(sentence[tokens[d].start:tokens[end - 1].end + om.end()].strip())
        out.append(RawMention(phrase, phrase.casefold(), tokens[d].start, tokens[end - 1].end,
                              d, end, False, False, True, city, tuple(dict.fromkeys(variants)),
                              tuple(synth)))
    return out


def _is_city_mod(names: list[RawMention], k: int) -> bool:
    return any(m.tok_start <= k < m.tok_end for m in names)
