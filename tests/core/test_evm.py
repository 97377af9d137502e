"""Earned value against a baseline, checked on an example worked by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from plan_builders import make_plan
from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.evm import (
    MEASURE,
    MEASURES,
    EvmFigures,
    evm_summary,
    figures,
    project_evm,
    s_curve,
    task_evm,
)
from pmdesk.core.health import Level, cost_headline
from pmdesk.core.model import (
    Assignment,
    CostEntry,
    Dependency,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule

D = Decimal


def two_task_plan() -> Plan:
    """Design (10 days) then Build (10 days), one developer at 60 an hour on each.

    Each task is 10 days x 8 h x 60 = 4,800; BAC = 9,600. Design's baseline runs Mon 3 to
    Fri 14 March 2025, Build's Mon 17 to Fri 28 March.
    """
    dev = Resource("dev", "Developer", standard_rate=D(60))
    tasks = [Task("a", "Design", position=0, duration=10 * 480),
             Task("b", "Build", position=1, duration=10 * 480)]
    return make_plan(tasks, name="EVM", start=datetime(2025, 3, 3, 8),
                     dependencies=[Dependency("ab", "a", "b")], resources=[dev],
                     assignments=[Assignment("x", "a", "dev"), Assignment("y", "b", "dev")])


def baselined_in_progress() -> Plan:
    plan = two_task_plan()
    apply_patch(plan, save_baseline_patch(plan, schedule(plan), 0))
    idx = plan.task_index()
    status = datetime(2025, 3, 19, 17)  # Wednesday of Build's first week
    apply_patch(plan, Patch(
        tasks=(replace(idx["a"], percent_complete=100), replace(idx["b"], percent_complete=20)),
        project=replace(plan.project, status_date=status)))
    plan.cost_entries.append(CostEntry("c1", date(2025, 3, 10), D(960), "Engineering", "a",
                                       "overtime invoice"))
    plan.cost_entries.append(CostEntry("c2", date(2025, 3, 25), D(500), "Engineering", "b",
                                       "after the status date: not yet actual"))
    return plan


def test_hand_worked_example() -> None:
    plan = baselined_in_progress()
    f = project_evm(plan, schedule(plan))
    # BAC = 4,800 + 4,800 = 9,600.
    assert f.bac == D("9600.00")
    # PV by Wed 19 March 17:00: Design's 4,800 in full, plus 3 of Build's 10 baseline
    # days: 4,800 x 3 / 10 = 1,440. PV = 6,240.
    assert f.pv == D("6240.00")
    # EV = 4,800 x 100 % + 4,800 x 20 % = 4,800 + 960 = 5,760.
    assert f.ev == D("5760.00")
    # AC = cost of the work done (4,800 + 960) + the overtime invoice of 960 dated before
    # the status date (the 500 after it does not count) = 6,720.
    assert f.ac == D("6720.00")
    # SV = EV - PV = 5,760 - 6,240 = -480; CV = EV - AC = 5,760 - 6,720 = -960.
    assert f.sv == D("-480.00")
    assert f.cv == D("-960.00")
    # SPI = 5,760 / 6,240 = 0.923; CPI = 5,760 / 6,720 = 0.857.
    assert round(f.spi, 3) == D("0.923")
    assert round(f.cpi, 3) == D("0.857")
    # EAC = BAC / CPI = 9,600 x 6,720 / 5,760 = 11,200; ETC = 11,200 - 6,720 = 4,480;
    # VAC = 9,600 - 11,200 = -1,600; TCPI = (9,600 - 5,760) / (9,600 - 6,720) = 1.333.
    assert f.eac == D("11200")
    assert f.etc == D("4480")
    assert f.vac == D("-1600")
    assert round(f.tcpi, 3) == D("1.333")


def test_the_three_eac_methods() -> None:
    plan = baselined_in_progress()
    result = schedule(plan)
    # AC + (BAC - EV) = 6,720 + 3,840 = 10,560.
    assert project_evm(plan, result, method="remaining").eac == D("10560.00")
    # AC + (BAC - EV) / (CPI x SPI) = 6,720 + 3,840 / (0.857 x 0.923) = 11,573.33.
    eac = project_evm(plan, result, method="cpi_spi").eac
    assert round(eac, 2) == D("11573.33")


def test_json_summary_has_lower_case_keys_and_says_where_the_budget_came_from() -> None:
    plan = baselined_in_progress()
    s = evm_summary(plan, schedule(plan))
    for key in ("pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi", "bac"):
        assert key in s
    assert s["pv"] == "6240.00" and s["eac"] == "11200.00"
    assert s["spi"] == pytest.approx(0.9231)
    assert s["source"] == "baseline 0"
    assert s["status_date"] == "2025-03-19T17:00"

    fresh = two_task_plan()
    fresh.project = replace(fresh.project, status_date=datetime(2025, 3, 4, 17))
    s = evm_summary(fresh, schedule(fresh))
    assert s["source"] == "current plan (no baseline saved)"
    assert s["bac"] == "9600.00"
    # Nothing done, nothing spent: CPI and the EAC built on it are undefined, not a crash.
    assert s["ac"] == "0.00" and s["cpi"] is None and s["eac"] is None and s["spi"] == 0.0


def test_every_figure_is_declared_once_with_how_it_reads() -> None:
    assert [m.key for m in MEASURES] == [f for f in EvmFigures.__dataclass_fields__]
    s = evm_summary(baselined_in_progress(), schedule(baselined_in_progress()))
    for m in MEASURES:  # ratios are numbers in the JSON, money is text
        assert isinstance(s[m.key], float if m.ratio else str), m.key
    # SPI and CPI read as the headlines read them: a warning below 0.95, good from there.
    assert MEASURE["cpi"].level(D("0.94")) is Level.WARN
    assert MEASURE["cpi"].level(D("0.95")) is Level.GOOD
    head = cost_headline(D(1000), D(2000), D(1000), D(1000), D("0.94"), "EUR")
    assert head.level is MEASURE["cpi"].level(D("0.94"))
    # Judged as shown: 0.949 reads "0.95", which is not below 0.95, in the figures and in
    # the headline alike.
    assert MEASURE["cpi"].level(D("0.949")) is Level.GOOD
    assert "CPI" not in cost_headline(D(1000), D(2000), D(1000), D(1000), D("0.949"),
                                      "EUR").text
    # A variance below zero is bad; TCPI above 1 asks more of the rest than was planned.
    assert MEASURE["vac"].level(D("-0.01")) is Level.BAD
    assert MEASURE["sv"].level(D(0)) is Level.NONE
    assert MEASURE["tcpi"].level(D("1.1")) is Level.BAD
    assert MEASURE["eac"].level(D("-5")) is Level.NONE


def test_division_by_zero_gives_none() -> None:
    f = figures(D(0), D(0), D(0), D(0))
    assert (f.spi, f.cpi, f.eac, f.etc, f.vac, f.tcpi) == (None,) * 6
    assert figures(D(100), D(50), D(50), D(50), "remaining").eac == D(100)
    with pytest.raises(ValueError, match="EAC method"):
        figures(D(1), D(1), D(1), D(1), "guess")


def test_task_figures_roll_up_to_summaries() -> None:
    plan = two_task_plan()
    plan.tasks.insert(0, Task("s", "Phase", position=0))
    plan.tasks[1:] = [replace(t, parent_uid="s") for t in plan.tasks[1:]]
    apply_patch(plan, save_baseline_patch(plan, schedule(plan), 0))
    idx = plan.task_index()
    apply_patch(plan, Patch(tasks=(replace(idx["a"], percent_complete=50),)))
    per_task = task_evm(plan, schedule(plan), as_of=datetime(2025, 3, 7, 17))
    assert per_task["a"].ev == D("2400.00")
    assert per_task["s"].bac == D("9600.00")
    assert per_task["s"].ev == per_task["a"].ev + per_task["b"].ev
    assert per_task["s"].pv == D("2400.00")  # 5 of Design's 10 days


def test_s_curve_reaches_the_figures_at_the_status_date_and_pv_reaches_bac() -> None:
    plan = baselined_in_progress()
    points = s_curve(plan, schedule(plan))
    by_day = {p.on: p for p in points}
    at_status = by_day[date(2025, 3, 19)]
    assert (at_status.pv, at_status.ev, at_status.ac) == (D("6240.00"), D("5760.00"),
                                                          D("6720.00"))
    assert points[-1].pv == D("9600.00")
    assert points[-1].ev is None and points[-1].ac is None  # after the status date
    pvs = [p.pv for p in points]
    assert pvs == sorted(pvs)
    evs = [p.ev for p in points if p.ev is not None]
    assert evs == sorted(evs) and evs[0] == 0
