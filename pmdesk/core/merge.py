"""What changed between two versions of a plan, and the three-way merge of two copies.

Both work row by row, by uid, and field by field over every kind of row the registry
declares (:data:`pmdesk.core.kinds.KINDS`), plus the project's own fields: a kind added
there is compared and merged with nothing added here.

:func:`diff` lists the changes from an old plan to a new one, grouped as a PM reads them
(tasks added, removed, moved in the outline, renamed; dates slipped or pulled in, given the
two schedules; links, assignments, progress; risks raised, closed, re-scored; costs;
the product layer). :func:`digest` says the same in a few lines for a status e-mail.

:class:`Merge` takes the common ancestor and both sides: a change made on one side only is
taken, the same field changed on both sides differently is a :class:`Conflict`, and so is
an edit against a deletion. A side that is a shared copy compares against the ancestor as
that copy was stripped (``theirs_base``), so what the copy left out never counts as
removed. :meth:`Merge.patch` is the one patch that turns my plan into the merged one; a
risk ID or a name both sides added is settled there (:mod:`.collisions`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from .calendar import project_calendar, to_minute
from .collisions import Collision, settle
from .durations import format_duration
from .kinds import KINDS, Kind, OnDelete
from .model import Dependency, Plan, ProjectInfo
from .patch import Patch, apply_patch, plan_rows
from .schedule import CycleError, ScheduleResult, collector_paused, schedule
from .sharing import copy_plan, row_name

__all__ = ["Change", "Collision", "Conflict", "Merge", "closing_links", "diff", "digest"]

_GROUPS = {
    "tasks": "Tasks", "dependencies": "Links", "assignments": "Assignments",
    "resources": "Resources", "risks": "Risks", "costs": "Budget and costs",
    "product": "Product", "board": "Board", "calendars": "Calendars",
}
#: The groups in the order the change list shows them.
GROUP_ORDER = ("Project", "Tasks", "Dates", "Progress", "Links", "Assignments", "Resources",
               "Risks", "Budget and costs", "Product", "Board", "Calendars")
_MINUTE_FIELDS = frozenset({"duration", "lag", "leveling_delay", "optimistic", "most_likely",
                            "pessimistic", "schedule_min", "schedule_likely", "schedule_max"})


def group_of(kind: Kind) -> str:
    return _GROUPS.get(kind.flag, kind.flag.replace("_", " ").capitalize())


def show(value: Any, name: str = "") -> str:
    """A field's value as the change list shows it."""
    if value is None or value == ():
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%a %d %b %Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d %b %Y")
    if isinstance(value, int) and name in _MINUTE_FIELDS:
        return format_duration(value)
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return ", ".join(show(v) for v in value) if len(value) <= 5 else f"{len(value)} items"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True)
class Change:
    """One change between two versions: in ``group``, of the row ``uid`` of ``kind``
    ("project" for the project's own fields)."""

    group: str
    kind: str
    uid: str
    name: str
    action: str  # added, removed, changed, moved, renamed, slipped, pulled in, raised, ...
    field: str = ""
    old: str = ""
    new: str = ""

    def text(self) -> str:
        if self.field and (self.old or self.new):
            label = self.field.replace("_", " ")
            return f"{self.name}: {label} {self.old} → {self.new}" + (
                f" ({self.action})" if self.action not in ("changed",) else "")
        return f"{self.name}: {self.action}"

    def as_json(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in _CHANGE_FIELDS}


_CHANGE_FIELDS = tuple(f.name for f in dataclasses.fields(Change))


def label(plan: Plan, kind: Kind, row: Any, names: Mapping[str, Mapping[str, str]]) -> str:
    """How a row is named: its own name, else the names of the rows it refers to
    ("Design → Build" for a link, "Ana on Build" for an assignment)."""
    own = row_name(row)
    if own != row.uid:
        return own
    parts = []
    for ref in kind.refs:
        if ref.many:
            continue
        target = getattr(row, ref.field)
        if target is not None:
            parts.append(names[ref.target].get(target, target))
    return " → ".join(parts) if kind.name == "dependencies" else " / ".join(parts) or row.uid


class _Names(dict[str, dict[str, str]]):
    """Each kind's row names by uid, worked out for a kind when first asked (a change
    list names few kinds' rows; a plan has many)."""

    def __init__(self, *plans: Plan) -> None:
        super().__init__()
        self._plans = plans

    def __missing__(self, kind: str) -> dict[str, str]:
        own: dict[str, str] = {}
        for plan in self._plans:
            for row in plan_rows(plan, KINDS[kind]):
                if row.uid not in own:
                    own[row.uid] = row_name(row)
        self[kind] = own
        return own


def _names(*plans: Plan) -> _Names:
    return _Names(*plans)


def _task_field_change(name: str, field: str, old: Any, new: Any,
                       names: Mapping[str, Mapping[str, str]]) -> Change:
    if field == "name":
        return Change("Tasks", "tasks", "", name, "renamed", "name", show(old), show(new))
    if field in ("parent_uid", "position"):
        parents = names["tasks"]
        return Change("Tasks", "tasks", "", name, "moved", "outline",
                      parents.get(old, "top level") if field == "parent_uid" else f"#{old}",
                      parents.get(new, "top level") if field == "parent_uid" else f"#{new}")
    if field in ("percent_complete", "actual_start", "actual_finish"):
        return Change("Progress", "tasks", "", name, "changed", field, show(old, field),
                      show(new, field))
    return Change("Tasks", "tasks", "", name, "changed", field, show(old, field),
                  show(new, field))


def _risk_changes(name: str, old: Any, new: Any) -> list[Change] | None:
    if old.status != new.status and new.status.value == "closed":
        return [Change("Risks", "risks", new.uid, name, "closed")]
    if (old.probability, old.impact) != (new.probability, new.impact):
        return [Change("Risks", "risks", new.uid, name, "re-scored", "score",
                       f"{old.probability}×{old.impact}", f"{new.probability}×{new.impact}")]
    return None


def _row_changes(kind: Kind, name: str, old: Any, new: Any,
                 names: Mapping[str, Mapping[str, str]]) -> list[Change]:
    if kind.name == "risks":
        special = _risk_changes(name, old, new)
        if special:
            return special
    out: list[Change] = []
    moved = False
    for f in dataclasses.fields(old):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if a == b:
            continue
        if kind.outline:
            if f.name in ("parent_uid", "position"):
                if moved or f.name == "position" and old.parent_uid != new.parent_uid:
                    continue
                moved = True
            change = _task_field_change(name, f.name, a, b, names)
        else:
            change = Change(group_of(kind), kind.name, "", name, "changed", f.name,
                            show(a, f.name), show(b, f.name))
        out.append(dataclasses.replace(change, uid=new.uid))
    return out


_ADDED = {"risks": "raised"}


#: Each task's finish by uid (:func:`~.schedule.finish_dates`), or a whole schedule.
Finishes = Mapping[str, datetime] | ScheduleResult


def diff(old: Plan, new: Plan, old_dates: Finishes | None = None,
         new_dates: Finishes | None = None) -> list[Change]:
    """Every change from ``old`` to ``new``, in :data:`GROUP_ORDER`; with both schedules
    (or both plans' finishes), also the tasks whose dates slipped or were pulled in, by
    how much."""
    with collector_paused():  # many small objects, none in a cycle
        return _diff(old, new, old_dates, new_dates)


def _diff(old: Plan, new: Plan, old_dates: Finishes | None, new_dates: Finishes | None
          ) -> list[Change]:
    names = _names(new, old)
    changes: list[Change] = []
    if old.project != new.project:
        for f in dataclasses.fields(ProjectInfo):
            a, b = getattr(old.project, f.name), getattr(new.project, f.name)
            if a != b:
                group = "Budget and costs" if f.name == "budget" else "Project"
                changes.append(Change(group, "project", new.project.uid, new.project.name,
                                      "changed", f.name, show(a, f.name), show(b, f.name)))
    for kind in KINDS:
        changes += _kind_changes(kind, old, new, names)
    if old_dates is not None and new_dates is not None:
        changes += _date_changes(new, _finish_of(old_dates), _finish_of(new_dates))
    order = {g: i for i, g in enumerate(GROUP_ORDER)}
    changes.sort(key=lambda c: order.get(c.group, len(order)))
    return changes


def _kind_changes(kind: Kind, old: Plan, new: Plan, names: _Names) -> list[Change]:
    """The rows of ``kind`` added, removed and changed from ``old`` to ``new``."""
    changes: list[Change] = []
    before = {r.uid: r for r in plan_rows(old, kind)}
    group = group_of(kind)
    for row in plan_rows(new, kind):
        was = before.pop(row.uid, None)
        if was is None:
            changes.append(Change(group, kind.name, row.uid, label(new, kind, row, names),
                                  _ADDED.get(kind.name, "added")))
        elif was is not row and was != row:
            changes += _row_changes(kind, label(new, kind, row, names), was, row, names)
    for row in before.values():
        changes.append(Change(group, kind.name, row.uid, label(old, kind, row, names),
                              "removed"))
    return changes


def _finish_of(dates: Finishes) -> Mapping[str, datetime]:
    if isinstance(dates, ScheduleResult):
        return {uid: d.finish for uid, d in dates.tasks.items()}
    return dates


def _date_changes(new: Plan, old_finish: Mapping[str, datetime],
                  new_finish: Mapping[str, datetime]) -> list[Change]:
    """Tasks whose finish moved, by how many working days of the project calendar."""
    out: list[Change] = []
    work_m = project_calendar(new).work_m
    per_day = new.project.minutes_per_day or 480
    worked: dict[datetime, int] = {}  # working minutes up to a moment, by moment
    shown = _MomentText()
    for task in new.tasks:
        a, b = old_finish.get(task.uid), new_finish.get(task.uid)
        if a is None or b is None or a == b:
            continue
        wa = worked.get(a)
        if wa is None:
            wa = worked[a] = work_m(to_minute(a))
        wb = worked.get(b)
        if wb is None:
            wb = worked[b] = work_m(to_minute(b))
        days = round(abs(wb - wa) / per_day, 1)
        if days == 0:
            continue
        amount = f"{days:g} day{'s' if days != 1 else ''}"
        action = f"slipped {amount}" if b > a else f"pulled in {amount}"
        out.append(Change("Dates", "tasks", task.uid, task.name, action, "finish",
                          shown[a], shown[b]))
    return out


class _MomentText(dict[datetime, str]):
    """Moments as :func:`show` writes them, each day's part written once (a large plan's
    finishes fall on a few hundred days)."""

    def __init__(self) -> None:
        super().__init__()
        self._days: dict[date, str] = {}

    def __missing__(self, moment: datetime) -> str:
        day = moment.date()
        text = self._days.get(day)
        if text is None:
            text = self._days[day] = day.strftime("%a %d %b %Y")
        self[moment] = shown = f"{text} {moment.hour:02d}:{moment.minute:02d}"
        return shown


def digest(changes: list[Change], old: Plan, new: Plan, limit: int = 5) -> str:
    """A few lines for a status e-mail: the counts per group and the biggest changes."""
    if not changes:
        return f"{new.project.name}: no changes."
    lines = [f"{new.project.name}: {len(changes)} change{'s' if len(changes) != 1 else ''}"]
    by_group: dict[str, list[Change]] = {}
    for c in changes:
        by_group.setdefault(c.group, []).append(c)
    for group, items in by_group.items():
        counted: dict[str, int] = {}
        for c in items:
            counted[c.action.split(" ")[0]] = counted.get(c.action.split(" ")[0], 0) + 1
        said = ", ".join(f"{n} {a}" for a, n in counted.items())
        lines.append(f"- {group}: {said}")
        for c in items[:limit if group in ("Dates", "Risks", "Budget and costs") else 2]:
            lines.append(f"    {c.text()}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- merge


@dataclass(frozen=True)
class Conflict:
    """The same field changed differently on both sides (``field``), or a row edited on
    one side and deleted on the other (``field`` empty)."""

    kind: str
    uid: str
    name: str
    field: str
    mine: str
    theirs: str

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.uid, self.field)

    def text(self) -> str:
        what = self.field.replace("_", " ") if self.field else "edited against deleted"
        return f"{self.name} ({self.kind.replace('_', ' ')}): {what}: mine {self.mine}, " \
               f"theirs {self.theirs}"


def _same(a: Any, b: Any) -> bool:
    return a is b or a == b


@dataclass
class _Row:
    """A row both sides changed: mine with theirs' changes taken, and what conflicts."""

    mine: Any
    theirs: Any
    merged: Any
    fields: list[str]
    deleted: bool  # an edit against a deletion


class Merge:
    """The three-way merge of ``mine`` and ``theirs`` against their common ancestor
    ``base``; ``theirs_base`` / ``mine_base``: the ancestor as a shared copy stripped it,
    when that side is one."""

    def __init__(self, base: Plan, mine: Plan, theirs: Plan, *,
                 theirs_base: Plan | None = None, mine_base: Plan | None = None) -> None:
        self.mine = mine
        self.theirs = theirs
        self._taken: dict[str, dict[str, Any]] = {}  # kind -> uid -> row (None: removed)
        self._rows: dict[tuple[str, str], _Row] = {}
        self.conflicts: list[Conflict] = []
        # Codes and names theirs brought in that mine already has, as the last
        # :meth:`patch` settled them.
        self.collisions: list[Collision] = []
        self.taken_from_theirs = 0
        names = _names(mine, theirs)
        mb, tb = mine_base or base, theirs_base or base
        for kind in KINDS:
            self._merge_kind(kind, plan_rows(mb, kind), plan_rows(tb, kind), names)
        self._project(mb.project, tb.project)

    def _merge_kind(self, kind: Kind, mb_rows: list[Any], tb_rows: list[Any],
                    names: Mapping[str, Mapping[str, str]]) -> None:
        mine = {r.uid: r for r in plan_rows(self.mine, kind)}
        theirs = {r.uid: r for r in plan_rows(self.theirs, kind)}
        mb = {r.uid: r for r in mb_rows}
        tb = {r.uid: r for r in tb_rows}
        taken = self._taken.setdefault(kind.name, {})
        for uid in theirs.keys() | tb.keys():
            t, t0 = theirs.get(uid), tb.get(uid)
            if _same(t, t0):
                continue  # theirs left it alone: mine stands
            m, m0 = mine.get(uid), mb.get(uid)
            if _same(m, m0):
                self.taken_from_theirs += 1
                taken[uid] = t if t is None or m is None or t0 is None else \
                    _fields_from(m, t, t0)
                continue
            self._both(kind, uid, m, t, m0, t0, names)

    def _both(self, kind: Kind, uid: str, m: Any, t: Any, m0: Any, t0: Any,
              names: Mapping[str, Mapping[str, str]]) -> None:
        taken = self._taken[kind.name]
        if m is None and t is None:
            return
        name = label(self.mine if m is not None else self.theirs, kind,
                     m if m is not None else t, names)
        if m is None or t is None:
            self._rows[(kind.name, uid)] = _Row(m, t, m, [], True)
            self.conflicts.append(Conflict(kind.name, uid, name, "",
                                           "deleted" if m is None else "edited",
                                           "deleted" if t is None else "edited"))
            return
        merged = m
        conflicted: list[str] = []
        for f in dataclasses.fields(m):
            mv, tv = getattr(m, f.name), getattr(t, f.name)
            if mv == tv:
                continue
            t_changed = t0 is None or getattr(t0, f.name) != tv
            m_changed = m0 is None or getattr(m0, f.name) != mv
            if t_changed and not m_changed:
                merged = dataclasses.replace(merged, **{f.name: tv})
            elif t_changed:
                conflicted.append(f.name)
                self.conflicts.append(Conflict(kind.name, uid, name, f.name,
                                               show(mv, f.name), show(tv, f.name)))
        if conflicted:
            self._rows[(kind.name, uid)] = _Row(m, t, merged, conflicted, False)
        elif merged is not m:
            taken[uid] = merged
            self.taken_from_theirs += 1

    def _project(self, m0: ProjectInfo, t0: ProjectInfo) -> None:
        m, t = self.mine.project, self.theirs.project
        merged = m
        self._project_row: _Row | None = None
        if _same(t, t0):
            self.project = m
            return
        conflicted: list[str] = []
        for f in dataclasses.fields(ProjectInfo):
            mv, tv = getattr(m, f.name), getattr(t, f.name)
            if mv == tv or getattr(t0, f.name) == tv:
                continue
            if getattr(m0, f.name) == mv:
                merged = dataclasses.replace(merged, **{f.name: tv})
            else:
                conflicted.append(f.name)
                self.conflicts.append(Conflict("project", m.uid, m.name, f.name,
                                               show(mv, f.name), show(tv, f.name)))
        self.project = merged
        if conflicted:
            self._project_row = _Row(m, t, merged, conflicted, False)

    # -- the result ----------------------------------------------------------------------

    def unresolved(self, choices: Mapping[tuple[str, str, str], str],
                   prefer: str | None = None) -> list[Conflict]:
        """The conflicts neither ``choices`` nor ``prefer`` decide."""
        if prefer in ("mine", "theirs"):
            return []
        return [c for c in self.conflicts if c.key not in choices]

    def _decided(self, choices: Mapping[tuple[str, str, str], str], prefer: str | None,
                 key: tuple[str, str, str]) -> bool:
        """Whether theirs wins ``key``."""
        return choices.get(key, prefer or "mine") == "theirs"

    def patch(self, choices: Mapping[tuple[str, str, str], str] | None = None,
              prefer: str | None = None, drop_links: Iterable[str] = ()) -> Patch:
        """The patch that turns my plan into the merged one, conflicts decided by
        ``choices`` (key -> "mine" or "theirs"), else ``prefer``, else mine;
        ``drop_links``: links left out (to open a dependency cycle)."""
        choices = choices or {}
        upserts: dict[str, list[Any]] = {}
        removals: dict[str, list[str]] = {}
        for kind_name, rows in self._taken.items():
            for uid, row in rows.items():
                self._put(upserts, removals, kind_name, uid, row)
        restored: list[tuple[str, str]] = []
        for (kind_name, uid), info in self._rows.items():
            if info.deleted:
                theirs_wins = self._decided(choices, prefer, (kind_name, uid, ""))
                self._put(upserts, removals, kind_name, uid,
                          info.theirs if theirs_wins else info.mine)
                if theirs_wins and info.mine is None:
                    restored.append((kind_name, uid))
                continue
            row = info.merged
            picked = {f: getattr(info.theirs, f) for f in info.fields
                      if self._decided(choices, prefer, (kind_name, uid, f))}
            if picked:
                row = dataclasses.replace(row, **picked)
            if row is not info.mine:
                self._put(upserts, removals, kind_name, uid, row)
        dropped = set(drop_links)
        if dropped:
            upserts["dependencies"] = [d for d in upserts.get("dependencies", ())
                                       if d.uid not in dropped]
            removals.setdefault("dependencies", []).extend(
                d.uid for d in self.mine.dependencies if d.uid in dropped)
        project = self.project
        if self._project_row is not None:
            picked = {f: getattr(self._project_row.theirs, f) for f in self._project_row.fields
                      if self._decided(choices, prefer, ("project", project.uid, f))}
            if picked:
                project = dataclasses.replace(project, **picked)
        if restored:
            self._bring_back(restored, upserts)
        self._drop_dangling(upserts, removals)
        self.collisions = settle(self.mine, upserts, removals, _names(self.mine, self.theirs))
        return Patch.of(upserts, removals, None if project is self.mine.project else project)

    def _put(self, upserts: dict[str, list[Any]], removals: dict[str, list[str]], kind: str,
             uid: str, row: Any) -> None:
        if row is None:
            removals.setdefault(kind, []).append(uid)
        else:
            upserts.setdefault(kind, []).append(row)

    def _bring_back(self, restored: list[tuple[str, str]],
                    upserts: dict[str, list[Any]]) -> None:
        """Rows my deletion took with a row the merge keeps (theirs' edit won): its
        links, assignments and subtasks come back from their copy too."""
        frontier = list(restored)
        while frontier:
            target, uid = frontier.pop()
            for kind, ref in KINDS.cascades.get(target, ()):
                mine = {r.uid for r in plan_rows(self.mine, kind)}
                taken = {r.uid for r in upserts.get(kind.name, ())}
                for row in plan_rows(self.theirs, kind):
                    if getattr(row, ref.field) == uid and row.uid not in mine \
                            and row.uid not in taken:
                        upserts.setdefault(kind.name, []).append(row)
                        taken.add(row.uid)
                        frontier.append((kind.name, row.uid))

    def _drop_dangling(self, upserts: dict[str, list[Any]],
                       removals: dict[str, list[str]]) -> None:
        """Leave out rows taken in that refer (to be removed with it) to a row the merged
        plan lacks: a colleague's link to a task I deleted goes with the task."""
        present: dict[str, set[str]] = {}
        for kind in KINDS:
            uids = {r.uid for r in plan_rows(self.mine, kind)}
            uids |= {r.uid for r in upserts.get(kind.name, ())}
            uids -= set(removals.get(kind.name, ()))
            present[kind.name] = uids
        changed = True
        while changed:
            changed = False
            for kind in KINDS.write_order:
                cascades = [r for r in kind.refs if r.on_delete is OnDelete.CASCADE]
                if not cascades or not upserts.get(kind.name):
                    continue
                kept = []
                for row in upserts[kind.name]:
                    if any(getattr(row, r.field) is not None
                           and getattr(row, r.field) not in present[r.target]
                           for r in cascades):
                        present[kind.name].discard(row.uid)
                        changed = True
                    else:
                        kept.append(row)
                upserts[kind.name] = kept

    def plan(self, choices: Mapping[tuple[str, str, str], str] | None = None,
             prefer: str | None = None, drop_links: Iterable[str] = ()) -> Plan:
        """The merged plan (a new plan; mine is left as it is)."""
        merged = copy_plan(self.mine)
        apply_patch(merged, self.patch(choices, prefer, drop_links))
        return merged


def _fields_from(m: Any, t: Any, t0: Any) -> Any:
    """``m`` with the fields theirs changed (from ``t0`` to ``t``) taken from ``t``."""
    changed = {f.name: getattr(t, f.name) for f in dataclasses.fields(t)
               if getattr(t, f.name) != getattr(t0, f.name)}
    return dataclasses.replace(m, **changed) if changed else m


def closing_links(merged: Plan, mine: Plan) -> tuple[str, list[Dependency]] | None:
    """When the merged plan cannot be scheduled for a dependency cycle: the cycle as the
    engine names it and the links of the cycle that are new to my plan (the merge closed
    it through them; one of them is to be dropped). None when it schedules."""
    try:
        schedule(merged)
    except CycleError as exc:
        members = list(exc.task_uids)
        pairs = set(zip(members, members[1:] + members[:1], strict=True))
        mine_links = {d.uid for d in mine.dependencies}
        cycle = [d for d in merged.dependencies
                 if (d.predecessor_uid, d.successor_uid) in pairs]
        new = [d for d in cycle if d.uid not in mine_links] or cycle
        return str(exc), new
    return None
