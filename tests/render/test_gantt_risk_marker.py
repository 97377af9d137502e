"""Tasks threatened by an active risk carry a marker on their Gantt bar, in its band colour."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk.core.calendar import project_calendar
from pmdesk.core.model import RiskStatus
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.render.charts import BAND_COLORS
from pmdesk.render.gantt import GanttPainter, GanttPalette, PlanGanttSource, TimeScale


def _source(plan):
    cal = project_calendar(plan)
    return PlanGanttSource(plan, schedule(plan), cal.is_working_day)


def test_linked_tasks_carry_the_band_of_their_worst_active_risk(qapp) -> None:
    plan = build_demo_plan(date(2026, 11, 2))
    risk = max((r for r in plan.risks if r.task_uids and r.status is not RiskStatus.CLOSED),
               key=lambda r: r.score)
    source = _source(plan)
    uid = risk.task_uids[0]
    bar = source.bar(source.row_of(uid))
    assert bar.risk_band is not None and risk.code in bar.risk_codes
    unlinked = next(t.uid for t in plan.tasks
                    if all(t.uid not in r.task_uids for r in plan.risks))
    assert source.bar(source.row_of(unlinked)).risk_band is None

    plan.risks = [dataclasses.replace(r, status=RiskStatus.CLOSED) if r.uid == risk.uid else r
                  for r in plan.risks]
    source.update(plan, schedule(plan))
    after = source.bar(source.row_of(uid))
    assert risk.code not in after.risk_codes


def test_the_marker_is_drawn_in_the_band_colour(qapp) -> None:
    plan = build_demo_plan(date(2026, 11, 2))
    source = _source(plan)
    row = next(r for r in range(source.row_count())
               if (b := source.bar(r)) is not None and b.risk_band == "high")
    bar = source.bar(row)
    result = schedule(plan)
    scale = TimeScale(result.project_start, 24.0)
    painter_ = GanttPainter(GanttPalette.light())
    x1 = scale.x(bar.finish)
    width = int(scale.x(result.project_finish) + 400)
    image = QImage(width, painter_.row_y(row + 1) + 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    painter_.paint_rows(p, source, scale, row, row + 1, 0, width, None, None, ())
    p.end()
    y = int(painter_.row_y(row) + painter_.row_height * 0.6)
    target = BAND_COLORS["high"]
    found = any(
        abs(QColor(image.pixel(x, yy)).red() - target.red()) < 12
        and abs(QColor(image.pixel(x, yy)).green() - target.green()) < 12
        and abs(QColor(image.pixel(x, yy)).blue() - target.blue()) < 12
        for x in range(int(x1) + 2, min(width, int(x1) + 40))
        for yy in range(y - 6, y + 6)
    )
    assert found, "no marker in the high band's colour beside the bar"
