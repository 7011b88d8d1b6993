"""``routes check --batch``: the progress bar and summary around :func:`routes.batch.run_batch`.

A progress bar (rate and ETA) is drawn on stderr only when stderr is a terminal; in a pipe, a
cron job or CI the run is quiet except for the final one-line summary, so logs stay readable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from routes.batch import BatchSummary, run_batch


def _rate_column() -> TextColumn:
    return TextColumn("{task.fields[rate]}", justify="right")


def summary_line(summary: BatchSummary) -> str:
    """One line for the end of a run: what was checked, what failed, how fast."""
    parts = [f"{summary.processed:,} checked"]
    if summary.failed:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(summary.failures_by_type.items()))
        parts.append(f"{summary.failed:,} failed ({kinds}; see their \"error\" field)")
    if summary.skipped:
        parts.append(f"{summary.skipped:,} already done")
    if summary.duplicates:
        parts.append(f"{summary.duplicates:,} duplicate ids ignored")
    if summary.dropped_tail_bytes:
        parts.append("a torn last line from an interrupted run was dropped")
    if summary.restarts:
        parts.append(f"workers restarted {summary.restarts}x")
    rate = f"{summary.rate:,.0f} articles/s" if summary.processed else "nothing to do"
    unit = "workers" if summary.engine == "local" else "Dask worker threads"
    if summary.workers == 1 and summary.engine == "local":
        unit = "worker"
    return (f"{'; '.join(parts)} in {summary.elapsed_s:,.1f}s ({rate}, {summary.workers} "
            f"{unit}) -> {summary.output}")


def run_batch_command(
    input_path: Path,
    output_path: Path,
    *,
    workers: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    console: Console | None = None,
) -> BatchSummary:
    """Run a batch with a progress bar on a terminal; library errors propagate to the caller."""
    err = console or Console(stderr=True)
    kwargs: dict[str, Any] = {"workers": workers, "engine": engine, "scheduler": scheduler}
    if not err.is_terminal:
        summary = run_batch(input_path, output_path, **kwargs)
    else:
        columns = (
            TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
            _rate_column(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        )
        with Progress(*columns, console=err, transient=True) as bar:
            task = bar.add_task("batch", total=None, rate="")

            def progress(done: int, total: int) -> None:
                elapsed = bar.tasks[0].elapsed or 0.0
                rate = f"{done / elapsed:,.0f}/s" if done and elapsed > 0 else ""
                bar.update(task, completed=done, total=total, rate=rate)

            summary = run_batch(input_path, output_path, on_progress=progress, **kwargs)
    err.print(summary_line(summary), markup=False, highlight=False, soft_wrap=True)
    return summary


__all__ = ["run_batch_command", "summary_line"]
