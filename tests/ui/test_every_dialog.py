"""Every dialog of every view opens and closes each way a user closes a window.

The report: Board ▸ Board Columns… could not be closed at all — Close, Esc, the title bar's
X and Alt+F4 all ended in an error printed to the terminal — and the modal dialog locked the
application. Here each dialog the menus and views offer is opened from its action, as a
user opens it, and closed with its own button, with Esc and with the window's close; any
Qt warning or Python error printed meanwhile fails the test (pytest-qt turns both into
failures; the printed text is checked too).

Under a real X server with a window manager (``tests/ui/real_x``, run by ``.ci/run``
under Xvfb) the window's close goes through the window manager: Alt+F4.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.patch import apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]

# The message boxes pmdesk shows through QMessageBox's static functions, as Qt made them
# (tests/ui/conftest.py replaces them so that an unexpected box fails a test; here boxes
# are expected and closed like the other dialogs).
_BOXES = {name: QMessageBox.__dict__[name] for name in ("information", "about")}

WAYS = ("button", "escape", "window")
# Actions named "…" that only move the focus to a search box, not open a dialog.
NOT_DIALOGS = {"Find Task…", "Find Card…", "Find Risk…", "Find in Research…"}
# Actions of the whole window; their dialogs do not depend on the view shown.
WINDOW_ONCE = ("New…", "Open…", "Save As…", "Import…", "Export…",
               "Project Information…", "Keyboard Shortcuts", "About pmdesk", "Preferences…",
               "Share a Copy…", "Compare With…", "Merge From…", "Connect to Workspace…")
# Actions whose dialog shows the view behind them.
WINDOW_PER_VIEW = ("Export PDF / PNG…", "Print…")
VIEW_DIALOGS = {
    "gantt": ("Task Information…",),
    "board": ("Board Columns…", "Card Information…"),
    "risks": ("Add Risk…", "Edit Risk…", "Risk Settings…", "Export Register…"),
    "resources": ("Vacations…",),
    "budget": ("Save Baseline…", "Clear Baseline…"),
    "product": ("Edit Feature…", "Link Tasks…", "Save Chart…", "Edit Product…",
                "Change Stage…", "New Gate…", "Decide Gate…", "Import KPI Values…"),
}
CASES = [("gantt", name) for name in WINDOW_ONCE] + [
    (view, name) for view, names in VIEW_DIALOGS.items()
    for name in (*names, *WINDOW_PER_VIEW)]


def real_x() -> bool:
    return QApplication.platformName() == "xcb"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The demo with a baseline (so Clear Baseline… has something to clear), on disk."""
    plan = build_demo_plan(date(2026, 12, 4))
    apply_patch(plan, save_baseline_patch(plan, schedule(plan)))
    path = tmp_path / "launch.pmdesk"
    save_plan(plan, path)
    return path


@pytest.fixture
def window(qtbot, project: Path, show_active, monkeypatch) -> MainWindow:
    for name, original in _BOXES.items():
        monkeypatch.setattr(QMessageBox, name, original)
    w = MainWindow()
    assert w.open_path(project, interactive=False)
    w._build_remaining_views()
    w.resize(1300, 800)
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def _label(action: QAction) -> str:
    return action.text().replace("&", "")


def find_action(window: MainWindow, view: str, name: str) -> QAction:
    """The action the user would click: in the menus, else in the view shown."""
    widget = window.views[view]
    found = [a for a in (*window.findChildren(QAction), *widget.findChildren(QAction),
                         *widget.actions()) if _label(a) == name]
    assert found, f"no action {name!r} in the {view} view"
    return found[0]


def select_something(window: MainWindow, view: str) -> None:
    """What a user picks before a dialog about it: a task, a card, a risk, a resource."""
    widget = window.views[view]
    if view == "gantt":
        leaf = next(t.uid for t in window.controller.plan.tasks
                    if not window.controller.is_summary(t.uid))
        widget.select_tasks([leaf])
    elif view == "board":
        widget.canvas.select(next(iter(widget.board.cards)))
    elif view == "risks" or view == "resources":
        widget.table.selectRow(0)
    elif view == "product":
        widget.show_tab("backlog")
        widget.backlog_table.setCurrentIndex(widget.backlog_proxy.index(0, 2))


def reject_button(dialog: QWidget) -> QAbstractButton:
    """The button that closes ``dialog`` without doing anything: Cancel or Close (the only
    button of a message box like About)."""
    if isinstance(dialog, QMessageBox):
        return dialog.escapeButton() or dialog.buttons()[0]
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
                return button
    raise AssertionError(f"{type(dialog).__name__} has no Cancel or Close button")


def close_by_window_manager(dialog: QWidget) -> None:
    """Alt+F4 through the window manager (xdotool), as on a desktop."""
    subprocess.run(["xdotool", "windowactivate", "--sync", str(int(dialog.winId())),
                    "key", "--clearmodifiers", "alt+F4"], check=True, timeout=10)


def close(qtbot, dialog: QWidget, way: str) -> None:
    if way == "button":
        qtbot.mouseClick(reject_button(dialog), Qt.MouseButton.LeftButton)
    elif way == "escape":
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is dialog or dialog.isAncestorOf(focus))
        qtbot.keyClick(focus if inside else dialog, Qt.Key.Key_Escape)
    elif real_x() and shutil.which("xdotool") and os.environ.get("DISPLAY"):
        close_by_window_manager(dialog)
    else:
        dialog.close()  # what the title bar's X asks of a window


@pytest.mark.parametrize("view, name", CASES, ids=[f"{v}-{n}" for v, n in CASES])
def test_the_dialog_opens_and_closes_every_way(view, name, qtbot, window, on_modal,
                                               capfd) -> None:
    window.show_view(view)
    select_something(window, view)
    action = find_action(window, view, name)
    assert action.isEnabled(), f"{name} is disabled in the {view} view"
    plan_before = window.controller.plan
    for way in WAYS:
        seen: list[QWidget] = []

        def shut(dialog: QWidget, how: str = way, seen: list[QWidget] = seen) -> None:
            seen.append(dialog)
            assert isinstance(dialog, QDialog), dialog
            close(qtbot, dialog, how)

        check = on_modal(shut)
        action.trigger()  # exec() returns once closed; open() returns at once
        qtbot.waitUntil(lambda s=seen: bool(s), timeout=5000)
        dialog = check()
        # A file dialog from QFileDialog's static functions is deleted once it closes.
        qtbot.waitUntil(lambda d=dialog: not isValid(d) or not d.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not any(w.isVisible() and w.isModal()
                                        for w in QApplication.topLevelWidgets()), timeout=5000)
        assert window.controller.plan is plan_before, f"{name} by {way} changed the project"
        assert not window.controller.modified, f"{name} by {way} left an edit behind"
    printed = capfd.readouterr()
    for text in ("Error calling Python override", "Traceback", "Segmentation"):
        assert text not in printed.err, printed.err


def test_every_dialog_action_is_covered(window) -> None:
    """A new "…" action in a menu or a view gets checked here too."""
    covered = {name for _view, name in CASES} | NOT_DIALOGS
    offered = set()
    for view, widget in window.views.items():
        window.show_view(view)
        for action in (*window.findChildren(QAction), *widget.findChildren(QAction)):
            if _label(action).endswith("…"):
                offered.add(_label(action))
    assert offered - covered == set()
