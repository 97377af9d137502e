"""One amount reads the same on every surface: the task table, the budget, the risk
register, the resource sheet, the status report, the Gantt PDF and the command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pmdesk.core.model import (
    BudgetLine,
    Plan,
    ProjectInfo,
    Resource,
    Risk,
    Task,
    standard_calendar,
)
from pmdesk.core.money import format_money, use_locale
from pmdesk.core.schedule import schedule

AMOUNT = Decimal("12345.60")


def priced_plan(currency: str) -> Plan:
    """The same amount as a task's fixed cost (so the project's cost too), a budget line,
    a risk's cost impact and a resource's cost per use (assigned nowhere)."""
    cal = standard_calendar("cal")
    project = ProjectInfo(uid="p", name="Priced", start=datetime(2027, 3, 1, 8),
                          calendar_uid="cal", currency=currency,
                          status_date=datetime(2027, 3, 1, 17))
    return Plan(
        project=project, calendars={"cal": cal},
        tasks=[Task("t", "Build", position=0, duration=5 * 480, fixed_cost=AMOUNT)],
        resources=[Resource("r", "Ana", cost_per_use=AMOUNT)],
        budget_lines=[BudgetLine("b", "Engineering", AMOUNT)],
        risks=[Risk("k", "R-001", "Supplier late", cost_impact=AMOUNT)],
    )


@pytest.fixture(params=[("en_US", "EUR"), ("de_DE", "EUR"), ("en_US", "CHF")],
                ids=["en_US-EUR", "de_DE-EUR", "en_US-CHF"])
def setting(request) -> Iterator[tuple[str, str]]:
    locale, currency = request.param
    use_locale(locale)
    yield locale, currency
    use_locale(None)


def _gui_texts(plan: Plan) -> dict[str, str]:
    from pmdesk.ui.budget.models import BudgetLineModel
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.gantt.task_model import Column as TaskColumn
    from pmdesk.ui.gantt.task_model import TaskTableModel
    from pmdesk.ui.resources.model import Column as ResourceColumn
    from pmdesk.ui.resources.model import ResourceTableModel
    from pmdesk.ui.risks.model import Column as RiskColumn
    from pmdesk.ui.risks.model import RiskTableModel

    controller = ProjectController(plan)
    tasks = TaskTableModel(controller)
    lines = BudgetLineModel(controller)
    risks = RiskTableModel(controller)
    resources = ResourceTableModel(controller)
    return {
        "task table": tasks.index_of("t", TaskColumn.COST).data(),
        "budget lines": lines.index(0, 1).data(),
        "risk register": risks.index(0, RiskColumn.COST).data(),
        "resource sheet": resources.index(0, ResourceColumn.COST_PER_USE).data(),
    }


def _pdf_text(plan: Plan, path: Path, **options) -> str:
    from pmdesk.render.export import export_document
    from pmdesk.render.pages import ExportOptions

    export_document(plan, schedule(plan), path, ExportOptions(**options))
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return re.sub(r"\s+", " ", out)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_same_amount_renders_identically_everywhere(qapp, setting, tmp_path) -> None:
    locale, currency = setting
    plan = priced_plan(currency)
    shown = format_money(AMOUNT, currency)
    # The locale and currency really change the text (no surface can pass by accident).
    assert shown == {("en_US", "EUR"): "€12,345.60", ("de_DE", "EUR"): "12.345,60\u00a0€",
                     ("en_US", "CHF"): "CHF\u00a012,345.60"}[setting]

    texts = _gui_texts(plan)
    assert texts == dict.fromkeys(texts, shown)

    # pdftotext writes a no-break space as a plain one.
    printed = shown.replace("\u00a0", " ")
    report = _pdf_text(plan, tmp_path / "report.pdf", view="report")
    gantt = _pdf_text(plan, tmp_path / "gantt.pdf", columns=("name", "cost"))
    for text in (report, gantt):
        # Every time the amount appears, it appears in the one form.
        mentions = re.findall(r"(?:[A-Z]{3} )?\S*12\D?345\S*(?: €| [A-Z]{3}\b)?", text)
        assert mentions and set(mentions) == {printed}, mentions
    assert f"Budget {printed}" in report and f"Planned cost (BAC) {printed}" in report

    from pmdesk.store.document import save_plan

    project = tmp_path / "priced.pmdesk"
    save_plan(plan, project)
    env = {**os.environ, "PMDESK_LOCALE": locale}
    out = subprocess.run([sys.executable, "-m", "pmdesk.cli", "info", str(project)],
                         capture_output=True, text=True, env=env, check=True).stdout
    assert f"  cost         {shown}\n" in out
