"""File ▸ Connect to Workspace…: a workspace's address, its projects with their health,
and Open / Publish.

The address is ``postgresql://USER@HOST[:PORT]/DATABASE`` (or ``postgresql:///?service=NAME``
for a libpq service); the password comes from ~/.pgpass, a service file or the system
keyring, never from this dialog, and the address the dialog remembers has none.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from pmdesk.store.workspace import HEADERS, health_cells
from pmdesk.ui import settings as user_settings
from pmdesk.ui.dialog_parts import error_label
from pmdesk.ui.i18n import core_word

if TYPE_CHECKING:
    from pmdesk.store.workspace import ProjectEntry, Workspace
    from pmdesk.ui.main_window import MainWindow

__all__ = ["WorkspaceDialog", "connect_dialog"]

_LAST_ADDRESS = "workspace/address"


class WorkspaceDialog(QDialog):
    """Connect to a workspace, see its projects' health, open one or publish this one."""

    def __init__(self, window: MainWindow, address: str = "") -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Connect to Workspace"))
        self.setMinimumSize(820, 380)
        self._window = window
        self.workspace: Workspace | None = None
        self.entries: list[ProjectEntry] = []
        self.address_edit = QLineEdit(address or user_settings.remembered(_LAST_ADDRESS, ""))
        self.address_edit.setPlaceholderText(self.tr("postgresql://you@db.example.com/team"))
        self.address_edit.setToolTip(
            self.tr("The workspace's PostgreSQL database. The password comes "
                    "from ~/.pgpass, a libpq service or the system keyring."))
        self.connect_button = QPushButton(self.tr("&Connect"))
        self.connect_button.clicked.connect(self.connect_now)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Address:")))
        row.itemAt(0).widget().setBuddy(self.address_edit)  # type: ignore[union-attr]
        row.addWidget(self.address_edit, 1)
        row.addWidget(self.connect_button)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([core_word(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HEADERS.index("Top risk"), QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        self.error_label = error_label("workspaceError", hidden=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button = self.buttons.addButton(
            self.tr("&Publish This Project"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge a Copy Back…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.setToolTip(
            self.tr("Merge a checked-out .pmdesk copy of the chosen project "
                    "back into it (three-way, against the copy as checked "
                    "out)"))
        self.merge_button.clicked.connect(lambda: self.merge_copy())
        self.open_button.clicked.connect(self.open_selected)
        self.publish_button.clicked.connect(self.publish_current)
        self.buttons.rejected.connect(self.reject)
        # The list's connection ends with the dialog (an open project has its own).
        self.finished.connect(self._disconnect)
        self._enable()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def _disconnect(self, *_args) -> None:
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None

    def _enable(self) -> None:
        for button in (self.open_button, self.publish_button, self.merge_button):
            button.setEnabled(self.workspace is not None)

    def _say(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def connect_now(self) -> bool:
        """Connect to the address typed and list its projects; False (and why, under the
        list) when that fails."""
        from pmdesk.store.workspace import Workspace, WorkspaceError, shown_dsn

        self._disconnect()
        try:
            self.workspace = Workspace(self.address_edit.text())
        except WorkspaceError as exc:
            self._say(str(exc))
            self._fill([])
            self._enable()
            return False
        user_settings.save_soon(_LAST_ADDRESS, shown_dsn(self.address_edit.text()))
        self._say("")
        self._enable()
        return self.refresh()

    def refresh(self) -> bool:
        from pmdesk.store.workspace import WorkspaceError

        assert self.workspace is not None
        try:
            entries = self.workspace.projects_with_health()
        except WorkspaceError as exc:
            self._say(str(exc))
            return False
        self._fill(entries)
        if not entries:
            self._say(self.tr("The workspace has no projects yet: publish this one."))
        return True

    def _fill(self, entries: list[ProjectEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            for c, value in enumerate(health_cells(entry)):
                item = QTableWidgetItem(value)
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if entries:
            self.table.selectRow(0)

    def open_selected(self) -> None:
        from pmdesk.ui.workspace.live import open_project

        entry = self._chosen()
        if entry is None or self.workspace is None:
            return
        if open_project(self._window, self.workspace, entry.id):
            self.accept()

    def _chosen(self) -> ProjectEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if self.workspace is None or not rows:
            self._say(self.tr("Choose a project in the list."))
            return None
        return self.entries[rows[0].row()]

    def merge_copy(self, path: str | None = None) -> bool:
        """Merge a checked-out copy back into the chosen project; conflicts are decided by
        asking (keep the workspace's, take the copy's, or stop with nothing written)."""
        from PySide6.QtWidgets import QFileDialog

        entry = self._chosen()
        if entry is None or self.workspace is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Merge a Copy Back"), "",
                                                  self.tr("pmdesk projects (*.pmdesk)"))
            if not path:
                return False
        return self._merge(entry, Path(path), None)

    def _merge(self, entry: ProjectEntry, path: Path, prefer: str | None) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from pmdesk.store.sharing import MergeConflicts
        from pmdesk.store.workspace import WorkspaceError, merge_back

        assert self.workspace is not None
        try:
            merged = merge_back(self.workspace, entry.id, path, prefer)
        except MergeConflicts as exc:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge a Copy Back"),
                              self.tr("{} between the copy and the workspace:").format(exc)
                              + "\n" + "\n".join(c.text() for c in exc.conflicts[:8]),
                              parent=self)
            keep = box.addButton(
                self.tr("Keep the Workspace's"), QMessageBox.ButtonRole.AcceptRole)
            take = box.addButton(self.tr("Take the Copy's"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            choice = box.clickedButton()
            if choice not in (keep, take):
                self._say(self.tr("Nothing merged."))
                return False
            return self._merge(entry, path, "mine" if choice is keep else "theirs")
        except WorkspaceError as exc:
            self._say(str(exc))
            return False
        self.refresh()
        said = self.tr("Merged {} into {}: {} rows taken from the copy, {} conflicts "
                       "decided.").format(path.name, entry.name, merged.taken, merged.decided)
        if merged.settled:
            said += "\n" + self.tr("Added in both, settled: {}").format("; ".join(merged.settled))
        self._say(said)
        return True

    def publish_current(self) -> None:
        """Put the project in the window into the workspace, as a new project."""
        from pmdesk.store.workspace import WorkspaceError

        if self.workspace is None:
            return
        try:
            entry = self.workspace.publish(self._window.controller.plan)
        except WorkspaceError as exc:
            self._say(str(exc))
            return
        self.refresh()
        self._say(self.tr("Published {}: open it to edit it with the team.").format(entry.name))


def connect_dialog(window: MainWindow, address: str = "", connect: bool = False
                   ) -> WorkspaceDialog:
    """Show File ▸ Connect to Workspace… (connected at once to ``address`` with
    ``connect``); the dialog closes itself once a project opens."""
    dialog = WorkspaceDialog(window, address)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # modal to the window, without blocking the caller
    if connect and address:
        dialog.connect_now()
    return dialog
