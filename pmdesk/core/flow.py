"""Flow metrics from the board's history: cumulative flow, lead and cycle time, throughput
and the age of work in progress.

Every move of a card is a :class:`~pmdesk.core.model.StatusChange` (the card entered a
column at a moment). From that history, per card, in calendar days:

- **lead time**: from the card's first entry on the board to its completion;
- **cycle time**: from its first entry into a started or done column to its completion;
- **completion**: its last entry into a done column, for a card that is in a done column now;
- **WIP age**: for a card in a started column now, from its first entry into a started column
  until today.

Column states (not started, started, done) are those of :mod:`pmdesk.core.board`. A card
with no recorded history (a plan imported or written before the board kept one) gets an
implied one from its task: on the board since the project start, started at its actual
start, done at its actual finish. Summary figures are the mean and the 85th percentile by
nearest rank: 85 % of the cards took that long or less, the figure teams quote for "how
long does a card take".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from .board import ColumnState, card_tasks, column_states, home_column, ordered_columns
from .model import BoardColumn, Plan, Task

_DAY = timedelta(days=1)

# One entry of a card's history: at this moment it entered this column (None: left the board).
Event = tuple[datetime, str | None]


def percentile(values: Sequence[float], q: float) -> float | None:
    """The ``q`` (0..1) percentile by nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def _days(delta: timedelta) -> float:
    return delta / _DAY


def _implied(task: Task, column_uid: str, state: ColumnState, states: dict[str, ColumnState],
             columns: list[BoardColumn], project_start: datetime) -> list[Event]:
    """A history for a card that has none, from its task's actual dates."""
    if state == ColumnState.NOT_STARTED:
        return [(project_start, column_uid)]
    begun = task.actual_start or task.actual_finish or project_start
    entered = min(project_start, begun)
    events: list[Event] = []
    if entered < begun:
        events.append((entered, columns[0].uid))
    if state == ColumnState.STARTED:
        return [*events, (begun, column_uid)]
    finished = max(task.actual_finish or begun, begun)
    if begun < finished:
        started = next((c.uid for c in columns if states[c.uid] == ColumnState.STARTED),
                       column_uid)
        events.append((begun, started))
    return [*events, (finished, column_uid)]


@dataclass(frozen=True, slots=True)
class CardFlow:
    """The flow facts of one card."""

    task_uid: str
    name: str
    column_uid: str
    state: ColumnState
    entered: datetime | None  # first entry on the board
    started: datetime | None  # first entry into a started or done column
    completed: datetime | None  # last entry into done, when done now
    implied: bool  # no recorded history: taken from the task's actual dates

    @property
    def lead_days(self) -> float | None:
        if self.completed is None or self.entered is None:
            return None
        return _days(self.completed - self.entered)

    @property
    def cycle_days(self) -> float | None:
        if self.completed is None or self.started is None:
            return None
        return _days(self.completed - self.started)

    def age_days(self, now: datetime) -> float | None:
        if self.state != ColumnState.STARTED or self.started is None:
            return None
        return max(0.0, _days(now - self.started))


@dataclass(frozen=True, slots=True)
class Histories:
    """Every card's history, with the board's columns and their states."""

    columns: list[BoardColumn]
    states: dict[str, ColumnState]
    events: dict[str, list[Event]]  # by task uid, oldest first
    cards: dict[str, CardFlow]


def histories(plan: Plan) -> Histories:
    """Recorded (or implied) histories of every card on the board."""
    columns = ordered_columns(plan)
    states = column_states(columns)
    recorded: dict[str, list[Event]] = {}
    for c in plan.status_changes:
        recorded.setdefault(c.task_uid, []).append((c.at, c.column_uid))
    events: dict[str, list[Event]] = {}
    cards: dict[str, CardFlow] = {}
    if not columns:
        return Histories(columns, states, events, cards)
    for t in card_tasks(plan):
        column = home_column(t, columns, states)
        state = states[column]
        implied = t.uid not in recorded
        if implied:
            ev = _implied(t, column, state, states, columns, plan.project.start)
        else:
            ev = sorted(recorded[t.uid], key=lambda e: e[0])
        events[t.uid] = ev
        entered = next((at for at, col in ev if col is not None), None)
        started = next((at for at, col in ev
                        if col is not None and states.get(col, ColumnState.NOT_STARTED)
                        != ColumnState.NOT_STARTED), None)
        completed = None
        if state == ColumnState.DONE:
            completed = next((at for at, col in reversed(ev)
                              if col is not None and states.get(col) == ColumnState.DONE), None)
        cards[t.uid] = CardFlow(t.uid, t.name, column, state, entered, started, completed,
                                implied)
    return Histories(columns, states, events, cards)


@dataclass(frozen=True, slots=True)
class CumulativeFlow:
    """Cards in each column at the end of each day; ``counts[column uid][i]`` is ``days[i]``."""

    days: list[date]
    columns: list[BoardColumn]
    counts: dict[str, list[int]]


def cumulative_flow(plan: Plan, start: date, end: date,
                    hist: Histories | None = None) -> CumulativeFlow:
    """The cumulative flow from ``start`` to ``end`` (inclusive), one value a day."""
    hist = hist or histories(plan)
    days = [start + timedelta(days=n) for n in range(max(0, (end - start).days + 1))]
    counts = {c.uid: [0] * len(days) for c in hist.columns}
    for ev in hist.events.values():
        # Walk the card's history along the days: where it is at the end of each day.
        i = 0
        where: str | None = None
        for n, day in enumerate(days):
            limit = datetime.combine(day + _DAY, time())
            while i < len(ev) and ev[i][0] < limit:
                where = ev[i][1]
                i += 1
            if where in counts:
                counts[where][n] += 1
    return CumulativeFlow(days, hist.columns, counts)


def weekly_throughput(plan: Plan, start: date, end: date,
                      hist: Histories | None = None) -> list[tuple[date, int]]:
    """Cards completed per week (weeks start on Monday) from ``start``'s week to ``end``'s."""
    hist = hist or histories(plan)
    first = start - timedelta(days=start.weekday())
    weeks = [first + timedelta(weeks=n) for n in range((end - first).days // 7 + 1)]
    done = {w: 0 for w in weeks}
    for card in hist.cards.values():
        if card.completed is None:
            continue
        d = card.completed.date()
        monday = d - timedelta(days=d.weekday())
        if monday in done and start <= d <= end:
            done[monday] += 1
    return [(w, done[w]) for w in weeks]


def _stats(values: list[float]) -> dict[str, Any]:
    return {
        "count": len(values),
        "mean": round(sum(values) / len(values), 1) if values else None,
        "p85": round(p, 1) if (p := percentile(values, 0.85)) is not None else None,
    }


def flow_summary(plan: Plan, today: datetime | None = None, weeks: int = 12) -> dict[str, Any]:
    """The flow figures ``pmdesk info --json`` prints under ``flow``: the last ``weeks``
    weeks of throughput, lead and cycle time of every completed card, and WIP by age."""
    now = today or datetime.now()
    hist = histories(plan)
    cards = list(hist.cards.values())
    lead = [d for c in cards if (d := c.lead_days) is not None]
    cycle = [d for c in cards if (d := c.cycle_days) is not None]
    monday = now.date() - timedelta(days=now.weekday())
    start = monday - timedelta(weeks=weeks - 1)
    names = {c.uid: c.name for c in hist.columns}
    wip = sorted(
        ((c, age) for c in cards if (age := c.age_days(now)) is not None),
        key=lambda p: -p[1],
    )
    return {
        "cards": len(cards),
        "done": sum(1 for c in cards if c.state == ColumnState.DONE),
        "in_progress": len(wip),
        "recorded_changes": len(plan.status_changes),
        "columns": [
            {
                "name": c.name,
                "state": str(hist.states[c.uid]),
                "cards": sum(1 for card in cards if card.column_uid == c.uid),
                "wip_limit": c.wip_limit,
            }
            for c in hist.columns
        ],
        "lead_time_days": _stats(lead),
        "cycle_time_days": _stats(cycle),
        "throughput_per_week": [
            {"week": w.isoformat(), "done": n}
            for w, n in weekly_throughput(plan, start, now.date(), hist)
        ],
        "wip_age_days": [
            {"name": c.name, "column": names[c.column_uid], "age_days": round(age, 1)}
            for c, age in wip
        ],
    }
