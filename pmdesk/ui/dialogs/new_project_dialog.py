"""File ▸ New: the new project's name, its start and what it starts from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import Plan
from pmdesk.templates import TEMPLATE_NOTES, TEMPLATES, new_plan, next_working_morning
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import error_label, ok_cancel
from pmdesk.ui.i18n import core_word
from pmdesk.ui.preferences import for_new_project


class NewProjectDialog(QDialog):
    """Name, start and template of a new project; :meth:`plan` is the project OK made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Project"))
        self.setMinimumWidth(460)
        self.name_edit = QLineEdit(self.tr("Untitled project"))
        self.name_edit.selectAll()
        self.start_edit = DateField(next_working_morning())
        self.template_combo = QComboBox()
        for key, title in TEMPLATES.items():
            self.template_combo.addItem(core_word(title), key)
        self.template_note = QLabel()
        self.template_note.setWordWrap(True)
        self.template_combo.currentIndexChanged.connect(self._show_note)
        self._show_note()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&Template:"), self.template_combo)
        form.addRow("", self.template_note)
        self.error_label = error_label("newProjectError")
        self.buttons = ok_cancel(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._plan: Plan | None = None
        self.name_edit.setFocus()

    def _show_note(self, *_args) -> None:
        self.template_note.setText(core_word(TEMPLATE_NOTES[self.template_combo.currentData()]))

    def accept(self) -> None:
        try:
            start = self.start_edit.read("Start")
            assert start is not None  # the field is not optional
            plan = new_plan(self.name_edit.text(), start, self.template_combo.currentData())
            self._plan = for_new_project(plan)
        except ValueError as exc:
            self.error_label.setText(str(exc))
            return
        super().accept()

    def plan(self) -> Plan | None:
        """The new project, once the dialog was accepted."""
        return self._plan
