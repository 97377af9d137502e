"""The product layer as plain data for the command line and reports: the ranked backlog
(``pmdesk backlog``) and the ``product`` object of ``pmdesk info --json``."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from ..columns import grouped
from ..model import Plan
from ..schedule import ScheduleResult
from .model import Framework
from .okr import objective_progress
from .scoring import Ranked, rank

__all__ = ["BACKLOG_FIELDS", "backlog", "backlog_rows", "backlog_sheet", "framework_of",
           "launch_facts",
           "product_facts"]

#: The fields of a ``pmdesk backlog`` row, in the order CSV prints them.
BACKLOG_FIELDS = ("rank", "title", "status", "score", "framework", "pinned", "computed_rank",
                  "evidence", "moscow", "kano", "release", "owner", "tags")


def framework_of(plan: Plan) -> Framework:
    """How the project ranks its backlog (RICE when it has no product yet)."""
    return plan.products[0].framework if plan.products else Framework.RICE


def backlog(plan: Plan, by: str | None = None) -> list[Ranked]:
    """The features in rank order by ``by`` (a framework or ``manual``), by default the
    project's framework."""
    return rank(plan.features, by or framework_of(plan))


def _score(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def backlog_rows(plan: Plan, by: str | None = None) -> list[dict[str, Any]]:
    """``pmdesk backlog --json``: one object per feature, in rank order."""
    method = by or framework_of(plan).value
    evidence = Counter(link.feature_uid for link in plan.insight_links)
    return [
        {
            "rank": r.rank,
            "uid": r.feature.uid,
            "title": r.feature.title,
            "status": r.feature.status.value,
            "score": _score(r.score),
            "framework": method,
            "pinned": r.pinned,
            "computed_rank": r.computed,
            "evidence": evidence[r.feature.uid],
            "moscow": r.feature.moscow.value,
            "kano": r.feature.kano.value,
            "release": r.feature.release,
            "owner": r.feature.owner,
            "tags": list(r.feature.tags),
        }
        for r in backlog(plan, method)
    ]


def backlog_sheet(plan: Plan, by: str | None = None) -> list[list[str]]:
    """The ranked backlog as a sheet of text: a header row of :data:`BACKLOG_FIELDS`, then
    one row per feature in rank order (tags space-separated, an empty cell for no value).
    ``pmdesk backlog --csv`` and the .csv and .xlsx exports write it."""
    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, list):
            return " ".join(value)
        if isinstance(value, bool):
            return "yes" if value else ""
        return str(value)

    return [list(BACKLOG_FIELDS),
            *([text(row[k]) for k in BACKLOG_FIELDS] for row in backlog_rows(plan, by))]


def product_facts(plan: Plan) -> dict[str, Any]:
    """The ``product`` object of ``pmdesk info --json``."""
    product = plan.products[0] if plan.products else None
    by_objective = grouped(plan.key_results, "objective_uid")
    criteria = grouped(plan.gate_criteria, "gate_uid")
    tasks = plan.task_index()
    personal = sum(1 for i in plan.insights if i.personal)
    return {
        "name": product.name if product else None,
        "vision": product.vision if product else "",
        "stage": product.stage.value if product else None,
        "framework": framework_of(plan).value,
        "stage_history": [
            {"stage": s.stage.value, "entered": s.entered.isoformat()}
            for s in sorted(plan.stage_changes, key=lambda s: s.entered)
        ],
        "objectives": [
            {
                "text": o.text,
                "period": o.period,
                "owner": o.owner,
                "progress": _percent(objective_progress(by_objective.get(o.uid, ()))),
                "key_results": len(by_objective.get(o.uid, ())),
            }
            for o in plan.objectives
        ],
        "features": [
            {key: row[key] for key in ("rank", "title", "score", "framework", "status",
                                       "evidence", "pinned")}
            for row in backlog_rows(plan)
        ],
        "insights": len(plan.insights),
        "confidential_insights": personal,
        "gates": [
            {
                "name": tasks[g.task_uid].name if g.task_uid in tasks else "",
                "from": g.from_stage.value,
                "to": g.to_stage.value,
                "decision": g.decision.value,
                "decided_on": g.decided_on.isoformat() if g.decided_on else None,
                "override": bool(g.override_reason),
                "criteria_met": sum(1 for c in criteria.get(g.uid, ()) if c.met),
                "criteria": len(criteria.get(g.uid, ())),
            }
            for g in plan.gates
        ],
    }


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)



def launch_facts(plan: Plan, schedule: ScheduleResult, today: date) -> dict[str, Any]:
    """``product.kpis`` and ``product.roadmap`` of ``pmdesk info --json``: each KPI with
    its status, latest value and target; each feature's place on the roadmap, its slip and
    its last delivery forecast (``p50``/``p80`` null until ``pmdesk simulate --features``
    has run)."""
    from .kpi import kpi_summaries
    from .roadmap import build_roadmap, roadmap_facts

    return {
        "kpis": [s.to_json() for s in kpi_summaries(plan)],
        "roadmap": roadmap_facts(build_roadmap(plan, schedule, today)),
    }
