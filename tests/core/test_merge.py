"""Comparing two versions of a plan and merging two copies against their ancestor."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.merge import Merge, closing_links, diff, digest
from pmdesk.core.model import Dependency, Plan, Resource, Risk, RiskStatus, Task
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.core.sharing import copy_plan, strip


def _base() -> Plan:
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=3 * DAY),
        Task("b", "Review", parent_uid="s", position=1, duration=2 * DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
        Task("d", "Test", position=2, duration=2 * DAY),
    ]
    links = [Dependency("l1", "a", "b"), Dependency("l2", "c", "d")]
    risks = [Risk("r1", "R-001", "Vendor late", probability=3, impact=4)]
    people = [Resource("p1", "Ana", email="ana@example.com", standard_rate=Decimal(90))]
    return make_plan(tasks, dependencies=links, risks=risks, resources=people)


def _edited(plan: Plan, **rows: object) -> Plan:
    copy = copy_plan(plan)
    apply_patch(copy, Patch(**rows))  # type: ignore[arg-type]
    return copy


def _task(plan: Plan, uid: str) -> Task:
    return next(t for t in plan.tasks if t.uid == uid)


def test_diff_of_a_known_set_of_edits_lists_exactly_those() -> None:
    old = _base()
    new = _edited(
        old,
        tasks=[replace(_task(old, "c"), name="Build app", duration=7 * DAY),
               Task("e", "Launch", position=3, duration=0, milestone=True)],
        tasks_removed=["b"],
        risks=[replace(old.risks[0], status=RiskStatus.CLOSED)],
        dependencies=[Dependency("l3", "d", "e")],
    )
    changes = diff(old, new, schedule(old), schedule(new))
    said = {(c.group, c.name, c.action, c.field) for c in changes}
    assert said == {
        ("Tasks", "Build app", "renamed", "name"),
        ("Tasks", "Build app", "changed", "duration"),
        ("Tasks", "Launch", "added", ""),
        ("Tasks", "Review", "removed", ""),
        ("Links", "Sketch → Review", "removed", ""),
        ("Links", "Test → Launch", "added", ""),
        ("Risks", "Vendor late", "closed", ""),
        ("Dates", "Build app", "slipped 2 days", "finish"),
        ("Dates", "Test", "slipped 2 days", "finish"),
        ("Dates", "Design", "pulled in 2 days", "finish"),
    }
    duration = next(c for c in changes if c.field == "duration")
    assert (duration.old, duration.new) == ("5d", "7d")
    text = digest(changes, old, new)
    assert text.splitlines()[0] == "Launch: 10 changes"
    assert "Build app: finish" in text and "slipped 2 days" in text


def test_diff_says_a_move_in_the_outline_and_a_re_scored_risk() -> None:
    old = _base()
    new = _edited(old, tasks=[replace(_task(old, "d"), parent_uid="s", position=2)],
                  risks=[replace(old.risks[0], probability=1)])
    said = {(c.name, c.action, c.old, c.new) for c in diff(old, new)}
    assert said == {("Test", "moved", "top level", "Design"),
                    ("Vendor late", "re-scored", "3×4", "1×4")}


def test_edits_on_both_sides_that_do_not_clash_are_both_taken() -> None:
    base = _base()
    mine = _edited(base, tasks=[replace(_task(base, "c"), name="Build app")])
    theirs = _edited(base, tasks=[replace(_task(base, "c"), duration=9 * DAY),
                                  replace(_task(base, "d"), percent_complete=40)],
                     resources=[replace(base.resources[0], group="Design")])
    merge = Merge(base, mine, theirs)
    assert merge.conflicts == []
    merged = merge.plan()
    build = _task(merged, "c")
    assert (build.name, build.duration) == ("Build app", 9 * DAY)
    assert _task(merged, "d").percent_complete == 40
    assert merged.resources[0].group == "Design"
    assert mine.tasks == _task_list(mine)  # mine itself is untouched
    assert _task(mine, "c").duration == 5 * DAY


def _task_list(plan: Plan) -> list[Task]:
    return list(plan.tasks)


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_the_same_field_changed_both_ways_is_a_conflict_decided_either_way(side: str) -> None:
    base = _base()
    mine = _edited(base, tasks=[replace(_task(base, "c"), duration=6 * DAY, name="Build v2")])
    theirs = _edited(base, tasks=[replace(_task(base, "c"), duration=8 * DAY)])
    merge = Merge(base, mine, theirs)
    assert [(c.uid, c.field, c.mine, c.theirs) for c in merge.conflicts] == [
        ("c", "duration", "6d", "8d")]
    assert merge.unresolved({}) == merge.conflicts
    merged = merge.plan({("tasks", "c", "duration"): side})
    build = _task(merged, "c")
    assert build.duration == (6 if side == "mine" else 8) * DAY
    assert build.name == "Build v2"  # mine's change to another field stays either way


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_an_edit_against_a_deletion_is_a_conflict(prefer: str) -> None:
    base = _base()
    mine = _edited(base, tasks_removed=["d"])
    theirs = _edited(base, tasks=[replace(_task(base, "d"), percent_complete=50)])
    merge = Merge(base, mine, theirs)
    assert [(c.uid, c.field, c.mine, c.theirs) for c in merge.conflicts] == [
        ("d", "", "deleted", "edited")]
    merged = merge.plan(prefer=prefer)
    kept = [t for t in merged.tasks if t.uid == "d"]
    if prefer == "mine":
        assert kept == []
    else:
        assert kept[0].percent_complete == 50
        # Its link went with my deletion; keeping the task brings the link back too.
        assert "l2" in {d.uid for d in merged.dependencies}


def test_concurrent_outline_moves_of_one_task_conflict_and_different_tasks_merge() -> None:
    base = _base()
    mine = _edited(base, tasks=[replace(_task(base, "d"), parent_uid="s", position=5)])
    theirs = _edited(base, tasks=[replace(_task(base, "d"), parent_uid="c", position=0),
                                  replace(_task(base, "a"), parent_uid=None, position=9)])
    merge = Merge(base, mine, theirs)
    assert {c.field for c in merge.conflicts} == {"parent_uid", "position"}
    merged = merge.plan(prefer="theirs")
    assert _task(merged, "d").parent_uid == "c"
    assert _task(merged, "a").parent_uid is None  # theirs' other move, no conflict
    merged = merge.plan(prefer="mine")
    assert _task(merged, "d").parent_uid == "s" and _task(merged, "a").parent_uid is None


def test_both_sides_adding_tasks_under_one_summary_keeps_both() -> None:
    base = _base()
    mine = _edited(base, tasks=[Task("m1", "Mine new", parent_uid="s", position=2)])
    theirs = _edited(base, tasks=[Task("t1", "Theirs new", parent_uid="s", position=2)])
    merge = Merge(base, mine, theirs)
    assert merge.conflicts == []
    merged = merge.plan()
    under = [t.name for t in merged.tasks if t.parent_uid == "s"]
    assert sorted(under) == ["Mine new", "Review", "Sketch", "Theirs new"]


def test_a_colleague_link_to_a_task_i_deleted_goes_with_the_task() -> None:
    base = _base()
    mine = _edited(base, tasks_removed=["d"])
    theirs = _edited(base, dependencies=[Dependency("l9", "a", "d")])
    merged = Merge(base, mine, theirs).plan()
    assert "d" not in {t.uid for t in merged.tasks}
    assert "l9" not in {d.uid for d in merged.dependencies}


def test_a_merge_closing_a_cycle_names_the_links_and_dropping_one_opens_it() -> None:
    base = _base()
    mine = _edited(base, dependencies=[Dependency("m", "b", "c")])  # Review → Build
    theirs = _edited(base, dependencies=[Dependency("t", "d", "a")])  # Test → Sketch
    merge = Merge(base, mine, theirs)
    merged = merge.plan()
    found = closing_links(merged, mine)
    assert found is not None
    cycle, links = found
    assert "Dependency cycle" in cycle
    assert [d.uid for d in links] == ["t"]  # new to my plan: the merge closed it there
    opened = merge.plan(drop_links=["t"])
    assert closing_links(opened, mine) is None
    assert "m" in {d.uid for d in opened.dependencies}


def test_a_shared_copy_s_left_out_rows_and_values_do_not_count_as_removed() -> None:
    base = _base()
    base = _edited(base, tasks=[replace(_task(base, "d"), confidential=True, notes="secret")])
    shared = strip(base, ("confidential", "emails", "costs"))
    theirs = _edited(shared.plan, tasks=[replace(_task(shared.plan, "c"), duration=DAY)])
    mine = _edited(base, tasks=[replace(_task(base, "a"), name="Sketch v2")])
    merge = Merge(base, mine, theirs, theirs_base=shared.plan)
    assert merge.conflicts == []
    merged = merge.plan()
    assert _task(merged, "d").notes == "secret"  # the confidential task stays
    assert merged.resources[0].email == "ana@example.com"
    assert merged.resources[0].standard_rate == Decimal(90)
    assert _task(merged, "c").duration == DAY and _task(merged, "a").name == "Sketch v2"


def test_a_risk_id_raised_on_both_sides_is_renumbered_and_said() -> None:
    base = _base()
    mine = _edited(base, risks=[Risk("m7", "R-007", "Server outage")])
    theirs = _edited(base, risks=[Risk("t7", "R-007", "Supplier late"),
                                  Risk("t8", "R-008", "Key person leaves")])
    merge = Merge(base, mine, theirs)
    merged = merge.plan()
    codes = {r.uid: r.code for r in merged.risks}
    assert codes == {"r1": "R-001", "m7": "R-007", "t7": "R-009", "t8": "R-008"}
    assert [c.text for c in merge.collisions] == [
        "risk R-007 “Supplier late” (theirs) renumbered R-009: mine has R-007 “Server outage”"]
    assert not merge.conflicts  # settled, nothing to decide
    # the same merge seen from theirs renumbers mine's
    other = Merge(base, theirs, mine)
    assert {r.uid: r.code for r in other.plan().risks}["m7"] == "R-009"


def test_names_kpis_and_roadmap_places_added_on_both_sides_stay_unique() -> None:
    from datetime import date

    from pmdesk.core.product.model import Feature, Horizon, Kpi, RoadmapItem
    from pmdesk.core.product.rules import check_kpis, check_roadmap_items

    feature = Feature("f1", "Export")
    base = _edited(_base(), features=[feature])
    kpi = Kpi("k", "Activation", date(2027, 1, 1), date(2027, 6, 30))
    mine = _edited(base, resources=[Resource("p2", "Ben")],
                   kpis=[replace(kpi, uid="km")],
                   roadmap_items=[RoadmapItem("im", "f1", Horizon.NOW, "2027 Q2")])
    theirs = _edited(base, resources=[Resource("p3", "ben "), Resource("p4", "Ben (2)")],
                     kpis=[replace(kpi, uid="kt", name="activation")],
                     roadmap_items=[RoadmapItem("it", "f1", Horizon.LATER, "2027 Q4")])
    merge = Merge(base, mine, theirs)
    merged = merge.plan()
    assert {r.uid: r.name for r in merged.resources} == {
        "p1": "Ana", "p2": "Ben", "p3": "ben (3)", "p4": "Ben (2)"}
    assert {k.uid: k.name for k in merged.kpis} == {"km": "Activation", "kt": "activation (2)"}
    assert [i.uid for i in merged.roadmap_items] == ["im"]
    assert [c.text for c in merge.collisions] == [
        "resource “ben ” (theirs) renamed “ben (3)”: mine has a resource “Ben”",
        "KPI “activation” (theirs) renamed “activation (2)”: mine has a KPI “Activation”",
        "feature “Export” has a roadmap place in both copies: mine (now, 2027 Q2) kept, "
        "theirs (later, 2027 Q4) left out"]
    everything = Patch(kpis=merged.kpis, roadmap_items=merged.roadmap_items)
    assert check_kpis(merged, everything) is None
    assert check_roadmap_items(merged, everything) is None
