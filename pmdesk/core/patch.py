"""Edits as data: a :class:`Patch` upserts and removes rows of a :class:`Plan`.

Every user edit in pmdesk is a patch. Applying a patch returns its exact inverse (so undo is
"apply the inverse") and a :class:`ChangeSet` saying what changed (so each view refreshes
only that). The store applies the same patch to the project file, so the file, the
in-memory plan and the undo history never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from .model import (
    Assignment,
    BoardColumn,
    BudgetLine,
    Calendar,
    CostEntry,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Risk,
    StatusChange,
    Task,
)
from .outline import normalize

# Plan attribute and patch field stem for every kind of row a patch can touch.
KINDS = (
    "calendars",
    "tasks",
    "dependencies",
    "resources",
    "assignments",
    "board_columns",
    "risks",
    "status_changes",
    "budget_lines",
    "cost_entries",
)


@dataclass(frozen=True)
class ChangeSet:
    """What an edit changed; views redraw from this, never by polling."""

    project: bool = False
    calendars: bool = False
    task_uids: frozenset[str] = frozenset()
    structure: bool = False  # tasks added, removed, moved in the outline
    dependencies: bool = False
    resources: bool = False
    assignments: bool = False
    board: bool = False
    risks: bool = False
    costs: bool = False  # budget lines and actual cost entries

    def __or__(self, other: ChangeSet) -> ChangeSet:
        kw = {}
        for f in fields(self):
            a, b = getattr(self, f.name), getattr(other, f.name)
            kw[f.name] = a | b
        return ChangeSet(**kw)

    @property
    def schedule_inputs(self) -> bool:
        """Whether the edit can move dates (the plan needs rescheduling)."""
        return bool(
            self.project or self.calendars or self.task_uids or self.structure or self.dependencies
        )


@dataclass(frozen=True)
class Patch:
    """Rows to insert or replace (matched by uid) and uids of rows to remove, per kind."""

    project: ProjectInfo | None = None
    calendars: tuple[Calendar, ...] = ()
    calendars_removed: tuple[str, ...] = ()
    tasks: tuple[Task, ...] = ()
    tasks_removed: tuple[str, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    dependencies_removed: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    resources_removed: tuple[str, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    assignments_removed: tuple[str, ...] = ()
    board_columns: tuple[BoardColumn, ...] = ()
    board_columns_removed: tuple[str, ...] = ()
    risks: tuple[Risk, ...] = ()
    risks_removed: tuple[str, ...] = ()
    status_changes: tuple[StatusChange, ...] = ()
    status_changes_removed: tuple[str, ...] = ()
    budget_lines: tuple[BudgetLine, ...] = ()
    budget_lines_removed: tuple[str, ...] = ()
    cost_entries: tuple[CostEntry, ...] = ()
    cost_entries_removed: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)

    def is_empty(self) -> bool:
        return self.project is None and not any(
            getattr(self, k) or getattr(self, k + "_removed") for k in KINDS
        )

    def then(self, later: Patch) -> Patch:
        """One patch doing ``self`` and then ``later`` (later wins on the same uid)."""
        kw: dict = {"project": later.project or self.project}
        for k in KINDS:
            up: dict[str, object] = {r.uid: r for r in getattr(self, k)}
            rm: dict[str, None] = dict.fromkeys(getattr(self, k + "_removed"))
            for uid in getattr(later, k + "_removed"):
                up.pop(uid, None)
                rm[uid] = None
            for r in getattr(later, k):
                rm.pop(r.uid, None)
                up[r.uid] = r
            kw[k] = tuple(up.values())
            kw[k + "_removed"] = tuple(rm)
        return Patch(**kw)


def _rows(plan: Plan, kind: str) -> list:
    if kind == "calendars":
        return list(plan.calendars.values())
    return getattr(plan, kind)


def apply_patch(plan: Plan, patch: Patch) -> tuple[Patch, ChangeSet]:
    """Apply ``patch`` to ``plan`` in place; return the inverse patch and what changed.

    Removing a task also removes the links and assignments that point at it; those
    removals are in the inverse, so undo brings them back. Callers removing a summary
    task list its descendants too (see :func:`pmdesk.core.outline.descendants`).
    """
    patch = _with_cascades(plan, patch)
    inverse: dict = {}
    changes: dict = {}
    if patch.project is not None:
        inverse["project"] = plan.project
        plan.project = patch.project
        changes["project"] = True
    for kind in KINDS:
        upserts = getattr(patch, kind)
        removals = getattr(patch, kind + "_removed")
        if not upserts and not removals:
            continue
        if kind == "tasks":
            inv_tasks, inv_gone, structural = _apply_tasks(plan, upserts, removals)
            inverse["tasks"], inverse["tasks_removed"] = inv_tasks, inv_gone
            changes["task_uids"] = frozenset(r.uid for r in upserts) | frozenset(removals)
            changes["structure"] = structural
            continue
        rows = _rows(plan, kind)
        by_uid = {r.uid: r for r in rows}
        inv_up: list = []
        inv_rm: list[str] = []
        for uid in removals:
            old = by_uid.pop(uid, None)
            if old is not None:
                inv_up.append(old)
        for r in upserts:
            old = by_uid.get(r.uid)
            if old is None:
                inv_rm.append(r.uid)
            else:
                inv_up.append(old)
            by_uid[r.uid] = r
        inverse[kind] = tuple(inv_up)
        inverse[kind + "_removed"] = tuple(inv_rm)
        if kind == "calendars":
            plan.calendars = by_uid
            changes["calendars"] = True
        else:
            setattr(plan, kind, _keep_order(rows, by_uid, upserts))
            flag = {
                "board_columns": "board",
                "status_changes": "board",
                "budget_lines": "costs",
                "cost_entries": "costs",
            }.get(kind, kind)
            changes[flag] = True
    return Patch(**inverse), ChangeSet(**changes)


def _apply_tasks(
    plan: Plan, upserts: tuple[Task, ...], removals: tuple[str, ...]
) -> tuple[tuple[Task, ...], tuple[str, ...], bool]:
    """Apply task upserts and removals; the inverse's rows and uids, and whether the
    outline changed (a task added, removed, moved or re-parented).

    Most edits change a field of one task of a big plan: those replace it in place, with
    one look-up table of the plan's tasks; only an outline change rebuilds the order."""
    tasks = plan.tasks
    index = {t.uid: i for i, t in enumerate(tasks)}
    inv_up: list[Task] = []
    inv_rm: list[str] = []
    removed: set[str] = set()
    for uid in removals:
        if uid in index and uid not in removed:
            removed.add(uid)
            inv_up.append(tasks[index[uid]])
    structural = bool(removals)
    placed: dict[str, Task] = {}  # the patch's own earlier rows, when it repeats a uid
    for r in upserts:
        old = placed.get(r.uid)
        if old is None and r.uid in index and r.uid not in removed:
            old = tasks[index[r.uid]]
        if old is None:
            inv_rm.append(r.uid)
            structural = True
        else:
            inv_up.append(old)
            if old.parent_uid != r.parent_uid or old.position != r.position:
                structural = True
        placed[r.uid] = r
    if structural:
        by_uid = {t.uid: t for t in tasks if t.uid not in removed}
        by_uid.update(placed)
        plan.tasks = normalize(by_uid.values())
    else:
        for r in upserts:
            tasks[index[r.uid]] = r
    return tuple(inv_up), tuple(inv_rm), structural


def _find(rows: list, uid: str):
    for r in rows:
        if r.uid == uid:
            return r
    return None


def _keep_order(old_rows: list, by_uid: dict, upserts) -> list:
    """Existing rows keep their order (replaced in place); new rows go at the end."""
    out = [by_uid[r.uid] for r in old_rows if r.uid in by_uid]
    present = {r.uid for r in out}
    out.extend(r for r in upserts if r.uid not in present)
    return out


def _with_cascades(plan: Plan, patch: Patch) -> Patch:
    """Add the removal of links, assignments and board history of removed tasks/resources."""
    gone_tasks = set(patch.tasks_removed)
    gone_res = set(patch.resources_removed)
    if not gone_tasks and not gone_res:
        return patch
    deps = tuple(
        d.uid
        for d in plan.dependencies
        if d.predecessor_uid in gone_tasks or d.successor_uid in gone_tasks
    )
    assigns = tuple(
        a.uid for a in plan.assignments if a.task_uid in gone_tasks or a.resource_uid in gone_res
    )
    history = tuple(c.uid for c in plan.status_changes if c.task_uid in gone_tasks)
    extra = Patch(dependencies_removed=deps, assignments_removed=assigns,
                  status_changes_removed=history)
    return extra.then(patch) if (deps or assigns or history) else patch
