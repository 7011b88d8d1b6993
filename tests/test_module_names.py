"""No module of the library or the CLI binds the same module-level name twice.

Why: a second ``_CALLED_AT = re.compile(...)`` 1,900 lines below the first silently replaced it
for every function of the module, the one written for the first included (found by hand in
routes/reading/_story.py). Python allows it and ruff only flags unused redefinitions of
functions and imports, so this test reads each module's top level. ``typing.overload`` stubs
are the one legitimate repetition.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted([*(ROOT / "routes").rglob("*.py"), *(ROOT / "cli").rglob("*.py")])


def _bound_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(
                node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            overload = any((isinstance(d, ast.Name) and d.id == "overload") or (
                isinstance(d, ast.Attribute) and d.attr == "overload")
                for d in getattr(node, "decorator_list", []))
            if not overload:
                names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    twice = sorted(n for n, c in _bound_names(ast.parse(path.read_text("utf-8"))).items()
                   if c > 1)
    assert twice == [], f"{path.relative_to(ROOT)} binds {twice} more than once"


def test_the_check_sees_a_second_binding() -> None:
    tree = ast.parse("import re\n_A = re.compile('a')\ndef f(): pass\n_A = re.compile('b')\n")
    assert _bound_names(tree)["_A"] == 2
