"""Documents for people who will never open the plan: status report, risk register, board.

Each builder lays its content out in a :class:`_Flow` of blocks down the pages (tables
split between rows and repeat their header) and returns a
:class:`~pmdesk.render.pages.PagedDocument`; the footers then know the page count. The
pictures come from the screen's painters: the overview timeline is a
:class:`~pmdesk.render.gantt_pages.GanttSheet` and the heat map is
:func:`pmdesk.render.charts.paint_heat_map`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPen

from pmdesk.core.budget import budget_report
from pmdesk.core.calendar import project_calendar
from pmdesk.core.costs import plan_cost
from pmdesk.core.evm import MEASURE, evm_summary
from pmdesk.core.health import (
    baseline_slip,
    cost_headline,
    critical_tasks,
    late_tasks,
    missed_deadlines,
    schedule_headline,
    slip_level,
    status_moment,
)
from pmdesk.core.model import Plan, RiskKind, RiskStatus, Task
from pmdesk.core.money import format_money
from pmdesk.core.outline import outline_levels, summary_uids, wbs_codes
from pmdesk.core.risk import (
    KIND_LABELS,
    STATUS_LABELS,
    emv,
    heat_map,
    is_active,
    risk_band,
    risk_summary,
)
from pmdesk.core.schedule import ScheduleResult
from pmdesk.core.words import translating, word
from pmdesk.render.charts import BAND_COLORS, BAND_PALE, paint_heat_map
from pmdesk.render.gantt_pages import GanttSheet
from pmdesk.render.pages import (
    ACCENT,
    RULE,
    ExportOptions,
    Fit,
    Page,
    PageCanvas,
    PagedDocument,
    PageFrame,
    PageHeading,
    Tile,
    cell_text,
    day_text,
    elide,
    figure_text,
    layout_sheet,
    page_frame,
    wrap_lines,
)
from pmdesk.render.palette import BAD, GOOD, LEVEL_COLORS, MUTED, TEXT, WARN, figure_color

PANEL = QColor("#f5f6f8")

Paint = Callable[[PageCanvas, QRectF], None]


class _Flow:
    """Blocks stacked down the body of the pages, a new page when the next does not fit."""

    def __init__(self, body: QRectF) -> None:
        self.body = body
        self.pages: list[list[tuple[float, float, Paint]]] = [[]]
        self.y = 0.0

    @property
    def room(self) -> float:
        return self.body.height() - self.y

    def break_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def add(self, height: float, paint: Paint, gap: float = 10.0, keep: float = 0.0) -> None:
        """A block of ``height``; ``keep`` more points must fit too (a title and its first
        rows stay together)."""
        if self.y > 0 and height + keep > self.room:
            self.break_page()
        self.pages[-1].append((self.y, height, paint))
        self.y += height + gap

    def document(self, heading: PageHeading, frame: PageFrame) -> PagedDocument:
        def page(blocks: list[tuple[float, float, Paint]]) -> Page:
            def paint(canvas: PageCanvas, body: QRectF) -> None:
                for y, h, fn in blocks:
                    canvas.painter.save()
                    fn(canvas, QRectF(body.left(), body.top() + y, body.width(), h))
                    canvas.painter.restore()
            return Page(paint)

        return PagedDocument(heading, frame, [page(b) for b in self.pages if b] or [page([])])


def _align(right: bool) -> Qt.AlignmentFlag:
    return (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | \
        Qt.AlignmentFlag.AlignVCenter


def _section(flow: _Flow, title: str, keep: float, note: str = "") -> None:
    def paint(canvas: PageCanvas, r: QRectF) -> None:
        p = canvas.painter
        p.setFont(canvas.font(11, bold=True))
        p.setPen(ACCENT)
        p.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
        if note:
            p.setFont(canvas.font(8))
            p.setPen(MUTED)
            p.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, note)
        p.setPen(QPen(RULE, 0.8))
        p.drawLine(QPointF(r.left(), r.bottom() + 2), QPointF(r.right(), r.bottom() + 2))

    flow.add(18, paint, gap=8, keep=keep)


@dataclass(frozen=True, slots=True)
class _Col:
    header: str
    width: float  # a share of the table's width
    right: bool = False
    lines: int = 1  # lines a cell may wrap onto
    # As wide as its widest word, at least its share, for a column of a few fixed words
    # (a risk's kind, a milestone's tag) that must not be cut in a longer language.
    fit: bool = False


@dataclass(frozen=True, slots=True)
class _Cell:
    text: str
    color: QColor | None = None
    chip: QColor | None = None  # a filled tag behind the text (a risk's band)
    bold: bool = False


def _table(flow: _Flow, canvas: PageCanvas, cols: Sequence[_Col],
           rows: Sequence[Sequence[_Cell | str]], font_pt: float, empty: str = "") -> None:
    """A table split between rows across pages, its header repeated on each."""
    line = canvas.metrics(font_pt).height()
    if not rows:
        def paint_empty(c: PageCanvas, r: QRectF) -> None:
            c.painter.setFont(c.font(font_pt, italic=True))
            c.painter.setPen(MUTED)
            c.painter.drawText(r, _align(False), empty)
        flow.add(line + 4, paint_empty)
        return
    table = _TableStyle(cols, font_pt, line, _floors(canvas, cols, rows, font_pt))
    heights = [table.row_height(canvas, r, flow.body.width()) for r in rows]
    head_h = table.head_h
    i = 0
    while i < len(rows):
        room = flow.room - head_h
        if room < heights[i] and flow.y > 0:
            flow.break_page()
            room = flow.room - head_h
        j, used = i, 0.0
        while j < len(rows) and (used + heights[j] <= room or j == i):
            used += heights[j]
            j += 1
        flow.add(head_h + used, table.painter(rows[i:j], heights[i:j]),
                 gap=10 if j == len(rows) else 0)
        i = j
        if i < len(rows):
            flow.break_page()


def _cells(row: Sequence[_Cell | str]) -> list[_Cell]:
    return [c if isinstance(c, _Cell) else _Cell(str(c)) for c in row]


def _floors(canvas: PageCanvas, cols: Sequence[_Col], rows: Sequence[Sequence[_Cell | str]],
            font_pt: float) -> tuple[float, ...]:
    """The width each ``fit`` column needs for its header and widest cell (0 for others),
    the same on every page of the table."""
    floors = []
    for at, col in enumerate(cols):
        need = 0.0
        if col.fit:
            need = canvas.metrics(font_pt, True).horizontalAdvance(col.header)
            for cell in (_cells(row)[at] for row in rows):
                pad = 10.0 if cell.chip is not None else 0.0
                need = max(need, canvas.metrics(font_pt, cell.bold).horizontalAdvance(
                    cell.text) + pad)
            need += 8.0 + 1.0  # the cell's padding, and a point against rounding
        floors.append(need)
    return tuple(floors)


@dataclass(frozen=True, slots=True)
class _TableStyle:
    """How one table's header and rows are measured and painted."""

    cols: Sequence[_Col]
    font_pt: float
    line: float  # the height of a line of text
    floors: tuple[float, ...] = ()  # the widths the ``fit`` columns need (_floors)

    @property
    def head_h(self) -> float:
        return self.line + 8

    def widths(self, total: float) -> list[float]:
        """Each column's share of ``total``; a ``fit`` column widened to its floor takes
        the room from the others in proportion to their shares."""
        share = sum(c.width for c in self.cols)
        plain = [total * c.width / share for c in self.cols]
        floors = self.floors or (0.0,) * len(plain)
        extra = sum(max(f - w, 0.0) for w, f in zip(plain, floors, strict=True))
        pool = sum(w for w, f in zip(plain, floors, strict=True) if not f)
        if extra <= 0 or pool <= extra:  # nothing to widen, or no room to widen it in
            return plain
        keep = (pool - extra) / pool  # a fit column keeps its floor; the others give
        return [max(f, w) if f else w * keep for w, f in zip(plain, floors, strict=True)]

    def row_height(self, canvas: PageCanvas, row: Sequence[_Cell | str], width: float) -> float:
        metrics = canvas.metrics(self.font_pt)
        n = 1
        for col, cell, w in zip(self.cols, _cells(row), self.widths(width), strict=True):
            if col.lines > 1:
                n = max(n, len(wrap_lines(metrics, cell.text, w - 8, col.lines)))
        return self.line * n + 6

    def painter(self, chunk: Sequence[Sequence[_Cell | str]], heights: list[float]) -> Paint:
        def paint(c: PageCanvas, r: QRectF) -> None:
            p = c.painter
            ws = self.widths(r.width())
            self._paint_header(c, r, ws)
            y = r.top() + self.head_h
            for row, h in zip(chunk, heights, strict=True):
                x = r.left()
                for col, cell, w in zip(self.cols, _cells(row), ws, strict=True):
                    self._paint_cell(c, col, cell, QRectF(x, y, w, h))
                    x += w
                y += h
                p.setPen(QPen(RULE, 0.5))
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        return paint

    def _paint_header(self, c: PageCanvas, r: QRectF, ws: list[float]) -> None:
        p = c.painter
        head_h = self.head_h
        p.fillRect(QRectF(r.left(), r.top(), r.width(), head_h), PANEL)
        p.setFont(c.font(self.font_pt, bold=True))
        p.setPen(TEXT)
        x = r.left()
        for col, w in zip(self.cols, ws, strict=True):
            p.drawText(QRectF(x + 4, r.top(), w - 8, head_h), _align(col.right),
                       elide(c.metrics(self.font_pt, True), col.header, w - 8))
            x += w

    def _paint_cell(self, c: PageCanvas, col: _Col, cell: _Cell, r: QRectF) -> None:
        """One cell in ``r``, the cell's column and row without padding."""
        p = c.painter
        x, y, w, h = r.x(), r.y(), r.width(), r.height()
        m = c.metrics(self.font_pt, cell.bold)
        p.setFont(c.font(self.font_pt, bold=cell.bold))
        box = QRectF(x + 4, y + 3, w - 8, h - 6)
        if cell.chip is not None:
            tw = m.horizontalAdvance(cell.text) + 10
            chip = QRectF(box.right() - tw if col.right else box.left(),
                          y + (h - self.line - 2) / 2, tw, self.line + 2)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(cell.chip)
            p.drawRoundedRect(chip, 3, 3)
            p.setPen(cell.color or TEXT)
            p.drawText(chip, Qt.AlignmentFlag.AlignCenter, cell.text)
        else:
            p.setPen(cell.color or TEXT)
            if col.lines > 1:
                text = "\n".join(wrap_lines(m, cell.text, w - 8, col.lines))
                p.drawText(box, _align(False), text)
            else:
                p.drawText(QRectF(x + 4, y, w - 8, h), _align(col.right),
                           elide(m, cell.text, w - 8))


def _heading(plan: Plan, title: str, options: ExportOptions) -> PageHeading:
    return PageHeading(plan.project.name, options.title or title, plan.project.status_date,
                       options.printed or datetime.now())


def _decimal(value: str | float | None) -> Decimal | None:
    """An amount or ratio of :func:`pmdesk.core.evm.evm_summary` back as a Decimal."""
    return None if value is None else Decimal(str(value))


# -- status report --------------------------------------------------------------------------


# The parts of a headline of pmdesk.core.health with figures in them, and their words in
# the "HeadlineLabel" context (scripts/update_translations.py lists them for translators).
HEADLINE_PARTS = (
    (re.compile(r"(\d+) deadlines? missed"), "{} deadline(s) missed"),
    (re.compile(r"(.+) over budget by EAC"), "{} over budget by EAC"),
    (re.compile(r"(.+) over budget"), "{} over budget"),
    (re.compile(r"(.+) over planned cost by EAC"), "{} over planned cost by EAC"),
    (re.compile(r"(.+) over planned cost"), "{} over planned cost"),
    (re.compile(r"([+-]\d+) d vs baseline (\d\d \w{3} \d{4})"), "{} d vs baseline {}"),
)
_HEADLINE_INDEX = re.compile(r"(SPI|CPI) (\d+\.\d+)")


def headline_words(text: str, day: Callable[[datetime], str] = day_text) -> str:
    """A headline of pmdesk.core.health ("1 deadline missed · SPI 0.91") in the window's
    language, part by part, its baseline finish written by ``day`` (on paper "12.10.2026";
    the window's labels pass their own); English as core wrote it."""
    if not translating():
        return text
    shown = []
    for part in text.split(" · "):
        found = next(((m, w) for p, w in HEADLINE_PARTS if (m := p.fullmatch(part))), None)
        if found is not None:
            match, words = found
            values = list(match.groups())
            if len(values) == 2:  # the baseline's finish, a date
                values[1] = day(datetime.strptime(values[1], "%d %b %Y"))
            part = word("HeadlineLabel", words).format(*values)
        elif (index := _HEADLINE_INDEX.fullmatch(part)) is not None:
            part = f"{index[1]} {figure_text(float(index[2]), 2)}"
        else:
            part = word("Core", part)
        shown.append(part)
    return " · ".join(shown)


@dataclass(frozen=True, slots=True)
class _Tile:
    caption: str
    value: str
    note: str
    color: QColor


def _kpi_row(flow: _Flow, tiles: Sequence[_Tile]) -> None:
    def paint(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        gap = 8.0
        w = (r.width() - gap * (len(tiles) - 1)) / len(tiles)
        for k, t in enumerate(tiles):
            box = QRectF(r.left() + k * (w + gap), r.top(), w, r.height())
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PANEL)
            p.drawRoundedRect(box, 4, 4)
            p.setBrush(t.color)
            p.drawRect(QRectF(box.left(), box.top() + 4, 3, box.height() - 8))
            inner = box.adjusted(10, 6, -6, -6)
            p.setFont(c.font(7.5))
            p.setPen(MUTED)
            p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 11),
                       _align(False), t.caption.upper())
            # The figure whole: a long amount ("CHF 1,234,567.89") takes a smaller size
            # before it would lose digits.
            size = next((pt for pt in (14, 13, 12, 11, 10)
                         if c.metrics(pt, True).horizontalAdvance(t.value) <= inner.width()), 10)
            p.setFont(c.font(size, bold=True))
            p.setPen(TEXT)
            p.drawText(QRectF(inner.left(), inner.top() + 12, inner.width(), 20), _align(False),
                       elide(c.metrics(size, True), t.value, inner.width()))
            p.setFont(c.font(7.5, bold=True))
            p.setPen(t.color)
            # The headline: two lines, so "1 deadline missed · +3 d vs baseline" fits whole.
            for i, line in enumerate(wrap_lines(c.metrics(7.5, True), t.note, inner.width(), 2)):
                p.drawText(QRectF(inner.left(), inner.top() + 34 + 10 * i, inner.width(), 11),
                           _align(False), line)

    flow.add(72, paint, gap=14)


Fact = tuple[str, str, QColor | None]


def _facts_height(canvas: PageCanvas, columns: Sequence[tuple[str, Sequence[Fact]]],
                  font_pt: float) -> float:
    line = canvas.metrics(font_pt).height() + 4
    caption = 14.0 if any(title for title, _ in columns) else 0.0
    return caption + max((len(facts) for _, facts in columns), default=0) * line


def _facts(flow: _Flow, canvas: PageCanvas, columns: Sequence[tuple[str, Sequence[Fact]]],
           font_pt: float) -> None:
    """Label: value lines in side-by-side columns, each under an optional caption."""
    line = canvas.metrics(font_pt).height() + 4
    caption = 14.0 if any(title for title, _ in columns) else 0.0

    def paint(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        gap = 16.0
        col_w = (r.width() - gap * (len(columns) - 1)) / len(columns)
        label_w = col_w * 0.5
        value_w = col_w - label_w
        for i, (title, facts) in enumerate(columns):
            x = r.left() + i * (col_w + gap)
            if title:
                p.setFont(c.font(7.5, bold=True))
                p.setPen(MUTED)
                p.drawText(QRectF(x, r.top(), col_w, 11), _align(False), title.upper())
            for k, (label, value, color) in enumerate(facts):
                y = r.top() + caption + k * line
                p.setFont(c.font(font_pt))
                p.setPen(MUTED)
                p.drawText(QRectF(x, y, label_w - 4, line), _align(False),
                           elide(c.metrics(font_pt), label, label_w - 4))
                p.setFont(c.font(font_pt, bold=True))
                p.setPen(color or TEXT)
                p.drawText(QRectF(x + label_w, y, value_w, line), _align(False),
                           elide(c.metrics(font_pt, True), value, value_w))

    flow.add(_facts_height(canvas, columns, font_pt), paint)


def _judged(key: str, value: object) -> QColor | None:
    """The colour of an earned value figure ``key`` of ``evm_summary``: how its
    :data:`pmdesk.core.evm.MEASURES` judges it, as the Budget view colours it."""
    return None if value is None else figure_color(MEASURE[key].level(Decimal(str(value))))


def _index(s: _Status, key: str) -> Fact:
    """SPI or CPI (``key``) as its value and colour."""
    value = s.evm[key]
    if value is None:
        return "", "—", MUTED
    return "", figure_text(value, 2), _judged(key, value)


def _working_days(minutes: int, plan: Plan) -> str:
    days = minutes / plan.project.minutes_per_day
    return word("PDF", "{days} d").format(days=f"{days:+.0f}" if abs(days) >= 0.5 else "0")


@dataclass(frozen=True, slots=True)
class _Status:
    """The figures the status report's sections share, worked out once."""

    plan: Plan
    result: ScheduleResult
    now: datetime
    leaves: list[Task]
    late: list[Task]
    evm: dict[str, Any]
    planned: Decimal
    risks: dict[str, Any]

    @property
    def bands(self) -> dict[str, int]:
        return self.risks["open_by_band"]

    def amount(self, key: str) -> str:
        value = self.evm[key]
        return format_money(Decimal(value), self.plan.project.currency) if value is not None \
            else "—"


def _status(plan: Plan, result: ScheduleResult) -> _Status:
    summaries = summary_uids(plan.tasks)
    now = status_moment(plan)
    return _Status(
        plan, result, now,
        leaves=[t for t in plan.tasks if t.uid not in summaries and t.uid in result.tasks],
        late=late_tasks(plan, result, now),
        evm=evm_summary(plan, result),
        planned=plan_cost(plan, result),
        risks=risk_summary(plan, now.date()),
    )


def status_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                    options: ExportOptions) -> PagedDocument:
    """One or two pages for executives: where the project stands and what needs them."""
    frame = page_frame(options)
    flow = _Flow(frame.body)
    pt = options.font_pt + 1
    status = _status(plan, result)
    _status_tiles(flow, status)
    _overview_timeline(flow, canvas, status, options, frame)
    _milestone_outlook(flow, canvas, status, pt)
    _schedule_and_cost(flow, canvas, status, pt)
    _top_risks(flow, canvas, status, pt)
    if plan.board_columns:
        _board_counts(flow, plan, pt)
    if plan.products:
        from pmdesk.render.product_page import add_product_page

        add_product_page(flow, canvas, plan, result, pt)
    return flow.document(_heading(plan, word("PDF", "Status report"), options), frame)


def _status_tiles(flow: _Flow, s: _Status) -> None:
    """Finish, complete, cost and risks as four tiles across the top."""
    plan, cur = s.plan, s.plan.project.currency
    weight = sum(max(t.duration, 1) for t in s.leaves) or 1
    complete = sum(max(t.duration, 1) * t.percent_complete for t in s.leaves) / weight
    schedule_head = schedule_headline(plan, s.result, _decimal(s.evm["spi"]))
    budget = budget_report(plan).project.budget
    cost_head = cost_headline(s.planned, budget, Decimal(s.evm["bac"]), _decimal(s.evm["eac"]),
                              _decimal(s.evm["cpi"]), cur)
    bands = s.bands
    risk_color = BAD if bands["high"] else (WARN if bands["medium"] else GOOD)
    late = s.late
    _kpi_row(flow, [
        _Tile(word("PDF", "Finish"), day_text(s.result.project_finish),
              headline_words(schedule_head.text), LEVEL_COLORS[schedule_head.level]),
        _Tile(word("PDF", "Complete"), f"{complete:.0f}%",
              (word("PDF", "1 late task") if len(late) == 1
               else word("PDF", "{count} late tasks").format(count=len(late))) if late
              else word("PDF", "nothing late"),
              BAD if late else GOOD),
        _Tile(word("PDF", "Cost"), format_money(s.planned, cur), headline_words(cost_head.text),
              LEVEL_COLORS[cost_head.level]),
        _Tile(word("PDF", "Risks"), word("PDF", "{count} active").format(
            count=s.risks["active"]),
              word("PDF", "{high} high · {medium} medium").format(
                  high=bands["high"], medium=bands["medium"]), risk_color),
    ])


def _overview_timeline(flow: _Flow, canvas: PageCanvas, s: _Status, options: ExportOptions,
                       frame: PageFrame) -> None:
    """Phases and milestones on a Gantt strip the width of the page."""
    plan, dates = s.plan, s.result.tasks
    levels = outline_levels(plan.tasks)
    overview = [t.uid for t in plan.tasks if t.uid in dates and (
        (levels[t.uid] == 1) or (t.milestone and levels[t.uid] <= 3))][:28]
    if not overview:
        return
    sheet_options = replace(options, view="gantt", columns=("name", "finish"),
                            rows=tuple(overview), chart_only=False, scale=None,
                            fit=Fit.WIDTH, legend=False, tiles=None, date_from=None,
                            date_to=None, font_pt=max(options.font_pt, 7.5))
    sheet = GanttSheet(canvas, plan, s.result, sheet_options)
    layout = layout_sheet(sheet.sheet_size(), QSizeF(frame.body.width(), 10_000),
                          Fit.WIDTH, 1.0)
    scale = sheet.scale_for(layout.chart_width)
    width = sheet.table_width + layout.chart_width
    tile = Tile(1, 1, 0, len(sheet.rows), 0.0, width)
    height = sheet.header_height + len(sheet.rows) * sheet.row_height

    def paint_timeline(c: PageCanvas, r: QRectF) -> None:
        c.painter.translate(r.topLeft())
        sheet.paint_tile(c.painter, tile, scale, width)

    _section(flow, word("PDF", "Timeline"), keep=height)
    flow.add(height, paint_timeline, gap=14)


def _milestone_outlook(flow: _Flow, canvas: PageCanvas, s: _Status, pt: float) -> None:
    """The overdue milestones, then the next six."""
    plan, dates, now = s.plan, s.result.tasks, s.now
    mpd = plan.project.minutes_per_day
    calendar = project_calendar(plan)
    milestones = [t for t in plan.tasks if t.milestone and t.uid in dates]
    upcoming = sorted((t for t in milestones if t.percent_complete < 100
                       and dates[t.uid].finish >= now), key=lambda t: dates[t.uid].finish)[:6]
    overdue = sorted((t for t in milestones if t.percent_complete < 100
                      and dates[t.uid].finish < now), key=lambda t: dates[t.uid].finish)
    wbs = wbs_codes(plan.tasks)
    _section(flow, word("PDF", "Milestones"), keep=60,
             note=word("PDF", "{overdue} overdue · {next} next").format(
                 overdue=len(overdue), next=len(upcoming)))
    rows: list[list[_Cell | str]] = []
    for t in overdue:
        d = dates[t.uid]
        late_days = f"{calendar.between(d.finish, now) / mpd:.0f}"
        rows.append([_Cell(word("PDF", "Overdue"), QColor("#ffffff"), BAD), wbs[t.uid], t.name,
                     day_text(d.finish),
                     _Cell(word("PDF", "{days} working days late").format(days=late_days),
                           BAD)])
    for t in upcoming:
        d = dates[t.uid]
        crit = d.critical
        slack = word("PDF", "{days} d slack").format(days=f"{d.total_slack / mpd:.0f}")
        rows.append([_Cell(word("PDF", "Next"), QColor("#ffffff"), ACCENT), wbs[t.uid], t.name,
                     day_text(d.finish),
                     _Cell(word("PDF", "critical") if crit else slack, BAD if crit else None)])
    _table(flow, canvas, [_Col("", 0.9, fit=True), _Col(word("PDF", "WBS"), 0.6),
                          _Col(word("PDF", "Milestone"), 4.2), _Col(word("PDF", "Due"), 1.3),
                          _Col(word("PDF", "Outlook"), 1.8)], rows, pt - 1,
           word("PDF", "No open milestones."))


def _schedule_facts(s: _Status) -> list[Fact]:
    plan, result = s.plan, s.result
    baseline = baseline_slip(plan, result)
    slip = baseline[0] if baseline is not None else None
    critical = critical_tasks(plan, result)
    open_leaves = [t for t in s.leaves if t.percent_complete < 100]
    min_slack = min((result.tasks[t.uid].total_slack for t in open_leaves), default=0)
    deadline_misses = missed_deadlines(plan, result)
    spi = _index(s, "spi")
    return [
        (word("PDF", "Planned finish"), day_text(result.project_finish), None),
        (word("PDF", "Baseline finish"),
         day_text(baseline[1]) if baseline is not None else word("PDF", "none set"), None),
        (word("PDF", "Finish variance"), _working_days(slip, plan) if slip is not None else "—",
         LEVEL_COLORS[slip_level(plan, slip)] if slip is not None else None),
        (word("PDF", "SPI"), spi[1], spi[2]),
        (word("PDF", "Critical tasks open"), str(len(critical)), WARN if critical else None),
        (word("PDF", "Least slack"), _working_days(min_slack, plan).lstrip("+"),
         BAD if min_slack < 0 else None),
        (word("PDF", "Late tasks"), str(len(s.late)), BAD if s.late else GOOD),
        (word("PDF", "Deadlines missed"), str(len(deadline_misses)),
         BAD if deadline_misses else GOOD),
    ]


def _cost_facts(s: _Status) -> list[Fact]:
    cur = s.plan.project.currency
    budget_row = budget_report(s.plan).project
    budget = budget_row.budget
    cpi = _index(s, "cpi")
    amount = s.amount
    return [
        (word("PDF", "Budget"), format_money(budget, cur) if budget else word("PDF", "none set"),
         None),
        (word("PDF", "Planned cost (BAC)"), amount("bac"), None),
        (word("PDF", "Earned value (EV)"), amount("ev"), None),
        (word("PDF", "Planned value (PV)"), amount("pv"), None),
        (word("PDF", "Actual cost (AC)"), amount("ac"), None),
        (word("PDF", "CPI"), cpi[1], cpi[2]),
        (word("PDF", "Estimate at completion"), amount("eac"), None),
        (word("PDF", "Variance at completion"), amount("vac"), _judged("vac", s.evm["vac"])),
        (word("PDF", "Budget remaining"),
         format_money(budget_row.remaining, cur) if budget else "—",
         (BAD if budget_row.remaining < 0 else None) if budget else None),
        (word("PDF", "Contingency reserve"),
         format_money(Decimal(s.risks["contingency_reserve"]), cur), None),
    ]


def _schedule_and_cost(flow: _Flow, canvas: PageCanvas, s: _Status, pt: float) -> None:
    """Schedule and cost health side by side, with earned value."""
    source = s.evm["source"]
    note = (word("PDF", "Earned value against baseline {number}").format(
        number=source.removeprefix("baseline ")) if source.startswith("baseline")
        else word("PDF", "Earned value against the current plan: no baseline saved"))
    health = [(word("PDF", "Schedule"), _schedule_facts(s)), (word("PDF", "Cost"), _cost_facts(s))]
    _section(flow, word("PDF", "Schedule and cost"), keep=_facts_height(canvas, health, pt - 0.5),
             note=note)
    _facts(flow, canvas, health, pt - 0.5)


def _top_risks(flow: _Flow, canvas: PageCanvas, s: _Status, pt: float) -> None:
    bands = s.bands
    cur = s.plan.project.currency
    _section(flow, word("PDF", "Top risks"), keep=90,
             note=word("PDF", "{high} high, {medium} medium, {low} low").format(**bands))
    by_code = {r.code: r for r in s.plan.risks}
    risk_rows: list[list[_Cell | str]] = []
    for item in s.risks["top"]:
        r = by_code[item["code"]]
        band = item["band"]
        risk_rows.append([
            r.code, r.title, r.owner or "—",
            _Cell(str(r.score), QColor("#ffffff") if band != "medium" else TEXT,
                  BAND_COLORS[band]),
            _Cell(format_money(emv(r), cur), BAD if emv(r) < 0 else GOOD),
            r.response or r.strategy or "—",
        ])
    _table(flow, canvas, [_Col(word("PDF", "Code"), 0.7), _Col(word("PDF", "Risk"), 3.2, lines=2),
                          _Col(word("PDF", "Owner"), 1.4),
                          _Col(word("PDF", "Score"), 0.7, right=True),
                          _Col(word("PDF", "EMV"), 1.3, right=True),
                          _Col(word("PDF", "Response"), 3.0, lines=2)], risk_rows, pt - 1,
           word("PDF", "No active risks."))


def _board_counts(flow: _Flow, plan: Plan, pt: float) -> None:
    columns = sorted(plan.board_columns, key=lambda c: c.position)
    counts = {c.uid: 0 for c in columns}
    for t in plan.tasks:
        if t.board_column_uid in counts:
            counts[t.board_column_uid] += 1
    most = max(counts.values(), default=0) or 1
    total = sum(counts.values())
    bar_h = pt + 8

    def paint(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        label_w = r.width() * 0.22
        for k, col in enumerate(columns):
            y = r.top() + k * (bar_h + 3)
            n = counts[col.uid]
            over = col.wip_limit is not None and n > col.wip_limit
            p.setFont(c.font(pt))
            p.setPen(TEXT)
            p.drawText(QRectF(r.left(), y, label_w, bar_h), _align(False), col.name)
            w = (r.width() * 0.55) * n / most
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAD if over else (GOOD if col.done else QColor("#6b9fe0")))
            p.drawRoundedRect(QRectF(r.left() + label_w, y + 2, max(w, 1.5), bar_h - 4), 2, 2)
            p.setFont(c.font(pt, bold=True))
            p.setPen(BAD if over else TEXT)
            limit = (word("PDF", " (limit {limit})").format(limit=col.wip_limit)
                     if col.wip_limit is not None else "")
            p.drawText(QRectF(r.left() + label_w + w + 6, y, r.width() * 0.3, bar_h),
                       _align(False), f"{n}{limit}")

    _section(flow, word("PDF", "Board"), keep=len(columns) * (bar_h + 3),
             note=word("PDF", "{cards} cards in {columns} columns").format(
                 cards=total, columns=len(columns)))
    flow.add(len(columns) * (bar_h + 3), paint)


# -- risk register ----------------------------------------------------------------------------


def risks_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                   options: ExportOptions) -> PagedDocument:
    """Heat maps (before and after responses), the totals, then the whole register."""
    frame = page_frame(options)
    flow = _Flow(frame.body)
    pt = options.font_pt
    project = plan.project
    cur = project.currency
    summary = risk_summary(plan, (project.status_date or datetime.now()).date())
    active = [r for r in plan.risks if is_active(r)]
    inherent = heat_map(active)
    residual = heat_map(active, residual=True)
    side = 190.0

    def paint_maps(c: PageCanvas, r: QRectF) -> None:
        p = c.painter
        p.setFont(c.font(pt))
        paint_heat_map(p, QRectF(r.left(), r.top(), side + 40, side + 20), inherent, project,
                       title=word("PDF", "Active risks now"))
        p.setFont(c.font(pt))
        paint_heat_map(p, QRectF(r.left() + side + 70, r.top(), side + 40, side + 20), residual,
                       project, title=word("PDF", "After responses"))
        _paint_risk_totals(c, QRectF(r.left() + 2 * side + 150, r.top() + 20,
                                     r.width() - 2 * side - 150, r.height()),
                           _risk_totals(summary, cur), pt + 1)

    wide = frame.body.width() >= 2 * side + 330
    if wide:
        flow.add(side + 24, paint_maps, gap=16)
    else:
        def paint_map(c: PageCanvas, r: QRectF) -> None:
            c.painter.setFont(c.font(pt))
            paint_heat_map(c.painter, QRectF(r.left(), r.top(), side + 40, side + 20), inherent,
                           project, title=word("PDF", "Active risks now"))
        flow.add(side + 24, paint_map, gap=16)

    ranked = sorted(plan.risks, key=lambda r: (not is_active(r), -r.score, r.code))
    rows: list[list[_Cell | str]] = []
    for r in ranked:
        band = risk_band(r, project)
        res = r.residual_score
        rows.append([
            _Cell(r.code, bold=True), r.title, r.category,
            word("Core", KIND_LABELS[RiskKind(r.kind)]), r.owner or "—",
            word("Core", STATUS_LABELS[RiskStatus(r.status)]), f"{r.probability}",
            f"{r.impact}",
            _Cell(str(r.score), QColor("#ffffff") if band != "medium" else TEXT,
                  BAND_COLORS[band] if is_active(r) else BAND_PALE[band]),
            str(res) if res is not None else "—",
            format_money(emv(r), cur), r.response or r.strategy or "—",
        ])
    _section(flow, word("PDF", "Register"), keep=80,
             note=word("PDF", "{count} risks, highest score first").format(
                 count=len(plan.risks)))
    _table(flow, canvas, [
        _Col(word("PDF", "Code"), 0.7), _Col(word("PDF", "Risk"), 3.0, lines=2),
        _Col(word("PDF", "Category"), 1.2, lines=2), _Col(word("PDF", "Kind"), 0.9, fit=True),
        _Col(word("PDF", "Owner"), 1.3), _Col(word("PDF", "Status"), 1.0, fit=True),
        _Col(word("PDF", "P"), 0.3, True), _Col(word("PDF", "I"), 0.3, True),
        _Col(word("PDF", "Score"), 0.6, True), _Col(word("PDF", "Residual"), 0.95, True),
        _Col(word("PDF", "EMV"), 1.15, True), _Col(word("PDF", "Response"), 3.0, lines=2),
    ], rows, pt, word("PDF", "The register is empty."))
    return flow.document(_heading(plan, word("PDF", "Risk register"), options), frame)


def _risk_totals(summary: dict[str, Any], cur: str) -> list[tuple[str, str]]:
    """The register's totals beside its heat maps, as label and value."""
    return [
        (word("PDF", "Risks in the register"), str(summary["total"])),
        (word("PDF", "Active"), word(
            "PDF", "{active} ({threats} threats, {opportunities} opportunities)").format(
            active=summary["active"], threats=summary["threats"],
            opportunities=summary["opportunities"])),
        (word("PDF", "High / medium / low"), " / ".join(str(summary["open_by_band"][b])
                                                       for b in ("high", "medium", "low"))),
        (word("PDF", "EMV of threats"), format_money(Decimal(summary["emv_threats"]), cur)),
        (word("PDF", "EMV of opportunities"),
         format_money(Decimal(summary["emv_opportunities"]), cur)),
        (word("PDF", "Contingency reserve"),
         format_money(Decimal(summary["contingency_reserve"]), cur)),
        (word("PDF", "Reviews overdue"),
         ", ".join(summary["overdue_reviews"]) or word("PDF", "none")),
    ]


def _paint_risk_totals(c: PageCanvas, r: QRectF, facts: Sequence[tuple[str, str]],
                       pt: float) -> None:
    """Label and value lines from the top of ``r``; a value longer than its room (German
    "12 (10 Bedrohungen, 2 Chancen)") takes a second line rather than losing its end."""
    p = c.painter
    step = c.metrics(pt).height()
    x, y, w = r.left(), r.top(), r.width()
    for label, value in facts:
        p.setFont(c.font(pt))
        p.setPen(MUTED)
        p.drawText(QRectF(x, y, w * 0.42, step + 6), _align(False), label)
        p.setFont(c.font(pt, bold=True))
        p.setPen(TEXT)
        lines = wrap_lines(c.metrics(pt, True), value, w * 0.58, 2)
        height = step * len(lines) + 6
        p.drawText(QRectF(x + w * 0.42, y, w * 0.58, height), _align(False), "\n".join(lines))
        y += height


# -- board ------------------------------------------------------------------------------------


def board_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                   options: ExportOptions) -> PagedDocument:
    """The board's columns side by side, each card drawn by the board view's own painter
    (:class:`~pmdesk.render.board.BoardPainter`); long columns continue on further pages."""
    from pmdesk.core.board import LaneBy, build_board
    from pmdesk.render.board import BoardPainter, CardLook

    frame = page_frame(options)
    body = frame.body
    pt = options.font_pt
    board = build_board(plan, LaneBy.NONE)
    columns = board.columns
    cards = {c.uid: [card for lane in board.lanes for card in board.cell(lane.key, c.uid)]
             for c in columns}
    # The card painter's smallest text is 0.7 of its font: 10 pt keeps that at 7 pt.
    painter = BoardPainter(canvas.font(max(pt, 10.0)))
    head_h = 30.0
    card_h = float(painter.card_height)
    gap = 6.0
    per_page = max(1, int((body.height() - head_h - 8) // (card_h + gap)))
    n_pages = max(1, max((math.ceil(len(v) / per_page) for v in cards.values()), default=1))
    heading = _heading(plan, word("PDF", "Board"), options)
    if not columns:
        def paint_empty(c: PageCanvas, r: QRectF) -> None:
            c.painter.setFont(c.font(pt + 2, italic=True))
            c.painter.setPen(MUTED)
            c.painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                               word("PDF", "This project has no board columns."))
        return PagedDocument(heading, frame, [Page(paint_empty)])
    dates = result.tasks

    def page(k: int) -> Page:
        def paint(c: PageCanvas, r: QRectF) -> None:
            p = c.painter
            col_gap = 8.0
            w = (r.width() - col_gap * (len(columns) - 1)) / len(columns)
            for i, col in enumerate(columns):
                x = r.left() + i * (w + col_gap)
                items = cards[col.uid]
                n = board.counts.get(col.uid, len(items))
                over = board.over_limit(col)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(PANEL)
                p.drawRoundedRect(QRectF(x, r.top(), w, r.height()), 5, 5)
                p.setFont(c.font(pt + 1.5, bold=True))
                p.setPen(TEXT)
                title = (word("PDF", "{column} (continued)").format(column=col.name) if k
                         else col.name)
                p.drawText(QRectF(x + 8, r.top() + 4, w - 16, 14), _align(False),
                           elide(c.metrics(pt + 1.5, True), title, w - 16))
                limit = f" / {col.wip_limit}" if col.wip_limit is not None else ""
                p.setFont(c.font(pt))
                p.setPen(BAD if over else MUTED)
                cards_text = (word("PDF", "{count}{limit} card") if n == 1
                              else word("PDF", "{count}{limit} cards")).format(
                    count=n, limit=limit)
                p.drawText(QRectF(x + 8, r.top() + 17, w - 16, 12), _align(False),
                           cards_text
                           + (word("PDF", " — over the WIP limit") if over else "")
                           + (word("PDF", " — done") if col.done else ""))
                y = r.top() + head_h
                for card in items[k * per_page:(k + 1) * per_page]:
                    d = dates.get(card.uid)
                    painter.card(p, QRectF(x + 5, y, w - 10, card_h), card,
                                 CardLook(d.finish if d is not None else None))
                    y += card_h + gap
        return Page(paint)

    return PagedDocument(heading, frame, [page(k) for k in range(n_pages)])


# -- product backlog ------------------------------------------------------------------------

#: The backlog's columns on paper, by key of :data:`pmdesk.core.product.columns.FEATURE_COLUMNS`
#: (header and cell text come from there), with their share of the width.
BACKLOG_PRINTED = (("rank", 0.35, True), ("title", 3.2, False), ("status", 0.9, False),
                   ("score", 0.8, True), ("moscow", 0.7, False), ("kano", 0.9, False),
                   ("evidence", 0.7, True), ("release", 0.9, False), ("owner", 1.2, False),
                   ("finish", 0.9, False))


def backlog_document(canvas: PageCanvas, plan: Plan, result: ScheduleResult,
                     options: ExportOptions) -> PagedDocument:
    """The value-versus-effort chart (as on screen), then the ranked backlog."""
    from pmdesk.core.product.columns import FEATURE_COLUMNS, Backlog
    from pmdesk.render.value_effort import chart_points, paint_value_effort

    frame = page_frame(options)
    flow = _Flow(frame.body)
    pt = options.font_pt
    backlog = Backlog(plan, result)
    ranks = {r.feature.uid: r.rank for r in backlog.ranking}
    chart = chart_points(plan.features, backlog.framework, ranks)
    height = min(frame.body.height() * 0.62, frame.body.width() * 0.55)

    def paint_chart(c: PageCanvas, r: QRectF) -> None:
        c.painter.setFont(c.font(pt))
        paint_value_effort(c.painter, QRectF(r.left(), r.top(), r.width(), height), chart)

    flow.add(height, paint_chart, gap=16)
    rows: list[list[_Cell | str]] = []
    for entry in backlog.ranking:
        f = entry.feature
        cells: list[_Cell | str] = []
        for key, _w, _right in BACKLOG_PRINTED:
            declared = FEATURE_COLUMNS.get(key)
            text = cell_text(declared, declared.text(backlog, f))
            if key == "rank" and entry.pinned:
                cells.append(_Cell(text + "*", bold=True))
            else:
                cells.append(text or "—")
        rows.append(cells)
    pinned = sum(1 for r in backlog.ranking if r.pinned)
    note = word("PDF", "{count} features by {framework}").format(
        count=len(rows), framework=backlog.framework.upper()) + (
        word("PDF", "; * pinned by hand ({count})").format(count=pinned) if pinned else "")
    _section(flow, word("PDF", "Ranked backlog"), keep=80, note=note)
    # A column of fixed words (status, MoSCoW, Kano) is as wide as its words in the language.
    fixed = {c.key for c in FEATURE_COLUMNS if c.choices is not None and not c.free_text}
    _table(flow, canvas, [_Col(word("Columns", FEATURE_COLUMNS.get(k).header), w, right,
                               lines=2 if k == "title" else 1, fit=k in fixed)
                          for k, w, right in BACKLOG_PRINTED],
           rows, pt, word("PDF", "The backlog is empty."))
    return flow.document(_heading(plan, word("PDF", "Product backlog"), options), frame)
