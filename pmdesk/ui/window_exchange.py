"""File ▸ Import, Export, Export PDF / PNG and Print: plans in and out of the main window.

The window owns one :class:`ExchangeCommands`; its actions call these methods. Reading a
foreign plan installs it as a new unsaved project; writing never touches the project. A
file dropped on the window, or named on the command line, opens when it is a pmdesk project
and is imported when it is another tool's plan (:meth:`ExchangeCommands.open_or_import`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmdesk.fileio import describe_path
from pmdesk.ui.dialog_parts import ask_file
from pmdesk.ui.i18n import filter_words

# Words of message boxes, in this module's context (scripts/update_translations.py finds them).
_translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pmdesk.interchange import ExportOptions, SheetOptions
    from pmdesk.ui.dialogs.export_dialog import ExportDialog
    from pmdesk.ui.main_window import MainWindow


class ExchangeCommands:
    """Import and export for ``window``: the file dialogs, the questions, the messages."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    # -- open or import ---------------------------------------------------------------------

    def open_or_import(self, path: Path, fallback_to_demo: bool = False) -> bool:
        """Open ``path`` as a project, or import it when its suffix is another tool's
        (``pmdesk plan.mpp``, a .xml dropped on the window); on failure the window says why
        and keeps its project (the demo, with ``fallback_to_demo``, when it had none)."""
        from pmdesk.interchange import IMPORT_SUFFIXES

        window = self._window
        if path.suffix.lower() not in IMPORT_SUFFIXES:
            return window.open_path(path, interactive=True, fallback_to_demo=fallback_to_demo)
        if self.import_path(path):
            return True
        if fallback_to_demo and not window.has_document():
            window.open_demo()
        return False

    # -- import ----------------------------------------------------------------------------

    def import_path(self, path: Path, sheet: SheetOptions | None = None) -> bool:
        """Import a foreign plan as a new unsaved project. The window stays live while it
        is read (an .mpp goes through Java); on failure it says why and keeps its project.
        A .csv or .xlsx sheet goes through the column mapping step first, unless ``sheet``
        (:class:`~pmdesk.interchange.SheetOptions`) gives the mapping."""
        from pmdesk.interchange import SHEET_SUFFIXES
        from pmdesk.ui.importing import read_plan_in_background

        window = self._window
        if sheet is None and path.suffix.lower() in SHEET_SUFFIXES:
            sheet = self._map_sheet(path)
            if sheet is None:
                return False
        outcome = read_plan_in_background(window, path, sheet)
        if outcome.plan is None:
            if outcome.cancelled:
                window.statusBar().showMessage(
                    _translate("ExchangeCommands", "Import of {} cancelled").format(
                        path.name), 4000)
            else:
                QMessageBox.critical(window,
                    _translate("ExchangeCommands", "Cannot import"), outcome.error)
            return False
        if not window.install_new(outcome.plan, "Cannot import"):
            return False
        window.statusBar().showMessage(
            _translate("ExchangeCommands", "Imported {}: {} tasks").format(
                path.name, len(outcome.plan.tasks)), 4000
        )
        return True

    def _map_sheet(self, path: Path) -> SheetOptions | None:
        """The column mapping step of a sheet import; None when refused or cancelled."""
        from pmdesk.ui.dialogs.interchange import SheetImportDialog

        try:
            dialog = SheetImportDialog(path, self._window)
        except ValueError as exc:
            QMessageBox.critical(self._window,
                _translate("ExchangeCommands", "Cannot import"), str(exc))
            return None
        return dialog.options() if dialog.exec() else None

    def import_dialog(self) -> None:
        if not self._window.maybe_save():
            return
        from pmdesk.interchange import IMPORT_SUFFIXES, file_filter

        path = ask_file(self._window, _translate("ExchangeCommands", "Import Plan"),
                        filter_words(file_filter(IMPORT_SUFFIXES)))
        if path:
            self.import_path(path)

    # -- export ----------------------------------------------------------------------------

    def export_path(self, path: Path, options: ExportOptions | None = None) -> bool:
        """Write the plan to ``path`` in the format its suffix names; ``options``
        (:class:`~pmdesk.interchange.ExportOptions`) say what a table or calendar holds."""
        from pmdesk.interchange import write_plan

        controller = self._window.controller
        try:
            write_plan(controller.plan, path, controller.schedule, options)
        except (ValueError, OSError) as exc:
            message = str(exc)
            if isinstance(exc, OSError) and exc.strerror:
                message = f"{describe_path(path)}: cannot be written ({exc.strerror.lower()})"
            QMessageBox.critical(self._window,
                _translate("ExchangeCommands", "Cannot export"), message)
            return False
        self._window.statusBar().showMessage(
            _translate("ExchangeCommands", "Exported {}").format(path), 4000)
        return True

    def export_dialog(self) -> None:
        from pmdesk.interchange import EXPORT_SUFFIXES, file_filter

        suggested = f"{self._window.controller.plan.project.name}.xml"
        path, chosen = QFileDialog.getSaveFileName(self._window,
            _translate("ExchangeCommands", "Export Plan"), suggested,
                                                   filter_words(file_filter(EXPORT_SUFFIXES)))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_SUFFIXES:
            # A name typed without a suffix takes the one of the format picked.
            picked = [s for s in EXPORT_SUFFIXES if f"*{s})" in chosen or f"*{s} " in chosen]
            target = target.with_name(target.name + (picked[0] if picked else ".xml"))
        options = self._export_options(target.suffix.lower())
        if options is not False:
            self.export_path(target, options)

    def _export_options(self, suffix: str) -> ExportOptions | None | Literal[False]:
        """What a .csv, .xlsx or .ics export holds (asked); False when cancelled."""
        from pmdesk.interchange import SHEET_SUFFIXES
        from pmdesk.ui.dialogs.interchange import ExportOptionsDialog, gantt_columns

        if suffix not in (*SHEET_SUFFIXES, ".ics"):
            return None
        window = self._window
        gantt = window.ensure_view("gantt")
        plan = window.controller.plan
        dialog = ExportOptionsDialog(suffix, gantt_columns(gantt), bool(plan.risks), window,
                                     has_backlog=bool(plan.features))
        if not dialog.exec():
            return False
        options = dialog.options()
        number = getattr(getattr(gantt, "model", None), "baseline_number", 0)
        return replace(options, baseline_number=number)

    # -- pages (PDF, PNG, print) -----------------------------------------------------------

    def export_pages(self, view: str | None = None) -> ExportDialog:
        """The export dialog on the current view (Gantt: the rows as shown, collapsed
        summaries and all)."""
        from pmdesk.ui.dialogs.export_dialog import ExportDialog

        window = self._window
        key = view or window.current_view_key()
        rows = None
        gantt = window.views.get("gantt")
        if key == "gantt" and gantt is not None:
            rows = list(getattr(gantt, "visible_rows", []) or []) or None
        if key == "product":
            key = "backlog"  # the Product view prints its backlog and chart
        dialog = ExportDialog(window.controller, window, view=key if key in (
            "gantt", "board", "risks", "report", "backlog", "roadmap") else "report", rows=rows)
        roadmap = window.views.get("roadmap")
        if roadmap is not None:
            dialog.roadmap_layout = getattr(roadmap, "export_settings", dialog.roadmap_layout)
        return dialog

    def export_pages_dialog(self) -> None:
        self.export_pages().exec()

    def print_pages(self) -> None:
        self.export_pages().print_dialog()


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local file a drag brings, when pmdesk can open or import it."""
    from pmdesk.interchange import IMPORT_SUFFIXES

    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in {".pmdesk", *IMPORT_SUFFIXES} else None


class FileDrops(QObject):
    """Drag a .pmdesk project, or an MS Project, GanttProject, Planner, Excel or CSV plan,
    from the file manager onto the window: it opens (or is imported) as with File ▸ Open,
    after the question about unsaved changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and \
                isinstance(event, QDragEnterEvent | QDropEvent):
            if dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_file(event)
            if path is not None:
                event.acceptProposedAction()
                window = self._window
                if window.maybe_save():
                    window.exchange.open_or_import(path)
                return True
        return super().eventFilter(watched, event)
