"""The window in German and French: every menu and toolbar word is translated, nothing is
clipped, dates and money follow the language, and the shipped catalogues are compiled
from their sources."""

from __future__ import annotations

import importlib.util
import shutil
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolBar, QToolButton

from pmdesk.core.money import format_money
from pmdesk.ui import i18n
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.window_chrome import long_date

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
# Words that are the same in German: names and loan words, kept on purpose.
SAME_IN_GERMAN = {"Gantt", "Board", "Budget", "&Print…", "Roadmap", "&2 Backlog", "&Board",
                  "&Budget"}


@pytest.fixture(autouse=True)
def back_to_system_language():
    yield
    i18n.install("system")


def _menu_texts(menu: QMenu, path: str) -> list[tuple[str, str]]:
    if menu.objectName() == "windowMenu":  # window titles: the projects' own names
        return []
    menu.aboutToShow.emit()  # Open Recent fills itself as it opens
    found = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        found.append((f"{path} ▸ {action.text()}", action.text()))
        if action.statusTip():  # what the status bar says while the entry is highlighted
            found.append((f"{path} ▸ {action.text()} (tip)", action.statusTip()))
        if action.menu() is not None:
            found += _menu_texts(action.menu(), f"{path} ▸ {action.text()}")
    return found


def visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) of every menu, menu entry and toolbar button, in order."""
    window._build_remaining_views()
    found = []
    for action in window.menuBar().actions():
        found.append((action.text(), action.text()))
        found += _menu_texts(action.menu(), action.text())
    for bar in window.findChildren(QToolBar):
        if bar.parent() is window:  # its title shows in the window's context menu
            found.append((f"toolbar {bar.objectName()}", bar.windowTitle()))
        for action in bar.actions():
            if not action.isSeparator() and action.text():
                found.append((f"toolbar {bar.objectName()} ▸ {action.text()}", action.text()))
    found.append(("status bar", window.status_label.text()))
    return found


def _window_in(language: str, qtbot) -> MainWindow:
    i18n.install(language)
    window = MainWindow(persist=False)
    qtbot.addWidget(window)
    return window


def test_no_menu_toolbar_or_tip_word_escapes_the_german_translation(qtbot) -> None:
    english = visible_texts(_window_in("en", qtbot))
    german = visible_texts(_window_in("de", qtbot))
    assert len(english) == len(german) > 100
    untranslated = [where for (where, en), (_, de) in zip(english, german, strict=True)
                    if en == de and en not in SAME_IN_GERMAN and any(c.isalpha() for c in en)]
    assert untranslated == []
    shown = dict(german)
    assert shown["&Datei"] == "&Datei"
    assert "&Datei ▸ &Speichern" in shown
    assert "Vorgänge" in shown["status bar"] and "Ende" in shown["status bar"]


def test_french_menus(qtbot) -> None:
    window = _window_in("fr", qtbot)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&Fichier", "É&dition", "&Affichage"]
    assert window.action_preferences.text() == "&Préférences…"
    window._build_remaining_views()  # the Product view brings its menu
    product = next(a.menu() for a in window.menuBar().actions() if a.text() == "Pro&duit")
    entries = [a.text() for a in product.actions() if not a.isSeparator()]
    assert "Nouvelle &fonctionnalité" in entries and "&4 Indicateurs" in entries
    assert window.view_actions["dashboard"].text() == "Tableau de bord"


def test_dates_and_money_follow_the_language() -> None:
    moment = datetime(2027, 3, 5, 17, 0)
    i18n.install("de")
    assert long_date(moment) == "Fr. 5 März 2027"
    assert format_money(Decimal("1234.5"), "EUR") == "1.234,50\xa0€"
    i18n.install("fr")
    assert format_money(Decimal("1234.5"), "EUR") == "1\u202f234,50\xa0€"
    i18n.install("de")  # the Gantt time scale's months and weeks
    from pmdesk.render.gantt import TimeUnit, _labels

    assert _labels(moment, TimeUnit.MONTH, top=True)[0] == "März 2027"
    assert _labels(datetime(2027, 3, 1), TimeUnit.WEEK, top=True)[0] == "KW 9, 1 Mär 2027"
    i18n.install("en")
    assert _labels(moment, TimeUnit.MONTH, top=True)[0] == "March 2027"
    assert long_date(moment) == "Fri 5 Mar 2027"
    assert format_money(Decimal("1234.5"), "EUR") == "€1,234.50"


def test_common_dialogs_speak_german(qtbot) -> None:
    from PySide6.QtWidgets import QTabWidget

    from pmdesk.ui.dialogs.new_project_dialog import NewProjectDialog
    from pmdesk.ui.dialogs.project_dialog import ProjectDialog

    window = _window_in("de", qtbot)
    new = NewProjectDialog(window)
    qtbot.addWidget(new)
    assert new.name_edit.text() == "Unbenanntes Projekt"
    info = ProjectDialog(window.controller.plan, window)
    qtbot.addWidget(info)
    tabs = info.findChild(QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Allgemein", "Terminplanung", "Kalender"]
    assert QApplication.translate("Questions", "Recover") == "Wiederherstellen"


def test_qt_own_buttons_speak_german(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


@pytest.mark.xvfb
def test_german_labels_and_toolbar_buttons_are_not_clipped(qtbot, show_active) -> None:
    from pmdesk.ui.dialogs.preferences_dialog import PreferencesDialog
    from pmdesk.ui.preferences import Preferences

    window = _window_in("de", qtbot)
    window.resize(1400, 860)
    show_active(window)
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible(), f"{bar.objectName()} overflows"
        for button in bar.findChildren(QToolButton):
            if button.isVisible() and button.text():
                assert button.width() >= button.sizeHint().width(), button.text()
    from pmdesk.ui.dialogs.new_project_dialog import NewProjectDialog
    from pmdesk.ui.dialogs.project_dialog import ProjectDialog

    dialogs = {"Einstellungen": PreferencesDialog(Preferences(), window),
               "Neues Projekt": NewProjectDialog(window),
               "Projektinformationen": ProjectDialog(window.controller.plan, window)}
    for title, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == title
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.text():
                assert label.width() >= label.minimumSizeHint().width(), label.text()
        dialog.close()
    assert QApplication.translate("PreferencesDialog", "&Theme:") == "&Farbschema:"


def test_every_catalogue_is_complete_and_compiled_from_its_source(tmp_path: Path) -> None:
    if shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for lang in ("de", "fr"):
        source = (FOLDER / f"pmdesk_{lang}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' not in source, f"pmdesk_{lang}.ts has untranslated words"
    for qm in tool.compile_catalogues(out=tmp_path):
        assert qm.read_bytes() == (FOLDER / qm.name).read_bytes(), (
            f"{qm.name} is older than its .ts: run python scripts/update_translations.py")
