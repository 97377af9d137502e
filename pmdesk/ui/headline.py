"""A headline of :mod:`pmdesk.core.health` as a label: its words in its colour, the rule in
the tooltip — the same look in the status bar and the Budget view as in the report."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.core.health import Headline, Level
from pmdesk.render import report
from pmdesk.render.palette import LEVEL_COLORS
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, date_text

SCHEDULE_RULE = QT_TRANSLATE_NOOP(
    "HeadlineLabel",
    "The schedule's headline, as in the status report: red when a deadline is "
    "missed or the finish slips more than 5 working days past baseline 0, amber "
    "for a smaller slip or SPI below 0.95, green on baseline")
COST_RULE = QT_TRANSLATE_NOOP(
    "HeadlineLabel",
    "The cost headline, as in the status report: the forecast (EAC, or the planned "
    "cost when that is higher) against the budget, else against the planned cost; "
    "red more than 5 % over, amber less or CPI below 0.95")


def finish_text(tasks: int, finish: datetime) -> str:
    """The project's finish as the status bar and the Dashboard show it: "—" while there
    are no tasks (the finish is then only the start date)."""
    return date_text(finish) if tasks else "—"


def is_today(moment: datetime) -> bool:
    return moment.date() == datetime.now().date()


def as_of_text(status_date: datetime | None) -> str:
    """The day the project's figures are as of: its status date when one is set, else
    today. (They are measured at the end of the last working day, which on a weekend is
    Friday's; nothing is done after it, so they are today's all the same.)"""
    return date_text(status_date or datetime.now())


class HeadlineLabel(QLabel):
    """Shows one headline; empty while there is nothing to judge by, when ``hide_none``."""

    def __init__(self, name: str, rule: str, prefix: str = "", hide_none: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setToolTip(self.tr(rule))
        self._prefix = prefix
        self._hide_none = hide_none

    def set_headline(self, head: Headline) -> None:
        hidden = self._hide_none and head.level is Level.NONE
        self.setText("" if hidden else f"{self._prefix}{headline_words(head.text)}")
        self.setStyleSheet(f"color: {LEVEL_COLORS[head.level].name()}; font-weight: bold;")


def headline_words(text: str) -> str:
    """A headline of pmdesk.core.health in the window's language, part by part, its
    baseline finish as the window writes dates ("12 März 2027")."""
    return report.headline_words(text, day=lambda day: date_text(day, "d MMM yyyy"))
