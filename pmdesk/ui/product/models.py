"""The product layer's tables as Qt models over declared columns.

Each holds core values (never live rows), reads its cells through one
:class:`~pmdesk.core.product.columns.Backlog` worked out once per change, and turns a typed
cell into one patch, one undo step; a refused edit says which row and field.

The backlog lists the features in rank order: after an edit that re-ranks them the rows
are re-ordered in one layout change (selections follow their features), not reset.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product import edits
from pmdesk.core.product.columns import (
    FEATURE_COLUMNS,
    INSIGHT_COLUMNS,
    KEY_RESULT_COLUMNS,
    OBJECTIVE_COLUMNS,
    Backlog,
)
from pmdesk.core.product.model import Feature, FeatureStatus
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.choices import CHOICES_ROLE, FREE_TEXT_ROLE
from pmdesk.ui.columns import SORT_ROLE, RecordTableModel, shown_text
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, undo_words
from pmdesk.ui.product.table import FILTER_ROLE
from pmdesk.ui.rowsync import follow_rows

__all__ = ["FEATURE_MIME", "FeatureModel", "InsightModel", "KeyResultModel",
           "ObjectiveModel", "ProductContext"]

FEATURE_MIME = "application/x-pmdesk-feature"
# What can change a feature's roll-up from its tasks, besides the product layer itself.
_PLAN_FLAGS = ("product", "tasks", "dependencies", "calendars", "resources", "assignments")
_MUTED = QColor("#80868b")
_PIN = QColor("#6a1b9a")
# The undo steps of pinning a feature at a rank of the backlog and of letting it go.
PIN = QT_TRANSLATE_NOOP("Undo", "Pin “{name}” at rank {rank}")
UNPIN = QT_TRANSLATE_NOOP("Undo", "Unpin “{name}”")
_CONFIDENTIAL = QColor("#fff4e5")


class ProductContext(QObject):
    """The one :class:`Backlog` the product tables read, renewed after each change before
    they refresh (so ranking and roll-ups are worked out once, not once per table)."""

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.backlog = Backlog(controller.plan, controller.schedule)

    def renew(self) -> Backlog:
        self.backlog = Backlog(self.controller.plan, self.controller.schedule,
                               previous=self.backlog)
        return self.backlog


# The roles the declared columns answer; a view asks for a dozen more per cell (icons,
# check states, size hints, ...), answered here without a look at the row.
_ANSWERED = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, SORT_ROLE, CHOICES_ROLE,
    FREE_TEXT_ROLE, FILTER_ROLE,
})
# What Qt's item delegate asks of every cell it paints, in one call (multiData), in this
# order; the positions of the roles a product table answers.
_PAINTED = (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
            Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.BackgroundRole)
_STYLED = ((0, Qt.ItemDataRole.FontRole), (2, Qt.ItemDataRole.ForegroundRole),
           (6, Qt.ItemDataRole.BackgroundRole))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TYPED = _READ | Qt.ItemFlag.ItemIsEditable


class _ProductModel(RecordTableModel):
    follows: tuple[str, ...] = ("product", "project")

    def data(self, index: CellIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:
            return None
        if role == FILTER_ROLE:
            row = index.row()
            return "1" if 0 <= row < len(self._rows) and self.row_filter(self._rows[row]) \
                else "0"
        return super().data(index, role)

    def row_filter(self, value: Any) -> bool:
        """Whether the table's filter shows this row (its proxy sets it)."""
        return True

    def paint_data(self, row: int, column: int, span: Any) -> None:
        """Every role a delegate paints a cell with, in one call: a table of thousands of
        rows repaints after each edit, and a call per role and cell is what it costs."""
        if not (0 <= row < len(self._rows) and 0 <= column < len(self.columns)):
            return
        if len(span) != len(_PAINTED) or span[0].role() != _PAINTED[0] \
                or span[5].role() != _PAINTED[5]:
            index = self.index(row, column)
            for item in span:
                item.setData(self.data(index, item.role()))
            return
        value = self._rows[row]
        col = self.columns[column]
        # Every role this model answers is set, None included: Qt hands the same span
        # from cell to cell, so a role left alone would keep the last cell's value.
        span[5].setData(shown_text(col, col.text(self.context(), value)))
        span[1].setData(_RIGHT if col.right else None)
        for at, role in _STYLED:
            span[at].setData(self.style(value, col, role))

    def multiData(self, index: CellIndex, roleDataSpan: Any) -> None:
        self.paint_data(index.row(), index.column(), roleDataSpan)

    def column_flags(self, column: int) -> Qt.ItemFlag:
        """A cell's flags, the same down a column (``-1``: the table itself); asked for
        every cell painted, so worked out once per column and read-only state."""
        read_only = bool(self.controller.read_only)
        table = self._flag_table.get(read_only)
        if table is None:
            table = [self.flags_for(c, read_only) for c in range(len(self.columns))]
            table.append(self.flags_for(-1, read_only))
            self._flag_table[read_only] = table
        return table[column]

    def flags_for(self, column: int, read_only: bool) -> Qt.ItemFlag:
        if column < 0:
            return Qt.ItemFlag.NoItemFlags
        return _TYPED if self.columns[column].editable and not read_only else _READ

    def flags(self, index: CellIndex) -> Qt.ItemFlag:
        return self.column_flags(index.column() if index.isValid() else -1)

    def __init__(self, controller, context: ProductContext,
                 parent: QObject | None = None) -> None:
        self.shared = context
        self._flag_table: dict[bool, list[Qt.ItemFlag]] = {}
        super().__init__(controller, parent)

    def context(self) -> Backlog:
        return self.shared.backlog

    def _on_changed(self, changes: ChangeSet) -> None:
        """The view renews the shared context first, then calls :meth:`refresh`."""

    def refresh(self, changes: ChangeSet) -> None:
        if changes.project or any(getattr(changes, flag) for flag in self.follows):
            self._sync()


class FeatureModel(_ProductModel):
    """The backlog in rank order, pins held; every score input is an editable column."""

    kind = "features"
    columns = FEATURE_COLUMNS
    noun = "feature"
    follows = _PLAN_FLAGS

    def plan_rows(self) -> list:
        return [r.feature for r in self.context().ranking]

    def row_name(self, row: int, value: Feature) -> str:
        return f"Feature {value.title!r}"

    def undo_text(self, column, value: Feature) -> str:
        return self.named_undo_text(column, value.title)

    def commit(self, old: Feature, new: Feature, text: str) -> bool:
        if old.pinned_rank != new.pinned_rank:
            patch = edits.move_to_rank(self.context().ranking, old.uid, new.pinned_rank)
            text = (undo_words(PIN, name=old.title, rank=new.pinned_rank) if new.pinned_rank
                    else undo_words(UNPIN, name=old.title))
            return bool(self.controller.edit(text, patch))
        return bool(self.controller.edit(text, Patch(features=(new,))))

    def feature(self, row: int) -> Feature:
        return self._rows[row]

    def style(self, value: Feature, column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key in ("rank", "pin") and value.pinned_rank is not None:
                return QBrush(_PIN)
            if value.status in (FeatureStatus.DROPPED, FeatureStatus.LAUNCHED):
                return QBrush(_MUTED)
        if role == Qt.ItemDataRole.FontRole and column.key == "rank" and value.pinned_rank:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def refresh(self, changes: ChangeSet) -> None:
        if changes.project or changes.product:
            self._sync()
        elif any(getattr(changes, flag) for flag in self.follows) and self._rows:
            # The schedule moved: only the columns rolled up from tasks read differently.
            first = self.columns.index("start")
            self.dataChanged.emit(self.index(0, first),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _sync(self) -> None:
        """Follow the ranking: a re-rank of the same features is one layout change that
        keeps selections on their features (and repaints every row); otherwise only the
        rows that changed are repainted, or the base model follows additions and
        removals."""
        new = self.plan_rows()
        uid = attrgetter("uid")
        new_uids, old_uids = list(map(uid, new)), list(map(uid, self._rows))
        if len(new) == len(self._rows) and set(new_uids) == set(old_uids):
            if new_uids != old_uids:
                self.layoutAboutToBeChanged.emit()
                where = dict(zip(new_uids, range(len(new_uids)), strict=True))
                moved = self.persistentIndexList()
                targets = [self.index(where[old_uids[i.row()]], i.column()) for i in moved]
                self._rows[:] = new
                self.changePersistentIndexList(moved, targets)
                self.layoutChanged.emit()
                return
            changed = [i for i, (a, b) in enumerate(zip(self._rows, new, strict=True))
                       if a is not b]
            self._rows[:] = new
            last = len(self.columns) - 1
            for row in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            if changed:  # a score or a pin can change the score and pin cells of others
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, 1))
            return
        if follow_rows(self, self._rows, new) is None:
            return
        self.repaint_all()

    # -- dragging a row pins it where it is dropped --------------------------------------

    def flags_for(self, column: int, read_only: bool) -> Qt.ItemFlag:
        flags = super().flags_for(column, read_only)
        if column >= 0 and not read_only:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [FEATURE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        uids = list(dict.fromkeys(self._rows[i.row()].uid for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(FEATURE_MIME, QByteArray(json.dumps(uids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: CellIndex) -> bool:
        return data.hasFormat(FEATURE_MIME) and not self.controller.read_only

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: CellIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            uids = json.loads(bytes(data.data(FEATURE_MIME).data()).decode())
        except ValueError:
            return False
        uid = uids[0] if uids else ""
        current = next((i for i, f in enumerate(self._rows) if f.uid == uid), None)
        if current is None:
            return False
        if parent.isValid():  # dropped on a row: take its place
            rank = parent.row() + 1
        elif row < 0:  # below the last row
            rank = len(self._rows)
        else:  # between rows: before ``row``, which moves up once this one leaves
            rank = row if row > current else row + 1
        return self.pin_at(uid, rank)

    def pin_at(self, uid: str, rank: int) -> bool:
        """Pin the feature ``uid`` at ``rank`` (1 = top) as one undo step."""
        feature = next((f for f in self._rows if f.uid == uid), None)
        if feature is None:
            return False
        rank = max(1, min(rank, len(self._rows)))
        try:
            patch = edits.move_to_rank(self.context().ranking, uid, rank)
        except edits.ProductError as exc:
            self.controller.error.emit(str(exc))
            return False
        return bool(self.controller.edit(undo_words(PIN, name=feature.title, rank=rank), patch))


class InsightModel(_ProductModel):
    """User research, in the order it was recorded; personal data marked confidential.

    A patch replaces only the plan's lists of the kinds it touches, so an edit of a
    feature's score leaves ``plan.insights`` the same list: then only the column naming
    the features (their titles may have changed) is repainted, not twenty thousand rows
    compared and re-filtered."""

    kind = "insights"
    columns = INSIGHT_COLUMNS
    noun = "insight"

    def __init__(self, controller, context: ProductContext,
                 parent: QObject | None = None) -> None:
        super().__init__(controller, context, parent)
        self._seen = (controller.plan.insights, controller.plan.insight_links)

    def refresh(self, changes: ChangeSet) -> None:
        plan = self.controller.plan
        seen = (plan.insights, plan.insight_links)
        if changes.project or seen[0] is not self._seen[0] or seen[1] is not self._seen[1]:
            self._seen = seen
            self._sync()
        elif changes.product and self._rows:
            col = self.columns.index("features")
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def insight(self, row: int):
        return self._rows[row]

    def style(self, value, column, role: int) -> Any:
        if value.personal and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_CONFIDENTIAL)
        if value.personal and role == Qt.ItemDataRole.ToolTipRole and column.key != "text":
            return "Confidential: holds personal data; a shared copy can leave it out"
        return None


class ObjectiveModel(_ProductModel):
    kind = "objectives"
    columns = OBJECTIVE_COLUMNS
    noun = "objective"


class KeyResultModel(_ProductModel):
    kind = "key_results"
    columns = KEY_RESULT_COLUMNS
    noun = "key result"

    def row_name(self, row: int, value) -> str:
        return f"Key result {value.metric!r}"
