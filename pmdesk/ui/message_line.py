"""The line in a view's toolbar that says why a change was refused, then clears itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from pmdesk.ui.dialog_parts import ERROR_STYLE


class MessageLine(QLabel):
    """A label whose text goes away ``ms`` milliseconds after :meth:`flash` set it."""

    def __init__(self, object_name: str, ms: int = 8000, warning: bool = True,
                 wrap: bool = False) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setWordWrap(wrap)
        if warning:
            self.setStyleSheet(ERROR_STYLE)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ms)
        self._timer.timeout.connect(self.clear)

    def flash(self, text: str) -> None:
        self.setText(text)
        self._timer.start()
