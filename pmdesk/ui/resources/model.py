"""The resource sheet as a Qt table model, as in Microsoft Project's Resource Sheet.

:class:`ResourceTableModel` holds the plan's :class:`~pmdesk.core.model.Resource` values and
the figures the view computed for them (work, cost, peak load, over-allocation); its columns
are declared in :mod:`pmdesk.core.record_columns`. A typed cell becomes one patch, one undo
step; a bad entry is refused with a message naming the resource and the field, and nothing
changes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pmdesk.core.model import Resource
from pmdesk.core.record_columns import RESOURCE_COLUMNS, Records
from pmdesk.core.usage import ResourceLoad
from pmdesk.ui.columns import RecordTableModel, column_index
from pmdesk.ui.i18n import date_text

__all__ = ["OVER_COLOR", "Column", "ResourceTableModel"]

OVER_COLOR = QColor("#c62828")
# The declared columns by name (``Column.NAME``), made from the declarations.
Column = column_index("Column", RESOURCE_COLUMNS)
# Where an over-allocated resource shows in red, bold, with its over-allocated days.
_FLAGGED = ("name", "peak")


class ResourceTableModel(RecordTableModel):
    """One row per resource of the plan, in plan order; edits go through the controller."""

    kind = "resources"
    columns = RESOURCE_COLUMNS
    noun = "resource"
    follows = ("resources", "calendars")

    def __init__(self, controller, parent: QObject | None = None) -> None:
        self._loads: dict[str, ResourceLoad] = {}
        self._costs: dict[str, Decimal] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        super().__init__(controller, parent)

    def context(self) -> Records:
        return Records(self.controller.plan, self._loads, self._costs)

    def resource(self, row: int) -> Resource:
        return self._rows[row]

    def row_name(self, row: int, value: Resource) -> str:
        return value.name

    def undo_text(self, column, value: Resource) -> str:
        return self.named_undo_text(column, value.name)

    def is_overallocated(self, uid: str) -> bool:
        load = self._loads.get(uid)
        return load is not None and load.overallocated

    def set_figures(self, loads: dict[str, ResourceLoad], costs: dict[str, Decimal]) -> None:
        """Show freshly computed usage and costs (the view computes them when shown)."""
        self._loads = loads
        self._costs = costs
        self.repaint_all()

    def style(self, value: Resource, column, role: int) -> Any:
        if column.key not in _FLAGGED or not self.is_overallocated(value.uid):
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVER_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            periods = self._loads[value.uid].over_periods()
            shown = ", ".join(date_text(a, "dd MMM") if a == b
                              else f"{date_text(a, 'dd MMM')}-{date_text(b, 'dd MMM')}"
                              for a, b in periods[:6])
            more = self.tr(" and {} more").format(len(periods) - 6) if len(periods) > 6 else ""
            return self.tr("Over-allocated: {}{}").format(shown, more)
        return None
