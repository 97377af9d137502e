"""Colours every chart and printed page share, so the views and their PDFs look alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

from pmdesk.core.health import Level

TEXT = QColor("#1f2328")
MUTED = QColor("#5f6670")  # secondary text: axis labels, notes, page footers
GRID = QColor("#d5d9de")

# How a headline or an indicator reads (see :mod:`pmdesk.core.health`).
GOOD = QColor("#2e7d32")
WARN = QColor("#b26a00")
BAD = QColor("#c62828")
LEVEL_COLORS = {Level.NONE: MUTED, Level.GOOD: GOOD, Level.WARN: WARN, Level.BAD: BAD}
