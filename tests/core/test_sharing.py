"""A shared copy's plan: what each group leaves out, as the kinds of row declare it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from plan_builders import make_plan
from pmdesk.core.kinds import KINDS, Kind, Withheld
from pmdesk.core.model import (
    Assignment,
    Baseline,
    BudgetLine,
    CostEntry,
    Dependency,
    Resource,
    Risk,
    Task,
)
from pmdesk.core.product.model import Feature, Insight, InsightLink
from pmdesk.core.sharing import parse_groups, strip


def _plan():
    tasks = [
        Task("s", "Secret partner deal", position=0, confidential=True, notes="term sheet"),
        Task("a", "Negotiate", parent_uid="s", position=0),
        Task("b", "Build", position=1, notes="use the staging key", fixed_cost=Decimal(500),
             baselines=(Baseline(0, None, None, cost=Decimal(900)),)),
    ]
    return make_plan(
        tasks,
        budget=Decimal(50000),
        dependencies=[Dependency("l", "a", "b")],
        resources=[Resource("p", "Ana", email="ana@example.com", standard_rate=Decimal(95),
                            cost_per_use=Decimal(10))],
        assignments=[Assignment("x", "a", "p"), Assignment("y", "b", "p")],
        risks=[Risk("r1", "R-001", "Partner walks away", confidential=True),
               Risk("r2", "R-002", "Store review", task_uids=("a", "b"),
                    cost_impact=Decimal(2000))],
        budget_lines=[BudgetLine("bl", "Engineering", Decimal(30000), note="from Q3")],
        cost_entries=[CostEntry("ce", date(2027, 1, 20), Decimal(700), task_uid="a",
                                note="invoice 17")],
        features=[Feature("f", "Yearly billing")],
        insights=[Insight("i1", "I'd pay yearly - Jo Bloggs", personal=True),
                  Insight("i2", "Most churn in month two")],
        insight_links=[InsightLink("k1", "i1", "f"), InsightLink("k2", "i2", "f")],
    )


def test_confidential_tasks_go_with_their_subtasks_links_and_assignments() -> None:
    plan = _plan()
    shared = strip(plan, ["confidential"])
    assert [t.uid for t in shared.plan.tasks] == ["b"]
    assert [d.uid for d in shared.plan.dependencies] == []
    assert [a.uid for a in shared.plan.assignments] == ["y"]
    assert [r.uid for r in shared.plan.risks] == ["r2"]
    assert shared.plan.risks[0].task_uids == ("b",)  # no reference to what went
    assert shared.plan.cost_entries[0].task_uid is None
    assert shared.left["confidential"].count == 2
    assert "task 'Secret partner deal'" in shared.left["confidential"].examples
    assert len(plan.tasks) == 3  # the PM's plan is left as it was


def test_costs_emails_personal_and_notes_each_leave_out_their_part() -> None:
    shared = strip(_plan(), ["costs", "emails", "personal", "notes"]).plan
    ana = shared.resources[0]
    assert (ana.email, ana.standard_rate, ana.cost_per_use) == ("", 0, 0)
    build = next(t for t in shared.tasks if t.uid == "b")
    assert build.fixed_cost == 0 and build.notes == "" and build.baselines[0].cost == 0
    assert shared.budget_lines == [] and shared.cost_entries == []
    assert shared.project.budget == 0
    assert shared.risks[1].cost_impact == 0
    assert [i.uid for i in shared.insights] == ["i2"]
    assert [k.uid for k in shared.insight_links] == ["k2"]
    assert [t.uid for t in shared.tasks] == ["s", "a", "b"]  # nothing confidential asked


def test_nothing_chosen_leaves_the_plan_as_it_is() -> None:
    plan = _plan()
    shared = strip(plan, [])
    assert shared.patch.is_empty() and shared.summary() == "nothing to leave out"


def test_a_group_word_is_checked() -> None:
    assert parse_groups("costs, Emails") == ("costs", "emails")
    with pytest.raises(ValueError, match="cannot strip 'salaries'"):
        parse_groups("costs,salaries")


def test_a_kind_declares_what_it_withholds_and_the_registry_checks_it() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class Toy:
        uid: str
        secret: str = ""

    toy = Kind("toys", Toy, "toys", withheld=(Withheld("notes", "nope"),))
    with pytest.raises(ValueError, match="withholds"), KINDS.declared(toy):
        pass
