"""A manually scheduled summary shows the dates the PM typed, its subtasks' span beneath.

As in MS Project: the summary bar spans the typed Monday-Wednesday, the roll-up bar under
it the subtasks' Monday-Friday, red where they run past what the PM typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor, QImage, QPainter

from pmdesk.core.calendar import project_calendar
from pmdesk.core.model import Plan, ProjectInfo, Task
from pmdesk.core.schedule import schedule
from pmdesk.render.gantt import BarKind, GanttPainter, GanttPalette, PlanGanttSource, TimeScale

MONDAY = datetime(2024, 3, 4, 8, 0)
DAY = 480


def plan() -> Plan:
    return Plan(
        project=ProjectInfo(uid="p", name="Launch", start=MONDAY),
        tasks=[
            Task("phase", "Phase", position=0, manual=True, manual_start=MONDAY,
                 manual_finish=datetime(2024, 3, 6, 17, 0)),
            Task("a", "Design", parent_uid="phase", position=1, duration=2 * DAY),
            Task("b", "Build", parent_uid="phase", position=2, duration=5 * DAY),
            Task("auto", "Auto phase", position=3),
            Task("c", "Test", parent_uid="auto", position=4, duration=DAY),
        ],
    )


def test_the_summary_keeps_the_typed_dates_and_the_rollup_is_the_subtasks_span(qapp) -> None:
    p = plan()
    result = schedule(p)
    phase = result.tasks["phase"]
    assert (phase.start, phase.finish) == (MONDAY, datetime(2024, 3, 6, 17, 0))
    source = PlanGanttSource(p, result, project_calendar(p).is_working_day)
    bar = source.bar(source.row_of("phase"))
    assert bar.kind is BarKind.SUMMARY and bar.manual
    assert bar.rollup == (MONDAY, datetime(2024, 3, 8, 17, 0))
    assert source.bar(source.row_of("auto")).rollup is None  # an automatic summary is its span


def _near(color: QColor, target: QColor) -> bool:
    return all(
        abs(a - b) < 16 for a, b in zip(color.getRgb()[:3], target.getRgb()[:3], strict=True)
    )


def test_the_rollup_is_drawn_beneath_in_the_summary_colour_then_red_past_the_typed_finish(
    qapp,
) -> None:
    p = plan()
    result = schedule(p)
    source = PlanGanttSource(p, result, project_calendar(p).is_working_day)
    row = source.row_of("phase")
    scale = TimeScale(MONDAY, 40.0)
    palette = GanttPalette.light()
    painter = GanttPainter(palette)
    width = int(scale.x(datetime(2024, 3, 11)))
    image = QImage(width, int(painter.row_y(row + 1)) + 4, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    qp = QPainter(image)
    painter.paint_rows(qp, source, scale, row, row + 1, 0, width, None, None, ())
    qp.end()
    geo = painter._geo
    y = int(painter.row_y(row) + geo.baseline_top + geo.baseline_height / 2)
    tuesday = int(scale.x(datetime(2024, 3, 5, 12)))
    thursday = int(scale.x(datetime(2024, 3, 7, 12)))
    saturday = int(scale.x(datetime(2024, 3, 9, 12)))
    assert _near(QColor(image.pixel(tuesday, y)), palette.summary)
    assert _near(QColor(image.pixel(thursday, y)), palette.critical)
    assert not _near(QColor(image.pixel(saturday, y)), palette.critical)
    # The bar of the typed dates itself ends on Wednesday, drawn hollow and lighter.
    bar_y = int(painter.row_y(row) + geo.bar_top + 2)
    assert _near(QColor(image.pixel(thursday, bar_y)), QColor("white"))
