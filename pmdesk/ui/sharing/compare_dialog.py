"""File ▸ Compare With…: what changed between another version and this project.

The changes are grouped (Tasks, Dates, Progress, Links, Risks, Budget and costs, ...),
filtered by typed words and by group; a double-click (or Enter) selects the changed row
in its view; Copy Digest puts a few lines for a status e-mail on the clipboard.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.merge import Change

_ROLE = Qt.ItemDataRole.UserRole


class _ChangeTree(QTreeWidget):
    """The change list; Enter opens the current change as a double-click does."""

    activatedChange = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            item = self.currentItem()
            if item is not None and item.data(0, _ROLE) is not None:
                self.activatedChange.emit(item.data(0, _ROLE))
                return
        super().keyPressEvent(event)


class CompareDialog(QDialog):
    """The changes from ``other`` (named ``other_name``) to this project.
    ``reveal(change)`` selects a change's row in its view."""

    def __init__(self, changes: list[Change], digest: str, other_name: str,
                 reveal: Callable[[Change], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare With {}").format(other_name))
        self.setObjectName("compareDialog")
        self._changes = changes
        self._digest = digest
        self._reveal = reveal
        self._groups: list[QTreeWidgetItem] = []
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Changes from {} to this project: {}").format(other_name, len(changes)))
        heading.setObjectName("compareHeading")
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("compareFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: words in the task, field or values"))
        self.filter_edit.textChanged.connect(self._refill)
        self.group_box = QComboBox()
        self.group_box.setObjectName("compareGroup")
        self.group_box.addItem(self.tr("All groups"), None)
        for group in dict.fromkeys(c.group for c in changes):
            self.group_box.addItem(group, group)
        self.group_box.currentIndexChanged.connect(self._refill)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.group_box)
        layout.addLayout(row)
        self.tree = _ChangeTree()
        self.tree.setObjectName("compareTree")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Was"), self.tr("Is now")])
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 150)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.activatedChange.connect(self._reveal)
        layout.addWidget(self.tree, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy &Digest"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy a short summary for a status e-mail"))
        self.copy_button.clicked.connect(self.copy_digest)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._refill()

    def shown_changes(self) -> list[Change]:
        """The changes the list shows now, in order."""
        return [item.data(0, _ROLE) for top in self._groups for item in
                (top.child(j) for j in range(top.childCount())) if item is not None]

    def copy_digest(self) -> None:
        QGuiApplication.clipboard().setText(self._digest)

    def _matches(self, change: Change, words: list[str], group: str | None) -> bool:
        if group is not None and change.group != group:
            return False
        text = f"{change.text()} {change.old} {change.new}".casefold()
        return all(w in text for w in words)

    def _refill(self, *_args: object) -> None:
        words = self.filter_edit.text().casefold().split()
        group_filter = self.group_box.currentData()
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for change in self._changes:
            if not self._matches(change, words, group_filter):
                continue
            parent = groups.get(change.group)
            if parent is None:
                parent = groups[change.group] = QTreeWidgetItem([change.group])
                self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([_headline(change), change.old, change.new])
            item.setData(0, _ROLE, change)
            item.setToolTip(0, change.text())
            parent.addChild(item)
        self._groups = list(groups.values())
        for top in self._groups:
            top.setText(0, f"{top.text(0)} ({top.childCount()})")
            top.setExpanded(True)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        change = item.data(0, _ROLE)
        if change is not None:
            self._reveal(change)


def _headline(change: Change) -> str:
    if change.field:
        return f"{change.name}: {change.field.replace('_', ' ')} ({change.action})"
    return f"{change.name}: {change.action}"
