"""The tables of the KPIs tab: the KPIs with their status, and the chosen KPI's values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from pmdesk.core.patch import ChangeSet
from pmdesk.core.product.kpi_columns import KPI_COLUMNS, KPI_VALUE_COLUMNS, KpiContext
from pmdesk.render.kpi_chart import STATUS_COLORS
from pmdesk.ui.columns import RecordTableModel
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, date_text

__all__ = ["KpiModel", "KpiValueModel"]


class KpiModel(RecordTableModel):
    kind = "kpis"
    columns = KPI_COLUMNS
    noun = "KPI"
    follows = ("kpis", "product")
    _context: KpiContext | None = None  # worked out once per plan

    def context(self) -> Any:
        if self._context is None or self._context.plan is not self.controller.plan:
            self._context = KpiContext(self.controller.plan)
        return self._context

    def row_name(self, row: int, value: Any) -> str:
        return f"KPI {value.name!r}"

    def _on_changed(self, changes: ChangeSet) -> None:
        self._context = None
        super()._on_changed(changes)

    def style(self, value: Any, column: Any, role: int) -> Any:
        if column.key == "status" and role == Qt.ItemDataRole.ForegroundRole:
            summary = self.context().summaries.get(value.uid)
            return STATUS_COLORS[summary.status] if summary else None
        return None


class KpiValueModel(RecordTableModel):
    """The chosen KPI's values, oldest first."""

    kind = "kpi_values"
    columns = KPI_VALUE_COLUMNS
    noun = QT_TRANSLATE_NOOP("Core", "value")
    follows = ("kpis",)

    def __init__(self, controller, parent: QObject | None = None) -> None:
        self.kpi_uid: str | None = None
        super().__init__(controller, parent)

    def plan_rows(self) -> list:
        if self.kpi_uid is None:
            return []
        return sorted((v for v in self.controller.plan.kpi_values if v.kpi_uid == self.kpi_uid),
                      key=lambda v: v.on)

    def context(self) -> Any:
        return KpiContext(self.controller.plan)

    def row_name(self, row: int, value: Any) -> str:
        return self.tr("Value of {}").format(date_text(value.on, "d MMM yyyy"))

    def show_kpi(self, uid: str | None) -> None:
        self.beginResetModel()
        self.kpi_uid = uid
        self._rows = self.plan_rows()
        self.endResetModel()
