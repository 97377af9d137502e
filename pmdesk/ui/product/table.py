"""A table of declared columns as the product tabs use it: typed cells with choices,
sorting by a column's natural order, the column chooser on the header, layouts saved by
column key, Enter to add a row and Delete to delete the selected ones; and the filters of
the backlog and of research."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from pmdesk.core.columns import Columns
from pmdesk.core.product.model import Feature, FeatureStatus, Insight
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import view_action
from pmdesk.ui.choices import ChoiceDelegate
from pmdesk.ui.columns import (
    SORT_ROLE,
    RecordTableModel,
    lay_out_columns,
    remember_columns,
    save_columns,
)
from pmdesk.ui.tables import HintedTable, record_table_look

__all__ = ["FILTER_ROLE", "BacklogProxy", "InsightProxy", "RecordTable", "SortProxy"]

#: A row's answer to the proxy's filter ("1": shown); asked only while a filter is set.
FILTER_ROLE = SORT_ROLE + 10


class SortProxy(QSortFilterProxyModel):
    """Sorting by each column's declared sort key; ``accepts`` is a subclass's filter.

    The filter is Qt's own, on :data:`FILTER_ROLE`: with no filter set Qt shows every row
    without a call to Python, so re-ranking a backlog of thousands does not ask each row
    whether it is shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(0)

    def accepts(self, value) -> bool:
        return True

    def filtering(self) -> bool:
        """Whether a filter is set (a subclass says)."""
        return False

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roleDataSpan) -> None:
        """A painted cell's roles in one call to the source (see ``paint_data``); while
        nothing is sorted or filtered out, a row here is the same row there."""
        source = self.sourceModel()
        paint = getattr(source, "paint_data", None)
        if paint is None:
            super().multiData(index, roleDataSpan)
        elif self.sortColumn() < 0 and self.rowCount() == source.rowCount():
            paint(index.row(), index.column(), roleDataSpan)
        else:
            at = self.mapToSource(index)
            paint(at.row(), at.column(), roleDataSpan)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """The source's flags by column, without mapping the row (asked for every cell
        painted)."""
        column_flags = getattr(self.sourceModel(), "column_flags", None)
        if column_flags is None:
            return super().flags(index)
        return column_flags(index.column() if index.isValid() else -1)

    def refilter(self) -> None:
        """Show the rows :meth:`accepts` after its filter changed."""
        source = self.sourceModel()
        if source is not None and hasattr(source, "row_filter"):
            setattr(source, "row_filter", self.accepts)  # noqa: B010 (a model of any kind)
        pattern = "1" if self.filtering() else ""
        if self.filterRegularExpression().pattern() != pattern:
            self.setFilterFixedString(pattern)
        else:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class BacklogProxy(SortProxy):
    """The backlog's filters: status, tag, objective and release."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status: FeatureStatus | None = None
        self.tag: str | None = None
        self.objective: str | None = None
        self.release: str | None = None

    def filtering(self) -> bool:
        return not (self.status is None and self.tag is None and self.objective is None
                    and self.release is None)

    def accepts(self, f: Feature) -> bool:
        return ((self.status is None or f.status is self.status)
                and (self.tag is None or self.tag in f.tags)
                and (self.objective is None or self.objective in f.objective_uids)
                and (self.release is None or f.release == self.release))


class InsightProxy(SortProxy):
    """The insights a search found (all when there is no search)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.found: set[str] | None = None
        # Filtered when a search runs or insights change, not on every repaint of a cell
        # of twenty thousand rows.
        self.setDynamicSortFilter(False)

    def filtering(self) -> bool:
        return self.found is not None

    def accepts(self, i: Insight) -> bool:
        return self.found is None or i.uid in self.found

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        """Asked of every insight when a search runs: one call, not Qt's three."""
        if self.found is None:
            return True
        source = cast(RecordTableModel, self.sourceModel())
        return source.row_value(source_row).uid in self.found


class RecordTable(HintedTable):
    """A record table with the keyboard of the Gantt sheet."""

    def __init__(self, model, proxy: SortProxy, name: str, settings_key: str,
                 add: Callable[[], object] | None = None,
                 delete: Callable[[], object] | None = None,
                 parent: QWidget | None = None,
                 empty_hint: Callable[[], str] | None = None) -> None:
        super().__init__(empty_hint, parent)
        self.setObjectName(name)
        self.record_model = model
        self.proxy = proxy
        proxy.setSourceModel(model)
        self.setModel(proxy)
        self.setItemDelegate(ChoiceDelegate(self))
        # The model's own order until the person clicks a header (no sort on open: sorting
        # tens of thousands of rows by a column nobody chose costs seconds).
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.EditKeyPressed | triggers.AnyKeyPressed
                             | triggers.DoubleClicked)
        header = record_table_look(self)
        self._settings_key = settings_key
        remember_columns(header, model.columns, settings_key)
        self.columns_menu = QMenu("&Columns", self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.exec(header.mapToGlobal(pos)))
        self.action_add: QAction | None = None
        self.action_delete: QAction | None = None
        self._add = add
        if add is not None:
            self.action_add = view_action(self, "Add", add, "Insert", "Add a row", (self,))
        if delete is not None:
            self.action_delete = view_action(self, "Delete", delete, "Delete",
                                             "Delete the selected rows", (self,))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a row (not in a cell editor) adds a row, as in the Gantt sheet."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._add is not None
                and self.state() != QAbstractItemView.State.EditingState
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._add()
            return
        super().keyPressEvent(event)

    @property
    def columns(self) -> Columns:
        return self.record_model.columns

    def _fill_columns_menu(self) -> None:
        menu = self.columns_menu
        menu.clear()
        header = self.horizontalHeader()
        for i, col in enumerate(self.columns):
            action = menu.addAction(col.name)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != 0 or len(self.columns) == 1)
            action.toggled.connect(lambda on, c=i: self.set_column_visible(c, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset Columns"), self.reset_columns)

    def set_column_visible(self, column: int | str, visible: bool) -> None:
        index = self.columns.index(column) if isinstance(column, str) else column
        self.horizontalHeader().setSectionHidden(index, not visible)
        save_columns(self.horizontalHeader(), self.columns, self._settings_key)

    def reset_columns(self) -> None:
        user_settings.settings().remove(self._settings_key)
        lay_out_columns(self.horizontalHeader(), self.columns)

    def chosen(self) -> list[Any]:
        """The records a command acts on: the selected rows (the current row when none is
        selected), in the model's order."""
        rows = {self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()}
        current = self.currentIndex()
        if not rows and current.isValid():
            rows = {self.proxy.mapToSource(current).row()}
        return [self.record_model.row_value(r) for r in sorted(rows)]

    def current_value(self) -> Any:
        """The record of the current row; None when no row is current."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return self.record_model.row_value(self.proxy.mapToSource(index).row())

    def type_into(self, uid: str, column: int = 0) -> None:
        """Select the row of ``uid`` and open its ``column`` for typing: how a row just
        added gets its name."""
        self.select_uid(uid, column)
        self.setFocus()
        self.edit(self.currentIndex())

    def select_first(self, column: int) -> None:
        """With no current row, make the first row shown current at ``column``, so the tab's
        side has something to read."""
        if not self.currentIndex().isValid() and self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, column))

    def select_uid(self, uid: str, column: int = 0) -> None:
        row = self.record_model.row_of(uid)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.record_model.index(row, column))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.selectionModel().setCurrentIndex(
                index, flags.ClearAndSelect | flags.Rows)
            self.scrollTo(index)
