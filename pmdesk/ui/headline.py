"""A headline of :mod:`pmdesk.core.health` as a label: its words in its colour, the rule in
the tooltip — the same look in the status bar and the Budget view as in the report."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.core.health import Headline, Level
from pmdesk.render.palette import LEVEL_COLORS

SCHEDULE_RULE = ("The schedule's headline, as in the status report: red when a deadline is "
                 "missed or the finish slips more than 5 working days past baseline 0, amber "
                 "for a smaller slip or SPI below 0.95, green on baseline")
COST_RULE = ("The cost headline, as in the status report: the forecast (EAC, or the planned "
             "cost when that is higher) against the budget, else against the planned cost; "
             "red more than 5 % over, amber less or CPI below 0.95")


class HeadlineLabel(QLabel):
    """Shows one headline; empty while there is nothing to judge by, when ``hide_none``."""

    def __init__(self, name: str, rule: str, prefix: str = "", hide_none: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(rule)
        self._prefix = prefix
        self._hide_none = hide_none

    def set_headline(self, head: Headline) -> None:
        hidden = self._hide_none and head.level is Level.NONE
        self.setText("" if hidden else f"{self._prefix}{head.text}")
        self.setStyleSheet(f"color: {LEVEL_COLORS[head.level].name()}; font-weight: bold;")
