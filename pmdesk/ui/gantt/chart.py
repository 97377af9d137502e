"""The timeline beside the task sheet: painted by :mod:`pmdesk.render.gantt`, driven by mouse.

Only the rows on screen are painted (and the links touching them), so scrolling a
20,000-task plan costs the same as scrolling a small one. Gestures follow Microsoft
Project: drag a bar to move it (a start-no-earlier-than constraint), drag its right end to
change the duration, drag its progress edge to report progress, drag from one bar up or
down onto another to link them. A gesture is one undo step; the plan reschedules while
the mouse moves.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import datetime, time, timedelta
from enum import Enum, auto

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from pmdesk.core.durations import TimeUnits, format_duration
from pmdesk.core.health import deadline_miss_text
from pmdesk.core.model import ConstraintType, Dependency, DurationUnit, LinkType, new_uid
from pmdesk.core.patch import Patch
from pmdesk.core.schedule import CycleError, would_create_cycle
from pmdesk.render.gantt import (
    DEFAULT_ZOOM,
    ZOOM_LEVELS,
    BarKind,
    GanttBar,
    GanttPainter,
    GanttPalette,
    PlanGanttSource,
    TimeScale,
    zoom_step,
)
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word, date_text, undo_words

EDGE = 5  # pixels either side of a bar's end or progress edge that grab it


class Zone(Enum):
    """Where on a bar the mouse went down."""

    BODY = auto()
    END = auto()  # the finish edge: resize
    PROGRESS = auto()  # the progress edge: drag % complete


class Gesture(Enum):
    """What a drag that started on a bar does, decided once the mouse has moved."""

    MOVE = auto()
    RESIZE = auto()
    PROGRESS = auto()
    LINK = auto()  # drawn up or down onto another bar: a finish-to-start link


class _Drag:
    """What the mouse grabbed and how far the gesture has gone.

    The edits of one drag are one undo step: the controller's macro is entered at the
    first edit and held in ``step`` until the button is released (or Escape), across the
    mouse events in between; closing ``step`` always closes it."""

    def __init__(self, row: int, bar: GanttBar, zone: Zone, press: QPoint) -> None:
        self.row = row
        self.bar = bar
        self.zone = zone
        self.press = press
        self.gesture: Gesture | None = None
        self.current = press
        self.last_value: object = None
        self.in_macro = False
        self.step = contextlib.ExitStack()


class _TimeScaleHeader(QWidget):
    """The two-tier time scale above the chart; scrolls sideways with it."""

    def __init__(self, chart: GanttChart) -> None:
        super().__init__(chart)
        self._chart = chart

    def paintEvent(self, event: QPaintEvent) -> None:
        chart = self._chart
        p = QPainter(self)
        x_off = chart.horizontalScrollBar().value()
        p.translate(-x_off, 0)
        r = event.rect()
        chart.painter.paint_header(p, chart.scale, x_off + r.left() - 1, x_off + r.right() + 2)
        p.end()


class GanttChart(QAbstractScrollArea):
    """Timeline rows that mirror the task sheet's visible rows, one row height for both."""

    rowPressed = Signal(int, object)  # chart row, Qt.KeyboardModifier
    rowDoubleClicked = Signal(int)
    zoomChanged = Signal(float)

    def __init__(self, controller, source: PlanGanttSource, row_height: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.source = source
        self.row_height = row_height
        self.painter = GanttPainter(GanttPalette.from_qpalette(self.palette()), row_height,
                                    self.font())
        self.scale = TimeScale(self._origin(), DEFAULT_ZOOM)
        self.today: datetime | None = datetime.now()
        self.selected_rows: set[int] = set()
        self._drag: _Drag | None = None
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._header = _TimeScaleHeader(self)
        self.setViewportMargins(0, self.header_height(), 0, 0)
        self._update_extent()

    # -- geometry ---------------------------------------------------------------------------

    def header_height(self) -> int:
        return self.painter.header_height

    def _origin(self) -> datetime:
        start = self.controller.schedule.project_start or self.controller.plan.project.start
        first = start.date() - timedelta(days=start.weekday() + 14)
        return datetime.combine(first, time(0, 0))

    def _end(self) -> datetime:
        finish = self.controller.schedule.project_finish or self.controller.plan.project.start
        last = max(finish, self.controller.plan.project.status_date or finish)
        return last + timedelta(days=56)

    def _update_extent(self) -> None:
        """Keep the time range covering the plan; a new origin keeps the view still."""
        origin = self._origin()
        bar = self.horizontalScrollBar()
        if origin != self.scale.origin:
            shift = TimeScale(origin, self.scale.px_per_day).x(self.scale.origin)
            self.scale = TimeScale(origin, self.scale.px_per_day)
            bar.setRange(0, max(0, int(self.scale.x(self._end())) - self.viewport().width()))
            bar.setValue(bar.value() + round(shift))
        width = int(self.scale.x(self._end()))
        bar.setRange(0, max(0, width - self.viewport().width()))
        bar.setPageStep(self.viewport().width())
        bar.setSingleStep(max(8, int(self.scale.px_per_day)))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Shift what is drawn and paint only the strip that scrolled into view."""
        vp = self.viewport()
        if abs(dx) < vp.width() // 2 and abs(dy) < vp.height() // 2:
            vp.scroll(dx, dy)
        else:
            vp.update()
        if dx:
            if abs(dx) < vp.width() // 2:
                self._header.scroll(dx, 0)
            else:
                self._header.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self._header.setGeometry(vp.left(), vp.top() - self.header_height(), vp.width(),
                                 self.header_height())
        self._update_extent()

    def sizeHint(self) -> QSize:
        return QSize(600, 400)

    def row_at(self, y: int) -> int:
        """Chart row under viewport y (may be past the last row)."""
        return (y + self.verticalScrollBar().value()) // self.row_height

    def to_chart(self, pos: QPoint | QPointF) -> QPointF:
        return QPointF(pos.x() + self.horizontalScrollBar().value(),
                       pos.y() + self.verticalScrollBar().value())

    def bar_rect_in_viewport(self, row: int) -> QRectF | None:
        """Where the bar of ``row`` is drawn, in viewport coordinates (for tests and tips)."""
        bar = self.source.bar(row)
        if bar is None:
            return None
        r = self.painter.bar_rect(row, bar, self.scale)
        return r.translated(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())

    def x_of(self, moment: datetime) -> float:
        """Viewport x of ``moment``."""
        return self.scale.x(moment) - self.horizontalScrollBar().value()

    # -- zoom -------------------------------------------------------------------------------

    @property
    def px_per_day(self) -> float:
        return self.scale.px_per_day

    def set_zoom(self, px_per_day: float, anchor: float | None = None) -> None:
        """Zoom keeping the moment under viewport x ``anchor`` (default: centre) in place."""
        px_per_day = max(ZOOM_LEVELS[0], min(ZOOM_LEVELS[-1], px_per_day))
        if abs(px_per_day - self.scale.px_per_day) < 1e-9:
            return
        bar = self.horizontalScrollBar()
        if anchor is None:
            anchor = self.viewport().width() / 2
        moment = self.scale.moment(bar.value() + anchor)
        self.scale = TimeScale(self.scale.origin, px_per_day)
        self._update_extent()
        bar.setValue(round(self.scale.x(moment) - anchor))
        self._header.update()
        self.viewport().update()
        self.zoomChanged.emit(px_per_day)

    def zoom_in(self, anchor: float | None = None) -> None:
        self.set_zoom(zoom_step(self.scale.px_per_day, +1), anchor)

    def zoom_out(self, anchor: float | None = None) -> None:
        self.set_zoom(zoom_step(self.scale.px_per_day, -1), anchor)

    def fit_project(self) -> None:
        """Zoom and scroll so the whole project fills the width."""
        sched = self.controller.schedule
        start, finish = sched.project_start, sched.project_finish
        if start is None or finish is None:
            return
        days = max((finish - start).total_seconds() / 86400.0, 1.0)
        usable = max(100, self.viewport().width() - 80)
        self.set_zoom(usable / days)
        self.horizontalScrollBar().setValue(int(self.scale.x(start)) - 30)

    def scroll_to(self, moment: datetime) -> None:
        """Bring ``moment`` into view with a little room before it."""
        bar = self.horizontalScrollBar()
        x = self.scale.x(moment)
        if not bar.value() <= x <= bar.value() + self.viewport().width() - 40:
            bar.setValue(int(x) - 40)

    # -- following the plan -----------------------------------------------------------------

    def refresh(self) -> None:
        """Repaint after the plan or the visible rows changed."""
        self._update_extent()
        self._header.update()
        self.viewport().update()

    def set_selected_rows(self, rows: set[int]) -> None:
        if rows != self.selected_rows:
            self.selected_rows = rows
            self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.painter = GanttPainter(GanttPalette.from_qpalette(self.palette()),
                                        self.row_height, self.font())
            self.setViewportMargins(0, self.header_height(), 0, 0)
            self._header.update()
            self.viewport().update()
        super().changeEvent(event)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        vp = self.viewport()
        p = QPainter(vp)
        rect = event.rect()
        x_off = self.horizontalScrollBar().value()
        y_off = self.verticalScrollBar().value()
        rh = self.row_height
        below = self.source.row_count() * rh - y_off  # the rows paint their own background
        if below <= rect.bottom():
            p.fillRect(rect.adjusted(0, max(0, below - rect.top()), 0, 0),
                       self.painter.palette.background)
        r0 = max(0, (y_off + rect.top()) // rh)
        r1 = (y_off + rect.bottom()) // rh + 1
        p.translate(-x_off, -y_off)
        status = self.controller.plan.project.status_date
        self.painter.paint_rows(p, self.source, self.scale, r0, r1, x_off + rect.left() - 1,
                                x_off + rect.right() + 2, today=self.today, status_date=status,
                                selected_rows=self.selected_rows)
        self._paint_gesture(p)
        p.end()

    def _paint_gesture(self, p: QPainter) -> None:
        d = self._drag
        if d is None or d.gesture is not Gesture.LINK:
            return
        start = self.painter.bar_rect(d.row, d.bar, self.scale).center()
        end = self.to_chart(d.current)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(self.painter.palette.link, 1.5, Qt.PenStyle.DashLine))
        p.drawLine(start, end)
        target = self.row_at(d.current.y())
        bar = self.source.bar(target)
        if bar is not None and target != d.row:
            rect = self.painter.bar_rect(target, bar, self.scale).adjusted(-3, -3, 3, 3)
            p.setPen(QPen(self.painter.palette.link, 2))
            p.setBrush(QColor(0, 0, 0, 0))
            p.drawRoundedRect(rect, 3, 3)

    # -- hit tests --------------------------------------------------------------------------

    def hit(self, pos: QPoint) -> tuple[int, GanttBar, Zone] | None:
        """The bar under viewport ``pos`` and which part of it."""
        row = self.row_at(pos.y())
        bar = self.source.bar(row)
        if bar is None:
            return None
        c = self.to_chart(pos)
        rect = self.painter.bar_rect(row, bar, self.scale)
        y0 = row * self.row_height
        if not (rect.left() - EDGE <= c.x() <= rect.right() + EDGE
                and y0 <= c.y() < y0 + self.row_height):
            return None
        if bar.kind is BarKind.TASK and not self.controller.read_only:
            end = rect.right()
            progress = self.painter.progress_x(bar, self.scale)
            if abs(c.x() - end) <= EDGE:
                return row, bar, Zone.END
            if abs(c.x() - progress) <= EDGE and rect.width() > 3 * EDGE:
                return row, bar, Zone.PROGRESS
        if not rect.left() <= c.x() <= rect.right():
            return None
        return row, bar, Zone.BODY

    def tooltip_text(self, row: int) -> str:
        """Dates, duration and slack of a row, as the chart's tooltip shows them."""
        bar = self.source.bar(row)
        if bar is None:
            return ""
        dates = self.controller.schedule.tasks.get(bar.uid)
        units = TimeUnits.of(self.controller.plan.project)
        def when(moment) -> str:
            return f"{date_text(moment, 'ddd dd MMM yyyy')} {moment:%H:%M}"

        def days(minutes: int) -> str:
            return format_duration(minutes, DurationUnit.DAYS, False, units)

        lines = [f"<b>{_html(bar.name)}</b>", self.tr("Start: {}").format(when(bar.start)),
                 self.tr("Finish: {}").format(when(bar.finish))]
        if dates is not None:
            work = self.controller.calendar().between(dates.start, dates.finish)
            lines.append(self.tr("Duration: {}").format(days(work)))
            lines.append(self.tr("Total slack: {}").format(days(dates.total_slack)))
            lines.append(self.tr("Free slack: {}").format(days(dates.free_slack)))
        if bar.manual:
            lines.append(self.tr("Manually scheduled"))
        if len(bar.segments) > 1:
            lines.append(self.tr("Split in {} parts").format(len(bar.segments)))
        if bar.link_warning:
            lines.append(f"<span style='color:#c62828'>⚠ {_html(bar.link_warning)}</span>")
        if bar.progress:
            lines.append(self.tr("Complete: {}%").format(bar.progress))
        if bar.critical:
            lines.append(self.tr("On the critical path"))
        task = self.controller.plan.task_index().get(bar.uid)
        missed = deadline_miss_text(task, dates) if task is not None else ""
        if missed:
            lines.append(f'<span style="color:#c62828"><b>{missed}</b></span>')
        elif bar.deadline is not None:
            lines.append(self.tr("Deadline: {}").format(
                date_text(bar.deadline, "ddd dd MMM yyyy")))
        if bar.baseline_start is not None and bar.baseline_finish is not None:
            lines.append(self.tr("Baseline: {} – {}").format(
                date_text(bar.baseline_start, "dd MMM"),
                date_text(bar.baseline_finish, "dd MMM yyyy")))
        if bar.risk_codes:
            lines.append(self.tr("Risks: {} ({})").format(
                ", ".join(bar.risk_codes), core_word(str(bar.risk_band).capitalize())))
        return "<br>".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            pos = event.pos()
            found = self.hit(pos)
            if found is None:
                QToolTip.hideText()
            else:
                row = found[0]
                rect = self.bar_rect_in_viewport(row)
                QToolTip.showText(event.globalPos(), self.tooltip_text(row), self.viewport(),
                                  rect.toAlignedRect() if rect is not None else QRect())
            return True
        return super().viewportEvent(event)

    # -- mouse ------------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if delta.y() > 0:
                self.zoom_in(event.position().x())
            elif delta.y() < 0:
                self.zoom_out(event.position().x())
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or delta.x():
            step = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - step)
            event.accept()
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() - delta.y() // 120 * 3 * self.row_height)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position().toPoint()
        row = self.row_at(pos.y())
        if row < self.source.row_count():
            self.rowPressed.emit(row, event.modifiers())
        found = self.hit(pos)
        if found is not None and not self.controller.read_only:
            self._drag = _Drag(found[0], found[1], found[2], pos)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().toPoint().y())
        if row < self.source.row_count():
            self.rowDoubleClicked.emit(row)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        d = self._drag
        if d is None:
            self._update_cursor(pos)
            return
        d.current = pos
        if d.gesture is None:
            delta = pos - d.press
            if delta.manhattanLength() < QApplication.startDragDistance():
                return
            d.gesture = self._choose_gesture(d, delta)
        if d.gesture is Gesture.LINK:
            self.viewport().update()
        else:
            self._drag_edit(d)

    def _choose_gesture(self, d: _Drag, delta: QPoint) -> Gesture:
        if d.zone is Zone.END:
            return Gesture.RESIZE
        if d.zone is Zone.PROGRESS:
            return Gesture.PROGRESS
        if d.bar.kind is BarKind.SUMMARY:
            return Gesture.LINK
        # Mostly sideways moves the bar; a drag up or down reaches for another bar.
        return Gesture.LINK if 2 * abs(delta.y()) > abs(delta.x()) else Gesture.MOVE

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        d = self._drag
        self._drag = None
        if d is None:
            return
        with d.step:
            if d.gesture is Gesture.LINK:
                self._finish_link(d, self.row_at(event.position().toPoint().y()))
                self.viewport().update()
            elif d.gesture is not None:
                d.current = event.position().toPoint()
                self._drag_edit(d)
        event.accept()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            d = self._drag
            self._drag = None
            d.step.close()
            if d.in_macro:
                self.controller.take_back_last_step()
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def _update_cursor(self, pos: QPoint) -> None:
        found = self.hit(pos)
        shape = Qt.CursorShape.ArrowCursor
        if found is not None and not self.controller.read_only:
            zone = found[2]
            if zone is Zone.END:
                shape = Qt.CursorShape.SizeHorCursor
            elif zone is Zone.PROGRESS:
                shape = Qt.CursorShape.SplitHCursor
            elif found[1].kind is BarKind.SUMMARY:
                shape = Qt.CursorShape.CrossCursor
            else:
                shape = Qt.CursorShape.SizeAllCursor
        self.viewport().setCursor(shape)

    # -- gestures into edits ----------------------------------------------------------------

    def _snap(self, moment: datetime) -> datetime:
        step = self.scale.snap_minutes()
        if step >= 1440:
            return datetime.combine((moment + timedelta(hours=12)).date(), time(0, 0))
        minutes = round((moment - datetime.combine(moment.date(), time(0, 0))).total_seconds()
                        / 60 / step) * step
        return datetime.combine(moment.date(), time(0, 0)) + timedelta(minutes=minutes)

    def _drag_edit(self, d: _Drag) -> None:
        plan = self.controller.plan
        task = next((t for t in plan.tasks if t.uid == d.bar.uid), None)
        if task is None:
            return
        dx_days = (d.current.x() - d.press.x()) / self.scale.px_per_day
        cal = self.controller.calendar(task.calendar_uid)
        if d.gesture is Gesture.MOVE:
            target = self._snap(d.bar.start + timedelta(days=dx_days))
            value = cal.next_working(target)
            if value == d.last_value or (d.last_value is None and value == d.bar.start):
                return
            new = replace(task, constraint_type=ConstraintType.SNET, constraint_date=value)
            text = self.tr("Move “{}”").format(task.name)
        elif d.gesture is Gesture.RESIZE:
            finish = self.scale.moment(self.to_chart(d.current).x())
            if self.scale.snap_minutes() >= 1440:
                day = (finish - timedelta(hours=12)).date()
                finish = cal.previous_working(datetime.combine(day + timedelta(days=1), time(0)))
            else:
                finish = cal.previous_working(self._snap(finish))
            if task.duration_elapsed:
                minutes = int((finish - d.bar.start).total_seconds() // 60)
            else:
                minutes = cal.between(d.bar.start, finish)
            step = 60 if self.scale.snap_minutes() < 1440 else TimeUnits.of(
                plan.project).minutes_per_day
            value = max(step, round(minutes / step) * step)
            if value == d.last_value or (d.last_value is None and value == task.duration):
                return
            new = replace(task, duration=value, milestone=False)
            text = undo_words(QT_TRANSLATE_NOOP("Undo", "Change duration of “{name}”"),
                              name=task.name)
        else:
            rect = self.painter.bar_rect(d.row, d.bar, self.scale)
            x = self.to_chart(d.current).x()
            value = round(max(0.0, min(1.0, (x - rect.left()) / max(rect.width(), 1.0))) * 100)
            if value == d.last_value or (d.last_value is None and value == task.percent_complete):
                return
            new = replace(task, percent_complete=value)
            text = self.tr("Change progress of “{}”").format(task.name)
        if not d.in_macro:
            d.step.enter_context(self.controller.macro(text))
            d.in_macro = True
        d.last_value = value
        self.controller.edit(text, Patch(tasks=(new,)))

    def _finish_link(self, d: _Drag, target_row: int) -> None:
        target = self.source.bar(target_row)
        if target is None or target.uid == d.bar.uid:
            return
        pred, succ = d.bar.uid, target.uid
        plan = self.controller.plan
        if any(x.predecessor_uid == pred and x.successor_uid == succ for x in plan.dependencies):
            return
        cycle = would_create_cycle(plan, pred, succ)
        if cycle:
            names = {t.uid: t.name for t in plan.tasks}
            self.controller.error.emit(str(CycleError(cycle, [names.get(u, u) for u in cycle])))
            return
        link = Dependency(new_uid(), pred, succ, LinkType.FS)
        self.controller.edit(self.tr("Link “{}” to “{}”").format(d.bar.name, target.name),
                             Patch(dependencies=(link,)))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
