"""Dates and figures as the window's language writes them, for the views and the pages
painted from render: the locale is QLocale's default, which pmdesk.ui.i18n sets to the
window's language ("05 Mar", "05 Dez."; "6,200", "6.200"). The command line leaves it as
the system's.

Words painted from render go through :func:`pmdesk.core.words.word`, which the window
hooks to its translator.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

__all__ = ["date_text", "number"]


def date_text(moment, pattern: str = "ddd d MMM yyyy") -> str:
    """A date in the window's language, by a QDate pattern ("Fri 12 Mar 2027",
    "Fr. 12 März 2027"); the day names and months are the locale's."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)


def number(value: float | Decimal, decimals: int) -> str:
    """A figure as the window's language writes it ("0.93", "0,93")."""
    return QLocale().toString(float(value), "f", decimals)
