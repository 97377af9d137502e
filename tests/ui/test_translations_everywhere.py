"""Every view and every dialog the menus open, in German: no English word shows.

A word is English when pmdesk's own code writes it (a string in pmdesk/ui or a column
header of the registry) and the German catalogue does not use it; the project's own
names (tasks, risks, people: the demo is written in English) and a few loan words are
not. The walk reads what a user reads: labels, buttons, group boxes, tabs, list and
combo-box entries, placeholders, tooltips and table headers of what is shown.
"""

from __future__ import annotations

import ast
import dataclasses
import enum
import importlib
import pkgutil
import re
from collections.abc import Iterable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolButton,
    QWidget,
)
from ui.test_every_dialog import CASES, project, select_something, window  # noqa: F401

from pmdesk.core import columns, record_columns
from pmdesk.ui import i18n
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2]
WORD = re.compile(r"[^\W\d_]{3,}")
# Names and loan words German uses as they are.
SAME_IN_GERMAN = {
    "pmdesk", "Gantt", "Board", "Budget", "Roadmap", "Backlog", "Sprint", "Dashboard",
    "WIP", "RICE", "ICE", "WSJF", "KPI", "KPIs", "OKR", "OKRs", "EVM", "PDF", "PNG", "CSV",
    "XML", "SPI", "CPI", "iCalendar", "Planner", "GanttProject", "Project", "Microsoft",
    "Monte", "Carlo", "English", "Deutsch", "Français", "Team", "Status", "Name", "Start",
    "Info", "Feature", "Features", "Alt", "Ctrl", "Shift", "Return", "Enter", "Esc", "Tab",
}


def _strings(node: ast.AST) -> Iterable[str]:
    """The strings of the code, docstrings left out."""
    docstrings = {id(n.value) for n in ast.walk(node) if isinstance(n, ast.Expr)}
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings:
            yield n.value


def _code_words() -> set[str]:
    words: set[str] = set()
    for path in (ROOT / "pmdesk" / "ui").rglob("*.py"):
        for text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            words.update(WORD.findall(text))
    tables = [columns.task_columns()] + [
        v for v in vars(record_columns).values() if isinstance(v, columns.Columns)]
    for table in tables:
        for column in table:
            words.update(WORD.findall(f"{column.header} {column.name}"))
    for value in _core_enum_values():  # a stage, a decision, a source: shown capitalized
        words.update(WORD.findall(f"{value} {value.capitalize()}"))
    return words


def _core_enum_values() -> set[str]:
    """The values of core's enumerations (a product stage, a gate decision...): words a
    view shows when it puts one on screen without translating it."""
    import pmdesk.core

    values: set[str] = set()
    for info in pkgutil.walk_packages(pmdesk.core.__path__, "pmdesk.core."):
        module = importlib.import_module(info.name)
        for thing in vars(module).values():
            if (isinstance(thing, type) and issubclass(thing, enum.Enum)
                    and thing.__module__ == info.name):
                values |= {m.value for m in thing if isinstance(m.value, str)}
    return values


def _german_words() -> set[str]:
    words: set[str] = set()
    for shown, _source in i18n._sources("de").items():
        words.update(WORD.findall(shown))
    return words


def _data_words(value: object, seen: set[int] | None = None) -> set[str]:
    """Every word of the project's own texts (task names, notes, people, ...)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return set()
    seen.add(id(value))
    if isinstance(value, str):
        return set(WORD.findall(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts: Iterable[object] = (getattr(value, f.name) for f in dataclasses.fields(value))
    elif isinstance(value, dict):
        parts = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        parts = value
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("pmdesk"):
        parts = vars(value).values()
    else:
        return set()
    found: set[str] = set()
    for part in parts:
        found |= _data_words(part, seen)
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every word a user can read on ``root`` and what it shows."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and not text.startswith("/"):  # a folder's path is the user's
            found.append((f"{type(widget).__name__} {widget.objectName()} {what}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "label", re.sub(r"<[^>]*>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                add(widget, "entry", widget.itemText(i))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget, "tab", widget.tabText(i))
        elif (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
              and widget.model() is not None):
            model = widget.model()
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                col = 0
                while model.hasIndex(row, col):  # a list model's columns are its own
                    add(widget, f"cell {row},{col}", str(model.index(row, col).data() or ""))
                    col += 1
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            for i in range(widget.count()):
                if not widget.isSectionHidden(i):
                    add(widget, "header", str(widget.model().headerData(
                        i, widget.orientation(), Qt.ItemDataRole.DisplayRole) or ""))
    return found


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and check boxes shown narrower than their words need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QToolButton) and widget.toolButtonStyle() == ICON_ONLY:
            continue  # its words are its tooltip (a line edit's calendar button)
        if isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() < widget.sizeHint().width():
                found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} px "
                             f"of {widget.sizeHint().width()}")
        elif (isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()
              and widget.width() < widget.minimumSizeHint().width()):
            found.append(f"QLabel {widget.text()[:60]!r}: {widget.width()} px "
                         f"of {widget.minimumSizeHint().width()}")
    return found


ICON_ONLY = Qt.ToolButtonStyle.ToolButtonIconOnly


class English:
    """Finds the English words in what a German window shows."""

    def __init__(self, plan: object) -> None:
        data = _data_words(plan)  # the project's own words, as written and capitalized
        data |= {w.capitalize() for w in data}
        self.words = _code_words() - _german_words() - data - SAME_IN_GERMAN

    def english(self, text: str) -> list[str]:
        """The English words of ``text``: mnemonics' & and file patterns (*.csv) aside,
        acronyms (EAC, CSV) and codes (USD) allowed."""
        text = re.sub(r"\*\.\w+", " ", text.replace("&", ""))
        return [w for w in WORD.findall(text) if w in self.words and not w.isupper()]

    def escaped(self, texts: Iterable[tuple[str, str]]) -> list[str]:
        return sorted({f"{where}: {text!r}" for where, text in texts if self.english(text)})


@pytest.fixture
def german():
    """German from the start: requested before ``window``, the window is built in it."""
    i18n.install("de")
    yield
    i18n.install("system")


@pytest.fixture
def german_window(german, window: MainWindow) -> MainWindow:  # noqa: F811
    """The demo with a baseline, open in a German window of 1300 x 800."""
    return window


def _view_texts(main: MainWindow, squeezed: list[str] | None = None
                ) -> list[tuple[str, str]]:
    """What every view (and each of its tabs) shows; ``squeezed`` gets what is clipped."""
    found = []
    for key in main.views:
        main.show_view(key)
        QApplication.processEvents()  # its layout, as on screen
        view = main.views[key]
        tabs = view.findChild(QTabBar)
        for i in range(tabs.count() if tabs is not None and tabs.isVisible() else 1):
            if tabs is not None and tabs.isVisible():
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
            found += [(f"{key}: {w}", t) for w, t in shown_texts(main)]
            if squeezed is not None:
                squeezed += [f"{key}: {c}" for c in clipped(main)]
    return found


def test_every_view_speaks_german_and_nothing_is_clipped(german_window) -> None:
    english = English(german_window.controller.plan)
    squeezed: list[str] = []
    assert english.escaped(_view_texts(german_window, squeezed)) == []
    assert squeezed == []


def test_a_clipped_button_is_found(german_window, qtbot) -> None:
    german_window.show_view("budget")
    planted = QPushButton("Kostenentwicklung anzeigen", german_window.views["budget"])
    planted.setFixedWidth(60)
    planted.show()
    qtbot.waitExposed(planted)
    QApplication.processEvents()
    assert [c.split(":")[0] for c in clipped(german_window)] == [
        "QPushButton 'Kostenentwicklung anzeigen'"]


def test_a_planted_english_label_is_found(german_window) -> None:
    english = English(german_window.controller.plan)
    german_window.show_view("budget")
    planted = QLabel("Forecast of the remaining work", german_window.views["budget"])
    planted.show()
    assert english.escaped(shown_texts(german_window)) == [
        "QLabel  label: 'Forecast of the remaining work'"]


def _german_action(main: MainWindow, view: str, name: str) -> QAction:
    widget = main.views[view]
    for action in (*main.findChildren(QAction), *widget.findChildren(QAction),
                   *widget.actions()):
        source = i18n.english_source(action.text(), "de")
        if source is not None and source[1].replace("&", "") == name:
            return action
    raise AssertionError(f"no German action for {name!r} in the {view} view")


@pytest.mark.parametrize("view, name", CASES, ids=[f"{v}-{n}" for v, n in CASES])
def test_every_dialog_speaks_german(view, name, qtbot, german_window, on_modal) -> None:
    english = English(german_window.controller.plan)
    german_window.show_view(view)
    select_something(german_window, view)
    read: list[tuple[str, str]] = []

    squeezed: list[str] = []

    def look(dialog: QWidget) -> None:
        read.extend(shown_texts(dialog))
        squeezed.extend(clipped(dialog))
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is dialog or dialog.isAncestorOf(focus))
        qtbot.keyClick(focus if inside else dialog, Qt.Key.Key_Escape)

    check = on_modal(look)
    _german_action(german_window, view, name).trigger()
    qtbot.waitUntil(lambda: bool(read), timeout=5000)
    check()
    assert english.escaped(read) == []
    assert squeezed == []
