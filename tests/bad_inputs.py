"""Every kind of bad input a newsroom will feed the tool, with the exit code it must give.

Shared by tests/test_bad_input.py (which runs them) and scripts/gen_error_table.py (which writes
docs/errors.md from the same runs), so the documented table can never drift from behaviour.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
ARTICLE = (
    "BEIJING - The delegation left Beijing by train on Wednesday and is expected to reach "
    "Dandong, on the border with North Korea, early on Thursday.\n"
)


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, the command to run, the exit code and words expected."""

    name: str
    make: Callable[[Path], list[str]]
    exit_code: int
    expect: tuple[str, ...] = ()
    patch: Callable[[], object] | None = field(default=None, compare=False)


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _journey(tmp: Path, body: str) -> list[str]:
    return ["check", str(_write(tmp / "journey.yaml", "version: 1\n" + body))]


def _huge(tmp: Path) -> list[str]:
    path = tmp / "huge.txt"
    chunk = (ARTICLE * 200).encode()
    with path.open("wb") as fh:
        while fh.tell() < 100 * 1024 * 1024:
            fh.write(chunk)
    return ["check", str(path)]


@contextmanager
def disk_full() -> Iterator[None]:
    """Make every write to disk fail as a full disk does."""
    real = os.fsync

    def fail(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    os.fsync = fail
    try:
        yield
    finally:
        os.fsync = real


@contextmanager
def read_only_folder() -> Iterator[None]:
    """Make renaming into place fail as an unwritable folder does (root ignores chmod)."""
    real = os.replace

    def fail(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    os.replace = fail  # type: ignore[assignment]
    try:
        yield
    finally:
        os.replace = real


CASES: list[Case] = [
    Case("missing file", lambda t: ["check", str(t / "no-such-story.txt")], 3, ("no such file",)),
    Case("directory given as file", lambda t: ["check", str(t)], 3, ("folder",)),
    Case("empty file", lambda t: ["check", str(_write(t / "empty.txt", b""))], 4, ("empty",)),
    Case(
        "binary file",
        lambda t: ["check", str(_write(t / "photo.txt", bytes(range(256)) * 64))],
        4,
        ("binary",),
    ),
    Case(
        "non-UTF-8 text (Latin-1) is read, not refused",
        lambda t: [
            "check",
            str(_write(t / "latin1.txt", ("Caf\xe9 news. " + ARTICLE).encode("latin-1"))),
        ],
        0,
    ),
    Case("100 MB text file", _huge, 3, ("too large",)),
    Case(
        "no places found",
        lambda t: [
            "check",
            str(_write(t / "recipe.txt", "Whisk two eggs with sugar until pale and light.\n")),
        ],
        5,
        ("no places",),
    ),
    Case(
        "places but no journey",
        lambda t: [
            "check",
            str(_write(t / "weather.txt", "Heavy rain fell on London and Manchester on "
                                          "Sunday, and more is expected on Monday.\n")),
        ],
        5,
        ("no journey found", "London", "Manchester"),
    ),
    Case("unknown place name", lambda t: ["resolve", "Pyongyangg Xqz"], 7, ("did you mean",)),
    Case(
        "ambiguous place name",
        lambda t: ["measure", "Springfield", "Portland"],
        8,
        ("--near", "--country"),
    ),
    Case(
        "invalid journey file",
        lambda t: _journey(t, "stops:\n  - place: A\n    lat: 1\n    lon: 2\n    colour: red\n"),
        6,
        (":6:", "stops[0].colour"),
    ),
    Case(
        "coordinates out of range",
        lambda t: _journey(t, "stops:\n  - place: A\n    lat: 123\n    lon: 2\n"),
        6,
        ("out of range",),
    ),
    Case(
        "coordinates out of range in --near",
        lambda t: ["resolve", "Dandong", "--near", "95,200"],
        6,
        ("out of range",),
    ),
    Case(
        "rail leg across an ocean",
        lambda t: _journey(
            t,
            "stops:\n  - {place: Tokyo, lat: 35.681, lon: 139.767, country: JP}\n"
            "  - {place: Honolulu, lat: 21.307, lon: -157.858, country: US}\n"
            "legs:\n  - {from: Tokyo, to: Honolulu, mode: rail}\n",
        ),
        9,
        ("rail",),
    ),
    Case(
        "output folder missing",
        lambda t: [
            "map",
            str(_write(t / "j.yaml", "version: 1\nstops:\n  - {place: A, lat: 1, lon: 2}\n")),
            "-o",
            str(t / "missing" / "map.html"),
        ],
        12,
        ("does not exist",),
    ),
    Case(
        "output not writable",
        lambda t: [
            "map",
            str(_write(t / "j.yaml", "version: 1\nstops:\n  - {place: A, lat: 1, lon: 2}\n")),
            "-o",
            str(t / "map.html"),
        ],
        12,
        ("permission denied",),
        read_only_folder,
    ),
    Case(
        "disk full while writing",
        lambda t: [
            "map",
            str(_write(t / "j.yaml", "version: 1\nstops:\n  - {place: A, lat: 1, lon: 2}\n")),
            "-o",
            str(t / "map.html"),
        ],
        12,
        ("disk is full",),
        disk_full,
    ),
]
