"""Export, preview and print a view of the project with the options of the command line.

The preview and the printer get the same pages as the PDF: all three paint the document
that :func:`pmdesk.render.export.document_for` lays out, so what a PM previews is what
lands in the file or on paper.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.columns import printed_columns, task_columns
from pmdesk.render.export import document_for, export_document
from pmdesk.render.pages import PAPERS, ExportOptions, Fit, PageCanvas, Scale, paint_document
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import add_rows, ask_file, check_item, ticked
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word

VIEW_TITLES = {"gantt": QT_TRANSLATE_NOOP("ExportDialog", "Gantt chart"),
               "board": QT_TRANSLATE_NOOP("ExportDialog", "Board"),
               "risks": QT_TRANSLATE_NOOP("ExportDialog", "Risk register"),
               "report": QT_TRANSLATE_NOOP("ExportDialog", "Status report"),
               "backlog": QT_TRANSLATE_NOOP("ExportDialog", "Product backlog"),
               "roadmap": QT_TRANSLATE_NOOP("ExportDialog", "Roadmap")}
FIT_TITLES = {Fit.WIDTH: QT_TRANSLATE_NOOP("ExportDialog",
                                           "Fit the page width, as many pages down as needed"),
              Fit.PAGE: QT_TRANSLATE_NOOP("ExportDialog", "Fit on one page"),
              Fit.TILE: QT_TRANSLATE_NOOP("ExportDialog", "Tile pages to tape together")}


class ExportDialog(QDialog):
    """Options of an export, with Preview, Print and Export buttons."""

    def __init__(self, controller, parent: QWidget | None = None, view: str = "gantt",
                 rows: list[str] | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rows = rows
        self.roadmap_layout = ("timeline", "theme")  # as the Roadmap view shows it
        self.setWindowTitle(self.tr("Export and Print"))

        self.view = QComboBox()
        for key, title in VIEW_TITLES.items():
            self.view.addItem(self.tr(title), key)
        tiles = self._build_page_fields()
        dates = self._build_chart_fields()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("exportMessage")

        form = add_rows(QFormLayout(), (self.tr("View"), self.view),
                        (self.tr("Paper"), self.paper),
                        (self.tr("Orientation"), self.orientation),
                        (self.tr("Margins"), self.margin),
                        (self.tr("Text size"), self.font_size), (self.tr("Layout"), self.fit),
                        (self.tr("Tiles"), tiles),
                        (self.tr("Time scale"), self.scale), (self.tr("Dates"), dates),
                        (self.tr("Columns"), self.columns), ("", self.chart_only),
                        ("", self.legend))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())

        self.view.currentIndexChanged.connect(self._update_enabled)
        self.fit.currentIndexChanged.connect(self._update_enabled)
        self.use_range.toggled.connect(self._update_enabled)
        self.chart_only.toggled.connect(self._update_enabled)
        self.set_view(view)

    def _build_page_fields(self) -> QHBoxLayout:
        """Paper, orientation, margins, text size and page layout; returns the tiles row."""
        self.paper = QComboBox()
        self.paper.addItems(list(PAPERS))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 50)
        self.margin.setSuffix(self.tr(" mm"))
        self.margin.setValue(10)
        self.font_size = QDoubleSpinBox()
        self.font_size.setRange(7, 24)
        self.font_size.setSingleStep(0.5)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(8)
        self.fit = QComboBox()
        for fit, title in FIT_TITLES.items():
            self.fit.addItem(self.tr(title), fit.value)
        self.tile_rows = QSpinBox()
        self.tile_cols = QSpinBox()
        for spin in (self.tile_rows, self.tile_cols):
            spin.setRange(0, 50)
            spin.setSpecialValueText(self.tr("auto"))
        tiles = QHBoxLayout()
        tiles.addWidget(self.tile_rows)
        tiles.addWidget(QLabel(self.tr("rows ×")))
        tiles.addWidget(self.tile_cols)
        tiles.addWidget(QLabel(self.tr("columns")))
        return tiles

    def _build_chart_fields(self) -> QHBoxLayout:
        """Time scale, date range, columns, chart-only and legend; returns the dates row."""
        controller = self.controller
        self.scale = QComboBox()
        self.scale.addItem(self.tr("Automatic"), None)
        for s in Scale:
            self.scale.addItem(core_word(s.value.capitalize()), s.value)
        self.use_range = QCheckBox(self.tr("Only from"))
        start = controller.schedule.project_start.date()
        finish = controller.schedule.project_finish.date()
        self.date_from = DateField(start, with_time=False)
        self.date_to = DateField(finish, with_time=False)
        dates = QHBoxLayout()
        dates.addWidget(self.use_range)
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.date_to)
        self.chart_only = QCheckBox(self.tr("Chart only, no table"))
        self.legend = QCheckBox(self.tr("Legend"))
        self.legend.setChecked(True)
        self.columns = QListWidget()
        printed = printed_columns()
        for col in task_columns():
            item = check_item(QCoreApplication.translate("Columns", col.name), col.key,
                              col.key in printed)
            item.setToolTip(QCoreApplication.translate("Columns", col.tooltip)
                            if col.tooltip else "")
            self.columns.addItem(item)
        self.columns.setMaximumHeight(120)
        return dates

    def _build_buttons(self) -> QDialogButtonBox:
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for b in (self.preview_button, self.print_button, self.export_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        return buttons

    # -- options ---------------------------------------------------------------------------

    def set_view(self, view: str) -> None:
        self.view.setCurrentIndex(max(0, self.view.findData(view)))
        self._update_enabled()

    def _update_enabled(self) -> None:
        gantt = self.view.currentData() == "gantt"
        self.orientation.setCurrentIndex(1 if self.view.currentData() == "report" else 0)
        for w in (self.fit, self.scale, self.use_range, self.chart_only, self.legend):
            w.setEnabled(gantt)
        tile = gantt and self.fit.currentData() == Fit.TILE.value
        self.tile_rows.setEnabled(tile)
        self.tile_cols.setEnabled(tile)
        ranged = (gantt or self.view.currentData() == "roadmap") and self.use_range.isChecked()
        self.use_range.setEnabled(gantt or self.view.currentData() == "roadmap")
        self.date_from.setEnabled(ranged)
        self.date_to.setEnabled(ranged)
        self.columns.setEnabled(gantt and not self.chart_only.isChecked())

    def checked_columns(self) -> tuple[str, ...]:
        return tuple(ticked(self.columns))

    def options(self) -> ExportOptions:
        """The options as chosen; ValueError with a message for the user when they clash."""
        tiles = None
        if self.tile_rows.value() and self.tile_cols.value():
            tiles = (self.tile_rows.value(), self.tile_cols.value())
        columns = self.checked_columns()
        if not columns and not self.chart_only.isChecked() and self.view.currentData() == "gantt":
            raise ValueError("Choose at least one column, or print the chart only.")
        return ExportOptions(
            view=self.view.currentData(),
            paper=self.paper.currentText(),
            landscape=self.orientation.currentData(),
            margin_mm=self.margin.value(),
            font_pt=self.font_size.value(),
            fit=self.fit.currentData(),
            tiles=tiles,
            scale=self.scale.currentData(),
            date_from=self.date_from.read_day("From") if self.use_range.isChecked() else None,
            date_to=self.date_to.read_day("To") if self.use_range.isChecked() else None,
            columns=columns or ("name",),
            chart_only=self.chart_only.isChecked(),
            legend=self.legend.isChecked(),
            rows=tuple(self.rows) if self.rows is not None else None,
            layout=self.roadmap_layout[0],
            lanes=self.roadmap_layout[1],
        )

    def _checked_options(self) -> ExportOptions | None:
        try:
            options = self.options()
        except ValueError as exc:
            self.show_message(str(exc), error=True)
            return None
        self.show_message("")
        return options

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c62828;" if error else "")

    # -- output ----------------------------------------------------------------------------

    def export_to(self, path: Path) -> bool:
        """Write the file; a problem is shown in the dialog, which stays open."""
        options = self._checked_options()
        if options is None:
            return False
        c = self.controller
        try:
            pages = export_document(c.plan, c.schedule, path, options)
        except (ValueError, OSError) as exc:
            self.show_message(str(exc), error=True)
            return False
        self.show_message(self.tr("Wrote {} (1 page).").format(path.name) if pages == 1
                          else self.tr("Wrote {} ({} pages).").format(path.name, pages))
        return True

    def export_dialog(self) -> None:
        suggested = Path(self.controller.plan.project.name or "plan").with_suffix(".pdf").name
        path = ask_file(self, self.tr("Export"), self.tr("PDF (*.pdf);;PNG image (*.png)"),
                        suggested, save=True)
        if path:
            self.export_to(path)

    def paint_on(self, printer: QPrinter) -> int:
        """Paint the pages onto ``printer`` (a preview or a real one); the pages painted."""
        options = self._checked_options()
        if options is None:
            return 0
        printer.setFullPage(True)
        printer.setPageLayout(options.page_layout())
        canvas = PageCanvas(printer)
        try:
            c = self.controller
            document = document_for(canvas, c.plan, c.schedule, options)
            first, last = printer.fromPage(), printer.toPage()
            span = (first, last) if first and last else None
            return paint_document(canvas, document, span)
        finally:
            canvas.end()

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(72)  # a point per unit, as in the PDF
        printer.setDocName(self.controller.plan.project.name)
        return printer

    def preview(self) -> None:
        if self._checked_options() is None:
            return
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self.paint_on)
        dialog.exec()

    def print_dialog(self) -> None:
        if self._checked_options() is None:
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.paint_on(printer)
