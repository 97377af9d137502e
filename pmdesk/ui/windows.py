"""Several projects at once: one main window per project, the Window menu, Quit for all.

Each :class:`~pmdesk.ui.main_window.MainWindow` owns its own project, controller, undo
history and lock; this module only finds the open windows, opens a file in a new one (a
second launch hands its file over through :mod:`pmdesk.ui.instance`) and closes them all.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget

if TYPE_CHECKING:
    from pmdesk.ui.main_window import MainWindow


_ORDER = itertools.count(1)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Windows", text)


def next_order() -> int:
    """A number for a new window: the Window menu lists windows in the order they opened."""
    return next(_ORDER)


def open_windows() -> list[MainWindow]:
    """Every main window that is shown, in the order they were opened."""
    from pmdesk.ui.main_window import MainWindow

    found = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, MainWindow) and w.isVisible()]
    return sorted(found, key=lambda w: w.opened_order)


def _same_file(window: MainWindow, path: Path) -> bool:
    document = window.document
    if document is None or document.path is None:
        return False
    try:
        return document.path.resolve() == path.resolve()
    except OSError:
        return False


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def open_in_new_window(path: str | None) -> MainWindow | None:
    """Open ``path`` in a window of its own (the window that already shows it, if one
    does). None brings the last window to the front. The new window is the one returned;
    when the file cannot be opened the new window says why and closes again."""
    windows = open_windows()
    if path is None:
        if windows:
            bring_to_front(windows[-1])
            return windows[-1]
        path_obj = None
    else:
        path_obj = Path(path)
        for window in windows:
            if _same_file(window, path_obj):
                bring_to_front(window)
                return window
    from pmdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if windows:  # cascade, so the new window does not hide exactly behind the last one
        window.move(windows[-1].pos() + QPoint(32, 32))
    bring_to_front(window)
    if path_obj is None:
        window.open_demo()
        return window
    if not window.exchange.open_or_import(path_obj):
        window.maybe_save = lambda: True  # type: ignore[method-assign]
        window.close()
        return None
    return window


def quit_all(current: QWidget) -> bool:
    """File ▸ Quit: close every window (``current`` last), each asking about its unsaved
    changes; stop at the first the user keeps open. True when all closed."""
    others = [w for w in reversed(open_windows()) if w is not current]
    return all(window.close() for window in [*others, current])


def fill_window_menu(menu: QMenu, current: QWidget) -> None:
    """Window ▸: one entry per open window, titled as the window is, the current one
    checked; choosing one brings it to the front."""
    menu.clear()
    for number, window in enumerate(open_windows(), start=1):
        title = window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")
        action: QAction = menu.addAction(f"&{number % 10} {title}")
        action.setObjectName(f"windowEntry{number}")
        action.setCheckable(True)
        action.setChecked(window is current)
        action.triggered.connect(lambda _=False, w=window: bring_to_front(w))


class FileOpenEvents(QObject):
    """Files the system hands to the running pmdesk as a QFileOpenEvent (macOS's Finder
    does so instead of starting a second process): each opens in a window of its own."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            open_in_new_window(event.file())
            return True
        return super().eventFilter(watched, event)
