"""The command line as scripts use it: outputs, JSON shapes, and one-line errors with status 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk import cli
from pmdesk.cli import main

ROOT = Path(__file__).resolve().parents[1]
ORACLE = ROOT.parent / "shared" / "oracle"


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1, err
    return err


def test_demo_writes_a_project_that_info_describes(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["info", str(demo_file), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    for key in ("name", "start", "finish", "status_date", "counts"):
        assert key in facts
    counts = facts["counts"]
    for key in ("tasks", "milestones", "summaries", "dependencies", "resources", "risks",
                "board_columns"):
        assert isinstance(counts[key], int)
    assert counts["tasks"] >= 60
    assert counts["risks"] >= 10
    assert facts["finish"] > facts["start"]


def test_info_text_names_the_project(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["info", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "finish" in out and "tasks" in out


def test_schedule_json_has_every_task_with_its_dates(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["schedule", str(demo_file), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc["project"]) >= {"name", "start", "finish"}
    keys = {"uid", "name", "wbs", "summary", "milestone", "start", "finish", "early_start",
            "early_finish", "late_start", "late_finish", "total_slack_minutes",
            "free_slack_minutes", "critical"}
    assert doc["tasks"] and all(keys <= set(t) for t in doc["tasks"])
    for t in doc["tasks"]:
        assert t["start"] <= t["finish"]
        assert len(t["start"]) == len("2026-01-05T08:00")
    assert max(t["finish"] for t in doc["tasks"]) == doc["project"]["finish"]
    assert any(t["critical"] for t in doc["tasks"])


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda d: d / "missing.pmdesk", "no such file"),
        (lambda d: d, "directory"),
        (lambda d: _write(d / "notes.pmdesk", b"just some text, not a database\n" * 20), "not"),
        (lambda d: _sqlite(d / "other.pmdesk"), "not a pmdesk project"),
    ],
    ids=["missing", "directory", "not-sqlite", "foreign-sqlite"],
)
def test_bad_files_get_one_line_and_status_2(tmp_path: Path, capsys, make, expected) -> None:
    path = make(tmp_path)
    before = path.read_bytes() if path.is_file() else None
    assert main(["info", str(path)]) == 2
    err = _error_line(capsys)
    assert expected in err.lower()
    assert path.name in err or str(path) in err
    if before is not None:
        assert path.read_bytes() == before


def test_truncated_project_is_refused_and_left_alone(
    demo_file: Path, tmp_path: Path, capsys
) -> None:
    data = demo_file.read_bytes()
    cut = tmp_path / "cut.pmdesk"
    cut.write_bytes(data[: len(data) // 3])
    assert main(["info", str(cut)]) == 2
    assert "cut.pmdesk" in _error_line(capsys)
    assert cut.read_bytes() == data[: len(data) // 3]


def test_demo_to_an_unwritable_place_fails_cleanly(tmp_path: Path, capsys) -> None:
    target = tmp_path / "no-such-folder" / "demo.pmdesk"
    assert main(["demo", "-o", str(target)]) == 2
    assert "no-such-folder" in _error_line(capsys)
    assert not target.exists()


def test_screenshot_rejects_a_bad_size_and_an_unknown_view(
    demo_file: Path, tmp_path, capsys
) -> None:
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(demo_file), "-o", str(out), "--size", "wide"]) == 2
    assert "--size" in _error_line(capsys)
    with pytest.raises(SystemExit) as exc:
        main(["screenshot", str(demo_file), "-o", str(out), "--view", "spreadsheet"])
    assert exc.value.code == 2
    assert not out.exists()


def test_output_piped_into_a_reader_that_stops_early_ends_quietly(demo_file: Path) -> None:
    # As in ``pmdesk schedule plan.pmdesk | head -3``: here the reader is gone before the
    # first line is written.
    proc = subprocess.Popen(
        [sys.executable, "-m", "pmdesk", "schedule", str(demo_file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    errors = proc.stderr.read().decode()
    proc.stderr.close()
    proc.wait(timeout=120)
    assert "Traceback" not in errors and "Error" not in errors, errors


def test_screenshot_renders_the_gantt_view(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "gantt.png"
    proc = subprocess.run(
        [sys.executable, "-m", "pmdesk", "screenshot", str(demo_file), "-o", str(out),
         "--view", "gantt", "--size", "1200x700"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 700, 23)}
    assert len(colours) > 8, "the screenshot is nearly blank"


@pytest.mark.skipif(
    not ORACLE.is_dir(), reason="../shared/oracle (MS Project reference files) is absent"
)
def test_import_schedule_and_export_round_trip(tmp_path: Path, capsys) -> None:
    src = ORACLE / "mspdi-genuine" / "mpxj_mspdirelations.xml"
    project = tmp_path / "relations.pmdesk"
    assert main(["import", str(src), "-o", str(project)]) == 0
    capsys.readouterr()
    assert main(["schedule", str(project), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert all(isinstance(t["uid"], int) for t in doc["tasks"]), "imported UIDs are kept"
    out = tmp_path / "relations.xml"
    assert main(["export", str(project), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "http://schemas.microsoft.com/project" in text


def test_import_refuses_malformed_xml_naming_the_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text('<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n'
                   "<Name>x</Name>\n<Tasks><Task></Tasks>\n</Project>\n", encoding="utf-8")
    out = tmp_path / "broken.pmdesk"
    assert main(["import", str(bad), "-o", str(out)]) == 2
    err = _error_line(capsys)
    assert "broken.xml" in err and "line" in err.lower()
    assert not out.exists()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sqlite(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("create table notes (id integer primary key, body text)")
    con.execute("insert into notes (body) values ('hello')")
    con.commit()
    con.close()
    return path


def test_export_pdf_report_and_bad_options(demo_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "plan.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--paper", "A3", "--landscape"]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    report = tmp_path / "report.pdf"
    assert main(["export", str(demo_file), "-o", str(report), "--view", "report"]) == 0
    assert report.stat().st_size > 1000
    capsys.readouterr()
    bad = tmp_path / "bad.pdf"
    assert main(["export", str(demo_file), "-o", str(bad), "--paper", "B9"]) == 2
    assert "B9" in _error_line(capsys)
    assert main(["export", str(demo_file), "-o", str(bad), "--from", "2026-12-01",
                 "--to", "2026-11-01"]) == 2
    assert "2026-11-01" in _error_line(capsys)
    assert main(["export", str(demo_file), "-o", str(tmp_path / "nowhere" / "x.pdf")]) == 2
    assert "nowhere" in _error_line(capsys)
    assert not bad.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(("bad", "."))] == []


def test_export_risks_csv(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "risks.csv"
    assert main(["export", str(demo_file), "-o", str(out), "--view", "risks"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("ID")
    assert "R-001" in text


def test_simulate_json_is_repeatable_with_a_seed(demo_file: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["simulate", str(demo_file), "--iterations", "50", "--seed", "7", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["simulate", str(demo_file), "--iterations", "50", "--seed", "7", "--json"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert first["p50"] == second["p50"] and first["p90"] == second["p90"]
    assert first["p50"] <= first["p80"] <= first["p90"]
    assert main(["simulate", str(demo_file), "--iterations", "0"]) == 2


def test_level_writes_a_levelled_copy_and_info_reports_cost_and_evm(demo_file: Path,
                                                                    tmp_path: Path,
                                                                    capsys) -> None:
    capsys.readouterr()
    assert main(["info", str(demo_file), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    for key in ("pv", "ev", "ac", "sv", "cv", "spi", "cpi", "eac", "etc", "vac", "tcpi", "bac"):
        assert key in before["evm"]
    assert before["counts"]["overallocated_resources"] > 0
    original = demo_file.read_bytes()
    out = tmp_path / "levelled.pmdesk"
    assert main(["level", str(demo_file), "-o", str(out)]) == 0
    assert "tasks delayed" in capsys.readouterr().out
    assert demo_file.read_bytes() == original
    assert main(["info", str(out), "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert after["counts"]["overallocated_resources"] < before["counts"]["overallocated_resources"]
    assert after["finish"] >= before["finish"]


def test_every_sub_command_answers_to_its_own_name(capsys) -> None:
    """A sub-command is one parser function; the name it answers to is the one a mistyped
    command lists, so the two cannot drift apart."""
    for name in cli.SUBCOMMANDS:
        with pytest.raises(SystemExit) as exit_:
            cli.main([name, "--help"])
        assert exit_.value.code == 0
        assert capsys.readouterr().out.startswith(f"usage: pmdesk {name} ")
    assert cli.main(["sheduel"]) == 2
    listed = capsys.readouterr().err.split("commands: ")[1].split(";")[0].split(", ")
    assert listed == list(cli.SUBCOMMANDS)
    assert {"demo", "export", "import", "info", "schedule"} <= set(listed)
