"""Project files from an older pmdesk open, upgraded, with a backup of the original."""

from __future__ import annotations

import itertools
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from pmdesk.core.model import Baseline, Plan, ProjectInfo, Task
from pmdesk.core.patch import Patch
from pmdesk.store.document import ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch
from pmdesk.store.schema import (
    APPLICATION_ID,
    FORMAT_VERSION,
    LADDER,
    SchemaError,
    create_schema,
    migrations_from,
    pack_version,
    unpack_version,
    upgrade,
)

# The tables of file format 1.0 exactly as pmdesk 1.0 created them: no task.leveling_delay,
# no baseline table. Frozen here on purpose; never derive it from today's rows.
SCHEMA_1_0 = """
CREATE TABLE project (
    uid VARCHAR(36) NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
    start DATETIME NOT NULL, status_date DATETIME, currency VARCHAR(8) NOT NULL,
    calendar_uid VARCHAR(36), critical_slack_limit INTEGER NOT NULL,
    minutes_per_day INTEGER NOT NULL, minutes_per_week INTEGER NOT NULL,
    days_per_month INTEGER NOT NULL, author TEXT NOT NULL, company TEXT NOT NULL,
    CONSTRAINT pk_project PRIMARY KEY (uid)
);
CREATE TABLE calendar (
    uid VARCHAR(36) NOT NULL, name TEXT NOT NULL, weekdays TEXT NOT NULL,
    exceptions TEXT NOT NULL, base_uid VARCHAR(36), source_uid INTEGER,
    CONSTRAINT pk_calendar PRIMARY KEY (uid)
);
CREATE TABLE task (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, parent_uid VARCHAR(36),
    position INTEGER NOT NULL, name TEXT NOT NULL, notes TEXT NOT NULL,
    duration INTEGER NOT NULL, duration_unit VARCHAR(4) NOT NULL,
    duration_elapsed BOOLEAN NOT NULL, milestone BOOLEAN NOT NULL,
    constraint_type VARCHAR(4) NOT NULL, constraint_date DATETIME, deadline DATETIME,
    percent_complete INTEGER NOT NULL, actual_start DATETIME, actual_finish DATETIME,
    priority INTEGER NOT NULL, board_column_uid VARCHAR(36), board_rank FLOAT NOT NULL,
    tags TEXT NOT NULL, confidential BOOLEAN NOT NULL, fixed_cost VARCHAR(40) NOT NULL,
    calendar_uid VARCHAR(36), source_uid INTEGER,
    CONSTRAINT pk_task PRIMARY KEY (uid)
);
CREATE INDEX ix_task_parent_uid ON task (parent_uid);
CREATE TABLE dependency (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL,
    predecessor_uid VARCHAR(36) NOT NULL, successor_uid VARCHAR(36) NOT NULL,
    type VARCHAR(2) NOT NULL, lag INTEGER NOT NULL, lag_unit VARCHAR(4) NOT NULL,
    lag_elapsed BOOLEAN NOT NULL, lag_percent INTEGER,
    CONSTRAINT pk_dependency PRIMARY KEY (uid),
    CONSTRAINT fk_dependency_predecessor_uid FOREIGN KEY(predecessor_uid)
        REFERENCES task (uid) ON DELETE CASCADE,
    CONSTRAINT fk_dependency_successor_uid FOREIGN KEY(successor_uid)
        REFERENCES task (uid) ON DELETE CASCADE
);
CREATE INDEX ix_dependency_predecessor_uid ON dependency (predecessor_uid);
CREATE INDEX ix_dependency_successor_uid ON dependency (successor_uid);
CREATE TABLE resource (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
    type VARCHAR(16) NOT NULL, initials TEXT NOT NULL, email TEXT NOT NULL,
    group_name TEXT NOT NULL, max_units FLOAT NOT NULL, standard_rate VARCHAR(40) NOT NULL,
    overtime_rate VARCHAR(40) NOT NULL, cost_per_use VARCHAR(40) NOT NULL,
    calendar_uid VARCHAR(36), source_uid INTEGER,
    CONSTRAINT pk_resource PRIMARY KEY (uid)
);
CREATE TABLE assignment (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, task_uid VARCHAR(36) NOT NULL,
    resource_uid VARCHAR(36) NOT NULL, units FLOAT NOT NULL, source_uid INTEGER,
    CONSTRAINT pk_assignment PRIMARY KEY (uid),
    CONSTRAINT fk_assignment_task_uid FOREIGN KEY(task_uid)
        REFERENCES task (uid) ON DELETE CASCADE,
    CONSTRAINT fk_assignment_resource_uid FOREIGN KEY(resource_uid)
        REFERENCES resource (uid) ON DELETE CASCADE
);
CREATE INDEX ix_assignment_task_uid ON assignment (task_uid);
CREATE INDEX ix_assignment_resource_uid ON assignment (resource_uid);
CREATE TABLE board_column (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, name TEXT NOT NULL,
    position INTEGER NOT NULL, wip_limit INTEGER, done BOOLEAN NOT NULL,
    CONSTRAINT pk_board_column PRIMARY KEY (uid)
);
CREATE TABLE risk (
    uid VARCHAR(36) NOT NULL, seq INTEGER NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL,
    description TEXT NOT NULL, category TEXT NOT NULL, kind VARCHAR(16) NOT NULL,
    owner TEXT NOT NULL, status VARCHAR(16) NOT NULL, probability INTEGER NOT NULL,
    impact INTEGER NOT NULL, cost_impact VARCHAR(40) NOT NULL, strategy TEXT NOT NULL,
    response TEXT NOT NULL, trigger_text TEXT NOT NULL, review_date DATE, raised DATE,
    closed DATE,
    CONSTRAINT pk_risk PRIMARY KEY (uid)
);
CREATE TABLE risk_task (
    uid VARCHAR(36) NOT NULL, risk_uid VARCHAR(36) NOT NULL, task_uid VARCHAR(36) NOT NULL,
    position INTEGER NOT NULL,
    CONSTRAINT pk_risk_task PRIMARY KEY (uid),
    CONSTRAINT fk_risk_task_risk_uid FOREIGN KEY(risk_uid)
        REFERENCES risk (uid) ON DELETE CASCADE
);
CREATE INDEX ix_risk_task_risk_position ON risk_task (risk_uid, position);
"""

DATA_1_0 = """
INSERT INTO project VALUES ('p-1', 'Legacy roadmap', 'From pmdesk 1.0',
    '2025-06-02 08:00:00.000000', NULL, 'EUR', 'c-1', 0, 480, 2400, 20, 'Ana Silva', 'Northwind');
INSERT INTO calendar VALUES ('c-1', 'Standard',
    '[[[480,720],[780,1020]],[[480,720],[780,1020]],[[480,720],[780,1020]],[[480,720],[780,1020]],[[480,720],[780,1020]],[],[]]',
    '[{"start":"2025-12-25","finish":"2025-12-25","intervals":[],"name":"Christmas"}]',
    NULL, NULL);
INSERT INTO task VALUES ('t-1', 0, NULL, 0, 'Research', '', 2400, 'w', 0, 0, 'ASAP', NULL, NULL,
    50, '2025-06-02 08:00:00.000000', NULL, 500, NULL, 0.0, '["ux"]', 0, '250.75', NULL, NULL);
INSERT INTO task VALUES ('t-2', 1, NULL, 1, 'Launch', '', 0, 'd', 0, 1, 'ASAP', NULL, NULL,
    0, NULL, NULL, 500, NULL, 0.0, '[]', 0, '0', NULL, NULL);
INSERT INTO dependency VALUES ('d-1', 0, 't-1', 't-2', 'FS', 480, 'd', 0, NULL);
INSERT INTO resource VALUES ('r-1', 0, 'Ana Silva', 'work', 'AS', '', '', 1.0, '90.00', '0', '0',
    NULL, NULL);
INSERT INTO assignment VALUES ('a-1', 0, 't-1', 'r-1', 0.5, NULL);
INSERT INTO risk VALUES ('k-1', 0, 'R-001', 'Scope creep', '', 'scope', 'threat', 'Ana', 'open',
    3, 4, '1000', '', '', '', NULL, '2025-06-01', NULL);
INSERT INTO risk_task VALUES ('k-1-t-2', 'k-1', 't-2', 0);
"""


def _run_sql(path: Path, script: str) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.executescript(script)
        connection.commit()
    finally:
        connection.close()


def _write_1_0_file(path: Path) -> bytes:
    _run_sql(path, SCHEMA_1_0 + DATA_1_0 + f"PRAGMA application_id = {APPLICATION_ID};"
             f"PRAGMA user_version = {pack_version((1, 0))};")
    return path.read_bytes()


def _check_1_0_data(plan: Plan) -> None:
    assert plan.project.name == "Legacy roadmap"
    assert [t.name for t in plan.tasks] == ["Research", "Launch"]
    research = plan.tasks[0]
    assert research.leveling_delay == 0
    assert research.baselines == ()
    assert str(research.fixed_cost) == "250.75"
    assert research.tags == ("ux",)
    assert plan.dependencies[0].lag == 480
    assert plan.assignments[0].units == 0.5
    assert plan.risks[0].task_uids == ("t-2",)
    assert plan.calendars["c-1"].exceptions[0].name == "Christmas"
    # What format 1.1 added reads as the core's defaults.
    defaults = ProjectInfo(uid="p-1", name="", start=plan.project.start)
    assert plan.project.risk_categories == defaults.risk_categories
    assert plan.project.budget == Decimal(0)
    assert research.optimistic is None
    assert plan.risks[0].history == ()
    assert plan.status_changes == [] and plan.cost_entries == []


def _user_version(path: Path) -> tuple[int, int]:
    connection = sqlite3.connect(path)
    try:
        return unpack_version(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def _backed_up(doc: ProjectDocument, original: bytes, version: tuple[int, int]) -> Path:
    """The backup an upgrade wrote beside the file: named after the old format, and the
    file exactly as it was."""
    assert doc.upgraded_from == version
    backup = doc.backup_path
    assert backup is not None and doc.path is not None
    assert backup.name == f"{doc.path.stem} (format {version[0]}.{version[1]} backup).pmdesk"
    assert backup.parent == doc.path.parent
    assert backup.read_bytes() == original
    return backup


def _save_task(doc: ProjectDocument, task: Task) -> None:
    """Edit one task in the open document and save it (in the current format)."""
    with doc.session() as session:
        apply_patch(session, Patch(tasks=(task,)))
    doc.save()


def test_format_1_0_file_is_upgraded_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "legacy.pmdesk"
    original = _write_1_0_file(path)
    with ProjectDocument.open(path) as doc:
        backup = _backed_up(doc, original, (1, 0))
        plan = doc.load_plan()
        _check_1_0_data(plan)
        # Until the user saves, the file stays in the format it had.
        assert path.read_bytes() == original
        # The upgraded working copy holds what 1.1 added.
        task = plan.tasks[0]
        upgraded = replace(task, leveling_delay=240, baselines=(Baseline(0, None, None, 2400),))
        _save_task(doc, upgraded)
    assert _user_version(path) == FORMAT_VERSION
    reopened = open_plan(path)
    assert reopened.tasks[0] == upgraded
    # The backup is still the untouched 1.0 file, and opens on its own.
    assert _user_version(backup) == (1, 0)
    _check_1_0_data(open_plan(backup))


def test_reading_a_1_0_file_from_the_command_line_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "legacy.pmdesk"
    original = _write_1_0_file(path)
    _check_1_0_data(open_plan(path))
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["legacy.pmdesk"]


def test_second_backup_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "legacy.pmdesk"
    _write_1_0_file(path)
    with ProjectDocument.open(path) as doc:
        first = doc.backup_path
    with ProjectDocument.open(path) as doc:
        second = doc.backup_path
    assert first is not None and second is not None
    assert first != second and first.exists() and second.exists()


def test_upgraded_schema_matches_a_new_file(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    connection = sqlite3.connect(old)
    connection.executescript(SCHEMA_1_0)
    connection.close()
    upgraded_engine = create_engine(f"sqlite:///{old}")
    fresh_engine = create_engine("sqlite://")
    try:
        with upgraded_engine.begin() as conn:
            assert upgrade(conn, (1, 0)) == FORMAT_VERSION
        with fresh_engine.begin() as conn:
            create_schema(conn)

        def shape(engine: object) -> dict[str, set[tuple[str, bool]]]:
            inspector = inspect(engine)
            return {
                table: {(c["name"], bool(c["nullable"])) for c in inspector.get_columns(table)}
                | {(str(i["name"]), bool(i["unique"])) for i in inspector.get_indexes(table)}
                for table in inspector.get_table_names()
            }

        assert shape(upgraded_engine) == shape(fresh_engine)
    finally:
        upgraded_engine.dispose()
        fresh_engine.dispose()


def test_ladder_reaches_the_current_version_step_by_step() -> None:
    assert LADDER[0].source == (1, 0)
    for earlier, later in itertools.pairwise(LADDER):
        assert earlier.target == later.source
    assert LADDER[-1].target == FORMAT_VERSION
    assert migrations_from(FORMAT_VERSION) == []
    assert migrations_from((FORMAT_VERSION[0], FORMAT_VERSION[1] + 1)) == []
    with pytest.raises(SchemaError, match="newer"):
        migrations_from((FORMAT_VERSION[0] + 1, 0))


def test_version_and_application_id_in_the_header(tmp_path: Path, rich_plan: Plan) -> None:
    assert APPLICATION_ID.to_bytes(4, "big") == b"PMdk"
    path = tmp_path / "plan.pmdesk"
    save_plan(rich_plan, path)
    header = path.read_bytes()[:100]
    assert header[68:72] == b"PMdk"
    assert unpack_version(int.from_bytes(header[60:64], "big")) == FORMAT_VERSION


def _write_1_1_file(path: Path) -> bytes:
    """A format 1.1 file: the 1.0 tables and data brought to 1.1 by the ladder's first
    step alone, exactly what pmdesk 1.1 wrote."""
    _write_1_0_file(path)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            LADDER[0].upgrade(conn)
    finally:
        engine.dispose()
    _run_sql(path, f"PRAGMA user_version = {pack_version((1, 1))};")
    return path.read_bytes()


def test_format_1_1_file_is_upgraded_to_1_2_after_a_backup(tmp_path: Path) -> None:
    """Format 1.2 adds MS Project's scheduling features; a 1.1 project opens with its tasks
    automatic, unsplit and flat, its delays in working days, as 1.1 scheduled them."""
    path = tmp_path / "roadmap.pmdesk"
    original = _write_1_1_file(path)
    with ProjectDocument.open(path) as doc:
        backup = _backed_up(doc, original, (1, 1))
        plan = doc.load_plan()
        _check_1_0_data(plan)
        research = plan.tasks[0]
        assert not research.manual and research.splits == ()
        assert research.leveling_delay_elapsed is False
        assert plan.assignments[0].contour.value == "flat"
        assert not plan.project.schedule_from_finish
        assert not plan.project.move_remaining_starts_forward
        assert plan.products == [] and plan.features == [] and plan.insights == []  # 1.3
        manual = replace(
            research,
            manual=True,
            manual_start=plan.project.start,
            splits=((240, 480),),
            leveling_delay=1440,
            leveling_delay_elapsed=True,
        )
        _save_task(doc, manual)
    assert _user_version(path) == FORMAT_VERSION == (1, 6)
    assert open_plan(path).tasks[0] == manual
    assert _user_version(backup) == (1, 1)
