"""`pmdesk export` and `pmdesk import` pick the format by suffix, for every format."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pmdesk.cli import main
from pmdesk.core.columns import TASK_COLUMNS
from pmdesk.demo import build_demo_plan
from pmdesk.interchange import EXPORT_SUFFIXES, IMPORT_SUFFIXES
from pmdesk.store.document import open_plan, save_plan


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "demo.pmdesk"
    save_plan(build_demo_plan(), path)
    return path


@pytest.mark.parametrize("suffix", [s for s in EXPORT_SUFFIXES if s in IMPORT_SUFFIXES])
def test_every_format_goes_out_and_comes_back_in(project, tmp_path, suffix, capsys) -> None:
    out = tmp_path / f"plan{suffix}"
    assert main(["export", str(project), "-o", str(out)]) == 0
    assert f"-> {out}" in capsys.readouterr().out
    back = tmp_path / f"back{suffix}.pmdesk"
    assert main(["import", str(out), "-o", str(back)]) == 0
    original, imported = open_plan(project), open_plan(back)
    assert [t.name for t in imported.tasks] == [t.name for t in original.tasks]
    assert len(imported.dependencies) == len(original.dependencies)
    assert len(imported.assignments) == len(original.assignments)


def test_a_table_export_takes_columns_and_the_risk_register(project, tmp_path) -> None:
    out = tmp_path / "all.csv"
    assert main(["export", str(project), "-o", str(out), "--columns", "all"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == [c.header for c in TASK_COLUMNS]
    assert main(["export", str(project), "-o", str(out), "--columns", "name,Total Slack"]) == 0
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == "Task Name,Total Slack"
    risks = tmp_path / "risks.xlsx"
    assert main(["export", str(project), "-o", str(risks), "--view", "risks"]) == 0
    assert load_workbook(risks).active["B1"].value == "Title"


@pytest.mark.parametrize(("args", "said"), [
    (["-o", "{tmp}/plan.docx"], "cannot export to .docx; known: .pdf (PDF), .png"),
    (["-o", "{tmp}/plan.gan", "--columns", "name"], "--columns is for the task table"),
    (["-o", "{tmp}/plan.ics", "--view", "risks"], "the risk register exports to .csv, .xlsx"),
    (["-o", "{tmp}/plan.csv", "--view", "board"], "the board view exports to .pdf or .png"),
    (["-o", "{tmp}/plan.csv", "--columns", "name,colour"], "unknown column 'colour'"),
    (["-o", "{tmp}/no/such/folder/plan.xlsx"], "does not exist"),
])
def test_export_refusals_are_one_line_and_write_nothing(project, tmp_path, capsys, args,
                                                        said) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["export", str(project), *args]) == 2
    err = capsys.readouterr().err
    assert said in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.pmdesk"]


def test_import_refusals_name_the_file(tmp_path, capsys) -> None:
    gan = tmp_path / "plan.gan"
    gan.write_text("<project/>")
    assert main(["import", str(gan), "-o", str(tmp_path / "p.pmdesk"), "--map", "A=name"]) == 2
    assert "--map, --sheet and --dates are for .csv and .xlsx" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "gone.planner"), "-o", str(tmp_path / "p.pmdesk")]) == 2
    assert "gone.planner: no such file" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "plan.odt"), "-o", str(tmp_path / "p.pmdesk")]) == 2
    err = capsys.readouterr().err
    assert "cannot import .odt" in err and ".gan (GanttProject)" in err
    assert not (tmp_path / "p.pmdesk").exists()


def test_the_backlog_exports_to_csv_and_excel_in_rank_order(tmp_path: Path) -> None:
    """A PM sends the ranked backlog to a spreadsheet colleague: the same rows, in the same
    order, as ``pmdesk backlog`` prints, scores as numbers in the workbook."""
    import io

    from pmdesk.core.product.facts import backlog_rows

    project = tmp_path / "demo.pmdesk"
    assert main(["demo", "-o", str(project)]) == 0
    ranked = backlog_rows(open_plan(project))
    assert len(ranked) >= 25
    sheet = tmp_path / "backlog.csv"
    assert main(["export", str(project), "-o", str(sheet), "--view", "backlog"]) == 0
    rows = list(csv.reader(io.StringIO(sheet.read_bytes().decode("utf-8-sig"))))
    assert rows[0][:3] == ["rank", "title", "status"]
    assert [r[1] for r in rows[1:]] == [f["title"] for f in ranked]
    book = tmp_path / "backlog.xlsx"
    assert main(["export", str(project), "-o", str(book), "--view", "backlog"]) == 0
    cells = list(load_workbook(book).active.iter_rows(values_only=True))
    assert [c[1] for c in cells[1:]] == [f["title"] for f in ranked]
    assert cells[1][0] == 1 and isinstance(cells[1][3], int | float)  # a number, not text
    assert cells[1][3] == ranked[0]["score"]


def test_the_backlog_refuses_a_format_it_has_no_sheet_for(tmp_path: Path, capsys) -> None:
    project = tmp_path / "demo.pmdesk"
    assert main(["demo", "-o", str(project)]) == 0
    assert main(["export", str(project), "-o", str(tmp_path / "b.ics"),
                 "--view", "backlog"]) == 2
    assert "the backlog exports to .csv, .xlsx, .pdf or .png" in capsys.readouterr().err
    assert not (tmp_path / "b.ics").exists()
