"""The product layer's table columns, declared once: the backlog, the research insights,
objectives and key results. The Qt tables (``pmdesk/ui/product``) and any export read
them; each column says its header, tooltip, width, cell text, editor text, choices, sort
key and how typed text becomes the new row (ValueError saying what is wrong; the kinds'
rules then refuse values off their scales, naming the row and the field)."""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from operator import attrgetter, itemgetter
from typing import Any

from ..columns import CellKind, Column, Columns, grouped
from ..costs import task_costs
from ..entry import parse_optional_day
from ..model import Plan
from ..money import format_money
from ..words import word
from .model import (
    Feature,
    FeatureStatus,
    Framework,
    Insight,
    InsightSource,
    Kano,
    KeyResult,
    MoSCoW,
    Objective,
    RoadmapItem,
)
from .okr import objective_progress, progress
from .roadmap import p80_misses
from .rollup import FeatureRollup, rollups
from .scoring import (
    ICE_RANGE,
    RICE_CONFIDENCES,
    RICE_IMPACTS,
    WSJF_RANGE,
    Ranked,
    ScoreOrder,
    place,
    score_order,
)

__all__ = [
    "FEATURE_COLUMNS",
    "INSIGHT_COLUMNS",
    "KEY_RESULT_COLUMNS",
    "OBJECTIVE_COLUMNS",
    "SCORE_COLUMNS",
    "Backlog",
    "parse_tags",
]


class Backlog:
    """What the product tables' cells read besides the row, worked out once per change:
    the ranking by the project's framework, roll-ups from linked tasks, evidence counts,
    objective names."""

    def __init__(self, plan: Plan, schedule: Any = None, by: str | None = None,
                 previous: Backlog | None = None) -> None:
        self.plan = plan
        self.schedule = schedule
        product = plan.products[0] if plan.products else None
        self.framework: str = by or (product.framework.value if product else "rice")
        # A patch replaces only the lists of the kinds it touches: what depends on the
        # links alone (and feature titles) carries over from the last change when those
        # are the same, as after a score edit of a big backlog.
        # (The plan is changed in place, so the lists are compared as they were then.)
        self._links = plan.insight_links
        self._insights = plan.insights
        self.titles = list(map(attrgetter("title"), plan.features))  # as they were then
        self.uids = list(map(attrgetter("uid"), plan.features))
        self._previous_order = previous.__dict__.get("order") if previous is not None else None
        if previous is not None and previous._links is plan.insight_links:
            carried_too = ("insight_index", "_insight_order") \
                if previous._insights is plan.insights else ()
            for carried in ("evidence", "insights_of", *carried_too):
                if carried in previous.__dict__:
                    self.__dict__[carried] = previous.__dict__[carried]
            if "insight_features" in previous.__dict__ and previous.titles == self.titles:
                self.__dict__["insight_features"] = previous.insight_features

    @cached_property
    def order(self) -> ScoreOrder:
        """The score order, brought up to date from the last change's when it can be."""
        order = score_order(self.plan.features, self.framework, self._previous_order)
        self._previous_order = None
        return order

    @cached_property
    def ranking(self) -> list[Ranked]:
        return place(self.order)

    @cached_property
    def ranks(self) -> dict[str, Ranked]:
        ranking = self.ranking  # built in C: thousands of features, after every edit
        return dict(zip(map(attrgetter("uid"), map(itemgetter(0), ranking)), ranking,
                        strict=True))

    @cached_property
    def rollups(self) -> dict[str, FeatureRollup]:
        if self.schedule is None or not self.plan.feature_tasks:
            return {}
        return rollups(self.plan, self.schedule, task_costs(self.plan))

    @cached_property
    def evidence(self) -> Counter[str]:
        return Counter(link.feature_uid for link in self.plan.insight_links)

    @cached_property
    def insights_of(self) -> dict[str, list[str]]:
        """The insights that are evidence for each feature, by feature uid."""
        return {feature: [link.insight_uid for link in links] for feature, links
                in grouped(self.plan.insight_links, "feature_uid").items()}

    @cached_property
    def insight_index(self) -> dict[str, Insight]:
        return {i.uid: i for i in self.plan.insights}

    def evidence_for(self, feature_uid: str) -> list[Insight]:
        """The insights linked to a feature, in the order they were recorded."""
        index = self.insight_index
        found = {u: index[u] for u in self.insights_of.get(feature_uid, ()) if u in index}
        return sorted(found.values(), key=lambda i: self._insight_order[i.uid])

    @cached_property
    def _insight_order(self) -> dict[str, int]:
        return {i.uid: n for n, i in enumerate(self.plan.insights)}

    @cached_property
    def insight_features(self) -> dict[str, list[str]]:
        titles = {f.uid: f.title for f in self.plan.features}
        out: dict[str, list[str]] = defaultdict(list)
        for link in self.plan.insight_links:
            if link.feature_uid in titles:
                out[link.insight_uid].append(titles[link.feature_uid])
        return out

    @cached_property
    def forecasts(self) -> dict[str, RoadmapItem]:
        """Each feature's roadmap item (its last delivery forecast)."""
        return {i.feature_uid: i for i in self.plan.roadmap_items}

    @cached_property
    def objective_names(self) -> dict[str, str]:
        return {o.uid: o.text for o in self.plan.objectives}

    @cached_property
    def key_results(self) -> dict[str, list[KeyResult]]:
        return grouped(self.plan.key_results, "objective_uid")

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.plan.project.currency)


# --------------------------------------------------------------------------- typed values


def parse_tags(text: str) -> tuple[str, ...]:
    """"pricing, paywall" -> ("pricing", "paywall"); each tag once."""
    return tuple(dict.fromkeys(t.strip() for t in text.replace(";", ",").split(",")
                               if t.strip()))


def _read_number(text: str, what: str, whole: bool) -> float | None:
    body = text.strip().rstrip("%").strip().replace(",", ".") if text else ""
    if not body:
        return None
    try:
        value = float(body)
    except ValueError:
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"'{text.strip()}' is not {kind}: {what}") from None
    if not math.isfinite(value):
        raise ValueError(f"'{text.strip()}' is not a number: {what}")
    if whole and value != int(value):
        raise ValueError(f"'{text.strip()}' is not a whole number: {what}")
    return value


def _number(field: str, what: str, *, whole: bool = False, required: bool = False
            ) -> Callable[[Any, Any, str], Any]:
    """A parse for a numeric field: empty clears it (unless required)."""
    def parse(_ctx: Any, row: Any, text: str) -> Any:
        value = _read_number(text, what, whole)
        if value is None:
            if required:
                raise ValueError(f"a number is needed: {what}")
            return dataclasses.replace(row, **{field: None})
        return dataclasses.replace(row, **{field: int(value) if whole else value})
    return parse


def _show(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _text(field: str) -> Callable[[Any, Any], Any]:
    return lambda _c, r: getattr(r, field)


def _stripped(field: str) -> Callable[[Any, Any, str], Any]:
    return lambda _c, r, text: dataclasses.replace(r, **{field: text.strip()})


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _parse_day(field: str) -> Callable[[Any, Any, str], Any]:
    return lambda _c, r, text: dataclasses.replace(r, **{field: parse_optional_day(text)})


def _scale(values: tuple[float, ...] | range) -> Callable[[Any, Any], list[tuple[str, str]]]:
    items = [("", "")] + [(f"{v:g}", f"{v:g}") for v in values]
    return lambda _c, _r: items


def _enum_choices(enum: type[StrEnum]) -> Callable[[Any, Any], list[tuple[str, str]]]:
    items = [(m.value, m.value or "-") for m in enum]
    return lambda _c, _r: items


def _enum_parse(field: str, enum: type[StrEnum]) -> Callable[[Any, Any, str], Any]:
    def parse(_c: Any, r: Any, text: str) -> Any:
        try:
            return dataclasses.replace(r, **{field: enum(text.strip())})
        except ValueError:
            allowed = ", ".join(m.value for m in enum if m.value)
            raise ValueError(f"'{text.strip()}' is not one of {allowed}") from None
    return parse


def _sort_number(field: str) -> Callable[[Any, Any], Any]:
    def key(_c: Any, r: Any) -> Any:
        value = getattr(r, field)
        return (value is None, value if value is not None else 0)
    return key


# --------------------------------------------------------------------------- backlog


def _rank_text(c: Backlog, f: Feature) -> str:
    r = c.ranks.get(f.uid)
    return "" if r is None else str(r.rank)


def _rank_parse(_c: Backlog, f: Feature, text: str) -> Feature:
    value = _read_number(text, "a rank from 1 pins the feature there; empty unpins it", True)
    if value is not None and value < 1:
        raise ValueError(f"'{text.strip()}' is not a rank: ranks start at 1")
    return dataclasses.replace(f, pinned_rank=None if value is None else int(value))


def _pin_text(c: Backlog, f: Feature) -> str:
    r = c.ranks.get(f.uid)
    if r is None or not r.pinned:
        return ""
    return word("Core", "pinned (computed {})").format(r.computed)


def _score_text(c: Backlog, f: Feature) -> str:
    r = c.ranks.get(f.uid)
    if r is None or r.score is None:
        return ""
    return f"{r.score:,.0f}" if r.score >= 100 else f"{r.score:.2f}".rstrip("0").rstrip(".")


def _score_sort(c: Backlog, f: Feature) -> Any:
    r = c.ranks.get(f.uid)
    return (r is None or r.score is None, -(r.score or 0) if r else 0)


def _roll(c: Backlog, f: Feature) -> FeatureRollup | None:
    return c.rollups.get(f.uid)


def _roll_day(which: str) -> Callable[[Backlog, Feature], str]:
    def text(c: Backlog, f: Feature) -> str:
        r = _roll(c, f)
        moment = getattr(r, which) if r is not None else None
        return moment.date().isoformat() if moment is not None else ""
    return text


def _forecast_day(c: Backlog, f: Feature, which: str) -> str:
    item = c.forecasts.get(f.uid)
    day: date | None = getattr(item, which) if item is not None else None
    if day is None:
        return ""
    late = which == "p80" and p80_misses(f, item)
    return day.isoformat() + (" ⚠" if late else "")


def _forecast_sort(c: Backlog, f: Feature, which: str) -> Any:
    item = c.forecasts.get(f.uid)
    day = getattr(item, which) if item is not None else None
    return (day is None, day or date.min)


def _objectives_text(c: Backlog, f: Feature) -> str:
    return ", ".join(c.objective_names.get(u, "?") for u in f.objective_uids)


def _objectives_parse(c: Backlog, f: Feature, text: str) -> Feature:
    by_name = {name.casefold(): uid for uid, name in c.objective_names.items()}
    uids = []
    for part in (p.strip() for p in text.split(";") if p.strip()):
        uid = by_name.get(part.casefold())
        if uid is None:
            raise ValueError(f"'{part}' is not an objective of this product")
        uids.append(uid)
    return dataclasses.replace(f, objective_uids=tuple(dict.fromkeys(uids)))


def _objective_choices(c: Backlog, f: Feature) -> list[tuple[str, str]]:
    return [("", "-")] + [(name, name) for name in c.objective_names.values()]


_ICE = range(ICE_RANGE[0], ICE_RANGE[1] + 1)
_WSJF_HINT = f"{WSJF_RANGE[0]}-{WSJF_RANGE[1]} (often 1, 2, 3, 5, 8, 13, 20)"


def _score_input(key: str, header: str, tooltip: str, *, whole: bool = False,
                 choices: tuple[float, ...] | range | None = None, title: str = "",
                 hint: str = "") -> Column[Backlog, Feature]:
    return Column(
        key, header, lambda c, r: _show(getattr(r, key)), tooltip=tooltip, right=True,
        width=64, kind=CellKind.NUMBER, value=lambda c, r: getattr(r, key),
        parse=_number(key, hint or tooltip, whole=whole),
        choices=_scale(choices) if choices is not None else None,
        sort=_sort_number(key), title=title or header, hint=hint,
    )


#: The score inputs of each framework (what the backlog shows for it).
SCORE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    Framework.RICE.value: ("reach", "impact", "confidence", "effort"),
    Framework.ICE.value: ("ice_impact", "ice_confidence", "ice_ease"),
    Framework.WSJF.value: ("business_value", "time_criticality", "risk_reduction", "job_size"),
}

FEATURE_COLUMNS: Columns[Backlog, Feature] = Columns((
    Column("rank", "#", _rank_text, right=True, width=44, kind=CellKind.INTEGER,
           tooltip="Rank; type a rank to pin the feature there, clear it to unpin",
           edit=lambda c, r: str(r.pinned_rank) if r.pinned_rank else "", parse=_rank_parse,
           sort=lambda c, r: c.ranks[r.uid].rank if r.uid in c.ranks else 0, title="Rank"),
    Column("pin", "Pin", _pin_text, width=150,
           tooltip="Held at its rank by hand; the computed rank is its score's"),
    Column("title", "Feature", _text("title"), width=260, parse=_stripped("title"),
           tip=lambda c, r: r.problem or None),
    Column("status", "Status", lambda c, r: r.status.value, width=90,
           choices=_enum_choices(FeatureStatus), parse=_enum_parse("status", FeatureStatus),
           sort=lambda c, r: list(FeatureStatus).index(r.status)),
    Column("score", "Score", _score_text, right=True, width=70, kind=CellKind.NUMBER,
           value=lambda c, r: c.ranks[r.uid].score if r.uid in c.ranks else None,
           tooltip="The score of the project's framework (RICE, ICE or WSJF)",
           sort=_score_sort),
    _score_input("reach", "Reach", "RICE reach: people or events per period"),
    _score_input("impact", "Impact", "RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, "
                 "0.25 minimal", choices=RICE_IMPACTS),
    _score_input("confidence", "Conf. %", "RICE confidence: 100, 80 or 50 %", whole=True,
                 choices=RICE_CONFIDENCES, title="Confidence"),
    _score_input("effort", "Effort", "Effort estimate in person-months (RICE effort)"),
    _score_input("ice_impact", "ICE I", "ICE impact, 1-10", whole=True, choices=_ICE,
                 title="ICE impact"),
    _score_input("ice_confidence", "ICE C", "ICE confidence, 1-10", whole=True, choices=_ICE,
                 title="ICE confidence"),
    _score_input("ice_ease", "ICE E", "ICE ease, 1-10", whole=True, choices=_ICE,
                 title="ICE ease"),
    _score_input("business_value", "Value", "WSJF user-business value", whole=True,
                 hint=_WSJF_HINT, title="Business value"),
    _score_input("time_criticality", "Time crit.", "WSJF time criticality", whole=True,
                 hint=_WSJF_HINT, title="Time criticality"),
    _score_input("risk_reduction", "Risk red.", "WSJF risk reduction or opportunity "
                 "enablement", whole=True, hint=_WSJF_HINT, title="Risk reduction"),
    _score_input("job_size", "Job size", "WSJF job size", whole=True, hint=_WSJF_HINT),
    Column("moscow", "MoSCoW", lambda c, r: r.moscow.value, width=70,
           choices=_enum_choices(MoSCoW), parse=_enum_parse("moscow", MoSCoW),
           sort=lambda c, r: list(MoSCoW).index(r.moscow)),
    Column("kano", "Kano", lambda c, r: r.kano.value, width=90, shown=False,
           choices=_enum_choices(Kano), parse=_enum_parse("kano", Kano)),
    Column("evidence", "Evidence", lambda c, r: str(c.evidence.get(r.uid, 0)), right=True,
           width=64, kind=CellKind.INTEGER, value=lambda c, r: c.evidence.get(r.uid, 0),
           tooltip="Research insights linked to the feature",
           sort=lambda c, r: c.evidence.get(r.uid, 0)),
    Column("owner", "Owner", _text("owner"), width=110, parse=_stripped("owner")),
    Column("tags", "Tags", lambda c, r: ", ".join(r.tags), width=140, shown=False,
           parse=lambda c, r, text: dataclasses.replace(r, tags=parse_tags(text))),
    Column("release", "Release", _text("release"), width=90, parse=_stripped("release"),
           tooltip="Target release or quarter"),
    Column("objectives", "Objectives", _objectives_text, width=180, shown=False,
           parse=_objectives_parse, choices=_objective_choices, free_text=True,
           tooltip="The objectives it serves; several separated by ;"),
    Column("start", "Start", _roll_day("start"), width=86, shown=False, kind=CellKind.DATE,
           tooltip="Earliest start of its linked tasks"),
    Column("finish", "Finish", _roll_day("finish"), width=86, kind=CellKind.DATE,
           tooltip="Latest finish of its linked tasks"),
    Column("p50", "P50", lambda c, r: _forecast_day(c, r, "p50"), width=86, kind=CellKind.DATE,
           tooltip="Finish in half of the schedule-risk runs (Roadmap ▸ Forecast Delivery)",
           sort=lambda c, r: _forecast_sort(c, r, "p50")),
    Column("p80", "P80", lambda c, r: _forecast_day(c, r, "p80"), width=96, kind=CellKind.DATE,
           tooltip="Finish in four fifths of the schedule-risk runs; ⚠ when after the "
                   "feature's target quarter", sort=lambda c, r: _forecast_sort(c, r, "p80")),
    Column("percent", "% Done",
           lambda c, r: f"{rl.percent_complete} %" if (rl := _roll(c, r)) else "",
           right=True, width=60, tooltip="% complete of its linked tasks, by duration",
           sort=lambda c, r: rl.percent_complete if (rl := _roll(c, r)) else -1),
    Column("cost", "Cost", lambda c, r: c.money(rl.cost) if (rl := _roll(c, r)) else "",
           right=True, width=90, tooltip="Cost of its linked tasks",
           sort=lambda c, r: rl.cost if (rl := _roll(c, r)) else Decimal(-1)),
    Column("critical", "Critical", shown=False, text=
           lambda c, r: (word("Core", "yes") if rl.critical else word("Core", "no"))
           if (rl := _roll(c, r)) else "",
           width=56, tooltip="A linked task is on the critical path"),
))


# --------------------------------------------------------------------------- research


def _linked_features(c: Backlog, i: Insight) -> str:
    return ", ".join(c.insight_features.get(i.uid, ()))


INSIGHT_COLUMNS: Columns[Backlog, Insight] = Columns((
    Column("on", "Date", lambda c, r: _day(r.on), width=86, parse=_parse_day("on"),
           sort=lambda c, r: r.on or date.min, kind=CellKind.DATE, value=lambda c, r: r.on),
    Column("source", "Source", lambda c, r: r.source.value, width=100,
           choices=_enum_choices(InsightSource), parse=_enum_parse("source", InsightSource)),
    Column("segment", "Segment", _text("segment"), width=120, parse=_stripped("segment")),
    Column("participant", "Participant", _text("participant"), width=110,
           parse=_stripped("participant")),
    Column("text", "Quote or summary", _text("text"), width=360, parse=_stripped("text"),
           tip=lambda c, r: r.text),
    Column("tags", "Tags", lambda c, r: ", ".join(r.tags), width=120,
           parse=lambda c, r, text: dataclasses.replace(r, tags=parse_tags(text))),
    Column("personal", "Personal data",
           lambda c, r: "confidential" if r.personal else "", width=90,
           edit=lambda c, r: "yes" if r.personal else "no",
           choices=lambda c, r: [("no", "no"), ("yes", "yes (confidential)")],
           parse=lambda c, r, text: dataclasses.replace(
               r, personal=text.strip().lower().startswith(("y", "c", "t", "1"))),
           tooltip="Holds personal data: marked confidential, left out of shared copies"),
    Column("features", "Evidence for", _linked_features, width=220,
           tooltip="The features this insight supports"),
))


# --------------------------------------------------------------------------- OKRs


def _percent(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.0f} %"


OBJECTIVE_COLUMNS: Columns[Backlog, Objective] = Columns((
    Column("text", "Objective", _text("text"), width=300, parse=_stripped("text")),
    Column("period", "Period", _text("period"), width=100, parse=_stripped("period"),
           tooltip="A quarter (2027 Q1) or a period in words"),
    Column("start", "From", lambda c, r: _day(r.start), width=86, parse=_parse_day("start"),
           kind=CellKind.DATE, value=lambda c, r: r.start,
           tooltip="The period's first day, when given as dates",
           sort=lambda c, r: r.start or date.min),
    Column("finish", "To", lambda c, r: _day(r.finish), width=86, parse=_parse_day("finish"),
           kind=CellKind.DATE, value=lambda c, r: r.finish,
           tooltip="The period's last day", sort=lambda c, r: r.finish or date.min),
    Column("owner", "Owner", _text("owner"), width=120, parse=_stripped("owner")),
    Column("progress", "Progress",
           lambda c, r: _percent(objective_progress(c.key_results.get(r.uid, ()))),
           right=True, width=70, tooltip="The mean progress of its key results",
           sort=lambda c, r: objective_progress(c.key_results.get(r.uid, ())) or 0.0),
))


def _objective_of(c: Backlog, kr: KeyResult) -> str:
    return c.objective_names.get(kr.objective_uid, "?")


def _kr_objective_parse(c: Backlog, kr: KeyResult, text: str) -> KeyResult:
    for uid, name in c.objective_names.items():
        if name.casefold() == text.strip().casefold():
            return dataclasses.replace(kr, objective_uid=uid)
    raise ValueError(f"'{text.strip()}' is not an objective of this product")


def _measure(field: str) -> Column[Backlog, KeyResult]:
    return Column(field, field.capitalize(), lambda c, r: _show(getattr(r, field)), right=True,
                  width=72, kind=CellKind.NUMBER, value=lambda c, r: getattr(r, field),
                  parse=_number(field, f"the key result's {field}", required=True),
                  sort=lambda c, r: getattr(r, field))


KEY_RESULT_COLUMNS: Columns[Backlog, KeyResult] = Columns((
    Column("objective", "Objective", _objective_of, width=200, parse=_kr_objective_parse,
           choices=lambda c, r: [(n, n) for n in c.objective_names.values()]),
    Column("metric", "Key result", _text("metric"), width=220, parse=_stripped("metric")),
    Column("unit", "Unit", _text("unit"), width=70, parse=_stripped("unit")),
    _measure("baseline"),
    _measure("target"),
    _measure("current"),
    Column("progress", "Progress", lambda c, r: _percent(progress(r)), right=True, width=70,
           tooltip="(current - baseline) / (target - baseline), 0-100 %",
           sort=lambda c, r: progress(r)),
    Column("confidence", "Confidence", lambda c, r: f"{r.confidence} %", right=True,
           width=76, edit=lambda c, r: str(r.confidence),
           parse=_number("confidence", "the owner's confidence, 0-100 %", whole=True,
                         required=True),
           tooltip="The owner's confidence of reaching the target",
           sort=lambda c, r: r.confidence),
))
