"""Reads and edits of a project inside a caller-owned Session, in core values.

Nothing here commits: a Session belongs to one user action and its owner decides. Only
portable SQLAlchemy constructs are used (no SQLite pragmas or functions), so the same
functions serve a shared PostgreSQL workspace.

Each list of a :class:`~pmdesk.core.model.Plan` maps to one table through a :class:`RowKind`:
a core field is stored in the column of the same attribute name, and the conversions that
follow from the field's type (enumerations by value, tuples as JSON lists) are derived from
the dataclass, so a field added to the core only needs its column in :mod:`.rows` and a rung
on the migration ladder. Values that are not one column (a calendar's hours, a task's
baselines, a risk's task links and history) are converted here by hand.

Reading a whole project is the hot path (``benchmarks/open_project.py`` times a
20,000-task plan): it runs Core ``select()`` statements of untyped columns, takes the
driver's rows as they are, and builds the frozen core values directly in a loop compiled
per kind of row, never through ORM objects or result rows. Writes use Core bulk INSERT
(one executemany per table) and the ORM's bulk UPDATE by primary key.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Dialect,
    Row,
    Select,
    Table,
    delete,
    func,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from pmdesk.core import model
from pmdesk.core.model import (
    Assignment,
    Baseline,
    BoardColumn,
    BudgetLine,
    Calendar,
    CalendarException,
    CostEntry,
    DayHours,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Risk,
    RiskScoreChange,
    StatusChange,
    Task,
)
from pmdesk.core.outline import normalize
from pmdesk.core.patch import Patch

from .rows import (
    AssignmentRow,
    Base,
    BaselineRow,
    BoardColumnRow,
    BudgetLineRow,
    CalendarRow,
    CostEntryRow,
    DependencyRow,
    ProjectRow,
    ResourceRow,
    RiskRow,
    RiskTaskRow,
    StatusChangeRow,
    TaskRow,
)

__all__ = ["KINDS", "DataError", "RowKind", "apply_patch", "load_plan", "write_plan"]

# Keeps each IN (...) list well below every database's bound-parameter limit.
_CHUNK = 500

# Namespace of the UUIDs derived for rows the core keeps inside another value (a task's
# baselines, a risk's task links): the same pair always gets the same uid in every copy.
_DERIVED = uuid.UUID("0d5b8a52-3b0e-4d43-a7e2-6d1f6f1c9a10")

Reader = Callable[[Any, str], Any]
Writer = Callable[[Any], Any]


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
    return typing.get_type_hints(value_type, vars(model))


def _rows(session: Session, statement: Select[Any]) -> Sequence[Row[Any]]:
    """All result rows at once: one fetch instead of one call per row on the hot path."""
    return session.execute(statement).all()


def _driver_rows(session: Session, statement: Select[Any]) -> list[Sequence[Any]]:
    """All result rows at once as the database driver returns them.

    For untyped columns a result :class:`Row` adds nothing but its own making, which
    costs a tenth of reading a large table; the statement still runs through the Session
    (its transaction, events and compiled-statement cache), only the rows are not wrapped.
    """
    result = typing.cast(CursorResult[Any], session.execute(statement))
    try:
        rows: list[Sequence[Any]] = result.cursor.fetchall()
    finally:
        result.close()
    return rows


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


# --------------------------------------------------------------------------- conversions


class _UnknownValue(Exception):
    """A stored value that is no member of its field's enumeration; the loop that meets it
    turns it into a :class:`DataError` naming the row."""

    def __init__(self, table: str, column: str, value: Any) -> None:
        super().__init__(table, column, value)
        self.table, self.column, self.value = table, column, value

    def error(self, uid: str) -> DataError:
        return DataError(f"{self.table} {uid}: unknown {self.column} {self.value!r}")


def _optional_inner(hint: Any) -> Any:
    """``X`` for ``X | None``; ``hint`` itself otherwise."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        return inner[0] if len(inner) == 1 else hint
    return hint


# Field types whose values cannot change once made, so one value may serve many rows.
_IMMUTABLE = (bool, int, float, str, Decimal, date, datetime)  # enumerations are str


def _immutable(hint: Any) -> bool:
    """Whether every value of type ``hint`` is immutable, so that rows sharing one
    converted value cannot be told from rows with a copy each."""
    hint = _optional_inner(hint)
    if typing.get_origin(hint) is tuple:
        return all(a is Ellipsis or _immutable(a) for a in typing.get_args(hint))
    return isinstance(hint, type) and issubclass(hint, _IMMUTABLE)


def _converter(
    hint: Any, process: Callable[[Any], Any] | None, table: str, column: str
) -> Callable[[Any], Any] | None:
    """The conversion from a stored value to a field of type ``hint`` (the dialect's result
    processor, then enumeration member by value or tuple from a JSON list); None when the
    column needs none."""
    hint = _optional_inner(hint)
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        by_value: dict[Any, Any] = {None: None, **{m.value: m for m in hint}}
        label = column.replace("_", " ")

        def member(stored: Any) -> Any:
            value = stored if process is None else process(stored)
            try:
                return by_value[value]
            except KeyError:
                raise _UnknownValue(table, label, value) from None

        return member
    if typing.get_origin(hint) is tuple:

        def items(stored: Any) -> tuple[Any, ...]:
            value = stored if process is None else process(stored)
            return tuple(value) if value else ()

        return items
    return process


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
        readers: dict[str, Reader] | None = None,
        writers: dict[str, Writer] | None = None,
    ) -> RowKind:
        mapped = row.__mapper__.columns
        hints = _hints(value_type)
        names = tuple(f.name for f in fields(value_type) if f.name in mapped)
        enums = frozenset(n for n in names if _is_enum(hints[n]))
        return cls(
            value_type=value_type,
            row=row,
            elsewhere=frozenset(elsewhere),
            readers=readers or {},
            writers=writers or {},
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
        statement = select(*(type_coerce(c, NullType()).label(c.key) for c in columns))
        statement = statement.order_by(table.c.seq if self.ordered else table.c.uid)
        if limit is not None:
            statement = statement.limit(limit)
        dialect = session.get_bind().dialect
        build = self._builder(dialect, tuple(sorted(extra)))
        return build(_driver_rows(session, statement), **extra)

    def _builder(self, dialect: Dialect, extra: tuple[str, ...]) -> Callable[..., list[Any]]:
        """A loop compiled for this kind: it unpacks each row into local variables, converts
        only the columns whose type needs it, and fills the dataclass's slots directly (see
        :func:`_unfrozen_twin`). Many times faster than typed rows, a dict per row or a call
        per field, which matters for tens of thousands of tasks and links.

        Conversions to immutable values go through a dictionary per column and load, from
        stored value to converted value: a project repeats the same few values in a column
        (a unit, a constraint type, a zero amount, an empty tag list, a shared date), so
        most rows cost one lookup instead of a call. Stored values that are equal as keys
        convert to equal values (text is compared exactly; 1 and True meet only in a
        Boolean column).
        """
        key = (self.value_type, extra, dialect.name, dialect.driver)
        cached = _BUILDERS.get(key)
        if cached is not None:
            return cached
        table = _table(self.row).name
        hints = _hints(self.value_type)
        uid = f"c{self.names.index('uid')}"
        env: dict[str, Any] = {
            "make": self.value_type,
            "new": object.__new__,
            "UnknownValue": _UnknownValue,
        }
        memos: list[str] = []
        conversions: list[str] = []
        values: dict[str, str] = {}
        for i, (name, column) in enumerate(
            zip(self.names, _columns(self.row, self.names), strict=True)
        ):
            process = column.type.dialect_impl(dialect).result_processor(dialect, None)
            if name in self.readers:
                stored = f"c{i}"
                if process is not None:
                    env[f"process_{i}"] = process
                    stored = f"process_{i}(c{i})"
                env[f"read_{i}"] = self.readers[name]
                values[name] = f"read_{i}({stored}, {uid})"
                continue
            convert = _converter(hints[name], process, table, name)
            if convert is None:
                values[name] = f"c{i}"
                continue
            env[f"convert_{i}"] = convert
            if _immutable(hints[name]):
                memos.append(f"memo_{i}")
                conversions += [
                    "try:",
                    f"    v{i} = memo_{i}[c{i}]",
                    "except KeyError:",
                    f"    v{i} = memo_{i}[c{i}] = convert_{i}(c{i})",
                ]
                values[name] = f"v{i}"
            else:
                values[name] = f"convert_{i}(c{i})"
        defaults = {f.name: f.default for f in fields(self.value_type)}
        for name in extra:
            if defaults[name] is dataclasses.MISSING:
                raise TypeError(f"{self.value_type.__name__}.{name} needs a default")
            env[f"default_{name}"] = defaults[name]
            values[name] = f"extra_{name}.get({uid}, default_{name})"
        order = [f.name for f in fields(self.value_type)]
        twin = _unfrozen_twin(self.value_type) if set(order) == set(values) else None
        if twin is not None:
            env["twin"] = twin
            body = [
                *conversions,
                "made = new(twin)",
                *(f"made.{name} = {values[name]}" for name in order),
                "made.__class__ = make",
                "append(made)",
            ]
        elif set(order) == set(values):
            # Positional in field order: a call with 28 keywords costs half as much again.
            body = [*conversions, f"append(make({', '.join(values[n] for n in order)}))"]
        else:
            arguments = ", ".join(f"{name}={value}" for name, value in values.items())
            body = [*conversions, f"append(make({arguments}))"]
        parameters = ", ".join(["rows", *memos, *(f"extra_{n}" for n in extra)])
        columns = ", ".join(f"c{i}" for i in range(len(self.names)))
        source = "\n".join(
            [
                f"def build({parameters}):",
                "    out = []",
                "    append = out.append",
                "    try:",
                f"        for ({columns},) in rows:",
                *(f"            {line}" for line in body),
                "    except UnknownValue as exc:",
                f"        raise exc.error({uid}) from None",
                "    return out",
                "",
            ]
        )
        namespace: dict[str, Any] = {}
        exec(
            compile(source, f"<pmdesk.store build {self.value_type.__name__}>", "exec"),
            env,
            namespace,
        )
        built = namespace["build"]

        def build(rows: Iterable[Sequence[Any]], **by_uid: dict[str, Any]) -> list[Any]:
            return built(rows, *({} for _ in memos), *(by_uid[n] for n in extra))

        _BUILDERS[key] = build
        return build


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
    try:
        splits = tuple((int(at), int(gap)) for at, gap in (value or ()))
    except (TypeError, ValueError) as exc:
        raise DataError(f"task {uid}: unreadable splits ({exc})") from None
    if any(at < 0 or gap < 0 for at, gap in splits) or any(
        isinstance(x, float) for pair in (value or ()) for x in pair
    ):
        raise DataError(f"task {uid}: a split must be whole, non-negative minutes")
    return splits


PROJECT = RowKind.build(ProjectInfo, ProjectRow)
TASKS = RowKind.build(
    Task,
    TaskRow,
    elsewhere={"baselines"},
    readers={"splits": _splits_from_json},
    writers={"splits": _splits_to_json},
)
RISKS = RowKind.build(
    Risk,
    RiskRow,
    elsewhere={"task_uids"},
    readers={"history": _history_from_json},
    writers={"history": _history_to_json},
)

#: Every list of a plan stored as one table, by its Plan attribute and Patch field stem.
KINDS: dict[str, RowKind] = {
    "tasks": TASKS,
    "dependencies": RowKind.build(Dependency, DependencyRow),
    "resources": RowKind.build(Resource, ResourceRow),
    "assignments": RowKind.build(Assignment, AssignmentRow),
    "board_columns": RowKind.build(BoardColumn, BoardColumnRow),
    "risks": RISKS,
    "status_changes": RowKind.build(StatusChange, StatusChangeRow),
    "budget_lines": RowKind.build(BudgetLine, BudgetLineRow),
    "cost_entries": RowKind.build(CostEntry, CostEntryRow),
}

# Lists that reference tasks or resources come after them on insert and before on delete.
_INSERT_ORDER = (
    "tasks",
    "resources",
    "dependencies",
    "assignments",
    "board_columns",
    "status_changes",
    "risks",
    "budget_lines",
    "cost_entries",
)


def _hours_to_json(hours: DayHours | None) -> list[list[int]] | None:
    return None if hours is None else [[a, b] for a, b in hours]


def _hours_from_json(value: Any) -> DayHours:
    return tuple((int(a), int(b)) for a, b in value)


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


def _calendar_from(row: Sequence[Any]) -> Calendar:
    uid, name, weekdays, exceptions, base_uid, source_uid = row
    try:
        return Calendar(
            uid=uid,
            name=name,
            weekdays=tuple(None if d is None else _hours_from_json(d) for d in weekdays),
            exceptions=tuple(
                CalendarException(
                    start=date.fromisoformat(ex["start"]),
                    finish=date.fromisoformat(ex["finish"]),
                    intervals=_hours_from_json(ex.get("intervals") or ()),
                    name=ex.get("name", ""),
                )
                for ex in exceptions or ()
            ),
            base_uid=base_uid,
            source_uid=source_uid,
        )
    except (TypeError, ValueError, KeyError) as exc:
        raise DataError(f"calendar {uid}: unreadable working hours ({exc})") from None


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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while building many objects that form no cycles.

    Building a large plan allocates hundreds of thousands of objects; without this the
    collector walks them again and again, which costs about a third of the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_plan(session: Session) -> Plan:
    """The whole project in the session's database as a :class:`Plan`.

    Raises :class:`DataError` when there is no project row or a row holds a value the core
    cannot represent (for example a link type a hand edit invented).
    """
    with _collector_paused():
        return _load_plan(session)


def _load_plan(session: Session) -> Plan:
    projects = PROJECT.load(session, limit=1)
    if not projects:
        raise DataError("the project row is missing")
    cal_t = _table(CalendarRow)
    calendars = {}
    for row in _rows(
        session,
        select(
            cal_t.c.uid,
            cal_t.c.name,
            cal_t.c.weekdays,
            cal_t.c.exceptions,
            cal_t.c.base_uid,
            cal_t.c.source_uid,
        ),
    ):
        cal = _calendar_from(row)
        calendars[cal.uid] = cal
    lists: dict[str, list[Any]] = {}
    for attr, kind in KINDS.items():
        if attr == "tasks":
            # Written in outline order, so normalize only checks it; a damaged or hand-edited
            # file is reordered.
            lists[attr] = normalize(_load_tasks(session))
        elif attr == "risks":
            lists[attr] = _load_risks(session)
        else:
            lists[attr] = kind.load(session)
    return Plan(project=projects[0], calendars=calendars, **lists)


def _load_tasks(session: Session) -> list[Task]:
    baselines: dict[str, list[Baseline]] = {}
    b = _table(BaselineRow)
    for task_uid, number, start, finish, duration, work, cost in _rows(
        session,
        select(
            b.c.task_uid, b.c.number, b.c.start, b.c.finish, b.c.duration, b.c.work, b.c.cost
        ).order_by(b.c.task_uid, b.c.number),
    ):
        baselines.setdefault(task_uid, []).append(
            Baseline(
                number=number, start=start, finish=finish, duration=duration, work=work, cost=cost
            )
        )
    return TASKS.load(session, baselines={uid: tuple(own) for uid, own in baselines.items()})


def _load_risks(session: Session) -> list[Risk]:
    links: dict[str, list[str]] = {}
    rt = _table(RiskTaskRow)
    for risk_uid, task_uid in _rows(
        session, select(rt.c.risk_uid, rt.c.task_uid).order_by(rt.c.risk_uid, rt.c.position)
    ):
        links.setdefault(risk_uid, []).append(task_uid)
    return RISKS.load(session, task_uids={uid: tuple(own) for uid, own in links.items()})


# --------------------------------------------------------------------------- writing


def _insert(session: Session, row_class: type[Base], values: list[dict[str, Any]]) -> None:
    """Bulk INSERT through Core: one executemany, several times faster than the ORM's."""
    if not values:
        return
    renamed = {
        attr: column.key
        for attr, column in row_class.__mapper__.columns.items()
        if attr != column.key
    }
    if renamed:
        values = [{renamed.get(k, k): v for k, v in row.items()} for row in values]
    session.execute(insert(_table(row_class)), values)


def _child_rows(attr: str, values: Sequence[Any]) -> list[tuple[type[Base], list[dict[str, Any]]]]:
    """Rows of the child tables that hold part of each value (baselines, risk links)."""
    if attr == "tasks":
        return [(BaselineRow, [_baseline_values(t.uid, b) for t in values for b in t.baselines])]
    if attr == "risks":
        return [(RiskTaskRow, [v for r in values for v in _risk_task_values(r)])]
    return []


def write_plan(session: Session, plan: Plan) -> None:
    """Write the whole of ``plan`` into an empty project database (no commit)."""
    session.execute(insert(ProjectRow), [PROJECT.values(plan.project)])
    _insert(session, CalendarRow, [_calendar_values(c) for c in plan.calendars.values()])
    for attr in _INSERT_ORDER:
        kind = KINDS[attr]
        items = getattr(plan, attr)
        _insert(session, kind.row, [kind.values(v, i) for i, v in enumerate(items)])
        for child, rows in _child_rows(attr, items):
            _insert(session, child, rows)


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
) -> None:
    """Insert or replace rows by uid.

    A replaced row keeps its place (``seq``); a new row goes after every existing one,
    the order :func:`pmdesk.core.patch.apply_patch` gives the plan's lists.
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
    if updates:
        session.execute(update(row_class), updates)
    _insert(session, row_class, inserts)


def _cascades(session: Session, patch: Patch) -> dict[str, set[str]]:
    """Rows that go with removed tasks and resources, as the core removes them."""
    gone_tasks = set(patch.tasks_removed)
    gone_resources = set(patch.resources_removed)
    dep = _table(DependencyRow)
    asg = _table(AssignmentRow)
    status = _table(StatusChangeRow)
    return {
        "dependencies": _select_uids(session, dep.c.uid, dep.c.predecessor_uid, gone_tasks)
        | _select_uids(session, dep.c.uid, dep.c.successor_uid, gone_tasks),
        "assignments": _select_uids(session, asg.c.uid, asg.c.task_uid, gone_tasks)
        | _select_uids(session, asg.c.uid, asg.c.resource_uid, gone_resources),
        "status_changes": _select_uids(session, status.c.uid, status.c.task_uid, gone_tasks),
    }


def apply_patch(session: Session, patch: Patch) -> None:
    """Write ``patch`` to the database (no commit), with the core's cascades.

    Removing a task also removes its links, assignments, board history and baselines;
    removing a resource its assignments; removing a risk its task links. A row both removed
    and upserted is replaced in place, as :func:`pmdesk.core.patch.apply_patch` does.
    """
    if patch.project is not None:
        session.execute(delete(_table(ProjectRow)))
        session.execute(insert(ProjectRow), [PROJECT.values(patch.project)])

    cascades = _cascades(session, patch) if patch.tasks_removed or patch.resources_removed else {}
    # Removals first, what points at a row before the row.
    for attr in reversed(_INSERT_ORDER):
        kind = KINDS[attr]
        kept = {v.uid for v in getattr(patch, attr)}
        gone = (set(getattr(patch, attr + "_removed")) | cascades.get(attr, set())) - kept
        if not gone:
            continue
        if attr == "tasks":
            baseline = _table(BaselineRow)
            _delete_where_in(session, baseline, baseline.c.task_uid, gone)
        elif attr == "risks":
            link = _table(RiskTaskRow)
            _delete_where_in(session, link, link.c.risk_uid, gone)
        table = _table(kind.row)
        _delete_where_in(session, table, table.c.uid, gone)
    cal_t = _table(CalendarRow)
    _delete_where_in(
        session,
        cal_t,
        cal_t.c.uid,
        set(patch.calendars_removed) - {c.uid for c in patch.calendars},
    )

    # Upserts, what others point at before what points at them.
    _upsert(session, CalendarRow, [_calendar_values(c) for c in patch.calendars], False)
    for attr in _INSERT_ORDER:
        items = getattr(patch, attr)
        if not items:
            continue
        kind = KINDS[attr]
        _upsert(session, kind.row, [kind.values(v) for v in items], kind.ordered)
        for child, rows in _child_rows(attr, items):
            owner = _table(child).c.task_uid if attr == "tasks" else _table(child).c.risk_uid
            _delete_where_in(session, _table(child), owner, [v.uid for v in items])
            _insert(session, child, rows)
