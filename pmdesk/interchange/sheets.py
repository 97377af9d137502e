"""Tasks from a spreadsheet: CSV and Excel (.xlsx) files, with a column mapping.

A colleague's sheet has a header row and a task per row, in columns named as they like.
:func:`read_sheet` reads the rows safely (size limits, no formulas evaluated, no XML
entities, no zip bombs), :func:`guess_mapping` maps the usual headers (Name, Duration,
Start, Finish, Predecessors, Resource Names, % Complete, Outline Level or WBS, Notes, ID;
any header, alias or key of :mod:`pmdesk.core.columns`), and :func:`sheet_plan` builds the
plan, reading each cell as the task table reads typed text: durations "5d", "2w", "3 days";
predecessors by ID "3FS+2d"; resources "Ana[50%], Ben"; dates "2026-03-05", "5/3/2026",
"5 Mar 2026", "Thu 05 Mar 2026", or date cells.

Every cell is checked before anything is built; a bad row is reported with its row number
(as the spreadsheet shows it) and the column, and nothing is imported. Dates written
"03/04/2026" are read day first unless the column shows month first (a "12/31/2026"
somewhere) or the caller says so.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import re
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path

from pmdesk.core.calendar import WorkCalendar
from pmdesk.core.columns import column, column_key
from pmdesk.core.durations import Duration, TimeUnits, parse_duration

# The resource cell's own grammar ("Ana[50%], Ben"), to learn the names a sheet brings.
from pmdesk.core.entry import (
    _RES_RE,
    SHOWN_DATE,
    _split,
    parse_date,
    parse_percent,
    parse_predecessors,
    parse_resources,
)
from pmdesk.core.model import (
    Assignment,
    Calendar,
    Dependency,
    DurationUnit,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    new_uid,
    standard_calendar,
)
from pmdesk.core.schedule import CycleError

from .pinning import pin_dates
from .untrusted import (
    MAX_MINUTES,
    MB,
    ImportCancelled,
    UntrustedFileError,
    check_cancel,
    check_zip,
    moment,
    read_bytes,
)

__all__ = [
    "IMPORT_FIELDS",
    "MAX_ROWS",
    "Sheet",
    "SheetError",
    "SheetOptions",
    "guess_day_first",
    "guess_mapping",
    "mapping_with",
    "read_sheet",
    "sheet_plan",
]

# What a sheet's column can be imported as: keys of pmdesk.core.columns, in the order the
# mapping step lists them.
IMPORT_FIELDS = (
    "id", "name", "duration", "start", "finish", "predecessors", "resources", "complete",
    "outline_level", "wbs", "notes",
)
MAX_ROWS = 200_000
MAX_COLUMNS = 256
MAX_CELL = 32_767  # Excel's own limit on the text of a cell
MAX_CSV_BYTES = 48 * MB
MAX_XLSX_BYTES = 48 * MB
MAX_XLSX_UNPACKED = 80 * MB
_MAX_LEVEL = 100
_MAX_PROBLEMS = 10
_FORMULA_GUARD = re.compile(r"'(?=[=+\-@\t\r])")
_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})\b")
_WBS = re.compile(r"\d+(\.\d+)*\.?")

Cell = str | float | int | datetime | None


class SheetError(UntrustedFileError):
    """A sheet that cannot be imported. ``problems`` lists (row number, column header,
    message) for bad rows; the message names the file and the first of them."""

    def __init__(self, message: str, problems: Sequence[tuple[int, str, str]] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True, slots=True)
class SheetOptions:
    """How to read a sheet. ``mapping``: column index -> import field (None: guessed from
    the headers); ``sheet``: the worksheet of a workbook (None: the first); ``day_first``:
    how to read "03/04/2026" (None: from the dates in the sheet)."""

    mapping: Mapping[int, str] | None = None
    sheet: str | None = None
    day_first: bool | None = None


@dataclass(slots=True)
class Sheet:
    """A sheet's header and rows. ``numbers[i]`` is the row number of ``rows[i]`` as the
    spreadsheet shows it; ``indents[i]`` the largest indent of a text cell in the row
    (.xlsx: the task name's, which shows the outline where there is no level column)."""

    path: Path
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    numbers: list[int] = field(default_factory=list)
    indents: list[int] = field(default_factory=list)
    sheet_names: tuple[str, ...] = ()
    sheet_name: str = ""
    complete: bool = True  # False when only the first rows were read


# --------------------------------------------------------------------------- reading


def read_sheet(
    path: str | Path,
    sheet: str | None = None,
    limit: int | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Sheet:
    """The header and rows of a .csv or .xlsx file (only the first ``limit`` rows when
    given, for a preview). Raises :class:`SheetError` naming the file and the problem."""
    source = Path(path)
    suffix = source.suffix.lower()
    if suffix == ".csv":
        return _read_csv(source, limit, cancelled)
    if suffix == ".xlsx":
        return _read_xlsx(source, sheet, limit, cancelled)
    raise SheetError(f"{source}: not a spreadsheet pmdesk reads (use .csv or .xlsx)")


def _clean(value: str) -> str:
    """A text cell as typed: surrounding spaces and a formula guard apostrophe removed."""
    text = value.strip()
    return _FORMULA_GUARD.sub("", text, count=1) if text.startswith("'") else text


def _add_row(out: Sheet, number: int, cells: list[Cell], indent: int = 0) -> bool:
    """Append a row (the header when there is none yet); False once ``MAX_ROWS`` is
    passed. Rows with nothing in them are skipped."""
    if all(c is None or c == "" for c in cells):
        return True
    if len(cells) > MAX_COLUMNS:
        raise SheetError(f"{out.path}: row {number}: {len(cells)} columns; a task sheet has "
                         f"at most {MAX_COLUMNS}")
    for c in cells:
        if isinstance(c, str) and len(c) > MAX_CELL:
            raise SheetError(f"{out.path}: row {number}: a cell holds {len(c):,} characters, "
                             f"more than a spreadsheet cell can ({MAX_CELL:,})")
    if not out.headers:
        out.headers = [("" if c is None else str(c)).strip() for c in cells]
        return True
    if len(out.rows) >= MAX_ROWS:
        raise SheetError(f"{out.path}: refused: more than {MAX_ROWS:,} rows; pmdesk imports "
                         f"at most {MAX_ROWS:,} tasks from a sheet")
    out.rows.append(cells)
    out.numbers.append(number)
    out.indents.append(indent)
    return True


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise SheetError(f"{path}: the file is not valid UTF-16 text ({exc})") from exc
    if b"\x00" in data[:4096]:
        raise SheetError(f"{path}: not a CSV file: it holds binary data")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the system's code page.
        return data.decode("cp1252", errors="replace")


def _read_csv(path: Path, limit: int | None, cancelled: Callable[[], bool] | None) -> Sheet:
    text = _decode(path, read_bytes(path, MAX_CSV_BYTES, "CSV sheet", SheetError))
    sample = text[:65536]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    out = Sheet(path, [])
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number % 2000 == 0:
                check_cancel(cancelled, path)
            _add_row(out, number, [_clean(c) or None for c in record])
            if limit is not None and len(out.rows) >= limit:
                out.complete = False
                break
    except csv.Error as exc:
        raise SheetError(f"{path}: row {number + 1}: not readable as CSV ({exc})") from exc
    if not out.headers:
        raise SheetError(f"{path}: the file is empty: no header row and no tasks")
    return out


_DOCTYPE = (b"<!doctype", b"<!entity")


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose XML declares a document type or entities (Office never
    writes one; it is how XML bombs and external entities come in)."""
    for info in archive.infolist():
        if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue
        tail = b""
        with archive.open(info) as member:
            while chunk := member.read(1 << 20):
                window = (tail + chunk).lower()
                if any(marker in window for marker in _DOCTYPE):
                    raise SheetError(
                        f"{path}: refused: {info.filename} declares a document type or "
                        "entities; Excel never writes those, and they can make a reader "
                        "expand data without end or fetch other files")
                tail = chunk[-16:]


def _read_xlsx(path: Path, sheet: str | None, limit: int | None,
               cancelled: Callable[[], bool] | None) -> Sheet:
    try:
        archive = check_zip(path, MAX_XLSX_BYTES, MAX_XLSX_UNPACKED, "Excel workbook")
    except UntrustedFileError as exc:
        raise SheetError(str(exc)) from None
    try:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            kind = ("a Word document" if "word/document.xml" in names
                    else "a PowerPoint presentation" if "ppt/presentation.xml" in names
                    else "a ZIP archive of another kind")
            raise SheetError(f"{path}: not an Excel workbook (.xlsx): it is {kind}")
        _check_members(path, archive)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
        # A member whose data or checksum is not what the archive's directory says.
        raise SheetError(f"{path}: the workbook is damaged: {exc}") from None
    finally:
        archive.close()
    from openpyxl import load_workbook

    with warnings.catch_warnings(record=True) as warned:
        # openpyxl warns about features it skips (data validation, unknown extensions),
        # and about a date cell whose serial number is no date (read from the warning).
        warnings.simplefilter("always")
        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise SheetError(f"{path}: the workbook is damaged: {exc}") from exc
        try:
            titles = tuple(book.sheetnames)
            if not titles:
                raise SheetError(f"{path}: the workbook has no worksheet")
            # Excel shows the first visible sheet; a hidden one is read only when asked for.
            shown = [t for t in titles if book[t].sheet_state == "visible"] or list(titles)
            title = sheet if sheet is not None else shown[0]
            if title not in titles:
                raise SheetError(f"{path}: no worksheet named {title!r}; the workbook has "
                                 f"{', '.join(titles)}")
            ws = book[title]
            # Read every row the sheet holds, row by row as they are: the size the sheet
            # states (its <dimension>) is not trusted, as a writer may leave it stale and
            # rows past it would be lost; and padding each row to the stated width costs
            # 16,384 cells a row for a whole-sheet range.
            ws.reset_dimensions()
            out = Sheet(path, [], sheet_names=titles, sheet_name=title)
            number = parsed = 0
            try:
                for number, row in enumerate(ws.iter_rows(), start=1):
                    if number % 2000 == 0:
                        check_cancel(cancelled, path)
                    if not row:
                        continue  # a row the sheet does not hold at all
                    parsed += 1
                    if parsed > MAX_ROWS * 2:
                        raise SheetError(
                            f"{path}: refused: the sheet holds more than {MAX_ROWS * 2:,} rows,"
                            f" empty or not; pmdesk imports at most {MAX_ROWS:,} tasks")
                    cells, indent = _xlsx_cells(row, _bad_serials(warned))
                    _add_row(out, number, cells, indent)
                    if limit is not None and len(out.rows) >= limit:
                        out.complete = False
                        break
            except (SheetError, ImportCancelled):
                raise
            except Exception as exc:
                raise SheetError(f"{path}: row {number + 1}: {_unreadable(exc)}") from exc
        finally:
            book.close()
    if not out.headers:
        raise SheetError(f"{path}: the worksheet {out.sheet_name!r} is empty: no header row")
    return out


_NOT_A_NUMBER = re.compile(
    r"(?:invalid literal for int\(\) with base 10|could not convert string to float): "
    r"('.*')")
_BAD_SERIAL = re.compile(r"Cell ([A-Z]+[0-9]+) is marked as a date but the serial value (\S+) ")


def _unreadable(exc: Exception) -> str:
    """What openpyxl could not read in a row, as a phrase."""
    found = _NOT_A_NUMBER.search(str(exc))
    if found:
        return f"a number cell holds {found[1][:42]}, which is not a number"
    return f"the workbook is damaged: {exc}"


def _bad_serials(warned: list[warnings.WarningMessage]) -> dict[str, float]:
    """The date cells openpyxl read as errors because their serial number is no date,
    by cell (``"D2"``), from its warnings so far (which are then cleared)."""
    found = {}
    for w in warned:
        match = _BAD_SERIAL.match(str(w.message))
        if match:
            found[match[1]] = float(match[2])
    warned.clear()
    return found


def _xlsx_cells(row: Iterable[object], bad_serials: Mapping[str, float]
                ) -> tuple[list[Cell], int]:
    cells: list[Cell] = []
    indent = 0
    for c in row:
        value = getattr(c, "value", None)
        if bad_serials and getattr(c, "data_type", "") == "e":
            # A date cell Excel shows as ####: its number, which the date column refuses.
            value = bad_serials.get(getattr(c, "coordinate", ""), value)
        if isinstance(value, str):
            value = _clean(value) or None
            alignment = getattr(c, "alignment", None) if value is not None else None
            if alignment is not None:
                indent = max(indent, int(alignment.indent or 0))
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, (int, float)):
            fmt = getattr(c, "number_format", "") or ""
            if "%" in fmt:
                value = f"{value * 100:g}%"
        elif isinstance(value, date) and not isinstance(value, datetime):
            value = datetime.combine(value, time())
        elif isinstance(value, time):
            value = value.strftime("%H:%M")
        elif value is not None and not isinstance(value, datetime):
            value = str(value)
        cells.append(value)
    while cells and cells[-1] is None:
        cells.pop()
    return cells, indent


# --------------------------------------------------------------------------- mapping


def guess_mapping(headers: Sequence[str]) -> dict[int, str]:
    """Import field for each header that names one, the first column winning."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, header in enumerate(headers):
        try:
            key = column_key(header)
        except ValueError:
            continue
        if key in IMPORT_FIELDS and key not in taken:
            mapping[i] = key
            taken.add(key)
    return mapping


def field_label(key: str) -> str:
    """What the mapping step calls an import field."""
    return "Resource Names" if key == "resources" else column(key).header


def guess_day_first(sheet: Sheet, mapping: Mapping[int, str]) -> bool:
    """Whether numeric dates of the start and finish columns read day first: False only
    when one of them cannot be day first (a "12/31/2026") and none must be."""
    day_first_seen = month_first_seen = False
    for index, key in mapping.items():
        if key not in ("start", "finish"):
            continue
        for row in sheet.rows:
            value = row[index] if index < len(row) else None
            if not isinstance(value, str):
                continue
            found = _NUMERIC_DATE.match(value)
            if found:
                first, second = int(found[1]), int(found[3])
                day_first_seen |= first > 12
                month_first_seen |= second > 12
    return not (month_first_seen and not day_first_seen)


# --------------------------------------------------------------------------- the plan


@dataclass(slots=True)
class _Row:
    number: int
    id: int
    level: int
    task: Task
    start: datetime | None = None
    finish: datetime | None = None
    predecessors: str = ""
    resources: str = ""


class _Problems:
    """Bad cells found so far; the import stops after the first few rows."""

    def __init__(self, path: Path, headers: Sequence[str]) -> None:
        self.path = path
        self.headers = headers
        self.items: list[tuple[int, str, str]] = []
        self.rows: set[int] = set()

    def add(self, number: int, index: int | None, message: str) -> None:
        header = self.headers[index] if index is not None and index < len(self.headers) else ""
        self.items.append((number, header or "", message))
        self.rows.add(number)
        if len(self.rows) >= _MAX_PROBLEMS:
            self.raise_()

    def raise_(self) -> None:
        parts = [f"row {n}" + (f", {h}" if h else "") + f": {m}" for n, h, m in self.items]
        shown = "; ".join(parts[:5]) + (f"; and {len(parts) - 5} more" if len(parts) > 5
                                        else "")
        raise SheetError(
            f"{self.path}: nothing was imported: {shown}", self.items)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def _swap_month_first(text: str) -> str:
    found = _NUMERIC_DATE.match(text)
    if not found:
        return text
    return f"{found[3]}{found[2]}{found[1]}{found[2]}{found[4]}" + text[found.end():]


def _moment(value: Cell, day_first: bool, where: str) -> datetime:
    if isinstance(value, datetime):
        return moment(value.replace(second=0, microsecond=0), where)
    if isinstance(value, (int, float)):
        raise ValueError(f"{_text(value)} is a number, not a date")
    text = _text(value)
    try:  # the task table's own spelling, as pmdesk writes it, without the general parser
        return moment(datetime.strptime(text, SHOWN_DATE), where)
    except ValueError:
        pass
    found = _NUMERIC_DATE.match(text)
    if found:
        month = int(found[3] if day_first else found[1])
        if not 1 <= month <= 12:
            order = "day first" if day_first else "month first"
            raise ValueError(f"'{text}' is not a date written {order}: there is no month "
                             f"{month}")
    return moment(parse_date(text if day_first else _swap_month_first(text),
                             default_time=time(0, 0)), where)


def _duration(value: Cell, units: TimeUnits) -> Duration:
    """A duration cell: typed text ("5d", "2w", "3 days") or a number of days."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{_text(value)} is not a duration: use 0 or more days")
        duration = Duration(round(value * units.minutes_per_day))
        if duration.minutes > MAX_MINUTES:
            raise ValueError(f"{_text(value)} days is too long: a duration is at most "
                             f"{MAX_MINUTES:,} minutes")
        return duration
    return parse_duration(_text(value), units)  # checks the range itself


def _keyed(values: list[Cell], col: Mapping[str, int]) -> list[tuple[str, Cell]]:
    """The row's cells with the field each is imported as ("" for the others)."""
    field = {index: key for key, index in col.items()}
    return [(field.get(index, ""), v) for index, v in enumerate(values)]


def _outline_level(values: list[Cell], indent: int, cell: Callable[[list[Cell], str], Cell],
                   use_indent: bool, previous: int) -> tuple[int, str, str]:
    """(outline level, column, problem) of a row from its Outline Level, WBS code or (in a
    workbook without either) its indent; a level more than one below ``previous`` (the
    row before's) is a problem and counts as one below it."""
    level, key, problem = 1, "name", ""
    if cell(values, "outline_level") is not None:
        key = "outline_level"
        text = _text(cell(values, "outline_level"))
        if not text.isdigit() or not 1 <= int(text) <= _MAX_LEVEL:
            problem = f"'{text[:40]}' is not an outline level (1 to {_MAX_LEVEL})"
        else:
            level = int(text)
    elif cell(values, "wbs") is not None:
        key = "wbs"
        text = _text(cell(values, "wbs"))
        if not _WBS.fullmatch(text):
            problem = f"'{text[:40]}' is not a WBS code such as 1.2.3"
        else:
            level = min(text.rstrip(".").count(".") + 1, _MAX_LEVEL)
    elif use_indent:
        level = min(indent + 1, _MAX_LEVEL)
    if level > previous + 1 and not problem:
        problem = (f"outline level {level} cannot follow level {previous}" if previous
                   else f"the first task must be at outline level 1, not {level}")
    return min(level, previous + 1), key, problem


def sheet_plan(
    sheet: Sheet,
    options: SheetOptions = SheetOptions(),
    cancelled: Callable[[], bool] | None = None,
) -> Plan:
    """The plan the sheet's rows make under ``options``; :class:`SheetError` lists the
    bad rows (row number, column, what is wrong) and nothing is built."""
    path = sheet.path
    mapping = dict(options.mapping) if options.mapping is not None else guess_mapping(
        sheet.headers)
    col = {key: index for index, key in mapping.items() if key in IMPORT_FIELDS}
    if "name" not in col:
        raise SheetError(f"{path}: no column is imported as the task name: map one "
                         "(headers: " + ", ".join(h or "(blank)" for h in sheet.headers) + ")")
    day_first = options.day_first if options.day_first is not None else guess_day_first(
        sheet, mapping)
    calendar = standard_calendar()
    reading = _Reading(col, day_first, TimeUnits(),
                       WorkCalendar.from_calendar(calendar, {calendar.uid: calendar}),
                       _Problems(path, sheet.headers))
    kept = [i for i, values in enumerate(sheet.rows)
            if any(reading.cell(values, k) is not None for k in col)]
    levels = _outline_levels(sheet, kept, reading)
    # A summary's duration, dates and progress roll up from its children, so its own
    # cells are not read.
    summaries = {a for a, b in itertools.pairwise(kept)
                 if levels[b][0] > levels[a][0] and not levels[b][2]}
    rows: list[_Row] = []
    by_id: dict[int, _Row] = {}
    for count, i in enumerate(kept):
        if count % 2000 == 0:
            check_cancel(cancelled, path)
        row = _read_row(reading, sheet.rows[i], sheet.numbers[i], levels[i],
                        i in summaries, by_id, len(rows) + 1)
        if row is not None:
            rows.append(row)
            by_id[row.id] = row
    if reading.problems.items:
        reading.problems.raise_()
    if not rows:
        raise SheetError(f"{path}: no tasks: every row under the header is empty")
    return _assemble(path, rows, by_id, reading, calendar, cancelled)


@dataclass
class _Reading:
    """What reading a sheet's rows takes: the column of each field, how dates and durations
    are typed, the working time that turns two dates into a duration, the problems so far."""

    col: dict[str, int]
    day_first: bool
    units: TimeUnits
    work: WorkCalendar
    problems: _Problems

    def cell(self, row: list[Cell], key: str) -> Cell:
        """The row's cell for field ``key`` (None when the field has no column or the
        cell is empty)."""
        index = self.col.get(key)
        if index is None or index >= len(row):
            return None
        value = row[index]
        return None if value == "" else value

    def bad(self, number: int, key: str, message: str) -> None:
        self.problems.add(number, self.col.get(key), message)


def _outline_levels(sheet: Sheet, kept: list[int],
                    reading: _Reading) -> dict[int, tuple[int, str, str]]:
    """(level, column, problem) by row index, each row's level read after the one before."""
    col = reading.col
    use_indent = "outline_level" not in col and "wbs" not in col and any(sheet.indents)
    levels: dict[int, tuple[int, str, str]] = {}
    previous = 0
    for i in kept:
        levels[i] = _outline_level(sheet.rows[i], sheet.indents[i], reading.cell, use_indent,
                                   previous)
        previous = levels[i][0]
    return levels


def _read_row(reading: _Reading, values: list[Cell], number: int,
              outline: tuple[int, str, str], summary: bool, by_id: dict[int, _Row],
              row_id: int) -> _Row | None:
    """Sheet row ``number`` as a task (its ID ``row_id`` unless it states one), or None
    when one of its cells is wrong: ``reading.problems`` then says which."""
    cell = reading.cell
    before = len(reading.problems.items)

    def bad(key: str, message: str) -> None:
        reading.bad(number, key, message)

    name = _text(cell(values, "name"))
    if not name:
        bad("name", "the task has no name")
    if cell(values, "id") is not None:
        text = _text(cell(values, "id"))
        if not text.isdigit() or not 1 <= int(text) <= 10 * MAX_ROWS:
            bad("id", f"'{text[:40]}' is not an ID (a whole number from 1)")
        elif int(text) in by_id:
            bad("id", f"ID {text} is also the ID of row {by_id[int(text)].number}")
        else:
            row_id = int(text)
    level, key, problem = outline
    if problem:
        bad(key, problem)
    if summary:
        values = [v if k not in ("duration", "start", "finish", "complete") else None
                  for k, v in _keyed(values, reading.col)]
    typed, start, finish, complete = _row_schedule(reading, values, bad)
    if len(reading.problems.items) > before:
        return None
    work = reading.work
    if typed is None and start is not None and finish is not None:
        a = work.next_working(start) if start.time() == time() else start
        b = (finish if finish.time() != time()
             else work.previous_working(finish.replace(hour=23, minute=59)))
        typed = Duration(max(0, work.between(a, b)))
    typed = typed or Duration(reading.units.minutes_per_day)  # a new task's one day
    task = Task(
        uid=new_uid(),
        name=name,
        notes=_text(cell(values, "notes")),
        duration=typed.minutes,
        duration_unit=typed.unit,
        duration_elapsed=typed.elapsed,
        milestone=typed.minutes == 0,
        percent_complete=complete,
        source_uid=row_id,
    )
    return _Row(number, row_id, level, task, start, finish,
                _text(cell(values, "predecessors")), _text(cell(values, "resources")))


def _row_schedule(
    reading: _Reading, values: list[Cell], bad: Callable[[str, str], None]
) -> tuple[Duration | None, datetime | None, datetime | None, int]:
    """A row's typed duration, start, finish and % complete; each wrong cell goes to
    ``bad`` (field, message) and reads as empty."""
    cell = reading.cell
    typed: Duration | None = None
    if cell(values, "duration") is not None:
        try:
            typed = _duration(cell(values, "duration"), reading.units)
        except ValueError as exc:
            bad("duration", str(exc))
    start = finish = None
    for key in ("start", "finish"):
        if cell(values, key) is None:
            continue
        try:
            value = _moment(cell(values, key), reading.day_first,
                            f"'{_text(cell(values, key))}'")
        except ValueError as exc:
            bad(key, str(exc))
            continue
        if key == "start":
            start = value
        else:
            finish = value
    if start is not None and finish is not None and finish < start:
        bad("finish", f"the finish ({finish:%Y-%m-%d}) is before the start "
                      f"({start:%Y-%m-%d})")
    complete = 0
    if cell(values, "complete") is not None:
        try:
            complete = parse_percent(_text(cell(values, "complete")))
        except ValueError as exc:
            bad("complete", str(exc))
    return typed, start, finish, complete


def _assemble(path: Path, rows: list[_Row], by_id: dict[int, _Row], reading: _Reading,
              calendar: Calendar, cancelled: Callable[[], bool] | None) -> Plan:
    """The plan of the sheet's rows: outline, resources, links and assignments, each task
    pinned to the dates its row states."""
    tasks = _nest(rows, reading.units)
    # Resources named in the sheet become the plan's resources.
    resources: dict[str, Resource] = {}
    for row in rows:
        for name in _resource_names(row.resources):
            if name.casefold() not in resources:
                resources[name.casefold()] = Resource(uid=new_uid(), name=name)
    check_cancel(cancelled, path)
    dependencies, assignments = _links_and_assignments(rows, by_id, resources, reading)
    if reading.problems.items:
        reading.problems.raise_()
    work = reading.work
    starts = [r.start for r in rows if r.start is not None]
    first = min(starts) if starts else datetime.combine(date.today(), time())
    project = ProjectInfo(uid=new_uid(), name=path.stem, start=work.next_working(first),
                          calendar_uid=calendar.uid)
    plan = Plan(project=project, calendars={calendar.uid: calendar}, tasks=tasks,
                dependencies=dependencies, resources=list(resources.values()),
                assignments=assignments)
    try:
        return pin_dates(plan, {r.task.uid: r.start for r in rows if r.start is not None},
                         {r.task.uid: r.finish for r in rows if r.finish is not None})
    except CycleError as exc:
        numbers = {r.task.uid: r.number for r in rows}
        where = ", ".join(f"row {numbers[u]}" for u in exc.task_uids if u in numbers)
        raise SheetError(f"{path}: nothing was imported: the predecessors make a cycle "
                         f"({where}): {exc}") from exc


def _nest(rows: list[_Row], units: TimeUnits) -> list[Task]:
    """The rows' tasks with parents from their levels and positions among siblings. A
    summary's duration and progress roll up from its children, whatever its row says."""
    stack: list[_Row] = []
    positions: dict[str | None, int] = {}
    parents: set[str] = set()
    for row in rows:
        while stack and stack[-1].level >= row.level:
            stack.pop()
        parent = stack[-1].task.uid if stack else None
        if parent is not None:
            parents.add(parent)
        position = positions.get(parent, 0)
        positions[parent] = position + 1
        row.task = replace(row.task, parent_uid=parent, position=position)
        stack.append(row)
    for row in rows:
        if row.task.uid in parents:
            row.task = replace(row.task, duration=units.minutes_per_day, milestone=False,
                               percent_complete=0, duration_unit=DurationUnit.DAYS,
                               duration_elapsed=False)
    return [row.task for row in rows]


def _links_and_assignments(
    rows: list[_Row], by_id: dict[int, _Row], resources: dict[str, Resource],
    reading: _Reading,
) -> tuple[list[Dependency], list[Assignment]]:
    """The links the Predecessors cells state and the assignments the Resources cells
    state (resources by case-folded name); a cell that does not parse is a problem."""
    dependencies: list[Dependency] = []
    assignments: list[Assignment] = []

    def uid_for_row(n: int) -> str | None:
        target = by_id.get(n)
        return target.task.uid if target is not None else None

    for row in rows:
        if row.predecessors:
            try:
                # Lags and units are checked (finite, in range) by the parsers themselves.
                specs = parse_predecessors(row.predecessors, uid_for_row, reading.units,
                                           own_row=row.id)
            except ValueError as exc:
                reading.bad(row.number, "predecessors", str(exc))
            else:
                dependencies.extend(
                    Dependency.with_lag(s.predecessor_uid, row.task.uid, s.type, s.lag)
                    for s in specs)
        if row.resources:
            try:
                named = [resources[n.casefold()] for n in _resource_names(row.resources)
                         if n.casefold() in resources]
                for spec in parse_resources(row.resources, named):
                    assignments.append(Assignment(uid=new_uid(), task_uid=row.task.uid,
                                                  resource_uid=spec.resource_uid,
                                                  units=spec.units))
            except ValueError as exc:
                reading.bad(row.number, "resources", str(exc))
    return dependencies, assignments


def mapping_with(headers: Sequence[str], entries: Sequence[str]) -> dict[int, str]:
    """The guessed mapping changed by ``entries`` such as ``"Task title=name"``,
    ``"C=duration"`` (a column letter) or ``"Cost=ignore"``; ValueError names a header or
    field that does not exist."""
    mapping = guess_mapping(headers)
    folded = [h.casefold() for h in headers]
    for entry in entries:
        if "=" not in entry:
            raise ValueError(f"--map {entry!r}: use HEADER=FIELD, e.g. 'Task title=name'")
        head, _, target = entry.rpartition("=")
        head, target = head.strip(), target.strip()
        if head.casefold() in folded:
            index = folded.index(head.casefold())
        elif re.fullmatch(r"[A-Za-z]{1,2}", head):
            index = _column_index(head)
        else:
            raise ValueError(f"--map {entry!r}: the sheet has no column {head!r}; its "
                             f"headers are {', '.join(h or '(blank)' for h in headers)}")
        if target.casefold() in ("", "ignore", "none", "-"):
            mapping.pop(index, None)
            continue
        try:
            key = column_key(target)
        except ValueError:
            key = ""
        if key not in IMPORT_FIELDS:
            raise ValueError(f"--map {entry!r}: {target!r} is not a task field; use one of "
                             f"{', '.join(IMPORT_FIELDS)} or ignore")
        for other in [i for i, k in mapping.items() if k == key]:
            del mapping[other]
        mapping[index] = key
    return mapping


def _column_index(letters: str) -> int:
    """0-based index of a spreadsheet column letter ("A" is 0, "AB" is 27)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - ord("A") + 1
    return n - 1


def _resource_names(text: str) -> list[str]:
    """The names typed in a resources cell ("Ana[50%], Ben" gives Ana and Ben)."""
    names = []
    for part in _split(text):
        found = _RES_RE.match(part)
        if found is not None:
            names.append(found["name"])
    return names
