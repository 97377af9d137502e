"""Baselines: the plan a PM promised, kept to measure today's plan against.

Up to eleven baselines (0-10) are kept per task, as in Microsoft Project; baseline 0 is the
one earned value and the Gantt's ghost bars use unless the PM picks another. Saving copies
each task's scheduled start and finish, duration, work and cost; saving for selected tasks
leaves the other tasks' baselines as they were. Both saving and clearing are patches, so
each is one undo step.

Variances are "current minus baseline": positive when a task starts or finishes later,
lasts longer or costs more than promised. Date variances are working minutes of the
project calendar, as durations are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from .calendar import WorkCalendar, project_calendar
from .costs import task_costs, task_work
from .model import Baseline, Plan, Task
from .outline import summary_uids
from .patch import Patch
from .schedule import ScheduleResult

__all__ = [
    "BASELINE_NUMBERS",
    "Variance",
    "baseline_of",
    "clear_baseline_patch",
    "numbers_in_use",
    "save_baseline_patch",
    "variances",
]

BASELINE_NUMBERS = tuple(range(11))


def _check(number: int) -> None:
    if number not in BASELINE_NUMBERS:
        raise ValueError(f"baseline {number}: baselines are numbered 0 to 10")


def baseline_of(task: Task, number: int = 0) -> Baseline | None:
    """Baseline ``number`` of ``task``, or None when it was never saved."""
    for b in task.baselines:
        if b.number == number:
            return b
    return None


def numbers_in_use(plan: Plan) -> list[int]:
    """The baseline numbers saved for at least one task, ascending."""
    return sorted({b.number for t in plan.tasks for b in t.baselines})


def _durations(plan: Plan, result: ScheduleResult, cal: WorkCalendar) -> dict[str, int]:
    summaries = summary_uids(plan.tasks)
    out: dict[str, int] = {}
    for t in plan.tasks:
        d = result.tasks.get(t.uid)
        if t.uid in summaries and d is not None:
            out[t.uid] = cal.between(d.start, d.finish)
        else:
            out[t.uid] = t.duration
    return out


def save_baseline_patch(plan: Plan, result: ScheduleResult, number: int = 0,
                        task_uids: Iterable[str] | None = None) -> Patch:
    """Save the scheduled plan as baseline ``number`` of every task (or of ``task_uids``),
    replacing what that baseline held."""
    _check(number)
    wanted = None if task_uids is None else set(task_uids)
    costs = task_costs(plan, result)
    work = task_work(plan)
    durations = _durations(plan, result, project_calendar(plan))
    out: list[Task] = []
    for t in plan.tasks:
        if wanted is not None and t.uid not in wanted:
            continue
        d = result.tasks.get(t.uid)
        if d is None:
            continue
        saved = Baseline(number, d.start, d.finish, durations[t.uid], work[t.uid],
                         costs[t.uid])
        kept = tuple(b for b in t.baselines if b.number != number)
        baselines = tuple(sorted((*kept, saved), key=lambda b: b.number))
        if baselines != t.baselines:
            out.append(replace(t, baselines=baselines))
    return Patch(tasks=tuple(out))


def clear_baseline_patch(plan: Plan, number: int = 0,
                         task_uids: Iterable[str] | None = None) -> Patch:
    """Forget baseline ``number`` of every task (or of ``task_uids``)."""
    _check(number)
    wanted = None if task_uids is None else set(task_uids)
    return Patch(tasks=tuple(
        replace(t, baselines=tuple(b for b in t.baselines if b.number != number))
        for t in plan.tasks
        if (wanted is None or t.uid in wanted) and baseline_of(t, number) is not None))


@dataclass(frozen=True, slots=True)
class Variance:
    """Current minus baseline for one task; None where the baseline has no value."""

    start: int | None  # working minutes, positive = starts later than promised
    finish: int | None
    duration: int
    work: int
    cost: Decimal


def variances(plan: Plan, result: ScheduleResult, number: int = 0) -> dict[str, Variance]:
    """The variance of every task that has baseline ``number``."""
    _check(number)
    cal = project_calendar(plan)
    costs = task_costs(plan, result)
    work = task_work(plan)
    durations = _durations(plan, result, cal)
    out: dict[str, Variance] = {}
    for t in plan.tasks:
        b = baseline_of(t, number)
        d = result.tasks.get(t.uid)
        if b is None or d is None:
            continue
        out[t.uid] = Variance(
            start=cal.between(b.start, d.start) if b.start is not None else None,
            finish=cal.between(b.finish, d.finish) if b.finish is not None else None,
            duration=durations[t.uid] - b.duration,
            work=work[t.uid] - b.work,
            cost=costs[t.uid] - b.cost,
        )
    return out
