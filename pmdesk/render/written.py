"""Dates and figures as the window's language writes them, for the views and the pages
painted from render: the locale is QLocale's default, which pmdesk.ui.i18n sets to the
window's language ("05 Mar", "05 Dez."; "6,200", "6.200"). The command line leaves it as
the system's.

Words painted from render go through :func:`pmdesk.core.words.word`, which the window
hooks to its translator.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

from pmdesk.core.columns import CellKind, Column
from pmdesk.core.words import translating, word

__all__ = ["cell_words", "date_text", "figure", "number", "read_figure"]


def date_text(moment, pattern: str = "ddd d MMM yyyy") -> str:
    """A date in the window's language, by a QDate pattern ("Fri 12 Mar 2027",
    "Fr. 12 März 2027"); the day names and months are the locale's."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)


def number(value: float | Decimal, decimals: int) -> str:
    """A figure as the window's language writes it ("0.93", "0,93")."""
    return QLocale().toString(float(value), "f", decimals)


def figure(text: str) -> str:
    """A figure core wrote in English ("60,000", "2.5", "-3", "2.5 %") as the window's
    language writes it ("60.000", "2,5", "2,5 %"), with as many decimals and what follows
    it after a space as it is; any other text, and every text outside a translated window
    (the command line), as it is."""
    found = _ENGLISH_FIGURE.fullmatch(text)
    if found is None or not translating():
        return text
    digits = found["figure"].replace(",", "")
    return number(Decimal(digits), len(found["decimals"] or "")) + (found["rest"] or "")


def read_figure(text: str) -> str:
    """A figure typed as the window writes figures ("15.000" or "0,5" in German, "1,000"
    in English) in the form core reads ("15000", "0.5", "1000"); any other text as typed,
    for core to read or refuse ("0,5" in English still reads as a half)."""
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    value, ok = (QLocale() if translating() else english).toDouble(text.strip())
    if not ok or not math.isfinite(value):
        return text
    return str(int(value)) if value.is_integer() else repr(value)


_ENGLISH_FIGURE = re.compile(
    r"(?P<figure>-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimals>\d+))?)(?P<rest>\s.*)?",
    re.DOTALL)


def cell_words(column: Column, text: str, day: Callable[[date], str] | None) -> str:
    """A cell's ``text`` (as ``column`` writes it) as a table shows it, on screen and on
    paper: a word of a fixed list (a feature status, a MoSCoW class, a task mode) in the
    window's language, a figure as the language writes it (:func:`figure`), and a day as
    ``day`` writes it (None: as stored, ISO). What the cell stores stays English and ISO,
    for files and for an editor to start with."""
    if column.kind is CellKind.DATE:
        iso = _ISO_DAY.match(text) if day is not None else None
        if iso is None or day is None:
            return text
        return day(date.fromisoformat(iso.group())) + text[iso.end():]
    if column.kind is CellKind.NUMBER:  # "60.000" in German, as core's "60,000"
        return figure(text)
    return word("Core", text) if column.choices is not None and not column.free_text else text


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?!\d)")
