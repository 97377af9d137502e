"""Critical path scheduling that gives the dates Microsoft Project gives.

A PM who opens a colleague's MS Project plan in pmdesk must see the same dates, so the
engine follows MS Project's rules (checked against schedules MS Project computed, see
``tests/interchange/test_oracle.py``):

- Tasks start at the project start unless links or constraints say otherwise; a start is
  moved to the next working moment of the task's calendar, except that a zero-duration
  milestone may sit at the end of a working period (Friday 17:00 stays Friday 17:00).
- Links FS, SS, FF, SF take a lag or lead in working time of the *successor's* calendar,
  in elapsed time (24 hours a day) for elapsed lags, or as a percentage of the
  predecessor's duration. Adding working time lands at the end of a period (Friday
  17:00), subtracting at the start of one (Monday 08:00).
- A finish driven by an FF or SF link (or a finish constraint) keeps the exact driving
  moment: an SF successor of a task starting Monday 08:00 finishes Monday 08:00, not Friday
  17:00. A task driven by FF never starts before the project start.
- Constraints: SNET, SNLT, FNET, FNLT, MSO and MFO are honoured over links (so slack may go
  negative); ALAP tasks are placed on their late dates. A deadline limits the late finish.
  A constraint date on a day off means the nearest working edge: the next working start
  for a start constraint, the end of the last working period for a finish constraint.
- Summary tasks are not scheduled: their dates roll up from their children (a manually
  scheduled summary shows the dates typed for it instead). A link to a
  summary applies to every task below it; a link from a summary starts from the summary's
  rolled-up start (SS, SF) or finish (FS, FF).
- A task worked by resources is scheduled on the union of its resources' calendars (work
  happens when any of them works), unless it has its own task calendar.
- Late dates: a task without successors must finish by the project finish (the latest
  early finish); late finishes coming from successors are capped at the project finish; a
  late finish at the start of a working period moves back to the end of the previous one
  (Monday 08:00 becomes Friday 17:00) except for zero-duration milestones; a late finish
  inside non-working time (a deadline on Sunday) moves back for milestones too.
- Total slack = min(start slack, finish slack) in working minutes of the task's calendar
  (finish slack alone once a task has started); free slack = the smallest gap to any
  unfinished successor for the link's type, minus its lag, never below 0, and equal to
  total slack for a task without successors. Critical = total slack at or under the
  project's critical slack limit on an unfinished task.
- Progress: a finished task keeps its actual dates; a started task (an actual start or a
  percent complete) keeps its start, and its remaining duration follows the completed part
  but is not scheduled before the project's status date. Tasks not started yet are not
  moved by the status date (MS Project does not move them either unless asked to).

Internally moments are ``int`` minutes (see :mod:`pmdesk.core.calendar`) in lists indexed
by task position, and the passes run in topological order, so a 100,000-task plan
schedules in seconds; :class:`Scheduler` keeps that compiled network and, after an edit,
recomputes only the tasks the edit moves, or, when it moves a large part of the plan or
the project finish (every late date follows the finish), reruns the passes in bulk.
"""

from __future__ import annotations

import gc
import heapq
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from itertools import chain, compress, repeat
from operator import attrgetter, ne, not_, sub, truth
from typing import NamedTuple, TypeVar

from .calendar import WorkCalendar, from_minute, project_calendar, to_minute
from .model import ConstraintType, LinkType, Plan, ResourceType, Task
from .patch import ChangeSet

__all__ = [
    "CycleError",
    "LinkViolation",
    "ScheduleResult",
    "Scheduler",
    "TaskDates",
    "finish_dates",
    "link_violations",
    "schedule",
    "task_calendar",
    "work_periods",
    "would_create_cycle",
]


class TaskDates(NamedTuple):
    """The computed dates of one task; slack in working minutes of its calendar.

    A named tuple rather than a dataclass: a big plan's schedule holds one per task, and
    tuples are built several times faster (and are as immutable)."""

    start: datetime
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack: int
    free_slack: int
    critical: bool


# Builds a TaskDates from one tuple of values without a Python-level call.
_make_dates = partial(tuple.__new__, TaskDates)


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    """The schedule of a whole plan, summaries included, by task uid."""

    project_start: datetime
    project_finish: datetime
    tasks: dict[str, TaskDates]


class CycleError(ValueError):
    """The links (or a link between a summary and its own subtasks) form a loop."""

    def __init__(self, task_uids: Sequence[str], task_names: Sequence[str]) -> None:
        self.task_uids = list(task_uids)
        self.task_names = list(task_names)
        names = [n or "(unnamed)" for n in self.task_names]
        super().__init__("Dependency cycle: " + " → ".join(names + names[:1]))


# Link kinds as small ints. The hot loops test them as `kind == _FS or kind == _FF`, not
# `kind in (_FS, _FF)` (ruff's SIM109): the tuple of globals is rebuilt on each test and is
# about 1.5 times slower there, hence the `noqa: SIM109` on those lines.
_FS, _SS, _FF, _SF = 0, 1, 2, 3
_KIND = {LinkType.FS: _FS, LinkType.SS: _SS, LinkType.FF: _FF, LinkType.SF: _SF}
_WORK, _ELAPSED, _PERCENT = 0, 1, 2

_ASAP, _ALAP, _SNET, _SNLT, _FNET, _FNLT, _MSO, _MFO = range(8)
_CONSTRAINT = {
    ConstraintType.ASAP: _ASAP,
    ConstraintType.ALAP: _ALAP,
    ConstraintType.SNET: _SNET,
    ConstraintType.SNLT: _SNLT,
    ConstraintType.FNET: _FNET,
    ConstraintType.FNLT: _FNLT,
    ConstraintType.MSO: _MSO,
    ConstraintType.MFO: _MFO,
}

_NEVER = 1 << 62

# An edit that moves more tasks than this (or a twentieth of the plan) is rescheduled by
# the bulk passes, whose cost per task is a fraction of following one task at a time (an
# edit early in a plan moves everything after it).
_BULK_EDIT = 256

# Code paths of the passes, from the fastest (see _Network.forward_path).
_SIMPLE, _PLAIN_LINKS, _GENERAL = 2, 1, 0


class _MomentCache(dict[int, datetime]):
    """Minute number -> datetime. Moments recur across tasks and reschedules (many tasks
    finish Friday 17:00) and datetimes are immutable, so conversions are shared; the cache
    empties itself when it grows large."""

    limit = 500_000

    def __missing__(self, minute: int) -> datetime:
        if len(self) >= self.limit:
            self.clear()
        value = self[minute] = from_minute(minute)
        return value


_DATETIMES = _MomentCache()
_T = TypeVar("_T")


def _seen(view: dict[int, int], late: list[int], q: int) -> int:
    """Task ``q``'s late start as its predecessors see it."""
    return view.get(q, late[q])


def _push(lists: list[list[_T] | None], i: int, item: _T) -> None:
    """Append to a sparse list of lists (None where empty)."""
    entries = lists[i]
    if entries is None:
        lists[i] = [item]
    else:
        entries.append(item)


def _m(value: datetime | None) -> int | None:
    return None if value is None else to_minute(value)


_UID = attrgetter("uid")
_PARENT = attrgetter("parent_uid")
_DURATION = attrgetter("duration")
# The task fields besides the duration that scheduling reads, and their plain values.
_SCHEDULE_FIELDS = attrgetter(
    "constraint_type",
    "calendar_uid",
    "duration_elapsed",
    "deadline",
    "actual_start",
    "actual_finish",
    "percent_complete",
    "leveling_delay",
    "manual",
    "splits",
    "ignore_resource_calendar",
)
_PLAIN = (ConstraintType.ASAP, None, False, None, None, None, 0, 0, False, (), False)

_LINK_FIELDS = attrgetter(
    "predecessor_uid", "successor_uid", "type", "lag", "lag_percent", "lag_elapsed"
)

# A link as the engine uses it: (other task index, kind, lag minutes, lag mode, percent).
_Link = tuple[int, int, int, int, int]


class _Network:
    """The plan compiled to index-based lists: tasks, calendars, expanded links, order."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        tasks = plan.tasks
        n = len(tasks)
        self.n = n
        # Columns are read with attrgetter and map: a 100,000-task plan is read field by
        # field in C instead of an attribute look-up per task in Python.
        self.uids = list(map(_UID, tasks))
        index = dict(zip(self.uids, range(n), strict=True))
        if len(index) != n:
            raise ValueError("two tasks of the plan share a uid")
        self.index = index
        self.parent = list(map(index.get, map(_PARENT, tasks), repeat(-1, n)))
        # Sparse lists hold None where a task has no entries: most tasks have no
        # children, no SS links, no lags, and a big plan should not pay for empty lists.
        children: list[list[int] | None] = [None] * n
        for i, p in enumerate(self.parent):
            if p >= 0:
                kids = children[p]
                if kids is None:
                    children[p] = [i]
                else:
                    kids.append(i)
        self.children = children
        self.summary = list(map(truth, children))
        self.leaves = list(compress(range(n), map(not_, children)))
        self.summaries = list(compress(range(n), self.summary))
        self._leaf_cache: dict[int, list[int]] = {}

        self.project_cal = project_calendar(plan)
        self._cal_cache: dict[str, WorkCalendar] = {}
        self._union_cache: dict[frozenset[str], WorkCalendar] = {}
        res_cal: dict[str, str] = {}
        for r in plan.resources:
            if r.type == ResourceType.WORK:
                res_cal[r.uid] = r.calendar_uid or ""
        self._task_res_cals: dict[str, set[str]] = {}
        for a in plan.assignments:
            if a.resource_uid in res_cal and a.units > 0 and a.task_uid in index:
                self._task_res_cals.setdefault(a.task_uid, set()).add(res_cal[a.resource_uid])

        self.cal: list[WorkCalendar] = [self.project_cal] * n
        self.dur: list[int] = list(map(_DURATION, tasks))
        self.elapsed = [False] * n
        self.zero = list(map(not_, self.dur))
        self.ctype = [0] * n
        self.cdate: list[int | None] = [None] * n
        self.deadline: list[int | None] = [None] * n
        self.astart: list[int | None] = [None] * n
        self.afinish: list[int | None] = [None] * n
        self.pct = [0] * n
        self.delay = [0] * n
        self.delay_elapsed = [False] * n
        self.done = [False] * n
        self.finished_count = 0
        # Manually scheduled tasks: their typed start and finish (None: not typed).
        self.manual = [False] * n
        self.mstart: list[int | None] = [None] * n
        self.mfinish: list[int | None] = [None] * n
        # Working minutes a split task pauses for (its bar spans duration + gap).
        self.gap = [0] * n
        # Auto tasks under a manually scheduled summary start no earlier than its start.
        self.floor: dict[int, int] = {}
        # Tasks whose late start, as their predecessors see it, is not their late start
        # (a task in progress, a leveling delay); their predecessors take the general path.
        self.viewed = [False] * n
        self.started: set[int] = set()  # tasks in progress
        self.elapsed_tasks: set[int] = set()  # tasks of elapsed duration
        # Most tasks have nothing but a duration: only the others are read in full.
        special = set(compress(range(n), map(ne, map(_SCHEDULE_FIELDS, tasks), repeat(_PLAIN))))
        if n and min(self.dur) < 0:
            special.update(i for i, d in enumerate(self.dur) if d < 0)
        special.update(index[uid] for uid in self._task_res_cals)
        for i in sorted(special):
            self.load_task(i, tasks[i])
        self._manual_summaries(
            [s for s in self.summaries if self.manual[s] and self.mstart[s] is not None]
        )

        self._fwd: list[list[int]] | None = None
        self.summary_start_links = False
        self._compile_links()
        self._pos: list[int] | None = None
        self.order = self._plan_order() or self._topological_order()
        # Which code path each pass takes for a task: _PLAIN_LINKS for a task that only
        # links and durations place (no progress, constraint, deadline or delay), _SIMPLE
        # when moreover all its links are plain FS/SS ones, else the general one. A task
        # with nothing but a duration is plain; the few others are looked at one by one.
        self.forward_path = [_PLAIN_LINKS if other else _SIMPLE for other in self.inc_other]
        self.backward_path = [_PLAIN_LINKS if other else _SIMPLE for other in self.out_other]
        refresh = special.union(compress(range(n), self.out_start), self.floor)
        for i in list(refresh):
            if self.viewed[i]:
                refresh.update(self.preds_of_leaf(i))
        for i in refresh:
            self.refresh_paths(i)
        self.summaries_in_order = list(
            compress(self.order, map(self.summary.__getitem__, self.order))
        )

    @property
    def pos(self) -> list[int]:
        """Each task's place in :attr:`order`, built when an edit first needs it."""
        if self._pos is None:
            pos = [0] * self.n
            for k, i in enumerate(self.order):
                pos[i] = k
            self._pos = pos
        return self._pos

    # ------------------------------------------------------------------ tasks

    def calendar_for(self, uid: str | None) -> WorkCalendar:
        if not uid or uid not in self.plan.calendars:
            return self.project_cal
        cal = self._cal_cache.get(uid)
        if cal is None:
            cal = self._cal_cache[uid] = WorkCalendar.from_calendar(
                self.plan.calendars[uid], self.plan.calendars
            )
        return cal

    def task_calendar(self, t: Task) -> WorkCalendar:
        """The working time a task is scheduled on, as MS Project does: its resources'
        calendars (work happens when any of them works), on the overlap with its own task
        calendar when it has one, unless it ignores resource calendars."""
        own = t.calendar_uid if t.calendar_uid in self.plan.calendars else None
        res = self._task_res_cals.get(t.uid)
        if own is not None and (not res or t.ignore_resource_calendar):
            return self.calendar_for(own)
        if not res:
            return self.project_cal
        key = frozenset(res)
        cal = self._union_cache.get(key)
        if cal is None:
            cal = self._union_cache[key] = WorkCalendar.union(
                self.calendar_for(uid) for uid in sorted(key)
            )
        if own is None:
            return cal
        both = frozenset((*key, "&" + own))
        overlap = self._union_cache.get(both)
        if overlap is None:
            try:
                overlap = WorkCalendar.intersection((self.calendar_for(own), cal))
            except ValueError:
                overlap = self.calendar_for(own)  # never both at work: the task calendar
            self._union_cache[both] = overlap
        return overlap

    def load_task(self, i: int, t: Task) -> None:
        """Copy one task's scheduling inputs into the lists."""
        if t.duration < 0:
            raise ValueError(f"task {t.name!r}: duration must not be negative ({t.duration})")
        if not 0 <= t.percent_complete <= 100:
            raise ValueError(
                f"task {t.name!r}: percent complete must be 0..100 ({t.percent_complete})"
            )
        if t.calendar_uid or t.uid in self._task_res_cals:
            self.cal[i] = self.task_calendar(t)
        else:
            self.cal[i] = self.project_cal
        self.dur[i] = t.duration
        self.elapsed[i] = t.duration_elapsed
        if t.duration_elapsed:
            self.elapsed_tasks.add(i)
        else:
            self.elapsed_tasks.discard(i)
        self.zero[i] = t.duration == 0
        ctype = _CONSTRAINT[t.constraint_type]
        self.ctype[i] = ctype
        if ctype > _ALAP:
            if t.constraint_date is None:
                raise ValueError(
                    f"task {t.name!r}: constraint {t.constraint_type.value}"
                    " needs a constraint date"
                )
            self.cdate[i] = self._constraint_moment(i, ctype, to_minute(t.constraint_date))
        else:
            self.cdate[i] = None
        self.deadline[i] = None if t.deadline is None else to_minute(t.deadline)
        was_finished = self.afinish[i] is not None
        if t.actual_start is None and t.actual_finish is None:
            self.astart[i] = self.afinish[i] = None
        else:
            self.astart[i] = _m(t.actual_start)
            self.afinish[i] = _m(t.actual_finish)
        self.finished_count += (t.actual_finish is not None) - was_finished
        self.pct[i] = t.percent_complete
        self.delay[i] = 0 if t.manual else t.leveling_delay
        self.delay_elapsed[i] = t.leveling_delay_elapsed
        self.done[i] = t.actual_finish is not None or t.percent_complete >= 100
        self.manual[i] = t.manual
        self.mstart[i] = _m(t.manual_start) if t.manual else None
        self.mfinish[i] = _m(t.manual_finish) if t.manual else None
        gap = t.split_minutes if t.splits else 0
        if gap < 0:
            raise ValueError(f"task {t.name!r}: a split must not be negative")
        self.gap[i] = gap
        if t.actual_finish is None and (t.actual_start is not None or t.percent_complete > 0):
            self.started.add(i)
        else:
            self.started.discard(i)
        self.viewed[i] = not t.manual and (
            bool(self.delay[i])
            or (t.actual_finish is None and (t.actual_start is not None or t.percent_complete > 0))
        )

    def _constraint_moment(self, i: int, ctype: int, m: int) -> int:
        """A constraint date in non-working time, as MS Project schedules it: a start
        constraint from the next working moment (a milestone may stay at the end of a
        working period), a finish constraint at the end of the last working period
        (Saturday 10:00 means Friday 17:00; a finish typed as Monday 08:00 stays). Elapsed
        tasks run round the clock and take the date as it is."""
        if self.elapsed[i]:
            return m
        cal = self.cal[i]
        if ctype in (_SNET, _SNLT, _MSO):
            if self.zero[i] and cal.previous_m(m) == m:
                return m
            return cal.next_m(m)
        if cal.next_m(m) == m:
            return m
        return cal.previous_m(m)

    def _manual_summaries(self, summaries: list[int]) -> None:
        """Auto subtasks of a manually scheduled summary start no earlier than its start."""
        floor = self.floor
        floor.clear()
        for s in summaries:
            start = self.mstart[s]
            assert start is not None
            for leaf in self.leaves_under(s):
                if not self.manual[leaf] and floor.get(leaf, start - 1) < start:
                    floor[leaf] = start

    def refresh_floor(self, i: int) -> None:
        """Task ``i``'s floor after an edit: the latest start of the manually scheduled
        summaries above it, none once it is manually scheduled itself."""
        starts = [
            start
            for s in self.ancestors(i)
            if self.manual[s] and (start := self.mstart[s]) is not None
        ]
        if starts and not self.manual[i]:
            self.floor[i] = max(starts)
        else:
            self.floor.pop(i, None)

    def preds_of_leaf(self, i: int) -> list[int]:
        """Tasks whose late dates task ``i``'s late start binds."""
        return self.late_preds(i)

    def refresh_paths(self, i: int) -> None:
        """Which code path the passes take for task ``i`` (see ``forward_path``)."""
        plain = (
            self.astart[i] is None
            and self.afinish[i] is None
            and self.ctype[i] <= _ALAP
            and not self.elapsed[i]
            and not self.manual[i]
            and not self.gap[i]
        )
        if plain and not self.delay[i] and not self.pct[i] and i not in self.floor:
            self.forward_path[i] = _PLAIN_LINKS if self.inc_other[i] else _SIMPLE
        else:
            self.forward_path[i] = _GENERAL
        if (
            plain
            and self.deadline[i] is None
            and not self.out_start[i]
            and not self.viewed[i]
            and not self._sees_viewed(i)
        ):
            self.backward_path[i] = _PLAIN_LINKS if self.out_other[i] else _SIMPLE
        else:
            self.backward_path[i] = _GENERAL

    def _sees_viewed(self, i: int) -> bool:
        """Whether a successor of ``i`` shows its predecessors another late start."""
        viewed = self.viewed
        q = self.fs_out[i]
        if q >= 0 and viewed[q]:
            return True
        if any(viewed[q] for q in self.out_fs0[i] or ()):
            return True
        return any(viewed[link[0]] for link in self.out_other[i] or ())

    def leaves_under(self, s: int) -> list[int]:
        """Every non-summary task below summary ``s`` (``[s]`` for a plain task)."""
        cached = self._leaf_cache.get(s)
        if cached is not None:
            return cached
        if not self.summary[s]:
            return [s]
        out: list[int] = []
        stack = [s]
        seen = {s}  # a damaged outline may loop; the topological sort reports it
        while stack:
            for c in self.children[stack.pop()] or ():
                if c in seen:
                    continue
                seen.add(c)
                if self.summary[c]:
                    stack.append(c)
                else:
                    out.append(c)
        self._leaf_cache[s] = out
        return out

    def ancestors(self, i: int) -> list[int]:
        out: list[int] = []
        p = self.parent[i]
        while p >= 0 and len(out) <= self.n:
            out.append(p)
            p = self.parent[p]
        return out

    # ------------------------------------------------------------------ links

    def _compile_links(self) -> None:
        """Expand links to summaries onto their subtasks and sort them by how they are used.

        A plain FS link between two tasks (most links in real plans) is only a task index:
        a task's first such predecessor and successor in ``fs_in`` and ``fs_out`` (-1 for
        none), the others in ``inc_fs0`` and ``out_fs0``, which the passes reduce with
        ``max``/``min``; so is the predecessor of a plain SS link in ``inc_ss0``. The rest
        keep their details (``inc_other``, ``out_other``, and ``own_other``, the links as
        drawn, for slack). Most tasks have one plain predecessor and one plain successor, so
        most need no list at all.
        """
        index = self.index
        summary = self.summary
        n = self.n
        fs_in = [-1] * n
        fs_out = [-1] * n
        inc_fs0: list[list[int] | None] = [None] * n
        inc_ss0: list[list[int] | None] = [None] * n
        inc_other: list[list[_Link] | None] = [None] * n
        out_fs0: list[list[int] | None] = [None] * n
        out_other: list[list[_Link] | None] = [None] * n
        out_start: list[list[tuple[int, int, int, int, int, int]] | None] = [None] * n
        own_other: list[list[_Link] | None] = [None] * n
        links_from_summary: dict[int, list[_Link]] = {}
        kinds = _KIND
        get = index.get
        for pred, succ, link_type, lag, percent, elapsed in map(
            _LINK_FIELDS, self.plan.dependencies
        ):
            p = get(pred)
            q = get(succ)
            if p is None or q is None:
                continue
            kind = kinds[link_type]
            if percent is not None:
                mode, lag, pct = _PERCENT, 0, percent
            elif elapsed:
                mode, pct = _ELAPSED, 0
            else:
                if not lag and kind == _FS and not summary[q] and not summary[p]:
                    # The common case, kept short: a plain FS link between two tasks.
                    if fs_in[q] < 0:
                        fs_in[q] = p
                    else:
                        _push(inc_fs0, q, p)
                    if fs_out[p] < 0:
                        fs_out[p] = q
                    else:
                        _push(out_fs0, p, q)
                    continue
                mode, pct = _WORK, 0
            plain = mode == _WORK and lag == 0
            link = (q, kind, lag, mode, pct)
            _push(own_other, p, link)
            targets = self.leaves_under(q) if summary[q] else (q,)
            for leaf in targets:
                if plain and kind == _FS:
                    if fs_in[leaf] < 0:
                        fs_in[leaf] = p
                    else:
                        _push(inc_fs0, leaf, p)
                elif plain and kind == _SS:
                    _push(inc_ss0, leaf, p)
                else:
                    _push(inc_other, leaf, (p, kind, lag, mode, pct))
            if summary[p]:
                links_from_summary.setdefault(p, []).append(link)
                continue
            mine = out_other[p]
            if mine is None:
                mine = out_other[p] = []
            for leaf in targets:
                mine.append(link if leaf == q else (leaf, kind, lag, mode, pct))
        # A link from a summary binds its subtasks: all of them for FS/FF, its earliest
        # one for SS/SF (decided once early dates are known).
        for s, links in links_from_summary.items():
            sources = self.leaves_under(s)
            for q, kind, lag, mode, pct in links:
                src = s if kind in (_SS, _SF) else -1
                if src >= 0:
                    self.summary_start_links = True
                for leaf in self.leaves_under(q):
                    for p in sources:
                        if src >= 0:
                            _push(out_start, p, (leaf, kind, lag, mode, pct, src))
                        else:
                            _push(out_other, p, (leaf, kind, lag, mode, pct))
        self.fs_in, self.inc_fs0, self.inc_ss0, self.inc_other = (
            fs_in,
            inc_fs0,
            inc_ss0,
            inc_other,
        )
        self.fs_out, self.out_fs0, self.out_other = fs_out, out_fs0, out_other
        # Links from a summary's start (SS, SF) bind only its subtask that starts first.
        self.out_start = out_start
        self.own_other = own_other

    def fs_preds(self, i: int) -> list[int]:
        """Task ``i``'s predecessors by plain FS links."""
        first = self.fs_in[i]
        return [] if first < 0 else [first, *(self.inc_fs0[i] or ())]

    def fs_succs(self, i: int) -> list[int]:
        """Task ``i``'s successors by plain FS links between two tasks."""
        first = self.fs_out[i]
        return [] if first < 0 else [first, *(self.out_fs0[i] or ())]

    def own_links(self, i: int) -> list[_Link]:
        """Task ``i``'s outgoing links as drawn (to a summary, not to its subtasks)."""
        plain = [(q, _FS, 0, _WORK, 0) for q in self.fs_succs(i)]
        return plain + (self.own_other[i] or [])

    def preds(self, i: int) -> list[int]:
        """Tasks (or summaries) whose dates task ``i``'s early dates depend on by a link."""
        return (
            self.fs_preds(i)
            + (self.inc_ss0[i] or [])
            + [link[0] for link in self.inc_other[i] or ()]
        )

    def late_preds(self, i: int) -> list[int]:
        """Tasks whose late dates task ``i``'s late dates bind (links from a summary bind
        its subtasks)."""
        out: list[int] = []
        for p in self.preds(i):
            if self.summary[p]:
                out.extend(self.leaves_under(p))
            else:
                out.append(p)
        return out

    def predecessors(self, i: int) -> Iterator[int]:
        """Every task whose dates task ``i``'s early dates wait for: its link
        predecessors and, for a summary, its children."""
        yield from self.fs_preds(i)
        yield from self.inc_ss0[i] or ()
        for link in self.inc_other[i] or ():
            yield link[0]
        yield from self.children[i] or ()

    @property
    def fwd(self) -> list[list[int]]:
        """Successors of every task (the reverse of :meth:`predecessors`), built when an
        edit first needs them: a full schedule does without."""
        if self._fwd is None:
            fwd: list[list[int]] = [[] for _ in range(self.n)]
            for i in range(self.n):
                for p in self.predecessors(i):
                    fwd[p].append(i)
            self._fwd = fwd
        return self._fwd

    def _plan_order(self) -> list[int] | None:
        """The plan's own order with each summary moved after its last subtask, when every
        task comes after everything it waits for in it; else None.

        Plans are mostly written top down, predecessors above successors, so this usually
        holds, costs less than sorting, and the passes then walk the lists in order.
        """
        n, parent, summary = self.n, self.parent, self.summary
        order: list[int] = []
        open_summaries: list[int] = []
        for i in range(n):
            p = parent[i]
            while open_summaries and open_summaries[-1] != p:
                order.append(open_summaries.pop())
            if summary[i]:
                open_summaries.append(i)
            else:
                order.append(i)
        open_summaries.reverse()
        order.extend(open_summaries)
        pos = [0] * n
        for k, i in enumerate(order):
            pos[i] = k
        fs_in, inc_fs0, inc_ss0, inc_other, children = (
            self.fs_in,
            self.inc_fs0,
            self.inc_ss0,
            self.inc_other,
            self.children,
        )
        for i in range(n):
            here = pos[i]
            p = fs_in[i]
            if p >= 0 and pos[p] >= here:
                return None
            for group in (inc_fs0[i], inc_ss0[i], children[i]):
                if group:
                    for p in group:
                        if pos[p] >= here:
                            return None
            links = inc_other[i]
            if links:
                for link in links:
                    if pos[link[0]] >= here:
                        return None
        self._pos = pos
        return order

    def _topological_order(self) -> list[int]:
        """Tasks so that each comes after everything it waits for (Kahn's algorithm, run
        from the end over predecessor lists, so no successor lists are built)."""
        n = self.n
        inc_fs0, inc_ss0, inc_other, children = (
            self.inc_fs0,
            self.inc_ss0,
            self.inc_other,
            self.children,
        )
        counts = Counter(self.fs_in)
        counts.pop(-1, None)
        counts.update(chain.from_iterable(filter(None, inc_fs0)))
        counts.update(chain.from_iterable(filter(None, inc_ss0)))
        counts.update(chain.from_iterable(filter(None, children)))
        counts.update(link[0] for links in filter(None, inc_other) for link in links)
        waiting = list(map(counts.get, range(n), repeat(0, n)))  # successors not placed
        order = [i for i, d in enumerate(waiting) if not d]
        append = order.append
        fs_in = self.fs_in
        for i in order:  # grows while it is walked
            p = fs_in[i]
            if p >= 0:
                d = waiting[p] - 1
                waiting[p] = d
                if not d:
                    append(p)
            for group in (inc_fs0[i], inc_ss0[i], children[i]):
                if group:
                    for p in group:
                        d = waiting[p] - 1
                        waiting[p] = d
                        if not d:
                            append(p)
            links = inc_other[i]
            if links:
                for link in links:
                    p = link[0]
                    d = waiting[p] - 1
                    waiting[p] = d
                    if not d:
                        append(p)
        if len(order) < n:
            # Tasks still waiting for a successor: a cycle runs among them. Found on the
            # predecessor lists, it comes out against the links; turned round, along them.
            back = [list(self.predecessors(i)) for i in range(n)]
            cycle = _find_cycle(back, [i for i, d in enumerate(waiting) if d])
            cycle.reverse()
            raise CycleError(
                [self.uids[i] for i in cycle], [self.plan.tasks[i].name for i in cycle]
            )
        order.reverse()
        return order


def _find_cycle(fwd: list[list[int]], candidates: list[int]) -> list[int]:
    """One cycle among ``candidates`` (the nodes Kahn's algorithm could not order).

    Each of them still has a predecessor among them, so walking backwards never stops
    before it repeats a node; the repeated stretch, turned round, is a cycle in link order.
    """
    alive = set(candidates)
    back: dict[int, int] = {}
    for node in candidates:
        for succ in fwd[node]:
            if succ in alive and succ not in back:
                back[succ] = node
    seen: dict[int, int] = {}
    path: list[int] = []
    node = candidates[0]
    while node not in seen:
        seen[node] = len(path)
        path.append(node)
        node = back[node]
    cycle = path[seen[node] :]
    cycle.reverse()
    return cycle


class Scheduler:
    """Schedules a plan and keeps what it compiled, so an edit reschedules quickly."""

    def __init__(self, plan: Plan) -> None:
        with collector_paused():
            self._full(plan)

    @property
    def result(self) -> ScheduleResult:
        return self._result

    # ------------------------------------------------------------------ full pass

    def _full(self, plan: Plan) -> None:
        self._early(plan)
        self._late_and_results()

    def _early(self, plan: Plan) -> None:
        """Compile ``plan`` and make the forward pass: every task's early dates."""
        net = _Network(plan)
        self.net = net
        n = net.n
        self.ps = to_minute(plan.project.start)
        self.status = _m(plan.project.status_date)
        self.limit = plan.project.critical_slack_limit
        self.ES = [0] * n
        self.EF = [0] * n
        self.LS = [0] * n
        self.LF = [0] * n
        # Working minutes (on the task's calendar) at each of the four dates: slack is
        # then a subtraction instead of two calendar look-ups.
        self.WES = [0] * n
        self.WEF = [0] * n
        self.WLS = [0] * n
        self.WLF = [0] * n
        self.TS = [0] * n
        self.FS = [0] * n
        self.earliest_leaf: dict[int, int] = {}
        # Where the remaining work of each task in progress resumes, and the late start
        # predecessors see for tasks whose late start binds them otherwise (see viewed).
        self.resume: dict[int, int] = {}
        self.lsv: dict[int, int] = {}
        project = plan.project
        self.fixed_finish = (
            to_minute(project.finish)
            if project.schedule_from_finish and project.finish is not None
            else None
        )
        self._forward_all()
        self._finish_early()
        if self.fixed_finish is not None and net.leaves:
            # Scheduled from the finish: the late dates come first, back from the project
            # finish, and the project starts where its earliest late start lies.
            self._backward_all()
            self.ps = min(map(self.LS.__getitem__, net.leaves))
            self._forward_all()
            self._finish_early()

    def _late_and_results(self) -> None:
        """From early dates to the result: late dates, slack, placement, TaskDates."""
        net = self.net
        self._backward_all()
        ctype, astart = net.ctype, net.astart
        self.alap = []
        if _ALAP in ctype:
            self.alap = [i for i in net.leaves if ctype[i] == _ALAP and astart[i] is None]
        if self.alap:
            self._follow_alap()
        self._results()

    def _results(self) -> None:
        """From early and late dates to the result: slack, placement, TaskDates."""
        net = self.net
        self.started_summaries = {s for i in net.started for s in net.ancestors(i)}
        for s in net.summaries_in_order:
            self._roll_late(s)
        self._slack_all()
        self.START = list(self.ES)
        self.FINISH = list(self.EF)
        ctype = net.ctype
        if _ALAP in ctype:
            for i in net.leaves:
                if ctype[i] == _ALAP:
                    self._place(i)
        for i in net.summaries_in_order:
            self._place(i)
        self._dates: list[TaskDates] = self._all_task_dates()
        self._make_result()

    def _follow_alap(self) -> None:
        """Successors of an as-late-as-possible task follow it where it is placed.

        A second forward pass in which those tasks show their late dates (summaries above
        them roll those up too); their own early dates are kept for slack. Late dates do
        not change: nothing moves past a late date.
        """
        ES, EF, WES, WEF = self.ES, self.EF, self.WES, self.WEF
        saved = {i: (ES[i], EF[i], WES[i], WEF[i]) for i in self.alap}
        for i in self.alap:
            ES[i], EF[i] = self.LS[i], self.LF[i]
        self._forward_all(set(self.alap))
        for i, (es, ef, wes, wef) in saved.items():
            ES[i], EF[i], WES[i], WEF[i] = es, ef, wes, wef

    def _forward_all(self, keep: frozenset[int] | set[int] = frozenset()) -> None:
        """The forward pass over every task but ``keep``.

        Same rules as :meth:`_forward`, with the common cases written out inline: this
        loop runs once per task of the plan, and a method call per task and per link
        would cost more than the date arithmetic itself.
        """
        net = self.net
        summary, path = net.summary, net.forward_path
        fs_in, inc_fs0, inc_ss0, inc_other = net.fs_in, net.inc_fs0, net.inc_ss0, net.inc_other
        cals, durs = net.cal, net.dur
        ES, EF, WES, WEF = self.ES, self.EF, self.WES, self.WEF
        ps = self.ps
        forward, roll_early, lag_add = self._forward, self._roll_early, self._lag_add
        for i in net.order:
            if summary[i]:
                roll_early(i)
                continue
            kind_of_path = path[i]
            if not kind_of_path or i in keep:
                if not kind_of_path and i not in keep:
                    forward(i)
                continue
            start = ps
            p = fs_in[i]
            if p >= 0:
                t = EF[p]
                if t > start:
                    start = t
                preds = inc_fs0[i]
                if preds:
                    t = max(map(EF.__getitem__, preds))
                    if t > start:
                        start = t
            preds = inc_ss0[i]
            if preds:
                t = max(map(ES.__getitem__, preds))
                if t > start:
                    start = t
            cal = cals[i]
            dur = durs[i]
            finish = -1
            if kind_of_path == _PLAIN_LINKS:
                for p, kind, lag, mode, pct in inc_other[i] or ():
                    t = EF[p] if kind == _FS or kind == _FF else ES[p]  # noqa: SIM109
                    if mode == _WORK:
                        if lag:
                            t = cal.add_m(t, lag)
                    elif mode == _ELAPSED:
                        t += lag
                    else:
                        t = lag_add(i, p, t, lag, mode, pct, 1)
                    if kind == _FS or kind == _SS:  # noqa: SIM109
                        if t > start:
                            start = t
                    elif t > finish:
                        finish = t
            if finish < 0:
                ES[i], EF[i], w = cal.forward_span_m(start, dur, dur == 0)
                WES[i] = w
                WEF[i] = w + dur
                continue
            # Driven by a finish (FF, SF): it keeps that exact moment when it is the later.
            if dur:
                w = cal.work_m(finish) - dur
                if w >= cal.work_m(start):
                    ES[i], EF[i] = cal.latest_m(w), finish
                    WES[i] = w
                    WEF[i] = w + dur
                    continue
                ES[i], EF[i], w = cal.forward_span_m(start, dur, False)
                WES[i] = w
                WEF[i] = w + dur
                continue
            es = cal.next_m(start)
            if es != start and cal.previous_m(start) == start:
                es = start  # a milestone may stay at the end of a working period
            if finish >= es:
                es = finish
            ES[i] = EF[i] = es
            WES[i] = WEF[i] = cal.work_m(es)

    def _backward_all(self) -> None:
        """The backward pass over every task; like :meth:`_forward_all`, the rules of
        :meth:`_backward` with the common cases inline."""
        net = self.net
        summary, path = net.summary, net.backward_path
        fs_out, out_fs0, out_other, afinish = net.fs_out, net.out_fs0, net.out_other, net.afinish
        cals, durs, zero = net.cal, net.dur, net.zero
        LS, LF, WLS, WLF = self.LS, self.LF, self.WLS, self.WLF
        pf = self.pf
        finished = net.finished_count
        self.lsv.clear()
        backward, lag_add = self._backward, self._lag_add
        for i in reversed(net.order):
            if summary[i]:
                continue
            kind_of_path = path[i]
            if not kind_of_path:
                backward(i)
                continue
            lf = pf
            q = fs_out[i]
            if q >= 0:
                succs = out_fs0[i]
                if finished:
                    succs = [x for x in (q, *(succs or ())) if afinish[x] is None]
                    t = min(map(LS.__getitem__, succs)) if succs else lf
                else:
                    t = LS[q]
                    if succs:
                        t = min(t, *map(LS.__getitem__, succs))
                if t < lf:
                    lf = t
            cal = cals[i]
            dur = durs[i]
            if kind_of_path == _PLAIN_LINKS:
                for q, kind, lag, mode, pct in out_other[i] or ():
                    if finished and afinish[q] is not None:
                        continue
                    if kind == _FS or kind == _FF:  # noqa: SIM109
                        t = LF[q] if kind == _FF else LS[q]
                    elif kind == _SS:
                        t = cal.next_m(LS[q])
                    else:
                        t = LF[q]
                    if lag or mode == _PERCENT:
                        if mode == _WORK:
                            t = cals[q].add_m(t, -lag)
                        elif mode == _ELAPSED:
                            t -= lag
                        else:
                            t = lag_add(q, i, t, lag, mode, pct, -1)
                    if (kind == _SS or kind == _SF) and dur:  # noqa: SIM109
                        t = cal.add_m(t, dur)
                    if t < lf:
                        lf = t
            LF[i], LS[i], w = cal.backward_span_m(lf, dur, not zero[i])
            WLF[i] = w
            WLS[i] = w - dur

    # ------------------------------------------------------------------ forward

    def _lag_add(self, i: int, p: int, t: int, lag: int, mode: int, pct: int, sign: int) -> int:
        """``t`` moved by a link's lag (``sign`` -1 removes it), on successor ``i``'s calendar."""
        if mode == _WORK:
            return self.net.cal[i].add_m(t, sign * lag) if lag else t
        if mode == _ELAPSED:
            return t + sign * lag
        minutes = round(pct * self._duration_of(p) / 100)
        return self.net.cal[i].add_m(t, sign * minutes) if minutes else t

    def _duration_of(self, p: int) -> int:
        net = self.net
        if net.summary[p]:
            return net.cal[p].between_m(self.ES[p], self.EF[p])
        return net.dur[p]

    def _add_dur(self, i: int, t: int, minutes: int) -> int:
        if self.net.elapsed[i]:
            return t + minutes
        return self.net.cal[i].add_m(t, minutes)

    def _snap(self, i: int, t: int) -> int:
        """A start moved to working time; a zero-duration task may stay at a period end."""
        cal = self.net.cal[i]
        nxt = cal.next_m(t)
        if nxt != t and self.net.zero[i] and cal.previous_m(t) == t:
            return t
        return nxt

    def _forward(self, i: int) -> None:
        net = self.net
        ES, EF = self.ES, self.EF
        ef: int | None  # a finish fixed by an actual, a link or a constraint
        preds: list[int] | None
        # Where its remaining work resumes is set below only if it still has one: an entry
        # left from before an edit (a constraint now pins the task, or it is no longer in
        # progress) would bind its predecessors where a full schedule does not.
        self.resume.pop(i, None)
        cal = net.cal[i]
        dur = net.dur[i] + net.gap[i]
        af = net.afinish[i]
        a_s = net.astart[i]
        if net.manual[i]:
            self._forward_manual(i)
            return
        if af is not None or a_s is not None:
            if af is not None:
                es = a_s if a_s is not None else self._add_dur(i, af, -dur)
                ef = af
            else:
                assert a_s is not None
                es, ef = self._progress(i, a_s, True)
            ES[i], EF[i] = es, ef
            self.WES[i], self.WEF[i] = cal.work_m(es), cal.work_m(ef)
            return
        start = self.ps
        floor = net.floor.get(i)
        if floor is not None and floor > start:
            start = floor
        finish = None
        preds = net.fs_preds(i)
        if preds:
            t = max(map(EF.__getitem__, preds))
            start = max(start, t)
        preds = net.inc_ss0[i]
        if preds:
            t = max(map(ES.__getitem__, preds))
            start = max(start, t)
        for p, kind, lag, mode, pct in net.inc_other[i] or ():
            if kind == _FS or kind == _SS:  # noqa: SIM109
                t = self._lag_add(i, p, EF[p] if kind == _FS else ES[p], lag, mode, pct, 1)
                start = max(start, t)
            else:
                t = self._lag_add(i, p, EF[p] if kind == _FF else ES[p], lag, mode, pct, 1)
                if finish is None or t > finish:
                    finish = t
        if (
            finish is None
            and net.ctype[i] <= _ALAP
            and not net.delay[i]
            and not net.elapsed[i]
            and not net.pct[i]
            and (self.status is None or start >= self.status or dur == 0)
        ):
            # The common case: start at the next working moment, run for the duration.
            ES[i], EF[i], w = cal.forward_span_m(start, dur, dur == 0)
            self.WES[i] = w
            self.WEF[i] = w + dur
            return
        es = self._snap(i, start)
        if net.delay[i]:
            if net.delay_elapsed[i]:
                es = self._snap(i, es + net.delay[i])
            else:
                es = self._snap(i, cal.add_m(es, net.delay[i]))
        ef = None
        if finish is not None:
            from_finish = self._add_dur(i, finish, -dur)
            if from_finish >= es:
                es, ef = from_finish, finish
        ctype = net.ctype[i]
        if ctype > _ALAP:
            cd = net.cdate[i]
            assert cd is not None
            if ctype == _SNET:
                if es < cd:
                    es, ef = self._snap(i, cd), None
            elif ctype == _SNLT:
                if es > cd:
                    es, ef = self._snap(i, cd), None
            elif ctype == _MSO:
                es, ef = self._snap(i, cd), None
            else:
                cur = ef if ef is not None else self._add_dur(i, es, dur)
                if ctype == _MFO or (ctype == _FNET and cur < cd) or (ctype == _FNLT and cur > cd):
                    es, ef = self._add_dur(i, cd, -dur), cd
        if net.pct[i] > 0 and ef is None:
            es, ef = self._progress(i, es, False)
        if ef is None:
            ef = self._add_dur(i, es, dur)
        ES[i], EF[i] = es, ef
        self.WES[i], self.WEF[i] = cal.work_m(es), cal.work_m(ef)

    def _forward_manual(self, i: int) -> None:
        """A manually scheduled task sits where the PM put it: links do not move it.

        Its start is the one typed (or its actual start), its finish the one typed, else
        its start plus its duration; neither is moved to working time."""
        net = self.net
        cal = net.cal[i]
        dur = net.dur[i] + net.gap[i]
        a_s, af = net.astart[i], net.afinish[i]
        es = a_s if a_s is not None else net.mstart[i]
        if es is None:
            es = self._add_dur(i, af, -dur) if af is not None else self.ps
        ef = af if af is not None else net.mfinish[i]
        if ef is None or ef < es:
            ef = self._add_dur(i, es, dur)
        self.ES[i], self.EF[i] = es, ef
        self.WES[i], self.WEF[i] = cal.work_m(es), cal.work_m(ef)
        if a_s is not None and af is None:
            self.resume[i] = self._snap(i, self._add_dur(i, a_s, self._done_span(i)))

    def _done_span(self, i: int) -> int:
        """Working minutes from a started task's start to the end of its completed work,
        splits inside the completed part included."""
        net = self.net
        done = net.dur[i] * net.pct[i] // 100
        span = done
        if net.gap[i]:
            for at, gap in self.net.plan.tasks[i].splits:
                if at < done:
                    span += gap
        return span

    def _progress(self, i: int, start: int, actual: bool) -> tuple[int, int]:
        """Start and finish of a started task: the completed part from the start, the rest
        after it, each moved around the status date as the project's options say.

        The end of the completed part (the task's stop) and the start of the remaining part
        (its resume) are one moment unless the task is split there. With the status date
        before the stop, "move completed ends back" moves the completed part back to end at
        the status date (only when no actual start pins it) and "move remaining starts back"
        starts the rest there too; with the status date after the resume, "move remaining
        starts forward" starts the rest at the status date and "move completed ends
        forward" moves the completed part forward to end there (again only when no actual
        start pins it). The resume is kept: predecessors see it as the task's late start.
        """
        net = self.net
        dur = net.dur[i]
        span = dur + net.gap[i]
        done = dur * net.pct[i] // 100
        done_span = self._done_span(i)
        stop = self._add_dur(i, start, done_span)
        if done >= dur:
            self.resume[i] = stop
            return start, stop
        rest = span - done_span
        resume = self._snap(i, stop) if done else start
        status = self.status
        project = net.plan.project
        if status is not None and done:
            if stop > status and project.move_completed_ends_back:
                if not actual:
                    stop = net.cal[i].previous_m(status)
                    start = self._add_dur(i, stop, -done_span)
                if project.move_remaining_starts_back:
                    resume = self._snap(i, status)
            elif resume < status and project.move_remaining_starts_forward:
                resume = self._snap(i, status)
                if project.move_completed_ends_forward and not actual:
                    stop = net.cal[i].previous_m(status)
                    start = self._add_dur(i, stop, -done_span)
        self.resume[i] = resume
        return start, self._add_dur(i, resume, rest)

    def _roll_up(
        self, s: int, start: list[int], finish: list[int], wstart: list[int], wfinish: list[int]
    ) -> None:
        """Summary ``s`` in one pair of date columns (early or late): from its children's
        first start to their last finish, and the working minutes at both."""
        kids = self.net.children[s] or ()
        first = start[s] = min(start[c] for c in kids)
        last = finish[s] = max(finish[c] for c in kids)
        cal = self.net.cal[s]
        wstart[s], wfinish[s] = cal.work_m(first), cal.work_m(last)

    def _roll_early(self, s: int) -> None:
        self._roll_up(s, self.ES, self.EF, self.WES, self.WEF)

    def _finish_early(self) -> None:
        net = self.net
        EF = self.EF
        self.pf = max(map(EF.__getitem__, net.leaves), default=self.ps)
        if self.fixed_finish is not None:
            self.pf = self.fixed_finish
        if net.summary_start_links:
            # The subtask that starts first; of several starting together, the first in
            # the plan (the lowest ID).
            ES = self.ES
            for s in net.summaries:
                leaves = net.leaves_under(s)
                self.earliest_leaf[s] = min(leaves, key=lambda j: (ES[j], j))

    # ------------------------------------------------------------------ backward

    def _backward(self, i: int) -> None:
        net = self.net
        LS, LF = self.LS, self.LF
        cal = net.cal[i]
        dur = net.dur[i] + net.gap[i]
        af = net.afinish[i]
        if af is not None:
            a_s = net.astart[i]
            ls = a_s if a_s is not None else self.ES[i]
            LS[i], LF[i] = ls, af
            self.WLS[i], self.WLF[i] = cal.work_m(ls), cal.work_m(af)
            return
        pf = self.pf
        lf = _NEVER
        any_successor = False
        afinish = net.afinish
        view = self.lsv
        late_start = partial(_seen, view, LS) if view else LS.__getitem__
        succs = net.fs_succs(i)
        if succs:
            if net.finished_count:
                succs = [q for q in succs if afinish[q] is None]
            if succs:
                any_successor = True
                lf = min(map(late_start, succs))
        starts = [link for link in net.out_start[i] or () if self.earliest_leaf.get(link[5]) == i]
        for q, kind, lag, mode, pct, *_src in [*(net.out_other[i] or ()), *starts]:
            if afinish[q] is not None:
                continue
            any_successor = True
            if kind == _FS:
                t = self._lag_add(q, i, late_start(q), lag, mode, pct, -1)
            elif kind == _FF:
                t = (
                    LF[q]
                    if lag == 0 and mode == _WORK
                    else self._lag_add(q, i, LF[q], lag, mode, pct, -1)
                )
            elif kind == _SS:
                t = self._lag_add(q, i, cal.next_m(late_start(q)), lag, mode, pct, -1)
                t = self._add_dur(i, t, dur)
            else:
                t = self._add_dur(i, self._lag_add(q, i, LF[q], lag, mode, pct, -1), dur)
            lf = min(lf, t)
        if not any_successor or lf > pf:
            lf = pf
        manual = net.manual[i]
        ctype = net.ctype[i]
        if ctype > _ALAP and not manual:
            cd = net.cdate[i]
            assert cd is not None
            if ctype == _MSO:
                lf = self._add_dur(i, cd, dur)
            elif ctype == _MFO:
                lf = cd
            elif ctype == _SNLT:
                lf = min(lf, self._add_dur(i, cd, dur))
            elif ctype == _FNLT:
                lf = min(lf, cd)
        dl = net.deadline[i]
        if dl is not None and dl < lf:
            lf = dl
        a_s = net.astart[i]
        started = a_s is not None or net.pct[i] > 0
        if started and a_s is None:
            a_s = self.ES[i]
        if net.elapsed[i]:
            remaining = dur - net.dur[i] * net.pct[i] // 100 if started else dur
            ls = a_s if a_s is not None else lf - remaining
            LS[i], LF[i] = ls, lf
            self.WLS[i], self.WLF[i] = cal.work_m(ls), cal.work_m(lf)
        elif manual:
            # A manual task keeps the exact late finish its successors give it.
            ls = a_s if a_s is not None else cal.add_m(lf, -dur)
            LS[i], LF[i] = ls, lf
            self.WLS[i], self.WLF[i] = cal.work_m(ls), cal.work_m(lf)
        elif a_s is not None:
            lf, _start, w = cal.backward_span_m(lf, 0, not net.zero[i])
            LS[i], LF[i] = a_s, lf
            self.WLS[i], self.WLF[i] = cal.work_m(a_s), w
        else:
            LF[i], LS[i], w = cal.backward_span_m(lf, dur, not net.zero[i])
            self.WLF[i] = w
            self.WLS[i] = w - dur
        if net.viewed[i]:
            view[i] = self._late_start_seen(i)
        elif view:
            view.pop(i, None)

    def _late_start_seen(self, i: int) -> int:
        """The late start task ``i``'s predecessors must finish by (an FS link).

        A leveling delay comes first: predecessors must finish by the late start less the
        delay. A task in progress has its actual start as late start, but once some of its
        work is done MS Project binds its predecessors to where its remaining work resumes
        (an early date: the done part cannot move); with no work done yet (a milestone
        marked as started) to its late finish less its duration, as if not started.
        """
        net = self.net
        delay = net.delay[i]
        if net.astart[i] is None and not net.pct[i]:
            ls = self.LS[i]
            if net.delay_elapsed[i]:
                return ls - delay
            return net.cal[i].add_m(ls, -delay)
        resume = self.resume.get(i)
        if resume is not None and net.dur[i] * net.pct[i] // 100 > 0:
            return resume
        return self._add_dur(i, self.LF[i], -(net.dur[i] + net.gap[i]))

    def _roll_late(self, s: int) -> None:
        self._roll_up(s, self.LS, self.LF, self.WLS, self.WLF)

    # ------------------------------------------------------------------ slack

    def _slack_all(self) -> None:
        """Total and free slack of every task; the common cases in bulk (for speed)."""
        net = self.net
        TS = self.TS = [
            min(finish, start)
            for start, finish in zip(
                map(sub, self.WLS, self.WES), map(sub, self.WLF, self.WEF), strict=True
            )
        ]
        FS = self.FS = [max(0, total) for total in TS]
        summary, astart, done = net.summary, net.astart, net.done
        fs_out, out_fs0, own_other = net.fs_out, net.out_fs0, net.own_other
        cals, afinish, finished = net.cal, net.afinish, net.finished_count
        # With one calendar and nothing finished, a plain FS gap is a subtraction.
        direct = not finished and len(set(map(id, cals))) <= 1
        WES, WEF = self.WES, self.WEF
        slack = self._slack
        for i in range(net.n):
            if done[i] or summary[i] or astart[i] is not None:
                slack(i)
                continue
            q = fs_out[i]
            links = own_other[i]
            if q >= 0:
                if not direct:
                    slack(i)
                    continue
                free = WES[q]
                succs = out_fs0[i]
                if succs:
                    free = min(free, *map(WES.__getitem__, succs))
                free -= WEF[i]
            elif links:
                free = _NEVER
            else:
                continue
            if links:
                # Links in working time on the task's own calendar: gaps are subtractions.
                cal = cals[i]
                for q, kind, lag, mode, _pct in links:
                    if (
                        mode != _WORK
                        or cals[q] is not cal
                        or (finished and afinish[q] is not None)
                    ):
                        free = -_NEVER
                        break
                    if kind == _FS:
                        gap = WES[q] - WEF[i] - lag
                    elif kind == _SS:
                        gap = WES[q] - WES[i] - lag
                    elif kind == _FF:
                        gap = WEF[q] - WEF[i] - lag
                    else:
                        gap = WEF[q] - WES[i] - lag
                    if gap < free:
                        free = gap
                if free == -_NEVER:
                    slack(i)
                    continue
            FS[i] = free if free > 0 else 0
        for i in net.started.union(net.elapsed_tasks):
            slack(i)

    def _elapsed_slack(self, i: int) -> None:
        """Slack of a task of elapsed duration, in elapsed minutes as MS Project gives it:
        the task runs round the clock, so its slack does too."""
        net = self.net
        ES, EF, LS, LF = self.ES, self.EF, self.LS, self.LF
        total = LF[i] - EF[i]
        if i not in net.started:
            total = min(total, LS[i] - ES[i])
        self.TS[i] = total
        if net.done[i]:
            self.FS[i] = 0
            return
        free = None
        for q, kind, lag, mode, pct in net.own_links(i):
            if net.afinish[q] is not None:
                continue
            mine = EF[i] if kind in (_FS, _FF) else ES[i]
            theirs = ES[q] if kind in (_FS, _SS) else EF[q]
            if mode == _PERCENT:
                lag = round(pct * net.dur[i] / 100)
            gap = theirs - mine - lag
            if free is None or gap < free:
                free = gap
        self.FS[i] = max(0, total if free is None else free)

    def _slack(self, i: int) -> None:
        net = self.net
        cal = net.cal[i]
        if net.elapsed[i] and not net.summary[i]:
            self._elapsed_slack(i)
            return
        finish_slack = self.WLF[i] - self.WEF[i]
        if i in net.started or i in self.started_summaries:
            # In progress (a summary: any task below it): its start is history.
            total = finish_slack
        else:
            start_slack = self.WLS[i] - self.WES[i]
            total = min(finish_slack, start_slack)
        self.TS[i] = total
        if net.done[i] and not net.summary[i]:
            self.FS[i] = 0
            return
        free = None
        afinish = net.afinish
        ES, EF = self.ES, self.EF
        cals = net.cal
        for q, kind, lag, mode, pct in net.own_links(i):
            if afinish[q] is not None:
                continue
            to_start = kind in (_FS, _SS)
            if mode == _ELAPSED:
                mine = EF[i] if kind in (_FS, _FF) else ES[i]
                gap = cal.between_m(mine + lag, ES[q] if to_start else EF[q])
            else:
                mine_w = self.WEF[i] if kind in (_FS, _FF) else self.WES[i]
                if cals[q] is cal:
                    gap = (self.WES[q] if to_start else self.WEF[q]) - mine_w
                else:
                    gap = cal.work_m(ES[q] if to_start else EF[q]) - mine_w
                if mode == _PERCENT:
                    gap -= round(pct * self._duration_of(i) / 100)
                else:
                    gap -= lag
            if free is None or gap < free:
                free = gap
        if free is None or net.summary[i] and total < free:
            free = total
        self.FS[i] = max(0, free)

    # ------------------------------------------------------------------ results

    def _dt(self, m: int) -> datetime:
        return _DATETIMES[m]

    def _place(self, i: int) -> None:
        """Where the task sits: early dates, late dates for ALAP, children's for a summary.

        Called in topological order, so a summary's children are placed before it."""
        net = self.net
        if net.summary[i]:
            kids = net.children[i] or ()
            START, FINISH = self.START, self.FINISH
            START[i] = min(START[c] for c in kids)
            FINISH[i] = max(FINISH[c] for c in kids)
            start = net.mstart[i] if net.manual[i] else None
            if start is not None:
                # A manually scheduled summary shows the dates the PM typed, as MS Project
                # does; its subtasks' span is drawn beneath it as a roll-up.
                START[i] = start
                finish = net.mfinish[i]
                if finish is not None and finish >= start:
                    FINISH[i] = finish
        elif net.ctype[i] == _ALAP and net.astart[i] is None:
            self.START[i], self.FINISH[i] = self.LS[i], self.LF[i]
        else:
            self.START[i], self.FINISH[i] = self.ES[i], self.EF[i]

    def _all_task_dates(self) -> list[TaskDates]:
        """Every task's :class:`TaskDates`, built column by column (for speed)."""
        net = self.net
        moment = _DATETIMES.__getitem__
        columns = [
            list(map(moment, values))
            for values in (self.START, self.FINISH, self.ES, self.EF, self.LS, self.LF)
        ]
        limit = self.limit
        critical = [total <= limit for total in self.TS]
        done, summary = net.done, net.summary
        for i in compress(range(net.n), done):
            if not summary[i]:
                critical[i] = False
        for s in net.summaries:
            if critical[s] and all(done[j] for j in net.leaves_under(s)):
                critical[s] = False
        return list(map(_make_dates, zip(*columns, self.TS, self.FS, critical, strict=True)))

    def _task_dates(self, i: int) -> TaskDates:
        net = self.net
        dt = self._dt
        if net.summary[i]:
            done = all(net.done[j] for j in net.leaves_under(i))
        else:
            done = net.done[i]
        total = self.TS[i]
        return TaskDates(
            dt(self.START[i]),
            dt(self.FINISH[i]),
            dt(self.ES[i]),
            dt(self.EF[i]),
            dt(self.LS[i]),
            dt(self.LF[i]),
            total,
            self.FS[i],
            total <= self.limit and not done,
        )

    def _make_result(self) -> None:
        net = self.net
        tasks = dict(zip(net.uids, self._dates, strict=True))
        if net.leaves:
            start = min(map(self.START.__getitem__, net.leaves))
            finish = max(map(self.FINISH.__getitem__, net.leaves))
        else:
            start = finish = self.ps
        self._result = ScheduleResult(self._dt(start), self._dt(finish), tasks)

    # ------------------------------------------------------------------ incremental

    def update(self, plan: Plan, changes: ChangeSet) -> ScheduleResult:
        """Reschedule after ``plan`` was edited in place; same answer as :func:`schedule`.

        Edits of task fields (durations, constraints, progress, calendars) recompute only
        the tasks they can move; structural edits recompile the network.
        """
        if not changes.schedule_inputs and not changes.assignments and not changes.resources:
            return self._result
        with collector_paused():
            net = self.net
            if (
                self.fixed_finish is not None
                or changes.structure
                or changes.dependencies
                or changes.calendars
                or changes.project
                or changes.assignments
                or changes.resources
                or plan is not net.plan
                or len(plan.tasks) != net.n
            ):
                self._full(plan)
                return self._result
            dirty: list[int] = []
            for uid in changes.task_uids:
                i = net.index.get(uid)
                if i is None or plan.tasks[i].uid != uid or (
                    net.summary[i] and (net.manual[i] or plan.tasks[i].manual)
                ):
                    self._full(plan)  # a manual summary bounds the tasks below it
                    return self._result
                net.load_task(i, plan.tasks[i])
                if net.parent[i] >= 0:
                    net.refresh_floor(i)
                net.refresh_paths(i)
                for p in net.late_preds(i):
                    net.refresh_paths(p)  # whether i's late start binds them otherwise
                dirty.append(i)
            if self.alap or any(net.ctype[i] == _ALAP for i in dirty):
                self._full(plan)  # placing ALAP tasks takes a second pass over the plan
            else:
                self._incremental(dirty)
        return self._result

    def _incremental(self, dirty: list[int]) -> None:
        net = self.net
        self.started_summaries = {s for i in net.started for s in net.ancestors(i)}
        ES, EF, LS, LF = self.ES, self.EF, self.LS, self.LF
        pos, order = net.pos, net.order
        touched: set[int] = set(dirty)
        bulk = max(_BULK_EDIT, net.n // 20)

        # Forward: in topological order from the edited tasks, while dates keep moving.
        heap = [pos[i] for i in dirty]
        heapq.heapify(heap)
        queued = set(heap)
        edited = set(dirty)
        forced = set(dirty)  # recomputed and followed even if their dates stay
        resume = self.resume
        while heap:
            i = order[heapq.heappop(heap)]
            # Where a task in progress resumes is an early date too: its predecessors'
            # late dates follow it even when its start and finish stay.
            before = (ES[i], EF[i], resume.get(i))
            if net.summary[i]:
                self._roll_early(i)
            else:
                self._forward(i)
            if (ES[i], EF[i], resume.get(i)) != before or i in forced:
                touched.add(i)
                if len(touched) > bulk:
                    self._forward_all()
                    self._finish_early()
                    self._late_and_results()
                    return
                for j in net.fwd[i]:
                    pj = pos[j]
                    if pj not in queued:
                        queued.add(pj)
                        heapq.heappush(heap, pj)
                        if i in edited and not net.summary[i]:
                            forced.add(j)  # a percent lag may follow i's duration
        old_pf = self.pf
        old_earliest = dict(self.earliest_leaf)
        self._finish_early()

        # Backward: all of it when the project finish moved (every late date follows it,
        # so the bulk passes are the fastest way), else from the edited tasks.
        if self.pf != old_pf or self.earliest_leaf != old_earliest:
            self._late_and_results()
            return
        leaf_dirty = [i for i in touched if not net.summary[i]]
        heap = [-pos[i] for i in leaf_dirty]
        heapq.heapify(heap)
        queued = set(heap)
        forced = set(leaf_dirty)
        lsv = self.lsv
        while heap:
            i = order[-heapq.heappop(heap)]
            before = (LS[i], LF[i], lsv.get(i))
            self._backward(i)
            if (LS[i], LF[i], lsv.get(i)) != before or i in forced:
                touched.add(i)
                if len(touched) > bulk:
                    self._late_and_results()
                    return
                for p in net.late_preds(i):
                    key = -pos[p]
                    if key not in queued:
                        queued.add(key)
                        heapq.heappush(heap, key)

        # Slack and dates of every task whose own or neighbouring dates moved.
        if len(touched) > bulk // 2:
            self._results()
            return
        redo: set[int] = set()
        for i in touched:
            redo.add(i)
            if not net.summary[i]:
                redo.update(net.late_preds(i))
            redo.update(net.preds(i))
            redo.update(net.ancestors(i))
        for s in sorted((i for i in redo if net.summary[i]), key=lambda s: pos[s]):
            self._roll_late(s)
            redo.update(net.preds(s))
        for i in sorted(redo, key=lambda i: pos[i]):
            self._place(i)
        for i in redo:
            self._slack(i)
            self._dates[i] = self._task_dates(i)
        self._make_result()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that form no
    cycles (the passes' small tuples, a loaded plan's rows): repeated collections would
    walk them again and again and cost more than the work itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def schedule(plan: Plan) -> ScheduleResult:
    """Every task's dates and slack, summaries included."""
    return Scheduler(plan).result


def check_order(plan: Plan) -> None:
    """CycleError when no order of the tasks respects every link and the outline (a cycle
    of links or a loop of parents); the dates are not worked out, so it costs a third of
    :func:`schedule`."""
    _Network(plan)


def finish_dates(plan: Plan) -> dict[str, datetime]:
    """Every task's finish by uid, as :func:`schedule` gives it.

    Unless a task is placed as late as possible, no late date moves a finish: the
    backward pass, slack and the other dates are then left out, about half the work
    (comparing two versions of a large plan needs the finishes only)."""
    with collector_paused():
        run = Scheduler.__new__(Scheduler)
        run._early(plan)
        net = run.net
        if any(net.ctype[i] == _ALAP and net.astart[i] is None for i in net.leaves):
            run._late_and_results()
            return {uid: dates.finish for uid, dates in run.result.tasks.items()}
        run.START, run.FINISH = list(run.ES), list(run.EF)
        for i in net.summaries_in_order:
            run._place(i)
        return dict(zip(net.uids, map(_DATETIMES.__getitem__, run.FINISH), strict=True))


def would_create_cycle(plan: Plan, predecessor_uid: str, successor_uid: str) -> list[str] | None:
    """The tasks of the loop a new link ``predecessor → successor`` would close, or None.

    The list starts with the predecessor and follows the links (and summary roll-ups) round
    to the task that leads back to it. Linking a summary with one of its own subtasks is a
    loop too, since a link to a summary applies to its subtasks.
    """
    if predecessor_uid == successor_uid:
        return [predecessor_uid]
    tasks = plan.tasks
    index = {t.uid: i for i, t in enumerate(tasks)}
    p, q = index.get(predecessor_uid), index.get(successor_uid)
    if p is None or q is None:
        return None
    parent = [index.get(t.parent_uid, -1) if t.parent_uid else -1 for t in tasks]
    children: list[list[int]] = [[] for _ in tasks]
    for i, par in enumerate(parent):
        if par >= 0:
            children[par].append(i)

    def leaves(s: int) -> list[int]:
        if not children[s]:
            return [s]
        out: list[int] = []
        stack = [s]
        while stack:
            for c in children[stack.pop()]:
                (stack if children[c] else out).append(c)
        return out

    fwd: list[list[int]] = [[] for _ in tasks]
    for d in plan.dependencies:
        a, b = index.get(d.predecessor_uid), index.get(d.successor_uid)
        if a is not None and b is not None:
            fwd[a].extend(leaves(b))
    for i, par in enumerate(parent):
        if par >= 0:
            fwd[i].append(par)
    # Search from each subtask the new link would bind back to the predecessor.
    came_from: dict[int, int] = {}
    stack = []
    for t in leaves(q):
        if t not in came_from:
            came_from[t] = -1
            stack.append(t)
    while stack:
        node = stack.pop()
        if node == p:
            path = [node]
            while came_from[path[-1]] != -1:
                path.append(came_from[path[-1]])
            path.reverse()  # from the bound subtask to the predecessor
            chain = [predecessor_uid]
            if path[0] != q:
                chain.append(successor_uid)
            chain.extend(tasks[i].uid for i in path[:-1])
            return list(dict.fromkeys(chain))
        for nxt in fwd[node]:
            if nxt not in came_from:
                came_from[nxt] = node
                stack.append(nxt)
    return None


def task_calendar(plan: Plan, task: Task) -> WorkCalendar:
    """The calendar a task's own dates are counted on: its task calendar, else the
    project's (splits are measured on it)."""
    cal = plan.calendars.get(task.calendar_uid or "")
    if cal is None:
        return project_calendar(plan)
    return WorkCalendar.from_calendar(cal, plan.calendars)


def work_periods(plan: Plan, task: Task, start: datetime) -> list[tuple[datetime, datetime]]:
    """The stretches a task starting at ``start`` works, its splits between them."""
    cal = task_calendar(plan, task)
    cursor = cal.next_working(start)
    periods: list[tuple[datetime, datetime]] = []
    done = 0
    for at, gap in task.splits:
        if not done < at < task.duration:
            continue
        end = cal.add(cursor, at - done)
        periods.append((cursor, end))
        cursor = cal.next_working(cal.add(end, gap))
        done = at
    periods.append((cursor, cal.add(cursor, task.duration - done)))
    return periods


class LinkViolation(NamedTuple):
    """A link whose successor sits where the link does not allow: a manually scheduled task
    placed before its predecessor lets it, as MS Project flags it. ``minutes`` is by how
    much, in working time of the successor's calendar."""

    dependency_uid: str
    predecessor_uid: str
    successor_uid: str
    minutes: int


def link_violations(plan: Plan, result: ScheduleResult) -> list[LinkViolation]:
    """The links into manually scheduled tasks (which links do not move) that the tasks'
    dates break, as MS Project flags them."""
    tasks = {t.uid: t for t in plan.tasks if t.manual}
    if not tasks:
        return []
    calendars: dict[str, WorkCalendar] = {}
    out: list[LinkViolation] = []
    everything = plan.task_index()
    for d in plan.dependencies:
        task = tasks.get(d.successor_uid)
        if task is None:
            continue
        pred, succ = result.tasks.get(d.predecessor_uid), result.tasks.get(d.successor_uid)
        if pred is None or succ is None:
            continue
        cal = calendars.get(task.uid)
        if cal is None:
            cal = calendars[task.uid] = task_calendar(plan, task)
        source = pred.finish if d.type in (LinkType.FS, LinkType.FF) else pred.start
        target = succ.start if d.type in (LinkType.FS, LinkType.SS) else succ.finish
        if d.lag_percent is not None:
            predecessor = everything.get(d.predecessor_uid)
            lag = round(d.lag_percent * (predecessor.duration if predecessor else 0) / 100)
        else:
            lag = d.lag
        earliest = source + timedelta(minutes=lag) if d.lag_elapsed else cal.add(source, lag)
        if target < earliest:
            out.append(
                LinkViolation(
                    d.uid, d.predecessor_uid, d.successor_uid, cal.between(target, earliest)
                )
            )
    return out
