"""The roadmap picture: the one painting path for the Roadmap view, its PNG and its PDF.

:class:`RoadmapPicture` lays a :class:`~pmdesk.core.product.roadmap.Roadmap` out at a
width (Now / Next / Later columns, or a timeline by month, quarter or release with lanes)
and paints it onto any QPainter; the view asks it where each feature is and what a drop
at a point would re-plan (:meth:`RoadmapPicture.drop_at`), so what the user drags is what
was painted.

On the timeline a feature with tasks is a solid bar over its tasks' dates; one without
tasks is a dashed box over its target quarter. A red tag after a bar gives its slip in
days, a whisker its P50-P80 forecast (orange when the P80 misses the target quarter);
milestones are diamonds and gates flags in the strip under the axis; today is a red line.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from pmdesk.core.product.model import Horizon
from pmdesk.core.product.quarters import quarter_of, quarter_start
from pmdesk.core.product.roadmap import NO_LANE, Roadmap, RoadmapEntry
from pmdesk.render.palette import BAD, GRID, MUTED, TEXT, WARN, font_variants

__all__ = ["LANE_COLORS", "UNITS", "RoadmapPicture", "paint_legend"]

UNITS = ("month", "quarter", "release")
LANE_COLORS = tuple(QColor(c) for c in (
    "#4f7fc4", "#3f9c8a", "#c4823f", "#8a63c0", "#c0566b", "#5f8f3a", "#3f7f9c", "#9c7a3f"))
SELECTED = QColor("#ffb000")
TODAY = QColor("#d93025")
_HEADINGS = {Horizon.NOW: "Now", Horizon.NEXT: "Next", Horizon.LATER: "Later"}


@dataclass(frozen=True, slots=True)
class _Bar:
    entry: RoadmapEntry
    rect: QRectF  # the bar itself
    extent: QRectF  # the bar and its label, slip tag and whisker


def _months(first: date, last: date) -> list[date]:
    out, d = [], date(first.year, first.month, 1)
    while d <= last:
        out.append(d)
        d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return out


def _short(day: date | None) -> str:
    return day.strftime("%d %b") if day else "—"


class RoadmapPicture:
    """The roadmap laid out ``width`` wide; ``size`` is what it needs. ``unit``: month,
    quarter or release columns of the timeline; ``selected``: a feature drawn outlined."""

    LANE_W = 150.0
    PAD = 4.0

    def __init__(self, roadmap: Roadmap, *, layout: str = "timeline", lanes: str = "theme",
                 unit: str = "quarter", width: float = 1200.0, font: QFont | None = None,
                 date_from: date | None = None, date_to: date | None = None,
                 selected: str | None = None) -> None:
        self.roadmap = roadmap
        self.layout = layout
        self.lanes_by = lanes
        self.unit = unit
        self.width = max(400.0, width)
        self.font, self.bold, self.small = font_variants(font, 6.0)
        self.fm = QFontMetricsF(self.font)
        self.fm_bold = QFontMetricsF(self.bold)
        self._clip = QRectF()
        self.line = self.fm.height()
        self.selected = selected
        entries = list(roadmap.entries)
        if date_from or date_to:
            lo, hi = date_from or date.min, date_to or date.max
            entries = [e for e in entries if e.start is None or e.finish is None
                       or (e.finish >= lo and e.start <= hi)]
            entries = [e for e in entries if e.start is not None or self.layout != "timeline"]
        self.entries = entries
        self._shown = {e.uid for e in entries}
        names = roadmap.lanes(lanes)
        self._lane_index = {name: k for k, name in enumerate(names)}
        self._lane_names = names
        self.date_from, self.date_to = date_from, date_to
        self.bars: list[_Bar] = []
        self.cards: list[tuple[RoadmapEntry, QRectF]] = []
        self.columns: list[tuple[str, QRectF]] = []  # drop targets: horizon or release
        self.lane_rects: list[tuple[str, QRectF]] = []
        self.height = 0.0
        if layout == "now-next-later":
            self._lay_out_columns()
        elif unit == "release":
            self._lay_out_releases()
        else:
            self._lay_out_timeline()

    @property
    def size(self) -> QSizeF:
        return QSizeF(self.width, self.height)

    # ----------------------------------------------------------------------- layout

    def _card_height(self) -> float:
        return self.line * 3 + self.PAD * 2

    def _stack_cards(self, entries: Sequence[RoadmapEntry], rect: QRectF) -> float:
        y = rect.top()
        for e in entries:
            card = QRectF(rect.left() + 4, y, rect.width() - 8, self._card_height())
            self.cards.append((e, card))
            y += card.height() + 4
        return y

    def _lay_out_columns(self) -> None:
        top = self.line * 1.8
        w = self.width / 3
        bottom = top
        for k, (horizon, entries) in enumerate(self.roadmap.by_horizon().items()):
            shown = [e for e in entries if e.uid in self._shown]
            rect = QRectF(k * w, top, w, 0)
            bottom = max(bottom, self._stack_cards(shown, rect.adjusted(0, 6, 0, 0)))
            self.columns.append((horizon.value, QRectF(k * w, 0, w, 0)))
        self.height = bottom + 10
        self.columns = [(key, QRectF(r.left(), 0, r.width(), self.height))
                        for key, r in self.columns]

    def _lay_out_releases(self) -> None:
        present = {e.feature.release.strip() or NO_LANE for e in self.entries}
        names = [n for n in self.roadmap.releases() if n in present]
        lanes = self._lane_names
        grouped = self._by_lane()
        top = self.line * 1.8
        w = (self.width - self.LANE_W) / max(1, len(names))
        y = top
        for lane in lanes:
            in_lane = grouped.get(lane, [])
            if not in_lane:
                continue
            bottom = y + self.line + 4
            for k, name in enumerate(names):
                cards = [e for e in in_lane if (e.feature.release.strip() or NO_LANE) == name]
                rect = QRectF(self.LANE_W + k * w, y + 4, w, 0)
                bottom = max(bottom, self._stack_cards(cards, rect))
            self.lane_rects.append((lane, QRectF(0, y, self.width, bottom - y + 4)))
            y = bottom + 4
        self.height = y + 6
        self.columns = [(n, QRectF(self.LANE_W + k * w, 0, w, self.height))
                        for k, n in enumerate(names)]

    def _time_span(self) -> tuple[date, date]:
        first, last = self.roadmap.span()
        days = [d for e in self.entries for d in (e.start, e.finish, e.p80) if d]
        first = min([*days, self.roadmap.today], default=first)
        last = max([*days, self.roadmap.today], default=last)
        first, last = self.date_from or first, self.date_to or last
        if self.unit == "month":
            return date(first.year, first.month, 1), _months(last, last)[0] + timedelta(32)
        start = quarter_start(quarter_of(first))
        q = quarter_of(last)
        end = quarter_start((q[0] + (q[1] == 4), q[1] % 4 + 1))
        return start, end

    def x_of(self, day: date) -> float:
        return self.LANE_W + (day - self.first).days * self.per_day

    def day_at(self, x: float) -> date:
        return self.first + timedelta(days=int((x - self.LANE_W) / self.per_day))

    def _lay_out_timeline(self) -> None:
        self.first, self.last = self._time_span()
        self.per_day = (self.width - self.LANE_W - 8) / max(1, (self.last - self.first).days)
        self.axis_h = self.line * 1.6
        self.marker_h = self.line * 1.5 if self.roadmap.markers else 0.0
        y = self.axis_h + self.marker_h + 4
        row_h = self.line + 10
        grouped = self._by_lane()
        for lane in self._lane_names:
            in_lane = sorted(grouped.get(lane, []),
                             key=lambda e: (e.start or date.max, e.feature.title))
            if not in_lane:
                continue
            # Interval partitioning: each bar into the row that frees up first, if it has.
            ends: list[tuple[float, int]] = []  # (right end, row) of each row, a heap
            count = 0
            for e in in_lane:
                assert e.start is not None and e.finish is not None
                # A bar reaching out of the date range is cut at its edges.
                left = self.x_of(max(e.start, self.first))
                right = max(left + 3, self.x_of(min(e.finish + timedelta(days=1), self.last)))
                extent_right = self._extent_right(e, left, right)
                if ends and ends[0][0] + 6 <= left:
                    row = heapq.heappop(ends)[1]
                else:
                    row, count = count, count + 1
                heapq.heappush(ends, (extent_right, row))
                bar = QRectF(left, y + 4 + row * row_h, right - left, row_h - 8)
                self.bars.append(_Bar(e, bar, QRectF(left, bar.top(), extent_right - left,
                                                     bar.height())))
            height = max(1, count) * row_h + 8
            self.lane_rects.append((lane, QRectF(0, y, self.width, height)))
            y += height
        self.height = y + 4

    def _by_lane(self) -> dict[str, list[RoadmapEntry]]:
        out: dict[str, list[RoadmapEntry]] = {}
        for e in self.entries:
            out.setdefault(e.lane(self.lanes_by), []).append(e)
        return out

    def _extent_right(self, e: RoadmapEntry, left: float, right: float) -> float:
        label = self.fm.horizontalAdvance(e.feature.title) + 10
        end = right if right - left >= label else right + label
        if e.p80 is not None:
            end = max(end, self.x_of(e.p80) + 4)
        if e.slip_days:
            end += self.fm.horizontalAdvance(f"+{e.slip_days} d") + 12
        return end

    # ----------------------------------------------------------------------- questions

    def feature_at(self, point: QPointF) -> str | None:
        for bar in self.bars:
            if bar.extent.contains(point):
                return bar.entry.uid
        for e, rect in self.cards:
            if rect.contains(point):
                return e.uid
        return None

    def rect_of(self, uid: str) -> QRectF | None:
        for bar in self.bars:
            if bar.entry.uid == uid:
                return bar.rect
        return next((r for e, r in self.cards if e.uid == uid), None)

    def drop_at(self, point: QPointF) -> dict[str, Any]:
        """What a feature dropped at ``point`` is re-planned to: ``horizon``, ``quarter``,
        ``lane`` (by, name) or ``release``, as :func:`move_patch` takes them."""
        out: dict[str, Any] = {}
        if self.layout == "now-next-later":
            for key, rect in self.columns:
                if rect.left() <= point.x() < rect.right():
                    out["horizon"] = Horizon(key)
            return out
        for lane, rect in self.lane_rects:
            if rect.top() <= point.y() < rect.bottom():
                out["lane"] = (self.lanes_by, lane)
        if self.unit == "release":
            for key, rect in self.columns:
                if rect.left() <= point.x() < rect.right():
                    out["release"] = "" if key == NO_LANE else key
        elif point.x() >= self.LANE_W:
            out["quarter"] = quarter_of(self.day_at(point.x()))
        return out

    # ----------------------------------------------------------------------- painting

    def paint(self, p: QPainter, clip: QRectF | None = None) -> None:
        """Paint the roadmap; with ``clip``, only what lies in it (a window's exposed part,
        a page's slice)."""
        self._clip = clip if clip is not None else QRectF(0, 0, self.width, self.height)
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(QRectF(0, 0, self.width, self.height), QColor("#ffffff"))
        if self.layout == "now-next-later":
            self._paint_columns(p)
        elif self.unit == "release":
            self._paint_release_grid(p)
        else:
            self._paint_timeline(p)
        p.restore()

    def _lane_color(self, lane: str) -> QColor:
        return LANE_COLORS[self._lane_index.get(lane, 0) % len(LANE_COLORS)]

    def _paint_columns(self, p: QPainter) -> None:
        counts = self.roadmap.by_horizon()
        for key, rect in self.columns:
            p.fillRect(rect.adjusted(2, 0, -2, 0), QColor("#f5f6f8"))
            p.setFont(self.bold)
            p.setPen(TEXT)
            shown = [e for e in counts[Horizon(key)] if e.uid in self._shown]
            p.drawText(QRectF(rect.left() + 8, 2, rect.width() - 16, self.line * 1.6),
                       Qt.AlignmentFlag.AlignVCenter,
                       f"{_HEADINGS[Horizon(key)]}  ({len(shown)})")
        for e, rect in self.cards:
            if rect.intersects(self._clip):
                self._paint_card(p, e, rect, quarter=True)

    def _paint_release_grid(self, p: QPainter) -> None:
        p.setPen(TEXT)
        p.setFont(self.bold)
        for key, rect in self.columns:
            p.fillRect(QRectF(rect.left() + 2, 0, rect.width() - 4, self.line * 1.6),
                       QColor("#eef1f5"))
            p.drawText(QRectF(rect.left() + 6, 0, rect.width() - 12, self.line * 1.6),
                       Qt.AlignmentFlag.AlignVCenter, key)
        self._paint_lanes(p)
        for e, rect in self.cards:
            if rect.intersects(self._clip):
                self._paint_card(p, e, rect, quarter=True)

    def _paint_card(self, p: QPainter, e: RoadmapEntry, rect: QRectF, quarter: bool) -> None:
        color = self._lane_color(e.lane(self.lanes_by))
        p.setPen(QPen(SELECTED if e.uid == self.selected else GRID,
                      2.5 if e.uid == self.selected else 1))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(rect, 4, 4)
        p.fillRect(QRectF(rect.left(), rect.top(), 4, rect.height()), color)
        inner = rect.adjusted(10, self.PAD, -6, -self.PAD)
        p.setPen(TEXT)
        p.setFont(self.bold)
        fm_b = self.fm_bold
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), self.line),
                   Qt.AlignmentFlag.AlignVCenter,
                   fm_b.elidedText(e.feature.title, Qt.TextElideMode.ElideRight, inner.width()))
        p.setFont(self.small)
        p.setPen(MUTED)
        where = [f"{e.quarter[0]} Q{e.quarter[1]}" if e.quarter and quarter else "",
                 e.lane(self.lanes_by), e.feature.owner]
        p.drawText(QRectF(inner.left(), inner.top() + self.line, inner.width(), self.line),
                   Qt.AlignmentFlag.AlignVCenter,
                   self.fm.elidedText(" · ".join(w for w in where if w and w != NO_LANE),
                                      Qt.TextElideMode.ElideRight, inner.width()))
        line = QRectF(inner.left(), inner.top() + 2 * self.line, inner.width(), self.line)
        p.setPen(BAD if e.slip_days or e.p80_misses else MUTED)
        p.drawText(line, Qt.AlignmentFlag.AlignVCenter,
                   self.fm.elidedText(self._dates_text(e), Qt.TextElideMode.ElideRight,
                                      inner.width()))

    @staticmethod
    def _dates_text(e: RoadmapEntry) -> str:
        parts = [f"ships {_short(e.finish)}" if e.planned else "no tasks yet"]
        if e.p50 is not None:
            parts.append(f"P50 {_short(e.p50)} · P80 {_short(e.p80)}")
        if e.slip_days:
            parts.append(f"slips {e.slip_days} d")
        if e.p80_misses:
            parts.append("P80 misses target")
        return " · ".join(parts)

    def _paint_lanes(self, p: QPainter) -> None:
        p.setFont(self.bold)
        for k, (lane, rect) in enumerate(self.lane_rects):
            if k % 2:
                p.fillRect(rect, QColor("#f8f9fb"))
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(0, rect.bottom()), QPointF(self.width, rect.bottom()))
            p.fillRect(QRectF(0, rect.top() + 4, 4, rect.height() - 8), self._lane_color(lane))
            p.setPen(TEXT)
            p.drawText(QRectF(10, rect.top() + 4, self.LANE_W - 16, rect.height() - 8),
                       Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, lane)

    def _paint_axis(self, p: QPainter) -> None:
        p.setFont(self.bold)
        top = self.axis_h + self.marker_h
        if self.unit == "month":
            starts = _months(self.first, self.last - timedelta(1))
            labels = [d.strftime("%b %Y") if d.month == 1 or d == starts[0] else
                      d.strftime("%b") for d in starts]
        else:
            quarter = quarter_of(self.first)
            starts, labels = [], []
            while quarter_start(quarter) < self.last:
                starts.append(quarter_start(quarter))
                labels.append(f"Q{quarter[1]} {quarter[0]}")
                quarter = (quarter[0] + (quarter[1] == 4), quarter[1] % 4 + 1)
        for k, (d, label) in enumerate(zip(starts, labels, strict=True)):
            x = self.x_of(d)
            end = self.x_of(starts[k + 1]) if k + 1 < len(starts) else self.x_of(self.last)
            p.fillRect(QRectF(x, 0, end - x, self.axis_h), QColor("#eef1f5" if k % 2 else
                                                                     "#e4e8ee"))
            p.setPen(TEXT)
            p.drawText(QRectF(x + 4, 0, end - x - 8, self.axis_h), Qt.AlignmentFlag.AlignVCenter,
                       label)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(x, top), QPointF(x, self.height))

    def _paint_markers(self, p: QPainter) -> None:
        if not self.marker_h:
            return
        p.setFont(self.small)
        fm = QFontMetricsF(self.small)
        y = self.axis_h + self.marker_h / 2
        free_from = self.LANE_W
        shown = [m for m in self.roadmap.markers if self.first <= m.on < self.last]
        for k, m in enumerate(shown):
            x = self.x_of(m.on)
            next_x = self.x_of(shown[k + 1].on) - 6 if k + 1 < len(shown) else self.width
            s = self.marker_h * 0.28
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#7b4fd6") if m.gate else TEXT)
            if m.gate:
                p.drawPolygon(QPolygonF([QPointF(x, y - s), QPointF(x + 2 * s, y - s / 2),
                                         QPointF(x, y)]))
                p.setPen(QPen(QColor("#7b4fd6"), 1.2))
                p.drawLine(QPointF(x, y - s), QPointF(x, y + s))
                p.setPen(QPen(QColor("#7b4fd6"), 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x, self.axis_h + self.marker_h), QPointF(x, self.height))
            else:
                p.drawPolygon(QPolygonF([QPointF(x, y - s), QPointF(x + s, y),
                                         QPointF(x, y + s), QPointF(x - s, y)]))
            room = next_x - (x + 2 * s + 3)
            text = fm.elidedText(m.name, Qt.TextElideMode.ElideRight, room)
            if x + s + 3 >= free_from and room >= 40:
                p.setPen(MUTED)
                p.drawText(QPointF(x + 2 * s + 3, y + fm.ascent() / 2 - 1), text)
                free_from = x + 2 * s + 3 + fm.horizontalAdvance(text) + 8

    def _paint_timeline(self, p: QPainter) -> None:
        self._paint_lanes(p)
        self._paint_axis(p)
        self._paint_markers(p)
        for bar in self.bars:
            if bar.extent.adjusted(-4, -4, 60, 6).intersects(self._clip):
                self._paint_bar(p, bar)
        today = self.roadmap.today
        if self.first <= today < self.last:
            x = self.x_of(today)
            p.setPen(QPen(TODAY, 1.6))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height))
            p.setFont(self.small)
            p.drawText(QPointF(x + 3, self.axis_h - 3), "today")

    def _paint_bar(self, p: QPainter, bar: _Bar) -> None:
        e, r = bar.entry, bar.rect
        color = self._lane_color(e.lane(self.lanes_by))
        if e.planned:
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(color)
        else:  # the target quarter, no tasks yet: drawn apart
            light = QColor(color)
            light.setAlpha(50)
            p.setPen(QPen(color.darker(110), 1.2, Qt.PenStyle.DashLine))
            p.setBrush(QBrush(light))
        p.drawRoundedRect(r, 3, 3)
        if e.p80_misses:
            p.setPen(QPen(WARN, 2.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
        if e.uid == self.selected:
            p.setPen(QPen(SELECTED, 2.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(-3, -3, 3, 3), 4, 4)
        label_w = self.fm.horizontalAdvance(e.feature.title) + 10
        p.setFont(self.font)
        inside = r.width() >= label_w
        p.setPen(QColor("#ffffff") if inside and e.planned else TEXT)
        text_x = r.left() + 5 if inside else r.right() + 4
        p.drawText(QRectF(text_x, r.top(), label_w, r.height()), Qt.AlignmentFlag.AlignVCenter,
                   e.feature.title)
        end = r.right() if inside else r.right() + label_w
        if e.p50 is not None and e.p80 is not None:
            self._paint_whisker(p, e, r)
            end = max(end, self.x_of(e.p80) + 4)
        if e.slip_days:
            self._paint_slip(p, e, r, end)

    def _paint_whisker(self, p: QPainter, e: RoadmapEntry, r: QRectF) -> None:
        assert e.p50 is not None and e.p80 is not None
        x50, x80 = self.x_of(e.p50), self.x_of(e.p80)
        y = r.bottom() + 1.5
        color = WARN if e.p80_misses else TEXT
        p.setPen(QPen(color, 1.4))
        p.drawLine(QPointF(x50, y), QPointF(x80, y))
        p.drawLine(QPointF(x80, y - 3), QPointF(x80, y + 3))
        p.setBrush(color)
        p.drawEllipse(QPointF(x50, y), 2.2, 2.2)

    def _paint_slip(self, p: QPainter, e: RoadmapEntry, r: QRectF, end: float) -> None:
        target = e.target
        if target is not None:
            x = self.x_of(target + timedelta(days=1))
            p.setPen(QPen(BAD, 1.4, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, r.top() - 2), QPointF(x, r.bottom() + 2))
        text = f"+{e.slip_days} d"
        w = self.fm.horizontalAdvance(text) + 8
        tag = QRectF(end + 4, r.top(), w, r.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(BAD)
        p.drawRoundedRect(tag, 3, 3)
        p.setPen(QColor("#ffffff"))
        p.setFont(self.font)
        p.drawText(tag, Qt.AlignmentFlag.AlignCenter, text)


# The legend's entries: the width of each mark drawn before its words, and the words.
_LEGEND = ((26, "dates of its tasks"), (26, "target quarter, no tasks yet"),
           (26, "P50 to P80 finish"), (26, "P80 after the target quarter"),
           (34, "slip past the target"), (6, "today"))
_LEGEND_GAP = 14  # between one entry's words and the next entry's mark


def _legend_places(fm: QFontMetricsF, width: float) -> list[tuple[float, int]]:
    """Where each legend entry starts: (x from the left edge, line), an entry that would
    cross the right edge starting a new line, so a narrow window shows every word."""
    places: list[tuple[float, int]] = []
    x, line = 0.0, 0
    for mark, text in _LEGEND:
        wide = mark + fm.horizontalAdvance(text)
        if x > 0 and x + wide > width:
            x, line = 0.0, line + 1
        places.append((x, line))
        x += wide + _LEGEND_GAP
    return places


def legend_height(font: QFont, width: float) -> float:
    """How tall the legend is when drawn ``width`` wide."""
    fm = QFontMetricsF(font)
    return (_legend_places(fm, width)[-1][1] + 1) * (fm.height() + 4)


def paint_legend(p: QPainter, rect: QRectF, font: QFont) -> None:
    """What the marks of the timeline mean, on as many lines as ``rect``'s width needs."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(font)
    fm = QFontMetricsF(font)
    h = fm.height()
    color = LANE_COLORS[0]
    light = QColor(color)
    light.setAlpha(50)
    for index, ((dx, line), (mark, text)) in enumerate(
            zip(_legend_places(fm, rect.width()), _LEGEND, strict=True)):
        x = rect.left() + dx
        y = rect.top() + 2 + line * (h + 4)
        if index == 0:
            p.setPen(QPen(color.darker(130), 1))
            p.setBrush(color)
            p.drawRoundedRect(QRectF(x, y + 2, 22, h - 4), 2, 2)
        elif index == 1:
            p.setPen(QPen(color, 1.2, Qt.PenStyle.DashLine))
            p.setBrush(light)
            p.drawRoundedRect(QRectF(x, y + 2, 22, h - 4), 2, 2)
        elif index == 2:
            p.setPen(QPen(TEXT, 1.4))
            p.drawLine(QPointF(x, y + h / 2), QPointF(x + 22, y + h / 2))
            p.drawLine(QPointF(x + 22, y + h / 2 - 3), QPointF(x + 22, y + h / 2 + 3))
        elif index == 3:
            p.setPen(QPen(WARN, 2.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(x, y + 2, 22, h - 4), 2, 2)
        elif index == 4:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAD)
            p.drawRoundedRect(QRectF(x, y + 1, 30, h - 2), 2, 2)
            p.setPen(QColor("#ffffff"))
            p.drawText(QRectF(x, y + 1, 30, h - 2), Qt.AlignmentFlag.AlignCenter, "+9 d")
        else:
            p.setPen(QPen(TODAY, 1.6))
            p.drawLine(QPointF(x, y), QPointF(x, y + h))
        p.setPen(MUTED)
        p.drawText(QPointF(x + mark, y + fm.ascent()), text)
    p.restore()
