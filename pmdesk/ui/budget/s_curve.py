"""The earned value S-curve: planned value, earned value and actual cost over time.

Where EV runs below PV the project is behind schedule; where AC runs above EV it costs
more than the work it earned. EV and AC end at the status date, marked by a line.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from pmdesk.core.evm import CurvePoint
from pmdesk.render.palette import BAD, GOOD, MUTED
from pmdesk.ui.axes import ChartWidget, paint_legend, paint_title, paint_value_grid, round_up
from pmdesk.ui.i18n import date_text

PV_COLOR = QColor("#2b5fa8")
EV_COLOR = GOOD  # earned: the palette's green
AC_COLOR = BAD  # spent: the palette's red


class SCurveChart(ChartWidget):
    """Paints cumulative PV, EV and AC against the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QSize(600, 300), 200,
            QCoreApplication.translate("SCurveChart", "Earned value S-curve"), parent)
        self.points: list[CurvePoint] = []
        self.status: date | None = None
        self.currency = ""

    def set_points(self, points: list[CurvePoint], status: date | None, currency: str) -> None:
        self.points = points
        self.status = status
        self.currency = currency
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().base())
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fm = QFontMetricsF(self.font())
        paint_title(p, self.font(), self.tr("Earned value over time"))
        if len(self.points) < 2:
            p.setPen(MUTED)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, "No costs to plot")
            p.end()
            return
        top = max(max(pt.pv, pt.ev or 0, pt.ac or 0) for pt in self.points)
        top_value = float(top) * 1.08 or 1.0
        step = round_up(top_value / 4)
        label_w = fm.horizontalAdvance(_short(step * 5)) + 14
        area = QRectF(label_w, fm.height() * 2.4, self.width() - label_w - 14,
                      self.height() - fm.height() * 4.6)
        if area.width() < 30 or area.height() < 30:
            p.end()
            return
        first, last = self.points[0].on.toordinal(), self.points[-1].on.toordinal()
        span = max(1, last - first)

        def x(d: date) -> float:
            return area.left() + (d.toordinal() - first) / span * area.width()

        def y(v: float) -> float:
            return area.bottom() - v / top_value * area.height()

        paint_value_grid(p, area, top_value, step, _short)
        label = fm.horizontalAdvance("00 Mmm") + 16
        months = max(1, int(len(self.points) * label / max(area.width(), 1)) + 1)
        for pt in self.points[::months]:
            p.drawText(QPointF(x(pt.on) - label / 2 + 8, area.bottom() + 4 + fm.ascent()),
                       f"{date_text(pt.on, 'dd MMM')}")
        if self.status is not None and first <= self.status.toordinal() <= last:
            sx = x(self.status)
            p.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(sx, area.top()), QPointF(sx, area.bottom()))
            p.setPen(MUTED)
            p.drawText(QPointF(sx + 4, area.top() + fm.ascent()), self.tr("Status date"))
        for color, values in ((PV_COLOR, [(pt.on, pt.pv) for pt in self.points]),
                              (EV_COLOR, [(pt.on, pt.ev) for pt in self.points
                                          if pt.ev is not None]),
                              (AC_COLOR, [(pt.on, pt.ac) for pt in self.points
                                          if pt.ac is not None])):
            if len(values) < 2:
                continue
            path = QPainterPath(QPointF(x(values[0][0]), y(float(values[0][1]))))
            for d, v in values[1:]:
                path.lineTo(x(d), y(float(v)))
            p.setPen(QPen(color, 2.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        paint_legend(p, fm, self.width() - 12.0, [
            (PV_COLOR, self.tr("PV planned")), (EV_COLOR, self.tr("EV earned")),
            (AC_COLOR, self.tr("AC actual"))], "line")
        p.end()


def _short(value: float) -> str:
    """Axis money: "250k", "1.2M"."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"
