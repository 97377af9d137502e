"""What Qt passes for a cell of a model: an index, or a persistent one (the type every
model method and delegate of pmdesk's tables takes)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

__all__ = ["CellIndex"]

CellIndex = QModelIndex | QPersistentModelIndex
