"""Where the project stands: one definition of late, missed, critical and over budget.

The status report's headlines, the Gantt view's indicators, the status bar and
``pmdesk info`` all read these, so no two places can disagree about the same plan.

- The *status moment* is the project's status date, or else the end of today's working day
  on the project calendar: figures measured "now" stay put while the PM looks at them.
- A task *misses its deadline* when it finishes after it.
- A *late task* is a leaf task not complete whose scheduled finish is at or before the
  status moment.
- The *critical tasks* are the critical leaf tasks (summaries only roll up their children;
  finished work is never critical).
- The schedule headline is red when a deadline is missed or the finish slips more than
  five working days past baseline 0, amber when it slips less than that or SPI is below
  0.95, green when the finish holds its baseline; without a baseline and with nothing
  missed it says so, neutrally.
- The cost headline compares the forecast — EAC, or the planned cost while EAC is undefined
  — with the budget (without a budget: with the baseline cost, BAC). Red when the forecast
  is more than 5 % over, amber when over by less or CPI is below 0.95, green otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from enum import IntEnum

from .calendar import project_calendar
from .model import Plan, Task
from .money import format_money
from .outline import summary_uids
from .schedule import ScheduleResult, TaskDates

SLIP_WARNING_DAYS = 5  # working days past baseline that turn a headline red
INDEX_WARNING = Decimal("0.95")  # SPI or CPI below this is a warning
OVER_WARNING = Decimal("0.05")  # share over budget that turns a headline red


class Level(IntEnum):
    """How a headline reads, worst last."""

    NONE = 0  # nothing to judge by (no baseline, no budget)
    GOOD = 1
    WARN = 2
    BAD = 3


@dataclass(frozen=True, slots=True)
class Headline:
    """One line of the project's health (schedule or cost) and how good it is."""

    text: str
    level: Level


def status_moment(plan: Plan, now: datetime | None = None) -> datetime:
    """The status date, or the end of today's working day on the project calendar."""
    if plan.project.status_date is not None:
        return plan.project.status_date
    today = (now or datetime.now()).date()
    midnight = datetime.combine(today + timedelta(days=1), time(0, 0))
    return project_calendar(plan).previous_working(midnight)


def misses_deadline(task: Task, dates: TaskDates | None) -> bool:
    """Whether ``task`` finishes after its deadline."""
    return task.deadline is not None and dates is not None and dates.finish > task.deadline


def deadline_miss_text(task: Task, dates: TaskDates | None) -> str:
    """"Deadline missed: finishes Fri 22 Jan 2027, deadline Wed 20 Jan 2027", or ""."""
    if not misses_deadline(task, dates):
        return ""
    assert dates is not None and task.deadline is not None
    return (f"Deadline missed: finishes {dates.finish:%a %d %b %Y}, "
            f"deadline {task.deadline:%a %d %b %Y}")


def missed_deadlines(plan: Plan, result: ScheduleResult) -> list[Task]:
    """Tasks that finish after their deadline, in outline order."""
    return [t for t in plan.tasks if misses_deadline(t, result.tasks.get(t.uid))]


def critical_tasks(plan: Plan, result: ScheduleResult) -> list[Task]:
    """The critical leaf tasks, in outline order."""
    summaries = summary_uids(plan.tasks)
    return [t for t in plan.tasks if t.uid not in summaries
            and (d := result.tasks.get(t.uid)) is not None and d.critical]


def late_tasks(plan: Plan, result: ScheduleResult, as_of: datetime) -> list[Task]:
    """Leaf tasks not complete that were due to finish by ``as_of``."""
    summaries = summary_uids(plan.tasks)
    return [t for t in plan.tasks if t.uid not in summaries and t.percent_complete < 100
            and (d := result.tasks.get(t.uid)) is not None and d.finish <= as_of]


def _worst(parts: Iterable[tuple[str, Level]], fallback: Headline) -> Headline:
    parts = list(parts)
    if not parts:
        return fallback
    return Headline(" · ".join(text for text, _ in parts), max(level for _, level in parts))


def index_level(value: Decimal) -> Level:
    """How SPI or CPI reads, judged on the figure as shown (two decimals): a warning below
    :data:`INDEX_WARNING`, good from there. The headlines, the Budget view and the status
    report all judge by it, so "0.95" is never amber in one and green in another."""
    return Level.WARN if round(value, 2) < INDEX_WARNING else Level.GOOD


def schedule_headline(plan: Plan, result: ScheduleResult, spi: Decimal | None = None,
                      ) -> Headline:
    """The schedule headline under the rule in the module docstring."""
    missed = missed_deadlines(plan, result)
    parts: list[tuple[str, Level]] = []
    if missed:
        parts.append((f"{len(missed)} deadline{'s' * (len(missed) != 1)} missed", Level.BAD))
    slip = baseline_slip(plan, result)
    if slip is not None and slip[0] > 0:
        days = slip[0] / plan.project.minutes_per_day
        parts.append((f"{days:+.0f} d vs baseline {slip[1]:%d %b %Y}", slip_level(plan, slip[0])))
    if spi is not None and index_level(spi) is Level.WARN:
        parts.append((f"SPI {spi:.2f}", Level.WARN))
    fallback = (Headline("on baseline", Level.GOOD) if slip is not None
                else Headline("no baseline set", Level.NONE))
    return _worst(parts, fallback)


def slip_level(plan: Plan, slip: int) -> Level:
    """How a finish ``slip`` working minutes past baseline reads."""
    if slip <= 0:
        return Level.GOOD
    return Level.BAD if slip > SLIP_WARNING_DAYS * plan.project.minutes_per_day else Level.WARN


def baseline_slip(plan: Plan, result: ScheduleResult) -> tuple[int, datetime] | None:
    """(working minutes the finish is past baseline 0's, that baseline finish), or None
    when no task has a baseline 0 finish."""
    finishes = [b.finish for t in plan.tasks for b in t.baselines
                if b.number == 0 and b.finish is not None]
    if not finishes:
        return None
    base = max(finishes)
    finish = result.project_finish
    cal = project_calendar(plan)
    slip = cal.between(base, finish) if finish >= base else -cal.between(finish, base)
    return slip, base


def cost_headline(planned: Decimal, budget: Decimal, bac: Decimal, eac: Decimal | None,
                  cpi: Decimal | None, currency: str) -> Headline:
    """The cost headline under the rule in the module docstring, amounts in ``currency``."""
    reference, against = (budget, "budget") if budget else (bac, "planned cost")
    if not reference:
        return Headline("no budget set", Level.NONE)
    # The worse of the two forecasts: what earned value predicts and what the plan costs.
    forecast, by = (eac, " by EAC") if eac is not None and eac >= planned else (planned, "")
    parts: list[tuple[str, Level]] = []
    over = forecast - reference
    if over > 0:
        level = Level.BAD if over > reference * OVER_WARNING else Level.WARN
        parts.append((f"{format_money(over, currency)} over {against}{by}", level))
    if cpi is not None and index_level(cpi) is Level.WARN:
        parts.append((f"CPI {cpi:.2f}", Level.WARN))
    return _worst(parts, Headline(f"within {against}", Level.GOOD))
