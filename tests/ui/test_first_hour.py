"""What a newcomer does in the first hour with pmdesk, through the menus, keys and mouse."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu, QMessageBox

from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.ui.main_window import MainWindow


def choose(qtbot, window: MainWindow, menu_title: str, entry: str) -> None:
    """Click the menu bar's ``menu_title`` and then its ``entry``, as a user does."""
    bar = window.menuBar()
    top = next(a for a in bar.actions() if a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text().replace("&", "") == entry)
    assert action.isEnabled(), f"{menu_title} ▸ {entry} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


@pytest.fixture
def window(qtbot, show_active) -> MainWindow:
    w = MainWindow(persist=False)
    qtbot.addWidget(w)
    w.open_demo()
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()


def _rename_first_task(window: MainWindow, name: str) -> None:
    first = window.controller.plan.tasks[0]
    assert window.controller.edit("Rename", Patch(tasks=(dataclasses.replace(first, name=name),)))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel,
                                    QMessageBox.StandardButton.Discard],
                         ids=["cancel", "discard"])
def test_open_demo_project_from_the_file_menu_asks_about_unsaved_changes(
        qtbot, window, monkeypatch, answer) -> None:
    """File ▸ Open Demo Project raised an error (the menu's checked flag was taken for a
    plan) and would have dropped unsaved edits without asking."""
    _rename_first_task(window, "My own plan")
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    choose(qtbot, window, "File", "Open Demo Project")
    assert asked and "before closing" in asked[0]
    names = [t.name for t in window.controller.plan.tasks]
    if answer == QMessageBox.StandardButton.Cancel:
        assert "My own plan" in names and window.is_modified()
    else:
        assert names == [t.name for t in build_demo_plan().tasks]
        assert not window.is_modified() and window.has_document()
