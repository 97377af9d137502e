"""The widgets' charts (the S-curve, the resource graph, the schedule risk): their common
widget, axis scales, titles, grids and legends."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmdesk.render.charts import paint_value_line
from pmdesk.render.palette import MUTED, TEXT


class ChartWidget(QWidget):
    """A chart that takes the room its view gives it: at least ``min_height`` tall,
    ``hint`` when free to choose, and named for screen readers."""

    def __init__(self, hint: QSize, min_height: int, accessible_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = hint
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if accessible_name:
            self.setAccessibleName(accessible_name)

    def sizeHint(self) -> QSize:
        return QSize(self._hint)


def round_up(value: float) -> float:
    """A round number (1, 2, 5 x 10^k) at or above ``value``: the top of a value axis."""
    if value <= 0:
        return 1.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for m in (1, 2, 5, 10):
        if m * power >= value:
            return m * power
    return 10 * power


def paint_title(p: QPainter, font: QFont, text: str) -> None:
    """The chart's title in bold at its top left; the painter keeps ``font`` after."""
    bold = QFont(font)
    bold.setBold(True)
    p.setFont(bold)
    p.setPen(TEXT)
    p.drawText(QPointF(8, QFontMetricsF(font).ascent() + 4), text)
    p.setFont(font)


def paint_value_grid(p: QPainter, area: QRectF, top: float, step: float,
                     label: Callable[[float], str]) -> None:
    """Grid lines across ``area`` from 0 up to ``top`` every ``step``, each labelled on
    the left of the area."""
    value = 0.0
    while value <= top + 1e-9:
        paint_value_line(p, area, area.bottom() - value / top * area.height(), label(value))
        value += step


def paint_legend(p: QPainter, fm: QFontMetricsF, right: float,
                 items: Sequence[tuple[QColor, str]], swatch: Literal["line", "box"]) -> None:
    """The series' names, each after a swatch of its colour, ending at ``right`` on the
    title's line."""
    x = right
    y = fm.ascent() + 4
    for color, text in reversed(items):
        x -= fm.horizontalAdvance(text)
        p.setPen(MUTED)
        p.drawText(QPointF(x, y), text)
        if swatch == "line":
            x -= 20
            p.setPen(QPen(color, 3))
            mid = y - fm.ascent() / 2 + 1
            p.drawLine(QPointF(x, mid), QPointF(x + 14, mid))
        else:
            x -= 16
            p.fillRect(QRectF(x, y - fm.ascent() + 2, 11, fm.ascent() - 3), color)
        x -= 14
