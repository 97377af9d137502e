"""The Roadmap view (Ctrl+7): the backlog's features in Now / Next / Later columns or on a
timeline by month, quarter or release with lanes by theme, objective or owner.

The canvas paints :class:`~pmdesk.render.roadmap.RoadmapPicture`, the same picture as the
PDF and PNG. Dragging a feature to another column, lane or quarter re-plans it: one edit,
one undo step, and never a task moved (the slip tag then says how late its tasks finish
against the new target). Escape during a drag puts it back. **Forecast Delivery** runs the
schedule-risk simulation over each feature's tasks and keeps its P50/P80 on the roadmap.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.health import status_moment
from pmdesk.core.patch import ChangeSet
from pmdesk.core.product.quarters import quarter_text
from pmdesk.core.product.roadmap import Roadmap, build_roadmap, move_patch
from pmdesk.render.roadmap import RoadmapPicture, legend_height, paint_legend
from pmdesk.ui.actions import view_action
from pmdesk.ui.i18n import date_text
from pmdesk.ui.lazy import RefreshWhenShown
from pmdesk.ui.tables import paint_empty_hint

__all__ = ["RoadmapCanvas", "RoadmapView"]

FORECAST_RUNS = 1000
FORECAST_SEED = 20_260  # a fixed seed: the same plan gives the same forecast


class RoadmapCanvas(QWidget):
    """The painted roadmap; drags features. ``moved`` carries (feature uid, drop)."""

    moved = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.picture: RoadmapPicture | None = None
        self.selected: str | None = None
        self._press: QPointF | None = None
        self._dragging: str | None = None
        self._at: QPointF | None = None
        # What the roadmap says while the backlog has no features (set by the view).
        self.empty_hint: Callable[[], str] | None = None

    def set_picture(self, picture: RoadmapPicture) -> None:
        self.picture = picture
        picture.selected = self.selected
        self.setFixedHeight(max(200, int(picture.height) + 2))
        self.repaint_soon()

    def repaint_soon(self) -> None:
        QWidget.update(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.picture is not None:
            painter.setClipRect(QRectF(event.rect()))
            self.picture.paint(painter, QRectF(event.rect()))
            self._paint_drag(painter)
        painter.end()
        if (self.picture is not None and not self.picture.roadmap.entries
                and self.empty_hint is not None):
            paint_empty_hint(self, self.empty_hint(), top=int(self.picture.height))

    def _paint_drag(self, painter: QPainter) -> None:
        if self._dragging is None or self._at is None or self.picture is None:
            return
        rect = self.picture.rect_of(self._dragging)
        if rect is None or self._press is None:
            return
        ghost = rect.translated(self._at - self._press)
        painter.setPen(QPen(QColor("#ffb000"), 2, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(255, 176, 0, 60))
        painter.drawRoundedRect(ghost, 3, 3)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.picture is None:
            return super().mousePressEvent(event)
        self.setFocus()
        uid = self.picture.feature_at(event.position())
        self.selected = uid
        self.picture.selected = uid
        self._press = event.position() if uid else None
        self.repaint_soon()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.picture is None:
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            far = (event.position() - self._press).manhattanLength()
            if self._dragging is None and far >= QApplication.startDragDistance():
                self._dragging = self.selected
            if self._dragging is not None:
                self._at = event.position()
                self.repaint_soon()
            return
        self._tooltip(event)

    def _tooltip(self, event: QMouseEvent) -> None:
        assert self.picture is not None
        uid = self.picture.feature_at(event.position())
        entry = next((e for e in self.picture.entries if e.uid == uid), None)
        if entry is None:
            QToolTip.hideText()
            return
        def day(on: date | None) -> str:
            return date_text(on, "ddd dd MMM yyyy") if on else "—"

        lines = [entry.feature.title]
        if entry.planned:
            lines.append(self.tr("Tasks: {} to {}").format(day(entry.start), day(entry.finish)))
        else:
            lines.append(self.tr("No tasks yet: drawn over its target quarter"))
        if entry.quarter:
            lines.append(self.tr("Target: {} (by {})").format(quarter_text(entry.quarter),
                                                               day(entry.target)))
        if entry.slip_days:
            lines.append(self.tr("Its tasks finish {} days after the target")
                         .format(entry.slip_days))
        if entry.p50 is not None:
            lines.append(self.tr("Forecast: P50 {}, P80 {}").format(day(entry.p50),
                                                                    day(entry.p80))
                         + (self.tr(" — P80 misses the target") if entry.p80_misses else ""))
        QToolTip.showText(event.globalPosition().toPoint(), "\n".join(lines), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragging, self._dragging, self._press, self._at = self._dragging, None, None, None
        if dragging is not None and self.picture is not None:
            drop = self.picture.drop_at(event.position())
            self.repaint_soon()
            if drop:
                self.moved.emit(dragging, drop)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._dragging is not None:
            self._dragging, self._press, self._at = None, None, None
            self.repaint_soon()
            return
        super().keyPressEvent(event)

    def cancel_drag(self) -> bool:
        """Drop a drag in progress (Escape); whether there was one."""
        had = self._dragging is not None
        self._dragging, self._press, self._at = None, None, None
        self.repaint_soon()
        return had


class RoadmapLegend(QWidget):
    """What the timeline's marks mean (the PDF's legend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Its entries wrap onto more lines in a narrow window rather than being cut."""
        return int(legend_height(self.font(), width - 4)) + 2

    def sizeHint(self) -> QSize:
        return QSize(800, self.heightForWidth(800))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(self.rect()).adjusted(4, 0, 0, 0), self.font())
        painter.end()


class RoadmapView(RefreshWhenShown, QWidget):
    """The roadmap of the open project."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.roadmap: Roadmap | None = None
        self._forecast_note = ""  # which risks the last forecast here included
        self.layout_box = self._combo("roadmapLayout", [
            (self.tr("Timeline"), "timeline"), (self.tr("Now / Next / Later"), "now-next-later")])
        self.unit_box = self._combo("roadmapUnit", [
            (self.tr("Quarters"), "quarter"), (self.tr("Months"), "month"),
            (self.tr("Releases"), "release")])
        self.lanes_box = self._combo("roadmapLanes", [
            (self.tr("Lanes by theme"), "theme"), (self.tr("Lanes by objective"), "objective"),
            (self.tr("Lanes by owner"), "owner")])
        self.action_forecast = view_action(
            self, "&Forecast Delivery", self.forecast, None,
            "Run the schedule-risk simulation over each feature's tasks: P50 and P80 finish")
        forecast = QToolButton()
        forecast.setDefaultAction(self.action_forecast)
        self.summary = QLabel()
        self.summary.setObjectName("roadmapSummary")
        self.summary.setWordWrap(True)
        self.controls = (self.layout_box, self.unit_box, self.lanes_box, forecast)
        bar = self.bar = QHBoxLayout()
        for w in self.controls:
            bar.addWidget(w)
        bar.addWidget(self.summary, 1)
        self.summary_row = QHBoxLayout()  # the summary's line when beside them it won't fit
        self.canvas = RoadmapCanvas()
        self.canvas.empty_hint = lambda: self.tr(
            "No features on the roadmap yet: it shows the backlog's features over time, by "
            "the dates of their tasks or their target quarter. Show the Product view and "
            "choose Product ▸ New Feature to add the first.")
        self.canvas.moved.connect(self.move_feature)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 0)
        box.addLayout(bar)
        box.addLayout(self.summary_row)
        self.legend = RoadmapLegend()
        box.addWidget(self.legend)
        box.addWidget(self.scroll_area, 1)
        controller.changed.connect(self._on_changed)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for title, key in items:
            box.addItem(title, key)
        box.currentIndexChanged.connect(lambda _i: self.lay_out())
        return box

    @property
    def export_settings(self) -> tuple[str, str]:
        """(layout, lanes) as the user has them, for the export dialog."""
        return self.layout_box.currentData(), self.lanes_box.currentData()

    def set_layout(self, layout: str, unit: str = "quarter", lanes: str = "theme") -> None:
        for box, key in ((self.layout_box, layout), (self.unit_box, unit),
                         (self.lanes_box, lanes)):
            box.setCurrentIndex(box.findData(key))

    # -- refreshing --------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if not (changes.product or changes.schedule_inputs or changes.project
                or changes.structure or changes.tasks):
            return
        self.mark_stale()

    def _place_summary(self) -> None:
        """The summary beside the controls where its line fits there, else on a line of
        its own under them, so a small window shows it whole instead of cutting it."""
        bar = self.bar
        needed = (sum(w.sizeHint().width() for w in self.controls)
                  + bar.spacing() * len(self.controls)
                  + self.summary.fontMetrics().horizontalAdvance(self.summary.text()) + 24)
        beside = needed <= self.contentsRect().width() - 12
        here, there = (bar, self.summary_row) if beside else (self.summary_row, bar)
        if here.indexOf(self.summary) < 0:
            there.removeWidget(self.summary)
            here.addWidget(self.summary, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_summary()
        if self.roadmap is not None:
            self.lay_out()

    def refresh(self) -> None:
        c = self.controller
        self.roadmap = build_roadmap(c.plan, c.schedule, status_moment(c.plan).date())
        self.refreshed()
        self.lay_out()

    def lay_out(self) -> None:
        if self.roadmap is None:
            return
        layout = self.layout_box.currentData()
        self.unit_box.setEnabled(layout == "timeline")
        self.legend.setVisible(layout == "timeline")
        self.lanes_box.setEnabled(layout == "timeline")
        width = max(600, self.scroll_area.viewport().width() - 2)
        if layout == "timeline" and self.unit_box.currentData() == "month":
            first, last = self.roadmap.span()
            width = max(width, int((last - first).days * 4 + 200))
        picture = RoadmapPicture(self.roadmap, layout=layout,
                                 lanes=self.lanes_box.currentData(),
                                 unit=self.unit_box.currentData(), width=width,
                                 font=self.font())
        self.canvas.setMinimumWidth(int(picture.width))
        self.canvas.set_picture(picture)
        entries = self.roadmap.entries
        slipping = sum(1 for e in entries if e.slip_days)
        late = sum(1 for e in entries if e.p80_misses)
        self.summary.setText(
            self.tr("{} features · {} slipping past their target · {} with P80 after the "
                    "target").format(len(entries), slipping, late) + self._forecast_note)
        self._place_summary()

    # -- edits -------------------------------------------------------------------------

    def move_feature(self, uid: str, drop: dict) -> bool:
        """Re-plan a feature to where it was dropped: one undo step; False if refused or
        nothing changed."""
        c = self.controller
        try:
            patch = move_patch(c.plan, uid, **drop)
        except ValueError as exc:
            c.error.emit(str(exc))
            return False
        if patch is None:
            return False
        title = next((f.title for f in c.plan.features if f.uid == uid), "feature")
        where = ", ".join(_drop_text(k, v) for k, v in drop.items())
        return bool(c.edit(self.tr("Re-plan “{}” to {}").format(title, where), patch).made)

    def forecast(self) -> bool:
        """Run the delivery forecast and keep its P50/P80 on the roadmap (one undo step)."""
        from pmdesk.core.montecarlo import SimulationCancelled, group_finishes, risks_included
        from pmdesk.core.product.roadmap import feature_task_groups, forecast_patch

        c = self.controller
        dialog = QProgressDialog("Forecasting delivery: scheduling the plan 1,000 times…",
                                 "Cancel", 0, FORECAST_RUNS, self)
        dialog.setWindowTitle(self.tr("Forecast Delivery"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(800)

        def progress(done: int) -> bool:
            dialog.setValue(done)
            QApplication.processEvents()
            return not dialog.wasCanceled()

        try:
            found = group_finishes(c.plan, feature_task_groups(c.plan), FORECAST_RUNS,
                                   FORECAST_SEED, progress=progress)
        except SimulationCancelled:
            return False
        except ValueError as exc:
            c.error.emit(f"Forecast: {exc}")
            return False
        finally:
            dialog.reset()
            dialog.deleteLater()
        self._forecast_note = self.tr(" · forecast with {} risks").format(len(found.risks))
        self.summary.setToolTip(risks_included(c.plan, found.risks))
        dates = {uid: (p50.date(), p80.date()) for uid, (p50, p80) in found.items()}
        patch = forecast_patch(c.plan, dates, date.today())
        if patch.upserts("roadmap_items") == ():
            self.lay_out()
            return False
        return bool(c.edit(self.tr("Forecast delivery"), patch).made)


def _drop_text(key: str, value: object) -> str:
    if key == "quarter" and isinstance(value, tuple):
        return quarter_text(value)
    if key == "lane" and isinstance(value, tuple):
        return f"{value[0]} {value[1]}"
    if key == "horizon":
        return str(getattr(value, "value", value)).capitalize()
    return f"release {value or '(none)'}"
