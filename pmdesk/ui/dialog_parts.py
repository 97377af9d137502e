"""Pieces every editing dialog has: the red line that names what is wrong, OK and Cancel
(OK disabled on a read-only project), tabs of labelled fields, the Add/Remove buttons
under a table, the lines of a list the user ticks (and which are ticked), a field for a
few lines of text and the file a command asks for; and the search fields and drop-down
lists of the views' toolbars."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #c62828;"


def error_label(object_name: str, hidden: bool = False) -> QLabel:
    """The dialog's error line: red, wrapped, empty until something is refused."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label


def ok_cancel(dialog: QDialog, read_only: bool = False) -> QDialogButtonBox:
    """OK and Cancel wired to ``dialog``; OK is off when the project is read-only."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    if read_only:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
    return buttons


def tabbed_body(dialog: QDialog, pages: Iterable[tuple[QWidget, str]], error: QLabel,
                read_only: bool = False, tabs_stretch: int = 0,
                ) -> tuple[QTabWidget, QDialogButtonBox]:
    """Lay out a dialog of tabs: the ``pages`` (widget, title), under them the ``error``
    line and OK and Cancel. Returns the tabs and the buttons."""
    tabs = QTabWidget()
    for page, title in pages:
        tabs.addTab(page, title)
    buttons = ok_cancel(dialog, read_only)
    box = QVBoxLayout(dialog)
    box.addWidget(tabs, tabs_stretch)
    box.addWidget(error)
    box.addWidget(buttons)
    return tabs, buttons


def table_page(table: QWidget, buttons: QLayout) -> QWidget:
    """A tab of a dialog that is a table taking the height, its Add/Remove row under it."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addWidget(table, 1)
    box.addLayout(buttons)
    return page


def add_rows(form: QFormLayout, *rows: tuple[str, QWidget | QLayout]) -> QFormLayout:
    """Each (label, field) a row of ``form``, top to bottom (a label's ``&`` letter moves
    to its field); returns ``form``."""
    for label, field in rows:
        form.addRow(label, field)
    return form


def form_page(*rows: tuple[str, QWidget | QLayout]) -> QWidget:
    """A tab of a dialog: each (label, field) a row, top to bottom."""
    page = QWidget()
    add_rows(QFormLayout(page), *rows)
    return page


def check_item(text: str, data: object, checked: bool) -> QListWidgetItem:
    """A line of a list the user ticks: ``text``, carrying ``data`` (the user role), ticked
    when ``checked``."""
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, data)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def text_box(text: str, height: int | None = None) -> QPlainTextEdit:
    """A field of a form for a few lines of ``text`` (``height`` pixels tall when given):
    Tab moves on to the next field, as it does from a line field, rather than typing a tab."""
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    if height is not None:
        box.setFixedHeight(height)
    return box


def ticked(items: QListWidget) -> list[Any]:
    """The data (user role) of the lines of ``items`` the user ticked, top to bottom: what a
    list of :func:`check_item` lines was filled with, read back."""
    return [items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(items.count())
            if items.item(i).checkState() == Qt.CheckState.Checked]


def ask_file(parent: QWidget, title: str, filters: str, suggested: str = "",
             save: bool = False) -> Path | None:
    """The file the user picks in the Open dialog (with ``save``, the Save dialog), starting
    at ``suggested``; None when they cancel."""
    pick = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    path, _ = pick(parent, title, suggested, filters)
    return Path(path) if path else None


def pick_box(tip: str, items: Iterable[tuple[str, object]] = (),
             object_name: str = "") -> QComboBox:
    """A drop-down list of (label, value) items, with a tooltip saying what it picks."""
    combo = QComboBox()
    if object_name:
        combo.setObjectName(object_name)
    combo.setToolTip(tip)
    for label, value in items:
        combo.addItem(label, value)
    return combo


class SearchField(QLineEdit):
    """A filter or find box that a crowded toolbar does not squeeze below its hint: the
    toolbar moves what does not fit into its » menu instead, so the box stays usable."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        words = self.fontMetrics().horizontalAdvance(self.placeholderText())
        # the frame, the text margins and the clear button beside the words
        wide = words + 2 * self.fontMetrics().height() + 16
        return QSize(min(max(hint.width(), wide), self.maximumWidth()), hint.height())


def search_field(placeholder: str, max_width: int | None = None,
                 object_name: str = "") -> QLineEdit:
    """A filter or find box: a hint while empty and a button that clears it; in a toolbar,
    ``max_width`` keeps it from taking the whole bar, and it keeps room for its hint."""
    field = SearchField()
    if object_name:
        field.setObjectName(object_name)
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    if max_width is not None:
        field.setMaximumWidth(max_width)
    return field


def add_remove_row(add_text: str, on_add: Callable[[], object], remove_text: str,
                   on_remove: Callable[[], object],
                   ) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """The row under a table: an Add and a Remove button, left-aligned."""
    add = QPushButton(add_text)
    add.clicked.connect(lambda: on_add())
    remove = QPushButton(remove_text)
    remove.clicked.connect(lambda: on_remove())
    row = QHBoxLayout()
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row, add, remove
