"""Task sheets: CSV and Excel out and back in, the spellings people type, bad rows named by
number with nothing imported, and hostile files refused in bounded time and memory."""

from __future__ import annotations

import re
import struct
import tracemalloc
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment

from pmdesk.core.columns import TASK_COLUMNS
from pmdesk.core.model import ConstraintType, LinkType
from pmdesk.core.schedule import schedule
from pmdesk.interchange import ExportOptions, SheetOptions, read_plan, write_plan
from pmdesk.interchange.risks_csv import risk_rows
from pmdesk.interchange.sheets import (
    SheetError,
    guess_mapping,
    mapping_with,
    read_sheet,
    sheet_plan,
)

MB = 1024 * 1024


def _csv(tmp_path: Path, text: str, name: str = "tasks.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _import(path: Path, **options) -> object:
    return read_plan(path, sheet=SheetOptions(**options) if options else None)


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_plan_goes_to_a_sheet_and_back_unchanged(tmp_path, suffix, exchange_plan,
                                                   plan_facts) -> None:
    """A sheet carries tasks, outline, durations, dates, links, progress, notes and who
    works on what at which units; not calendars or a person's role and rate."""
    plan = exchange_plan(calendars=False)
    path = tmp_path / f"plan{suffix}"
    write_plan(plan, path)
    back = read_plan(path)
    assert plan_facts(back, people=False) == plan_facts(plan, people=False)
    # Only the constraint the plan had: every other task sits where its links put it.
    assert [(t.name, t.constraint_type) for t in back.tasks
            if t.constraint_type is not ConstraintType.ASAP] == [
        ("Prototype", ConstraintType.SNET)]


def test_a_workbook_holds_dates_percentages_and_money_as_such(tmp_path, exchange_plan) -> None:
    plan = exchange_plan()
    path = tmp_path / "plan.xlsx"
    write_plan(plan, path, options=ExportOptions(columns=("name", "start", "complete", "cost")))
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == ["Task Name", "Start", "% Complete", "Cost (EUR)"]
    result = schedule(plan)
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    interviews = rows["Interviews, round 1"]
    assert interviews[1].value == result.tasks[plan.tasks[1].uid].start
    assert interviews[2].value == 1.0 and interviews[2].number_format == "0%"
    assert interviews[3].value == 5 * 8 * (0.5 * 50 + 40) and "€" in interviews[3].number_format
    # The outline shows as indentation and bold summaries, the header stays in view.
    assert rows["Discovery"][0].font.bold and not interviews[0].font.bold
    assert interviews[0].alignment.indent == 1 and rows["Discovery"][0].alignment.indent == 0
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:D{len(plan.tasks) + 1}"


def test_every_column_exports_in_the_task_tables_own_text(tmp_path, exchange_plan) -> None:
    plan = exchange_plan()
    path = tmp_path / "all.csv"
    keys = ("id", "wbs", "outline_level", "name", *(c.key for c in TASK_COLUMNS))
    write_plan(plan, path, options=ExportOptions(columns=tuple(dict.fromkeys(keys))))
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:4] == ["ID", "WBS", "Outline Level", "Task Name"]
    assert len(lines[0].split(",")) == len(TASK_COLUMNS)
    assert lines[2].startswith('2,1.1,2,"Interviews, round 1",,Auto,5d,Mon 02 Mar 2026,')
    assert "'=Docs" in path.read_text(encoding="utf-8-sig"), "a formula stays text"


def test_a_name_that_looks_like_a_formula_stays_text_both_ways(tmp_path) -> None:
    csv_path = _csv(tmp_path, 'Name,Duration\n"\'=HYPERLINK(""http://x"")",1d\n\'+1,2d\n')
    names = [t.name for t in _import(csv_path).tasks]
    assert names == ['=HYPERLINK("http://x")', "+1"]
    out = tmp_path / "out.xlsx"
    write_plan(_import(csv_path), out)
    cell = load_workbook(out).active["C2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_the_risk_register_exports_to_a_workbook(tmp_path) -> None:
    from pmdesk.demo import build_demo_plan

    plan = build_demo_plan()
    path = tmp_path / "risks.xlsx"
    write_plan(plan, path, options=ExportOptions(table="risks"))
    rows = [[c.value or "" for c in r] for r in load_workbook(path).active.iter_rows()]
    assert rows == [[str(v) for v in r] for r in risk_rows(plan)]


# --------------------------------------------------------------------------- typed text


def test_the_usual_headers_are_mapped_without_asking() -> None:
    headers = ["ID", "Task Name", "Duration", "Start", "Finish", "Predecessors",
               "Resource Names", "% Complete", "Outline Level", "Notes", "Cost"]
    assert guess_mapping(headers) == {
        0: "id", 1: "name", 2: "duration", 3: "start", 4: "finish", 5: "predecessors",
        6: "resources", 7: "complete", 8: "outline_level", 9: "notes"}
    assert guess_mapping(["Name", "Begin date", "End date", "WBS", "Progress"]) == {
        0: "name", 1: "start", 2: "finish", 3: "wbs", 4: "complete"}


def test_spellings_people_type_are_read_as_the_task_table_reads_them(tmp_path) -> None:
    path = _csv(tmp_path, (
        "Name;Duration;Start;Predecessors;Resource Names;% Complete\n"
        "Kick-off;0;2026-03-02;;;\n"
        "Interviews;5 days;3/3/2026;1;Ana[50%], Ben;100%\n"
        "Survey;1,5w;;2FS+2d;Ben;40\n"
        "Review;4h;Thu 19 Mar 2026;3SS-1d;;\n"
        "Report;2;20 Mar 2026;2FF+50%;ana;\n"))
    plan = _import(path)
    t = {x.name: x for x in plan.tasks}
    assert t["Kick-off"].milestone and t["Interviews"].duration == 5 * 480
    assert t["Survey"].duration == 3600 and t["Survey"].duration_unit == "w"  # 1.5 weeks
    assert t["Review"].duration == 240 and t["Report"].duration == 960
    assert t["Interviews"].percent_complete == 100 and t["Survey"].percent_complete == 40
    names = {x.uid: x.name for x in plan.tasks}
    links = {(names[d.predecessor_uid], names[d.successor_uid]): (d.type, d.lag, d.lag_percent)
             for d in plan.dependencies}
    assert links == {("Kick-off", "Interviews"): (LinkType.FS, 0, None),
                     ("Interviews", "Survey"): (LinkType.FS, 960, None),
                     ("Survey", "Review"): (LinkType.SS, -480, None),
                     ("Interviews", "Report"): (LinkType.FF, 0, 50)}
    people = {r.uid: r.name for r in plan.resources}
    assert sorted((names[a.task_uid], people[a.resource_uid], a.units)
                  for a in plan.assignments) == [
        ("Interviews", "Ana", 0.5), ("Interviews", "Ben", 1.0), ("Report", "Ana", 1.0),
        ("Survey", "Ben", 1.0)]
    result = schedule(plan)
    assert result.tasks[t["Interviews"].uid].start == datetime(2026, 3, 3, 8)  # day first
    assert result.tasks[t["Review"].uid].start == datetime(2026, 3, 19, 8)


def test_dates_written_month_first_are_recognised(tmp_path) -> None:
    path = _csv(tmp_path, "Name,Start\nA,03/04/2026\nB,12/31/2026\n")
    plan = _import(path)
    starts = [schedule(plan).tasks[t.uid].start.date().isoformat() for t in plan.tasks]
    assert starts == ["2026-03-04", "2026-12-31"]
    plan = _import(path, day_first=True, mapping={0: "name"})
    assert len(plan.tasks) == 2, "without the date column nothing is wrong"
    with pytest.raises(SheetError, match="row 3, Start: '12/31/2026' is not a date written "
                                         "day first: there is no month 31"):
        _import(path, day_first=True)


def test_an_outline_comes_from_levels_wbs_codes_or_indented_names(tmp_path) -> None:
    from pmdesk.core.outline import outline_levels

    for text in (
        "Name,Outline Level\nA,1\nB,2\nC,3\nD,1\n",
        "Name,WBS\nA,1\nB,1.1\nC,1.1.1\nD,2\n",
    ):
        plan = _import(_csv(tmp_path, text))
        assert list(outline_levels(plan.tasks).values()) == [1, 2, 3, 1]
    book = Workbook()
    sheet = book.active
    sheet.append(["Task", "Duration"])
    for name, indent in (("A", 0), ("B", 1), ("C", 2), ("D", 0)):
        sheet.append([name, "1d"])
        sheet.cell(sheet.max_row, 1).alignment = Alignment(indent=indent)
    book.save(tmp_path / "indented.xlsx")
    plan = _import(tmp_path / "indented.xlsx")
    assert list(outline_levels(plan.tasks).values()) == [1, 2, 3, 1]


def test_a_workbooks_other_worksheet_and_typed_cells(tmp_path) -> None:
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    sheet = book.create_sheet("Plan")
    sheet.append(["Task", "Days", "Start", "Done"])
    sheet.append(["Build", 3, datetime(2026, 3, 2), 0.25])
    sheet.cell(2, 4).number_format = "0%"
    book.save(tmp_path / "two.xlsx")
    plan = _import(tmp_path / "two.xlsx", sheet="Plan",
                   mapping={0: "name", 1: "duration", 2: "start", 3: "complete"})
    task = plan.tasks[0]
    assert (task.name, task.duration, task.percent_complete) == ("Build", 3 * 480, 25)
    assert schedule(plan).tasks[task.uid].start == datetime(2026, 3, 2, 8)
    with pytest.raises(
        SheetError, match="no worksheet named 'Gone'; the workbook has Notes, Plan"
    ):
        _import(tmp_path / "two.xlsx", sheet="Gone")


def test_a_mapping_chosen_by_header_or_column_letter(tmp_path) -> None:
    headers = ["Task title", "Length", "Cost", "Name"]
    assert mapping_with(headers, ["Task title=name", "B=duration", "Name=ignore"]) == {
        0: "name", 1: "duration"}
    with pytest.raises(ValueError, match="no column 'Owner'"):
        mapping_with(headers, ["Owner=resources"])
    with pytest.raises(ValueError, match="'colour' is not a task field"):
        mapping_with(headers, ["Cost=colour"])


def test_csv_from_excel_in_a_windows_code_page_with_semicolons(tmp_path) -> None:
    path = _csv(tmp_path, "Name;Duration;Notes\nÉtude;2d;Café crème\n", encoding="cp1252")
    task = _import(path).tasks[0]
    assert (task.name, task.notes, task.duration) == ("Étude", "Café crème", 960)


# --------------------------------------------------------------------------- bad rows


def test_bad_rows_are_named_by_number_and_nothing_is_imported(tmp_path) -> None:
    path = _csv(tmp_path, (
        "Name,Duration,Start,% Complete,Outline Level\n"
        "Good,1d,2026-03-02,0,1\n"
        "Bad duration,abc,,,1\n"
        ",1d,,,1\n"
        "Bad date,1d,31/02/2026,,1\n"
        "Bad percent,1d,,150,1\n"
        "Too deep,1d,,,3\n"
        "Far future,1d,2350-01-01,,1\n"
        "Huge,99999999999d,,,1\n"))
    with pytest.raises(SheetError) as err:
        _import(path)
    rows = [(n, h) for n, h, _ in err.value.problems]
    assert rows == [(3, "Duration"), (4, "Name"), (5, "Start"), (6, "% Complete"),
                    (7, "Outline Level"), (8, "Start"), (9, "Duration")]
    message = str(err.value)
    assert message.startswith(f"{path}: nothing was imported: row 3, Duration: 'abc' is not")
    assert "\n" not in message and "and 2 more" in message


def test_links_and_resources_are_checked_too(tmp_path) -> None:
    path = _csv(tmp_path, "Name,Predecessors,Resource Names\nA,,\nB,7,\nC,1XX,\nD,,Ana[0%]\n"
                          "E,1FS+1e9d,\nF,1,Ana[inf%]\n")
    with pytest.raises(SheetError) as err:
        _import(path)
    assert [(n, h) for n, h, _ in err.value.problems] == [
        (3, "Predecessors"), (4, "Predecessors"), (5, "Resource Names"), (6, "Predecessors"),
        (7, "Resource Names")]
    assert "there is no task in row 7" in err.value.problems[0][2]


def test_a_dependency_cycle_names_its_rows(tmp_path) -> None:
    path = _csv(tmp_path, "ID,Name,Predecessors\n1,A,3\n2,B,1\n3,C,2\n")
    with pytest.raises(SheetError, match=r"cycle \(row \d, row \d, row \d\)"):
        _import(path)


def test_a_sheet_without_names_or_rows_says_so(tmp_path) -> None:
    with pytest.raises(SheetError, match="no column is imported as the task name"):
        _import(_csv(tmp_path, "Length,Start\n1d,2026-03-02\n"))
    with pytest.raises(SheetError, match="no tasks"):
        _import(_csv(tmp_path, "Name,Duration\n,,\n"))
    with pytest.raises(SheetError, match="the file is empty"):
        _import(_csv(tmp_path, "\n\n"))


def test_the_command_line_imports_a_sheet_with_a_mapping(tmp_path, capsys) -> None:
    from pmdesk.cli import main
    from pmdesk.store.document import open_plan

    src = _csv(tmp_path, "Task title,Length,Owner\nA,2d,Ana\nB,3d,Ben\n")
    out = tmp_path / "p.pmdesk"
    assert main(["import", str(src), "-o", str(out), "--map", "Task title=name",
                 "--map", "Length=duration", "--map", "Owner=resources"]) == 0
    plan = open_plan(out)
    assert [(t.name, t.duration) for t in plan.tasks] == [("A", 960), ("B", 1440)]
    assert [r.name for r in plan.resources] == ["Ana", "Ben"]
    bad = _csv(tmp_path, "Name,Duration\nA,x\n", name="bad.csv")
    assert main(["import", str(bad), "-o", str(tmp_path / "bad.pmdesk")]) == 2
    err = capsys.readouterr().err
    assert "row 2, Duration: 'x' is not a duration" in err and err.count("\n") == 1
    assert not (tmp_path / "bad.pmdesk").exists()


# --------------------------------------------------------------------------- hostile files


def _peak(call) -> int:
    """Peak memory Python allocated while ``call`` ran (it must raise SheetError)."""
    tracemalloc.start()
    try:
        with pytest.raises(SheetError) as err:
            call()
        return tracemalloc.get_traced_memory()[1], str(err.value)
    finally:
        tracemalloc.stop()


def test_a_100_mb_sheet_is_refused_before_it_is_read(tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.write(b"Name,Duration\n")
        f.truncate(100 * MB)  # sparse: costs no disk
    peak, message = _peak(lambda: read_plan(path))
    assert "refused: the file is 100 MB" in message
    assert peak < 5 * MB


def _deflated(data: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _zip_by_hand(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A ZIP archive of deflated members (name, packed data, unpacked size, CRC-32), written
    without unpacking anything: a bomb's directory can then say what it unpacks to."""
    with path.open("wb") as f:
        directory = []
        for name, packed, size, crc in members:
            offset = f.tell()
            raw = name.encode()
            f.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(packed),
                                size, len(raw), 0) + raw + packed)
            directory.append((raw, crc, len(packed), size, offset))
        start = f.tell()
        for raw, crc, packed_size, size, offset in directory:
            f.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc,
                                packed_size, size, len(raw), 0, 0, 0, 0, 0, offset) + raw)
        f.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(directory), len(directory),
                            f.tell() - start, start, 0))


def _xlsx_with(tmp_path: Path, name: str, member: str, data: bytes | None = None,
               packed: bytes | None = None, size: int = 0) -> Path:
    """A real workbook with ``member`` replaced (or added): by ``data``, or by deflated
    bytes ``packed`` said to unpack to ``size`` bytes."""
    book = Workbook()
    book.active.append(["Name"])
    book.active.append(["A"])
    good = tmp_path / "good.xlsx"
    book.save(good)
    with zipfile.ZipFile(good) as src:
        members = [(i.filename, _deflated(src.read(i)), i.file_size, i.CRC)
                   for i in src.infolist() if i.filename != member]
    if data is not None:
        members.append((member, _deflated(data), len(data), zlib.crc32(data)))
    if packed is not None:
        members.append((member, packed, size, 0))
    path = tmp_path / name
    _zip_by_hand(path, members)
    return path


def _bomb(size: int) -> bytes:
    """Raw deflate data that unpacks to ``size`` spaces, made without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b" " * MB
    parts = [packer.compress(chunk) for _ in range(size // MB)]
    parts.append(packer.flush())
    return b"".join(parts)


def test_a_zip_bomb_posing_as_a_workbook_is_refused_from_its_directory(tmp_path) -> None:
    size = 1024 * MB
    path = _xlsx_with(tmp_path, "bomb.xlsx", "xl/worksheets/sheet2.xml",
                      packed=_bomb(size), size=size)
    assert path.stat().st_size < 5 * MB
    peak, message = _peak(lambda: read_plan(path))
    assert "zip bomb" in message and "sheet2.xml" in message
    assert peak < 5 * MB


def test_a_100_mb_worksheet_is_refused(tmp_path) -> None:
    # Unpacks to 100 MB at a ratio an honest sheet could have: refused by its size.
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>task %d</t></is></c></row>'
                    % (i, i, i) for i in range(1, 20001))
    body = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/'
            b'spreadsheetml/2006/main"><sheetData>' + rows * 80 + b"</sheetData></worksheet>")
    assert len(body) > 100 * MB
    path = _xlsx_with(tmp_path, "big.xlsx", "xl/worksheets/sheet1.xml", data=body)
    peak, message = _peak(lambda: read_plan(path))
    assert "unpacks to" in message and "more than pmdesk reads" in message
    assert peak < 50 * MB


@pytest.mark.parametrize(("doctype", "member"), [
    ((b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
      b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'), "xl/worksheets/sheet1.xml"),
    (b'<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "xl/sharedStrings.xml"),
])
def test_xml_bombs_and_external_entities_in_a_workbook_are_refused(tmp_path, doctype,
                                                                    member) -> None:
    body = (b'<?xml version="1.0"?>' + doctype + b'<worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>')
    path = _xlsx_with(tmp_path, "entities.xlsx", member, data=body)
    with pytest.raises(SheetError, match=f"refused: {member} declares a document type"):
        read_plan(path)


@pytest.mark.parametrize(("content", "said"), [
    (b"just text", "not an Excel workbook: the file is not a ZIP archive"),
    (None, "not an Excel workbook (.xlsx): it is a Word document"),
])
def test_files_that_are_not_workbooks_are_refused(tmp_path, content, said) -> None:
    path = tmp_path / "fake.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", "<w/>")
    else:
        path.write_bytes(content)
    with pytest.raises(SheetError, match=re.escape(said)):
        read_plan(path)


def test_a_csv_cell_larger_than_any_spreadsheet_cell_is_refused(tmp_path) -> None:
    path = _csv(tmp_path, 'Name,Notes\nA,"' + "x" * 200_000 + '"\n')
    with pytest.raises(SheetError, match="row 2"):
        read_plan(path)


def test_a_preview_reads_only_the_first_rows(tmp_path) -> None:
    path = _csv(tmp_path, "Name\n" + "".join(f"T{i}\n" for i in range(5000)))
    sheet = read_sheet(path, limit=12)
    assert len(sheet.rows) == 12 and not sheet.complete and sheet.numbers[0] == 2
    assert len(sheet_plan(read_sheet(path)).tasks) == 5000


# --------------------------------------------------------------------------- hostile cells


def _workbook(tmp_path: Path, name: str = "cells.xlsx") -> tuple[Workbook, Path]:
    book = Workbook()
    ws = book.active
    ws.title = "Tasks"
    ws.append(["ID", "Name", "Duration", "Start", "% Complete"])
    ws.append([1, "Design", "5d", datetime(2026, 3, 2), 0])
    ws.append([2, "Build", "3d", None, 50])
    return book, tmp_path / name


def _with_cell(path: Path, ref: str, cell: str) -> Path:
    """``path`` with the XML of cell ``ref`` of its first sheet replaced by ``cell``, as a
    tool other than Excel (or a hostile one) may write it."""
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    sheet, count = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', cell, sheet, count=1)
    assert count == 1
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize(("ref", "stored"), [
    ("C2", "NaN"), ("C3", "inf"), ("E2", "-inf"), ("A3", "nan"), ("C2", "abc")])
def test_a_number_cell_that_holds_no_number_is_named_by_row(tmp_path, ref, stored) -> None:
    book, path = _workbook(tmp_path)
    book.save(path)
    _with_cell(path, ref, f'<c r="{ref}"><v>{stored}</v></c>')
    with pytest.raises(SheetError) as caught:
        read_plan(path)
    assert str(caught.value) == (f"{path}: row {ref[1:]}: a number cell holds '{stored}', "
                                 "which is not a number")


@pytest.mark.parametrize("serial", ["1000000000", "2958466", "-700000", "1e400"])
def test_a_date_cell_whose_number_is_no_date_is_named_by_row_and_column(tmp_path,
                                                                           serial) -> None:
    book, path = _workbook(tmp_path)
    book.save(path)
    style = re.search(rb'<c r="D2" s="(\d+)"', zipfile.ZipFile(path).read(
        "xl/worksheets/sheet1.xml"))
    assert style is not None  # the date format openpyxl gave the cell
    _with_cell(path, "D2", f'<c r="D2" s="{style[1].decode()}"><v>{serial}</v></c>')
    with pytest.raises(SheetError) as caught:
        read_plan(path)
    shown = "inf" if serial == "1e400" else serial
    assert f"nothing was imported: row 2, Start: {shown} is a number, not a date" \
        in str(caught.value)


def test_a_workbook_whose_data_does_not_match_its_directory_is_damaged(tmp_path) -> None:
    book, path = _workbook(tmp_path)
    book.save(path)
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")  # the first entry of the directory: claim 10 bytes
    data[at + 24:at + 28] = (10).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(SheetError, match=re.escape(f"{path}: the workbook is damaged: Bad CRC")):
        read_plan(path)


def test_the_first_visible_sheet_is_read_not_a_hidden_one(tmp_path) -> None:
    book, path = _workbook(tmp_path)
    shown = book.create_sheet("Plan")
    shown.append(["Name", "Duration"])
    shown.append(["Shown task", "2d"])
    book["Tasks"].sheet_state = "hidden"
    book.active = 1
    book.save(path)
    assert [t.name for t in read_plan(path).tasks] == ["Shown task"]
    assert read_sheet(path).sheet_names == ("Tasks", "Plan")
    assert [t.name for t in _import(path, sheet="Tasks").tasks] == ["Design", "Build"]


def _with_dimension(path: Path, ref: str) -> Path:
    """``path`` with the size its first sheet states (``<dimension ref=...>``) set to
    ``ref``, as a writer that leaves it stale does."""
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"]
    assert b"<dimension " in sheet
    members["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref.encode() + b'"', sheet)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("ref", ["A1:E2", "A1", "A1:B1"])
def test_rows_past_the_size_a_sheet_states_are_read(tmp_path, ref) -> None:
    book, path = _workbook(tmp_path)
    book.active.append([3, "Test", "2d", None, 0])
    book.active.append([])
    book.active.append([5, "Ship", "0d", None, 0])
    book.save(path)
    _with_dimension(path, ref)
    sheet = read_sheet(path)
    assert sheet.headers == ["ID", "Name", "Duration", "Start", "% Complete"]
    assert sheet.numbers == [2, 3, 4, 6]
    assert sheet.rows[-1][:3] == [5, "Ship", "0d"]
    assert [t.name for t in read_plan(path).tasks] == ["Design", "Build", "Test", "Ship"]


@pytest.mark.parametrize("stated", [False, True])
def test_a_million_empty_rows_neither_hang_nor_fill_memory(tmp_path, stated) -> None:
    """A sheet is refused once it has held more rows than a task sheet can, empty or not,
    whether or not the size it states counts them: past that size is read too."""
    book, path = _workbook(tmp_path)
    book.save(path)
    empty = "".join(f'<row r="{i}"><c r="A{i}" s="0"/></row>' for i in range(4, 1_000_004))
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    sheet = members["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", empty.encode() + b"</sheetData>")
    if stated:
        sheet = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:E1000003"', sheet)
    members["xl/worksheets/sheet1.xml"] = sheet
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    refusal = (f"{path}: refused: the sheet holds more than 400,000 rows, empty or not; "
               "pmdesk imports at most 200,000 tasks")
    if stated:  # the same reading as below, without the memory tracing that slows it
        with pytest.raises(SheetError) as err:
            read_plan(path)
        assert str(err.value) == refusal
        return
    peak, message = _peak(lambda: read_plan(path))
    assert message == refusal
    assert peak < 50 * MB
