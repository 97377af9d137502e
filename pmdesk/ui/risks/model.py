"""The risk register as a Qt table model, and the proxy that sorts, searches and filters it.

:class:`RiskTableModel` holds the plan's :class:`~pmdesk.core.model.Risk` values (never
live rows) and refreshes from the controller's change sets. An edit typed into a cell
becomes one patch, one undo step, after the same validation the risk dialog applies; a
refused edit leaves the register as it was and says why through ``controller.error``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pmdesk.core.model import Risk, RiskKind, RiskStatus
from pmdesk.core.montecarlo import SimulatedRisk
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.record_columns import RISK_COLUMNS, Records, with_status
from pmdesk.core.risk import (
    Band,
    assessment,
    is_active,
    record_score_change,
    risk_band,
    validate_risk,
)
from pmdesk.render.charts import BAND_COLORS, BAND_PALE
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.columns import SORT_ROLE, RecordTableModel, column_index
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP
from pmdesk.ui.rowsync import follow_rows

__all__ = ["RISK_ROLE", "SORT_ROLE", "STATUS_FILTERS", "Column", "RiskFilterProxy",
           "RiskTableModel", "with_status"]

RISK_ROLE = Qt.ItemDataRole.UserRole + 3


# The declared columns by name (``Column.SCORE``), made from the declarations.
Column = column_index("Column", RISK_COLUMNS)
_WHITE = QColor("#ffffff")
_MUTED = QColor("#80868b")


class RiskTableModel(RecordTableModel):
    """One row per risk, in register order; edits go through ``controller.edit``."""

    kind = "risks"
    columns = RISK_COLUMNS
    noun = "risk"

    def __init__(self, controller, parent: QObject | None = None) -> None:
        self._records = Records(controller.plan)
        super().__init__(controller, parent)

    def context(self) -> Records:
        return self._records

    def risk(self, row: int) -> Risk:
        return self._rows[row]

    def risks(self) -> list[Risk]:
        return list(self._rows)

    def show_p80_effects(self, risks: Sequence[SimulatedRisk]) -> None:
        """Fill the P80 effect column from a schedule-risk run's risks."""
        self._records.p80_effects = {r.uid: r.p80_effect_days for r in risks}
        self.repaint_all()

    def task_names(self, risk: Risk) -> str:
        return self._records.linked_tasks(risk)

    def row_name(self, row: int, value: Risk) -> str:
        return value.code

    def undo_text(self, column, value: Risk) -> str:
        return self.named_undo_text(column, value.code)

    def refusal(self, row: int, value: Risk, column, problem: str) -> str:
        return f"{value.code} {column.header.lower()}: {problem}"

    def data(self, index: CellIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == RISK_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()]
        return super().data(index, role)

    def style(self, value: Risk, column, role: int) -> Any:
        """Scores in their band's colour, inactive risks greyed."""
        band = self._band_of(value, column.key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(BAND_COLORS[band] if is_active(value) else BAND_PALE[band]) \
                if band else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if band in ("low", "high") and is_active(value):
                return QBrush(_WHITE)
            return QBrush(_MUTED) if not is_active(value) else None
        if role == Qt.ItemDataRole.ToolTipRole and band:
            which = "residual" if column.key == "residual" else "inherent"
            return f"{band} ({which})"
        return None

    def _band_of(self, r: Risk, key: str) -> Band | None:
        project = self.controller.plan.project
        if key == "score":
            return risk_band(r, project)
        if key == "residual" and r.residual_score is not None:
            return risk_band(r, project, residual=True)
        return None

    def commit(self, old: Risk | None, new: Risk, text: str) -> bool:
        """Validate ``new`` and make it one undo step; False (and a message) if refused."""
        try:
            validate_risk(new, self.controller.plan)
        except ValueError as exc:
            self.controller.error.emit(str(exc))
            return False
        new = record_score_change(old, new)
        return self.controller.edit(text, Patch(risks=(new,))).made

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self._records = Records(self.controller.plan)  # task names, categories, owners
        if changes.risks or changes.project:
            self._sync(every_row=changes.project)
        elif (changes.task_uids or changes.structure) and self._rows:
            col = Column.TASKS
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def _sync(self, every_row: bool = False) -> None:
        """Bring the rows in line with the plan: removals, then additions at the end (the
        order patches keep), then changed rows; anything else resets the model."""
        changed = follow_rows(self, self._rows, self.plan_rows())
        if changed is None:
            return
        if every_row:
            # Thresholds and categories live in the project: any band may have moved.
            self.repaint_all()
            return
        last = len(self.columns) - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))


STATUS_FILTERS: tuple[tuple[str, frozenset[RiskStatus] | None], ...] = (
    (QT_TRANSLATE_NOOP("RiskView", "Active"),
     frozenset({RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.OCCURRED})),
    (QT_TRANSLATE_NOOP("RiskView", "All statuses"), None),
    (QT_TRANSLATE_NOOP("RiskView", "Open"), frozenset({RiskStatus.OPEN})),
    (QT_TRANSLATE_NOOP("RiskView", "Monitoring"), frozenset({RiskStatus.MONITORING})),
    (QT_TRANSLATE_NOOP("RiskView", "Occurred"), frozenset({RiskStatus.OCCURRED})),
    (QT_TRANSLATE_NOOP("RiskView", "Closed"), frozenset({RiskStatus.CLOSED})),
)


class RiskFilterProxy(QSortFilterProxyModel):
    """Sorting by each column's natural order, and the register's filters: search text,
    status, category, kind, band and a heat-map cell (inherent or residual)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.text = ""
        self.statuses: frozenset[RiskStatus] | None = STATUS_FILTERS[0][1]
        self.category: str | None = None
        self.kind: RiskKind | None = None
        self.band: Band | None = None
        self.cell: tuple[int, int] | None = None
        self.residual = False
        self._project = None

    def set_project(self, project) -> None:
        self._project = project

    def set_filters(self, **values: Any) -> None:
        """Change any of ``text``, ``statuses``, ``category``, ``kind``, ``band``, ``cell``,
        ``residual`` and re-filter once."""
        self.beginFilterChange()
        for name, value in values.items():
            if not hasattr(self, name) or name.startswith("_"):
                raise AttributeError(f"no filter named {name!r}")
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, r: Risk, position: bool = True) -> bool:
        """Whether ``r`` passes the filters; ``position`` False ignores the band and cell
        filters (the heat map counts what the other filters leave)."""
        if self.statuses is not None and RiskStatus(r.status) not in self.statuses:
            return False
        if self.category is not None and r.category != self.category:
            return False
        if self.kind is not None and r.kind != self.kind:
            return False
        if self.text:
            needle = self.text.lower()
            hay = " ".join((r.code, r.title, r.description, r.owner, r.category, r.response,
                            r.trigger, r.contingency)).lower()
            if needle not in hay:
                return False
        if position:
            if (self.band is not None and self._project is not None
                    and risk_band(r, self._project, self.residual) != self.band):
                return False
            if self.cell is not None and assessment(r, self.residual) != self.cell:
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: CellIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RiskTableModel) or source_row >= model.rowCount():
            return True
        return self.accepts(model.risk(source_row))
