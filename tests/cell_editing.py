"""Typing into a table cell as a user does, for GUI tests: F2 opens the cell's editor, the
text replaces what is there, Enter commits it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def edit_current_cell(qtbot, table, text: str) -> None:
    """With the focus on ``table``: F2 on its current cell, ``text`` typed over the cell's
    text, Enter (under a real window manager, focus reaches the editor a moment later)."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() not in (None, table))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop


def type_into_cell(qtbot, table, index, text: str) -> None:
    """Make ``index`` the current cell of ``table`` and type ``text`` into it."""
    table.setFocus()
    table.setCurrentIndex(index)
    edit_current_cell(qtbot, table, text)
