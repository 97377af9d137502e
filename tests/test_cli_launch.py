"""The roadmap and launch KPIs on the command line: ``kpi list|import``, ``simulate
--features``, ``info --json``'s ``product.kpis`` and ``product.roadmap``, and the roadmap
PDF and PNG read back. Bad input: one line naming what and where, status 2, file as it
was."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pmdesk.cli import main
from pmdesk.core.product.quarters import parse_quarter, quarter_end
from pmdesk.store.document import open_plan


@pytest.fixture
def project(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.pmdesk"
    shutil.copy(demo_file, copy)
    return copy


def _json(capsys, *argv: str):
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_kpi_list_gives_status_latest_and_target(project: Path, capsys) -> None:
    kpis = _json(capsys, "kpi", str(project), "list", "--json")
    assert len(kpis) >= 4
    by_name = {k["name"]: k for k in kpis}
    views = by_name["Paywall views per week"]
    assert (views["status"], views["latest"], views["target"], views["values"]) == (
        "at risk", 18800.0, 30000.0, 12)
    assert [k["status"] for k in kpis].count("at risk") == 1
    capsys.readouterr()
    assert main(["kpi", str(project), "list"]) == 0
    assert re.search(r"Paywall views per week\s+18800\s+30000\s+\S+\s+at risk",
                     capsys.readouterr().out)


def test_kpi_import_adds_values_and_info_shows_the_new_status(project: Path, tmp_path: Path,
                                                             capsys) -> None:
    values = tmp_path / "views.csv"
    last = max(v.on for v in open_plan(project).kpi_values)
    values.write_text(f"date,value\n{last.isoformat()},21000\n", encoding="utf-8")
    assert main(["kpi", str(project), "import", "paywall views per week", str(values)]) == 0
    assert "imported 1 value of 'Paywall views per week'" in capsys.readouterr().out
    info = _json(capsys, "info", str(project), "--json")
    views = next(k for k in info["product"]["kpis"] if k["name"] == "Paywall views per week")
    assert (views["status"], views["latest"], views["values"]) == ("on track", 21000.0, 12)


@pytest.mark.parametrize(("argv", "content", "message"), [
    (["Paywall views per week"], "date,value\n2026-12-11,20000\n2026-12-18,lots\n",
     r"views\.csv line 3: 'lots' is not a number \(value\)"),
    (["Paywall views per week"], "date,amount\n2026-12-11,20000\n",
     r"views\.csv line 1: no 'value' column"),
    (["Paywall views per week"], "date,value\n12/11/2026,20000\n",
     r"views\.csv line 2: '12/11/2026' is not a date; use YYYY-MM-DD"),
    (["Paywall views per week"], "date,value\n1850-01-01,20000\n",
     r"views\.csv line 2: 1850-01-01 is outside 1900-01-01 to 2199-12-31"),
    (["NPS"], "date,value\n2026-12-11,40\n", r"unknown KPI 'NPS'; the project's KPIs: "),
])
def test_bad_kpi_import_names_the_line_and_changes_nothing(
        project: Path, tmp_path: Path, capsys, argv, content, message) -> None:
    values = tmp_path / "views.csv"
    values.write_text(content, encoding="utf-8")
    before = project.read_bytes()
    assert main(["kpi", str(project), "import", *argv, str(values)]) == 2
    err = capsys.readouterr().err
    assert re.search(message, err) and err.count("\n") == 1
    assert project.read_bytes() == before


def test_missing_csv_is_named(project: Path, tmp_path: Path, capsys) -> None:
    assert main(["kpi", str(project), "import", "Premium MRR", str(tmp_path / "no.csv")]) == 2
    assert "no.csv: no such file" in capsys.readouterr().err


def test_info_json_has_the_roadmap_with_columns_quarters_and_slip(project, capsys) -> None:
    roadmap = _json(capsys, "info", str(project), "--json")["product"]["roadmap"]
    plan = open_plan(project)
    assert len(roadmap) == sum(1 for f in plan.features if f.status.value != "dropped")
    assert {r["column"] for r in roadmap} == {"now", "next", "later"}
    assert len({r["quarter"] for r in roadmap}) == 4  # four quarters
    for r in roadmap:
        assert {"title", "column", "quarter", "slip_days", "p50", "p80"} <= set(r)
        assert r["p50"] is None  # no forecast run yet
    slipping = [r for r in roadmap if r["slip_days"]]
    assert [r["title"] for r in slipping] == ["Conversion and retention dashboard"]


def test_simulate_features_saves_p50_p80_for_info(project: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["simulate", str(project), "--features", "--iterations", "300",
                 "--seed", "11"]) == 0
    out = capsys.readouterr().out
    assert "P50" in out and "P80" in out
    roadmap = _json(capsys, "info", str(project), "--json")["product"]["roadmap"]
    forecast = [r for r in roadmap if r["p50"] is not None]
    assert len(forecast) == sum(1 for r in roadmap if r["planned"])
    assert all(r["p50"] <= r["p80"] for r in forecast)
    late = [r for r in forecast if r["p80_misses_target"]]
    assert late and all(
        r["p80"] > quarter_end(parse_quarter(r["quarter"]) or (0, 0)).isoformat() for r in late)
    as_json = _json(capsys, "simulate", str(project), "--features", "--iterations", "300",
                    "--seed", "11", "--json")
    assert {r["title"]: r["p80"] for r in as_json["features"]} == {
        r["title"]: r["p80"] for r in forecast}  # the same seed, the same forecast


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("layout", ["timeline", "now-next-later"])
def test_roadmap_pdf_holds_every_feature(project: Path, tmp_path: Path, layout: str,
                                         capsys) -> None:
    out = tmp_path / "road.pdf"
    assert main(["export", str(project), "-o", str(out), "--view", "roadmap",
                 "--layout", layout, "--lanes", "owner"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", " ", text)
    plan = open_plan(project)
    for f in plan.features:
        if f.status.value != "dropped":
            assert f.title in flat, f.title
    assert "Maya Lindqvist" in flat and "Priya Raman" in flat  # the owner lanes
    if layout == "timeline":
        assert "+25 d" in flat and "Q1 2027" in flat  # the slip tag and the axis


def test_roadmap_png_and_bad_roadmap_options(project: Path, tmp_path: Path, capsys) -> None:
    png = tmp_path / "road.png"
    assert main(["export", str(project), "-o", str(png), "--view", "roadmap"]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert main(["export", str(project), "-o", str(tmp_path / "g.pdf"), "--layout",
                 "timeline"]) == 2
    assert "--layout is for --view roadmap" in capsys.readouterr().err
    assert not (tmp_path / "g.pdf").exists()
    with pytest.raises(SystemExit):
        main(["export", str(project), "-o", str(png), "--view", "roadmap", "--lanes", "team"])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_status_report_gains_a_product_page(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert main(["export", str(project), "-o", str(out), "--view", "report"]) == 0
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                           capture_output=True, text=True).stdout.split("\f")
    product = next(p for p in pages if "Product: FitPulse Premium" in p)
    flat = re.sub(r"\s+", " ", product)
    assert "Stage: definition" in flat and "Make Premium a real second revenue line" in flat
    assert re.search(r"Paywall views per week .*at risk", flat)
    assert "Premium MRR" in flat and "Monthly churn" in flat
    assert len(re.findall(r"\d{4} Q\d \(\d+\)", flat)) == 4  # the roadmap strip's quarters
