"""A date field that keeps what the user types.

Qt's date edits type section by section: select all, type ``2028-03-06 08:00`` and the year
section keeps its old value. A PM types whole dates, so every date in pmdesk's dialogs is
this line edit instead: it reads what was typed as the task sheet does
(:func:`pmdesk.core.entry.parse_date`: ``2028-03-06``, ``2028-03-06 08:00``, ``6/3/2028``,
``6 Mar 2028``), shows it back in ISO form, and offers a calendar from its button.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from pmdesk import resources_path
from pmdesk.core.entry import EARLIEST_DATE, LATEST_DATE, parse_date


class DateField(QLineEdit):
    """A date, or a date and time, typed freely or picked from a calendar."""

    valueChanged = Signal()

    def __init__(self, value: datetime | date | None = None, *, with_time: bool = True,
                 default_time: time = time(8, 0), optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.default_time = default_time
        self.optional = optional
        self.setPlaceholderText(self.tr("none") if optional else
                                "2028-03-06 08:00" if with_time else "2028-03-06")
        self.setToolTip(self.tr("A date such as 2028-03-06, 6/3/2028 or 6 Mar 2028")
                        + (self.tr(", with a time such as 2028-03-06 08:00") if with_time else ""))
        self._tip = self.toolTip()
        self.calendar: QCalendarWidget | None = None
        icon = QIcon(str(resources_path("icons/calendar.svg")))
        self.calendar_action = QAction(icon, self.tr("Pick from a calendar"), self)
        self.calendar_action.triggered.connect(self.pick_from_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.set_value(value)
        self.editingFinished.connect(self._tidy)
        self.textEdited.connect(lambda _text: self._mark(""))

    # -- value ---------------------------------------------------------------------------

    def value(self) -> datetime | None:
        """The typed moment (a date alone gets the default time); None when left empty in
        an optional field. ValueError says what is wrong with the text."""
        text = self.text().strip()
        if not text:
            if self.optional:
                return None
            raise ValueError("A date is needed, such as 2028-03-06")
        moment = parse_date(text, default_time=self.default_time)
        if not self.with_time:
            moment = datetime.combine(moment.date(), self.default_time)
        return moment

    def read(self, label: str) -> datetime | None:
        """:meth:`value`, a ValueError naming the field (``label``) that is wrong."""
        try:
            return self.value()
        except ValueError as exc:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            raise ValueError(f"{label}: {exc}") from None

    def read_day(self, label: str) -> date | None:
        """The day of :meth:`read`."""
        moment = self.read(label)
        return moment.date() if moment is not None else None

    def set_value(self, value: datetime | date | None) -> None:
        self.setText(self._format(value))
        self._mark("")
        self.valueChanged.emit()

    def problem(self) -> str:
        """What is wrong with the text, or "" when it reads as a date."""
        try:
            self.value()
        except ValueError as exc:
            return str(exc)
        return ""

    # -- showing ---------------------------------------------------------------------------

    def _format(self, value: datetime | date | None) -> str:
        if value is None:
            return ""
        if not isinstance(value, datetime):
            value = datetime.combine(value, self.default_time)
        return value.strftime("%Y-%m-%d %H:%M" if self.with_time else "%Y-%m-%d")

    def _tidy(self) -> None:
        """After typing: show the date as read (ISO), or say what is wrong with it."""
        try:
            moment = self.value()
        except ValueError as exc:
            self._mark(str(exc))
            return
        shown = self._format(moment)
        if shown != self.text():
            self.setText(shown)
        self._mark("")
        self.valueChanged.emit()

    def _mark(self, message: str) -> None:
        self.setStyleSheet("QLineEdit { border: 1px solid #c62828; }" if message else "")
        self.setToolTip(message or self._tip)

    # -- calendar --------------------------------------------------------------------------

    def pick_from_calendar(self) -> None:
        """A month calendar under the field; a click takes the day and keeps the time."""
        from pmdesk.ui.preferences import first_day_of_week

        try:
            current = self.value()
        except ValueError:
            current = None
        current = current or datetime.combine(date.today(), self.default_time)
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(first_day_of_week())
        calendar.setMinimumDate(QDate(EARLIEST_DATE.year, 1, 1))
        calendar.setMaximumDate(QDate(LATEST_DATE.year, 12, 31))
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def take(day: QDate) -> None:
            picked = date(day.year(), day.month(), day.day())
            self.set_value(datetime.combine(picked, current.time()))
            menu.close()

        calendar.clicked.connect(take)
        calendar.activated.connect(take)
        self.calendar = calendar  # reachable while open (keyboard users and tests)
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = None
        self.setFocus(Qt.FocusReason.PopupFocusReason)
