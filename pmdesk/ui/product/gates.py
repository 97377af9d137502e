"""The stage gates of the Strategy tab: each gate a milestone of the plan with its
transition, date and decision; the selected gate's criteria checklist (tick a box, edit a
note: one undo step each) and its decision with the rationale and any override."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import Patch
from pmdesk.core.product.model import Decision, Gate, GateCriterion
from pmdesk.ui.actions import view_action
from pmdesk.ui.i18n import date_text, decision_name, first_upper, transition_name
from pmdesk.ui.product.dialogs import DecideGateDialog, NewGateDialog
from pmdesk.ui.product.parts import button_row

__all__ = ["GatePanel"]

_DECISION_COLORS = {Decision.GO: "#2e7d32", Decision.HOLD: "#b26a00",
                    Decision.RECYCLE: "#1565c0", Decision.STOP: "#c62828",
                    Decision.PENDING: "#5f6670"}
_UID = Qt.ItemDataRole.UserRole
_DAY = "d MMM yyyy"


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class GatePanel(QGroupBox):
    """The gates and the selected gate's checklist and decision."""

    def __init__(self, view) -> None:
        super().__init__(QCoreApplication.translate("GatePanel", "Stage gates"))
        self.view = view
        self.controller = view.controller
        self.action_add_gate = view_action(view, "New &Gate…", self.add_gate, "Ctrl+Shift+G",
                                           "A gate for leaving the product's stage: a "
                                           "milestone in the plan and a checklist")
        self.action_add_criterion = view_action(view, "New &Criterion", self.add_criterion,
                                                None, "Add a criterion to the selected gate")
        self.action_decide = view_action(view, "&Decide Gate…", self.decide_gate,
                                         "Ctrl+Shift+D", "Go, hold, recycle or stop, with "
                                         "the date, who decided and why")
        self.gate_table = _table("gateTable", [
            self.tr("Gate"), self.tr("Transition"), self.tr("Date"), self.tr("Decision"),
                                               self.tr("Decided by"), self.tr("Criteria met")])
        self.gate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gate_table.itemSelectionChanged.connect(self._fill_criteria)
        self.gate_table.doubleClicked.connect(lambda _i: self.decide_gate())
        self.criteria = _table("criteriaTable", [
            self.tr("Criterion"), self.tr("Mandatory"), self.tr("Met"), self.tr("Note")])
        self.criteria.itemChanged.connect(self._criterion_changed)
        self.gate_note = QLabel()
        self.gate_note.setObjectName("gateNote")
        self.gate_note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addLayout(button_row(self.action_add_gate, self.action_add_criterion,
                                 self.action_decide))
        box.addWidget(self.gate_table, 2)
        box.addWidget(self.gate_note)
        box.addWidget(self.criteria, 3)

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_add_gate, self.action_add_criterion, self.action_decide]

    def refresh(self) -> None:
        plan = self.controller.plan
        tasks = plan.task_index()
        selected = self.selected_gate()
        self.gate_table.setRowCount(len(plan.gates))
        for row, gate in enumerate(plan.gates):
            task = tasks.get(gate.task_uid)
            self._fill_gate_row(row, gate, task.name if task else "?")
        rows = [r for r, g in enumerate(plan.gates) if g.uid == selected]
        if rows:
            self.gate_table.selectRow(rows[0])
        elif plan.gates and not self.gate_table.selectedItems():
            self.gate_table.selectRow(0)
        self._fill_criteria()

    def _fill_gate_row(self, row: int, gate: Gate, name: str) -> None:
        crit = [c for c in self.controller.plan.gate_criteria if c.gate_uid == gate.uid]
        when = self.controller.schedule.tasks.get(gate.task_uid)
        cells = [
            name,
            transition_name(gate.from_stage, gate.to_stage),
            (date_text(gate.decided_on, _DAY) if gate.decided_on
             else date_text(when.start, _DAY) if when else ""),
            decision_name(gate.decision)
            + (self.tr(" (override)") if gate.override_reason else ""),
            gate.decided_by,
            self.tr("{} of {}").format(sum(c.met for c in crit), len(crit)),
        ]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(_UID, gate.uid)
            if col == 3:
                item.setForeground(QBrush(QColor(_DECISION_COLORS[gate.decision])))
            self.gate_table.setItem(row, col, item)

    def selected_gate(self) -> str | None:
        items = self.gate_table.selectedItems()
        return items[0].data(_UID) if items else None

    def _fill_criteria(self) -> None:
        plan = self.controller.plan
        uid = self.selected_gate()
        gate = next((g for g in plan.gates if g.uid == uid), None)
        crit = [c for c in plan.gate_criteria if c.gate_uid == uid]
        self.criteria.blockSignals(True)
        try:
            self.criteria.setRowCount(len(crit))
            for row, c in enumerate(crit):
                text = QTableWidgetItem(c.text)
                text.setData(_UID, c.uid)
                self.criteria.setItem(row, 0, text)
                for col, on in ((1, c.mandatory), (2, c.met)):
                    box = QTableWidgetItem()
                    box.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                                 | Qt.ItemFlag.ItemIsSelectable)
                    box.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                    self.criteria.setItem(row, col, box)
                self.criteria.setItem(row, 3, QTableWidgetItem(c.note))
        finally:
            self.criteria.blockSignals(False)
        can_edit = gate is not None and not self.controller.read_only
        self.action_decide.setEnabled(can_edit)
        self.action_add_criterion.setEnabled(can_edit)
        self.gate_note.setText(self._note(gate))

    def _note(self, gate: Gate | None) -> str:
        if gate is None:
            return self.tr("No gate selected. Add a gate for the stage the product is leaving.")
        parts = [f"<b>{html.escape(first_upper(decision_name(gate.decision)))}</b>"]
        if gate.decided_on:
            parts.append(self.tr("on {} by {}").format(date_text(gate.decided_on, _DAY),
                                                   html.escape(gate.decided_by)))
        if gate.rationale:
            parts.append(f"— {html.escape(gate.rationale)}")
        if gate.override_reason:
            parts.append("<br><span style='color:#b26a00'>" + self.tr("Override: {}").format(
                html.escape(gate.override_reason)) + "</span>")
        return " ".join(parts)

    def _criterion_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        cells = [self.criteria.item(row, c) for c in range(4)]
        if cells[0] is None or cells[1] is None or cells[2] is None:
            return
        uid = cells[0].data(_UID)
        old = next((c for c in self.controller.plan.gate_criteria if c.uid == uid), None)
        if old is None:
            return
        new = dataclasses.replace(
            old, text=cells[0].text().strip() or old.text,
            mandatory=cells[1].checkState() == Qt.CheckState.Checked,
            met=cells[2].checkState() == Qt.CheckState.Checked,
            note=cells[3].text().strip() if cells[3] is not None else old.note)
        if new != old and not self.controller.edit(self.tr("Edit criterion “{}”").format(old.text),
                                                   Patch(gate_criteria=(new,))):
            self._fill_criteria()

    # -- commands ------------------------------------------------------------------------

    def add_gate(self) -> None:
        self.view.show_tab("strategy")
        if not self.controller.read_only:
            NewGateDialog(self.controller, self).exec()

    def add_criterion(self) -> None:
        self.view.show_tab("strategy")
        gate = self.selected_gate()
        if gate is None:
            self.controller.error.emit("Select a gate first.")
            return
        crit = GateCriterion(new_uid(), gate, "New criterion")
        self.controller.edit(self.tr("Add gate criterion"), Patch(gate_criteria=(crit,)))

    def decide_gate(self) -> None:
        self.view.show_tab("strategy")
        gate = self.selected_gate()
        if gate is None or self.controller.read_only:
            return
        DecideGateDialog(self.controller, gate, self).exec()
