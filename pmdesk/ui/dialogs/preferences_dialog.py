"""Edit ▸ Preferences (Ctrl+,): the choices of :mod:`pmdesk.ui.preferences`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.ui import preferences as prefs_module
from pmdesk.ui.dialog_parts import error_label, ok_cancel
from pmdesk.ui.preferences import Preferences


class PreferencesDialog(QDialog):
    """OK stores and applies the choices; Cancel or Esc changes nothing."""

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self._chosen: Preferences | None = None
        form = QFormLayout()

        self.language = self._combo([
            ("system", self.tr("System language")), ("en", "English"), ("de", "Deutsch"),
            ("fr", "Français")], current.language)
        form.addRow(self.tr("&Language:"), self.language)
        self.language.setToolTip(self.tr("The open windows change to the chosen language at "
                                          "once, and the next start speaks it too"))
        self.week_start = self._combo([
            (1, self.tr("Monday")), (7, self.tr("Sunday")), (6, self.tr("Saturday")),
            (0, self.tr("As the language does"))], current.week_start)
        form.addRow(self.tr("&Week starts on:"), self.week_start)
        self.day_hours = QLineEdit(current.day_hours)
        self.day_hours.setObjectName("dayHours")
        self.day_hours.setToolTip(self.tr("Working hours of a weekday, e.g. 08:00-12:00, "
                                          "13:00-17:00"))
        form.addRow(self.tr("Working &hours of new projects:"), self.day_hours)
        from pmdesk.ui.dialogs.project_dialog import CURRENCIES

        self.currency = self._combo([(c, c) for c in CURRENCIES], current.currency)
        form.addRow(self.tr("&Currency of new projects:"), self.currency)
        self.autosave = QSpinBox()
        self.autosave.setObjectName("autosaveSeconds")
        self.autosave.setRange(*prefs_module.AUTOSAVE_RANGE)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("Off"))
        self.autosave.setValue(current.autosave_seconds)
        self.autosave.setToolTip(self.tr(
            "How often pmdesk makes sure the working copy, which a crash leaves for "
            "recovery, holds every change"))
        form.addRow(self.tr("&Autosave working copy every:"), self.autosave)
        self.theme = self._combo([("system", self.tr("System")), ("light", self.tr("Light")),
                                  ("dark", self.tr("Dark"))], current.theme)
        form.addRow(self.tr("&Theme:"), self.theme)

        self.error = error_label("preferencesError")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))

    def _combo(self, items: list[tuple[object, str]], current: object) -> QComboBox:
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def accept(self) -> None:
        from pmdesk.ui.dialogs.project_dialog import parse_hours

        try:
            hours = parse_hours(self.day_hours.text())
            if not hours:
                raise ValueError(self.tr("a working day needs working hours"))
        except ValueError as exc:
            self.error.setText(self.tr("Working hours: {}").format(exc))
            self.day_hours.setFocus()
            return
        self._chosen = Preferences(
            language=str(self.language.currentData()),
            week_start=int(self.week_start.currentData()),
            day_hours=self.day_hours.text().strip(),
            currency=str(self.currency.currentData()),
            autosave_seconds=self.autosave.value(),
            theme=str(self.theme.currentData()),
        )
        super().accept()

    def chosen(self) -> Preferences | None:
        """What OK stored, or None after Cancel."""
        return self._chosen


def edit_preferences(parent: QWidget) -> Preferences | None:
    """Show the dialog; on OK store the choices and make them take effect."""
    dialog = PreferencesDialog(prefs_module.load(), parent)
    dialog.exec()
    chosen = dialog.chosen()
    dialog.deleteLater()
    if chosen is not None:
        prefs_module.save(chosen)
        prefs_module.apply(chosen)
    return chosen
