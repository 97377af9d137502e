"""Tables the user reads but does not type into (flow metrics, criticality, ...)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def read_only_table(headers: Sequence[str], stretch: int = 0) -> QTableWidget:
    """A table of whole-row selection, no row numbers and no editing; column ``stretch``
    takes the spare width, the others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for i in range(len(headers)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return table


# Typing into a cell (or F2, or a click on the selected cell) edits it; double-click is
# left to each view (Task Information in the Gantt, the risk dialog in the register).
TYPING_EDITS = (QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
                | QAbstractItemView.EditTrigger.SelectedClicked)


def remove_selected_rows(table: QTableWidget) -> None:
    """Remove the selected rows, or the current one when none is selected."""
    rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
    if not rows and table.currentRow() >= 0:
        rows = [table.currentRow()]
    for r in rows:
        table.removeRow(r)
