"""The demo project's product layer: FitPulse Premium's vision and lifecycle, its OKRs,
stage gates, ranked backlog and user research, read from the ``product`` part of the demo
data (``resources/demo``) and tied to the demo plan's tasks by their keys."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from typing import Any

from pmdesk.core.model import new_uid
from pmdesk.core.product.model import (
    Decision,
    Direction,
    Feature,
    FeatureStatus,
    FeatureTask,
    Framework,
    Gate,
    GateCriterion,
    Horizon,
    Insight,
    InsightLink,
    InsightSource,
    Kano,
    KeyResult,
    Kpi,
    KpiValue,
    MoSCoW,
    Objective,
    Product,
    RoadmapItem,
    Stage,
    StageChange,
)
from pmdesk.core.product.quarters import quarter_of, quarter_text

__all__ = ["product_rows"]


class ProductDataError(ValueError):
    """The demo's product data does not hold together (an unknown task or feature key)."""


def product_rows(
    data: Mapping[str, Any], task_uid: Callable[[str], str], day: Callable[[int], date],
    today: date | None = None,
) -> dict[str, list[Any]]:
    """The product layer's rows by kind name; ``task_uid`` gives a task's uid by its key,
    ``day`` the date of a day offset from the project's start; the roadmap's quarters and
    the KPIs' weekly values are placed around ``today`` (default: the project's start)."""
    spec = data.get("product")
    if not spec:
        return {}
    product = Product(new_uid(), spec["name"], spec.get("vision", ""),
                      tuple(spec.get("segments", ())), Stage(spec["stage"]),
                      Framework(spec.get("framework", "rice")))
    history = [StageChange(new_uid(), product.uid, Stage(stage), day(offset), note)
               for stage, offset, note in spec.get("stage_history", ())]
    objectives, key_results, objective_uids = _okr_rows(spec)
    gates, criteria = _gate_rows(spec, task_uid, day)
    features, feature_tasks, feature_uids = _feature_rows(spec, task_uid, objective_uids)
    insights, links = _insight_rows(spec, day, feature_uids)
    launch = _launch_rows(spec, feature_uids, today or day(0))
    return {
        **launch,
        "products": [product], "stage_changes": history, "objectives": objectives,
        "key_results": key_results, "gates": gates, "gate_criteria": criteria,
        "features": features, "feature_tasks": feature_tasks, "insights": insights,
        "insight_links": links,
    }


def _okr_rows(spec: Mapping[str, Any]
              ) -> tuple[list[Objective], list[KeyResult], dict[str, str]]:
    """The objectives, their key results, and each objective's uid by its key."""
    objectives: list[Objective] = []
    key_results: list[KeyResult] = []
    objective_uids: dict[str, str] = {}
    for o in spec.get("objectives", ()):
        obj = Objective(new_uid(), o["text"], o.get("period", ""), owner=o.get("owner", ""))
        objectives.append(obj)
        objective_uids[o["key"]] = obj.uid
        key_results += [
            KeyResult(new_uid(), obj.uid, kr["metric"], kr.get("unit", ""),
                      float(kr["baseline"]), float(kr["target"]), float(kr["current"]),
                      int(kr.get("confidence", 50)))
            for kr in o.get("key_results", ())
        ]
    return objectives, key_results, objective_uids


def _gate_rows(spec: Mapping[str, Any], task_uid: Callable[[str], str],
               day: Callable[[int], date]) -> tuple[list[Gate], list[GateCriterion]]:
    """The stage gates (each on its task) and their checklists."""
    gates: list[Gate] = []
    criteria: list[GateCriterion] = []
    for g in spec.get("gates", ()):
        from_stage = Stage(g["from"])
        to_stage = from_stage.next()
        assert to_stage is not None
        decision = Decision(g.get("decision", "pending"))
        gate = Gate(new_uid(), task_uid(g["task"]), from_stage, to_stage, decision,
                    day(g["day"]) if "day" in g else None, g.get("by", ""),
                    g.get("rationale", ""), g.get("override", ""))
        gates.append(gate)
        criteria += [GateCriterion(new_uid(), gate.uid, text, mandatory, met, note)
                     for text, mandatory, met, note in g.get("criteria", ())]
    return gates, criteria


def _feature_rows(spec: Mapping[str, Any], task_uid: Callable[[str], str],
                  objective_uids: Mapping[str, str]
                  ) -> tuple[list[Feature], list[FeatureTask], dict[str, str]]:
    """The backlog, its links to tasks, and each feature's uid by its key."""
    features: list[Feature] = []
    feature_tasks: list[FeatureTask] = []
    feature_uids: dict[str, str] = {}
    for f in spec.get("features", ()):
        reach, impact, confidence, effort = f.get("rice", (None,) * 4)
        ice = f.get("ice", (None,) * 3)
        wsjf = f.get("wsjf", (None,) * 4)
        feature = Feature(
            new_uid(), f["title"], f.get("problem", ""), f.get("description", ""),
            FeatureStatus(f.get("status", "idea")), f.get("owner", ""),
            tuple(f.get("tags", ())), f.get("release", ""),
            tuple(objective_uids[k] for k in f.get("objectives", ())),
            effort=effort, reach=reach, impact=impact, confidence=confidence,
            ice_impact=ice[0], ice_confidence=ice[1], ice_ease=ice[2],
            business_value=wsjf[0], time_criticality=wsjf[1], risk_reduction=wsjf[2],
            job_size=wsjf[3], moscow=MoSCoW(f.get("moscow", "")), kano=Kano(f.get("kano", "")),
            pinned_rank=f.get("pinned_rank"),
        )
        features.append(feature)
        feature_uids[f["key"]] = feature.uid
        feature_tasks += [FeatureTask(new_uid(), feature.uid, task_uid(k))
                          for k in f.get("tasks", ())]
    return features, feature_tasks, feature_uids


def _insight_rows(spec: Mapping[str, Any], day: Callable[[int], date],
                  feature_uids: Mapping[str, str]) -> tuple[list[Insight], list[InsightLink]]:
    """User research and its links to features."""
    insights: list[Insight] = []
    links: list[InsightLink] = []
    for i in spec.get("insights", ()):
        insight = Insight(new_uid(), i["text"], InsightSource(i["source"]), day(i["day"]),
                          i.get("segment", ""), i.get("participant", ""),
                          tuple(i.get("tags", ())), bool(i.get("personal", False)))
        insights.append(insight)
        for key in i.get("features", ()):
            if key not in feature_uids:
                raise ProductDataError(f"insight {i['text'][:30]!r}: unknown feature {key!r}")
            links.append(InsightLink(new_uid(), insight.uid, feature_uids[key]))
    return insights, links

def _quarter_after(today: date, offset: int) -> str:
    year, q = quarter_of(today)
    q += offset
    year, q = year + (q - 1) // 4, (q - 1) % 4 + 1
    return quarter_text((year, q))


def _launch_rows(spec: Mapping[str, Any], feature_uids: Mapping[str, str], today: date
                 ) -> dict[str, list[Any]]:
    """The roadmap (quarters counted from today's) and the KPIs, each with a value a week
    for as many weeks as it lists, the last one today."""
    items = []
    for r in spec.get("roadmap", ()):
        if r["feature"] not in feature_uids:
            raise ProductDataError(f"roadmap: unknown feature {r['feature']!r}")
        items.append(RoadmapItem(new_uid(), feature_uids[r["feature"]], Horizon(r["column"]),
                                 _quarter_after(today, int(r["quarter"])), r.get("theme", "")))
    kpis: list[Kpi] = []
    values: list[KpiValue] = []
    for k in spec.get("kpis", ()):
        weekly = [float(v) for v in k["values"]]
        start = today - timedelta(weeks=len(weekly) - 1)
        kpi = Kpi(new_uid(), k["name"], start, start + timedelta(weeks=int(k["weeks"])),
                  k.get("unit", ""), float(k["baseline"]), float(k["target"]),
                  Direction(k.get("direction", "higher")), float(k.get("tolerance", 10)),
                  feature_uids.get(k.get("feature", "")))
        kpis.append(kpi)
        values += [KpiValue(new_uid(), kpi.uid, start + timedelta(weeks=n), v)
                   for n, v in enumerate(weekly)]
    return {"roadmap_items": items, "kpis": kpis, "kpi_values": values}
