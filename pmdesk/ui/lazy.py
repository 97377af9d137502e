"""Refreshing a costly view only when someone can see it."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class RefreshWhenShown:
    """For a widget whose :meth:`refresh` works figures out afresh (usage, earned value,
    flow): an edit marks it stale; it refreshes at once if it is visible, else the next
    time it is shown, so edits elsewhere do not pay for views nobody is looking at.

    List it before the Qt widget class; ``refresh`` must call :meth:`refreshed`.
    """

    _stale = True

    def refresh(self) -> None:
        raise NotImplementedError

    def refreshed(self) -> None:
        self._stale = False

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.refresh()
