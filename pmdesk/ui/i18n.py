"""The language of the window: Qt translators for pmdesk and Qt's own strings, and the
locale dates, numbers and money follow.

pmdesk's catalogues are ``resources/translations/pmdesk_<lang>.ts`` (the sources, updated
with ``python scripts/update_translations.py``) compiled to ``.qm`` with
``pyside6-lrelease``. Qt's translations of its own buttons (OK, Cancel, Save) come with
PySide6. Menus built before a change keep their words: a language chosen in Preferences
shows in windows opened afterwards and at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pmdesk import resources_path
from pmdesk.core import money

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
    return QLocale(named) if named else QLocale.system()


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
    if app is None or language not in TRANSLATED:
        return locale
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (catalogue(language), f"{qt_folder}/qtbase_{language}.qm"):
        translator = QTranslator(app)
        if path and translator.load(path):
            app.installTranslator(translator)
            _installed.append(translator)
    return locale


def language_in_use() -> str:
    """The language code the window speaks now ("en" when no catalogue is loaded)."""
    name = QLocale().name().split("_")[0]
    return name if name in TRANSLATED and _installed else "en"
