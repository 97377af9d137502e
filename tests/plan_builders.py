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
    Assignment,
    Calendar,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
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


def sheet_plan(**fields: Any) -> Plan:
    """The task sheet the Gantt tests work: 1 Design (1.1 Sketch 3d, 1.2 Review 2d),
    2 Build 5d, 3 Test 2d, 4 Docs 3d, 5 Ship (milestone); Sketch → Review and
    Build → Test → Ship; Ana Silva (AS) half on Build, Ben free."""
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=3 * DAY),
        Task("b", "Review", parent_uid="s", position=1, duration=2 * DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
        Task("d", "Test", position=2, duration=2 * DAY),
        Task("e", "Docs", position=3, duration=3 * DAY),
        Task("m", "Ship", position=4, duration=0, milestone=True),
    ]
    return make_plan(
        tasks,
        dependencies=[Dependency("d1", "a", "b"), Dependency("d2", "c", "d"),
                      Dependency("d3", "d", "m")],
        resources=[Resource("r1", "Ana Silva", initials="AS"), Resource("r2", "Ben")],
        assignments=[Assignment("x1", "c", "r1", 0.5)],
        **fields,
    )


def add_risk_and_save(path: Any, uid: str, code: str, title: str) -> None:
    """Raise a risk in the project file at ``path`` and save it, as the window does (a
    revision in its journal)."""
    from pmdesk.core.model import Risk
    from pmdesk.core.patch import Patch, apply_patch
    from pmdesk.store.document import ProjectDocument
    from pmdesk.store.repository import apply_patch as store_patch

    patch = Patch(risks=[Risk(uid, code, title)])
    with ProjectDocument.open(path) as doc:
        plan = doc.load_plan()
        apply_patch(plan, patch)
        with doc.session() as session:
            store_patch(session, patch)
        doc.save(plan)
