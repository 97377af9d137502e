"""The Product view's Strategy tab: the product's vision, segments and lifecycle stage with
its history, the objectives and key results, and the stage gates (:mod:`.gates`).

Every edit is one patch through the controller (one undo step)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product.columns import Backlog
from pmdesk.core.product.model import KeyResult, Objective, Stage
from pmdesk.ui.actions import view_action
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, date_text, stage_name
from pmdesk.ui.product.dialogs import ProductDialog
from pmdesk.ui.product.gates import GatePanel
from pmdesk.ui.product.parts import ProductTab, button_row
from pmdesk.ui.product.table import RecordTable, SortProxy

__all__ = ["StrategyTab"]


class StrategyTab(ProductTab):
    """Vision, stage, OKRs and gates of the product the project delivers."""

    key = "strategy"
    title = str(QT_TRANSLATE_NOOP("ProductView", "Strategy"))

    def __init__(self, view) -> None:
        super().__init__(view)
        self.action_edit_product = view_action(
            view, "Edit &Product…", self.edit_product, None,
            "The product's name, vision, segments, ranking framework and stage")
        self.action_change_stage = view_action(
            view, "Change &Stage…", lambda: self.edit_product(stage=True), "Ctrl+Shift+T",
            "Move the product to another lifecycle stage (kept in its history)")
        self.action_add_objective = view_action(
            view, "New &Objective", self.add_objective, "Ctrl+Shift+O",
            "Add an objective for the product team")
        self.action_add_key_result = view_action(
            view, "New &Key Result", self.add_key_result, "Ctrl+Shift+K",
            "Add a key result to the selected objective")
        self.headline = QLabel()
        self.headline.setObjectName("productHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.gates = GatePanel(view)
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        buttons = button_row(self.action_edit_product, self.action_change_stage)
        top.addLayout(buttons, 0)
        top.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._okr_box())
        split.addWidget(self.gates)
        split.setSizes([700, 600])
        page = QVBoxLayout(self)
        page.addLayout(top)
        page.addWidget(split, 1)

    def _okr_box(self) -> QGroupBox:
        view = self.view
        self.objective_table = RecordTable(view.objectives, SortProxy(self), "objectiveTable",
                                           "product/objectives", self.add_objective,
                                           self.delete_objectives)
        self.key_result_table = RecordTable(view.key_results, SortProxy(self),
                                            "keyResultTable", "product/key_results",
                                            self.add_key_result, self.delete_key_results)
        box = QGroupBox(self.tr("Objectives and key results"))
        layout = QVBoxLayout(box)
        layout.addLayout(button_row(self.action_add_objective, self.action_add_key_result))
        layout.addWidget(self.objective_table, 2)
        layout.addWidget(self.key_result_table, 3)
        return box

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_edit_product, self.action_change_stage, None,
                self.action_add_objective, self.action_add_key_result, None,
                *self.gates.menu_actions()]

    def refresh(self, changes: ChangeSet, backlog: Backlog) -> None:
        if changes.product or changes.project or changes.tasks:
            self._fill_headline()
            self.gates.refresh()

    def _fill_headline(self) -> None:
        plan = self.controller.plan
        product = plan.products[0] if plan.products else None
        if product is None:
            self.headline.setText(
                self.tr("<h2>No product yet</h2><p>Describe the product this project delivers: "
                "its vision, segments and lifecycle stage. Click <b>Edit Product…</b>.</p>"))
            return
        since = max((s.entered for s in plan.stage_changes if s.stage is product.stage),
                    default=None)
        stages = [f"<span style='background:#1565c0;color:white;'>&nbsp;"
                  f"{stage_name(stage).capitalize()}&nbsp;</span>" if stage is product.stage
                  else f"<span style='color:#80868b'>{stage_name(stage).capitalize()}</span>"
                  for stage in Stage]
        history = "; ".join(f"{stage_name(s.stage)} {date_text(s.entered, 'd MMM yyyy')}"
                            for s in sorted(plan.stage_changes, key=lambda s: s.entered))
        self.headline.setText(
            f"<h2>{html.escape(product.name)}</h2><p><i>{html.escape(product.vision)}</i></p>"
            + self.tr("<p>Segments: {}</p><p>Stage: {}{}</p>").format(
                html.escape(", ".join(product.segments) or "-"), " › ".join(stages),
                self.tr(" &nbsp; since {}").format(date_text(since, "d MMM yyyy"))
                if since else "")
            + "<p style='color:#5f6670'>" + self.tr("History: {}").format(
                html.escape(history or "-")) + "</p>")

    # -- commands ------------------------------------------------------------------------

    def edit_product(self, stage: bool = False) -> None:
        self.view.show_tab(self.key)
        if not self.controller.read_only:
            ProductDialog(self.controller, self, focus_stage=stage).exec()

    def add_objective(self) -> None:
        self.view.show_tab(self.key)
        obj = Objective(new_uid(), "New objective", owner="")
        if self.controller.edit(self.tr("Add objective"), Patch(objectives=(obj,))):
            self.objective_table.type_into(obj.uid)

    def delete_objectives(self) -> None:
        self.delete_chosen(self.objective_table, "objectives", lambda chosen: (
            self.tr("Delete objective") if len(chosen) == 1
            else self.tr("Delete {} objectives").format(len(chosen))))

    def add_key_result(self) -> None:
        self.view.show_tab(self.key)
        plan = self.controller.plan
        chosen = self.objective_table.chosen()
        if chosen:
            objective = chosen[0].uid
        elif plan.objectives:
            objective = plan.objectives[-1].uid
        else:
            self.controller.error.emit("Add an objective first: a key result measures one.")
            return
        kr = KeyResult(new_uid(), objective, "New key result", baseline=0, target=100)
        if self.controller.edit(self.tr("Add key result"), Patch(key_results=(kr,))):
            self.key_result_table.select_uid(kr.uid, 1)
            self.key_result_table.setFocus()

    def delete_key_results(self) -> None:
        self.delete_chosen(self.key_result_table, "key_results", lambda chosen: (
            self.tr("Delete key results") if len(chosen) > 1
            else self.tr("Delete key result")))
