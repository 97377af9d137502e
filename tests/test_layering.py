"""Arrows only point down. Each layer of pmdesk may import only what it is allowed to: core
imports no Qt or SQLAlchemy, store and interchange no Qt, render QtGui but no QtWidgets, and
nothing below the window imports the window. A user never sees this, but every later
feature relies on it: the engine runs without a display, the file format without Qt, the
command line without starting the GUI.

The rule is an allow-list per layer (the packages and top-level modules of ``pmdesk/``),
so a new dependency or a new layer is a decision written here, not an accident. Every
import counts: ``import x``, ``from x import y``, relative imports (``from ..ui import
y`` is resolved to ``pmdesk.ui``) and imports inside functions.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "pmdesk"

# The package's own root (pmdesk/__init__.py: the version, where resources are) is open
# to every layer.
ROOT = "pmdesk"

# Layer -> what it may import: other layers of pmdesk (by name) and third-party modules
# (top-level names; for PySide6 its modules). The standard library is always allowed.
LAYERS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "core": (frozenset({"core"}), frozenset({"dateutil", "babel"})),
    # psycopg and keyring: the team workspace on PostgreSQL (its notifications, and a
    # password kept in the system keyring).
    "store": (frozenset({"core", "store", "fileio"}),
              frozenset({"sqlalchemy", "platformdirs", "psycopg", "keyring"})),
    "interchange": (frozenset({"core", "interchange", "fileio"}),
                    frozenset({"defusedxml", "openpyxl", "icalendar",
                               # .mpp import: MPXJ through JPype, and the JVM's packages
                               "mpxj", "jpype", "java", "org"})),
    "render": (frozenset({"core", "render", "fileio"}),
               frozenset({"PySide6.QtCore", "PySide6.QtGui"})),
    "ui": (frozenset({"core", "store", "interchange", "render", "ui", "fileio", "demo",
                      "templates"}),
           frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                      "PySide6.QtPrintSupport", "PySide6.QtSvg",
                      # one running pmdesk per user: QLocalServer / QLocalSocket
                      "PySide6.QtNetwork"})),
    # Top-level modules.
    "fileio": (frozenset(), frozenset()),
    "demo": (frozenset({"core", "demo_product"}), frozenset()),
    "demo_product": (frozenset({"core"}), frozenset()),
    "templates": (frozenset({"core", "demo"}), frozenset()),
    "cli": (frozenset({"core", "store", "interchange", "render", "fileio", "demo",
                       "templates", "app", "launch_cli", "desktop"}), frozenset()),
    "launch_cli": (frozenset({"cli", "core", "store"}), frozenset()),
    # Linux desktop integration: icons drawn from the SVG with Qt.
    "desktop": (frozenset({"fileio", "render"}),
                frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtSvg"})),
    "app": (frozenset({"core", "store", "render", "ui", "fileio", "demo"}),
            frozenset({"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"})),
    "__main__": (frozenset({"cli"}), frozenset()),
    # python -m pmdesk.packaging: the bundle, built with PyInstaller.
    "packaging": (frozenset(), frozenset({"PyInstaller"})),
    "__init__": (frozenset(), frozenset()),
}


def layer_of(path: Path, package: Path) -> str:
    """The layer a module of ``package`` belongs to: its sub-package, or for a top-level
    module its own name."""
    rel = path.relative_to(package)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _module_name(path: Path, package: Path) -> list[str]:
    """The dotted package a module sits in (``pmdesk.core`` for pmdesk/core/x.py)."""
    rel = path.relative_to(package.parent).with_suffix("")
    return list(rel.parts[:-1])


def imported(path: Path, package: Path) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports, relative imports resolved to absolute names."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    here = _module_name(path, package)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module == package.name:
                # ``from pmdesk import cli`` imports the module cli, not the root.
                for alias in node.names:
                    yield node.lineno, f"{module}.{alias.name}"
            else:
                yield node.lineno, module


def _target(module: str, package: str, layers: dict[str, object]) -> tuple[str, str]:
    """("layer", name) for an import of pmdesk, ("third", name) for anything else, ("std",
    "") for the standard library."""
    parts = module.split(".")
    if parts[0] == package:
        if len(parts) > 1 and parts[1] in layers:
            return "layer", parts[1]
        return "layer", ROOT
    # _typeshed: the standard library's type stubs, imported under TYPE_CHECKING only.
    if parts[0] in sys.stdlib_module_names or parts[0] in ("__future__", "_typeshed"):
        return "std", ""
    if parts[0] == "PySide6":
        return "third", ".".join(parts[:2])
    return "third", parts[0]


def violations(package: Path = PKG,
               layers: dict[str, tuple[frozenset[str], frozenset[str]]] = LAYERS) -> list[str]:
    """What breaks the allow-list, one line per import, naming the file and line."""
    out = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package.parent)
        layer = layer_of(path, package)
        if layer not in layers:
            out.append(f"{where}: the layer {layer!r} is not declared in tests/test_layering.py")
            continue
        own, third = layers[layer]
        for lineno, module in imported(path, package):
            kind, name = _target(module, package.name, layers)
            allowed = {"std": True, "layer": name == ROOT or name in own,
                       "third": name in third}[kind]
            if not allowed:
                out.append(f"{where}:{lineno} ({layer}) imports {module}")
    return out


def test_every_layer_imports_only_what_it_is_allowed_to() -> None:
    found = violations()
    assert not found, "layer rule broken:\n" + "\n".join(found)


PLANTED = {
    # A relative import from core up to the window.
    "core/bad_relative.py": "from ..ui import main_window\n",
    # Qt widgets in the render layer, inside a function.
    "render/bad_widgets.py": "def f():\n    from PySide6.QtWidgets import QLabel\n",
    # The store reaching into interchange by absolute name.
    "store/bad_absolute.py": "import pmdesk.interchange.mspdi\n",
    # A top-level module reaching into the GUI through the package.
    "demo.py": "from pmdesk import app\n",
    # An undeclared library in core.
    "core/bad_library.py": "import numpy\n",
}


@pytest.mark.parametrize("planted", sorted(PLANTED))
def test_a_planted_violation_is_caught(tmp_path: Path, planted: str) -> None:
    """The check is not vacuous: each kind of wrong import, planted in a copy of the
    package's shape, is reported with its file and line."""
    package = tmp_path / "pmdesk"
    for sub in ("core", "store", "render", "ui", "interchange"):
        (package / sub).mkdir(parents=True)
        (package / sub / "__init__.py").write_text("")
        (package / sub / "fine.py").write_text(f"from . import fine\nimport pmdesk.{sub}\n")
    (package / "__init__.py").write_text("")
    target = package / planted
    target.write_text(PLANTED[planted])
    found = violations(package)
    assert len(found) == 1 and found[0].startswith(f"pmdesk/{planted}:"), found


def test_an_undeclared_top_level_module_is_reported(tmp_path: Path) -> None:
    package = tmp_path / "pmdesk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "helpers.py").write_text("import os\n")
    assert violations(package) == [
        "pmdesk/helpers.py: the layer 'helpers' is not declared in tests/test_layering.py"]


def test_the_shape_of_a_clean_package_passes(tmp_path: Path) -> None:
    package = tmp_path / "pmdesk"
    (package / "core").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "core" / "__init__.py").write_text("from .. import __name__ as _n\n")
    (package / "core" / "ok.py").write_text(
        "from __future__ import annotations\nimport json\nfrom dateutil import parser\n"
        "from . import ok\nfrom .. import core\n")
    assert violations(package) == []
