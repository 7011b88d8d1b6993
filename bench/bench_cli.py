"""CLI start-up, memory per command, and the batch run, each against its obvious baseline.

* Cold start: ``routes --help`` and ``routes resolve Dandong`` against
  ``python -c "import typer"`` (the least any Typer CLI pays). Goal: within 1.5x.
* Memory: peak resident memory of each command on the seed articles.
* Batch: 10,000 synthetic articles (``bench/make_archive.py``; 1,000 with ``--quick``) with 2
  workers: time, articles/s, peak memory (goal: under 2 minutes, under 1 GB), and 1 worker
  against 2 on the same input (goal: 2 workers at least 1.7x faster), plus the Dask engine on a
  local cluster for scale.

Peak memory is the largest sum of RSS over the process and all its children, sampled every
20 ms with psutil (what the machine must hold at once: the parent plus every worker), and,
as a cross-check, the kernel's own maximum RSS of the largest single process (``wait4``).
Prints one markdown section on stdout.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
MiB = 1024 * 1024


@dataclass(slots=True)
class Run:
    seconds: float
    returncode: int
    peak_tree_mib: float | None  # sampled sum over the process tree (psutil)
    max_single_mib: float  # kernel ru_maxrss of the largest process (wait4)
    stderr: str
    cpu_s: float  # CPU seconds of the whole tree (workers sampled every 20 ms)


def routes_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "routes"
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "from cli.main import run; run()"]


def env_with(cache: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1", "TERM": "dumb"}
    if cache is not None:
        env["ROUTES_CACHE_DIR"] = str(cache)
    return env


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started, proc.returncode


def _psutil() -> Any:
    try:
        return importlib.import_module("psutil")
    except ImportError:  # the bench extra is not installed: the kernel's figure only
        return None


def _sample(psutil: Any, handle: Any, cpu: dict[int, float]) -> int:
    """RSS of the whole tree now; updates each process's CPU seconds seen so far."""
    try:
        procs = [handle, *handle.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            with p.oneshot():
                total += p.memory_info().rss
                times = p.cpu_times()
            cpu[p.pid] = max(cpu.get(p.pid, 0.0), times.user + times.system)
    return total


def measured(cmd: list[str], env: dict[str, str], timeout: float = 1800) -> Run:
    """Run ``cmd``, sampling the memory of its whole process tree until it exits."""
    psutil = _psutil()
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        handle = psutil.Process(proc.pid) if psutil is not None else None
        peak = 0
        cpu: dict[int, float] = {}
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if handle is not None:
                peak = max(peak, _sample(psutil, handle, cpu))
            if time.perf_counter() - started > timeout:
                proc.kill()
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    cpu[proc.pid] = usage.ru_utime + usage.ru_stime  # exact for the top process
    return Run(seconds, proc.returncode, peak / MiB if handle is not None else None,
               usage.ru_maxrss / 1024, stderr, sum(cpu.values()))


def mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value:,.0f} MiB"


def cold_start(repeats: int) -> list[str]:
    routes = routes_cmd()
    env = env_with()
    # Byte-compile the project first, as ``pip install`` does for an installed tool (and as
    # Python does on a first run unless PYTHONDONTWRITEBYTECODE is set, as on CI machines):
    # otherwise every run would time the compiler, which typer's own installed files skip.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "routes"),
                    str(ROOT / "cli")], cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    timed([*routes, "resolve", "Dandong"], env)  # build the gazetteer index once, untimed
    cases = {
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "routes --help": [*routes, "--help"],
        "routes resolve Dandong": [*routes, "resolve", "Dandong"],
    }
    times: dict[str, list[float]] = {k: [] for k in cases}
    codes: dict[str, int] = {}
    for _ in range(repeats):  # interleaved, so a busy moment hits every case alike
        for name, cmd in cases.items():
            seconds, code = timed(cmd, env)
            times[name].append(seconds)
            codes[name] = code
    base = statistics.median(times['python -c "import typer"'])
    rows = ["| command | median wall time | vs import typer | goal | exit |",
            "|---|---:|---:|---|---:|"]
    for name, values in times.items():
        med = statistics.median(values)
        goal = "" if name.startswith("python") else (
            "met (<= 1.5x)" if med <= 1.5 * base else "missed (> 1.5x)")
        rows.append(f"| `{name}` | {med * 1000:,.0f} ms | {med / base:.2f}x | {goal} | "
                    f"{codes[name]} |")
    with tempfile.TemporaryDirectory() as fresh:
        seconds, code = timed([*routes, "resolve", "Dandong"], env_with(Path(fresh)))
    rows.append(f"| `routes resolve Dandong`, first run (builds the index) | "
                f"{seconds * 1000:,.0f} ms | {seconds / base:.2f}x | one-off | {code} |")
    return [f"Median of {repeats} runs each, interleaved; the project byte-compiled first, as an "
            "installed package is.", "", *rows]


def memory(tmp: Path) -> list[str]:
    routes = routes_cmd()
    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    env = env_with()
    cases = {
        'python -c "import typer"': [sys.executable, "-c", "import typer"],
        "routes --help": [*routes, "--help"],
        "routes resolve Dandong": [*routes, "resolve", "Dandong"],
        "routes check SEEDS --format json": [*routes, "check", *seeds, "--format", "json"],
        "routes map SEEDS -o map.html": [*routes, "map", *seeds, "-o", str(tmp / "map.html")],
    }
    rows = ["| command (SEEDS = the five seed articles) | peak RSS, process tree | max RSS, "
            "one process | wall time | exit |", "|---|---:|---:|---:|---:|"]
    for name, cmd in cases.items():
        run = measured(cmd, env)
        note = "" if run.returncode == 0 else f" ({_last_line(run.stderr)})"
        rows.append(f"| `{name}` | {mib(run.peak_tree_mib)} | {mib(run.max_single_mib)} | "
                    f"{run.seconds:,.2f} s | {run.returncode}{note} |")
    return rows


def _last_line(text: str) -> str:
    lines = [ln for ln in text.strip().splitlines() if ln.strip()]
    return (lines[-1][:120] if lines else "no message").replace("|", "/")


def _cli_has_batch() -> bool:
    proc = subprocess.run([*routes_cmd(), "check", "--help"], env=env_with(), cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return "--batch" in proc.stdout


def batch_cmd(inp: Path, out: Path, workers: int, engine: str = "local") -> list[str]:
    if _cli_has_batch():
        cmd = [*routes_cmd(), "check", "--batch", str(inp), "-o", str(out), "--workers",
               str(workers)]
        return cmd + (["--engine", engine] if engine != "local" else [])
    code = ("import sys; from routes.batch import run_batch; "
            "run_batch(sys.argv[1], sys.argv[2], workers=int(sys.argv[3]), engine=sys.argv[4])")
    return [sys.executable, "-c", code, str(inp), str(out), str(workers), engine]


def _outcome(out: Path) -> tuple[int, int]:
    lines = failed = 0
    if out.exists():
        with out.open(encoding="utf-8") as fh:
            for line in fh:
                lines += 1
                failed += json.loads(line).get("error") is not None
    return lines, failed


def _load() -> str:
    try:
        return ", ".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:  # pragma: no cover - not Unix
        return "n/a"


def batch(tmp: Path, n: int, ratio_n: int, repeats: int = 2) -> list[str]:
    """The big run, then 1 and 2 workers alternately on the ratio input (best of each)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from make_archive import write_archive

    env = env_with()
    subprocess.run([*routes_cmd(), "resolve", "Dandong"], env=env, cwd=ROOT,
                   capture_output=True, check=False)  # index built before timing
    big = write_archive(n, tmp / f"archive-{n}.jsonl", seed=1)
    small = big if ratio_n == n else write_archive(ratio_n, tmp / f"archive-{ratio_n}.jsonl",
                                                   seed=2)
    rows = ["| run | articles | wall time | articles/s | CPU time (all processes) | peak RSS, "
            "process tree | max RSS, one process | failed articles | exit |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    load_before = _load()
    counter = iter(range(1_000_000))

    def one_run(label: str, inp: Path, workers: int, engine: str = "local") -> Run:
        out = tmp / f"out-{next(counter)}.jsonl"
        run = measured(batch_cmd(inp, out, workers, engine), env)
        lines, failed = _outcome(out)
        out.unlink(missing_ok=True)
        rate = lines / run.seconds if run.seconds else 0.0
        note = "" if run.returncode == 0 else f" ({_last_line(run.stderr)})"
        rows.append(f"| {label} | {lines:,} | {run.seconds:,.1f} s | {rate:,.1f} | "
                    f"{run.cpu_s:,.1f} s | {mib(run.peak_tree_mib)} | "
                    f"{mib(run.max_single_mib)} | {failed:,} | {run.returncode}{note} |")
        return run

    main = one_run(f"2 workers, {n:,} articles", big, 2)
    ones: list[Run] = []
    twos: list[Run] = [main] if small is big else []
    for k in range(repeats):
        ones.append(one_run(f"1 worker, {ratio_n:,} articles (#{k + 1})", small, 1))
        if len(twos) < repeats:
            label = f"2 workers, {ratio_n:,} articles (#{len(twos) + 1})"
            twos.append(one_run(label, small, 2))
    dask = one_run(f"Dask LocalCluster, 2 workers, {ratio_n:,} articles", small, 2, "dask")
    one, two = min(r.seconds for r in ones), min(r.seconds for r in twos)
    cpu_ratio = min(r.cpu_s for r in twos) / max(1e-9, min(r.cpu_s for r in ones))
    main_peak = main.peak_tree_mib or main.max_single_mib
    speedup = one / two if two else 0.0
    return [
        *rows,
        "",
        f"- Load average (1, 5, 15 min) before these runs: {load_before}; after: {_load()}. "
        "On a shared machine wall times shrink only as far as the other load allows.",
        f"- 2 workers vs 1 on {ratio_n:,} articles (best of {repeats} each): "
        f"**{speedup:.2f}x** faster (goal >= 1.7x: {'met' if speedup >= 1.7 else 'missed'}). "
        f"CPU time of 2 workers over 1 worker: {cpu_ratio:.2f} (the cost of splitting the "
        f"work: a second gazetteer and its caches), so on idle cores the speed-up is at most "
        f"{2 / cpu_ratio:.2f}x.",
        f"- Dask LocalCluster vs the local pool (2 workers each): {dask.seconds / two:.2f}x the "
        "time.",
        f"- {n:,} articles with 2 workers: {main.seconds:,.0f} s (goal < 120 s: "
        f"{'met' if main.seconds < 120 else 'missed'}), peak {mib(main.peak_tree_mib)} "
        f"(goal < 1 GB: {'met' if main_peak < 1024 else 'missed'}).",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="1,000 articles, fewer repeats")
    # Full mode: 10,000 articles with 2 workers, then 1 worker, then Dask (a few minutes).
    parser.add_argument("--articles", type=int, default=None)
    args = parser.parse_args(argv)
    quick = args.quick or os.environ.get("ROUTES_BENCH_QUICK") == "1"
    n = args.articles or (1_000 if quick else 10_000)
    ratio_n = n  # the 1-vs-2 ratio on the very archive the goal is about
    out = ["## CLI start-up, memory and batch checking", "",
           "### Cold start (lazy imports)", "", *cold_start(3 if quick else 7), "",
           "### Peak memory per command", ""]
    tmp = Path(tempfile.mkdtemp(prefix="routes-bench-cli-"))
    try:
        out += memory(tmp)
        out += ["", "### Batch checking (`routes check --batch`)", "",
                f"Synthetic archive from `bench/make_archive.py` (~500 words per article). "
                f"The 1-vs-2-worker ratio and the Dask row use the same {ratio_n:,} articles.",
                ""]
        out += batch(tmp, n, ratio_n, repeats=2 if quick else 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
