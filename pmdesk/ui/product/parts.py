"""Small widgets the Product view's tabs share: a row of buttons for actions, a filter
choice."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSplitter, QWidget

from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product.columns import Backlog
from pmdesk.ui.layouts import column

__all__ = ["ProductTab", "button_row", "filter_combo", "refill_combo"]


class ProductTab(QWidget):
    """A tab of the Product view: its ``key`` (``show_tab``, ``--view``), its ``title``,
    the commands it offers in the Product menu, and how it follows an edit."""

    key = ""
    title = ""

    def __init__(self, view: Any) -> None:
        super().__init__()
        self.view = view
        self.controller = view.controller

    def menu_actions(self) -> list[QAction | None]:
        """Its commands for the Product menu, None between groups."""
        return []

    def refresh(self, changes: ChangeSet, backlog: Backlog) -> None:
        """Show the project after ``changes``; ``backlog`` is worked out once for all."""

    def delete_chosen(self, table: Any, kind: str, text: Callable[[list[Any]], str]) -> None:
        """Delete the rows chosen in ``table`` (a RecordTable of rows of ``kind``) as one
        edit, named ``text(rows)``; nothing when no row is chosen."""
        rows = table.chosen()
        if rows:
            self.controller.edit(text(rows), Patch.of({}, {kind: [r.uid for r in rows]}))

    def lay_out(self, toolbar: QWidget, table: QWidget, count: QWidget,
                side: Sequence[QWidget], side_sizes: list[int] | None,
                sizes: list[int]) -> QSplitter:
        """The tab's layout: ``toolbar`` on top; under it the table with its ``count``
        below on the left, the ``side`` widgets stacked on the right. Returns the splitter
        between table and side."""
        stack = QSplitter(Qt.Orientation.Vertical)
        for widget in side:
            stack.addWidget(widget)
        if side_sizes is not None:
            stack.setSizes(side_sizes)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(column((table, 1), count))
        split.addWidget(stack)
        split.setSizes(sizes)
        column(toolbar, (split, 1), into=self)
        return split


def button_row(*actions: QAction) -> QHBoxLayout:
    """Buttons for ``actions`` (their text, their tip as tooltip), left aligned: the same
    commands as the menu, where the eye is."""
    row = QHBoxLayout()
    for action in actions:
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
        row.addWidget(button)
    row.addStretch(1)
    return row


def filter_combo(everything: str, items: Sequence[tuple[str, Any]],
                 changed: Callable[[], object]) -> QComboBox:
    """A filter's choice: ``everything`` (no filter, data None) then ``items``."""
    combo = QComboBox()
    combo.setMaximumWidth(200)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    combo.addItem(everything, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.currentIndexChanged.connect(lambda _i: changed())
    return combo


def refill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], keep: int = 0) -> None:
    """Replace ``combo``'s items after the first ``keep`` with ``items``, keeping the
    choice where it is still offered (else the first item), without signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        while combo.count() > keep:
            combo.removeItem(keep)
        for label, value in items:
            combo.addItem(label, value)
        at = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(at, 0))
    finally:
        combo.blockSignals(False)
