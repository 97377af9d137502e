"""``pmdesk share``, ``diff``, ``merge`` and ``edit``: project files between colleagues, from a
script. Bad input is one line and status 2 with nothing written; unresolved conflicts are
status 3 with nothing written."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from plan_builders import add_risk_and_save
from pmdesk.cli import main
from pmdesk.store.document import open_plan

SECRET_TASK = "Negotiate bundled pricing with corporate wellness partner"


@pytest.fixture
def copies(demo_file: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Mine and theirs: one project, copied after its first save."""
    mine = tmp_path / "mine.pmdesk"
    shutil.copyfile(demo_file, mine)
    theirs = tmp_path / "theirs.pmdesk"
    shutil.copyfile(mine, theirs)
    return mine, theirs


def _edit(path: Path, task: str, *settings: str) -> None:
    args = ["edit", str(path), "--task", task]
    for s in settings:
        args += ["--set", s]
    assert main(args) == 0


def _task(path: Path, row: int):
    return open_plan(path).tasks[row - 1]


def test_a_shared_copy_holds_none_of_the_stripped_strings(demo_file: Path, tmp_path: Path,
                                                          capsys) -> None:
    plan = open_plan(demo_file)
    secrets = [SECRET_TASK]
    secrets += [r.email for r in plan.resources if r.email]
    # The rates are looked for in the rows below: as bytes, "70.00" is also the end of
    # an amount such as "1470.00" that the copy keeps.
    assert any(r.standard_rate for r in plan.resources)
    secrets += [i.text[:40] for i in plan.insights if i.personal]
    secrets += [i.participant for i in plan.insights if i.personal and i.participant]
    secrets += [t.notes[:40] for t in plan.tasks if t.notes][:5]
    original = demo_file.read_bytes()
    assert all(s.encode() in original for s in secrets)  # the test looks for real strings
    copy = tmp_path / "for-agency.pmdesk"
    assert main(["share", str(demo_file), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"wrote {copy}: 1 confidential, ")
    data = copy.read_bytes()
    assert [s for s in secrets if s.encode() in data] == []
    raw = sqlite3.connect(copy)
    try:  # rebuilt whole: no free page holds anything, the journal no delta
        assert raw.execute("PRAGMA freelist_count").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM revision WHERE delta IS NOT NULL"
                           ).fetchone()[0] == 0
        assert raw.execute("SELECT withheld FROM revision ORDER BY seq DESC").fetchone()[0] \
            == "confidential,costs,emails,personal,notes"
    finally:
        raw.close()
    shared = open_plan(copy)
    assert len(shared.tasks) == len(plan.tasks) - 1 and shared.budget_lines == []
    assert all(not r.standard_rate and not r.overtime_rate and not r.cost_per_use
               for r in shared.resources)
    assert demo_file.read_bytes() == original


def test_strip_takes_only_what_is_named_and_refuses_an_unknown_word(
        demo_file: Path, tmp_path: Path, capsys) -> None:
    copy = tmp_path / "copy.pmdesk"
    assert main(["share", str(demo_file), "-o", str(copy), "--strip", "emails"]) == 0
    shared = open_plan(copy)
    assert all(r.email == "" for r in shared.resources)
    assert any(r.standard_rate for r in shared.resources)
    assert main(["share", str(demo_file), "-o", str(tmp_path / "x.pmdesk"),
                 "--strip", "salaries"]) == 2
    assert "cannot strip 'salaries'" in capsys.readouterr().err
    assert not (tmp_path / "x.pmdesk").exists()


def test_edit_saves_a_revision_and_refuses_a_bad_field_or_value(copies, capsys) -> None:
    mine, _ = copies
    _edit(mine, "4", "duration=4d", "name=Interviews", "percent_complete=30")
    task = _task(mine, 4)
    assert (task.name, task.duration, task.percent_complete) == ("Interviews", 4 * 480, 30)
    before = mine.read_bytes()
    for bad in ("colour=red", "duration=soon", "percent_complete=140", "start=31/02/2027"):
        assert main(["edit", str(mine), "--task", "4", "--set", bad]) == 2
        err = capsys.readouterr().err
        assert err.startswith("pmdesk: error: --set ") and err.count("\n") == 1
    assert main(["edit", str(mine), "--task", "999", "--set", "duration=2d"]) == 2
    assert "no row 999" in capsys.readouterr().err
    assert mine.read_bytes() == before


def test_diff_lists_exactly_the_edits_made(copies, capsys) -> None:
    mine, theirs = copies
    _edit(theirs, "4", "duration=5d")
    _edit(theirs, "8", "name=Interviews with 15 members")
    capsys.readouterr()
    assert main(["diff", str(mine), str(theirs), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    said = [(c["group"], c["action"], c["field"]) for c in report["changes"]
            if c["group"] != "Dates"]
    assert said == [("Tasks", "changed", "duration"), ("Tasks", "renamed", "name")]
    assert report["changes"][1]["new"] == "Interviews with 15 members"
    assert report["digest"].startswith("FitPulse Premium")
    assert main(["diff", str(mine), str(theirs), "--digest"]) == 0
    assert "Tasks: " in capsys.readouterr().out


def test_edits_on_both_sides_merge(copies, tmp_path: Path, capsys) -> None:
    mine, theirs = copies
    _edit(mine, "4", "duration=4d")
    _edit(theirs, "8", "percent_complete=60")
    out = tmp_path / "merged.pmdesk"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 0
    assert _task(out, 4).duration == 4 * 480 and _task(out, 8).percent_complete == 60
    # The merge is a revision naming both, so the next merge starts from it.
    _edit(theirs, "9", "duration=6d")
    again = tmp_path / "again.pmdesk"
    assert main(["merge", str(out), str(theirs), "-o", str(again)]) == 0
    assert _task(again, 9).duration == 6 * 480 and _task(again, 4).duration == 4 * 480


@pytest.mark.parametrize("prefer", ["mine", "theirs"])
def test_conflicts_are_listed_with_status_3_or_decided(copies, tmp_path: Path, capsys,
                                                       prefer: str) -> None:
    mine, theirs = copies
    _edit(mine, "4", "duration=4d")
    _edit(theirs, "4", "duration=6d")
    out = tmp_path / "merged.pmdesk"
    capsys.readouterr()
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "1 conflict; nothing written" in err
    assert "duration: mine 4d, theirs 6d" in err
    assert not out.exists()
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--prefer", prefer]) == 0
    assert _task(out, 4).duration == (4 if prefer == "mine" else 6) * 480


def test_a_merge_that_closes_a_cycle_names_the_link_to_drop(copies, tmp_path: Path,
                                                             capsys) -> None:
    mine, theirs = copies
    _edit(mine, "5", "predecessors=3,4")  # Interviews (4) before the gate (5) ...
    _edit(theirs, "4", "predecessors=3,5")  # ... and the gate before the interviews
    out = tmp_path / "merged.pmdesk"
    capsys.readouterr()
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "closes a dependency cycle" in err and "--drop-link 5-4" in err
    assert not out.exists()
    assert main(["merge", str(mine), str(theirs), "-o", str(out), "--drop-link", "5-4"]) == 0
    plan = open_plan(out)
    uid4, uid5 = plan.tasks[3].uid, plan.tasks[4].uid
    pairs = {(d.predecessor_uid, d.successor_uid) for d in plan.dependencies}
    assert (uid4, uid5) in pairs and (uid5, uid4) not in pairs


def test_a_copy_shared_and_edited_merges_back_without_losing_what_it_left_out(
        copies, tmp_path: Path) -> None:
    mine, _ = copies
    shared = tmp_path / "shared.pmdesk"
    assert main(["share", str(mine), "-o", str(shared)]) == 0
    _edit(shared, "4", "duration=9d")
    _edit(mine, "6", "name=Research")
    out = tmp_path / "merged.pmdesk"
    assert main(["merge", str(mine), str(shared), "-o", str(out)]) == 0
    merged, original = open_plan(out), open_plan(mine)
    assert [t.name for t in merged.tasks if t.confidential] == [SECRET_TASK]
    assert [r.email for r in merged.resources] == [r.email for r in original.resources]
    assert merged.budget_lines == original.budget_lines
    assert merged.tasks[3].duration == 9 * 480 and merged.tasks[5].name == "Research"


def _newer(path: Path) -> None:
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(f"PRAGMA user_version = {(1 << 16) | 9}")
    raw.close()


def _damage_journal(path: Path) -> None:
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE revision SET parent = 'nonsense'")
    raw.close()


@pytest.mark.parametrize(("case", "message"), [
    ("unrelated", "is another project than"),
    ("same", "is the same file as"),
    ("newer", "was saved by a newer pmdesk (file format 1.9"),
    ("damaged", "its journal of revisions is damaged"),
    ("read-only", "cannot be written"),
    ("own-cycle", "theirs.pmdesk: Dependency cycle: "),
    ("own-outline-loop", "theirs.pmdesk: its outline loops: "),
])
def test_bad_merges_are_refused_with_one_line_and_nothing_written(
        copies, tmp_path: Path, capsys, case: str, message: str) -> None:
    mine, theirs = copies
    _edit(theirs, "4", "duration=6d")
    out = tmp_path / "out" / "merged.pmdesk"
    out.parent.mkdir()
    if case == "unrelated":
        theirs.unlink()
        assert main(["new", str(theirs)]) == 0
    elif case == "same":
        theirs = mine
    elif case == "newer":
        _newer(theirs)
    elif case == "damaged":
        _damage_journal(theirs)
    elif case in ("own-cycle", "own-outline-loop"):
        # A damaged copy that cannot be scheduled by itself: no link of the merge is to blame.
        raw = sqlite3.connect(theirs)
        with raw:
            raw.execute(
                "INSERT INTO dependency SELECT 'loop', 999, uid, uid, 'FS', 0, 'd', 0, NULL "
                "FROM task WHERE seq = 5" if case == "own-cycle" else
                "UPDATE task SET parent_uid = uid WHERE seq = 5")
        raw.close()
    elif case == "read-only":
        if os.geteuid() == 0:
            out = Path("/proc/version")  # not writable even for root
        else:
            out.parent.chmod(0o500)
    capsys.readouterr()
    try:
        assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 2
    finally:
        out.parent.chmod(0o700) if case == "read-only" and os.geteuid() != 0 else None
    err = capsys.readouterr().err.strip()
    assert err.startswith("pmdesk: error: ") and "\n" not in err, err
    assert message in err
    assert not (tmp_path / "out" / "merged.pmdesk").exists()


@pytest.mark.parametrize("command", ["share", "edit"])
def test_a_damaged_journal_stops_share_and_edit_naming_the_file(
        copies, tmp_path: Path, capsys, command: str) -> None:
    mine, _theirs = copies
    _damage_journal(mine)
    before = mine.read_bytes()
    out = tmp_path / "shared.pmdesk"
    capsys.readouterr()
    args = {"share": ["share", str(mine), "-o", str(out)],
            "edit": ["edit", str(mine), "--task", "4", "--set", "duration=6d"]}[command]
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"pmdesk: error: {mine}: its journal of revisions is damaged ("), err
    assert "\n" not in err
    assert mine.read_bytes() == before
    assert not out.exists()


def test_diff_of_a_file_with_itself_is_refused(demo_file: Path, capsys) -> None:
    assert main(["diff", str(demo_file), str(demo_file)]) == 2
    assert "is the same file as" in capsys.readouterr().err


def test_a_risk_id_raised_in_both_copies_is_renumbered_and_said(copies, tmp_path: Path,
                                                                capsys) -> None:
    mine, theirs = copies
    from pmdesk.core.risk import next_code

    code = next_code(open_plan(mine).risks)
    add_risk_and_save(mine, "mine-risk", code, "Server outage")
    add_risk_and_save(theirs, "their-risk", code, "Supplier late")
    out = tmp_path / "merged.pmdesk"
    assert main(["merge", str(mine), str(theirs), "-o", str(out)]) == 0
    said = capsys.readouterr().out.splitlines()
    free = next_code(open_plan(mine).risks)
    assert said[1:] == ["1 code or name added in both copies, settled:",
                        f"  risk {code} “Supplier late” (theirs) renumbered {free}: mine has "
                        f"{code} “Server outage”"]
    risks = {r.uid: r.code for r in open_plan(out).risks}
    assert risks["mine-risk"] == code and risks["their-risk"] == free
    assert len(set(risks.values())) == len(risks)
