"""The resource sheet as a Qt table model, as in Microsoft Project's Resource Sheet.

:class:`ResourceTableModel` holds the plan's :class:`~pmdesk.core.model.Resource` values and
the figures the view computed for them (work, cost, peak load, over-allocation). A typed
cell becomes one patch, one undo step; a bad entry is refused with a message naming the
resource and the field, and nothing changes.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pmdesk.core.entry import format_units
from pmdesk.core.model import Resource, ResourceType
from pmdesk.core.money import format_money, money_edit_text, parse_money
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.usage import ResourceLoad

OVER_COLOR = QColor("#c62828")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: parent of every row
from pmdesk.ui.choices import CHOICES_ROLE
from pmdesk.ui.rowsync import follow_rows


class Column(IntEnum):
    NAME = 0
    TYPE = 1
    INITIALS = 2
    EMAIL = 3
    GROUP = 4
    MAX_UNITS = 5
    STANDARD_RATE = 6
    OVERTIME_RATE = 7
    COST_PER_USE = 8
    CALENDAR = 9
    WORK = 10
    COST = 11
    PEAK = 12


HEADERS = {
    Column.NAME: "Resource Name",
    Column.TYPE: "Type",
    Column.INITIALS: "Initials",
    Column.EMAIL: "E-mail",
    Column.GROUP: "Group",
    Column.MAX_UNITS: "Max. Units",
    Column.STANDARD_RATE: "Std. Rate",
    Column.OVERTIME_RATE: "Ovt. Rate",
    Column.COST_PER_USE: "Cost/Use",
    Column.CALENDAR: "Calendar",
    Column.WORK: "Work",
    Column.COST: "Cost",
    Column.PEAK: "Peak",
}
HEADER_TIPS = {
    Column.MAX_UNITS: "The most this resource can work at once: 100% is one full-time person",
    Column.STANDARD_RATE: "Cost of an hour of work (work resources) or of one unit (material)",
    Column.OVERTIME_RATE: "Cost of an hour of overtime",
    Column.COST_PER_USE: "Charged once for every task the resource is assigned to",
    Column.CALENDAR: "Working time: the project's calendar, or a personal one with vacations",
    Column.WORK: "Hours of work assigned over the whole project",
    Column.PEAK: "The heaviest day's load, as a share of a full working day",
}
TYPE_LABELS = {ResourceType.WORK: "Work", ResourceType.MATERIAL: "Material",
               ResourceType.COST: "Cost"}
EDITABLE = set(Column) - {Column.WORK, Column.COST, Column.PEAK}
_RIGHT = {Column.MAX_UNITS, Column.STANDARD_RATE, Column.OVERTIME_RATE, Column.COST_PER_USE,
          Column.WORK, Column.COST, Column.PEAK}
PROJECT_CALENDAR = ""  # the calendar choice meaning "the project's calendar"


def parse_amount(text: str, currency: str, field: str) -> Decimal:
    """A rate or cost per use as typed ("85", "€85.50/h"): zero or more."""
    body = text.strip()
    if body.endswith("/h"):
        body = body[:-2]
    value = parse_money(body, currency)
    if value < 0:
        raise ValueError(f"{field} must be zero or more, not '{text.strip()}'")
    return value


def parse_units(text: str) -> float:
    """"100%", "50 %", "1.5" (one and a half people) or "150" (per cent)."""
    body = text.strip().replace(",", ".")
    percent = body.endswith("%")
    body = body.rstrip("%").strip()
    try:
        value = float(body)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a number of units: use e.g. 100% or 50%") \
            from None
    if percent or value > 10:
        value /= 100
    if not 0 <= value <= 100:
        raise ValueError(f"'{text.strip()}' is out of range: use 0% to 10000%")
    return round(value, 4)


class ResourceTableModel(QAbstractTableModel):
    """One row per resource of the plan, in plan order; edits go through the controller."""

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._resources: list[Resource] = list(controller.plan.resources)
        self._loads: dict[str, ResourceLoad] = {}
        self._costs: dict[str, Decimal] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        controller.changed.connect(self._on_changed)

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._resources)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def resource(self, row: int) -> Resource:
        return self._resources[row]

    def row_of(self, uid: str) -> int | None:
        for row, r in enumerate(self._resources):
            if r.uid == uid:
                return row
        return None

    def is_overallocated(self, uid: str) -> bool:
        load = self._loads.get(uid)
        return load is not None and load.overallocated

    def set_figures(self, loads: dict[str, ResourceLoad], costs: dict[str, Decimal]) -> None:
        """Show freshly computed usage and costs (the view computes them when shown)."""
        self._loads = loads
        self._costs = costs
        if self._resources:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._resources) - 1, len(Column) - 1))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(Column(section))
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._resources):
            return None
        r = self._resources[index.row()]
        col = Column(index.column())
        over = self.is_overallocated(r.uid)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(r, col)
        if role == CHOICES_ROLE:
            return self._choices(col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _RIGHT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and over and col in (Column.NAME, Column.PEAK):
            return QBrush(OVER_COLOR)
        if role == Qt.ItemDataRole.FontRole and over and col in (Column.NAME, Column.PEAK):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and over and col in (Column.NAME, Column.PEAK):
            periods = self._loads[r.uid].over_periods()
            shown = ", ".join(f"{a:%d %b}" if a == b else f"{a:%d %b}-{b:%d %b}"
                              for a, b in periods[:6])
            more = f" and {len(periods) - 6} more" if len(periods) > 6 else ""
            return f"Over-allocated: {shown}{more}"
        return None

    @property
    def _currency(self) -> str:
        return self.controller.plan.project.currency

    def _money(self, amount: Decimal) -> str:
        return format_money(amount, self._currency)

    def _calendar_name(self, r: Resource) -> str:
        cal = self.controller.plan.calendars.get(r.calendar_uid or "")
        return cal.name if cal is not None else "Project calendar"

    def _display(self, r: Resource, col: Column) -> str:
        work_resource = r.type is ResourceType.WORK
        if col == Column.NAME:
            return r.name
        if col == Column.TYPE:
            return TYPE_LABELS[ResourceType(r.type)]
        if col == Column.INITIALS:
            return r.initials
        if col == Column.EMAIL:
            return r.email
        if col == Column.GROUP:
            return r.group
        if col == Column.MAX_UNITS:
            return format_units(r.max_units) if work_resource else ""
        if col == Column.STANDARD_RATE:
            if r.type is ResourceType.COST:
                return ""
            return self._money(r.standard_rate) + ("/h" if work_resource else "")
        if col == Column.OVERTIME_RATE:
            return self._money(r.overtime_rate) + "/h" if work_resource else ""
        if col == Column.COST_PER_USE:
            return self._money(r.cost_per_use)
        if col == Column.CALENDAR:
            return self._calendar_name(r) if work_resource else ""
        if col == Column.WORK:
            load = self._loads.get(r.uid)
            return f"{load.work / 60:,.0f}h" if load is not None else ""
        if col == Column.COST:
            cost = self._costs.get(r.uid)
            return self._money(cost) if cost is not None else ""
        load = self._loads.get(r.uid)
        if load is None or not load.work:
            return ""
        return format_units(round(load.peak_units(), 2))

    def _edit_value(self, r: Resource, col: Column) -> Any:
        if col == Column.TYPE:
            return ResourceType(r.type).value
        if col == Column.CALENDAR:
            return r.calendar_uid or PROJECT_CALENDAR
        if col == Column.MAX_UNITS:
            return format_units(r.max_units)
        if col in (Column.STANDARD_RATE, Column.OVERTIME_RATE, Column.COST_PER_USE):
            value = {Column.STANDARD_RATE: r.standard_rate, Column.OVERTIME_RATE: r.overtime_rate,
                     Column.COST_PER_USE: r.cost_per_use}[col]
            return money_edit_text(value, self.controller.plan.project.currency)
        return self._display(r, col)

    def _choices(self, col: Column) -> list[tuple[str, str]] | None:
        if col == Column.TYPE:
            return [(t.value, TYPE_LABELS[t]) for t in ResourceType]
        if col == Column.CALENDAR:
            plan = self.controller.plan
            project_cal = plan.project.calendar_uid
            return [(PROJECT_CALENDAR, "Project calendar")] + [
                (uid, c.name) for uid, c in sorted(plan.calendars.items(),
                                                   key=lambda kv: kv[1].name.casefold())
                if uid != project_cal]
        return None

    # -- editing -------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        old = self._resources[index.row()]
        col = Column(index.column())
        try:
            new = self.edited(old, col, "" if value is None else str(value))
        except ValueError as exc:
            self.controller.error.emit(f"{old.name}, {HEADERS[col].lower()}: {exc}")
            return False
        if new == old:
            return False
        return self.controller.edit(f"Edit {HEADERS[col].lower()} of {old.name}",
                                    Patch(resources=(new,)))

    def edited(self, old: Resource, col: Column, text: str) -> Resource:
        """``old`` with ``text`` typed into ``col``; ValueError when it is not valid there."""
        if col == Column.NAME:
            name = text.strip()
            if not name:
                raise ValueError("a resource needs a name")
            if any(r.name.casefold() == name.casefold() and r.uid != old.uid
                   for r in self._resources):
                raise ValueError(f"another resource is already called '{name}'")
            if any(ch in name for ch in "[],;"):
                raise ValueError("a name cannot contain [ ] , or ; (they separate resources "
                                 "in the Resources column)")
            return replace(old, name=name)
        if col == Column.TYPE:
            return replace(old, type=ResourceType(text))
        if col == Column.INITIALS:
            return replace(old, initials=text.strip())
        if col == Column.EMAIL:
            email = text.strip()
            if email and ("@" not in email or " " in email):
                raise ValueError(f"'{email}' is not an e-mail address")
            return replace(old, email=email)
        if col == Column.GROUP:
            return replace(old, group=text.strip())
        if col == Column.MAX_UNITS:
            return replace(old, max_units=parse_units(text))
        if col == Column.STANDARD_RATE:
            return replace(old, standard_rate=parse_amount(text, self._currency, "A rate"))
        if col == Column.OVERTIME_RATE:
            return replace(old, overtime_rate=parse_amount(text, self._currency, "A rate"))
        if col == Column.COST_PER_USE:
            return replace(old, cost_per_use=parse_amount(text, self._currency, "A cost per use"))
        if col == Column.CALENDAR:
            uid = text.strip() or None
            if uid is not None and uid not in self.controller.plan.calendars:
                raise ValueError("no such calendar")
            return replace(old, calendar_uid=uid)
        raise ValueError("this column is calculated")

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.resources or changes.calendars:
            self._sync()

    def _sync(self) -> None:
        """Follow the plan: removals, additions at the end, changed rows; else a reset."""
        if follow_rows(self, self._resources, list(self.controller.plan.resources)) is None:
            return
        if self._resources:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._resources) - 1, len(Column) - 1))
