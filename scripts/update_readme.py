"""Refresh the command output pasted in README.md by running each command for real.

A block in the README such as::

    <!-- run: routes resolve Dandong -->
    ```text
    ...
    ```
    <!-- end -->

is replaced by what the command prints now (stdout, then stderr), run from the repository root
with the venv's ``routes``. Optional ``| head -N`` / ``| tail -N`` keep the first / last N
lines. Run:
``.venv/bin/python -m scripts.update_readme``.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"<!-- run: (?P<cmd>.+?) -->\n```(?P<lang>\w*)\n.*?```\n<!-- end -->", re.S)


def run(command: str) -> str:
    head = tail = None
    if "| head -" in command:
        command, _, n = command.partition("| head -")
        head = int(n.strip())
    if "| tail -" in command:
        command, _, n = command.partition("| tail -")
        tail = int(n.strip())
    args: list[str] = []
    for arg in shlex.split(command.strip()):
        matches = sorted(glob.glob(str(ROOT / arg))) if "*" in arg else []
        args += [
            str(Path(m).relative_to(ROOT.parent).as_posix()).join(("../", "")) for m in matches
        ] or [arg]
    if args[0] == "routes":
        args[0] = str(Path(sys.executable).with_name("routes"))
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "TERM": "dumb"}
    done = subprocess.run(
        args, capture_output=True, text=True, cwd=ROOT, env=env, timeout=600, check=False
    )
    text = done.stdout + done.stderr
    lines = [line.rstrip() for line in text.splitlines()]
    if head is not None and len(lines) > head:
        lines = [*lines[:head], "..."]
    if tail is not None and len(lines) > tail:
        lines = ["...", *lines[-tail:]]
    return "\n".join(lines)


def main() -> None:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")

    def replace(match: re.Match[str]) -> str:
        cmd, lang = match["cmd"], match["lang"]
        shown = cmd.replace("routes", "$ routes", 1) if cmd.startswith("routes") else f"$ {cmd}"
        shown = shown.split(" | head -")[0].split(" | tail -")[0]
        return f"<!-- run: {cmd} -->\n```{lang}\n{shown}\n{run(cmd)}\n```\n<!-- end -->"

    from routes.atomicio import write_text_atomic

    write_text_atomic(readme, BLOCK.sub(replace, text))


if __name__ == "__main__":
    main()
