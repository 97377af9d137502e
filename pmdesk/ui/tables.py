"""Tables the user reads but does not type into (flow metrics, criticality, ...), how record
tables look, and what an empty table says."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QWidget,
)

from pmdesk.core.columns import Columns
from pmdesk.ui.choices import ChoiceDelegate
from pmdesk.ui.columns import remember_columns
from pmdesk.ui.datefield import DateField


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


def record_table_look(table: QTableView, row_padding: int = 8) -> QHeaderView:
    """How a table of records the person types into looks: whole rows selected, several
    at once, one line a row without row numbers, columns that move, the last one taking
    the spare width. Returns the column header."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    return header


def remove_selected_rows(table: QTableWidget) -> None:
    """Remove the selected rows, or the current one when none is selected."""
    rows = sorted({i.row() for i in table.selectedIndexes()}, reverse=True)
    if not rows and table.currentRow() >= 0:
        rows = [table.currentRow()]
    for r in rows:
        table.removeRow(r)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text typed in a cell, stripped; "" for a cell never typed into."""
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def cell_day(table: QTableWidget, row: int, column: int, label: str) -> date:
    """The day in a cell's date field; ValueError naming ``label`` when it has none."""
    field = table.cellWidget(row, column)
    day = field.read_day(label) if isinstance(field, DateField) else None
    if day is None:
        raise ValueError(f"{label}: a date is needed, such as 2028-03-06")
    return day


def row_table(headers: Sequence[str], stretch: int, row_numbers: bool = True) -> QTableWidget:
    """A table of rows the user adds, edits and removes: whole rows selected, column
    ``stretch`` taking the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if not row_numbers:
        table.verticalHeader().hide()
    return table


def cell_span(table: QTableWidget, row: int, label: str) -> tuple[date, date]:
    """The From and To days of a row (columns 1 and 2); ValueError naming ``label`` when
    one is missing or the span ends before it starts."""
    a = cell_day(table, row, 1, f"{label}, from")
    b = cell_day(table, row, 2, f"{label}, to")
    if b < a:
        raise ValueError(f"{label}: ends on {b} before it starts on {a}")
    return a, b


def paint_empty_hint(surface: QWidget, text: str, top: int = 0) -> None:
    """``text`` in the placeholder colour at the top left of ``surface`` (an empty table's
    viewport, below ``top`` pixels of headings), wrapped to its width: what the table is for
    and how to add its first row, where the rows would be."""
    painter = QPainter(surface)
    painter.setPen(surface.palette().color(QPalette.ColorRole.PlaceholderText))
    painter.drawText(surface.rect().adjusted(12, 12 + top, -12, -12),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                     | Qt.TextFlag.TextWordWrap, text)
    painter.end()


def has_no_records(model: QAbstractItemModel | None) -> bool:
    """Whether ``model`` holds no rows at all: a search or filter that hides every row of
    a table is not an empty table."""
    while isinstance(model, QSortFilterProxyModel):
        model = model.sourceModel()
    return model is not None and model.rowCount() == 0


class HintedTable(QTableView):
    """A table that, while it holds no rows, says in its viewport what it is for and how to
    add the first (``empty_hint``, asked for at each paint so it follows the language)."""

    def __init__(self, empty_hint: Callable[[], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_hint = empty_hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_hint is not None and has_no_records(self.model()):
            paint_empty_hint(self.viewport(), self.empty_hint())


def record_table(model: QAbstractItemModel, columns: Columns, name: str,
                 settings_key: str, empty_hint: Callable[[], str] | None = None, *,
                 edits: QAbstractItemView.EditTrigger = TYPING_EDITS
                 | QAbstractItemView.EditTrigger.DoubleClicked,
                 row_padding: int = 8, legacy_keys: Sequence[str] = ()) -> HintedTable:
    """A table of records in ``columns`` (shown through ``model`` or a proxy of it):
    choices picked from a list, typing edits a cell, the look of :func:`record_table_look`,
    the person's arrangement of the columns kept under ``settings_key``; while it holds no
    rows it says ``empty_hint``."""
    table = HintedTable(empty_hint)
    table.setObjectName(name)
    table.setModel(model)
    table.setItemDelegate(ChoiceDelegate(table))
    table.setEditTriggers(edits)
    header = record_table_look(table, row_padding)
    remember_columns(header, columns, settings_key, legacy_keys)
    return table
