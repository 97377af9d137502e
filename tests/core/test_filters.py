"""Gantt filters pick tasks by the health rules and keep their summary rows."""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.filters import ALL_TASKS, FilterKind, filter_choices, shown_tasks
from pmdesk.core.model import (
    Assignment,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)
from pmdesk.core.schedule import schedule

DAY = 480


def plan() -> Plan:
    cal = standard_calendar()
    tasks = [
        Task("p1", "Build", position=0),
        Task("a", "API", parent_uid="p1", position=0, duration=5 * DAY),
        Task("b", "App", parent_uid="p1", position=1, duration=2 * DAY),
        Task("p2", "Launch", position=1),
        Task("c", "Press kit", parent_uid="p2", position=0, duration=DAY,
             deadline=datetime(2027, 1, 11, 12)),
        Task("d", "Go live", parent_uid="p2", position=1, duration=DAY),
    ]
    return Plan(project=ProjectInfo("p", "F", datetime(2027, 1, 11, 8), calendar_uid=cal.uid),
                calendars={cal.uid: cal}, tasks=tasks,
                dependencies=[Dependency("l1", "a", "d")],
                resources=[Resource("r1", "Ana"), Resource("r2", "Ben")],
                assignments=[Assignment("x1", "b", "r2"), Assignment("x2", "c", "r2")])


def titles(p: Plan) -> list[str]:
    return [c.title for c in filter_choices(p)]


def test_the_choices_are_all_critical_late_each_resource_and_each_phase() -> None:
    assert titles(plan()) == ["All tasks", "Critical tasks", "Late tasks", "Resource: Ana",
                              "Resource: Ben", "Phase: Build", "Phase: Launch"]


def test_each_filter_keeps_the_summaries_of_what_it_picks() -> None:
    p = plan()
    result = schedule(p)
    at = datetime(2027, 1, 13, 17)
    by_title = {c.title: c for c in filter_choices(p)}
    assert shown_tasks(p, result, ALL_TASKS, at) is None
    # Press kit is critical too: its deadline leaves it no slack.
    assert shown_tasks(p, result, by_title["Critical tasks"], at) == {"p1", "a", "p2", "c", "d"}
    assert shown_tasks(p, result, by_title["Resource: Ben"], at) == {"p1", "b", "p2", "c"}
    assert shown_tasks(p, result, by_title["Resource: Ana"], at) == set()
    assert shown_tasks(p, result, by_title["Phase: Launch"], at) == {"p2", "c", "d"}
    # Late: App was due by Wednesday evening and is not done; Press kit misses its deadline.
    assert shown_tasks(p, result, by_title["Late tasks"], at) == {"p1", "b", "p2", "c"}


def test_a_phase_that_is_gone_shows_nothing() -> None:
    p = plan()
    gone = next(c for c in filter_choices(p) if c.kind == FilterKind.PHASE)
    p.tasks = [t for t in p.tasks if t.uid not in ("p1", "a", "b")]
    p.dependencies = []
    assert shown_tasks(p, schedule(p), gone, datetime(2027, 1, 13)) == set()
