"""Level Resources says what it cost: the finish before and after, and deadlines now missed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from plan_builders import make_plan
from pmdesk.cli import main
from pmdesk.core.model import (
    Assignment,
    Plan,
    Resource,
    Task,
)
from pmdesk.store.document import save_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.resources import ResourceView

COST = ("Finish Fri 07 Mar 2025 → Tue 11 Mar 2025 (+2 working days); now missing its "
        "deadline: Test (Tue 04 Mar 2025).")


def crowded() -> Plan:
    """Ann builds for a week and tests for two days, both from Monday; Test is due Tuesday."""
    return make_plan([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Test", position=1, duration=2 * 480,
                           deadline=datetime(2025, 3, 4, 17))],
                     name="Busy", start=datetime(2025, 3, 3, 8),
                     resources=[Resource("ann", "Ann")],
                     assignments=[Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann")])


def test_level_resources_reports_the_finish_and_the_deadline_it_now_misses(qtbot) -> None:
    view = ResourceView(ProjectController(crowded()))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.toolbar.widgetForAction(view.action_level),
                     Qt.MouseButton.LeftButton)
    assert COST in view.message.text()


def test_pmdesk_level_prints_the_same(tmp_path: Path, capsys) -> None:
    path = tmp_path / "busy.pmdesk"
    save_plan(crowded(), path)
    assert main(["level", str(path), "-o", str(tmp_path / "levelled.pmdesk")]) == 0
    assert COST in capsys.readouterr().out
