"""The user's preferences (Edit ▸ Preferences): language, week start, working hours and
currency of new projects, how often the working copy is checked, theme.

Stored in the settings file of :mod:`pmdesk.ui.settings` under ``preferences/``. A value
that is missing or not one pmdesk knows (a hand-edited file) reads as the default.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from pmdesk.core.model import STANDARD_DAY, Calendar, DayHours, Plan
from pmdesk.ui import settings as user_settings

if TYPE_CHECKING:
    from pmdesk.ui.main_window import MainWindow

THEMES = ("system", "light", "dark")
#: 0: the locale's first day of the week; 1 Monday ... 7 Sunday (Qt.DayOfWeek).
WEEK_STARTS = (0, 1, 6, 7)
#: Seconds between checks of each window's working copy; 0 switches them off.
AUTOSAVE_RANGE = (0, 3600)


@dataclass(frozen=True)
class Preferences:
    language: str = "system"
    week_start: int = 1  # Monday, as pmdesk's weeks always started
    day_hours: str = "08:00-12:00, 13:00-17:00"
    currency: str = "EUR"
    autosave_seconds: int = 60
    theme: str = "system"


def _valid(prefs: Preferences) -> Preferences:
    """``prefs`` with every value pmdesk does not know replaced by the default."""
    from pmdesk.ui.dialogs.project_dialog import CURRENCIES, parse_hours
    from pmdesk.ui.i18n import LANGUAGES

    default = Preferences()
    fixed = {}
    for f in fields(Preferences):
        fixed[f.name] = getattr(prefs, f.name)
    if fixed["language"] not in LANGUAGES:
        fixed["language"] = default.language
    if fixed["week_start"] not in WEEK_STARTS:
        fixed["week_start"] = default.week_start
    if fixed["currency"] not in CURRENCIES:
        fixed["currency"] = default.currency
    if fixed["theme"] not in THEMES:
        fixed["theme"] = default.theme
    low, high = AUTOSAVE_RANGE
    if not low <= fixed["autosave_seconds"] <= high:
        fixed["autosave_seconds"] = default.autosave_seconds
    try:
        if not parse_hours(fixed["day_hours"]):
            raise ValueError("no working time")
    except ValueError:
        fixed["day_hours"] = default.day_hours
    return Preferences(**fixed)


def load() -> Preferences:
    s = user_settings.settings()
    values: dict[str, object] = {}
    for f in fields(Preferences):
        raw = s.value(f"preferences/{f.name}")
        if raw is None:
            continue
        if f.type in ("int", int):
            try:
                values[f.name] = int(str(raw))
            except ValueError:
                continue
        else:
            values[f.name] = str(raw)
    return _valid(Preferences(**values))  # type: ignore[arg-type]


def save(prefs: Preferences) -> None:
    s = user_settings.settings()
    for f in fields(Preferences):
        s.setValue(f"preferences/{f.name}", getattr(prefs, f.name))
    s.sync()


# -- what each preference does ----------------------------------------------------------


def first_day_of_week(prefs: Preferences | None = None) -> Qt.DayOfWeek:
    """The first column of every calendar pmdesk shows."""
    from PySide6.QtCore import QLocale

    start = (prefs or load()).week_start
    return Qt.DayOfWeek(start) if start else QLocale().firstDayOfWeek()


def apply_week_start(prefs: Preferences | None = None) -> None:
    """The Gantt time scale's weeks begin on the preferred day."""
    from pmdesk.render.gantt import set_first_weekday

    set_first_weekday(first_day_of_week(prefs).value - 1)  # Qt: 1 Monday ... 7 Sunday


def day_hours(prefs: Preferences | None = None) -> DayHours:
    from pmdesk.ui.dialogs.project_dialog import parse_hours

    try:
        return parse_hours((prefs or load()).day_hours)
    except ValueError:
        return STANDARD_DAY


def new_project_calendar(calendar: Calendar, prefs: Preferences | None = None) -> Calendar:
    """``calendar`` with the preferred hours on its working days (Monday to Friday)."""
    from dataclasses import replace

    hours = day_hours(prefs)
    week = tuple(hours if day else day for day in calendar.weekdays)
    return replace(calendar, weekdays=week)


def for_new_project(plan: Plan, prefs: Preferences | None = None) -> Plan:
    """``plan``, a project just made, with the preferred currency and working hours (a
    day of the durations the user types is then those hours)."""
    from dataclasses import replace

    prefs = prefs or load()
    project = plan.project
    calendar = plan.calendars.get(project.calendar_uid or "")
    if calendar is not None:
        calendar = new_project_calendar(calendar, prefs)
        plan.calendars[calendar.uid] = calendar
        day = sum(end - start for start, end in day_hours(prefs))
        days = sum(1 for hours in calendar.weekdays if hours)
        project = replace(project, minutes_per_day=day, minutes_per_week=day * max(days, 1))
    plan.project = replace(project, currency=prefs.currency)
    return plan


_system_palette: QPalette | None = None


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2d30"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"), (roles.ToolTipBase, "#3c3f41"),
        (roles.ToolTipText, "#e6e6e6"), (roles.Text, "#e6e6e6"), (roles.Button, "#3c3f41"),
        (roles.ButtonText, "#e6e6e6"), (roles.BrightText, "#ff6b6b"), (roles.Link, "#6cb4ff"),
        (roles.Highlight, "#2f65ca"), (roles.HighlightedText, "#ffffff"),
        (roles.PlaceholderText, "#8c8c8c"), (roles.Mid, "#4a4d50"), (roles.Dark, "#1a1b1d"),
    ):
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(theme: str) -> None:
    """Light or dark colours for every window, or the system's."""
    global _system_palette
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if theme == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    elif theme == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        style = app.style()
        app.setPalette(style.standardPalette() if style is not None else _system_palette)
    else:
        hints.unsetColorScheme()
        app.setPalette(_system_palette)


def apply(prefs: Preferences) -> None:
    """Make ``prefs`` take effect in the running pmdesk."""
    from pmdesk.ui import i18n
    from pmdesk.ui.windows import open_windows

    i18n.install(prefs.language)
    apply_theme(prefs.theme)
    apply_week_start(prefs)
    for window in open_windows():
        watch_working_copy(window, prefs)
        window.stack.update()  # the time scale's weeks redraw from the new first day


def watch_working_copy(window: MainWindow, prefs: Preferences | None = None) -> QTimer:
    """Every ``autosave_seconds``, make sure the window's working copy holds the project.

    Each edit is written to the working copy at once; one the disk refused (full, gone)
    leaves the copy behind the window. This timer writes it again, so what a crash leaves
    for recovery is at most that many seconds old."""
    seconds = (prefs or load()).autosave_seconds
    timer = window.findChild(QTimer, "workingCopyTimer")
    if timer is None:
        timer = QTimer(window)
        timer.setObjectName("workingCopyTimer")
        timer.timeout.connect(lambda: _catch_up(window))
    if seconds:
        timer.start(seconds * 1000)
    else:
        timer.stop()
    return timer


def _catch_up(window: MainWindow) -> None:
    if window.controller.out_of_step and window.document is not None:
        from pmdesk.store.document import DocumentError

        try:
            window.document.replace_contents(window.controller.plan)
        except DocumentError as exc:
            window.statusBar().showMessage(str(exc), 8000)
            return
        window.controller.out_of_step = False
        window.statusBar().showMessage(
            QApplication.translate("Preferences", "The working copy is up to date again."),
            4000)
