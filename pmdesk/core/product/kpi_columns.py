"""The launch KPIs' table columns, declared once: the KPI table and a KPI's values, read by
the KPI tab's Qt tables and any export. Typed text becomes the new row or a ValueError
saying what is wrong; the kinds' rules then refuse what cannot be measured (a target equal
to the baseline, a target date before the start), naming the KPI and the field."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cached_property
from typing import Any

from ..columns import CellKind, Column, Columns
from ..entry import parse_day
from ..model import Plan
from .kpi import KpiSummary, kpi_summaries, read_day, read_measure
from .model import Direction, Kpi, KpiValue

__all__ = ["KPI_COLUMNS", "KPI_VALUE_COLUMNS", "KpiContext", "read_day", "read_measure"]


class KpiContext:
    """What the KPI cells read besides the row, worked out once per change."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan

    @cached_property
    def summaries(self) -> dict[str, KpiSummary]:
        return {s.kpi.uid: s for s in kpi_summaries(self.plan)}

    @cached_property
    def feature_titles(self) -> dict[str, str]:
        return {f.uid: f.title for f in self.plan.features}


def _measure(field: str, what: str) -> Callable[[Any, Any, str], Any]:
    return lambda _c, r, text: dataclasses.replace(
        r, **{field: read_measure(text, what, comma=True)})


def _day(field: str, what: str) -> Callable[[Any, Any, str], Any]:
    """A typed date cell: read as every date cell reads it (parse_day), naming ``what``."""
    def parse(_c: Any, r: Any, text: str) -> Any:
        try:
            day = parse_day(text)
        except ValueError as exc:
            raise ValueError(f"{exc} ({what})") from None
        return dataclasses.replace(r, **{field: day})
    return parse


def _direction(_c: KpiContext, k: Kpi, text: str) -> Kpi:
    try:
        return dataclasses.replace(k, direction=Direction(text.strip().lower()))
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not higher or lower") from None


def _tolerance(_c: KpiContext, k: Kpi, text: str) -> Kpi:
    value = read_measure(text.rstrip().rstrip("%"), "the tolerance, 0-100 %", comma=True)
    if not 0 <= value <= 100:
        raise ValueError(f"'{text.strip()}' is outside 0-100 %: the tolerance")
    return dataclasses.replace(k, tolerance=value)


def _feature(c: KpiContext, k: Kpi, text: str) -> Kpi:
    body = text.strip()
    if not body:
        return dataclasses.replace(k, feature_uid=None)
    for uid, title in c.feature_titles.items():
        if title.casefold() == body.casefold():
            return dataclasses.replace(k, feature_uid=uid)
    raise ValueError(f"'{body}' is not a feature of the backlog")


def _latest_value(c: KpiContext, k: Kpi) -> float | None:
    s = c.summaries.get(k.uid)
    return None if s is None or s.latest is None else s.latest.value


def _latest(c: KpiContext, k: Kpi) -> str:
    value = _latest_value(c, k)
    return "" if value is None else f"{value:g}"


def _status(c: KpiContext, k: Kpi) -> str:
    s = c.summaries.get(k.uid)
    return "" if s is None else s.status.value


def _g(field: str) -> Callable[[Any, Any], str]:
    return lambda _c, r: f"{getattr(r, field):g}"


def _measured(field: str) -> dict[str, Any]:
    """What makes a measure's column a number: its kind (the window writes it as its
    language writes figures) and its typed value."""
    def value(_c: Any, r: Any) -> float:
        return float(getattr(r, field))
    return {"kind": CellKind.NUMBER, "value": value}


KPI_COLUMNS: Columns[KpiContext, Kpi] = Columns((
    Column("name", "KPI", lambda c, k: k.name, width=200,
           parse=lambda c, k, t: dataclasses.replace(k, name=t.strip())),
    Column("unit", "Unit", lambda c, k: k.unit, width=60,
           parse=lambda c, k, t: dataclasses.replace(k, unit=t.strip())),
    Column("baseline", "Baseline", _g("baseline"), right=True, width=80,
           parse=_measure("baseline", "the baseline"), **_measured("baseline")),
    Column("target", "Target", _g("target"), right=True, width=80,
           parse=_measure("target", "the target"), **_measured("target")),
    Column("direction", "Better", lambda c, k: k.direction.value, width=70,
           parse=_direction, choices=lambda c, k: [(d.value, d.value) for d in Direction],
           tooltip="Whether the KPI improves by going up (higher) or down (lower)"),
    Column("start", "Baseline on", lambda c, k: k.start.isoformat(), width=96,
           kind=CellKind.DATE, value=lambda c, k: k.start,
           parse=_day("start", "the day of the baseline")),
    Column("target_date", "Target by", lambda c, k: k.target_date.isoformat(), width=96,
           kind=CellKind.DATE, value=lambda c, k: k.target_date,
           parse=_day("target_date", "the target date")),
    Column("tolerance", "Tolerance", lambda c, k: f"{k.tolerance:g} %", right=True, width=76,
           edit=lambda c, k: f"{k.tolerance:g}", parse=_tolerance, **_measured("tolerance"),
           tooltip="How far behind the line from baseline to target the latest value may "
                   "be, as a share of the distance from baseline to target, before the KPI "
                   "is off track (within it: at risk)"),
    Column("feature", "Feature", lambda c, k: c.feature_titles.get(k.feature_uid or "", ""),
           width=180, parse=_feature, free_text=True,
           choices=lambda c, k: [("", "(the product)")]
           + [(t, t) for t in c.feature_titles.values()],
           tooltip="The launched feature the KPI measures (its launch review), or none"),
    Column("latest", "Latest", _latest, right=True, width=80, kind=CellKind.NUMBER,
           value=_latest_value),
    Column("status", "Status", _status, width=80,
           tooltip="On track, at risk or off track: the latest value against the straight "
                   "line from baseline to target on its day"),
))


KPI_VALUE_COLUMNS: Columns[KpiContext, KpiValue] = Columns((
    Column("on", "Date", lambda c, v: v.on.isoformat(), width=100,
           kind=CellKind.DATE, value=lambda c, v: v.on,
           parse=_day("on", "the day it was measured")),
    Column("value", "Value", lambda c, v: f"{v.value:g}", right=True, width=90,
           parse=_measure("value", "the value measured"), **_measured("value")),
))
