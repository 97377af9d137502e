"""read_plan and write_plan pick the format by suffix; every reader can be stopped."""

from __future__ import annotations

import pytest

from pmdesk.interchange import (
    EXPORT_SUFFIXES,
    IMPORT_SUFFIXES,
    ImportCancelled,
    file_filter,
    read_plan,
    write_plan,
)


@pytest.mark.parametrize("suffix", [".gan", ".csv", ".xlsx", ".planner"])
def test_a_read_the_user_cancels_stops_and_says_so(suffix, tmp_path, exchange_plan) -> None:
    plan = exchange_plan()
    path = tmp_path / f"plan{suffix}"
    if suffix == ".planner":
        path.write_text('<project name="p" project-start="20260105T000000Z"><tasks>'
                        '<task id="1" name="a" start="20260105T080000Z" '
                        'end="20260105T170000Z"/></tasks></project>')
    else:
        write_plan(plan, path)
    with pytest.raises(ImportCancelled, match="import cancelled"):
        read_plan(path, cancelled=lambda: True)
    assert read_plan(path, cancelled=lambda: False).tasks


def test_the_file_dialogs_list_every_format_once() -> None:
    opening = file_filter(IMPORT_SUFFIXES).split(";;")
    assert opening[0] == "Every format (*.xml *.mpp *.gan *.planner *.xlsx *.csv)"
    assert opening[1:-1] == ["MS Project XML (*.xml)", "Microsoft Project (*.mpp)",
                             "GanttProject (*.gan)", "GNOME Planner (*.planner)",
                             "Excel workbook (*.xlsx)", "CSV sheet (*.csv)"]
    assert opening[-1] == "All files (*)"
    saving = file_filter(EXPORT_SUFFIXES).split(";;")
    assert saving[0] == "Every format (*.xml *.gan *.xlsx *.csv *.ics)"
