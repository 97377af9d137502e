"""Save Baseline and Clear Baseline: which baseline (0-10), for the project or the
selected tasks, as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.baselines import (
    BASELINE_NUMBERS,
    clear_baseline_patch,
    numbers_in_use,
    save_baseline_patch,
)


class BaselineDialog(QDialog):
    """Pick a baseline and a scope; Save copies the schedule into it, Clear forgets it."""

    def __init__(self, controller, selected: list[str], clear: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.selected = list(selected)
        self.clearing = clear
        self.setWindowTitle(self.tr("Clear Baseline") if clear else self.tr("Save Baseline"))
        in_use = set(numbers_in_use(controller.plan))
        self.number = QComboBox()
        self.number.setObjectName("baselineNumber")
        for n in BASELINE_NUMBERS:
            label = self.tr("Baseline") if n == 0 else self.tr("Baseline {}").format(n)
            if n in in_use:
                label += self.tr(" (saved)")
            self.number.addItem(label, n)
        if clear and in_use:
            self.number.setCurrentIndex(min(in_use))
        self.whole = QRadioButton(self.tr("Entire project"))
        self.only_selected = QRadioButton(
            self.tr("Selected tasks ({})").format(len(self.selected)))
        self.only_selected.setEnabled(bool(self.selected))
        self.whole.setChecked(True)
        hint = QLabel(
            self.tr("Earned value and the Gantt's ghost bars use baseline 0 unless you pick "
                    "another.") if not clear else self.tr("The tasks keep their other baselines."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Clear") if clear else self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Baseline:"), self.number)
        scope = QVBoxLayout()
        scope.addWidget(self.whole)
        scope.addWidget(self.only_selected)
        form.addRow(self.tr("For:"), scope)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(hint)
        box.addWidget(buttons)

    def accept(self) -> None:
        n = self.number.currentData()
        tasks = self.selected if self.only_selected.isChecked() else None
        plan = self.controller.plan
        if self.clearing:
            patch = clear_baseline_patch(plan, n, tasks)
            text = self.tr("Clear baseline") if n == 0 else self.tr("Clear baseline {}").format(n)
        else:
            patch = save_baseline_patch(plan, self.controller.schedule, n, tasks)
            text = self.tr("Save baseline") if n == 0 else self.tr("Save baseline {}").format(n)
        if tasks is not None:
            text = self.tr("{} for {} tasks").format(text, len(tasks))
        if not patch.is_empty():
            self.controller.edit(text, patch)
        super().accept()
