"""The risk register as CSV, for the spreadsheet a steering committee still asks for.

One row per risk with every field of the register, a header row, linked tasks by name and
the score history in one readable cell. The file is UTF-8 with a byte order mark so Excel
shows accented names correctly, and a text cell that a spreadsheet would run as a formula
(it starts with =, +, -, @) is written with a leading apostrophe: a risk title typed by a
colleague must never become a formula on a manager's machine.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from pmdesk.core.durations import TimeUnits
from pmdesk.core.model import (
    Plan,
    ProjectInfo,
    Risk,
    RiskKind,
    RiskScoreChange,
    RiskStatus,
)
from pmdesk.core.money import plain
from pmdesk.core.montecarlo import format_schedule_impact
from pmdesk.core.risk import emv, risk_band, risk_score
from pmdesk.fileio import write_atomically

from .tables import csv_bytes


def header(currency: str) -> list[str]:
    """The column titles, money columns naming the project's currency."""
    return [
        "ID", "Title", "Description", "Category", "Kind", "Owner", "Status",
        "Probability", "Impact", "Score", "Band",
        "Residual probability", "Residual impact", "Residual score", "Residual band",
        f"Cost impact ({currency})", f"EMV ({currency})", "Chance (%)", "Schedule impact",
        "Strategy", "Response actions", "Trigger", "Contingency plan",
        "Review date", "Raised", "Closed", "Linked tasks", "Score history",
    ]


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def _opt(value: int | None) -> str:
    return "" if value is None else str(value)


def _history(entries: Iterable[RiskScoreChange]) -> str:
    parts = []
    for h in entries:
        text = f"{h.on.isoformat()} P{h.probability} I{h.impact}"
        if h.residual_probability is not None and h.residual_impact is not None:
            text += f" (residual P{h.residual_probability} I{h.residual_impact})"
        if h.note:
            text += f" {h.note}"
        parts.append(text)
    return "; ".join(parts)


def risk_rows(plan: Plan) -> list[list[str]]:
    """The register as rows of text, header first, risks in register order (the CSV
    writer guards text against formulas; a workbook stores text as text)."""
    names = {t.uid: t.name for t in plan.tasks}
    project = plan.project
    rows = [header(project.currency)]
    units = TimeUnits.of(project)
    for r in plan.risks:
        rows.append(_row(r, project, names, units))
    return rows


def _row(r: Risk, project: ProjectInfo, names: dict[str, str], units: TimeUnits
         ) -> list[str]:
    has_residual = r.residual_score is not None
    return [
        r.code,
        r.title,
        r.description,
        r.category,
        RiskKind(r.kind).value,
        r.owner,
        RiskStatus(r.status).value,
        str(r.probability),
        str(r.impact),
        str(r.score),
        risk_band(r, project),
        _opt(r.residual_probability),
        _opt(r.residual_impact),
        str(risk_score(r, residual=True)) if has_residual else "",
        risk_band(r, project, residual=True) if has_residual else "",
        plain(r.cost_impact),
        plain(emv(r)),
        _opt(r.chance),
        format_schedule_impact(r, units),
        r.strategy,
        r.response,
        r.trigger,
        r.contingency,
        _day(r.review_date),
        _day(r.raised),
        _day(r.closed),
        "; ".join(names.get(uid, uid) for uid in r.task_uids),
        _history(r.history),
    ]


def write_risks_csv(plan: Plan, path: str | os.PathLike[str]) -> None:
    """Write the register to ``path`` atomically: a temporary file beside it is renamed
    over it, so a failure never leaves a half-written file where an earlier export was.

    Raises ValueError naming the file when its folder does not exist; OSError otherwise.
    """
    target = Path(path)
    if not target.parent.is_dir():
        raise ValueError(f"{target}: the folder {target.parent} does not exist")
    write_atomically(target, csv_bytes(risk_rows(plan)))
