"""Write files so that a reader only ever sees the old file or the whole new one.

Maps, JSON, PNGs and caches are published: a run killed half-way, or a full disk, must never
leave a truncated file where a good one was. Each write goes to a temporary file in the same
folder (same file system, so the rename is atomic), is flushed to disk, then renamed over the
target.

Test hook: a claim like "a killed run never leaves a truncated file" is only worth something if a
test can kill a real process at the worst moment, between the finished temporary file and the
rename. When the environment variable ``ROUTES_TEST_WRITE_PAUSE`` holds a positive number of
seconds, :func:`atomic_open` sleeps that long at exactly that moment, after writing the target's
path to the file named by ``ROUTES_TEST_WRITE_MARKER`` (if set) so the test knows the write is in
progress. Unset (always, outside tests), the hook costs one environment lookup.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

from routes.errors import OutputError

#: Seconds to sleep between the finished temporary file and the rename (tests only).
PAUSE_ENV = "ROUTES_TEST_WRITE_PAUSE"
#: File that receives the target's path when the pause begins (tests only).
MARKER_ENV = "ROUTES_TEST_WRITE_MARKER"


def _check_folder(path: Path) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise OutputError(f"cannot write {path}: folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise OutputError(f"cannot write {path}: {folder} is not a folder")
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")


def _pause_for_tests(target: Path, tmp: Path) -> None:
    """Hold the finished temporary file un-renamed so a test can kill the process here.

    The marker is itself written to a temporary name and renamed, so a test polling for it never
    reads it half-written. It holds two lines: the target and the temporary file.
    """
    raw = os.environ.get(PAUSE_ENV)
    if not raw:
        return
    try:
        seconds = float(raw)
    except ValueError:
        return
    if not math.isfinite(seconds) or seconds <= 0:
        return
    marker = os.environ.get(MARKER_ENV)
    if marker:
        marker_path = Path(marker)
        staging = marker_path.with_name(f".{marker_path.name}.{os.getpid()}.tmp")
        staging.write_text(f"{target.resolve()}\n{tmp.resolve()}\n", encoding="utf-8")
        os.replace(staging, marker_path)
    time.sleep(seconds)


def _describe(path: Path, exc: OSError) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"cannot write {path}: the disk is full; nothing was changed")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"cannot write {path}: permission denied; choose another folder")
    return OutputError(f"cannot write {path}: {exc.strerror or exc}")


#: A temporary file untouched this long, whose writer process is gone, is abandoned.
ABANDONED_AFTER_S = 60.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else (EPERM)
        return True
    return True


def sweep_abandoned(target: Path) -> list[Path]:
    """Remove temporary files that killed writes of ``target`` left behind.

    A run killed between the temporary file and the rename cannot clean up after itself, so
    the next write of the same file does: it removes ``.NAME.<pid>.*.part`` files whose writer
    process no longer exists and that nobody has touched for :data:`ABANDONED_AFTER_S`
    seconds (a live writer, here or on another machine sharing the folder, keeps its file
    fresh). Returns what it removed; failures to remove are ignored (the write goes on).
    """
    folder = target.parent if str(target.parent) else Path(".")
    removed: list[Path] = []
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        name = entry.name
        if not name.startswith(prefix):
            continue
        # exactly "<pid>.<random>.part" after the prefix, so "a.5"'s files are not "a"'s
        parts = name[len(prefix):].split(".")
        if len(parts) != 3 or parts[2] != "part" or not parts[0].isdigit():
            continue
        if _alive(int(parts[0])):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime < ABANDONED_AFTER_S:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["w"] = "w"
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_open(
    path: str | os.PathLike[str], mode: Literal["wb"]
) -> contextlib.AbstractContextManager[IO[bytes]]: ...
@overload
def atomic_open(
    path: str | os.PathLike[str], mode: str
) -> contextlib.AbstractContextManager[IO[Any]]: ...
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w"
) -> contextlib.AbstractContextManager[IO[Any]]:
    """Open a temporary file beside ``path``; on success rename it over ``path``.

    On any error the temporary file is removed and the old ``path`` (if any) is untouched.
    ``mode`` is ``"w"`` (UTF-8 text) or ``"wb"`` (bytes).
    """
    return _atomic_open(Path(path), binary="b" in mode)


@contextlib.contextmanager
def _atomic_open(target: Path, *, binary: bool) -> Iterator[IO[Any]]:
    _check_folder(target)
    folder = target.parent if str(target.parent) else Path(".")
    sweep_abandoned(target)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=folder
        )
    except OSError as exc:
        raise _describe(target, exc) from exc
    tmp = Path(tmp_name)
    try:
        fh: IO[Any] = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        _pause_for_tests(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _describe(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically and return the path."""
    with atomic_open(path, "w") as fh:
        fh.write(text)
    return Path(path)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return Path(path)
