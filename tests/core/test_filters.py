"""Gantt filters pick tasks by the health rules and keep their summary rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from pmdesk.core.filters import ALL_TASKS, FilterKind, filter_choices, shown_tasks
from pmdesk.core.model import Plan
from pmdesk.core.schedule import schedule


def titles(p: Plan) -> list[str]:
    return [c.title for c in filter_choices(p)]


def test_the_choices_are_all_critical_late_each_resource_and_each_phase(phased_plan) -> None:
    assert titles(phased_plan()) == ["All tasks", "Critical tasks", "Late tasks", "Resource: Ana",
                              "Resource: Ben", "Phase: Build", "Phase: Launch"]


def test_each_filter_keeps_the_summaries_of_what_it_picks(phased_plan) -> None:
    p = phased_plan()
    c = p.task_index()["c"]
    p.tasks[p.tasks.index(c)] = replace(c, deadline=datetime(2027, 1, 11, 12))
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


def test_a_phase_that_is_gone_shows_nothing(phased_plan) -> None:
    p = phased_plan()
    gone = next(c for c in filter_choices(p) if c.kind == FilterKind.PHASE)
    p.tasks = [t for t in p.tasks if t.uid not in ("p1", "a", "b")]
    p.dependencies = []
    assert shown_tasks(p, schedule(p), gone, datetime(2027, 1, 13)) == set()
