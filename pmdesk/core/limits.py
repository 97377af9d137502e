"""The ranges every number and date of a plan must fall within, declared once.

Numbers reach pmdesk from outside: a colleague's project file, an MS Project XML file, a
cell typed in the Gantt table, a dialog, the command line. Each is checked against these
bounds before it reaches the engine, so a duration of 10^12 minutes, a date in year 9999, a
cost of ``Infinity`` or a probability of 99 is refused with a message naming the field
instead of overflowing a calendar walk or making a file that cannot be read back.

The bounds are generous for real plans: dates from 1900 to 2199, durations and lags up to
ten million minutes (about 80 years of eight-hour working days), money up to 10^15.

- :data:`FIELD_BOUNDS` gives the bound of each numeric or date field, by value type.
- :func:`value_problem` says what is wrong with one field's value (type or range), and
  :func:`row_problem` with a whole row; the store's fast loader generates its checks from
  the same table.
- :func:`patch_problem` checks an edit before the controller applies it.
"""

from __future__ import annotations

import dataclasses
import math
import re
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .model import (
    Assignment,
    Baseline,
    BoardColumn,
    BudgetLine,
    Calendar,
    CalendarException,
    CostEntry,
    Dependency,
    ProjectInfo,
    Resource,
    Risk,
    RiskScoreChange,
    StatusChange,
    Task,
)
from .product.model import (
    Feature,
    Gate,
    Insight,
    KeyResult,
    Kpi,
    KpiValue,
    Objective,
    RoadmapItem,
    StageChange,
)

__all__ = [
    "EARLIEST",
    "FIELD_BOUNDS",
    "LATEST",
    "MAX_MINUTES",
    "MAX_MONEY",
    "Bound",
    "check_date",
    "check_number",
    "field_problem",
    "patch_problem",
    "row_problem",
    "value_problem",
]

#: The first and last moment a plan may use.
EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(2199, 12, 31, 23, 59)
#: The longest duration, lag or delay in minutes: about 80 years of 8-hour working days,
#: 19 years round the clock.
MAX_MINUTES = 10_000_000
#: The largest amount of money, in the project's currency.
MAX_MONEY = Decimal(10) ** 15


@dataclass(frozen=True, slots=True)
class Bound:
    """An inclusive range of allowed values and how to name it in a message."""

    low: Any
    high: Any
    unit: str = ""

    def __contains__(self, value: Any) -> bool:
        try:
            return bool(self.low <= value <= self.high)
        except TypeError:
            return False

    def describe(self) -> str:
        """``0 to 100 %``, ``1900-01-01 to 2199-12-31``."""
        low, high = (_show(v) for v in (self.low, self.high))
        return f"{low} to {high}{' ' + self.unit if self.unit else ''}"


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


MINUTES = Bound(0, MAX_MINUTES, "minutes")
SIGNED_MINUTES = Bound(-MAX_MINUTES, MAX_MINUTES, "minutes")
WORK_MINUTES = Bound(0, MAX_MINUTES * 600, "minutes")
PERCENT = Bound(0, 100, "%")
LAG_PERCENT = Bound(-10_000, 10_000, "%")
PRIORITY = Bound(0, 1000)
SCORE = Bound(1, 5)
RISK_THRESHOLD = Bound(1, 25)
UNITS = Bound(0.0, 600.0, "(1 = 100 %)")
MONEY = Bound(-MAX_MONEY, MAX_MONEY)
MOMENT = Bound(EARLIEST, LATEST)
DAY = Bound(EARLIEST.date(), LATEST.date())
WHOLE = Bound(-(2**31), 2**31 - 1)
RANK = Bound(-1e300, 1e300)
BASELINE_NUMBER = Bound(0, 10)
WIP_LIMIT = Bound(0, 1_000_000)
MINUTES_PER_DAY = Bound(1, 1440, "minutes")
MINUTES_PER_WEEK = Bound(1, 7 * 1440, "minutes")
DAYS_PER_MONTH = Bound(1, 31, "days")
MEASURE = Bound(-1e15, 1e15)
ICE_SCORE = Bound(1, 10)
WSJF_SCORE = Bound(1, 100)

#: The bound of every numeric and date field, by the core value type that has it.
FIELD_BOUNDS: dict[type, dict[str, Bound]] = {
    ProjectInfo: {
        "start": MOMENT,
        "status_date": MOMENT,
        "finish": MOMENT,
        "critical_slack_limit": SIGNED_MINUTES,
        "minutes_per_day": MINUTES_PER_DAY,
        "minutes_per_week": MINUTES_PER_WEEK,
        "days_per_month": DAYS_PER_MONTH,
        "budget": MONEY,
        "risk_medium_from": RISK_THRESHOLD,
        "risk_high_from": RISK_THRESHOLD,
    },
    Calendar: {"source_uid": WHOLE},
    CalendarException: {"start": DAY, "finish": DAY},
    Task: {
        "position": WHOLE,
        "duration": MINUTES,
        "constraint_date": MOMENT,
        "deadline": MOMENT,
        "percent_complete": PERCENT,
        "actual_start": MOMENT,
        "actual_finish": MOMENT,
        "priority": PRIORITY,
        "board_rank": RANK,
        "fixed_cost": MONEY,
        "leveling_delay": MINUTES,
        "manual_start": MOMENT,
        "manual_finish": MOMENT,
        "optimistic": MINUTES,
        "most_likely": MINUTES,
        "pessimistic": MINUTES,
        "source_uid": WHOLE,
    },
    Baseline: {
        "number": BASELINE_NUMBER,
        "start": MOMENT,
        "finish": MOMENT,
        "duration": MINUTES,
        "work": WORK_MINUTES,
        "cost": MONEY,
    },
    Dependency: {"lag": SIGNED_MINUTES, "lag_percent": LAG_PERCENT},
    Resource: {
        "max_units": UNITS,
        "standard_rate": MONEY,
        "overtime_rate": MONEY,
        "cost_per_use": MONEY,
        "source_uid": WHOLE,
    },
    Assignment: {"units": UNITS, "source_uid": WHOLE},
    BoardColumn: {"position": WHOLE, "wip_limit": WIP_LIMIT},
    Risk: {
        "probability": SCORE,
        "impact": SCORE,
        "cost_impact": MONEY,
        "review_date": DAY,
        "raised": DAY,
        "closed": DAY,
        "residual_probability": SCORE,
        "residual_impact": SCORE,
        "chance": PERCENT,
        "schedule_min": MINUTES,
        "schedule_likely": MINUTES,
        "schedule_max": MINUTES,
    },
    RiskScoreChange: {
        "on": DAY,
        "probability": SCORE,
        "impact": SCORE,
        "residual_probability": SCORE,
        "residual_impact": SCORE,
    },
    StatusChange: {"at": MOMENT},
    BudgetLine: {"amount": MONEY},
    CostEntry: {"on": DAY, "amount": MONEY},
    StageChange: {"entered": DAY},
    Objective: {"start": DAY, "finish": DAY},
    KeyResult: {"baseline": MEASURE, "target": MEASURE, "current": MEASURE,
                "confidence": PERCENT},
    Feature: {
        "effort": Bound(0.0, 1e6, "person-months"),
        "reach": Bound(0.0, 1e12),
        "impact": Bound(0.25, 3.0),
        "confidence": Bound(50, 100, "%"),
        "ice_impact": ICE_SCORE,
        "ice_confidence": ICE_SCORE,
        "ice_ease": ICE_SCORE,
        "business_value": WSJF_SCORE,
        "time_criticality": WSJF_SCORE,
        "risk_reduction": WSJF_SCORE,
        "job_size": WSJF_SCORE,
        "pinned_rank": Bound(1, 1_000_000),
    },
    Gate: {"decided_on": DAY},
    Insight: {"on": DAY},
    RoadmapItem: {"p50": DAY, "p80": DAY, "forecast_on": DAY},
    Kpi: {"start": DAY, "target_date": DAY, "baseline": MEASURE, "target": MEASURE,
          "tolerance": Bound(0.0, 100.0, "%")},
    KpiValue: {"on": DAY, "value": MEASURE},
}


# --------------------------------------------------------------------------- checking


def _optional_inner(hint: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``; ``(hint, False)`` otherwise."""
    args = typing.get_args(hint)
    if type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return (inner[0] if len(inner) == 1 else hint), True
    return hint, False


_HINTS: dict[type, dict[str, Any]] = {}


def hints(value_type: type) -> dict[str, Any]:
    """The type hints of a core value type's fields, resolved."""
    found = _HINTS.get(value_type)
    if found is None:
        found = _HINTS[value_type] = typing.get_type_hints(value_type)
    return found


# Field types checked by what the value is alone, and how a wrong value is described.
_PLAIN_KINDS: dict[type, tuple[Callable[[Any], bool], str]] = {
    bool: (lambda v: isinstance(v, bool), "true or false"),
    int: (lambda v: isinstance(v, int) and not isinstance(v, bool), "a whole number"),
    datetime: (lambda v: isinstance(v, datetime), "a date and time"),
    date: (lambda v: isinstance(v, date) and not isinstance(v, datetime), "a date"),
    str: (lambda v: isinstance(v, str), "text"),
}


def _kind_problem(hint: Any, value: Any) -> str | None:
    """Why ``value`` is not of type ``hint``; None when it is."""
    if isinstance(hint, type):
        if issubclass(hint, StrEnum):
            if value in set(hint):
                return None
            return f"is {_quote(value)}, not one of {', '.join(m.value for m in hint)}"
        plain = _PLAIN_KINDS.get(hint)
        if plain is not None:
            is_kind, kind = plain
            return None if is_kind(value) else f"is {_quote(value)}, not {kind}"
    if hint is float:
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        if ok and not math.isfinite(value):
            return f"is {_quote(value)}, not a finite number"
        return None if ok else f"is {_quote(value)}, not a number"
    if hint is Decimal:
        if not isinstance(value, Decimal):
            return f"is {_quote(value)}, not an amount"
        return None if value.is_finite() else f"is {_quote(value)}, not a finite amount"
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, (tuple, list)):
            return f"is {_quote(value)}, not a list"
        inner = typing.get_args(hint)[0]
        for item in value:
            if dataclasses.is_dataclass(inner):
                problem = row_problem(item)
            else:
                problem = _kind_problem(inner, item)
            if problem is not None:
                return f"holds an entry that {problem}"
    return None


def _quote(value: Any) -> str:
    text = str(value) if isinstance(value, Decimal) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def value_problem(value_type: type, name: str, value: Any) -> str | None:
    """What is wrong with ``value`` as field ``name`` of a ``value_type``, as the end of a
    sentence starting with the field's name ("is 'abc', not a whole number",
    "is 1000, outside 0 to 100 %"); None when it is fine."""
    hint, optional = _optional_inner(hints(value_type)[name])
    if value is None:
        return None if optional else "is missing"
    problem = _kind_problem(hint, value)
    if problem is not None:
        return problem
    bound = FIELD_BOUNDS.get(value_type, {}).get(name)
    if bound is not None and value not in bound:
        return f"is {_show_value(value)}, outside {bound.describe()}"
    return None


def _show_value(value: Any) -> str:
    if isinstance(value, (datetime, date)):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return _quote(value)


def field_problem(row: Any) -> tuple[str, str] | None:
    """The first field of a core value that is not what its type and bound allow, and
    what is wrong with it (see :func:`value_problem`); None when every field is."""
    value_type = type(row)
    for f in dataclasses.fields(row):
        problem = value_problem(value_type, f.name, getattr(row, f.name))
        if problem is not None:
            return f.name, problem
    return None


def row_problem(row: Any) -> str | None:
    """:func:`field_problem` as one phrase: ``"duration is 1e12, outside 0 to 10,000,000
    minutes"``; None when every field is fine."""
    found = field_problem(row)
    if found is None:
        return None
    name, problem = found
    return f"{name.replace('_', ' ')} {problem}"


def check_number(value: float | int | Decimal, bound: Bound, what: str) -> None:
    """Raise ValueError naming ``what`` unless ``value`` is finite and within ``bound``."""
    finite = value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)
    if not finite:
        raise ValueError(f"{what} must be a finite number, not {value}")
    if value not in bound:
        raise ValueError(f"{what} {_show_value(value)} is out of range: use {bound.describe()}")


def check_date(value: date, what: str) -> None:
    """Raise ValueError naming ``what`` unless ``value`` lies between 1900 and 2199."""
    bound = MOMENT if isinstance(value, datetime) else DAY
    if value not in bound:
        raise ValueError(
            f"{what} {_show_value(value)} is out of range: pmdesk plans from "
            f"{bound.describe()}"
        )


def _label(row: Any) -> str:
    """``task 'Design'``, ``board column 'Doing'``, ``project 'Launch'``."""
    kind = type(row).__name__.removesuffix("Info")
    kind = re.sub(r"(?<!^)(?=[A-Z])", " ", kind).lower()
    name = getattr(row, "name", None) or getattr(row, "title", None)
    return f"{kind} {name!r}" if name else kind


def patch_problem(patch: Any) -> str | None:
    """What is wrong with the rows a patch would write, naming the row and the field;
    None when every value is within its bounds."""
    rows: list[Any] = []
    if patch.project is not None:
        rows.append(patch.project)
    for kind in patch.kinds():
        rows.extend(patch.upserts(kind.name))
    for row in rows:
        problem = row_problem(row)
        if problem is not None:
            return f"{_label(row)}: {problem}"
    return None
