"""Resource leveling: delay tasks until no resource has more work on a day than it can do.

The leveler never breaks the plan's logic: it only sets :attr:`Task.leveling_delay`
(working minutes on the task's calendar, which the scheduling engine adds to the start the
links give) and lets the engine move every successor. Each run starts from a plan without
leveling delays, as Microsoft Project does with "clear leveling values before leveling".

Tasks are placed one at a time in Microsoft Project's standard order: a task only after all
its predecessors, then higher priority first, then less total slack, then the earlier
start, then the lower ID (row number). A placed task keeps the earliest working day on
which its work fits beside the work already placed on each of its resources, day by day.
Tasks that cannot move stay where they are and are placed first: tasks already started or
finished, tasks with a "must start/finish on" date, and tasks of priority 1000 ("do not
level"), as well as as-late-as-possible tasks and tasks with a "no later than" constraint.
An assignment above the resource's maximum units cannot be levelled by delay; such tasks
are reported in :attr:`LevelingResult.unresolved`.

After a pass the engine reschedules the whole plan and usage is measured again; if a link
type the day-by-day placement did not foresee (a finish-to-finish link pulling a finish,
say) left an overload, another pass adds the delay still needed.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from .calendar import MINUTES_PER_DAY, WorkCalendar, project_calendar, to_minute
from .health import missed_deadlines
from .model import ConstraintType, LinkType, Plan, ResourceType, Task
from .outline import row_numbers
from .patch import ChangeSet, Patch
from .schedule import Scheduler, ScheduleResult, schedule
from .usage import TOLERANCE, resource_calendars, usage

__all__ = ["LevelingResult", "clear_leveling_patch", "level", "level_plan"]

# How far past its start a task may be pushed looking for room, in calendar days.
_HORIZON_DAYS = 5 * 366
_MAX_PASSES = 4
# A delay longer than any link or constraint can absorb (ten years of working days).
_PROBE = 10 * 260 * 480
_MOVABLE = (ConstraintType.ASAP, ConstraintType.SNET, ConstraintType.FNET)
_PINNED = (ConstraintType.MSO, ConstraintType.MFO)


@dataclass(frozen=True)
class LevelingResult:
    """What leveling changes: the patch (one undo step), each delayed task's delay in
    working minutes, tasks whose overload no delay can remove, and the resources still
    over-allocated afterwards (empty when leveling succeeded)."""

    patch: Patch
    delays: dict[str, int]
    unresolved: tuple[str, ...]
    overallocated_after: tuple[str, ...]
    # What it cost: the project finish before and after, and the tasks that now miss
    # their deadline and did not before.
    finish_before: datetime | None = None
    finish_after: datetime | None = None
    new_deadline_misses: tuple[str, ...] = ()

    def finish_slip(self, plan: Plan) -> int:
        """Working minutes leveling adds to the project finish (0 when it holds)."""
        if self.finish_before is None or self.finish_after is None \
                or self.finish_after <= self.finish_before:
            return 0
        return project_calendar(plan).between(self.finish_before, self.finish_after)

    def cost_text(self, plan: Plan) -> str:
        """What leveling cost, in words: "Finish Fri 05 Mar 2027 → Fri 19 Mar 2027
        (+10 working days); now misses its deadline: Launch (Wed 10 Mar 2027)."."""
        if self.finish_before is None or self.finish_after is None:
            return ""
        day = "%a %d %b %Y"
        slip = self.finish_slip(plan) / plan.project.minutes_per_day
        if slip > 0:
            text = (f"Finish {self.finish_before:{day}} → {self.finish_after:{day}} "
                    f"(+{slip:g} working day{'s' * (slip != 1)})")
        else:
            text = f"Finish unchanged ({self.finish_after:{day}})"
        if self.new_deadline_misses:
            tasks = plan.task_index()
            missed = [tasks[u] for u in self.new_deadline_misses if u in tasks]
            text += "; now missing " + ("its deadline" if len(missed) == 1 else "their deadlines")
            text += ": " + ", ".join(f"{t.name} ({t.deadline:{day}})" for t in missed
                                     if t.deadline is not None)
        return text + "."


def clear_leveling_patch(plan: Plan, task_uids: Iterable[str] | None = None) -> Patch:
    """Remove the leveling delay of every task (or of ``task_uids``)."""
    wanted = None if task_uids is None else set(task_uids)
    return Patch(tasks=tuple(
        replace(t, leveling_delay=0) for t in plan.tasks
        if t.leveling_delay and (wanted is None or t.uid in wanted)))


def level(plan: Plan, schedule_fn: Callable[[Plan], ScheduleResult] = schedule) -> Patch:
    """The patch that levels ``plan``'s over-allocated resources (empty when none are)."""
    return level_plan(plan, schedule_fn).patch


def level_plan(plan: Plan, schedule_fn: Callable[[Plan], ScheduleResult] = schedule,
               ) -> LevelingResult:
    """Level ``plan`` and say what was done; ``plan`` itself is left unchanged.

    ``schedule_fn`` is the scheduling engine the delays are checked with; with the default
    engine the passes reschedule incrementally after each delay.
    """
    work = replace(plan, tasks=[replace(t, leveling_delay=0) if t.leveling_delay else t
                                for t in plan.tasks])
    leveler = _Leveler(work, schedule_fn)
    unresolved: set[str] = set()
    result = leveler.result
    before = result if work.tasks == plan.tasks else schedule_fn(plan)
    missed_before = {t.uid for t in missed_deadlines(plan, before)}
    for _ in range(_MAX_PASSES):
        if not usage(work, result, leveler.res_cal).overallocated():
            break
        unresolved |= leveler.run_pass()
        result = schedule_fn(work)
        leveler.reset(result)
    over = tuple(usage(work, result, leveler.res_cal).overallocated())
    original = plan.task_index()
    changed = tuple(t for t in work.tasks if t.leveling_delay != original[t.uid].leveling_delay)
    patch = Patch(tasks=tuple(replace(original[t.uid], leveling_delay=t.leveling_delay)
                              for t in changed))
    delays = {t.uid: t.leveling_delay for t in work.tasks if t.leveling_delay}
    newly_missed = tuple(t.uid for t in missed_deadlines(work, result)
                         if t.uid not in missed_before)
    return LevelingResult(patch, delays, tuple(u for u in (t.uid for t in plan.tasks)
                                               if u in unresolved), over,
                          before.project_finish, result.project_finish, newly_missed)


class _Leveler:
    """One plan being levelled: its leaf-level links, calendars and committed load."""

    def __init__(self, plan: Plan, schedule_fn: Callable[[Plan], ScheduleResult]) -> None:
        self.plan = plan
        self.schedule_fn = schedule_fn
        self.incremental = schedule_fn is schedule
        self.scheduler = Scheduler(plan) if self.incremental else None
        self.result = self.scheduler.result if self.scheduler else schedule_fn(plan)
        self.project_cal = project_calendar(plan)
        self.res_cal = resource_calendars(plan, self.project_cal)
        self.rows = row_numbers(plan.tasks)
        self._graph()
        self._assignments()
        self._task_calendars()
        self._capacity: dict[tuple[str, int], float] = {}

    # -- the plan, compiled once -----------------------------------------------------------

    def _graph(self) -> None:
        """Predecessors and successors between leaf tasks; a link to or from a summary
        binds every task below it, as in the engine."""
        tasks = self.plan.tasks
        children: dict[str, list[str]] = {}
        for t in tasks:
            if t.parent_uid is not None:
                children.setdefault(t.parent_uid, []).append(t.uid)
        self.summaries = set(children)
        leaves_cache: dict[str, list[str]] = {}

        def leaves(uid: str) -> list[str]:
            got = leaves_cache.get(uid)
            if got is None:
                if uid not in children:
                    got = [uid]
                else:
                    got, stack = [], list(children[uid])
                    while stack:
                        u = stack.pop()
                        if u in children:
                            stack.extend(children[u])
                        else:
                            got.append(u)
                leaves_cache[uid] = got
            return got

        known = {t.uid: t for t in tasks}
        preds: dict[str, set[str]] = {}
        succs: dict[str, set[str]] = {}
        # Incoming plain links (FS or SS without lag) of each leaf, to work out its start
        # without the engine; None once any link needs the engine's rules.
        plain: dict[str, list[tuple[str, bool]] | None] = {}
        for d in self.plan.dependencies:
            before = known.get(d.predecessor_uid)
            if before is None or d.successor_uid not in known:
                continue
            simple = (d.lag == 0 and d.lag_percent is None
                      and (d.type is LinkType.FS
                           or (d.type is LinkType.SS and d.predecessor_uid not in children))
                      and before.constraint_type is not ConstraintType.ALAP)
            for s in leaves(d.successor_uid):
                for p in leaves(d.predecessor_uid):
                    if p != s:
                        preds.setdefault(s, set()).add(p)
                        succs.setdefault(p, set()).add(s)
                        links = plain.setdefault(s, [])
                        if links is not None and simple:
                            links.append((p, d.type is LinkType.FS))
                        else:
                            plain[s] = None
        self.preds = preds
        self.succs = succs
        self.plain_links = plain
        self.leaves = [t.uid for t in tasks if t.uid not in self.summaries]
        self.project_start = to_minute(self.plan.project.start)

    def _assignments(self) -> None:
        """Units per work resource of each leaf task (two assignments of one resource add)."""
        work = {r.uid: r for r in self.plan.resources if r.type is ResourceType.WORK}
        self.resources = work
        units: dict[str, dict[str, float]] = {}
        for a in self.plan.assignments:
            if a.resource_uid in work and a.units > 0 and a.task_uid not in self.summaries:
                per = units.setdefault(a.task_uid, {})
                per[a.resource_uid] = per.get(a.resource_uid, 0.0) + a.units
        self.units = units

    def _task_calendars(self) -> None:
        """The calendar each task is scheduled on, by the engine's rule: its own, else the
        union of its work resources' calendars, else the project's."""
        cals = self.plan.calendars
        built: dict[str, WorkCalendar] = {}
        unions: dict[frozenset[str], WorkCalendar] = {}

        def calendar(uid: str) -> WorkCalendar:
            if not uid or uid not in cals:
                return self.project_cal
            got = built.get(uid)
            if got is None:
                got = built[uid] = WorkCalendar.from_calendar(cals[uid], cals)
            return got

        self.task_cal: dict[str, WorkCalendar] = {}
        for t in self.plan.tasks:
            if t.calendar_uid and t.calendar_uid in cals:
                self.task_cal[t.uid] = calendar(t.calendar_uid)
            elif t.uid in self.units:
                key = frozenset(self.resources[r].calendar_uid or "" for r in self.units[t.uid])
                cal = unions.get(key)
                if cal is None:
                    cal = unions[key] = WorkCalendar.union(calendar(u) for u in sorted(key))
                self.task_cal[t.uid] = cal
            else:
                self.task_cal[t.uid] = self.project_cal

    def reset(self, result: ScheduleResult) -> None:
        """Start another pass from ``result`` (the plan keeps the delays found so far)."""
        self.result = result
        if self.scheduler is not None:
            self.scheduler = Scheduler(self.plan)
            self.result = self.scheduler.result

    # -- a pass ------------------------------------------------------------------------------

    def capacity(self, resource_uid: str, day: int) -> float:
        key = (resource_uid, day)
        cap = self._capacity.get(key)
        if cap is None:
            r = self.resources[resource_uid]
            cap = r.max_units * self.res_cal[resource_uid].minutes_on(date.fromordinal(day))
            self._capacity[key] = cap
        return cap

    def _loads(self, uid: str, start: int, finish: int) -> Iterator[tuple[str, int, float]]:
        """``(resource, day, minutes of work)`` of task ``uid`` spanning ``start``-``finish``,
        day by day (a caller looking for the first conflict stops early)."""
        for r, units in self.units.get(uid, {}).items():
            cal = self.res_cal[r]
            day = start // MINUTES_PER_DAY
            last = (finish - 1) // MINUTES_PER_DAY
            while day <= last:
                base = day * MINUTES_PER_DAY
                lo, hi = start - base, finish - base
                minutes = 0
                for a, b in cal.day_intervals(date.fromordinal(day)):
                    if b > lo and a < hi:
                        minutes += min(b, hi) - max(a, lo)
                if minutes:
                    yield r, day, units * minutes
                day += 1

    def _span(self, task: Task, start: int) -> tuple[int, int]:
        if task.duration_elapsed:
            return start, start + task.duration
        return start, self.task_cal[task.uid].add_m(start, task.duration)

    def run_pass(self) -> set[str]:
        """Place every task once; returns the tasks whose overload no delay can remove."""
        return _Pass(self).run()

    def _delay_to(self, i: int, delay: int, start: int) -> tuple[int, int]:
        """Give task ``i`` the delay that makes it start at ``start`` and return its span.

        The engine adds a delay to the start the links give; when a finish-to-finish link
        or a constraint decides the start instead, part of a delay is absorbed. A probe
        with a delay far longer than any link shows where the links alone put the task.
        """
        tasks = self.plan.tasks
        uid = tasks[i].uid
        cal = self.task_cal[uid]
        tasks[i] = replace(tasks[i], leveling_delay=delay)
        self._flush({uid})
        if to_minute(self.result.tasks[uid].start) < start:
            tasks[i] = replace(tasks[i], leveling_delay=delay + _PROBE)
            self._flush({uid})
            probed = to_minute(self.result.tasks[uid].start)
            tasks[i] = replace(tasks[i], leveling_delay=delay + _PROBE
                               - cal.between_m(start, probed))
            self._flush({uid})
        d = self.result.tasks[uid]
        return to_minute(d.start), to_minute(d.finish)

    def _plain_task(self, t: Task) -> bool:
        """Whether the engine places ``t`` right after its predecessors with no other rule."""
        return (t.constraint_type is ConstraintType.ASAP and not t.leveling_delay
                and not t.duration_elapsed and not t.percent_complete
                and t.actual_start is None and t.actual_finish is None)

    def _mark_stale(self, uid: str, stale: set[str]) -> None:
        """Every task downstream of ``uid`` has dates that wait for a reschedule."""
        stack = list(self.succs.get(uid, ()))
        while stack:
            u = stack.pop()
            if u not in stale:
                stale.add(u)
                stack.extend(self.succs.get(u, ()))

    def _flush(self, pending: set[str]) -> None:
        if not pending:
            return
        if self.scheduler is not None:
            self.result = self.scheduler.update(self.plan, ChangeSet(task_uids=frozenset(pending)))
        else:
            self.result = self.schedule_fn(self.plan)

    def _place(self, t: Task, start0: int, committed: dict[tuple[str, int], float],
               ) -> tuple[int, tuple[int, int]] | None:
        """The delay that puts ``t`` on the first working day from ``start0`` where its
        work fits beside ``committed``, with the span it then has; None when it fits
        nowhere.

        A conflict on a day the span covers remains for every later start that still
        covers that day, so the search jumps to it rather than trying each day between.
        """
        for r, u in self.units[t.uid].items():
            if u > self.resources[r].max_units + 1e-9:
                return None
        cal = self.task_cal[t.uid]
        first_day = start0 // MINUTES_PER_DAY
        day = first_day
        while day - first_day < _HORIZON_DAYS:
            if day == first_day:
                start = start0
            else:
                hours = cal.day_intervals(date.fromordinal(day))
                if not hours:
                    day += 1
                    continue
                start = day * MINUTES_PER_DAY + hours[0][0]
            span = self._span(t, start)
            conflict = None
            for r, dd, m in self._loads(t.uid, *span):
                if committed.get((r, dd), 0.0) + m > self.capacity(r, dd) + TOLERANCE:
                    conflict = dd
                    break
            if conflict is None:
                return (cal.between_m(start0, start) if start != start0 else 0), span
            day = max(day + 1, conflict)
        return None


def _pinned(t: Task) -> bool:
    """A task leveling never moves and places first: started, done, or held by a date."""
    return (t.actual_start is not None or t.actual_finish is not None
            or t.percent_complete > 0 or t.constraint_type in _PINNED)


class _Pass:
    """One leveling pass: every leaf task placed once, pinned tasks first where they are,
    then in priority order as their predecessors are placed, each delayed past the load
    already committed."""

    def __init__(self, leveler: _Leveler) -> None:
        self.lv = leveler
        self.tasks = leveler.plan.tasks
        self.index = {t.uid: i for i, t in enumerate(self.tasks)}
        self.dates = leveler.result.tasks  # the order tasks wait in is the pass's start
        self.committed: dict[tuple[str, int], float] = {}
        # Where each placed task sits, as the engine will put it: (start, finish) minutes.
        self.placed: dict[str, tuple[int, int]] = {}
        # Tasks delayed since the engine last ran, and the tasks downstream of them.
        self.pending: set[str] = set()
        self.stale: set[str] = set()
        self.waiting = {uid: len(leveler.preds.get(uid, ())) for uid in leveler.leaves}
        # (unmovable first, priority, total slack, start, row, uid): the order tasks are placed
        self.heap: list[tuple[int, int, int, datetime, int, str]] = []
        self.fixed: set[str] = set()

    def run(self) -> set[str]:
        """Place every task; returns the tasks whose overload no delay can remove."""
        lv, tasks, index = self.lv, self.tasks, self.index
        fixed = [uid for uid in lv.leaves if _pinned(tasks[index[uid]])]
        for uid in fixed:
            self.commit(uid, self.where(tasks[index[uid]]))
        self.fixed = set(fixed)
        for uid in lv.leaves:
            if self.waiting[uid] == 0 and uid not in self.fixed:
                self.push(uid)
        for uid in fixed:
            self.release(uid)
        unresolved: set[str] = set()
        while self.heap:
            *_, uid = heapq.heappop(self.heap)
            t = tasks[index[uid]]
            span = self.where(t)
            if self.movable(t):
                found = lv._place(t, span[0], self.committed)
                if found is None:
                    unresolved.add(uid)
                else:
                    span = self.delay(t, *found)
            self.commit(uid, span)
            self.release(uid)
        lv._flush(self.pending)
        return unresolved

    def delay(self, t: Task, delay: int, span: tuple[int, int]) -> tuple[int, int]:
        """Give ``t`` the leveling ``delay`` found for it; returns where it then sits. A
        plain task waits for the next reschedule; any other is rescheduled at once."""
        if not delay:
            return span
        lv, i = self.lv, self.index[t.uid]
        if lv._plain_task(t) and lv.plain_links.get(t.uid) is not None:
            self.tasks[i] = replace(t, leveling_delay=t.leveling_delay + delay)
            self.pending.add(t.uid)
            lv._mark_stale(t.uid, self.stale)
            return span
        self.flush()
        return lv._delay_to(i, t.leveling_delay + delay, span[0])

    def flush(self) -> None:
        """Reschedule the delays given so far: every task's dates are the engine's again."""
        self.lv._flush(self.pending)
        self.pending.clear()
        self.stale.clear()

    def where(self, t: Task) -> tuple[int, int]:
        """The dates of ``t`` given where its predecessors were placed."""
        lv = self.lv
        if t.uid in self.stale:
            links = lv.plain_links.get(t.uid)
            if links is not None and lv._plain_task(t):
                start = lv.project_start
                for p, finish_to_start in links:
                    ps, pf = self.placed[p]
                    start = max(start, pf if finish_to_start else ps)
                s, f, _w = lv.task_cal[t.uid].forward_span_m(start, t.duration,
                                                              t.duration == 0)
                return s, f
            self.flush()
        d = lv.result.tasks[t.uid]
        return to_minute(d.start), to_minute(d.finish)

    def commit(self, uid: str, span: tuple[int, int]) -> None:
        """Place task ``uid`` at ``span``: its resources' load there is taken."""
        self.placed[uid] = span
        committed = self.committed
        for r, day, minutes in self.lv._loads(uid, *span):
            committed[(r, day)] = committed.get((r, day), 0.0) + minutes

    def movable(self, t: Task) -> bool:
        """Whether leveling may delay ``t``: worked by resources, not started, not held."""
        return (t.uid in self.lv.units and t.duration > 0 and t.actual_start is None
                and t.actual_finish is None and t.percent_complete == 0
                and t.priority < 1000 and t.constraint_type in _MOVABLE)

    def release(self, uid: str) -> None:
        """``uid`` is placed: successors whose predecessors are all placed can wait now."""
        waiting = self.waiting
        for s in self.lv.succs.get(uid, ()):
            waiting[s] -= 1
            # A pinned task was placed and released up front: never a second time.
            if waiting[s] == 0 and s not in self.fixed:
                self.push(s)

    def push(self, uid: str) -> None:
        t = self.tasks[self.index[uid]]
        d = self.dates[uid]
        heapq.heappush(self.heap, (0 if not self.movable(t) else 1, -t.priority,
                                   d.total_slack, d.start, self.lv.rows.get(uid, 0), uid))
