"""How the views are put together: a column of widgets, tabs that fill a view, a toolbar
of text buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

# A widget, or (widget, stretch).
Item = QWidget | tuple[QWidget, int]


def column(*items: Item, margins: tuple[int, int, int, int] = (0, 0, 0, 0),
           spacing: int | None = None, into: QWidget | None = None) -> QWidget:
    """``items`` stacked top to bottom in ``into`` (a new widget by default)."""
    widget = into if into is not None else QWidget()
    box = QVBoxLayout(widget)
    box.setContentsMargins(*margins)
    if spacing is not None:
        box.setSpacing(spacing)
    for item in items:
        if isinstance(item, tuple):
            box.addWidget(*item)
        else:
            box.addWidget(item)
    return widget


def fill_with_tabs(view: QWidget, *pages: tuple[QWidget, str]) -> QTabWidget:
    """Document-mode tabs of ``pages`` (widget, title) that fill ``view`` edge to edge."""
    tabs = QTabWidget()
    tabs.setDocumentMode(True)
    for page, title in pages:
        tabs.addTab(page, title)
    column(tabs, into=view)
    return tabs


def text_toolbar(title: str, object_name: str, *groups: Sequence[QAction]) -> QToolBar:
    """A view's toolbar: buttons that show their text (the actions have no icons), each
    group of actions followed by a separator; the view adds its widgets after them."""
    bar = QToolBar(title)
    bar.setObjectName(object_name)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for actions in groups:
        bar.addActions(list(actions))
        bar.addSeparator()
    return bar
