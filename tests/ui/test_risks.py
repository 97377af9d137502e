"""The risk register view driven as a user would: heat map clicks, edits, undo, dialog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from pmdesk.core.model import RiskStatus
from pmdesk.core.risk import heat_map
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.risks import RiskDialog, RiskTableModel, RiskView
from pmdesk.ui.risks.model import Column, RiskFilterProxy

TODAY = date(2025, 3, 5)


@pytest.fixture
def controller(qtbot) -> ProjectController:
    return ProjectController(build_demo_plan(TODAY))


@pytest.fixture
def view(qtbot, controller: ProjectController) -> RiskView:
    v = RiskView(controller)
    qtbot.addWidget(v)
    # The main window's minimum size, fixed before showing, as the window hosting the view
    # has it (the offscreen platform warns when a shown window's minimum changes).
    v.setMinimumSize(800, 500)
    v.resize(1400, 850)
    v.show()
    qtbot.waitExposed(v)
    return v


def shown_codes(view: RiskView) -> set[str]:
    proxy = view.proxy
    return {proxy.index(r, Column.CODE).data() for r in range(proxy.rowCount())}


def click_cell(qtbot, view: RiskView, probability: int, impact: int) -> None:
    canvas = view.heat_map.canvas
    center = canvas.cell_rect(probability, impact).center().toPoint()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=center)


def test_models_pass_the_model_tester(qtmodeltester, controller: ProjectController) -> None:
    model = RiskTableModel(controller)
    qtmodeltester.check(model)
    proxy = RiskFilterProxy()
    proxy.set_project(controller.plan.project)
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_clicking_a_heat_map_cell_filters_the_table_and_again_clears(qtbot, view) -> None:
    plan = view.controller.plan
    active = {r.code for r in plan.risks if r.status != RiskStatus.CLOSED}
    assert shown_codes(view) == active
    in_cell = {r.code for r in plan.risks
               if (r.probability, r.impact) == (3, 4) and r.status != RiskStatus.CLOSED}
    assert len(in_cell) >= 2
    assert view.heat_map.count(3, 4) == len(in_cell)

    click_cell(qtbot, view, 3, 4)
    assert shown_codes(view) == in_cell
    assert "P3 x I4" in view.count_label.text()

    click_cell(qtbot, view, 3, 4)
    assert shown_codes(view) == active


def test_residual_heat_map_moves_reassessed_risks(qtbot, view) -> None:
    controller = view.controller
    target = next(r for r in controller.plan.risks if (r.probability, r.impact) == (3, 4))
    model = view.model
    assert model.commit(target, replace(target, residual_probability=1, residual_impact=2),
                        "Reassess")
    qtbot.mouseClick(view.heat_map.residual_button, Qt.MouseButton.LeftButton)
    assert view.action_residual.isChecked()
    click_cell(qtbot, view, 1, 2)
    assert shown_codes(view) == {target.code}


def test_filters_and_search_narrow_the_register(qtbot, view) -> None:
    view.set_status_filter("All statuses")
    assert len(shown_codes(view)) == 13
    view.set_status_filter("Closed")
    assert shown_codes(view) == {r.code for r in view.controller.plan.risks
                                 if r.status == RiskStatus.CLOSED}
    view.set_status_filter("All statuses")
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("opportunity"))
    assert shown_codes(view) == {r.code for r in view.controller.plan.risks
                                 if r.kind == "opportunity"}
    view.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "paywall")
    assert "R-002" in shown_codes(view)
    assert all("paywall" in (r.title + r.description + r.response).lower()
               for r in view.controller.plan.risks if r.code in shown_codes(view))
    view.band_filter.setCurrentIndex(view.band_filter.findData("high"))
    assert shown_codes(view) and all(
        r.score >= 12 for r in view.controller.plan.risks if r.code in shown_codes(view))


def test_the_table_sorts_by_score_highest_first(view) -> None:
    scores = [int(view.proxy.index(r, Column.SCORE).data())
              for r in range(view.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    view.table.sortByColumn(Column.CODE, Qt.SortOrder.AscendingOrder)
    codes = [view.proxy.index(r, Column.CODE).data() for r in range(view.proxy.rowCount())]
    assert codes == sorted(codes)


def test_an_inline_edit_is_one_undo_step_and_records_the_score(qtbot, view) -> None:
    controller = view.controller
    row = view.model.row_of(next(r.uid for r in controller.plan.risks if r.code == "R-001"))
    index = view.model.index(row, Column.PROBABILITY)
    before = controller.plan.risks[row]
    assert view.model.setData(index, "5")
    after = controller.plan.risks[row]
    assert after.probability == 5 and after.score == 20
    assert after.history[-1].probability == 5
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.plan.risks[row] == before
    assert view.model.index(row, Column.SCORE).data() == str(before.score)


def test_an_invalid_inline_edit_is_refused_with_a_message(qtbot, view) -> None:
    controller = view.controller
    index = view.model.index(0, Column.IMPACT)
    before = list(controller.plan.risks)
    with qtbot.waitSignal(controller.error) as message:
        assert not view.model.setData(index, "7")
    assert "impact" in message.args[0]
    assert controller.plan.risks == before
    assert controller.undo_stack.count() == 0


def test_closing_a_risk_in_the_table_stamps_the_closed_date(view) -> None:
    index = view.model.index(0, Column.STATUS)
    assert view.model.setData(index, "closed")
    r = view.controller.plan.risks[0]
    assert r.status == RiskStatus.CLOSED and r.closed == date.today()
    assert r.code not in shown_codes(view)  # the default filter shows active risks


def test_deleting_risks_is_undoable(qtbot, view) -> None:
    controller = view.controller
    view.select_risk(controller.plan.risks[0].uid)
    code = controller.plan.risks[0].code
    view.table.setFocus()
    view.action_delete_risk.trigger()
    assert code not in {r.code for r in controller.plan.risks}
    assert code not in shown_codes(view)
    controller.undo_stack.undo()
    assert code in {r.code for r in controller.plan.risks}
    assert code in shown_codes(view)


def test_the_dialog_adds_a_risk_in_one_undo_step(qtbot, controller) -> None:
    dialog = RiskDialog(controller, None, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.code.text() == "R-014"
    qtbot.keyClicks(dialog.title, "Payment provider outage on launch day")
    dialog.probability.setCurrentIndex(dialog.probability.findData(2))
    dialog.impact.setCurrentIndex(dialog.impact.findData(5))
    dialog.cost.setText("12,000")
    task = controller.plan.tasks[-1]
    dialog.set_task_linked(task.uid, True)
    assert dialog.emv_label.text() == "-€3,600.00"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    added = controller.plan.risks[-1]
    assert (added.code, added.score, added.task_uids) == ("R-014", 10, (task.uid,))
    assert added.raised == TODAY and added.history[-1].on == TODAY
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert len(controller.plan.risks) == 13


def test_the_dialog_shows_why_it_cannot_save(qtbot, controller, type_text) -> None:
    original = controller.plan.risks[0]
    dialog = RiskDialog(controller, original.uid, today=TODAY)
    qtbot.addWidget(dialog)
    type_text(dialog.raised, "2025-03-10")
    dialog.status.setCurrentIndex(dialog.status.findData("closed"))
    type_text(dialog.closed, "1/3/2025")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.message.isHidden()
    assert "closed date" in dialog.message.text()
    assert controller.plan.risks[0] == original
    assert controller.undo_stack.count() == 0


def test_a_new_category_typed_in_the_dialog_joins_the_project(qtbot, controller) -> None:
    original = controller.plan.risks[0]
    dialog = RiskDialog(controller, original.uid, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentText("partners")
    dialog.accept()
    assert controller.plan.risks[0].category == "partners"
    assert "partners" in controller.plan.project.risk_categories
    controller.undo_stack.undo()
    assert "partners" not in controller.plan.project.risk_categories


def test_totals_and_heat_map_follow_edits(qtbot, view) -> None:
    controller = view.controller
    before = view.totals.text()
    assert "Suggested contingency reserve" in before
    r = controller.plan.risks[0]
    view.model.commit(r, replace(r, probability=1, impact=1), "Downgrade")
    active = [x for x in controller.plan.risks if x.status != RiskStatus.CLOSED]
    assert view.heat_map.canvas.grid == heat_map(active)
    assert view.totals.text() != before


def test_schedule_risk_panel_runs_a_repeatable_simulation(qtbot, controller) -> None:
    plan = controller.plan
    plan.tasks[:] = [
        replace(t, optimistic=t.duration, most_likely=t.duration,
                pessimistic=t.duration * 2) if t.duration and t.percent_complete < 100 else t
        for t in plan.tasks
    ]
    view = RiskView(controller)
    qtbot.addWidget(view)
    panel = view.schedule_risk
    panel.iterations.setValue(200)
    panel.seed.setText("17")
    with qtbot.waitSignal(panel.finished, timeout=60_000) as done:
        qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    first = done.args[0]
    assert first is not None and first.seed == 17 and first.iterations == 200
    assert panel.figures["p80"].text() == first.p80.strftime("%a %d %b %Y")
    assert panel.criticality.rowCount() > 0
    qtbot.waitUntil(lambda: not panel.running)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as again:
        panel.run_simulation()
    assert again.args[0].finishes == first.finishes
    qtbot.waitUntil(lambda: not panel.running)


def test_schedule_risk_panel_reports_a_bad_seed(qtbot, controller) -> None:
    view = RiskView(controller)
    qtbot.addWidget(view)
    view.schedule_risk.seed.setText("abc")
    view.schedule_risk.run_simulation()
    assert not view.schedule_risk.running
    assert "abc" in view.schedule_risk.status.text()


def test_find_focuses_the_search_box(qtbot, view) -> None:
    view.action_find.trigger()
    assert view.search.hasFocus()
    assert view.tabs.currentIndex() == 0
