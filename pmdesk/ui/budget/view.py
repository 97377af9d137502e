"""The Budget view: are we on budget, and on schedule against the plan we promised?

Left, what the PM enters: the budget per category and the actual costs (invoices,
licences, trips). Right, what pmdesk works out: budget, planned, actual, remaining and
variance per category and for the project; the earned value figures at the status date
with the EAC method of the PM's choice; and the S-curve of PV, EV and AC. The baseline
actions save or clear baselines 0-10, for the whole project or the selected tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.budget import budget_report
from pmdesk.core.costs import plan_cost
from pmdesk.core.evm import EAC_METHODS, MEASURES, EvmFigures, project_evm, s_curve
from pmdesk.core.health import cost_headline, status_moment
from pmdesk.core.model import BudgetLine, CostEntry, new_uid
from pmdesk.core.money import format_money, money_edit_text, parse_money
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.record_columns import BUDGET_TOTAL_COLUMNS, Records
from pmdesk.render.palette import BAD, figure_color
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import view_action
from pmdesk.ui.budget.baseline_dialog import BaselineDialog
from pmdesk.ui.budget.models import BudgetLineModel, CostEntryModel
from pmdesk.ui.budget.s_curve import SCurveChart
from pmdesk.ui.columns import header_data
from pmdesk.ui.headline import COST_RULE, HeadlineLabel, is_today
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word, date_text, number
from pmdesk.ui.layouts import text_toolbar
from pmdesk.ui.lazy import RefreshWhenShown
from pmdesk.ui.message_line import MessageLine
from pmdesk.ui.tables import record_table


class BudgetView(RefreshWhenShown, QWidget):
    """Budget lines, actual costs, totals, earned value and baselines of the open project."""

    menu_title = str(QT_TRANSLATE_NOOP("BudgetView", "&Budget"))
    menu_entries = ("action_add_budget_line", "action_delete_budget_line", None,
                    "action_add_cost", "action_delete_cost", None, "action_save_baseline",
                    "action_clear_baseline")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # Who tells which tasks are selected (the Gantt view); none: the whole project.
        self.task_selection: Callable[[], list[str]] | None = None
        self.figures: EvmFigures | None = None

        self.lines_model = BudgetLineModel(controller, self)
        self.entries_model = CostEntryModel(controller, self)
        self.lines = record_table(
            self.lines_model, self.lines_model.columns, "budgetLines", "budget/lines",
            lambda: self.tr(
                "No budget lines yet: the money set aside for each cost category, which "
                "planned and actual costs are measured against. Choose Budget ▸ Add Budget "
                "Line to add the first."), legacy_keys=("category", "amount", "note"))
        self.entries = record_table(
            self.entries_model, self.entries_model.columns, "costEntries", "budget/entries",
            lambda: self.tr(
                "No actual costs yet: the money spent (an invoice, a licence), by date and "
                "category. Choose Budget ▸ Add Actual Cost to record the first."),
            legacy_keys=("date", "amount", "category", "task", "note"))

        self.totals = QTableWidget(0, len(BUDGET_TOTAL_COLUMNS))
        self.totals.setObjectName("budgetTotals")
        for i in range(len(BUDGET_TOTAL_COLUMNS)):  # the declared words, translated
            head = QTableWidgetItem(header_data(BUDGET_TOTAL_COLUMNS, i, Qt.Orientation.Horizontal,
                                                Qt.ItemDataRole.DisplayRole))
            head.setToolTip(header_data(BUDGET_TOTAL_COLUMNS, i, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.ToolTipRole))
            self.totals.setHorizontalHeaderItem(i, head)
        self.totals.verticalHeader().hide()
        self.totals.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.totals.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.evm_labels: dict[str, QLabel] = {}
        self.evm_box = self._build_evm_box()
        self.curve = SCurveChart()
        self.curve.setObjectName("sCurve")
        self.message = MessageLine("budgetMessage", wrap=True)

        self._build_actions()
        self.toolbar = self._build_toolbar()

        self._lay_out()

        for table in (self.lines, self.entries):
            table.selectionModel().selectionChanged.connect(self._update_actions)
        controller.changed.connect(self._on_changed)
        controller.error.connect(self.show_message)
        self._update_actions()

    # -- construction --------------------------------------------------------------------

    def _lay_out(self) -> None:
        """The toolbar over the tables (left) and the figures (right, scrolling), and the
        message line under them."""
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 6, 0)
        left_box.addWidget(QLabel(self.tr("<b>Budget per category</b>")))
        left_box.addWidget(self.lines, 2)
        left_box.addWidget(QLabel(self.tr("<b>Actual costs</b>")))
        left_box.addWidget(self.entries, 3)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(6, 0, 0, 0)
        right_box.addWidget(QLabel(self.tr("<b>Budget, planned and actual</b>")))
        right_box.addWidget(self.totals, 3)
        right_box.addWidget(self.evm_box)
        right_box.addWidget(self.curve, 3)
        # In a small window the figures scroll rather than squeeze the actual costs away.
        self.right_scroll = QScrollArea()
        self.right_scroll.setObjectName("budgetFigures")
        self.right_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setWidget(right)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right_scroll)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.left_pane = left
        self.entries.horizontalHeader().sectionResized.connect(self._keep_amounts_readable)
        self.entries.horizontalHeader().sectionMoved.connect(self._keep_amounts_readable)
        self._keep_amounts_readable()
        self.splitter.setSizes([560, 840])
        user_settings.remember_splitter(self.splitter, "budget/splitter")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.toolbar)
        box.addWidget(self.splitter, 1)
        box.addWidget(self.message)

    def _action(self, text: str, slot, tip: str = "", shortcut=None,
                table: QTableView | None = None) -> QAction:
        return view_action(self, text, slot, shortcut, tip, (table,) if table is not None else ())

    def _build_actions(self) -> None:
        self.action_add_budget_line = self._action(
            "Add &Budget Line", self.add_budget_line, "Set money aside for a cost category")
        self.action_delete_budget_line = self._action(
            "Delete Budget Line", lambda: self._delete(self.lines, self.lines_model),
            "Delete the selected budget lines", "Delete", self.lines)
        self.action_add_cost = self._action(
            "Add &Actual Cost", self.add_cost_entry, "Record money spent: an invoice, a licence")
        self.action_delete_cost = self._action(
            "Delete Actual Cost", lambda: self._delete(self.entries, self.entries_model),
            "Delete the selected cost entries", "Delete", self.entries)
        self.action_save_baseline = self._action(
            "&Save Baseline…", self.save_baseline,
            "Keep the current schedule and costs as a baseline (0-10)")
        self.action_clear_baseline = self._action(
            "C&lear Baseline…", self.clear_baseline, "Forget a saved baseline")

    def _build_toolbar(self) -> QToolBar:
        bar = text_toolbar(self.tr("Budget"), "budgetToolbar",
                           [self.action_add_budget_line, self.action_delete_budget_line],
                           [self.action_add_cost, self.action_delete_cost],
                           [self.action_save_baseline, self.action_clear_baseline])
        bar.addWidget(QLabel(self.tr(" Project budget ")))
        self.project_budget = QLineEdit()
        self.project_budget.setObjectName("projectBudget")
        self.project_budget.setMaximumWidth(140)
        self.project_budget.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.project_budget.setToolTip(
            self.tr("The approved budget of the whole project; empty or 0: "
                    "the sum of the budget lines"))
        self.project_budget.editingFinished.connect(self._budget_typed)
        bar.addWidget(self.project_budget)
        self.currency = QLabel()
        bar.addWidget(self.currency)
        return bar

    def _build_evm_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Earned value"))
        group.setObjectName("evmBox")
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(14)
        self.eac_method = QComboBox()
        self.eac_method.setObjectName("eacMethod")
        for key, formula in EAC_METHODS.items():
            self.eac_method.addItem(self.tr("EAC = {}").format(formula), key)
        self.eac_method.setToolTip(self.tr("How the estimate at completion is worked out"))
        self.eac_method.activated.connect(self._method_chosen)
        self.evm_source = QLabel()
        self.evm_source.setObjectName("evmSource")
        self.evm_source.setWordWrap(True)
        self.cost_health = HeadlineLabel("costHealth", COST_RULE, prefix=self.tr("Cost: "))
        self.evm_grid = grid
        self.evm_pairs: list[tuple[QLabel, QLabel]] = []
        self.evm_columns = 0  # figures side by side: 4, or 2 in a narrow window
        for measure in MEASURES:
            name = QLabel(measure.label)
            tip = core_word(measure.tip)
            name.setToolTip(tip)
            value = QLabel()
            value.setObjectName(f"evm_{measure.key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setToolTip(tip)
            self.evm_pairs.append((name, value))
            self.evm_labels[measure.key] = value
        self._arrange_evm(4)
        return group

    def _arrange_evm(self, columns: int) -> None:
        """The earned value figures in ``columns`` columns of name and value, read top to
        bottom then left to right (BAC, PV, EV first); the source line and the EAC method
        above them, the cost headline below."""
        if columns == self.evm_columns:
            return
        self.evm_columns = columns
        grid = self.evm_grid
        rows = -(-len(self.evm_pairs) // columns)
        wide = 2 * columns
        method_row = 0 if columns == 4 else 1
        grid.addWidget(self.evm_source, 0, 0, 1, wide - 2 if columns == 4 else wide)
        grid.addWidget(self.eac_method, method_row, wide - 2, 1, 2)
        for i, (name, value) in enumerate(self.evm_pairs):
            row, col = method_row + 1 + i % rows, (i // rows) * 2
            grid.addWidget(name, row, col)
            grid.addWidget(value, row, col + 1)
        grid.addWidget(self.cost_health, method_row + 1 + rows, 0, 1, wide)

    def _evm_width(self, columns: int) -> int:
        """How wide the earned value box must be to show its figures in ``columns``."""
        rows = -(-len(self.evm_pairs) // columns)
        grid = self.evm_grid
        widths = 0
        for start in range(0, len(self.evm_pairs), rows):
            pairs = self.evm_pairs[start:start + rows]
            widths += max(n.sizeHint().width() for n, _v in pairs)
            widths += max(v.sizeHint().width() for _n, v in pairs)
        margins = grid.contentsMargins()
        return (widths + grid.horizontalSpacing() * (2 * columns - 1)
                + margins.left() + margins.right() + 4)

    def _keep_amounts_readable(self, *_args: object) -> None:
        """The left pane never narrower than the actual costs' date and amount, so a small
        window or a narrowed splitter cannot cut the amounts off."""
        header = self.entries.horizontalHeader()
        keys = self.entries_model.columns.keys()
        right = max(header.sectionPosition(keys.index(key)) + header.sectionSize(keys.index(key))
                    for key in ("date", "amount"))
        frame = 2 * self.entries.frameWidth() + self.entries.verticalScrollBar().sizeHint().width()
        self.left_pane.setMinimumWidth(min(right, 420) + frame + 8)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_evm()

    def _fit_evm(self) -> None:
        room = self.right_scroll.viewport().width() - 6
        self._arrange_evm(4 if room >= self._evm_width(4) else 2)

    # -- commands ------------------------------------------------------------------------

    def add_budget_line(self) -> None:
        if self.controller.read_only:
            return
        used = {line.category.casefold() for line in self.controller.plan.budget_lines}
        name = next(n for n in (f"Category {i}" for i in range(1, 1000))
                    if n.casefold() not in used)
        line = BudgetLine(new_uid(), name, Decimal(0))
        self._add_row(self.tr("Add budget line"), Patch(budget_lines=(line,)), line.uid,
                      self.lines, self.lines_model, 0)

    def add_cost_entry(self) -> None:
        if self.controller.read_only:
            return
        status = self.controller.plan.project.status_date
        day = min(date.today(), status.date()) if status else date.today()
        entry = CostEntry(new_uid(), day, Decimal(0))
        self._add_row(self.tr("Add actual cost"), Patch(cost_entries=(entry,)), entry.uid,
                      self.entries, self.entries_model, 1)

    def _add_row(self, text: str, patch: Patch, uid: str, table: QTableView, model,
                 column: int) -> None:
        """Make the edit that adds the row of ``uid``, then open its ``column`` for typing:
        a new budget line is first given its category, a new cost its amount."""
        if self.controller.edit(text, patch):
            row = model.row_of(uid)
            if row is not None:
                table.setCurrentIndex(model.index(row, column))
                table.edit(model.index(row, column))

    def _delete(self, table: QTableView, model) -> None:
        if self.controller.read_only:
            return
        rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
        uids = tuple(model.row_value(r).uid for r in rows)
        if not uids:
            return
        text = (self.tr("Delete {}").format(core_word(model.noun)) if len(uids) == 1
                else self.tr("Delete {} {}").format(len(uids), core_word(model.plural)))
        removal: dict[str, Any] = {model.kind + "_removed": uids}
        self.controller.edit(text, Patch(**removal))

    def _selected_tasks(self) -> list[str]:
        return list(self.task_selection()) if self.task_selection is not None else []

    def save_baseline(self) -> None:
        BaselineDialog(self.controller, self._selected_tasks(), False, self).exec()

    def clear_baseline(self) -> None:
        BaselineDialog(self.controller, self._selected_tasks(), True, self).exec()

    def _budget_typed(self) -> None:
        project = self.controller.plan.project
        try:
            amount = parse_money(self.project_budget.text(), project.currency)
        except ValueError as exc:
            self.show_message(self.tr("Project budget: {}").format(exc))
            self.project_budget.setText(money_edit_text(project.budget, project.currency))
            return
        if amount < 0:
            self.show_message(self.tr("Project budget: a budget cannot be negative"))
            return
        if amount != project.budget and not self.controller.read_only:
            self.controller.edit(self.tr("Change project budget"),
                                 Patch(project=replace(project, budget=amount)))

    def _method_chosen(self, _index: int) -> None:
        method = self.eac_method.currentData()
        project = self.controller.plan.project
        if method != project.eac_method and not self.controller.read_only:
            self.controller.edit(self.tr("Change EAC method"),
                                 Patch(project=replace(project, eac_method=method)))

    def show_message(self, text: str) -> None:
        self.message.flash(text)

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if (changes.costs or changes.project or changes.schedule_inputs or changes.resources
                or changes.assignments):
            self.mark_stale()
        self._update_actions()

    def refresh(self) -> None:
        """Work the totals, earned value and S-curve out afresh."""
        plan = self.controller.plan
        result = self.controller.schedule
        cur = plan.project.currency
        self.currency.setText(f" {cur} ")
        if not self.project_budget.hasFocus():
            self.project_budget.setText(money_edit_text(plan.project.budget, cur)
                                        if plan.project.budget else "")
        report = budget_report(plan)
        rows = [*report.rows, report.project]
        self.totals.setRowCount(len(rows))
        bold = QFont(self.font())
        bold.setBold(True)
        shown: list[str] = []
        context = Records(plan)
        for r, row in enumerate(rows):
            for c, column in enumerate(BUDGET_TOTAL_COLUMNS):
                text = column.text(context, row)
                if row is report.project and column.key == "category":
                    text = core_word(text)  # "Project": the totals' row, core's word
                item = QTableWidgetItem(text)
                shown.append(item.text())
                if column.right:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if row is report.project:
                    item.setFont(bold)
                amount = column.cell(context, row)
                if isinstance(amount, Decimal) and amount < 0:  # overspent, or will be
                    item.setForeground(QBrush(BAD))
                self.totals.setItem(r, c, item)
        # Columns share the width but never get narrower than their widest amount: in a
        # small window the table scrolls sideways rather than cut an amount short.
        widest = max(QFontMetrics(bold).horizontalAdvance(text) for text in shown)
        self.totals.horizontalHeader().setMinimumSectionSize(widest + 12)
        self.figures = project_evm(plan, result)
        self._show_evm(self.figures, cur)
        self._fit_evm()
        head = cost_headline(plan_cost(plan, result), report.project.budget, self.figures.bac,
                             self.figures.eac, self.figures.cpi, cur)
        self.cost_health.set_headline(head)
        self.curve.set_points(s_curve(plan, result), status_moment(plan).date(), cur)
        self.refreshed()

    def _show_evm(self, f: EvmFigures, currency: str) -> None:
        plan = self.controller.plan
        at = self.eac_method.findData(plan.project.eac_method)
        self.eac_method.setCurrentIndex(max(0, at))
        has_baseline = any(b.number == 0 for t in plan.tasks for b in t.baselines)
        status = status_moment(plan)
        moment = f"{date_text(status, 'ddd dd MMM yyyy')} {status:%H:%M}"
        if plan.project.status_date:
            when = self.tr("at {}").format(moment)
        elif is_today(status):
            when = self.tr("at the end of today's working day, {} (no status date set)").format(
                moment)
        else:  # a day off: nothing is done after the last working day
            when = self.tr("at the end of the last working day, {} (no status date set)"
                           ).format(moment)
        source = self.tr("against baseline 0") if has_baseline else (
            "<span style='color:#c62828'>"
            + self.tr("against the current plan: no baseline saved") + "</span>")
        self.evm_source.setText(f"{when}, {source}")
        for measure in MEASURES:
            value = getattr(f, measure.key)
            label = self.evm_labels[measure.key]
            if value is None:
                label.setText("-")
                label.setStyleSheet("")
                continue
            if measure.ratio:
                value = round(value, 2)  # colour what is shown, not a hidden third decimal
            label.setText(number(value, 2) if measure.ratio else format_money(value, currency))
            color = figure_color(measure.level(value))  # as the status report colours it
            label.setStyleSheet("" if color is None else f"color: {color.name()};")

    def _update_actions(self, *_args) -> None:
        can_edit = not self.controller.read_only
        self.action_add_budget_line.setEnabled(can_edit)
        self.action_add_cost.setEnabled(can_edit)
        self.action_delete_budget_line.setEnabled(
            can_edit and bool(self.lines.selectionModel().selectedRows()))
        self.action_delete_cost.setEnabled(
            can_edit and bool(self.entries.selectionModel().selectedRows()))
        self.action_save_baseline.setEnabled(can_edit and bool(self.controller.plan.tasks))
        self.action_clear_baseline.setEnabled(
            can_edit and any(t.baselines for t in self.controller.plan.tasks))
