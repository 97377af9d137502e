"""The workspace store on a real PostgreSQL server: one schema from the file's tables,
publish, open, check out, versions and refusals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from pg_server import PgServer

from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch
from pmdesk.store.document import open_plan
from pmdesk.store.schema import FORMAT_VERSION
from pmdesk.store.workspace import RowConflict, Workspace, WorkspaceError


def test_publish_then_load_gives_the_same_plan(pg: PgServer, workspace_db: str,
                                               rich_plan: Plan) -> None:
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        entry = ws.publish(rich_plan)
        assert [e.name for e in ws.projects()] == [rich_plan.project.name]
        assert entry.published_by == "alice"
        assert ws.load(rich_plan.project.name) == rich_plan


def _task_named(plan: Plan, name: str):
    return next(t for t in plan.tasks if t.name == name)


def test_a_database_without_a_workspace_is_refused_by_name(pg: PgServer, empty_db: str) -> None:
    with pytest.raises(WorkspaceError, match="has no pmdesk workspace.*pmdesk workspace DSN init"):
        Workspace(pg.dsn(database=empty_db))


def test_a_workspace_from_a_newer_pmdesk_is_refused(pg: PgServer, workspace_db: str) -> None:
    pg.sql("UPDATE pmdesk.workspace_meta SET value = '2.0' WHERE key = 'format'",
           database=workspace_db)
    with pytest.raises(WorkspaceError, match=r"newer pmdesk \(format 2.0.*update pmdesk"):
        Workspace(pg.dsn("alice", workspace_db))


def test_a_wrong_password_is_a_message_not_a_traceback(pg: PgServer, workspace_db: str) -> None:
    with pytest.raises(WorkspaceError, match="refused the login.*pgpass or the keyring"):
        Workspace(pg.dsn("mallory", workspace_db))


def test_a_login_without_access_to_the_workspace_is_told_so(pg: PgServer,
                                                            workspace_db: str) -> None:
    """frank is neither a reader nor an editor of the workspace (yet)."""
    pg.add_role("frank")
    with pytest.raises(WorkspaceError, match="refuses this to your login.*permission denied"):
        Workspace(pg.dsn("frank", workspace_db))


def test_an_unreachable_server_is_named(pg: PgServer) -> None:
    from pg_server import _free_port

    with pytest.raises(WorkspaceError, match=r"127.0.0.1:\d+/x: the server cannot be reached"):
        Workspace(f"postgresql://alice@127.0.0.1:{_free_port()}/x")


@pytest.mark.parametrize("dsn", ["postgresql://alice:s3cret@db.example/team",
                                 "sqlite:///plan.pmdesk", "not an address"])
def test_bad_addresses_are_refused_without_echoing_a_password(dsn: str) -> None:
    with pytest.raises(WorkspaceError) as refused:
        Workspace(dsn)
    assert "s3cret" not in str(refused.value)


def test_the_workspace_tables_follow_the_files_tables(pg: PgServer, workspace_db: str) -> None:
    """Every table of the file has its twin, with the project and a version on each row."""
    from sqlalchemy import create_engine, inspect

    from pmdesk.store.rows import Base

    engine = create_engine(pg.dsn(database=workspace_db).replace(
        "postgresql://", "postgresql+psycopg://"))
    try:
        inspector = inspect(engine)
        tables = set(inspector.get_table_names(schema="pmdesk"))
        assert set(Base.metadata.tables) <= tables
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in inspector.get_columns(name, schema="pmdesk")}
            assert columns == {*table.columns.keys(), "project_id", "version", "changed_by"}
    finally:
        engine.dispose()


def test_check_out_writes_a_project_file_holding_the_project(
        pg: PgServer, workspace_db: str, rich_plan: Plan, tmp_path: Path) -> None:
    from pmdesk.store.workspace import checkout

    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(rich_plan, "Flight copy")
        checkout(ws.load("Flight copy"), tmp_path / "flight.pmdesk")
    assert open_plan(tmp_path / "flight.pmdesk") == rich_plan


def test_two_projects_keep_their_rows_apart(pg: PgServer, workspace_db: str,
                                            rich_plan: Plan) -> None:
    """The same file published twice (the same row uids) gives two independent projects."""
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(rich_plan, "One")
        ws.publish(rich_plan, "Two")
        one = ws.open("One")
        try:
            plan = one.load_plan()
            task = plan.tasks[-1]
            renamed = replace(task, name="Only in one")
            one.write_patch(Patch(tasks=[renamed]))
        finally:
            one.close()
        assert _task_named(ws.load("One"), "Only in one")
        assert ws.load("Two") == rich_plan
        with pytest.raises(WorkspaceError, match="already there"):
            ws.publish(rich_plan, "Two")


@pytest.fixture
def shared(pg: PgServer, workspace_db: str, rich_plan: Plan) -> str:
    """The rich plan published by alice, with bob a PM of it too; its name."""
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(rich_plan, "Shared")
    with Workspace(pg.dsn(database=workspace_db)) as owner:
        owner.grant("Shared", "bob", "pm")
    return "Shared"


def test_an_edit_of_a_row_changed_elsewhere_is_refused_naming_who(
        pg: PgServer, workspace_db: str, shared: str) -> None:
    with Workspace(pg.dsn("alice", workspace_db)) as a, \
            Workspace(pg.dsn("bob", workspace_db)) as b:
        mine, theirs = a.open(shared), b.open(shared)
        try:
            plan_a, plan_b = mine.load_plan(), theirs.load_plan()
            task_a, other = plan_a.tasks[-1], plan_a.tasks[-2]
            mine.write_patch(Patch(tasks=[replace(task_a, name="Alice's name")]))
            task_b = next(t for t in plan_b.tasks if t.uid == task_a.uid)
            with pytest.raises(RowConflict, match="alice changed task “Bob's name”") as refused:
                theirs.write_patch(Patch(tasks=[replace(task_b, name="Bob's name")]))
            assert [t.name for t in refused.value.refresh.tasks] == ["Alice's name"]
            # Nothing of bob's was written, and an unrelated row is still his to edit.
            assert _task_named(a.load(shared), "Alice's name")
            theirs.write_patch(Patch(tasks=[replace(other, notes="bob was here")]))
            # Now refreshed, bob's next edit of that row goes through.
            theirs.write_patch(Patch(tasks=[replace(task_b, name="Bob's name")]))
            assert _task_named(a.load(shared), "Bob's name").uid == task_a.uid
        finally:
            mine.close()
            theirs.close()


def test_removing_a_row_someone_else_removed_is_refused(
        pg: PgServer, workspace_db: str, shared: str) -> None:
    with Workspace(pg.dsn("alice", workspace_db)) as a, \
            Workspace(pg.dsn("bob", workspace_db)) as b:
        mine, theirs = a.open(shared), b.open(shared)
        try:
            plan = mine.load_plan()
            theirs.load_plan()
            risk = plan.risks[0]
            mine.write_patch(Patch(risks_removed=[risk.uid]))
            with pytest.raises(RowConflict, match="was removed by someone else") as refused:
                theirs.write_patch(Patch(risks=[replace(risk, title="Still here?")]))
            assert refused.value.refresh.risks_removed == (risk.uid,)
        finally:
            mine.close()
            theirs.close()


def test_others_changes_arrive_by_notification(pg: PgServer, workspace_db: str,
                                               shared: str) -> None:
    import time

    with Workspace(pg.dsn("alice", workspace_db)) as a, \
            Workspace(pg.dsn("bob", workspace_db)) as b:
        mine, theirs = a.open(shared), b.open(shared)
        try:
            plan_a, plan_b = mine.load_plan(), theirs.load_plan()
            theirs.listen()
            task = plan_a.tasks[0]
            mine.write_patch(Patch(tasks=[replace(task, notes="from alice")]))
            heard = None
            for _ in range(100):  # gives up after ten seconds
                heard = theirs.poll(plan_b)
                if heard is not None:
                    break
                time.sleep(0.1)
            assert heard is not None
            patch, who = heard
            assert who == ["alice"]
            assert [(t.uid, t.notes) for t in patch.tasks] == [(task.uid, "from alice")]
            # What alice heard of her own edit: nothing.
            mine.listen()
            assert mine.poll(plan_a) is None
        finally:
            mine.close()
            theirs.close()


def _heard(document, plan: Plan):
    import time

    for _ in range(100):  # gives up after ten seconds
        heard = document.poll(plan)
        if heard is not None:
            return heard
        time.sleep(0.1)
    return None


def test_the_database_announces_a_change_made_with_plain_sql(
        pg: PgServer, workspace_db: str, shared: str) -> None:
    """psql, a script or an older pmdesk writes no NOTIFY of its own: the workspace's
    trigger announces the row, its project, kind, version and who; the writer's own
    connections do not hear their own edits."""
    import json

    import psycopg

    with Workspace(pg.dsn("bob", workspace_db)) as b:
        theirs = b.open(shared)
        try:
            plan = theirs.load_plan()
            theirs.listen()
            task = plan.tasks[1]
            theirs.write_patch(Patch(tasks=[replace(task, notes="bob's own")]))
            with psycopg.connect(pg.dsn("alice", workspace_db),
                                 autocommit=True) as raw:
                raw.execute("LISTEN pmdesk")
                raw.execute("UPDATE pmdesk.task SET name = 'by hand' WHERE uid = %s",
                            (task.uid,))
                note = next(raw.notifies(timeout=5, stop_after=1))
                version = raw.execute("SELECT version FROM pmdesk.task WHERE uid = %s",
                                      (task.uid,)).fetchone()
            payload = json.loads(note.payload)
            assert payload == {"p": b.find(shared).id, "k": "task", "op": "u", "by": "alice",
                               "rows": {task.uid: version[0]}}
            heard = _heard(theirs, plan)
            assert heard is not None
            patch, who = heard
            assert who == ["alice"]  # bob's own edit before it is not news to him
            assert [(t.uid, t.name, t.notes) for t in patch.tasks] == [
                (task.uid, "by hand", "bob's own")]
        finally:
            theirs.close()


def test_a_workspace_of_an_older_pmdesk_is_upgraded_to_announce_changes(
        pg: PgServer, workspace_db: str, shared: str, capsys) -> None:
    """A workspace made before the triggers (its clients sent NOTIFY themselves): refused
    until its owner upgrades it, which installs them; the layout stays one an older pmdesk
    still opens."""
    from pmdesk.store.rows import Base

    for table in Base.metadata.sorted_tables:
        for event in ("insert", "update", "delete"):
            pg.sql(f"DROP TRIGGER IF EXISTS announce_{event} ON pmdesk.{table.name}",
                   database=workspace_db)
    for statement in ("DROP TABLE pmdesk.workspace_summary",
                      "DROP FUNCTION pmdesk.announce(), pmdesk.store_summary(text, text, text), "
                      "pmdesk.announce_rows(text, text, text, json)",
                      "DELETE FROM pmdesk.workspace_meta WHERE key = 'additions'"):
        pg.sql(statement, database=workspace_db)
    with pytest.raises(WorkspaceError, match=r"older pmdesk.*announce.*DSN upgrade"):
        Workspace(pg.dsn("alice", workspace_db))
    from pmdesk.cli import main

    assert main(["workspace", pg.dsn(database=workspace_db), "upgrade"]) == 0
    assert "now announces every change" in capsys.readouterr().out
    with Workspace(pg.dsn("bob", workspace_db)) as b:
        theirs = b.open(shared)
        try:
            plan = theirs.load_plan()
            theirs.listen()
            pg.sql(f"DELETE FROM pmdesk.risk WHERE uid = '{plan.risks[1].uid}'",
                   database=workspace_db, user="alice")
            heard = _heard(theirs, plan)
            assert heard is not None and heard[0].risks_removed == (plan.risks[1].uid,)
        finally:
            theirs.close()


def test_the_database_refuses_a_write_naming_a_stale_version(
        pg: PgServer, workspace_db: str, shared: str) -> None:
    """The check is the write itself: an UPDATE or DELETE naming the version read finds
    no row once another has changed it, and nothing of the edit stays."""
    from pmdesk.store import repository
    from pmdesk.store.workspace import _table_of

    with Workspace(pg.dsn("alice", workspace_db)) as a:
        mine = a.open(shared)
        try:
            plan = mine.load_plan()
            task, risk = plan.tasks[2], plan.risks[0]
            read = {_table_of("tasks"): {task.uid: mine.known_version("tasks", task.uid)},
                    _table_of("risks"): {risk.uid: mine.known_version("risks", risk.uid)}}
            pg.sql(f"UPDATE pmdesk.risk SET title = 'changed' WHERE uid = '{risk.uid}'",
                   database=workspace_db, user="bob")
            for patch in (Patch(risks=[replace(risk, title="mine")]),
                          Patch(tasks=[replace(task, name="mine")], risks_removed=[risk.uid])):
                with pytest.raises(repository.StaleRows) as stale, mine.session() as session:
                    repository.apply_patch(session, patch, read)
                assert stale.value.uids == [risk.uid]
            after = a.load(shared)
            assert after.task_index()[task.uid].name == task.name
            assert [r.title for r in after.risks if r.uid == risk.uid] == ["changed"]
        finally:
            mine.close()


def _kept_health(pg: PgServer, database: str, project_id: str) -> dict:
    import json

    import psycopg

    with psycopg.connect(pg.dsn(database=database)) as raw:
        row = raw.execute("SELECT health FROM pmdesk.workspace_summary WHERE project_id = %s",
                          (project_id,)).fetchone()
    return json.loads(row[0])


def test_the_list_reads_kept_health_and_recomputes_only_a_changed_project(
        pg: PgServer, workspace_db: str, rich_plan: Plan) -> None:
    """Health is kept at publish and read back as kept; a project changed since (here with
    plain SQL) is scheduled again and its new figures kept; a reader's list computes a
    changed project's health without keeping it (the server refuses it that)."""
    from pmdesk.store.workspace import project_health

    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(rich_plan, "Kept")
        ws.publish(replace(rich_plan, tasks=rich_plan.tasks[:3], dependencies=[],
                           assignments=[], status_changes=[], cost_entries=[], risks=[]),
                   "Other")
        kept_id = ws.find("Kept").id
        assert _kept_health(pg, workspace_db, kept_id) == project_health(rich_plan)
        # The list shows what is kept: a kept figure (made up here) is shown as it is.
        pg.sql(f"UPDATE pmdesk.workspace_summary SET health = '{{\"tasks\": 99}}' "
               f"WHERE project_id = '{kept_id}'", database=workspace_db)
        assert [e.health.get("tasks") for e in ws.projects_with_health()] == [99, 3]
        pg.sql(f"UPDATE pmdesk.task SET name = 'Renamed' WHERE project_id = '{kept_id}' "
               f"AND uid = '{rich_plan.tasks[1].uid}'", database=workspace_db)
        with Workspace(pg.dsn("carol", workspace_db)) as reader:
            seen = {e.name: e.health for e in reader.projects_with_health()}
        assert seen["Kept"] == project_health(rich_plan)  # computed again, not 99
        assert _kept_health(pg, workspace_db, kept_id) == {"tasks": 99}  # carol may not keep
        assert {e.name: e.health for e in ws.projects_with_health()} == seen
        assert _kept_health(pg, workspace_db, kept_id) == project_health(rich_plan)
        # Save (Ctrl+S) on an open workspace project keeps the health of the plan it shows.
        document = ws.open("Kept")
        try:
            plan = document.load_plan()
            shorter = replace(plan.tasks[1], duration=60)
            document.write_patch(Patch(tasks=[shorter]))
            plan.tasks[1] = shorter
            document.save(plan)
        finally:
            document.close()
        assert project_health(plan) != project_health(rich_plan)  # its CPI moved
        assert _kept_health(pg, workspace_db, kept_id) == project_health(plan)
        assert ws.projects_with_health()[0].health == project_health(plan)


def test_a_reader_is_refused_by_the_server_itself(pg: PgServer, workspace_db: str,
                                                  shared: str) -> None:
    import psycopg

    with Workspace(pg.dsn("carol", workspace_db)) as c:
        doc = c.open(shared)
        try:
            assert doc.read_only
            assert c.load(shared).project.name  # carol may browse
        finally:
            doc.close()
        project_id = c.find(shared).id
    with psycopg.connect(host="127.0.0.1", port=pg.port, user="carol",
                         dbname=workspace_db) as conn, \
            pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE pmdesk.task SET name = 'carol' WHERE project_id = %s",
                     (project_id,))


def test_an_editor_edits_only_the_projects_they_are_pm_of(
        pg: PgServer, workspace_db: str, rich_plan: Plan) -> None:
    """Row-level security: dave's edits of alice's project change nothing, whatever SQL he
    sends; once the owner makes him a PM of it, they do."""
    import psycopg

    pg.sql("GRANT pmdesk_editor TO dave")
    with Workspace(pg.dsn("alice", workspace_db)) as a:
        a.publish(rich_plan, "Alice's")
        project_id = a.find("Alice's").id
    with Workspace(pg.dsn("dave", workspace_db)) as d:
        assert d.open("Alice's").read_only
    with psycopg.connect(host="127.0.0.1", port=pg.port, user="dave",
                         dbname=workspace_db, autocommit=True) as conn:
        changed = conn.execute("UPDATE pmdesk.task SET name = 'dave' WHERE project_id = %s",
                               (project_id,))
        assert changed.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute("INSERT INTO pmdesk.board_column (project_id, uid, seq, name, "
                         "wip_limit, done) VALUES (%s, 'x', 9, 'x', NULL, false)",
                         (project_id,))
    with Workspace(pg.dsn(database=workspace_db)) as owner:
        owner.grant("Alice's", "dave", "pm")
    with Workspace(pg.dsn("dave", workspace_db)) as d:
        doc = d.open("Alice's")
        try:
            assert not doc.read_only
            plan = doc.load_plan()
            doc.write_patch(Patch(tasks=[replace(plan.tasks[0], name="dave's now")]))
        finally:
            doc.close()
        assert _task_named(d.load("Alice's"), "dave's now")


def test_an_older_workspace_is_refused_until_its_owner_upgrades_it(
        pg: PgServer, workspace_db: str, rich_plan: Plan) -> None:
    """A workspace of format 1.2 (before the product layer): pmdesk asks for the upgrade,
    which adds the tables and columns the file's format has since."""
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(rich_plan, "Before")
    for statement in (
        "DROP TABLE pmdesk.insight_link, pmdesk.gate_criterion",
        "ALTER TABLE pmdesk.task DROP COLUMN splits",
        "UPDATE pmdesk.workspace_meta SET value = '1.2' WHERE key = 'format'",
    ):
        pg.sql(statement, database=workspace_db)
    with pytest.raises(WorkspaceError, match=r"format 1.2.*pmdesk workspace DSN upgrade"):
        Workspace(pg.dsn("alice", workspace_db))
    with Workspace(pg.dsn(database=workspace_db), upgrade=True) as owner:
        assert owner.upgraded_from == (1, 2) and owner.format == FORMAT_VERSION
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        plan = ws.load("Before")
    assert [t.name for t in plan.tasks] == [t.name for t in rich_plan.tasks]
    assert {t.splits for t in plan.tasks} == {()}  # the new column's default
    assert plan.insight_links == [] and plan.gate_criteria == []


@pytest.fixture(params=["file", "workspace"])
def stored(request, rich_plan: Plan, tmp_path: Path):
    """The rich plan stored on each back end: a .pmdesk file's working copy, and a
    project of a PostgreSQL workspace; both give a ``session()`` on it."""
    from pmdesk.store.document import ProjectDocument

    if request.param == "file":
        document = ProjectDocument.new(rich_plan)
        yield document
        document.close()
        return
    pg, db = request.getfixturevalue("pg"), request.getfixturevalue("workspace_db")
    with Workspace(pg.dsn("alice", db)) as ws:
        ws.publish(rich_plan, "Both")
        document = ws.open("Both")
        yield document
        document.close()


def test_the_repository_reads_and_writes_the_same_on_both_back_ends(
        stored, rich_plan: Plan) -> None:
    """The same repository functions, the same patches, the same plan read back."""
    from pmdesk.core.patch import apply_patch, cascaded
    from pmdesk.store import repository

    expected = rich_plan
    first = expected.tasks[0]
    patches = [
        Patch(tasks=[replace(first, name="Renamed", notes="ünïcode ✓", duration=960)]),
        cascaded(expected, Patch(tasks_removed=[expected.tasks[-1].uid])),
        Patch(risks=[replace(expected.risks[0], uid="new-risk", code="R-99")]),
    ]
    for patch in patches:
        complete = cascaded(expected, patch)
        apply_patch(expected, complete, complete=True)
        with stored.session() as session:
            repository.apply_patch(session, complete)
    with stored.session() as session:
        assert repository.load_plan(session) == expected


def test_a_password_kept_in_the_keyring_logs_in(pg: PgServer, workspace_db: str,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The system keyring (service pmdesk, user USER@HOST:PORT/DB) is asked before libpq's
    pgpass, whose entry for erin is stale here."""
    import keyring

    pg.add_role("erin", password="erins-real-secret", remembered="an-old-one")
    pg.sql("GRANT pmdesk_reader TO erin")
    asked = []

    def get_password(service: str, user: str) -> str | None:
        asked.append((service, user))
        return "erins-real-secret" if user == f"erin@127.0.0.1:{pg.port}/{workspace_db}" \
            else None

    monkeypatch.setattr(keyring, "get_password", get_password)
    with Workspace(pg.dsn("erin", workspace_db)) as ws:
        assert ws.user == "erin"
        assert "erins-real-secret" not in ws.shown
    assert asked[0] == ("pmdesk", f"erin@127.0.0.1:{pg.port}/{workspace_db}")
    monkeypatch.setattr(keyring, "get_password", lambda service, user: None)
    with pytest.raises(WorkspaceError, match="refused the login") as refused:
        Workspace(pg.dsn("erin", workspace_db))
    assert "an-old-one" not in str(refused.value)
