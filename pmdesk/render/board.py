"""Board and flow pictures painted with QPainter: cards, column and lane headers, the
cumulative flow diagram and the weekly throughput bars.

The board view paints on screen and a PDF page can paint on paper through the same
functions. Each function paints into a rectangle of any QPainter and keeps no state.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from pmdesk.core.board import Card, priority_band
from pmdesk.core.flow import CumulativeFlow
from pmdesk.core.words import word
from pmdesk.render.charts import BAND_COLORS
from pmdesk.render.palette import font_variants
from pmdesk.render.written import date_text

BACKGROUND = QColor("#f4f5f7")
COLUMN_FILL = QColor("#ebecf0")
CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#d5d9e0")
SELECTED = QColor("#0c66e4")
TEXT = QColor("#172b4d")
MUTED = QColor("#5e6c84")
WARNING_FILL = QColor("#ffe2dc")
WARNING_TEXT = QColor("#ae2a19")
FULL_TEXT = QColor("#a54800")
BLOCKED = QColor("#c9372c")
TAG_FILL = QColor("#e9f2ff")
TAG_TEXT = QColor("#0055cc")
PROGRESS_TRACK = QColor("#e4e6ea")
PROGRESS = QColor("#1d7afc")
PROGRESS_DONE = QColor("#22a06b")
LANE_FILL = QColor("#dfe3ea")
DROP = QColor("#0c66e4")
PRIORITY_COLORS = {"high": QColor("#c9372c"), "medium": QColor("#cf9f02"),
                   "low": QColor("#8590a2")}
# A priority band's word, in the window's language through the "Core" context.
PRIORITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}
# Stacked areas of the cumulative flow diagram, first column on top.
FLOW_COLORS = ("#9fadbc", "#85b8ff", "#579dff", "#9f8fef", "#4bce97", "#f5cd47", "#fea362")
_AVATAR_COLORS = ("#1d7afc", "#6e5dc6", "#22a06b", "#d97008", "#c9372c", "#0b7d8a", "#8f7ee7")


@dataclass(frozen=True, slots=True)
class CardLook:
    """Everything a card paints beyond its :class:`Card`."""

    finish: datetime | None
    risk_band: str | None = None
    selected: bool = False
    ghost: bool = False


def avatar_color(initials: str) -> QColor:
    return QColor(_AVATAR_COLORS[zlib.crc32(initials.encode()) % len(_AVATAR_COLORS)])


class BoardPainter:
    """Paints the parts of a board in one font, sized from it."""

    def __init__(self, font: QFont | None = None) -> None:
        self.font, self.bold, self.small = font_variants(font, 6.5)
        self.small_bold = QFont(self.small)
        self.small_bold.setBold(True)
        self.tiny = QFont(self.small_bold)
        self.tiny.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.7))
        self.metrics = QFontMetricsF(self.font)
        self.small_metrics = QFontMetricsF(self.small)
        line = self.metrics.height()
        small = self.small_metrics.height()
        self.pad = 8.0
        # name (two lines), meta row, tags row, progress bar
        self.card_height = round(self.pad * 2 + line * 2 + 6 + small + 6 + small + 4 + 8 + 4)
        self.header_height = round(line + small + 20)
        self.lane_height = round(line + 12)

    # -- cards -----------------------------------------------------------------------------

    def card(self, p: QPainter, rect: QRectF, card: Card, look: CardLook) -> None:
        """One card: its frame, name, meta row, tags and progress bar, painted in that order
        (each part leaves the painter's font and pens as the next expects)."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._card_frame(p, rect, card, look)
        pad = self.pad
        inner = rect.adjusted(pad + (2 if card.blocked else 0), pad, -pad, -pad)
        marker_w = 0.0
        if look.risk_band is not None:
            marker_w = 14.0
            self._risk_marker(p, QPointF(inner.right() - 6, inner.top() + 7), look.risk_band)
        # Name: up to two lines, elided.
        p.setFont(self.font)
        p.setPen(TEXT)
        line = self.metrics.height()
        name_rect = QRectF(inner.left(), inner.top(), inner.width() - marker_w, line * 2)
        self._two_lines(p, name_rect, card.task.name)
        y = inner.top() + line * 2 + 6
        self._meta_row(p, inner, y, card, look)
        y += self.small_metrics.height() + 6
        self._tag_chips(p, inner, y, card.task.tags)
        self._progress_bar(p, inner, card.task.percent_complete)
        p.restore()

    def _card_frame(self, p: QPainter, rect: QRectF, card: Card, look: CardLook) -> None:
        """The rounded card with its shadow, selection border and blocked stripe."""
        if look.ghost:
            p.setOpacity(0.85)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        if not look.ghost:
            p.fillPath(path.translated(0, 1), QColor(9, 30, 66, 40))
        p.fillPath(path, CARD_FILL)
        if look.selected:
            p.setPen(QPen(SELECTED, 2))
        else:
            p.setPen(QPen(CARD_BORDER, 1))
        p.drawPath(path)
        if card.blocked:
            p.save()
            p.setClipPath(path)
            p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), BLOCKED)
            p.restore()

    def _meta_row(self, p: QPainter, inner: QRectF, y: float, card: Card,
                  look: CardLook) -> None:
        """Avatars, finish date, priority and blocked, left to right."""
        task = card.task
        small_h = self.small_metrics.height()
        x = inner.left()
        p.setFont(self.small_bold)
        d = small_h + 6
        for n, initials in enumerate(card.initials[:3]):
            circle = QRectF(x + n * (d - 5), y - 3, d, d)
            p.setPen(QPen(CARD_FILL, 1.5))
            p.setBrush(avatar_color(initials))
            p.drawEllipse(circle)
            p.setFont(self.tiny)
            p.setPen(QColor("white"))
            p.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials[:2])
        if card.initials:
            x += d + (min(len(card.initials), 3) - 1) * (d - 5) + 8
        p.setFont(self.small)
        if look.finish is not None:
            p.setPen(MUTED)
            text = date_text(look.finish, "dd MMM")
            if task.percent_complete < 100 and look.finish.date() < date.today():
                p.setPen(BLOCKED)
            w = self.small_metrics.horizontalAdvance(text)
            p.drawText(QRectF(x, y, w + 2, small_h), Qt.AlignmentFlag.AlignVCenter, text)
            x += w + 10
        band = priority_band(task.priority)
        if band != "medium":
            label = word("Core", PRIORITY_LABELS[band])
            w = self.small_metrics.horizontalAdvance(label)
            self._priority(p, QRectF(x, y, max(60.0, w + 16), small_h), band, label)
            x += w + 22
        if card.blocked:
            p.setFont(self.small_bold)
            p.setPen(BLOCKED)
            p.drawText(QRectF(x, y, max(0.0, inner.right() - x), small_h),
                       Qt.AlignmentFlag.AlignVCenter, word("Board", "Blocked"))

    def _tag_chips(self, p: QPainter, inner: QRectF, y: float, tags: Sequence[str]) -> None:
        """Tags as chips, as many as fit; leaves the small font set."""
        small_h = self.small_metrics.height()
        x = inner.left()
        p.setFont(self.small)
        for tag in tags:
            w = self.small_metrics.horizontalAdvance(tag) + 12
            if x + w > inner.right():
                break
            chip = QRectF(x, y, w, small_h + 2)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(TAG_FILL)
            p.drawRoundedRect(chip, (small_h + 2) / 2, (small_h + 2) / 2)
            p.setPen(TAG_TEXT)
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, tag)
            x += w + 4

    def _progress_bar(self, p: QPainter, inner: QRectF, percent_complete: int) -> None:
        """The progress bar along the bottom, and its percentage in the current font."""
        small_h = self.small_metrics.height()
        bar = QRectF(inner.left(), inner.bottom() - 4, inner.width() - 34, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(PROGRESS_TRACK)
        p.drawRoundedRect(bar, 2, 2)
        percent = max(0, min(100, percent_complete))
        if percent:
            p.setBrush(PROGRESS_DONE if percent == 100 else PROGRESS)
            p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * percent / 100, 4), 2, 2)
        p.setPen(MUTED)
        p.drawText(QRectF(bar.right() + 4, bar.center().y() - small_h / 2, 30, small_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{percent}%")

    def _two_lines(self, p: QPainter, rect: QRectF, text: str) -> None:
        m = self.metrics
        words = text.split()
        first = ""
        while words and m.horizontalAdvance((first + " " + words[0]).strip()) <= rect.width():
            first = (first + " " + words.pop(0)).strip()
        if not first and words:  # one word longer than the line
            p.drawText(rect.adjusted(0, 0, 0, -m.height()), Qt.AlignmentFlag.AlignLeft,
                       m.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            return
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), m.height()),
                   Qt.AlignmentFlag.AlignLeft, first)
        if words:
            second = m.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, rect.width())
            p.drawText(QRectF(rect.left(), rect.top() + m.height(), rect.width(), m.height()),
                       Qt.AlignmentFlag.AlignLeft, second)

    def _risk_marker(self, p: QPainter, centre: QPointF, band: str) -> None:
        tri = QPolygonF([centre + QPointF(0, -6), centre + QPointF(6, 5), centre + QPointF(-6, 5)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAND_COLORS.get(band, BAND_COLORS["medium"]))
        p.drawPolygon(tri)
        p.setPen(QPen(QColor("white"), 1.6))
        p.drawLine(centre + QPointF(0, -2), centre + QPointF(0, 1.5))
        p.drawPoint(centre + QPointF(0, 3.5))

    def _priority(self, p: QPainter, rect: QRectF, band: str, label: str) -> None:
        color = PRIORITY_COLORS[band]
        p.setPen(QPen(color, 1.8))
        cx, cy = rect.left() + 5, rect.center().y()
        if band == "high":
            p.drawLine(QPointF(cx - 4, cy + 2), QPointF(cx, cy - 2))
            p.drawLine(QPointF(cx, cy - 2), QPointF(cx + 4, cy + 2))
        else:
            p.drawLine(QPointF(cx - 4, cy - 2), QPointF(cx, cy + 2))
            p.drawLine(QPointF(cx, cy + 2), QPointF(cx + 4, cy - 2))
        p.setPen(color)
        p.drawText(rect.adjusted(13, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)

    # -- headers ---------------------------------------------------------------------------

    def column_header(self, p: QPainter, rect: QRectF, name: str, count: int,
                      limit: int | None, done: bool, over: bool, shown: int | None) -> QRectF:
        """Paint a column's header; return the rectangle of its quick-add button."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        p.fillPath(path, WARNING_FILL if over else COLUMN_FILL)
        if over:
            p.setPen(QPen(WARNING_TEXT, 1.2))
            p.drawPath(path)
        inner = rect.adjusted(10, 6, -8, -6)
        plus = QRectF(inner.right() - 22, inner.top() + 2, 22, 22)
        p.setFont(self.bold)
        p.setPen(WARNING_TEXT if over else TEXT)
        title = f"{name}  ✓" if done else name
        p.drawText(QRectF(inner.left(), inner.top(), plus.left() - inner.left() - 4,
                          self.metrics.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                           plus.left() - inner.left() - 4))
        p.setFont(self.small_bold if over else self.small)
        p.setPen(WARNING_TEXT if over else MUTED)
        figure = f"{count} / {limit}" if limit is not None else f"{count}"
        words = (word("Board", "{count} cards").format(count=figure) if limit is None
                 else word("Board", "{figure} WIP").format(figure=figure))
        if over and limit is not None:
            words += word("Board", " · over limit by {count}").format(count=count - limit)
        elif limit is not None and count == limit:
            p.setPen(FULL_TEXT)
            words += word("Board", " · full")
        if shown is not None and shown != count:
            words += word("Board", " · {count} shown").format(count=shown)
        p.drawText(QRectF(inner.left(), inner.top() + self.metrics.height() + 2,
                          inner.width(), self.small_metrics.height()),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(9, 30, 66, 20))
        p.drawRoundedRect(plus, 4, 4)
        p.setPen(QPen(MUTED, 1.6))
        c = plus.center()
        p.drawLine(c + QPointF(-5, 0), c + QPointF(5, 0))
        p.drawLine(c + QPointF(0, -5), c + QPointF(0, 5))
        p.restore()
        return plus

    def lane_header(self, p: QPainter, rect: QRectF, title: str, count: int,
                    collapsed: bool) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(LANE_FILL)
        p.drawRoundedRect(rect, 4, 4)
        c = QPointF(rect.left() + 14, rect.center().y())
        p.setBrush(TEXT)
        if collapsed:
            arrow = [c + QPointF(-3, -5), c + QPointF(4, 0), c + QPointF(-3, 5)]
        else:
            arrow = [c + QPointF(-5, -3), c + QPointF(5, -3), c + QPointF(0, 4)]
        p.drawPolygon(QPolygonF(arrow))
        p.setFont(self.bold)
        p.setPen(TEXT)
        w = QFontMetricsF(self.bold).horizontalAdvance(title)
        p.drawText(QRectF(rect.left() + 26, rect.top(), w + 4, rect.height()),
                   Qt.AlignmentFlag.AlignVCenter, title)
        p.setFont(self.small)
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left() + 36 + w, rect.top(), 200, rect.height()),
                   Qt.AlignmentFlag.AlignVCenter,
                   (word("Board", "{count} cards") if count != 1
                    else word("Board", "{count} card")).format(count=count))
        p.restore()


# -- flow charts ---------------------------------------------------------------------------


def nice_top(value: float, steps: int = 4) -> tuple[float, float]:
    """A round axis maximum at or above ``value`` and its tick step (1, 2 or 5 x 10^k)."""
    raw = max(value, 1) / steps
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1)
    return step * math.ceil(max(value, 1) / step), step


def _axes(p: QPainter, rect: QRectF, top: float, step: float, font: QFont) -> QRectF:
    """Paint horizontal grid lines with value labels; return the plot area."""
    m = QFontMetricsF(font)
    left = m.horizontalAdvance(f"{int(top)}") + 12
    plot = rect.adjusted(left, 8, -8, -m.height() - 8)
    p.setFont(font)
    ticks = round(top / step)
    for i in range(ticks + 1):
        y = plot.bottom() - plot.height() * i / ticks
        p.setPen(QPen(QColor("#dfe1e6"), 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(MUTED)
        p.drawText(QRectF(rect.left(), y - m.height() / 2, left - 6, m.height()),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   f"{step * i:g}")
    return plot


def paint_cfd(p: QPainter, rect: QRectF, flow: CumulativeFlow, font: QFont | None = None) -> None:
    """The cumulative flow diagram: one stacked band per column, done at the bottom."""
    font = font or QFont()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    n = len(flow.days)
    totals = [sum(flow.counts[c.uid][i] for c in flow.columns) for i in range(n)]
    top, step = nice_top(max(totals, default=0))
    plot = _axes(p, rect, top, step, font)
    if n:
        def x(i: int) -> float:
            return plot.left() + (plot.width() * i / (n - 1) if n > 1 else plot.width() / 2)

        def y(v: float) -> float:
            return plot.bottom() - plot.height() * v / top

        base = [0] * n
        for k, column in enumerate(reversed(flow.columns)):
            colour = QColor(FLOW_COLORS[(len(flow.columns) - 1 - k) % len(FLOW_COLORS)])
            upper = [base[i] + flow.counts[column.uid][i] for i in range(n)]
            poly = QPolygonF([QPointF(x(i), y(upper[i])) for i in range(n)]
                             + [QPointF(x(i), y(base[i])) for i in reversed(range(n))])
            p.setPen(QPen(colour.darker(115), 1))
            p.setBrush(colour)
            p.drawPolygon(poly)
            base = upper
        m = QFontMetricsF(font)
        p.setPen(MUTED)
        for i in sorted({0, n // 2, n - 1}):
            label = date_text(flow.days[i], "dd MMM")
            w = m.horizontalAdvance(label)
            lx = min(max(x(i) - w / 2, plot.left()), plot.right() - w)
            p.drawText(QRectF(lx, plot.bottom() + 4, w + 2, m.height()), label)
    p.restore()


def paint_legend(p: QPainter, rect: QRectF, names: Sequence[str],
                 font: QFont | None = None) -> None:
    font = font or QFont()
    m = QFontMetricsF(font)
    p.save()
    p.setFont(font)
    x = rect.left()
    for i, name in enumerate(names):
        p.fillRect(QRectF(x, rect.center().y() - 5, 10, 10),
                   QColor(FLOW_COLORS[i % len(FLOW_COLORS)]))
        p.setPen(TEXT)
        p.drawText(QRectF(x + 14, rect.top(), m.horizontalAdvance(name) + 2, rect.height()),
                   Qt.AlignmentFlag.AlignVCenter, name)
        x += m.horizontalAdvance(name) + 30
    p.restore()


def paint_throughput(p: QPainter, rect: QRectF, weeks: Sequence[tuple[date, int]],
                     font: QFont | None = None) -> None:
    """Cards completed per week, as bars labelled with the week's Monday."""
    font = font or QFont()
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    top, step = nice_top(max((n for _, n in weeks), default=0))
    plot = _axes(p, rect, top, step, font)
    m = QFontMetricsF(font)
    if weeks:
        slot = plot.width() / len(weeks)
        every = max(1, int(m.horizontalAdvance("00 Mmm") * 1.4 // slot) + 1)
        for i, (monday, n) in enumerate(weeks):
            h = plot.height() * n / top
            bar = QRectF(plot.left() + slot * i + slot * 0.18, plot.bottom() - h, slot * 0.64, h)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PROGRESS_DONE)
            p.drawRoundedRect(bar, 2, 2)
            if n:
                p.setPen(TEXT)
                p.drawText(QRectF(bar.left() - 10, bar.top() - m.height() - 1, bar.width() + 20,
                                  m.height()), Qt.AlignmentFlag.AlignCenter, str(n))
            if i % every == 0:
                p.setPen(MUTED)
                label = date_text(monday, "dd MMM")
                p.drawText(QRectF(plot.left() + slot * i - 20, plot.bottom() + 4, slot + 40,
                                  m.height()), Qt.AlignmentFlag.AlignHCenter, label)
    p.restore()
