"""Resource usage: load against capacity per day and week, and who is over-allocated."""

from __future__ import annotations

from datetime import date, datetime

from pmdesk.core.model import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Plan,
    ProjectInfo,
    Resource,
    ResourceType,
    Task,
    standard_calendar,
)
from pmdesk.core.schedule import schedule
from pmdesk.core.usage import overallocated_tasks, usage

MON = datetime(2025, 3, 3, 8)


def plan_with(tasks, assignments, resources=None, calendars=()) -> Plan:
    cal = standard_calendar("cal")
    project = ProjectInfo(uid="p", name="Usage", start=MON, calendar_uid="cal")
    return Plan(project=project, calendars={"cal": cal, **{c.uid: c for c in calendars}},
                tasks=list(tasks), assignments=list(assignments),
                resources=resources or [Resource("ann", "Ann"), Resource("bob", "Bob")])


def test_half_time_on_a_three_day_task_loads_half_of_each_day() -> None:
    plan = plan_with([Task("t", "Spec", duration=3 * 480)],
                     [Assignment("a", "t", "ann", units=0.5)])
    report = usage(plan, schedule(plan))
    ann = report.resources["ann"]
    assert [ann.day(date(2025, 3, d)).load for d in (3, 4, 5, 6)] == [240, 240, 240, 0]
    assert ann.day(date(2025, 3, 3)).capacity == 480
    assert not ann.overallocated
    assert report.overallocated() == []


def test_a_task_starting_after_lunch_loads_only_the_afternoon() -> None:
    t = Task("t", "Review", duration=480, constraint_type=ConstraintType.SNET,
             constraint_date=datetime(2025, 3, 3, 13))
    plan = plan_with([t], [Assignment("a", "t", "ann")])
    ann = usage(plan, schedule(plan)).resources["ann"]
    assert ann.day(date(2025, 3, 3)).load == 240  # 13:00-17:00
    assert ann.day(date(2025, 3, 4)).load == 240  # 08:00-12:00


def test_two_parallel_tasks_over_allocate_and_are_flagged() -> None:
    plan = plan_with([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Test", position=1, duration=2 * 480),
                      Task("z", "Docs", position=2, duration=480)],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann"),
                      Assignment("a3", "z", "bob")])
    result = schedule(plan)
    report = usage(plan, result)
    ann = report.resources["ann"]
    assert ann.day(date(2025, 3, 3)).load == 960
    assert ann.day(date(2025, 3, 3)).over
    assert ann.over_periods() == [(date(2025, 3, 3), date(2025, 3, 4))]
    assert report.overallocated() == ["ann"]
    assert overallocated_tasks(plan, result, report) == {"x", "y"}
    assert ann.peak_units() == 2.0


def test_weeks_sum_their_days_and_start_on_monday() -> None:
    plan = plan_with([Task("t", "Long", duration=8 * 480)],
                     [Assignment("a", "t", "ann", units=1.0)])
    weeks = usage(plan, schedule(plan)).resources["ann"].buckets("week")
    assert [(w.start, w.load, w.capacity) for w in weeks] == [
        (date(2025, 3, 3), 5 * 480, 5 * 480), (date(2025, 3, 10), 3 * 480, 3 * 480)]


def test_vacation_and_part_time_give_no_capacity() -> None:
    away = Calendar("away", "Ann", base_uid="cal", exceptions=(
        CalendarException(date(2025, 3, 4), date(2025, 3, 4), name="Vacation"),))
    resources = [Resource("ann", "Ann", calendar_uid="away"),
                 Resource("kim", "Kim", max_units=0.5),
                 Resource("paint", "Paint", type=ResourceType.MATERIAL)]
    plan = plan_with([Task("t", "Spec", duration=2 * 480)],
                     [Assignment("a", "t", "ann"), Assignment("m", "t", "paint", units=3)],
                     resources, calendars=[away])
    result = schedule(plan)
    report = usage(plan, result)
    ann = report.resources["ann"]
    assert ann.day(date(2025, 3, 4)).capacity == 0
    assert ann.day(date(2025, 3, 4)).load == 0  # the task waits for her
    assert ann.day(date(2025, 3, 5)).load == 480
    assert report.resources["kim"].day(date(2025, 3, 3)).capacity == 240
    assert "paint" not in report.resources  # material is not scheduled work
