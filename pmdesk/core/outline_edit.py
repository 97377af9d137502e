"""The task sheet's edits as patches: outline commands and typed cells.

Each function takes the plan as it is and returns what the edit would be, without changing
anything: the Gantt view turns keys, clicks and the clipboard into these calls and hands the
patch to the controller, as the board does with :mod:`pmdesk.core.board`.

- Outline commands (:class:`OutlineEdit`: the undo entry's text, the patch, the rows to
  select after): insert, delete, indent, outdent, move up and down, cut, copy and paste
  with the links and assignments between the rows (:class:`Clip`). Rows are named as the
  user sees them (by the row they sit in, ``roots`` being the selected rows without those
  whose summary is selected too: :func:`top_level`).
- Typed cells (:func:`typed_patch`): the text typed into a task's field becomes the patch
  that makes it so, ``None`` when it says what the task already is, or ``ValueError`` with
  the message the sheet shows under the cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from enum import StrEnum

from .calendar import WorkCalendar, calendars_for, project_calendar
from .durations import TimeUnits, parse_duration
from .entry import (
    UnknownResourceError,
    assignments_patch,
    links_patch,
    parse_date,
    parse_percent,
    parse_predecessors,
    parse_resources,
)
from .model import Assignment, ConstraintType, Dependency, Plan, Resource, Task, new_uid
from .montecarlo import parse_estimates
from .outline import outline_shape, row_numbers
from .patch import Patch
from .schedule import ScheduleResult, TaskDates, would_create_cycle
from .words import word

__all__ = [
    "Clip",
    "EntryContext",
    "OutlineEdit",
    "TaskField",
    "clip_from_text",
    "copy_rows",
    "cut_rows",
    "cycle_text",
    "delete_tasks",
    "indent",
    "insert_task",
    "move",
    "named",
    "new_task",
    "outdent",
    "paste",
    "place_above",
    "place_below",
    "top_level",
    "typed_patch",
]


def named(names: Sequence[str], noun: str = "tasks") -> str:
    """How an undo entry names what it changed: “Design”, “Design” and “Build”, 3 tasks."""
    if len(names) == 1:
        return word("Undo", "“{}”").format(names[0])
    if len(names) == 2:
        return word("Undo", "“{}” and “{}”").format(*names)
    return word("Undo", "{} tasks").format(len(names)) if noun == "tasks" \
        else f"{len(names)} {noun}"


@dataclass(frozen=True)
class OutlineEdit:
    """One outline command: how the undo history names it, its patch, and the rows to
    select once it is made."""

    text: str
    patch: Patch
    select: tuple[str, ...] = ()


class _Outline:
    """The plan's outline as the sheet shows it (a task whose parent is missing sits at
    the top level), with working copies of the child lists a command rearranges."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.tasks = plan.task_index()
        self._parent_of, self._children = outline_shape(plan.tasks)
        self.lists: dict[str | None, list[str]] = {}
        self.moved_to: dict[str, str | None] = {}

    def parent(self, uid: str) -> str | None:
        """The parent of ``uid``, as the command has placed it so far."""
        return self.moved_to[uid] if uid in self.moved_to else self._parent_of.get(uid)

    def siblings(self, parent: str | None) -> list[str]:
        """The plan's children of ``parent`` (a copy)."""
        return list(self._children.get(parent, ()))

    def kids(self, parent: str | None) -> list[str]:
        """The working list of ``parent``'s children: changes to it make the patch."""
        if parent not in self.lists:
            self.lists[parent] = self.siblings(parent)
        return self.lists[parent]

    def renumbered(self, extra: Mapping[str, Task] | None = None) -> list[Task]:
        """Tasks whose parent or position differ from the working lists (and the new or
        changed tasks in ``extra``, wherever they go)."""
        extra = extra or {}
        changed: list[Task] = []
        for parent, uids in self.lists.items():
            for pos, uid in enumerate(uids):
                task = extra.get(uid) or self.tasks.get(uid)
                if task is None:
                    continue
                if task.parent_uid != parent or task.position != pos or uid in extra:
                    changed.append(replace(task, parent_uid=parent, position=pos))
        return changed

    def names(self, uids: Iterable[str]) -> str:
        return named([self.tasks[u].name for u in uids if u in self.tasks])

    def subtree(self, uid: str) -> list[str]:
        """Every task below ``uid``, sorted by uid (as a deletion lists them)."""
        out: set[str] = set()
        stack = [uid]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return sorted(out)


# -- placing and inserting ------------------------------------------------------------------


def new_task(plan: Plan, parent: str | None = None) -> Task:
    """A task as Insert makes it: "New task", one working day, in the project's mode for
    new tasks: a manual one sits at the project start until the PM types its dates; in a
    plan scheduled from its finish a new task is as late as possible, as in MS Project."""
    project = plan.project
    task = Task(uid=new_uid(), name="New task", parent_uid=parent,
                duration=TimeUnits.of(project).minutes_per_day)
    if project.schedule_from_finish:
        task = replace(task, constraint_type=ConstraintType.ALAP)
    if project.new_tasks_manual:
        cal = project_calendar(plan)
        start = cal.next_working(project.start)
        task = replace(task, manual=True, manual_start=start,
                       manual_finish=cal.add(start, task.duration))
    return task


def place_above(plan: Plan, current: str | None) -> tuple[str | None, int]:
    """Where Insert puts a task: in ``current``'s place (at the end without one)."""
    outline = _Outline(plan)
    if current is None or current not in outline.tasks:
        return None, len(outline.siblings(None))
    parent = outline.parent(current)
    return parent, outline.siblings(parent).index(current)


def place_below(plan: Plan, current: str | None, *, into: bool = False) -> tuple[str | None, int]:
    """Where a task goes right below ``current``: its first subtask when ``into`` (an
    expanded summary), else its next sibling (at the end without one)."""
    outline = _Outline(plan)
    if current is None or current not in outline.tasks:
        return None, len(outline.siblings(None))
    if into:
        return current, 0
    parent = outline.parent(current)
    return parent, outline.siblings(parent).index(current) + 1


def insert_task(plan: Plan, parent: str | None, index: int, text: str) -> OutlineEdit:
    """A new task at ``index`` among ``parent``'s children; the rows below move down."""
    outline = _Outline(plan)
    task = new_task(plan, parent)
    outline.kids(parent).insert(index, task.uid)
    tasks = outline.renumbered({task.uid: task})
    return OutlineEdit(text, Patch(tasks=tuple(tasks)), (task.uid,))


def top_level(plan: Plan, uids: Iterable[str]) -> list[str]:
    """``uids`` without those whose summary (at any level) is among them, in outline
    order: the rows a command moves, each taking its subtasks along."""
    picked = set(uids)
    outline = _Outline(plan)
    out = []
    for task in plan.tasks:
        if task.uid not in picked:
            continue
        p = outline.parent(task.uid)
        while p is not None and p not in picked:
            p = outline.parent(p)
        if p is None:
            out.append(task.uid)
    return out


# -- outline commands -------------------------------------------------------------------------


def delete_tasks(plan: Plan, roots: Sequence[str]) -> OutlineEdit | None:
    """Delete ``roots`` with their subtasks (and, by cascade, their links, assignments and
    board history); the row after them is selected, or the one before."""
    if not roots:
        return None
    outline = _Outline(plan)
    gone: list[str] = []
    for uid in roots:
        gone.append(uid)
        gone.extend(outline.subtree(uid))
    order = [t.uid for t in plan.tasks]
    first = order.index(roots[0])
    gone_set = set(gone)
    after = next((u for u in order[first:] if u not in gone_set), None)
    before = next((u for u in reversed(order[:first]) if u not in gone_set), None)
    n = len(gone)
    what = word("Undo", "{} tasks").format(n) if n > 1 else named([outline.tasks[roots[0]].name])
    text = word("Undo", "Delete {what}").format(what=what)
    nxt = after or before
    return OutlineEdit(text, Patch(tasks_removed=tuple(gone)), (nxt,) if nxt else ())


def _rearranged(outline: _Outline, text: str, select: Sequence[str]) -> OutlineEdit | None:
    tasks = outline.renumbered()
    if not tasks:
        return None
    return OutlineEdit(text, Patch(tasks=tuple(tasks)), tuple(select))


def indent(plan: Plan, roots: Sequence[str]) -> OutlineEdit | None:
    """Each of ``roots`` becomes the last subtask of the task above it (a first child
    stays where it is)."""
    outline = _Outline(plan)
    moved = []
    for uid in roots:
        siblings = outline.kids(outline.parent(uid))
        i = siblings.index(uid)
        if i == 0:
            continue
        new_parent = siblings[i - 1]
        siblings.pop(i)
        outline.kids(new_parent).append(uid)
        outline.moved_to[uid] = new_parent
        moved.append(uid)
    if not moved:
        return None
    return _rearranged(outline, word("Undo", "Indent {what}").format(what=outline.names(moved)),
                       roots)


def outdent(plan: Plan, roots: Sequence[str]) -> OutlineEdit | None:
    """Each of ``roots`` moves up a level, right after its summary; the tasks below it
    under that summary become its subtasks (rows keep their order)."""
    outline = _Outline(plan)
    moved = False
    for uid in roots:
        p = outline.parent(uid)
        if p is None:
            continue
        grand = outline.parent(p)
        siblings = outline.kids(p)
        i = siblings.index(uid)
        followers = siblings[i + 1:]
        del siblings[i:]
        outline.kids(uid).extend(followers)
        for f in followers:
            outline.moved_to[f] = uid
        upper = outline.kids(grand)
        upper.insert(upper.index(p) + 1, uid)
        outline.moved_to[uid] = grand
        moved = True
    if not moved:
        return None
    return _rearranged(outline, word("Undo", "Outdent {what}").format(what=outline.names(roots)),
                       roots)


def move(plan: Plan, roots: Sequence[str], direction: int) -> OutlineEdit | None:
    """Swap each of ``roots`` with its sibling above (``direction`` -1) or below (+1); a
    row at the end of its summary, or next to another moving row, stays."""
    outline = _Outline(plan)
    order = list(reversed(roots)) if direction > 0 else list(roots)
    picked = set(order)
    moved = False
    for uid in order:
        siblings = outline.kids(outline.parent(uid))
        i = siblings.index(uid)
        j = i + direction
        if not 0 <= j < len(siblings) or siblings[j] in picked:
            continue
        siblings[i], siblings[j] = siblings[j], siblings[i]
        moved = True
    if not moved:
        return None
    verb = word("Undo", "Move up {what}") if direction < 0 else word("Undo", "Move down {what}")
    return _rearranged(outline, verb.format(what=outline.names(order)), roots)


# -- clipboard ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clip:
    """Rows on the clipboard: tasks (outline order), the links and assignments they carry.

    A copy carries the links between its rows; a cut also those to rows left behind (a
    paste of a cut puts the rows back as they were, uids and all, when they are gone)."""

    tasks: tuple[Task, ...]
    dependencies: tuple[Dependency, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    cut: bool = False


def copy_rows(plan: Plan, roots: Sequence[str], *, cut: bool = False) -> Clip | None:
    """``roots`` and their subtasks as a :class:`Clip`; None without rows."""
    if not roots:
        return None
    outline = _Outline(plan)
    chosen: set[str] = set()
    for uid in roots:
        chosen.add(uid)
        chosen.update(outline.subtree(uid))
    tasks = tuple(t for t in plan.tasks if t.uid in chosen)
    if cut:
        deps = tuple(d for d in plan.dependencies
                     if d.predecessor_uid in chosen or d.successor_uid in chosen)
    else:
        deps = tuple(d for d in plan.dependencies
                     if d.predecessor_uid in chosen and d.successor_uid in chosen)
    assigns = tuple(a for a in plan.assignments if a.task_uid in chosen)
    return Clip(tasks, deps, assigns, cut)


def _count_text(template: str, tasks: Sequence[Task]) -> str:
    """An undo step's name from its translated template: "Cut 3 tasks", "Paste “Design”"."""
    n = len(tasks)
    what = word("Undo", "{} tasks").format(n) if n > 1 else named([tasks[0].name])
    return template.format(what=what)


def cut_rows(clip: Clip) -> OutlineEdit:
    """The edit of a cut: the clip's tasks go (with what refers to them)."""
    return OutlineEdit(_count_text(word("Undo", "Cut {what}"), clip.tasks),
                       Patch(tasks_removed=tuple(t.uid for t in clip.tasks)))


def clip_from_text(plan: Plan, text: str) -> Clip | None:
    """Plain text lines (from a spreadsheet, say) as new tasks named by their first
    column, with a duration from the second when it reads as one; None without any."""
    units = TimeUnits.of(plan.project)
    tasks = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split("\t")]
        if not cells or not cells[0]:
            continue
        task = replace(new_task(plan), name=cells[0][:500])
        if len(cells) > 1:
            try:
                d = parse_duration(cells[1], units)
                task = replace(task, duration=d.minutes, duration_unit=d.unit,
                               duration_elapsed=d.elapsed, milestone=d.minutes == 0)
            except ValueError:
                pass
        tasks.append(task)
    if not tasks:
        return None
    return Clip(tuple(tasks))


def paste(plan: Plan, clip: Clip, parent: str | None, index: int) -> OutlineEdit:
    """The clip's rows at ``index`` among ``parent``'s children, with the links between
    them (and, from a cut, to rows still in the plan) and their assignments to resources
    the plan has. Pasted copies get new uids; a cut whose rows are gone gets them back."""
    outline = _Outline(plan)
    existing = outline.tasks
    reuse = clip.cut and not any(t.uid in existing for t in clip.tasks)
    mapping = {t.uid: (t.uid if reuse else new_uid()) for t in clip.tasks}
    pasted: dict[str, Task] = {}
    roots: list[str] = []
    for t in clip.tasks:
        new_parent = mapping.get(t.parent_uid) if t.parent_uid is not None else None
        task = replace(t, uid=mapping[t.uid], parent_uid=new_parent, source_uid=None)
        if t.parent_uid not in mapping:
            roots.append(task.uid)
        pasted[task.uid] = task
    outline.kids(parent)[index:index] = roots
    tasks = outline.renumbered({u: pasted[u] for u in roots})
    root_set = set(roots)
    tasks.extend(t for u, t in pasted.items() if u not in root_set)

    def end(uid: str) -> str | None:
        return mapping.get(uid) or (uid if uid in existing else None)

    deps = []
    for d in clip.dependencies:
        a, b = end(d.predecessor_uid), end(d.successor_uid)
        if a and b:
            deps.append(replace(d, uid=d.uid if reuse else new_uid(), predecessor_uid=a,
                                successor_uid=b))
    resources = {r.uid for r in plan.resources}
    assigns = [replace(a, uid=a.uid if reuse else new_uid(), task_uid=mapping[a.task_uid],
                       source_uid=None)
               for a in clip.assignments if a.resource_uid in resources]
    patch = Patch(tasks=tuple(tasks), dependencies=tuple(deps), assignments=tuple(assigns))
    return OutlineEdit(_count_text(word("Undo", "Paste {what}"), clip.tasks), patch, tuple(roots))


# -- typed cells -----------------------------------------------------------------------------


class TaskField(StrEnum):
    """The fields of a task a cell of the sheet takes typed text for."""

    NAME = "name"
    DURATION = "duration"
    START = "start"
    FINISH = "finish"
    PREDECESSORS = "predecessors"
    RESOURCES = "resources"
    PERCENT = "percent"
    ESTIMATE = "estimate"
    MODE = "mode"


@dataclass(frozen=True)
class EntryContext:
    """What reading a typed cell needs besides the text: the plan and its schedule, and
    lookups a sheet keeps at hand (:meth:`of` works them out from the plan)."""

    plan: Plan
    schedule: ScheduleResult
    units: TimeUnits
    tasks: Mapping[str, Task]  # by uid
    calendar: Callable[[str | None], WorkCalendar]  # a task's calendar by its calendar_uid
    row_numbers: Mapping[str, int]
    uid_for_row: Callable[[int], str | None]
    links_into: Callable[[str], Sequence[Dependency]]
    assignments_of: Callable[[str], Sequence[Assignment]]

    @classmethod
    def of(cls, plan: Plan, schedule: ScheduleResult) -> EntryContext:
        calendars = calendars_for(plan)
        default = project_calendar(plan)
        rows = row_numbers(plan.tasks)
        by_row = {n: uid for uid, n in rows.items()}
        incoming: dict[str, list[Dependency]] = {}
        for d in plan.dependencies:
            incoming.setdefault(d.successor_uid, []).append(d)
        assigned: dict[str, list[Assignment]] = {}
        for a in plan.assignments:
            assigned.setdefault(a.task_uid, []).append(a)
        return cls(
            plan, schedule, TimeUnits.of(plan.project), plan.task_index(),
            lambda uid: calendars.get(uid, default) if uid is not None else default,
            rows, by_row.get,
            lambda uid: incoming.get(uid, ()), lambda uid: assigned.get(uid, ()),
        )


def cycle_text(plan: Plan, uids: Iterable[str]) -> str:
    """The tasks of a dependency cycle by name, back to the first: "A → B → A"."""
    by_uid = plan.task_index()
    names = [by_uid[u].name if u in by_uid else u for u in uids]
    if names and names[0] != names[-1]:
        names.append(names[0])
    return " → ".join(names)


def typed_patch(ctx: EntryContext, uid: str, field: TaskField, text: str, *,
                create_resources: bool = False) -> Patch | None:
    """The edit that typing ``text`` into ``field`` of task ``uid`` makes.

    ``None`` when the text says what the task already is; ``ValueError`` with a message
    for the user when the text is not valid there (:class:`UnknownResourceError` for
    resources the project lacks, unless ``create_resources`` adds them in the patch).
    """
    return _READERS[field](ctx, ctx.tasks[uid], text, create_resources)


def _name(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    name = text.strip()
    if not name:
        raise ValueError("A task needs a name")
    return None if name == task.name else Patch(tasks=(replace(task, name=name),))


def _duration(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    d = parse_duration(text, ctx.units)
    if (d.minutes, d.unit, d.elapsed) == (task.duration, task.duration_unit,
                                          task.duration_elapsed):
        return None
    new = replace(task, duration=d.minutes, duration_unit=d.unit,
                  duration_elapsed=d.elapsed, milestone=d.minutes == 0)
    if task.manual:
        new = replace(new, manual_finish=None)  # the finish follows the duration
    return Patch(tasks=(new,))


def _date(ctx: EntryContext, task: Task, text: str, start: bool) -> Patch | None:
    """A typed start is a start-no-earlier-than, a typed finish a finish-no-earlier-than
    (as in MS Project); a date alone means the first (last) working moment of that day."""
    cal = ctx.calendar(task.calendar_uid)
    typed = parse_date(text, default_time=time(0, 0))
    has_time = ":" in text
    dates = ctx.schedule.tasks.get(task.uid)
    if task.manual:
        return _manual_date(task, dates, cal, typed, has_time, start)
    if start:
        if dates is not None and not has_time and typed.date() == dates.start.date():
            return None
        moment = typed if has_time else cal.next_working(typed)
        return Patch(tasks=(replace(task, constraint_type=ConstraintType.SNET,
                                    constraint_date=moment),))
    if dates is not None and not has_time and typed.date() == dates.finish.date():
        return None
    if has_time:
        moment = typed
    else:
        moment = cal.previous_working(typed + timedelta(days=1))
        if moment.date() != typed.date():
            moment = cal.next_working(typed)
    return Patch(tasks=(replace(task, constraint_type=ConstraintType.FNET,
                                constraint_date=moment),))


def _manual_date(task: Task, dates: TaskDates | None, cal: WorkCalendar, typed: datetime,
                 has_time: bool, start: bool) -> Patch | None:
    """A manual task takes the date typed as it is: a start moves it (its duration kept),
    a finish sets its duration, as in MS Project."""
    first = task.manual_start or (dates.start if dates else typed)
    if start:
        moment = typed if has_time else cal.next_working(typed)
        finish = moment if task.duration == 0 else cal.add(
            moment, task.duration + task.split_minutes)
        new = replace(task, manual_start=moment, manual_finish=finish)
    else:
        moment = typed if has_time else cal.previous_working(typed + timedelta(days=1))
        if moment < first:
            raise ValueError("A manual task cannot finish before it starts "
                             f"({first:%Y-%m-%d %H:%M})")
        minutes = max(0, cal.between(first, moment) - task.split_minutes)
        new = replace(task, manual_start=first, manual_finish=moment, duration=minutes,
                      milestone=minutes == 0)
    return None if new == task else Patch(tasks=(new,))


def _mode(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    """Manual pins the task where it is now, as MS Project does; Auto lets the links and
    constraints place it again."""
    word = text.strip().casefold()
    if word in ("manual", "m", "manually scheduled"):
        manual = True
    elif word in ("auto", "a", "automatic", "auto scheduled"):
        manual = False
    else:
        raise ValueError(f"'{text.strip()}' is not a task mode: type Manual or Auto")
    if manual == task.manual:
        return None
    if not manual:
        return Patch(tasks=(replace(task, manual=False),))
    dates = ctx.schedule.tasks.get(task.uid)
    return Patch(tasks=(replace(
        task, manual=True,
        manual_start=dates.start if dates else task.manual_start,
        manual_finish=dates.finish if dates else task.manual_finish),))


def _percent(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    pct = parse_percent(text)
    if pct == task.percent_complete:
        return None
    return Patch(tasks=(replace(task, percent_complete=pct),))


def _estimate(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    est = parse_estimates(text, ctx.units)
    o, m, p = est if est is not None else (None, None, None)
    if (o, m, p) == (task.optimistic, task.most_likely, task.pessimistic):
        return None
    return Patch(tasks=(replace(task, optimistic=o, most_likely=m, pessimistic=p),))


def _predecessors(ctx: EntryContext, task: Task, text: str, _create: bool) -> Patch | None:
    specs = parse_predecessors(text, ctx.uid_for_row, ctx.units,
                               own_row=ctx.row_numbers.get(task.uid))
    for s in specs:
        cycle = would_create_cycle(ctx.plan, s.predecessor_uid, task.uid)
        if cycle:
            raise ValueError(
                f"'{s.row}' would make a dependency cycle: {cycle_text(ctx.plan, cycle)}")
    ups, gone = links_patch(ctx.links_into(task.uid), task.uid, specs)
    if not ups and not gone:
        return None
    return Patch(dependencies=ups, dependencies_removed=gone)


def _resources(ctx: EntryContext, task: Task, text: str, create: bool) -> Patch | None:
    resources = ctx.plan.resources
    added: tuple[Resource, ...] = ()
    try:
        specs = parse_resources(text, resources)
    except UnknownResourceError as exc:
        if not create:
            raise
        added = tuple(Resource(new_uid(), name.strip()) for name in exc.names)
        specs = parse_resources(text, [*resources, *added])
    ups, gone = assignments_patch(ctx.assignments_of(task.uid), task.uid, specs)
    if not ups and not gone:
        return None
    return Patch(resources=added, assignments=ups, assignments_removed=gone)


_READERS: dict[TaskField, Callable[[EntryContext, Task, str, bool], Patch | None]] = {
    TaskField.NAME: _name,
    TaskField.DURATION: _duration,
    TaskField.START: lambda ctx, task, text, _c: _date(ctx, task, text, True),
    TaskField.FINISH: lambda ctx, task, text, _c: _date(ctx, task, text, False),
    TaskField.PERCENT: _percent,
    TaskField.ESTIMATE: _estimate,
    TaskField.PREDECESSORS: _predecessors,
    TaskField.RESOURCES: _resources,
    TaskField.MODE: _mode,
}
