"""The Gantt chart on paper and in PNG, drawn by the screen's own painter.

The chart part of every page is :class:`~pmdesk.render.gantt.GanttPainter` painting the
rows of a :class:`~pmdesk.render.gantt.PlanGanttSource` on a :class:`TimeScale`, exactly as
the Gantt view does; this module adds what paper needs around it: the chosen table columns
to the left, the column headers and time scale at the top of every page, a legend, and the
cutting of the sheet into pages by :func:`pmdesk.render.pages.layout_sheet`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLineF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from pmdesk.core.columns import TaskTable, column
from pmdesk.core.model import Plan, Task
from pmdesk.core.schedule import ScheduleResult
from pmdesk.core.words import word
from pmdesk.render.gantt import (
    BarKind,
    GanttBar,
    GanttLink,
    GanttPainter,
    GanttPalette,
    PlanGanttSource,
    TimeScale,
)
from pmdesk.render.pages import (
    MM,
    ExportOptions,
    Page,
    PageCanvas,
    PagedDocument,
    PageHeading,
    SheetLayout,
    SheetSize,
    Tile,
    cell_text,
    day_text,
    elide,
    layout_sheet,
    page_frame,
    paint_overlap_marks,
    tile_mark,
)

_PAD = 4.0
_INDENT = 9.0
_MAX_IMAGE_SIDE = 32000
_MAX_IMAGE_PIXELS = 300_000_000


def export_rows(plan: Plan, result: ScheduleResult, options: ExportOptions) -> list[str]:
    """The task uids on the pages, top to bottom: the rows asked for (all tasks by default)
    that meet the date range."""
    index = plan.task_index()
    uids = options.rows if options.rows is not None else [t.uid for t in plan.tasks]
    rows = [u for u in uids if u in index and u in result.tasks]
    if options.date_from is None and options.date_to is None:
        return rows
    lo, hi = _range_moments(options)
    out = []
    for uid in rows:
        d = result.tasks[uid]
        if (lo is None or d.finish >= lo) and (hi is None or d.start <= hi):
            out.append(uid)
    return out


def _range_moments(options: ExportOptions) -> tuple[datetime | None, datetime | None]:
    lo = datetime.combine(options.date_from, time.min) if options.date_from else None
    hi = (datetime.combine(options.date_to + timedelta(days=1), time.min)
          if options.date_to else None)
    return lo, hi


def _span(bars: Iterable[GanttBar]) -> tuple[datetime, datetime] | None:
    """First and last moment drawn for ``bars``: dates, baselines and deadlines."""
    lo: datetime | None = None
    hi: datetime | None = None
    for b in bars:
        for m in (b.start, b.finish, b.baseline_start, b.baseline_finish, b.deadline):
            if m is not None:
                lo = m if lo is None or m < lo else lo
                hi = m if hi is None or m > hi else hi
    return None if lo is None or hi is None else (lo, hi)


@dataclass(frozen=True, slots=True)
class _Column:
    key: str
    header: str
    width: float
    right: bool


class GanttSheet:
    """The table and chart of one export, measured for one device.

    Text of the table is formatted when a page asks for its rows, so a 10,000-task plan
    costs only the measuring pass up front.
    """

    def __init__(self, canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                 options: ExportOptions, palette: GanttPalette | None = None) -> None:
        self.plan = plan
        self.result = result
        self.options = options
        self.canvas = canvas
        pt = options.font_pt
        self.font = canvas.font(pt)
        self.bold = canvas.font(pt, bold=True)
        self.metrics = canvas.metrics(pt)
        self.bold_metrics = canvas.metrics(pt, bold=True)
        self.row_height = max(12, math.ceil(pt * 2.0))
        self.painter = GanttPainter(palette or GanttPalette.light(), self.row_height, self.font)
        self.palette = self.painter.palette
        self.rows = export_rows(plan, result, options)
        self._tasks = plan.task_index()
        # The cells of the task table's declared columns, dates as paper writes them.
        self.table = TaskTable(plan, result, date_text=day_text)
        self._calendar = self.table.calendar
        self._summaries = self.table.summaries
        self._levels = self.table.levels
        labels: Callable[[Task], str] | None = (lambda t: t.name) if options.chart_only else None
        self.source = PlanGanttSource(plan, result, self._calendar.is_working_day,
                                      rows=self.rows, labels=labels)
        self.start, self.finish = self._time_range()
        if options.scale is not None:
            self.make_room_for_labels()
        self.columns = [] if options.chart_only else self._measure_columns()
        self.table_width = sum(c.width for c in self.columns)
        self.header_height = float(self.painter.header_height)

    # -- time -------------------------------------------------------------------------------

    def _time_range(self) -> tuple[datetime, datetime]:
        lo, hi = _range_moments(self.options)
        if lo is None or hi is None:
            span = _span(b for r in range(self.source.row_count())
                         if (b := self.source.bar(r)) is not None)
            if span is None:
                span = (self.result.project_start, self.result.project_finish)
            days = max(1.0, (span[1] - span[0]).total_seconds() / 86400)
            pad = timedelta(days=max(1.0, days * 0.02))
            tail = timedelta(days=max(3.0, days * 0.04))
            lo = lo or datetime.combine((span[0] - pad).date(), time.min)
            hi = hi or datetime.combine((span[1] + tail).date(), time.min)
        return lo, max(hi, lo + timedelta(days=1))

    def make_room_for_labels(self, chart_width: float | None = None) -> None:
        """Move the end of a chart-only range out until every name after a bar fits.

        With a chosen time scale the chart grows; with a chart stretched to
        ``chart_width`` the days get narrower instead.
        """
        if not self.options.chart_only or self.options.date_to is not None:
            return
        ppd = self.options.scale.points_per_day if self.options.scale else None
        need = self.days
        for r in range(self.source.row_count()):
            bar = self.source.bar(r)
            if bar is None:
                continue
            f = (bar.finish - self.start).total_seconds() / 86400
            label = self.metrics.horizontalAdvance(bar.label) * 0.95 + 12
            if ppd is not None:
                need = max(need, f + label / ppd)
            elif chart_width and label < chart_width * 0.7:
                need = max(need, f / (1 - label / chart_width))
        self.finish = self.start + timedelta(days=need)

    @property
    def days(self) -> float:
        return (self.finish - self.start).total_seconds() / 86400

    def scale_for(self, chart_width: float) -> TimeScale:
        """The scale that fits the time range into ``chart_width``, its start moved back to
        the start of a lower-tier cell so the first label is whole."""
        scale = TimeScale(self.start, max(0.05, chart_width / self.days))
        if self.options.date_from is None:
            first = scale.cells(scale.tiers[1], 0.0, 1.0)[0][0]
            if first < self.start:
                span = (self.finish - first).total_seconds() / 86400
                scale = TimeScale(first, max(0.05, chart_width / span))
        return scale

    def fixed_chart_width(self) -> float | None:
        """The chart's width when the user chose a time scale; None: fit to the paper."""
        if self.options.scale is None:
            return None
        return self.days * self.options.scale.points_per_day

    # -- table ------------------------------------------------------------------------------

    def cell(self, key: str, uid: str) -> str:
        declared = column(key)
        return cell_text(declared, declared.text(self.table, self._tasks[uid]))

    def header_text(self, key: str) -> str:
        """A column's header as the task table's: in the window's language."""
        return word("Columns", column(key).header)

    def _measure_columns(self) -> list[_Column]:
        out = []
        for key in self.options.columns:
            declared = column(key)
            head = self.header_text(key)
            widest = self.bold_metrics.horizontalAdvance(head)
            for uid in self.rows:
                m = self.bold_metrics if uid in self._summaries else self.metrics
                w = m.horizontalAdvance(self.cell(key, uid))
                if key == "name":
                    w += (self._levels.get(uid, 1) - 1) * _INDENT
                widest = max(widest, w)
            cap = declared.paper_width or widest
            if key == "name":
                # Names are what readers look for: as wide as 40 % of the paper allows.
                cap = max(cap, self.options.paper_rect().width() * 0.4)
            width = min(widest, cap) + 2 * _PAD + 1
            out.append(_Column(key, head, math.ceil(width), declared.right))
        return out

    # -- painting ---------------------------------------------------------------------------

    def sheet_size(self) -> SheetSize:
        return SheetSize(self.table_width, self.fixed_chart_width(), self.header_height,
                         self.row_height, len(self.rows))

    def paint_tile(self, p: QPainter, tile: Tile, scale: TimeScale, width: float) -> float:
        """Rows and headers of ``tile`` with the sheet's top left at the painter's origin,
        shifted left by ``tile.x0``; returns the height painted."""
        rh = self.row_height
        hh = self.header_height
        tw = self.table_width
        rows_h = (tile.r1 - tile.r0) * rh
        x0, x1 = tile.x0, min(tile.x1, width)
        p.save()
        p.translate(-x0, 0)
        if tw > x0:
            p.save()
            p.setClipRect(QRectF(x0, 0, min(tw, x1) - x0, hh + rows_h))
            self._paint_table_header(p)
            p.translate(0, hh - tile.r0 * rh)
            self._paint_table_rows(p, tile.r0, tile.r1)
            p.restore()
        if x1 > tw:
            c0, c1 = max(0.0, x0 - tw), x1 - tw
            p.save()
            p.translate(tw, 0)
            p.setClipRect(QRectF(c0, 0, c1 - c0, hh))
            self.painter.paint_header(p, scale, c0, c1)
            # The rows only inside the chart area: a link from a task on an earlier page
            # must not cross the time scale.
            p.setClipRect(QRectF(c0, hh, c1 - c0, rows_h))
            p.translate(0, hh - tile.r0 * rh)
            self.painter.paint_rows(p, self.source, scale, tile.r0, tile.r1, c0, c1,
                                    status_date=self.plan.project.status_date)
            p.restore()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        frame = QPen(self.palette.grid.darker(125), 0.8)
        p.setPen(frame)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(x0, 0, x1 - x0, hh + rows_h))
        if x0 < tw < x1:
            p.setPen(QPen(self.palette.grid.darker(160), 1.0))
            p.drawLine(QLineF(tw, 0, tw, hh + rows_h))
        p.restore()
        return hh + rows_h

    def _paint_table_header(self, p: QPainter) -> None:
        pal = self.palette
        hh = self.header_height
        p.fillRect(QRectF(0, 0, self.table_width, hh), pal.header_background)
        p.setFont(self.bold)
        x = 0.0
        for c in self.columns:
            p.setPen(pal.header_text)
            align = (Qt.AlignmentFlag.AlignRight if c.right else Qt.AlignmentFlag.AlignLeft)
            p.drawText(QRectF(x + _PAD, 0, c.width - 2 * _PAD, hh),
                       align | Qt.AlignmentFlag.AlignVCenter,
                       elide(self.bold_metrics, c.header, c.width - 2 * _PAD))
            x += c.width
            p.setPen(QPen(pal.grid, 0.6))
            p.drawLine(QLineF(x, 0, x, hh))
        p.setPen(QPen(pal.grid, 0.6))
        p.drawLine(QLineF(0, hh - 0.3, self.table_width, hh - 0.3))

    def _paint_table_rows(self, p: QPainter, r0: int, r1: int) -> None:
        pal = self.palette
        rh = self.row_height
        tw = self.table_width
        p.fillRect(QRectF(0, r0 * rh, tw, (r1 - r0) * rh), pal.background)
        grid = QPen(pal.grid, 0.5)
        for row in range(r0, r1):
            uid = self.rows[row]
            y = row * rh
            summary = uid in self._summaries
            font, metrics = ((self.bold, self.bold_metrics) if summary
                             else (self.font, self.metrics))
            p.setFont(font)
            p.setPen(pal.text)
            x = 0.0
            for c in self.columns:
                left = x + _PAD
                room = c.width - 2 * _PAD
                if c.key == "name":
                    indent = (self._levels.get(uid, 1) - 1) * _INDENT
                    left += indent
                    room -= indent
                text = elide(metrics, self.cell(c.key, uid), room)
                align = Qt.AlignmentFlag.AlignRight if c.right else Qt.AlignmentFlag.AlignLeft
                p.drawText(QRectF(left, y, room, rh), align | Qt.AlignmentFlag.AlignVCenter, text)
                x += c.width
            p.setPen(grid)
            p.drawLine(QLineF(0, y + rh, tw, y + rh))
        x = 0.0
        for c in self.columns[:-1]:
            x += c.width
            p.drawLine(QLineF(x, r0 * rh, x, r1 * rh))

    # -- legend -----------------------------------------------------------------------------

    def legend_items(self) -> list[tuple[str, GanttBar | None]]:
        """(label, sample bar) of what this chart shows; a None bar is the status line."""
        origin = datetime(2025, 1, 13)
        span = origin + timedelta(days=2.6)
        bars = [b for b in (self.source.bar(r) for r in range(self.source.row_count()))
                if b is not None]
        items: list[tuple[str, GanttBar | None]] = [
            (word("PDF", "Task"), GanttBar("l", "", BarKind.TASK, origin, span)),
            (word("PDF", "Critical task"),
             GanttBar("l", "", BarKind.TASK, origin, span, critical=True)),
        ]
        if any(b.progress for b in bars):
            items.append((word("PDF", "Progress"),
                          GanttBar("l", "", BarKind.TASK, origin, span, progress=60)))
        if any(b.kind is BarKind.SUMMARY for b in bars):
            items.append((word("PDF", "Summary"),
                          GanttBar("l", "", BarKind.SUMMARY, origin, span)))
        mark = origin + timedelta(days=1.3)
        items.append((word("PDF", "Milestone"), GanttBar("l", "", BarKind.MILESTONE, mark, mark)))
        if any(b.baseline_start is not None for b in bars):
            items.append((word("PDF", "Baseline"),
                          GanttBar("l", "", BarKind.TASK, origin, span,
                                   baseline_start=origin, baseline_finish=span)))
        if any(b.deadline is not None for b in bars):
            items.append((word("PDF", "Deadline"),
                          GanttBar("l", "", BarKind.TASK, origin, origin + timedelta(days=1.6),
                                   deadline=origin + timedelta(days=2.2))))
        if self.plan.project.status_date is not None:
            items.append((word("PDF", "Status date"), None))
        return items

    def paint_legend(self, canvas: PageCanvas, rect: QRectF) -> None:
        """One line of samples drawn by the chart's own painter, each with its name."""
        p = canvas.painter
        rh = self.row_height
        scale = TimeScale(datetime(2025, 1, 13), 10.0)
        swatch = 28.0
        x = rect.left()
        y = rect.top() + (rect.height() - rh) / 2
        p.setFont(self.font)
        for label, bar in self.legend_items():
            p.save()
            p.translate(x, y)
            p.setClipRect(QRectF(-4, 0, swatch + 8, rh))
            if bar is None:
                p.setPen(QPen(self.palette.status_date, 1.5, Qt.PenStyle.DashLine))
                p.drawLine(QLineF(swatch / 2, 1, swatch / 2, rh - 1))
            else:
                self.painter.paint_rows(p, _OneBar(bar), scale, 0, 1, -4, swatch + 4)
            p.restore()
            p.setPen(self.palette.text)
            p.setFont(self.font)
            w = self.metrics.horizontalAdvance(label)
            p.drawText(QRectF(x + swatch + 6, y, w + 2, rh), Qt.AlignmentFlag.AlignVCenter, label)
            x += swatch + 6 + w + 18

    def layout(self, body: QSizeF) -> SheetLayout:
        o = self.options
        return layout_sheet(self.sheet_size(), body, o.fit, o.min_scale, o.tiles,
                            o.overlap_mm * MM)


class _OneBar:
    """A one-row source for the legend's samples."""

    def __init__(self, bar: GanttBar) -> None:
        self._bar = bar

    def row_count(self) -> int:
        return 1

    def bar(self, row: int) -> GanttBar | None:
        return self._bar if row == 0 else None

    def links(self, r0: int, r1: int) -> Iterable[GanttLink]:
        return ()

    def is_working_day(self, day: date) -> bool:
        return True


def gantt_title(sheet: GanttSheet) -> str:
    what = (word("PDF", "Gantt chart") if not sheet.options.chart_only
            else word("PDF", "Timeline"))
    title = sheet.options.title or what
    return f"{title} · {day_text(sheet.start)} – {day_text(sheet.finish - timedelta(days=1))}"


def gantt_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                   options: ExportOptions) -> PagedDocument:
    """The Gantt pages for ``options``, laid out and ready to paint on ``canvas``."""
    sheet = GanttSheet(canvas, plan, result, options)
    legend_h = sheet.row_height + 4.0 if options.legend else 0.0
    frame = page_frame(options, legend_h)
    # Room under the sheet for the overlap marks of tiled pages.
    body = QSizeF(frame.body.width(), frame.body.height() - 12)
    layout = sheet.layout(body)
    sheet.make_room_for_labels(layout.chart_width)
    scale = sheet.scale_for(layout.chart_width)
    width = sheet.table_width + layout.chart_width
    heading = PageHeading(plan.project.name, gantt_title(sheet), plan.project.status_date,
                          options.printed or datetime.now())

    def painter_for(tile: Tile) -> Callable[[PageCanvas, QRectF], None]:
        def paint(c: PageCanvas, rect: QRectF) -> None:
            p = c.painter
            p.save()
            p.translate(rect.topLeft())
            p.scale(layout.scale, layout.scale)
            height = sheet.paint_tile(p, tile, scale, width)
            p.restore()
            paint_overlap_marks(c, rect, tile, layout, height * layout.scale)
        return paint

    pages = [Page(painter_for(t), tile_mark(t, layout, options.fit)) for t in layout.tiles]
    return PagedDocument(heading, frame, pages, sheet.paint_legend if options.legend else None)


def gantt_image(plan: Plan, result: ScheduleResult, options: ExportOptions) -> QImage:
    """The chart (and table unless chart-only) as one picture, at ``options.dpi``; with
    ``options.width_px`` the picture is that wide and the chart stretches to fill it."""
    probe = QImage(1, 1, QImage.Format.Format_ARGB32)
    _set_dpi(probe, 72)
    canvas = PageCanvas(probe)
    sheet = GanttSheet(canvas, plan, result, options)
    canvas.end()
    k = options.dpi / 72.0
    chart_w = sheet.fixed_chart_width()
    margin = 12.0
    if chart_w is None:
        target = (options.width_px / k if options.width_px else 1000.0) - 2 * margin
        chart_w = max(160.0, target - sheet.table_width)
    width = sheet.table_width + chart_w
    rows_h = len(sheet.rows) * sheet.row_height
    title_h = 24.0
    legend_h = sheet.row_height + 8 if options.legend else 0.0
    total_w = width + 2 * margin
    total_h = title_h + sheet.header_height + rows_h + legend_h + 2 * margin
    if options.width_px and options.scale is not None:
        k = options.width_px / total_w
    px_w, px_h = math.ceil(total_w * k), math.ceil(total_h * k)
    if max(px_w, px_h) > _MAX_IMAGE_SIDE or px_w * px_h > _MAX_IMAGE_PIXELS:
        raise ValueError(
            f"the picture would be {px_w} x {px_h} pixels, too large for a PNG: choose a date "
            f"range, a lower resolution than {options.dpi} dpi, or export a PDF")
    image = QImage(px_w, px_h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    _set_dpi(image, 72)
    p = QPainter(image)
    p.scale(k, k)
    canvas = PageCanvas(image, p)
    sheet = GanttSheet(canvas, plan, result, options)
    sheet.make_room_for_labels(chart_w)
    scale = sheet.scale_for(chart_w)
    p.setFont(canvas.font(11, bold=True))
    p.setPen(sheet.palette.text)
    p.drawText(QRectF(margin, margin, width, title_h - 6),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
               f"{plan.project.name} — {gantt_title(sheet)}")
    p.save()
    p.translate(margin, margin + title_h)
    tile = Tile(1, 1, 0, len(sheet.rows), 0.0, width)
    height = sheet.paint_tile(p, tile, scale, width)
    p.restore()
    if options.legend:
        sheet.paint_legend(canvas, QRectF(margin, margin + title_h + height + 4, width,
                                          legend_h - 4))
    canvas.end()
    _set_dpi(image, round(k * 72))
    return image


def _set_dpi(image: QImage, dpi: float) -> None:
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
