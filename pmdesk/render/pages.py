"""Printed pages: paper, options, page frames and the layout of a large sheet over pages.

Everything a PDF, a PNG or a printer gets from pmdesk goes through here, so a PDF and a
print from the preview dialog look the same. Coordinates on a page are points (1/72 inch):
:class:`PageCanvas` scales the painter of any device (a ``QPdfWriter``, a ``QPrinter``, a
``QImage``) so that one unit is one point, and makes fonts whose sizes are points on that
device.

A sheet (a table beside a Gantt chart) is larger than a page. :func:`layout_sheet` decides
the scale and cuts the sheet into :class:`Tile` s: whole rows down the pages, slices of the
width across them, with an overlap to tape tiles together. The scale never takes text
below :data:`MIN_FONT_PT`; when the sheet does not fit at that size, it gets more pages.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
)

from pmdesk.core.columns import Column, column_key, printed_columns
from pmdesk.core.entry import format_date
from pmdesk.core.words import translating, word
from pmdesk.render import written
from pmdesk.render.palette import MUTED, TEXT

MIN_FONT_PT = 7.0
"""The smallest text pmdesk prints: below it a page is hard to read when printed."""

FONT_FAMILY = "DejaVu Sans"
MM = 72 / 25.4  # points per millimetre

PAPERS: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "A2": QPageSize.PageSizeId.A2,
    "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal,
    "Tabloid": QPageSize.PageSizeId.Tabloid,
}

VIEWS = ("gantt", "board", "risks", "report", "backlog", "roadmap")
ROADMAP_LAYOUTS = ("timeline", "now-next-later")
ROADMAP_LANES = ("theme", "objective", "owner")

class Fit(StrEnum):
    """How a sheet goes onto paper."""

    PAGE = "page"  # everything on one page (more only when text would get too small)
    WIDTH = "width"  # the width of one page, flowing down as many pages as needed
    TILE = "tile"  # rows x columns of pages with an overlap, to tape together


class Scale(StrEnum):
    """The time scale of the chart; the chart's width follows from it."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    QUARTERS = "quarters"

    @property
    def points_per_day(self) -> float:
        # Wide enough that the time scale shows this unit in its lower tier.
        return {"days": 20.0, "weeks": 5.0, "months": 1.7, "quarters": 0.5}[self.value]


def paper_names() -> str:
    return ", ".join(PAPERS)


def paper_id(name: str) -> QPageSize.PageSizeId:
    """The page size called ``name`` (any case); ValueError naming the known sizes."""
    for known, pid in PAPERS.items():
        if known.lower() == name.strip().lower():
            return pid
    raise ValueError(f"unknown paper {name!r}: use one of {paper_names()}")


def parse_day(text: str, what: str) -> date:
    """A date typed as ``YYYY-MM-DD``; ValueError naming the option and the text."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{what} {text!r}: expected a date as YYYY-MM-DD") from None


def _one_of(what: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        choices = " or ".join(allowed) if len(allowed) == 2 else f"one of {', '.join(allowed)}"
        raise ValueError(f"unknown {what} {value!r}: use {choices}")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What a user chose in the export dialog or on the command line, checked on creation.

    ``rows`` are the task uids to show, top to bottom (the Gantt view passes what it shows,
    so collapsed summaries and filters carry over); None shows every task.
    ``date_from``/``date_to`` limit the chart to a date range and the rows to the tasks in
    it. ``tiles`` (rows, columns) asks the tile layout for that many pages; None lets the
    layout use as many as the chosen scale needs. ``printed`` is the moment in the footer
    (None: now).
    """

    view: str = "gantt"
    paper: str = "A4"
    landscape: bool | None = None
    margin_mm: float = 10.0
    fit: Fit = Fit.WIDTH
    tiles: tuple[int, int] | None = None
    overlap_mm: float = 8.0
    date_from: date | None = None
    date_to: date | None = None
    columns: tuple[str, ...] = field(default_factory=printed_columns)
    chart_only: bool = False
    scale: Scale | None = None
    font_pt: float = 8.0
    legend: bool = True
    title: str = ""
    rows: tuple[str, ...] | None = None
    dpi: int = 150
    width_px: int | None = None
    printed: datetime | None = None
    layout: str = "timeline"  # the roadmap's: timeline or now-next-later
    lanes: str = "theme"  # the roadmap timeline's lanes: theme, objective or owner

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        _one_of("view", self.view, VIEWS)
        pid = paper_id(self.paper)
        put("paper", next(k for k, v in PAPERS.items() if v == pid))
        try:
            put("fit", Fit(str(self.fit).lower()))
        except ValueError:
            raise ValueError(f"unknown fit {self.fit!r}: use one of "
                             f"{', '.join(f.value for f in Fit)}") from None
        if self.scale is not None:
            try:
                put("scale", Scale(str(self.scale).lower()))
            except ValueError:
                raise ValueError(f"unknown scale {self.scale!r}: use one of "
                                 f"{', '.join(s.value for s in Scale)}") from None
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise ValueError(f"the date range ends ({self.date_to.isoformat()}) before it "
                             f"starts ({self.date_from.isoformat()})")
        put("columns", tuple(dict.fromkeys(column_key(c) for c in self.columns)))
        if self.font_pt < MIN_FONT_PT:
            raise ValueError(f"text size {self.font_pt:g} pt is below the readable minimum "
                             f"of {MIN_FONT_PT:g} pt")
        if not self.font_pt <= 24:  # NaN too
            what = "is too large" if self.font_pt > 24 else "is not a size"
            raise ValueError(f"text size {self.font_pt:g} pt {what}: use 7 to 24 pt")
        if not 0 <= self.margin_mm <= 50:
            raise ValueError(f"margin {self.margin_mm:g} mm: use 0 to 50 mm")
        if not 0 <= self.overlap_mm <= 40:
            raise ValueError(f"overlap {self.overlap_mm:g} mm: use 0 to 40 mm")
        if self.tiles is not None and (len(self.tiles) != 2 or min(self.tiles) < 1
                                       or max(self.tiles) > 50):
            raise ValueError(f"tiles {self.tiles!r}: use rows x columns, each 1 to 50")
        if not 36 <= self.dpi <= 1200:
            raise ValueError(f"resolution {self.dpi} dpi: use 36 to 1200 dpi")
        if self.width_px is not None and not 100 <= self.width_px <= 30000:
            raise ValueError(f"image width {self.width_px} px: use 100 to 30000 pixels")
        if self.rows is not None:
            put("rows", tuple(self.rows))
        _one_of("roadmap layout", self.layout, ROADMAP_LAYOUTS)
        _one_of("roadmap lanes", self.lanes, ROADMAP_LANES)

    @property
    def page_size(self) -> QPageSize:
        return QPageSize(PAPERS[self.paper])

    @property
    def is_landscape(self) -> bool:
        return self.landscape if self.landscape is not None else self.view != "report"

    @property
    def orientation(self) -> QPageLayout.Orientation:
        return (QPageLayout.Orientation.Landscape if self.is_landscape
                else QPageLayout.Orientation.Portrait)

    def page_layout(self) -> QPageLayout:
        """The paper with no device margins: pmdesk draws its own margins."""
        return QPageLayout(self.page_size, self.orientation, QMarginsF(0, 0, 0, 0),
                           QPageLayout.Unit.Point)

    def paper_rect(self) -> QRectF:
        """The whole sheet of paper in points, in the chosen orientation."""
        size = self.page_size.size(QPageSize.Unit.Point)
        w, h = size.width(), size.height()
        if self.is_landscape:
            w, h = max(w, h), min(w, h)
        else:
            w, h = min(w, h), max(w, h)
        return QRectF(0, 0, w, h)

    @property
    def min_scale(self) -> float:
        """The smallest scale that keeps text at :data:`MIN_FONT_PT` or larger."""
        return min(1.0, MIN_FONT_PT / self.font_pt)


# -- fonts and devices ------------------------------------------------------------------------


class PageCanvas:
    """A painter on a device where one unit is one point, with fonts sized in points.

    Qt sizes a font for the device it is painted on and then applies the painter's
    transform; to keep a point a point on a device of ``dpi`` dots per inch the painter is
    scaled by ``dpi / 72`` and fonts are given ``72 / dpi`` of their size.
    """

    def __init__(self, device: QPaintDevice, painter: QPainter | None = None) -> None:
        self.device = device
        self.painter = painter or QPainter()
        if not self.painter.isActive() and not self.painter.begin(device):
            raise OSError("cannot start painting on the output device")
        self.dpi = float(device.logicalDpiY()) or 72.0
        self.painter.scale(device.logicalDpiX() / 72.0, self.dpi / 72.0)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._fonts: dict[tuple[float, bool, bool], QFont] = {}

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        key = (pt, bold, italic)
        f = self._fonts.get(key)
        if f is None:
            base = QFont(FONT_FAMILY)
            base.setStyleHint(QFont.StyleHint.SansSerif)
            base.setPointSizeF(pt * 72.0 / self.dpi)
            base.setBold(bold)
            base.setItalic(italic)
            base.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            # No ligatures: "fi" stays two letters, so a search of the PDF finds "finance".
            base.setFeature(QFont.Tag("liga"), 0)
            f = self._fonts[key] = QFont(base, self.device)
        return f

    def metrics(self, pt: float, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.font(pt, bold))

    def new_page(self) -> None:
        device = self.device
        if isinstance(device, QPagedPaintDevice) and not device.newPage():
            raise OSError("cannot start a new page on the output device")

    def end(self) -> None:
        if self.painter.isActive():
            self.painter.end()


def prepare_device(device: QPagedPaintDevice, options: ExportOptions) -> None:
    """Paper, orientation and no device margins, before painting starts."""
    device.setPageLayout(options.page_layout())


# -- page frame -------------------------------------------------------------------------------


RULE = QColor("#c9ced6")
ACCENT = QColor("#2b5fa8")


@dataclass(frozen=True, slots=True)
class PageFrame:
    """Where the parts of a page lie, in points."""

    paper: QRectF
    header: QRectF
    body: QRectF
    legend: QRectF | None
    footer: QRectF


def page_frame(options: ExportOptions, legend_height: float = 0.0) -> PageFrame:
    """Header, body, optional legend band and footer inside the margins."""
    paper = options.paper_rect()
    m = options.margin_mm * MM
    inner = paper.adjusted(m, m, -m, -m)
    header_h = 40.0
    footer_h = 16.0
    header = QRectF(inner.left(), inner.top(), inner.width(), header_h)
    footer = QRectF(inner.left(), inner.bottom() - footer_h, inner.width(), footer_h)
    legend = None
    bottom = footer.top() - 6
    if legend_height > 0:
        legend = QRectF(inner.left(), bottom - legend_height, inner.width(), legend_height)
        bottom = legend.top() - 6
    body = QRectF(inner.left(), header.bottom() + 8, inner.width(), bottom - header.bottom() - 8)
    return PageFrame(paper, header, body, legend, footer)


@dataclass(frozen=True, slots=True)
class PageHeading:
    """The words around every page of one document."""

    project: str
    title: str
    status_date: datetime | None
    printed: datetime


def day_text(d: date | datetime | None) -> str:
    """A date as people read it on paper: "12 Oct 2026" in English; in the window's
    language as its task table writes dates, without the weekday ("12.10.2026")."""
    if d is None:
        return ""
    if translating():
        return _WEEKDAY.sub("", format_date(datetime(d.year, d.month, d.day)))
    return f"{d.day} {d:%b %Y}"


# The weekday the task table writes before a date ("Mo. ", "ven. ").
_WEEKDAY = re.compile(r"^[^\W\d_]+\.?,?\s+(?=\d)")


def cell_text(column: Column, text: str) -> str:
    """A table cell on paper as the window's table shows it
    (:func:`pmdesk.render.written.cell_words`), a day written as :func:`day_text` writes it
    in a translated window (as stored, ISO, in English and on the command line)."""
    return written.cell_words(column, text, day_text if translating() else None)


def figure_text(value: float, decimals: int | None = None) -> str:
    """A figure on paper: "0.93" in English, as the window's language writes it ("0,93");
    ``decimals`` None writes as few as the figure needs ("3.9", "18800")."""
    if not translating():
        return f"{value:g}" if decimals is None else f"{value:.{decimals}f}"
    if decimals is None:
        return QLocale().toString(float(value), "g", 6)
    return written.number(value, decimals)


def paint_header(canvas: PageCanvas, frame: PageFrame, heading: PageHeading,
                 tile_mark: str = "") -> None:
    """Project name and title on the left; status date and tile mark on the right."""
    p = canvas.painter
    r = frame.header
    p.save()
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    side_w = r.width() * 0.3
    name_font = canvas.font(13, bold=True)
    p.setFont(name_font)
    p.setPen(TEXT)
    name = QFontMetricsF(name_font).elidedText(heading.project, Qt.TextElideMode.ElideRight,
                                               r.width() - side_w - 12)
    p.drawText(QRectF(r.left(), r.top(), r.width() - side_w, 18), left, name)
    p.setFont(canvas.font(9))
    p.setPen(MUTED)
    p.drawText(QRectF(r.left(), r.top() + 20, r.width() - side_w, 14), left, heading.title)
    if heading.status_date is not None:
        p.setFont(canvas.font(9, bold=True))
        p.setPen(TEXT)
        p.drawText(QRectF(r.right() - side_w, r.top() + 2, side_w, 14), right,
                   word("PDF", "Status date {date}").format(
                       date=day_text(heading.status_date)))
    if tile_mark:
        p.setFont(canvas.font(9, bold=True))
        p.setPen(ACCENT)
        p.drawText(QRectF(r.right() - side_w, r.top() + 20, side_w, 14), right, tile_mark)
    p.setPen(QPen(RULE, 0.8))
    p.drawLine(QPointF(r.left(), r.bottom() - 0.5), QPointF(r.right(), r.bottom() - 0.5))
    p.restore()


def paint_footer(canvas: PageCanvas, frame: PageFrame, heading: PageHeading, number: int,
                 count: int) -> None:
    """Date printed on the left, "Page x of y" on the right."""
    p = canvas.painter
    r = frame.footer
    p.save()
    p.setPen(QPen(RULE, 0.8))
    p.drawLine(QPointF(r.left(), r.top()), QPointF(r.right(), r.top()))
    p.setFont(canvas.font(7.5))
    p.setPen(MUTED)
    bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    bottom_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    p.drawText(r, bottom_left, word("PDF", "Printed {date} {time} · {project}").format(
        date=day_text(heading.printed), time=f"{heading.printed:%H:%M}",
        project=heading.project))
    p.drawText(r, bottom_right, word("PDF", "Page {number} of {count}").format(
        number=number, count=count))
    p.restore()


# -- documents --------------------------------------------------------------------------------


@dataclass(slots=True)
class Page:
    """One page of a document: what to draw in the body, and its tile mark if any."""

    paint: Callable[[PageCanvas, QRectF], None]
    tile_mark: str = ""


@dataclass(slots=True)
class PagedDocument:
    """Pages laid out before painting, so each footer knows the page count."""

    heading: PageHeading
    frame: PageFrame
    pages: list[Page] = field(default_factory=list)
    legend: Callable[[PageCanvas, QRectF], None] | None = None


def paint_document(canvas: PageCanvas, document: PagedDocument,
                   page_range: tuple[int, int] | None = None) -> int:
    """Every page (or the 1-based inclusive ``page_range``) onto ``canvas``; the count."""
    total = len(document.pages)
    first, last = page_range or (1, total)
    first, last = max(1, first), min(total, last)
    p = canvas.painter
    painted = 0
    for number in range(first, last + 1):
        page = document.pages[number - 1]
        if painted:
            canvas.new_page()
        frame = document.frame
        paint_header(canvas, frame, document.heading, page.tile_mark)
        p.save()
        p.setClipRect(frame.body.adjusted(-1, -1, 1, 1))
        page.paint(canvas, frame.body)
        p.restore()
        if document.legend is not None and frame.legend is not None:
            p.save()
            document.legend(canvas, frame.legend)
            p.restore()
        paint_footer(canvas, frame, document.heading, number, total)
        painted += 1
    return painted


# -- the layout engine ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetSize:
    """A sheet to lay out, in points at full size.

    ``fixed_width`` is the part left of the chart (the table); ``chart_width`` None means
    the chart stretches to fill the width the fit mode gives it.
    """

    fixed_width: float
    chart_width: float | None
    header_height: float
    row_height: float
    rows: int
    min_chart_width: float = 160.0


@dataclass(frozen=True, slots=True)
class Tile:
    """One page of a sheet: rows ``[r0, r1)`` and sheet x from ``x0`` to ``x1``."""

    page_row: int  # 1-based, down the pages
    page_column: int  # 1-based, across the pages
    r0: int
    r1: int
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class SheetLayout:
    scale: float
    chart_width: float
    rows_per_page: int
    page_rows: int
    page_columns: int
    overlap: float  # in sheet units
    tiles: tuple[Tile, ...]

    @property
    def width(self) -> float:
        return self.tiles[0].x1 if self.tiles else 0.0


def layout_sheet(sheet: SheetSize, body: QSizeF, fit: Fit, min_scale: float,
                 tiles: tuple[int, int] | None = None, overlap: float = 0.0) -> SheetLayout:
    """Choose the scale and cut ``sheet`` into tiles for pages whose body is ``body``.

    Page and width fits shrink the sheet to fit; a tile fit keeps full size unless
    ``tiles`` asks for a number of pages. No fit goes below ``min_scale``: what does not
    fit then spills onto more pages. Rows are never cut; horizontal slices overlap by
    ``overlap`` points (only in the tile fit) so tiles can be taped together.
    """
    bw, bh = body.width(), body.height()
    content_h = sheet.header_height + sheet.rows * sheet.row_height
    fixed, chart = sheet.fixed_width, sheet.chart_width
    if fit is Fit.TILE:
        ov = overlap
        if tiles is not None:
            tr, tc = tiles
            avail_w = tc * bw - (tc - 1) * ov
            # Each page row repeats the header, so height is counted per page.
            per_page = bh
            need_h = content_h + (tr - 1) * sheet.header_height
            s = min(1.0, tr * per_page / need_h)
            if chart is not None:
                s = min(s, avail_w / (fixed + chart))
            s = max(s, min_scale)
            if chart is None:
                chart = max(sheet.min_chart_width, avail_w / s - fixed)
        else:
            s = 1.0
            if chart is None:
                chart = max(sheet.min_chart_width, bw - fixed)
    else:
        ov = 0.0
        if fit is Fit.PAGE:
            s = min(1.0, bh / content_h)
            if chart is not None:
                s = min(s, bw / (fixed + chart))
        else:
            s = 1.0 if chart is None else min(1.0, bw / (fixed + chart))
        s = max(s, min_scale)
        if chart is None:
            chart = max(sheet.min_chart_width, bw / s - fixed)
    width = fixed + chart
    page_w = bw / s
    page_h = bh / s
    rows_per_page = max(1, math.floor((page_h - sheet.header_height) / sheet.row_height + 1e-6))
    ov_units = ov / s
    xs: list[tuple[float, float]] = []
    x = 0.0
    while True:
        x1 = min(width, x + page_w)
        xs.append((x, x1))
        if x1 >= width - 0.5:
            break
        x = x1 - ov_units
    row_starts = list(range(0, max(sheet.rows, 1), rows_per_page))
    out: list[Tile] = []
    for i, r0 in enumerate(row_starts, start=1):
        r1 = min(sheet.rows, r0 + rows_per_page)
        for j, (xa, xb) in enumerate(xs, start=1):
            out.append(Tile(i, j, r0, r1, xa, xb))
    return SheetLayout(s, chart, rows_per_page, len(row_starts), len(xs), ov_units, tuple(out))


def tile_mark(tile: Tile, layout: SheetLayout, fit: Fit) -> str:
    """"page r/c" on tiled pages and wherever a sheet spans more than one page across."""
    if fit is Fit.TILE or layout.page_columns > 1:
        return word("PDF", "page {row}/{column}").format(row=tile.page_row,
                                                         column=tile.page_column)
    return ""


def paint_overlap_marks(canvas: PageCanvas, body: QRectF, tile: Tile, layout: SheetLayout,
                        height: float) -> None:
    """Dashed glue lines where the neighbouring tiles begin and end, with their names."""
    if layout.overlap <= 0:
        return
    p = canvas.painter
    s = layout.scale
    p.save()
    pen = QPen(ACCENT, 0.7, Qt.PenStyle.DashLine)
    p.setPen(pen)
    p.setFont(canvas.font(MIN_FONT_PT))
    bottom = body.top() + min(height, body.height())
    if tile.page_column < layout.page_columns:
        x = body.left() + (tile.x1 - tile.x0 - layout.overlap) * s
        p.drawLine(QPointF(x, body.top()), QPointF(x, bottom))
        p.drawText(QRectF(x - 120, bottom + 1, body.right() - x + 120, 10),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                   word("PDF", "page {row}/{column} →").format(
                       row=tile.page_row, column=tile.page_column + 1))
    if tile.page_column > 1:
        x = body.left() + layout.overlap * s
        p.drawLine(QPointF(x, body.top()), QPointF(x, bottom))
        p.drawText(QRectF(body.left(), bottom + 1, layout.overlap * s + 60, 10),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                   word("PDF", "← page {row}/{column}").format(
                       row=tile.page_row, column=tile.page_column - 1))
    p.restore()


def elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def wrap_lines(metrics: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """``text`` broken at spaces into at most ``max_lines`` lines of ``width``."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for piece in words:
        trial = f"{current} {piece}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = piece
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(metrics, lines[-1] + " …", width)
    return [elide(metrics, line, width) for line in lines]

