"""The risk register as CSV: every field, one row per risk, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pmdesk.core.model import RiskScoreChange
from pmdesk.demo import build_demo_plan
from pmdesk.interchange.risks_csv import write_risks_csv


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_risk_is_a_row_with_every_field(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    out = tmp_path / "risks.csv"
    write_risks_csv(plan, out)
    rows = read(out)
    assert len(rows) == 13
    assert list(rows[0]) == [
        "ID", "Title", "Description", "Category", "Kind", "Owner", "Status", "Probability",
        "Impact", "Score", "Band", "Residual probability", "Residual impact",
        "Residual score", "Residual band", "Cost impact (EUR)", "EMV (EUR)", "Chance (%)",
        "Schedule impact", "Strategy",
        "Response actions", "Trigger", "Contingency plan", "Review date", "Raised", "Closed",
        "Linked tasks", "Score history",
    ]
    first = next(r for r in rows if r["ID"] == "R-001")
    source = next(r for r in plan.risks if r.code == "R-001")
    assert first["Title"] == source.title
    assert (first["Probability"], first["Impact"], first["Score"], first["Band"]) == (
        "3", "4", "12", "high")
    assert first["Cost impact (EUR)"] == "6000.00"
    assert first["EMV (EUR)"] == "-3000.00"
    assert (first["Chance (%)"], first["Schedule impact"]) == ("30", "1d / 2d / 4d")
    assert first["Linked tasks"].split("; ") == [
        "Store server notifications (App Store and Play RTDN)",
        "Server-side receipt validation and fraud checks",
        "Payment edge cases: renewals, grace period, refunds, upgrades",
    ]
    assert first["Review date"] == source.review_date.isoformat()
    assert {r["Kind"] for r in rows} == {"threat", "opportunity"}


def test_residual_history_and_multiline_text_survive(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    plan.risks[0] = replace(
        plan.risks[0],
        response="Line one\nLine two, with a comma",
        residual_probability=1,
        residual_impact=4,
        history=(RiskScoreChange(date(2025, 2, 1), 3, 4),
                 RiskScoreChange(date(2025, 3, 1), 3, 4, 1, 4, "after replay tests")),
    )
    out = tmp_path / "risks.csv"
    write_risks_csv(plan, out)
    row = read(out)[0]
    assert row["Response actions"] == "Line one\nLine two, with a comma"
    assert (row["Residual score"], row["Residual band"]) == ("4", "low")
    assert row["Score history"] == (
        "2025-02-01 P3 I4; 2025-03-01 P3 I4 (residual P1 I4) after replay tests")


def test_text_that_a_spreadsheet_would_run_is_defused(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    plan.risks[0] = replace(plan.risks[0], title="=HYPERLINK(\"http://x\")", owner="@ops",
                            cost_impact=Decimal("100"))
    out = tmp_path / "risks.csv"
    write_risks_csv(plan, out)
    row = read(out)[0]
    assert row["Title"] == "'=HYPERLINK(\"http://x\")"
    assert row["Owner"] == "'@ops"
    assert row["EMV (EUR)"] == "-50.00"  # a negative amount stays a number


def test_writing_replaces_an_old_export_and_refuses_a_missing_folder(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    out = tmp_path / "risks.csv"
    out.write_text("old export", encoding="utf-8")
    write_risks_csv(plan, out)
    assert out.read_bytes().startswith("\ufeffID,Title".encode())
    assert [p.name for p in tmp_path.iterdir()] == ["risks.csv"]
    with pytest.raises(ValueError, match="does not exist"):
        write_risks_csv(plan, tmp_path / "nowhere" / "risks.csv")
