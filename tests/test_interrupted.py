"""Interrupted runs: a process killed while writing leaves the old file or the new one, never half.

The claim is only worth something against a real kill of a real process, so these tests start
``routes`` (or a small writer) as a subprocess, hold it at the worst moment with the test hook of
:mod:`routes.atomicio` (the finished temporary file written, the rename not yet done), SIGKILL
it there, and look at what is left. Every wait is bounded; no assertion is about speed.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from routes.atomicio import MARKER_ENV, PAUSE_ENV, write_bytes_atomic, write_text_atomic

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "kim-2019-beijing.yaml"

#: Long enough that the process is surely still paused when we kill it; it never runs out.
PAUSE_SECONDS = "120"
#: Bound on reaching the paused write (a cold gazetteer index build on a busy machine is slow).
REACH_WRITE_TIMEOUT = 300.0
#: Bound on a normal, uninterrupted CLI run.
RUN_TIMEOUT = 300.0

OLD_TEXT = "old content: the map published yesterday\n"


def _routes_command() -> list[str]:
    """The installed ``routes`` console script of this venv (the module if it is absent)."""
    exe = Path(sys.executable).parent / "routes"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "cli.main"]


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (PAUSE_ENV, MARKER_ENV)}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _paused_env(marker: Path) -> dict[str, str]:
    env = _clean_env()
    env[PAUSE_ENV] = PAUSE_SECONDS
    env[MARKER_ENV] = str(marker)
    return env


def _start(argv: Sequence[str], env: dict[str, str], logs: Path) -> subprocess.Popen[bytes]:
    logs.mkdir(exist_ok=True)
    with (logs / "stdout").open("wb") as out, (logs / "stderr").open("wb") as err:
        return subprocess.Popen(list(argv), cwd=ROOT, env=env, stdout=out, stderr=err)


def _log(logs: Path) -> str:
    parts = [(logs / name).read_text(errors="replace") for name in ("stdout", "stderr")
             if (logs / name).exists()]
    return "\n".join(parts)[-3000:]


def _wait_for_paused_write(
    proc: subprocess.Popen[bytes], marker: Path, target: Path, logs: Path
) -> Path:
    """Wait until ``proc`` is paused just before renaming into ``target``; return its temp file."""
    deadline = time.monotonic() + REACH_WRITE_TIMEOUT
    while time.monotonic() < deadline:
        if marker.exists():
            lines = marker.read_text(encoding="utf-8").splitlines()
            if lines and lines[0] == str(target.resolve()):
                return Path(lines[1])
        if proc.poll() is not None:
            pytest.fail(f"the process ended (code {proc.returncode}) before writing {target}:\n"
                        f"{_log(logs)}")
        time.sleep(0.05)
    proc.kill()
    proc.wait(timeout=30)
    pytest.fail(f"the process did not reach the write of {target} in {REACH_WRITE_TIMEOUT:.0f} s")


def _kill(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    code = proc.wait(timeout=30)
    assert code == -signal.SIGKILL, code


def _part_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(r"^\." + re.escape(target.name) + r"\.[^/]+\.part$")


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


# -- the hook itself ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["", "0", "-1", "nan", "inf", "soon"])
def test_hook_is_inert_unless_a_positive_finite_pause_is_set(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "marker"
    monkeypatch.setenv(PAUSE_ENV, value)
    monkeypatch.setenv(MARKER_ENV, str(marker))
    write_text_atomic(tmp_path / "out.txt", "new\n")
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "new\n"
    assert not marker.exists()


def test_hook_is_inert_when_unset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "marker"
    monkeypatch.delenv(PAUSE_ENV, raising=False)
    monkeypatch.setenv(MARKER_ENV, str(marker))
    write_bytes_atomic(tmp_path / "out.png", b"\x89PNG")
    assert (tmp_path / "out.png").read_bytes() == b"\x89PNG"
    assert not marker.exists()


def test_hook_names_the_target_and_its_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "marker"
    target = tmp_path / "out.json"
    monkeypatch.setenv(PAUSE_ENV, "0.001")
    monkeypatch.setenv(MARKER_ENV, str(marker))
    write_text_atomic(target, "{}\n")
    target_line, tmp_line = marker.read_text(encoding="utf-8").splitlines()
    assert target_line == str(target.resolve())
    assert _part_pattern(target).match(Path(tmp_line).name), tmp_line
    assert Path(tmp_line).parent == tmp_path.resolve()
    assert not Path(tmp_line).exists()  # renamed into place after the pause
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert _leftovers(tmp_path, {"marker", "out.json"}) == []


# -- a small writer killed at the worst moment ---------------------------------------------

_WRITER = """
import sys
from routes.atomicio import write_bytes_atomic, write_text_atomic
target, kind = sys.argv[1], sys.argv[2]
if kind == "text":
    write_text_atomic(target, "new " * 500_000)
else:
    write_bytes_atomic(target, bytes(range(256)) * 8_000)
"""


@pytest.mark.parametrize("kind", ["text", "bytes"])
def test_killed_before_rename_keeps_the_old_file(kind: str, tmp_path: Path) -> None:
    target = tmp_path / ("out.html" if kind == "text" else "out.png")
    target.write_text(OLD_TEXT, encoding="utf-8")
    marker = tmp_path / "marker"
    logs = tmp_path / "logs"
    proc = _start([sys.executable, "-c", _WRITER, str(target), kind], _paused_env(marker), logs)
    tmp = _wait_for_paused_write(proc, marker, target, logs)
    _kill(proc)

    assert target.read_text(encoding="utf-8") == OLD_TEXT
    leftovers = _leftovers(tmp_path, {target.name, "marker", "logs"})
    assert leftovers in ([], [tmp.name]), leftovers
    assert all(_part_pattern(target).match(name) for name in leftovers), leftovers

    # A later run is not disturbed by the leftover and replaces the file completely.
    if kind == "text":
        write_text_atomic(target, "fresh\n")
        assert target.read_text(encoding="utf-8") == "fresh\n"
    else:
        write_bytes_atomic(target, b"\x89PNG fresh")
        assert target.read_bytes() == b"\x89PNG fresh"


_LOOPING_WRITER = """
import sys
from routes.atomicio import write_text_atomic
target = sys.argv[1]
for n in range(1, 1_000_000):
    write_text_atomic(target, f"begin {n}\\n" + (str(n % 10) * 1_000_000) + f"\\nend {n}\\n")
    print(n, flush=True)
"""

_WHOLE = re.compile(r"\Abegin (\d+)\n(\d{1000000})\nend (\d+)\n\Z")


@pytest.mark.parametrize("writes_before_kill", [1, 3, 7])
def test_killed_at_an_arbitrary_moment_leaves_a_whole_file(
    writes_before_kill: int, tmp_path: Path
) -> None:
    """No pause here: the kill lands wherever the writer happens to be, mid-write or not."""
    target = tmp_path / "out.txt"
    target.write_text(OLD_TEXT, encoding="utf-8")
    env = _clean_env()
    proc = subprocess.Popen(
        [sys.executable, "-c", _LOOPING_WRITER, str(target)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    done = 0
    try:
        while done < writes_before_kill:
            line = proc.stdout.readline()
            assert line, f"the writer stopped after {done} writes"
            done = int(line)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        proc.stdout.close()

    text = target.read_text(encoding="utf-8")
    whole = _WHOLE.match(text)
    assert whole is not None, f"truncated or mixed file: {len(text)} characters"
    n = int(whole.group(1))
    assert n == int(whole.group(3)) and n >= writes_before_kill
    assert set(whole.group(2)) == {str(n % 10)}
    leftovers = _leftovers(tmp_path, {target.name})
    assert len(leftovers) <= 1 and all(_part_pattern(target).match(x) for x in leftovers)


# -- the real command line ------------------------------------------------------------------


def _valid_map(out: Path) -> None:
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html"), html[:80]
    assert html.rstrip().endswith("</html>"), html[-80:]
    assert out.with_suffix(".txt").read_text(encoding="utf-8") != OLD_TEXT


def _valid_json(out: Path) -> None:
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(doc, dict) and doc["places"] and "claims" in doc


CLI_CASES: list[tuple[str, Callable[[Path], list[str]], str, Callable[[Path], None]]] = [
    ("map", lambda out: ["map", str(EXAMPLE), "-o", str(out)], "OUT.html", _valid_map),
    ("check-json", lambda out: ["check", str(EXAMPLE), "--format", "json", "-o", str(out)],
     "OUT.json", _valid_json),
]


@pytest.mark.slow
@pytest.mark.parametrize(("args", "name", "valid"), [c[1:] for c in CLI_CASES],
                         ids=[c[0] for c in CLI_CASES])
def test_cli_killed_mid_write_keeps_the_old_output(
    args: Callable[[Path], list[str]], name: str, valid: Callable[[Path], None], tmp_path: Path
) -> None:
    work = tmp_path / "out"
    work.mkdir()
    out = work / name
    companions = [out, out.with_suffix(".txt")]  # a map also writes OUT.txt, its summary
    for path in companions:
        path.write_text(OLD_TEXT, encoding="utf-8")
    marker = tmp_path / "marker"
    logs = tmp_path / "logs"

    proc = _start([*_routes_command(), *args(out)], _paused_env(marker), logs)
    tmp = _wait_for_paused_write(proc, marker, out, logs)
    assert tmp.exists() and tmp.stat().st_size > 0  # the new file was complete, only unrenamed
    _kill(proc)

    for path in companions:
        assert path.read_text(encoding="utf-8") == OLD_TEXT, f"{path.name} changed"
    leftovers = _leftovers(work, {p.name for p in companions})
    assert leftovers in ([], [tmp.name]), leftovers
    assert all(_part_pattern(out).match(x) for x in leftovers), leftovers

    # A normal run afterwards is not disturbed by the leftover and replaces OUT completely.
    again = subprocess.run(
        [*_routes_command(), *args(out)], cwd=ROOT, env=_clean_env(),
        capture_output=True, timeout=RUN_TIMEOUT, check=False,
    )
    assert again.returncode == 0, again.stderr.decode(errors="replace")[-3000:]
    assert out.read_text(encoding="utf-8") != OLD_TEXT
    valid(out)
    assert [x for x in _leftovers(work, {p.name for p in companions})
            if x != tmp.name] == []


# -- the gazetteer's index cache ------------------------------------------------------------

_BUILD_INDEX = """
from routes.gazetteer import open_gazetteer
print(open_gazetteer().resolve("Dandong").place.country)
"""


@pytest.mark.slow
def test_killed_index_build_leaves_no_half_index(tmp_path: Path) -> None:
    """The SQLite index built on first use: killed while filling it, nothing half-built remains.

    The smallest GeoNames list keeps the two builds short; the build has its own temp-and-rename
    (a database cannot be streamed through atomic_open), so the kill lands mid-build, unpaused.
    """
    cache = tmp_path / "cache"
    env = _clean_env()
    env["ROUTES_CACHE_DIR"] = str(cache)
    env["ROUTES_GEONAMES_CITIES"] = "cities15000"
    logs = tmp_path / "logs"
    proc = _start([sys.executable, "-c", _BUILD_INDEX], env, logs)
    deadline = time.monotonic() + REACH_WRITE_TIMEOUT
    killed = False
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list(cache.glob(".*.part")) if cache.exists() else []
        if any(p.stat().st_size >= 256 * 1024 for p in parts if p.exists()):
            _kill(proc)
            killed = True
            break
        time.sleep(0.01)
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=30)
        pytest.fail(f"the index build did not start in {REACH_WRITE_TIMEOUT:.0f} s")

    if killed:
        # Whatever index files exist (a build may have several stages) are whole databases;
        # everything else is a hidden temporary file.
        _assert_whole_indexes(cache)
        leftovers = [p.name for p in cache.iterdir()
                     if p.suffix != ".sqlite" and p.name != "fingerprints.json"]
        assert all(re.match(r"^\.gazetteer-.+\.part$", n) for n in leftovers), leftovers
    else:  # the build won the race: then it must have finished properly
        assert proc.returncode == 0, _log(logs)

    again = subprocess.run([sys.executable, "-c", _BUILD_INDEX], cwd=ROOT, env=env,
                           capture_output=True, timeout=RUN_TIMEOUT, check=False)
    assert again.returncode == 0, again.stderr.decode(errors="replace")[-3000:]
    assert again.stdout.decode().strip() == "CN"
    assert list(cache.glob("gazetteer-cities15000-*.sqlite"))
    _assert_whole_indexes(cache)
    # The rebuild also removed what the killed build left behind (its process is gone).
    assert list(cache.glob(".gazetteer-*.part")) == []


def _assert_whole_indexes(cache: Path) -> None:
    import sqlite3

    for index in cache.glob("*.sqlite"):
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",), index.name
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            assert tables is not None and tables[0] > 0, f"{index.name} is empty"
        finally:
            conn.close()
