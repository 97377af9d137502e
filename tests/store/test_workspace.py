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
from pmdesk.store.workspace import Workspace, WorkspaceError


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
