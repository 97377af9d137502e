"""The status report's headlines follow the figures printed under them.

The report: the headline said "on baseline" and "within budget" in green beside CPI 0.43,
VAC -211,579 and "1 deadline missed". The rules are :mod:`pmdesk.core.health`'s; these
tests read the PDF back as an executive would.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.model import CostEntry, new_uid
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.render.export import export_document
from pmdesk.render.pages import ExportOptions

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:
    """Fonts need a QGuiApplication, as in the app and the command line."""


def first_page(plan, tmp_path: Path) -> str:
    out = tmp_path / "report.pdf"
    export_document(plan, schedule(plan), out, ExportOptions(view="report"))
    text = subprocess.run(["pdftotext", "-l", "1", "-enc", "UTF-8", str(out), "-"],
                          check=True, capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", text)


def troubled_plan():
    """The demo on its baseline, then a launch deadline missed and money overspent."""
    plan = build_demo_plan(date(2026, 12, 4))
    apply_patch(plan, save_baseline_patch(plan, schedule(plan)))
    result = schedule(plan)
    launch = next(t for t in plan.tasks if t.milestone and t.name.startswith("Launch"))
    deadline = result.tasks[launch.uid].finish - timedelta(days=7)
    spent = CostEntry(new_uid(), plan.project.status_date.date(), Decimal(150_000),
                      note="agency invoice")
    apply_patch(plan, Patch(tasks=(replace(launch, deadline=deadline),), cost_entries=(spent,)))
    return plan


def test_a_missed_deadline_and_an_overrun_are_the_headlines(tmp_path: Path) -> None:
    text = first_page(troubled_plan(), tmp_path)
    assert "1 deadline missed" in text
    assert "on baseline" not in text
    assert re.search(r"€[\d,]+\.\d\d over budget by EAC", text)
    assert "within budget" not in text
    assert "Deadlines missed 1" in text


def test_a_plan_on_track_says_so(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2026, 12, 4))
    apply_patch(plan, save_baseline_patch(plan, schedule(plan)))
    text = first_page(plan, tmp_path)
    assert "on baseline" in text
    assert "Deadlines missed 0" in text
