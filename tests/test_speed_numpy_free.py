"""Looking a place up and reading a story never import numpy (issue 10: ``routes resolve``
starts within reach of ``import typer``; numpy alone costs 40-70 ms to import).

Each check runs in a fresh interpreter on the suite's shared index (built first, in this
process: an index build may use numpy, a look-up must not).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module", autouse=True)
def _index_built(shared_gazetteer: object) -> None:
    shared_gazetteer.contains_name("dandong")  # type: ignore[attr-defined]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200", NO_COLOR="1")
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_routes_resolve_does_not_import_numpy() -> None:
    done = _run("""
        import sys
        sys.argv = ["routes", "resolve", "Dandong"]
        from cli.main import run
        try:
            run()
        except SystemExit as exc:
            assert not exc.code, exc.code
        finally:
            print("NUMPY-LOADED" if "numpy" in sys.modules else "NUMPY-ABSENT", file=sys.stderr)
    """)
    assert "Dandong" in done.stdout and "CN" in done.stdout, done.stdout + done.stderr
    assert "NUMPY-ABSENT" in done.stderr, done.stderr


def test_ranking_in_context_and_reading_do_not_import_numpy() -> None:
    done = _run("""
        import sys
        from routes.gazetteer import open_gazetteer
        from routes.reading import read_story, read_text

        gaz = open_gazetteer()
        shenyang = gaz.resolve("Shenyang").place
        # many namesakes, a story context and a point: every branch of the ranking
        print(gaz.resolve("Jinzhou", context=[shenyang]).place.admin1)
        print(gaz.candidates("Springfield", near=(39.8, -89.6), context=[shenyang])[0].place.id)
        text = ("The train left Pyongyang on Monday and crossed into China at Dandong. "
                "It reached Beijing Railway Station the next day, 1,100 km away.")
        journey = read_story([read_text(text, "a.txt")], gaz)
        print([p.place.name for p in journey.places])
        print("NUMPY-LOADED" if "numpy" in sys.modules else "NUMPY-ABSENT")
    """)
    assert done.returncode == 0, done.stderr
    assert "Dandong" in done.stdout and "Beijing" in done.stdout, done.stdout
    assert done.stdout.strip().endswith("NUMPY-ABSENT"), done.stdout
