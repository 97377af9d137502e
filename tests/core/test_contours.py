"""Work contours: applying one stretches the task as MS Project does, keeping its work.

Worked numbers on a five-day task (2,400 working minutes, 40 hours) with one resource at
100 %, 60 an hour. MS Project's predefined contours work each tenth of the duration at
a share of the units; their mean share ("units scaled average" in Microsoft's own
description) is 100 % flat, 60 % back or front loaded, 70 % turtle and 50 % for the
others, so the same 40 hours take 5 / share days.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from pmdesk.core.contours import (
    CONTOUR_UNITS,
    assignment_work,
    average_units,
    contoured_duration,
    with_contours,
)
from pmdesk.core.costs import task_costs, task_work
from pmdesk.core.model import (
    Assignment,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    WorkContour,
)
from pmdesk.core.schedule import schedule
from pmdesk.core.usage import usage

DAY = 480
START = datetime(2024, 3, 4, 8, 0)  # a Monday


def test_the_eight_contours_have_microsofts_mean_shares() -> None:
    assert set(CONTOUR_UNITS) == set(WorkContour) - {WorkContour.CONTOURED}
    assert all(len(shares) == 10 for shares in CONTOUR_UNITS.values())
    means = {c: average_units(c) for c in WorkContour}
    assert means == {
        WorkContour.FLAT: 1.0,
        WorkContour.BACK_LOADED: 0.6,
        WorkContour.FRONT_LOADED: 0.6,
        WorkContour.DOUBLE_PEAK: 0.5,
        WorkContour.EARLY_PEAK: 0.5,
        WorkContour.LATE_PEAK: 0.5,
        WorkContour.BELL: 0.5,
        WorkContour.TURTLE: 0.7,
        WorkContour.CONTOURED: 1.0,  # hand-edited: its duration already says it
    }


@pytest.mark.parametrize(
    ("contour", "minutes", "days"),
    [
        (WorkContour.FLAT, 2400, "5"),
        (WorkContour.BELL, 4800, "10"),
        (WorkContour.DOUBLE_PEAK, 4800, "10"),
        (WorkContour.EARLY_PEAK, 4800, "10"),
        (WorkContour.LATE_PEAK, 4800, "10"),
        (WorkContour.BACK_LOADED, 4000, "8.33"),
        (WorkContour.FRONT_LOADED, 4000, "8.33"),
        (WorkContour.TURTLE, 3429, "7.14"),
    ],
)
def test_a_contour_stretches_a_five_day_task_and_keeps_its_40_hours(
    contour: WorkContour, minutes: int, days: str
) -> None:
    task = Task("t", "Write", duration=5 * DAY)
    flat = Assignment("a", "t", "ana")
    ups, stretched = with_contours([flat], [], {"ana": contour}, task)
    assert stretched.duration == minutes
    assert f"{minutes / DAY:.2f}".rstrip("0").rstrip(".") == days
    assert [a.contour for a in ups] == ([] if contour is WorkContour.FLAT else [contour])
    work = assignment_work(stretched.duration, flat.units, contour)
    assert round(work / 60, 1) == 40.0


def test_back_to_flat_the_task_shrinks_again_and_bell_to_turtle_is_seven_days() -> None:
    bell_task = Task("t", "Write", duration=10 * DAY)
    bell = Assignment("a", "t", "ana", contour=WorkContour.BELL)
    _ups, flat = with_contours([bell], [], {"ana": WorkContour.FLAT}, bell_task)
    assert flat.duration == 5 * DAY
    assert contoured_duration(10 * DAY, WorkContour.BELL, WorkContour.TURTLE) == 3429


def test_the_task_lasts_as_long_as_its_longest_assignment() -> None:
    """Ana (flat) and Ben (now bell) on a five-day task: Ben's 40 hours take ten days, so
    does the task. Units changed in the same edit are kept."""
    task = Task("t", "Write", duration=5 * DAY)
    ana = Assignment("a", "t", "ana")
    ben = Assignment("b", "t", "ben")
    ben_half = Assignment("b", "t", "ben", units=0.5)
    ups, stretched = with_contours(
        [ana, ben], [ben_half], {"ana": WorkContour.FLAT, "ben": WorkContour.BELL}, task
    )
    assert stretched.duration == 10 * DAY
    assert ups == (Assignment("b", "t", "ben", units=0.5, contour=WorkContour.BELL),)


def test_a_new_assignment_starts_flat_and_a_milestone_does_not_stretch() -> None:
    task = Task("t", "Write", duration=5 * DAY)
    new = Assignment("n", "t", "ana")
    ups, stretched = with_contours([], [new], {"ana": WorkContour.BACK_LOADED}, task)
    assert stretched.duration == 4000 and ups[0].contour is WorkContour.BACK_LOADED
    gate = Task("g", "Gate", duration=0, milestone=True)
    _ups, same = with_contours([], [Assignment("m", "g", "ana")], {"ana": WorkContour.BELL}, gate)
    assert same.duration == 0


def test_a_stretched_manual_task_lets_its_finish_follow() -> None:
    task = Task("t", "Write", duration=5 * DAY, manual=True, manual_start=START,
                manual_finish=datetime(2024, 3, 8, 17))  # fmt: skip
    _ups, stretched = with_contours(
        [Assignment("a", "t", "ana")], [], {"ana": WorkContour.BELL}, task
    )
    assert stretched.manual_finish is None
    plan = Plan(project=ProjectInfo(uid="p", name="P", start=START), tasks=[stretched])
    assert schedule(plan).tasks["t"].finish == datetime(2024, 3, 15, 17)


def bell_plan() -> Plan:
    """Ana at 100 %, 60 an hour, on a ten-day task with a bell contour (40 hours)."""
    return Plan(
        project=ProjectInfo(uid="p", name="P", start=START),
        tasks=[Task("t", "Write", position=1, duration=10 * DAY)],
        resources=[Resource("ana", "Ana", standard_rate=Decimal(60))],
        assignments=[Assignment("a", "t", "ana", contour=WorkContour.BELL)],
    )


def test_work_and_cost_of_a_contoured_assignment_are_its_40_hours() -> None:
    plan = bell_plan()
    assert task_work(plan)["t"] == 40 * 60
    assert task_costs(plan)["t"] == Decimal(2400)


def test_the_resources_daily_load_follows_the_bell() -> None:
    """Ten working days, one tenth each: 10 %, 20 %, 40 %, 80 %, 100 %, 100 %, 80 %... of
    8 hours, Monday 4 to Friday 15 March (the weekend between carries nothing)."""
    plan = bell_plan()
    load = usage(plan, schedule(plan)).resources["ana"]
    assert load.first_day == date(2024, 3, 4)
    worked = [round(m) for m in load.load if m]
    assert worked == [48, 96, 192, 384, 480, 480, 384, 192, 96, 48]
    assert round(sum(load.load)) == 40 * 60
    assert not load.over_days()
