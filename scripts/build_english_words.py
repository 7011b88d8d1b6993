"""Build routes/reading/data/english_words.txt from the SCOWL "small" American English list.

Why: a capitalised word that is also a common English word ("Police", "Media", "Orange",
"Surprise", "Supreme") opens a sentence or names an organisation far more often than it names
the small town of that name, so the reader asks more of it (a big place, a locative context).
A word list is general knowledge about English, not about any corpus.

Source: SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, size 35 ("small"), as
packaged by Debian in ``wamerican-small`` 2020.12.07-2 (/usr/share/dict/american-english-small).
Licence: the SCOWL permissive licence (use, copy, modify, distribute and sell, with the
copyright notice kept); its full text is shipped beside the list as english_words.LICENSE.
Only the lower-case entries are kept (proper names in the list are capitalised, and a
capitalised entry is exactly what must not count as a common word).

Usage::

    apt-get download wamerican-small && dpkg-deb -x wamerican-small_*.deb /tmp/w
    .venv/bin/python scripts/build_english_words.py /tmp/w
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "routes" / "reading" / "data"
WORD = re.compile(r"[a-z]{2,}")

HEADER = """\
# Common English words (lower-case entries of SCOWL size 35, "small" American English)
# Source: SCOWL by Kevin Atkinson, via Debian wamerican-small 2020.12.07-2. Copyright 2000-2011
# by Kevin Atkinson and the copyright holders named in english_words.LICENSE (full notice and
# permission there). Built by scripts/build_english_words.py; do not edit.
# One word per line.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path, help="where wamerican-small was extracted")
    args = parser.parse_args(argv)
    src = args.root / "usr/share/dict/american-english-small"
    words = sorted({w for w in src.read_text(encoding="utf-8").split() if WORD.fullmatch(w)})
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "english_words.txt").write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    shutil.copyfile(args.root / "usr/share/doc/wamerican-small/copyright",
                    OUT / "english_words.LICENSE")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
