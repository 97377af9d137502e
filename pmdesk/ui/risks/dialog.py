"""Risk Information: every field of one risk, and the tasks it threatens, in one dialog.

OK turns the form into one risk and makes it one undo step; anything the register cannot
hold (a rating out of range, a closed date before the raised date, an empty title) is named
at the bottom of the dialog and the plan stays as it was until it is fixed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.durations import TimeUnits
from pmdesk.core.model import Plan, ProjectInfo, Risk, RiskKind, RiskStatus, new_uid
from pmdesk.core.money import format_money, money_edit_text, parse_money
from pmdesk.core.montecarlo import format_schedule_impact, parse_schedule_impact
from pmdesk.core.outline import outline_levels, wbs_codes
from pmdesk.core.patch import Patch
from pmdesk.core.risk import (
    IMPACT_LABELS,
    KIND_LABELS,
    PROBABILITY_LABELS,
    PROBABILITY_SHARE,
    SCALE,
    STATUS_LABELS,
    emv,
    next_code,
    parse_chance,
    record_score_change,
    risk_band,
    strategies,
    validate_risk,
)
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import (
    check_item,
    error_label,
    form_page,
    ok_cancel,
    search_field,
    text_box,
    ticked,
)
from pmdesk.ui.i18n import core_word


def _date_edit(value: date | None) -> DateField:
    return DateField(value, with_time=False, optional=True)


def _rating_combo(labels: dict[int, str], none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for v in SCALE:
        combo.addItem(f"{v} – {core_word(labels[v])}", v)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    at = combo.findData(value)
    if at >= 0:
        combo.setCurrentIndex(at)


class RiskDialog(QDialog):
    """Edit one risk (``risk_uid``) or, with ``risk_uid`` None, raise a new one."""

    def __init__(self, controller, risk_uid: str | None = None,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        plan = controller.plan
        self.today = today or date.today()
        self.original: Risk | None = next((r for r in plan.risks if r.uid == risk_uid), None)
        if risk_uid is not None and self.original is None:
            raise KeyError(f"no risk with uid {risk_uid}")
        categories = plan.project.risk_categories
        self.risk = self.original or Risk(
            uid=new_uid(),
            code=next_code(plan.risks),
            title="",
            category=categories[0] if categories else "",
            raised=self.today,
        )
        r = self.risk
        self.setWindowTitle(self.tr("Risk {}").format(r.code) if self.original
                            else self.tr("New Risk"))
        self.setMinimumWidth(620)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(r), self.tr("&General"))
        self.tabs.addTab(self._assessment_tab(r), self.tr("&Assessment"))
        self.tabs.addTab(self._response_tab(r), self.tr("&Response"))
        self.tabs.addTab(self._tasks_tab(r), self.tr("&Linked Tasks"))
        self.tabs.addTab(self._history_tab(r), self.tr("&History"))
        self.message = error_label("riskError", hidden=True)
        self.buttons = ok_cancel(self, controller.read_only)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self._update_assessment()
        self._update_chance_hint()
        self.probability.currentIndexChanged.connect(self._update_chance_hint)
        self.title.setFocus()

    # -- tabs ----------------------------------------------------------------------------

    def _general_tab(self, r: Risk) -> QWidget:
        self.code = QLineEdit(r.code)
        self.title = QLineEdit(r.title)
        self.title.setPlaceholderText(self.tr("What could happen, in a few words"))
        self.description = text_box(r.description)
        self.description.setPlaceholderText(
            self.tr("Because <cause>, <event> may happen, which would lead to <effect>."))
        self.kind = QComboBox()
        for k in RiskKind:
            self.kind.addItem(core_word(KIND_LABELS[k]), k.value)
        _select(self.kind, RiskKind(r.kind).value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setToolTip(
            self.tr("Pick a category, or type a new one to add it to the project"))
        cats = list(self.controller.plan.project.risk_categories)
        if r.category and r.category not in cats:
            cats.append(r.category)
        self.category.addItems(cats)
        self.category.setCurrentText(r.category)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        owners = sorted({x.name for x in self.controller.plan.resources}
                        | {x.owner for x in self.controller.plan.risks if x.owner})
        self.owner.addItems(owners)
        self.owner.setCurrentText(r.owner)
        self.status = QComboBox()
        for s in RiskStatus:
            self.status.addItem(core_word(STATUS_LABELS[s]), s.value)
        _select(self.status, RiskStatus(r.status).value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.raised = _date_edit(r.raised)
        self.review = _date_edit(r.review_date)
        self.closed = _date_edit(r.closed)
        dates = QHBoxLayout()
        for label, edit in ((self.tr("Raised"), self.raised), (self.tr("Review"), self.review),
                            (self.tr("Closed"), self.closed)):
            dates.addWidget(QLabel(label))
            dates.addWidget(edit)
        dates.addStretch(1)
        self.confidential_check = QCheckBox(self.tr("Confidential: left out of shared copies"))
        self.confidential_check.setChecked(r.confidential)
        return form_page((self.tr("&ID:"), self.code), (self.tr("&Title:"), self.title),
                         (self.tr("&Description:"), self.description),
                         (self.tr("&Kind:"), self.kind),
                         (self.tr("Cate&gory:"), self.category), (self.tr("&Owner:"), self.owner),
                         (self.tr("&Status:"), self.status), (self.tr("Dates:"), dates),
                         ("", self.confidential_check))

    def _assessment_tab(self, r: Risk) -> QWidget:
        self.probability = _rating_combo(PROBABILITY_LABELS)
        _select(self.probability, r.probability)
        self.impact = _rating_combo(IMPACT_LABELS)
        _select(self.impact, r.impact)
        self.score_label = QLabel()
        self.residual_probability = _rating_combo(PROBABILITY_LABELS, "not assessed")
        _select(self.residual_probability, r.residual_probability)
        self.residual_impact = _rating_combo(IMPACT_LABELS, "not assessed")
        _select(self.residual_impact, r.residual_impact)
        self.residual_label = QLabel()
        currency = self.controller.plan.project.currency
        self.cost = QLineEdit(money_edit_text(r.cost_impact, currency))
        self.cost.setToolTip(
            self.tr("Money lost if a threat happens, or gained if an opportunity does"))
        self.emv_label = QLabel()
        self.chance = QLineEdit("" if r.chance is None else str(r.chance))
        self.chance.setToolTip(self.tr(
            "Percent of schedule-risk simulation runs the risk happens in; empty: the "
            "probability rating's share (1 = 10 % … 5 = 90 %)"))
        self.schedule = QLineEdit(format_schedule_impact(r, TimeUnits.of(
            self.controller.plan.project)))
        self.schedule.setPlaceholderText(self.tr("5d, or min / likely / max: 2d / 5d / 10d"))
        self.schedule.setToolTip(self.tr(
            "Working time the risk adds to each linked task when it happens (an opportunity "
            "takes it off); the schedule-risk simulation and delivery forecasts use it"))
        for combo in (self.probability, self.impact, self.residual_probability,
                      self.residual_impact):
            combo.currentIndexChanged.connect(self._update_assessment)
        self.cost.textChanged.connect(self._update_assessment)
        return form_page((self.tr("&Probability:"), self.probability),
                         (self.tr("&Impact:"), self.impact),
                         (self.tr("Score:"), self.score_label),
                         (self.tr("Residual p&robability:"), self.residual_probability),
                         (self.tr("Residual i&mpact:"), self.residual_impact),
                         (self.tr("Residual score:"), self.residual_label),
                         (self.tr("&Cost impact ({}):").format(currency), self.cost),
                         (self.tr("Expected monetary value:"), self.emv_label),
                         (self.tr("Sc&hedule impact:"), self.schedule),
                         (self.tr("C&hance in a simulation run (%):"), self.chance))

    def _response_tab(self, r: Risk) -> QWidget:
        self.strategy = QComboBox()
        self._fill_strategies(RiskKind(r.kind), r.strategy)
        self.response = text_box(r.response)
        self.response.setPlaceholderText(
            self.tr("Actions that carry out the strategy, with owners"))
        self.trigger = QLineEdit(r.trigger)
        self.trigger.setPlaceholderText(
            self.tr("The early warning sign that the risk is happening"))
        self.contingency = text_box(r.contingency)
        self.contingency.setPlaceholderText(self.tr("What to do if it happens anyway"))
        return form_page((self.tr("&Strategy:"), self.strategy),
                         (self.tr("Response &actions:"), self.response),
                         (self.tr("&Trigger:"), self.trigger),
                         (self.tr("&Contingency plan:"), self.contingency))

    def _tasks_tab(self, r: Risk) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.task_filter = search_field(self.tr("Filter tasks by name"))
        self.task_filter.textChanged.connect(self._filter_tasks)
        self.task_list = QListWidget()
        tasks = self.controller.plan.tasks
        wbs = wbs_codes(tasks)
        levels = outline_levels(tasks)
        linked = set(r.task_uids)
        for t in tasks:
            self.task_list.addItem(check_item(
                f"{'    ' * (levels[t.uid] - 1)}{wbs[t.uid]}  {t.name}", t.uid, t.uid in linked))
        self.linked_label = QLabel()
        self.task_list.itemChanged.connect(lambda _item: self._update_linked())
        box.addWidget(self.task_filter)
        box.addWidget(self.task_list, 1)
        box.addWidget(self.linked_label)
        self._update_linked()
        return page

    def _history_tab(self, r: Risk) -> QWidget:
        table = QTableWidget(len(r.history), 4)
        table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Score"), self.tr("Residual"), self.tr("Note")])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        for row, h in enumerate(reversed(r.history)):
            residual = (f"{h.residual_probability} x {h.residual_impact}"
                        if h.residual_probability is not None and h.residual_impact is not None
                        else "")
            cells = (h.on.isoformat(), f"{h.probability} x {h.impact} = "
                     f"{h.probability * h.impact}", residual, h.note)
            for col, text in enumerate(cells):
                table.setItem(row, col, QTableWidgetItem(text))
        self.history_table = table
        return table

    # -- live updates --------------------------------------------------------------------

    def _fill_strategies(self, kind: RiskKind, current: str) -> None:
        self.strategy.clear()
        self.strategy.addItem(self.tr("(none)"), "")
        for s in strategies(kind):
            self.strategy.addItem(core_word(s), s)
        _select(self.strategy, current if current in strategies(kind) else "")

    def _kind_changed(self) -> None:
        self._fill_strategies(RiskKind(self.kind.currentData()), self.strategy.currentData())
        self._update_assessment()

    def _status_changed(self) -> None:
        closing = self.status.currentData() == RiskStatus.CLOSED.value
        if closing and not self.closed.text().strip():
            self.closed.set_value(self.today)
        elif not closing:
            self.closed.set_value(None)

    def _update_assessment(self) -> None:
        project = self.controller.plan.project
        p, i = self.probability.currentData(), self.impact.currentData()
        probe = replace(self.risk, probability=p, impact=i,
                        residual_probability=self.residual_probability.currentData(),
                        residual_impact=self.residual_impact.currentData())
        self.score_label.setText(f"{p * i} ({risk_band(probe, project)})")
        if probe.residual_score is None:
            self.residual_label.setText(self.tr("not assessed"))
        else:
            self.residual_label.setText(
                f"{probe.residual_score} ({risk_band(probe, project, residual=True)})")
        try:
            cost = parse_money(self.cost.text(), self.controller.plan.project.currency)
        except ValueError:
            self.emv_label.setText("—")
            return
        kind = RiskKind(self.kind.currentData())
        value = emv(replace(probe, kind=kind, cost_impact=cost))
        self.emv_label.setText(format_money(value, project.currency))

    def _update_chance_hint(self) -> None:
        share = PROBABILITY_SHARE[self.probability.currentData()]
        self.chance.setPlaceholderText(
            self.tr("{} (the probability rating's share)").format(int(share * 100)))

    def _filter_tasks(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.task_list.count()):
            item = self.task_list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def linked_task_uids(self) -> tuple[str, ...]:
        """The ticked tasks, in outline order."""
        return tuple(ticked(self.task_list))

    def set_task_linked(self, uid: str, linked: bool) -> None:
        for row in range(self.task_list.count()):
            item = self.task_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == uid:
                item.setCheckState(Qt.CheckState.Checked if linked else Qt.CheckState.Unchecked)
                return
        raise KeyError(uid)

    def _update_linked(self) -> None:
        n = len(self.linked_task_uids())
        self.linked_label.setText(self.tr("No linked tasks") if n == 0
                                  else "1 linked task" if n == 1 else f"{n} linked tasks")

    # -- result --------------------------------------------------------------------------

    def build_risk(self) -> Risk:
        """The risk as the form describes it; ValueError names a field that does not parse."""
        try:
            cost = parse_money(self.cost.text(), self.controller.plan.project.currency)
        except ValueError as exc:
            self.tabs.setCurrentIndex(1)
            raise ValueError(f"Cost impact: {exc}") from None
        low, likely, high = self._schedule_fields()
        return replace(
            self.risk,
            code=self.code.text().strip(),
            title=self.title.text().strip(),
            description=self.description.toPlainText().strip(),
            kind=RiskKind(self.kind.currentData()),
            category=self.category.currentText().strip(),
            owner=self.owner.currentText().strip(),
            status=RiskStatus(self.status.currentData()),
            raised=self.raised.read_day("Raised"),
            review_date=self.review.read_day("Review date"),
            closed=self.closed.read_day("Closed"),
            probability=self.probability.currentData(),
            impact=self.impact.currentData(),
            residual_probability=self.residual_probability.currentData(),
            residual_impact=self.residual_impact.currentData(),
            cost_impact=cost,
            strategy=self.strategy.currentData() or "",
            response=self.response.toPlainText().strip(),
            trigger=self.trigger.text().strip(),
            contingency=self.contingency.toPlainText().strip(),
            task_uids=self.linked_task_uids(),
            confidential=self.confidential_check.isChecked(),
            chance=self._chance_field(),
            schedule_min=low,
            schedule_likely=likely,
            schedule_max=high,
        )

    def _chance_field(self) -> int | None:
        try:
            return parse_chance(self.chance.text())
        except ValueError as exc:
            self.tabs.setCurrentIndex(1)
            self.chance.setFocus()
            raise ValueError(self.tr("Chance: {}").format(exc)) from None

    def _schedule_fields(self) -> tuple[int | None, int | None, int | None]:
        units = TimeUnits.of(self.controller.plan.project)
        try:
            impact = parse_schedule_impact(self.schedule.text(), units)
        except ValueError as exc:
            self.tabs.setCurrentIndex(1)
            self.schedule.setFocus()
            raise ValueError(self.tr("Schedule impact: {}").format(exc)) from None
        return impact or (None, None, None)

    def build_patch(self) -> Patch | None:
        """The edit OK makes, or None (with the reason shown) when the form is not valid.

        A category typed that the project does not know yet is added to the project's
        list in the same undo step.
        """
        try:
            risk = self.build_risk()
        except ValueError as exc:
            self.show_message(str(exc))
            return None
        plan = self.controller.plan
        project = plan.project
        if risk.category and risk.category not in project.risk_categories:
            stored = self.original.category if self.original else None
            if risk.category != stored:
                project = replace(project,
                                  risk_categories=project.risk_categories + (risk.category,))
        probe = plan if project is plan.project else _with_project(plan, project)
        try:
            validate_risk(risk, probe)
        except ValueError as exc:
            self.show_message(str(exc))
            return None
        risk = record_score_change(self.original, risk, self.today)
        if risk == self.original and project is plan.project:
            return Patch()
        return Patch(risks=(risk,), project=project if project is not plan.project else None)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        patch = self.build_patch()
        if patch is None:
            return
        if not patch.is_empty():
            code = patch.risks[0].code
            text = self.tr("Edit risk {}") if self.original else self.tr("Add risk {}")
            result = self.controller.edit(text.format(code), patch, report=False)
            if not result:
                self.show_message(result.reason or "The change was refused.")
                return
        super().accept()


def _with_project(plan: Plan, project: ProjectInfo) -> Plan:
    """A shallow view of ``plan`` with another project header, for validation only."""
    return Plan(project=project, tasks=plan.tasks, risks=plan.risks)
