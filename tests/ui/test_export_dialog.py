"""The export dialog: the options a PM picks reach the file, the preview shows the same
pages as the PDF, and a bad choice is explained in the dialog instead of failing."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def dialog(qtbot) -> ExportDialog:
    controller = ProjectController(build_demo_plan(date(2026, 11, 2)))
    d = ExportDialog(controller)
    qtbot.addWidget(d)
    return d


def pdf_pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(line.split()[-1] for line in out.stdout.splitlines()
                    if line.startswith("Pages:")))


def test_the_chosen_options_reach_the_file(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.paper.setCurrentText("A3")
    dialog.fit.setCurrentIndex(dialog.fit.findData("page"))
    options = dialog.options()
    assert options.paper == "A3" and options.fit == "page" and options.is_landscape
    out = tmp_path / "plan.pdf"
    assert dialog.export_to(out)
    assert out.exists()
    assert "Wrote plan.pdf" in dialog.message.text()


def test_columns_are_picked_by_ticking_them(dialog: ExportDialog) -> None:
    for i in range(dialog.columns.count()):
        item = dialog.columns.item(i)
        key = item.data(Qt.ItemDataRole.UserRole)
        item.setCheckState(Qt.CheckState.Checked if key in ("name", "cost")
                           else Qt.CheckState.Unchecked)
    assert dialog.options().columns == ("name", "cost")


def test_no_column_and_no_chart_only_is_explained(dialog: ExportDialog,
                                                  tmp_path: Path) -> None:
    for i in range(dialog.columns.count()):
        dialog.columns.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_to(tmp_path / "x.pdf")
    assert "at least one column" in dialog.message.text()
    assert list(tmp_path.iterdir()) == []


def test_a_backwards_date_range_names_both_dates(dialog: ExportDialog, qtbot, type_text,
                                                 tmp_path: Path) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.date_from.isEnabled()
    qtbot.mouseClick(dialog.use_range, Qt.MouseButton.LeftButton)
    assert dialog.date_from.isEnabled()
    type_text(dialog.date_from, "10 Jan 2027")
    type_text(dialog.date_to, "2026-12-01")
    assert not dialog.export_to(tmp_path / "x.pdf")
    assert "2026-12-01" in dialog.message.text() and "2027-01-10" in dialog.message.text()
    assert list(tmp_path.iterdir()) == []


def test_the_report_defaults_to_portrait_and_disables_gantt_options(dialog) -> None:
    dialog.set_view("report")
    assert dialog.orientation.currentData() is False
    assert not dialog.fit.isEnabled() and not dialog.columns.isEnabled()
    dialog.set_view("gantt")
    dialog.fit.setCurrentIndex(dialog.fit.findData("tile"))
    assert dialog.tile_rows.isEnabled() and dialog.tile_cols.isEnabled()


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="pdfinfo is not installed")
def test_printing_paints_the_same_pages_as_the_pdf(dialog: ExportDialog,
                                                  tmp_path: Path) -> None:
    exported = tmp_path / "file.pdf"
    assert dialog.export_to(exported)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = dialog.paint_on(printer)
    assert pages == pdf_pages(exported) == pdf_pages(printed)


def test_the_preview_shows_every_page(dialog: ExportDialog, qtbot) -> None:
    dialog.set_view("report")
    printer = dialog._printer()
    preview = QPrintPreviewDialog(printer, dialog)
    qtbot.addWidget(preview)
    preview.paintRequested.connect(dialog.paint_on)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() >= 1
    assert widget.orientation() == widget.orientation().Portrait
