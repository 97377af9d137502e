"""The value-versus-effort chart of the backlog: every scored feature placed by its value
and its effort, the four quadrants (quick wins, big bets, fill-ins, time sinks) split at
the backlog's medians. One painting code path for the Product view, PNG and PDF."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen

from pmdesk.core.product.model import Feature, Framework
from pmdesk.core.product.scoring import MANUAL, Quadrant, placed_features, split

from .palette import GRID, MUTED, TEXT

__all__ = [
    "QUADRANT_COLORS",
    "ChartPoint",
    "chart_image",
    "chart_points",
    "paint_value_effort",
    "point_at",
]

QUADRANT_COLORS = {
    Quadrant.QUICK_WIN: QColor("#2e7d32"),
    Quadrant.BIG_BET: QColor("#1565c0"),
    Quadrant.FILL_IN: QColor("#8d6e63"),
    Quadrant.TIME_SINK: QColor("#c62828"),
}
_AXES = {
    Framework.RICE.value: ("Value: reach × impact × confidence", "Effort (person-months)"),
    Framework.ICE.value: ("Value: impact × confidence", "Effort: 11 − ease"),
    Framework.WSJF.value: ("Value: cost of delay", "Effort: job size"),
}
_LABELLED = 12  # the top-ranked features are named on the chart
_OUTLINED = 600  # up to this many features, each dot is drawn outlined


@dataclass(frozen=True, slots=True)
class ChartPoint:
    uid: str
    title: str
    value: float
    effort: float
    quadrant: Quadrant
    rank: int


@dataclass(frozen=True, slots=True)
class _Chart:
    points: tuple[ChartPoint, ...]
    mid_value: float
    mid_effort: float
    framework: str


def chart_points(features: Sequence[Feature], framework: str,
                 ranks: dict[str, int] | None = None) -> _Chart:
    """The placed features of a backlog in ``framework``'s terms."""
    fw = Framework.RICE.value if framework == MANUAL else framework
    positions = placed_features(features, fw)
    placed, mid_value, mid_effort = split(positions)
    ranks = ranks or {}
    points = []
    for f in features:
        where = placed.get(f.uid)
        if where is None:
            continue
        value, effort = positions[f.uid]
        points.append(ChartPoint(f.uid, f.title, value, effort, where, ranks.get(f.uid, 0)))
    return _Chart(tuple(points), mid_value, mid_effort, fw)


class _Axis:
    """A value range mapped to pixels; logarithmic when the values span two decades."""

    def __init__(self, values: Sequence[float], low_px: float, high_px: float) -> None:
        positive = [v for v in values if v > 0]
        self.log = bool(positive) and len(positive) == len(values) and \
            max(positive) / min(positive) > 100
        if self.log:
            self.lo = math.log10(min(positive)) - 0.1
            self.hi = math.log10(max(positive)) + 0.1
        else:
            self.lo = min(0.0, min(values, default=0.0))
            self.hi = max(values, default=1.0) * 1.08 or 1.0
        self.low_px, self.high_px = low_px, high_px

    def __call__(self, value: float) -> float:
        v = math.log10(value) if self.log else value
        span = (self.hi - self.lo) or 1.0
        return self.low_px + (v - self.lo) / span * (self.high_px - self.low_px)


def paint_value_effort(painter: QPainter, rect: QRectF, chart: _Chart,
                       selected: str | None = None) -> dict[str, QPointF]:
    """Paint the chart into ``rect``; where each feature's dot is (for hit tests)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    metrics_h = painter.fontMetrics().height()
    value_label, effort_label = _AXES.get(chart.framework, _AXES["rice"])
    area = QRectF(rect.left() + metrics_h * 2 + 6, rect.top() + metrics_h + 8,
                  rect.width() - metrics_h * 2 - 18, rect.height() - metrics_h * 3 - 16)
    painter.setPen(QPen(GRID, 1))
    painter.drawRect(area)
    out: dict[str, QPointF] = {}
    if not chart.points:
        painter.setPen(MUTED)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                         "No scored features yet: give features their score inputs\n"
                         "to place them on the chart.")
        painter.restore()
        return out
    x = _Axis([p.effort for p in chart.points], area.left() + 8, area.right() - 8)
    y = _Axis([p.value for p in chart.points], area.bottom() - 8, area.top() + 8)
    mx, my = x(chart.mid_effort), y(chart.mid_value)
    painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(mx, area.top()), QPointF(mx, area.bottom()))
    painter.drawLine(QPointF(area.left(), my), QPointF(area.right(), my))
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    corners = (
        (Quadrant.QUICK_WIN, QRectF(area.left() + 6, area.top() + 4, mx - area.left() - 12,
                                    metrics_h), Qt.AlignmentFlag.AlignLeft),
        (Quadrant.BIG_BET, QRectF(mx + 6, area.top() + 4, area.right() - mx - 12, metrics_h),
         Qt.AlignmentFlag.AlignRight),
        (Quadrant.FILL_IN, QRectF(area.left() + 6, area.bottom() - metrics_h - 4,
                                  mx - area.left() - 12, metrics_h), Qt.AlignmentFlag.AlignLeft),
        (Quadrant.TIME_SINK, QRectF(mx + 6, area.bottom() - metrics_h - 4,
                                    area.right() - mx - 12, metrics_h),
         Qt.AlignmentFlag.AlignRight),
    )
    for quadrant, box, align in corners:
        painter.setPen(QUADRANT_COLORS[quadrant])
        painter.drawText(box, align | Qt.AlignmentFlag.AlignVCenter,
                         quadrant.value.capitalize() + "s")
    painter.setFont(font)
    painter.setPen(MUTED)
    painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), metrics_h),
                     Qt.AlignmentFlag.AlignCenter,
                     effort_label + ("  (log scale)" if x.log else "") + "  →")
    painter.save()
    painter.translate(rect.left() + metrics_h, area.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-area.height() / 2, -metrics_h, area.height(), metrics_h * 1.5),
                     Qt.AlignmentFlag.AlignCenter,
                     value_label + ("  (log scale)" if y.log else "") + "  →")
    painter.restore()
    painter.setPen(MUTED)
    for value in (chart.mid_value,):
        painter.drawText(QRectF(area.left() + 4, y(value) - metrics_h - 1, 120, metrics_h),
                         Qt.AlignmentFlag.AlignLeft, _number(value))
    for effort in (chart.mid_effort,):
        painter.drawText(QRectF(x(effort) + 3, area.bottom() - metrics_h * 2 - 6, 80,
                                metrics_h), Qt.AlignmentFlag.AlignLeft, _number(effort))
    labelled = heapq.nsmallest(_LABELLED, (p for p in chart.points if p.rank),
                               key=lambda p: p.rank)
    named = {p.uid for p in labelled}
    taken: list[QRectF] = []
    dots: dict[str, QPointF] = {p.uid: QPointF(x(p.effort), y(p.value)) for p in chart.points}
    for p in sorted((p for p in chart.points if p.uid in named or p.uid == selected),
                    key=lambda p: (p.uid != selected, p.rank or 10**9)):
        at = dots[p.uid]
        label = f"{p.rank}. {p.title}" if p.rank else p.title
        width = painter.fontMetrics().horizontalAdvance(label)
        for left in (at.x() + 8, at.x() - 8 - width):
            box = QRectF(left, at.y() - metrics_h / 2, width, metrics_h)
            if box.left() >= area.left() and box.right() <= area.right() and \
                    not any(box.intersects(t) for t in taken):
                taken.append(box)
                painter.setPen(TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
                break
    chosen = next((p for p in chart.points if p.uid == selected), None)
    out.update(dots)
    if len(chart.points) <= _OUTLINED:
        pens = {q: QPen(c.darker(130), 1) for q, c in QUADRANT_COLORS.items()}
        brushes = {(q, strong): QBrush(_alpha(c, 230 if strong else 150))
                   for q, c in QUADRANT_COLORS.items() for strong in (False, True)}
        for p in chart.points:
            if p is chosen:
                continue
            painter.setPen(pens[p.quadrant])
            painter.setBrush(brushes[p.quadrant, p.uid in named])
            painter.drawEllipse(dots[p.uid], 4.5, 4.5)
    else:
        # Thousands of features: each quadrant's dots in one call, as round pen points.
        groups: dict[Quadrant, list[QPointF]] = {q: [] for q in QUADRANT_COLORS}
        for p in chart.points:
            if p is not chosen:
                groups[p.quadrant].append(dots[p.uid])
        for quadrant, where in groups.items():
            pen = QPen(_alpha(QUADRANT_COLORS[quadrant], 170), 7, Qt.PenStyle.SolidLine,
                       Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawPoints(where)
    brushes_top = QBrush(_alpha(QUADRANT_COLORS[chosen.quadrant], 230)) if chosen else None
    if chosen is not None and brushes_top is not None:  # on top of the others
        painter.setPen(QPen(TEXT, 1.5))
        painter.setBrush(brushes_top)
        painter.drawEllipse(dots[chosen.uid], 6.0, 6.0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(MUTED)
    painter.drawText(QRectF(rect.left(), rect.top() + 2, rect.width(), metrics_h),
                     Qt.AlignmentFlag.AlignCenter,
                     f"Value versus effort ({chart.framework.upper()}), "
                     f"{len(chart.points)} scored features; lines at the medians")
    painter.restore()
    return out


def _alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _number(value: float) -> str:
    return f"median {value:,.0f}" if abs(value) >= 100 else f"median {value:.3g}"


def point_at(points: dict[str, QPointF], where: QPointF, reach: float = 8.0) -> str | None:
    """The feature whose dot is nearest ``where`` within ``reach`` pixels."""
    best, best_d = None, reach * reach
    for uid, at in points.items():
        d = (at.x() - where.x()) ** 2 + (at.y() - where.y()) ** 2
        if d <= best_d:
            best, best_d = uid, d
    return best


def chart_image(chart: _Chart, width: int = 900, height: int = 600) -> QImage:
    """The chart as an image (for PNG export and the README)."""
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    try:
        paint_value_effort(painter, QRectF(0, 0, width, height), chart)
    finally:
        painter.end()
    return image
