"""Launch KPIs: the status rule, values imported from a CSV file, and the launch review.

The status rule (also in the README): the straight line from ``baseline`` on the KPI's
``start`` to ``target`` on its ``target_date`` says where the KPI should be on any day
(flat at the target after the target date). The latest value's *shortfall* is how far it
is behind that line in the KPI's direction (a negative shortfall is ahead). With
``band = tolerance % × |target − baseline|``:

- **on track**: shortfall ≤ 0 (on the line or ahead of it);
- **at risk**: 0 < shortfall ≤ band;
- **off track**: shortfall > band;
- **no data**: no value yet.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from ..limits import DAY, MEASURE
from ..model import Plan, new_uid
from .model import Direction, FeatureStatus, Kpi, KpiValue

if TYPE_CHECKING:  # the kinds' rules import this module, and patches import the kinds
    from ..patch import Patch

__all__ = [
    "REVIEW_DAYS",
    "KpiError",
    "KpiStatus",
    "KpiSummary",
    "ReviewPoint",
    "expected_value",
    "read_day",
    "read_measure",
    "import_values",
    "kpi_by_name",
    "kpi_problem",
    "kpi_summaries",
    "launch_dates",
    "launch_review",
    "parse_values_csv",
    "series",
    "status_of",
    "values_text",
]

#: The days after launch a launch review looks at.
REVIEW_DAYS = (30, 60, 90)
#: The most rows one CSV import reads (a value a day for almost three centuries).
MAX_CSV_ROWS = 100_000


class KpiError(ValueError):
    """Bad KPI input (a CSV row, a cell, a command-line argument); nothing was changed."""


class KpiStatus(StrEnum):
    """How a KPI's latest value stands against the line from its baseline to its target."""

    ON_TRACK = "on track"
    AT_RISK = "at risk"
    OFF_TRACK = "off track"
    NO_DATA = "no data"


def kpi_problem(kpi: Kpi) -> tuple[str, str] | None:
    """What makes ``kpi`` unmeasurable, as (field, what is wrong); None when it is sound."""
    if not kpi.name.strip():
        return "name", "is empty"
    for name in ("baseline", "target", "tolerance"):
        value = getattr(kpi, name)
        if not math.isfinite(value):
            return name, f"{value} is not a number"
    if kpi.target == kpi.baseline:
        return "target", (f"{kpi.target:g} equals the baseline, so there is no line from "
                          "baseline to target")
    higher = kpi.direction is Direction.HIGHER
    if (kpi.target > kpi.baseline) != higher:
        return "target", (f"{kpi.target:g} is {'below' if higher else 'above'} the baseline "
                          f"{kpi.baseline:g}, but {kpi.direction.value} is better")
    if kpi.target_date <= kpi.start:
        return "target date", (f"{kpi.target_date.isoformat()} is not after the start "
                               f"{kpi.start.isoformat()}")
    if not 0 <= kpi.tolerance <= 100:
        return "tolerance", f"{kpi.tolerance:g} is outside 0-100 %"
    return None


def expected_value(kpi: Kpi, on: date) -> float:
    """Where the straight line from baseline to target puts the KPI on ``on``."""
    span = (kpi.target_date - kpi.start).days
    share = 0.0 if span <= 0 else min(1.0, max(0.0, (on - kpi.start).days / span))
    return kpi.baseline + (kpi.target - kpi.baseline) * share


def status_of(kpi: Kpi, on: date | None, value: float | None) -> KpiStatus:
    """The status rule (module doc) for ``value`` measured on ``on``."""
    if on is None or value is None:
        return KpiStatus.NO_DATA
    sign = 1.0 if kpi.direction is Direction.HIGHER else -1.0
    shortfall = sign * (expected_value(kpi, on) - value)
    band = kpi.tolerance / 100 * abs(kpi.target - kpi.baseline)
    # Values typed as decimals are binary floats: a hair's breadth is on the line.
    eps = 1e-9 * max(1.0, abs(kpi.target), abs(kpi.baseline))
    if shortfall <= eps:
        return KpiStatus.ON_TRACK
    if shortfall <= band + eps:
        return KpiStatus.AT_RISK
    return KpiStatus.OFF_TRACK


def series(plan: Plan) -> dict[str, list[KpiValue]]:
    """Each KPI's values by date, oldest first."""
    out: dict[str, list[KpiValue]] = defaultdict(list)
    for v in plan.kpi_values:
        out[v.kpi_uid].append(v)
    for values in out.values():
        values.sort(key=lambda v: v.on)
    return out


@dataclass(frozen=True, slots=True)
class KpiSummary:
    """A KPI with its values, oldest first, and the status they give it."""

    kpi: Kpi
    values: tuple[KpiValue, ...]  # oldest first
    status: KpiStatus

    @property
    def latest(self) -> KpiValue | None:
        return self.values[-1] if self.values else None

    def to_json(self) -> dict[str, object]:
        k, last = self.kpi, self.latest
        return {
            "name": k.name, "unit": k.unit, "baseline": k.baseline, "target": k.target,
            "direction": k.direction.value, "start": k.start.isoformat(),
            "target_date": k.target_date.isoformat(), "tolerance": k.tolerance,
            "status": self.status.value, "latest": None if last is None else last.value,
            "latest_on": None if last is None else last.on.isoformat(),
            "values": len(self.values),
        }


def kpi_summaries(plan: Plan) -> list[KpiSummary]:
    """Every KPI with its values and status, in the plan's order."""
    by_kpi = series(plan)
    out = []
    for k in plan.kpis:
        values = tuple(by_kpi.get(k.uid, ()))
        last = values[-1] if values else None
        status = (status_of(k, last.on, last.value) if last is not None
                  else KpiStatus.NO_DATA)
        out.append(KpiSummary(k, values, status))
    return out


def kpi_by_name(plan: Plan, name: str) -> Kpi:
    """The KPI called ``name`` (case does not matter); KpiError listing the KPIs if none."""
    wanted = name.strip().casefold()
    for k in plan.kpis:
        if k.name.strip().casefold() == wanted:
            return k
    known = ", ".join(repr(k.name) for k in plan.kpis) or "none"
    raise KpiError(f"unknown KPI {name!r}; the project's KPIs: {known}")


# --------------------------------------------------------------------------- CSV import


def read_measure(text: str, what: str, *, comma: bool = False) -> float:
    """A KPI value as text (with ``comma``, "1,5" reads as 1.5); ValueError naming ``what``."""
    body = text.strip()
    try:
        value = float(body.replace(",", ".") if comma else body)
    except ValueError:
        raise ValueError(f"{body!r} is not a number ({what})") from None
    if not math.isfinite(value) or value not in MEASURE:
        raise ValueError(f"{body!r} is outside {MEASURE.describe()} ({what})")
    return value


def read_day(text: str, what: str) -> date:
    """A date as text, YYYY-MM-DD, within the dates a plan may use; ValueError naming
    ``what``."""
    body = text.strip()
    try:
        day = date.fromisoformat(body)
    except ValueError:
        raise ValueError(f"{body!r} is not a date; use YYYY-MM-DD ({what})") from None
    if day not in DAY:
        raise ValueError(f"{body} is outside {DAY.describe()} ({what})")
    return day


def parse_values_csv(text: str, source: str) -> list[tuple[date, float]]:
    """The ``date,value`` rows of a CSV file's text, in file order. The header names the
    two columns (any order, more columns ignored). KpiError names ``source`` and the line
    of the first bad row."""
    rows = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        header = next(rows, None)
    except csv.Error as exc:
        raise KpiError(f"{source} line 1: {exc}") from None
    if header is None:
        raise KpiError(f"{source}: the file is empty; it needs a header line date,value")
    names = [h.strip().casefold() for h in header]
    missing = [c for c in ("date", "value") if c not in names]
    if missing:
        raise KpiError(f"{source} line 1: no {' or '.join(repr(m) for m in missing)} column; "
                       f"the header must name date,value (found {','.join(header) or 'nothing'})")
    at_date, at_value = names.index("date"), names.index("value")
    out: list[tuple[date, float]] = []
    try:
        for row in rows:
            line = rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            where = f"{source} line {line}"
            if len(row) <= max(at_date, at_value):
                raise KpiError(f"{where}: {len(row)} field(s); expected date and value")
            try:
                out.append((read_day(row[at_date], "date"), read_measure(row[at_value], "value")))
            except ValueError as exc:
                raise KpiError(f"{where}: {exc}") from None
            if len(out) > MAX_CSV_ROWS:
                raise KpiError(f"{source}: more than {MAX_CSV_ROWS:,} rows")
    except csv.Error as exc:
        raise KpiError(f"{source} line {rows.line_num}: {exc}") from None
    if not out:
        raise KpiError(f"{source}: no values after the header")
    return out


def import_values(plan: Plan, kpi: Kpi, values: Sequence[tuple[date, float]]) -> Patch:
    """A patch adding ``values`` to ``kpi``: a day that already has a value gets the new
    one (the row keeps its uid); a day twice in ``values`` keeps the later."""
    from ..patch import Patch

    existing = {v.on: v for v in plan.kpi_values if v.kpi_uid == kpi.uid}
    upserts: dict[date, KpiValue] = {}
    for on, value in values:
        old = existing.get(on)
        upserts[on] = (dataclasses.replace(old, value=value) if old is not None
                       else KpiValue(new_uid(), kpi.uid, on, value))
    return Patch(kpi_values=tuple(upserts.values()))


# --------------------------------------------------------------------------- launch review


@dataclass(frozen=True, slots=True)
class ReviewPoint:
    """A KPI ``days`` after launch: the last value measured by then and its status."""

    days: int
    on: date
    value: float | None
    measured_on: date | None
    expected: float
    status: KpiStatus


def _value_by(values: Sequence[KpiValue], on: date) -> KpiValue | None:
    found = None
    for v in values:
        if v.on > on:
            break
        found = v
    return found


def launch_review(plan: Plan, launches: Mapping[str, date], today: date
                  ) -> list[tuple[str, Kpi, date, list[ReviewPoint]]]:
    """For each launched feature with KPIs: (feature title, KPI, launch date, its points
    at 30, 60 and 90 days). ``launches`` gives a feature's launch date (its tasks' finish);
    a feature without one counts from its KPI's start. A point in the future has no
    value."""
    features = {f.uid: f for f in plan.features if f.status is FeatureStatus.LAUNCHED}
    by_kpi = series(plan)
    out = []
    for k in plan.kpis:
        feature = features.get(k.feature_uid or "")
        if feature is None:
            continue
        launch = launches.get(feature.uid, k.start)
        values = by_kpi.get(k.uid, [])
        points = []
        for days in REVIEW_DAYS:
            on = launch + timedelta(days=days)
            found = _value_by(values, on) if on <= today else None
            value = found.value if found else None
            # The last value measured by then, against where the line is on the day.
            points.append(ReviewPoint(days, on, value, found.on if found else None,
                                      expected_value(k, on), status_of(k, on, value)))
        out.append((feature.title, k, launch, points))
    return out


def launch_dates(plan: Plan, finishes: Mapping[str, date]) -> dict[str, date]:
    """The launch day of each launched feature with a KPI: the last finish (``finishes``:
    a task's finish day by uid) of its linked tasks; a feature without any is left out."""
    wanted = {k.feature_uid for k in plan.kpis if k.feature_uid}
    wanted &= {f.uid for f in plan.features if f.status is FeatureStatus.LAUNCHED}
    out: dict[str, date] = {}
    for link in plan.feature_tasks:
        if link.feature_uid in wanted and link.task_uid in finishes:
            day = finishes[link.task_uid]
            out[link.feature_uid] = max(out.get(link.feature_uid, day), day)
    return out


def values_text(values: Iterable[KpiValue]) -> str:
    """The values as a ``date,value`` CSV (what import reads back)."""
    lines = ["date,value"] + [f"{v.on.isoformat()},{v.value:g}" for v in values]
    return "\n".join(lines) + "\n"
