"""A Gantt page's links stay in its chart area: none crosses the time scale above it.

The report: on page 2 of a Gantt PDF, link lines from tasks on page 1 ran up through the
time-scale header. Both pages of a plan whose first task links to its last are painted:
the time scale of page 2 must come out as that of page 1, links or not.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from plan_builders import make_plan
from pmdesk.core.model import Dependency, Plan, Task
from pmdesk.core.schedule import schedule
from pmdesk.render.gantt_pages import GanttSheet
from pmdesk.render.pages import ExportOptions, PageCanvas, Tile


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:
    """Fonts need a QGuiApplication, as in the app and the command line."""


def chain() -> Plan:
    """Thirty one-day tasks; the first links to the last, far down the next page."""
    tasks = [Task(f"t{i}", f"Task {i}", position=i, duration=480) for i in range(30)]
    deps = [Dependency("long", "t0", "t29"), Dependency("near", "t20", "t21")]
    return make_plan(tasks, name="Clip", dependencies=deps)


def page(r0: int, r1: int) -> tuple[QImage, GanttSheet]:
    plan = chain()
    image = QImage(1400, 1000, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(2835)  # 72 dpi: one pixel per point
    image.setDotsPerMeterY(2835)
    image.fill(QColor("white"))
    canvas = PageCanvas(image)
    sheet = GanttSheet(canvas, plan, schedule(plan), ExportOptions(view="gantt"))
    width = sheet.table_width + 600
    tile = Tile(1 + r0 // 15, 1, r0, r1, 0.0, width)
    sheet.paint_tile(canvas.painter, tile, sheet.scale_for(600), width)
    canvas.end()
    return image, sheet


def band(image: QImage, x0: int, y0: int, x1: int, y1: int) -> list[int]:
    return [image.pixel(x, y) for y in range(y0, y1) for x in range(x0, x1)]


def test_links_from_an_earlier_page_do_not_cross_the_time_scale() -> None:
    second, sheet = page(15, 30)  # the long link comes into it from row 0, above
    first, _ = page(0, 15)
    chart_left = int(sheet.table_width) + 1
    chart_right = int(sheet.table_width + 600) - 1
    header_bottom = int(sheet.header_height) - 1
    rows_bottom = int(sheet.header_height + 15 * sheet.row_height) - 1
    assert band(second, chart_left, 1, chart_right, header_bottom) == \
        band(first, chart_left, 1, chart_right, header_bottom)
    # The links are on the page, in the rows (both are on the critical path).
    link = sheet.palette.critical_link.rgb()
    assert link in band(second, chart_left, header_bottom + 2, chart_right, rows_bottom)
