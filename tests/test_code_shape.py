"""Code a newcomer can read: no function of pmdesk longer than 80 lines and no class with
more than 40 methods. A long function is where a second job hides, and a class with that
many methods does several jobs at once; both make the next change slower and riskier.

The exceptions are the scheduler's inner passes, written as straight-line code on purpose:
they run once per task per pass on plans of tens of thousands of tasks, and each helper
call they made would cost the user time on every edit (see ``benchmarks/schedule.py``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "pmdesk"

MAX_FUNCTION_LINES = 80
MAX_METHODS = 40

# (file below pmdesk/, qualified name): the scheduler's speed paths.
SPEED_PATHS = frozenset({
    ("core/schedule.py", "_Network.__init__"),
    ("core/schedule.py", "_Network._compile_links"),
    ("core/schedule.py", "Scheduler._forward_all"),
    ("core/schedule.py", "Scheduler._forward"),
    ("core/schedule.py", "Scheduler._backward"),
    ("core/schedule.py", "Scheduler._incremental"),
})


def _definitions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, ast.AST]]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}{node.name}"
            yield name, node
            yield from _definitions(node, name + ".")
        else:
            yield from _definitions(node, prefix)


def _shapes(source: str) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """(function, lines) over the limit and (class, methods) over the limit."""
    long_functions, big_classes = [], []
    for name, node in _definitions(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            methods = sum(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
                          for n in node.body)
            if methods > MAX_METHODS:
                big_classes.append((name, methods))
        else:
            assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            if lines > MAX_FUNCTION_LINES:
                long_functions.append((name, lines))
    return long_functions, big_classes


def test_no_long_function_and_no_class_with_too_many_methods() -> None:
    too_long, too_big = [], []
    for path in sorted(PKG.rglob("*.py")):
        where = path.relative_to(PKG).as_posix()
        functions, classes = _shapes(path.read_text(encoding="utf-8"))
        too_long += [f"{where}: {name} has {n} lines" for name, n in functions
                     if (where, name) not in SPEED_PATHS]
        too_big += [f"{where}: {name} has {n} methods" for name, n in classes]
    assert not too_long, "functions over 80 lines:\n" + "\n".join(too_long)
    assert not too_big, "classes over 40 methods:\n" + "\n".join(too_big)


def test_the_speed_paths_still_exist() -> None:
    """An exception for a function that was renamed or removed would excuse nothing."""
    found = set()
    for where in {w for w, _ in SPEED_PATHS}:
        source = (PKG / where).read_text(encoding="utf-8")
        found |= {(where, name) for name, _ in _definitions(ast.parse(source))}
    assert found >= SPEED_PATHS


def test_the_check_sees_a_long_function_and_a_big_class() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    methods = "\n".join(f"    def m{i}(self): pass" for i in range(MAX_METHODS + 1))
    source = f"def long():\n{body}\n\nclass Big:\n{methods}\n"
    functions, classes = _shapes(source)
    assert functions == [("long", MAX_FUNCTION_LINES + 1)]
    assert classes == [("Big", MAX_METHODS + 1)]
