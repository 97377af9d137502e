"""Edits of the product layer as patches: deciding a gate, adding one, planning a feature
in the Gantt view, linking tasks and insights, pinning a feature's rank.

Each returns one :class:`~pmdesk.core.patch.Patch` (one undo step through the
controller); a rule it breaks raises :class:`ProductError` with a sentence for the user,
and the kinds' checks (:mod:`.rules`) refuse the same patch should it arrive otherwise.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from ..model import ConstraintType, Dependency, Plan, Task, new_uid
from ..patch import Patch
from .model import (
    Decision,
    Feature,
    FeatureTask,
    Gate,
    GateCriterion,
    InsightLink,
    Stage,
    StageChange,
)
from .rules import unmet_mandatory
from .scoring import Ranked

__all__ = [
    "DEFAULT_CRITERIA",
    "ProductError",
    "decide_gate",
    "link_insight",
    "link_tasks",
    "move_to_rank",
    "new_gate",
    "plan_feature",
    "unlink_insight",
]


class ProductError(ValueError):
    """An edit of the product layer that breaks one of its rules; the plan is unchanged."""


#: The checklist a new gate starts with: (text, mandatory).
DEFAULT_CRITERIA: tuple[tuple[str, bool], ...] = (
    ("Problem and target segment validated with users", True),
    ("Business case reviewed", True),
    ("Risks assessed and owners named", True),
    ("Team and budget available for the next stage", False),
)


def decide_gate(
    plan: Plan,
    gate_uid: str,
    decision: Decision,
    on: date,
    by: str,
    rationale: str = "",
    override_reason: str = "",
) -> Patch:
    """Record a gate's decision. "Go" with a mandatory criterion unmet needs
    ``override_reason`` (kept on the gate); "go" moves the product to the gate's next
    stage and records the day it entered it."""
    gate = next((g for g in plan.gates if g.uid == gate_uid), None)
    if gate is None:
        raise ProductError("That gate is no longer in the project.")
    label = f"gate {gate.from_stage.value} → {gate.to_stage.value}"
    override = override_reason.strip()
    if decision is Decision.GO and not override:
        unmet = unmet_mandatory(plan, Patch(), gate_uid)
        if unmet:
            raise ProductError(
                f"{label}: \"go\" with the mandatory criterion {unmet[0]!r} unmet needs an "
                "override reason."
            )
    decided = dataclasses.replace(
        gate, decision=decision, decided_on=on, decided_by=by.strip(),
        rationale=rationale.strip(), override_reason=override if decision is Decision.GO else "",
    )
    products = list(plan.products)
    if decision is not Decision.GO or not products:
        return Patch(gates=(decided,))
    product = products[0]
    return Patch(
        gates=(decided,),
        products=(dataclasses.replace(product, stage=gate.to_stage),),
        stage_changes=(StageChange(new_uid(), product.uid, gate.to_stage, on,
                                   f"gate decision by {by.strip()}" if by.strip() else ""),),
    )


def _top_position(plan: Plan) -> int:
    return max((t.position for t in plan.tasks if t.parent_uid is None), default=-1) + 1


def new_gate(
    plan: Plan,
    from_stage: Stage,
    on: date,
    criteria: Iterable[tuple[str, bool]] = DEFAULT_CRITERIA,
) -> Patch:
    """A gate for leaving ``from_stage``: a milestone task "Gate: discovery → definition"
    at the end of the outline, held no earlier than ``on``, and its checklist."""
    to_stage = from_stage.next()
    if to_stage is None:
        raise ProductError(f"A product leaves no stage after {from_stage.value}.")
    task = Task(
        uid=new_uid(),
        name=f"Gate: {from_stage.value} → {to_stage.value}",
        position=_top_position(plan),
        duration=0,
        milestone=True,
        constraint_type=ConstraintType.SNET,
        constraint_date=datetime.combine(on, time(8, 0)),
    )
    gate = Gate(new_uid(), task.uid, from_stage, to_stage)
    rows = tuple(GateCriterion(new_uid(), gate.uid, text, mandatory)
                 for text, mandatory in criteria)
    return Patch(tasks=(task,), gates=(gate,), gate_criteria=rows)


#: The tasks "Plan this feature" creates under the feature's summary: (name, working days).
PLAN_STEPS: tuple[tuple[str, int], ...] = (("Design", 5), ("Build", 10), ("Test and release", 5))


def plan_feature(plan: Plan, feature_uid: str) -> Patch:
    """A summary task named after the feature at the end of the outline, with design,
    build and test tasks linked one after the other, and the feature linked to it (its
    dates, progress and cost then roll up from them)."""
    feature = next((f for f in plan.features if f.uid == feature_uid), None)
    if feature is None:
        raise ProductError("That feature is no longer in the backlog.")
    minutes = plan.project.minutes_per_day
    summary = Task(uid=new_uid(), name=feature.title or "Feature", position=_top_position(plan))
    steps = [
        Task(uid=new_uid(), name=name, parent_uid=summary.uid, position=i,
             duration=days * minutes)
        for i, (name, days) in enumerate(PLAN_STEPS)
    ]
    links = [Dependency(new_uid(), a.uid, b.uid) for a, b in itertools.pairwise(steps)]
    return Patch(
        tasks=(summary, *steps),
        dependencies=links,
        feature_tasks=(FeatureTask(new_uid(), feature.uid, summary.uid),),
    )


def link_tasks(plan: Plan, feature_uid: str, task_uids: Sequence[str]) -> Patch:
    """Link existing tasks to a feature (those already linked are left as they are)."""
    known = {t.uid for t in plan.tasks}
    missing = [u for u in task_uids if u not in known]
    if missing:
        raise ProductError(f"Task {missing[0]} no longer exists in this project.")
    have = {lk.task_uid for lk in plan.feature_tasks if lk.feature_uid == feature_uid}
    new = [FeatureTask(new_uid(), feature_uid, u) for u in dict.fromkeys(task_uids)
           if u not in have]
    return Patch(feature_tasks=new)


def link_insight(plan: Plan, insight_uid: str, feature_uid: str) -> Patch:
    """Make an insight evidence for a feature (no change when it already is)."""
    if any(lk.insight_uid == insight_uid and lk.feature_uid == feature_uid
           for lk in plan.insight_links):
        return Patch()
    return Patch(insight_links=(InsightLink(new_uid(), insight_uid, feature_uid),))


def unlink_insight(plan: Plan, insight_uid: str, feature_uid: str) -> Patch:
    gone = [lk.uid for lk in plan.insight_links
            if lk.insight_uid == insight_uid and lk.feature_uid == feature_uid]
    return Patch(insight_links_removed=gone)


def move_to_rank(ranking: Sequence[Ranked], feature_uid: str, to_rank: int | None) -> Patch:
    """Pin a feature at ``to_rank`` (1 = top; what dragging a row does), or unpin it
    (``to_rank`` None: it goes back to its computed place). Features pinned at that rank or
    below move down one, so every pin keeps its order relative to the moved one."""
    by_uid = {r.feature.uid: r for r in ranking}
    moved = by_uid.get(feature_uid)
    if moved is None:
        raise ProductError("That feature is no longer in the backlog.")
    if to_rank is None:
        if moved.feature.pinned_rank is None:
            return Patch()
        return Patch(features=(dataclasses.replace(moved.feature, pinned_rank=None),))
    if to_rank < 1:
        raise ProductError(f"A rank starts at 1, not {to_rank}.")
    to_rank = min(to_rank, len(ranking))
    rows: list[Feature] = [dataclasses.replace(moved.feature, pinned_rank=to_rank)]
    taken = to_rank
    for r in sorted((r for r in ranking if r.pinned and r.feature.uid != feature_uid),
                    key=lambda r: r.rank):
        if r.rank == taken:
            taken += 1
            rows.append(dataclasses.replace(r.feature, pinned_rank=taken))
    return Patch(features=rows)
