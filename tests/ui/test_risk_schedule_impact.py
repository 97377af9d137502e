"""A risk's chance and schedule impact as a PM enters them: typed into the register or the
Risk Information dialog (one undo step each, a bad value refused naming the field), and
the Schedule Risk tab saying which risks its run included."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from cell_editing import type_into_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from pmdesk.core.montecarlo import signed_days
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.risks import RiskDialog, RiskView
from pmdesk.ui.risks.model import Column

pytestmark = pytest.mark.xvfb

TODAY = date(2025, 3, 5)
DAY = 480


@pytest.fixture
def controller(qtbot) -> ProjectController:
    return ProjectController(build_demo_plan(TODAY))


@pytest.fixture
def view(qtbot, controller: ProjectController, show_active) -> RiskView:
    v = RiskView(controller)
    qtbot.addWidget(v)
    v.setMinimumSize(800, 500)
    v.resize(1400, 850)
    show_active(v)
    return v


def risk(controller: ProjectController, code: str):
    return next(r for r in controller.plan.risks if r.code == code)


def cell(view: RiskView, code: str, column: int):
    row = view.model.row_of(risk(view.controller, code).uid)
    return view.proxy.mapFromSource(view.model.index(row, column))


def type_in_cell(qtbot, view: RiskView, code: str, column: int, text: str) -> None:
    type_into_cell(qtbot, view.table, cell(view, code, column), text)


def test_typing_a_schedule_impact_and_chance_in_the_register(qtbot, view) -> None:
    controller = view.controller
    before = risk(controller, "R-002")
    type_in_cell(qtbot, view, "R-002", Column.SCHEDULE, "2d / 5d / 10d")
    after = risk(controller, "R-002")
    assert (after.schedule_min, after.schedule_likely, after.schedule_max) == (
        2 * DAY, 5 * DAY, 10 * DAY)
    assert cell(view, "R-002", Column.SCHEDULE).data() == "2d / 5d / 10d"
    assert cell(view, "R-002", Column.CHANCE).data() == "(50 %)"  # probability 3's share
    type_in_cell(qtbot, view, "R-002", Column.CHANCE, "35 %")
    assert risk(controller, "R-002").chance == 35
    assert cell(view, "R-002", Column.CHANCE).data() == "35 %"
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert risk(controller, "R-002") == before


# Typed text, and what the refusal says after "R-002 <column>: '<text>'".
BAD_CELLS = [
    ("SCHEDULE", "-3d", "is negative"), ("SCHEDULE", "soon", "is not a duration"),
    ("SCHEDULE", "9d / 2d / 4d", "min <= likely <= max"), ("SCHEDULE", "3ed", "working time"),
    ("CHANCE", "150", "from 0 to 100"), ("CHANCE", "nan", "is not a chance"),
    ("CHANCE", "likely", "is not a percent"),
]


def test_a_bad_value_in_the_register_is_refused_naming_it(qtbot, view) -> None:
    controller = view.controller
    before = list(controller.plan.risks)
    for column, text, says in BAD_CELLS:
        header = "schedule impact" if column == "SCHEDULE" else "chance"
        with qtbot.waitSignal(controller.error) as error:
            type_in_cell(qtbot, view, "R-002", getattr(Column, column), text)
        message = error.args[0]
        assert message.startswith(f"R-002 {header}: '{text}'") and says in message
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the editor
    assert controller.plan.risks == before and controller.undo_stack.count() == 0


def test_the_dialog_takes_a_chance_and_schedule_impact_in_one_undo_step(
        qtbot, controller, type_text) -> None:
    original = risk(controller, "R-003")
    dialog = RiskDialog(controller, original.uid, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.chance.text() == "" and dialog.chance.placeholderText().startswith("50 ")
    type_text(dialog.schedule, "1d / 2d / 4d")
    type_text(dialog.chance, "35")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    saved = risk(controller, "R-003")
    assert (saved.chance, saved.schedule_min, saved.schedule_likely, saved.schedule_max) == (
        35, DAY, 2 * DAY, 4 * DAY)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert risk(controller, "R-003") == original


def test_the_dialog_names_a_bad_chance_or_schedule_impact(qtbot, controller,
                                                         type_text) -> None:
    original = risk(controller, "R-003")
    for field, text, message in (
            ("chance", "abc", "Chance: 'abc' is not a percent"),
            ("chance", "101", "Chance: '101' is not a chance"),
            ("schedule", "5ed", "Schedule impact: '5ed': a schedule impact is working time"),
            ("schedule", "-1d", "Schedule impact: '-1d' is negative")):
        dialog = RiskDialog(controller, original.uid, today=TODAY)
        qtbot.addWidget(dialog)
        type_text(getattr(dialog, field), text)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert message in dialog.message.text() and dialog.tabs.currentIndex() == 1
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert dialog.result() == QDialog.DialogCode.Rejected
    assert risk(controller, "R-003") == original and controller.undo_stack.count() == 0


def test_the_schedule_risk_tab_names_the_risks_its_run_included(qtbot, view) -> None:
    panel = view.schedule_risk
    assert "3 risks have a schedule impact" in panel.status.text()
    panel.iterations.setValue(200)
    panel.seed.setText("4")
    with qtbot.waitSignal(panel.finished, timeout=60_000) as done:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    result = done.args[0]
    assert [r.code for r in result.risks] == ["R-001", "R-007", "R-009"]
    text = panel.status.text()
    assert "Risks included: 3 of the 12 open risks (R-001, R-007, R-009)" in text
    assert f"R-007 +1d / 3d / 5d at 40 % happened in {result.risks[1].occurred:.0%}" in text
    qtbot.waitUntil(lambda: not panel.running)
    # The register shows what each risk did to P80 in that run; the others stay empty.
    for r in result.risks:
        days = r.p80_effect_days
        assert cell(view, r.code, Column.P80_EFFECT).data() == signed_days(days)
    assert result.risks[2].p80_effect_days > 0  # the pricing rework moves P80
    assert cell(view, "R-002", Column.P80_EFFECT).data() == ""
    r = risk(view.controller, "R-001")
    view.model.commit(r, replace(r, chance=10), "Lower chance")
    assert "changed since this run" in panel.status.text()
