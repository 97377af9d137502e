"""Choosing a menu entry as a user does, for GUI tests: a click on the menu bar's title,
then a click on the entry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu


def shown_menus(window) -> list[str]:
    """The titles on ``window``'s menu bar, as the user sees them."""
    return [a.text().replace("&", "") for a in window.menuBar().actions()
            if a.isVisible() and a.menu() is not None]


def open_menu(qtbot, window, menu_title: str) -> QMenu:
    """Click the menu bar's ``menu_title``; the menu that opens."""
    bar = window.menuBar()
    top = next(a for a in bar.actions()
               if a.isVisible() and a.text().replace("&", "") == menu_title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu = top.menu()
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    return menu


def entries(menu: QMenu) -> dict[str, bool]:
    """The entries ``menu`` shows, each with whether it can be chosen."""
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions()
            if a.isVisible() and not a.isSeparator()}


def choose(qtbot, window, menu_title: str, entry: str) -> None:
    """Click the menu bar's ``menu_title`` and then its ``entry``, as a user does."""
    menu = open_menu(qtbot, window, menu_title)
    action = next(a for a in menu.actions()
                  if a.isVisible() and a.text().replace("&", "") == entry)
    assert action.isEnabled(), f"{menu_title} ▸ {entry} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())
