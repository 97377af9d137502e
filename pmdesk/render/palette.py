"""Colours every chart and printed page share, so the views and their PDFs look alike."""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT = QColor("#1f2328")
MUTED = QColor("#5f6670")  # secondary text: axis labels, notes, page footers
GRID = QColor("#d5d9de")
