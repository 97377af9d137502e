"""The product layer's rules: scores with worked numbers, ranking and pins, OKR progress,
stage gates, roll-up from linked tasks, and bad input refused naming the row and field."""

from __future__ import annotations

import dataclasses
import random
from datetime import date
from decimal import Decimal

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.costs import task_costs
from pmdesk.core.limits import patch_problem
from pmdesk.core.model import Assignment, Dependency, Resource, Task
from pmdesk.core.patch import Patch, apply_patch, rules_problem
from pmdesk.core.product import edits
from pmdesk.core.product.model import (
    Decision,
    Feature,
    FeatureTask,
    Framework,
    Gate,
    GateCriterion,
    Insight,
    InsightLink,
    KeyResult,
    Objective,
    Product,
    Stage,
)
from pmdesk.core.product.okr import objective_progress, progress
from pmdesk.core.product.rollup import rollups
from pmdesk.core.product.scoring import (
    Quadrant,
    ice,
    quadrants,
    rank,
    rice,
    score,
    score_order,
    value_and_effort,
    wsjf,
)
from pmdesk.core.schedule import schedule


def feature(uid: str, **fields) -> Feature:
    return Feature(uid, fields.pop("title", uid.upper()), **fields)


# --------------------------------------------------------------------------- scores


def test_rice_is_reach_times_impact_times_confidence_over_effort() -> None:
    # 2,000 people a quarter x impact 2 (high) x 80 % confidence / 4 person-months = 800.
    f = feature("a", reach=2000, impact=2, confidence=80, effort=4)
    assert rice(f) == pytest.approx(800.0)
    # 500 x 0.25 (minimal) x 50 % / 0.5 = 125.
    assert rice(feature("b", reach=500, impact=0.25, confidence=50, effort=0.5)) == 125
    assert rice(feature("c", reach=500, impact=1, confidence=50)) is None  # no effort yet


def test_ice_is_the_product_of_impact_confidence_and_ease() -> None:
    # 8 x 6 x 5 = 240.
    assert ice(feature("a", ice_impact=8, ice_confidence=6, ice_ease=5)) == 240
    assert ice(feature("b", ice_impact=8, ice_confidence=6)) is None


def test_wsjf_is_the_cost_of_delay_over_job_size() -> None:
    # (user-business value 8 + time criticality 5 + risk reduction 3) / job size 4 = 4.
    f = feature("a", business_value=8, time_criticality=5, risk_reduction=3, job_size=4)
    assert wsjf(f) == 4
    assert score(f, Framework.WSJF) == 4 and score(f, "manual") is None


# --------------------------------------------------------------------------- ranking


def backlog() -> list[Feature]:
    return [
        feature("low", reach=100, impact=1, confidence=50, effort=1),  # RICE 50
        feature("top", reach=1000, impact=2, confidence=100, effort=1),  # 2000
        feature("mid", reach=1000, impact=1, confidence=80, effort=2),  # 400
        feature("unscored"),
    ]


def test_the_backlog_ranks_by_score_and_unscored_features_come_last() -> None:
    ranked = rank(backlog(), Framework.RICE)
    assert [r.feature.uid for r in ranked] == ["top", "mid", "low", "unscored"]
    assert [r.rank for r in ranked] == [1, 2, 3, 4]
    assert not any(r.pinned for r in ranked)


def test_a_pinned_rank_holds_whatever_the_score_and_is_shown_as_such() -> None:
    features = backlog()
    features[0] = dataclasses.replace(features[0], pinned_rank=1)  # "low" pinned on top
    ranked = rank(features, Framework.RICE)
    assert [r.feature.uid for r in ranked] == ["low", "top", "mid", "unscored"]
    low = ranked[0]
    assert low.pinned and low.computed == 3  # the computed rank is kept apart
    # Raising another feature's score never moves the pinned one.
    features[2] = dataclasses.replace(features[2], reach=100_000)
    assert rank(features, Framework.RICE)[0].feature.uid == "low"


def test_dragging_a_row_pins_it_and_pushes_a_pin_in_its_way_down() -> None:
    features = backlog()
    features[1] = dataclasses.replace(features[1], pinned_rank=2)  # "top" pinned at 2
    ranked = rank(features, Framework.RICE)
    patch = edits.move_to_rank(ranked, "unscored", 2)
    moved = {f.uid: f.pinned_rank for f in patch.features}
    assert moved == {"unscored": 2, "top": 3}
    plan = make_plan(features=features)
    apply_patch(plan, patch)
    assert [r.feature.uid for r in rank(plan.features, "rice")][:3] == ["mid", "unscored", "top"]
    unpin = edits.move_to_rank(rank(plan.features, "rice"), "unscored", None)
    assert unpin.features[0].pinned_rank is None


def test_value_versus_effort_places_each_feature_in_a_quadrant() -> None:
    features = [
        feature("quick", reach=1000, impact=3, confidence=100, effort=0.5),
        feature("bet", reach=1000, impact=3, confidence=100, effort=6),
        feature("fill", reach=10, impact=0.25, confidence=50, effort=0.5),
        feature("sink", reach=10, impact=0.25, confidence=50, effort=6),
        feature("none"),
    ]
    assert value_and_effort(features[0], "rice") == (3000.0, 0.5)
    placed, _value, _effort = quadrants(features, Framework.RICE)
    assert placed == {"quick": Quadrant.QUICK_WIN, "bet": Quadrant.BIG_BET,
                      "fill": Quadrant.FILL_IN, "sink": Quadrant.TIME_SINK}


# --------------------------------------------------------------------------- OKRs


def test_key_result_progress_is_clamped_and_rolls_up_as_the_mean() -> None:
    up = KeyResult("k1", "o", "Paying members", baseline=0, target=25000, current=5000)
    assert progress(up) == pytest.approx(0.2)
    down = KeyResult("k2", "o", "Churn", baseline=9, target=5, current=8)  # 1 of 4 points
    assert progress(down) == pytest.approx(0.25)
    over = KeyResult("k3", "o", "NPS", baseline=10, target=40, current=55)
    assert progress(over) == 1.0
    worse = KeyResult("k4", "o", "Refunds", baseline=4, target=2, current=5)
    assert progress(worse) == 0.0
    assert objective_progress([up, down, over, worse]) == pytest.approx((0.2 + 0.25 + 1) / 4)
    assert objective_progress([]) is None


# --------------------------------------------------------------------------- gates


def gate_plan():
    tasks = [Task("t", "Research", duration=2 * DAY),
             Task("g", "Gate: discovery → definition", position=1, duration=0, milestone=True)]
    return make_plan(
        tasks,
        products=[Product("p", "Premium", stage=Stage.DISCOVERY)],
        gates=[Gate("gate", "g", Stage.DISCOVERY, Stage.DEFINITION)],
        gate_criteria=[GateCriterion("c1", "gate", "Users interviewed", mandatory=True),
                       GateCriterion("c2", "gate", "Budget agreed", mandatory=False)],
    )


def test_go_with_an_unmet_mandatory_criterion_needs_an_override_reason() -> None:
    plan = gate_plan()
    with pytest.raises(edits.ProductError, match="'Users interviewed' unmet needs an override"):
        edits.decide_gate(plan, "gate", Decision.GO, date(2027, 1, 15), "Elena")
    # The same decision arriving as a bare patch is refused by the kind's rules.
    bare = Patch(gates=(dataclasses.replace(plan.gates[0], decision=Decision.GO,
                                            decided_on=date(2027, 1, 15)),))
    assert "override reason" in rules_problem(plan, bare)
    patch = edits.decide_gate(plan, "gate", Decision.GO, date(2027, 1, 15), "Elena",
                              "Strong demand", override_reason="Interviews finish next week")
    assert rules_problem(plan, patch) is None
    apply_patch(plan, patch)
    assert plan.gates[0].override_reason == "Interviews finish next week"
    assert plan.products[0].stage is Stage.DEFINITION  # go moves the product on
    assert [(s.stage, s.entered) for s in plan.stage_changes] == [
        (Stage.DEFINITION, date(2027, 1, 15))]


def test_hold_records_the_decision_and_keeps_the_stage() -> None:
    plan = gate_plan()
    apply_patch(plan, edits.decide_gate(plan, "gate", Decision.HOLD, date(2027, 1, 15), "Elena",
                                        "Come back with pricing data"))
    assert plan.gates[0].decision is Decision.HOLD and plan.gates[0].decided_by == "Elena"
    assert plan.products[0].stage is Stage.DISCOVERY and not plan.stage_changes


def test_a_new_gate_is_a_milestone_task_of_the_plan_with_a_checklist() -> None:
    plan = gate_plan()
    patch = edits.new_gate(plan, Stage.DEFINITION, date(2027, 2, 1))
    assert rules_problem(plan, patch) is None
    apply_patch(plan, patch)
    gate = plan.gates[-1]
    task = plan.task_index()[gate.task_uid]
    assert task.milestone and task.name == "Gate: definition → development"
    assert schedule(plan).tasks[task.uid].start.date() == date(2027, 2, 1)
    assert len([c for c in plan.gate_criteria if c.gate_uid == gate.uid]) == 4
    # Deleting the milestone deletes the gate and its checklist; undo brings all back.
    inverse, _ = apply_patch(plan, Patch(tasks_removed=(task.uid,)))
    assert gate not in plan.gates and not any(c.gate_uid == gate.uid for c in plan.gate_criteria)
    apply_patch(plan, inverse)
    assert gate in plan.gates


# --------------------------------------------------------------------------- roll-up


def delivery_plan():
    tasks = [
        Task("s", "Paywall", position=0),
        Task("a", "Design", parent_uid="s", position=0, duration=4 * DAY, percent_complete=100),
        Task("b", "Build", parent_uid="s", position=1, duration=6 * DAY),
        Task("c", "Docs", position=1, duration=2 * DAY),
    ]
    return make_plan(
        tasks,
        dependencies=[Dependency("ab", "a", "b")],
        resources=[Resource("ana", "Ana", standard_rate=Decimal(100))],
        assignments=[Assignment("x", "b", "ana")],
        features=[feature("f", title="Paywall")],
        feature_tasks=[FeatureTask("l", "f", "s")],
    )


def test_a_feature_rolls_up_dates_progress_cost_and_criticality_from_its_tasks() -> None:
    plan = delivery_plan()
    result = schedule(plan)
    got = rollups(plan, result, task_costs(plan))["f"]
    assert got.start == result.tasks["a"].start and got.finish == result.tasks["b"].finish
    assert got.percent_complete == 40  # 4 of 10 working days done
    assert got.cost == Decimal(6 * 8 * 100)  # Ana, 6 days of 8 hours at 100 an hour
    assert got.critical
    # Reschedule: Build takes 4 more days; the feature's finish follows.
    apply_patch(plan, Patch(tasks=(dataclasses.replace(plan.task_index()["b"],
                                                       duration=10 * DAY),)))
    later = schedule(plan)
    again = rollups(plan, later, task_costs(plan))["f"]
    assert again.finish == later.tasks["b"].finish > got.finish
    assert again.percent_complete == 29  # 4 of 14 days


def test_plan_this_feature_makes_a_summary_group_linked_to_the_feature() -> None:
    plan = make_plan([Task("x", "Existing")], features=[feature("f", title="Offline mode")])
    patch = edits.plan_feature(plan, "f")
    assert rules_problem(plan, patch) is None
    apply_patch(plan, patch)
    summary = next(t for t in plan.tasks if t.name == "Offline mode")
    children = [t.name for t in plan.tasks if t.parent_uid == summary.uid]
    assert children == ["Design", "Build", "Test and release"]
    assert [(lk.feature_uid, lk.task_uid) for lk in plan.feature_tasks] == [("f", summary.uid)]
    got = rollups(plan, schedule(plan), task_costs(plan))["f"]
    assert got.tasks == 1 and got.percent_complete == 0


def test_deleting_a_task_drops_its_feature_links_and_undo_restores_them() -> None:
    plan = delivery_plan()
    inverse, changes = apply_patch(plan, Patch(tasks_removed=("s",)))
    assert plan.feature_tasks == [] and changes.product
    apply_patch(plan, inverse)
    assert [lk.uid for lk in plan.feature_tasks] == ["l"]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("fields", "message"), [
    ({"impact": 1.5}, "feature 'Paywall': impact 1.5 is not on the RICE scale"),
    ({"confidence": 70}, "feature 'Paywall': confidence 70 % is not on the RICE scale"),
    ({"effort": 0.0}, "feature 'Paywall': effort 0 must be more than zero"),
    ({"effort": -2.0}, "feature 'Paywall': effort -2 must be more than zero"),
    ({"reach": float("nan")}, "feature 'Paywall': reach"),
    ({"ice_ease": 11}, "feature 'Paywall': ICE ease 11 is outside 1-10"),
    ({"job_size": 0}, "feature 'Paywall': job size 0 is outside 1-100"),
])
def test_scores_off_their_scales_are_refused_naming_feature_and_field(fields, message) -> None:
    plan = delivery_plan()
    bad = dataclasses.replace(plan.features[0], **fields)
    patch = Patch(features=(bad,))
    problem = rules_problem(plan, patch)
    assert problem is not None and problem.startswith(message), problem


def test_values_out_of_bounds_are_refused_before_the_rules() -> None:
    bad = Feature("f", "Paywall", impact=4.0)
    assert "feature 'Paywall': impact" in patch_problem(Patch(features=(bad,)))


def test_a_key_result_whose_target_equals_its_baseline_is_refused() -> None:
    plan = make_plan(objectives=[Objective("o", "Grow")])
    kr = KeyResult("k", "o", "Members", baseline=100, target=100)
    assert rules_problem(plan, Patch(key_results=(kr,))) == (
        "key result 'Members': target 100 equals the baseline, so progress cannot be measured")


def test_a_link_to_a_task_that_no_longer_exists_is_refused() -> None:
    plan = delivery_plan()
    link = FeatureTask("l2", "f", "gone")
    assert rules_problem(plan, Patch(feature_tasks=(link,))) == (
        "feature 'Paywall': linked task gone no longer exists in this project")
    with pytest.raises(edits.ProductError, match="gone no longer exists"):
        edits.link_tasks(plan, "f", ["gone"])


def test_a_cycle_of_parent_features_is_refused() -> None:
    plan = make_plan(features=[feature("epic", title="Billing"),
                               feature("story", title="Refunds", parent_uid="epic")])
    loop = dataclasses.replace(plan.features[0], parent_uid="story")
    assert "cycle" in rules_problem(plan, Patch(features=(loop,)))
    itself = dataclasses.replace(plan.features[0], parent_uid="epic")
    assert "cycle" in rules_problem(plan, Patch(features=(itself,)))


def test_insight_links_follow_their_ends() -> None:
    plan = make_plan(features=[feature("f")], insights=[Insight("i", "Wants yearly billing")])
    patch = edits.link_insight(plan, "i", "f")
    apply_patch(plan, patch)
    assert edits.link_insight(plan, "i", "f").is_empty()  # already linked
    assert rules_problem(plan, Patch(insight_links=(InsightLink("x", "i", "nope"),)))
    inverse, _ = apply_patch(plan, Patch(features_removed=("f",)))
    assert plan.insight_links == []
    apply_patch(plan, inverse)
    assert len(plan.insight_links) == 1


@pytest.mark.parametrize("by", ["rice", "ice", "manual"])
def test_a_score_edit_re_ranks_the_same_as_ranking_afresh(by: str) -> None:
    """After a few features change (scores, pins), the ranking brought up to date from
    the last one is the ranking worked out from scratch, pins and computed ranks too."""
    rnd = random.Random(16)
    for _ in range(150):
        n = rnd.randint(0, 30)
        features = [Feature(
            f"f{i}", f"Feature {i}", reach=rnd.choice([None, 10.0, 20.0, 40.0]),
            impact=rnd.choice([3.0, 1.0, 0.5]), confidence=rnd.choice([100, 80, 50]),
            effort=rnd.choice([0.5, 1.0, 2.0]), ice_impact=rnd.choice([None, 2, 7]),
            ice_confidence=5, ice_ease=3,
            pinned_rank=rnd.randint(1, n + 2) if rnd.random() < 0.2 else None)
            for i in range(n)]
        before = score_order(features, by)
        edited = list(features)
        for _ in range(rnd.randint(1, 3) if n else 0):
            i = rnd.randrange(n)
            edited[i] = dataclasses.replace(
                edited[i], reach=rnd.choice([None, float(rnd.randint(1, 50))]),
                pinned_rank=rnd.choice([None, None, rnd.randint(1, n + 2)]))
        assert rank(edited, by, before) == rank(edited, by)
        ranks = [r.rank for r in rank(edited, by)]
        assert ranks == list(range(1, n + 1))
