"""The team workspace's tables on PostgreSQL, derived from the project file's tables.

A workspace is one PostgreSQL schema (``pmdesk``) holding many projects. Every table of
the project file (:data:`pmdesk.store.rows.Base`'s metadata, whatever rungs the migration
ladder has added) becomes a workspace table with the same columns plus three:

- ``project_id``: the project the row belongs to (a row of ``workspace_project``); the
  primary key is ``(project_id, <the file's key>)``, and every foreign key of the file
  becomes one within the same project;
- ``version``: a number from one sequence, set by a trigger on every insert and update, so
  a row changed (or removed and written again) since a client read it never shows the
  version that client holds;
- ``changed_by``: the database login that wrote the row last, set by the same trigger.

Nothing here is written by hand per table: a table a later format adds to the file follows
into the workspace by itself (:func:`workspace_metadata`), with its triggers and policies.

Changes are announced by the database itself: statement-level triggers on every row table
send a NOTIFY on the channel ``pmdesk`` for each statement that changes rows, whoever made
it (pmdesk, psql, a script), with a JSON payload ``{"p": project, "k": kind's table, "op":
"i"|"u"|"d", "by": login, "rows": {uid: version}}`` (``"all": true`` instead of ``rows``
when they do not fit a NOTIFY). A table holding part of another kind's rows (a task's
baselines) announces the owning row (:func:`announce_as`). A transaction that sets
``pmdesk.quiet`` to ``on`` announces nothing: publishing a new project, which nobody has
open yet.

The list of projects shows each one's health from ``workspace_summary``: figures computed
when the project is published or saved, or when the list finds them stale (their ``stamp``,
the project's row count and highest version, differs from the project's now).

Access is the server's, not the client's: the role ``pmdesk_reader`` may read every
project and write nothing (it has SELECT and no other grant); ``pmdesk_editor`` may read
every project and write the rows of those it is a PM of (``workspace_member``), which
row-level security policies enforce on every row table. The owner of the schema (who ran
``pmdesk workspace DSN init``) administers it.

Versions: ``workspace_meta`` holds the project file format the tables follow and the
layout of the workspace's own tables. pmdesk's own migration ladder is used, not Alembic:
the tables are derived from the same metadata as the file's, so bringing a workspace to a
newer minor format is "create the tables and add the columns the metadata has and the
database lacks" (:func:`upgrade`), and a newer major format is refused.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    ForeignKeyConstraint,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Sequence,
    String,
    Table,
    Text,
    inspect,
    literal,
    text,
)

from .rows import Base
from .schema import FORMAT_VERSION, Version, format_version

__all__ = [
    "EDITOR_ROLE",
    "ADDITIONS",
    "LAYOUT",
    "MEMBERS",
    "META",
    "PROJECTS",
    "READER_ROLE",
    "SCHEMA",
    "SUMMARY",
    "WorkspaceSchemaError",
    "additions",
    "announce_as",
    "check",
    "create",
    "row_tables",
    "upgrade",
    "workspace_metadata",
]

SCHEMA = "pmdesk"
PROJECTS = "workspace_project"
MEMBERS = "workspace_member"
META = "workspace_meta"
VERSIONS = "row_version"
SUMMARY = "workspace_summary"
#: The channel the row tables' triggers announce changes on.
CHANNEL = "pmdesk"
READER_ROLE = "pmdesk_reader"
EDITOR_ROLE = "pmdesk_editor"
#: The layout of the workspace's own tables (projects, members, versions, policies); a
#: pmdesk refuses a workspace of a newer one.
LAYOUT = 1
#: Additions to the layout an older pmdesk of the same layout works with unaware (it reads
#: neither): 1, the triggers announcing changes and the projects' health summaries. So a
#: team's older pmdesk keeps working on an upgraded workspace, its edits announced.
ADDITIONS = 1

_EXTRA = ("project_id", "version", "changed_by")


class WorkspaceSchemaError(Exception):
    """The database is not a pmdesk workspace, or one this pmdesk cannot use."""


def _row_table(source: Table, metadata: MetaData) -> Table:
    """The workspace twin of one table of the project file."""
    columns: list[Any] = [
        Column("project_id", String(36), nullable=False,
               server_default=text("current_setting('pmdesk.project_id')")),
    ]
    for c in source.columns:
        columns.append(Column(c.name, c.type, nullable=c.nullable))
    columns += [
        Column("version", BigInteger, nullable=False,
               server_default=text(f"nextval('{SCHEMA}.{VERSIONS}')")),
        Column("changed_by", Text, nullable=False, server_default=text("session_user")),
        PrimaryKeyConstraint("project_id", *(c.name for c in source.primary_key.columns),
                             name=f"pk_{source.name}"),
        ForeignKeyConstraint(["project_id"], [f"{SCHEMA}.{PROJECTS}.id"], ondelete="CASCADE",
                             name=f"fk_{source.name}_project_id"),
    ]
    for fk in source.foreign_key_constraints:
        target = fk.referred_table.name
        columns.append(ForeignKeyConstraint(
            ["project_id", *fk.column_keys],
            [f"{SCHEMA}.{target}.project_id",
             *(f"{SCHEMA}.{target}.{e.column.name}" for e in fk.elements)],
            ondelete=fk.ondelete, name=f"fk_{source.name}_{'_'.join(fk.column_keys)}",
        ))
    for index in source.indexes:
        names = [c.name for c in index.columns]
        columns.append(Index(f"ix_{source.name}_{'_'.join(names)}", "project_id", *names))
    return Table(source.name, metadata, *columns)


def workspace_metadata() -> MetaData:
    """Every workspace table: the workspace's own and a twin of each table of the file."""
    metadata = MetaData(schema=SCHEMA)
    Sequence(VERSIONS, metadata=metadata, schema=SCHEMA)
    Table(PROJECTS, metadata,
          Column("id", String(36), primary_key=True),
          Column("name", Text, nullable=False, unique=True),
          Column("published_by", Text, nullable=False, server_default=text("session_user")),
          Column("published_at", DateTime, nullable=False, server_default=text("now()")))
    Table(MEMBERS, metadata,
          Column("project_id", String(36), primary_key=True),
          Column("role", Text, primary_key=True),
          Column("access", String(8), nullable=False),
          ForeignKeyConstraint(["project_id"], [f"{SCHEMA}.{PROJECTS}.id"],
                               ondelete="CASCADE"))
    Table(META, metadata, Column("key", Text, primary_key=True),
          Column("value", Text, nullable=False))
    Table(SUMMARY, metadata,
          Column("project_id", String(36), primary_key=True),
          Column("stamp", Text, nullable=False),
          Column("health", Text, nullable=False),
          Column("computed_at", DateTime, nullable=False, server_default=text("now()")),
          ForeignKeyConstraint(["project_id"], [f"{SCHEMA}.{PROJECTS}.id"],
                               ondelete="CASCADE"))
    for table in Base.metadata.sorted_tables:
        _row_table(table, metadata)
    return metadata


def row_tables() -> list[str]:
    """The names of the tables holding projects' rows, parents before children."""
    return [t.name for t in Base.metadata.sorted_tables]


# Who may edit a project: its PMs (directly or through a role they belong to) and the
# schema's owner. An uncorrelated sub-select, so it runs once per statement, not per row.
_EDITABLE = (
    f"project_id IN (SELECT m.project_id FROM {SCHEMA}.{MEMBERS} m "
    "WHERE m.access = 'pm' AND m.role IN (SELECT rolname FROM pg_roles "
    "WHERE pg_has_role(current_user, oid, 'MEMBER')))"
)

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.version := nextval('{SCHEMA}.{VERSIONS}');
  NEW.changed_by := session_user;
  RETURN NEW;
END $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.create_project(new_id text, new_name text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
BEGIN
  INSERT INTO {SCHEMA}.{PROJECTS} (id, name) VALUES (new_id, new_name);
  INSERT INTO {SCHEMA}.{MEMBERS} (project_id, role, access)
    VALUES (new_id, session_user, 'pm');
END $$;
REVOKE ALL ON FUNCTION {SCHEMA}.create_project(text, text) FROM PUBLIC;
CREATE OR REPLACE FUNCTION {SCHEMA}.store_summary(project text, new_stamp text, figures text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = {SCHEMA}, pg_temp AS $$
BEGIN
  IF NOT (pg_has_role(session_user, (SELECT nspowner FROM pg_namespace
                                     WHERE nspname = '{SCHEMA}'), 'MEMBER')
          OR EXISTS (SELECT 1 FROM {SCHEMA}.{MEMBERS} m JOIN pg_roles r ON r.rolname = m.role
                     WHERE m.project_id = project AND m.access = 'pm'
                       AND pg_has_role(session_user, r.oid, 'MEMBER'))) THEN
    RETURN false;
  END IF;
  INSERT INTO {SCHEMA}.{SUMMARY} (project_id, stamp, health) VALUES (project, new_stamp, figures)
    ON CONFLICT (project_id) DO UPDATE SET stamp = EXCLUDED.stamp, health = EXCLUDED.health,
      computed_at = now();
  RETURN true;
END $$;
REVOKE ALL ON FUNCTION {SCHEMA}.store_summary(text, text, text) FROM PUBLIC;
"""

# One NOTIFY per project a statement changed rows of: TG_ARGV[0] is the column naming the
# announced row, TG_ARGV[1] the table (kind) announced. Payloads stay under NOTIFY's 8000
# bytes; a larger change says "all" and listeners read the whole project again.
_ANNOUNCE = f"""
CREATE OR REPLACE FUNCTION {SCHEMA}.announce_rows(project text, kind text, op text, rows json)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  payload text := json_build_object('p', project, 'k', kind, 'op', lower(left(op, 1)),
                                    'by', session_user, 'rows', rows)::text;
BEGIN
  IF octet_length(payload) > 7900 THEN
    payload := json_build_object('p', project, 'k', kind, 'op', lower(left(op, 1)),
                                 'by', session_user, 'all', true)::text;
  END IF;
  PERFORM pg_notify('{CHANNEL}', payload);
END $$;
CREATE OR REPLACE FUNCTION {SCHEMA}.announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r record;
BEGIN
  IF current_setting('pmdesk.quiet', true) = 'on'  -- a project being published
     OR NOT EXISTS (SELECT 1 FROM touched) THEN
    RETURN NULL;
  END IF;
  IF TG_ARGV[0] = 'uid' THEN  -- static: planned once per table
    FOR r IN SELECT project_id, json_object_agg(k, v) AS rows FROM (SELECT project_id,
               uid AS k, max(version) AS v FROM touched GROUP BY 1, 2) s GROUP BY project_id
    LOOP
      PERFORM {SCHEMA}.announce_rows(r.project_id, TG_ARGV[1], TG_OP, r.rows);
    END LOOP;
  ELSE
    FOR r IN EXECUTE format(
      'SELECT project_id, json_object_agg(k, v) AS rows FROM (SELECT project_id, %I AS k, '
      'max(version) AS v FROM touched GROUP BY 1, 2) s GROUP BY project_id', TG_ARGV[0])
    LOOP
      PERFORM {SCHEMA}.announce_rows(r.project_id, TG_ARGV[1], TG_OP, r.rows);
    END LOOP;
  END IF;
  RETURN NULL;
END $$;
"""


def _functions(connection: Connection) -> None:
    """Create (or replace) the workspace's functions; ``%`` doubled, as the driver reads
    the script for its own placeholders."""
    connection.exec_driver_sql((_FUNCTIONS + _ANNOUNCE).replace("%", "%%"))


def announce_as(table: str) -> tuple[str, str]:
    """The (column, table) a change to a row of ``table`` is announced by: its own uid, or
    for a table holding part of another kind's rows, the owning row's."""
    from .repository import stored_kinds

    for stored in stored_kinds().values():
        for part in stored.parts:
            if part.row.__tablename__ == table:
                return part.owner, str(stored.row.__tablename__)
    return "uid", table


def _announcing(table: str) -> Iterable[str]:
    q = f"{SCHEMA}.{table}"
    key, kind = announce_as(table)
    for event, rows in (("INSERT", "NEW TABLE AS touched"), ("UPDATE", "NEW TABLE AS touched"),
                        ("DELETE", "OLD TABLE AS touched")):
        yield f"DROP TRIGGER IF EXISTS announce_{event.lower()} ON {q}"
        yield (f"CREATE TRIGGER announce_{event.lower()} AFTER {event} ON {q} "
               f"REFERENCING {rows} FOR EACH STATEMENT "
               f"EXECUTE FUNCTION {SCHEMA}.announce('{key}', '{kind}')")


def _policies(table: str) -> Iterable[str]:
    q = f"{SCHEMA}.{table}"
    yield f"CREATE TRIGGER stamp_row BEFORE INSERT OR UPDATE ON {q} " \
          f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.stamp_row()"
    yield f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY"
    yield f"CREATE POLICY read_all ON {q} FOR SELECT USING (true)"
    for action in ("INSERT", "UPDATE", "DELETE"):
        check = "WITH CHECK" if action == "INSERT" else "USING"
        extra = f" WITH CHECK ({_EDITABLE})" if action == "UPDATE" else ""
        yield f"CREATE POLICY pm_{action.lower()} ON {q} FOR {action} {check} " \
              f"({_EDITABLE}){extra}"
    yield f"GRANT SELECT ON {q} TO {READER_ROLE}, {EDITOR_ROLE}"
    yield f"GRANT INSERT, UPDATE, DELETE ON {q} TO {EDITOR_ROLE}"
    yield from _announcing(table)


def _ensure_roles(connection: Connection) -> None:
    for role in (READER_ROLE, EDITOR_ROLE):
        exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                   {"r": role})
        if not exists:
            connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))


def create(connection: Connection) -> None:
    """Make the database a pmdesk workspace: the schema, its tables, triggers, policies,
    the reader and editor roles and their grants (no commit). Raises
    :class:`WorkspaceSchemaError` when the database already holds one."""
    if connection.scalar(text("SELECT 1 FROM pg_namespace WHERE nspname = :s"),
                         {"s": SCHEMA}):
        raise WorkspaceSchemaError(f"the database already has a schema named {SCHEMA}")
    _ensure_roles(connection)
    connection.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    workspace_metadata().create_all(connection)
    _functions(connection)
    for table in row_tables():
        for statement in _policies(table):
            connection.execute(text(statement))
    roles = f"{READER_ROLE}, {EDITOR_ROLE}"
    for statement in (
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {roles}",
        f"GRANT SELECT ON {SCHEMA}.{PROJECTS}, {SCHEMA}.{MEMBERS}, {SCHEMA}.{META} TO {roles}",
        f"GRANT USAGE ON SEQUENCE {SCHEMA}.{VERSIONS} TO {EDITOR_ROLE}",
        f"GRANT EXECUTE ON FUNCTION {SCHEMA}.create_project(text, text) TO {EDITOR_ROLE}",
        *_summary_grants(),
    ):
        connection.execute(text(statement))
    _set_meta(connection, FORMAT_VERSION)


def _summary_grants() -> list[str]:
    roles = f"{READER_ROLE}, {EDITOR_ROLE}"
    return [f"GRANT SELECT ON {SCHEMA}.{SUMMARY} TO {roles}",
            f"GRANT EXECUTE ON FUNCTION {SCHEMA}.store_summary(text, text, text) TO {roles}"]


def additions(connection: Connection) -> int:
    """Which of the layout's :data:`ADDITIONS` the workspace has (0: none)."""
    value = connection.scalar(text(f"SELECT value FROM {SCHEMA}.{META} "
                                   "WHERE key = 'additions'"))
    return int(value) if str(value).isdigit() else 0


def _set_meta(connection: Connection, version: Version) -> None:
    meta = f"{SCHEMA}.{META}"
    connection.execute(text(f"DELETE FROM {meta}"))
    connection.execute(
        text(f"INSERT INTO {meta} (key, value) VALUES ('format', :f), ('layout', :l), "
             "('additions', :a)"),
        {"f": format_version(version), "l": str(LAYOUT), "a": str(ADDITIONS)},
    )


def _parse(value: str | None) -> Version | None:
    try:
        major, minor = (value or "").split(".")
        return int(major), int(minor)
    except ValueError:
        return None


def check(connection: Connection, *, older: bool = False) -> Version:
    """The workspace's format; :class:`WorkspaceSchemaError` saying what is wrong when the
    database holds no pmdesk workspace, one from a newer pmdesk, or (unless ``older``) one
    of an older format its owner has to upgrade first."""
    has_meta = connection.scalar(text("SELECT to_regclass(:t) IS NOT NULL"),
                                 {"t": f"{SCHEMA}.{META}"})
    if not has_meta:
        raise WorkspaceSchemaError(
            "the database has no pmdesk workspace (no schema pmdesk.workspace_meta); the "
            "database's owner creates one with: pmdesk workspace DSN init"
        )
    rows: dict[str, str] = {
        str(k): str(v)
        for k, v in connection.execute(text(f"SELECT key, value FROM {SCHEMA}.{META}"))
    }
    version = _parse(rows.get("format"))
    layout = rows.get("layout", "")
    if version is None or not layout.isdigit():
        raise WorkspaceSchemaError("the workspace's version is unreadable "
                                   f"(format {rows.get('format')!r}, layout {layout!r})")
    if version[0] > FORMAT_VERSION[0] or int(layout) > LAYOUT:
        raise WorkspaceSchemaError(
            f"the workspace was made by a newer pmdesk (format {format_version(version)}, "
            f"layout {layout}); this pmdesk reads format {format_version(FORMAT_VERSION)}, "
            f"layout {LAYOUT}: update pmdesk"
        )
    if version < FORMAT_VERSION and not older:
        raise WorkspaceSchemaError(
            f"the workspace is at format {format_version(version)}, this pmdesk works on "
            f"{format_version(FORMAT_VERSION)}; its owner brings it up to date with: "
            "pmdesk workspace DSN upgrade"
        )
    added = rows.get("additions", "")
    if not older and (not added.isdigit() or int(added) < ADDITIONS):
        raise WorkspaceSchemaError(
            "the workspace was made by an older pmdesk: it does not announce changes made "
            "by others (its triggers) nor keep projects' health; its owner brings it up to "
            "date with: pmdesk workspace DSN upgrade"
        )
    return version


def missing(connection: Connection) -> tuple[list[str], list[tuple[str, str]]]:
    """The row tables and the (table, column) pairs the metadata has and the database
    lacks: what a workspace of an older minor format needs to be brought up to date."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names(schema=SCHEMA))
    tables: list[str] = []
    columns: list[tuple[str, str]] = []
    for table in workspace_metadata().sorted_tables:
        if table.name not in present:
            tables.append(table.name)
            continue
        have = {c["name"] for c in inspector.get_columns(table.name, schema=SCHEMA)}
        columns += [(table.name, c.name) for c in table.columns if c.name not in have]
    return tables, columns


def upgrade(connection: Connection) -> Version:
    """Bring a workspace of an older minor format or layout up to date (no commit): the new
    tables (with their triggers and policies) and the new columns, nullable, as the file's
    ladder adds them; the layout's additions it lacks (the triggers announcing changes and
    the health summaries). Only the schema's owner can run it."""
    version = check(connection, older=True)
    have = additions(connection)
    if version >= FORMAT_VERSION and have >= ADDITIONS:
        return version
    metadata = workspace_metadata()
    tables, columns = missing(connection)
    metadata.create_all(connection, tables=[metadata.tables[f"{SCHEMA}.{t}"] for t in tables])
    rows = set(row_tables())
    for name in tables:
        for statement in _policies(name) if name in rows else ():
            connection.execute(text(statement))
    for table, column in columns:
        c = metadata.tables[f"{SCHEMA}.{table}"].c[column]
        connection.execute(text(
            f'ALTER TABLE {SCHEMA}.{table} ADD COLUMN "{c.name}" {_added(connection, c)}'
        ))
    if have < 1:  # triggers announcing changes, and the health summaries
        _functions(connection)
        for name in sorted(rows - set(tables)):
            for statement in _announcing(name):
                connection.execute(text(statement))
        for statement in _summary_grants():
            connection.execute(text(statement))
    _set_meta(connection, FORMAT_VERSION)
    return FORMAT_VERSION


def _added(connection: Connection, column: Column[Any]) -> str:
    """A new column's type, and for a required one of the file the default its rows take
    (the file's own default for the field, as the ladder's rung gives old files)."""
    dialect = connection.dialect
    kind = column.type.compile(dialect)
    source = Base.metadata.tables.get(column.table.name)
    if source is None or column.name not in source.c or source.c[column.name].nullable:
        return kind
    default = source.c[column.name].default
    arg = getattr(default, "arg", None)
    if callable(arg):
        value: Any = arg(None)  # JSON columns: an empty list
    elif arg is not None:
        value = arg
    else:
        return kind
    bound = literal(value, type_=source.c[column.name].type).compile(
        dialect=dialect, compile_kwargs={"literal_binds": True})
    return f"{kind} NOT NULL DEFAULT {bound}"


def extra_columns() -> tuple[str, ...]:
    """The columns a workspace row table has beyond the file's."""
    return _EXTRA
