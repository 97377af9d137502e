"""A KPI's chart (actuals, the line from baseline to target, the baseline) and its
sparkline: one painting path for the KPI tab, the dashboard and the status report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from pmdesk.core.entry import format_date
from pmdesk.core.product.kpi import KpiStatus, expected_value
from pmdesk.core.product.model import Kpi, KpiValue
from pmdesk.core.words import word
from pmdesk.render.palette import BAD, GOOD, GRID, MUTED, TEXT, WARN
from pmdesk.render.written import figure

__all__ = ["STATUS_COLORS", "paint_kpi_chart", "paint_sparkline"]

STATUS_COLORS = {KpiStatus.ON_TRACK: GOOD, KpiStatus.AT_RISK: WARN,
                 KpiStatus.OFF_TRACK: BAD, KpiStatus.NO_DATA: MUTED}
_ACTUAL = QColor("#2b5fa8")
_TARGET = QColor("#7b4fd6")


class _Axes:
    def __init__(self, area: QRectF, first: date, last: date, low: float, high: float) -> None:
        self.area, self.first = area, first
        self.days = max(1, (last - first).days)
        self.low, self.span = low, (high - low) or 1.0

    def point(self, on: date, value: float) -> QPointF:
        a = self.area
        return QPointF(a.left() + a.width() * (on - self.first).days / self.days,
                       a.bottom() - a.height() * (value - self.low) / self.span)


def _bounds(kpi: Kpi, values: Sequence[KpiValue]) -> tuple[date, date, float, float]:
    days = [kpi.start, kpi.target_date, *(v.on for v in values)]
    numbers = [kpi.baseline, kpi.target, *(v.value for v in values)]
    low, high = min(numbers), max(numbers)
    pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
    return min(days), max(days), low - pad, high + pad


def _draw_line(p: QPainter, axes: _Axes, values: Sequence[KpiValue], pen: QPen) -> None:
    """The values joined in date order."""
    path = QPainterPath(axes.point(values[0].on, values[0].value))
    for v in values[1:]:
        path.lineTo(axes.point(v.on, v.value))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)


def paint_sparkline(p: QPainter, rect: QRectF, kpi: Kpi, values: Sequence[KpiValue],
                    status: KpiStatus) -> None:
    """The values as a small line in the status colour, over the faint target line."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    first, last, low, high = _bounds(kpi, values)
    if values:
        first = min(first, values[0].on)
        last = max(values[-1].on, first)
    axes = _Axes(rect.adjusted(1, 2, -3, -2), values[0].on if values else kpi.start,
                 last, low, high)
    p.setPen(QPen(GRID, 1, Qt.PenStyle.DashLine))
    start = values[0].on if values else kpi.start
    p.drawLine(axes.point(start, expected_value(kpi, start)),
               axes.point(last, expected_value(kpi, last)))
    color = STATUS_COLORS[status]
    if len(values) >= 2:
        _draw_line(p, axes, values, QPen(color, 1.6))
    if values:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(axes.point(values[-1].on, values[-1].value), 2.4, 2.4)
    p.restore()


def _day(on: date) -> str:
    """A day as the window writes its dates (the KPI table's)."""
    return format_date(datetime(on.year, on.month, on.day))


def paint_kpi_chart(p: QPainter, rect: QRectF, kpi: Kpi, values: Sequence[KpiValue],
                    status: KpiStatus, font: QFont | None = None,
                    today: date | None = None) -> None:
    """The KPI's chart: its actual values, the straight line from baseline to target (the
    line its status is judged against), the baseline, and the target date."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(rect, QColor("#ffffff"))
    f = QFont(font) if font is not None else QFont(p.font())
    p.setFont(f)
    fm = QFontMetricsF(f)
    first, last, low, high = _bounds(kpi, values)
    label_w = max(fm.horizontalAdvance(figure(f"{v:g}")) for v in (low, high, kpi.target,
                                                                   kpi.baseline)) + 10
    area = QRectF(rect.left() + label_w, rect.top() + fm.height() + 6,
                  rect.width() - label_w - 10, rect.height() - 2.5 * fm.height() - 10)
    axes = _Axes(area, first, last, low, high)
    p.setPen(TEXT)
    title = f"{kpi.name} ({kpi.unit})" if kpi.unit else kpi.name
    heading = f"{title} — {word('Core', status.value)}"
    p.drawText(QRectF(rect.left() + 4, rect.top(), rect.width() - 8, fm.height() + 4),
               Qt.AlignmentFlag.AlignVCenter,
               fm.elidedText(heading, Qt.TextElideMode.ElideMiddle, max(0.0, rect.width() - 8)))
    p.setPen(QPen(GRID, 1))
    p.drawRect(area)
    for value, name, pen in ((kpi.baseline, word("KpiChart", "baseline"),
                              QPen(MUTED, 1, Qt.PenStyle.DotLine)),
                             (kpi.target, word("KpiChart", "target"),
                              QPen(_TARGET, 1, Qt.PenStyle.DotLine))):
        y = axes.point(first, value).y()
        p.setPen(pen)
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, label_w - 4, fm.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   figure(f"{value:g}"))
        p.drawText(QPointF(area.left() + 4, y - 3), name)
    p.setPen(QPen(_TARGET, 1.4, Qt.PenStyle.DashLine))
    p.drawLine(axes.point(kpi.start, kpi.baseline), axes.point(kpi.target_date, kpi.target))
    if today is not None and first <= today <= last:
        p.setPen(QPen(QColor("#d93025"), 1))
        x = axes.point(today, low).x()
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    color = STATUS_COLORS[status]
    if values:
        _draw_line(p, axes, values, QPen(_ACTUAL, 2))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_ACTUAL)
        for v in values[-60:]:
            p.drawEllipse(axes.point(v.on, v.value), 2.2, 2.2)
        p.setBrush(color)
        p.drawEllipse(axes.point(values[-1].on, values[-1].value), 4, 4)
    p.setPen(MUTED)
    bottom = QRectF(area.left(), area.bottom() + 2, area.width(), fm.height() + 2)
    ends = (_day(first), _day(last))
    end_w = max(fm.horizontalAdvance(e) for e in ends)
    p.drawText(bottom, Qt.AlignmentFlag.AlignLeft, ends[0])
    if 2 * end_w + 12 <= bottom.width():  # a narrow chart names its first day only
        p.drawText(bottom, Qt.AlignmentFlag.AlignRight, ends[1])
    # The target between the two ends, shortened rather than written over them.
    room = bottom.width() - 2 * end_w - 24
    target = word("KpiChart", "target {value} by {date}").format(
        value=figure(f"{kpi.target:g}"), date=_day(kpi.target_date))
    p.drawText(bottom, Qt.AlignmentFlag.AlignHCenter,
               fm.elidedText(target, Qt.TextElideMode.ElideRight, max(0.0, room)))
    p.restore()
