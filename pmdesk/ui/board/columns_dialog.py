"""Board Columns: add, rename, reorder and delete columns, set WIP limits and the done column.

Each change is its own undo step, made as soon as the user makes it, so the board behind
the dialog follows along and Undo takes back exactly one change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.board import (
    add_column_patch,
    build_board,
    delete_column_patch,
    edit_column_patch,
    move_column_patch,
    ordered_columns,
)
from pmdesk.core.patch import ChangeSet, Patch


class ColumnsDialog(QDialog):
    """The board's columns, edited one undoable change at a time."""

    def __init__(self, controller, column_uid: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Board Columns"))
        self.list = QListWidget()
        self.list.setObjectName("columnList")
        self.list.currentRowChanged.connect(self._show_current)
        self.name = QLineEdit()
        self.name.editingFinished.connect(self._apply_fields)
        self.limit = QSpinBox()
        self.limit.setRange(0, 999)
        self.limit.setSpecialValueText(self.tr("No limit"))
        self.limit.setToolTip(
            self.tr("Most cards the column should hold; the header warns above it"))
        self.limit.editingFinished.connect(self._apply_fields)
        self.done_check = QCheckBox(self.tr("Cards here are done (100 %, actual finish set)"))
        self.done_check.toggled.connect(self._apply_fields)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add_column)
        self.up_button = QPushButton(self.tr("Move &Left"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move &Right"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        self.target = QComboBox()
        self.target.setToolTip(self.tr("Where the cards of a deleted column go"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #ae2a19;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&WIP limit:"), self.limit)
        form.addRow("", self.done_check)
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.up_button, 0, 1)
        buttons.addWidget(self.down_button, 0, 2)
        delete_row = QHBoxLayout()
        delete_row.addWidget(self.delete_button)
        delete_row.addWidget(QLabel(self.tr("moving its cards to")))
        delete_row.addWidget(self.target, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addLayout(delete_row)
        right.addWidget(self.message)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        controller.changed.connect(self._on_changed)
        self._fill(column_uid)

    def _columns(self):
        return ordered_columns(self.controller.plan)

    def current_uid(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.board or changes.task_uids:
            self._fill(self.current_uid())

    def _fill(self, select: str | None) -> None:
        counts = build_board(self.controller.plan).counts
        self.list.blockSignals(True)
        self.list.clear()
        for c in self._columns():
            facts = [self.tr("{} cards").format(counts.get(c.uid, 0))]
            if c.wip_limit is not None:
                facts.append(self.tr("WIP {}").format(c.wip_limit))
            if c.done:
                facts.append(self.tr("done"))
            item = QListWidgetItem(f"{c.name}  ({', '.join(facts)})")
            item.setData(Qt.ItemDataRole.UserRole, c.uid)
            self.list.addItem(item)
            if c.uid == select:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def _show_current(self, *_args) -> None:
        uid = self.current_uid()
        column = next((c for c in self._columns() if c.uid == uid), None)
        for w in (self.name, self.limit, self.done_check, self.up_button, self.down_button,
                  self.delete_button, self.target):
            w.setEnabled(column is not None and not self.controller.read_only)
        self.add_button.setEnabled(not self.controller.read_only)
        if column is None:
            return
        for w in (self.name, self.limit, self.done_check):
            w.blockSignals(True)
        self.name.setText(column.name)
        self.limit.setValue(column.wip_limit or 0)
        self.done_check.setChecked(column.done)
        for w in (self.name, self.limit, self.done_check):
            w.blockSignals(False)
        self.target.clear()
        for c in self._columns():
            if c.uid != uid:
                self.target.addItem(c.name, c.uid)
        self.delete_button.setEnabled(self.target.count() > 0 and not self.controller.read_only)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _edit(self, text: str, patch: Patch) -> bool:
        """Make the edit; a refusal is said in the dialog."""
        result = self.controller.edit(text, patch, report=False)
        if not result and result.reason:
            self._say(result.reason)
        return result.made

    def _apply_fields(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        try:
            patch = edit_column_patch(self.controller.plan, uid, name=self.name.text(),
                                      wip_limit=self.limit.value() or None,
                                      done=self.done_check.isChecked())
        except ValueError as exc:
            self._say(str(exc))
            return
        self._say("")
        if not patch.is_empty():
            self._edit(self.tr("Change column {}").format(self.name.text().strip()), patch)

    def add_column(self, name: str = "") -> str | None:
        names = {c.name for c in self._columns()}
        name = name or next(f"Column {n}" for n in range(1, 999) if f"Column {n}" not in names)
        index = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        patch, uid = add_column_patch(self.controller.plan, name, index=index)
        if not self._edit(self.tr("Add column {}").format(name), patch):
            return None
        self._fill(uid)
        self.name.setFocus()
        self.name.selectAll()
        return uid

    def move_current(self, step: int) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        index = self.list.currentRow() + step
        if not 0 <= index < self.list.count():
            return
        name = self.name.text()
        self._edit(self.tr("Move column {}").format(name),
                   move_column_patch(self.controller.plan, uid, index))
        self._fill(uid)

    def delete_current(self) -> None:
        uid, target = self.current_uid(), self.target.currentData()
        if uid is None or target is None:
            return
        try:
            patch = delete_column_patch(self.controller.plan, uid, target,
                                        now=datetime.now().replace(second=0, microsecond=0),
                                        schedule=self.controller.schedule)
        except ValueError as exc:
            self._say(str(exc))
            return
        self._edit(self.tr("Delete column {}").format(self.name.text()), patch)
        self._fill(target)
