"""Plans for tests, built one way: a project on one working calendar, and the rows given.

``make_plan(tasks, dependencies=[...], budget=Decimal(100))``: keywords naming a kind of row
(:data:`pmdesk.core.kinds.KINDS`) give its rows, the others are the project's fields. The
project is "Launch", uid "p", starting Monday 11 January 2027 at 08:00, on the standard
calendar "cal" (Monday to Friday, 08:00-12:00 and 13:00-17:00) unless told otherwise.
Imported as ``from plan_builders import make_plan`` (pytest puts tests/ on the path).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from pmdesk.core.kinds import KINDS
from pmdesk.core.model import (
    Calendar,
    Dependency,
    Plan,
    ProjectInfo,
    Task,
    standard_calendar,
)

START = datetime(2027, 1, 11, 8)  # a Monday morning
DAY = 480  # working minutes in a standard day


def make_plan(tasks: Iterable[Task] = (), *, calendar: Calendar | None = None,
              **fields: Any) -> Plan:
    """A plan of ``tasks`` with the rows and project fields given as keywords."""
    cal = calendar or standard_calendar("cal")
    rows = {name: list(fields.pop(name)) for name in list(fields) if name in KINDS}
    project = ProjectInfo(**{"uid": "p", "name": "Launch", "start": START,
                             "calendar_uid": cal.uid, **fields})
    return Plan(project=project, calendars={cal.uid: cal}, tasks=list(tasks), **rows)


def chain(n: int, *, days: int = 1, **fields: Any) -> Plan:
    """``n`` tasks ``t0`` … of ``days`` each, one after the other (links ``d0`` …)."""
    tasks = [Task(f"t{k}", f"Task {k}", position=k, duration=days * DAY) for k in range(n)]
    links = [Dependency(f"d{k}", f"t{k}", f"t{k + 1}") for k in range(n - 1)]
    return make_plan(tasks, dependencies=links, **fields)
