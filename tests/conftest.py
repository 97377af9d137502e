"""Suite-wide settings: no display needed, and no test touches the user's real folders."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pg_server import PgServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Amounts read the same on every developer's machine and in CI, here and in the command-line
# processes the tests start (pmdesk.core.money reads it before LC_ALL and LANG).
os.environ["PMDESK_LOCALE"] = "en_US"

ROOT = Path(__file__).resolve().parents[1]
ORACLE = ROOT.parent / "shared" / "oracle"


@pytest.fixture
def mpxj() -> None:
    """For tests that read .mpp files: skip, saying why, where MPXJ cannot run (no Java, or
    no ``pmdesk[mpp]``). CI installs both, so there a missing one fails the test instead."""
    from pmdesk.interchange.mpp import MppUnavailable, find_jvm, require_extra

    try:
        require_extra()
        find_jvm()
    except MppUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f".ci/run must install Java and pmdesk[mpp]: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(autouse=True)
def pmdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private per-test home for settings, recent files and recovery copies."""
    home = tmp_path_factory.mktemp("pmdesk-home")
    monkeypatch.setenv("PMDESK_HOME", str(home))
    return home


@pytest.fixture
def phased_plan():
    """A small plan to filter: two phases, a critical chain, Ben on two tasks, Ana on none.

    Build: API (5d) -> Go live; App (2d, Ben). Launch: Press kit (1d, Ben), Go live (1d).
    """
    from datetime import datetime

    from pmdesk.core.model import (
        Assignment,
        Dependency,
        Plan,
        ProjectInfo,
        Resource,
        Task,
        standard_calendar,
    )

    def make() -> Plan:
        cal = standard_calendar()
        day = 480
        tasks = [
            Task("p1", "Build", position=0),
            Task("a", "API", parent_uid="p1", position=0, duration=5 * day),
            Task("b", "App", parent_uid="p1", position=1, duration=2 * day),
            Task("p2", "Launch", position=1),
            Task("c", "Press kit", parent_uid="p2", position=0, duration=day),
            Task("d", "Go live", parent_uid="p2", position=1, duration=day),
        ]
        return Plan(
            project=ProjectInfo("p", "F", datetime(2027, 1, 11, 8), calendar_uid=cal.uid),
            calendars={cal.uid: cal}, tasks=tasks,
            dependencies=[Dependency("l1", "a", "d")],
            resources=[Resource("r1", "Ana"), Resource("r2", "Ben")],
            assignments=[Assignment("x1", "b", "r2"), Assignment("x2", "c", "r2")])

    return make


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built-in demo written by ``pmdesk demo``; copy it before changing it."""
    from pmdesk.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.pmdesk"
    assert main(["demo", "-o", str(path)]) == 0
    return path


@pytest.fixture
def sqlite_edit() -> Callable[..., Path]:
    """``sqlite_edit(path, *statements)`` changes a file as an SQLite tool would (foreign
    keys off, as the sqlite3 shell has them): how a test damages or tampers with a project."""

    def edit(path: Path, *statements: str) -> Path:
        with contextlib.closing(sqlite3.connect(path)) as connection, connection:
            for statement in statements:
                connection.execute(statement)
        return path

    return edit


@pytest.fixture
def committed_in_wal(tmp_path: Path) -> Callable[[Path, str], Path]:
    """``committed_in_wal(project, statement)``: a copy of ``project`` whose last commit,
    ``statement``, sits only in the copy's ``-wal``, as a backup tool or a shared folder
    copies a file that another program is writing."""

    def make(project: Path, statement: str) -> Path:
        work = tmp_path / f"writer-{uuid.uuid4().hex[:6]}"
        work.mkdir()
        source = work / project.name
        source.write_bytes(project.read_bytes())
        copied = tmp_path / f"copied-{uuid.uuid4().hex[:6]}"
        copied.mkdir()
        with contextlib.closing(sqlite3.connect(source)) as writer:
            writer.execute("PRAGMA journal_mode = WAL")
            writer.execute("PRAGMA wal_autocheckpoint = 0")
            writer.execute(statement)
            writer.commit()
            for suffix in ("", "-wal"):  # copied while the writer still holds them
                (copied / f"{project.name}{suffix}").write_bytes(
                    Path(f"{source}{suffix}").read_bytes()
                )
        assert Path(f"{copied / project.name}-wal").stat().st_size > 0
        return copied / project.name

    return make


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """``small_disk("1m")`` mounts a tmpfs of that size for the test and returns its folder:
    a disk that really fills up. Needs root (CI runs as root); elsewhere the test is skipped
    with the reason."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("mounting a small tmpfs needs root")
        folder = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
        folder.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True, text=True,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(folder)
        return folder

    yield mount
    for folder in mounted:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", "-l", str(folder)], check=False)


# -- a throwaway PostgreSQL server for the team workspace's tests ---------------------------
# Tests that need it take ``pg`` (or ``workspace_db``). They are skipped, saying why, only
# where no PostgreSQL binaries exist; CI installs Debian's ``postgresql`` package, and
# there a missing server fails them instead.

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    from pg_server import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        reason = ("no PostgreSQL binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin: "
                  "apt-get install postgresql")
        if os.environ.get("CI"):
            pytest.fail(f".ci/run must install PostgreSQL: {reason}")
        pytest.skip(reason)
    server = PgServer(bindir).start()
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.pgpass)
    for role in ("alice", "bob", "carol", "dave"):
        server.add_role(role)
    server.add_role("mallory", remembered="not-her-password")
    try:
        yield server
    finally:
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before
        server.stop()


@pytest.fixture
def empty_db(pg: PgServer) -> str:
    """A new database without a workspace in it; its name."""
    return pg.create_database(f"empty_{next(_names)}")


@pytest.fixture
def workspace_db(pg: PgServer) -> str:
    """A new database made a workspace by its owner (the server's superuser), with alice
    and bob editors and carol a reader; its name."""
    from pmdesk.store.workspace import init_workspace

    name = pg.create_database(f"ws_{next(_names)}")
    init_workspace(pg.dsn(database=name)).close()
    for role in ("alice", "bob"):
        pg.sql(f"GRANT pmdesk_editor TO {role}")
    pg.sql("GRANT pmdesk_reader TO carol")
    return name


# -- the store and controller suites on both back ends ----------------------------------------
# A test taking ``backend`` (or a fixture that does: the store's ``engine``, the controller
# tests' ``document``) runs twice: on an SQLite project file and on a project of a
# PostgreSQL workspace. The server and its workspace database are made once per session;
# each test gets a project of its own there, so tests stay apart (a project's rows are
# only its own) and nothing is set up twice.


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def backend_workspace(pg: PgServer) -> Iterator[object]:
    """The workspace the tests run on PostgreSQL use, its owner's :class:`Workspace`."""
    from pmdesk.store.workspace import init_workspace

    name = pg.create_database("backends")
    workspace = init_workspace(pg.dsn(database=name))
    yield workspace
    workspace.close()


@pytest.fixture
def workspace_project(request: pytest.FixtureRequest) -> Iterator[Callable[..., object]]:
    """``workspace_project(plan=None)``: on the session's workspace, a new project holding
    ``plan`` (a WorkspaceDocument on it, closed at the end of the test) or, without a
    plan, an empty one (an Engine on it that sees its rows under the file's table names,
    as the repository expects)."""
    from pmdesk.store import workspace as ws

    owner = request.getfixturevalue("backend_workspace")
    opened: list[object] = []

    def make(plan: object = None) -> object:
        name = f"t{next(_names)}-{uuid.uuid4().hex[:8]}"
        if plan is not None:
            owner.publish(plan, name)
            document = owner.open(name)
            opened.append(document)
            return document
        project_id = str(uuid.uuid4())
        with owner._connection() as connection:
            connection.exec_driver_sql("SELECT pmdesk.create_project(%(i)s, %(n)s)",
                                       {"i": project_id, "n": name})
        engine = ws._make_engine(owner.url, project_id)
        opened.append(engine)
        return engine

    yield make
    for thing in opened:
        (getattr(thing, "close", None) or thing.dispose)()
