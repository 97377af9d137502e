"""Fixtures for the store tests: a private PMDESK_HOME and a plan that uses every field."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event

from pmdesk.core.model import (
    Assignment,
    Baseline,
    BoardColumn,
    BudgetLine,
    Calendar,
    CalendarException,
    ConstraintType,
    CostEntry,
    Dependency,
    DurationUnit,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    ResourceType,
    Risk,
    RiskKind,
    RiskScoreChange,
    RiskStatus,
    StatusChange,
    Task,
)
from pmdesk.core.outline import normalize
from pmdesk.store.schema import create_schema


@pytest.fixture(autouse=True)
def pmdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every store test keeps working copies and settings in its own folder, apart from
    the test's ``tmp_path`` so that folder holds only the project files a test writes."""
    home = tmp_path_factory.mktemp("pmdesk-home")
    monkeypatch.setenv("PMDESK_HOME", str(home))
    return home


def _enforce_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


@pytest.fixture
def engine_factory(backend: str, request: pytest.FixtureRequest
                   ) -> Iterator[Callable[[], Engine]]:
    """Makes empty project databases, on each back end: in-memory SQLite (current schema,
    foreign keys enforced as in a document), and a new project of the session's
    PostgreSQL workspace; each is closed when the test ends."""
    made: list[Engine] = []

    def make() -> Engine:
        if backend == "postgresql":
            return request.getfixturevalue("workspace_project")()
        eng = create_engine("sqlite://")
        event.listen(eng, "connect", _enforce_foreign_keys)
        with eng.begin() as connection:
            create_schema(connection)
        made.append(eng)
        return eng

    yield make
    for eng in made:
        eng.dispose()


@pytest.fixture
def engine(engine_factory: Callable[[], Engine]) -> Engine:
    """An empty project database with the current schema."""
    return engine_factory()


def build_rich_plan() -> Plan:
    """A small project that sets every field of every kind of row to a non-default value."""
    base = Calendar(
        uid="cal-standard",
        name="Standard",
        exceptions=(
            CalendarException(date(2026, 12, 25), date(2026, 12, 26), (), "Christmas"),
            CalendarException(
                date(2026, 12, 31), date(2026, 12, 31), ((9 * 60, 12 * 60),), "New Year's Eve"
            ),
        ),
        source_uid=1,
    )
    derived = Calendar(
        uid="cal-night",
        name="Night shift",
        weekdays=(((22 * 60, 24 * 60),), None, None, None, None, ((0, 4 * 60),), ()),
        exceptions=(
            CalendarException(
                date(2026, 3, 2), date(2026, 3, 6), ((20 * 60, 23 * 60 + 30),), "Stocktake"
            ),
        ),
        base_uid="cal-standard",
        source_uid=2,
    )
    project = ProjectInfo(
        uid="project-1",
        name="Pocket Planner 2.0",
        start=datetime(2026, 1, 5, 8, 0),
        description="Second major release of the companion app.",
        status_date=datetime(2026, 3, 2, 17, 0),
        currency="CHF",
        calendar_uid="cal-standard",
        critical_slack_limit=480,
        minutes_per_day=450,
        minutes_per_week=2250,
        days_per_month=21,
        author="Ana Silva",
        company="Northwind",
        budget=Decimal("250000.00"),
        eac_method="remaining",
        risk_categories=("technical", "store review"),
        risk_medium_from=6,
        risk_high_from=15,
    )
    columns = [
        BoardColumn(uid="col-todo", name="To do", position=0, wip_limit=None),
        BoardColumn(uid="col-doing", name="Doing", position=1, wip_limit=3),
        BoardColumn(uid="col-done", name="Done", position=2, done=True),
    ]
    tasks = [
        Task(uid="t-discovery", name="Discovery", position=0),
        Task(
            uid="t-interviews",
            name="Customer interviews",
            parent_uid="t-discovery",
            position=0,
            notes="Twelve interviews.\nTwo markets.",
            duration=2400,
            duration_unit=DurationUnit.WEEKS,
            percent_complete=100,
            actual_start=datetime(2026, 1, 5, 8, 0),
            actual_finish=datetime(2026, 1, 9, 17, 0),
            priority=800,
            board_column_uid="col-done",
            board_rank=1.5,
            tags=("research", "ux"),
            fixed_cost=Decimal("1200.50"),
            baselines=(
                Baseline(
                    0,
                    datetime(2026, 1, 5, 8, 0),
                    datetime(2026, 1, 9, 17, 0),
                    2400,
                    4800,
                    Decimal("5320.10"),
                ),
                Baseline(3, None, None),
            ),
            source_uid=17,
        ),
        Task(
            uid="t-brief",
            name="Product brief",
            parent_uid="t-discovery",
            position=1,
            duration=90,
            duration_unit=DurationUnit.MINUTES,
            duration_elapsed=True,
            constraint_type=ConstraintType.SNET,
            constraint_date=datetime(2026, 1, 12, 8, 0),
            deadline=datetime(2026, 1, 30, 17, 0),
            percent_complete=40,
            actual_start=datetime(2026, 1, 12, 9, 30),
            board_column_uid="col-doing",
            confidential=True,
            calendar_uid="cal-night",
            leveling_delay=960,
        ),
        Task(uid="t-build", name="Build", position=1),
        Task(uid="t-backend", name="Backend", parent_uid="t-build", position=0),
        Task(
            uid="t-api",
            name="Sync API",
            parent_uid="t-backend",
            position=0,
            duration=14400,
            duration_unit=DurationUnit.MONTHS,
            constraint_type=ConstraintType.MFO,
            constraint_date=datetime(2026, 3, 27, 17, 0),
            board_column_uid="col-todo",
            board_rank=-2.25,
            optimistic=9600,
            most_likely=14400,
            pessimistic=24000,
        ),
        Task(
            uid="t-store",
            name="Storage",
            parent_uid="t-backend",
            position=1,
            duration=960,
            duration_unit=DurationUnit.HOURS,
            constraint_type=ConstraintType.ALAP,
        ),
        Task(uid="t-launch", name="Launch", position=2, duration=0, milestone=True),
    ]
    dependencies = [
        Dependency("d-1", "t-interviews", "t-brief"),
        Dependency("d-2", "t-brief", "t-api", LinkType.SS, lag=-240, lag_unit=DurationUnit.HOURS),
        Dependency(
            "d-3",
            "t-api",
            "t-store",
            LinkType.FF,
            lag=2880,
            lag_unit=DurationUnit.DAYS,
            lag_elapsed=True,
        ),
        Dependency("d-4", "t-store", "t-launch", LinkType.SF, lag_percent=25),
        Dependency("d-5", "t-api", "t-launch", LinkType.FS, lag=480),
    ]
    resources = [
        Resource(
            uid="r-ana",
            name="Ana Silva",
            initials="AS",
            email="ana@example.com",
            group="Product",
            max_units=0.8,
            standard_rate=Decimal("95.50"),
            overtime_rate=Decimal("120.00"),
            cost_per_use=Decimal("10"),
            calendar_uid="cal-standard",
            source_uid=3,
        ),
        Resource(uid="r-devices", name="Test devices", type=ResourceType.MATERIAL),
        Resource(uid="r-travel", name="Travel", type=ResourceType.COST),
    ]
    assignments = [
        Assignment("a-1", "t-interviews", "r-ana", units=0.5, source_uid=9),
        Assignment("a-2", "t-api", "r-devices", units=3.0),
        Assignment("a-3", "t-interviews", "r-travel"),
    ]
    risks = [
        Risk(
            uid="risk-1",
            code="R-001",
            title="App store review delays launch",
            description="Review times vary around holidays.",
            category="schedule",
            owner="Ana Silva",
            status=RiskStatus.MONITORING,
            probability=4,
            impact=5,
            cost_impact=Decimal("15000.00"),
            strategy="mitigate",
            response="Submit two weeks early.",
            trigger="No review after five days",
            review_date=date(2026, 3, 1),
            raised=date(2026, 1, 6),
            task_uids=("t-launch", "t-api"),
            residual_probability=2,
            residual_impact=4,
            contingency="Soft launch on the web first.",
            history=(
                RiskScoreChange(date(2026, 1, 6), 3, 5),
                RiskScoreChange(date(2026, 2, 2), 4, 5, 2, 4, "Review queue grew"),
            ),
        ),
        Risk(
            uid="risk-2",
            code="R-002",
            title="Partner SDK ships early",
            kind=RiskKind.OPPORTUNITY,
            status=RiskStatus.CLOSED,
            closed=date(2026, 2, 1),
        ),
    ]
    return Plan(
        project=project,
        calendars={base.uid: base, derived.uid: derived},
        tasks=normalize(tasks),
        dependencies=dependencies,
        resources=resources,
        assignments=assignments,
        board_columns=columns,
        risks=risks,
        status_changes=[
            StatusChange("s-1", "t-interviews", "col-doing", datetime(2026, 1, 5, 9, 0)),
            StatusChange("s-2", "t-interviews", "col-done", datetime(2026, 1, 9, 16, 30)),
            StatusChange("s-3", "t-brief", None, datetime(2026, 1, 12, 8, 0)),
        ],
        budget_lines=[
            BudgetLine("b-1", "people", Decimal("200000.00"), "Two squads"),
            BudgetLine("b-2", "devices", Decimal("12500.50")),
        ],
        cost_entries=[
            CostEntry("c-1", date(2026, 1, 20), Decimal("899.99"), "devices", "t-api", "Phones"),
            CostEntry("c-2", date(2026, 2, 3), Decimal("120"), note="Interview gift cards"),
        ],
    )


@pytest.fixture
def rich_plan() -> Plan:
    return build_rich_plan()


@pytest.fixture
def make_rich_plan() -> Callable[[], Plan]:
    """For tests that need several fresh copies (property-based tests)."""
    return build_rich_plan
