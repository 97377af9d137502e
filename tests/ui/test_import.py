"""File > Import as a PM uses it: a colleague's .mpp or MS Project XML becomes a new
project; the window stays live while Java reads an .mpp, Esc cancels, and a refused file
is explained while the open project stays as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from pmdesk.demo import build_demo_plan
from pmdesk.interchange import IMPORT_SUFFIXES, write_plan
from pmdesk.interchange.mpp import OLE2_SIGNATURE
from pmdesk.interchange.mspdi import read_mspdi
from pmdesk.store.document import save_plan
from pmdesk.ui.main_window import MainWindow

ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"
MPP = ORACLE / "features" / "aspose_schedule-conflict.mpp"
TWIN = ORACLE / "features" / "aspose_schedule-conflict.xml"


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 11, 2)), path)
    w = MainWindow(persist=False)
    qtbot.addWidget(w)
    assert w.open_path(path)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.maybe_save = lambda: True
    w.close()


@pytest.fixture
def oracle_mpp() -> Path:
    if not MPP.is_file():
        pytest.skip(f"{MPP} is absent (the oracle folder beside the repository)")
    return MPP


def _choose_in_file_dialog(monkeypatch, path: Path) -> list[str]:
    """The file dialog answers ``path``; returns the filters it was shown with."""
    filters: list[str] = []

    def answer(parent, caption, directory, filter_text, *args, **kwargs):
        filters.append(filter_text)
        return str(path), filter_text

    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    return filters


def _press_import(window: MainWindow, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def _visible_progress() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.isVisible():
            return widget
    return None


def test_ctrl_i_imports_ms_project_xml_as_a_new_unsaved_project(
    window, monkeypatch, qtbot, tmp_path
) -> None:
    source = build_demo_plan(date(2025, 3, 3))
    xml = tmp_path / "from a colleague.xml"
    write_plan(source, xml)
    _choose_in_file_dialog(monkeypatch, xml)
    _press_import(window, qtbot)
    assert [t.name for t in window.controller.plan.tasks] == [t.name for t in source.tasks]
    assert window.document.path is None
    assert "Imported from a colleague.xml" in window.statusBar().currentMessage()


def test_ctrl_i_imports_an_mpp_while_the_window_stays_live(
    window, oracle_mpp, mpxj, monkeypatch, qtbot
) -> None:
    filters = _choose_in_file_dialog(monkeypatch, oracle_mpp)
    ticks: list[int] = []
    progress_seen: list[str] = []
    timer = QTimer(window)
    timer.setInterval(50)

    def tick() -> None:
        ticks.append(1)
        dialog = _visible_progress()
        if dialog is not None and not progress_seen:
            progress_seen.append(dialog.labelText())

    timer.timeout.connect(tick)
    timer.start()
    _press_import(window, qtbot)
    timer.stop()

    first, *others = filters[0].split(";;")
    assert all(f"*{suffix}" in first for suffix in IMPORT_SUFFIXES), "every format at once"
    assert "Microsoft Project (*.mpp)" in others and "MS Project XML (*.xml)" in others
    twin = read_mspdi(TWIN)
    plan = window.controller.plan
    assert [t.name for t in plan.tasks] == [t.name for t in twin.tasks]
    assert plan.project.name == twin.project.name
    assert window.document.path is None, "an import is a new, unsaved project"
    assert len(ticks) > 5, "the window's event loop kept running while Java read the file"
    assert progress_seen and oracle_mpp.name in progress_seen[0]
    assert _visible_progress() is None
    assert QApplication.overrideCursor() is None


@pytest.mark.parametrize("how", ["Esc", "Cancel button"])
def test_cancelling_an_mpp_import_keeps_the_project(
    how, window, oracle_mpp, mpxj, monkeypatch, qtbot
) -> None:
    _choose_in_file_dialog(monkeypatch, oracle_mpp)
    before = [t.name for t in window.controller.plan.tasks]
    pressed: list[bool] = []
    timer = QTimer(window)
    timer.setInterval(20)

    def cancel_on_progress() -> None:
        dialog = _visible_progress()
        if dialog is None or pressed:
            return
        pressed.append(True)
        if how == "Esc":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timer.timeout.connect(cancel_on_progress)
    timer.start()
    _press_import(window, qtbot)
    timer.stop()

    assert pressed, "the progress dialog with Cancel appeared"
    assert [t.name for t in window.controller.plan.tasks] == before
    assert "cancelled" in window.statusBar().currentMessage()


def test_a_damaged_mpp_is_explained_and_the_project_stays(
    window, oracle_mpp, mpxj, monkeypatch, qtbot, tmp_path
) -> None:
    damaged = tmp_path / "from a colleague.mpp"
    damaged.write_bytes(oracle_mpp.read_bytes()[:5000])
    _choose_in_file_dialog(monkeypatch, damaged)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    before = window.controller.plan
    _press_import(window, qtbot)
    assert shown and shown[0][0] == "Cannot import"
    assert str(damaged) in shown[0][1] and "damaged" in shown[0][1]
    assert window.controller.plan is before


def test_without_the_extra_the_dialog_says_what_to_install(
    window, monkeypatch, qtbot, tmp_path
) -> None:
    from pmdesk.interchange import mpp

    monkeypatch.setattr(mpp.importlib.util, "find_spec", lambda name, *a: None)
    plan = tmp_path / "plan.mpp"
    plan.write_bytes(OLE2_SIGNATURE + bytes(504))
    _choose_in_file_dialog(monkeypatch, plan)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    before = window.controller.plan
    _press_import(window, qtbot)
    assert shown and 'pip install "pmdesk[mpp]"' in shown[0] and "default-jre-headless" in shown[0]
    assert window.controller.plan is before
