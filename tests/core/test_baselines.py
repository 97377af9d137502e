"""Baselines: save, clear, and measure the plan's drift from what was promised."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from plan_builders import make_plan
from pmdesk.core.baselines import (
    baseline_of,
    clear_baseline_patch,
    numbers_in_use,
    save_baseline_patch,
    variances,
)
from pmdesk.core.model import (
    Assignment,
    Dependency,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule


def plan() -> Plan:
    tasks = [Task("s", "Phase", position=0),
             Task("a", "Design", parent_uid="s", position=0, duration=3 * 480),
             Task("b", "Build", parent_uid="s", position=1, duration=5 * 480,
                  fixed_cost=Decimal(100))]
    return make_plan(tasks, name="B", start=datetime(2025, 3, 3, 8),
                     dependencies=[Dependency("ab", "a", "b")],
                     resources=[Resource("dev", "Dev", standard_rate=Decimal(50))],
                     assignments=[Assignment("x", "a", "dev"), Assignment("y", "b", "dev", 0.5)])


def test_saving_copies_dates_duration_work_and_cost() -> None:
    p = plan()
    apply_patch(p, save_baseline_patch(p, schedule(p), 0))
    b = baseline_of(p.task_index()["b"], 0)
    assert (b.start, b.finish) == (datetime(2025, 3, 6, 8), datetime(2025, 3, 12, 17))
    assert b.duration == 5 * 480 and b.work == 5 * 240
    assert b.cost == Decimal(100) + Decimal(20) * 50  # fixed + 20 h of work at 50
    phase = baseline_of(p.task_index()["s"], 0)
    assert phase.duration == 8 * 480
    assert phase.cost == Decimal(2300)  # Design 24 h x 50 = 1,200, plus Build 1,100


def test_variance_after_a_slip() -> None:
    p = plan()
    apply_patch(p, save_baseline_patch(p, schedule(p), 0))
    design = p.task_index()["a"]
    apply_patch(p, Patch(tasks=(replace(design, duration=5 * 480),)))
    v = variances(p, schedule(p), 0)
    assert v["a"].start == 0
    assert v["a"].finish == 2 * 480 and v["a"].duration == 2 * 480
    assert v["a"].cost == Decimal(800)  # two more days at 50 an hour
    assert v["b"].start == 2 * 480 and v["b"].duration == 0 and v["b"].cost == 0
    assert v["s"].finish == 2 * 480


def test_selected_tasks_other_numbers_and_clearing() -> None:
    p = plan()
    apply_patch(p, save_baseline_patch(p, schedule(p), 3, task_uids=["a"]))
    assert numbers_in_use(p) == [3]
    assert baseline_of(p.task_index()["b"], 3) is None
    assert variances(p, schedule(p), 3).keys() == {"a"}
    apply_patch(p, save_baseline_patch(p, schedule(p), 0))
    assert numbers_in_use(p) == [0, 3]
    inverse, _ = apply_patch(p, clear_baseline_patch(p, 3))
    assert numbers_in_use(p) == [0]
    apply_patch(p, inverse)  # undo brings it back
    assert numbers_in_use(p) == [0, 3]
    with pytest.raises(ValueError, match="0 to 10"):
        save_baseline_patch(p, schedule(p), 11)
