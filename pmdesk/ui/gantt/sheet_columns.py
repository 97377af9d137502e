"""The Gantt sheet's columns: which are shown, their order and widths, kept per project.

A layout is saved by column key under the project's uid whenever the user moves or
resizes a column, and restored when the project opens again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QMenu

from pmdesk.ui import settings as user_settings
from pmdesk.ui.columns import column_layout, lay_out_columns, restore_columns, save_columns
from pmdesk.ui.gantt.task_model import Column

if TYPE_CHECKING:
    from pmdesk.ui.gantt.view import GanttView

_translate = QCoreApplication.translate

# How Gantt layouts were saved before they were saved by column key: Qt's header state of
# these columns, by position (read once, then saved by key).
_SAVED_BY_POSITION = (
    "id", "wbs", "name", "duration", "start", "finish", "predecessors", "resources",
    "complete", "slack", "cost", "start_variance", "finish_variance", "duration_variance",
    "cost_variance", "leveling_delay", "indicators", "estimate",
)


class SheetColumns:
    """Column layout of ``view``'s task sheet, and its Columns menu."""

    def __init__(self, view: GanttView) -> None:
        self._view = view
        self._laying_out = False

    @property
    def _header(self) -> QHeaderView:
        return self._view.table.header()

    def shown_width(self) -> int:
        """How wide the sheet wants to be for its shown columns (at most 760 pixels, so
        the timeline keeps most of the window)."""
        header = self._header
        width = sum(header.sectionSize(i) for i in range(header.count())
                    if not header.isSectionHidden(i))
        return min(width + 4, 760)

    def _settings_key(self) -> str:
        return f"gantt/{self._view.controller.plan.project.uid}/header"

    def restore(self) -> None:
        """This project's saved layout (or the declared one)."""
        user_settings.flush_layouts()  # the last project's widths first, then this one's
        self._laying_out = True
        try:
            restore_columns(self._header, self._view.model.columns, self._settings_key(),
                            legacy_keys=_SAVED_BY_POSITION)
        finally:
            self._laying_out = False

    def changed(self, *_args: object) -> None:
        """A column moved or resized by the user: saved soon."""
        if not self._laying_out:
            save_columns(self._header, self._view.model.columns, self._settings_key())

    def save(self) -> None:
        save_columns(self._header, self._view.model.columns, self._settings_key(), soon=False)

    def layout(self) -> list[tuple[str, int, bool]]:
        return column_layout(self._header, self._view.model.columns)

    def set_visible(self, column: int, visible: bool) -> None:
        self._header.setSectionHidden(column, not visible)
        self.save()

    def fill_menu(self, menu: QMenu) -> None:
        """Every column, ticked when shown (the task name always is), then Reset."""
        menu.clear()
        header = self._header
        for i, col in enumerate(self._view.model.columns):
            action = menu.addAction(QCoreApplication.translate("Columns", col.name))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(i != Column.NAME)
            action.toggled.connect(lambda on, c=i: self.set_visible(c, on))
        menu.addSeparator()
        menu.addAction(_translate("Columns", "Reset Columns"), self.reset)

    def reset(self) -> None:
        user_settings.settings().remove(self._settings_key())
        self._laying_out = True
        try:
            lay_out_columns(self._header, self._view.model.columns)
        finally:
            self._laying_out = False
        self.save()
