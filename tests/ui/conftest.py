"""GUI tests never block on a modal message box: one that a test did not expect fails it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


def _unexpected(kind: str):
    def show(*args, **kwargs):
        texts = [a for a in args if isinstance(a, str)]
        raise AssertionError(f"unexpected {kind} message box: {' / '.join(texts)}")

    return staticmethod(show)


@pytest.fixture(autouse=True)
def no_modal_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for kind in ("warning", "critical", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, kind, _unexpected(kind))


@pytest.fixture
def type_text(qtbot):
    """Type into a line edit as a user does: Ctrl+A selects what is there, then the keys."""
    from PySide6.QtCore import Qt

    def type_text(field, text: str) -> None:
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)

    return type_text


@pytest.fixture
def show_active(qtbot):
    """Show a window and make it the active one, so focus and Tab behave as on a desktop."""
    from PySide6.QtWidgets import QApplication

    def show_active(widget) -> None:
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)

    return show_active


@pytest.fixture
def on_modal():
    """``on_modal(act)`` runs ``act(dialog)`` on the next modal dialog once it shows, for a
    dialog whose exec() blocks the test; returns a check to call after the blocking call.
    Polling stops with the check or at the end of the test, whichever comes first."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    pollers: list[dict] = []

    def showing():
        """The modal dialog on screen: application modal (exec) or window modal (open),
        which activeModalWidget does not always report."""
        found = QApplication.activeModalWidget()
        if found is not None and found.isVisible():
            return found
        return next((w for w in QApplication.topLevelWidgets()
                     if w.isVisible() and w.isModal() and w.isWindow()), None)

    def on_modal(act, tries: int = 400):
        seen: dict = {}
        pollers.append(seen)

        def poll(left: int = tries) -> None:
            if seen.get("stop"):
                return
            dialog = showing()
            if dialog is None:
                if left:
                    QTimer.singleShot(10, lambda: poll(left - 1))
                return
            seen["dialog"] = dialog
            try:
                act(dialog)
            except BaseException as exc:  # reported by check(), after exec() returns
                seen["error"] = exc
                dialog.close()

        QTimer.singleShot(0, poll)

        def check():
            seen["stop"] = True
            if "error" in seen:
                raise seen["error"]
            assert "dialog" in seen, "no modal dialog appeared"
            return seen["dialog"]

        return check

    yield on_modal
    for seen in pollers:
        seen["stop"] = True


@pytest.fixture
def window(qtbot, show_active):
    """A shown main window with the demo project open, as a newcomer first sees it; what a
    test leaves unsaved is dropped when it closes. A test module that needs another
    window (a project from a file, settings kept) declares its own ``window``."""
    from pmdesk.ui.main_window import MainWindow

    w = MainWindow(persist=False)
    w.open_demo()
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()


@pytest.fixture
def demo_copy_window(qtbot, demo_file, tmp_path, show_active):
    """A shown main window with a copy of the demo project open from a file."""
    import shutil

    from pmdesk.ui.main_window import MainWindow

    path = tmp_path / "launch.pmdesk"
    shutil.copy(demo_file, path)
    w = MainWindow(persist=False)
    qtbot.addWidget(w)
    assert w.open_path(path)
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
