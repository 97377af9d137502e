"""Patches: built per kind of row, applied with their exact inverse, chained, completed by
the cascades the kinds declare, and reporting what changed."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plan_builders import DAY, make_plan
from pmdesk.core.kinds import KINDS
from pmdesk.core.model import (
    Assignment,
    BoardColumn,
    BudgetLine,
    Calendar,
    CostEntry,
    Dependency,
    Plan,
    Resource,
    Risk,
    StatusChange,
    Task,
)
from pmdesk.core.patch import ChangeSet, Patch, apply_patch, cascaded, plan_rows
from pmdesk.core.product import model as pm


def plan() -> Plan:
    """Design (Sketch, Review) then Build; Ana on Sketch and Build, a board history for
    Review, a risk and a cost naming Sketch."""
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=3 * DAY),
        Task("b", "Review", parent_uid="s", position=1, duration=2 * DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
    ]
    return make_plan(
        tasks,
        dependencies=[Dependency("ab", "a", "b"), Dependency("bc", "b", "c"),
                      Dependency("sc", "s", "c")],
        resources=[Resource("ana", "Ana"), Resource("ben", "Ben")],
        assignments=[Assignment("x1", "a", "ana"), Assignment("x2", "c", "ana"),
                     Assignment("x3", "c", "ben")],
        board_columns=[BoardColumn("todo", "To do")],
        status_changes=[StatusChange("h1", "b", "todo", datetime(2027, 1, 12, 9))],
        risks=[Risk("r1", "R-001", "Late sketch", task_uids=("a",))],
        cost_entries=[CostEntry("e1", date(2027, 1, 12), Decimal(50), task_uid="a")],
        products=[pm.Product("p0", "Subscriptions")],
        objectives=[pm.Objective("o1", "Grow revenue")],
        features=[pm.Feature("f1", "Yearly plans")],
        gates=[pm.Gate("g0", "c", pm.Stage.IDEA, pm.Stage.DISCOVERY)],
        insights=[pm.Insight("i1", "Wants to pay yearly")],
        kpis=[pm.Kpi("kp1", "Trial conversion", date(2027, 1, 4), date(2027, 4, 4))],
    )


# One row of every kind, to check that each kind follows from the registry alone.
SAMPLES: dict[str, Any] = {
    "calendars": Calendar("night", "Night shift"),
    "tasks": Task("new", "New task", position=9),
    "dependencies": Dependency("ac", "a", "c"),
    "resources": Resource("cy", "Cy"),
    "assignments": Assignment("x9", "b", "ben"),
    "board_columns": BoardColumn("done", "Done", 1, done=True),
    "risks": Risk("r2", "R-002", "Vendor late"),
    "status_changes": StatusChange("h2", "a", "todo", datetime(2027, 1, 13, 9)),
    "budget_lines": BudgetLine("l1", "Engineering", Decimal(1000)),
    "cost_entries": CostEntry("e2", date(2027, 1, 13), Decimal(20)),
    "products": pm.Product("p1", "Subscriptions"),
    "stage_changes": pm.StageChange("sc1", "p0", pm.Stage.DISCOVERY, date(2027, 1, 4)),
    "objectives": pm.Objective("o2", "Grow revenue"),
    "key_results": pm.KeyResult("k2", "o1", "MRR"),
    "features": pm.Feature("f2", "Gift cards"),
    "feature_tasks": pm.FeatureTask("ft1", "f1", "a"),
    "gates": pm.Gate("g1", "a", pm.Stage.IDEA, pm.Stage.DISCOVERY),
    "gate_criteria": pm.GateCriterion("gc1", "g0", "Users interviewed"),
    "insights": pm.Insight("i2", "Wants yearly billing"),
    "insight_links": pm.InsightLink("il1", "i1", "f1"),
    "roadmap_items": pm.RoadmapItem("ri1", "f1", pm.Horizon.NOW, "2027 Q2"),
    "kpis": pm.Kpi("kp2", "Churn", date(2027, 1, 4), date(2027, 6, 1), baseline=8, target=5,
                   direction=pm.Direction.LOWER),
    "kpi_values": pm.KpiValue("kv1", "kp1", date(2027, 1, 11), 0.4),
}


def by_uid(p: Plan) -> dict[str, Any]:
    """Every kind's rows by uid: a removal undone appends the row again, so after undo the
    rows are the same but a list may hold them in another order."""
    return {k.name: {r.uid: r for r in plan_rows(p, k)} for k in KINDS} | {"project": p.project}


def test_every_kind_of_the_registry_is_a_patch_field_and_a_change_flag() -> None:
    assert set(SAMPLES) == {k.name for k in KINDS}  # a new kind needs a sample here
    for kind in KINDS:
        row = SAMPLES[kind.name]
        patch = Patch(**{kind.name: (row,)})
        assert getattr(patch, kind.name) == (row,) and patch.upserts(kind.name) == (row,)
        assert getattr(patch, kind.removed) == ()
        p = plan()
        inverse, changes = apply_patch(p, patch)
        assert row in plan_rows(p, kind)
        assert getattr(changes, kind.flag), kind.name
        assert changes.flags == {kind.flag}
        assert changes.schedule_inputs == kind.schedule_input
        assert inverse.removals(kind.name) == (row.uid,)
        apply_patch(p, inverse)
        assert by_uid(p) == by_uid(plan())


def test_a_patch_refuses_a_kind_it_does_not_know() -> None:
    with pytest.raises(TypeError, match="no kind of row 'task'"):
        Patch(task=())
    with pytest.raises(AttributeError):
        Patch().tasks_gone  # noqa: B018
    with pytest.raises(TypeError, match="no flag"):
        ChangeSet(boards=True)
    with pytest.raises(AttributeError, match="no flag"):
        ChangeSet().boards  # noqa: B018


def test_patches_are_values() -> None:
    task = Task("t", "T")
    assert Patch(tasks=[task], risks=()) == Patch(tasks=(task,))
    assert Patch().is_empty() and Patch(tasks_removed=()).is_empty()
    assert not Patch(tasks_removed=("t",)).is_empty()
    with pytest.raises(AttributeError):
        Patch().tasks = (task,)  # type: ignore[misc]
    assert "tasks_removed=('t',)" in repr(Patch(tasks_removed=("t",)))


def test_then_lets_the_later_patch_win() -> None:
    a, a2, b = Task("a", "A"), Task("a", "A2"), Task("b", "B")
    assert Patch(tasks=(a, b)).then(Patch(tasks=(a2,))) == Patch(tasks=(a2, b))
    assert Patch(tasks=(a,)).then(Patch(tasks_removed=("a",))) == Patch(tasks_removed=("a",))
    assert Patch(tasks_removed=("a",)).then(Patch(tasks=(a,))) == Patch(tasks=(a,))
    link = Dependency("l", "a", "b")
    both = Patch(tasks=(a,)).then(Patch(dependencies=(link,), risks_removed=("r",)))
    assert both == Patch(tasks=(a,), dependencies=(link,), risks_removed=("r",))


def test_removing_a_summary_takes_its_subtasks_links_assignments_and_history() -> None:
    p = plan()
    complete = cascaded(p, Patch(tasks_removed=("s",)))
    assert set(complete.tasks_removed) == {"s", "a", "b"}
    assert set(complete.dependencies_removed) == {"ab", "bc", "sc"}
    assert complete.assignments_removed == ("x1",)
    assert complete.status_changes_removed == ("h1",)
    # Declared KEEP: a risk and a cost keep naming the task, so an undo finds them linked.
    assert complete.risks_removed == () and complete.cost_entries_removed == ()
    assert cascaded(p, complete) == complete  # nothing more to add
    before = by_uid(p)
    inverse, changes = apply_patch(p, Patch(tasks_removed=("s",)))
    assert [t.uid for t in p.tasks] == ["c"]
    assert p.dependencies == [] and [a.uid for a in p.assignments] == ["x2", "x3"]
    assert changes.structure and changes.dependencies and changes.assignments and changes.board
    apply_patch(p, inverse)
    assert by_uid(p) == before


def test_removing_a_resource_takes_its_assignments_only() -> None:
    complete = cascaded(plan(), Patch(resources_removed=("ana",)))
    assert complete == Patch(resources_removed=("ana",), assignments_removed=("x1", "x2"))


def test_a_cascade_looks_at_the_plan_as_the_patch_leaves_it() -> None:
    p = plan()
    moved = dataclasses.replace(p.task_index()["a"], parent_uid=None, position=5)
    link = Dependency("new", "c", "b")
    complete = cascaded(p, Patch(tasks=(moved,), tasks_removed=("s",), dependencies=(link,)))
    assert set(complete.tasks_removed) == {"s", "b"}  # Sketch moved out first: it stays
    assert complete.tasks == (moved,)
    assert "new" in complete.dependencies_removed  # a link to a task that goes, goes
    assert complete.dependencies == ()
    # Removed and put back by the same patch is a replacement: nothing cascades.
    replaced = dataclasses.replace(p.task_index()["s"], name="Designing")
    assert cascaded(p, Patch(tasks=(replaced,), tasks_removed=("s",))).dependencies_removed == ()


def test_a_patch_with_nothing_to_add_is_returned_as_it_is() -> None:
    patch = Patch(tasks=(Task("n", "N"),))
    assert cascaded(plan(), patch) is patch


def test_change_set_flags_follow_the_edit() -> None:
    p = plan()
    sketch = p.task_index()["a"]
    _, renamed = apply_patch(p, Patch(tasks=(dataclasses.replace(sketch, name="Sketches"),)))
    assert renamed.task_uids == {"a"} and not renamed.structure and renamed.schedule_inputs
    _, indented = apply_patch(p, Patch(tasks=(dataclasses.replace(p.task_index()["c"],
                                                                  parent_uid="s", position=2),)))
    assert indented.structure and indented.task_uids == {"c"}
    _, added = apply_patch(p, Patch(tasks=(Task("n", "N", position=3),)))
    assert added.structure
    _, costs = apply_patch(p, Patch(budget_lines=(SAMPLES["budget_lines"],)))
    assert costs.costs and not costs.schedule_inputs and not costs.structure


def test_joining_change_sets_keeps_every_flag() -> None:
    """Views decide by ``structure`` whether rows moved: joining must never drop it."""
    structure = ChangeSet(structure=True, task_uids=frozenset({"a"}), tasks=True)
    board = ChangeSet(board=True)
    for joined in (structure | board, board | structure):
        assert joined.structure and joined.board and joined.tasks
        assert joined.task_uids == {"a"}
    assert (ChangeSet(project=True) | ChangeSet()).project
    assert ChangeSet() | ChangeSet() == ChangeSet()


def test_everything_changed_has_every_flag_the_kinds_declare() -> None:
    everything = ChangeSet.everything()
    assert everything.project and everything.structure and everything.schedule_inputs
    for kind in KINDS:
        assert getattr(everything, kind.flag), kind.name
    assert everything.costs  # once left out by a hand-written list


def test_change_sets_are_values() -> None:
    assert ChangeSet(board=True) == ChangeSet(board=True, costs=False)
    assert hash(ChangeSet(board=True)) == hash(ChangeSet(board=True))
    with pytest.raises(AttributeError):
        ChangeSet().structure = True  # type: ignore[misc]


# -- a random sequence of edits, each undone, leaves the plan as it was ----------------------

_EDITS = st.lists(
    st.tuples(
        st.sampled_from(["rename", "remove", "add", "link", "unlink", "move", "assign",
                         "drop resource", "risk"]),
        st.integers(min_value=0, max_value=1000),
    ),
    min_size=1,
    max_size=12,
)


def _edit(p: Plan, op: str, n: int) -> Patch:
    tasks = p.tasks
    if op == "add" or not tasks:
        parent = tasks[n % len(tasks)].uid if tasks and n % 3 == 0 else None
        return Patch(tasks=(Task(f"n{n}-{len(tasks)}", f"New {n}", parent_uid=parent,
                                 position=n % 4),))
    task = tasks[n % len(tasks)]
    other = tasks[(n // 7) % len(tasks)]
    if op == "rename":
        return Patch(tasks=(dataclasses.replace(task, name=f"Renamed {n}"),))
    if op == "remove":
        return Patch(tasks_removed=(task.uid,))
    if op == "link":
        return Patch(dependencies=(Dependency(f"l{n}", task.uid, other.uid),))
    if op == "unlink" and p.dependencies:
        return Patch(dependencies_removed=(p.dependencies[n % len(p.dependencies)].uid,))
    if op == "move" and other.uid != task.uid:
        return Patch(tasks=(dataclasses.replace(task, parent_uid=other.uid, position=n % 3),))
    if op == "assign" and p.resources:
        resource = p.resources[n % len(p.resources)]
        return Patch(assignments=(Assignment(f"x{n}", task.uid, resource.uid),))
    if op == "drop resource" and p.resources:
        return Patch(resources_removed=(p.resources[n % len(p.resources)].uid,))
    if op == "risk":
        return Patch(risks=(Risk(f"r{n}", f"R-{n}", "Risk", task_uids=(task.uid,)),))
    return Patch()


@settings(max_examples=60, deadline=None)
@given(_EDITS)
def test_undoing_every_edit_in_reverse_restores_the_plan(edits) -> None:
    p = plan()
    original = by_uid(copy.deepcopy(p))
    inverses: list[Patch] = []
    for op, n in edits:
        patch = _edit(p, op, n)
        complete = cascaded(p, patch)
        inverse, _changes = apply_patch(p, patch)
        # What was applied is the complete patch: every row it names is in or out.
        for kind in complete.kinds():
            uids = {r.uid for r in plan_rows(p, kind)}
            assert {r.uid for r in complete.upserts(kind.name)} <= uids
            assert uids.isdisjoint(
                set(complete.removals(kind.name)) - {r.uid for r in complete.upserts(kind.name)})
        # Nothing left pointing at a row that is gone, for every cascading reference.
        for kind in KINDS:
            for ref in (r for r in kind.refs if r.on_delete == "cascade" and r.required):
                targets = {r.uid for r in plan_rows(p, KINDS[ref.target])}
                assert all(getattr(r, ref.field) in targets for r in plan_rows(p, kind))
        inverses.append(inverse)
    for inverse in reversed(inverses):
        apply_patch(p, inverse)
    assert by_uid(p) == original
