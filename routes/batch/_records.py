"""Where batch articles come from: a folder of ``.txt`` files or a JSON Lines file.

Input is streamed, never loaded whole: an archive can be far larger than memory, and the run
must start checking before it has read everything. Each article becomes a small picklable
:class:`Record` that travels to a worker process or a Dask worker.

A folder record carries only the file's path (the local worker reads it, so encoding detection
and size limits stay in :mod:`routes.reading`); a JSON Lines record carries its text. A line
that cannot be an article (not JSON, no text) still becomes a record, with ``failure`` set, so
it is reported in the output like any other failed article instead of stopping the batch.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from routes.errors import InputFileError, RoutesError, UnreadableTextError

#: File names read from an input folder (searched recursively; hidden files are skipped).
TEXT_SUFFIX = ".txt"
#: Longest JSON Lines record read (an article's text, JSON-escaped, with its other fields): a
#: larger line is reported as a failed article without being held in memory. The reader's own
#: limit on an article is 20 MB of text (``routes.reading.MAX_ARTICLE_BYTES``).
MAX_LINE_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Record:
    """One article to check, as it travels to a worker."""

    id: str
    text: str | None = None  # JSON Lines input
    path: str | None = None  # folder input: the worker reads the file
    article: Any = None  # a routes.reading.Article already read (folder input on Dask)
    failure: dict[str, Any] | None = None  # why this is no article: the output's error field


_MAX_MESSAGE = 500


def error_dict(exc: BaseException) -> dict[str, Any]:
    """The ``error`` field for an article that failed: type, one-line message, exit code."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 1] + "…"
    if not isinstance(exc, RoutesError):
        message = f"internal error while checking this article: {message}"
    code = exc.exit_code if isinstance(exc, RoutesError) else 1
    return {"type": type(exc).__name__, "message": message, "exit_code": code}


def _bad(ident: str, message: str) -> Record:
    return Record(id=ident, failure=error_dict(UnreadableTextError(message)))


def _check_input(path: Path) -> None:
    if not path.exists():
        raise InputFileError(f"batch input {path} does not exist; give a folder of .txt files "
                             "or a .jsonl file")
    if not (path.is_dir() or path.is_file()):
        raise InputFileError(f"batch input {path} is neither a folder nor a file")


def _text_files(folder: Path) -> Iterator[Path]:
    """Every ``.txt`` below ``folder`` in a stable order, so ids and runs are repeatable."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(TEXT_SUFFIX) and not name.startswith("."):
                yield Path(root) / name


def _open_lines(path: Path) -> IO[bytes]:
    try:
        if path.name.endswith(".gz"):
            return cast(IO[bytes], gzip.open(path, "rb"))
        return open(path, "rb")
    except OSError as exc:
        raise InputFileError(f"cannot read batch input {path}: {exc.strerror or exc}") from exc


def _record_from_line(raw: bytes, lineno: int, name: str) -> Record:
    where = f"{name}:{lineno}"
    try:
        obj: Any = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return _bad(where, f"line {lineno} of {name} is not valid JSON ({exc})")
    if not isinstance(obj, dict):
        return _bad(where, f"line {lineno} of {name} is not a JSON object")
    ident = obj.get("id")
    if ident is None or isinstance(ident, dict | list) or str(ident) == "":
        return _bad(where, f"line {lineno} of {name} has no \"id\"; give each article a "
                    "unique id")
    text = obj.get("text")
    if not isinstance(text, str):
        return _bad(str(ident), f"line {lineno} of {name} (id {ident}) has no \"text\" string")
    return Record(id=str(ident), text=text)


def _lines(fh: IO[bytes]) -> Iterator[bytes | None]:
    """The file's lines, with None in place of any line over MAX_LINE_BYTES (never held whole)."""
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = fh.readline(1 << 20)
            yield None
            continue
        yield line


def iter_records(path: Path) -> Iterator[Record]:
    """Yield the articles of a batch input in input order (ids may repeat: the caller decides).

    Raises :class:`InputFileError` when the input itself cannot be read; problems with single
    articles come back as records with ``failure`` set.
    """
    path = Path(path)
    _check_input(path)
    if path.is_dir():
        for file in _text_files(path):
            yield Record(id=file.relative_to(path).as_posix(), path=str(file))
        return
    with _open_lines(path) as fh:
        try:
            first = True
            for lineno, raw in enumerate(_lines(fh), start=1):
                if raw is None:
                    yield _bad(f"{path.name}:{lineno}", f"line {lineno} of {path.name} is "
                               f"larger than {MAX_LINE_BYTES // 2**20} MB; split the article")
                    continue
                if not raw.strip():
                    continue
                if first and not raw.lstrip().startswith(b"{"):
                    raise InputFileError(
                        f"{path} is not JSON Lines (one {{\"id\", \"text\"}} object per line); "
                        "a batch reads such a file or a folder of .txt files (one article: "
                        "routes check FILE)")
                first = False
                yield _record_from_line(raw, lineno, path.name)
        except (OSError, EOFError) as exc:  # e.g. a truncated .gz
            raise InputFileError(f"cannot read batch input {path}: {exc}") from exc


def iter_ids(path: Path) -> Iterator[str]:
    """The ids :func:`iter_records` will yield, without keeping any text (for counting)."""
    for record in iter_records(path):
        yield record.id


def read_on_client(record: Record) -> Record:
    """A folder record with its article read here, for workers that cannot see the file."""
    if record.path is None:
        return record
    from routes.reading import read_article

    try:
        article = read_article(Path(record.path))
    except Exception as exc:  # reported per article like any other failure
        return Record(id=record.id, failure=error_dict(exc))
    return Record(id=record.id, article=article)


__all__ = [
    "MAX_LINE_BYTES",
    "TEXT_SUFFIX",
    "Record",
    "error_dict",
    "iter_ids",
    "iter_records",
    "read_on_client",
]
