"""The roadmap: features placed by column, quarter and lane; re-planning as patches that
never move a task; slip after a reschedule; the delivery forecast from the Monte Carlo
engine."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.model import Dependency, Task
from pmdesk.core.montecarlo import group_finishes
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.product.model import (
    Feature,
    FeatureStatus,
    FeatureTask,
    Horizon,
    Objective,
    RoadmapItem,
)
from pmdesk.core.product.roadmap import (
    NO_LANE,
    build_roadmap,
    feature_task_groups,
    forecast_patch,
    move_patch,
    roadmap_facts,
)
from pmdesk.core.product.rules import check_roadmap_items
from pmdesk.core.schedule import schedule

TODAY = date(2027, 1, 11)


def plan_of():
    """Build (10 working days from Mon 11 Jan 2027) delivers Billing, targeted at 2027 Q1;
    Gifts has no tasks and a release naming 2027 Q3."""
    tasks = [Task("t1", "Build billing", position=0, duration=10 * DAY),
             Task("t2", "Ship billing", position=1, duration=0, milestone=True)]
    return make_plan(
        tasks, dependencies=[Dependency("d", "t1", "t2")],
        objectives=[Objective("o1", "Grow revenue"), Objective("o2", "Keep users")],
        features=[
            Feature("f1", "Billing", status=FeatureStatus.IN_PROGRESS, owner="Maya",
                    tags=("pricing",), objective_uids=("o1",)),
            Feature("f2", "Gifts", release="2027 Q3", owner="Priya", tags=("gifting",)),
            Feature("f3", "Old idea", status=FeatureStatus.DROPPED),
        ],
        feature_tasks=[FeatureTask("l1", "f1", "t1")],
        roadmap_items=[RoadmapItem("r1", "f1", Horizon.NOW, "2027 Q1", "Monetisation")],
    )


def entries(plan):
    return {e.feature.title: e for e in build_roadmap(plan, schedule(plan), TODAY).entries}


def test_features_are_placed_from_their_tasks_or_their_target_quarter() -> None:
    placed = entries(plan_of())
    assert set(placed) == {"Billing", "Gifts"}  # a dropped feature is off the roadmap
    billing, gifts = placed["Billing"], placed["Gifts"]
    assert billing.planned and (billing.start, billing.finish) == (date(2027, 1, 11),
                                                                   date(2027, 1, 22))
    assert billing.horizon is Horizon.NOW and billing.slip_days == 0
    assert billing.lane("theme") == "Monetisation" and billing.lane("objective") == "Grow revenue"
    # No tasks: the bar is the target quarter, drawn apart; its column follows its status.
    assert not gifts.planned and (gifts.start, gifts.finish) == (date(2027, 7, 1),
                                                                 date(2027, 9, 30))
    assert gifts.horizon is Horizon.LATER and gifts.lane("theme") == "gifting"
    roadmap = build_roadmap(plan_of(), schedule(plan_of()), TODAY)
    assert [m.name for m in roadmap.markers] == ["Ship billing"]
    assert roadmap.lanes("owner") == ["Maya", "Priya"]


def test_a_drag_to_a_column_quarter_or_lane_is_one_undoable_patch_that_moves_no_task() -> None:
    plan = plan_of()
    tasks_before = list(plan.tasks)
    for move, check in [
        ({"horizon": Horizon.LATER}, lambda e: e.horizon is Horizon.LATER),
        ({"quarter": (2027, 2)}, lambda e: e.quarter == (2027, 2)),
        ({"lane": ("theme", "Platform")}, lambda e: e.theme == "Platform"),
        ({"lane": ("owner", "Priya")}, lambda e: e.feature.owner == "Priya"),
        ({"lane": ("objective", "Keep users")}, lambda e: e.objective == "Keep users"),
        ({"lane": ("owner", NO_LANE)}, lambda e: e.feature.owner == ""),
    ]:
        before = entries(plan)["Billing"]
        patch = move_patch(plan, "f1", **move)
        assert patch is not None and patch.upserts("tasks") == ()
        inverse, _ = apply_patch(plan, patch)
        assert check(entries(plan)["Billing"]), move
        assert plan.tasks == tasks_before
        apply_patch(plan, inverse)
        assert entries(plan)["Billing"] == before, move
    assert move_patch(plan, "f1", horizon=Horizon.NOW) is None  # already there


def test_a_feature_without_a_roadmap_item_gets_one_when_dragged() -> None:
    plan = plan_of()
    patch = move_patch(plan, "f2", horizon=Horizon.NEXT)
    assert patch is not None
    [item] = patch.upserts("roadmap_items")
    assert (item.feature_uid, item.horizon, item.quarter, item.theme) == (
        "f2", Horizon.NEXT, "2027 Q3", "gifting")


def test_slip_shows_the_days_tasks_finish_after_the_target_after_a_reschedule() -> None:
    plan = plan_of()
    # Billing's target quarter moves to 2026 Q4 (ends 31 Dec): its tasks end 22 Jan.
    patch = move_patch(plan, "f1", quarter=(2026, 4))
    assert patch is not None
    apply_patch(plan, patch)
    assert entries(plan)["Billing"].slip_days == 22
    # The plan slips: Build takes 20 days instead of 10, ending Fri 5 Feb.
    plan.tasks[0] = dataclasses.replace(plan.tasks[0], duration=20 * DAY)
    assert entries(plan)["Billing"].slip_days == 36
    facts = {f["title"]: f for f in roadmap_facts(build_roadmap(plan, schedule(plan), TODAY))}
    assert facts["Billing"]["slip_days"] == 36 and facts["Billing"]["quarter"] == "2026 Q4"
    assert facts["Gifts"]["column"] == "later" and facts["Gifts"]["planned"] is False


def test_delivery_forecast_gives_p50_p80_and_marks_a_p80_after_the_target() -> None:
    plan = plan_of()
    # Build: 8 to 30 days, most likely 10: the P80 falls well after 22 Jan.
    plan.tasks[0] = dataclasses.replace(plan.tasks[0], optimistic=8 * DAY,
                                        most_likely=10 * DAY, pessimistic=30 * DAY)
    found = group_finishes(plan, feature_task_groups(plan), 400, seed=7)
    p50, p80 = found["f1"]
    assert date(2027, 1, 20) <= p50.date() < p80.date() <= date(2027, 2, 19)
    apply_patch(plan, forecast_patch(plan, {"f1": (p50.date(), p80.date())}, TODAY))
    billing = entries(plan)["Billing"]
    assert (billing.p50, billing.p80) == (p50.date(), p80.date())
    assert not billing.p80_misses  # target: 31 Mar
    apply_patch(plan, move_patch(plan, "f1", quarter=(2026, 4)) or pytest.fail("no move"))
    assert entries(plan)["Billing"].p80_misses
    # The same seed gives the same forecast (a colleague can repeat it).
    assert group_finishes(plan, feature_task_groups(plan), 400, seed=7)["f1"] == (p50, p80)


def test_the_backlog_columns_show_the_forecast_and_mark_a_late_p80() -> None:
    from pmdesk.core.product.columns import FEATURE_COLUMNS, Backlog

    plan = plan_of()
    apply_patch(plan, forecast_patch(plan, {"f1": (date(2027, 3, 20), date(2027, 4, 9))},
                                     TODAY))
    billing = plan.features[0]
    backlog = Backlog(plan, schedule(plan))
    assert FEATURE_COLUMNS.get("p50").text(backlog, billing) == "2027-03-20"
    # The target quarter is 2027 Q1 (ends 31 Mar): a P80 of 9 Apr misses it.
    assert FEATURE_COLUMNS.get("p80").text(backlog, billing) == "2027-04-09 ⚠"
    assert FEATURE_COLUMNS.get("p80").text(backlog, plan.features[1]) == ""


def test_releases_in_the_order_they_ship_and_a_drag_to_another_release() -> None:
    plan = plan_of()
    plan.features[0] = dataclasses.replace(plan.features[0], release="1.0 launch")
    roadmap = build_roadmap(plan, schedule(plan), TODAY)
    # 1.0 launch ships when Billing's tasks end (22 Jan); 2027 Q3 at the quarter's end.
    assert roadmap.releases() == ["1.0 launch", "2027 Q3"]
    patch = move_patch(plan, "f1", release="2027 Q3")
    assert patch is not None and [f.release for f in patch.upserts("features")] == ["2027 Q3"]


@pytest.mark.parametrize(("item", "message"), [
    (RoadmapItem("r9", "gone"), "roadmap entry r9: its feature is not in this project"),
    (RoadmapItem("r9", "f2", quarter="Q5"),
     "feature 'Gifts': quarter 'Q5' is not a quarter like 2027 Q2"),
    (RoadmapItem("r9", "f2", p50=date(2027, 5, 1), p80=date(2027, 4, 1)),
     "feature 'Gifts': the P80 finish is before the P50 finish"),
    (RoadmapItem("r9", "f1"), "a feature has two places on the roadmap"),
])
def test_a_roadmap_entry_the_plan_cannot_take_is_refused_naming_it(item, message) -> None:
    plan = plan_of()
    assert check_roadmap_items(plan, Patch(roadmap_items=(item,))) == message
    assert check_roadmap_items(plan, Patch(roadmap_items=(RoadmapItem("r9", "f2"),))) is None
