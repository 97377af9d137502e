"""File ▸ Import and Export for every format, worked as a user works them: the sheet's
column mapping step, the export's choices, keys and clicks."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QRadioButton,
)

from pmdesk.core.columns import TASK_COLUMNS, TaskTable, column, column_key
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.interchange import ExportOptionsDialog, SheetImportDialog
from pmdesk.ui.gantt.task_model import Column, TaskTableModel
from pmdesk.ui.main_window import MainWindow

# Dialogs opened, keyed and closed as on a desktop: also under a real window manager.
pytestmark = pytest.mark.xvfb

SHEET = (
    "Task,Length,Begins,Depends on,Owner,Done,Level\n"
    "Discovery,,,,,,1\n"
    "Interviews,5 days,02/03/2026,,Ana[50%],100%,2\n"
    "Survey,2w,,2,Ben,40%,2\n"
    "Sign-off,0,,3,,,1\n"
)


@pytest.fixture
def window(demo_copy_window) -> MainWindow:
    return demo_copy_window


def _open_answers(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(path), "CSV sheet (*.csv)"))


def _save_answers(monkeypatch, path: Path, chosen: str = "") -> list[str]:
    filters: list[str] = []

    def answer(parent, caption, suggested, filter_text, *args, **kwargs):
        filters.append(filter_text)
        return str(path), chosen or filter_text

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return filters


def _press(window: MainWindow, qtbot, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)


def _button(dialog: QDialog, which: QDialogButtonBox.StandardButton):
    return dialog.findChild(QDialogButtonBox).button(which)


# --------------------------------------------------------------------------- import


def test_a_sheet_import_maps_its_columns_in_a_dialog(window, qtbot, on_modal, monkeypatch,
                                                     tmp_path) -> None:
    source = tmp_path / "colleague.csv"
    source.write_text(SHEET, encoding="utf-8")
    _open_answers(monkeypatch, source)

    def map_and_import(dialog: SheetImportDialog) -> None:
        # The usual headers were recognised; "Done" is not one of them: the user picks
        # "% Complete" for it by typing in its field list, then clicks Import.
        assert [c.currentData() for c in dialog.combos] == [
            "name", "duration", "start", "predecessors", "resources", "", "outline_level"]
        done = dialog.combos[5]
        done.setFocus()
        qtbot.keyClicks(done, "%")  # a combo box finds its item by the letters typed
        assert done.currentData() == "complete"
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    shown = on_modal(map_and_import)
    _press(window, qtbot, Qt.Key.Key_I)
    assert isinstance(shown(), SheetImportDialog), "the mapping step was shown"
    plan = window.controller.plan
    assert [t.name for t in plan.tasks] == ["Discovery", "Interviews", "Survey", "Sign-off"]
    assert [t.percent_complete for t in plan.tasks[1:3]] == [100, 40]
    assert plan.tasks[1].parent_uid == plan.tasks[0].uid
    assert [r.name for r in plan.resources] == ["Ana", "Ben"]
    assert window.document.path is None and "Imported colleague.csv" in (
        window.statusBar().currentMessage())


def test_esc_on_the_mapping_step_keeps_the_open_project(window, qtbot, on_modal, monkeypatch,
                                                        tmp_path) -> None:
    source = tmp_path / "colleague.csv"
    source.write_text(SHEET, encoding="utf-8")
    _open_answers(monkeypatch, source)
    before = [t.uid for t in window.controller.plan.tasks]
    shown = on_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    _press(window, qtbot, Qt.Key.Key_I)
    assert isinstance(shown(), SheetImportDialog)
    assert [t.uid for t in window.controller.plan.tasks] == before


def test_a_sheet_with_bad_rows_is_refused_naming_them(window, qtbot, on_modal, monkeypatch,
                                                      tmp_path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("Name,Duration\nA,1d\nB,soon\n", encoding="utf-8")
    _open_answers(monkeypatch, source)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    before = [t.uid for t in window.controller.plan.tasks]
    shown = on_modal(lambda d: _button(d, QDialogButtonBox.StandardButton.Ok).click())
    _press(window, qtbot, Qt.Key.Key_I)
    assert isinstance(shown(), SheetImportDialog)
    assert said and "row 3, Duration: 'soon' is not a duration" in said[0]
    assert [t.uid for t in window.controller.plan.tasks] == before


def test_the_mapping_step_gives_each_field_to_one_column(qtbot, tmp_path) -> None:
    source = tmp_path / "colleague.csv"
    source.write_text(SHEET, encoding="utf-8")
    dialog = SheetImportDialog(source)
    qtbot.addWidget(dialog)
    owner = dialog.combos[4]
    owner.setCurrentIndex(owner.findData("name"))
    assert dialog.combos[0].currentData() == "" and dialog.mapping()[4] == "name"
    owner.setCurrentIndex(0)
    ok = _button(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "task names" in dialog.status.text()
    # Dates such as 02/03/2026 read day first unless the sheet shows otherwise.
    assert dialog.options().day_first is True


def test_a_workbooks_worksheet_is_chosen_in_the_mapping_step(qtbot, tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Status report"])
    sheet = book.create_sheet("Tasks")
    sheet.append(["Name", "Duration"])
    sheet.append(["Build", "3d"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    dialog = SheetImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.sheet_pick.isVisibleTo(dialog)
    dialog.sheet_pick.setCurrentText("Tasks")
    assert dialog.options().sheet == "Tasks" and dialog.mapping() == {0: "name", 1: "duration"}


# --------------------------------------------------------------------------- export


def test_export_lists_every_format_and_writes_all_columns(window, qtbot, on_modal, monkeypatch,
                                                          tmp_path) -> None:
    out = tmp_path / "plan.xlsx"
    filters = _save_answers(monkeypatch, out)

    def all_columns(dialog: ExportOptionsDialog) -> None:
        radio = next(b for b in dialog.findChildren(QRadioButton) if "all" in b.text())
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    shown = on_modal(all_columns)
    _press(window, qtbot, Qt.Key.Key_E)
    assert isinstance(shown(), ExportOptionsDialog)
    for suffix in (".xml", ".gan", ".xlsx", ".csv", ".ics"):
        assert f"*{suffix}" in filters[0].split(";;")[0]
    header = [c.value for c in load_workbook(out).active[1]]
    assert header == [column(c.key).header + (" (EUR)" if c.key == "cost" else "")
                      for c in TASK_COLUMNS]


def test_export_writes_the_columns_the_gantt_view_shows(window, qtbot, on_modal, monkeypatch,
                                                        tmp_path) -> None:
    gantt = window.ensure_view("gantt")
    gantt.set_column_visible(Column.RESOURCES, False)
    gantt.set_column_visible(Column.SLACK, True)
    out = tmp_path / "plan.csv"
    _save_answers(monkeypatch, out)
    shown = on_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    _press(window, qtbot, Qt.Key.Key_E)
    assert isinstance(shown(), ExportOptionsDialog)
    with out.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    table = gantt.table.header()
    shown = [gantt.model.column_at(table.logicalIndex(v)).header for v in range(table.count())
             if not table.isSectionHidden(table.logicalIndex(v))]
    assert [column_key(h) for h in header] == [column_key(h) for h in shown]
    assert "Resources" not in header and "Total Slack" in header


def test_a_calendar_export_with_tasks_and_a_name_typed_without_suffix(window, qtbot, on_modal,
                                                                       monkeypatch,
                                                                       tmp_path) -> None:
    _save_answers(monkeypatch, tmp_path / "team calendar", chosen="iCalendar (*.ics)")

    def with_tasks(dialog: ExportOptionsDialog) -> None:
        qtbot.mouseClick(dialog.findChild(QCheckBox), Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    shown = on_modal(with_tasks)
    _press(window, qtbot, Qt.Key.Key_E)
    assert isinstance(shown(), ExportOptionsDialog)
    out = tmp_path / "team calendar.ics"
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    leaves = [t for t in window.controller.plan.tasks
              if t.uid not in {x.parent_uid for x in window.controller.plan.tasks}]
    assert len(events) == len(leaves)


def test_cancelling_the_export_choices_writes_nothing(window, qtbot, on_modal, monkeypatch,
                                                      tmp_path) -> None:
    _save_answers(monkeypatch, tmp_path / "plan.xlsx")
    shown = on_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    _press(window, qtbot, Qt.Key.Key_E)
    assert isinstance(shown(), ExportOptionsDialog)
    assert not (tmp_path / "plan.xlsx").exists()


def test_a_gan_export_needs_no_questions(window, qtbot, monkeypatch, tmp_path) -> None:
    out = tmp_path / "plan.gan"
    _save_answers(monkeypatch, out)
    _press(window, qtbot, Qt.Key.Key_E)
    assert out.read_bytes().startswith(b"<?xml") and b"<project" in out.read_bytes()[:200]
    assert f"Exported {out}" in window.statusBar().currentMessage()


# --------------------------------------------------------------------------- columns


def test_the_core_columns_read_as_the_gantt_table_shows(qapp) -> None:
    """An export shows what the table shows: the sheet's lookups, kept up to date edit by
    edit, read as those worked out afresh for an export."""
    controller = ProjectController(build_demo_plan(date(2026, 11, 2)))
    model = TaskTableModel(controller)
    table = TaskTable(controller.plan, controller.schedule, model.baseline_number)
    model.set_overallocated(table.overallocated)
    keys = {col: model.column_at(col).key for col in Column}
    for task in controller.plan.tasks:
        texts = model.row_texts(task.uid)
        for col, key in keys.items():
            assert column(key).text(table, task) == texts[col], (task.name, key)


def test_export_dialog_screens_offer_only_what_applies(qtbot) -> None:
    csv_choices = ExportOptionsDialog(".csv", ("name", "start"), has_risks=False)
    qtbot.addWidget(csv_choices)
    radios = {b.text(): b for b in csv_choices.findChildren(QRadioButton)}
    assert not radios["The &risk register"].isEnabled()
    assert csv_choices.options().columns == ("name", "start")
    ics = ExportOptionsDialog(".ics", (), has_risks=True)
    qtbot.addWidget(ics)
    assert not ics.findChildren(QRadioButton) and ics.options().tasks is False
    assert not any(isinstance(w, QComboBox) for w in ics.findChildren(QComboBox))


def test_the_risk_view_exports_its_register_to_excel_or_csv(window, monkeypatch,
                                                            tmp_path) -> None:
    from pmdesk.interchange.risks_csv import risk_rows

    view = window.ensure_view("risks")
    _save_answers(monkeypatch, tmp_path / "register", chosen="Excel workbook (*.xlsx)")
    view.action_export_csv.trigger()
    rows = [[c.value or "" for c in r]
            for r in load_workbook(tmp_path / "register.xlsx").active.iter_rows()]
    assert rows == risk_rows(window.controller.plan)
    _save_answers(monkeypatch, tmp_path / "register.csv")
    view.action_export_csv.trigger()
    with (tmp_path / "register.csv").open(encoding="utf-8-sig", newline="") as f:
        assert next(csv.reader(f))[:2] == ["ID", "Title"]


def test_export_dialog_offers_the_backlog_when_the_project_has_features(qtbot) -> None:
    dialog = ExportOptionsDialog(".xlsx", ("name",), has_risks=True, has_backlog=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    radios = {b.text(): b for b in dialog.findChildren(QRadioButton)}
    backlog = radios["The product &backlog, in rank order"]
    assert backlog.isEnabled()
    qtbot.mouseClick(backlog, Qt.MouseButton.LeftButton)
    assert dialog.options().table == "backlog"
    empty = ExportOptionsDialog(".csv", ("name",), has_risks=True)
    qtbot.addWidget(empty)
    assert not {b.text(): b for b in empty.findChildren(QRadioButton)}[
        "The product &backlog, in rank order"].isEnabled()
