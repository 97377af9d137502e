"""Declared columns on screen: the header's layout and a table model driven by them.

Every table of pmdesk shows columns declared in core (:mod:`pmdesk.core.columns`,
:mod:`pmdesk.core.record_columns`); this module is the Qt side they share.

- :func:`lay_out_columns` gives a header the declared widths, order and hidden columns;
  :func:`remember_columns` keeps a person's arrangement per key (which column, how wide,
  shown or not, in what order), so a column declared later takes its place by default
  without upsetting anyone's layout. Layouts written by earlier versions (Qt's header state,
  by column position) are read once through the column keys of that time.
- :class:`RecordTableModel` is a flat table of plan rows (risks, resources, budget lines,
  cost entries) whose header, flags, cell texts, editor texts, alignment, tooltips, choices,
  sort keys and typed edits all come from the declarations; a subclass only says which rows
  it shows and how they are named in messages and undo entries.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QStyle

from pmdesk.core.columns import CellKind, Column, Columns
from pmdesk.core.entry import format_date
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.render.written import cell_words, figure, read_figure
from pmdesk.ui import settings as user_settings
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.choices import CHOICES_ROLE, FREE_TEXT_ROLE
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, column_word, core_word, undo_words
from pmdesk.ui.rowsync import follow_rows

__all__ = [
    "SORT_ROLE",
    "RecordTableModel",
    "choice_value",
    "column_layout",
    "header_data",
    "lay_out_columns",
    "remember_columns",
    "restore_columns",
    "shown_choices",
    "shown_text",
]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter



def shown_text(column: Column, text: str) -> str:
    """A cell's text as the table shows it (:func:`pmdesk.render.written.cell_words`), a
    day as the task table writes dates ("Fri 05 Mar 2027", "Fr. 05.03.2027")."""
    return cell_words(column, text, _table_day)


def _table_day(day: date) -> str:
    return format_date(datetime(day.year, day.month, day.day))
#: The widest date a table shows, in bold: a date column is at least this wide.
_WIDEST_DAY = datetime(2026, 9, 30)


def shown_choices(column: Column, context: Any, row: Any) -> list[tuple[str, str]] | None:
    """A cell's (value, label) choices, the labels of a fixed list in the window's
    language."""
    if column.choices is None:
        return None
    choices = column.choices(context, row)
    if column.kind is CellKind.NUMBER:  # a scale of figures ("0,25" in German)
        return [(v, figure(t)) for v, t in choices]
    return list(choices) if column.free_text else [(v, core_word(t)) for v, t in choices]


def choice_value(column: Column, context: Any, row: Any, text: str) -> str:
    """The value a typed word of a fixed list stands for: "muss" typed in a German window
    is "must"; any other text as typed, for the column to read."""
    if column.choices is None or column.free_text:
        return text
    typed = text.strip().casefold()
    for value, label in column.choices(context, row):
        if typed and typed in (core_word(label).casefold(), core_word(value).casefold()):
            return value
    return text


# (key, width, hidden) in the order shown
Layout = list[tuple[str, int, bool]]


# --------------------------------------------------------------------------- layouts


def column_index(name: str, columns: Columns[Any, Any]) -> Any:
    """An IntEnum of ``columns`` by their keys in capitals (``Column.NAME`` is the index of
    the "name" column), for code that means one column. Made from the declarations, so it
    never needs a line of its own; typed ``Any`` because its members exist only at run
    time, where mypy cannot list them."""
    return IntEnum(name, [(c.key.upper(), i) for i, c in enumerate(columns)])


def lay_out_columns(header: QHeaderView, columns: Columns, layout: Layout | None = None) -> None:
    """Declared order, widths (a date column as wide as the widest date, a translated
    header as wide as its words) and shown columns; then, if given, a saved ``layout`` on
    top (a column it does not name goes right after the column declared before it)."""
    order = [key for key, _w, _h in layout or () if _known(columns, key)]
    placed = set(order)
    previous: str | None = None
    for c in columns:  # a column the layout does not know goes after its declared neighbour
        if c.key not in placed:
            order.insert(order.index(previous) + 1 if previous is not None else 0, c.key)
            placed.add(c.key)
        previous = c.key
    for visual, key in enumerate(order):
        logical = columns.index(key)
        header.moveSection(header.visualIndex(logical), visual)
    dates = _date_width(header)
    for c in columns:
        logical = columns.index(c.key)
        width = max(c.width, dates) if c.kind is CellKind.DATE else c.width
        header.resizeSection(logical, max(width, _words_width(header, logical)))
        header.setSectionHidden(logical, not c.shown)
    for key, width, hidden in layout or ():
        if _known(columns, key):
            logical = columns.index(key)
            header.resizeSection(logical, width)
            header.setSectionHidden(logical, hidden)


def _date_width(header: QHeaderView) -> int:
    """How wide a date column must be for the widest date in bold in the table's font, as
    the window writes dates."""
    table = header.parentWidget()
    bold = QFont(table.font() if table is not None else header.font())
    bold.setBold(True)
    return QFontMetrics(bold).horizontalAdvance(format_date(_WIDEST_DAY)) + 14


def _words_width(header: QHeaderView, logical: int) -> int:
    """How wide a column must be for its header's words (longer in German or French) and
    the sort arrow beside them; a declared width wider than that stands."""
    model = header.model()
    text = model.headerData(logical, Qt.Orientation.Horizontal) if model is not None else None
    if not text:
        return 0
    # The header's margins each side, and room for the sort arrow the style draws beside
    # the words of the column a table is sorted by.
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.fontMetrics().horizontalAdvance(str(text)) + 4 * margin + arrow + 8


def _known(columns: Columns, key: str) -> bool:
    try:
        columns.index(key)
    except KeyError:
        return False
    return True


def column_layout(header: QHeaderView, columns: Columns) -> Layout:
    """The header's arrangement, by key, in the order shown."""
    out: Layout = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if 0 <= logical < len(columns):
            out.append((columns[logical].key, header.sectionSize(logical),
                        header.isSectionHidden(logical)))
    return out


def _read_layout(value: object, legacy_keys: Sequence[str]) -> Layout | None:
    if isinstance(value, str):
        try:
            rows = json.loads(value)
            return [(str(k), int(w), bool(h)) for k, w, h in rows]
        except (ValueError, TypeError):
            return None
    if isinstance(value, QByteArray) and legacy_keys:
        # Qt's own header state, by column position: read it into a header of the columns
        # of that time and name them.
        probe = QStandardItemModel(0, len(legacy_keys))
        header = QHeaderView(Qt.Orientation.Horizontal)
        header.setModel(probe)
        if not header.restoreState(value):
            return None
        return [(legacy_keys[header.logicalIndex(v)], header.sectionSize(header.logicalIndex(v)),
                 header.isSectionHidden(header.logicalIndex(v)))
                for v in range(len(legacy_keys))]
    return None


def restore_columns(header: QHeaderView, columns: Columns, key: str,
                    legacy_keys: Sequence[str] = ()) -> bool:
    """Lay ``header`` out as saved under ``key`` (else as declared); False when nothing
    readable was saved."""
    layout = _read_layout(user_settings.settings().value(key), legacy_keys)
    lay_out_columns(header, columns, layout)
    return layout is not None


def save_columns(header: QHeaderView, columns: Columns, key: str, soon: bool = True) -> None:
    text = json.dumps(column_layout(header, columns))
    if soon:
        user_settings.save_soon(key, text)
    else:
        s = user_settings.settings()
        s.setValue(key, text)
        s.sync()


def remember_columns(header: QHeaderView, columns: Columns, key: str,
                     legacy_keys: Sequence[str] = ()) -> bool:
    """:func:`restore_columns`, and keep every later move, resize or hide saved."""
    restored = restore_columns(header, columns, key, legacy_keys)

    def save(*_args: object) -> None:
        save_columns(header, columns, key)

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    return restored


# --------------------------------------------------------------------------- the model


def header_data(columns: Columns, section: int, orientation: Qt.Orientation,
                role: int) -> Any:
    """A declared column's header and its tooltip, for any model's ``headerData``."""
    if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns):
        return None
    if role == Qt.ItemDataRole.DisplayRole:  # the registry's words, translated
        return QCoreApplication.translate("Columns", columns[section].header)
    if role == Qt.ItemDataRole.ToolTipRole:
        tip = columns[section].tooltip
        return QCoreApplication.translate("Columns", tip) if tip else None
    return None


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind of plan value (``kind`` names the Plan list and the Patch field),
    shown in declared ``columns`` read through :meth:`context`.

    A typed cell becomes the row its column's ``parse`` makes, committed as one undo step
    (:meth:`commit`); a refusal says which row and column, through ``controller.error``.
    """

    kind = ""
    columns: Columns = Columns(())
    noun = QT_TRANSLATE_NOOP("Core", "row")
    # The change-set flags after which rows may read differently.
    follows: tuple[str, ...] = ()

    def __init__(self, controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._rows: list = list(self.plan_rows())
        controller.changed.connect(self._on_changed)

    # -- what a subclass says ----------------------------------------------------------

    def plan_rows(self) -> list:
        return list(getattr(self.controller.plan, self.kind))

    def context(self) -> Any:
        """What the columns' cells read besides the row (the plan by default)."""
        return self.controller.plan

    def row_name(self, row: int, value: Any) -> str:
        """How messages name a row: "Budget line 3"."""
        return f"{self.noun.capitalize()} {row + 1}"

    def undo_text(self, column: Column, value: Any) -> str:
        return undo_words(QT_TRANSLATE_NOOP("Undo", "Edit {noun} {column}"),
                          noun=core_word(self.noun), column=column_word(column.name))

    @staticmethod
    def named_undo_text(column: Column, name: str) -> str:
        """"Edit status of “Login”": the undo step of a typed cell of a named row."""
        return undo_words(QT_TRANSLATE_NOOP("Undo", "Edit {column} of “{name}”"),
                          column=column_word(column.name), name=name)

    def refusal(self, row: int, value: Any, column: Column, problem: str) -> str:
        """The message for a typed cell refused: "Cost entry 1, date: ..."."""
        return f"{self.row_name(row, value)}, {column.name.lower()}: {problem}"

    def commit(self, old: Any, new: Any, text: str) -> bool:
        change: dict[str, Any] = {self.kind: (new,)}
        return bool(self.controller.edit(text, Patch(**change)))

    def style(self, value: Any, column: Column, role: int) -> Any:
        """A subclass's colours and fonts (Qt's Background, Foreground, Font roles)."""
        return None

    # -- reading -------------------------------------------------------------------------

    def rowCount(self, parent: CellIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: CellIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def row_value(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, uid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.uid == uid), None)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return header_data(self.columns, section, orientation, role)

    def flags(self, index: CellIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable and not self.controller.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: CellIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:  # a word of a fixed list in the language
            return shown_text(col, col.text(self.context(), value))
        if role == Qt.ItemDataRole.EditRole:  # a figure as shown, to type over
            text = col.edit_text(self.context(), value)
            return figure(text) if col.kind is CellKind.NUMBER else text
        if role == SORT_ROLE:
            return col.sort_key(self.context(), value)
        if role == CHOICES_ROLE:
            return shown_choices(col, self.context(), value)
        if role == FREE_TEXT_ROLE:
            return col.free_text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT) if col.right else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tip is not None:
            return col.tip(self.context(), value)
        return self.style(value, col, role)

    # -- editing -------------------------------------------------------------------------

    def setData(self, index: CellIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        old = self._rows[index.row()]
        col = self.columns[index.column()]
        assert col.parse is not None
        typed = choice_value(col, self.context(), old, "" if value is None else str(value))
        if col.kind is CellKind.NUMBER:  # "15.000" typed in German is fifteen thousand
            typed = read_figure(typed)
        try:
            new = col.parse(self.context(), old, typed)
        except ValueError as exc:
            self.controller.error.emit(self.refusal(index.row(), old, col, str(exc)))
            return False
        if new == old:
            return False
        return self.commit(old, new, self.undo_text(col, old))

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if any(getattr(changes, flag) for flag in self.follows):
            self._sync()

    def _sync(self) -> None:
        """Follow the plan: removals, additions at the end, changed rows; else a reset."""
        if follow_rows(self, self._rows, self.plan_rows()) is None:
            return
        self.repaint_all()

    def repaint_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))
