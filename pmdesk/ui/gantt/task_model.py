"""The task sheet: a tree item model over the plan's outline, as in Microsoft Project.

The model holds core objects, never ORM rows, and keeps per-parent child lists and row maps
so ``index``, ``parent``, ``rowCount`` and ``data`` are O(1) on a 20,000-task plan. It
follows the controller's :class:`~pmdesk.core.patch.ChangeSet`: a date or field edit only
drops cached texts and repaints, an outline edit becomes the matching row inserts, removals
and moves (so the tree keeps what is expanded and selected), never a full reset.

Its columns are the task table's declared columns (:data:`pmdesk.core.columns.TASK_COLUMNS`):
headers, tooltips, alignment, cell texts, what an editor starts with and which cells take
typed text all come from there; the lookups the cells read are a
:class:`~pmdesk.core.columns.TaskTable` the model keeps up to date edit by edit. Typed cells
become patches in the core (:func:`pmdesk.core.outline_edit.typed_patch`, through
:meth:`TaskTableModel.patch_for`); a bad entry raises ``ValueError``
with the message the table shows under the cell, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from pmdesk.core.columns import (
    DEADLINE_MARK,
    OVERALLOCATED_MARK,
    TASK_COLUMNS,
    TaskColumn,
    TaskTable,
    grouped,
    progress_weights,
    task_columns,
)
from pmdesk.core.costs import assignment_cost, task_costs
from pmdesk.core.durations import TimeUnits
from pmdesk.core.entry import format_date
from pmdesk.core.model import Plan, Task
from pmdesk.core.outline import outline_shape, row_numbers, wbs_codes
from pmdesk.core.outline_edit import EntryContext, TaskField, typed_patch
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.schedule import ScheduleResult
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.choices import CHOICES_ROLE
from pmdesk.ui.columns import (
    choice_value,
    column_index,
    header_data,
    shown_choices,
    shown_text,
)
from pmdesk.ui.i18n import undo_words

__all__ = ["DEADLINE_MARK", "OVERALLOCATED_MARK", "UID_ROLE", "Column", "TaskTableModel"]

UID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invisible root: parent of top-level rows

# The declared columns by name, for code that means one of them (``Column.NAME``); made
# from the declarations, so it never needs a line of its own.
Column = column_index("Column", TASK_COLUMNS)


class _Parents:
    """``uid in parents``: whether the task has subtasks, read from the model's outline."""

    def __init__(self, model: TaskTableModel) -> None:
        self.model = model

    def __contains__(self, uid: object) -> bool:
        return bool(self.model._children.get(uid))  # type: ignore[call-overload]


class _RowTexts:
    """One task's cell texts, each made on first use: ``texts[column]``."""

    __slots__ = ("_columns", "_table", "_task", "_texts")

    def __init__(self, columns, table: TaskTable, task: Task) -> None:
        self._columns = columns
        self._table = table
        self._task = task
        self._texts: list[str | None] = [None] * len(columns)

    def __getitem__(self, column: int) -> str:
        text = self._texts[column]
        if text is None:
            col = self._columns[column]
            text = self._texts[column] = shown_text(col, col.text(self._table, self._task))
        return text


class _SheetTable(TaskTable):
    """The task table's lookups as the sheet keeps them: the controller's plan, schedule
    and calendar, and outline, links, assignments and roll-ups updated edit by edit."""

    def __init__(self, model: TaskTableModel) -> None:
        self._model = model
        self.baseline_number = 0
        self.date_text = format_date

    # The table's inputs, read live from the controller (TaskTable keeps them as fields).
    @property
    def plan(self) -> Plan:  # type: ignore[override]
        return self._model.controller.plan

    @property
    def schedule(self) -> ScheduleResult:  # type: ignore[override]
        return self._model.controller.schedule

    @property
    def units(self) -> TimeUnits:  # type: ignore[override]
        return TimeUnits.of(self.plan.project)

    @property
    def calendar(self):
        return self._model.controller.calendar()

    # -- kept up to date edit by edit ------------------------------------------------------

    def reload_links(self) -> None:
        self.seed(incoming=grouped(self.plan.dependencies, "successor_uid"))

    def reload_assignments(self) -> None:
        self.seed(assignments=grouped(self.plan.assignments, "task_uid"),
                  resources={r.uid: r for r in self.plan.resources})

    def recompute_rollups(self, parent_of: dict[str, str | None]) -> None:
        """Cost and % complete of every task, summaries rolled up from their children."""
        weight, done = progress_weights(self.plan.tasks, parent_of)
        # The same dictionaries: update_rollups keeps them current in place.
        self.seed(costs=task_costs(self.plan), progress=(weight, done))

    def _own_rollup(self, task: Task, summary: bool) -> tuple[Decimal, int, float]:
        """What ``task`` alone adds to its ancestors' cost, duration weight and work done."""
        if summary:
            return Decimal(task.fixed_cost), 0, 0.0
        cost = Decimal(task.fixed_cost)
        resources = self.resources
        for a in self.assignments.get(task.uid, ()):
            resource = resources.get(a.resource_uid)
            if resource is not None:
                cost += assignment_cost(task, a, resource)
        w = max(task.duration, 0)
        return cost, w, w * task.percent_complete / 100.0

    def update_rollups(self, old: dict[str, Task], new: dict[str, Task], uids: Iterable[str],
                       parent_of: dict[str, str | None], summaries: Container[str]) -> None:
        """Move each changed task's own contribution up its ancestor chain."""
        costs = self.costs
        weight, done = self.progress
        for uid in uids:
            before, after = old.get(uid), new.get(uid)
            if before is None or after is None:
                continue
            summary = uid in summaries
            c0, w0, d0 = self._own_rollup(before, summary)
            c1, w1, d1 = self._own_rollup(after, summary)
            dc, dw, dd = c1 - c0, w1 - w0, d1 - d0
            if not (dc or dw or dd):
                continue
            node: str | None = uid
            while node is not None:
                costs[node] = costs.get(node, Decimal(0)) + dc
                weight[node] = weight.get(node, 0) + dw
                done[node] = done.get(node, 0.0) + dd
                node = parent_of.get(node)



class TaskTableModel(QAbstractItemModel):
    """Tree of the plan's tasks with Microsoft Project's task sheet columns."""

    # Dates, slack, costs or roll-ups of any row may differ after this: repaint what shows.
    scheduleChanged = Signal()

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._next_id = 1
        self._id_of: dict[str, int] = {}
        self._uid_of: dict[int, str] = {}
        self._children: dict[str | None, list[str]] = {}
        self._parent_of: dict[str, str | None] = {}
        self._row_in_parent: dict[str, int] = {}
        self._dirty_parents: set[str | None] = set()
        self._display: dict[str, _RowTexts] = {}
        self._flags_for: bool | None = None
        self._leaf_flags: tuple[Qt.ItemFlag, ...] = ()
        self._summary_flags: tuple[Qt.ItemFlag, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)
        self.columns = task_columns()
        self.right_aligned = frozenset(i for i, c in enumerate(self.columns) if c.right)
        self.table = _SheetTable(self)
        self.table.seed(summaries=_Parents(self))
        # The tasks whose resources are over-allocated while they run (the view measures
        # usage and sets them).
        self.set_overallocated(())
        self._reload_structure()
        self.table.reload_links()
        self.table.reload_assignments()
        self.table.recompute_rollups(self._parent_of)
        controller.changed.connect(self.apply_changes)

    # -- derived data -----------------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        return self.controller.plan

    @property
    def units(self) -> TimeUnits:
        return TimeUnits.of(self.plan.project)

    def _id(self, uid: str) -> int:
        i = self._id_of.get(uid)
        if i is None:
            i = self._next_id
            self._next_id += 1
            self._id_of[uid] = i
            self._uid_of[i] = uid
        return i

    @property
    def baseline_number(self) -> int:
        """Which baseline the variance columns compare with."""
        return self.table.baseline_number

    @property
    def overallocated(self) -> frozenset[str]:
        return self.table.overallocated

    def set_baseline_number(self, number: int) -> None:
        """Compare the variance columns with baseline ``number`` (0-10)."""
        if number != self.table.baseline_number:
            self.table.baseline_number = number
            self._display.clear()
            self.scheduleChanged.emit()

    def set_overallocated(self, uids: Iterable[str]) -> None:
        """Flag these tasks in the indicator column."""
        uids = frozenset(uids)
        if uids != self.table.__dict__.get("overallocated"):
            self.table.seed(overallocated=uids)
            self._display.clear()
            self.scheduleChanged.emit()

    def _reload_structure(self) -> None:
        tasks = self.plan.tasks
        self._tasks: dict[str, Task] = {t.uid: t for t in tasks}
        self._parent_of, self._children = outline_shape(tasks)
        self._row_in_parent = {}
        self._dirty_parents = set(self._children)
        for uid in self._tasks:
            self._id(uid)
        self._renumber(tasks)

    def _renumber(self, tasks: list[Task]) -> None:
        self._row_numbers = row_numbers(tasks)
        self._by_row = {n: uid for uid, n in self._row_numbers.items()}
        self._wbs = wbs_codes(tasks)
        self.table.seed(row_numbers=self._row_numbers, wbs=self._wbs)
        self.table.forget("levels")

    # -- lookups for views ------------------------------------------------------------------

    def uid(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._uid_of.get(index.internalId())

    def index_of(self, uid: str, column: int = 0) -> QModelIndex:
        if uid not in self._parent_of:
            return QModelIndex()
        return self.createIndex(self._row(uid), column, self._id_of[uid])

    def children_of(self, uid: str | None) -> list[str]:
        """Child uids of ``uid`` (``None``: top level), in outline order; do not modify."""
        return self._children.get(uid, [])

    def parent_uid(self, uid: str) -> str | None:
        return self._parent_of.get(uid)

    def task(self, uid: str) -> Task | None:
        return self._tasks.get(uid)

    def is_summary(self, uid: str) -> bool:
        return bool(self._children.get(uid))

    def row_number(self, uid: str) -> int | None:
        return self._row_numbers.get(uid)

    def uid_for_row(self, number: int) -> str | None:
        return self._by_row.get(number)

    def resources_text(self, uid: str) -> str:
        return self._text_of(uid, "resources")

    def _text_of(self, uid: str, key: str) -> str:
        return self.columns.get(key).text(self.table, self._tasks[uid])

    def row_texts(self, uid: str) -> _RowTexts:
        """A task's display texts by column, each worked out when first read (a hidden
        column costs nothing) and kept until the next edit."""
        texts = self._display.get(uid)
        if texts is None:
            texts = self._display[uid] = _RowTexts(self.columns, self.table,
                                                   self._tasks[uid])
        return texts

    def depth(self, uid: str) -> int:
        """Outline depth: 0 for a top-level task."""
        d = 0
        p = self._parent_of.get(uid)
        while p is not None:
            d += 1
            p = self._parent_of.get(p)
        return d

    def _row(self, uid: str) -> int:
        parent = self._parent_of[uid]
        if parent in self._dirty_parents:
            for i, child in enumerate(self._children.get(parent, ())):
                self._row_in_parent[child] = i
            self._dirty_parents.discard(parent)
        return self._row_in_parent[uid]

    # -- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: CellIndex = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < len(self.columns):
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            kids = self._children.get(self._uid_of.get(parent.internalId()))
        else:
            kids = self._children.get(None)
        if not kids or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, self._id_of[kids[row]])

    def parent(self, child: QModelIndex | None = None):  # type: ignore[override]
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        uid = self._uid_of.get(child.internalId())
        p = self._parent_of.get(uid) if uid is not None else None
        if p is None:
            return QModelIndex()
        return self.createIndex(self._row(p), 0, self._id_of[p])

    def rowCount(self, parent: CellIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._children.get(None, ()))
        if parent.column() != 0:
            return 0
        return len(self._children.get(self._uid_of.get(parent.internalId()), ()))

    def columnCount(self, parent: CellIndex = _ROOT) -> int:
        return len(self.columns)

    def hasChildren(self, parent: CellIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return header_data(self.columns, section, orientation, role)

    def column_at(self, section: int) -> TaskColumn:
        """The declared column at ``section``."""
        col = self.columns[section]
        assert isinstance(col, TaskColumn)
        return col

    def _column_flags(self, summary: bool) -> tuple[Qt.ItemFlag, ...]:
        out = []
        for i in range(len(self.columns)):
            f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.column_at(i).editable_for(summary) and not self.controller.read_only:
                f |= Qt.ItemFlag.ItemIsEditable
            if i != 0:
                f |= Qt.ItemFlag.ItemNeverHasChildren
            out.append(f)
        return tuple(out)

    def flags(self, index: CellIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        read_only = self.controller.read_only
        if self._flags_for != read_only:
            # Worked out once per mode: views ask for flags of every visible cell.
            self._leaf_flags = self._column_flags(False)
            self._summary_flags = self._column_flags(True)
            self._flags_for = read_only
        uid = self._uid_of.get(index.internalId())
        table = self._summary_flags if uid in self._children else self._leaf_flags
        return table[index.column()]

    def data(self, index: CellIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        uid = self._uid_of.get(index.internalId())
        if uid is None or uid not in self._tasks:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(uid)[col]
        if role == Qt.ItemDataRole.EditRole:
            return self.columns[col].edit_text(self.table, self._tasks[uid])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if self.columns[col].right
                          else Qt.AlignmentFlag.AlignLeft)
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if uid in self._children else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.columns[col].tip
            return tip(self.table, self._tasks[uid]) if tip is not None else None
        if role == UID_ROLE:
            return uid
        if role == CHOICES_ROLE:
            return shown_choices(self.columns[col], self.table, self._tasks[uid])
        return None

    def indicator_tip(self, uid: str) -> str:
        """What the indicator column's marks of a task mean, in words."""
        return self.table.indicator_tip(self._tasks[uid])

    def setData(self, index: CellIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Apply a typed value as one undoable edit; False (plan unchanged) when refused."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        uid = self.uid(index)
        if uid is None:
            return False
        try:
            typed = choice_value(self.columns[index.column()], self.table, self._tasks[uid],
                                 str(value))
            patch = self.patch_for(uid, index.column(), typed)
        except ValueError as exc:
            self.controller.error.emit(str(exc))
            return False
        if patch is None:
            return True
        text = undo_words(self.columns[index.column()].undo, name=self._tasks[uid].name,
                          text=str(value).strip())
        return self.controller.edit(text, patch).made

    # -- typed entry ------------------------------------------------------------------------

    def patch_for(self, uid: str, col: int, text: str,
                  create_resources: bool = False) -> Patch | None:
        """The edit that typing ``text`` into column ``col`` of task ``uid`` makes, by the
        task field the column declares it sets (:func:`pmdesk.core.outline_edit.typed_patch`).

        ``None`` when the text says what the task already is; ``ValueError`` with a message
        for the user when the text is not valid there (:class:`UnknownResourceError` for
        resources the project lacks, unless ``create_resources`` adds them in the patch).
        """
        column = self.column_at(col)
        field = column.typed
        if field is None or not column.editable_for(uid in self._children):
            raise ValueError(f"{column.name} is calculated and cannot be typed")
        controller = self.controller
        context = EntryContext(
            self.plan, controller.schedule, self.units, self._tasks, controller.calendar,
            self._row_numbers, self.uid_for_row,
            lambda u: self.table.incoming.get(u, ()), lambda u: self.table.assignments.get(u, ()),
        )
        return typed_patch(context, uid, TaskField(field), text,
                           create_resources=create_resources)

    # -- following the controller -----------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Bring the model up to date with the plan after one edit, undo or redo."""
        old_tasks = self._tasks
        if changes.structure or changes.project:
            _OutlineFollower(self).apply()
        else:
            self._tasks = {t.uid: t for t in self.plan.tasks}
        table = self.table
        if changes.dependencies or changes.structure:
            table.reload_links()
        if changes.assignments or changes.resources or changes.structure:
            table.reload_assignments()
        if changes.structure or changes.assignments or changes.resources or changes.project:
            table.recompute_rollups(self._parent_of)
        elif changes.task_uids:
            table.update_rollups(old_tasks, self._tasks, changes.task_uids, self._parent_of,
                                 table.summaries)
        self._display.clear()
        self._announce_data(changes)

    def _announce_data(self, changes: ChangeSet) -> None:
        """Tell the views what to repaint.

        The edited tasks and their summaries are announced row by row. A reschedule can
        move the dates of any other task too; that is announced once with
        :attr:`scheduleChanged` rather than as a range over the whole outline, which would
        cost Qt's tree view a pass over every row (seconds on a 20,000-task plan).
        """
        last = len(self.columns) - 1
        rows: set[str] = set()
        for uid in changes.task_uids:
            node = uid if uid in self._parent_of else None
            while node is not None and node not in rows:
                rows.add(node)
                node = self._parent_of.get(node)
        for uid in rows:
            row = self._row(uid)
            parent = self._parent_index(self._parent_of[uid])
            self.dataChanged.emit(self.index(row, 0, parent), self.index(row, last, parent))
        if changes.schedule_inputs or changes.assignments or changes.resources:
            self.scheduleChanged.emit()

    def _parent_index(self, uid: str | None) -> QModelIndex:
        if uid is None:
            return QModelIndex()
        return self.createIndex(self._row(uid), 0, self._id_of[uid])


class _OutlineFollower:
    """Turns the outline's new shape into ``model``'s row removals, inserts and moves, so
    the tree keeps what is expanded and selected (never a reset, unless thousands of rows
    come and go at once)."""

    def __init__(self, model: TaskTableModel) -> None:
        self.m = model

    def apply(self) -> None:
        m = self.m
        tasks = m.plan.tasks
        known = {t.uid for t in tasks}
        _, new_children = outline_shape(tasks)
        removed = set(m._parent_of) - known
        added = known - set(m._parent_of)
        if len(removed) + len(added) > 2000:
            m.beginResetModel()
            m._reload_structure()
            m.endResetModel()
            return
        self._remove(removed)
        # Walk the new outline top-down; fix each parent's child list left to right.
        m._tasks = {t.uid: t for t in tasks}
        for parent in [None, *(t.uid for t in tasks)]:
            target = new_children.get(parent)
            if target:
                self._arrange(parent, target)
        for parent in [p for p, kids in m._children.items() if not kids and p is not None]:
            del m._children[parent]
        m._renumber(tasks)

    def _remove(self, removed: set[str]) -> None:
        """Remove rows that are gone: only the topmost of each removed subtree, in runs."""
        m = self.m
        top_removed = [u for u in removed if m._parent_of.get(u) not in removed]
        by_parent: dict[str | None, list[int]] = {}
        for u in top_removed:
            by_parent.setdefault(m._parent_of[u], []).append(m._row(u))
        for parent, rows in by_parent.items():
            for first, last in _runs_descending(rows):
                m.beginRemoveRows(m._parent_index(parent), first, last)
                gone = m._children[parent][first:last + 1]
                del m._children[parent][first:last + 1]
                m._dirty_parents.add(parent)
                for u in gone:
                    self._forget_subtree(u)
                m.endRemoveRows()

    def _arrange(self, parent: str | None, target: list[str]) -> None:
        """Make ``parent``'s children ``target``: new rows inserted in runs, known rows
        moved into place."""
        m = self.m
        cur = m._children.setdefault(parent, [])
        i = 0
        while i < len(target):
            uid = target[i]
            if i < len(cur) and cur[i] == uid:
                i += 1
                continue
            if uid not in m._parent_of:
                j = i
                while j < len(target) and target[j] not in m._parent_of:
                    j += 1
                m.beginInsertRows(m._parent_index(parent), i, j - 1)
                cur[i:i] = target[i:j]
                for u in target[i:j]:
                    m._parent_of[u] = parent
                    m._id(u)
                m._dirty_parents.add(parent)
                m.endInsertRows()
                i = j
                continue
            src_parent = m._parent_of[uid]
            src_row = m._row(uid)
            ok = m.beginMoveRows(m._parent_index(src_parent), src_row, src_row,
                                 m._parent_index(parent), i)
            if not ok:  # pragma: no cover - the walk only asks for valid moves
                raise RuntimeError("outline move refused by the view")
            del m._children[src_parent][src_row]
            cur.insert(i, uid)
            m._parent_of[uid] = parent
            m._dirty_parents.update((src_parent, parent))
            m.endMoveRows()
            i += 1

    def _forget_subtree(self, uid: str) -> None:
        m = self.m
        stack = [uid]
        while stack:
            u = stack.pop()
            stack.extend(m._children.pop(u, ()))
            m._parent_of.pop(u, None)
            m._row_in_parent.pop(u, None)
            m._dirty_parents.discard(u)
            i = m._id_of.pop(u, None)
            if i is not None:
                m._uid_of.pop(i, None)


def _runs_descending(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs of ``rows``, last run first so removals keep indices."""
    runs: list[tuple[int, int]] = []
    for r in sorted(set(rows)):
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return list(reversed(runs))


