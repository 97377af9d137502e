"""Reads and edits of a project inside a caller-owned Session, in core values.

Nothing here commits: a Session belongs to one user action and its owner decides. Only
portable SQLAlchemy constructs are used (no SQLite pragmas or functions), so the same
functions serve a shared PostgreSQL workspace.

Each kind of row of :data:`pmdesk.core.kinds.KINDS` is one table, found through the
``__kind__`` its ``*Row`` class names (:func:`stored_kinds`); a kind added to the registry
needs only its table and a rung on the migration ladder. Within a table, a core field is
stored in the column of the same attribute name (:class:`RowKind`), and the conversions that
follow from the field's type (enumerations by value, tuples as JSON lists) are derived from
the dataclass, so a field added to the core only needs its column in :mod:`.rows` and a rung
on the migration ladder. Values that are not one column (a calendar's hours, a task's
baselines, a risk's task links and history) are converted here by hand.

A patch is written exactly as the core completed it (:func:`pmdesk.core.patch.cascaded`):
this module removes nothing a patch does not list.

Reading a whole project is the hot path (``benchmarks/open_project.py`` times a
20,000-task plan): it runs Core ``select()`` statements of untyped columns, takes the
driver's rows as they are, and builds the frozen core values directly in a loop compiled
per kind of row, never through ORM objects or result rows. Writes use Core bulk INSERT
(one executemany per table) and the ORM's bulk UPDATE by primary key.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from operator import attrgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    CursorResult,
    Dialect,
    Float,
    LargeBinary,
    Select,
    String,
    Table,
    Text,
    bindparam,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    tuple_,
    type_coerce,
    update,
)
from sqlalchemy import column as sql_column
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType, TypeEngine

from pmdesk.core import limits
from pmdesk.core.kinds import KINDS, Kind
from pmdesk.core.model import (
    Baseline,
    Calendar,
    CalendarException,
    DayHours,
    Plan,
    ProjectInfo,
    Risk,
    RiskScoreChange,
    Task,
)
from pmdesk.core.outline import normalize
from pmdesk.core.patch import Patch, plan_rows
from pmdesk.core.repair import loops_in
from pmdesk.core.schedule import collector_paused

from . import search
from .rows import (
    Base,
    BaselineRow,
    CalendarRow,
    ProjectRow,
    RiskRow,
    RiskTaskRow,
    TaskRow,
)

__all__ = [
    "DataError",
    "RowKind",
    "StaleRows",
    "StoredKind",
    "apply_patch",
    "check_references",
    "drop_dangling",
    "load_plan",
    "rebuild_search",
    "stored_kinds",
    "write_plan",
]

#: The rows' versions a guarded write expects, by table and uid (see :func:`apply_patch`).
Versions = Mapping[str, Mapping[str, int]]

# The version column of a workspace's rows (not a column of the file's tables).
_VERSION = sql_column("version", BigInteger)

# Keeps each IN (...) list well below every database's bound-parameter limit.
_CHUNK = 500

# Namespace of the UUIDs derived for rows the core keeps inside another value (a task's
# baselines, a risk's task links): the same pair always gets the same uid in every copy.
_DERIVED = uuid.UUID("0d5b8a52-3b0e-4d43-a7e2-6d1f6f1c9a10")

Reader = Callable[[Any, str], Any]
Writer = Callable[[Any], Any]


class StaleRows(Exception):
    """A guarded write found rows of ``table`` that are not as the versions it was given
    say (changed, removed or added since read): nothing of the write may be kept."""

    def __init__(self, table: str, uids: Iterable[str]) -> None:
        self.table = table
        self.uids = sorted(uids)
        super().__init__(f"{table}: {', '.join(self.uids[:5])} changed since read")


class DataError(ValueError):
    """A row holds a value pmdesk cannot read; the message names the table, row and field."""


def _table(row_class: type[Base]) -> Table:
    table = row_class.__table__
    assert isinstance(table, Table)
    return table


def _columns(row_class: type[Base], names: Iterable[str]) -> list[ColumnElement[Any]]:
    """The columns mapped to these attribute names (a column may be named otherwise)."""
    mapped = row_class.__mapper__.columns
    return [mapped[n] for n in names]


def _derived_uid(*parts: object) -> str:
    return str(uuid.uuid5(_DERIVED, "/".join(str(p) for p in parts)))


def _hints(value_type: type[Any]) -> dict[str, Any]:
    return typing.get_type_hints(value_type)


def _driver_rows(session: Session, statement: Select[Any]) -> Sequence[Sequence[Any]]:
    """All result rows at once as the database driver returns them.

    For untyped columns a result :class:`Row` adds nothing but its own making, which
    costs a tenth of reading a large table; the statement still runs through the Session
    (its transaction, events and compiled-statement cache), only the rows are not wrapped.
    A table the driver cannot read (text that is not valid UTF-8) raises :class:`DataError`
    naming the table and, where it can be found, the row and column.
    """
    try:
        result = typing.cast(CursorResult[Any], session.execute(statement))
        try:
            rows: Sequence[Sequence[Any]] = result.cursor.fetchall()
        finally:
            result.close()
    except Exception as exc:
        raise _unreadable(session, statement, exc) from None
    return rows


def _result_processor(
    column_type: TypeEngine[Any], dialect: Dialect
) -> Callable[[Any], Any] | None:
    """How the dialect turns the driver's value of a column into Python's, or None when it
    arrives as it is. psycopg's floats ask for the column's type code, which an untyped
    SELECT does not give: the driver returns them as floats already."""
    impl = column_type.dialect_impl(dialect)
    if dialect.name == "postgresql" and isinstance(impl, Float):
        return None
    processor: Callable[[Any], Any] | None = impl.result_processor(dialect, None)
    return processor


def _untyped(*columns: ColumnElement[Any]) -> Select[Any]:
    """A SELECT whose rows arrive as the driver gives them (see :func:`_driver_rows`).

    Text columns are read as ``CAST(... AS TEXT)``: a value a damaged or hostile file
    stored there as bytes arrives as text too (or fails to decode, naming the column), so
    every text field is text or, where the column allows it, None. The database itself
    enforces that required columns are not NULL (the document checks the file's schema
    and integrity before anything is read).
    """
    return typing.cast(
        Select[Any],
        select(
            *(
                type_coerce(
                    cast(c, Text) if isinstance(c.type, (Text, String)) else c, NullType()
                ).label(c.key)
                for c in columns
            )
        ),
    )


def _unreadable(session: Session, statement: Select[Any], exc: Exception) -> DataError:
    """The error for a SELECT the driver could not carry out on a damaged table."""
    tables = [t for t in statement.get_final_froms() if isinstance(t, Table)]
    if not tables:
        return DataError(f"cannot be read ({_one_line(exc)})")
    table = tables[0]
    bad = _undecodable_text(session, table)
    if bad is not None:
        return DataError(f"{bad}: holds text that is not valid UTF-8")
    return DataError(f"{table.name}: cannot be read ({_one_line(exc)})")


def _one_line(exc: Exception) -> str:
    """A driver's message without the SQL statement and links SQLAlchemy adds."""
    detail = getattr(exc, "orig", None) or exc
    return str(detail).splitlines()[0] if str(detail) else type(detail).__name__


def _undecodable_text(session: Session, table: Table) -> str | None:
    """``task t-3 column name``: the first text value of ``table`` that is not UTF-8,
    found by reading each text column as bytes (only after a read failed)."""
    key = table.c.uid if "uid" in table.c else None
    for column in table.c:
        if not isinstance(column.type, (Text, String)):
            continue
        try:
            statement = select(
                cast(key, LargeBinary) if key is not None else literal(b""),
                cast(column, LargeBinary),
            )
            rows = session.execute(statement).all()
        except Exception:
            continue
        for uid, raw in rows:
            if isinstance(raw, bytes):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    who = bytes(uid or b"?").decode("utf-8", "backslashreplace")
                    return f"{table.name} {who} column {column.name}"
    return None


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


# --------------------------------------------------------------------------- conversions


class _Invalid(Exception):
    """A stored value its field cannot take. The loop that meets one stops and the rows
    are looked through again, slowly and only then, to name the row and the field."""


def _optional_inner(hint: Any) -> Any:
    """``X`` for ``X | None``; ``hint`` itself otherwise."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner[0] if len(inner) == 1 else hint
    return hint


def _is_optional(hint: Any) -> bool:
    return type(None) in typing.get_args(hint)


# Field types whose values cannot change once made, so one value may serve many rows.
_IMMUTABLE = (bool, int, float, str, Decimal, date, datetime)  # enumerations are str

# Fields whose values seldom repeat (places and foreign ids): checked in the loop itself
# rather than through a dictionary of values already seen, which would only grow. Optional
# numbers (estimates, a lag in percent) are mostly empty and are checked inline too.
_CHECKED_INLINE = frozenset({"position", "source_uid", "board_rank"})


def _immutable(hint: Any) -> bool:
    """Whether every value of type ``hint`` is immutable, so that rows sharing one
    converted value cannot be told from rows with a copy each."""
    hint = _optional_inner(hint)
    if typing.get_origin(hint) is tuple:
        return all(a is Ellipsis or _immutable(a) for a in typing.get_args(hint))
    return isinstance(hint, type) and issubclass(hint, _IMMUTABLE)


def _converter(
    hint: Any, process: Callable[[Any], Any] | None, bound: limits.Bound | None
) -> Callable[[Any], Any] | None:
    """The conversion from a stored value to a field of type ``hint`` that also checks it:
    the dialect's result processor, then the enumeration member by value, a tuple from a
    JSON list, a strict flag, a whole or finite number within ``bound``. Raises on a value
    the field cannot take. None for text, which the loop checks inline."""
    optional = _is_optional(hint)
    hint = _optional_inner(hint)
    low, high = (bound.low, bound.high) if bound is not None else (None, None)

    def read(stored: Any) -> Any:
        value = stored if process is None else process(stored)
        if value is None and not optional:
            raise _Invalid
        return value

    if isinstance(hint, type) and issubclass(hint, StrEnum):
        by_value: dict[Any, Any] = {None: None, **{m.value: m for m in hint}}

        def member(stored: Any) -> Any:
            return by_value[read(stored)]

        return member
    if typing.get_origin(hint) is tuple:
        item_type = typing.get_args(hint)[0]

        def items(stored: Any) -> tuple[Any, ...]:
            value = stored if process is None else process(stored)
            if not value:
                return ()
            if type(value) is not list or not all(type(v) is item_type for v in value):
                raise _Invalid
            return tuple(value)

        return items
    if hint is bool:

        def flag(stored: Any) -> bool | None:
            if stored is None and optional:
                return None
            if stored not in (0, 1) or type(stored) not in (int, bool):
                raise _Invalid
            return bool(stored)

        return flag
    if hint in (int, float):

        def number(stored: Any) -> Any:
            if stored is None and optional:
                return None
            kind = type(stored)
            if kind is not hint and not (hint is float and kind is int):
                raise _Invalid
            if low is not None and not low <= stored <= high:
                raise _Invalid
            return hint(stored)

        return number
    if process is None:
        return None

    def checked(stored: Any) -> Any:
        value = read(stored)
        if value is not None:
            if type(value) is Decimal and not value.is_finite():
                raise _Invalid
            if low is not None and not low <= value <= high:
                raise _Invalid
        return value

    return checked


def _is_enum(hint: Any) -> bool:
    hint = _optional_inner(hint)
    return isinstance(hint, type) and issubclass(hint, StrEnum)


def _unfrozen_twin(cls: type[Any]) -> type[Any] | None:
    """A plain class with the same slots as the frozen slots dataclass ``cls``, whose
    instances can become ``cls`` instances by assigning ``__class__``; None when ``cls``
    is not such a dataclass.

    A frozen dataclass's ``__init__`` stores each field through ``object.__setattr__``,
    a call per field: for 20,000 tasks of 28 fields that is most of their building time.
    Filling the same slots on the twin is a plain attribute store, and the object that
    results is an ordinary ``cls`` instance in every respect (type, equality, hashing,
    repr, ``dataclasses.replace``, pickling). Only valid when ``__init__`` does nothing but
    store every field, hence no ``__post_init__`` and no ``init=False`` field.
    """
    slots = cls.__dict__.get("__slots__")
    if (
        not dataclasses.is_dataclass(cls)
        or cls.__bases__ != (object,)
        or hasattr(cls, "__post_init__")
        or slots is None
        or tuple(slots) != tuple(f.name for f in fields(cls) if f.init)
        or len(slots) != len(fields(cls))
    ):
        return None
    twin = type(f"_{cls.__name__}Slots", (), {"__slots__": tuple(slots)})
    try:
        object.__setattr__(object.__new__(twin), "__class__", cls)
    except TypeError:
        return None
    return twin


@dataclass(frozen=True)
class RowKind:
    """How one kind of core value maps to one table.

    ``names`` are the fields stored in columns of the same attribute name; ``elsewhere``
    are fields stored otherwise (in child tables), filled in by the caller. ``readers``
    convert columns that need the row's uid or build mutable values (a risk's history).
    """

    value_type: type[Any]
    row: type[Base]
    elsewhere: frozenset[str] = frozenset()
    readers: dict[str, Reader] = field(default_factory=dict)
    writers: dict[str, Writer] = field(default_factory=dict)
    names: tuple[str, ...] = ()
    enums: frozenset[str] = frozenset()  # fields stored as their enumeration's value
    ordered: bool = True  # has a ``seq`` column keeping the plan's list order

    @classmethod
    def build(
        cls,
        value_type: type[Any],
        row: type[Base],
        *,
        elsewhere: Iterable[str] = (),
        coded: dict[str, tuple[Reader, Writer]] | None = None,
    ) -> RowKind:
        """The mapping of ``value_type`` to ``row``: fields in columns of the same name,
        ``elsewhere`` the fields other tables hold, ``coded`` the fields read and written
        through their own (reader, writer) pair."""
        coded = coded or {}
        mapped = row.__mapper__.columns
        hints = _hints(value_type)
        names = tuple(f.name for f in fields(value_type) if f.name in mapped)
        enums = frozenset(n for n in names if _is_enum(hints[n]))
        return cls(
            value_type=value_type,
            row=row,
            elsewhere=frozenset(elsewhere),
            readers={name: read for name, (read, _) in coded.items()},
            writers={name: write for name, (_, write) in coded.items()},
            names=names,
            enums=enums,
            ordered="seq" in mapped,
        )

    @property
    def unmapped(self) -> set[str]:
        """Core fields this table would lose (a test keeps this empty)."""
        return {f.name for f in fields(self.value_type)} - set(self.names) - self.elsewhere

    def values(self, obj: Any, seq: int | None = None) -> dict[str, Any]:
        """Column values of ``obj`` by attribute name, ready for a bulk INSERT or UPDATE."""
        out = {n: getattr(obj, n) for n in self.names}
        for name in self.enums:
            value = out[name]
            if value is not None:
                out[name] = value.value
        for name, write in self.writers.items():
            out[name] = write(out[name])
        if self.ordered and seq is not None:
            out["seq"] = seq
        return out

    def load(
        self, session: Session, *, limit: int | None = None, **extra: dict[str, Any]
    ) -> list[Any]:
        """Every row of this kind as core values, in list order.

        ``extra`` gives each field stored elsewhere by the row's uid; a row missing from
        it gets the field's default.
        """
        table = _table(self.row)
        columns = _columns(self.row, self.names)
        # Selected untyped, so rows arrive as the driver gives them and only the columns
        # whose type needs it are converted, inside the compiled loop below.
        statement = _untyped(*columns).order_by(table.c.seq if self.ordered else table.c.uid)
        if limit is not None:
            statement = statement.limit(limit)
        dialect = session.get_bind().dialect
        build = self._builder(dialect, tuple(sorted(extra)))
        return build(_driver_rows(session, statement), **extra)

    def _builder(self, dialect: Dialect, extra: tuple[str, ...]) -> Callable[..., list[Any]]:
        """A loop compiled for this kind: it unpacks each row into local variables, converts
        and checks each column, and fills the dataclass's slots directly (see
        :func:`_unfrozen_twin`). Many times faster than typed rows, a dict per row or a call
        per field, which matters for tens of thousands of tasks and links.

        Every value is checked on the way (a file is data from someone else): text must be
        text, numbers whole or finite and within :data:`pmdesk.core.limits.FIELD_BOUNDS`,
        dates readable and in range, flags 0 or 1. Conversions to immutable values go
        through a dictionary per column and load, from stored value to converted value: a
        project repeats the same few values in a column (a unit, a constraint type, a zero
        amount, an empty tag list, a shared date), so most rows cost one lookup instead of
        a call, and each distinct value is checked once. Stored values that are equal as
        keys convert to equal values (text is compared exactly; 1 and True meet only in a
        Boolean column). The first value that fails stops the loop; :meth:`_diagnose` then
        names its row and field.
        """
        key = (self.value_type, extra, dialect.name, dialect.driver)
        cached = _BUILDERS.get(key)
        if cached is not None:
            return cached
        hints = _hints(self.value_type)
        bounds = limits.FIELD_BOUNDS.get(self.value_type, {})
        loop = _LoopSource(self.value_type, f"c{self.names.index('uid')}")
        for i, (name, column) in enumerate(
            zip(self.names, _columns(self.row, self.names), strict=True)
        ):
            process = _result_processor(column.type, dialect)
            if name in self.readers:
                loop.read(i, name, process, self.readers[name])
            else:
                loop.convert(i, name, process, hints[name], bounds.get(name))
        defaults = {f.name: f.default for f in fields(self.value_type)}
        for name in extra:
            if defaults[name] is dataclasses.MISSING:
                raise TypeError(f"{self.value_type.__name__}.{name} needs a default")
            loop.extra(name, defaults[name])
        source = loop.source(len(self.names), extra)
        env, memos = loop.env, loop.memos
        convert_by_column, process_by_column = loop.converts, loop.processes
        namespace: dict[str, Any] = {}
        exec(
            compile(source, f"<pmdesk.store build {self.value_type.__name__}>", "exec"),
            env,
            namespace,
        )
        built: Callable[..., list[Any]] = namespace["build"]
        diagnose = self._diagnose

        def build(rows: Sequence[Sequence[Any]], **by_uid: dict[str, Any]) -> list[Any]:
            try:
                return built(rows, *({} for _ in memos), *(by_uid[n] for n in extra))
            except DataError:
                raise
            except Exception as exc:
                raise diagnose(rows, convert_by_column, process_by_column, exc) from None

        _BUILDERS[key] = build
        return build

    def _diagnose(
        self,
        rows: Sequence[Sequence[Any]],
        converts: Sequence[Callable[[Any], Any] | None],
        processes: Sequence[Callable[[Any], Any] | None],
        failure: Exception,
    ) -> DataError:
        """The error naming the first row and field whose stored value the fast loop
        refused; runs only when a file holds such a value."""
        table = _table(self.row).name
        for number, row in enumerate(rows, start=1):
            label = _row_label(table, self.names, row, number)
            for name, stored, convert, process in zip(
                self.names, row, converts, processes, strict=True
            ):
                try:
                    value = stored if convert is None else convert(stored)
                    if name in self.readers:
                        self.readers[name](value, row[self.names.index("uid")])
                except DataError as exc:
                    return exc
                except Exception:
                    problem = limits.value_problem(
                        self.value_type, name, _processed(process, stored)
                    )
                    problem = problem or f"is {stored!r}, which pmdesk cannot read"
                else:
                    problem = None
                    if name not in self.readers:
                        problem = limits.value_problem(self.value_type, name, value)
                if problem is not None:
                    return DataError(f"{label}: {name.replace('_', ' ')} {problem}")
        return DataError(f"{table}: a row cannot be read ({type(failure).__name__}: {failure})")


def _processed(process: Callable[[Any], Any] | None, stored: Any) -> Any:
    """The stored text as the dialect reads it (a date or an amount parsed), to say what is
    wrong with it; the stored value itself when it is no text or cannot be read."""
    if process is None or not isinstance(stored, str):
        return stored
    try:
        return process(stored)
    except Exception:
        return stored


def _row_label(table: str, names: Sequence[str], row: Sequence[Any], number: int) -> str:
    """``task t-12 "Design review"``: the table, the row's uid and, when it has one, its
    name, as a message shows the row whose value is wrong."""
    found = dict(zip(names, row, strict=False))
    uid, title = found.get("uid"), found.get("name", found.get("title"))
    who = f"{table} {uid}" if isinstance(uid, str) and uid else f"{table} row {number}"
    if isinstance(title, str) and title:
        shown = title if len(title) <= 60 else title[:57] + "..."
        who += f" {json.dumps(shown, ensure_ascii=False)}"
    return who


class _LoopSource:
    """The source of a load loop (see :meth:`RowKind._builder`) put together column by
    column: the names the loop's code refers to (``env``), the memo dictionaries it takes,
    the lines that convert and check each column, and the expression of each field."""

    def __init__(self, value_type: type[Any], uid: str) -> None:
        self.value_type = value_type
        self.uid = uid  # the local variable holding the row's uid
        self.env: dict[str, Any] = {
            "make": value_type, "new": object.__new__, "Invalid": _Invalid
        }
        self.memos: list[str] = []
        self.conversions: list[str] = []
        self.values: dict[str, str] = {}
        # Per column, for naming the row and field of a refused value: the conversion
        # the loop applies and the driver's own result processor.
        self.converts: list[Callable[[Any], Any] | None] = []
        self.processes: list[Callable[[Any], Any] | None] = []

    def read(
        self,
        i: int,
        name: str,
        process: Callable[[Any], Any] | None,
        reader: Reader,
    ) -> None:
        """Column ``i`` goes through the kind's own reader, with the row's uid."""
        self.processes.append(process)
        stored = f"c{i}"
        if process is not None:
            self.env[f"process_{i}"] = process
            stored = f"process_{i}(c{i})"
        self.env[f"read_{i}"] = reader
        self.values[name] = f"read_{i}({stored}, {self.uid})"
        self.converts.append(process)

    def convert(
        self,
        i: int,
        name: str,
        process: Callable[[Any], Any] | None,
        hint: Any,
        bound: limits.Bound | None,
    ) -> None:
        """Column ``i`` converted to the field's type and checked against its bounds:
        inline for a number, through a memo for an immutable value, else by a call."""
        self.processes.append(process)
        convert = _converter(hint, process, bound)
        self.converts.append(convert)
        optional = "" if not _is_optional(hint) else f"c{i} is not None and "
        self.values[name] = f"c{i}"
        if convert is None:
            return  # text: read as text by the query itself (see _untyped)
        if bound is not None and (
            name in _CHECKED_INLINE
            or (_is_optional(hint) and _optional_inner(hint) in (int, float))
        ):
            # A whole-number field holds no 1.5 (a float compares as well as an int).
            whole = f"type(c{i}) is not int or " if _optional_inner(hint) is int else ""
            self.conversions.append(
                f"if {optional}({whole}not {bound.low!r} <= c{i} <= {bound.high!r}): "
                "raise Invalid"
            )
        elif _immutable(hint):
            self.env[f"convert_{i}"] = convert
            self.memos.append(f"memo_{i}")
            self.conversions += [
                "try:",
                f"    v{i} = memo_{i}[c{i}]",
                "except KeyError:",
                f"    v{i} = memo_{i}[c{i}] = convert_{i}(c{i})",
            ]
            self.values[name] = f"v{i}"
        else:
            self.env[f"convert_{i}"] = convert
            self.values[name] = f"convert_{i}(c{i})"

    def extra(self, name: str, default: Any) -> None:
        """Field ``name``, stored in another table, from a dictionary by the row's uid."""
        self.env[f"default_{name}"] = default
        self.values[name] = f"extra_{name}.get({self.uid}, default_{name})"

    def source(self, columns: int, extra: tuple[str, ...]) -> str:
        """The loop's code: ``build(rows, *memos, *extras)`` returning the values."""
        order = [f.name for f in fields(self.value_type)]
        values = self.values
        twin = _unfrozen_twin(self.value_type) if set(order) == set(values) else None
        if twin is not None:
            self.env["twin"] = twin
            body = [
                *self.conversions,
                "made = new(twin)",
                *(f"made.{name} = {values[name]}" for name in order),
                "made.__class__ = make",
                "append(made)",
            ]
        elif set(order) == set(values):
            # Positional in field order: a call with 28 keywords costs half as much again.
            body = [*self.conversions, f"append(make({', '.join(values[n] for n in order)}))"]
        else:
            arguments = ", ".join(f"{name}={value}" for name, value in values.items())
            body = [*self.conversions, f"append(make({arguments}))"]
        parameters = ", ".join(["rows", *self.memos, *(f"extra_{n}" for n in extra)])
        names = ", ".join(f"c{i}" for i in range(columns))
        return "\n".join(
            [
                f"def build({parameters}):",
                "    out = []",
                "    append = out.append",
                f"    for ({names},) in rows:",
                *(f"        {line}" for line in body),
                "    return out",
                "",
            ]
        )


_BUILDERS: dict[tuple[Any, ...], Callable[..., list[Any]]] = {}


def _history_to_json(history: Iterable[RiskScoreChange]) -> list[dict[str, Any]]:
    return [{**dataclasses.asdict(h), "on": h.on.isoformat()} for h in history]


def _history_from_json(value: Any, uid: str) -> tuple[RiskScoreChange, ...]:
    if not value:
        return ()
    try:
        return tuple(RiskScoreChange(**{**h, "on": date.fromisoformat(h["on"])}) for h in value)
    except (TypeError, ValueError, KeyError) as exc:
        raise DataError(f"risk {uid}: unreadable score history ({exc})") from None


def _splits_to_json(splits: tuple[tuple[int, int], ...]) -> list[list[int]]:
    return [[at, gap] for at, gap in splits]


def _splits_from_json(value: Any, uid: str) -> tuple[tuple[int, int], ...]:
    """A task's splits, each two whole non-negative minute counts; anything else in the
    file is refused with the task named."""
    if not value:  # most tasks run unbroken
        return ()
    try:
        splits = tuple((int(at), int(gap)) for at, gap in value)
    except (TypeError, ValueError) as exc:
        raise DataError(f"task {uid}: unreadable splits ({exc})") from None
    if any(at < 0 or gap < 0 for at, gap in splits) or any(
        isinstance(x, float) for pair in (value or ()) for x in pair
    ):
        raise DataError(f"task {uid}: a split must be whole, non-negative minutes")
    return splits


PROJECT = RowKind.build(ProjectInfo, ProjectRow)
TASKS = RowKind.build(Task, TaskRow, elsewhere={"baselines"},
                      coded={"splits": (_splits_from_json, _splits_to_json)})
RISKS = RowKind.build(Risk, RiskRow, elsewhere={"task_uids"},
                      coded={"history": (_history_from_json, _history_to_json)})


@dataclass(frozen=True)
class _Part:
    """A table holding part of each value of a kind (a task's baselines, a risk's task
    links): its rows are replaced with their owner's and removed with it."""

    row: type[Base]
    owner: str  # the column naming the owning row's uid
    rows: Callable[[Sequence[Any]], list[dict[str, Any]]]


@dataclass(frozen=True)
class StoredKind:
    """How the store keeps one kind of :data:`pmdesk.core.kinds.KINDS`: its ``*Row``
    table, its column values, how it is read back, and tables holding part of each value."""

    kind: Kind
    row: type[Base]
    values: Callable[..., dict[str, Any]]  # (value, seq=None) -> column values
    load: Callable[[Session], Any]  # every row, as the plan holds them
    parts: tuple[_Part, ...] = ()
    ordered: bool = True


def _generic(kind: Kind, row: type[Base]) -> StoredKind:
    stored = RowKind.build(kind.row, row)
    return StoredKind(kind, row, stored.values, stored.load, ordered=stored.ordered)


def _task_table(kind: Kind, row: type[Base]) -> StoredKind:
    def baselines(tasks: Sequence[Task]) -> list[dict[str, Any]]:
        return [_baseline_values(t.uid, b) for t in tasks for b in t.baselines]

    def load(session: Session) -> list[Task]:
        # Written in outline order, so normalize only checks it; a damaged or hand-edited
        # file is reordered.
        return normalize(_load_tasks(session))

    return StoredKind(kind, row, TASKS.values, load, (_Part(BaselineRow, "task_uid", baselines),))


def _risk_table(kind: Kind, row: type[Base]) -> StoredKind:
    def links(risks: Sequence[Risk]) -> list[dict[str, Any]]:
        return [v for r in risks for v in _risk_task_values(r)]

    parts = (_Part(RiskTaskRow, "risk_uid", links),)
    return StoredKind(kind, row, RISKS.values, _load_risks, parts)


def _calendar_table(kind: Kind, row: type[Base]) -> StoredKind:
    def values(cal: Calendar, seq: int | None = None) -> dict[str, Any]:
        return _calendar_values(cal)

    return StoredKind(kind, row, values, _load_calendars, ordered=False)


# What is stored otherwise than field by field, by kind.
_SPECIAL: dict[str, Callable[[Kind, type[Base]], StoredKind]] = {
    "tasks": _task_table,
    "risks": _risk_table,
    "calendars": _calendar_table,
}

_STORED: dict[tuple[Kind, ...], dict[str, StoredKind]] = {}


def stored_kinds() -> dict[str, StoredKind]:
    """The table of every kind of :data:`~pmdesk.core.kinds.KINDS`, by kind name, found
    through the ``__kind__`` each ``*Row`` class declares. A kind without one is named
    (it needs its table and a rung on the migration ladder)."""
    key = tuple(KINDS)
    found = _STORED.get(key)
    if found is not None:
        return found
    rows = {
        m.class_.__kind__: m.class_
        for m in Base.registry.mappers
        if getattr(m.class_, "__kind__", None) is not None
    }
    missing = [k.name for k in KINDS if k.name not in rows]
    if missing:
        raise LookupError(
            f"no table for the kind of row {', '.join(missing)}: declare its *Row class "
            "(with __kind__) in pmdesk/store/rows.py and a rung on the migration ladder"
        )
    found = {
        k.name: _SPECIAL.get(k.name, _generic)(k, rows[k.name]) for k in KINDS
    }
    _STORED[key] = found
    return found


def _hours_to_json(hours: DayHours | None) -> list[list[int]] | None:
    return None if hours is None else [[a, b] for a, b in hours]


def _calendar_values(cal: Calendar) -> dict[str, Any]:
    return {
        "uid": cal.uid,
        "name": cal.name,
        "weekdays": [_hours_to_json(day) for day in cal.weekdays],
        "exceptions": [
            {
                "start": ex.start.isoformat(),
                "finish": ex.finish.isoformat(),
                "intervals": _hours_to_json(ex.intervals),
                "name": ex.name,
            }
            for ex in cal.exceptions
        ],
        "base_uid": cal.base_uid,
        "source_uid": cal.source_uid,
    }


def _hours_from_json(value: Any) -> DayHours:
    """A day's working intervals from JSON, each two minutes of the day in order."""
    if not isinstance(value, list):
        raise ValueError(f"working hours {_short(value)} are not a list of intervals")
    hours: list[tuple[int, int]] = []
    for pair in value:
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(type(m) is int for m in pair)
            or not 0 <= pair[0] < pair[1] <= 1440
        ):
            raise ValueError(
                f"working interval {_short(pair)} is not two minutes of the day (0 to 1440), "
                "the first before the second"
            )
        hours.append((pair[0], pair[1]))
    return tuple(hours)


def _short(value: Any) -> str:
    text = json.dumps(value) if not isinstance(value, bytes) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _json(value: Any, what: str) -> Any:
    """A JSON column's value; ValueError naming ``what`` when it nests deeper than the
    JSON reader goes (no list pmdesk writes nests more than three deep)."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except RecursionError:
        raise ValueError(f"{what} are nested too deeply to be read") from None


def _day_from_json(value: Any, what: str) -> date:
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {_short(value)} is not a date") from None
    limits.check_date(day, what)
    return day


def _calendar_exception(ex: Any) -> CalendarException:
    if not isinstance(ex, dict):
        raise ValueError(f"exception {_short(ex)} is not an object")
    start = _day_from_json(ex.get("start"), "exception start")
    finish = _day_from_json(ex.get("finish"), "exception finish")
    if finish < start:
        raise ValueError(f"exception {start} ends before it starts ({finish})")
    name = ex.get("name", "")
    if not isinstance(name, str):
        raise ValueError(f"exception name {_short(name)} is not text")
    return CalendarException(start, finish, _hours_from_json(ex.get("intervals") or []), name)


def _calendar_from(row: Sequence[Any]) -> Calendar:
    """A calendar row as a :class:`Calendar`, every part checked (it is read whole)."""
    uid, name, weekdays, exceptions, base_uid, source_uid = row
    label = _row_label("calendar", ("uid", "name"), (uid, name), 0)
    try:
        for field_name, value in (
            ("uid", uid), ("name", name), ("base_uid", base_uid), ("source_uid", source_uid)
        ):
            problem = limits.value_problem(Calendar, field_name, value)
            if problem is not None:
                raise ValueError(f"{field_name.replace('_', ' ')} {problem}")
        week = _json(weekdays, "weekdays")
        if not isinstance(week, list) or len(week) != 7:
            raise ValueError(f"weekdays {_short(week)} are not seven days, Monday first")
        return Calendar(
            uid=uid,
            name=name,
            weekdays=tuple(None if d is None else _hours_from_json(d) for d in week),
            exceptions=tuple(
                _calendar_exception(ex) for ex in _json(exceptions, "exceptions") or ()
            ),
            base_uid=base_uid,
            source_uid=source_uid,
        )
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise DataError(f"{label}: {exc}") from None


def _baseline_values(task_uid: str, b: Baseline) -> dict[str, Any]:
    return {
        "uid": _derived_uid("baseline", task_uid, b.number),
        "task_uid": task_uid,
        "number": b.number,
        "start": b.start,
        "finish": b.finish,
        "duration": b.duration,
        "work": b.work,
        "cost": b.cost,
    }


def _risk_task_values(risk: Risk) -> list[dict[str, Any]]:
    # A task listed twice would get the same derived uid; the register lists it once.
    unique = list(dict.fromkeys(risk.task_uids))
    return [
        {
            "uid": _derived_uid("risk_task", risk.uid, task_uid),
            "risk_uid": risk.uid,
            "task_uid": task_uid,
            "position": i,
        }
        for i, task_uid in enumerate(unique)
    ]


# --------------------------------------------------------------------------- reading


def load_plan(session: Session) -> Plan:
    """The whole project in the session's database as a :class:`Plan`.

    Raises :class:`DataError` when there is no project row or a row holds a value the core
    cannot represent (for example a link type a hand edit invented).
    """
    with collector_paused():
        return _load_plan(session)


def _load_plan(session: Session) -> Plan:
    projects = PROJECT.load(session, limit=2)
    if not projects:
        raise DataError("the project row is missing")
    if len(projects) > 1:
        names = " and ".join(_short(p.name) for p in projects)
        raise DataError(f"it holds more than one project ({names}); a project file "
                        "holds one")
    rows = {name: table.load(session) for name, table in stored_kinds().items()}
    return Plan(project=projects[0], **rows)


def _load_calendars(session: Session) -> dict[str, Calendar]:
    cal_t = _table(CalendarRow)
    calendars = {}
    for row in _driver_rows(
        session,
        _untyped(
            cal_t.c.uid,
            cal_t.c.name,
            cal_t.c.weekdays,
            cal_t.c.exceptions,
            cal_t.c.base_uid,
            cal_t.c.source_uid,
        ).order_by(cal_t.c.uid),  # as every kind kept without a seq: the same on any database
    ):
        cal = _calendar_from(row)
        calendars[cal.uid] = cal
    return calendars


def check_references(plan: Plan) -> None:
    """Refuse rows that point at a row the plan does not have (DataError), for every
    reference :data:`~pmdesk.core.kinds.KINDS` declares required.

    Not done on every load: it costs a twentieth of reading a large project, and the core
    passes over such rows (a damaged file that has them still opens and shows what it
    holds). A new project file is checked before it is written, where the database would
    otherwise refuse the row with a bare "FOREIGN KEY constraint failed".
    """
    known: dict[str, set[str]] = {}
    for kind in KINDS:
        for ref in kind.refs:
            if not ref.required:
                continue
            if ref.target not in known:
                known[ref.target] = {r.uid for r in plan_rows(plan, KINDS[ref.target])}
            targets = known[ref.target]
            target_of = attrgetter(ref.field)
            rows = plan_rows(plan, kind)
            if targets.issuperset(map(target_of, rows)):
                continue
            row = next(r for r in rows if target_of(r) not in targets)
            raise DataError(
                f"{_noun(kind)} {row.uid}: its {ref.field.removesuffix('_uid')} "
                f"{target_of(row)} is not a {_noun(KINDS[ref.target])} of this project"
            )


def _noun(kind: Kind) -> str:
    """``status change`` for StatusChange: a kind of row as a message names it."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", kind.row.__name__).lower()


def _memoized(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` answering each distinct stored value from a dictionary after once."""
    seen: dict[Any, Any] = {}

    def read(stored: Any) -> Any:
        try:
            return seen[stored]
        except KeyError:
            value = seen[stored] = convert(stored)
            return value

    return read


_BASELINE_FIELDS = ("number", "start", "finish", "duration", "work", "cost")


def _load_tasks(session: Session) -> list[Task]:
    b = _table(BaselineRow)
    rows = _driver_rows(
        session,
        _untyped(b.c.task_uid, *(b.c[n] for n in _BASELINE_FIELDS)).order_by(
            b.c.task_uid, b.c.number
        ),
    )
    baselines: dict[str, list[Baseline]] = {}
    if rows:
        dialect = session.get_bind().dialect
        hints = _hints(Baseline)
        bounds = limits.FIELD_BOUNDS[Baseline]
        readers = []
        for name in _BASELINE_FIELDS:
            process = _result_processor(b.c[name].type, dialect)
            convert = _converter(hints[name], process, bounds.get(name))
            # None: the driver's value is the field's as it is (PostgreSQL's datetimes).
            readers.append(_memoized(convert) if convert is not None else _same)
        for task_uid, *stored in rows:
            try:
                if task_uid.__class__ is not str:
                    raise _Invalid
                values = [read(v) for read, v in zip(readers, stored, strict=True)]
            except Exception:
                raise _baseline_error(task_uid, stored) from None
            baselines.setdefault(task_uid, []).append(Baseline(*values))
    return TASKS.load(session, baselines={uid: tuple(own) for uid, own in baselines.items()})


def _same(stored: Any) -> Any:
    return stored


def _baseline_error(task_uid: Any, stored: Sequence[Any]) -> DataError:
    if not isinstance(task_uid, str):
        return DataError(f"baseline: task uid {task_uid!r} is not text")
    for name, value in zip(_BASELINE_FIELDS, stored, strict=True):
        problem = limits.value_problem(Baseline, name, value)
        if problem is not None:
            return DataError(f"baseline of task {task_uid}: {name} {problem}")
    return DataError(f"baseline of task {task_uid}: cannot be read")


def _load_risks(session: Session) -> list[Risk]:
    links: dict[str, list[str]] = {}
    rt = _table(RiskTaskRow)
    for risk_uid, task_uid in _driver_rows(
        session, _untyped(rt.c.risk_uid, rt.c.task_uid).order_by(rt.c.risk_uid, rt.c.position)
    ):
        if risk_uid.__class__ is not str or task_uid.__class__ is not str:
            raise DataError(f"risk {risk_uid!r}: a linked task {task_uid!r} is not a task uid")
        links.setdefault(risk_uid, []).append(task_uid)
    return RISKS.load(session, task_uids={uid: tuple(own) for uid, own in links.items()})


# --------------------------------------------------------------------------- writing


def _insert(session: Session, row_class: type[Base], values: list[dict[str, Any]]) -> None:
    """Bulk INSERT through Core: one executemany, several times faster than the ORM's."""
    if values:
        session.execute(insert(_table(row_class)), _by_column(row_class, values))


def _by_column(row_class: type[Base], values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Row values keyed by column name (a few attributes are named otherwise)."""
    renamed = {
        attr: col.key
        for attr, col in row_class.__mapper__.columns.items()
        if attr != col.key
    }
    if renamed:
        return [{renamed.get(k, k): v for k, v in row.items()} for row in values]
    return values


def write_plan(session: Session, plan: Plan) -> None:
    """Write the whole of ``plan`` into an empty project database (no commit); DataError
    when a row refers to a row the plan does not have."""
    check_references(plan)
    session.execute(insert(ProjectRow), [PROJECT.values(plan.project)])
    stored = stored_kinds()
    for kind in KINDS.write_order:
        table = stored[kind.name]
        items = plan_rows(plan, kind)
        _insert(session, table.row, [table.values(v, i) for i, v in enumerate(items)])
        for part in table.parts:
            _insert(session, part.row, part.rows(items))
    search.rebuild(session.connection(), plan.features, plan.insights)


def drop_dangling(session: Session) -> list[str]:
    """Remove the rows that refer to a row the project does not have, for every reference
    :data:`~pmdesk.core.kinds.KINDS` declares required (a feature linked to a task that is
    no longer there, a link between tasks of which one is missing); what was removed, as
    "2 feature task links", for a message. A row means nothing without what it refers to,
    and the rules of the core would refuse to make one (no commit)."""
    stored = stored_kinds()
    # Found referred-first, so that a row referring to one found here goes too (a gate
    # criterion of a gate whose task is missing), then removed referring-first.
    doomed: dict[str, set[str]] = {}
    for kind in KINDS.write_order:
        if kind.outline or kind.keyed:
            continue
        table = _table(stored[kind.name].row)
        for ref in kind.refs:
            if not ref.required or ref.many:
                continue
            target = _table(stored[ref.target].row)
            column = table.c[ref.field]
            uids = set(session.scalars(select(table.c.uid).where(
                column.not_in(select(target.c.uid)))))
            uids |= _select_uids(session, table.c.uid, column, doomed.get(ref.target, ()))
            if uids:
                doomed.setdefault(kind.name, set()).update(uids)
    gone: dict[str, int] = {}
    for kind in KINDS.write_order[::-1]:
        removed = sorted(doomed.get(kind.name, ()))
        if not removed:
            continue
        table = _table(stored[kind.name].row)
        for part in stored[kind.name].parts:
            child = _table(part.row)
            _delete_where_in(session, child, child.c[part.owner], removed)
        _delete_where_in(session, table, table.c.uid, removed)
        gone[kind.name] = len(removed)
    # The kind's name is its plural: "2 gate criteria", "3 dependencies".
    return [f"{n} {_noun(KINDS[name]) if n == 1 else name.replace('_', ' ')}"
            for name, n in gone.items()]


def break_parent_loops(session: Session) -> list[str]:
    """Move the first row of each loop of rows inside themselves (a feature whose parent
    is, through its parents, itself) to the top level (no commit); each loop as
    ``feature "A" inside "B" inside "A"``, for a message. pmdesk never writes such a loop,
    and the rules of the core would refuse every edit of a row in one. The task outline
    is left to the schedule's repair, which asks first (:mod:`pmdesk.core.repair`)."""
    stored = stored_kinds()
    found: list[str] = []
    for kind in KINDS:
        if kind.outline or kind.keyed:
            continue
        for ref in kind.refs:
            if ref.target != kind.name or ref.many:
                continue
            table = _table(stored[kind.name].row)
            label = table.c.title if "title" in table.c else table.c.uid
            column = table.c[ref.field]
            rows = session.execute(select(table.c.uid, column, label)
                                   .where(column.is_not(None)).order_by(table.c.seq)).all()
            names = {uid: name for uid, _parent, name in rows}
            for loop in loops_in({uid: parent for uid, parent, _name in rows}):
                session.execute(update(table).where(table.c.uid == loop[0])
                                .values({ref.field: None}))
                inside = " inside ".join(_short(names[u]) for u in [*loop, loop[0]])
                found.append(f"{_noun(kind)} {inside}")
    return found


def rebuild_search(session: Session) -> None:
    """Build the search index of a project database again from its features and insights
    (no commit); DataError when a row cannot be read."""
    stored = stored_kinds()
    with collector_paused():
        features = stored["features"].load(session)
        insights = stored["insights"].load(session)
    search.rebuild(session.connection(), features, insights)


def _delete_where_in(
    session: Session, table: Table, column: ColumnElement[str], uids: Iterable[str]
) -> None:
    keys = sorted(set(uids))
    for chunk in _chunks(keys):
        session.execute(delete(table).where(column.in_(chunk)))


def _select_uids(
    session: Session, column: ColumnElement[str], where: ColumnElement[str], uids: Iterable[str]
) -> set[str]:
    keys = sorted(set(uids))
    found: set[str] = set()
    for chunk in _chunks(keys):
        found.update(session.scalars(select(column).where(where.in_(chunk))))
    return found


def _upsert(
    session: Session,
    row_class: type[Base],
    values: Sequence[dict[str, Any]],
    ordered: bool,
    versions: Mapping[str, int] | None = None,
) -> None:
    """Insert or replace rows by uid.

    A replaced row keeps its place (``seq``); a new row goes after every existing one,
    the order :func:`pmdesk.core.patch.apply_patch` gives the plan's lists. With
    ``versions`` (a guarded write, see :func:`apply_patch`) a row is replaced only where
    its version is still the one given, and a new row only where none of its uid exists.
    """
    if not values:
        return
    table = _table(row_class)
    existing = _select_uids(session, table.c.uid, table.c.uid, [v["uid"] for v in values])
    next_seq = (session.scalar(select(func.max(table.c.seq))) or 0) + 1 if ordered else 0
    updates: list[dict[str, Any]] = []
    inserts: list[dict[str, Any]] = []
    for v in values:
        if v["uid"] in existing:
            updates.append({k: x for k, x in v.items() if k != "seq"})
        else:
            if ordered:
                v = {**v, "seq": next_seq}
                next_seq += 1
            inserts.append(v)
    if versions is None:
        if updates:
            session.execute(update(row_class), updates)
    else:
        _check_new(table, versions, [v["uid"] for v in inserts])
        _update_checked(session, row_class, versions, updates)
    _insert(session, row_class, inserts)


def _check_new(table: Table, versions: Mapping[str, int], uids: Iterable[str]) -> None:
    """New rows of a guarded write: one whose version was read is gone (removed since)."""
    gone = [u for u in uids if u in versions]
    if gone:
        raise StaleRows(table.name, gone)


def _update_checked(session: Session, row_class: type[Base], versions: Mapping[str, int],
                    updates: list[dict[str, Any]]) -> None:
    """UPDATE ... WHERE uid = :uid AND version = :read, each row; StaleRows unless every
    row was updated (it changed since read, or was never read: someone else added it)."""
    if not updates:
        return
    table = _table(row_class)
    unread = [u["uid"] for u in updates if u["uid"] not in versions]
    if unread:
        raise StaleRows(table.name, unread)
    params = [{**row, "read_uid": row["uid"], "read_version": versions[row["uid"]]}
              for row in _by_column(row_class, updates)]
    version = _VERSION
    statement = update(table).where(table.c.uid == bindparam("read_uid"),
                                    version == bindparam("read_version"))
    done = session.execute(statement, params)
    if not isinstance(done, CursorResult) or done.rowcount != len(params):
        raise StaleRows(table.name, [u["uid"] for u in updates])


def _delete_checked(session: Session, table: Table, versions: Mapping[str, int],
                    uids: Iterable[str]) -> None:
    """DELETE ... WHERE (uid, version) IN (the versions read); StaleRows when a row read was
    not removed (changed since) or a row never read is there (added since)."""
    keys = sorted(set(uids))
    read = [(u, versions[u]) for u in keys if u in versions]
    removed: set[str] = set()
    for i in range(0, len(read), _CHUNK):
        pairs = read[i : i + _CHUNK]
        removed.update(session.scalars(delete(table).where(
            tuple_(table.c.uid, _VERSION).in_(pairs)).returning(table.c.uid)))
    stale = {u for u, _ in read} - removed
    stale |= _select_uids(session, table.c.uid, table.c.uid, [u for u in keys
                                                             if u not in versions])
    if stale:
        raise StaleRows(table.name, stale)


def apply_patch(session: Session, patch: Patch, versions: Versions | None = None) -> None:
    """Write exactly ``patch`` to the database (no commit).

    The patch comes complete from the core (:func:`pmdesk.core.patch.cascaded`): what a
    removal takes with it is listed in it, and nothing else is removed here. Rows that refer
    to others are removed first and written last (:attr:`Registry.write_order`), so the
    database's foreign keys always find what they point at. A row both removed and upserted
    is replaced in place, as :func:`pmdesk.core.patch.apply_patch` does.

    ``versions`` makes the write guarded (a workspace, whose rows carry a ``version``):
    every UPDATE and DELETE of a row names the version it was read at (``WHERE uid = ...
    AND version = ...``) and its row count is checked, so the database itself refuses to
    overwrite a row changed since; StaleRows then, and the caller rolls back.
    """
    if patch.project is not None:
        project = _table(ProjectRow)
        if versions is not None:
            _delete_checked(session, project, versions.get(project.name, {}),
                            [patch.project.uid])
        session.execute(delete(project))
        session.execute(insert(ProjectRow), [PROJECT.values(patch.project)])
    stored = stored_kinds()
    touched = {k.name for k in patch.kinds()}
    order = [k for k in KINDS.write_order if k.name in touched]
    for kind in reversed(order):
        kept = {v.uid for v in patch.upserts(kind.name)}
        gone = set(patch.removals(kind.name)) - kept
        if not gone:
            continue
        table = stored[kind.name]
        for part in table.parts:
            child = _table(part.row)
            _delete_where_in(session, child, child.c[part.owner], gone)
        rows = _table(table.row)
        if versions is not None:
            _delete_checked(session, rows, versions.get(rows.name, {}), gone)
        else:
            _delete_where_in(session, rows, rows.c.uid, gone)
    for kind in order:
        items = patch.upserts(kind.name)
        if not items:
            continue
        table = stored[kind.name]
        read = versions.get(_table(table.row).name, {}) if versions is not None else None
        _upsert(session, table.row, [table.values(v) for v in items], table.ordered, read)
        for part in table.parts:
            child = _table(part.row)
            _delete_where_in(session, child, child.c[part.owner], [v.uid for v in items])
            _insert(session, part.row, part.rows(items))
    search.follow(session, patch)
