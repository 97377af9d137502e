"""Arrows only point down: core imports no Qt or SQLAlchemy, store and interchange no Qt,
render no QtWidgets. A user never sees this, but every later feature relies on it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "pmdesk"

FORBIDDEN = {
    "core": ("PySide6", "sqlalchemy", "pmdesk.store", "pmdesk.ui", "pmdesk.render",
             "pmdesk.interchange"),
    "store": ("PySide6", "pmdesk.ui", "pmdesk.render", "pmdesk.interchange"),
    "interchange": ("PySide6", "pmdesk.ui", "pmdesk.render", "pmdesk.store"),
    "render": ("PySide6.QtWidgets", "pmdesk.ui", "pmdesk.store", "sqlalchemy"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                continue  # relative imports stay inside their own layer
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_imports_only_point_down(layer: str) -> None:
    offenders = []
    for path in sorted((PKG / layer).rglob("*.py")):
        for lineno, module in _imports(path):
            for banned in FORBIDDEN[layer]:
                if module == banned or module.startswith(banned + "."):
                    offenders.append(f"{path.relative_to(PKG.parent)}:{lineno} imports {module}")
    assert not offenders, "layer rule broken:\n" + "\n".join(offenders)
