"""Files from and for other planning tools, chosen by suffix.

:data:`IMPORT_SUFFIXES` and :data:`EXPORT_SUFFIXES` are the one list of formats: the
command line's ``import`` and ``export``, the window's File ▸ Import and Export dialogs and
their file filters all read them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.core.model import Plan
from pmdesk.fileio import describe_path, os_reason

from .sheets import SheetOptions
from .untrusted import ImportCancelled

if TYPE_CHECKING:
    from pmdesk.core.schedule import ScheduleResult

__all__ = [
    "EXPORT_SUFFIXES",
    "IMPORT_SUFFIXES",
    "SHEET_SUFFIXES",
    "ExportOptions",
    "ImportCancelled",
    "SheetOptions",
    "file_filter",
    "read_plan",
    "write_plan",
]

IMPORT_SUFFIXES = {
    ".xml": "MS Project XML",
    ".mpp": "Microsoft Project",
    ".gan": "GanttProject",
    ".planner": "GNOME Planner",
    ".xlsx": "Excel workbook",
    ".csv": "CSV sheet",
}
EXPORT_SUFFIXES = {
    ".xml": "MS Project XML",
    ".gan": "GanttProject",
    ".xlsx": "Excel workbook",
    ".csv": "CSV sheet",
    ".ics": "iCalendar",
}
# Task sheets: their columns are mapped to task fields before they are imported.
SHEET_SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What an export writes where the format leaves a choice.

    ``table``: for .csv and .xlsx, ``"tasks"`` (in ``columns``, keys of
    :mod:`pmdesk.core.columns`; None: :data:`~pmdesk.interchange.tables.EXCHANGE_COLUMNS`)
    or ``"risks"`` (the risk register) or ``"backlog"`` (the features in rank order).
    ``tasks``: for .ics, every task as an event, not
    only the milestones. ``baseline_number``: the baseline variance columns compare with.
    """

    table: str = "tasks"
    columns: Sequence[str] | None = None
    tasks: bool = False
    baseline_number: int = 0


def file_filter(suffixes: dict[str, str]) -> str:
    """A file dialog filter listing ``suffixes``: every format first, then each format,
    then all files ("Plans (*.xml *.gan);;MS Project XML (*.xml);;...")."""
    names: dict[str, list[str]] = {}
    for suffix, name in suffixes.items():
        names.setdefault(name, []).append(f"*{suffix}")
    every = " ".join(f"*{s}" for s in suffixes)
    parts = [f"Every format ({every})"]
    parts.extend(f"{name} ({' '.join(patterns)})" for name, patterns in names.items())
    parts.append("All files (*)")
    return ";;".join(parts)


def _known(path: Path, suffixes: dict[str, str], verb: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        known = ", ".join(f"{s} ({n})" for s, n in suffixes.items())
        what = suffix or ("files without a suffix" if verb == "import"
                          else "a file without a suffix")
        raise ValueError(f"{path}: cannot {verb} {'to ' if verb == 'export' else ''}{what}; "
                         f"known: {known}")
    return suffix


def read_plan(
    path: Path,
    cancelled: Callable[[], bool] | None = None,
    sheet: SheetOptions | None = None,
) -> Plan:
    """Read a foreign project file; ValueError names the file and what is wrong.

    ``cancelled`` lets a window stop a long read; a stopped read raises
    :class:`ImportCancelled`. ``sheet`` says how to read a .csv or .xlsx sheet (its column
    mapping, worksheet and date order); without it the usual headers are recognised.
    """
    suffix = _known(path, IMPORT_SUFFIXES, "import")
    try:
        found = path.is_file()
    except OSError as exc:
        raise ValueError(f"{describe_path(path)}: cannot be read ({os_reason(exc)})") from None
    if not found:
        raise ValueError(f"{describe_path(path)}: no such file")
    if suffix == ".mpp":
        from .mpp import read_mpp

        return read_mpp(path, cancelled=cancelled)
    if suffix == ".gan":
        from .ganttproject import read_gan

        return read_gan(path, cancelled)
    if suffix == ".planner":
        from .planner import read_planner

        return read_planner(path, cancelled)
    if suffix in SHEET_SUFFIXES:
        from .sheets import read_sheet, sheet_plan

        options = sheet or SheetOptions()
        return sheet_plan(read_sheet(path, options.sheet, cancelled=cancelled), options,
                          cancelled)
    from .mspdi import read_mspdi

    return read_mspdi(path)


def write_plan(plan: Plan, path: Path, schedule: ScheduleResult | None = None,
               options: ExportOptions | None = None) -> None:
    """Write a plan in the format its suffix names, atomically; ValueError for an unknown
    suffix or a missing folder. ``schedule`` is the plan's schedule (computed when None)."""
    suffix = _known(path, EXPORT_SUFFIXES, "export")
    try:
        folder = path.parent.is_dir()
    except OSError as exc:
        raise ValueError(f"{describe_path(path)}: cannot be written ({os_reason(exc)})") from None
    if not folder:
        raise ValueError(
            f"{describe_path(path)}: the folder {describe_path(path.parent)} does not exist"
        )
    options = options or ExportOptions()
    if schedule is None:
        from pmdesk.core.schedule import schedule as compute

        schedule = compute(plan)
    if suffix == ".gan":
        from .ganttproject import write_gan

        write_gan(plan, path, schedule)
    elif suffix in SHEET_SUFFIXES:
        from .tables import EXCHANGE_COLUMNS, write_table

        write_table(plan, schedule, path, options.columns or EXCHANGE_COLUMNS, options.table,
                    options.baseline_number)
    elif suffix == ".ics":
        from .ics import write_ics

        write_ics(plan, path, schedule, tasks=options.tasks)
    else:
        from .mspdi_writer import write_mspdi

        write_mspdi(plan, path, schedule)
