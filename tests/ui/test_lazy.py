"""A costly view refreshes when someone can see it, and not for edits made while hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.ui.lazy import RefreshWhenShown


class Probe(RefreshWhenShown, QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.refreshes = 0

    def refresh(self) -> None:
        self.refreshes += 1
        self.refreshed()


def test_a_hidden_view_waits_until_it_is_shown(qtbot) -> None:
    view = Probe()
    qtbot.addWidget(view)
    view.mark_stale()
    view.mark_stale()
    assert view.refreshes == 0
    view.show()
    qtbot.waitExposed(view)
    assert view.refreshes == 1
    view.mark_stale()  # visible: at once
    assert view.refreshes == 2
    view.hide()
    view.show()  # nothing changed meanwhile
    assert view.refreshes == 2
