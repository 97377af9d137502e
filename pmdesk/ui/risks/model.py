"""The risk register as a Qt table model, and the proxy that sorts, searches and filters it.

:class:`RiskTableModel` holds the plan's :class:`~pmdesk.core.model.Risk` values (never
live rows) and refreshes from the controller's change sets. An edit typed into a cell
becomes one patch, one undo step, after the same validation the risk dialog applies; a
refused edit leaves the register as it was and says why through ``controller.error``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pmdesk.core.model import Risk, RiskKind, RiskStatus
from pmdesk.core.money import format_money, money_edit_text, parse_money
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.risk import (
    KIND_LABELS,
    SCALE,
    STATUS_LABELS,
    Band,
    assessment,
    emv,
    is_active,
    record_score_change,
    risk_band,
    strategies,
    validate_risk,
)
from pmdesk.render.charts import BAND_COLORS, BAND_PALE
from pmdesk.ui.choices import CHOICES_ROLE
from pmdesk.ui.rowsync import follow_rows

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RISK_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    CATEGORY = 2
    KIND = 3
    OWNER = 4
    STATUS = 5
    PROBABILITY = 6
    IMPACT = 7
    SCORE = 8
    RESIDUAL = 9
    COST = 10
    EMV = 11
    STRATEGY = 12
    REVIEW = 13
    TASKS = 14


HEADERS = {
    Column.CODE: "ID",
    Column.TITLE: "Title",
    Column.CATEGORY: "Category",
    Column.KIND: "Kind",
    Column.OWNER: "Owner",
    Column.STATUS: "Status",
    Column.PROBABILITY: "P",
    Column.IMPACT: "I",
    Column.SCORE: "Score",
    Column.RESIDUAL: "Residual",
    Column.COST: "Cost impact",
    Column.EMV: "EMV",
    Column.STRATEGY: "Strategy",
    Column.REVIEW: "Review",
    Column.TASKS: "Linked tasks",
}
HEADER_TIPS = {
    Column.PROBABILITY: "Probability, 1 (rare) to 5 (almost certain)",
    Column.IMPACT: "Impact, 1 (negligible) to 5 (severe)",
    Column.SCORE: "Probability x impact, coloured by band",
    Column.RESIDUAL: "Score expected after the response",
    Column.EMV: "Expected monetary value: probability share x cost impact "
                "(negative for a threat)",
}
EDITABLE = {
    Column.CODE, Column.TITLE, Column.CATEGORY, Column.KIND, Column.OWNER, Column.STATUS,
    Column.PROBABILITY, Column.IMPACT, Column.COST, Column.STRATEGY, Column.REVIEW,
}
_NUMERIC = {Column.PROBABILITY, Column.IMPACT, Column.SCORE, Column.RESIDUAL, Column.COST,
            Column.EMV}


def _parse_day(text: str) -> date | None:
    body = text.strip()
    if not body:
        return None
    try:
        return date.fromisoformat(body)
    except ValueError:
        raise ValueError(f"'{body}' is not a date: use YYYY-MM-DD") from None


class RiskTableModel(QAbstractTableModel):
    """One row per risk, in register order; edits go through ``controller.edit``."""

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._risks: list[Risk] = list(controller.plan.risks)
        self._names: dict[str, str] = {}
        self._refresh_names()
        controller.changed.connect(self._on_changed)

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._risks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    @property
    def currency(self) -> str:
        return self.controller.plan.project.currency

    def risk(self, row: int) -> Risk:
        return self._risks[row]

    def risks(self) -> list[Risk]:
        return list(self._risks)

    def row_of(self, uid: str) -> int | None:
        for row, r in enumerate(self._risks):
            if r.uid == uid:
                return row
        return None

    def task_names(self, risk: Risk) -> str:
        return ", ".join(self._names.get(u, "?") for u in risk.task_uids)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        col = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(col)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._risks):
            return None
        r = self._risks[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(r, col)
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == RISK_ROLE:
            return r
        if role == CHOICES_ROLE:
            return self._choices(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            b = self._band_of(r, col)
            return QBrush(BAND_COLORS[b] if is_active(r) else BAND_PALE[b]) if b else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._band_of(r, col) in ("low", "high") and is_active(r):
                return QBrush(QColor("#ffffff"))
            if not is_active(r):
                return QBrush(QColor("#80868b"))
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.TITLE and r.description:
                return r.description
            if col == Column.TASKS and r.task_uids:
                return "\n".join(self._names.get(u, "?") for u in r.task_uids)
            if col in (Column.SCORE, Column.RESIDUAL):
                b = self._band_of(r, col)
                which = "residual" if col == Column.RESIDUAL else "inherent"
                return f"{b} ({which})" if b else None
            return None
        return None

    def _band_of(self, r: Risk, col: Column) -> Band | None:
        project = self.controller.plan.project
        if col == Column.SCORE:
            return risk_band(r, project)
        if col == Column.RESIDUAL and r.residual_score is not None:
            return risk_band(r, project, residual=True)
        return None

    def _display(self, r: Risk, col: Column) -> str:
        if col == Column.CODE:
            return r.code
        if col == Column.TITLE:
            return r.title
        if col == Column.CATEGORY:
            return r.category
        if col == Column.KIND:
            return KIND_LABELS[RiskKind(r.kind)]
        if col == Column.OWNER:
            return r.owner
        if col == Column.STATUS:
            return STATUS_LABELS[RiskStatus(r.status)]
        if col == Column.PROBABILITY:
            return str(r.probability)
        if col == Column.IMPACT:
            return str(r.impact)
        if col == Column.SCORE:
            return str(r.score)
        if col == Column.RESIDUAL:
            return "" if r.residual_score is None else str(r.residual_score)
        if col == Column.COST:
            return format_money(r.cost_impact, self.currency) if r.cost_impact else ""
        if col == Column.EMV:
            return format_money(emv(r), self.currency) if r.cost_impact else ""
        if col == Column.STRATEGY:
            return r.strategy
        if col == Column.REVIEW:
            return r.review_date.isoformat() if r.review_date else ""
        return self.task_names(r)

    def _edit_value(self, r: Risk, col: Column) -> Any:
        if col == Column.KIND:
            return RiskKind(r.kind).value
        if col == Column.STATUS:
            return RiskStatus(r.status).value
        if col == Column.PROBABILITY:
            return r.probability
        if col == Column.IMPACT:
            return r.impact
        if col == Column.COST:
            return money_edit_text(r.cost_impact, self.currency)
        return self._display(r, col)

    def _sort_key(self, r: Risk, col: Column) -> Any:
        if col == Column.CODE:
            digits = "".join(ch for ch in r.code if ch.isdigit())
            return int(digits) if digits else 0
        if col == Column.PROBABILITY:
            return r.probability
        if col == Column.IMPACT:
            return r.impact
        if col == Column.SCORE:
            return r.score
        if col == Column.RESIDUAL:
            return r.residual_score if r.residual_score is not None else -1
        if col == Column.COST:
            return float(r.cost_impact)
        if col == Column.EMV:
            return float(emv(r))
        if col == Column.STATUS:
            return list(RiskStatus).index(RiskStatus(r.status))
        return self._display(r, col).lower()

    def _choices(self, r: Risk, col: Column) -> list[tuple[str, str]] | None:
        if col == Column.CATEGORY:
            cats = list(self.controller.plan.project.risk_categories)
            if r.category not in cats:
                cats.append(r.category)
            return [(c, c) for c in cats]
        if col == Column.KIND:
            return [(k.value, KIND_LABELS[k]) for k in RiskKind]
        if col == Column.STATUS:
            return [(s.value, STATUS_LABELS[s]) for s in RiskStatus]
        if col == Column.STRATEGY:
            return [("", "(none)")] + [(s, s) for s in strategies(r.kind)]
        if col in (Column.PROBABILITY, Column.IMPACT):
            return [(str(v), str(v)) for v in SCALE]
        if col == Column.OWNER:
            owners = sorted({x.name for x in self.controller.plan.resources}
                            | {x.owner for x in self._risks if x.owner})
            return [(o, o) for o in owners]
        return None

    # -- editing -------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        old = self._risks[index.row()]
        col = Column(index.column())
        try:
            new = self._edited(old, col, value)
        except ValueError as exc:
            self.controller.error.emit(f"{old.code} {HEADERS[col].lower()}: {exc}")
            return False
        if new == old:
            return False
        return self.commit(old, new, f"Edit {HEADERS[col].lower()} of {old.code}")

    def _edited(self, old: Risk, col: Column, value: Any) -> Risk:
        text = "" if value is None else str(value)
        if col == Column.CODE:
            return replace(old, code=text.strip())
        if col == Column.TITLE:
            return replace(old, title=text.strip())
        if col == Column.CATEGORY:
            return replace(old, category=text.strip())
        if col == Column.OWNER:
            return replace(old, owner=text.strip())
        if col == Column.KIND:
            kind = RiskKind(text)
            strategy = old.strategy if old.strategy in strategies(kind) else ""
            return replace(old, kind=kind, strategy=strategy)
        if col == Column.STATUS:
            status = RiskStatus(text)
            return with_status(old, status)
        if col in (Column.PROBABILITY, Column.IMPACT):
            try:
                number = int(text)
            except ValueError:
                raise ValueError(f"'{text}' is not a rating from 1 to 5") from None
            field = "probability" if col == Column.PROBABILITY else "impact"
            return replace(old, **{field: number})
        if col == Column.COST:
            return replace(old, cost_impact=parse_money(text, self.currency))
        if col == Column.STRATEGY:
            return replace(old, strategy=text.strip())
        if col == Column.REVIEW:
            return replace(old, review_date=_parse_day(text))
        raise ValueError("this column cannot be edited")

    def commit(self, old: Risk | None, new: Risk, text: str) -> bool:
        """Validate ``new`` and make it one undo step; False (and a message) if refused."""
        try:
            validate_risk(new, self.controller.plan)
        except ValueError as exc:
            self.controller.error.emit(str(exc))
            return False
        new = record_score_change(old, new)
        return self.controller.edit(text, Patch(risks=(new,)))

    # -- refreshing ----------------------------------------------------------------------

    def _refresh_names(self) -> None:
        self._names = {t.uid: t.name for t in self.controller.plan.tasks}

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.task_uids or changes.structure:
            self._refresh_names()
        if changes.risks or changes.project:
            self._sync(every_row=changes.project)
        elif (changes.task_uids or changes.structure) and self._risks:
            self._emit_column(Column.TASKS)

    def _emit_column(self, col: Column) -> None:
        self.dataChanged.emit(self.index(0, col), self.index(len(self._risks) - 1, col))

    def _sync(self, every_row: bool = False) -> None:
        """Bring the rows in line with the plan: removals, then additions at the end (the
        order patches keep), then changed rows; anything else resets the model."""
        changed = follow_rows(self, self._risks, list(self.controller.plan.risks))
        if changed is None:
            return
        last = len(Column) - 1
        if every_row and self._risks:
            # Thresholds and categories live in the project: any band may have moved.
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._risks) - 1, last))
            return
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))


def with_status(risk: Risk, status: RiskStatus, today: date | None = None) -> Risk:
    """``risk`` moved to ``status``; closing stamps today's date, reopening clears it."""
    closed = risk.closed
    if status == RiskStatus.CLOSED and closed is None:
        closed = today or date.today()
    elif status != RiskStatus.CLOSED:
        closed = None
    return replace(risk, status=status, closed=closed)


STATUS_FILTERS: tuple[tuple[str, frozenset[RiskStatus] | None], ...] = (
    ("Active", frozenset({RiskStatus.OPEN, RiskStatus.MONITORING, RiskStatus.OCCURRED})),
    ("All statuses", None),
    ("Open", frozenset({RiskStatus.OPEN})),
    ("Monitoring", frozenset({RiskStatus.MONITORING})),
    ("Occurred", frozenset({RiskStatus.OCCURRED})),
    ("Closed", frozenset({RiskStatus.CLOSED})),
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
            if self.band is not None and self._project is not None:
                if risk_band(r, self._project, self.residual) != self.band:
                    return False
            if self.cell is not None and assessment(r, self.residual) != self.cell:
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RiskTableModel) or source_row >= model.rowCount():
            return True
        return self.accepts(model.risk(source_row))
