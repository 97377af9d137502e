"""Edit ▸ Preferences (Ctrl+,): each choice is stored and takes effect."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmdesk.core.entry import format_date
from pmdesk.core.money import format_money
from pmdesk.core.patch import Patch
from pmdesk.core.words import translating
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui import i18n, preferences
from pmdesk.ui import settings as user_settings
from pmdesk.ui.dialogs.new_project_dialog import NewProjectDialog
from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.preferences import Preferences


@pytest.fixture(autouse=True)
def back_to_defaults():
    yield
    i18n.install("system")
    preferences.apply_theme("system")
    preferences.apply_week_start(Preferences())


@pytest.fixture
def window(qtbot, show_active) -> MainWindow:
    w = MainWindow()
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def _choose(on_modal, window: MainWindow, qtbot, **choices: object):
    """Ctrl+, then set the given fields and press OK."""
    def act(dialog: PreferencesDialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        for name, value in choices.items():
            field = getattr(dialog, name)
            if name == "day_hours":
                field.setText(str(value))
            elif name == "autosave":
                field.setValue(int(value))  # type: ignore[call-overload]
            else:
                field.setCurrentIndex(field.findData(value))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    check = on_modal(act)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    check()
    return preferences.load()


@pytest.mark.xvfb
def test_ctrl_comma_opens_preferences_and_esc_changes_nothing(window, qtbot,
                                                               on_modal) -> None:
    assert window.action_preferences in window.edit_menu.actions()

    def act(dialog) -> None:
        assert isinstance(dialog, PreferencesDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    check = on_modal(act)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not check().isVisible()
    assert preferences.load() == Preferences()
    assert user_settings.settings().value("preferences/theme") is None


@pytest.mark.xvfb
def test_language_shows_in_windows_opened_afterwards(window, qtbot, on_modal) -> None:
    assert _choose(on_modal, window, qtbot, language="de").language == "de"
    other = MainWindow(persist=False)
    try:
        titles = [a.text() for a in other.menuBar().actions()]
        assert titles[:3] == ["&Datei", "&Bearbeiten", "&Ansicht"]
        # Money follows the language too.
        assert format_money(Decimal("1234.5"), "EUR") == "1.234,50\xa0€"
    finally:
        other.close()


@pytest.mark.xvfb
def test_the_open_window_changes_language_at_once(window, qtbot, on_modal) -> None:
    """German chosen in Preferences with a window open: its menus, the Gantt table's
    headers, the undo dock's title, the Board's tabs and the status bar change without a
    restart; back to English, they change back."""
    from PySide6.QtCore import Qt as QtNs
    from PySide6.QtWidgets import QTabWidget

    window._build_remaining_views()
    gantt = window.views["gantt"]
    model = gantt.table.model()

    def header(name: str) -> str:
        for section in range(model.columnCount()):
            text = model.headerData(section, QtNs.Orientation.Horizontal)
            if text == name:
                return text
        return ""

    def shown() -> tuple:
        tabs = window.views["board"].findChild(QTabWidget)
        return ([a.text() for a in window.menuBar().actions()][:3],
                window.undo_dock.windowTitle(), tabs.tabText(1),
                window.status_label.text().split(" · ")[0].split(" ", 1)[1])

    assert shown() == (["&File", "&Edit", "&View"], "Undo History", "Flow", "tasks")
    assert header("Task Name") and not header("Vorgangsname")
    _choose(on_modal, window, qtbot, language="de")
    qtbot.waitUntil(lambda: shown()[0][0] == "&Datei")
    assert shown() == (["&Datei", "&Bearbeiten", "&Ansicht"], "Änderungsverlauf", "Fluss",
                       "Vorgänge")
    assert header("Vorgangsname") and not header("Task Name")
    assert window.action_save.statusTip() == "Das Projekt speichern"
    _choose(on_modal, window, qtbot, language="en")
    qtbot.waitUntil(lambda: shown()[0][0] == "&File")
    assert shown() == (["&File", "&Edit", "&View"], "Undo History", "Flow", "tasks")
    assert header("Task Name")


def test_week_start_is_the_first_column_of_the_date_picker(window, qtbot, on_modal) -> None:
    from PySide6.QtWidgets import QCalendarWidget

    from pmdesk.ui.datefield import DateField

    assert _choose(on_modal, window, qtbot, week_start=7).week_start == 7
    field = DateField(None)
    qtbot.addWidget(field)

    def pick(menu) -> None:
        calendar = menu.findChild(QCalendarWidget)
        assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday
        menu.close()

    from PySide6.QtCore import QTimer

    seen: list[object] = []
    QTimer.singleShot(50, lambda: seen.append(QApplication.activePopupWidget())
                      or pick(QApplication.activePopupWidget()))
    field.pick_from_calendar()
    assert seen and seen[0] is not None
    # The Gantt time scale's weeks start on Sunday too.
    from datetime import datetime

    from pmdesk.render.gantt import TimeUnit, _floor

    assert _floor(datetime(2027, 3, 3, 10), TimeUnit.WEEK) == datetime(2027, 2, 28)
    _choose(on_modal, window, qtbot, week_start=1)
    assert _floor(datetime(2027, 3, 3, 10), TimeUnit.WEEK) == datetime(2027, 3, 1)


def test_new_projects_get_the_preferred_hours_and_currency(window, qtbot, on_modal,
                                                           type_text) -> None:
    chosen = _choose(on_modal, window, qtbot, day_hours="09:00-13:00, 14:00-17:30",
                     currency="USD")
    assert chosen.currency == "USD" and chosen.day_hours.startswith("09:00")
    dialog = NewProjectDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.name_edit, "Launch")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    plan = dialog.plan()
    assert plan is not None, dialog.error_label.text()
    calendar = plan.calendars[plan.project.calendar_uid]
    assert calendar.weekdays[0] == ((540, 780), (840, 1050))
    assert calendar.weekdays[5] == ()  # the weekend stays off
    assert plan.project.currency == "USD"
    assert plan.project.minutes_per_day == 450  # "1d" typed is a 7.5-hour day now
    # File ▸ Close starts an empty project the same way.
    window.close_project()
    assert window.controller.plan.project.currency == "USD"


def test_bad_working_hours_are_refused_in_the_dialog(window, qtbot, on_modal) -> None:
    def act(dialog) -> None:
        dialog.day_hours.setText("17:00-09:00")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "ends before it starts" in dialog.error.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    check = on_modal(act)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    check()
    assert preferences.load().day_hours == Preferences().day_hours


@pytest.mark.xvfb
def test_theme_dark_light_and_back_to_system(window, qtbot, on_modal) -> None:
    system = QApplication.palette().color(QPalette.ColorRole.Window)
    def lightness(role: QPalette.ColorRole) -> int:
        return window.palette().color(role).lightness()

    _choose(on_modal, window, qtbot, theme="dark")
    qtbot.waitUntil(lambda: lightness(QPalette.ColorRole.Window) < 80)
    assert lightness(QPalette.ColorRole.WindowText) > 180
    assert window.views["gantt"].palette().color(QPalette.ColorRole.Base).lightness() < 80
    _choose(on_modal, window, qtbot, theme="light")
    qtbot.waitUntil(lambda: lightness(QPalette.ColorRole.Window) > 180)
    assert lightness(QPalette.ColorRole.WindowText) < 80
    _choose(on_modal, window, qtbot, theme="system")
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window) == system)


def test_autosave_rewrites_a_working_copy_that_fell_behind(window, qtbot, on_modal,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "plan.pmdesk"
    save_plan(build_demo_plan(date(2026, 11, 2)), path)
    assert window.open_path(path, interactive=False)
    _choose(on_modal, window, qtbot, autosave=1)
    timer = window.findChild(type(window.findChild(object, "workingCopyTimer")),
                             "workingCopyTimer")
    assert timer.isActive() and timer.interval() == 1000
    # An edit the working copy could not take (a full disk): shown, but not in the copy.
    first = window.controller.plan.tasks[0]
    document = window.controller.document
    window.controller.document = None
    assert window.controller.edit("Rename", Patch(tasks=(dataclasses.replace(
        first, name="Kept by autosave"),)))
    window.controller.document = document
    window.controller.out_of_step = True
    qtbot.waitUntil(lambda: not window.controller.out_of_step, timeout=10_000)
    assert document.load_plan().tasks[0].name == "Kept by autosave"
    _choose(on_modal, window, qtbot, autosave=0)
    assert not timer.isActive()


def test_unknown_values_in_the_settings_file_read_as_defaults() -> None:
    s = user_settings.settings()
    for key, value in (("language", "klingon"), ("week_start", "9"), ("currency", "XYZ"),
                       ("theme", "neon"), ("autosave_seconds", "-5"),
                       ("day_hours", "25:00-26:00")):
        s.setValue(f"preferences/{key}", value)
    s.sync()
    assert preferences.load() == Preferences()


def test_the_posix_locale_reads_as_english(monkeypatch) -> None:
    """Many fresh Linux machines run with LANG=C.UTF-8, which names no language: the window
    and its PDFs then write English ("Mon 19 Oct 2026", "€1,234.50"), not the C locale's
    "Mon 19 10 2026"."""
    for name in ("PMDESK_LOCALE", "LC_ALL", "LC_MONETARY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setattr(QLocale, "system", staticmethod(QLocale.c))
    locale = i18n.install("system")
    assert locale.language() == QLocale.Language.English
    assert format_date(datetime(2026, 10, 19)) == "Mon 19 Oct 2026"
    assert not translating()
    assert format_money(Decimal("1234.5"), "EUR") == "€1,234.50"
