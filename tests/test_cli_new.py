"""``pmdesk new``: a project from a template, on the command line as in File ▸ New."""

from __future__ import annotations

import json
from pathlib import Path

from pmdesk.cli import main


def info(path: Path, capsys) -> dict:
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_new_launch_project_starts_on_the_day_given(tmp_path: Path, capsys) -> None:
    out = tmp_path / "rollout.pmdesk"
    assert main(["new", str(out), "--name", "Rollout", "--start", "2027-01-13",
                 "--template", "launch"]) == 0
    assert "wrote" in capsys.readouterr().out
    facts = info(out, capsys)
    assert (facts["name"], facts["start"], facts["status_date"]) == (
        "Rollout", "2027-01-13T08:00", None)
    assert facts["counts"]["tasks"] > 50 and facts["counts"]["resources"] == 0
    assert facts["counts"]["risks"] == 0 and facts["counts"]["done"] == 0
    assert facts["counts"]["board_columns"] == 5


def test_new_blank_project_has_a_board_and_no_tasks(tmp_path: Path, capsys) -> None:
    out = tmp_path / "blank.pmdesk"
    assert main(["new", str(out), "--start", "6/3/2028 09:30"]) == 0
    assert "blank template, 0 tasks" in capsys.readouterr().out
    facts = info(out, capsys)
    assert (facts["name"], facts["start"]) == ("Untitled project", "2028-03-06T09:30")
    assert facts["counts"]["tasks"] == 0 and facts["counts"]["board_columns"] == 3


def test_new_refuses_bad_input_and_never_overwrites(tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pmdesk"
    assert main(["new", str(out), "--start", "someday"]) == 2
    assert "--start: 'someday' is not a date" in capsys.readouterr().err
    assert main(["new", str(out), "--start", "2028-03-06", "--name", " "]) == 2
    assert "--name: A project needs a name" in capsys.readouterr().err
    assert not out.exists()
    assert main(["new", str(tmp_path / "x.txt")]) == 2
    assert ".pmdesk" in capsys.readouterr().err
    out.write_bytes(b"someone's notes")
    assert main(["new", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's notes"
