"""The task sheet: a tree item model over the plan's outline, as in Microsoft Project.

The model holds core objects, never ORM rows, and keeps per-parent child lists and row maps
so ``index``, ``parent``, ``rowCount`` and ``data`` are O(1) on a 20,000-task plan. It
follows the controller's :class:`~pmdesk.core.patch.ChangeSet`: a date or field edit only
drops cached texts and repaints, an outline edit becomes the matching row inserts, removals
and moves (so the tree keeps what is expanded and selected), never a full reset.

Typed cells become patches here (:meth:`TaskTableModel.patch_for`); a bad entry raises
``ValueError`` with the message the table shows under the cell, and nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import time, timedelta
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from pmdesk.core.costs import task_costs
from pmdesk.core.durations import TimeUnits, format_duration, parse_duration
from pmdesk.core.entry import (
    UnknownResourceError,
    assignments_patch,
    format_date,
    format_predecessors,
    format_resources,
    links_patch,
    parse_date,
    parse_percent,
    parse_predecessors,
    parse_resources,
)
from pmdesk.core.health import deadline_miss_text, misses_deadline
from pmdesk.core.model import (
    Assignment,
    ConstraintType,
    Dependency,
    DurationUnit,
    Plan,
    Resource,
    Task,
    new_uid,
)
from pmdesk.core.money import format_money
from pmdesk.core.montecarlo import format_estimates, parse_estimates
from pmdesk.core.outline import row_numbers, wbs_codes
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.schedule import would_create_cycle

UID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()  # the invisible root: parent of top-level rows


class Column(IntEnum):
    ID = 0
    WBS = 1
    NAME = 2
    DURATION = 3
    START = 4
    FINISH = 5
    PREDECESSORS = 6
    RESOURCES = 7
    PERCENT = 8
    SLACK = 9
    COST = 10
    START_VARIANCE = 11
    FINISH_VARIANCE = 12
    DURATION_VARIANCE = 13
    COST_VARIANCE = 14
    LEVELING_DELAY = 15
    OVERALLOCATED = 16
    ESTIMATE = 17


HEADERS = {
    Column.ID: "ID",
    Column.WBS: "WBS",
    Column.NAME: "Task Name",
    Column.DURATION: "Duration",
    Column.START: "Start",
    Column.FINISH: "Finish",
    Column.PREDECESSORS: "Predecessors",
    Column.RESOURCES: "Resources",
    Column.PERCENT: "% Complete",
    Column.SLACK: "Total Slack",
    Column.COST: "Cost",
    Column.START_VARIANCE: "Start Var.",
    Column.FINISH_VARIANCE: "Finish Var.",
    Column.DURATION_VARIANCE: "Duration Var.",
    Column.COST_VARIANCE: "Cost Var.",
    Column.LEVELING_DELAY: "Leveling Delay",
    Column.OVERALLOCATED: "!",
    Column.ESTIMATE: "Estimate",
}
OVERALLOCATED_MARK = "\u26a0"  # the warning sign shown in the indicator column
DEADLINE_MARK = "\u25c6"  # a diamond, as MS Project's missed-deadline indicator
HEADER_TIPS = {
    Column.START_VARIANCE: "Current start minus the baseline's, in working days",
    Column.FINISH_VARIANCE: "Current finish minus the baseline's, in working days",
    Column.DURATION_VARIANCE: "Current duration minus the baseline's",
    Column.COST_VARIANCE: "Current cost minus the baseline's",
    Column.LEVELING_DELAY: "Delay added by resource leveling",
    Column.OVERALLOCATED: f"Indicators: {OVERALLOCATED_MARK} a resource of the task is "
                          f"over-allocated while it runs; {DEADLINE_MARK} the task finishes "
                          "after its deadline",
    Column.ESTIMATE: "Three-point estimate for schedule risk: optimistic / most likely / "
                     "pessimistic",
}

_EDITABLE = {
    Column.NAME,
    Column.DURATION,
    Column.START,
    Column.FINISH,
    Column.PREDECESSORS,
    Column.RESOURCES,
    Column.PERCENT,
    Column.ESTIMATE,
}
# A summary's dates, duration and progress roll up from its children.
_SUMMARY_EDITABLE = {Column.NAME, Column.PREDECESSORS, Column.RESOURCES}
RIGHT_ALIGNED = _RIGHT = {
    Column.ID, Column.DURATION, Column.PERCENT, Column.SLACK, Column.COST,
    Column.START_VARIANCE, Column.FINISH_VARIANCE, Column.DURATION_VARIANCE,
    Column.COST_VARIANCE, Column.LEVELING_DELAY,
}
# What an edit of a cell is called in the undo history, with the task's name.
_EDIT_TEXT = {
    Column.DURATION: "Change duration of “{}”",
    Column.START: "Change start of “{}”",
    Column.FINISH: "Change finish of “{}”",
    Column.PREDECESSORS: "Change predecessors of “{}”",
    Column.RESOURCES: "Change resources of “{}”",
    Column.PERCENT: "Change % complete of “{}”",
    Column.ESTIMATE: "Change estimate of “{}”",
}


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
        self._display: dict[str, tuple[str, ...]] = {}
        self._flags_for: bool | None = None
        self._leaf_flags: tuple[Qt.ItemFlag, ...] = ()
        self._summary_flags: tuple[Qt.ItemFlag, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)
        # Which baseline the variance columns compare with, and the tasks whose resources
        # are over-allocated while they run (the view measures usage and sets them).
        self.baseline_number = 0
        self.overallocated: frozenset[str] = frozenset()
        self._reload_structure()
        self._reload_links()
        self._reload_assignments()
        self._recompute_rollups()
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

    def set_baseline_number(self, number: int) -> None:
        """Compare the variance columns with baseline ``number`` (0-10)."""
        if number != self.baseline_number:
            self.baseline_number = number
            self._display.clear()
            self.scheduleChanged.emit()

    def set_overallocated(self, uids: Iterable[str]) -> None:
        """Flag these tasks in the indicator column."""
        uids = frozenset(uids)
        if uids != self.overallocated:
            self.overallocated = uids
            self._display.clear()
            self.scheduleChanged.emit()

    def _reload_structure(self) -> None:
        tasks = self.plan.tasks
        self._tasks: dict[str, Task] = {t.uid: t for t in tasks}
        self._parent_of, self._children = _outline(tasks)
        self._row_in_parent = {}
        self._dirty_parents = set(self._children)
        for uid in self._tasks:
            self._id(uid)
        self._row_numbers = row_numbers(tasks)
        self._by_row = {n: uid for uid, n in self._row_numbers.items()}
        self._wbs = wbs_codes(tasks)

    def _reload_links(self) -> None:
        incoming: dict[str, list[Dependency]] = {}
        for d in self.plan.dependencies:
            incoming.setdefault(d.successor_uid, []).append(d)
        self._incoming = incoming

    def _reload_assignments(self) -> None:
        by_task: dict[str, list[Assignment]] = {}
        for a in self.plan.assignments:
            by_task.setdefault(a.task_uid, []).append(a)
        self._assignments = by_task
        self._resources: dict[str, Resource] = {r.uid: r for r in self.plan.resources}

    def _recompute_rollups(self) -> None:
        """Cost and % complete of every task, summaries rolled up from their children."""
        self._cost = task_costs(self.plan)
        weight: dict[str, int] = {}
        done: dict[str, float] = {}
        for t in reversed(self.plan.tasks):
            if t.uid not in self._children:
                w = max(t.duration, 0)
                weight[t.uid] = weight.get(t.uid, 0) + w
                done[t.uid] = done.get(t.uid, 0.0) + w * t.percent_complete / 100.0
            p = self._parent_of.get(t.uid)
            if p is not None:
                weight[p] = weight.get(p, 0) + weight.get(t.uid, 0)
                done[p] = done.get(p, 0.0) + done.get(t.uid, 0.0)
        self._weight = weight
        self._done = done

    def _own_rollup(self, task: Task) -> tuple[Decimal, int, float]:
        """What ``task`` alone adds to its ancestors' cost, duration weight and work done."""
        if task.uid in self._children:
            return Decimal(task.fixed_cost), 0, 0.0
        mini = Plan(
            project=self.plan.project,
            tasks=[replace(task, parent_uid=None)],
            resources=self.plan.resources,
            assignments=list(self._assignments.get(task.uid, ())),
        )
        w = max(task.duration, 0)
        return task_costs(mini)[task.uid], w, w * task.percent_complete / 100.0

    def _update_rollups(self, old: dict[str, Task], uids: Iterable[str]) -> None:
        """Move each changed task's own contribution up its ancestor chain."""
        for uid in uids:
            before, after = old.get(uid), self._tasks.get(uid)
            if before is None or after is None:
                continue
            c0, w0, d0 = self._own_rollup(before)
            c1, w1, d1 = self._own_rollup(after)
            dc, dw, dd = c1 - c0, w1 - w0, d1 - d0
            if not (dc or dw or dd):
                continue
            node: str | None = uid
            while node is not None:
                self._cost[node] = self._cost.get(node, Decimal(0)) + dc
                self._weight[node] = self._weight.get(node, 0) + dw
                self._done[node] = self._done.get(node, 0.0) + dd
                node = self._parent_of.get(node)

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
        return format_resources(self._assignments.get(uid, ()), self._resources)

    def predecessors_text(self, uid: str) -> str:
        return format_predecessors(self._incoming.get(uid, ()), self._row_numbers.get, self.units)

    def row_texts(self, uid: str) -> tuple[str, ...]:
        """Every column's display text of a task (cached until the next edit)."""
        texts = self._display.get(uid)
        if texts is None:
            texts = self._display[uid] = self._texts(uid)
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

    def index(self, row: int, column: int, parent: QModelIndex = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < len(Column):
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

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._children.get(None, ()))
        if parent.column() != 0:
            return 0
        return len(self._children.get(self._uid_of.get(parent.internalId()), ()))

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return len(Column)

    def hasChildren(self, parent: QModelIndex = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        col = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(col)
        return None

    def _column_flags(self, editable: set[Column]) -> tuple[Qt.ItemFlag, ...]:
        out = []
        for col in Column:
            f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if col in editable and not self.controller.read_only:
                f |= Qt.ItemFlag.ItemIsEditable
            if col != 0:
                f |= Qt.ItemFlag.ItemNeverHasChildren
            out.append(f)
        return tuple(out)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        read_only = self.controller.read_only
        if self._flags_for != read_only:
            # Worked out once per mode: views ask for flags of every visible cell.
            self._leaf_flags = self._column_flags(_EDITABLE)
            self._summary_flags = self._column_flags(_SUMMARY_EDITABLE)
            self._flags_for = read_only
        uid = self._uid_of.get(index.internalId())
        table = self._summary_flags if uid in self._children else self._leaf_flags
        return table[index.column()]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        uid = self._uid_of.get(index.internalId())
        if uid is None or uid not in self._tasks:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_texts(uid)[col]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(uid, Column(col))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if col in _RIGHT else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if uid in self._children else None
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.NAME:
            notes = self._tasks[uid].notes
            return notes or None
        if role == Qt.ItemDataRole.ToolTipRole and col == Column.OVERALLOCATED:
            return self.indicator_tip(uid) or None
        if role == UID_ROLE:
            return uid
        return None

    def indicator_tip(self, uid: str) -> str:
        """What the indicator column's marks of a task mean, in words."""
        lines = []
        if uid in self.overallocated:
            lines.append(f"{OVERALLOCATED_MARK} A resource of the task is over-allocated "
                         "while it runs")
        missed = deadline_miss_text(self._tasks[uid], self.controller.schedule.tasks.get(uid))
        if missed:
            lines.append(f"{DEADLINE_MARK} {missed}")
        return "\n".join(lines)

    def _texts(self, uid: str) -> tuple[str, ...]:
        task = self._tasks[uid]
        dates = self.controller.schedule.tasks.get(uid)
        units = self.units
        summary = uid in self._children
        if dates is None:
            duration = start = finish = slack = ""
        else:
            if summary:
                minutes = self.controller.calendar().between(dates.start, dates.finish)
                duration = format_duration(minutes, DurationUnit.DAYS, False, units)
            else:
                duration = format_duration(task.duration, task.duration_unit,
                                           task.duration_elapsed, units)
            start = format_date(dates.start)
            finish = format_date(dates.finish)
            slack = format_duration(dates.total_slack, DurationUnit.DAYS, False, units)
        if summary:
            w = self._weight.get(uid, 0)
            pct = round(100 * self._done.get(uid, 0.0) / w) if w else task.percent_complete
        else:
            pct = task.percent_complete
        return (
            str(self._row_numbers.get(uid, "")),
            self._wbs.get(uid, ""),
            task.name,
            duration,
            start,
            finish,
            self.predecessors_text(uid),
            self.resources_text(uid),
            f"{pct}%",
            slack,
            self._money(self._cost.get(uid, Decimal(0))),
            *self._variance_texts(task, dates, summary),
            format_duration(task.leveling_delay, DurationUnit.DAYS, False, units)
            if task.leveling_delay else "",
            (OVERALLOCATED_MARK if uid in self.overallocated else "")
            + (DEADLINE_MARK if misses_deadline(task, dates) else ""),
            "" if summary else format_estimates(task, units),
        )

    def _variance_texts(self, task: Task, dates, summary: bool) -> tuple[str, str, str, str]:
        """Start, finish, duration and cost variance against the chosen baseline."""
        base = next((b for b in task.baselines if b.number == self.baseline_number), None)
        if base is None or dates is None:
            return "", "", "", ""
        units = self.units
        cal = self.controller.calendar()

        def days(minutes: int) -> str:
            text = format_duration(abs(minutes), DurationUnit.DAYS, False, units)
            return ("+" if minutes > 0 else "-" if minutes < 0 else "") + text

        start = days(cal.between(base.start, dates.start)) if base.start else ""
        finish = days(cal.between(base.finish, dates.finish)) if base.finish else ""
        duration = (cal.between(dates.start, dates.finish) if summary else task.duration)
        cost = self._cost.get(task.uid, Decimal(0)) - base.cost
        return (start, finish, days(duration - base.duration),
                format_money(cost, self.plan.project.currency, signed=True))

    def _money(self, amount: Decimal) -> str:
        return format_money(amount, self.plan.project.currency)

    def _edit_text(self, uid: str, col: Column) -> str:
        task = self._tasks[uid]
        dates = self.controller.schedule.tasks.get(uid)
        if col is Column.START and dates is not None:
            return dates.start.date().isoformat()
        if col is Column.FINISH and dates is not None:
            return dates.finish.date().isoformat()
        if col is Column.PERCENT:
            return str(task.percent_complete)
        return self.row_texts(uid)[col]

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Apply a typed value as one undoable edit; False (plan unchanged) when refused."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        uid = self.uid(index)
        if uid is None:
            return False
        try:
            patch = self.patch_for(uid, Column(index.column()), str(value))
        except ValueError as exc:
            self.controller.error.emit(str(exc))
            return False
        if patch is None:
            return True
        col = Column(index.column())
        name = self._tasks[uid].name
        if col is Column.NAME:
            text = f"Rename “{name}” to “{str(value).strip()}”"
        else:
            text = _EDIT_TEXT[col].format(name)
        return self.controller.edit(text, patch)

    # -- typed entry ------------------------------------------------------------------------

    def patch_for(self, uid: str, col: Column, text: str,
                  create_resources: bool = False) -> Patch | None:
        """The edit that typing ``text`` into ``col`` of task ``uid`` makes.

        ``None`` when the text says what the task already is; ``ValueError`` with a message
        for the user when the text is not valid there (:class:`UnknownResourceError` for
        resources the project lacks, unless ``create_resources`` adds them in the patch).
        """
        task = self._tasks[uid]
        plan = self.plan
        if col is Column.NAME:
            name = text.strip()
            if not name:
                raise ValueError("A task needs a name")
            return None if name == task.name else Patch(tasks=(replace(task, name=name),))
        if col is Column.DURATION:
            d = parse_duration(text, self.units)
            if (d.minutes, d.unit, d.elapsed) == (task.duration, task.duration_unit,
                                                  task.duration_elapsed):
                return None
            new = replace(task, duration=d.minutes, duration_unit=d.unit,
                          duration_elapsed=d.elapsed, milestone=d.minutes == 0)
            return Patch(tasks=(new,))
        if col in (Column.START, Column.FINISH):
            return self._date_patch(task, col, text)
        if col is Column.PERCENT:
            pct = parse_percent(text)
            return None if pct == task.percent_complete else Patch(
                tasks=(replace(task, percent_complete=pct),))
        if col is Column.ESTIMATE:
            est = parse_estimates(text, self.units)
            o, m, p = est if est is not None else (None, None, None)
            if (o, m, p) == (task.optimistic, task.most_likely, task.pessimistic):
                return None
            return Patch(tasks=(replace(task, optimistic=o, most_likely=m, pessimistic=p),))
        if col is Column.PREDECESSORS:
            specs = parse_predecessors(text, self.uid_for_row, self.units,
                                       own_row=self._row_numbers.get(uid))
            for s in specs:
                cycle = would_create_cycle(plan, s.predecessor_uid, uid)
                if cycle:
                    raise ValueError(
                        f"'{s.row}' would make a dependency cycle: {self.cycle_text(cycle)}")
            ups, gone = links_patch(self._incoming.get(uid, ()), uid, specs)
            if not ups and not gone:
                return None
            return Patch(dependencies=ups, dependencies_removed=gone)
        if col is Column.RESOURCES:
            added: tuple[Resource, ...] = ()
            try:
                specs = parse_resources(text, plan.resources)
            except UnknownResourceError as exc:
                if not create_resources:
                    raise
                added = tuple(Resource(new_uid(), name.strip()) for name in exc.names)
                specs = parse_resources(text, [*plan.resources, *added])
            ups, gone = assignments_patch(self._assignments.get(uid, ()), uid, specs)
            if not ups and not gone:
                return None
            return Patch(resources=added, assignments=ups, assignments_removed=gone)
        raise ValueError(f"{HEADERS[col]} is calculated and cannot be typed")

    def cycle_text(self, uids: Iterable[str]) -> str:
        names = [self._tasks[u].name if u in self._tasks else u for u in uids]
        if names and names[0] != names[-1]:
            names.append(names[0])
        return " → ".join(names)

    def _date_patch(self, task: Task, col: Column, text: str) -> Patch | None:
        cal = self.controller.calendar(task.calendar_uid)
        typed = parse_date(text, default_time=time(0, 0))
        has_time = ":" in text
        dates = self.controller.schedule.tasks.get(task.uid)
        if col is Column.START:
            if dates is not None and not has_time and typed.date() == dates.start.date():
                return None
            moment = typed if has_time else cal.next_working(typed)
            new = replace(task, constraint_type=ConstraintType.SNET, constraint_date=moment)
        else:
            if dates is not None and not has_time and typed.date() == dates.finish.date():
                return None
            if has_time:
                moment = typed
            else:
                moment = cal.previous_working(typed + timedelta(days=1))
                if moment.date() != typed.date():
                    moment = cal.next_working(typed)
            new = replace(task, constraint_type=ConstraintType.FNET, constraint_date=moment)
        return Patch(tasks=(new,))

    # -- following the controller -----------------------------------------------------------

    def apply_changes(self, changes: ChangeSet) -> None:
        """Bring the model up to date with the plan after one edit, undo or redo."""
        old_tasks = self._tasks
        if changes.structure or changes.project:
            self._apply_structure()
        else:
            self._tasks = {t.uid: t for t in self.plan.tasks}
        if changes.dependencies or changes.structure:
            self._reload_links()
        if changes.assignments or changes.resources or changes.structure:
            self._reload_assignments()
        if changes.structure or changes.assignments or changes.resources or changes.project:
            self._recompute_rollups()
        elif changes.task_uids:
            self._update_rollups(old_tasks, changes.task_uids)
        self._display.clear()
        self._announce_data(changes)

    def _announce_data(self, changes: ChangeSet) -> None:
        """Tell the views what to repaint.

        The edited tasks and their summaries are announced row by row. A reschedule can
        move the dates of any other task too; that is announced once with
        :attr:`scheduleChanged` rather than as a range over the whole outline, which would
        cost Qt's tree view a pass over every row (seconds on a 20,000-task plan).
        """
        last = len(Column) - 1
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

    def _apply_structure(self) -> None:
        """Turn the outline's new shape into row removals, moves and inserts."""
        tasks = self.plan.tasks
        known = {t.uid for t in tasks}
        _, new_children = _outline(tasks)
        removed = set(self._parent_of) - known
        added = known - set(self._parent_of)
        if len(removed) + len(added) > 2000:
            self.beginResetModel()
            self._reload_structure()
            self.endResetModel()
            return

        # 1. Remove rows that are gone: only the topmost of each removed subtree, in runs.
        top_removed = [u for u in removed if self._parent_of.get(u) not in removed]
        by_parent: dict[str | None, list[int]] = {}
        for u in top_removed:
            by_parent.setdefault(self._parent_of[u], []).append(self._row(u))
        for parent, rows in by_parent.items():
            for first, last in _runs_descending(rows):
                self.beginRemoveRows(self._parent_index(parent), first, last)
                gone = self._children[parent][first:last + 1]
                del self._children[parent][first:last + 1]
                self._dirty_parents.add(parent)
                for u in gone:
                    self._forget_subtree(u)
                self.endRemoveRows()

        # 2. Walk the new outline top-down; fix each parent's child list left to right.
        self._tasks = {t.uid: t for t in tasks}
        for parent in [None, *(t.uid for t in tasks)]:
            target = new_children.get(parent)
            if not target:
                continue
            cur = self._children.setdefault(parent, [])
            i = 0
            while i < len(target):
                uid = target[i]
                if i < len(cur) and cur[i] == uid:
                    i += 1
                    continue
                if uid not in self._parent_of:
                    j = i
                    while j < len(target) and target[j] not in self._parent_of:
                        j += 1
                    self.beginInsertRows(self._parent_index(parent), i, j - 1)
                    cur[i:i] = target[i:j]
                    for u in target[i:j]:
                        self._parent_of[u] = parent
                        self._id(u)
                    self._dirty_parents.add(parent)
                    self.endInsertRows()
                    i = j
                    continue
                src_parent = self._parent_of[uid]
                src_row = self._row(uid)
                ok = self.beginMoveRows(self._parent_index(src_parent), src_row, src_row,
                                        self._parent_index(parent), i)
                if not ok:  # pragma: no cover - the walk only asks for valid moves
                    raise RuntimeError("outline move refused by the view")
                del self._children[src_parent][src_row]
                cur.insert(i, uid)
                self._parent_of[uid] = parent
                self._dirty_parents.update((src_parent, parent))
                self.endMoveRows()
                i += 1
        for parent in [p for p, kids in self._children.items() if not kids and p is not None]:
            del self._children[parent]
        self._row_numbers = row_numbers(tasks)
        self._by_row = {n: uid for uid, n in self._row_numbers.items()}
        self._wbs = wbs_codes(tasks)

    def _forget_subtree(self, uid: str) -> None:
        stack = [uid]
        while stack:
            u = stack.pop()
            stack.extend(self._children.pop(u, ()))
            self._parent_of.pop(u, None)
            self._row_in_parent.pop(u, None)
            self._dirty_parents.discard(u)
            i = self._id_of.pop(u, None)
            if i is not None:
                self._uid_of.pop(i, None)


def _runs_descending(rows: list[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs of ``rows``, last run first so removals keep indices."""
    runs: list[tuple[int, int]] = []
    for r in sorted(set(rows)):
        if runs and r == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return list(reversed(runs))



def _outline(tasks: list[Task]) -> tuple[dict[str, str | None], dict[str | None, list[str]]]:
    """Parent of each task and children of each parent, from tasks in outline order.

    A parent must come before its children; a task whose parent is missing or later (a
    damaged outline) is shown at top level, as :func:`pmdesk.core.outline.normalize` does.
    """
    parent_of: dict[str, str | None] = {}
    children: dict[str | None, list[str]] = {None: []}
    for t in tasks:
        p = t.parent_uid if t.parent_uid in parent_of else None
        parent_of[t.uid] = p
        children.setdefault(p, []).append(t.uid)
    return parent_of, children
