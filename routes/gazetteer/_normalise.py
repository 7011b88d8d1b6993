"""Fold place names so that spellings a reader would call "the same name" meet in one key.

Newsrooms spell foreign places many ways: P'yŏngyang (McCune-Reischauer), Pyeongyang (Revised
Romanisation), Pyongyang (English usage); Tan-tung (Wade-Giles) and Dandong (pinyin) are both in
GeoNames' alternate names. Two levels of folding serve two jobs:

* :func:`normalise_name` (public) folds case, diacritics, apostrophes and punctuation, and keeps
  word boundaries. The reading stage folds n-grams of text with it before asking the gazetteer
  :meth:`~routes.gazetteer.Gazetteer.contains_name`, so it must be cheap and stable.
* :func:`name_key` (index key) further drops spaces and folds romanisation variants that
  differ only in how a vowel is spelt (Korean ``eo``/``ŏ``, ``eu``/``ŭ``), so "Pyeongyang",
  "Pyöngyang" and "Pyong Yang" share a key, and the Arabic article's spellings ("el", "ash",
  "ar" before "r"...) to "al".

Latin letters with diacritics are transliterated (Unidecode); other scripts (北京站, 평양) are
kept as they are, only case-folded, because transliterating Chinese characters to pinyin
collides with unrelated Latin names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'’‘ʼʻ`´ʹ′"
_DROP = str.maketrans("", "", _APOSTROPHES)
_SEPARATORS = re.compile(r"[\x00-\x1f\x7f-\x9f\s\-‐‑‒–—―_.,;:/\\()\[\]{}\"“”«»!?&+*#|~<>]+")
#: Romanisation variants folded in the index key only (order matters: longest first).
_ROMANISATION = (("eo", "o"), ("eu", "u"), ("oe", "o"), ("ue", "u"))
#: The Arabic article as romanisations write it, folded to "al" in the index key: "el"
#: ("Deir el-Balah" beside "Deir al-Balah") and the article assimilated to the consonant that
#: follows it ("ar-Ramadi", "ash-Shati", "Dar es Salaam" beside "al-Ramadi", "al-Shati")
_ARABIC_ARTICLE = re.compile(r"(?<![^ ])(?:el|[ae](sh|th|dh|[dtrszn])(?= \1)) ")
#: abbreviations the press and the gazetteers write before a name, spelt out in the key:
#: "Saint Croix County" is "St. Croix County", "Mt. Pleasant" "Mount Pleasant", "Ft. Myers"
#: "Fort Myers", "Ste-Foy" "Sainte-Foy" (only before another word: "Main St."). Spelt out, not
#: shortened, so that no new key can be a word: "Saint Ay" must not be "Stay"
_ABBREVIATED_WORDS = re.compile(r"(?<![^ ])(?:st|ste|mt|ft)(?= )")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


class _CharFold(dict[int, str]):
    """A ``str.translate`` table that decides each non-ASCII character once, then remembers.

    Combining marks go (they are diacritics after NFKD), Latin letters become ASCII
    (Unidecode: ø -> o, ß -> ss, ł -> l), letters of other scripts stay.
    """

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if unicodedata.combining(ch):
            out = ""
        else:
            try:
                latin = "LATIN" in unicodedata.name(ch)
            except ValueError:
                latin = False
            if latin:
                from unidecode import unidecode

                out = unidecode(ch).casefold()
            else:
                out = ch
        self[code] = out
        return out


_FOLD = _CharFold({ord(a): "" for a in _APOSTROPHES})


def fold(s: str) -> str:
    """:func:`normalise_name` without its cache (for bulk index builds)."""
    text = s.casefold()
    if text.isascii():
        text = text.translate(_DROP)
    else:
        text = unicodedata.normalize("NFKC", s).casefold()
        text = unicodedata.normalize("NFKD", text).translate(_FOLD)
        text = unicodedata.normalize("NFC", text)
    return " ".join(_SEPARATORS.split(text)).strip()


@lru_cache(maxsize=200_000)
def normalise_name(s: str) -> str:
    """Fold case, diacritics, apostrophes and punctuation; keep single spaces between words.

    >>> normalise_name("P'yŏngyang")
    'pyongyang'
    >>> normalise_name("  Tan-tung ")
    'tan tung'
    >>> normalise_name("Ürümqi")
    'urumqi'
    >>> normalise_name("北京站")
    '北京站'
    """
    return fold(s)


@lru_cache(maxsize=200_000)
def name_key(s: str, *, folded: bool = False) -> str:
    """The index key of a name: :func:`normalise_name` without spaces, romanisation folded.

    >>> name_key("Pyeongyang") == name_key("P'yŏngyang") == name_key("Pyong Yang")
    True
    """
    return key_of_folded(s if folded else normalise_name(s))


def key_of_folded(folded: str) -> str:
    """:func:`name_key` of an already folded name, without a cache (for bulk builds).

    A leading "Co" is "County" ("Co Cork", "Co. Antrim": how the Irish and British press
    write a county); the same key on both sides, so a place whose own name opens with "Co"
    (Co Loa) is still found by it. So are "Saint", "Sainte", "Mount" and "Fort" before a word
    and their abbreviations ("St. Croix", "Mt. Pleasant")."""
    if folded.startswith("co "):
        folded = "county" + folded[2:]
    if " " in folded:
        folded = _ARABIC_ARTICLE.sub("al ", folded)
        folded = _ABBREVIATED_WORDS.sub(lambda m: _ABBREVIATIONS[m[0]], folded)
    text = folded.replace(" ", "")
    if text.isascii():
        for old, new in _ROMANISATION:
            text = text.replace(old, new)
    return text


def written_as_abbreviation(name: str) -> bool:
    """Whether a name is written as an abbreviation: two or more capital letters and nothing
    else ("US", "DRC"; not "U.S.", not "Us"). Whether a place is known by it is the index's to
    say (see :meth:`Gazetteer._as_abbreviation`)."""
    return len(name) > 1 and name.isalpha() and name.isupper()


def token_count(folded: str) -> int:
    """How many words a folded name has (the reading stage scans n-grams up to the maximum)."""
    return folded.count(" ") + 1 if folded else 0
