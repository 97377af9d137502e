"""No pmdesk widget, dialog or model hides a method of its Qt base class.

Qt calls its own virtual methods by name from C++: a dialog with an attribute ``done``
(a check box) cannot be closed, because Close, Esc and the title bar's X all end in
``QDialog.done()``. This test reads every Qt class pmdesk defines and fails on any name it
sets (``self.x = ...`` anywhere in the class, or a class attribute or method) that the Qt
base class already has, unless it is a deliberate override of a Qt virtual method.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap

import pytest
from PySide6.QtCore import QObject

import pmdesk.render
import pmdesk.ui

# Qt virtual methods pmdesk overrides on purpose, with Qt's meaning and signature.
VIRTUALS = {
    "event", "eventFilter", "viewportEvent", "sizeHint", "minimumSizeHint",
    "accept", "reject", "done", "run", "scrollContentsBy", "drawRow", "drawBranches",
    "moveCursor", "closeEditor", "commitData", "focusNextPrevChild", "keyboardSearch",
    "data", "setData", "rowCount", "columnCount", "flags", "headerData", "index", "parent",
    "hasChildren", "filterAcceptsRow", "lessThan", "sort", "mimeData", "mimeTypes",
    "dropMimeData", "canDropMimeData", "supportedDropActions", "canFetchMore", "fetchMore",
    "createEditor", "setEditorData", "setModelData", "updateEditorGeometry", "paint",
    "multiData", "hasHeightForWidth", "heightForWidth",
}
# Set on every class by PySide itself.
PYSIDE_OWN = {"staticMetaObject"}


def _modules():
    for package in (pmdesk.ui, pmdesk.render):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            yield importlib.import_module(info.name)


def _qt_classes() -> list[type]:
    found = []
    for module in _modules():
        for cls in vars(module).values():
            if (inspect.isclass(cls) and cls.__module__ == module.__name__
                    and issubclass(cls, QObject)):
                found.append(cls)
    return found


def _instance_names(cls: type) -> set[str]:
    """Names assigned as ``self.name = ...`` anywhere in the class body."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for part in ast.walk(target):
                if (isinstance(part, ast.Attribute) and isinstance(part.value, ast.Name)
                        and part.value.id == "self"):
                    names.add(part.attr)
    return names


def _qt_owner(cls: type, name: str) -> type | None:
    for base in cls.__mro__:
        if base.__module__.startswith("PySide6") and hasattr(base, name):
            return base
    return None


def shadowing(cls: type) -> list[str]:
    """What ``cls`` sets that hides a Qt attribute, as readable lines."""
    out = []
    for name in sorted(_instance_names(cls)):
        owner = _qt_owner(cls, name)
        if owner is not None:
            out.append(f"{cls.__name__}: self.{name} hides {owner.__name__}.{name}")
    for name, value in vars(cls).items():
        if name.startswith("__") or name in PYSIDE_OWN:
            continue
        owner = _qt_owner(cls, name)
        if owner is None:
            continue
        is_override = (name in VIRTUALS or name.endswith("Event")) and inspect.isfunction(value)
        if not is_override:
            out.append(f"{cls.__name__}: {name} hides {owner.__name__}.{name}")
    return out


def test_the_scan_finds_qt_classes() -> None:
    names = {cls.__name__ for cls in _qt_classes()}
    assert {"ColumnsDialog", "GanttView", "MainWindow", "TaskDialog"} <= names


def test_no_pmdesk_qt_class_hides_a_qt_method() -> None:
    problems = [line for cls in _qt_classes() for line in shadowing(cls)]
    assert problems == []


def test_the_check_catches_the_dialog_that_could_not_close() -> None:
    """The check fails on what made Board Columns impossible to close."""
    from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

    class Broken(QDialog):
        def __init__(self) -> None:
            super().__init__()
            self.done = QCheckBox("Done")  # hides QDialog.done

        def find(self, text: str) -> bool:  # hides QWidget.find
            return bool(text)

    class Fine(QWidget):
        def paintEvent(self, event) -> None:
            pass

    assert shadowing(Broken) == ["Broken: self.done hides QDialog.done",
                                 "Broken: find hides QDialog.find"]
    assert shadowing(Fine) == []


@pytest.mark.parametrize("name", ["close", "show", "update", "move", "resize", "open"])
def test_common_names_are_qt_methods(name: str) -> None:
    """The names the team must never reuse are indeed found on Qt's classes."""
    from PySide6.QtWidgets import QDialog

    assert _qt_owner(QDialog, name) is not None
