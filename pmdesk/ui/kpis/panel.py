"""The KPIs tab of the Product view: launch KPIs in a table, the chosen KPI's values and
chart, its CSV import, and the launch review of launched features at 30, 60 and 90 days.

Every cell and button is one edit through the controller (one undo step); a typed value
the KPI rules refuse is said in the window's message, naming the KPI and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.health import status_moment
from pmdesk.core.model import new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product.kpi import (
    KpiError,
    import_values,
    launch_dates,
    launch_review,
    parse_values_csv,
    series,
)
from pmdesk.core.product.model import Kpi, KpiValue
from pmdesk.render.kpi_chart import STATUS_COLORS, paint_kpi_chart
from pmdesk.render.written import figure
from pmdesk.ui.columns import RecordTableModel
from pmdesk.ui.dialog_parts import ask_file
from pmdesk.ui.i18n import core_word, date_text
from pmdesk.ui.kpis.models import KpiModel, KpiValueModel
from pmdesk.ui.lazy import RefreshWhenShown
from pmdesk.ui.tables import record_table

__all__ = ["KpiChart", "KpiPanel"]


class KpiChart(QWidget):
    """The chosen KPI's chart, painted by :mod:`pmdesk.render.kpi_chart`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumHeight(180)
        self.kpi: Kpi | None = None
        self.values: list[KpiValue] = []
        self.status: Any = None
        self.today: date | None = None

    def show_kpi(self, kpi: Kpi | None, values: list[KpiValue], status: Any,
                 today: date) -> None:
        self.kpi, self.values, self.status, self.today = kpi, values, status, today
        QWidget.update(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if self.kpi is None:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Choose a KPI to see its values against its target."))
        else:
            paint_kpi_chart(painter, rect, self.kpi, self.values, self.status, self.font(),
                            self.today)
        painter.end()


def _table(model: RecordTableModel, name: str, settings_key: str,
           empty_hint: Callable[[], str] | None = None) -> QTableView:
    """A record table whose commands act on its current row, so one row is selected."""
    table = record_table(model, model.columns, name, settings_key, empty_hint)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class KpiPanel(RefreshWhenShown, QWidget):
    """KPIs, the chosen KPI's values and chart, and the launch review."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kpis = KpiModel(controller, self)
        self.values = KpiValueModel(controller, self)
        self.kpi_table = _table(self.kpis, "kpiTable", "kpis/columns", lambda: self.tr(
            "No KPIs yet: the measures of a launch's success (sign-ups, conversion, churn), "
            "each with a target and its values week by week. Click Add KPI or choose "
            "Product ▸ Add KPI to add the first."))
        self.value_table = _table(self.values, "kpiValueTable", "kpis/values")
        self.chart = KpiChart()
        self.review = QTableWidget(0, 6)
        self.review.setObjectName("launchReview")
        self.review.setHorizontalHeaderLabels([
            self.tr("Feature"), self.tr("KPI"), self.tr("Launched"), self.tr("30 days"),
                                               self.tr("60 days"), self.tr("90 days")])
        self.review.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.review.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_kpi_button = self._button(self.tr("Add &KPI"), self.add_kpi)
        self.delete_kpi_button = self._button(self.tr("Delete KPI"), self.delete_kpi)
        self.import_button = self._button(self.tr("&Import Values…"), self.import_dialog)
        self.add_value_button = self._button(self.tr("Add &Value"), self.add_value)
        self.delete_value_button = self._button(self.tr("Delete Value"), self.delete_value)
        self._lay_out()
        self.kpi_table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        controller.changed.connect(self._on_changed)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for b in (self.add_kpi_button, self.delete_kpi_button, self.import_button):
            top.addWidget(b)
        top.addStretch(1)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addLayout(top)
        lbox.addWidget(self.kpi_table, 2)
        self.review_title = QLabel(self.tr(
            "Launch review: each launched feature's KPIs 30, 60 and 90 days after its launch "
            "(its tasks' finish)"))
        self.review_title.setWordWrap(True)  # on two lines in a small window, not cut
        lbox.addWidget(self.review_title)
        lbox.addWidget(self.review, 1)
        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.chart, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_value_button)
        buttons.addWidget(self.delete_value_button)
        buttons.addStretch(1)
        rbox.addLayout(buttons)
        rbox.addWidget(self.value_table, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 420])
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(split)

    # -- following -----------------------------------------------------------------------

    def current_kpi(self) -> Kpi | None:
        index = self.kpi_table.currentIndex()
        if not index.isValid():
            return None
        return self.kpis.row_value(index.row())

    def select_kpi(self, uid: str) -> None:
        row = self.kpis.row_of(uid)
        if row is not None:
            self.kpi_table.setCurrentIndex(self.kpis.index(row, 0))

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.kpis or changes.product or changes.project:
            self.mark_stale()  # at once if visible, else when the tab is next shown

    def refresh(self) -> None:
        self.refreshed()
        kpi = self.current_kpi()
        if kpi is None and self.kpis.rowCount() and not self.kpi_table.currentIndex().isValid():
            self.kpi_table.setCurrentIndex(self.kpis.index(0, 0))
            return  # currentRowChanged comes back here
        if self.values.kpi_uid != (kpi.uid if kpi else None):
            self.values.show_kpi(kpi.uid if kpi else None)
        plan = self.controller.plan
        today = status_moment(plan).date()
        summary = self.kpis.context().summaries.get(kpi.uid) if kpi else None
        self.chart.show_kpi(kpi, list(series(plan).get(kpi.uid, [])) if kpi else [],
                            summary.status if summary else None, today)
        has = kpi is not None and not self.controller.read_only
        for b in (self.delete_kpi_button, self.import_button, self.add_value_button,
                  self.delete_value_button):
            b.setEnabled(has)
        self._fill_review(today)

    def _fill_review(self, today: date) -> None:
        c = self.controller
        plan = c.plan
        if not any(k.feature_uid for k in plan.kpis):
            self.review.setRowCount(0)
            return
        dates = c.schedule.tasks
        linked = {link.task_uid for link in plan.feature_tasks}
        launches = launch_dates(plan, {u: dates[u].finish.date() for u in linked if u in dates})
        rows = launch_review(plan, launches, today)
        self.review.setRowCount(len(rows))
        for r, (title, kpi, launched, points) in enumerate(rows):
            cells = [title, kpi.name, date_text(launched, "d MMM yyyy")]
            cells += [("—" if p.value is None
                       else f"{figure(f'{p.value:g}')} ({core_word(p.status.value)})")
                      for p in points]
            for k, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if k >= 3:
                    item.setForeground(STATUS_COLORS[points[k - 3].status])
                self.review.setItem(r, k, item)

    # -- edits ---------------------------------------------------------------------------

    def add_kpi(self) -> bool:
        plan = self.controller.plan
        names = {k.name.casefold() for k in plan.kpis}
        n = 1
        while f"new kpi {n}" in names:
            n += 1
        start = status_moment(plan).date()
        kpi = Kpi(new_uid(), f"New KPI {n}", start, start + timedelta(days=90))
        made = self.controller.edit(self.tr("Add KPI “{}”").format(kpi.name),
                                    Patch(kpis=(kpi,))).made
        if made:
            self.select_kpi(kpi.uid)
        return bool(made)

    def delete_kpi(self) -> bool:
        kpi = self.current_kpi()
        if kpi is None:
            return False
        return bool(self.controller.edit(self.tr("Delete KPI “{}”").format(kpi.name),
                                         Patch(kpis_removed=(kpi.uid,))).made)

    def add_value(self) -> bool:
        kpi = self.current_kpi()
        if kpi is None:
            return False
        plan = self.controller.plan
        values = series(plan).get(kpi.uid, [])
        day = status_moment(plan).date()
        taken = {v.on for v in values}
        while day in taken:
            day += timedelta(days=1)
        value = KpiValue(new_uid(), kpi.uid, day, values[-1].value if values else kpi.baseline)
        return bool(self.controller.edit(self.tr("Add a value of “{}”").format(kpi.name),
                                         Patch(kpi_values=(value,))).made)

    def delete_value(self) -> bool:
        index = self.value_table.currentIndex()
        kpi = self.current_kpi()
        if not index.isValid() or kpi is None:
            return False
        value = self.values.row_value(index.row())
        text = self.tr("Delete the {} value of “{}”").format(date_text(value.on, "d MMM yyyy"),
                                                             kpi.name)
        return bool(self.controller.edit(text, Patch(kpi_values_removed=(value.uid,))).made)

    def import_dialog(self) -> None:
        path = ask_file(self, self.tr("Import KPI Values"),
                        self.tr("CSV date,value (*.csv);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Import ``path``'s date,value rows into the chosen KPI as one undo step; a bad
        row imports nothing and says which line."""
        kpi = self.current_kpi()
        if kpi is None:
            return False
        try:
            text = path.read_bytes().decode("utf-8-sig")
            rows = parse_values_csv(text, path.name)
        except (OSError, UnicodeDecodeError, KpiError) as exc:
            self.controller.error.emit(f"Import of {path.name} refused: {exc}")
            return False
        patch = import_values(self.controller.plan, kpi, rows)
        text = self.tr("Import {} values of “{}”").format(len(rows), kpi.name)
        return bool(self.controller.edit(text, patch).made)
