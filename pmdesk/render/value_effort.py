"""The value-versus-effort chart of the backlog: every scored feature placed by its value
and its effort, the four quadrants (quick wins, big bets, fill-ins, time sinks) split at
the backlog's medians. One painting code path for the Product view, PNG and PDF."""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPdfWriter,
    QPen,
)

from pmdesk.core.product.model import Feature, Framework
from pmdesk.core.product.scoring import MANUAL, Quadrant, placed_features, split
from pmdesk.core.words import word

from .palette import GRID, MUTED, TEXT
from .written import figure

__all__ = [
    "QUADRANT_COLORS",
    "ChartPoint",
    "chart_image",
    "chart_points",
    "paint_value_effort",
    "point_at",
    "write_chart",
]

QUADRANT_COLORS = {
    Quadrant.QUICK_WIN: QColor("#2e7d32"),
    Quadrant.BIG_BET: QColor("#1565c0"),
    Quadrant.FILL_IN: QColor("#8d6e63"),
    Quadrant.TIME_SINK: QColor("#c62828"),
}
# The chart's words, in the window's language where it shows (context "ValueEffortChart").
_T = "ValueEffortChart"
_AXES = {
    Framework.RICE.value: (
        str(QT_TRANSLATE_NOOP("ValueEffortChart", "Value: reach × impact × confidence")),
        str(QT_TRANSLATE_NOOP("ValueEffortChart", "Effort (person-months)"))),
    Framework.ICE.value: (str(QT_TRANSLATE_NOOP("ValueEffortChart", "Value: impact × confidence")),
                          str(QT_TRANSLATE_NOOP("ValueEffortChart", "Effort: 11 − ease"))),
    Framework.WSJF.value: (str(QT_TRANSLATE_NOOP("ValueEffortChart", "Value: cost of delay")),
                           str(QT_TRANSLATE_NOOP("ValueEffortChart", "Effort: job size"))),
}
_QUADRANTS = {
    Quadrant.QUICK_WIN: str(QT_TRANSLATE_NOOP("ValueEffortChart", "Quick wins")),
    Quadrant.BIG_BET: str(QT_TRANSLATE_NOOP("ValueEffortChart", "Big bets")),
    Quadrant.FILL_IN: str(QT_TRANSLATE_NOOP("ValueEffortChart", "Fill-ins")),
    Quadrant.TIME_SINK: str(QT_TRANSLATE_NOOP("ValueEffortChart", "Time sinks")),
}
_LABELLED = 12  # the top-ranked features are named on the chart
_OUTLINED = 600  # up to this many features, each dot is drawn outlined


class ChartPoint(NamedTuple):
    """A feature on the chart (a named tuple: thousands are placed after every edit)."""

    uid: str
    title: str
    value: float
    effort: float
    quadrant: Quadrant
    rank: int


@dataclass(frozen=True, slots=True)
class _Chart:
    """The value/effort chart's points and the middle lines that part its quadrants."""

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
    make = tuple.__new__
    points = tuple(make(ChartPoint, (uid, f.title, *positions[uid], placed[uid],
                                     ranks.get(uid, 0)))
                   for f in features if (uid := f.uid) in positions)
    return _Chart(points, mid_value, mid_effort, fw)


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
        self.low_px = low_px
        self.scale = (high_px - low_px) / ((self.hi - self.lo) or 1.0)

    def __call__(self, value: float) -> float:
        v = math.log10(value) if self.log else value
        return self.low_px + (v - self.lo) * self.scale

    def many(self, values: Sequence[float]) -> list[float]:
        """Pixels of many values at once (thousands of dots on every repaint)."""
        lo, scale, base = self.lo, self.scale, self.low_px
        if self.log:
            log10 = math.log10
            return [base + (log10(v) - lo) * scale for v in values]
        return [base + (v - lo) * scale for v in values]


class Dots(Mapping[str, QPointF]):
    """Where each feature's dot is, for hit tests; its points are made on first use (a
    mouse over the chart), not on every repaint."""

    def __init__(self, uids: Sequence[str] = (), xs: Sequence[float] = (),
                 ys: Sequence[float] = ()) -> None:
        self._uids, self._xs, self._ys = uids, xs, ys
        self._made: dict[str, QPointF] | None = None

    @property
    def xs(self) -> Sequence[float]:
        return self._xs

    @property
    def ys(self) -> Sequence[float]:
        return self._ys

    def at(self, n: int) -> QPointF:
        """The dot of the ``n``-th point of the chart."""
        return QPointF(self._xs[n], self._ys[n])

    def _points(self) -> dict[str, QPointF]:
        if self._made is None:
            self._made = {u: QPointF(x, y)
                          for u, x, y in zip(self._uids, self._xs, self._ys, strict=True)}
        return self._made

    def __getitem__(self, uid: str) -> QPointF:
        return self._points()[uid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._points())

    def __len__(self) -> int:
        return len(self._uids)


class _Frame(NamedTuple):
    """Where the chart's parts go: the plot area and the text height."""

    rect: QRectF
    area: QRectF
    line: float
    font: QFont


def paint_value_effort(painter: QPainter, rect: QRectF, chart: _Chart,
                       selected: str | None = None) -> Dots:
    """Paint the chart into ``rect``; where each feature's dot is (for hit tests)."""
    painter.save()
    try:
        frame = _frame(painter, rect)
        if not chart.points:
            painter.setPen(MUTED)
            painter.drawText(frame.area, Qt.AlignmentFlag.AlignCenter,
                             word("ValueEffortChart",
                                  "No scored features yet: give features their score inputs\n"
                                  "to place them on the chart."))
            return Dots()
        points = chart.points
        x = _Axis([p.effort for p in points], frame.area.left() + 8, frame.area.right() - 8)
        y = _Axis([p.value for p in points], frame.area.bottom() - 8, frame.area.top() + 8)
        dots = Dots([p.uid for p in points], x.many([p.effort for p in points]),
                    y.many([p.value for p in points]))
        texts = _paint_axes(painter, frame, chart, x, y, dots)
        named, labels = _place_labels(painter, frame, chart, dots, selected, texts)
        backing = QColor(255, 255, 255, 210)  # names stay legible over the median lines
        painter.setPen(TEXT)
        for box, label in labels:
            painter.fillRect(box, backing)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, label)
        _paint_dots(painter, chart, dots, named, selected)  # no name ever hides a feature
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(MUTED)
        title = QCoreApplication.translate(
            "ValueEffortChart", "Value versus effort ({}), {} scored features; lines at the "
            "medians").format(chart.framework.upper(), len(points))
        painter.drawText(QRectF(rect.left(), rect.top() + 2, rect.width(), frame.line),
                         Qt.AlignmentFlag.AlignCenter, painter.fontMetrics().elidedText(
                             title, Qt.TextElideMode.ElideRight, int(rect.width()) - 4))
        return dots
    finally:
        painter.restore()


def _frame(painter: QPainter, rect: QRectF) -> _Frame:
    """The white page and the plot area's frame."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("#ffffff"))
    font = QFont(painter.font())
    font.setPointSizeF(8.5)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    area = QRectF(rect.left() + line * 2 + 6, rect.top() + line + 8,
                  rect.width() - line * 2 - 18, rect.height() - line * 3 - 16)
    painter.setPen(QPen(GRID, 1))
    painter.drawRect(area)
    return _Frame(rect, area, line, font)


def _paint_axes(painter: QPainter, frame: _Frame, chart: _Chart, x: _Axis,
                y: _Axis, dots: Dots) -> list[QRectF]:
    """The median lines, the quadrants' names, the axis titles and the medians; where the
    texts inside the plot area went, so that the features' names keep clear of them."""
    area, line = frame.area, frame.line
    mx, my = x(chart.mid_effort), y(chart.mid_value)
    painter.setPen(QPen(MUTED, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(mx, area.top()), QPointF(mx, area.bottom()))
    painter.drawLine(QPointF(area.left(), my), QPointF(area.right(), my))
    bold = QFont(frame.font)
    bold.setBold(True)
    painter.setFont(bold)
    texts = _paint_quadrant_names(painter, area, QPointF(mx, my), line, dots,
                                  len(chart.points) <= _OUTLINED)
    painter.setFont(frame.font)
    painter.setPen(MUTED)
    value_label, effort_label = (QCoreApplication.translate(_T, w)
                                 for w in _AXES.get(chart.framework, _AXES["rice"]))
    log = "  " + word("ValueEffortChart", "(log scale)")
    painter.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), line),
                     Qt.AlignmentFlag.AlignCenter, painter.fontMetrics().elidedText(
                         effort_label + (log if x.log else "") + "  →",
                         Qt.TextElideMode.ElideMiddle, int(area.width())))
    painter.save()
    painter.translate(frame.rect.left() + line, area.center().y())
    painter.rotate(-90)
    title = value_label + (log if y.log else "") + "  →"
    if painter.fontMetrics().horizontalAdvance(title) <= area.height():
        painter.drawText(QRectF(-area.height() / 2, -line, area.height(), line * 1.5),
                         Qt.AlignmentFlag.AlignCenter, title)
    else:  # longer than the side (German): on two lines, in the margin's whole width
        painter.drawText(QRectF(-area.height() / 2, -line, area.height(), line * 2 + 4),
                         Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, title)
    painter.restore()
    for box, median in ((QRectF(area.left() + 4, my - line - 1, 120, line), chart.mid_value),
                        (QRectF(mx + 3, area.bottom() - line * 2 - 6, 80, line),
                         chart.mid_effort)):
        text = _number(median)
        used = painter.boundingRect(box, Qt.AlignmentFlag.AlignLeft, text)
        painter.fillRect(used, QColor("#ffffff"))  # the other median's line passes behind
        texts.append(painter.drawText(box, Qt.AlignmentFlag.AlignLeft, text))
    return texts


def _paint_quadrant_names(painter: QPainter, area: QRectF, mid: QPointF, line: float,
                          dots: Dots, avoid: bool) -> list[QRectF]:
    """Each quadrant's name in its outer corner, or (``avoid``: on charts of up to a few
    hundred features) in the corner of the quadrant with the fewest dots under it, as
    features crowd the quick wins' corner; where the names went."""
    texts: list[QRectF] = []
    fm = painter.fontMetrics()
    # Each side of a quadrant: where its edge is and which way a name there reaches in.
    left, right = (area.left() + 6, 1), (area.right() - 6, -1)
    top, bottom = (area.top() + 4, 1), (area.bottom() - 4, -1)
    mid_left, mid_right = (mid.x() - 6, -1), (mid.x() + 6, 1)
    mid_top, mid_bottom = (mid.y() - 4, -1), (mid.y() + 4, 1)
    for quadrant, sides_x, sides_y in (
        (Quadrant.QUICK_WIN, (left, mid_left), (top, mid_top)),
        (Quadrant.BIG_BET, (right, mid_right), (top, mid_top)),
        (Quadrant.FILL_IN, (left, mid_left), (bottom, mid_bottom)),
        (Quadrant.TIME_SINK, (right, mid_right), (bottom, mid_bottom)),
    ):
        name = QCoreApplication.translate(_T, _QUADRANTS[quadrant])
        width = min(float(fm.horizontalAdvance(name)), area.width() - 12)
        boxes = [QRectF(x if reach_x > 0 else x - width, y if reach_y > 0 else y - line,
                        width, line)
                 for (x, reach_x) in sides_x for (y, reach_y) in sides_y]
        box = boxes[0]  # the outer corner
        if avoid:  # else the corner with the fewest dots under it, the outer one first
            box = min((b for b in boxes if area.contains(b)), default=box,
                      key=lambda b: _dots_under(b, dots))
        painter.setPen(QUADRANT_COLORS[quadrant])
        texts.append(painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, fm.elidedText(
            name, Qt.TextElideMode.ElideRight, int(box.width()) + 1)))
    return texts


def _place_labels(painter: QPainter, frame: _Frame, chart: _Chart, dots: Dots,
                  selected: str | None, texts: Sequence[QRectF] = ()
                  ) -> tuple[set[str], list[tuple[QRectF, str]]]:
    """Where to name the top-ranked features (and the selected one): beside the dot, else
    above or below it, never over another name, a median or a quadrant's name, and clear
    of other dots where a place is (on charts of up to a few hundred features); the uids
    named and each name's box."""
    ranked = ((p.rank, n) for n, p in enumerate(chart.points) if p.rank)
    top = [n for _r, n in heapq.nsmallest(_LABELLED, ranked)]
    named = {chart.points[n].uid for n in top}
    chosen = [n for n, p in enumerate(chart.points) if p.uid == selected and p.uid not in named]
    taken: list[QRectF] = [t.adjusted(-2, -1, 2, 1) for t in texts]
    area, line = frame.area, frame.line
    few = len(chart.points) <= _OUTLINED
    labels: list[tuple[QRectF, str]] = []
    for n in sorted([*top, *chosen], key=lambda n: (chart.points[n].uid != selected,
                                                    chart.points[n].rank or 10**9)):
        p = chart.points[n]
        at = dots.at(n)
        label = f"{p.rank}. {p.title}" if p.rank else p.title
        width = painter.fontMetrics().horizontalAdvance(label)
        free = [box for dx, dy in ((8, 0), (-8 - width, 0), (4, -line), (4, line),
                                   (-4 - width, -line), (-4 - width, line))
                if area.contains(box := QRectF(at.x() + dx, at.y() - line / 2 + dy,
                                               width, line))
                and not any(box.intersects(t) for t in taken)]
        clear = [box for box in free if few and not _covers_dot(box, dots, n)]
        if free:
            box = (clear or free)[0]
            taken.append(box)
            labels.append((box, label))
    return named, labels


def _dots_in(box: QRectF, dots: Dots) -> Iterator[int]:
    """The numbers of the dots ``box`` lies over, any part of a dot counting."""
    left, right = box.left() - 4.5, box.right() + 4.5
    top, bottom = box.top() - 4.5, box.bottom() + 4.5
    return (n for n, (x, y) in enumerate(zip(dots.xs, dots.ys, strict=True))
            if left < x < right and top < y < bottom)


def _dots_under(box: QRectF, dots: Dots) -> int:
    """How many dots lie under ``box``."""
    return sum(1 for _n in _dots_in(box, dots))


def _covers_dot(box: QRectF, dots: Dots, own: int) -> bool:
    """Whether ``box`` lies over a dot other than the ``own``-th."""
    return any(n != own for n in _dots_in(box, dots))


def _paint_dots(painter: QPainter, chart: _Chart, dots: Dots, named: set[str],
                selected: str | None) -> None:
    """A dot per feature in its quadrant's colour, the selected one last and largest."""
    chosen = next((n for n, p in enumerate(chart.points) if p.uid == selected), None)
    if len(chart.points) <= _OUTLINED:
        pens = {q: QPen(c.darker(130), 1) for q, c in QUADRANT_COLORS.items()}
        brushes = {(q, strong): QBrush(_alpha(c, 230 if strong else 150))
                   for q, c in QUADRANT_COLORS.items() for strong in (False, True)}
        for n, p in enumerate(chart.points):
            if n != chosen:
                painter.setPen(pens[p.quadrant])
                painter.setBrush(brushes[p.quadrant, p.uid in named])
                painter.drawEllipse(dots.at(n), 4.5, 4.5)
    else:
        _paint_many_dots(painter, chart, dots, chosen)
    if chosen is not None:  # on top of the others
        painter.setPen(QPen(TEXT, 1.5))
        painter.setBrush(QBrush(_alpha(QUADRANT_COLORS[chart.points[chosen].quadrant], 230)))
        painter.drawEllipse(dots.at(chosen), 6.0, 6.0)


def _paint_many_dots(painter: QPainter, chart: _Chart, dots: Dots, chosen: int | None) -> None:
    """Thousands of features: round dots of each quadrant's colour, stamped from one small
    image on screen and in PNG; drawn as round pen points in one call per quadrant on
    other devices (PDF), where they stay vectors."""
    groups: dict[Quadrant, list[int]] = {q: [] for q in QUADRANT_COLORS}
    for n, p in enumerate(chart.points):
        if n != chosen:
            groups[p.quadrant].append(n)
    engine = painter.paintEngine()
    stamp = engine is not None and engine.type() == QPaintEngine.Type.Raster \
        and painter.transform().isIdentity()
    xs, ys = dots.xs, dots.ys
    for quadrant, members in groups.items():
        color = _alpha(QUADRANT_COLORS[quadrant], 170)
        if stamp:
            image = _dot_image(color)
            draw = painter.drawImage
            for n in members:
                draw(int(xs[n]) - _DOT_R, int(ys[n]) - _DOT_R, image)
        else:
            painter.setPen(QPen(color, 2 * _DOT_R - 1, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap))
            painter.drawPoints([QPointF(xs[n], ys[n]) for n in members])


_DOT_R = 4  # a dot of 7 pixels across, in a stamp of 9


def _dot_image(color: QColor) -> QImage:
    key = color.rgba()
    image = _DOT_IMAGES.get(key)
    if image is None:
        size = 2 * _DOT_R + 1
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        p = QPainter(image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawEllipse(QPointF(_DOT_R + 0.5, _DOT_R + 0.5), _DOT_R - 0.5, _DOT_R - 0.5)
        p.end()
        image = _DOT_IMAGES.setdefault(key, image)
    return image


_DOT_IMAGES: dict[int, QImage] = {}


def _alpha(color: QColor, alpha: int) -> QColor:
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def _number(value: float) -> str:
    """A median's label, its figure as the window's language writes it ("median 6.200")."""
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return QCoreApplication.translate("ValueEffortChart", "median {}").format(figure(text))


def point_at(points: Mapping[str, QPointF], where: QPointF, reach: float = 8.0) -> str | None:
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


def write_chart(path: Path, chart: _Chart) -> None:
    """The chart as a PNG image or an A4 landscape PDF page (by ``path``'s suffix), painted
    as on screen, written safely (a temporary file renamed over ``path``). Raises OSError
    when it cannot be written."""
    from pmdesk.fileio import write_atomically, write_via
    from pmdesk.render.export import png_bytes

    if path.suffix.lower() != ".pdf":
        write_atomically(path, png_bytes(chart_image(chart)))
        return

    def fill(tmp: Path) -> None:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(96)
        painter = QPainter(writer)
        try:
            paint_value_effort(painter, painter.viewport().toRectF(), chart)
        finally:
            painter.end()

    write_via(path, fill)
