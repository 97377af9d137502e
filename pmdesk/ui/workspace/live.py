"""A workspace project open in the window: others' changes come in as they are made.

:class:`LiveSync` polls the document's listening connection four times a second (a check
of its socket that never waits) and hands what others changed to
:meth:`~pmdesk.ui.controller.ProjectController.apply_remote`: the views refresh those rows,
and the selection and the undo history stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

if TYPE_CHECKING:
    from pmdesk.store.workspace import Workspace, WorkspaceDocument
    from pmdesk.ui.main_window import MainWindow

__all__ = ["POLL_MS", "LiveSync", "follow", "open_project"]

#: How often others' changes are looked for: well inside the two seconds they may take.
POLL_MS = 250


class LiveSync(QObject):
    """Brings others' changes to one workspace document into the window's controller."""

    def __init__(self, window: MainWindow, document: WorkspaceDocument) -> None:
        super().__init__(window)
        from pmdesk.store.workspace import WorkspaceError

        self._window = window
        self.document = document
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll_now)
        try:
            document.listen()
        except WorkspaceError as exc:
            window.statusBar().showMessage(str(exc), 10000)
            return
        self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def poll_now(self) -> None:
        """Take in what others changed since the last look (none: nothing happens)."""
        from pmdesk.store.workspace import WorkspaceError

        controller = self._window.controller
        if controller.document is not self.document:
            self.stop()
            return
        if controller._open_macros:  # in the middle of a gesture: take them in after it
            return
        try:
            heard = self.document.poll(controller.plan)
        except WorkspaceError as exc:
            self.stop()
            self._window.statusBar().showMessage(str(exc), 15000)
            return
        if heard is None:
            return
        patch, who = heard
        changes = controller.apply_remote(patch)
        if changes is not None:
            rows = sum(len(patch.upserts(k.name)) + len(patch.removals(k.name))
                       for k in patch.kinds()) + (patch.project is not None)
            who_text, name = ", ".join(who), self.document.entry.name
            text = (self.tr("{} changed 1 row of {}").format(who_text, name) if rows == 1
                    else self.tr("{} changed {} rows of {}").format(who_text, rows, name))
            self._window.statusBar().showMessage(text, 8000)

    def stop(self) -> None:
        self._timer.stop()


def follow(window: MainWindow, document: object) -> LiveSync | None:
    """Stop following the window's previous workspace document, and follow ``document``
    when it is one."""
    previous = getattr(window, "_live_sync", None)
    if previous is not None:
        previous.stop()
        previous.deleteLater()
    sync = None
    if getattr(document, "live", False):
        sync = LiveSync(window, document)  # type: ignore[arg-type]
    window._live_sync = sync  # type: ignore[attr-defined]
    return sync


def open_project(window: MainWindow, workspace: Workspace, name: str,
                 interactive: bool = True) -> bool:
    """Show the workspace project ``name`` in the window, as a file opens; on failure say
    why and keep what was open."""
    from PySide6.QtWidgets import QMessageBox

    from pmdesk.store.workspace import WorkspaceError

    if not window.maybe_save():
        return False
    try:
        document = workspace.open(name)
    except WorkspaceError as exc:
        window._report(
            QCoreApplication.translate("Live", "Cannot open project"), str(exc), interactive)
        return False
    try:
        plan = document.load_plan()
        window._install(document, plan)  # type: ignore[arg-type]
    except (WorkspaceError, ValueError, OverflowError) as exc:
        document.close()
        window._report(QCoreApplication.translate("Live", "Cannot open project"),
                       f"{document.label}: {exc}", interactive)
        return False
    if document.read_only and interactive:
        QMessageBox.information(window,
            QCoreApplication.translate("Live", "Read-only"), document.lock_message)
    window.statusBar().showMessage(
        QCoreApplication.translate("Live", "Opened {}").format(document.label), 6000)
    return True
