"""The Flow tab: cumulative flow, weekly throughput, lead and cycle time, and WIP age.

It reads the board's recorded history through :mod:`pmdesk.core.flow` and refreshes only
while shown: a board change marks it stale, showing the tab brings it up to date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.flow import (
    CumulativeFlow,
    Histories,
    cumulative_flow,
    histories,
    percentile,
    weekly_throughput,
)
from pmdesk.render.board import BACKGROUND, paint_cfd, paint_legend, paint_throughput
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, date_text, number
from pmdesk.ui.lazy import RefreshWhenShown
from pmdesk.ui.tables import read_only_table

RANGES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("FlowPanel", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("FlowPanel", "Last 8 weeks"), 8),
    (QT_TRANSLATE_NOOP("FlowPanel", "Last 12 weeks"), 12),
    (QT_TRANSLATE_NOOP("FlowPanel", "Last 26 weeks"), 26),
    (QT_TRANSLATE_NOOP("FlowPanel", "Whole project"), None),
)


class CfdChart(QWidget):
    """The cumulative flow diagram with its legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow: CumulativeFlow | None = None
        self.setMinimumSize(320, 200)

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def set_flow(self, flow: CumulativeFlow) -> None:
        self.flow = flow
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), BACKGROUND.lighter(102))
        if self.flow is None:
            return
        legend_h = self.fontMetrics().height() + 8
        paint_legend(p, QRectF(8, 4, self.width() - 16, legend_h),
                     [c.name for c in self.flow.columns], self.font())
        paint_cfd(p, QRectF(0, legend_h + 4, self.width(), self.height() - legend_h - 4),
                  self.flow, self.font())


class ThroughputChart(QWidget):
    """Cards finished per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[tuple[date, int]] = []
        self.setMinimumSize(240, 200)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def set_weeks(self, weeks: list[tuple[date, int]]) -> None:
        self.weeks = weeks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), BACKGROUND.lighter(102))
        paint_throughput(p, QRectF(0, 8, self.width(), self.height() - 8), self.weeks, self.font())


def _days(value: float | None) -> str:
    return "—" if value is None else f"{number(value, 1)} d"


def _table(headers: list[str]) -> QTableWidget:
    table = read_only_table(headers)
    table.setSortingEnabled(True)
    return table


class _Number(QTableWidgetItem):
    """A table cell that sorts by its number, not its text."""

    def __init__(self, value: float | None, text: str) -> None:
        super().__init__(text)
        self.value = -1.0 if value is None else value
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Number):
            return self.value < other.value
        return super().__lt__(other)


class FlowPanel(RefreshWhenShown, QWidget):
    """How work flows across the board over a chosen range."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.range = QComboBox()
        self.range.setToolTip(self.tr("The dates the diagram, throughput and times cover"))
        for label, weeks in ((self.tr(label), weeks) for label, weeks in RANGES):
            self.range.addItem(label, weeks)
        self.range.setCurrentIndex(2)
        self.range.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("flowSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.cfd = CfdChart()
        self.throughput = ThroughputChart()
        self.times = _table([
            self.tr("Card"), self.tr("Lead time"), self.tr("Cycle time"), self.tr("Done")])
        self.ages = _table([self.tr("Card in progress"), self.tr("Column"), self.tr("Age")])

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Range:")))
        top.addWidget(self.range)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        grid = QGridLayout()
        grid.addWidget(_titled(self.tr("Cumulative flow"), self.cfd), 0, 0)
        grid.addWidget(_titled(self.tr("Throughput per week"), self.throughput), 0, 1)
        grid.addWidget(_titled(self.tr("Lead and cycle time of finished cards"), self.times), 1, 0)
        grid.addWidget(_titled(self.tr("Age of work in progress"), self.ages), 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(grid, 1)

    def _now(self) -> datetime:
        return datetime.now()

    def _range(self, hist: Histories, now: datetime) -> tuple[date, date]:
        weeks = self.range.currentData()
        end = now.date()
        if weeks is None:
            moments = [at for ev in hist.events.values() for at, _ in ev]
            start = min(moments, default=self.controller.plan.project.start).date()
            return min(start, end), end
        return end - timedelta(weeks=weeks) + timedelta(days=1), end

    def refresh(self) -> None:
        self.refreshed()
        plan = self.controller.plan
        now = self._now()
        hist = histories(plan)
        start, end = self._range(hist, now)
        self.cfd.set_flow(cumulative_flow(plan, start, end, hist))
        self.throughput.set_weeks(weekly_throughput(plan, start, end, hist))
        finished = [c for c in hist.cards.values()
                    if c.completed is not None and start <= c.completed.date() <= end]
        lead = [d for c in finished if (d := c.lead_days) is not None]
        cycle = [d for c in finished if (d := c.cycle_days) is not None]

        def stats(values: list[float]) -> str:
            if not values:
                return "—"
            return self.tr("mean {} d, 85th percentile {} d").format(
                number(sum(values) / len(values), 1), number(percentile(values, 0.85) or 0, 1))

        implied = sum(1 for c in hist.cards.values() if c.implied)
        note = ("<br><span style='color:#5e6c84'>" + self.tr(
            "{} cards have no recorded moves yet; their times come from their actual "
            "dates.").format(implied) + "</span>" if implied else "")
        self.summary.setText(
            self.tr("<b>{}</b> cards finished &nbsp; <b>Lead time</b>: {} &nbsp; <b>Cycle "
                    "time</b>: {}{}").format(len(finished), stats(lead), stats(cycle), note))
        self._fill_times(finished)
        self._fill_ages(hist, now)

    def _fill_times(self, finished) -> None:
        t = self.times
        t.setSortingEnabled(False)
        t.setRowCount(len(finished))
        for row, c in enumerate(sorted(finished, key=lambda c: c.completed, reverse=True)):
            t.setItem(row, 0, QTableWidgetItem(c.name))
            t.setItem(row, 1, _Number(c.lead_days, _days(c.lead_days)))
            t.setItem(row, 2, _Number(c.cycle_days, _days(c.cycle_days)))
            done = c.completed.timestamp() if c.completed else None
            t.setItem(row, 3, _Number(done, date_text(c.completed, "dd MMM yyyy")
                                      if c.completed else ""))
        t.setSortingEnabled(True)
        t.sortItems(3, Qt.SortOrder.DescendingOrder)

    def _fill_ages(self, hist: Histories, now: datetime) -> None:
        names = {c.uid: c.name for c in hist.columns}
        wip = sorted(((c, a) for c in hist.cards.values() if (a := c.age_days(now)) is not None),
                     key=lambda p: -p[1])
        t = self.ages
        t.setSortingEnabled(False)
        t.setRowCount(len(wip))
        for row, (c, age) in enumerate(wip):
            t.setItem(row, 0, QTableWidgetItem(c.name))
            t.setItem(row, 1, QTableWidgetItem(names.get(c.column_uid, "")))
            t.setItem(row, 2, _Number(age, _days(age)))
        t.setSortingEnabled(True)
        t.sortItems(2, Qt.SortOrder.DescendingOrder)


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box
