"""The language of the window: Qt translators for pmdesk and Qt's own strings, and the
locale dates, numbers and money follow.

pmdesk's catalogues are ``resources/translations/pmdesk_<lang>.ts`` (the sources, updated
with ``python scripts/update_translations.py``) compiled to ``.qm`` with
``pyside6-lrelease``. Qt's translations of its own buttons (OK, Cancel, Save) come with
PySide6. A language chosen in Preferences re-words the open windows at once
(:func:`reword`, on the window's ``QEvent.LanguageChange``): menus, actions, labels,
buttons, tabs, dock and toolbar titles and table headers; a figure written with words
("12 tasks") takes the new language when it is next written.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from pmdesk import resources_path
from pmdesk.core import entry, money, words
from pmdesk.render.written import date_text as date_text  # shared with render's pictures
from pmdesk.render.written import number as number

#: Preference value -> the language's own name, as the Preferences list shows it.
LANGUAGES = {"system": "", "en": "English", "de": "Deutsch", "fr": "Français"}
TRANSLATED = ("de", "fr")

_installed: list[QTranslator] = []


def locale_for(choice: str) -> QLocale:
    """The QLocale of a Preferences choice; "system" is the environment's (PMDESK_LOCALE,
    LC_ALL, LANG, as money reads it), else the system's (Windows, macOS)."""
    if choice in TRANSLATED or choice == "en":
        return QLocale({"en": "en_US", "de": "de_DE", "fr": "fr_FR"}[choice])
    named = money.environment_locale()
    locale = QLocale(named) if named else QLocale.system()
    if locale.language() == QLocale.Language.C:
        # The POSIX locale (LANG=C.UTF-8 on many fresh Linux machines) names no language:
        # English, as money reads it, not "Mon 19 10 2026".
        return QLocale(money.DEFAULT_LOCALE)
    return locale


def _date_writer(locale: QLocale) -> Callable[[datetime], str]:
    """Dates of the task table and dialogs as ``locale`` writes them: its weekday and its
    short date with the whole year ("Fr. 05.03.2027", "ven. 05/03/2027")."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        short = short.replace("yy", "yyyy")
    pattern = f"ddd {short}"
    return lambda moment: locale.toString(QDate(moment.year, moment.month, moment.day),
                                          pattern)


def catalogue(language: str) -> str:
    """Path of pmdesk's compiled catalogue for a language code ("de"); "" when none."""
    try:
        return str(resources_path(f"translations/pmdesk_{language}.qm"))
    except FileNotFoundError:
        return ""


def install(choice: str) -> QLocale:
    """Use the language of ``choice`` from now on: translators, the default QLocale, and
    the locale money is written in (the environment's PMDESK_LOCALE/LANG for "system")."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    locale = locale_for(choice)
    QLocale.setDefault(locale)
    if choice == "system":
        money.use_locale(None if money.environment_locale() else locale.name())
    else:
        money.use_locale(locale.name())
    language = locale.name().split("_")[0]
    entry.use_date_writer(None if language == "en" else _date_writer(locale))
    words.use_translator(None if language == "en" else QCoreApplication.translate)
    if app is None or language not in TRANSLATED:
        return locale
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (catalogue(language), f"{qt_folder}/qtbase_{language}.qm"):
        translator = QTranslator(app)
        if path and translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for pyside6-lupdate in ``context``, to be translated where it shows
    (a table of words declared once); typed, unlike PySide6's."""
    return text


def core_word(text: str) -> str:
    """A word of one of core's tables (a stage, a risk status, a KPI status: see
    ``CORE_WORDS`` in scripts/update_translations.py) in the window's language; core itself
    knows no Qt."""
    return QCoreApplication.translate("Core", text)


def undo_words(template: str, **values: object) -> str:
    """An undo step's name in the window's language: ``template`` ("Rename “{name}” to
    “{text}”") translated in the "Undo" context, then filled in; the names filled in (a
    task's, a feature's) stay as the user wrote them."""
    return QCoreApplication.translate("Undo", template).format(**values)


def column_word(name: str) -> str:
    """A declared column's menu name for an undo step's name: "duration" in English, as the
    "Columns" context has it in another language ("Dauer")."""
    shown = QCoreApplication.translate("Columns", name)
    return name.lower() if shown == name else shown


def filter_words(file_filter: str) -> str:
    """A file dialog filter of pmdesk.interchange ("Excel workbook (*.xlsx);;...") with its
    names in the window's language and its patterns as they are."""
    parts = []
    for part in file_filter.split(";;"):
        name, _, patterns = part.partition(" (")
        parts.append(f"{core_word(name)} ({patterns}" if patterns else core_word(part))
    return ";;".join(parts)


def stage_name(stage) -> str:
    """A product stage ("definition") as the window's language names it."""
    return core_word(str(stage.value))


def decision_name(decision) -> str:
    """A stage gate's decision ("go", "hold") as the window's language names it."""
    return core_word(str(decision.value))


def transition_name(from_stage, to_stage) -> str:
    """A gate's transition between two stages: "development → launch"."""
    return f"{stage_name(from_stage)} → {stage_name(to_stage)}"


def first_upper(text: str) -> str:
    """``text`` with its first letter a capital and the rest as it is ("Go-to-market"
    stays so, where str.capitalize would lower the rest)."""
    return text[:1].upper() + text[1:]


def language_in_use() -> str:
    """The language code the window speaks now ("en" when no catalogue is loaded)."""
    name = QLocale().name().split("_")[0]
    return name if name in TRANSLATED and _installed else "en"


# -- re-wording an open window ------------------------------------------------------------

#: The property holding the language a window's words are in now.
SHOWN = "pmdeskLanguage"


@functools.cache
def _sources(language: str) -> dict[str, tuple[str, str]]:
    """Text shown in ``language`` -> (context, English source), from pmdesk's catalogue;
    for "en" each source -> (its first context, itself)."""
    try:
        path = resources_path(f"translations/pmdesk_{TRANSLATED[0]}.ts"
                              if language == "en" else f"translations/pmdesk_{language}.ts")
        root = ET.parse(path).getroot()
    except (FileNotFoundError, ET.ParseError):
        return {}
    found: dict[str, tuple[str, str]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            shown = source if language == "en" else message.findtext("translation") or ""
            if shown and source:
                found.setdefault(shown, (name, source))
    return found


def english_source(text: str, language: str) -> tuple[str, str] | None:
    """(context, source) of ``text`` as pmdesk shows it in ``language``, None when it is not
    one of pmdesk's words (a name, a number, a figure written with words)."""
    return _sources(language).get(text)


def _again(text: str, shown: str) -> str:
    found = english_source(text, shown) if text else None
    return QCoreApplication.translate(*found) if found else text


def reword(window: QWidget) -> None:
    """Put the words of ``window`` and everything in it into the language in use, from the
    language they are in (its :data:`SHOWN` property; English at first)."""
    shown, now = str(window.property(SHOWN) or "en"), language_in_use()
    if shown == now:
        return
    window.setProperty(SHOWN, now)
    for action in window.findChildren(QAction):
        action.setText(_again(action.text(), shown))
        action.setStatusTip(_again(action.statusTip(), shown))
        action.setToolTip(_again(action.toolTip(), shown))
    for widget in [window, *window.findChildren(QWidget)]:
        _reword_widget(widget, shown)


def _reword_widget(widget: QWidget, shown: str) -> None:
    if widget.isWindow() or widget.inherits("QDockWidget") or widget.inherits("QToolBar"):
        widget.setWindowTitle(_again(widget.windowTitle(), shown))
    if widget.toolTip():
        widget.setToolTip(_again(widget.toolTip(), shown))
    if isinstance(widget, (QLabel, QAbstractButton)):
        widget.setText(_again(widget.text(), shown))
    elif isinstance(widget, QGroupBox):
        widget.setTitle(_again(widget.title(), shown))
    elif isinstance(widget, QLineEdit):
        widget.setPlaceholderText(_again(widget.placeholderText(), shown))
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            widget.setItemText(i, _again(widget.itemText(i), shown))
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            widget.setTabText(i, _again(widget.tabText(i), shown))
    elif isinstance(widget, QHeaderView) and widget.model() is not None and widget.count():
        # the models translate their headers as the header asks for them
        widget.model().headerDataChanged.emit(widget.orientation(), 0, widget.count() - 1)


class FollowLanguage(QObject):
    """Re-words the window it watches on each ``QEvent.LanguageChange`` (Qt sends one when
    Preferences installs another catalogue), then calls ``again`` to write its figures
    ("12 tasks · finish ...") anew."""

    def __init__(self, window: QWidget, again: Callable[[], None]) -> None:
        super().__init__(window)
        self._again = again
        window.setProperty(SHOWN, language_in_use())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.LanguageChange and isinstance(watched, QWidget)
                and watched.property(SHOWN) != language_in_use()):
            reword(watched)
            self._again()
        return False
