"""The Product view (Ctrl+6): Strategy, Backlog and Research.

- Strategy: the product's vision, segments and lifecycle stage with its history, the
  objectives and key results, and the stage gates with their checklists and decisions.
- Backlog: the features in rank order by the project's framework (RICE, ICE or WSJF),
  every score input an editable column, pins by typing a rank or dragging a row, filters
  by status, tag, objective and release, the value-versus-effort chart, and the selected
  feature's problem, description (Markdown, rendered) and evidence.
- Research: the insights, searched with the project file's full-text index, and linked to
  the features they are evidence for.

Every edit is one patch through the controller (one undo step). The view refreshes from
change sets; the ranking and roll-ups are worked out once per change for all its tables.
"""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product import edits
from pmdesk.core.product.columns import SCORE_COLUMNS
from pmdesk.core.product.model import (
    Decision,
    Feature,
    FeatureStatus,
    Framework,
    GateCriterion,
    Insight,
    InsightSource,
    KeyResult,
    Objective,
    Product,
    Stage,
)
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import view_action
from pmdesk.ui.product.chart import ValueEffortChart
from pmdesk.ui.product.dialogs import (
    DecideGateDialog,
    FeatureDialog,
    LinkTasksDialog,
    NewGateDialog,
    ProductDialog,
)
from pmdesk.ui.product.models import (
    FeatureModel,
    InsightModel,
    KeyResultModel,
    ObjectiveModel,
    ProductContext,
)
from pmdesk.ui.product.table import RecordTable, SortProxy

__all__ = ["BacklogProxy", "InsightProxy", "ProductView"]

_ALL = None
TABS = ("strategy", "backlog", "research")
_DECISION_COLORS = {Decision.GO: "#2e7d32", Decision.HOLD: "#b26a00",
                    Decision.RECYCLE: "#1565c0", Decision.STOP: "#c62828",
                    Decision.PENDING: "#5f6670"}


class BacklogProxy(SortProxy):
    """The backlog's filters: status, tag, objective and release."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: FeatureStatus | None = None
        self.tag: str | None = None
        self.objective: str | None = None
        self.release: str | None = None

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.status is None and self.tag is None and self.objective is None \
                and self.release is None:
            return True  # no filter: no row to look at
        return super().filterAcceptsRow(source_row, source_parent)

    def accepts(self, f: Feature) -> bool:
        return ((self.status is None or f.status is self.status)
                and (self.tag is None or self.tag in f.tags)
                and (self.objective is None or self.objective in f.objective_uids)
                and (self.release is None or f.release == self.release))


class InsightProxy(SortProxy):
    """The insights a search found (all when there is no search)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.found: set[str] | None = None
        # Filtered when a search runs or insights change, not on every repaint of a cell
        # of twenty thousand rows.
        self.setDynamicSortFilter(False)

    def accepts(self, i: Insight) -> bool:
        return self.found is None or i.uid in self.found


def _toolbar(name: str) -> QToolBar:
    bar = QToolBar(name)
    bar.setObjectName(name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return bar


class ProductView(QWidget):
    """The product layer of the open project."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared = ProductContext(controller, self)
        self._stale = False
        self.features = FeatureModel(controller, self.shared, self)
        self.insights = InsightModel(controller, self.shared, self)
        self.objectives = ObjectiveModel(controller, self.shared, self)
        self.key_results = KeyResultModel(controller, self.shared, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("productTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._strategy_tab(), "Strategy")
        self.tabs.addTab(self._backlog_tab(), "Backlog")
        self.tabs.addTab(self._research_tab(), "Research")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        self.action_find = view_action(self, self.tr("&Find in Research…"), self.show_find,
                                       QKeySequence.StandardKey.Find,
                                       "Search insights and features")
        controller.changed.connect(self._on_changed)
        self._refresh_all()

    # -- tabs ----------------------------------------------------------------------------

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def _strategy_tab(self) -> QWidget:
        self.headline = QLabel()
        self.headline.setObjectName("productHeadline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        edit_product = QPushButton("Edit &Product…")
        edit_product.clicked.connect(self.edit_product)
        self.edit_product_button = edit_product
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(edit_product, 0, Qt.AlignmentFlag.AlignTop)

        self.objective_table = RecordTable(self.objectives, SortProxy(self), "objectiveTable",
                                           "product/objectives", self.add_objective,
                                           self.delete_objectives)
        self.key_result_table = RecordTable(self.key_results, SortProxy(self), "keyResultTable",
                                            "product/key_results", self.add_key_result,
                                            self.delete_key_results)
        okrs = QGroupBox("Objectives and key results")
        okr_box = QVBoxLayout(okrs)
        okr_buttons = QHBoxLayout()
        for text, slot in (("Add Objective", self.add_objective),
                           ("Add Key Result", self.add_key_result)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            okr_buttons.addWidget(button)
        okr_buttons.addStretch(1)
        okr_box.addLayout(okr_buttons)
        okr_box.addWidget(self.objective_table, 2)
        okr_box.addWidget(self.key_result_table, 3)

        gates = QGroupBox("Stage gates")
        self.gate_table = QTableWidget(0, 6)
        self.gate_table.setObjectName("gateTable")
        self.gate_table.setHorizontalHeaderLabels(
            ["Gate", "Transition", "Date", "Decision", "Decided by", "Criteria met"])
        self.gate_table.verticalHeader().hide()
        self.gate_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gate_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gate_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gate_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.gate_table.itemSelectionChanged.connect(self._fill_criteria)
        self.gate_table.doubleClicked.connect(lambda _i: self.decide_gate())
        self.criteria = QTableWidget(0, 4)
        self.criteria.setObjectName("criteriaTable")
        self.criteria.setHorizontalHeaderLabels(["Criterion", "Mandatory", "Met", "Note"])
        self.criteria.verticalHeader().hide()
        self.criteria.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria.itemChanged.connect(self._criterion_changed)
        self.gate_note = QLabel()
        self.gate_note.setObjectName("gateNote")
        self.gate_note.setWordWrap(True)
        gate_buttons = QHBoxLayout()
        self.decide_button = QPushButton("&Decide…")
        self.decide_button.clicked.connect(self.decide_gate)
        for text, slot in (("Add &Gate…", self.add_gate), ("Add &Criterion", self.add_criterion)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            gate_buttons.addWidget(button)
        gate_buttons.addWidget(self.decide_button)
        gate_buttons.addStretch(1)
        gate_box = QVBoxLayout(gates)
        gate_box.addLayout(gate_buttons)
        gate_box.addWidget(self.gate_table, 2)
        gate_box.addWidget(self.gate_note)
        gate_box.addWidget(self.criteria, 3)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(okrs)
        split.addWidget(gates)
        split.setSizes([700, 600])
        page = QWidget()
        box = QVBoxLayout(page)
        box.addLayout(top)
        box.addWidget(split, 1)
        return page

    def _backlog_tab(self) -> QWidget:
        self.backlog_proxy = BacklogProxy(self)
        self.backlog_table = RecordTable(self.features, self.backlog_proxy, "backlogTable",
                                         "product/backlog", self.add_feature,
                                         self.delete_features)
        table = self.backlog_table
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._show_feature())
        self.action_move_up = view_action(
            self, self.tr("Move &Up"), lambda: self.move_feature(-1), "Ctrl+Up",
            "Pin the feature one rank higher", (table,))
        self.action_move_down = view_action(
            self, self.tr("Move &Down"), lambda: self.move_feature(1), "Ctrl+Down",
            "Pin the feature one rank lower", (table,))
        self.action_unpin = view_action(self, self.tr("&Unpin"), self.unpin_feature, "Ctrl+0",
                                        "Back to the rank its score gives", (table,))
        self.action_plan = view_action(
            self, self.tr("&Plan This Feature"), self.plan_feature, None,
            "Create a summary task group for it in the Gantt view")
        self.action_link_tasks = view_action(self, self.tr("&Link Tasks…"), self.link_tasks, None,
                                             "Link existing tasks to the feature")
        self.action_edit_feature = view_action(
            self, self.tr("&Edit Feature…"), self.edit_feature, "Shift+F2",
            "Every field of the feature: problem, Markdown description, parent, objectives",
            (table,))
        table.doubleClicked.connect(self._feature_double_clicked)
        self.action_save_chart = view_action(self, self.tr("Save &Chart…"), self.save_chart, None,
                                             "Save the value-versus-effort chart as PNG or PDF")
        bar = _toolbar("backlogToolbar")
        add = view_action(self, self.tr("&Add Feature"), self.add_feature, None, "Add a feature")
        delete = view_action(self, self.tr("&Delete"), self.delete_features, None,
                             "Delete the selected features")
        bar.addActions([add, self.action_edit_feature, delete])
        bar.addSeparator()
        bar.addActions([self.action_plan, self.action_link_tasks, self.action_move_up,
                        self.action_move_down, self.action_unpin])
        bar.addSeparator()
        self.framework = QComboBox()
        self.framework.setObjectName("frameworkChoice")
        self.framework.setToolTip("Rank the backlog by")
        for fw in Framework:
            self.framework.addItem(f"Rank by {fw.value.upper()}", fw.value)
        self.framework.activated.connect(self._framework_chosen)
        bar.addWidget(self.framework)
        self.status_filter = self._filter_combo("All statuses",
                                                [(s.value, s) for s in FeatureStatus])
        self.tag_filter = self._filter_combo("All tags", [])
        self.objective_filter = self._filter_combo("All objectives", [])
        self.release_filter = self._filter_combo("All releases", [])
        for combo in (self.status_filter, self.tag_filter, self.objective_filter,
                      self.release_filter):
            bar.addWidget(combo)
        bar.addSeparator()
        bar.addAction(self.action_save_chart)
        self.backlog_count = QLabel()

        self.chart = ValueEffortChart()
        self.chart.featureClicked.connect(lambda uid: self.backlog_table.select_uid(uid, 2))
        self.feature_detail = QTextBrowser()
        self.feature_detail.setObjectName("featureDetail")
        self.feature_detail.setOpenExternalLinks(False)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.chart)
        side.addWidget(self.feature_detail)
        side.setSizes([380, 300])
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(table, 1)
        left_box.addWidget(self.backlog_count)
        self.backlog_split = QSplitter(Qt.Orientation.Horizontal)
        self.backlog_split.addWidget(left)
        self.backlog_split.addWidget(side)
        self.backlog_split.setSizes([1000, 480])
        user_settings.remember_splitter(self.backlog_split, "product/backlog_splitter")
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(bar)
        box.addWidget(self.backlog_split, 1)
        return page

    def _research_tab(self) -> QWidget:
        self.insight_proxy = InsightProxy(self)
        self.insight_table = RecordTable(self.insights, self.insight_proxy, "insightTable",
                                         "product/insights", self.add_insight,
                                         self.delete_insights)
        self.insight_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_insight())
        bar = _toolbar("researchToolbar")
        bar.addAction(view_action(self, self.tr("&Add Insight"), self.add_insight, None,
                                  "Record a piece of user research"))
        bar.addAction(view_action(self, self.tr("&Delete"), self.delete_insights, None,
                                  "Delete the selected insights"))
        bar.addSeparator()
        self.search = QLineEdit()
        self.search.setObjectName("researchSearch")
        self.search.setPlaceholderText("Search insights and features")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(300)
        self.search.textChanged.connect(self._search)
        bar.addWidget(self.search)
        bar.addSeparator()
        self.link_choice = QComboBox()
        self.link_choice.setObjectName("linkFeatureChoice")
        self.link_choice.setMinimumWidth(240)
        self.link_choice.setToolTip("The feature to link the selected insights to")
        bar.addWidget(self.link_choice)
        self.action_link_insight = view_action(
            self, self.tr("&Link to Feature"), self.link_insight, None,
            "Make the selected insights evidence for the chosen feature")
        self.action_unlink_insight = view_action(
            self, self.tr("&Unlink"), self.unlink_insight, None,
            "Remove the link to the chosen feature")
        bar.addActions([self.action_link_insight, self.action_unlink_insight])
        self.research_count = QLabel()
        self.found_features = QListWidget()
        self.found_features.setObjectName("foundFeatures")
        self.found_features.itemActivated.connect(self._open_found_feature)
        self.insight_detail = QTextBrowser()
        self.insight_detail.setObjectName("insightDetail")
        side = QSplitter(Qt.Orientation.Vertical)
        found = QGroupBox("Features matching the search")
        QVBoxLayout(found).addWidget(self.found_features)
        side.addWidget(self.insight_detail)
        side.addWidget(found)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.insight_table, 1)
        left_box.addWidget(self.research_count)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(side)
        split.setSizes([1100, 400])
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(bar)
        box.addWidget(split, 1)
        return page

    def _filter_combo(self, everything: str, items: list) -> QComboBox:
        combo = QComboBox()
        combo.setMaximumWidth(200)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem(everything, _ALL)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.isVisible() and not changes.project:
            self._stale = True
            return
        self._refresh(changes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh(ChangeSet.everything())

    def _refresh_all(self) -> None:
        self._refresh(ChangeSet.everything())

    def _refresh(self, changes: ChangeSet) -> None:
        backlog = self.shared.renew()
        for model in (self.features, self.insights, self.objectives, self.key_results):
            model.refresh(changes)
        product_touched = changes.product or changes.project
        if product_touched or changes.tasks:
            self._fill_headline()
            self._fill_gates()
        if product_touched:
            self._fill_filters()
            self._fill_link_choice()
            if self.search.text().strip():
                self._search(self.search.text())
            if backlog.framework != getattr(self, "_framework_shown", None):
                self._framework_shown = backlog.framework
                self.framework.setCurrentIndex(self.framework.findData(backlog.framework))
                self._show_framework_columns(backlog.framework)
        self.chart.set_backlog(backlog)
        for table, proxy, column in ((self.backlog_table, self.backlog_proxy, 2),
                                     (self.insight_table, self.insight_proxy, 4)):
            if not table.currentIndex().isValid() and proxy.rowCount():
                table.setCurrentIndex(proxy.index(0, column))  # something to read at once
        self._show_feature()
        self._show_insight()
        self._count()

    def _count(self) -> None:
        shown, total = self.backlog_proxy.rowCount(), self.features.rowCount()
        self.backlog_count.setText(f"{shown} of {total} features" if shown != total
                                   else f"{total} features")
        found = self.insight_proxy.rowCount()
        everything = self.insights.rowCount()
        personal = sum(1 for i in self.controller.plan.insights if i.personal)
        text = f"{found} of {everything} insights" if found != everything else \
            f"{everything} insights"
        self.research_count.setText(text + (f"; {personal} confidential (personal data)"
                                            if personal else ""))

    def _show_framework_columns(self, framework: str) -> None:
        for fw, keys in SCORE_COLUMNS.items():
            for key in keys:
                if key == "effort":
                    continue
                self.backlog_table.horizontalHeader().setSectionHidden(
                    self.features.columns.index(key), fw != framework)

    def _fill_headline(self) -> None:
        plan = self.controller.plan
        product = plan.products[0] if plan.products else None
        if product is None:
            self.headline.setText(
                "<h2>No product yet</h2><p>Describe the product this project delivers: "
                "its vision, segments and lifecycle stage. Click <b>Edit Product…</b>.</p>")
            return
        since = max((s.entered for s in plan.stage_changes if s.stage is product.stage),
                    default=None)
        stages = []
        for stage in Stage:
            name = stage.value.capitalize()
            if stage is product.stage:
                stages.append(f"<span style='background:#1565c0;color:white;'>&nbsp;{name}"
                              "&nbsp;</span>")
            else:
                stages.append(f"<span style='color:#80868b'>{name}</span>")
        history = "; ".join(f"{s.stage.value} {s.entered.isoformat()}"
                            for s in sorted(plan.stage_changes, key=lambda s: s.entered))
        self.headline.setText(
            f"<h2>{html.escape(product.name)}</h2>"
            f"<p><i>{html.escape(product.vision)}</i></p>"
            f"<p>Segments: {html.escape(', '.join(product.segments) or '-')}</p>"
            f"<p>Stage: {' › '.join(stages)}"
            f"{f' &nbsp; since {since.isoformat()}' if since else ''}</p>"
            f"<p style='color:#5f6670'>History: {html.escape(history or '-')}</p>")

    def _fill_gates(self) -> None:
        plan = self.controller.plan
        tasks = plan.task_index()
        selected = self.selected_gate()
        table = self.gate_table
        table.setRowCount(len(plan.gates))
        for row, gate in enumerate(plan.gates):
            crit = [c for c in plan.gate_criteria if c.gate_uid == gate.uid]
            task = tasks.get(gate.task_uid)
            when = self.controller.schedule.tasks.get(gate.task_uid)
            cells = [
                task.name if task else "?",
                f"{gate.from_stage.value} → {gate.to_stage.value}",
                (gate.decided_on.isoformat() if gate.decided_on
                 else when.start.date().isoformat() if when else ""),
                gate.decision.value + (" (override)" if gate.override_reason else ""),
                gate.decided_by,
                f"{sum(c.met for c in crit)} of {len(crit)}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, gate.uid)
                if col == 3:
                    item.setForeground(_color(_DECISION_COLORS[gate.decision]))
                table.setItem(row, col, item)
        if selected is not None:
            for row, gate in enumerate(plan.gates):
                if gate.uid == selected:
                    table.selectRow(row)
        elif plan.gates and not table.selectedItems():
            table.selectRow(0)
        self._fill_criteria()

    def selected_gate(self) -> str | None:
        items = self.gate_table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

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
                text.setData(Qt.ItemDataRole.UserRole, c.uid)
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
        self.decide_button.setEnabled(gate is not None and not self.controller.read_only)
        if gate is None:
            self.gate_note.setText("No gate selected. Add a gate for the stage the product "
                                   "is leaving.")
            return
        parts = [f"<b>{gate.decision.value.capitalize()}</b>"]
        if gate.decided_on:
            parts.append(f"on {gate.decided_on.isoformat()} by {html.escape(gate.decided_by)}")
        if gate.rationale:
            parts.append(f"— {html.escape(gate.rationale)}")
        if gate.override_reason:
            parts.append(f"<br><span style='color:#b26a00'>Override: "
                         f"{html.escape(gate.override_reason)}</span>")
        self.gate_note.setText(" ".join(parts))

    def _criterion_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        cells = [self.criteria.item(row, c) for c in range(4)]
        if cells[0] is None or cells[1] is None or cells[2] is None:
            return
        uid = cells[0].data(Qt.ItemDataRole.UserRole)
        old = next((c for c in self.controller.plan.gate_criteria if c.uid == uid), None)
        if old is None:
            return
        new = dataclasses.replace(
            old, text=cells[0].text().strip() or old.text,
            mandatory=cells[1].checkState() == Qt.CheckState.Checked,
            met=cells[2].checkState() == Qt.CheckState.Checked,
            note=cells[3].text().strip() if cells[3] is not None else old.note)
        if new != old and not self.controller.edit(f"Edit criterion “{old.text}”",
                                                   Patch(gate_criteria=(new,))):
            self._fill_criteria()

    def _fill_filters(self) -> None:
        plan = self.controller.plan
        lists = (
            [(t, t) for t in sorted({t for f in plan.features for t in f.tags})],
            [(o.text, o.uid) for o in plan.objectives],
            [(r, r) for r in sorted({f.release for f in plan.features if f.release})],
        )
        if lists == getattr(self, "_filter_lists", None):
            return
        self._filter_lists = lists
        for combo, items in (
            (self.tag_filter, lists[0]),
            (self.objective_filter, lists[1]),
            (self.release_filter, lists[2]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            at = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        proxy = self.backlog_proxy
        proxy.status = self.status_filter.currentData()
        proxy.tag = self.tag_filter.currentData()
        proxy.objective = self.objective_filter.currentData()
        proxy.release = self.release_filter.currentData()
        proxy.refilter()
        self._count()

    def _fill_link_choice(self) -> None:
        features = [(f.uid, f.title) for f in self.controller.plan.features]
        if features == getattr(self, "_link_features", None):
            return  # a score edit: the same features under the same titles
        self._link_features = features
        current = self.link_choice.currentData()
        self.link_choice.blockSignals(True)
        self.link_choice.clear()
        for uid, title in sorted(features, key=lambda f: f[1].casefold()):
            self.link_choice.addItem(title, uid)
        at = self.link_choice.findData(current)
        self.link_choice.setCurrentIndex(max(at, 0))
        self.link_choice.blockSignals(False)

    # -- selection details -----------------------------------------------------------------

    def current_feature(self) -> Feature | None:
        index = self.backlog_table.currentIndex()
        if not index.isValid():
            return None
        return self.features.feature(self.backlog_proxy.mapToSource(index).row())

    def _show_feature(self) -> None:
        f = self.current_feature()
        self.chart.set_selected(f.uid if f else None)
        if f is None:
            self.feature_detail.setMarkdown("*Select a feature to see its problem, "
                                            "description and evidence.*")
            return
        plan = self.controller.plan
        evidence = {lk.insight_uid for lk in plan.insight_links if lk.feature_uid == f.uid}
        quotes = [i for i in plan.insights if i.uid in evidence]
        ranked = self.shared.backlog.ranks.get(f.uid)
        lines = [f"## {f.title}"]
        if ranked is not None:
            lines.append(f"Rank {ranked.rank}" + (f" (pinned; computed {ranked.computed})"
                                                   if ranked.pinned else ""))
        if f.problem:
            lines += ["", f"**Problem.** {f.problem}"]
        if f.description:
            lines += ["", f.description]
        lines += ["", f"### Evidence ({len(quotes)})"]
        for i in quotes:
            who = "confidential" if i.personal else i.segment
            lines.append(f"- *{i.source.value}, {who}*: {i.text}")
        self.feature_detail.setMarkdown("\n".join(lines))

    def current_insight(self) -> Insight | None:
        index = self.insight_table.currentIndex()
        if not index.isValid():
            return None
        return self.insights.insight(self.insight_proxy.mapToSource(index).row())

    def _show_insight(self) -> None:
        i = self.current_insight()
        if i is None:
            self.insight_detail.setMarkdown("*Select an insight to see the features it "
                                            "supports.*")
            return
        titles = self.shared.backlog.insight_features.get(i.uid, [])
        mark = "**Confidential: holds personal data.**\n\n" if i.personal else ""
        who = f", {i.participant}" if i.participant else ""
        self.insight_detail.setMarkdown(
            f"{mark}*{i.source.value}, {i.segment}{who}, "
            f"{i.on.isoformat() if i.on else 'no date'}*\n\n> {i.text}\n\n"
            f"### Evidence for\n" + ("\n".join(f"- {t}" for t in titles) or "nothing yet"))

    # -- commands: strategy ----------------------------------------------------------------

    def edit_product(self) -> None:
        ProductDialog(self.controller, self).exec()

    def _product(self) -> Product | None:
        return self.controller.plan.products[0] if self.controller.plan.products else None

    def add_objective(self) -> None:
        obj = Objective(new_uid(), "New objective", owner="")
        if self.controller.edit("Add objective", Patch(objectives=(obj,))):
            self.objective_table.select_uid(obj.uid)
            self.objective_table.edit(self.objective_table.currentIndex())

    def delete_objectives(self) -> None:
        rows = self.objective_table.selected_rows()
        uids = [self.objectives.row_value(r).uid for r in rows]
        if uids:
            text = "Delete objective" if len(uids) == 1 else f"Delete {len(uids)} objectives"
            self.controller.edit(text, Patch(objectives_removed=uids))

    def add_key_result(self) -> None:
        plan = self.controller.plan
        rows = self.objective_table.selected_rows()
        if rows:
            objective = self.objectives.row_value(rows[0]).uid
        elif plan.objectives:
            objective = plan.objectives[-1].uid
        else:
            self.controller.error.emit("Add an objective first: a key result measures one.")
            return
        kr = KeyResult(new_uid(), objective, "New key result", baseline=0, target=100)
        if self.controller.edit("Add key result", Patch(key_results=(kr,))):
            self.key_result_table.select_uid(kr.uid, 1)

    def delete_key_results(self) -> None:
        uids = [self.key_results.row_value(r).uid for r in self.key_result_table.selected_rows()]
        if uids:
            self.controller.edit("Delete key results" if len(uids) > 1 else "Delete key result",
                                 Patch(key_results_removed=uids))

    def add_gate(self) -> None:
        NewGateDialog(self.controller, self).exec()

    def add_criterion(self) -> None:
        gate = self.selected_gate()
        if gate is None:
            self.controller.error.emit("Select a gate first.")
            return
        crit = GateCriterion(new_uid(), gate, "New criterion")
        self.controller.edit("Add gate criterion", Patch(gate_criteria=(crit,)))

    def decide_gate(self) -> None:
        gate = self.selected_gate()
        if gate is None or self.controller.read_only:
            return
        DecideGateDialog(self.controller, gate, self).exec()

    # -- commands: backlog -------------------------------------------------------------------

    def add_feature(self) -> None:
        feature = Feature(new_uid(), "New feature")
        if self.controller.edit("Add feature", Patch(features=(feature,))):
            self.show_tab("backlog")
            self.backlog_table.select_uid(feature.uid, self.features.columns.index("title"))
            self.backlog_table.edit(self.backlog_table.currentIndex())

    def delete_features(self) -> None:
        rows = self.backlog_table.selected_rows()
        chosen = [self.features.feature(r) for r in rows]
        if not chosen:
            return
        text = (f"Delete feature “{chosen[0].title}”" if len(chosen) == 1
                else f"Delete {len(chosen)} features")
        self.controller.edit(text, Patch(features_removed=[f.uid for f in chosen]))

    def move_feature(self, step: int) -> None:
        f = self.current_feature()
        ranked = self.shared.backlog.ranks.get(f.uid) if f else None
        if f is None or ranked is None:
            return
        target = ranked.rank + step
        if 1 <= target <= len(self.shared.backlog.ranking):
            self.features.pin_at(f.uid, target)
            self.backlog_table.select_uid(f.uid, self.backlog_table.currentIndex().column())

    def unpin_feature(self) -> None:
        f = self.current_feature()
        if f is not None and f.pinned_rank is not None:
            self.controller.edit(f"Unpin “{f.title}”", edits.move_to_rank(
                self.shared.backlog.ranking, f.uid, None))

    def plan_feature(self) -> None:
        f = self.current_feature()
        if f is None:
            return
        try:
            patch = edits.plan_feature(self.controller.plan, f.uid)
        except edits.ProductError as exc:
            self.controller.error.emit(str(exc))
            return
        self.controller.edit(f"Plan feature “{f.title}”", patch)

    def edit_feature(self) -> None:
        f = self.current_feature()
        if f is not None:
            FeatureDialog(self.controller, f.uid, self).exec()

    def _feature_double_clicked(self, index) -> None:
        """A double click edits a cell; on a calculated cell it opens the whole feature."""
        if not self.features.columns[index.column()].editable:
            self.edit_feature()

    def link_tasks(self) -> None:
        f = self.current_feature()
        if f is not None:
            LinkTasksDialog(self.controller, f.uid, self).exec()

    def _framework_chosen(self, _index: int) -> None:
        product = self._product()
        chosen = Framework(self.framework.currentData())
        if product is None:
            product = Product(new_uid(), self.controller.plan.project.name, framework=chosen)
            self.controller.edit(f"Rank by {chosen.value.upper()}", Patch(products=(product,)))
        elif product.framework is not chosen:
            self.controller.edit(f"Rank by {chosen.value.upper()}", Patch(
                products=(dataclasses.replace(product, framework=chosen),)))

    def save_chart(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Save Chart", "value-effort.png",
                                              "PNG image (*.png);;PDF document (*.pdf)")
        if name:
            self.write_chart(Path(name))

    def write_chart(self, path: Path) -> None:
        """The chart as PNG or PDF (by the suffix), painted as on screen."""
        from pmdesk.fileio import write_atomically
        from pmdesk.render.export import png_bytes
        from pmdesk.render.value_effort import chart_image, paint_value_effort

        chart = self.chart._chart
        try:
            if path.suffix.lower() == ".pdf":
                def fill(tmp: Path) -> None:
                    writer = QPdfWriter(str(tmp))
                    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
                    writer.setPageOrientation(writer.pageLayout().orientation().Landscape)
                    writer.setResolution(96)
                    painter = QPainter(writer)
                    try:
                        paint_value_effort(painter, painter.viewport().toRectF(), chart)
                    finally:
                        painter.end()
                from pmdesk.fileio import write_via
                write_via(path, fill)
            else:
                write_atomically(path, png_bytes(chart_image(chart)))
        except OSError as exc:
            self.controller.error.emit(f"{path}: cannot be written ({exc.strerror or exc})")

    # -- commands: research ------------------------------------------------------------------

    def add_insight(self) -> None:
        insight = Insight(new_uid(), "New insight", InsightSource.INTERVIEW, date.today())
        if self.controller.edit("Add insight", Patch(insights=(insight,))):
            self.show_tab("research")
            self.search.clear()
            self.insight_table.select_uid(insight.uid, self.insights.columns.index("text"))
            self.insight_table.edit(self.insight_table.currentIndex())

    def delete_insights(self) -> None:
        uids = [self.insights.insight(r).uid for r in self.insight_table.selected_rows()]
        if uids:
            self.controller.edit("Delete insight" if len(uids) == 1
                                 else f"Delete {len(uids)} insights",
                                 Patch(insights_removed=uids))

    def _chosen_insights(self) -> list[str]:
        return [self.insights.insight(r).uid for r in self.insight_table.selected_rows()]

    def link_insight(self) -> None:
        feature = self.link_choice.currentData()
        uids = self._chosen_insights()
        if not feature or not uids:
            self.controller.error.emit("Select insights and choose a feature to link them to.")
            return
        patch = Patch()
        for uid in uids:
            patch = patch.then(edits.link_insight(self.controller.plan, uid, feature))
        self.controller.edit("Link insight to feature", patch)

    def unlink_insight(self) -> None:
        feature = self.link_choice.currentData()
        patch = Patch()
        for uid in self._chosen_insights():
            patch = patch.then(edits.unlink_insight(self.controller.plan, uid, feature))
        self.controller.edit("Unlink insight", patch)

    def show_find(self) -> None:
        self.show_tab("research")
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        hits = self.search_text(text)
        self.insight_proxy.found = None if hits is None else {
            uid for kind, uid in hits if kind == "insight"}
        self.insight_proxy.refilter()
        self.found_features.clear()
        if hits is not None:
            titles = {f.uid: f.title for f in self.controller.plan.features}
            for kind, uid in hits:
                if kind == "feature" and uid in titles:
                    item = QListWidgetItem(titles[uid])
                    item.setData(Qt.ItemDataRole.UserRole, uid)
                    self.found_features.addItem(item)
        self._count()

    def search_text(self, text: str) -> list[tuple[str, str]] | None:
        """What a search for ``text`` finds, best first, as (kind, uid); None for no
        search. The project file's full-text index answers; a project without a file yet
        is searched in memory the same way (every word, as a word prefix)."""
        from pmdesk.store.search import words

        terms = [w.casefold() for w in words(text)]
        if not terms:
            return None
        document = self.controller.document
        if document is not None:
            from pmdesk.store.document import DocumentError
            from pmdesk.store.search import search

            try:
                with document.session() as session:
                    return [(h.kind, h.uid) for h in search(session, text)]
            except DocumentError as exc:
                self.controller.error.emit(str(exc))
                return []
        plan = self.controller.plan

        def hit(*texts: str) -> bool:
            found = {w.casefold() for t in texts for w in words(t) if t}
            return all(any(w.startswith(term) for w in found) for term in terms)

        out = [("feature", f.uid) for f in plan.features
               if hit(f.title, f.problem, f.description, " ".join(f.tags))]
        out += [("insight", i.uid) for i in plan.insights
                if hit(i.text, i.segment, i.participant, " ".join(i.tags))]
        return out

    def _open_found_feature(self, item: QListWidgetItem) -> None:
        self.show_tab("backlog")
        self.backlog_table.select_uid(item.data(Qt.ItemDataRole.UserRole), 2)


def _color(name: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(name))
