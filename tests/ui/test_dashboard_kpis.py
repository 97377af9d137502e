"""The Dashboard and the KPIs tab as a PM uses them: the dashboard opens first on a project
with a product, its figures are the engine's and earned value's, each tile opens its view;
KPI values typed or imported from CSV are one undo step, bad input changes nothing and says
where."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from cell_editing import type_into_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.evm import evm_summary
from pmdesk.core.health import baseline_slip, critical_tasks
from pmdesk.core.money import format_money
from pmdesk.core.patch import Patch
from pmdesk.core.product.kpi import KpiStatus
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dashboard import DashboardView
from pmdesk.ui.kpis import KpiPanel
from pmdesk.ui.kpis.models import KpiModel, KpiValueModel

TODAY = date(2026, 12, 4)


@pytest.fixture
def controller() -> ProjectController:
    return ProjectController(build_demo_plan(TODAY))


def test_kpi_models_pass_the_model_tester(qtmodeltester, controller) -> None:
    qtmodeltester.check(KpiModel(controller))
    values = KpiValueModel(controller)
    values.show_kpi(controller.plan.kpis[0].uid)
    assert values.rowCount() == 12
    qtmodeltester.check(values)


def test_dashboard_figures_are_the_engines_and_evms(qtbot, controller, show_active) -> None:
    c = controller
    assert c.edit("Save baseline", save_baseline_patch(c.plan, c.schedule)).made
    # A critical task takes 10 working days longer: the finish slips past the baseline.
    leaf = critical_tasks(c.plan, c.schedule)[-1]
    assert c.edit("Longer", Patch(tasks=(dataclasses.replace(
        leaf, duration=leaf.duration + 10 * 480),))).made
    view = DashboardView(c)
    qtbot.addWidget(view)
    view.resize(1500, 900)
    show_active(view)
    qtbot.waitUntil(lambda: view.complete)  # earned value follows the first paint
    d = view.figures
    assert d is not None and d.evm is not None
    evm = evm_summary(c.plan, c.schedule)
    slip = baseline_slip(c.plan, c.schedule)
    assert slip is not None and slip[0] > 0
    assert d.finish == c.schedule.project_finish
    assert d.slip_days == slip[0] / c.plan.project.minutes_per_day
    assert d.evm.spi == Decimal(str(evm["spi"])) and d.evm.cpi == Decimal(str(evm["cpi"]))
    assert d.evm.eac == Decimal(str(evm["eac"]))
    schedule_text = view.tiles["schedule"].body.text()
    assert f"Finish {c.schedule.project_finish:%a %d %b %Y}" in schedule_text
    assert f"({d.slip_days:+.0f} d)" in schedule_text
    assert f"SPI {d.evm.spi:.2f}" in schedule_text
    cost_text = view.tiles["cost"].body.text()
    assert f"EAC {format_money(d.evm.eac, 'EUR')}" in cost_text
    assert f"CPI {d.evm.cpi:.2f}" in cost_text
    assert [s.status for s in view.sparklines.summaries].count(KpiStatus.AT_RISK) == 1
    assert "1 slipping past the target" in view.tiles["roadmap"].body.text()
    wip = view.tiles["wip"].body.text()
    assert "In progress: 4 / 4" in wip
    # A top risk the delivery forecast includes says what it does to the schedule.
    risks = view.tiles["risks"].body.text()
    assert "R-007 · score 12 · +1d / 3d / 5d at 40 % · Only one Android engineer" in risks
    assert "R-004 · score 16 · Members resent" in risks  # no schedule impact


@pytest.mark.xvfb
def test_dashboard_opens_first_and_its_tiles_open_their_views(qtbot, tmp_path: Path,
                                                             show_active) -> None:
    from pmdesk.ui.main_window import MainWindow

    path = tmp_path / "demo.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    window = MainWindow(persist=False)
    qtbot.addWidget(window)
    assert window.open_path(path, interactive=False)
    show_active(window)
    assert window.current_view_key() == "dashboard"
    dashboard = window.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    for key, view in (("cost", "budget"), ("risks", "risks"), ("wip", "board"),
                      ("roadmap", "roadmap"), ("milestones", "gantt")):
        window.show_view("dashboard")
        qtbot.mouseClick(dashboard.tiles[key], Qt.MouseButton.LeftButton)
        assert window.current_view_key() == view, key
    window.show_view("dashboard")
    qtbot.mouseClick(dashboard.tiles["kpis"], Qt.MouseButton.LeftButton)
    product = window.views["product"]
    assert window.current_view_key() == "product"
    assert product.tabs.currentWidget() is product.pages["kpis"]
    window.show_view("gantt")
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "roadmap"


@pytest.fixture
def panel(qtbot, controller, show_active) -> KpiPanel:
    widget = KpiPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    show_active(widget)
    views = next(k for k in controller.plan.kpis if k.name == "Paywall views per week")
    widget.select_kpi(views.uid)
    return widget


def status_of(panel: KpiPanel, name: str) -> KpiStatus:
    return next(s.status for s in panel.kpis.context().summaries.values() if s.kpi.name == name)


def test_typing_a_value_is_one_undo_step_and_a_bad_one_changes_nothing(qtbot, panel) -> None:
    c = panel.controller
    errors: list[str] = []
    c.error.connect(errors.append)
    last = panel.values.index(panel.values.rowCount() - 1, 1)
    assert last.data() == "18800"
    type_into_cell(qtbot, panel.value_table, last, "21000")  # ahead of the line: on track
    assert status_of(panel, "Paywall views per week") is KpiStatus.ON_TRACK
    c.undo_stack.undo()
    assert status_of(panel, "Paywall views per week") is KpiStatus.AT_RISK
    before = list(c.plan.kpi_values)
    type_into_cell(qtbot, panel.value_table, panel.values.index(0, 1), "lots")
    assert errors and "Value of" in errors[-1] and "'lots' is not a number" in errors[-1]
    type_into_cell(qtbot, panel.value_table, panel.values.index(0, 0), "2400-01-01")
    assert "'2400-01-01' is out of range" in errors[-1]
    assert c.plan.kpi_values == before


def test_a_target_equal_to_the_baseline_is_refused_naming_the_kpi(qtbot, panel) -> None:
    c = panel.controller
    errors: list[str] = []
    c.error.connect(errors.append)
    row = panel.kpis.row_of(panel.current_kpi().uid)
    before = list(c.plan.kpis)
    type_into_cell(qtbot, panel.kpi_table, panel.kpis.index(row, KpiModel.columns.index("target")),
              "12000")
    assert errors and "KPI 'Paywall views per week'" in errors[-1]
    assert "equals the baseline" in errors[-1]
    assert c.plan.kpis == before


def test_csv_import_through_the_button_good_and_bad(qtbot, panel, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    c = panel.controller
    good = tmp_path / "views.csv"
    good.write_text("date,value\n2026-12-11,20500\n2026-12-18,21900\n", encoding="utf-8")
    bad = tmp_path / "broken.csv"
    bad.write_text("date,value\n2026-12-25,23000\n2027-01-01,n/a\n", encoding="utf-8")
    chosen = [str(good)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    steps = c.undo_stack.count()
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.values.rowCount() == 14 and c.undo_stack.count() == steps + 1
    assert status_of(panel, "Paywall views per week") is KpiStatus.ON_TRACK
    errors: list[str] = []
    c.error.connect(errors.append)
    chosen[0] = str(bad)
    before = list(c.plan.kpi_values)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert errors == ["Import of broken.csv refused: broken.csv line 3: 'n/a' is not a "
                      "number (value)"]
    assert c.plan.kpi_values == before and c.undo_stack.count() == steps + 1


def test_launch_review_shows_the_launched_features_kpis_at_30_60_90_days(panel) -> None:
    review = panel.review
    assert review.rowCount() == 1
    cells = [review.item(0, k).text() for k in range(review.columnCount())]
    # The streaks launched with their KPI's baseline (no tasks): 30 and 60 days have
    # values, 90 days is still to come.
    assert cells[:2] == ["Workout streaks for every member", "Members training 3+ days a week"]
    assert cells[3] == "19.8 (on track)" and cells[4] == "21.3 (on track)"
    assert cells[5] == "—"


def test_kpi_figures_read_as_german_writes_them(qtbot, controller, show_active) -> None:
    """A German window writes the KPI table's figures as German does: a baseline
    "12.000", a tolerance "10 %", a measured value "2,1"."""
    from pmdesk.ui import i18n

    i18n.install("de")
    try:
        panel = KpiPanel(controller)
        qtbot.addWidget(panel)
        panel.resize(1300, 800)
        show_active(panel)
        model = panel.kpis
        at = KpiModel.columns.index("baseline")
        shown = [model.index(r, at).data() for r in range(model.rowCount())]
        expected = [f"{k.baseline:,g}".translate(str.maketrans(",.", ".,"))
                    for k in controller.plan.kpis]
        assert sorted(shown) == sorted(expected) and "12.000" in shown
        conversion = next(k for k in controller.plan.kpis
                          if k.name == "Trial-to-paid conversion")
        panel.select_kpi(conversion.uid)
        values = [panel.values.index(r, 1).data() for r in range(panel.values.rowCount())]
        assert "2,1" in values and not any("." in v for v in values)
    finally:
        i18n.install("system")
