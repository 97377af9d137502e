"""The status report's product page: the stage and next gate, the objectives' progress,
the KPIs with their status and sparklines, and a roadmap strip of the features by target
quarter. Added to :func:`pmdesk.render.report.status_document` for a project with a
product; painted with the report's own sections and tables."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPen

from pmdesk.core.model import Plan
from pmdesk.core.product.dashboard import dashboard
from pmdesk.core.product.okr import objective_progress
from pmdesk.core.product.quarters import quarter_text
from pmdesk.core.product.roadmap import RoadmapEntry
from pmdesk.core.schedule import ScheduleResult
from pmdesk.core.words import word
from pmdesk.render import report
from pmdesk.render.kpi_chart import STATUS_COLORS, paint_sparkline
from pmdesk.render.pages import RULE, PageCanvas, day_text, elide, figure_text
from pmdesk.render.palette import BAD, MUTED, TEXT
from pmdesk.render.roadmap_pages import plan_roadmap

__all__ = ["add_product_page"]

_STRIP_ROWS = 8


def _kpis(flow: report._Flow, plan: Plan, result: ScheduleResult, pt: float) -> None:
    summaries = list(dashboard(plan, result, with_evm=False).kpis)
    row_h = 20.0

    def paint(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        m = c.metrics(pt)
        for k, s in enumerate(summaries):
            y = r.top() + k * row_h
            p.setFont(c.font(pt))
            p.setPen(TEXT)
            p.drawText(QRectF(r.left(), y, r.width() * 0.28, row_h),
                       Qt.AlignmentFlag.AlignVCenter,
                       elide(m, s.kpi.name, r.width() * 0.28 - 6))
            latest = "—" if s.latest is None else figure_text(s.latest.value)
            against = word("PDF", "{latest} of {target} {unit} by {date}").format(
                latest=latest, target=figure_text(s.kpi.target), unit=s.kpi.unit,
                date=day_text(s.kpi.target_date))
            p.drawText(QRectF(r.left() + r.width() * 0.28, y, r.width() * 0.30, row_h),
                       Qt.AlignmentFlag.AlignVCenter, elide(m, against, r.width() * 0.30 - 6))
            paint_sparkline(p, QRectF(r.left() + r.width() * 0.58, y + 3, r.width() * 0.24,
                                      row_h - 6), s.kpi, list(s.values[-120:]), s.status)
            p.setFont(c.font(pt, bold=True))
            p.setPen(STATUS_COLORS[s.status])
            p.drawText(QRectF(r.left() + r.width() * 0.85, y, r.width() * 0.15, row_h),
                       Qt.AlignmentFlag.AlignVCenter, word("Core", s.status.value))
            p.setPen(QPen(RULE, 0.5))
            p.drawLine(QPointF(r.left(), y + row_h), QPointF(r.right(), y + row_h))

    flow.add(row_h * len(summaries), paint, gap=14)


def _strip(flow: report._Flow, plan: Plan, result: ScheduleResult, pt: float) -> None:
    """The features by target quarter, a column each; a slipping feature in red."""
    by_quarter: dict[str, list[RoadmapEntry]] = defaultdict(list)
    no_target = word("PDF", "No target")
    for e in plan_roadmap(plan, result).entries:
        by_quarter[quarter_text(e.quarter) if e.quarter else no_target].append(e)
    if not by_quarter:
        return
    names = sorted(by_quarter, key=lambda n: (n == no_target, n))[:6]
    line = 13.0
    height = line * (_STRIP_ROWS + 2) + 8

    def paint(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        w = r.width() / len(names)
        for k, name in enumerate(names):
            box = QRectF(r.left() + k * w + 2, r.top(), w - 4, height)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(report.PANEL)
            p.drawRoundedRect(box, 4, 4)
            entries = by_quarter[name]
            p.setFont(c.font(pt, bold=True))
            p.setPen(TEXT)
            p.drawText(QRectF(box.left() + 6, box.top() + 3, box.width() - 12, line),
                       Qt.AlignmentFlag.AlignVCenter, f"{name} ({len(entries)})")
            p.setFont(c.font(pt - 1))
            m = c.metrics(pt - 1)
            for n, e in enumerate(entries[:_STRIP_ROWS]):
                slip = word("PDF", "{days} d").format(days=f"+{e.slip_days}")
                text = e.feature.title + (f"  {slip}" if e.slip_days else "")
                p.setPen(BAD if e.slip_days or e.p80_misses else TEXT)
                p.drawText(QRectF(box.left() + 6, box.top() + 4 + line * (n + 1),
                                  box.width() - 12, line), Qt.AlignmentFlag.AlignVCenter,
                           elide(m, text, box.width() - 12))
            if len(entries) > _STRIP_ROWS:
                p.setPen(MUTED)
                p.drawText(QRectF(box.left() + 6, box.top() + 4 + line * (_STRIP_ROWS + 1),
                                  box.width() - 12, line), Qt.AlignmentFlag.AlignVCenter,
                           word("PDF", "and {count} more").format(
                               count=len(entries) - _STRIP_ROWS))

    flow.add(height, paint, gap=10)


def add_product_page(flow: report._Flow, canvas: PageCanvas, plan: Plan,
                     result: ScheduleResult, pt: float) -> None:
    """A new page: the product's stage, objectives, KPIs and roadmap strip."""
    product = plan.products[0]
    d = dashboard(plan, result, with_evm=False)
    flow.break_page()
    text = word("PDF", "Stage: {stage}").format(stage=word("Core", product.stage.value))
    if d.next_gate is not None:
        gate, name, on = d.next_gate
        text += word("PDF", " · next gate: {gate} ({before} → {after}) on {date}").format(
            gate=name, before=word("Core", gate.from_stage.value),
            after=word("Core", gate.to_stage.value), date=day_text(on))
    report._section(flow, word("PDF", "Product: {name}").format(name=product.name), keep=60)

    def stage(c: PageCanvas, r: QRectF) -> None:
        c.painter.setFont(c.font(pt))
        c.painter.setPen(TEXT)
        c.painter.drawText(r, Qt.AlignmentFlag.AlignVCenter, elide(c.metrics(pt), text,
                                                                   r.width()))

    flow.add(c_line(canvas, pt), stage, gap=8)
    objectives = [[o.text, o.period or "—", _percent(objective_progress(
        [kr for kr in plan.key_results if kr.objective_uid == o.uid]))]
        for o in plan.objectives]
    report._table(flow, canvas, [report._Col(word("PDF", "Objective"), 5, lines=2),
                                 report._Col(word("PDF", "Period"), 1.2),
                                 report._Col(word("PDF", "Progress"), 1, right=True)],
                  objectives, pt - 1, word("PDF", "No objectives yet."))
    report._section(flow, word("PDF", "KPIs"), keep=40,
                    note=word("PDF", "latest value against the line from baseline to target"))
    _kpis_or_none(flow, canvas, plan, result, pt - 1)
    report._section(flow, word("PDF", "Roadmap"), keep=80,
                    note=word("PDF", "features by target quarter; red: slipping past the "
                                     "target or P80 after it"))
    _strip(flow, plan, result, pt - 1)


def _kpis_or_none(flow: report._Flow, canvas: PageCanvas, plan: Plan,
                  result: ScheduleResult, pt: float) -> None:
    if plan.kpis:
        _kpis(flow, plan, result, pt)
    else:
        report._table(flow, canvas, [report._Col(word("PDF", "KPI"), 1)], [], pt,
                      word("PDF", "No KPIs yet."))


def c_line(canvas: PageCanvas, pt: float) -> float:
    return canvas.metrics(pt).height() + 4


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f} %"
