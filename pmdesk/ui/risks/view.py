"""The risk register view: the table, the heat map, the totals and schedule risk.

The register tab shows the filterable table beside the heat map and the totals; clicking a
heat-map cell narrows the table to that cell (clicking it again widens it back). The
schedule-risk tab runs the Monte Carlo simulation. Every edit, inline or in the dialog, is
one undo step through the controller; the view redraws from the controller's change sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import RiskKind
from pmdesk.core.money import format_money
from pmdesk.core.montecarlo import SimulationResult
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.risk import BANDS, heat_map, risk_summary
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import keys_of, view_action
from pmdesk.ui.dialog_parts import error_label, ok_cancel, pick_box, search_field, text_box
from pmdesk.ui.i18n import core_word
from pmdesk.ui.layouts import column, fill_with_tabs, text_toolbar
from pmdesk.ui.risks.dialog import RiskDialog
from pmdesk.ui.risks.heat_map import HeatMapWidget
from pmdesk.ui.risks.model import STATUS_FILTERS, Column, RiskFilterProxy, RiskTableModel
from pmdesk.ui.risks.schedule_risk import ScheduleRiskPanel
from pmdesk.ui.tables import TYPING_EDITS, record_table

_ALL = "__all__"


class RiskSettingsDialog(QDialog):
    """The project's risk categories and band thresholds, as one undoable edit."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        project = controller.plan.project
        self.setWindowTitle(self.tr("Risk Settings"))
        self.categories = text_box("\n".join(project.risk_categories))
        self.medium_from = QSpinBox()
        self.medium_from.setRange(2, 25)
        self.medium_from.setValue(project.risk_medium_from)
        self.high_from = QSpinBox()
        self.high_from.setRange(2, 25)
        self.high_from.setValue(project.risk_high_from)
        self.message = error_label("riskSettingsError", hidden=True)
        buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Categories (one a line):"), self.categories)
        form.addRow(self.tr("Medium from score:"), self.medium_from)
        form.addRow(self.tr("High from score:"), self.high_from)
        form.addRow(self.message)
        form.addRow(buttons)

    def accept(self) -> None:
        cats = tuple(dict.fromkeys(
            line.strip() for line in self.categories.toPlainText().splitlines() if line.strip()))
        medium, high = self.medium_from.value(), self.high_from.value()
        if not cats:
            self.message.setText(self.tr("Categories: keep at least one category."))
            self.message.show()
            return
        if medium >= high:
            self.message.setText(
                self.tr("Thresholds: the medium band must start below the high band."))
            self.message.show()
            return
        old = self.controller.plan.project
        new = replace(old, risk_categories=cats, risk_medium_from=medium, risk_high_from=high)
        if new != old:
            self.controller.edit(self.tr("Change risk settings"), Patch(project=new))
        super().accept()


class RiskView(QWidget):
    """The register of the open project, with its heat map, totals and schedule risk."""

    menu_title = str(QT_TRANSLATE_NOOP("RiskView", "&Risks"))
    menu_entries = ("action_add_risk", "action_edit_risk", "action_delete_risk", None,
                    "action_residual", None, "action_export_csv", "action_risk_settings")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._project_uid = controller.plan.project.uid
        self.model = RiskTableModel(controller, self)
        self.proxy = RiskFilterProxy(self)
        self.proxy.set_project(controller.plan.project)
        self.proxy.setSourceModel(self.model)

        self.table = self._build_table()

        self.heat_map = HeatMapWidget(controller.plan.project)
        self.heat_map.cellSelected.connect(self._cell_selected)
        self.heat_map.residualChanged.connect(self._residual_changed)
        self.totals = QLabel()
        self.totals.setObjectName("riskTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.count_label = QLabel()

        self._build_actions()
        self.toolbar = self._build_toolbar()

        register = self._build_register()

        self.schedule_risk = ScheduleRiskPanel(controller)
        self.schedule_risk.finished.connect(self._simulated)
        self.tabs = fill_with_tabs(self, (register, self.tr("Register")),
                                   (self.schedule_risk, self.tr("Schedule Risk")))

        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.rowsInserted.connect(self._refresh_counts)
        self.proxy.rowsRemoved.connect(self._refresh_counts)
        self.proxy.modelReset.connect(self._refresh_counts)
        self.proxy.layoutChanged.connect(self._refresh_counts)
        controller.changed.connect(self._on_changed)
        self._refresh()
        self._update_actions()

    def _simulated(self, result: SimulationResult | None) -> None:
        if result is not None:
            self.model.show_p80_effects(result.risks)

    # -- construction --------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        """The register's table: sorted by score, whole rows selected, columns remembered."""
        def hint() -> str:
            return self.tr(
                "No risks yet. The register lists what could delay or harm the project, and "
                "the opportunities, each scored by probability and impact. Press {} or choose "
                "Risks ▸ Add Risk… to raise the first.").format(keys_of(self.action_add_risk))

        table = record_table(
            self.proxy, self.model.columns, "riskTable", "risks/columns", hint,
            edits=TYPING_EDITS, row_padding=10,  # double-click opens the risk
            legacy_keys=("code", "title", "category", "kind", "owner", "status", "probability",
                         "impact", "score", "residual", "cost", "emv", "strategy", "review",
                         "tasks"))
        table.setSortingEnabled(True)
        table.sortByColumn(Column.SCORE, Qt.SortOrder.DescendingOrder)
        table.horizontalHeader().setSectionResizeMode(Column.TITLE,
                                                      QHeaderView.ResizeMode.Interactive)
        table.doubleClicked.connect(self._double_clicked)
        return table

    def _build_register(self) -> QWidget:
        """The Register tab: toolbar over the table, the heat map and totals beside it."""
        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(8, 0, 0, 0)
        side_box.addWidget(self.heat_map)
        side_box.addSpacing(12)
        side_box.addWidget(self.totals)
        side_box.addStretch(1)
        left = column((self.table, 1), self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 340])
        user_settings.remember_splitter(self.splitter, "risks/splitter")
        return column(self.toolbar, (self.splitter, 1))

    def _action(self, text: str, slot, shortcut=None, tip: str = "",
                on_table: bool = False) -> QAction:
        """An action of this view; table actions fire only with the table focused, so a
        Delete typed into the search box or another view stays theirs."""
        return view_action(self, text, slot, shortcut, tip, (self.table,) if on_table else ())

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.action_add_risk = self._action("&Add Risk…", self.add_risk, "Ctrl+Shift+R",
                                            "Raise a new risk or opportunity")
        self.action_edit_risk = self._action("&Edit Risk…", self.edit_risk, "Shift+F2",
                                             "Edit every field of the selected risk",
                                             on_table=True)
        self.action_delete_risk = self._action("&Delete Risk", self.delete_risks, "Delete",
                                               "Delete the selected risks", on_table=True)
        self.action_find = self._action("&Find Risk…", self.show_find, K.Find,
                                        "Search the register")
        self.action_residual = self._action("Show &Residual", lambda: None, None,
                                            "Heat map and band filter after the response")
        self.action_residual.setCheckable(True)
        self.action_residual.toggled.connect(self.heat_map.set_residual)
        self.action_export_csv = self._action("Export &Register…", self.export_csv,
                                              None, "Save the register as Excel or CSV")
        self.action_risk_settings = self._action("Risk &Settings…", self.edit_settings, None,
                                                 "Categories and the score bands")

    def _combo(self, tip: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = pick_box(tip, items)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _build_toolbar(self) -> QToolBar:
        bar = text_toolbar(self.tr("Risks"), "riskToolbar",
                           [self.action_add_risk, self.action_edit_risk, self.action_delete_risk])
        self.search = search_field(self.tr("Search risks"), max_width=220)
        self.search.textChanged.connect(self._filters_changed)
        bar.addWidget(self.search)
        self.status_filter = self._combo(self.tr("Show risks by status"),
                                         [(self.tr(label), key) for key, (label, _s)
                                          in enumerate(STATUS_FILTERS)])
        self.category_filter = self._combo(
            self.tr("Show one category"), [(self.tr("All categories"), _ALL)])
        self.kind_filter = self._combo(
            self.tr("Threats, opportunities or both"),
            [(self.tr("Threats and opportunities"), _ALL),
             (self.tr("Threats"), RiskKind.THREAT.value),
             (self.tr("Opportunities"), RiskKind.OPPORTUNITY.value)])
        self.band_filter = self._combo(self.tr("Show one band"),
                                       [(self.tr("All bands"), _ALL)]
                                       + [(core_word(b.capitalize()), b) for b in BANDS])
        for combo in (self.status_filter, self.category_filter, self.kind_filter,
                      self.band_filter):
            bar.addWidget(combo)
        bar.addSeparator()
        bar.addAction(self.action_residual)
        bar.addSeparator()
        bar.addActions([self.action_export_csv, self.action_risk_settings])
        return bar

    # -- commands ------------------------------------------------------------------------

    def selected_uids(self) -> list[str]:
        chosen = self.table.selectionModel().selectedRows()
        rows = {self.proxy.mapToSource(i).row() for i in chosen}
        return [self.model.risk(r).uid for r in sorted(rows)]

    def select_risk(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, Column.CODE))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def add_risk(self) -> None:
        dialog = RiskDialog(self.controller, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.select_risk(dialog.risk.uid)

    def edit_risk(self) -> None:
        uids = self.selected_uids()
        if not uids:
            return
        RiskDialog(self.controller, uids[0], self).exec()

    def delete_risks(self) -> None:
        uids = self.selected_uids()
        if not uids:
            return
        codes = [r.code for r in self.controller.plan.risks if r.uid in set(uids)]
        text = (self.tr("Delete risk {}").format(codes[0]) if len(codes) == 1
                else self.tr("Delete {} risks").format(len(codes)))
        self.controller.edit(text, Patch(risks_removed=tuple(uids)))

    def show_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def export_csv(self) -> None:
        from pmdesk.interchange import ExportOptions, write_plan

        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Risk Register"), "risks.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV sheet (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if "csv" in chosen else ".xlsx"))
        try:
            write_plan(self.controller.plan, target, self.controller.schedule,
                       ExportOptions(table="risks"))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self,
                self.tr("Export Risk Register"), self.tr("Cannot write {}: {}").format(
                    target, exc))

    def edit_settings(self) -> None:
        RiskSettingsDialog(self.controller, self).exec()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in (Column.CODE, Column.TITLE, Column.TASKS, Column.RESIDUAL,
                                  Column.SCORE, Column.EMV):
            return
        RiskDialog(self.controller, self.model.risk(self.proxy.mapToSource(index).row()).uid,
                   self).exec()

    # -- filters -------------------------------------------------------------------------

    def _filters_changed(self) -> None:
        status_key = self.status_filter.currentData()
        category = self.category_filter.currentData()
        kind = self.kind_filter.currentData()
        band = self.band_filter.currentData()
        self.proxy.set_filters(
            text=self.search.text().strip(),
            statuses=STATUS_FILTERS[status_key][1] if status_key is not None else None,
            category=None if category in (None, _ALL) else category,
            kind=None if kind in (None, _ALL) else RiskKind(kind),
            band=None if band in (None, _ALL) else band,
        )
        self._refresh_heat_map()
        self._refresh_counts()

    def _cell_selected(self, cell: tuple[int, int] | None) -> None:
        self.proxy.set_filters(cell=cell)
        self._refresh_counts()

    def _residual_changed(self, residual: bool) -> None:
        if self.action_residual.isChecked() != residual:
            self.action_residual.setChecked(residual)
        self.heat_map.clear_selection()
        self.proxy.set_filters(residual=residual)
        self._refresh_heat_map()
        self._refresh_counts()

    def set_status_filter(self, label: str) -> None:
        """Pick a status filter by its label ("Active", "All statuses", "Closed", ...)."""
        at = self.status_filter.findText(self.tr(label))
        if at < 0:
            raise KeyError(label)
        self.status_filter.setCurrentIndex(at)

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.project and self.controller.plan.project.uid != self._project_uid:
            self._project_uid = self.controller.plan.project.uid
            self.search.clear()  # another project: the last one's search is gone
        if changes.project:
            self.proxy.set_project(self.controller.plan.project)
        if changes.risks or changes.project:
            self._refresh()

    def _refresh(self) -> None:
        self._fill_categories()
        self.proxy.set_filters()
        self._refresh_heat_map()
        self._refresh_totals()
        self._refresh_counts()

    def _fill_categories(self) -> None:
        current = self.category_filter.currentData()
        cats = list(self.controller.plan.project.risk_categories)
        cats += sorted({r.category for r in self.controller.plan.risks} - set(cats))
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(self.tr("All categories"), _ALL)
        for c in cats:
            self.category_filter.addItem(c.capitalize(), c)
        at = self.category_filter.findData(current)
        self.category_filter.setCurrentIndex(max(0, at))
        self.category_filter.blockSignals(False)

    def _refresh_heat_map(self) -> None:
        risks = [r for r in self.controller.plan.risks if self.proxy.accepts(r, position=False)]
        self.heat_map.set_counts(heat_map(risks, self.heat_map.residual),
                                 self.controller.plan.project)

    def _refresh_totals(self) -> None:
        s = risk_summary(self.controller.plan)
        cur = s["currency"]
        bands = s["open_by_band"]
        swatch = {"high": "#d9534f", "medium": "#f0ad4e", "low": "#5cb85c"}
        band_text = " &nbsp; ".join(
            f"<span style='color:{swatch[b]}'>&#9632;</span> {bands[b]} "
            f"{core_word(b.capitalize())}" for b in ("high", "medium", "low"))
        overdue = s["overdue_reviews"]
        rows = [
            self.tr("<b>Active risks</b>: {} of {}").format(s["active"], s["total"])
            + f"<br>{band_text}",
            self.tr("<b>EMV of threats</b>: {}").format(
                format_money(Decimal(s["emv_threats"]), cur)),
            self.tr("<b>EMV of opportunities</b>: {}").format(
                format_money(Decimal(s["emv_opportunities"]), cur)),
            self.tr("<b>Suggested contingency reserve</b>: {}").format(
                format_money(Decimal(s["contingency_reserve"]), cur)),
        ]
        if overdue:
            rows.append(self.tr("<b style='color:#b3261e'>Reviews overdue</b>: {}").format(
                ", ".join(overdue)))
        self.totals.setText("<br>".join(rows))
        self.totals.setToolTip(
            self.tr("The reserve is the EMV of the threats not closed, with an occurred threat at "
            "its full cost; opportunities are not subtracted."))

    def _refresh_counts(self, *_args) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        cell = self.heat_map.selected
        where = (f"; heat-map cell P{cell[0]} x I{cell[1]} (click it again to clear)" if cell
                 else "")
        self.count_label.setText(self.tr("{} of {} risks shown{}").format(shown, total, where))

    def _update_actions(self, *_args) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        can_edit = not self.controller.read_only
        self.action_edit_risk.setEnabled(has)
        self.action_delete_risk.setEnabled(has and can_edit)
        self.action_add_risk.setEnabled(can_edit)
