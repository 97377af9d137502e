"""A project file is data from someone else: what its SQLite schema may hold.

A ``.pmdesk`` file is an SQLite database, and an SQLite database can carry code: a trigger
runs on every write of the table it watches, a view or a generated column computes, a
CHECK constraint or a foreign key's ON DELETE action acts on writes. None of that is
pmdesk's, so before anything is written to a working copy (the only copy pmdesk ever
writes), the copy is brought back to pmdesk's own schema:

- :func:`remove_foreign_objects` drops every trigger and view, and every table and index
  pmdesk did not create (tables of a newer minor format are kept: they are data an older
  pmdesk may ignore). It returns what it removed, for a message; the original file is
  never touched and Save writes the project without them.
- :func:`order_problem` finds a row whose place in its list (``seq``, a number pmdesk
  alone writes) is no whole number: such a row would sort among text and make the next
  row added fail, so the file is refused naming the row.
- :func:`structure_problem` compares each of pmdesk's tables with the same table in a
  database pmdesk builds itself (:func:`pmdesk.store.schema.create_schema`): the same
  columns with the same types and keys, the same foreign keys and unique indexes, and no
  CHECK, ON CONFLICT, COLLATE or generated column of the file's own. A difference is
  damage or tampering, and the file is refused with a message naming the table.

Connections to a working copy also run with ``PRAGMA trusted_schema = OFF`` (see
:func:`harden`), so even a schema object that slipped through could call no SQL function
with side effects.

Like :mod:`.document`, this module knows the project file is SQLite; it reads the schema
through SQLite's own pragmas on a plain :mod:`sqlite3` connection.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from .schema import FORMAT_VERSION, Version, create_schema
from .search import FTS_TABLE, is_index_table

__all__ = [
    "ForeignObject",
    "harden",
    "order_problem",
    "remove_foreign_objects",
    "structure_problem",
]

# Clauses pmdesk's own tables never use: each would let the file decide what a write does.
_OWN_CODE = re.compile(r"\b(CHECK|CONFLICT|COLLATE|GENERATED|AS\s*\(|AUTOINCREMENT)\b", re.I)
_QUOTED = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]")


def harden(raw: sqlite3.Connection) -> None:
    """Make ``raw`` refuse SQL functions with side effects in the file's schema."""
    raw.execute("PRAGMA trusted_schema = OFF")


@dataclass(frozen=True)
class ForeignObject:
    """A schema object pmdesk did not create."""

    kind: str  # "trigger", "view", "table", "index"
    name: str
    table: str

    def describe(self) -> str:
        on = f" on {self.table}" if self.kind in ("trigger", "index") and self.table else ""
        return f"{self.kind} {self.name!r}{on}"


@dataclass(frozen=True)
class _Table:
    columns: frozenset[tuple[str, str, int, int, int]]  # name, affinity, not null, pk, hidden
    foreign_keys: frozenset[tuple[str, str, str, str, str]]
    indexes: frozenset[tuple[str, int, str, int, tuple[tuple[str | None, int, str], ...]]]
    sql: str


def _affinity(declared: str) -> str:
    """SQLite's column affinity of a declared type (section 3.1 of its datatype rules)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if any(k in t for k in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in t or not t:
        return "BLOB"
    if any(k in t for k in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _table_shape(raw: sqlite3.Connection, table: str, sql: str) -> _Table:
    q = _quote(table)
    columns = frozenset(
        (name, _affinity(declared or ""), notnull, pk, hidden)
        for _cid, name, declared, notnull, _default, pk, hidden in raw.execute(
            f"PRAGMA table_xinfo({q})"
        )
    )
    foreign_keys = frozenset(
        (str(target), str(source), str(to), str(on_update), str(on_delete))
        for _id, _seq, target, source, to, on_update, on_delete, _match in raw.execute(
            f"PRAGMA foreign_key_list({q})"
        )
    )
    indexes = set()
    for _seq, name, unique, origin, partial in raw.execute(f"PRAGMA index_list({q})"):
        keys = tuple(
            (column, desc, collation)
            for _n, _cid, column, desc, collation, key in raw.execute(
                f"PRAGMA index_xinfo({_quote(name)})"
            )
            if key
        )
        shown = "" if name.startswith("sqlite_autoindex_") else name
        indexes.add((shown, unique, origin, partial, keys))
    return _Table(columns, foreign_keys, frozenset(indexes), sql)


def _objects(raw: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    return [
        (str(kind), str(name), str(table or ""), str(sql or ""))
        for kind, name, table, sql in raw.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"
        )
    ]


@cache
def _expected() -> dict[str, _Table]:
    """pmdesk's own tables, read back from a database it has just built in memory."""
    raw = sqlite3.connect(":memory:")
    try:
        engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
        with engine.begin() as connection:
            create_schema(connection)
        engine.dispose(close=False)
        return {
            name: _table_shape(raw, name, sql)
            for kind, name, _t, sql in _objects(raw)
            if kind == "table"
        }
    finally:
        raw.close()


@cache
def _expected_index_names() -> frozenset[str]:
    return frozenset(
        name for shape in _expected().values() for name, *_rest in shape.indexes if name
    )


def remove_foreign_objects(raw: sqlite3.Connection, version: Version) -> list[ForeignObject]:
    """Drop from the copy behind ``raw`` every schema object pmdesk did not create; what
    was dropped, in the order found.

    Raises :class:`sqlite3.DatabaseError` when an object cannot be dropped (a virtual
    table whose module this SQLite lacks): the caller refuses such a file.
    """
    tables = _expected()
    keep_unknown_tables = version > FORMAT_VERSION
    found: list[ForeignObject] = []
    index = False
    for kind, name, table, sql in _objects(raw):
        if name.startswith("sqlite_"):
            continue  # SQLite's own (automatic indexes, statistics)
        if kind == "table" and is_index_table(name):
            index = True  # pmdesk's search index: rebuilt from the rows, never trusted
            continue
        if kind in ("trigger", "view") or kind == "table" and (
            sql.lstrip().upper().startswith("CREATE VIRTUAL")
            or (name not in tables and not keep_unknown_tables)
        ) or kind == "index" and name not in _expected_index_names():
            found.append(ForeignObject(kind, name, table))
    if not found and not index:
        return []
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    with raw:
        for obj in sorted(found, key=lambda o: order.get(o.kind, 9)):
            raw.execute(f"DROP {obj.kind.upper()} IF EXISTS {_quote(obj.name)}")
        if index:
            raw.execute(f"DROP TABLE IF EXISTS {_quote(FTS_TABLE)}")
            for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")\
                    .fetchall():
                if is_index_table(name):  # a shadow table left without its index
                    raw.execute(f"DROP TABLE IF EXISTS {_quote(name)}")
    return found


def structure_problem(raw: sqlite3.Connection, version: Version) -> str | None:
    """How pmdesk's tables in the copy behind ``raw`` differ from the ones pmdesk builds,
    as ``"table task: column duration is missing"``; None when they do not.

    Run after the migration ladder (an older file is compared in the current format). A
    file of a newer minor format may add columns and tables; nothing else may differ.
    """
    expected = _expected()
    present = {name: sql for kind, name, _t, sql in _objects(raw) if kind == "table"}
    newer = version > FORMAT_VERSION
    missing = sorted(set(expected) - set(present))
    if missing:
        return f"missing tables: {', '.join(missing)}"
    for name, want in expected.items():
        have = _table_shape(raw, name, present[name])
        problem = _table_problem(name, have, want, newer)
        if problem is not None:
            return f"table {name}: {problem}"
    return None


def _table_problem(name: str, have: _Table, want: _Table, newer: bool) -> str | None:
    by_name = {c[0]: c for c in have.columns}
    for column in sorted(want.columns):
        found = by_name.get(column[0])
        if found is None:
            return f"column {column[0]} is missing"
        if found != column:
            return f"column {column[0]} is not defined as pmdesk defines it"
    extra = sorted(set(by_name) - {c[0] for c in want.columns})
    if extra and not newer:
        return f"has columns pmdesk does not know: {', '.join(extra)}"
    if any(by_name[c][4] for c in extra):
        return "has a generated column"
    if have.foreign_keys != want.foreign_keys:
        return "its foreign keys are not the ones pmdesk defines"
    if not _same_indexes(have.indexes, want.indexes, newer):
        return "its keys or indexes are not the ones pmdesk defines"
    if _OWN_CODE.search(_QUOTED.sub("", have.sql)):
        return "its definition holds constraints or code pmdesk does not write"
    return None


def _same_indexes(
    have: Iterable[tuple[object, ...]], want: Iterable[tuple[object, ...]], newer: bool
) -> bool:
    held, defined = set(have), set(want)
    if newer:
        return defined <= held
    return held == defined


# The row order pmdesk numbers from 0; far from any number a new row's place would overflow.
_MAX_SEQ = 2**53


def _clipped(value: object) -> object:
    """A stored value short enough for a message."""
    if isinstance(value, str) and len(value) > 40:
        return value[:37] + "..."
    if isinstance(value, bytes) and len(value) > 40:
        return value[:37] + b"..."
    return value


def order_problem(raw: sqlite3.Connection) -> str | None:
    """The first row of pmdesk's tables in the copy behind ``raw`` whose ``seq`` (its place
    in its list) is not a whole number pmdesk could have written, as ``"task t-3: its place
    in the list is 'abc', not a whole number"``; None when every row's is.

    Run once :func:`structure_problem` has found pmdesk's tables as pmdesk defines them.
    """
    for name, shape in _expected().items():
        columns = {c[0]: c for c in shape.columns}
        if "seq" not in columns:
            continue
        key = next(c[0] for c in shape.columns if c[3] == 1)  # the primary key
        found = raw.execute(
            f"SELECT {_quote(key)}, seq FROM {_quote(name)} "
            "WHERE typeof(seq) != 'integer' OR seq NOT BETWEEN ? AND ? LIMIT 1",
            (-_MAX_SEQ, _MAX_SEQ),
        ).fetchone()
        if found is not None:
            row, seq = (_clipped(v) for v in found)
            problem = "out of range" if isinstance(seq, int) else "not a whole number"
            return f"{name} {row}: its place in the list is {seq!r}, {problem}"
    return None
