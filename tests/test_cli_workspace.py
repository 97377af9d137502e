"""``pmdesk workspace DSN ...`` and ``pmdesk --db DSN``: the team workspace from the shell."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from pg_server import PgServer

from pmdesk.cli import main
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import open_plan, save_plan


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_publish_list_and_check_out(capsys, pg: PgServer, empty_db: str,
                                         tmp_path: Path) -> None:
    owner, alice = pg.dsn(database=empty_db), pg.dsn("alice", empty_db)
    code, out, _ = run(capsys, "workspace", owner, "init")
    assert code == 0 and "pmdesk workspace" in out
    pg.sql("GRANT pmdesk_editor TO alice")
    plan = build_demo_plan(date(2026, 12, 4))
    save_plan(plan, tmp_path / "launch.pmdesk")
    code, out, _ = run(capsys, "workspace", alice, "publish", str(tmp_path / "launch.pmdesk"),
                       "--name", "Launch 2027")
    assert code == 0 and "published Launch 2027" in out
    code, out, _ = run(capsys, "workspace", alice, "list", "--json")
    [listed] = json.loads(out)
    assert listed["name"] == "Launch 2027" and listed["published_by"] == "alice"
    assert listed["stage"] == plan.products[0].stage.value
    assert isinstance(listed["spi"], float) and listed["tasks"] == len(plan.tasks)
    code, out, _ = run(capsys, "workspace", alice, "list")
    assert out.splitlines()[0].split()[:2] == ["Project", "Finish"]
    assert "Launch 2027" in out.splitlines()[1]
    code, out, _ = run(capsys, "workspace", alice, "checkout", "Launch 2027", "-o",
                       str(tmp_path / "flight.pmdesk"))
    assert code == 0
    assert open_plan(tmp_path / "flight.pmdesk") == plan


@pytest.mark.parametrize(("args", "says"), [
    (["workspace", "postgresql://a:pw@h/db", "list"], "takes passwords only from"),
    (["workspace", "mysql://a@h/db", "list"], "a workspace is a PostgreSQL database"),
    (["--db", "postgresql://a:pw@h/db"], "takes passwords only from"),
])
def test_bad_addresses_exit_2_without_the_password(capsys, args: list[str], says: str) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert says in err and ":pw@" not in err
    assert len(err.strip().splitlines()) == 1


def test_a_database_without_a_workspace_and_an_unknown_project(
        capsys, pg: PgServer, empty_db: str, workspace_db: str, tmp_path: Path) -> None:
    code, _, err = run(capsys, "workspace", pg.dsn("alice", empty_db), "list")
    assert code == 2 and "has no pmdesk workspace" in err
    code, _, err = run(capsys, "workspace", pg.dsn("alice", workspace_db), "checkout", "Nope",
                       "-o", str(tmp_path / "x.pmdesk"))
    assert code == 2 and "no project named 'Nope'" in err
    assert not (tmp_path / "x.pmdesk").exists()
    code, _, err = run(capsys, "workspace", pg.dsn("carol", workspace_db), "publish",
                       str(tmp_path / "missing.pmdesk"))
    assert code == 2 and "missing.pmdesk" in err


def test_a_reader_cannot_publish(capsys, pg: PgServer, workspace_db: str,
                                 tmp_path: Path) -> None:
    save_plan(build_demo_plan(date(2026, 12, 4)), tmp_path / "launch.pmdesk")
    code, _, err = run(capsys, "workspace", pg.dsn("carol", workspace_db), "publish",
                       str(tmp_path / "launch.pmdesk"))
    assert code == 2 and "refuses this to your login" in err
    code, out, _ = run(capsys, "workspace", pg.dsn("carol", workspace_db), "list", "--json")
    assert json.loads(out) == []


def test_a_checked_out_copy_merges_back(capsys, pg: PgServer, workspace_db: str,
                                        tmp_path: Path) -> None:
    """Offline and back: the copy's edits and the team's meanwhile both stand; an edit of
    the same task on both sides is a conflict, decided only when asked."""
    import dataclasses

    from plan_builders import add_risk_and_save
    from pmdesk.core.model import Risk
    from pmdesk.core.patch import Patch
    from pmdesk.core.risk import next_code
    from pmdesk.store.workspace import Workspace

    dsn = pg.dsn("alice", workspace_db)
    plan = build_demo_plan(date(2026, 12, 4))
    save_plan(plan, tmp_path / "launch.pmdesk")
    assert run(capsys, "workspace", dsn, "publish", str(tmp_path / "launch.pmdesk"))[0] == 0
    flight = tmp_path / "flight.pmdesk"
    assert run(capsys, "workspace", dsn, "checkout", plan.project.name, "-o", str(flight))[0] == 0
    # On the flight: rename rows 3 and 4. Meanwhile in the workspace: rows 4 and 5.
    for row, name in ((3, "Flight three"), (4, "Flight four")):
        edited = run(capsys, "edit", str(flight), "--task", str(row), "--set", f"name={name}")
        assert edited[0] == 0
    # Both raise the next risk ID: the merge keeps the workspace's and renumbers the copy's.
    risk_id = next_code(plan.risks)
    add_risk_and_save(flight, "flight-risk", risk_id, "Supplier late")
    with Workspace(dsn) as ws:
        doc = ws.open(plan.project.name)
        try:
            current = doc.load_plan()
            doc.write_patch(Patch(tasks=[dataclasses.replace(current.tasks[i], name=n)
                                         for i, n in ((3, "Team four"), (4, "Team five"))],
                                  risks=[Risk("team-risk", risk_id, "Server outage")]))
        finally:
            doc.close()
    code, _, err = run(capsys, "workspace", dsn, "merge", plan.project.name, str(flight))
    assert code == 3 and "1 conflict" in err and "nothing written" in err
    with Workspace(dsn) as ws:
        assert [t.name for t in ws.load(plan.project.name).tasks[2:5]] == [
            plan.tasks[2].name, "Team four", "Team five"]
    code, out, _ = run(capsys, "workspace", dsn, "merge", plan.project.name, str(flight),
                       "--prefer", "theirs")
    assert code == 0 and "1 conflicts decided (theirs)" in out
    free = next_code([*plan.risks, Risk("team-risk", risk_id, "")])
    assert out.splitlines()[1:] == [
        "1 code or name added in both copies, settled:",
        f"  risk {risk_id} “Supplier late” (theirs) renumbered {free}: mine has {risk_id} "
        "“Server outage”"]
    with Workspace(dsn) as ws:
        merged = ws.load(plan.project.name)
    assert [t.name for t in merged.tasks[2:5]] == ["Flight three", "Flight four", "Team five"]
    assert {r.uid: r.code for r in merged.risks if r.uid.endswith("-risk")} == {
        "team-risk": risk_id, "flight-risk": free}
