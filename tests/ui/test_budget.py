"""The Budget view driven as a user would: budget lines, actual costs, baselines, EVM."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmdesk.core.model import (
    Assignment,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)
from pmdesk.demo import build_demo_plan
from pmdesk.render.palette import BAD, GOOD, WARN
from pmdesk.ui.budget import BaselineDialog, BudgetLineModel, BudgetView, CostEntryModel
from pmdesk.ui.controller import ProjectController

D = Decimal


def small_plan() -> Plan:
    cal = standard_calendar("cal")
    project = ProjectInfo(uid="p", name="Budget", start=datetime(2025, 3, 3, 8),
                          calendar_uid="cal", status_date=datetime(2025, 3, 7, 17))
    return Plan(project=project, calendars={"cal": cal},
                tasks=[Task("a", "Build", position=0, duration=10 * 480)],
                resources=[Resource("dev", "Dev", group="Engineering", standard_rate=D(60))],
                assignments=[Assignment("x", "a", "dev")])


@pytest.fixture
def view(qtbot) -> BudgetView:
    v = BudgetView(ProjectController(small_plan()))
    qtbot.addWidget(v)
    v.setMinimumSize(800, 500)
    v.resize(1400, 850)
    v.show()
    qtbot.waitExposed(v)
    return v


def totals(view: BudgetView) -> dict[str, list[str]]:
    t = view.totals
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, 6)]
            for r in range(t.rowCount())}


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    controller = ProjectController(build_demo_plan(date(2025, 3, 5)))
    qtmodeltester.check(BudgetLineModel(controller))
    qtmodeltester.check(CostEntryModel(controller))


def test_budget_line_and_cost_entry_edits_show_in_the_totals(qtbot, view) -> None:
    controller = view.controller
    view.action_add_budget_line.trigger()
    model = view.lines_model
    assert model.setData(model.index(0, 0), "Engineering")
    assert model.setData(model.index(0, 1), "5,000")
    view.action_add_cost.trigger()
    entries = view.entries_model
    assert entries.setData(entries.index(0, 0), "2025-03-05")
    assert entries.setData(entries.index(0, 1), "350")
    assert entries.setData(entries.index(0, 2), "Engineering")
    rows = totals(view)
    # 80 h at 60 = 4,800 planned; nothing done yet, so actual is the 350 invoice.
    assert rows["Engineering"] == ["€5,000.00", "€4,800.00", "€350.00", "€4,650.00", "€200.00"]
    assert rows["Project"][0] == "€5,000.00"
    # Spending past the budget turns Remaining red; its header says what it means.
    t = view.totals
    assert entries.setData(entries.index(0, 1), "5,350")
    assert totals(view)["Engineering"][3] == "-€350.00"
    row = next(r for r in range(t.rowCount()) if t.item(r, 0).text() == "Engineering")
    assert t.item(row, 4).foreground().color() == BAD
    assert t.item(row, 5).foreground().color() != BAD  # the plan still fits: €200 to spare
    assert "left to spend" in t.horizontalHeaderItem(4).toolTip()
    assert entries.setData(entries.index(0, 1), "350")
    errors = []
    controller.error.connect(errors.append)
    # A date is read as in every date cell (day first) and shown as the task table shows it.
    assert not entries.setData(entries.index(0, 0), "05/03/2025")  # the same day: no edit
    assert entries.setData(entries.index(0, 0), "6/3/2025")
    assert controller.plan.cost_entries[0].on == date(2025, 3, 6)
    assert entries.index(0, 0).data() == "Thu 06 Mar 2025"
    assert entries.index(0, 0).data(Qt.ItemDataRole.EditRole) == "2025-03-06"
    assert not entries.setData(entries.index(0, 0), "31/02/2025")
    assert "Cost entry 1, date" in errors[0]
    assert controller.plan.cost_entries[0].on == date(2025, 3, 6)
    for _ in range(10):  # two additions and eight typed cells
        controller.undo_stack.undo()
    assert controller.plan.budget_lines == [] and controller.plan.cost_entries == []


def test_evm_figures_follow_progress_and_the_eac_method(qtbot, view) -> None:
    controller = view.controller
    assert "no baseline saved" in view.evm_source.text()

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BaselineDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, accept_dialog)
    view.action_save_baseline.trigger()
    assert controller.undo_stack.undoText() == "Save baseline"
    assert "against baseline 0" in view.evm_source.text()
    from dataclasses import replace

    from pmdesk.core.patch import Patch

    task = controller.plan.tasks[0]
    controller.edit("Progress", Patch(tasks=(replace(task, percent_complete=40),)))
    # Status Fri 7 March: PV = 4,800 x 5/10 = 2,400; EV = 4,800 x 40 % = 1,920 = AC.
    assert view.evm_labels["pv"].text() == "€2,400.00"
    assert view.evm_labels["ev"].text() == "€1,920.00"
    assert view.evm_labels["spi"].text() == "0.80"
    assert view.evm_labels["cpi"].text() == "1.00"
    assert view.evm_labels["eac"].text() == "€4,800.00"
    # Coloured as the headlines and the status report judge them: SPI 0.80 is below 0.95,
    # a warning; CPI 1.00 is good; money figures without a sign to read stay plain.
    assert WARN.name() in view.evm_labels["spi"].styleSheet()
    assert GOOD.name() in view.evm_labels["cpi"].styleSheet()
    assert view.evm_labels["eac"].styleSheet() == ""
    view.eac_method.setCurrentIndex(view.eac_method.findData("cpi_spi"))
    view.eac_method.activated.emit(view.eac_method.currentIndex())
    assert controller.plan.project.eac_method == "cpi_spi"
    # AC + (BAC - EV) / (CPI x SPI) = 1,920 + 2,880 / 0.8 = 5,520.
    assert view.evm_labels["eac"].text() == "€5,520.00"
    assert view.curve.points[-1].pv == D("4800.00")


def test_clear_baseline_for_selected_tasks(qtbot, view) -> None:
    controller = view.controller
    view.task_selection = lambda: ["a"]
    dialog = BaselineDialog(controller, ["a"], False, view)
    dialog.number.setCurrentIndex(dialog.number.findData(4))
    dialog.only_selected.setChecked(True)
    dialog.accept()
    assert [b.number for b in controller.plan.tasks[0].baselines] == [4]
    assert controller.undo_stack.undoText() == "Save baseline 4 for 1 tasks"
    dialog = BaselineDialog(controller, [], True, view)
    assert dialog.number.currentData() == 4
    assert not dialog.only_selected.isEnabled()
    dialog.accept()
    assert controller.plan.tasks[0].baselines == ()


def test_gantt_variance_columns_and_the_baseline_shown(qtbot) -> None:
    from dataclasses import replace

    from pmdesk.core.baselines import save_baseline_patch
    from pmdesk.core.patch import Patch
    from pmdesk.ui.gantt.task_model import Column as TaskColumn
    from pmdesk.ui.gantt.view import GanttView

    controller = ProjectController(small_plan())
    gantt = GanttView(controller)
    qtbot.addWidget(gantt)
    controller.edit(
        "Save baseline 2", save_baseline_patch(controller.plan, controller.schedule, 2)
    )
    task = controller.plan.tasks[0]
    controller.edit("Longer", Patch(tasks=(replace(task, duration=12 * 480),)))
    model = gantt.model
    assert model.index_of("a", TaskColumn.FINISH_VARIANCE).data() == ""  # no baseline 0
    gantt.baseline_pick.setCurrentIndex(gantt.baseline_pick.findData(2))
    gantt.baseline_pick.activated.emit(gantt.baseline_pick.currentIndex())
    assert model.index_of("a", TaskColumn.FINISH_VARIANCE).data() == "+2d"
    assert model.index_of("a", TaskColumn.DURATION_VARIANCE).data() == "+2d"
    assert model.index_of("a", TaskColumn.START_VARIANCE).data() == "0d"
    assert model.index_of("a", TaskColumn.COST_VARIANCE).data() == "+€960.00"
    bar = gantt.source.bar(gantt.source.row_of("a"))
    assert bar.baseline_finish == datetime(2025, 3, 14, 17)  # the ghost bar of baseline 2
