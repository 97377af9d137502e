"""The Roadmap view as a PM re-plans with it: drags to another column, lane or quarter are
one undo step each and never move a task, Escape cancels a drag, a reschedule shows as a
slip, and Forecast Delivery puts P50/P80 on the bars."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from pmdesk.core.patch import Patch
from pmdesk.core.product.model import Horizon
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.roadmap import RoadmapView

TODAY = date(2026, 12, 4)

pytestmark = pytest.mark.xvfb


@pytest.fixture
def view(qtbot, show_active) -> RoadmapView:
    widget = RoadmapView(ProjectController(build_demo_plan(TODAY)))
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    show_active(widget)
    widget.refresh()
    return widget


def feature(view: RoadmapView, title: str):
    return next(f for f in view.controller.plan.features if f.title == title)


def entry(view: RoadmapView, title: str):
    assert view.roadmap is not None
    return next(e for e in view.roadmap.entries if e.feature.title == title)


def centre(view: RoadmapView, title: str) -> QPoint:
    picture = view.canvas.picture
    assert picture is not None
    rect = picture.rect_of(feature(view, title).uid)
    assert rect is not None
    return rect.center().toPoint()


def drag(view: RoadmapView, start: QPoint, end: QPoint, escape: bool = False) -> None:
    canvas = view.canvas
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(canvas, start + QPoint(12, 4))
    QTest.mouseMove(canvas, (start + end) / 2)
    QTest.mouseMove(canvas, end)
    if escape:
        QTest.keyClick(canvas, Qt.Key.Key_Escape)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def column_point(view: RoadmapView, key: str, y: float) -> QPoint:
    picture = view.canvas.picture
    assert picture is not None
    rect = next(r for k, r in picture.columns if k == key)
    return QPoint(int(rect.center().x()), int(y))


def test_drag_to_another_column_is_one_undo_step(view: RoadmapView) -> None:
    view.set_layout("now-next-later")
    title = "Cancellation survey"
    assert entry(view, title).horizon is Horizon.NEXT
    tasks = list(view.controller.plan.tasks)
    steps = view.controller.undo_stack.count()
    drag(view, centre(view, title), column_point(view, "later", 120))
    assert entry(view, title).horizon is Horizon.LATER
    assert view.controller.undo_stack.count() == steps + 1
    assert "Re-plan “Cancellation survey” to Later" in view.controller.undo_stack.undoText()
    assert view.controller.plan.tasks == tasks  # the roadmap never moves tasks
    view.controller.undo_stack.undo()
    assert entry(view, title).horizon is Horizon.NEXT


def test_drag_to_another_lane_and_quarter_replans_without_moving_tasks(view) -> None:
    view.set_layout("timeline", "quarter", "theme")
    title = "Cancellation survey"
    before = entry(view, title)
    assert (before.theme, before.quarter) == ("Retention", (2027, 1))
    picture = view.canvas.picture
    assert picture is not None
    platform = next(r for lane, r in picture.lane_rects if lane == "Platform")
    start = centre(view, title)
    drag(view, start, QPoint(start.x(), int(platform.center().y())))
    assert entry(view, title).theme == "Platform"
    # Into the next quarter: the target moves to 2027 Q2, the bar (its tasks) stays.
    picture = view.canvas.picture
    assert picture is not None
    start = centre(view, title)
    q2 = picture.x_of(date(2027, 5, 15))
    drag(view, start, QPoint(int(q2), start.y()))
    after = entry(view, title)
    assert after.quarter == (2027, 2) and after.theme == "Platform"
    assert (after.start, after.finish) == (before.start, before.finish)
    view.controller.undo_stack.undo()
    view.controller.undo_stack.undo()
    assert entry(view, title) == before


def test_escape_during_a_drag_leaves_the_feature_where_it_was(view: RoadmapView) -> None:
    view.set_layout("now-next-later")
    steps = view.controller.undo_stack.count()
    title = "Cancellation survey"
    drag(view, centre(view, title), column_point(view, "later", 120), escape=True)
    assert entry(view, title).horizon is Horizon.NEXT
    assert view.controller.undo_stack.count() == steps


def test_a_reschedule_shows_as_a_slip_on_the_bar(view: RoadmapView) -> None:
    title = "Cancellation survey"
    assert entry(view, title).slip_days == 0 and entry(view, title).quarter == (2027, 1)
    link = next(ft for ft in view.controller.plan.feature_tasks
                if ft.feature_uid == feature(view, title).uid)
    task = next(t for t in view.controller.plan.tasks if t.uid == link.task_uid)
    # The survey's task takes 60 working days longer: it now ends past 31 Mar.
    longer = dataclasses.replace(task, duration=task.duration + 60 * 480)
    assert view.controller.edit("Longer survey", Patch(tasks=(longer,))).made
    slipped = entry(view, title)
    assert slipped.finish is not None and slipped.slip_days == (
        slipped.finish - date(2027, 3, 31)).days > 0
    assert "2 slipping past their target" in view.summary.text()


def test_forecast_delivery_puts_p50_and_p80_on_features_with_tasks(view: RoadmapView) -> None:
    assert all(e.p50 is None for e in view.roadmap.entries)  # type: ignore[union-attr]
    steps = view.controller.undo_stack.count()
    view.action_forecast.trigger()
    forecast = [e for e in view.roadmap.entries if e.p50 is not None]  # type: ignore[union-attr]
    assert len(forecast) == sum(1 for e in view.roadmap.entries  # type: ignore[union-attr]
                                if e.planned)
    assert all(e.p50 <= e.p80 for e in forecast)  # type: ignore[operator]
    assert view.controller.undo_stack.count() == steps + 1
    view.controller.undo_stack.undo()
    assert all(e.p50 is None for e in view.roadmap.entries)  # type: ignore[union-attr]


def test_hovering_a_bar_names_its_dates_and_target(view: RoadmapView) -> None:
    picture = view.canvas.picture
    assert picture is not None
    uid = picture.feature_at(QPointF(centre(view, "Cancellation survey")))
    assert uid == feature(view, "Cancellation survey").uid


def test_forecast_delivery_includes_the_registers_risks(view: RoadmapView) -> None:
    view.action_forecast.trigger()
    assert "forecast with 3 risks" in view.summary.text()
    assert "(R-001, R-007, R-009)" in view.summary.toolTip()
    title = "Paywall and upgrade flow on Android"
    before = entry(view, title).p80
    android = next(r for r in view.controller.plan.risks if r.code == "R-007")
    certain = dataclasses.replace(android, chance=100, schedule_min=4800,
                                  schedule_likely=4800, schedule_max=4800)
    assert view.controller.edit("Android engineer away", Patch(risks=(certain,)))
    view.action_forecast.trigger()
    assert entry(view, title).p80 > before  # type: ignore[operator]
