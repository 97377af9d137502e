"""What an edit of the product layer may not do, checked before the controller applies
it: each kind of row of :data:`pmdesk.core.kinds.KINDS` that has rules names its check
there (``Kind.check``). A check gets the plan as it is and the patch, and says what is
wrong naming the row and the field, or None; the edit is then refused and nothing
changes."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..model import Plan
from .kpi import kpi_problem
from .model import Decision, Feature
from .okr import key_result_problem
from .quarters import parse_quarter
from .scoring import feature_problem

__all__ = [
    "check_feature_tasks",
    "check_features",
    "check_gate_criteria",
    "check_gates",
    "check_insight_links",
    "check_key_results",
    "check_kpi_values",
    "check_kpis",
    "check_roadmap_items",
    "kpi_key",
    "unmet_mandatory",
]

_FIELD_NAMES = {
    "ice_impact": "ICE impact",
    "ice_confidence": "ICE confidence",
    "ice_ease": "ICE ease",
    "business_value": "business value",
    "time_criticality": "time criticality",
    "risk_reduction": "risk reduction",
    "job_size": "job size",
    "pinned_rank": "pinned rank",
}


def field_label(name: str) -> str:
    """A field as a message names it: ``ICE impact`` for ``ice_impact``."""
    return _FIELD_NAMES.get(name, name.replace("_", " "))


def _after(plan: Plan, patch: Any, kind: str) -> dict[str, Any]:
    """The rows of ``kind`` by uid as the patch leaves them."""
    rows = {r.uid: r for r in getattr(plan, kind)}
    for uid in patch.removals(kind):
        rows.pop(uid, None)
    rows.update((r.uid, r) for r in patch.upserts(kind))
    return rows


def _uids_after(plan: Plan, patch: Any, kind: str) -> set[str]:
    rows = getattr(plan, kind)
    uids = {r.uid for r in (rows.values() if isinstance(rows, dict) else rows)}
    uids.difference_update(patch.removals(kind))
    uids.update(r.uid for r in patch.upserts(kind))
    return uids


def check_features(plan: Plan, patch: Any) -> str | None:
    rows: Iterable[Feature] = patch.upserts("features")
    parents: dict[str, str | None] | None = None
    for f in rows:
        problem = feature_problem(f)
        if problem is not None:
            name, what = problem
            return f"feature {f.title!r}: {field_label(name)} {what}"
        if f.parent_uid is None:
            continue
        if parents is None:
            after = _after(plan, patch, "features")
            parents = {uid: row.parent_uid for uid, row in after.items()}
        if f.parent_uid not in parents:
            return (f"feature {f.title!r}: its parent {f.parent_uid} "
                    "is not a feature of this project")
        seen = {f.uid}
        up: str | None = f.parent_uid
        while up is not None:
            if up in seen:
                return (f"feature {f.title!r}: parent feature would make a cycle "
                        "(a feature inside itself)")
            seen.add(up)
            up = parents.get(up)
    return None


def check_key_results(plan: Plan, patch: Any) -> str | None:
    objectives = None
    for kr in patch.upserts("key_results"):
        problem = key_result_problem(kr)
        if problem is not None:
            return f"key result {kr.metric!r}: {problem[0]} {problem[1]}"
        if objectives is None:
            objectives = _uids_after(plan, patch, "objectives")
        if kr.objective_uid not in objectives:
            return f"key result {kr.metric!r}: its objective is not in this project"
    return None


def _missing(plan: Plan, patch: Any, kind: str,
             names: Mapping[str, str]) -> tuple[Any, str] | None:
    """The first row of ``kind`` the patch writes that names a row the project does not
    have, and the field naming it; ``names`` maps each such field to the kind it names."""
    rows = patch.upserts(kind)
    if not rows:
        return None
    known = {target: _uids_after(plan, patch, target) for target in set(names.values())}
    for row in rows:
        for field, target in names.items():
            if getattr(row, field) not in known[target]:
                return row, field
    return None


def _dangling(plan: Plan, patch: Any, kind: str, label: str,
              names: Mapping[str, str]) -> str | None:
    """:func:`_missing` said as a message: "insight link L: feature F is not in this
    project"."""
    found = _missing(plan, patch, kind, names)
    if found is None:
        return None
    row, field = found
    noun = field.removesuffix("_uid")
    return f"{label} {row.uid}: {noun} {getattr(row, field)} is not in this project"


def check_feature_tasks(plan: Plan, patch: Any) -> str | None:
    problem = _dangling(plan, patch, "feature_tasks", "task link", {"feature_uid": "features"})
    if problem is not None:
        return problem
    found = _missing(plan, patch, "feature_tasks", {"task_uid": "tasks"})
    if found is None:
        return None
    link = found[0]
    title = _after(plan, patch, "features")[link.feature_uid].title
    return f"feature {title!r}: linked task {link.task_uid} no longer exists in this project"


def check_insight_links(plan: Plan, patch: Any) -> str | None:
    return _dangling(plan, patch, "insight_links", "insight link",
                     {"insight_uid": "insights", "feature_uid": "features"})


def unmet_mandatory(plan: Plan, patch: Any, gate_uid: str) -> list[str]:
    """The texts of the gate's mandatory criteria not met, as the patch leaves them."""
    criteria = _after(plan, patch, "gate_criteria").values()
    return [c.text for c in criteria if c.gate_uid == gate_uid and c.mandatory and not c.met]


def check_gates(plan: Plan, patch: Any) -> str | None:
    missing = _missing(plan, patch, "gates", {"task_uid": "tasks"})
    if missing is not None:
        gate = missing[0]
        return (f"gate {gate.from_stage.value} → {gate.to_stage.value}: its milestone task "
                "is not in this project")
    for gate in patch.upserts("gates"):
        label = f"gate {gate.from_stage.value} → {gate.to_stage.value}"
        if gate.decision is not Decision.PENDING and gate.decided_on is None:
            return f"{label}: a decision needs the date it was taken"
        if gate.decision is Decision.GO and not gate.override_reason.strip():
            unmet = unmet_mandatory(plan, patch, gate.uid)
            if unmet:
                return (f"{label}: \"go\" with the mandatory criterion {unmet[0]!r} unmet "
                        "needs an override reason")
    return None


def check_gate_criteria(plan: Plan, patch: Any) -> str | None:
    missing = _missing(plan, patch, "gate_criteria", {"gate_uid": "gates"})
    if missing is not None:
        return f"criterion {missing[0].text!r}: its gate is not in this project"
    criteria = patch.upserts("gate_criteria")
    gates = _after(plan, patch, "gates") if criteria else {}
    for c in criteria:
        gate = gates[c.gate_uid]
        if (gate.decision is Decision.GO and c.mandatory and not c.met
                and not gate.override_reason.strip()):
            return (f"criterion {c.text!r}: the gate was passed with \"go\"; a mandatory "
                    "criterion can be unmet only with an override reason on the gate")
    return None


def _clash(rows: Iterable[Any], key: Callable[[Any], str]) -> Any:
    """The first row whose key another row (another uid) already has, or None."""
    seen: dict[str, str] = {}
    for row in rows:
        k = key(row)
        if seen.setdefault(k, row.uid) != row.uid:
            return row
    return None


def check_roadmap_items(plan: Plan, patch: Any) -> str | None:
    items = patch.upserts("roadmap_items")
    if not items:
        return None
    if _clash(_after(plan, patch, "roadmap_items").values(), lambda i: i.feature_uid):
        return "a feature has two places on the roadmap"
    missing = _missing(plan, patch, "roadmap_items", {"feature_uid": "features"})
    if missing is not None:
        return f"roadmap entry {missing[0].uid}: its feature is not in this project"
    features = _after(plan, patch, "features")
    for item in items:
        feature = features[item.feature_uid]
        if item.quarter and parse_quarter(item.quarter) is None:
            return (f"feature {feature.title!r}: quarter {item.quarter!r} is not a quarter "
                    "like 2027 Q2")
        if item.p50 and item.p80 and item.p80 < item.p50:
            return f"feature {feature.title!r}: the P80 finish is before the P50 finish"
    return None


def kpi_key(kpi: Any) -> str:
    """How two KPI names are compared: a project names each KPI once."""
    return str(kpi.name).strip().casefold()


def check_kpis(plan: Plan, patch: Any) -> str | None:
    kpis = patch.upserts("kpis")
    if not kpis:
        return None
    for k in kpis:
        problem = kpi_problem(k)
        if problem is not None:
            return f"KPI {k.name!r}: {problem[0]} {problem[1]}"
    clash = _clash(_after(plan, patch, "kpis").values(), kpi_key)
    if clash is not None:
        return f"KPI {clash.name!r}: another KPI has that name"
    return None


def check_kpi_values(plan: Plan, patch: Any) -> str | None:
    missing = _missing(plan, patch, "kpi_values", {"kpi_uid": "kpis"})
    if missing is not None:
        return f"KPI value of {missing[0].on.isoformat()}: its KPI is not in this project"
    v = next((v for v in patch.upserts("kpi_values") if not math.isfinite(v.value)), None)
    if v is None:
        return None
    kpi = _after(plan, patch, "kpis")[v.kpi_uid]
    return f"KPI {kpi.name!r} on {v.on.isoformat()}: value is not a number"
