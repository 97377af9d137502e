"""A project file from someone else is data: its own SQL never runs, and damage is named.

Each file here is built in the test from a good project, then changed the way a hostile
colleague, a damaged USB stick or a hand edit with an SQLite tool would change it.
"""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch
from pmdesk.core.product.rules import check_features
from pmdesk.store.document import (
    DocumentError,
    ProjectDocument,
    lock_path,
    open_plan,
    save_plan,
)
from pmdesk.store.repository import apply_patch

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("hostile .pmdesk files: SQL planted in a file")


def _project(tmp_path: Path, plan: Plan, name: str = "colleague.pmdesk") -> Path:
    path = tmp_path / name
    save_plan(plan, path)
    return path


def _schema_objects(path: Path) -> set[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return {
            (kind, name)
            for kind, name in connection.execute("SELECT type, name FROM sqlite_master")
            if not name.startswith("sqlite_")
        }
    finally:
        connection.close()


def _recovery_files(home: Path) -> list[Path]:
    folder = home / "data" / "recovery"
    return sorted(folder.iterdir()) if folder.exists() else []


def _rename(doc: ProjectDocument, plan: Plan, uid: str, name: str) -> None:
    task = plan.task_index()[uid]
    with doc.session() as session:
        apply_patch(session, Patch(tasks=(dataclasses.replace(task, name=name),)))


# --------------------------------------------------------------------------- foreign SQL


WIPE_ON_EDIT = "CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM task; END"
RENAME_AND_INFLATE = (
    "CREATE TRIGGER inflate AFTER INSERT ON dependency BEGIN "
    "UPDATE task SET name = 'pwned'; UPDATE resource SET standard_rate = standard_rate * 100; END"
)


def test_triggers_in_a_file_never_run_and_save_keeps_every_task(
    tmp_path: Path, rich_plan: Plan, sqlite_edit: Edit
) -> None:
    path = _project(tmp_path, rich_plan)
    sqlite_edit(
        path, WIPE_ON_EDIT, RENAME_AND_INFLATE, "CREATE VIEW everything AS SELECT * FROM task"
    )
    with ProjectDocument.open(path) as doc:
        assert "trigger 'wipe' on task" in doc.removed_code
        assert "view 'everything'" in doc.removed_code
        assert "never ran" in doc.removed_code
        assert doc.removed_code in doc.notices
        assert doc.repairs == ""
        # The edits that would have fired the triggers.
        _rename(doc, rich_plan, "t-api", "API v2")
        with doc.session() as session:
            apply_patch(
                session,
                Patch(dependencies=(dataclasses.replace(rich_plan.dependencies[0], uid="d-new"),)),
            )
        in_window = doc.load_plan()
        assert len(in_window.tasks) == len(rich_plan.tasks)
        doc.save()
    saved = open_plan(path)
    assert len(saved.tasks) == len(rich_plan.tasks)
    assert saved.task_index()["t-api"].name == "API v2"
    assert "pwned" not in {t.name for t in saved.tasks}
    assert [r.standard_rate for r in saved.resources] == [
        r.standard_rate for r in rich_plan.resources
    ]
    assert not {kind for kind, _name in _schema_objects(path)} & {"trigger", "view"}


def test_the_file_itself_keeps_its_objects_until_saved(
    tmp_path: Path, rich_plan: Plan, sqlite_edit: Edit
) -> None:
    path = _project(tmp_path, rich_plan)
    sqlite_edit(path, WIPE_ON_EDIT)
    before = path.read_bytes()
    with ProjectDocument.open(path) as doc:
        _rename(doc, rich_plan, "t-api", "edited")
        assert path.read_bytes() == before


def test_the_command_line_reads_such_a_file_and_says_what_it_ignored(
    tmp_path: Path, rich_plan: Plan, sqlite_edit: Edit
) -> None:
    path = _project(tmp_path, rich_plan)
    sqlite_edit(
        path,
        WIPE_ON_EDIT,
        "CREATE TABLE exfiltrate (x)",
        "CREATE INDEX ix_names ON task (name)",
    )
    notices: list[str] = []
    assert open_plan(path, notices=notices) == rich_plan
    (notice,) = notices
    for shown in ("trigger 'wipe'", "table 'exfiltrate'", "index 'ix_names'"):
        assert shown in notice


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        pytest.param(
            ["ALTER TABLE risk RENAME TO risk_old", "CREATE VIEW risk AS SELECT * FROM risk_old"],
            "not a pmdesk project or is damaged (parts of a project are missing: risk)",
            id="view-in-place-of-a-table",
        ),
        pytest.param(
            [
                "ALTER TABLE task RENAME TO task_old",
                "CREATE TABLE task (uid VARCHAR(36) NOT NULL PRIMARY KEY, seq INTEGER NOT NULL,"
                " parent_uid VARCHAR(36), position INTEGER NOT NULL, name TEXT NOT NULL"
                " CHECK (length(name) < 1000))",
            ],
            "table task",
            id="check-constraint",
        ),
        pytest.param(
            ["ALTER TABLE task ADD COLUMN shadow INTEGER GENERATED ALWAYS AS (duration * 2)"],
            "table task",
            id="generated-column",
        ),
        pytest.param(
            ["ALTER TABLE task ADD COLUMN spy TEXT"],
            "columns pmdesk does not know: spy",
            id="extra-column",
        ),
    ],
)
def test_tables_pmdesk_did_not_define_are_refused(
    tmp_path: Path,
    rich_plan: Plan,
    pmdesk_home: Path,
    sqlite_edit: Edit,
    change: list[str],
    problem: str,
) -> None:
    path = _project(tmp_path, rich_plan)
    sqlite_edit(path, *change)
    before = path.read_bytes()
    for opener in (lambda: ProjectDocument.open(path).close(), lambda: open_plan(path)):
        with pytest.raises(DocumentError) as caught:
            opener()
        message = str(caught.value)
        assert message.startswith(f"{path}: ") and "\n" not in message
        assert problem in message
    assert path.read_bytes() == before
    assert not lock_path(path.resolve()).exists()
    assert _recovery_files(pmdesk_home) == []


# --------------------------------------------------------------------------- damaged values


Edit = Callable[..., Path]


def _table_sql(path: Path, table: str, sql: str | None = None) -> str:
    """The CREATE statement SQLite keeps for ``table``; with ``sql``, replace it first (what
    only a damaged or tampered file has: a definition that no longer fits its rows)."""
    connection = sqlite3.connect(path)
    try:
        if sql is not None:
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, table))
            connection.commit()
        (found,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        return str(found)
    finally:
        connection.close()


def _not_null_removed(table: str, column: str, update: str) -> Callable[[Path, Edit], None]:
    """Store NULL in a required column the way only a damaged file can: loosen the table's
    definition, change the row, and put the definition back."""

    def damage(path: Path, edit: Edit) -> None:
        sql = _table_sql(path, table)
        loose = re.sub(rf"\b{column} ([A-Z]+(?:\(\d+\))?) NOT NULL", rf"{column} \1", sql)
        assert loose != sql
        _table_sql(path, table, loose)
        edit(path, update)
        _table_sql(path, table, sql)

    return damage


def _update(statement: str) -> Callable[[Path, Edit], None]:
    return lambda path, edit: edit(path, statement)


DAMAGE: list[tuple[str, Callable[[Path, Edit], None], str]] = [
    (
        "null-duration",
        _not_null_removed("task", "duration", "UPDATE task SET duration = NULL WHERE uid='t-api'"),
        "task t-api: duration is missing",
    ),
    (
        "null-start",
        _not_null_removed("project", "start", "UPDATE project SET start = NULL"),
        "project project-1: start is missing",
    ),
    (
        "null-flag",
        _not_null_removed(
            "task", "milestone", "UPDATE task SET milestone = NULL WHERE uid='t-launch'"
        ),
        "task t-launch: milestone is missing",
    ),
    (
        "null-name",
        _not_null_removed("task", "name", "UPDATE task SET name = NULL WHERE uid='t-store'"),
        "task t-store: name is missing",
    ),
    (
        "null-uid",
        _not_null_removed("resource", "uid", "UPDATE resource SET uid = NULL WHERE name='Travel'"),
        "resource: uid is missing",
    ),
    (
        "text-duration",
        _update("UPDATE task SET duration = 'abc' WHERE uid = 't-api'"),
        "task t-api \"Sync API\": duration is 'abc', not a whole number",
    ),
    (
        "text-date",
        _update("UPDATE task SET deadline = 'not a date' WHERE uid = 't-api'"),
        "task t-api \"Sync API\": deadline is 'not a date', not a date and time",
    ),
    (
        "february-30",
        _update("UPDATE project SET start = '2026-02-30 08:00:00.000000'"),
        "start is '2026-02-30 08:00:00.000000', not a date and time",
    ),
    (
        "year-1",
        _update("UPDATE project SET start = '0001-01-01 08:00:00.000000'"),
        "start is 0001-01-01 08:00:00, outside 1900-01-01 to 2199-12-31",
    ),
    (
        "year-9999",
        _update("UPDATE task SET constraint_date = '9999-12-31 17:00:00.000000', "
                "constraint_type = 'MFO' WHERE uid = 't-api'"),
        "constraint date is 9999-12-31 17:00:00, outside 1900-01-01 to 2199-12-31",
    ),
    (
        "bad-json",
        _update("UPDATE task SET tags = '[\"api\", ' WHERE uid = 't-api'"),
        "tags is '[\"api\", ', not a list",
    ),
    (
        "tags-not-text",
        _update("UPDATE task SET tags = '[1, 2]' WHERE uid = 't-api'"),
        "tags holds an entry that is 1, not text",
    ),
    (
        "money-text",
        _update("UPDATE task SET fixed_cost = 'abc' WHERE uid = 't-api'"),
        "fixed cost is 'abc', not an amount",
    ),
    (
        "money-nan",
        _update("UPDATE resource SET standard_rate = 'NaN' WHERE uid = 'r-ana'"),
        "standard rate is NaN, not a finite amount",
    ),
    (
        "money-infinity",
        _update("UPDATE project SET budget = 'Infinity'"),
        "budget is Infinity, not a finite amount",
    ),
    (
        "invalid-utf8",
        _update("UPDATE task SET name = CAST(x'4150491fff' AS TEXT) WHERE uid = 't-api'"),
        "task t-api column name: holds text that is not valid UTF-8",
    ),
    (
        "huge-duration",
        _update("UPDATE task SET duration = 1000000000000 WHERE uid = 't-api'"),
        "duration is 1000000000000, outside 0 to 10,000,000 minutes",
    ),
    (
        "huge-lag",
        _update("UPDATE dependency SET lag = 1000000000000 WHERE uid = 'd-5'"),
        "dependency d-5: lag is 1000000000000, outside -10,000,000 to 10,000,000 minutes",
    ),
    (
        "real-duration",
        _update("UPDATE task SET duration = 480.5 WHERE uid = 't-api'"),
        "duration is 480.5, not a whole number",
    ),
    (
        "percent-1000",
        _update("UPDATE task SET percent_complete = 1000 WHERE uid = 't-api'"),
        "percent complete is 1000, outside 0 to 100 %",
    ),
    (
        "probability-99",
        _update("UPDATE risk SET probability = 99 WHERE uid = 'risk-1'"),
        "probability is 99, outside 1 to 5",
    ),
    (
        "zero-minutes-per-day",
        _update("UPDATE project SET minutes_per_day = 0"),
        "minutes per day is 0, outside 1 to 1,440 minutes",
    ),
    (
        "flag-2",
        _update("UPDATE task SET milestone = 2 WHERE uid = 't-api'"),
        "milestone is 2, not true or false",
    ),
    (
        "units-infinite",
        _update("UPDATE assignment SET units = 9e999 WHERE uid = 'a-1'"),
        "units is inf, not a finite number",
    ),
    (
        "calendar-hours",
        _update("UPDATE calendar SET weekdays = '[[[480, 2000]],null,null,null,null,null,null]' "
                "WHERE uid = 'cal-night'"),
        "calendar cal-night \"Night shift\": working interval [480, 2000] is not two minutes",
    ),
    (
        "calendar-json",
        _update("UPDATE calendar SET exceptions = '{' WHERE uid = 'cal-night'"),
        "calendar cal-night \"Night shift\": ",
    ),
    (
        "calendar-nested-json",
        _update("UPDATE calendar SET exceptions = '" + "[" * 5000 + "]" * 5000 + "' "
                "WHERE uid = 'cal-night'"),
        "calendar cal-night \"Night shift\": exceptions are nested too deeply to be read",
    ),
    (
        "fraction-in-optional-whole-number",
        _update("UPDATE board_column SET wip_limit = 2.5 WHERE uid = 'col-doing'"),
        "board_column col-doing \"Doing\": wip limit is 2.5, not a whole number",
    ),
    (
        "fraction-in-position",
        _update("UPDATE task SET position = 0.5 WHERE uid = 't-api'"),
        "task t-api \"Sync API\": position is 0.5, not a whole number",
    ),
    (
        "text-in-row-order",
        _update("UPDATE task SET seq = 'abc' WHERE uid = 't-api'"),
        "task t-api: its place in the list is 'abc', not a whole number",
    ),
    (
        "row-order-at-the-integer-limit",
        _update("UPDATE risk SET seq = 9223372036854775807 WHERE uid = 'risk-1'"),
        "risk risk-1: its place in the list is 9223372036854775807, out of range",
    ),
    (
        "history-json",
        _update("UPDATE risk SET history = '[{\"on\": \"soon\"}]' WHERE uid = 'risk-1'"),
        "risk risk-1: unreadable score history",
    ),
    (
        "two-projects",
        lambda path, edit: edit(
            path, "CREATE TEMP TABLE copied AS SELECT * FROM project",
            "UPDATE copied SET uid = 'p-2', name = 'Someone else''s plan'",
            "INSERT INTO project SELECT * FROM copied"),
        "is damaged (it holds more than one project (",
    ),
    (
        "negative-format-number",
        _update("PRAGMA user_version = -5"),
        "its file format number (-5) is not one pmdesk knows",
    ),
    (
        "absurd-format-number",
        _update("PRAGMA user_version = 2147418112"),
        "its file format number (2147418112) is not one pmdesk knows",
    ),
    (
        "format-zero",
        _update("PRAGMA user_version = 0"),
        "its file format number (0) is not one pmdesk knows",
    ),
    (
        "older-format-number-over-newer-tables",
        _update(f"PRAGMA user_version = {(1 << 16) | 1}"),
        "is damaged: its file format number (1.1) does not match its tables (the file was "
        "damaged or changed by another program)",
    ),
    (
        "dropped-table",
        _update("DROP TABLE risk_task"),
        "parts of a project are missing: risk_task",
    ),
    (
        "renamed-column",
        _update("ALTER TABLE task RENAME COLUMN duration TO duraton"),
        "table task: column duration is missing",
    ),
]


@pytest.mark.parametrize(
    ("damage", "problem"), [pytest.param(d, p, id=name) for name, d, p in DAMAGE]
)
@pytest.mark.parametrize("opener", ["document", "open_plan"])
def test_a_damaged_value_is_named_by_row_and_field(
    tmp_path: Path,
    rich_plan: Plan,
    sqlite_edit: Edit,
    damage: Callable[[Path, Edit], None],
    problem: str,
    opener: str,
) -> None:
    path = _project(tmp_path, rich_plan)
    damage(path, sqlite_edit)
    before = path.read_bytes()
    with pytest.raises(DocumentError) as caught:
        if opener == "document":
            with ProjectDocument.open(path) as doc:
                doc.load_plan()
        else:
            open_plan(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    assert problem in message
    assert "sqlalche.me" not in message and "SELECT" not in message
    assert path.read_bytes() == before
    assert not lock_path(path.resolve()).exists()


# --------------------------------------------------------------------------- not files


def _refused(path: Path, problem: str) -> None:
    for opener in (ProjectDocument.open, open_plan):
        with pytest.raises(DocumentError) as caught:
            result = opener(path)
            if isinstance(result, ProjectDocument):
                result.close()
        message = str(caught.value)
        assert "\n" not in message
        assert problem in message, message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "x.pmdesk"
    os.mkfifo(fifo)
    # Reading a pipe would wait for a writer forever: run it where a hang fails the test.
    script = (
        "import sys\n"
        "from pmdesk.store.document import DocumentError, ProjectDocument, open_plan\n"
        "for opener in (ProjectDocument.open, open_plan):\n"
        "    try:\n"
        "        opener(sys.argv[1])\n"
        "    except DocumentError as exc:\n"
        "        print(exc)\n"
    )
    env = dict(os.environ, PMDESK_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", script, str(fifo)], capture_output=True, text=True,
        timeout=60, env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [f"{fifo}: is a named pipe, not a project file"] * 2


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused() -> None:
    _refused(Path("/dev/null"), "/dev/null: is a device, not a project file")


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.pmdesk").symlink_to(tmp_path / "b.pmdesk")
    (tmp_path / "b.pmdesk").symlink_to(tmp_path / "a.pmdesk")
    _refused(tmp_path / "a.pmdesk", "its symbolic links form a loop")


def test_a_name_too_long_is_refused_on_one_short_line(tmp_path: Path) -> None:
    path = tmp_path / ("x" * 5000 + ".pmdesk")
    _refused(path, "the name is too long")
    with pytest.raises(DocumentError) as caught:
        open_plan(path)
    assert len(str(caught.value)) < 300


def test_a_newline_in_the_name_keeps_the_message_on_one_line(
    tmp_path: Path, rich_plan: Plan, sqlite_edit: Edit
) -> None:
    path = _project(tmp_path, rich_plan, "two\nlines.pmdesk")
    sqlite_edit(path, "DROP TABLE risk")
    _refused(path, "two\\nlines.pmdesk: is not a pmdesk project or is damaged (parts of a "
                   "project are missing: risk)")
    good = _project(tmp_path, rich_plan, "fine\nname.pmdesk")
    with ProjectDocument.open(good) as doc:
        assert doc.load_plan() == rich_plan


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_folder_that_cannot_be_searched_is_named(
    tmp_path: Path, rich_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    path = locked / "plan.pmdesk"
    save_plan(rich_plan, path)
    locked.chmod(0o600)  # its names can be listed, but nothing in it can be reached
    try:
        if os.geteuid() == 0:
            # Root reaches everything: have the system answer as it answers everyone else.
            real_stat = os.stat

            def stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
                if str(target).startswith(f"{locked}{os.sep}"):
                    raise PermissionError(13, "Permission denied", str(target))
                return real_stat(target, *args, **kwargs)  # type: ignore[arg-type]

            monkeypatch.setattr(os, "stat", stat)
        _refused(path, f"{path}: cannot be read (permission denied)")
    finally:
        monkeypatch.undo()
        locked.chmod(0o755)


# --------------------------------------------------------------------------- journals


def test_the_last_commit_in_a_wal_file_is_read_by_the_window_and_the_command_line(
    tmp_path: Path, rich_plan: Plan, committed_in_wal
) -> None:
    copied = committed_in_wal(
        _project(tmp_path, rich_plan), "UPDATE project SET name = 'Committed in the WAL'"
    )
    assert open_plan(copied).project.name == "Committed in the WAL"
    with ProjectDocument.open(copied) as doc:
        assert doc.load_plan().project.name == "Committed in the WAL"
        _rename(doc, rich_plan, "t-api", "edited")
        doc.save()
    assert open_plan(copied).project.name == "Committed in the WAL"
    assert open_plan(copied).task_index()["t-api"].name == "edited"


def test_a_file_left_in_wal_mode_opens_everywhere(
    tmp_path: Path, rich_plan: Plan, sqlite_edit: Edit
) -> None:
    path = _project(tmp_path, rich_plan)
    sqlite_edit(path, "PRAGMA journal_mode = WAL")
    assert path.read_bytes()[18:20] == b"\x02\x02"
    assert open_plan(path) == rich_plan
    with ProjectDocument.open(path) as doc:
        assert doc.load_plan() == rich_plan


# --------------------------------------------------------------------------- loops of parents


def _features(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT uid, title FROM feature ORDER BY seq LIMIT 2").fetchall()


@pytest.mark.parametrize("loop", ["itself", "each-other"])
def test_a_feature_inside_itself_opens_at_the_top_level_and_is_named(
    tmp_path: Path, demo_file: Path, sqlite_edit: Edit, loop: str
) -> None:
    path = Path(shutil.copyfile(demo_file, tmp_path / "loop.pmdesk"))
    (a, a_title), (b, b_title) = _features(path)
    if loop == "itself":
        sqlite_edit(path, f"UPDATE feature SET parent_uid = uid WHERE uid = '{a}'")
        named = f'feature "{a_title}" inside "{a_title}"'
    else:
        sqlite_edit(path, f"UPDATE feature SET parent_uid = '{b}' WHERE uid = '{a}'",
                    f"UPDATE feature SET parent_uid = '{a}' WHERE uid = '{b}'")
        named = f'feature "{a_title}" inside "{b_title}" inside "{a_title}"'
    before = path.read_bytes()
    notices: list[str] = []
    plan = open_plan(path, notices=notices)
    (notice,) = notices
    assert f"held a loop of parents ({named}); the first of each loop now stands at the top " \
           "level in the copy you work on" in notice
    parents = {f.uid: f.parent_uid for f in plan.features}
    assert parents[a] is None
    assert parents[b] == (None if loop == "itself" else a)
    # every feature can be edited again: the rules refused each edit of one in a loop
    feature = next(f for f in plan.features if f.uid == b)
    assert check_features(plan, Patch(features=(dataclasses.replace(feature, title="B"),))) \
        is None
    with ProjectDocument.open(path) as doc:
        assert named in " ".join(doc.notices)
        assert named in doc.repairs and doc.repairs in doc.notices
        assert doc.removed_code == ""
        assert {f.uid: f.parent_uid for f in doc.load_plan().features} == parents
        doc.save()
    assert path.read_bytes() != before
    assert {f.uid: f.parent_uid for f in open_plan(path).features} == parents
