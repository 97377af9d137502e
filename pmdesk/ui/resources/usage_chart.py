"""The resource graph: one resource's load per day or week against its capacity.

Bars show hours of work assigned; the part above capacity is drawn in the warning colour,
so an over-allocated period stands out at a glance; the capacity is a step line (it drops
on weekends, holidays and vacations). Hovering a bar tells its figures.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from pmdesk.core.usage import Bucket, ResourceLoad
from pmdesk.render.palette import GOOD, MUTED, TEXT
from pmdesk.ui.axes import ChartWidget, paint_legend, paint_title, paint_value_grid, round_up
from pmdesk.ui.i18n import date_text

LOAD = QColor("#5b8fd6")
OVER = QColor("#d9534f")
CAPACITY = GOOD  # the palette's green


class UsageChart(ChartWidget):
    """Paints the histogram of one :class:`ResourceLoad` in day or week buckets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QSize(800, 260), 180,
            QCoreApplication.translate("UsageChart", "Resource usage"), parent)
        self.load: ResourceLoad | None = None
        self.period = "week"
        self.buckets: list[Bucket] = []
        self.setMouseTracking(True)

    def set_load(self, load: ResourceLoad | None, period: str | None = None) -> None:
        self.load = load
        if period is not None:
            self.period = period
        self.buckets = self._trimmed(load.buckets(self.period)) if load is not None else []
        self.update()

    @staticmethod
    def _trimmed(buckets: list[Bucket]) -> list[Bucket]:
        """Drop idle buckets at both ends, keeping one either side for context."""
        busy = [i for i, b in enumerate(buckets) if b.load > 0]
        if not busy:
            return buckets
        return buckets[max(0, busy[0] - 1): busy[-1] + 2]

    # -- geometry --------------------------------------------------------------------------

    def _frame(self) -> tuple[QRectF, float, float]:
        """Plot area, hours at its top, and the width of one bucket."""
        fm = QFontMetricsF(self.font())
        top_hours = max((max(b.load, b.capacity) for b in self.buckets), default=0) / 60
        top_hours = max(8.0, round_up(top_hours * 1.1))
        left = fm.horizontalAdvance(f"{top_hours:,.0f}h") + 14
        area = QRectF(left, fm.height() * 2.2, self.width() - left - 12,
                      self.height() - fm.height() * 4.2)
        width = area.width() / max(1, len(self.buckets))
        return area, top_hours, width

    def bucket_at(self, x: float) -> Bucket | None:
        area, _top, width = self._frame()
        if not self.buckets or not area.left() <= x < area.right():
            return None
        i = int((x - area.left()) // width)
        return self.buckets[i] if 0 <= i < len(self.buckets) else None

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetricsF(self.font())
        if self.load is None:
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.setPen(TEXT)
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Select a work resource to see its load"))
            p.end()
            return
        per = self.tr("day") if self.period == "day" else self.tr("week")
        paint_title(p, self.font(),
                    self.tr("{}: hours of work per {} against capacity").format(
                        self.load.resource.name, per))
        area, top_hours, width = self._frame()
        if area.width() < 20 or area.height() < 20:
            p.end()
            return
        paint_value_grid(p, area, top_hours, round_up(top_hours / 4), lambda h: f"{h:,.0f}h")

        def y(minutes: float) -> float:
            return area.bottom() - minutes / 60 / top_hours * area.height()

        gap = 1.0 if width > 4 else 0.0
        for i, b in enumerate(self.buckets):
            x = area.left() + i * width
            if b.load <= 0:
                continue
            within = min(b.load, b.capacity) if b.over else b.load
            p.fillRect(QRectF(x + gap, y(within), width - 2 * gap, area.bottom() - y(within)),
                       LOAD if not b.over else LOAD.lighter(115))
            if b.over:
                p.fillRect(QRectF(x + gap, y(b.load), width - 2 * gap, y(within) - y(b.load)),
                           OVER)
        pen = QPen(CAPACITY, 2)
        p.setPen(pen)
        for i, b in enumerate(self.buckets):
            x0 = area.left() + i * width
            p.drawLine(QPointF(x0, y(b.capacity)), QPointF(x0 + width, y(b.capacity)))
            if i:
                prev = self.buckets[i - 1]
                p.drawLine(QPointF(x0, y(prev.capacity)), QPointF(x0, y(b.capacity)))
        self._paint_dates(p, fm, area, width)
        paint_legend(p, fm, self.width() - 12.0,
                     [(LOAD, self.tr("Load")), (OVER, self.tr("Over-allocated")),
                      (CAPACITY, self.tr("Capacity"))], "box")
        p.end()

    def _paint_dates(self, p: QPainter, fm: QFontMetricsF, area: QRectF, width: float) -> None:
        label_w = fm.horizontalAdvance("00 Mmm") + 10
        every = max(1, int(label_w // max(width, 1.0)) + 1)
        p.setPen(MUTED)
        for i in range(0, len(self.buckets), every):
            x = area.left() + i * width
            p.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            p.drawText(QPointF(x + 2, area.bottom() + 4 + fm.ascent()),
                       f"{date_text(self.buckets[i].start, 'dd MMM')}")

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            b = self.bucket_at(e.position().x() if hasattr(e, "position") else e.pos().x())
            if b is None:
                QToolTip.hideText()
            else:
                end = b.start + timedelta(days=b.days - 1)
                when = f"{date_text(b.start, 'ddd dd MMM yyyy')}" if b.days == 1 else \
                    f"{date_text(b.start, 'dd MMM')} - {date_text(end, 'dd MMM yyyy')}"
                text = f"{when}\nLoad {b.load / 60:,.1f}h of {b.capacity / 60:,.1f}h"
                if b.over:
                    text += f"\nOver-allocated by {(b.load - b.capacity) / 60:,.1f}h"
                QToolTip.showText(e.globalPos(), text, self)
            return True
        return super().event(e)
