"""The value-versus-effort chart on screen: the same painting as PNG and PDF
(:mod:`pmdesk.render.value_effort`); clicking a dot selects its feature.

After an edit the chart is placed again once the event loop is idle: the backlog's table
shows the re-ranked feature first, the chart follows a moment later, a burst of edits
places it once and a hidden chart not at all."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from pmdesk.render.value_effort import chart_points, paint_value_effort, point_at

__all__ = ["ValueEffortChart"]


class ValueEffortChart(QWidget):
    featureClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueEffortChart")
        self.setMouseTracking(True)
        self._chart = chart_points((), "rice")
        self._dots: Mapping[str, QPointF] = {}
        self.selected: str | None = None
        self._titles: dict[str, str] = {}
        self._backlog = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._placed_when_idle)

    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def set_backlog(self, backlog) -> None:
        """Place ``backlog``'s features when the event loop is next idle."""
        self._backlog = backlog
        self._idle.start()

    def _placed_when_idle(self) -> None:
        if self.isVisible():
            self.update()  # placed when painted

    def _place(self) -> None:
        backlog, self._backlog = self._backlog, None
        if backlog is None:
            return
        ranks = {uid: r.rank for uid, r in backlog.ranks.items()}
        self._chart = chart_points(backlog.plan.features, backlog.framework, ranks)
        self._titles = {}

    def chart(self):
        """What the chart shows now (placed at once if an edit is still pending)."""
        self._place()
        return self._chart

    def set_selected(self, uid: str | None) -> None:
        if uid != self.selected:
            self.selected = uid
            self.update()

    def placed(self) -> set[str]:
        return {p.uid for p in self.chart().points}

    def dot(self, uid: str) -> QPointF | None:
        return self._dots.get(uid)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._dots = paint_value_effort(painter, QRectF(self.rect()), self.chart(),
                                            self.selected)
        finally:
            painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        uid = point_at(self._dots, event.position())
        if uid is not None:
            self.featureClicked.emit(uid)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        uid = point_at(self._dots, event.position())
        if uid is not None:
            if not self._titles:
                self._titles = {p.uid: f"{p.rank}. {p.title} ({p.quadrant.value})"
                                for p in self._chart.points}
            QToolTip.showText(event.globalPosition().toPoint(), self._titles.get(uid, ""), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)
