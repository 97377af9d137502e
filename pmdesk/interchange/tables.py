"""The task table, the risk register and the backlog as CSV and Excel (.xlsx) files.

Colleagues live in spreadsheets. The task table goes out in the columns the person picks
(those the Gantt view shows, or all of them), each cell in the text the task table itself
shows (:mod:`pmdesk.core.columns`). In a workbook, dates are real dates, % complete a
percentage and costs numbers, so the sheet sorts and sums; summaries are bold and names are
indented by outline level, the header row is frozen and filtered. A CSV file is UTF-8 with a
byte order mark (so Excel shows accented names) and CRLF line ends.

Text a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``) is
written so it stays text: with a leading apostrophe in CSV, as a typed string in a
workbook. A name typed by a colleague must never become a formula on someone's machine.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.core.columns import CellKind, TaskColumn, TaskTable, column
from pmdesk.core.model import Plan
from pmdesk.core.money import money_format
from pmdesk.fileio import write_atomically

if TYPE_CHECKING:  # openpyxl is imported when a workbook is written, not on start-up
    from openpyxl.cell import Cell
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from pmdesk.core.schedule import ScheduleResult

__all__ = ["EXCHANGE_COLUMNS", "csv_bytes", "safe_text", "table_bytes", "write_table"]

# The columns that carry a plan to a spreadsheet and back when none are chosen: what a
# person reads first, and what an import needs to rebuild outline, links and assignments.
EXCHANGE_COLUMNS = (
    "id", "wbs", "name", "duration", "start", "finish", "predecessors", "resources",
    "complete", "notes",
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d[\d,.]*%?")
_DATE_FORMAT = "ddd dd mmm yyyy"


def safe_text(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would read it as a formula
    (a plain number such as -6000.00 stays a number)."""
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """Rows of text as a CSV document for spreadsheets: UTF-8 with a byte order mark,
    CRLF line ends, every cell guarded by :func:`safe_text`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_text(cell) for cell in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _task_rows(table: TaskTable, columns: Sequence[TaskColumn]) -> list[list[str]]:
    return [[c.header for c in columns], *table.rows([c.key for c in columns])]


def table_bytes(plan: Plan, result: ScheduleResult, suffix: str,
                columns: Sequence[str] = EXCHANGE_COLUMNS, table: str = "tasks",
                baseline_number: int = 0) -> bytes:
    """The task table (``table="tasks"``, in ``columns``) or the risk register
    (``"risks"``) as a ``.csv`` or ``.xlsx`` document."""
    if table == "risks":
        from .risks_csv import risk_rows

        if suffix == ".csv":
            return csv_bytes(risk_rows(plan))
        return _workbook_bytes([(str(c) for c in row) for row in risk_rows(plan)],
                               "Risks")
    if table == "backlog":
        from pmdesk.core.product.facts import backlog_sheet

        rows = backlog_sheet(plan)
        if suffix == ".csv":
            return csv_bytes(rows)
        numeric = [i for i, key in enumerate(rows[0])
                   if key in ("rank", "score", "computed_rank", "evidence")]
        return _workbook_bytes([rows[0], *([_number(c) if i in numeric else c
                                            for i, c in enumerate(r)] for r in rows[1:])],
                               "Backlog")
    if table != "tasks":
        raise ValueError(f"unknown table {table!r}: use tasks, risks or backlog")
    task_table = TaskTable(plan, result, baseline_number)
    cols = [column(k) for k in columns]
    if suffix == ".csv":
        return csv_bytes(_task_rows(task_table, cols))
    return _task_workbook(plan, task_table, cols)


def write_table(plan: Plan, result: ScheduleResult, path: Path,
                columns: Sequence[str] = EXCHANGE_COLUMNS, table: str = "tasks",
                baseline_number: int = 0) -> None:
    """Write :func:`table_bytes` to ``path`` (by its suffix) atomically."""
    write_atomically(path, table_bytes(plan, result, path.suffix.lower(), columns, table,
                                       baseline_number))


# --------------------------------------------------------------------------- workbooks


def _new_sheet(title: str) -> tuple[Workbook, WriteOnlyWorksheet]:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    return book, sheet


def _header_cells(sheet: WriteOnlyWorksheet, headers: Sequence[str]) -> list[Cell]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    bold = Font(bold=True)
    cells = []
    for h in headers:
        cell = WriteOnlyCell(sheet, value=h)
        cell.font = bold
        cells.append(cell)
    return cells


def _text_cell(sheet: WriteOnlyWorksheet, value: str) -> Cell:
    """A cell that holds ``value`` as text even when it starts with "="."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def _set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    """Column widths (in characters); a write-only sheet takes them before any row."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        # openpyxl sets column_dimensions on the instance, which its stubs do not declare.
        sheet.column_dimensions[get_column_letter(i)].width = width  # type: ignore[attr-defined]


def _save(book: Workbook, sheet: WriteOnlyWorksheet, rows: int, columns: int) -> bytes:
    from openpyxl.utils import get_column_letter

    if rows and columns:
        # auto_filter, like column_dimensions, is set on the instance: missing from the stubs.
        sheet.auto_filter.ref = f"A1:{get_column_letter(columns)}{rows}"  # type: ignore[attr-defined]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _width(texts: Iterable[str]) -> float:
    return min(60.0, max((len(t) for t in texts), default=4) * 1.1 + 2)


def _number(text: str) -> str | float:
    """A figure as a number the sheet can sort and sum; other text as it is."""
    try:
        return float(text)
    except ValueError:
        return text


def _workbook_bytes(rows: Iterable[Iterable[str | float]], title: str) -> bytes:
    """Rows of text (header first; a figure may be a number) as a one-sheet workbook."""
    book, sheet = _new_sheet(title)
    materialised = [list(r) for r in rows]
    if not materialised:
        return _save(book, sheet, 0, 0)
    _set_widths(sheet, [_width(str(r[i]) for r in materialised[:200])
                        for i in range(len(materialised[0]))])
    sheet.append(_header_cells(sheet, [str(h) for h in materialised[0]]))
    for row in materialised[1:]:
        sheet.append([_text_cell(sheet, v) if isinstance(v, str) and v.startswith("=") else v
                      for v in row])
    return _save(book, sheet, len(materialised), len(materialised[0]))


def _task_workbook(plan: Plan, table: TaskTable, cols: Sequence[TaskColumn]) -> bytes:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    book, sheet = _new_sheet("Tasks")
    tasks = plan.tasks
    sample = tasks[:200]
    _set_widths(sheet, [max(_width([c.header]), _width(c.text(table, t) for t in sample))
                        for c in cols])
    sheet.append(_header_cells(sheet, [_header(c, plan) for c in cols]))
    money = _money_format(plan.project.currency)
    formats = {CellKind.DATE: _DATE_FORMAT, CellKind.PERCENT: "0%", CellKind.MONEY: money,
               CellKind.INTEGER: "0"}
    bold = Font(bold=True)
    indents = {n: Alignment(indent=min(n, 15)) for n in range(16)}
    name_at = next((i for i, c in enumerate(cols) if c.key == "name"), None)
    for t in tasks:
        row: list[object] = []
        for i, c in enumerate(cols):
            value = c.cell(table, t)
            if c.kind is CellKind.TEXT or value is None or value == "":
                text = "" if value is None else str(value)
                if i == name_at:
                    cell = WriteOnlyCell(sheet, value=text)
                    if text.startswith("="):
                        cell.data_type = "s"
                    cell.alignment = indents[min(table.levels.get(t.uid, 1) - 1, 15)]
                    if table.is_summary(t):
                        cell.font = bold
                    row.append(cell)
                elif text.startswith("="):
                    row.append(_text_cell(sheet, text))
                else:
                    row.append(text or None)
                continue
            cell = WriteOnlyCell(sheet, value=_typed(c.kind, value))
            cell.number_format = formats[c.kind]
            row.append(cell)
        sheet.append(row)
    return _save(book, sheet, len(tasks) + 1, len(cols))


def _header(c: TaskColumn, plan: Plan) -> str:
    if c.kind is CellKind.MONEY:
        return f"{c.header} ({plan.project.currency})"
    return c.header


def _typed(kind: CellKind, value: object) -> str | float | datetime | None:
    """A column's typed value as a workbook cell holds it (a percentage as a fraction)."""
    if kind is CellKind.PERCENT and isinstance(value, int | float | Decimal):
        return int(value) / 100
    if isinstance(value, Decimal):
        return float(value)
    if value is None or isinstance(value, str | int | float | datetime):
        return value
    return str(value)


def _money_format(currency: str) -> str:
    """A spreadsheet's number format for amounts in ``currency``, as the tables show them
    (:func:`pmdesk.core.money.money_format`: symbol, its place, the minor unit)."""
    fmt = money_format(currency)
    number = "#,##0" + ("." + "0" * fmt.digits if fmt.digits else "")
    before, after = fmt.prefixes[0], fmt.suffixes[0]
    return (f'"{before}"' if before else "") + number + (f'"{after}"' if after else "")
