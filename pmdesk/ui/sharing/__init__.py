"""File ▸ Share a Copy…, Compare With… and Merge From…: project files between colleagues.

The window owns one :class:`SharingCommands`; its actions sit in the File menu. Each
command has a ``*_dialog`` method that asks for the file and a method taking the path
(what tests and the dialogs call): :meth:`share_to`, :meth:`compare_with`,
:meth:`merge_from`. A merge is one undoable edit; the next save records it as a revision
naming the colleague's, unless the merge was undone (the note goes with the undo step).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from pmdesk.core.kinds import KINDS
from pmdesk.core.merge import Change, diff, digest
from pmdesk.fileio import describe_path
from pmdesk.ui.actions import new_action
from pmdesk.ui.dialog_parts import ask_file
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP

# Words of message boxes, in this module's context (scripts/update_translations.py finds them).
_translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pmdesk.ui.main_window import MainWindow
    from pmdesk.ui.sharing.compare_dialog import CompareDialog
    from pmdesk.ui.sharing.merge_dialog import MergeDialog

FILTER = QT_TRANSLATE_NOOP("MainWindow", "pmdesk projects (*.pmdesk)")
# The view that shows each kind of row, and how it selects one; other kinds select the
# task they refer to in the Gantt view (a link, an assignment, a cost).
_VIEWS = {"tasks": "gantt", "risks": "risks", "resources": "resources",
          "features": "product", "insights": "product"}


class SharingCommands:
    """The three commands for ``window``."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.action_share = new_action(window, "S&hare a Copy…", "Ctrl+Alt+S",
                                       "Save a copy without confidential tasks, costs, "
                                       "e-mails, personal data or notes")
        self.action_compare = new_action(window, "Co&mpare With…", "Ctrl+Alt+D",
                                         "List what changed between another version of this "
                                         "project and this one")
        self.action_merge = new_action(window, "Mer&ge From…", "Ctrl+Alt+M",
                                       "Take a colleague's changes from their copy of this "
                                       "project")
        self.action_share.triggered.connect(self.share_dialog)
        self.action_compare.triggered.connect(self.compare_dialog)
        self.action_merge.triggered.connect(self.merge_dialog)
        self.compare_window: CompareDialog | None = None

    def actions(self) -> list[QAction]:
        return [self.action_share, self.action_compare, self.action_merge]

    def _ask_path(self, title: str, save: bool = False) -> Path | None:
        window = self._window
        folder = str(window.document.path.parent) if window.document and \
            window.document.path else ""
        return ask_file(window, title, _translate("MainWindow", FILTER), folder, save)

    # -- share -----------------------------------------------------------------------------

    def share_dialog(self) -> None:
        from pmdesk.ui.sharing.share_dialog import ShareDialog

        window = self._window
        live = getattr(window.document, "live", False)  # a workspace project: no file
        if window.document is None or (window.document.path is None and not live) \
                or window.is_modified():
            QMessageBox.information(window, _translate("SharingCommands", "Share a Copy"),
                                    _translate("SharingCommands", "Save the project first: the "
                                               "copy is made from the saved file, so your "
                                               "colleague's changes can be merged back."))
            return
        dialog = ShareDialog(window.controller.plan, window)
        if dialog.exec():
            path = self._ask_path("Share a Copy", save=True)
            if path is not None:
                self.share_to(path, dialog.groups())
        dialog.deleteLater()

    def share_to(self, path: Path, groups: tuple[str, ...]) -> bool:
        from pmdesk.store.document import DocumentError
        from pmdesk.store.sharing import share_copy, share_plan

        window = self._window
        assert window.document is not None
        if path.suffix != ".pmdesk":
            path = path.with_name(path.name + ".pmdesk")
        try:
            if window.document.path is None:  # a workspace project, straight from it
                stripped = share_plan(window.controller.plan, path, groups)
            else:
                stripped = share_copy(window.document.path, path, groups)
        except DocumentError as exc:
            QMessageBox.critical(window,
                _translate("SharingCommands", "Cannot share a copy"), str(exc))
            return False
        from pmdesk.ui.sharing.share_dialog import left_out_words

        window.statusBar().showMessage(
            _translate("SharingCommands", "Wrote {}: {}").format(
                describe_path(path), left_out_words(stripped)), 6000)
        return True

    # -- compare ---------------------------------------------------------------------------

    def compare_dialog(self) -> None:
        path = self._ask_path(_translate("SharingCommands", "Compare With"))
        if path is not None:
            self.compare_with(path)

    def compare_with(self, path: Path) -> CompareDialog | None:
        """Show the changes from the project at ``path`` to the open one."""
        from pmdesk.core.schedule import finish_dates
        from pmdesk.store.document import DocumentError, open_plan
        from pmdesk.ui.sharing.compare_dialog import CompareDialog

        window = self._window
        try:
            other = open_plan(path)
        except DocumentError as exc:
            QMessageBox.critical(window, _translate("SharingCommands", "Cannot compare"), str(exc))
            return None
        try:
            other_dates = finish_dates(other)
        except (ValueError, OverflowError):
            other_dates = None
        plan = window.controller.plan
        changes = diff(other, plan, other_dates, window.controller.schedule)
        if self.compare_window is not None:
            self.compare_window.close()
        dialog = CompareDialog(changes, digest(changes, other, plan), path.name, self.reveal,
                               window)
        self.compare_window = dialog
        dialog.show()
        return dialog

    def reveal(self, change: Change) -> None:
        """Select the row a change is about in its view (a removed row: nothing to show)."""
        window = self._window
        kind = KINDS.by_name.get(change.kind)
        uid = change.uid
        plan = window.controller.plan
        if kind is not None and kind.name not in _VIEWS:
            rows = {r.uid: r for r in (getattr(plan, kind.name).values() if kind.keyed
                                       else getattr(plan, kind.name))}
            row = rows.get(uid)
            task_ref = next((r.field for r in kind.refs if r.target == "tasks" and not r.many),
                            None)
            if row is None or task_ref is None:
                return
            kind, uid = KINDS["tasks"], getattr(row, task_ref)
        if kind is None:
            return
        view_key = _VIEWS[kind.name]
        window.show_view(view_key)
        view = window.views[view_key]
        if kind.name == "tasks":
            view.select_tasks([uid])  # type: ignore[attr-defined]
        elif kind.name == "risks":
            view.select_risk(uid)  # type: ignore[attr-defined]
        elif kind.name == "resources":
            view.select_resource(uid)  # type: ignore[attr-defined]
        elif kind.name == "features":
            view.show_tab("backlog")  # type: ignore[attr-defined]
            view.backlog_table.select_uid(uid)  # type: ignore[attr-defined]
        else:
            view.show_tab("research")  # type: ignore[attr-defined]
            view.insight_table.select_uid(uid)  # type: ignore[attr-defined]

    # -- merge -----------------------------------------------------------------------------

    def merge_dialog(self) -> None:
        path = self._ask_path(_translate("SharingCommands", "Merge From"))
        if path is None:
            return
        dialog = self.merge_from(path)
        if dialog is not None:
            dialog.exec()
            dialog.deleteLater()

    def merge_from(self, path: Path) -> MergeDialog | None:
        """The merge dialog for the colleague's copy at ``path`` (not shown yet); None,
        said, when it cannot be merged."""
        from pmdesk.store.document import DocumentError, open_journaled
        from pmdesk.store.sharing import prepare_merge, refuse_own_cycle
        from pmdesk.ui.sharing.merge_dialog import MergeDialog

        window = self._window
        document = window.document
        if document is None or window.controller.read_only:
            QMessageBox.information(window, _translate("SharingCommands", "Merge From"),
                                    _translate("SharingCommands", "Open your copy of the project "
                                               "(not read-only) to merge a colleague's into "
                                               "it."))
            return None
        try:
            with open_journaled(path) as theirs:
                prepared = prepare_merge(document.journaled(window.controller.plan), theirs)
                # The open plan schedules, so only a damaged copy can bring its own cycle.
                refuse_own_cycle(theirs.plan, theirs.shown)
        except DocumentError as exc:
            QMessageBox.critical(window, _translate("SharingCommands", "Cannot merge"), str(exc))
            return None
        dialog = MergeDialog(prepared.merge, window.controller.plan, path.name, window)

        def apply() -> None:
            if dialog.patch is None:
                return
            theirs = prepared.theirs_revisions
            # The note that the next save records the merge is part of the undo step.
            text = _translate("SharingCommands", "Merge from {}").format(path.name)
            result = window.controller.edit(text, dialog.patch,
                                            effect=lambda made: document.note_merge(theirs,
                                                                                    made))
            if result.made:
                settled = "; ".join(c.text for c in prepared.merge.collisions)
                window.statusBar().showMessage(
                    _translate("SharingCommands", "Merged {}").format(path.name)
                    + (f" ({settled})" if settled else ""), 10000)

        dialog.accepted.connect(apply)
        return dialog
