"""Resource usage: how much work each resource has on each day, against what it can give.

A PM asks "who is overloaded, and when?". The answer is computed day by day, as Microsoft
Project levels "day by day": a resource's load on a day is the sum, over its assignments,
of the assignment's units times the working minutes of the resource's own calendar that
fall inside the task's scheduled span on that day (with a work contour, each tenth of
the span at the contour's share of the units); its capacity is its maximum units times
its working minutes that day (vacations on its calendar give no capacity). A day whose
load exceeds its capacity is over-allocated.

Only work resources have a load: material and cost resources are charged, not scheduled.
Summary tasks carry no load of their own. The arithmetic is per assignment, not per minute
or per day of every assignment: the first and last day of a span are cut to the span, and
the whole days between them are added to a difference array, so a plan of 20,000 tasks
and 200 resources is measured in well under a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate

from .calendar import MINUTES_PER_DAY, WorkCalendar, project_calendar, to_minute
from .contours import segments
from .model import Plan, Resource, ResourceType
from .outline import summary_uids
from .schedule import ScheduleResult

__all__ = [
    "TOLERANCE",
    "Bucket",
    "ResourceLoad",
    "UsageReport",
    "overallocated_resources",
    "overallocated_tasks",
    "resource_calendars",
    "usage",
]

# Load above capacity by less than this many minutes a day is rounding, not overload.
TOLERANCE = 0.5


def resource_calendars(plan: Plan, fallback: WorkCalendar | None = None,
                       ) -> dict[str, WorkCalendar]:
    """Each resource's working time: its own calendar, else the project's."""
    base = fallback or project_calendar(plan)
    built: dict[str, WorkCalendar] = {}
    out: dict[str, WorkCalendar] = {}
    for r in plan.resources:
        uid = r.calendar_uid
        if uid and uid in plan.calendars:
            cal = built.get(uid)
            if cal is None:
                cal = built[uid] = WorkCalendar.from_calendar(plan.calendars[uid], plan.calendars)
            out[r.uid] = cal
        else:
            out[r.uid] = base
    return out


def _partial(cal: WorkCalendar, day: int, lo: int, hi: int) -> int:
    """Working minutes of ``cal`` on ``day`` between minute ``lo`` and ``hi`` of the day."""
    total = 0
    for s, e in cal.day_intervals(date.fromordinal(day)):
        a, b = max(s, lo), min(e, hi)
        if b > a:
            total += b - a
    return total


@dataclass(frozen=True, slots=True)
class Bucket:
    """One day or week of one resource: work assigned and what it can give, in minutes."""

    start: date
    days: int
    load: float
    capacity: float

    @property
    def over(self) -> bool:
        return self.load > self.capacity + TOLERANCE

    @property
    def ratio(self) -> float | None:
        """Load as a share of capacity (1.0 = fully loaded); None without capacity."""
        return self.load / self.capacity if self.capacity > 0 else None


@dataclass(frozen=True, slots=True)
class ResourceLoad:
    """Daily load and capacity of one resource from ``first_day`` on, in minutes."""

    resource: Resource
    first_day: date
    load: tuple[float, ...]
    capacity: tuple[float, ...]

    @property
    def work(self) -> float:
        """Total minutes of work assigned."""
        return sum(self.load)

    def day(self, d: date) -> Bucket:
        i = d.toordinal() - self.first_day.toordinal()
        if 0 <= i < len(self.load):
            return Bucket(d, 1, self.load[i], self.capacity[i])
        return Bucket(d, 1, 0.0, 0.0)

    def over_days(self) -> list[date]:
        first = self.first_day.toordinal()
        days = enumerate(zip(self.load, self.capacity, strict=True))
        return [date.fromordinal(first + i) for i, (a, c) in days if a > c + TOLERANCE]

    def over_periods(self) -> list[tuple[date, date]]:
        """Runs of over-allocated days as ``(first, last)``, inclusive; a run continues
        across days off (a weekend does not end an overload)."""
        periods: list[tuple[date, date]] = []
        first = self.first_day.toordinal()
        run: list[int] | None = None
        for i, (a, c) in enumerate(zip(self.load, self.capacity, strict=True)):
            if a > c + TOLERANCE:
                if run is None:
                    run = [i, i]
                else:
                    run[1] = i
            elif (a > 0 or c > 0) and run is not None:
                periods.append((date.fromordinal(first + run[0]),
                                date.fromordinal(first + run[1])))
                run = None
        if run is not None:
            periods.append((date.fromordinal(first + run[0]), date.fromordinal(first + run[1])))
        return periods

    @property
    def overallocated(self) -> bool:
        return any(a > c + TOLERANCE for a, c in zip(self.load, self.capacity, strict=True))

    def peak_units(self) -> float:
        """The highest daily load as units of a full working day of the resource (1.0 ==
        100 %), for the sheet's "Peak" column."""
        peak = 0.0
        for a, c in zip(self.load, self.capacity, strict=True):
            if a > 0:
                full = c / self.resource.max_units if self.resource.max_units > 0 else 0.0
                if full > 0:
                    peak = max(peak, a / full)
        return peak

    def buckets(self, period: str = "day") -> list[Bucket]:
        """The load per ``"day"`` or per ``"week"`` (weeks start on Monday)."""
        if period == "day":
            first = self.first_day.toordinal()
            return [Bucket(date.fromordinal(first + i), 1, a, c)
                    for i, (a, c) in enumerate(zip(self.load, self.capacity, strict=True))]
        if period != "week":
            raise ValueError(f"usage period must be 'day' or 'week', not {period!r}")
        out: list[Bucket] = []
        first_day = self.first_day
        monday = first_day - timedelta(days=first_day.weekday())
        i = 0
        n = len(self.load)
        while i < n:
            start = monday + timedelta(days=7 * len(out))
            end = (start + timedelta(days=7)).toordinal() - first_day.toordinal()
            j = min(end, n)
            out.append(Bucket(start, 7, sum(self.load[i:j]), sum(self.capacity[i:j])))
            i = j
        return out


@dataclass(frozen=True, slots=True)
class UsageReport:
    """Every work resource's load over the days the plan's assignments span."""

    first_day: date
    last_day: date
    resources: dict[str, ResourceLoad]

    def overallocated(self) -> list[str]:
        """Uids of over-allocated resources, in the plan's resource order."""
        return [uid for uid, load in self.resources.items() if load.overallocated]


def usage(plan: Plan, result: ScheduleResult, calendars: Mapping[str, WorkCalendar] | None = None,
          ) -> UsageReport:
    """The daily load of every work resource of ``plan`` under the schedule ``result``."""
    cals = dict(calendars) if calendars is not None else resource_calendars(plan)
    work = {r.uid: r for r in plan.resources if r.type is ResourceType.WORK}
    summaries = summary_uids(plan.tasks)
    spans: dict[str, tuple[int, int]] = {}
    dates = result.tasks
    for a in plan.assignments:
        if a.resource_uid not in work or a.units <= 0 or a.task_uid in summaries:
            continue
        if a.task_uid in spans:
            continue
        d = dates.get(a.task_uid)
        if d is not None and d.finish > d.start:
            spans[a.task_uid] = (to_minute(d.start), to_minute(d.finish))
    if spans:
        first = min(s for s, _ in spans.values()) // MINUTES_PER_DAY
        last = max(f - 1 for _, f in spans.values()) // MINUTES_PER_DAY
    else:
        first = last = to_minute(result.project_start) // MINUTES_PER_DAY
    n = last - first + 1

    # Working minutes per day of each calendar in use, computed once and shared.
    daily: dict[int, list[int]] = {}
    for own in {id(c): c for c in (cals.get(uid) for uid in work) if c is not None}.values():
        d0 = date.fromordinal(first)
        daily[id(own)] = [own.minutes_on(d0 + timedelta(days=i)) for i in range(n)]
    default = project_calendar(plan) if any(uid not in cals for uid in work) else None
    if default is not None and id(default) not in daily:
        d0 = date.fromordinal(first)
        daily[id(default)] = [default.minutes_on(d0 + timedelta(days=i)) for i in range(n)]

    edge: dict[str, list[float]] = {uid: [0.0] * n for uid in work}
    units_step: dict[str, list[float]] = {uid: [0.0] * (n + 1) for uid in work}

    def spread(resource_uid: str, cal: WorkCalendar, s: int, f: int, units: float) -> None:
        """Add ``units`` over the span ``s``..``f``: its first and last day cut to the
        span, the whole days between as a step of the difference array."""
        d_s, d_f = s // MINUTES_PER_DAY, (f - 1) // MINUTES_PER_DAY
        lo, hi = s - d_s * MINUTES_PER_DAY, f - d_f * MINUTES_PER_DAY
        loads = edge[resource_uid]
        if d_s == d_f:
            loads[d_s - first] += units * _partial(cal, d_s, lo, hi)
            return
        loads[d_s - first] += units * _partial(cal, d_s, lo, MINUTES_PER_DAY)
        loads[d_f - first] += units * _partial(cal, d_f, 0, hi)
        if d_f - d_s > 1:
            steps = units_step[resource_uid]
            steps[d_s + 1 - first] += units
            steps[d_f - first] -= units

    for a in plan.assignments:
        span = spans.get(a.task_uid)
        if span is None or a.resource_uid not in work or a.units <= 0:
            continue
        cal = cals.get(a.resource_uid) or default
        assert cal is not None  # default is built when a resource has no calendar
        s, f = span
        shares = segments(a.contour)
        if shares is None:
            spread(a.resource_uid, cal, s, f, a.units)
            continue
        # A contour works each tenth of the span's working time at its share of the units.
        total = cal.between_m(s, f)
        cuts = [s, *(cal.add_m(s, total * k // 10) for k in range(1, 10)), f]
        for k, share in enumerate(shares):
            if cuts[k + 1] > cuts[k]:
                spread(a.resource_uid, cal, cuts[k], cuts[k + 1], a.units * share)

    out: dict[str, ResourceLoad] = {}
    for uid, r in work.items():
        cal = cals.get(uid) or default
        assert cal is not None  # default is built when a resource has no calendar
        minutes = daily[id(cal)]
        units = accumulate(units_step[uid][:n])
        load = tuple(e + u * m for e, u, m in zip(edge[uid], units, minutes, strict=True))
        cap = tuple(r.max_units * m for m in minutes)
        out[uid] = ResourceLoad(r, date.fromordinal(first), load, cap)
    return UsageReport(date.fromordinal(first), date.fromordinal(last), out)


def overallocated_resources(report: UsageReport) -> set[str]:
    """Uids of the resources over-allocated on at least one day."""
    return set(report.overallocated())


def overallocated_tasks(plan: Plan, result: ScheduleResult, report: UsageReport,
                        resource_uids: Iterable[str] | None = None) -> set[str]:
    """Tasks worked by a resource on a day that resource is over-allocated (the tasks MS
    Project flags in the Gantt table's indicator column)."""
    over_days: dict[str, set[int]] = {}
    wanted = set(resource_uids) if resource_uids is not None else None
    for uid, load in report.resources.items():
        if wanted is not None and uid not in wanted:
            continue
        days = {d.toordinal() for d in load.over_days()}
        if days:
            over_days[uid] = days
    if not over_days:
        return set()
    summaries = summary_uids(plan.tasks)
    out: set[str] = set()
    for a in plan.assignments:
        over = over_days.get(a.resource_uid)
        if over is None or a.units <= 0 or a.task_uid in out or a.task_uid in summaries:
            continue
        d = result.tasks.get(a.task_uid)
        if d is None or d.finish <= d.start:
            continue
        lo = to_minute(d.start) // MINUTES_PER_DAY
        hi = (to_minute(d.finish) - 1) // MINUTES_PER_DAY
        if hi - lo < len(over):
            hit = any(day in over for day in range(lo, hi + 1))
        else:
            hit = any(lo <= day <= hi for day in over)
        if hit:
            out.add(a.task_uid)
    return out
