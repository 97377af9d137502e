"""A team workspace: many projects in one PostgreSQL database, edited by several PMs at once.

The workspace's tables are the project file's (:mod:`.workspace_schema`), each row tagged
with its project and a version. A connection that works on one project sees that project's
rows under the file's table names: temporary views (``CREATE TEMP VIEW task AS SELECT ...
FROM pmdesk.task WHERE project_id = ...``), which PostgreSQL looks up before the schema's
tables and lets the repository read and write as it does a file. So
:func:`~.repository.load_plan`, :func:`~.repository.write_plan` and
:func:`~.repository.apply_patch` serve a workspace project unchanged.

Concurrent editing: :class:`WorkspaceDocument` remembers the version of every row it read.
An edit's writes are conditional (``UPDATE ... WHERE uid = ... AND version = <read>``, the
same for DELETE, each row count checked): when one finds its row changed, nothing is
written and :class:`RowConflict` names who changed which row, with the rows as they are
now. The database announces every change (triggers, see :mod:`.workspace_schema`) on the
channel ``pmdesk``, whoever made it; other clients listening
(:meth:`WorkspaceDocument.poll`) read those rows and show them, and a client passes over
the announcements of its own connections.

Passwords never appear in an address pmdesk keeps or shows: they come from libpq's own
sources (``~/.pgpass``, ``PGPASSFILE``, a service file) or the system keyring (service
``pmdesk``, user ``USER@HOST:PORT/DB``), and an address with a password in it is refused.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import select as select_module
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session

from pmdesk.core.kinds import KINDS
from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch, plan_rows

from . import repository, workspace_schema
from .rows import Base, ProjectRow
from .workspace_schema import CHANNEL, SCHEMA, WorkspaceSchemaError

__all__ = [
    "CHANNEL",
    "HEADERS",
    "ProjectEntry",
    "RowConflict",
    "Workspace",
    "WorkspaceDocument",
    "WorkspaceError",
    "checkout",
    "health_cells",
    "init_workspace",
    "MergedBack",
    "merge_back",
    "parse_dsn",
    "project_health",
    "shown_dsn",
]

_ID = re.compile(r"^[0-9A-Za-z-]{1,36}$")
_PROJECT_TABLE = ProjectRow.__tablename__

#: Row versions by table and uid.
Versions = dict[str, dict[str, int]]


class WorkspaceError(Exception):
    """A workspace cannot do what was asked; the message says why, for the user."""


@dataclass
class Conflicted:
    """One row someone else changed (or removed) since this client read it."""

    kind: str  # a kind of KINDS, or "project"
    uid: str
    by: str | None  # who changed it last; None when it is gone
    label: str


class RowConflict(WorkspaceError):
    """An edit refused because its rows changed elsewhere; ``refresh`` is a patch bringing
    the local plan to the rows as they are now."""

    def __init__(self, rows: list[Conflicted], refresh: Patch) -> None:
        self.rows = rows
        self.refresh = refresh
        super().__init__(_conflict_message(rows))


def _conflict_message(rows: list[Conflicted]) -> str:
    parts = []
    for row in rows[:3]:
        if row.by is None:
            parts.append(f"{row.label} was removed by someone else")
        else:
            parts.append(f"{row.by} changed {row.label}")
    more = f" (and {len(rows) - 3} more rows)" if len(rows) > 3 else ""
    return (f"The change was not made: {'; '.join(parts)}{more} since you read it. "
            "The window now shows their version.")


# --------------------------------------------------------------------------- addresses


def parse_dsn(dsn: str) -> URL:
    """The SQLAlchemy URL (psycopg 3) of a ``postgresql://USER@HOST[:PORT]/DB`` address;
    WorkspaceError for anything else, or for an address holding a password."""
    try:
        url = make_url(dsn.strip())
    except (ArgumentError, ValueError) as exc:
        raise WorkspaceError(f"{shown_dsn(dsn)}: not a database address ({exc}); "
                             "expected postgresql://USER@HOST/DATABASE") from None
    if url.get_backend_name() not in ("postgresql", "postgres"):
        raise WorkspaceError(f"{shown_dsn(dsn)}: a workspace is a PostgreSQL database "
                             "(postgresql://USER@HOST/DATABASE)")
    if url.password is not None:
        raise WorkspaceError(
            f"{shown_dsn(dsn)}: the address holds a password; pmdesk takes passwords only "
            "from ~/.pgpass (or PGPASSFILE), a libpq service file or the system keyring"
        )
    return url.set(drivername="postgresql+psycopg")


def shown_dsn(dsn: str | URL) -> str:
    """The address as pmdesk shows and keeps it: never with a password."""
    if isinstance(dsn, URL):
        url = dsn
    else:
        try:
            url = make_url(dsn.strip())
        except (ArgumentError, ValueError):
            return re.sub(r"(//[^/:@]*):[^@/]*@", r"\1:***@", dsn)
    shown = url.set(drivername="postgresql", password=None)
    return shown.render_as_string(hide_password=True)


def _keyring_password(url: URL) -> str | None:
    """The password the system keyring holds for this address, if a keyring is there."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    key = f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"
    try:
        found = keyring.get_password("pmdesk", key)
    except (KeyringError, RuntimeError, OSError):
        return None
    return found if isinstance(found, str) else None


def _reason(exc: BaseException, shown: str) -> str:
    """A driver error as one sentence for the user."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = detail[0] if detail else type(exc).__name__
    lower = first.lower()
    if "password authentication failed" in lower or "no password supplied" in lower:
        return (f"{shown}: the server refused the login ({first.split('FATAL:')[-1].strip()});"
                " check the password in ~/.pgpass or the keyring")
    if "connection refused" in lower or "could not connect" in lower or "timeout" in lower \
            or "could not translate host" in lower or "no route" in lower:
        return f"{shown}: the server cannot be reached ({first})"
    if "does not exist" in lower and "database" in lower:
        return f"{shown}: {first}"
    if "permission denied" in lower or "row-level security" in lower:
        return f"{shown}: the server refuses this to your login ({first})"
    if "server closed the connection" in lower or "terminating connection" in lower \
            or "consuming input failed" in lower or "connection is lost" in lower \
            or "the connection is closed" in lower:
        return f"{shown}: the connection to the server was lost ({first})"
    return f"{shown}: {first}"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _project_views(dbapi_connection: Any, project_id: str) -> None:
    """Make the connection see one project's rows under the file's table names."""
    if not _ID.match(project_id):
        raise WorkspaceError(f"not a project id: {project_id!r}")
    owners = _owners()
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SELECT set_config('pmdesk.project_id', %s, false)", (project_id,))
        for table in Base.metadata.sorted_tables:
            # version: what an edit's conditional UPDATE and DELETE compare with.
            columns = ", ".join([*(_quoted(c.name) for c in table.columns), "version"])
            key = _quoted(owners.get(table.name, table.primary_key.columns.values()[0].name))
            # pmdesk.only, when set, narrows the view to some rows (see _fetch); the
            # sub-selects make PostgreSQL read the setting once per query, not per row.
            cursor.execute(
                f"CREATE TEMP VIEW {_quoted(table.name)} AS SELECT {columns} FROM "
                f"{SCHEMA}.{_quoted(table.name)} WHERE project_id = '{project_id}' AND ("
                "(SELECT coalesce(current_setting('pmdesk.only', true), '') = '') OR "
                f"{key} IN (SELECT unnest(string_to_array(current_setting('pmdesk.only', "
                "true), chr(31)))))"
            )
    dbapi_connection.commit()


def _owners() -> dict[str, str]:
    """Tables holding part of another kind's rows (a task's baselines): the column naming
    the owning row, which a narrowed view selects by."""
    return {str(part.row.__tablename__): part.owner
            for stored in repository.stored_kinds().values() for part in stored.parts}


def _make_engine(url: URL, project_id: str | None = None, pool_size: int = 2,
                 pids: set[int] | None = None) -> Engine:
    """An engine on the workspace; with ``project_id``, its connections see that project's
    rows under the file's table names; ``pids`` collects their server processes (whose
    announcements are this client's own)."""
    connect_args: dict[str, Any] = {"connect_timeout": 5, "application_name": "pmdesk"}
    password = _keyring_password(url)
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(url, connect_args=connect_args, pool_size=pool_size,
                           max_overflow=2, pool_pre_ping=True)
    if project_id is not None:
        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            _project_views(dbapi_connection, project_id)
            if pids is not None:
                pids.add(int(dbapi_connection.info.backend_pid))

        event.listen(engine, "connect", on_connect)
    return engine


# --------------------------------------------------------------------------- the workspace


@dataclass(frozen=True)
class ProjectEntry:
    """One project of the workspace, as the list shows it."""

    id: str
    name: str
    published_by: str
    published_at: datetime
    health: dict[str, Any] = field(default_factory=dict)


class Workspace:
    """A connection to one workspace database: list, publish, open and check out projects.

    Every method raises :class:`WorkspaceError` with a sentence for the user (a wrong
    password, an unreachable server, a database without a workspace, one from a newer
    pmdesk, a login without the right)."""

    def __init__(self, dsn: str, *, create_schema: bool = False, upgrade: bool = False
                 ) -> None:
        self.url = parse_dsn(dsn)
        self.shown = shown_dsn(self.url)
        self._engine = _make_engine(self.url, pool_size=1)
        try:
            with self._engine.begin() as connection:
                if create_schema:
                    workspace_schema.create(connection)
                self.upgraded_from = workspace_schema.check(connection, older=upgrade)
                #: Whether the workspace had the layout's additions before an upgrade.
                self.had_additions = workspace_schema.additions(connection) >= \
                    workspace_schema.ADDITIONS
                if upgrade:
                    workspace_schema.upgrade(connection)
                self.format = workspace_schema.check(connection)
                self.user = str(connection.scalar(text("SELECT session_user")))
        except WorkspaceSchemaError as exc:
            self._engine.dispose()
            raise WorkspaceError(f"{self.shown}: {exc}") from None
        except (SQLAlchemyError, OSError) as exc:
            self._engine.dispose()
            raise WorkspaceError(_reason(exc, self.shown)) from None

    @contextlib.contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            with self._engine.begin() as connection:
                yield connection
        except (SQLAlchemyError, OSError) as exc:
            raise WorkspaceError(_reason(exc, self.shown)) from None

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- projects ---------------------------------------------------------------------------

    def projects(self) -> list[ProjectEntry]:
        """Every project, by name."""
        with self._connection() as connection:
            rows = connection.execute(text(
                f"SELECT id, name, published_by, published_at FROM {SCHEMA}.workspace_project "
                "ORDER BY lower(name), name"
            )).all()
        return [ProjectEntry(r[0], r[1], r[2], r[3]) for r in rows]

    def projects_with_health(self) -> list[ProjectEntry]:
        """Every project with its health (:func:`project_health`), as the summary stored
        at publish or save holds it; a project changed since (its stamp differs) is read
        and scheduled again, and its summary stored anew when this login may. A project
        that cannot be read or scheduled says why in ``health["error"]``."""
        entries = self.projects()
        with self._connection() as connection:
            stamps = _stamps(connection)
            stored = {str(p): (str(s), str(h)) for p, s, h in connection.execute(text(
                f"SELECT project_id, stamp, health FROM {SCHEMA}.{workspace_schema.SUMMARY}"))}
        result = []
        for entry in entries:
            stamp = stamps.get(entry.id, "0:0")
            health = _stored_health(stored.get(entry.id), stamp)
            if health is None:
                health = self._health(entry)
                if "error" not in health:
                    self.keep_health(entry.id, stamp, health)
            result.append(dataclasses.replace(entry, health=health))
        return result

    def _health(self, entry: ProjectEntry) -> dict[str, Any]:
        try:
            return project_health(self.load(entry.id))
        except WorkspaceError as exc:
            return {"error": str(exc)}
        except (ValueError, OverflowError) as exc:  # a cycle, a calendar without time
            return {"error": f"cannot be scheduled ({exc})"}

    def keep_health(self, project_id: str, stamp: str | None, health: dict[str, Any]
                      ) -> None:
        """Keep a project's health for the list (quietly not, for a login that is not
        one of its PMs: the list then computes it again); ``stamp`` None: as it is now."""
        with contextlib.suppress(WorkspaceError), self._connection() as connection:
            if stamp is None:
                stamp = _stamps(connection, project_id).get(project_id, "0:0")
            connection.execute(text(f"SELECT {SCHEMA}.store_summary(:p, :s, :h)"),
                               {"p": project_id, "s": stamp, "h": json.dumps(health)})

    def find(self, name: str) -> ProjectEntry:
        """The project called ``name`` (or with that id)."""
        for entry in self.projects():
            if name in (entry.name, entry.id):
                return entry
        known = ", ".join(e.name for e in self.projects()) or "none"
        raise WorkspaceError(f"{self.shown}: no project named {name!r} (projects: {known})")

    def may_edit(self, project_id: str) -> bool:
        """Whether this login may edit the project (a PM of it, or the schema's owner)."""
        with self._connection() as connection:
            return bool(connection.scalar(text(
                f"SELECT pg_has_role(current_user, nspowner, 'MEMBER') OR EXISTS ("
                f"SELECT 1 FROM {SCHEMA}.workspace_member m JOIN pg_roles r ON r.rolname = "
                "m.role WHERE m.project_id = :p AND m.access = 'pm' AND "
                "pg_has_role(current_user, r.oid, 'MEMBER')) "
                "FROM pg_namespace WHERE nspname = :s"), {"p": project_id, "s": SCHEMA}))

    def grant(self, project: str, role: str, access: str) -> None:
        """Make ``role`` a PM (``pm``) or a reader (``read``) of ``project``; ``none``
        takes its access away. Only the workspace's owner may."""
        if access not in ("pm", "read", "none"):
            raise WorkspaceError(f"access {access!r}: choose pm, read or none")
        entry = self.find(project)
        with self._connection() as connection:
            connection.execute(text(f"DELETE FROM {SCHEMA}.workspace_member WHERE "
                                    "project_id = :p AND role = :r"),
                               {"p": entry.id, "r": role})
            if access != "none":
                connection.execute(text(f"INSERT INTO {SCHEMA}.workspace_member "
                                        "(project_id, role, access) VALUES (:p, :r, :a)"),
                                   {"p": entry.id, "r": role, "a": access})

    def publish(self, plan: Plan, name: str | None = None) -> ProjectEntry:
        """Put ``plan`` into the workspace as a new project (its publisher its PM)."""
        title = (name or plan.project.name).strip()
        if not title:
            raise WorkspaceError("a project in the workspace needs a name")
        if any(e.name == title for e in self.projects()):
            raise WorkspaceError(f"{self.shown}: a project named {title!r} is already there; "
                                 "publish under another name (--name)")
        project_id = str(uuid.uuid4())
        with self._connection() as connection:
            connection.execute(text(f"SELECT {SCHEMA}.create_project(:i, :n)"),
                               {"i": project_id, "n": title})
        try:
            engine = _make_engine(self.url, project_id, pool_size=1)
            try:
                with Session(engine) as session, session.begin():
                    # A new project nobody has open: its rows need no announcing.
                    session.execute(text("SET LOCAL pmdesk.quiet = 'on'"))
                    repository.write_plan(session, plan)
            finally:
                engine.dispose()
        except (SQLAlchemyError, OSError, repository.DataError) as exc:
            with contextlib.suppress(WorkspaceError), self._connection() as connection:
                connection.execute(text(f"DELETE FROM {SCHEMA}.workspace_project WHERE "
                                        "id = :i"), {"i": project_id})
            raise WorkspaceError(_reason(exc, self.shown)) from None
        with contextlib.suppress(ValueError, OverflowError):  # the list says why, later
            self.keep_health(project_id, None, project_health(plan))
        return self.find(project_id)

    def load(self, name: str) -> Plan:
        """The whole plan of the project called ``name``."""
        entry = self.find(name)
        engine = _make_engine(self.url, entry.id, pool_size=1)
        try:
            with Session(engine) as session:
                return repository.load_plan(session)
        except (SQLAlchemyError, OSError) as exc:
            raise WorkspaceError(_reason(exc, self.shown)) from None
        except repository.DataError as exc:
            raise WorkspaceError(f"{self.shown}: project {entry.name}: {exc}") from None
        finally:
            engine.dispose()

    def open(self, name: str) -> WorkspaceDocument:
        """A live document on the project called ``name`` (read-only for a login that is
        not one of its PMs)."""
        entry = self.find(name)
        return WorkspaceDocument(self, entry, read_only=not self.may_edit(entry.id))

    def remove(self, name: str) -> None:
        """Delete a project and all its rows (its PMs and the owner may)."""
        entry = self.find(name)
        with self._connection() as connection:
            connection.execute(text(f"DELETE FROM {SCHEMA}.workspace_project WHERE id = :i"),
                               {"i": entry.id})


def _stamps(connection: Connection, project_id: str | None = None) -> dict[str, str]:
    """Each project's stamp: its number of rows and their highest version, over every row
    table. Any change to a project (an edit, a removal, a row added) changes it."""
    where = "" if project_id is None else " WHERE project_id = :p"
    counts = " UNION ALL ".join(
        f"SELECT project_id, count(*) AS n, max(version) AS v FROM {SCHEMA}.{_quoted(t)}"
        f"{where} GROUP BY project_id" for t in workspace_schema.row_tables())
    rows = connection.execute(text(f"SELECT project_id, sum(n), max(v) FROM ({counts}) s "
                                   "GROUP BY project_id"), {"p": project_id})
    return {str(p): f"{int(n)}:{int(v)}" for p, n, v in rows}


def _stored_health(stored: tuple[str, str] | None, stamp: str) -> dict[str, Any] | None:
    """The health kept for a project, when it was computed at ``stamp``."""
    if stored is None or stored[0] != stamp:
        return None
    try:
        health = json.loads(stored[1])
    except ValueError:
        return None
    return health if isinstance(health, dict) else None


@dataclass(frozen=True, slots=True)
class MergedBack:
    """What merging a copy back did: rows taken from the copy, conflicts decided, and each
    risk ID or name both sides added, as it was settled (see pmdesk.core.collisions)."""

    taken: int
    decided: int
    settled: tuple[str, ...] = ()


def merge_back(workspace: Workspace, name: str, path: Path, prefer: str | None = None
               ) -> MergedBack:
    """Merge a checked-out copy back into the workspace project ``name`` with the sharing
    feature's three-way merge: the common ancestor is the copy as it was checked out (its
    journal's first revision). Rows changed only in the copy are taken, rows changed only
    in the workspace stay, rows changed on both sides are conflicts decided by ``prefer``
    ("mine": the workspace's, "theirs": the copy's); undecided, MergeConflicts is raised
    and nothing is written. The merge is written as one version-checked edit."""
    from pmdesk.core.merge import Merge
    from pmdesk.core.patch import apply_patch, cascaded
    from pmdesk.core.sharing import copy_plan

    from .document import DocumentError, open_journaled
    from .sharing import CycleClosed, MergeConflicts, check_cycles, refuse_own_cycle

    try:
        with open_journaled(path) as copy:
            if not copy.revisions:
                raise WorkspaceError(f"{copy.shown}: keeps no journal, so what it was when "
                                     "checked out is unknown; compare it with pmdesk diff")
            base = copy.content_at(copy.revisions[0].id)
            theirs, shown = copy.plan, copy.shown
    except DocumentError as exc:
        raise WorkspaceError(str(exc)) from None
    if base is None:
        raise WorkspaceError(f"{shown}: its journal no longer holds the project as it was "
                             "checked out; compare it with pmdesk diff")
    document = workspace.open(name)
    try:
        mine = document.load_plan()
        if mine.project.uid != theirs.project.uid:
            raise WorkspaceError(f"{shown}: is another project than {name} "
                                 f"(“{theirs.project.name}”)")
        merge = Merge(base, mine, theirs)
        if merge.unresolved({}, prefer):
            raise MergeConflicts(merge.unresolved({}, prefer))
        patch = merge.patch(None, prefer)
        merged = copy_plan(mine)
        apply_patch(merged, patch)
        try:
            check_cycles(merged, mine, patch)
        except CycleClosed as exc:
            try:
                refuse_own_cycle(theirs, shown)
            except DocumentError as damaged:
                raise WorkspaceError(str(damaged)) from None
            raise WorkspaceError(f"{shown}: the merge closes a dependency cycle ({exc}); "
                                 "nothing written: merge the copy into a file with "
                                 "pmdesk merge and drop a link there") from None
        if not patch.is_empty():
            document.write_patch(cascaded(mine, patch))
        return MergedBack(merge.taken_from_theirs, len(merge.conflicts),
                          tuple(c.text for c in merge.collisions))
    finally:
        document.close()


def init_workspace(dsn: str) -> Workspace:
    """Make the database at ``dsn`` a workspace (its owner, with the right to create
    roles) and connect to it."""
    return Workspace(dsn, create_schema=True)


# --------------------------------------------------------------------------- live document


def _table_of(kind: str) -> str:
    if kind == "project":
        return _PROJECT_TABLE
    return str(repository.stored_kinds()[kind].row.__tablename__)


def _label(kind: str, value: Any) -> str:
    noun = "the project's settings" if kind == "project" else \
        re.sub(r"(?<!^)(?=[A-Z])", " ", KINDS[kind].row.__name__).lower()
    if value is None or kind == "project":
        return noun
    for attr in ("name", "title", "code", "text", "category"):
        shown = getattr(value, attr, None)
        if isinstance(shown, str) and shown:
            return f"{noun} “{shown[:60]}”"
    return noun


class _Refused(Exception):
    """Inside a write: the database refused it (rows not as read); these are why."""

    def __init__(self, rows: list[Conflicted]) -> None:
        super().__init__(len(rows))
        self.rows = rows


def _unnamed(touched: dict[str, dict[str, Any]], stale: repository.StaleRows
             ) -> list[Conflicted]:
    """The rows a refusal named when none shows another's version (cannot happen while
    versions are unique; said plainly all the same)."""
    return [Conflicted(k, u, "someone", _label(k, touched[k][u]))
            for k in touched if _table_of(k) == stale.table
            for u in stale.uids if u in touched[k]]


def _touched(patch: Patch) -> dict[str, dict[str, Any]]:
    """kind -> uid -> the row the patch writes (None for a removal)."""
    touched: dict[str, dict[str, Any]] = {}
    for kind in patch.kinds():
        rows: dict[str, Any] = dict.fromkeys(patch.removals(kind.name))
        rows.update((v.uid, v) for v in patch.upserts(kind.name))
        touched[kind.name] = rows
    if patch.project is not None:
        touched["project"] = {patch.project.uid: patch.project}
    return touched


class WorkspaceDocument:
    """One workspace project open in the window: every edit is written at once, checked
    against the versions this document read (see the module's docstring).

    It offers what the window asks of a :class:`~.document.ProjectDocument` (``path`` is
    None: there is no file; ``live`` says edits need no Save)."""

    live = True
    path: Path | None = None
    notices: list[str] = []
    removed_code = ""
    repairs = ""

    def __init__(self, workspace: Workspace, entry: ProjectEntry, *, read_only: bool) -> None:
        self.workspace = workspace
        self.entry = entry
        self.read_only = read_only
        self.lock_message = (f"{workspace.user} is not a PM of {entry.name}: read-only"
                             if read_only else "")
        self._own_pids: set[int] = set()
        self._engine = _make_engine(workspace.url, entry.id, pids=self._own_pids)
        self._versions: dict[str, dict[str, int]] = {}
        # Each own write: the version a row was read at -> the one the write left (0: it
        # removed the row). See _since.
        self._successor: dict[int, int] = {}
        self._listener: Any = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A Session on this project's rows for one action, as a file's document gives:
        commits on success, rolls back on error (WorkspaceError saying why). It writes
        without the version check; edits go through :meth:`write_patch`."""
        try:
            with Session(self._engine) as session, session.begin():
                yield session
        except (SQLAlchemyError, OSError) as exc:
            raise self._fail(exc, "The change was not saved") from None

    def known_version(self, kind: str, uid: str) -> int | None:
        """The version of a row as this document last read or wrote it."""
        return self._versions.get(_table_of(kind), {}).get(uid)

    @property
    def label(self) -> str:
        """Where the project lives, as the title bar shows it."""
        return f"{self.entry.name} in {self.workspace.shown}"

    def _fail(self, exc: BaseException, doing: str) -> WorkspaceError:
        return WorkspaceError(f"{doing}: {_reason(exc, self.workspace.shown)}")

    def load_plan(self) -> Plan:
        """The whole project as the workspace holds it now, with the rows' versions."""
        try:
            with Session(self._engine) as session, session.begin():
                plan = repository.load_plan(session)
                self._versions = self._read_versions(session.connection(), None)
        except (SQLAlchemyError, OSError) as exc:
            raise self._fail(exc, "cannot read the project") from None
        except repository.DataError as exc:
            raise WorkspaceError(f"{self.label}: {exc}") from None
        return plan

    def _read_versions(self, connection: Connection, only: Mapping[str, Sequence[str]] | None
                       ) -> dict[str, dict[str, int]]:
        tables = [_table_of(k.name) for k in KINDS] + [_PROJECT_TABLE] if only is None \
            else list(only)
        found: dict[str, dict[str, int]] = {}
        for table in tables:
            sql = f"SELECT uid, version FROM {SCHEMA}.{_quoted(table)} WHERE project_id = :p"
            params: dict[str, Any] = {"p": self.entry.id}
            if only is not None:
                sql += " AND uid = ANY(:u)"
                params["u"] = list(only[table])
            found[table] = {u: int(v) for u, v in connection.execute(text(sql), params)}
        return found

    # -- writing -----------------------------------------------------------------------------

    def write_patch(self, patch: Patch, expected: Versions | None = None) -> Versions:
        """Write ``patch`` if none of its rows changed elsewhere since read (or since the
        write that left them at ``expected``, for an undo): RowConflict (nothing written,
        with the rows as they are now) or WorkspaceError otherwise. The versions the
        write left, by table and uid.

        The write itself is conditional: each UPDATE and DELETE names the version read
        (:func:`~.repository.apply_patch` with versions) and its row count is checked, so
        the database, not this client, refuses to overwrite another's change."""
        if self.read_only:
            raise WorkspaceError(f"{self.label} is open read-only ({self.lock_message})")
        touched = _touched(patch)
        by_table = {_table_of(k): list(rows) for k, rows in touched.items()}
        read = {t: dict(self._versions.get(t, {})) for t in by_table}
        if expected is not None:
            read.update({t: self._since(v) for t, v in expected.items() if t in by_table})
        fresh: dict[str, dict[str, int]] = {}
        try:
            try:
                with Session(self._engine) as session, session.begin():
                    try:
                        repository.apply_patch(session, patch, read)
                    except repository.StaleRows as stale:
                        # Who changed what, read before the rollback ends the transaction.
                        raise _Refused(self._conflicts(session.connection(), touched, read)
                                       or _unnamed(touched, stale)) from None
                    fresh = self._read_versions(session.connection(), by_table)
            except _Refused as refused:
                wanted: dict[str, list[str]] = {}
                for c in refused.rows:
                    wanted.setdefault(c.kind, []).append(c.uid)
                raise RowConflict(refused.rows, self._fetch(wanted)) from None
        except (SQLAlchemyError, OSError) as exc:
            raise self._fail(exc, "The change was not saved") from None
        for table, uids in by_table.items():
            known = self._versions.setdefault(table, {})
            for uid in uids:
                if uid in read[table]:
                    self._successor[read[table][uid]] = fresh.get(table, {}).get(uid, 0)
                known.pop(uid, None)
            known.update(fresh.get(table, {}))
        return fresh

    def _since(self, versions: Mapping[str, int]) -> dict[str, int]:
        """Versions a step's write left, carried through this document's own later writes
        of the same rows (the other steps of a gesture, undone before it): what the rows
        hold now unless someone else changed them since. Versions are unique, so a row's
        own writes chain from one to the next; a row removed by them is expected absent."""
        found: dict[str, int] = {}
        for uid, version in versions.items():
            while version in self._successor:
                version = self._successor[version]
            if version:
                found[uid] = version
        return found

    def _conflicts(self, connection: Connection, touched: dict[str, dict[str, Any]],
                   read: Versions) -> list[Conflicted]:
        """The rows of a refused write that are not as read, with who changed them: what
        the message names (the refusal itself was the database's)."""
        found: list[Conflicted] = []
        for kind, rows in touched.items():
            table = _table_of(kind)
            current = {u: (int(v), by) for u, v, by in connection.execute(text(
                f"SELECT uid, version, changed_by FROM {SCHEMA}.{_quoted(table)} "
                "WHERE project_id = :p AND uid = ANY(:u)"),
                {"p": self.entry.id, "u": list(rows)})}
            known = read.get(table, {})
            for uid, value in rows.items():
                mine, now = known.get(uid), current.get(uid)
                if (mine is None and now is None) or (now is not None and now[0] == mine):
                    continue
                found.append(Conflicted(kind, uid, None if now is None else now[1],
                                        _label(kind, value)))
        return found

    # -- reading others' changes ---------------------------------------------------------------

    def _fetch(self, wanted: dict[str, list[str]]) -> Patch:
        """The rows named (kind -> uids) as the workspace holds them now, as a patch: the
        ones still there upserted, the others removed; their versions remembered."""
        stored = repository.stored_kinds()
        upserts: dict[str, list[Any]] = {}
        removals: dict[str, list[str]] = {}
        project = None
        with Session(self._engine) as session, session.begin():
            narrow = text("SELECT set_config('pmdesk.only', :u, true)")
            for kind, uids in wanted.items():
                if kind == "project":
                    session.execute(narrow, {"u": ""})
                    rows = repository.PROJECT.load(session, limit=1)
                    project = rows[0] if rows else None
                    continue
                # Only these rows (and their parts) are read, not the whole table.
                session.execute(narrow, {"u": "\x1f".join(uids) or "\x1f"})
                loaded = stored[kind].load(session)
                values = loaded.values() if isinstance(loaded, dict) else loaded
                have = {v.uid: v for v in values}
                upserts[kind] = [have[u] for u in uids if u in have]
                removals[kind] = [u for u in uids if u not in have]
            session.execute(narrow, {"u": ""})
            fresh = self._read_versions(session.connection(),
                                        {_table_of(k): u for k, u in wanted.items()})
        for table, versions in fresh.items():
            known = self._versions.setdefault(table, {})
            for uid in {u for k, us in wanted.items() if _table_of(k) == table for u in us}:
                known.pop(uid, None)
            known.update(versions)
        return Patch.of(upserts, removals, project)

    def listen(self) -> None:
        """Start hearing other clients' changes (see :meth:`poll`)."""
        import psycopg

        url = self.workspace.url
        params: dict[str, Any] = {str(k): v for k, v in url.query.items()}
        params.update(host=url.host, port=url.port, user=url.username, dbname=url.database,
                      autocommit=True, connect_timeout=5, application_name="pmdesk")
        password = _keyring_password(url)
        if password is not None:
            params["password"] = password
        try:
            self._listener = psycopg.connect(**params)
            self._listener.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise self._fail(exc, "cannot hear others' changes") from None

    def poll(self, plan: Plan) -> tuple[Patch, list[str]] | None:
        """Others' changes that arrived since the last poll, as a patch on ``plan`` and
        who made them; None when there are none. Never waits."""
        if self._listener is None:
            return None
        import psycopg

        wanted: dict[str, set[str]] = {}
        everything = False
        who: list[str] = []
        try:
            ready, _, _ = select_module.select([self._listener.fileno()], [], [], 0)
            if not ready:
                return None
            for note in self._listener.notifies(timeout=0.05, stop_after=1000):
                if note.pid in self._own_pids:
                    continue
                message = json.loads(note.payload)
                # Without "k": an older pmdesk's own NOTIFY, whose change the trigger
                # announces as well.
                if message.get("p") != self.entry.id or "k" not in message:
                    continue
                who.append(str(message.get("by", "someone")))
                everything = everything or bool(message.get("all"))
                rows = message.get("rows", {})
                wanted.setdefault(str(message.get("k")), set()).update(rows)
        except (psycopg.Error, OSError, ValueError) as exc:
            self._listener = None
            raise self._fail(exc, "others' changes can no longer be heard") from None
        if not who:
            return None
        kinds = {_table_of(k.name): k.name for k in KINDS} | {_PROJECT_TABLE: "project"}
        if everything:
            return self._everything(plan), sorted(set(who))
        named = {kinds[t]: sorted(u) for t, u in wanted.items() if t in kinds}
        try:
            return self._fetch(named), sorted(set(who))
        except (SQLAlchemyError, OSError) as exc:
            raise self._fail(exc, "cannot read others' changes") from None

    def _everything(self, plan: Plan) -> Patch:
        """A patch turning ``plan`` into the project as the workspace holds it now."""
        fresh = self.load_plan()
        upserts: dict[str, list[Any]] = {}
        removals: dict[str, list[str]] = {}
        for kind in KINDS:
            mine = {r.uid: r for r in plan_rows(plan, kind)}
            theirs = {r.uid: r for r in plan_rows(fresh, kind)}
            upserts[kind.name] = [r for u, r in theirs.items() if mine.get(u) != r]
            removals[kind.name] = [u for u in mine if u not in theirs]
        project = fresh.project if fresh.project != plan.project else None
        return Patch.of(upserts, removals, project)

    # -- what the window asks of a document ------------------------------------------------------

    def save(self, plan: Plan | None = None) -> None:
        """Every edit is in the workspace as soon as it is made; saving keeps the
        project's health (``plan``'s) for the workspace's list of projects."""
        if plan is not None and not self.read_only:
            with contextlib.suppress(ValueError, OverflowError):  # the list will say why
                self.workspace.keep_health(self.entry.id, None, project_health(plan))

    def save_as(self, path: str | Path, plan: Plan | None = None) -> None:
        """Write the project (``plan``, the window's, else as the workspace holds it) to a
        .pmdesk file: a check-out, which can be merged back later."""
        checkout(plan if plan is not None else self.load_plan(), Path(path))

    def journaled(self, plan: Plan) -> Any:
        """File ▸ Merge From… merges a colleague's file into a file; a workspace project
        takes its checked-out copies back another way (DocumentError saying which)."""
        from .document import DocumentError

        raise DocumentError(
            f"{self.label}: a workspace project takes a checked-out copy back with File ▸ "
            "Connect to Workspace… ▸ Merge a Copy Back… (or pmdesk workspace DSN merge)")

    def close(self, *, keep_working_copy: bool = False) -> None:
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None
        self._engine.dispose()

    def listener_fd(self) -> int | None:
        """The socket others' changes arrive on (for a QSocketNotifier), if listening."""
        return None if self._listener is None else int(self._listener.fileno())


def checkout(plan: Plan, path: Path) -> list[str]:
    """Write a workspace project to a .pmdesk file for working offline."""
    from .document import DocumentError, save_plan

    try:
        return save_plan(plan, path)
    except DocumentError as exc:
        raise WorkspaceError(str(exc)) from None


def project_health(plan: Plan) -> dict[str, Any]:
    """What the workspace list shows of a project: finish against baseline, SPI, CPI, the
    top risk and the product's stage (from the same functions as ``pmdesk info``)."""
    from pmdesk.core.evm import evm_summary
    from pmdesk.core.health import baseline_slip
    from pmdesk.core.product.facts import product_facts
    from pmdesk.core.risk import risk_summary
    from pmdesk.core.schedule import schedule

    result = schedule(plan)
    evm = evm_summary(plan, result)
    slip = baseline_slip(plan, result)
    risks = risk_summary(plan, top=1).get("top", [])
    minutes_per_day = plan.project.minutes_per_day or 480
    return {
        "finish": result.project_finish.strftime("%Y-%m-%dT%H:%M") if plan.tasks else None,
        "baseline_finish": slip[1].strftime("%Y-%m-%dT%H:%M") if slip else None,
        "slip_days": round(slip[0] / minutes_per_day, 1) if slip else None,
        "spi": evm.get("spi"),
        "cpi": evm.get("cpi"),
        "top_risk": risks[0] if risks else None,
        "stage": product_facts(plan).get("stage"),
        "tasks": len(plan.tasks),
    }


HEADERS = ("Project", "Finish", "vs baseline", "SPI", "CPI", "Top risk", "Stage",
           "Published by")


def _ratio(value: Any) -> str:
    return "—" if value is None else f"{value:.2f}"


def health_cells(entry: ProjectEntry) -> list[str]:
    """One row of the list: what the columns of :data:`HEADERS` show for ``entry``."""
    h = entry.health
    if "error" in h:
        return [entry.name, h["error"], "", "", "", "", "", entry.published_by]
    slip = h.get("slip_days")
    versus = "no baseline" if slip is None else (
        "on time" if slip <= 0 else f"{slip:g} d late")
    risk = h.get("top_risk")
    finish = h.get("finish")
    return [
        entry.name,
        finish[:10] if finish else "—",
        versus,
        _ratio(h.get("spi")),
        _ratio(h.get("cpi")),
        f"{risk['code']} {risk['title']} ({risk['score']})" if risk else "none open",
        h.get("stage") or "—",
        entry.published_by,
    ]
