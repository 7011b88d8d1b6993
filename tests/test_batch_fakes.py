"""Stand-ins for the per-article function and the gazetteer, pickled to batch workers.

Kept in their own small module (no tests here) so worker processes import little.
Article text drives them: "BAD" -> a RoutesError, "BUG" -> a plain exception, "CRASH" -> the
worker process dies, as a segfault or the OOM killer would do it; "INF" -> a result holding
an infinite number.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from routes.batch import Record
from routes.errors import GazetteerDataError, UnreadableTextError

_opened = {"count": 0}


def fake_gazetteer() -> dict[str, int]:
    """Counts how often it is opened in this process (the batch should open it once)."""
    _opened["count"] += 1
    return {"pid": os.getpid(), "opened": _opened["count"]}


def broken_gazetteer() -> dict[str, int]:
    raise GazetteerDataError("the gazetteer index is damaged; delete the cache folder")


def fake_process(record: Record, gazetteer: Any) -> dict[str, Any]:
    if record.article is not None:
        text = str(record.article.text)
    elif record.text is not None:
        text = record.text
    else:
        text = Path(record.path or "").read_text(encoding="utf-8")
    if "CRASH" in text:
        os._exit(3)
    if "BAD" in text:
        raise UnreadableTextError(f"article {record.id} is not text")
    if "BUG" in text:
        raise ValueError("a bug\nover two lines")
    if "INF" in text:
        return {"claims": [{"implied_speed_kmh": [80.0, float("inf")]}], "notes": ["kept"]}
    return {
        "places": [{"name": w} for w in text.split() if w[:1].isupper()],
        "claims": [],
        "words": len(text.split()),
        "gazetteer_pid": gazetteer["pid"],
        "gazetteer_opened": gazetteer["opened"],
    }


def slow_process(record: Record, gazetteer: Any) -> dict[str, Any]:
    """Like fake_process, slowly enough for a test to kill the batch half-way."""
    import time

    time.sleep(0.005)
    return fake_process(record, gazetteer)


def main(argv: list[str]) -> None:
    """Run a batch in its own process: ``python -m tests.test_batch_fakes IN OUT WORKERS``."""
    from routes.batch import run_batch

    run_batch(argv[0], argv[1], workers=int(argv[2]), process=slow_process,
              gazetteer_factory=fake_gazetteer)


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
