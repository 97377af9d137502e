"""The project file's format version and the ordered ladder of migrations between versions.

A version is ``(major, minor)``. A newer minor version only adds things an older pmdesk can
ignore; a newer major version is refused. On SQLite the version is packed into
``PRAGMA user_version`` and ``PRAGMA application_id`` marks the file as a pmdesk project
(the document module reads and writes both); everything here runs on a plain
:class:`~sqlalchemy.engine.Connection`, so the same ladder upgrades a shared database later.

Each step is written against the schema as it was at that version, never against today's
``*Row`` classes, so an old step keeps doing what it did when today's tables move on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
    text,
)

from .rows import Base

Version = tuple[int, int]

#: ``PRAGMA application_id`` of a pmdesk project: the ASCII bytes "PMdk".
APPLICATION_ID = 0x504D646B

#: The format this pmdesk writes.
FORMAT_VERSION: Version = (1, 6)

#: Tables every pmdesk project has had since format 1.0.
CORE_TABLES = frozenset(
    {
        "project",
        "calendar",
        "task",
        "dependency",
        "resource",
        "assignment",
        "board_column",
        "risk",
        "risk_task",
    }
)


def pack_version(version: Version) -> int:
    """The 32-bit integer stored in ``user_version`` for ``version``."""
    major, minor = version
    return (major << 16) | minor


def unpack_version(value: int) -> Version:
    """Inverse of :func:`pack_version`."""
    return (value >> 16) & 0x7FFF, value & 0xFFFF


# The largest major and minor numbers any pmdesk may give its format: a header beyond them
# (or a negative number) was damaged or written by another program.
_MAX_MAJOR, _MAX_MINOR = 99, 999


def known_version(value: int) -> Version | None:
    """The version ``user_version`` holds, as :func:`unpack_version` reads it; None when no
    pmdesk writes that number (negative, format 0, or beyond any major or minor pmdesk
    could reach)."""
    major, minor = unpack_version(value)
    if value < 0 or not 1 <= major <= _MAX_MAJOR or minor > _MAX_MINOR:
        return None
    return major, minor


def format_version(version: Version) -> str:
    """``(1, 1)`` as a person reads it: ``"1.1"``."""
    return f"{version[0]}.{version[1]}"


@dataclass(frozen=True)
class Migration:
    """One rung of the ladder: turns a database at ``source`` into one at ``target``."""

    source: Version
    target: Version
    description: str
    upgrade: Callable[[Connection], None]


# Columns format 1.1 adds to existing tables, in portable SQL with their defaults.
_V1_1_COLUMNS = (
    ("task", "leveling_delay INTEGER NOT NULL DEFAULT 0"),
    ("task", "optimistic INTEGER"),
    ("task", "most_likely INTEGER"),
    ("task", "pessimistic INTEGER"),
    ("project", "budget VARCHAR(40) NOT NULL DEFAULT '0'"),
    ("project", "eac_method VARCHAR(16) NOT NULL DEFAULT 'cpi'"),
    (
        "project",
        "risk_categories TEXT NOT NULL DEFAULT "
        '\'["technical","schedule","cost","market","legal and privacy","resource"]\'',
    ),
    ("project", "risk_medium_from INTEGER NOT NULL DEFAULT 5"),
    ("project", "risk_high_from INTEGER NOT NULL DEFAULT 12"),
    ("risk", "residual_probability INTEGER"),
    ("risk", "residual_impact INTEGER"),
    ("risk", "contingency TEXT NOT NULL DEFAULT ''"),
    ("risk", "history TEXT NOT NULL DEFAULT '[]'"),
)


_UID = String(36)
# How migrations name indexes and keys, so each table's are the same on every file.
_NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s",
    "pk": "pk_%(table_name)s",
}


def _listed_table(metadata: MetaData, name: str, *columns: Column[Any]) -> Table:
    """A table a migration adds, keyed by uid, whose rows keep their place in a list
    (``seq``)."""
    return Table(name, metadata, Column("uid", _UID, primary_key=True),
                 Column("seq", Integer, nullable=False, index=True), *columns)


def _task_stub(metadata: MetaData) -> None:
    """The task table as far as a migration's new foreign keys need it (not created)."""
    Table("task", metadata, Column("uid", _UID, primary_key=True))


def _v1_0_to_v1_1(connection: Connection) -> None:
    """Format 1.1 adds baselines, leveling delay, three-point estimates, budgets and actual
    costs, the board's status history, residual scores and history of risks, and an index
    on every list's order."""
    for table, column in _V1_1_COLUMNS:
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {column}"))
    for table in ("task", "dependency", "resource", "assignment", "board_column", "risk"):
        connection.execute(text(f"CREATE INDEX ix_{table}_seq ON {table} (seq)"))
    uid = _UID
    metadata = MetaData()

    def listed(name: str, *columns: Column[Any]) -> Table:
        return _listed_table(metadata, name, *columns)

    _task_stub(metadata)
    Table(
        "baseline",
        metadata,
        Column("uid", uid, primary_key=True),
        Column(
            "task_uid",
            uid,
            ForeignKey("task.uid", ondelete="CASCADE", name="fk_baseline_task_uid"),
            nullable=False,
        ),
        Column("number", Integer, nullable=False),
        Column("start", DateTime),
        Column("finish", DateTime),
        Column("duration", Integer, nullable=False),
        Column("work", Integer, nullable=False),
        Column("cost", String(40), nullable=False),
        UniqueConstraint("task_uid", "number", name="uq_baseline_task_uid"),
    )
    listed(
        "status_change",
        Column(
            "task_uid",
            uid,
            ForeignKey("task.uid", ondelete="CASCADE", name="fk_status_change_task_uid"),
            nullable=False,
            index=True,
        ),
        Column("column_uid", uid),
        Column("at", DateTime, nullable=False),
    )
    listed(
        "budget_line",
        Column("category", Text, nullable=False),
        Column("amount", String(40), nullable=False),
        Column("note", Text, nullable=False),
    )
    listed(
        "cost_entry",
        Column("on_date", Date, nullable=False),
        Column("amount", String(40), nullable=False),
        Column("category", Text, nullable=False),
        Column("task_uid", uid),
        Column("note", Text, nullable=False),
    )
    # Only the new tables: "task" above is a stub for the foreign keys to point at.
    metadata.create_all(
        connection,
        tables=[
            metadata.tables[n] for n in ("baseline", "status_change", "budget_line", "cost_entry")
        ],
    )


# Columns format 1.2 adds: MS Project's scheduling features.
_V1_2_COLUMNS = (
    ("project", "schedule_from_finish BOOLEAN NOT NULL DEFAULT 0"),
    ("project", "finish DATETIME"),
    ("project", "new_tasks_manual BOOLEAN NOT NULL DEFAULT 0"),
    ("project", "move_completed_ends_back BOOLEAN NOT NULL DEFAULT 0"),
    ("project", "move_remaining_starts_back BOOLEAN NOT NULL DEFAULT 0"),
    ("project", "move_remaining_starts_forward BOOLEAN NOT NULL DEFAULT 0"),
    ("project", "move_completed_ends_forward BOOLEAN NOT NULL DEFAULT 0"),
    ("task", "manual BOOLEAN NOT NULL DEFAULT 0"),
    ("task", "manual_start DATETIME"),
    ("task", "manual_finish DATETIME"),
    ("task", "leveling_delay_unit VARCHAR(4) NOT NULL DEFAULT 'd'"),
    ("task", "leveling_delay_elapsed BOOLEAN NOT NULL DEFAULT 0"),
    ("task", "splits TEXT NOT NULL DEFAULT '[]'"),
    ("task", "ignore_resource_calendar BOOLEAN NOT NULL DEFAULT 0"),
    ("assignment", "contour VARCHAR(16) NOT NULL DEFAULT 'flat'"),
)


def _v1_1_to_v1_2(connection: Connection) -> None:
    """Format 1.2 adds MS Project's scheduling features: manually scheduled tasks, splits,
    the leveling delay's unit, tasks ignoring resource calendars, work contours, backward
    scheduling from the finish and the options for progress around the status date.
    Every existing row keeps its meaning: tasks stay automatic, unsplit, and delays in
    working time, as format 1.1 scheduled them."""
    for table, column in _V1_2_COLUMNS:
        connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {column}"))


def _v1_2_to_v1_3(connection: Connection) -> None:
    """Format 1.3 adds the product layer: the product and its lifecycle history,
    objectives and key results, stage gates and their checklists, the feature backlog and
    its links to tasks, user research and its links to features. Existing rows are
    untouched; a project upgraded from 1.2 has an empty product layer."""
    metadata = MetaData(naming_convention=_NAMING)
    uid = _UID

    def table(name: str, *columns: Column[Any]) -> Table:
        return _listed_table(metadata, name, *columns)

    def text_(name: str) -> Column[object]:
        return Column(name, Text, nullable=False)

    def ref(name: str, target: str) -> Column[object]:
        return Column(name, uid, ForeignKey(f"{target}.uid"), nullable=False, index=True)

    def number(name: str, kind: type[Integer | Float[float]], *, required: bool = False
               ) -> Column[object]:
        return Column(name, kind(), nullable=not required)

    _task_stub(metadata)
    new = [
        table("product", text_("name"), text_("vision"), text_("segments"),
              Column("stage", String(16), nullable=False),
              Column("framework", String(8), nullable=False)),
        table("stage_change", ref("product_uid", "product"),
              Column("stage", String(16), nullable=False),
              Column("entered", Date, nullable=False), text_("note")),
        table("objective", text_("text"), text_("period"), Column("start", Date),
              Column("finish", Date), text_("owner")),
        table("key_result", ref("objective_uid", "objective"), text_("metric"), text_("unit"),
              number("baseline", Float, required=True), number("target", Float, required=True),
              number("current", Float, required=True),
              number("confidence", Integer, required=True)),
        table("feature", text_("title"), text_("problem"), text_("description"),
              Column("status", String(16), nullable=False), text_("owner"), text_("tags"),
              text_("release"), text_("objective_uids"), Column("parent_uid", uid),
              number("effort", Float), number("reach", Float), number("impact", Float),
              *(number(n, Integer) for n in (
                  "confidence", "ice_impact", "ice_confidence", "ice_ease", "business_value",
                  "time_criticality", "risk_reduction", "job_size")),
              Column("moscow", String(8), nullable=False),
              Column("kano", String(16), nullable=False),
              number("pinned_rank", Integer)),
        table("feature_task", ref("feature_uid", "feature"), ref("task_uid", "task")),
        table("gate", ref("task_uid", "task"), Column("from_stage", String(16), nullable=False),
              Column("to_stage", String(16), nullable=False),
              Column("decision", String(8), nullable=False), Column("decided_on", Date),
              text_("decided_by"), text_("rationale"), text_("override_reason")),
        table("gate_criterion", ref("gate_uid", "gate"), text_("text"),
              Column("mandatory", Boolean, nullable=False),
              Column("met", Boolean, nullable=False), text_("note")),
        table("insight", text_("text"), Column("source", String(16), nullable=False),
              Column("on_date", Date), text_("segment"), text_("participant"), text_("tags"),
              Column("personal", Boolean, nullable=False)),
        table("insight_link", ref("insight_uid", "insight"), ref("feature_uid", "feature")),
    ]
    metadata.create_all(connection, tables=new)


# ---- format 1.4: sharing (one self-contained rung: the journal and confidential risks)


def _v1_3_to_v1_4(connection: Connection) -> None:
    """Format 1.4 adds what safe sharing needs: the revision journal (each save: its id,
    the revision it came from, who, when, and the reverse delta that rebuilds the earlier
    content) and a confidential flag on risks. Existing rows are untouched; a project
    upgraded from 1.3 starts its journal at its next save."""
    connection.execute(text("ALTER TABLE risk ADD COLUMN confidential BOOLEAN NOT NULL "
                            "DEFAULT 0"))
    metadata = MetaData(naming_convention={"ix": "ix_%(table_name)s_%(column_0_name)s",
                                           "pk": "pk_%(table_name)s"})
    revision = Table(
        "revision", metadata,
        Column("id", String(32), primary_key=True),
        Column("seq", Integer, nullable=False, index=True),
        Column("parent", String(32)),
        Column("merged", String(32)),
        Column("author", Text, nullable=False),
        Column("at", DateTime, nullable=False),
        Column("summary", Text, nullable=False),
        Column("withheld", Text, nullable=False),
        Column("delta", LargeBinary),
    )
    metadata.create_all(connection, tables=[revision])


# ---- format 1.5: the roadmap and launch KPIs


def _v1_4_to_v1_5(connection: Connection) -> None:
    """Format 1.5 adds the roadmap (each feature's Now / Next / Later column, target
    quarter, theme and last delivery forecast) and launch KPIs with their values. Existing
    rows are untouched; an upgraded project's features sit where their status puts them."""
    metadata = MetaData(naming_convention=_NAMING)
    uid = _UID

    def ref(name: str, target: str) -> Column[object]:
        return Column(name, uid, ForeignKey(f"{target}.uid"), nullable=False, index=True)

    Table("feature", metadata, Column("uid", uid, primary_key=True))  # stub for foreign keys
    new = [
        _listed_table(metadata, "roadmap_item", ref("feature_uid", "feature"),
                      Column("horizon", String(8), nullable=False),
                      Column("quarter", Text, nullable=False),
                      Column("theme", Text, nullable=False),
                      Column("p50", Date), Column("p80", Date), Column("forecast_on", Date)),
        _listed_table(metadata, "kpi", Column("name", Text, nullable=False),
                      Column("start", Date, nullable=False),
                      Column("target_date", Date, nullable=False),
                      Column("unit", Text, nullable=False),
                      Column("baseline", Float, nullable=False),
                      Column("target", Float, nullable=False),
                      Column("direction", String(8), nullable=False),
                      Column("tolerance", Float, nullable=False), Column("feature_uid", uid)),
    ]
    metadata.create_all(connection, tables=new)
    values = _listed_table(metadata, "kpi_value", ref("kpi_uid", "kpi"),
                           Column("on_date", Date, nullable=False),
                           Column("value", Float, nullable=False))
    metadata.create_all(connection, tables=[values])


# ---- format 1.6: risks in the schedule-risk simulation


def _v1_5_to_v1_6(connection: Connection) -> None:
    """Format 1.6 gives a risk its chance of happening in a simulation run (percent) and
    its schedule impact (min, likely and max working minutes). Existing risks have
    neither: they stay out of simulations until a PM gives them an impact."""
    for column in ("chance", "schedule_min", "schedule_likely", "schedule_max"):
        connection.execute(text(f"ALTER TABLE risk ADD COLUMN {column} INTEGER"))


#: Every migration in order; the target of one is the source of the next.
LADDER: Sequence[Migration] = (
    Migration(
        (1, 0), (1, 1), "baselines, estimates, costs, board and risk history", _v1_0_to_v1_1
    ),
    Migration(
        (1, 1), (1, 2), "manual tasks, splits and MS Project's scheduling options", _v1_1_to_v1_2
    ),
    Migration((1, 2), (1, 3), "the product layer: strategy, gates, backlog and research",
              _v1_2_to_v1_3),
    Migration((1, 3), (1, 4), "sharing: the revision journal and confidential risks",
              _v1_3_to_v1_4),
    Migration((1, 4), (1, 5), "the roadmap and launch KPIs", _v1_4_to_v1_5),
    Migration((1, 5), (1, 6), "risks in the schedule-risk simulation", _v1_5_to_v1_6),
)


class SchemaError(ValueError):
    """The database's version cannot be brought to :data:`FORMAT_VERSION`."""


def migrations_from(version: Version) -> list[Migration]:
    """The steps that bring a database at ``version`` to :data:`FORMAT_VERSION`.

    Empty for the current version and for a newer minor version of the current major
    (readable as is). Raises :class:`SchemaError` for a newer major version or a version
    no step starts from.
    """
    if version[0] > FORMAT_VERSION[0]:
        raise SchemaError(
            f"file format {format_version(version)} is newer than this pmdesk reads "
            f"({format_version(FORMAT_VERSION)})"
        )
    if version >= FORMAT_VERSION:
        return []
    steps: list[Migration] = []
    current = version
    for step in LADDER:
        if step.source == current:
            steps.append(step)
            current = step.target
    if current != FORMAT_VERSION:
        raise SchemaError(f"no upgrade from file format {format_version(version)}")
    return steps


def upgrade(connection: Connection, version: Version) -> Version:
    """Run every step from ``version`` on ``connection`` (no commit); return the new version."""
    for step in migrations_from(version):
        step.upgrade(connection)
        version = step.target
    return version


def create_schema(connection: Connection) -> None:
    """Create every table of the current format in an empty database (no commit)."""
    Base.metadata.create_all(connection)


def missing_tables(connection: Connection) -> set[str]:
    """Core tables the database lacks: a non-empty answer means it is not a pmdesk project."""
    return set(CORE_TABLES) - set(inspect(connection).get_table_names())
