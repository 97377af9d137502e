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
