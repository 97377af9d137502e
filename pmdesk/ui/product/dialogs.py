"""The Product view's dialogs: the product itself, a new gate, a gate's decision and
linking tasks to a feature. Each makes one patch (one undo step); a refusal is shown under
the fields and the dialog stays open with what was typed."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import Patch
from pmdesk.core.product import edits
from pmdesk.core.product.columns import parse_tags
from pmdesk.core.product.model import (
    Decision,
    FeatureStatus,
    Framework,
    Product,
    Stage,
    StageChange,
)
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import (
    add_rows,
    check_item,
    error_label,
    ok_cancel,
    text_box,
    ticked,
)
from pmdesk.ui.i18n import decision_name, first_upper, stage_name, transition_name

__all__ = ["DecideGateDialog", "FeatureDialog", "LinkTasksDialog", "NewGateDialog",
           "ProductDialog"]


def _day(field: DateField, label: str) -> date:
    """The day typed in ``field``; ValueError naming ``label`` when it holds none."""
    day = field.read_day(label)
    if day is None:
        raise ValueError(f"{label}: a date is needed, such as 2028-03-06")
    return day


class _PatchDialog(QDialog):
    """A dialog whose OK makes one edit; a refusal shows under the fields."""

    def __init__(self, controller, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = error_label("dialogProblem")
        self.buttons = ok_cancel(self)
        self.buttons.accepted.disconnect()
        self.buttons.accepted.connect(self._ok)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.problem)
        box.addWidget(self.buttons)

    def make(self) -> tuple[str, Patch]:
        raise NotImplementedError

    def _ok(self) -> None:
        try:
            text, patch = self.make()
        except ValueError as exc:
            self.problem.setText(str(exc))
            return
        if patch.is_empty():
            super().accept()
            return
        result = self.controller.edit(text, patch, report=False)
        if not result:
            self.problem.setText(result.reason or "The change was not made.")
            return
        super().accept()


class ProductDialog(_PatchDialog):
    """The product: name, vision, segments, how the backlog ranks and its stage (a stage
    set by hand is recorded in the history like one a gate decided)."""

    def __init__(self, controller, parent: QWidget | None = None,
                 focus_stage: bool = False) -> None:
        title = (QCoreApplication.translate("ProductDialog", "Change Stage") if focus_stage
                 else QCoreApplication.translate("ProductDialog", "Product"))
        super().__init__(controller, title, parent)
        plan = controller.plan
        product = plan.products[0] if plan.products else Product(new_uid(), plan.project.name)
        self.product = product
        self.name = QLineEdit(product.name)
        self.vision = text_box(product.vision, 90)
        self.segments = QLineEdit(", ".join(product.segments))
        self.segments.setPlaceholderText(self.tr("Runners, Parents, ..."))
        self.framework = QComboBox()
        for fw in Framework:
            self.framework.addItem(fw.value.upper(), fw.value)
        self.framework.setCurrentIndex(self.framework.findData(product.framework.value))
        self.stage = QComboBox()
        for stage in Stage:
            self.stage.addItem(first_upper(stage_name(stage)), stage.value)
        self.stage.setCurrentIndex(self.stage.findData(product.stage.value))
        self.since = DateField(date.today(), with_time=False)
        add_rows(
            self.form,
            (self.tr("&Name:"), self.name),
            (self.tr("&Vision:"), self.vision),
            (self.tr("&Segments:"), self.segments),
            (self.tr("&Rank backlog by:"), self.framework),
            (self.tr("S&tage:"), self.stage),
            (self.tr("Stage entered &on:"), self.since),
        )
        self.resize(520, 0)
        if focus_stage:
            self.stage.setFocus()

    def make(self) -> tuple[str, Patch]:
        name = self.name.text().strip()
        if not name:
            raise ValueError("The product needs a name.")
        stage = Stage(self.stage.currentData())
        product = dataclasses.replace(
            self.product, name=name, vision=self.vision.toPlainText().strip(),
            segments=parse_tags(self.segments.text()),
            framework=Framework(self.framework.currentData()), stage=stage)
        history: tuple[StageChange, ...] = ()
        if stage is not self.product.stage or not self.controller.plan.products:
            entered = _day(self.since, "Stage entered on")
            history = (StageChange(new_uid(), product.uid, stage, entered, "set by hand"),)
        if self.controller.plan.products and product == self.product:
            return "", Patch()
        text = (self.tr("Change stage to {}").format(stage_name(stage))
                if history and product == dataclasses.replace(self.product, stage=stage)
                else self.tr("Edit product"))
        return text, Patch(products=(product,), stage_changes=history)


class NewGateDialog(_PatchDialog):
    """A gate for leaving a stage: a milestone task and a starting checklist."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller,
            QCoreApplication.translate("NewGateDialog", "Add Gate"), parent)
        plan = controller.plan
        current = plan.products[0].stage if plan.products else Stage.IDEA
        self.stage = QComboBox()
        for stage in list(Stage)[:-1]:
            self.stage.addItem(transition_name(stage, stage.next()), stage.value)
        self.stage.setCurrentIndex(self.stage.findData(current.value))
        self.on = DateField(date.today(), with_time=False)
        add_rows(
            self.form,
            (self.tr("&Leaving stage:"), self.stage),
            (self.tr("Gate &date:"), self.on),
        )

    def make(self) -> tuple[str, Patch]:
        stage = Stage(self.stage.currentData())
        try:
            patch = edits.new_gate(self.controller.plan, stage, _day(self.on, "Gate date"))
        except edits.ProductError as exc:
            raise ValueError(str(exc)) from None
        after = stage.next() or stage
        return self.tr("Add gate {}").format(transition_name(stage, after)), patch


class DecideGateDialog(_PatchDialog):
    """A gate's decision: go, hold, recycle or stop, when and by whom, why; "go" with a
    mandatory criterion unmet asks for the override reason."""

    def __init__(self, controller, gate_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(controller,
            QCoreApplication.translate("DecideGateDialog", "Decide Gate"), parent)
        gate = next(g for g in controller.plan.gates if g.uid == gate_uid)
        self.gate = gate
        self.setWindowTitle(
            self.tr("Decide gate {}").format(transition_name(gate.from_stage, gate.to_stage)))
        self.decision = QComboBox()
        for d in Decision:
            if d is not Decision.PENDING:
                self.decision.addItem(first_upper(decision_name(d)), d.value)
        if gate.decision is not Decision.PENDING:
            self.decision.setCurrentIndex(self.decision.findData(gate.decision.value))
        self.on = DateField(gate.decided_on or date.today(), with_time=False)
        self.by = QLineEdit(gate.decided_by)
        self.rationale = text_box(gate.rationale, 70)
        self.override = QLineEdit(gate.override_reason)
        self.override.setObjectName("overrideReason")
        unmet = [c.text for c in controller.plan.gate_criteria
                 if c.gate_uid == gate.uid and c.mandatory and not c.met]
        self.unmet = QLabel(self.tr("Mandatory criteria not met: ") + "; ".join(unmet) if unmet
                            else self.tr("Every mandatory criterion is met."))
        self.unmet.setWordWrap(True)
        add_rows(
            self.form,
            (self.tr("&Decision:"), self.decision),
            (self.tr("Decided &on:"), self.on),
            (self.tr("Decided &by:"), self.by),
            (self.tr("&Rationale:"), self.rationale),
        )
        self.form.addRow(self.unmet)
        self.form.addRow(self.tr("Override &reason:"), self.override)
        self.resize(480, 0)

    def make(self) -> tuple[str, Patch]:
        decision = Decision(self.decision.currentData())
        try:
            patch = edits.decide_gate(self.controller.plan, self.gate.uid, decision,
                                      _day(self.on, "Decided on"), self.by.text(),
                                      self.rationale.toPlainText(), self.override.text())
        except edits.ProductError as exc:
            raise ValueError(str(exc)) from None
        return self.tr("Decide gate {}: {}").format(
            transition_name(self.gate.from_stage, self.gate.to_stage),
            decision_name(decision)), patch


class LinkTasksDialog(_PatchDialog):
    """Link existing tasks of the plan to a feature (its roll-up then follows them)."""

    def __init__(self, controller, feature_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(controller,
            QCoreApplication.translate("LinkTasksDialog", "Link Tasks"), parent)
        plan = controller.plan
        self.feature = next(f for f in plan.features if f.uid == feature_uid)
        self.setWindowTitle(self.tr("Link tasks to “{}”").format(self.feature.title))
        linked = {lk.task_uid for lk in plan.feature_tasks if lk.feature_uid == feature_uid}
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter tasks"))
        self.filter.setClearButtonEnabled(True)
        self.tasks = QListWidget()
        self.tasks.setObjectName("linkTasks")
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for t in plan.tasks:
            self.tasks.addItem(check_item(t.name, t.uid, t.uid in linked))
        self.filter.textChanged.connect(self._filter)
        self.form.addRow(self.filter)
        self.form.addRow(self.tasks)
        self._linked = linked
        self.resize(460, 480)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for i in range(self.tasks.count()):
            item = self.tasks.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked(self) -> set[str]:
        return set(ticked(self.tasks))

    def make(self) -> tuple[str, Patch]:
        wanted = self.checked()
        plan = self.controller.plan
        add = edits.link_tasks(plan, self.feature.uid, [u for u in wanted
                                                         if u not in self._linked])
        gone = [lk.uid for lk in plan.feature_tasks
                if lk.feature_uid == self.feature.uid and lk.task_uid not in wanted]
        return self.tr("Link tasks to “{}”").format(self.feature.title), add.then(
            Patch(feature_tasks_removed=gone))


class FeatureDialog(_PatchDialog):
    """Every field of a feature, the Markdown description with its rendered preview
    beside it, the parent feature and the objectives it serves."""

    def __init__(self, controller, feature_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(controller,
            QCoreApplication.translate("FeatureDialog", "Feature"), parent)
        plan = controller.plan
        self.feature = next(f for f in plan.features if f.uid == feature_uid)
        f = self.feature
        self.setWindowTitle(self.tr("Feature “{}”").format(f.title))
        self.title = QLineEdit(f.title)
        self.problem_text = text_box(f.problem, 60)
        self.description = text_box(f.description)
        self.description.setObjectName("featureDescription")
        self.description.setPlaceholderText(self.tr("Markdown: ## headings, - lists, **bold**"))
        self.preview = QTextBrowser()
        self.preview.setObjectName("featurePreview")
        self.description.textChanged.connect(self._preview)
        self._preview()
        self.status = QComboBox()
        for status in FeatureStatus:
            self.status.addItem(status.value, status.value)
        self.status.setCurrentIndex(self.status.findData(f.status.value))
        self.owner = QLineEdit(f.owner)
        self.tags = QLineEdit(", ".join(f.tags))
        self.release = QLineEdit(f.release)
        self.release.setPlaceholderText(self.tr("a release or a quarter: 2027 Q2"))
        self.parent_feature = QComboBox()
        self.parent_feature.setObjectName("parentFeature")
        self.parent_feature.addItem(self.tr("(none)"), None)
        for other in sorted(plan.features, key=lambda x: x.title.casefold()):
            if other.uid != f.uid:
                self.parent_feature.addItem(other.title, other.uid)
        self.parent_feature.setCurrentIndex(max(0, self.parent_feature.findData(f.parent_uid)))
        self.objectives = QListWidget()
        self.objectives.setObjectName("featureObjectives")
        self.objectives.setFixedHeight(80)
        for o in plan.objectives:
            self.objectives.addItem(check_item(o.text, o.uid, o.uid in f.objective_uids))
        text = QHBoxLayout()
        text.addWidget(self.description, 1)
        text.addWidget(self.preview, 1)
        add_rows(
            self.form,
            (self.tr("&Title:"), self.title),
            (self.tr("&Problem:"), self.problem_text),
            (self.tr("&Description:"), text),
            (self.tr("&Status:"), self.status),
            (self.tr("&Owner:"), self.owner),
            (self.tr("T&ags:"), self.tags),
            (self.tr("&Release:"), self.release),
            (self.tr("Pa&rent feature:"), self.parent_feature),
            (self.tr("Ob&jectives:"), self.objectives),
        )
        self.resize(760, 560)

    def _preview(self) -> None:
        self.preview.setMarkdown(self.description.toPlainText())

    def make(self) -> tuple[str, Patch]:
        title = self.title.text().strip()
        if not title:
            raise ValueError("The feature needs a title.")
        objectives = tuple(ticked(self.objectives))
        new = dataclasses.replace(
            self.feature, title=title, problem=self.problem_text.toPlainText().strip(),
            description=self.description.toPlainText().rstrip(),
            status=FeatureStatus(self.status.currentData()), owner=self.owner.text().strip(),
            tags=parse_tags(self.tags.text()), release=self.release.text().strip(),
            parent_uid=self.parent_feature.currentData(), objective_uids=objectives)
        if new == self.feature:
            return "", Patch()
        return self.tr("Edit feature “{}”").format(title), Patch(features=(new,))
