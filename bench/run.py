"""Run every benchmark (``bench/bench_*.py``) in one go and write ``bench/RESULTS.md``.

``make bench`` calls this. Each script prints one markdown section on stdout; they run one
after another, never in parallel, because they time things and share the same cores. A script
that is missing, fails or times out is reported in its own section and the run goes on, so one
broken benchmark never hides the others' results.

``--quick`` runs smaller sizes: it is passed to every script that accepts it (that mentions
``--quick`` in its source) and set as ``ROUTES_BENCH_QUICK=1`` in the environment for all.

Usage::

    python bench/run.py            # full sizes, writes bench/RESULTS.md
    python bench/run.py --quick    # smaller sizes, same file
    python bench/run.py --only cli,gazetteer --output /tmp/results.md
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
#: The benchmarks the project's issue asks for; a missing one is reported, not skipped silently.
EXPECTED = ("cli", "gazetteer", "reading", "geometry", "map", "accuracy")
TIMEOUT_S = {"full": 1800, "quick": 600}


@dataclass(slots=True)
class Outcome:
    name: str
    status: str  # "ok", "failed (exit N)", "timed out", "missing"
    seconds: float
    markdown: str


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    mem = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        mem = f", {pages / 2**30:.1f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        pass
    try:
        load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:  # pragma: no cover - not Unix
        load = "n/a"
    return [
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}; load average (1, 5, 15 "
        f"min) when the run started: {load}",
        f"- Machine: {cores} cores (nproc) of {cpu}{mem}; {platform.system()} "
        f"{platform.release()}",
        f"- Python {platform.python_version()} ({sys.executable})",
    ]


def discover(only: set[str] | None) -> tuple[list[Path], list[str]]:
    scripts = sorted(BENCH.glob("bench_*.py"))
    names = {p.stem.removeprefix("bench_") for p in scripts}
    missing = [n for n in EXPECTED if n not in names]
    if only is not None:
        scripts = [p for p in scripts if p.stem.removeprefix("bench_") in only]
        missing = [n for n in missing if n in only]
    return scripts, missing


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def run_one(script: Path, *, quick: bool) -> Outcome:
    name = script.stem.removeprefix("bench_")
    cmd = [sys.executable, str(script)]
    if quick and "--quick" in script.read_text(encoding="utf-8", errors="replace"):
        cmd.append("--quick")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    if quick:
        env["ROUTES_BENCH_QUICK"] = "1"
    timeout = TIMEOUT_S["quick" if quick else "full"]
    print(f"bench: running {script.name} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        return Outcome(name, "timed out", time.perf_counter() - started,
                       f"_Timed out after {timeout}s._\n\n{out.strip()}")
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        body = proc.stdout.strip()
        detail = _tail(proc.stderr) or "(no error output)"
        return Outcome(name, f"failed (exit {proc.returncode})", seconds,
                       f"{body}\n\n_The script failed:_\n\n```\n{detail}\n```".strip())
    return Outcome(name, "ok", seconds, proc.stdout.strip() or "_(printed nothing)_")


def render(outcomes: list[Outcome], missing: list[str], *, quick: bool) -> str:
    parts = ["# Benchmark results", "",
             "Written by `python bench/run.py`" + (" --quick" if quick else "")
             + " (`make bench`); do not edit by hand.", "", *machine(), ""]
    parts += ["| benchmark | status | run time |", "|---|---|---:|"]
    parts += [f"| {o.name} | {o.status} | {o.seconds:.1f} s |" for o in outcomes]
    parts += [f"| {m} | missing (bench/bench_{m}.py not written) | - |" for m in missing]
    parts.append("")
    for outcome in outcomes:
        section = outcome.markdown
        if not section.lstrip().startswith("#"):
            section = f"## {outcome.name}\n\n{section}"
        parts += [section, ""]
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run every bench/bench_*.py; write RESULTS.md")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a fast look")
    parser.add_argument("--only", help="comma-separated names, e.g. cli,gazetteer")
    parser.add_argument("--output", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args(argv)
    only = {n.strip().removeprefix("bench_") for n in args.only.split(",")} if args.only else None
    scripts, missing = discover(only)
    outcomes = [run_one(script, quick=args.quick) for script in scripts]
    sys.path.insert(0, str(ROOT))
    from routes.atomicio import write_text_atomic

    write_text_atomic(args.output, render(outcomes, missing, quick=args.quick))
    for m in missing:
        print(f"bench: bench_{m}.py is missing (reported in {args.output})", file=sys.stderr)
    failed = [o for o in outcomes if o.status != "ok"]
    print(f"bench: {len(outcomes) - len(failed)} of {len(outcomes)} ran; wrote {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
