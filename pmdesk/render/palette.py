"""Colours every chart and printed page share, so the views and their PDFs look alike."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from pmdesk.core.health import Level

TEXT = QColor("#1f2328")
MUTED = QColor("#5f6670")  # secondary text: axis labels, notes, page footers
GRID = QColor("#d5d9de")

# How a headline or an indicator reads (see :mod:`pmdesk.core.health`).
GOOD = QColor("#2e7d32")
WARN = QColor("#b26a00")
BAD = QColor("#c62828")
LEVEL_COLORS = {Level.NONE: MUTED, Level.GOOD: GOOD, Level.WARN: WARN, Level.BAD: BAD}


def figure_color(level: Level) -> QColor | None:
    """The colour a judged figure (SPI, a variance) is written in: its level's, or None
    (the text's own colour) when there is nothing to say."""
    return None if level is Level.NONE else LEVEL_COLORS[level]


def font_variants(font: QFont | None, small_least: float) -> tuple[QFont, QFont, QFont]:
    """A copy of ``font`` (the application's when None), its bold, and a smaller one
    (85 %, at least ``small_least`` pt)."""
    base = QFont(font) if font is not None else QFont()
    bold = QFont(base)
    bold.setBold(True)
    small = QFont(base)
    small.setPointSizeF(max(small_least, base.pointSizeF() * 0.85))
    return base, bold, small
