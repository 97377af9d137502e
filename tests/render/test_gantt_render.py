"""The Gantt picture: time scale arithmetic and what lands on the pixels.

Painting goes into a QImage, the same way PDF and PNG pages will be drawn, and the tests
read pixels back: a bar is where its dates say, critical work is red, weekends are shaded,
and every link type's arrow ends on the right edge of its successor.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk.core.model import LinkType
from pmdesk.render.gantt import (
    ZOOM_LEVELS,
    BarKind,
    GanttBar,
    GanttLink,
    GanttPainter,
    GanttPalette,
    LinkIndex,
    TimeScale,
    TimeUnit,
    zoom_step,
)

MONDAY = datetime(2025, 3, 3, 8, 0)
ROW = 24


@pytest.fixture(autouse=True)
def _fonts(qapp) -> None:
    """Painting text needs a QGuiApplication (fonts), as in the app and the CLI."""


class Rows:
    """A hand-made source: bars by row, explicit links, weekends off."""

    def __init__(self, bars: list[GanttBar | None], links: list[GanttLink] = ()) -> None:
        self.bars = bars
        self.index = LinkIndex(list(links))

    def row_count(self) -> int:
        return len(self.bars)

    def bar(self, row: int) -> GanttBar | None:
        return self.bars[row] if 0 <= row < len(self.bars) else None

    def links(self, r0: int, r1: int) -> list[GanttLink]:
        return self.index.between(r0, r1)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5


def task(name: str, start: datetime, days: float, **kw) -> GanttBar:
    kind = kw.pop("kind", BarKind.TASK)
    return GanttBar(uid=name, name=name, kind=kind, start=start,
                    finish=start + timedelta(days=days), **kw)


def paint(source: Rows, scale: TimeScale, width: int = 600, palette: GanttPalette | None = None,
          **kw) -> tuple[QImage, GanttPainter]:
    painter = GanttPainter(palette or GanttPalette.light(), ROW)
    image = QImage(width, ROW * source.row_count(), QImage.Format.Format_ARGB32)
    image.fill(QColor("magenta"))
    p = QPainter(image)
    painter.paint_rows(p, source, scale, 0, source.row_count(), 0, width, **kw)
    p.end()
    return image, painter


def near(a: QColor, b: QColor, tol: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tol


def bar_center_y(painter: GanttPainter, row: int) -> int:
    g = painter._geo
    return int(row * ROW + g.bar_top + g.bar_height / 2)


def test_scale_maps_moments_and_back() -> None:
    scale = TimeScale(datetime(2025, 3, 1), 20.0)
    assert scale.x(datetime(2025, 3, 2)) == pytest.approx(20.0)
    assert scale.x(datetime(2025, 3, 1, 12)) == pytest.approx(10.0)
    assert scale.moment(scale.x(MONDAY)) == MONDAY


@pytest.mark.parametrize(
    ("ppd", "top", "bottom"),
    [
        (48.0, TimeUnit.WEEK, TimeUnit.DAY),
        (5.0, TimeUnit.MONTH, TimeUnit.WEEK),
        (1.0, TimeUnit.QUARTER, TimeUnit.MONTH),
        (0.2, TimeUnit.YEAR, TimeUnit.QUARTER),
    ],
)
def test_two_tier_scale_adapts_to_zoom(ppd: float, top: TimeUnit, bottom: TimeUnit) -> None:
    assert TimeScale(MONDAY, ppd).tiers == (top, bottom)


def test_cells_tile_the_range_without_gaps() -> None:
    scale = TimeScale(datetime(2025, 1, 1), 3.0)
    cells = scale.cells(TimeUnit.MONTH, 10.0, 400.0)
    assert cells[0][1] <= 10.0 < cells[0][2]
    assert cells[-1][2] >= 400.0
    for (_, _, end), (start, xa, _) in pairwise(cells):
        assert xa == pytest.approx(end)
        assert start.day == 1
    widths = {round(xb - xa) for _, xa, xb in cells}
    assert widths == {84, 90, 93}  # February, 30- and 31-day months


def test_zoom_steps_walk_the_levels_from_anywhere() -> None:
    assert zoom_step(ZOOM_LEVELS[0], -1) == ZOOM_LEVELS[0]
    assert zoom_step(ZOOM_LEVELS[-1], +1) == ZOOM_LEVELS[-1]
    assert zoom_step(9.0, +1) == 10.0
    assert zoom_step(9.0, -1) == 7.0


def test_task_bar_sits_on_its_dates_and_critical_work_is_red() -> None:
    scale = TimeScale(MONDAY - timedelta(days=1), 20.0)
    source = Rows([task("a", MONDAY, 3), task("b", MONDAY, 3, critical=True)])
    image, painter = paint(source, scale)
    pal = painter.palette
    x_mid = int(scale.x(MONDAY + timedelta(days=1.5)))
    assert near(image.pixelColor(x_mid, bar_center_y(painter, 0) - 3), pal.task)
    assert near(image.pixelColor(x_mid, bar_center_y(painter, 1) - 3), pal.critical)
    before = int(scale.x(MONDAY)) - 4
    assert not near(image.pixelColor(before, bar_center_y(painter, 0)), pal.task)
    after = int(scale.x(MONDAY + timedelta(days=3))) + 3
    assert not near(image.pixelColor(after, bar_center_y(painter, 0) - 3), pal.task)


def test_progress_fills_the_done_share_of_the_bar() -> None:
    scale = TimeScale(MONDAY - timedelta(days=1), 20.0)
    image, painter = paint(Rows([task("a", MONDAY, 4, progress=50)]), scale)
    y = bar_center_y(painter, 0)
    assert near(image.pixelColor(int(scale.x(MONDAY + timedelta(days=1))), y),
                painter.palette.progress)
    assert near(image.pixelColor(int(scale.x(MONDAY + timedelta(days=3))), y),
                painter.palette.task)


def test_weekends_are_shaded_and_today_is_marked() -> None:
    scale = TimeScale(MONDAY.replace(hour=0), 20.0)
    today = MONDAY + timedelta(days=2, hours=4)
    image, painter = paint(Rows([None]), scale, today=today)
    y = 2
    weekday = image.pixelColor(int(scale.x(MONDAY + timedelta(days=1))), y)
    saturday = image.pixelColor(int(scale.x(MONDAY + timedelta(days=5))), y)
    assert weekday != saturday
    assert near(weekday, painter.palette.background, 10)
    assert near(image.pixelColor(round(scale.x(today)), y), painter.palette.today, 90)


def test_milestone_diamond_summary_bracket_and_baseline() -> None:
    scale = TimeScale(MONDAY - timedelta(days=1), 20.0)
    source = Rows([
        task("m", MONDAY + timedelta(days=2), 0, kind=BarKind.MILESTONE),
        task("s", MONDAY, 5, kind=BarKind.SUMMARY),
        task("b", MONDAY + timedelta(days=1), 2, baseline_start=MONDAY,
             baseline_finish=MONDAY + timedelta(days=2)),
    ])
    image, painter = paint(source, scale)
    pal = painter.palette
    mx = round(scale.x(MONDAY + timedelta(days=2)))
    assert near(image.pixelColor(mx, bar_center_y(painter, 0)), pal.milestone)
    assert not near(image.pixelColor(mx + 12, bar_center_y(painter, 0)), pal.milestone)
    top = int(ROW + painter._geo.bar_top + 1)
    assert near(image.pixelColor(int(scale.x(MONDAY + timedelta(days=2.5))), top), pal.summary)
    g = painter._geo
    base_y = int(2 * ROW + g.baseline_top + g.baseline_height / 2)
    assert near(image.pixelColor(int(scale.x(MONDAY + timedelta(days=0.5))), base_y), pal.baseline)


def test_dark_palette_paints_a_dark_chart() -> None:
    scale = TimeScale(MONDAY - timedelta(days=1), 20.0)
    image, _ = paint(Rows([task("a", MONDAY, 1)]), scale, palette=GanttPalette.dark())
    assert image.pixelColor(590, 2).lightnessF() < 0.3


@pytest.mark.parametrize(
    ("kind", "end"),
    [(LinkType.FS, "start"), (LinkType.SS, "start"), (LinkType.FF, "finish"),
     (LinkType.SF, "finish")],
)
def test_every_link_type_ends_on_the_right_edge_of_its_successor(kind: LinkType, end: str) -> None:
    scale = TimeScale(MONDAY - timedelta(days=2), 20.0)
    pred = task("p", MONDAY, 3)
    succ = task("s", MONDAY + timedelta(days=1), 4)
    source = Rows([pred, None, succ], [GanttLink(0, 2, kind)])
    painter = GanttPainter(GanttPalette.light(), ROW)
    path, tip, before = painter.link_path(source, scale, source.links(0, 3)[0])
    x0, x1 = painter.bar_span(succ, scale)
    assert tip.x() == pytest.approx(x0 if end == "start" else x1, abs=6)
    assert bar_center_y(painter, 2) - ROW / 2 <= tip.y() <= bar_center_y(painter, 2) + 1
    # The arrow comes in from outside the bar, so its head is visible.
    if end == "finish":
        assert before.x() > tip.x()
    elif tip.y() == pytest.approx(before.y()):
        assert before.x() < tip.x()
    first = path.elementAt(0)
    p0, p1 = painter.bar_span(pred, scale)
    start_edge = p1 if kind in (LinkType.FS, LinkType.FF) else p0
    assert QPointF(first.x, first.y).x() == pytest.approx(start_edge)


def test_finish_to_start_arrow_is_drawn_between_the_bars() -> None:
    scale = TimeScale(MONDAY - timedelta(days=1), 20.0)
    pred = task("p", MONDAY, 2)
    succ = task("s", MONDAY + timedelta(days=5), 2)
    source = Rows([pred, succ], [GanttLink(0, 1, LinkType.FS)])
    image, painter = paint(source, scale)
    x = int(scale.x(MONDAY + timedelta(days=3.5)))
    assert near(image.pixelColor(x, bar_center_y(painter, 0)), painter.palette.link, 60)


def test_link_index_finds_links_passing_through_the_visible_rows() -> None:
    links = [GanttLink(5, 900), GanttLink(10, 11), GanttLink(700, 20)]
    index = LinkIndex(links)
    assert set(index.between(300, 340)) == {links[0], links[2]}
    assert set(index.between(11, 12)) == {links[0], links[1]}
    assert index.between(950, 990) == []


def test_every_zoom_level_labels_both_tiers_of_the_time_scale() -> None:
    painter = GanttPainter(GanttPalette.light(), ROW)
    th = painter.tier_height
    for ppd in ZOOM_LEVELS:
        scale = TimeScale(datetime(2025, 1, 1), ppd)
        image = QImage(900, painter.header_height, QImage.Format.Format_ARGB32)
        p = QPainter(image)
        painter.paint_header(p, scale, 0, 900)
        p.end()
        for tier in (0, 1):
            ink = sum(
                near(image.pixelColor(x, y), painter.palette.header_text, 120)
                for x in range(0, 900, 2)
                for y in range(tier * th + 2, (tier + 1) * th - 2)
            )
            assert ink > 20, f"tier {tier} has no labels at {ppd} px/day"
