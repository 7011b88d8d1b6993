"""The batch output: a JSON Lines file that grows one finished article at a time.

This is the one output of the project that is *not* written by rename (see
:mod:`routes.atomicio`). A batch over an archive runs for minutes or hours; publishing it by
rename would mean either rewriting the whole file at every checkpoint (quadratic) or losing
every finished article when the run is killed. Appending keeps each finished article the moment
it is done, and its only failure mode is easy to detect and repair:

* every result is one line written by a single unbuffered ``write`` of ``line + "\\n"``, so a
  kill (Ctrl-C, OOM killer, power cut) can leave at most one torn line, at the very end, and a
  torn line never ends in a newline;
* on open, a tail without its newline is dropped (truncated back to the last newline), unless it
  happens to be a complete JSON object (written by hand, say), which is kept and terminated;
* the ids already present are read back so a re-run skips them (resume);
* an exclusive ``flock`` stops two runs from interleaving lines in the same file;
* the file is fsynced at most once a second and on close, so a power cut loses at most the
  last second of results, never the file's older lines.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routes.errors import OutputError

_BLOCK = 1 << 16
_ID_PREFIX = b'{"id":'
_FSYNC_EVERY_S = 1.0
_DECODER = json.JSONDecoder()


@dataclass(slots=True)
class Recovery:
    """What was found in an existing output file."""

    done: set[str] = field(default_factory=set)
    dropped_tail_bytes: int = 0  # a torn last line from a killed run, removed
    bad_lines: int = 0  # complete lines that are not results (left in place, reported)


def _describe(path: Path, exc: OSError) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {path}: the disk is full; free space and re-run to "
                           "resume")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {path}: permission denied; choose another file")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


def _line_id(line: bytes) -> str | None:
    """The ``id`` of one complete output line, or None if it is not a result line.

    Lines we write start with ``{"id":``, so the id is decoded without parsing the whole
    (often several kilobytes) line; anything else is parsed in full.
    """
    value: Any = None
    try:
        if line.startswith(_ID_PREFIX):
            text = line.decode("utf-8")
            start = len(text) - len(text[len(_ID_PREFIX):].lstrip(" \t"))
            value, _ = _DECODER.raw_decode(text, start)
    except (UnicodeDecodeError, ValueError):
        value = None
    if value is None:
        try:
            obj: Any = json.loads(line)
        except (UnicodeDecodeError, ValueError):
            return None
        value = obj.get("id") if isinstance(obj, dict) else None
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _whole_result(data: bytes) -> bool:
    """True when ``data`` is one complete JSON object with an id (not merely a prefix of one)."""
    try:
        obj: Any = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(obj, dict) and _line_id(data) is not None


def _last_newline(fd: int, size: int) -> int:
    """Offset just past the last ``\\n`` in the file (0 if there is none)."""
    end = size
    while end > 0:
        start = max(0, end - _BLOCK)
        chunk = os.pread(fd, end - start, start)
        pos = chunk.rfind(b"\n")
        if pos >= 0:
            return start + pos + 1
        end = start
    return 0


class Journal:
    """An append-only JSON Lines result file, locked for one writer, resumable."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        self._last_sync = 0.0
        self._dirty = False

    def open(self) -> Recovery:
        """Lock the file (creating it), repair a torn tail and return the ids already done."""
        folder = self.path.parent
        if not folder.is_dir():
            raise OutputError(f"cannot write {self.path}: folder {folder} does not exist; "
                              "create it first")
        if self.path.is_dir():
            raise OutputError(f"cannot write {self.path}: it is a folder; give a file name")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise _describe(self.path, exc) from exc
        try:
            self._lock(fd)
            recovery = self._recover(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return recovery

    def _lock(self, fd: int) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no lock, documented
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise OutputError(f"{self.path} is being written by another batch run; wait for "
                              "it to finish or choose another output file") from exc

    def _recover(self, fd: int) -> Recovery:
        recovery = Recovery()
        size = os.fstat(fd).st_size
        complete = _last_newline(fd, size)
        if complete < size:
            tail = os.pread(fd, size - complete, complete)
            if _whole_result(tail):
                self._write_all(fd, b"\n")  # a whole object missing its newline: keep it
                complete = size + 1
            else:
                try:
                    os.ftruncate(fd, complete)
                except OSError as exc:
                    raise _describe(self.path, exc) from exc
                recovery.dropped_tail_bytes = size - complete
        with open(fd, "rb", closefd=False) as fh:
            fh.seek(0)
            read = 0
            for line in fh:
                read += len(line)
                if read > complete:
                    break
                if not line.strip():
                    continue
                ident = _line_id(line)
                if ident is None:
                    recovery.bad_lines += 1
                else:
                    recovery.done.add(ident)
        return recovery

    def _write_all(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        try:
            while view:
                written = os.write(fd, view)
                view = view[written:]
        except OSError as exc:
            raise _describe(self.path, exc) from exc

    def append(self, lines: list[str]) -> None:
        """Append result lines (each without its newline), each with one ``write`` call."""
        if self._fd is None:
            raise OutputError(f"cannot write {self.path}: the batch output is not open")
        for line in lines:
            self._write_all(self._fd, line.encode("utf-8") + b"\n")
        self._dirty = True
        now = time.monotonic()
        if now - self._last_sync >= _FSYNC_EVERY_S:
            self._sync()
            self._last_sync = now

    def _sync(self) -> None:
        if self._fd is not None and self._dirty:
            with contextlib.suppress(OSError):  # fsync is a safety net, not a requirement
                os.fsync(self._fd)
            self._dirty = False

    def close(self) -> None:
        if self._fd is None:
            return
        try:
            self._sync()
        finally:
            os.close(self._fd)  # closing releases the flock
            self._fd = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = ["Journal", "Recovery"]
