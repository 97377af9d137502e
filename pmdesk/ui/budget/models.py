"""Budget lines and actual cost entries as editable Qt table models.

Both hold core values (never live rows) and follow the controller's change sets; a typed
cell becomes one patch, one undo step, and a bad entry is refused with a message naming
the row and the field.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from pmdesk.core.model import BudgetLine, CostEntry
from pmdesk.core.money import format_money, money_edit_text, parse_money
from pmdesk.core.outline import summary_uids
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.ui.choices import CHOICES_ROLE
from pmdesk.ui.rowsync import follow_rows

NO_TASK = ""

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: parent of every row
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a date: use YYYY-MM-DD") from None


class _RowsModel(QAbstractTableModel):
    """Rows of one kind of plan value (``kind`` names the Plan list and the Patch field)."""

    kind = ""
    headers: tuple[str, ...] = ()
    right: frozenset[int] = frozenset()
    noun = "row"
    plural = "rows"

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rows: list = list(getattr(controller.plan, self.kind))
        controller.changed.connect(self._on_changed)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    @property
    def currency(self) -> str:
        return self.controller.plan.project.currency

    def row_value(self, row: int):
        return self._rows[row]

    def row_of(self, uid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers)):
            return self.headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(value, index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(value, index.column())
        if role == CHOICES_ROLE:
            return self.choices(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return _RIGHT
        return None

    def display(self, value, column: int) -> str:
        """The text a cell shows; each kind of row says its own."""
        raise NotImplementedError(self.kind)

    def edit_text(self, value, column: int) -> str:
        return self.display(value, column)

    def choices(self, column: int) -> list[tuple[str, str]] | None:
        return None

    def edited(self, value, column: int, text: str):
        """``value`` with ``text`` typed into ``column``; each kind of row says its own."""
        raise NotImplementedError(self.kind)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        old = self._rows[index.row()]
        column = index.column()
        try:
            new = self.edited(old, column, "" if value is None else str(value))
        except ValueError as exc:
            self.controller.error.emit(
                f"{self.noun.capitalize()} {index.row() + 1}, "
                f"{self.headers[column].lower()}: {exc}")
            return False
        if new == old:
            return False
        return self.controller.edit(f"Edit {self.noun} {self.headers[column].lower()}",
                                    Patch(**{self.kind: (new,)}))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.costs or changes.task_uids or changes.structure:
            self._sync()

    def _sync(self) -> None:
        """Follow the plan: removals, additions at the end, changed rows; else a reset."""
        if follow_rows(self, self._rows, list(getattr(self.controller.plan, self.kind))) is None:
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.headers) - 1))


class BudgetColumn(IntEnum):
    CATEGORY = 0
    AMOUNT = 1
    NOTE = 2


class BudgetLineModel(_RowsModel):
    """The project's budget, one line per cost category."""

    kind = "budget_lines"
    headers = ("Category", "Budget", "Note")
    right = frozenset({BudgetColumn.AMOUNT})
    noun = "budget line"
    plural = "budget lines"

    def display(self, value: BudgetLine, column: int) -> str:
        if column == BudgetColumn.CATEGORY:
            return value.category
        if column == BudgetColumn.AMOUNT:
            return format_money(value.amount, self.currency)
        return value.note

    def edit_text(self, value: BudgetLine, column: int) -> str:
        return money_edit_text(value.amount, self.currency) if column == BudgetColumn.AMOUNT \
            else self.display(value, column)

    def edited(self, value: BudgetLine, column: int, text: str) -> BudgetLine:
        if column == BudgetColumn.CATEGORY:
            if not text.strip():
                raise ValueError("a budget line needs a category")
            return replace(value, category=text.strip())
        if column == BudgetColumn.AMOUNT:
            amount = parse_money(text, self.currency)
            if amount < 0:
                raise ValueError("a budget cannot be negative")
            return replace(value, amount=amount)
        return replace(value, note=text.strip())


class EntryColumn(IntEnum):
    DATE = 0
    AMOUNT = 1
    CATEGORY = 2
    TASK = 3
    NOTE = 4


class CostEntryModel(_RowsModel):
    """Money actually spent: invoices, licences, trips, with the task they were for."""

    kind = "cost_entries"
    headers = ("Date", "Amount", "Category", "Task", "Note")
    right = frozenset({EntryColumn.AMOUNT})
    noun = "cost entry"
    plural = "cost entries"

    def _task_names(self) -> dict[str, str]:
        return {t.uid: t.name for t in self.controller.plan.tasks}

    def display(self, value: CostEntry, column: int) -> str:
        if column == EntryColumn.DATE:
            return value.on.isoformat()
        if column == EntryColumn.AMOUNT:
            return format_money(value.amount, self.currency)
        if column == EntryColumn.CATEGORY:
            return value.category
        if column == EntryColumn.TASK:
            return self._task_names().get(value.task_uid or "", "")
        return value.note

    def edit_text(self, value: CostEntry, column: int) -> str:
        if column == EntryColumn.AMOUNT:
            return money_edit_text(value.amount, self.currency)
        if column == EntryColumn.TASK:
            return value.task_uid or NO_TASK
        return self.display(value, column)

    def choices(self, column: int) -> list[tuple[str, str]] | None:
        if column == EntryColumn.TASK:
            plan = self.controller.plan
            summaries = summary_uids(plan.tasks)
            return [(NO_TASK, "(project)")] + [(t.uid, t.name) for t in plan.tasks
                                               if t.uid not in summaries]
        if column == EntryColumn.CATEGORY:
            names = [line.category for line in self.controller.plan.budget_lines]
            names += sorted({e.category for e in self._rows if e.category} - set(names))
            return [(n, n) for n in dict.fromkeys(names)] or None
        return None

    def edited(self, value: CostEntry, column: int, text: str) -> CostEntry:
        if column == EntryColumn.DATE:
            return replace(value, on=parse_day(text))
        if column == EntryColumn.AMOUNT:
            return replace(value, amount=parse_money(text, self.currency))
        if column == EntryColumn.CATEGORY:
            return replace(value, category=text.strip())
        if column == EntryColumn.TASK:
            uid = text.strip() or None
            if uid is not None and uid not in self._task_names():
                raise ValueError("no such task")
            return replace(value, task_uid=uid)
        return replace(value, note=text.strip())
