"""Adding a column is one declaration: the Gantt table, the PDF table, the export dialog and
``pmdesk export --columns`` all show it, and a person's column layout survives it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pmdesk.core import columns as core_columns
from pmdesk.core.columns import TASK_COLUMNS, TaskColumn
from pmdesk.demo import build_demo_plan

# A column nobody has: the number of characters of the task's name.
TOY = TaskColumn("name_length", "Name Length", lambda tb, t: f"{len(t.name)} chars",
                 right=True, width=140, shown=True, tooltip="Letters in the task's name",
                 aliases=("letters",))


@pytest.fixture
def toy_declared(monkeypatch: pytest.MonkeyPatch) -> TaskColumn:
    """The toy column declared among the task table's columns, after Duration."""
    # The Gantt model's column numbers are made when its module is first imported: import
    # it before the toy is declared, so that later tests number the real columns.
    import pmdesk.ui.gantt.task_model  # noqa: F401

    at = TASK_COLUMNS.index("duration") + 1
    declared = core_columns.Columns((*TASK_COLUMNS.all[:at], TOY, *TASK_COLUMNS.all[at:]))
    monkeypatch.setattr(core_columns, "TASK_COLUMNS", declared)
    return TOY


def test_a_declared_column_shows_in_the_gantt_table(qtbot, qtmodeltester, toy_declared) -> None:
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.gantt.view import GanttView

    view = GanttView(ProjectController(build_demo_plan(date(2026, 11, 2))))
    qtbot.addWidget(view)
    model = view.model
    qtmodeltester.check(model)
    section = model.columns.index("name_length")
    assert model.headerData(section, Qt.Orientation.Horizontal) == "Name Length"
    uid = model.plan.tasks[0].uid
    assert model.index_of(uid, section).data() == f"{len(model.plan.tasks[0].name)} chars"
    header = view.table.header()
    assert not header.isSectionHidden(section)  # declared shown
    assert header.visualIndex(section) == header.visualIndex(model.columns.index("duration")) + 1
    assert header.sectionSize(section) == 140  # its declared width, wider than its header needs
    view.columns_menu.aboutToShow.emit()  # as when the user opens the menu
    menu_names = [a.text() for a in view.columns_menu.actions()]
    assert "Name Length" in menu_names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_declared_column_prints_and_is_chosen_on_the_command_line(
        qapp, toy_declared, demo_file: Path, tmp_path: Path, capsys) -> None:
    from pmdesk.cli import main

    out = tmp_path / "toy.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--columns", "name,Letters"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Name Length" in text
    assert re.search(r"\b\d+ chars\b", text)
    capsys.readouterr()
    assert main(["export", str(demo_file), "-o", str(out), "--columns", "name,colour"]) == 2
    assert "name_length" in capsys.readouterr().err  # the known keys include it


def test_a_declared_column_is_offered_by_the_export_dialog(qtbot, toy_declared) -> None:
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.dialogs.export_dialog import ExportDialog

    dialog = ExportDialog(ProjectController(build_demo_plan(date(2026, 11, 2))))
    qtbot.addWidget(dialog)
    items = [dialog.columns.item(i) for i in range(dialog.columns.count())]
    assert "Name Length" in [i.text() for i in items]


def test_a_layout_survives_a_column_declared_later(qtbot, monkeypatch) -> None:
    """Columns someone moved, widened and hid come back by key, and a column declared
    since shows right after the column declared before it."""
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.gantt.view import GanttView

    plan = build_demo_plan(date(2026, 11, 2))
    view = GanttView(ProjectController(plan))
    qtbot.addWidget(view)
    header = view.table.header()
    cols = view.model.columns
    header.resizeSection(cols.index("resources"), 222)
    view.set_column_visible(cols.index("complete"), False)
    header.moveSection(header.visualIndex(cols.index("finish")), 0)
    view.save_columns()
    before = [(k, w, h) for k, w, h in view.column_layout()]
    view.close()

    at = TASK_COLUMNS.index("duration") + 1
    monkeypatch.setattr(core_columns, "TASK_COLUMNS",
                        core_columns.Columns((*TASK_COLUMNS.all[:at], TOY,
                                              *TASK_COLUMNS.all[at:])))
    again = GanttView(ProjectController(plan))
    qtbot.addWidget(again)
    after = again.column_layout()
    assert [row for row in after if row[0] != "name_length"] == before
    keys = [k for k, _w, _h in after]
    assert keys[keys.index("duration") + 1] == "name_length"
    assert ("name_length", 140, False) in after


def test_a_layout_saved_by_position_is_read_by_key(qtbot) -> None:
    """A layout an earlier version saved (Qt's header state, by column position) comes
    back whole: which column is where, how wide, shown or not."""
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QHeaderView

    from pmdesk.ui import settings as user_settings
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.gantt.sheet_columns import _SAVED_BY_POSITION
    from pmdesk.ui.gantt.view import GanttView

    old = QHeaderView(Qt.Orientation.Horizontal)
    old.setModel(QStandardItemModel(0, len(_SAVED_BY_POSITION)))
    old.resizeSection(_SAVED_BY_POSITION.index("resources"), 222)
    old.setSectionHidden(_SAVED_BY_POSITION.index("complete"), True)
    old.moveSection(old.visualIndex(_SAVED_BY_POSITION.index("finish")), 0)
    plan = build_demo_plan(date(2026, 11, 2))
    s = user_settings.settings()
    s.setValue(f"gantt/{plan.project.uid}/header", old.saveState())
    s.sync()

    view = GanttView(ProjectController(plan))
    qtbot.addWidget(view)
    layout = {k: (w, h) for k, w, h in view.column_layout()}
    assert view.column_layout()[0][0] == "finish"
    assert layout["resources"] == (222, False) and layout["complete"][1] is True
    assert layout["notes"][1] is True  # declared since, hidden by default
