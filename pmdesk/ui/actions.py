"""Actions that belong to one view, with shortcuts that act only where the user works."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

# One key, a standard key, or several keys (the first is the one menus show).
ShortcutSpec = QKeySequence | QKeySequence.StandardKey | str | list[QKeySequence]


def _translate(parent: QWidget, text: str) -> str:
    """``text`` in the context of the parent's class, else of the class it derives from
    (the class whose code made the action: a table shared by several Product tabs)."""
    for cls in type(parent).__mro__:
        if cls.__module__.startswith("PySide6"):
            break
        shown = QCoreApplication.translate(cls.__name__, text)
        if shown != text:
            return shown
    return text


def new_action(parent: QWidget, text: str, shortcut: ShortcutSpec | None = None,
               tip: str = "") -> QAction:
    """An action with its keys and status-bar tip (its tooltip is the tip).

    ``text`` and ``tip`` go through Qt's translations in the context of the parent's class
    (``GanttView``, ``MainWindow``): the words of ``self._action("&Insert Task", ...)``
    in that class, which scripts/update_translations.py collects."""
    action = QAction(_translate(parent, text), parent)
    tip = _translate(parent, tip) if tip else tip
    if isinstance(shortcut, list):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def view_action(
    view: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcut: ShortcutSpec | None = None,
    tip: str = "",
    widgets: Sequence[QWidget] = (),
) -> QAction:
    """An action of ``view``. With ``widgets`` its shortcut fires only while one of them
    has focus (so Delete or Tab typed into a search box or a cell editor stays theirs);
    otherwise anywhere inside the view."""
    action = new_action(view, text, shortcut, tip)
    action.triggered.connect(lambda _=False: slot())
    if widgets:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for widget in widgets:
            widget.addAction(action)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        view.addAction(action)
    return action


def keys_of(action: QAction) -> str:
    """The keys that trigger ``action`` as its menu entry shows them ("Ctrl+Shift+R"), for
    a sentence that tells the user which to press."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
