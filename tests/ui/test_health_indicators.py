"""What the window says about the plan agrees with ``pmdesk info`` and the status report.

The report: the status bar said 20 critical where ``pmdesk info`` said 16, and a missed
deadline was flagged nowhere in the Gantt view.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmdesk.cli import main
from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.gantt.task_model import DEADLINE_MARK, Column
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 12, 4)), path)
    return path


@pytest.fixture
def window(qtbot, demo_path) -> MainWindow:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(demo_path, interactive=False)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.maybe_save = lambda: True


def test_one_critical_count_in_the_status_bar_info_and_report(window, demo_path, capsys,
                                                               tmp_path) -> None:
    shown = int(re.search(r"(\d+) critical", window.status_label.text())[1])
    assert main(["info", str(demo_path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["critical"] == shown
    # Summaries are not counted: they only roll their children up.
    result = window.controller.schedule
    with_summaries = sum(1 for d in result.tasks.values() if d.critical)
    assert shown < with_summaries
    if shutil.which("pdftotext"):
        out = tmp_path / "report.pdf"
        assert main(["export", str(demo_path), "-o", str(out), "--view", "report"]) == 0
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert int(re.search(r"Critical tasks open\s+(\d+)", text)[1]) == shown


def test_a_missed_deadline_is_flagged_in_the_sheet_the_chart_and_the_status_bar(window,
                                                                                 qtbot) -> None:
    controller = window.controller
    gantt = window.views["gantt"]
    assert window.health_label.text() in ("", "on baseline", "no baseline set")
    launch = next(t for t in controller.plan.tasks
                  if t.milestone and t.name.startswith("Launch"))
    finish = controller.schedule.tasks[launch.uid].finish
    deadline = finish - timedelta(days=3)
    assert controller.edit("Set deadline", Patch(tasks=(replace(launch, deadline=deadline),)))

    index = gantt.model.index_of(launch.uid, Column.INDICATORS)
    assert DEADLINE_MARK in index.data()
    tip = index.data(0x3)  # ToolTipRole
    assert f"Deadline missed: finishes {finish:%a %d %b %Y}" in tip
    assert f"deadline {deadline:%a %d %b %Y}" in tip
    row = gantt.source.row_of(launch.uid)
    assert "Deadline missed" in gantt.chart.tooltip_text(row)
    assert window.health_label.text() == "1 deadline missed"
    assert "#c62828" in window.health_label.styleSheet()

    controller.undo_stack.undo()
    assert DEADLINE_MARK not in (gantt.model.index_of(launch.uid, Column.INDICATORS).data()
                                 or "")
    assert "deadline" not in window.health_label.text()


def test_earned_value_without_a_status_date_is_taken_at_the_end_of_today(qtbot) -> None:
    from pmdesk.core.evm import project_evm
    from pmdesk.core.health import status_moment
    from pmdesk.ui.budget.view import BudgetView
    from pmdesk.ui.controller import ProjectController

    plan = build_demo_plan(date(2026, 12, 4))
    plan.project = replace(plan.project, status_date=None)
    controller = ProjectController(plan)
    view = BudgetView(controller)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(view.evm_source.text()))
    moment = status_moment(plan)
    assert f"{moment:%a %d %b %Y %H:%M}" in view.evm_source.text()
    assert "no status date set" in view.evm_source.text()
    assert view.figures == project_evm(plan, controller.schedule, moment)
    assert view.cost_health.text().startswith("Cost: ")
