"""File ▸ Compare With…: what changed between another version and this project.

The changes are grouped (Tasks, Dates, Progress, Links, Risks, Budget and costs, ...),
filtered by typed words and by group; a double-click (or Enter) selects the changed row
in its view; Copy Digest puts a few lines for a status e-mail on the clipboard.

The rows are made once; filtering hides and shows them, after a short pause in typing
when the list is long, so each keystroke stays quick on a diff of thousands of changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
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
# From this many changes on, the filter waits for a pause in typing (milliseconds).
_LONG_LIST = 2000
_PAUSE_MS = 150


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
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._items: list[QTreeWidgetItem] = []
        self._texts: list[str] | None = None  # each change's words, when first filtered
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(_PAUSE_MS if len(changes) >= _LONG_LIST else 0)
        self._pause.timeout.connect(self._apply_filter)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("Changes from {} to this project: {}").format(other_name, len(changes)))
        heading.setObjectName("compareHeading")
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("compareFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: words in the task, field or values"))
        self.filter_edit.textChanged.connect(self._pause.start)
        self.group_box = QComboBox()
        self.group_box.setObjectName("compareGroup")
        self.group_box.addItem(self.tr("All groups"), None)
        for group in dict.fromkeys(c.group for c in changes):
            self.group_box.addItem(group, group)
        self.group_box.currentIndexChanged.connect(self._pause.start)
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
        self._fill()

    def shown_changes(self) -> list[Change]:
        """The changes the list shows (once the filter typed so far is applied), in order."""
        if self._pause.isActive():
            self._pause.stop()
            self._apply_filter()
        return [item.data(0, _ROLE) for item in self._items if not item.isHidden()]

    def copy_digest(self) -> None:
        QGuiApplication.clipboard().setText(self._digest)

    def _fill(self) -> None:
        """Make every change's row once, under its group."""
        groups = self._groups
        for change in self._changes:
            parent = groups.get(change.group)
            if parent is None:
                parent = groups[change.group] = QTreeWidgetItem([change.group])
                self.tree.addTopLevelItem(parent)
            item = QTreeWidgetItem([_headline(change), change.old, change.new])
            item.setData(0, _ROLE, change)
            item.setToolTip(0, change.text())
            parent.addChild(item)
            self._items.append(item)
        for group, top in groups.items():
            top.setText(0, f"{group} ({top.childCount()})")
            top.setExpanded(True)

    def _apply_filter(self) -> None:
        """Hide the rows the typed words and the chosen group leave out; only rows whose
        state changes are touched."""
        words = self.filter_edit.text().casefold().split()
        group_filter = self.group_box.currentData()
        if self._texts is None:
            self._texts = [f"{c.text()} {c.old} {c.new}".casefold() for c in self._changes]
        counts = dict.fromkeys(self._groups, 0)
        for change, text, item in zip(self._changes, self._texts, self._items, strict=True):
            shown = (group_filter is None or change.group == group_filter) and all(
                w in text for w in words)
            if shown:
                counts[change.group] += 1
            if item.isHidden() == shown:
                item.setHidden(not shown)
        for group, top in self._groups.items():
            top.setText(0, f"{group} ({counts[group]})")
            top.setHidden(counts[group] == 0)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        change = item.data(0, _ROLE)
        if change is not None:
            self._reveal(change)


def _headline(change: Change) -> str:
    if change.field:
        return f"{change.name}: {change.field.replace('_', ' ')} ({change.action})"
    return f"{change.name}: {change.action}"
