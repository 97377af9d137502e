"""Risk pictures painted with QPainter: the 5x5 heat map, the finish-date histogram and the
S-curve. The register view draws them on screen and the PDF export onto its pages through
the same functions, so both always show the same picture.

Nothing here knows about widgets. Each function paints into a rectangle of any QPainter
and returns what a widget needs for clicks and tooltips (cell rectangles, for instance).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from pmdesk.core.model import ProjectInfo
from pmdesk.core.montecarlo import SimulationResult
from pmdesk.core.risk import IMPACT_LABELS, PROBABILITY_LABELS, Band, band
from pmdesk.core.words import word
from pmdesk.render.palette import GRID, MUTED, TEXT
from pmdesk.render.written import date_text

# Fill colours of the bands: strong for cells with risks, pale for empty cells.
BAND_COLORS: dict[str, QColor] = {
    "low": QColor("#5cb85c"),
    "medium": QColor("#f0ad4e"),
    "high": QColor("#d9534f"),
}
BAND_PALE: dict[str, QColor] = {
    "low": QColor("#e3f2e3"),
    "medium": QColor("#fdf0dc"),
    "high": QColor("#f7dedd"),
}
_BAR = QColor("#6b9fe0")
_BAR_BORDER = QColor("#3c6fb0")
_CURVE = QColor("#2b5fa8")
_MARKERS = {"P50": QColor("#2e7d32"), "P80": QColor("#e8710a"), "P90": QColor("#c62828")}
_PLANNED = QColor("#7b4fd6")


def band_color(b: Band) -> QColor:
    return QColor(BAND_COLORS[b])


# -- heat map ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatMapLayout:
    """Where each cell was painted: ``cells[(probability, impact)]`` is its rectangle."""

    cells: dict[tuple[int, int], QRectF]

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        for key, rect in self.cells.items():
            if rect.contains(point):
                return key
        return None


def heat_map_layout(rect: QRectF, font: QFont, title: str = "") -> HeatMapLayout:
    """Where :func:`paint_heat_map` puts each cell in ``rect`` with ``font``: square cells,
    room on the left for the probability axis and below for the impact axis."""
    line = QFontMetricsF(font).height()
    top = rect.top() + (line + 4 if title else 0)
    axis_w = line * 1.3 + QFontMetricsF(font).horizontalAdvance("5") + 8
    axis_h = line * 2 + 6
    side = max(8.0, min(rect.width() - axis_w - 4, rect.bottom() - top - axis_h) / 5)
    left = rect.left() + axis_w
    cells = {
        (p, i): QRectF(left + (i - 1) * side, top + (5 - p) * side, side, side)
        for p in range(1, 6)
        for i in range(1, 6)
    }
    return HeatMapLayout(cells)


def paint_heat_map(
    painter: QPainter,
    rect: QRectF,
    grid: Sequence[Sequence[int]],
    project: ProjectInfo,
    selected: tuple[int, int] | None = None,
    title: str = "",
) -> HeatMapLayout:
    """The 5x5 probability-impact grid with a count per cell, coloured by the cell's band.

    ``grid[p - 1][i - 1]`` is the number of risks at probability p and impact i.
    Probability runs up the left side (5 at the top), impact along the bottom. Cells with
    risks are filled in their band's colour, empty cells in a pale tint of it; the
    ``selected`` cell gets a thick outline.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    base = QFont(painter.font())
    line = QFontMetricsF(base).height()
    layout = heat_map_layout(rect, base, title)
    cells = layout.cells
    if title:
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    grid_rect = cells[(5, 1)].united(cells[(1, 5)])
    side = cells[(1, 1)].width()
    count_font = QFont(base)
    count_font.setBold(True)
    count_font.setPointSizeF(max(7.0, min(side * 0.28, base.pointSizeF() * 1.6)))
    painter.setFont(count_font)
    for (p, i), cell in cells.items():
        count = grid[p - 1][i - 1]
        b = band(p * i, project)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.setBrush(BAND_COLORS[b] if count else BAND_PALE[b])
        painter.drawRect(cell.adjusted(1, 1, -1, -1))
        if count:
            painter.setPen(QColor("#ffffff") if b != "medium" else TEXT)
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(count))
    if selected is not None and selected in cells:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(TEXT, 3))
        painter.drawRect(cells[selected].adjusted(2, 2, -2, -2))
    painter.setFont(base)
    painter.setPen(MUTED)
    for p in range(1, 6):
        cell = cells[(p, 1)]
        r = QRectF(cell.left() - line * 2, cell.top(), line * 2 - 6, side)
        painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(p))
    for i in range(1, 6):
        cell = cells[(1, i)]
        painter.drawText(QRectF(cell.left(), grid_rect.bottom() + 2, side, line),
                         Qt.AlignmentFlag.AlignCenter, str(i))
    painter.drawText(QRectF(grid_rect.left(), grid_rect.bottom() + line + 4, grid_rect.width(),
                            line), Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("Charts", "Impact"))
    painter.save()
    painter.translate(rect.left() + line * 0.2, grid_rect.center().y())
    painter.rotate(-90)
    painter.drawText(QRectF(-grid_rect.height() / 2, 0, grid_rect.height(), line),
                     Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("Charts", "Probability"))
    painter.restore()
    painter.restore()
    return layout


def heat_map_cell_tooltip(probability: int, impact: int, count: int, project: ProjectInfo) -> str:
    score = probability * impact
    risks = (word("Charts", "1 risk") if count == 1
             else word("Charts", "{count} risks").format(count=count))
    level = word("Core", band(score, project).capitalize()).lower()
    return word("Charts", "Probability {probability} ({likelihood}), impact {impact} "
                          "({severity}): score {score}, {band}; {risks}").format(
        probability=probability, likelihood=word("Core", PROBABILITY_LABELS[probability]),
        impact=impact, severity=word("Core", IMPACT_LABELS[impact]), score=score,
        band=level, risks=risks)


# -- simulation charts ---------------------------------------------------------------------


def _nice_step(span: float, target: int) -> float:
    """A round axis step (1, 2, 5 x 10^k) giving about ``target`` ticks over ``span``."""
    if span <= 0:
        return 1.0
    raw = span / max(1, target)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power


def _date_label(moment: datetime) -> str:
    return date_text(moment, "dd MMM")


def _plot_area(painter: QPainter, rect: QRectF, title: str, y_label_width: float) -> QRectF:
    fm = QFontMetricsF(painter.font())
    line = fm.height()
    top = rect.top()
    if title:
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(TEXT)
        painter.drawText(QRectF(rect.left(), top, rect.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.restore()
        top += line + 6
    return QRectF(rect.left() + y_label_width, top + line * 0.5,
                  rect.width() - y_label_width - 8, rect.bottom() - top - line * 2.6)


class _DayAxis:
    """Maps working days after the project start to x, and labels them with dates."""

    def __init__(self, result: SimulationResult, area: QRectF) -> None:
        lo = min(b.low_days for b in result.histogram) if result.histogram else 0.0
        hi = max(b.high_days for b in result.histogram) if result.histogram else 1.0
        lo = min(lo, result.planned_days)
        hi = max(hi, result.planned_days)
        pad = max(0.5, (hi - lo) * 0.04)
        self.lo, self.hi = lo - pad, hi + pad
        self.area = area
        self.result = result

    def x(self, days: float) -> float:
        return self.area.left() + (days - self.lo) / (self.hi - self.lo) * self.area.width()

    def paint(self, painter: QPainter) -> None:
        """Date ticks under the plot at bin edges, whose dates the core computed on the
        project calendar; as many as fit without overlapping."""
        area = self.area
        fm = QFontMetricsF(painter.font())
        edges: dict[float, datetime] = {}
        for b in self.result.histogram:
            edges.setdefault(b.low_days, b.start)
            edges.setdefault(b.high_days, b.end)
        ordered = sorted(edges.items())
        label_w = max([fm.horizontalAdvance("00 Mmm"),
                       *(fm.horizontalAdvance(_date_label(m)) for _d, m in ordered)]) + 12
        if len(ordered) > 1:
            gap = self.x(ordered[1][0]) - self.x(ordered[0][0])
            every = max(1, math.ceil(label_w / max(gap, 1.0)))
        else:
            every = 1
        for days, moment in ordered[::every]:
            x = self.x(days)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + 4))
            painter.setPen(MUTED)
            painter.drawText(QRectF(x - label_w / 2, area.bottom() + 5, label_w, fm.height()),
                             Qt.AlignmentFlag.AlignCenter, _date_label(moment))


def paint_value_line(painter: QPainter, area: QRectF, y: float, label: str,
                     label_left: float = 0.0) -> None:
    """A grid line across the plot ``area`` at ``y``, its value labelled in the margin
    between ``label_left`` and the area, in the painter's font."""
    height = QFontMetricsF(painter.font()).height()
    painter.setPen(QPen(GRID, 1))
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
    painter.setPen(MUTED)
    painter.drawText(QRectF(label_left, y - height / 2, area.left() - label_left - 6, height),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)


def _markers(painter: QPainter, axis: _DayAxis, result: SimulationResult, area: QRectF) -> None:
    fm = QFontMetricsF(painter.font())
    marks = {name: days for name, _moment, days in result.percentiles}
    for n, (name, days) in enumerate(marks.items()):
        x = axis.x(days)
        painter.setPen(QPen(_MARKERS[name], 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
        painter.setPen(_MARKERS[name])
        painter.drawText(QPointF(x + 3, area.top() + fm.ascent() + n * fm.height()), name)
    x = axis.x(result.planned_days)
    painter.setPen(QPen(_PLANNED, 1.5, Qt.PenStyle.DotLine))
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()))
    painter.setPen(_PLANNED)
    text = word("Charts", "Plan")
    painter.drawText(QPointF(x - fm.horizontalAdvance(text) - 3, area.top() + fm.ascent()), text)


def _finish_chart(painter: QPainter, rect: QRectF, result: SimulationResult, title: str,
                  label_width: float, plot: Callable[[QRectF, _DayAxis], None]) -> None:
    """What both charts of finish dates share: the title, the plot area (nothing more when
    it is too small), the date axis and the P50/P80/P90 and plan markers over what
    ``plot`` draws."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    area = _plot_area(painter, rect, title, label_width)
    if area.width() >= 20 and area.height() >= 20:
        axis = _DayAxis(result, area)
        plot(area, axis)
        axis.paint(painter)
        _markers(painter, axis, result, area)
    painter.restore()


def paint_histogram(painter: QPainter, rect: QRectF, result: SimulationResult,
                    title: str | None = None) -> None:
    """Bars of how many runs finished in each bin of working days, with the plan's own
    finish and P50/P80/P90 marked; ``title`` above them ("Finish dates" when None)."""
    title = word("Charts", "Finish dates") if title is None else title
    highest = max((b.count for b in result.histogram), default=1) or 1
    step = max(1, int(_nice_step(highest, 4)))
    top_count = math.ceil(highest / step) * step  # the axis ends on a round count

    def plot(area: QRectF, axis: _DayAxis) -> None:
        painter.setPen(QPen(GRID, 1))
        for c in range(0, top_count + step, step):
            y = area.bottom() - c / max(top_count, 1) * area.height()
            if y < area.top() - 1:
                break
            paint_value_line(painter, area, y, str(c), rect.left())
        painter.setPen(QPen(_BAR_BORDER, 1))
        painter.setBrush(_BAR)
        for b in result.histogram:
            x0, x1 = axis.x(b.low_days), axis.x(b.high_days)
            h = b.count / top_count * area.height()
            painter.drawRect(QRectF(x0 + 0.5, area.bottom() - h, max(1.0, x1 - x0 - 1), h))

    label_width = QFontMetricsF(painter.font()).horizontalAdvance(str(top_count)) + 12
    _finish_chart(painter, rect, result, title, label_width, plot)


def paint_s_curve(painter: QPainter, rect: QRectF, result: SimulationResult,
                  title: str | None = None) -> None:
    """The cumulative share of runs finished by each date (0-100 %), with the plan's
    finish and P50/P80/P90 marked; ``title`` above them ("Chance of finishing by" when
    None)."""
    title = word("Charts", "Chance of finishing by") if title is None else title

    def plot(area: QRectF, axis: _DayAxis) -> None:
        for pct in range(0, 101, 25):
            y = area.bottom() - pct / 100 * area.height()
            paint_value_line(painter, area, y, f"{pct} %", rect.left())
        path = QPainterPath()
        path.moveTo(axis.x(axis.lo), area.bottom())
        for p in result.s_curve:
            # A step: nothing finished before this date, then the share jumps.
            x = axis.x(p.days)
            path.lineTo(x, path.currentPosition().y())
            path.lineTo(x, area.bottom() - p.probability * area.height())
        path.lineTo(axis.x(axis.hi), path.currentPosition().y())
        painter.setPen(QPen(_CURVE, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    label_width = QFontMetricsF(painter.font()).horizontalAdvance("100 %") + 12
    _finish_chart(painter, rect, result, title, label_width, plot)
