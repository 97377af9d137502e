"""Importing a foreign plan without freezing the window.

An .mpp file is read by MPXJ in a Java process, which takes a second or more (a large XML
file, GanttProject plan or sheet takes a while too). The reading runs in a worker thread
while the window keeps painting under a busy cursor; after half a second a progress dialog
offers Cancel (or Esc).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from pmdesk.core.model import Plan

if TYPE_CHECKING:
    from pmdesk.interchange.sheets import SheetOptions


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What a background import gave: the plan, or why not (``cancelled`` when the user
    stopped it, which needs no error message)."""

    plan: Plan | None
    error: str = ""
    cancelled: bool = False


class ImportThread(QThread):
    """Reads one file with :func:`pmdesk.interchange.read_plan`; never raises."""

    def __init__(self, path: Path, parent: QObject | None = None,
                 sheet: SheetOptions | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._sheet = sheet
        self._stop = threading.Event()
        self.outcome = ImportOutcome(None, f"{path}: the import did not run")

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from pmdesk.interchange import ImportCancelled, read_plan

        try:
            plan = read_plan(self._path, cancelled=self._stop.is_set, sheet=self._sheet)
        except ImportCancelled as exc:
            self.outcome = ImportOutcome(None, str(exc), cancelled=True)
        except ValueError as exc:
            self.outcome = ImportOutcome(None, str(exc))
        except Exception as exc:
            self.outcome = ImportOutcome(None, f"{self._path}: cannot import: {exc!r}")
        else:
            self.outcome = ImportOutcome(plan)


def read_plan_in_background(parent: QWidget, path: Path,
                            sheet: SheetOptions | None = None) -> ImportOutcome:
    """Read ``path`` in a worker thread; the window stays live and the user can cancel.
    ``sheet`` is the column mapping chosen for a .csv or .xlsx sheet."""
    thread = ImportThread(path, parent, sheet)
    progress = QProgressDialog(f"Reading {path.name}…", "Cancel", 0, 0, parent)
    progress.setWindowTitle(QCoreApplication.translate("Importing", "Import"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(500)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)  # starts the clock after which the dialog shows itself
    progress.canceled.connect(thread.cancel)
    # Esc rejects the dialog; before the window manager has activated it, that hides the
    # dialog without a canceled() signal, so a rejection cancels too.
    progress.rejected.connect(thread.cancel)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        thread.start()
        loop.exec()
    finally:
        QApplication.restoreOverrideCursor()
        thread.wait()
        progress.hide()
        progress.deleteLater()
        thread.deleteLater()
    return thread.outcome
