"""The Gantt sheet's outline gestures and clipboard: insert, new task below, delete, indent,
outdent, move, cut, copy and paste of task rows.

The edits themselves are core functions (:mod:`pmdesk.core.outline_edit`); this picks the
rows from the view's selection, makes the edit (one undo step through the controller) and
selects what the edit says.
"""

from __future__ import annotations

from itertools import count
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtWidgets import QApplication

from pmdesk.core import outline_edit
from pmdesk.core.entry import format_date
from pmdesk.core.outline_edit import Clip, OutlineEdit
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, undo_words

if TYPE_CHECKING:
    from pmdesk.ui.gantt.view import GanttView

MIME_ROWS = "application/x-pmdesk-task-rows"

_clips: dict[str, Clip] = {}  # rows copied, by the key the clipboard carries
_clip_ids = count(1)

# The undo steps that add a task, named in the window's language.
_INSERT = QT_TRANSLATE_NOOP("Undo", "Insert task")
_NEW = QT_TRANSLATE_NOOP("Undo", "New task")


class OutlineCommands:
    """The Task menu's outline commands and Edit ▸ Cut/Copy/Paste of ``view``'s rows."""

    def __init__(self, view: GanttView) -> None:
        self._view = view

    def _make(self, edit: OutlineEdit | None, current: str | None = None) -> bool:
        """Make an outline edit (one undo step) and select its rows; False if refused."""
        if edit is None or not self._view.controller.edit(edit.text, edit.patch):
            return False
        if edit.select:
            self._view.select_tasks(edit.select, current)
        return True

    def _insert_at(self, parent: str | None, index: int, text: str) -> str | None:
        edit = outline_edit.insert_task(self._view.controller.plan, parent, index, text)
        return edit.select[0] if self._make(edit) else None

    def insert_task(self) -> None:
        """Insert a new task above the current row (at the end with nothing selected)."""
        if self._view.controller.read_only:
            return
        view = self._view
        parent, index = outline_edit.place_above(view.controller.plan, view.current_uid())
        uid = self._insert_at(parent, index, undo_words(_INSERT))
        if uid is not None:
            self._edit_name(uid)

    def add_task_below(self) -> None:
        """Enter: a new task right below the current row, its name ready to type."""
        if self._view.controller.read_only:
            return
        cur = self._view.current_uid()
        into = (cur is not None and self._view.model.is_summary(cur)
                and self._view.table.isExpanded(self._view.model.index_of(cur)))
        parent, index = outline_edit.place_below(self._view.controller.plan, cur, into=into)
        uid = self._insert_at(parent, index, undo_words(_NEW))
        if uid is not None:
            self._edit_name(uid)

    def start_first_task(self) -> None:
        """Typing into an empty sheet: a first task, its name cell taking the keys."""
        if self._view.controller.read_only or self._view.model.rowCount():
            return
        uid = self._insert_at(None, 0, undo_words(_NEW))
        if uid is not None:
            self._view.table.setCurrentIndex(self._view.model.index_of(uid, Column.NAME))

    def _edit_name(self, uid: str) -> None:
        index = self._view.model.index_of(uid, Column.NAME)
        self._view.table.setCurrentIndex(index)
        self._view.table.scrollTo(index)
        self._view.table.edit(index)

    def _top_selected(self) -> list[str]:
        """Selected tasks without those whose summary is selected too, outline order (the
        current task when nothing is selected)."""
        chosen = self._view.selected_task_uids()
        if not chosen:
            cur = self._view.current_uid()
            chosen = [cur] if cur else []
        return outline_edit.top_level(self._view.controller.plan, chosen)

    def delete_tasks(self) -> None:
        if self._view.controller.read_only:
            return
        self._make(outline_edit.delete_tasks(self._view.controller.plan, self._top_selected()))

    def indent(self) -> None:
        """Tab: each selected task becomes the last subtask of the task above it."""
        if self._view.controller.read_only:
            return
        self._make(outline_edit.indent(self._view.controller.plan, self._top_selected()),
                   self._view.current_uid())

    def outdent(self) -> None:
        """Shift+Tab: each selected task moves up a level, right after its summary; the
        tasks below it under that summary become its subtasks (rows keep their order)."""
        if self._view.controller.read_only:
            return
        self._make(outline_edit.outdent(self._view.controller.plan, self._top_selected()),
                   self._view.current_uid())

    def move_tasks(self, direction: int) -> None:
        """Alt+Up / Alt+Down: swap the selected tasks with their neighbour sibling."""
        if self._view.controller.read_only:
            return
        self._make(outline_edit.move(self._view.controller.plan, self._top_selected(), direction),
                   self._view.current_uid())

    # -- clipboard ------------------------------------------------------------------------

    def _clip_text(self, clip: Clip) -> str:
        """The rows as other programs take them: name, duration, start and finish by tabs."""
        sched = self._view.controller.schedule.tasks
        lines = []
        for t in clip.tasks:
            dates = sched.get(t.uid)
            lines.append("\t".join([
                t.name,
                self._view.model.data(self._view.model.index_of(t.uid, Column.DURATION)) or "",
                format_date(dates.start) if dates else "",
                format_date(dates.finish) if dates else "",
            ]))
        return "\n".join(lines)

    def _put_on_clipboard(self, clip: Clip) -> None:
        key = str(next(_clip_ids))
        _clips.clear()
        _clips[key] = clip
        mime = QMimeData()
        mime.setText(self._clip_text(clip))
        mime.setData(MIME_ROWS, QByteArray(key.encode()))
        QApplication.clipboard().setMimeData(mime)

    def copy(self) -> None:
        clip = outline_edit.copy_rows(self._view.controller.plan, self._top_selected())
        if clip is not None:
            self._put_on_clipboard(clip)

    def cut(self) -> None:
        if self._view.controller.read_only:
            return
        clip = outline_edit.copy_rows(self._view.controller.plan, self._top_selected(), cut=True)
        if clip is None:
            return
        self._put_on_clipboard(clip)
        self._make(outline_edit.cut_rows(clip))

    def paste(self) -> None:
        """Paste copied rows below the current task, with their links; plain text lines
        (from a spreadsheet, say) become tasks named by their first column."""
        if self._view.controller.read_only:
            return
        mime = QApplication.clipboard().mimeData()
        clip = None
        if mime is not None and mime.hasFormat(MIME_ROWS):
            clip = _clips.get(bytes(mime.data(MIME_ROWS).data()).decode())
        plan = self._view.controller.plan
        if clip is None:
            clip = outline_edit.clip_from_text(plan, mime.text() if mime is not None else "")
            if clip is None:
                return
        parent, index = outline_edit.place_below(plan, self._view.current_uid())
        self._make(outline_edit.paste(plan, clip, parent, index))

