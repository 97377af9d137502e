"""MS Project XML export: files Project and ProjectLibre open, and that come back unchanged.

A PM exports a plan for a colleague who uses Microsoft Project, or for ProjectLibre, and
imports the answer. The file must follow the schema's element order (Project refuses a file
that does not), keep the UIDs the plan came with, and read back field for field.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
import pytest

from pmdesk.core.model import (
    STANDARD_DAY,
    Assignment,
    Baseline,
    BoardColumn,
    Calendar,
    CalendarException,
    ConstraintType,
    Dependency,
    DurationUnit,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    ResourceType,
    Task,
    WorkContour,
)
from pmdesk.core.outline import normalize
from pmdesk.interchange import mspdi_writer
from pmdesk.interchange.mspdi_writer import MSPDI_NAMESPACE, write_mspdi

NS = "{" + MSPDI_NAMESPACE + "}"
ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"
ORACLE_FILES = (
    sorted([*ORACLE.glob("mspdi-*/*.xml"), *ORACLE.glob("features/*.xml")])
    if ORACLE.is_dir()
    else []
)


def _names(text: str) -> list[str]:
    return text.split()


# The xsd:sequence of each element kind, from the Project 2007 XML Data Interchange Schema
# (mspdi_pj12.xsd), with what the Project 2010 schema (mspdi_pj14.xsd) adds for manually
# scheduled tasks. Project refuses a file whose children are out of this order.
SCHEMA_ORDER: dict[str, list[str]] = {
    "Project": _names("""SaveVersion UID Name Title Subject Category Company Manager Author
        CreationDate
        Revision LastSaved ScheduleFromStart StartDate FinishDate FYStartDate CriticalSlackLimit
        CurrencyDigits CurrencySymbol CurrencyCode CurrencySymbolPosition CalendarUID
        DefaultStartTime DefaultFinishTime MinutesPerDay MinutesPerWeek DaysPerMonth
        DefaultTaskType DefaultFixedCostAccrual DefaultStandardRate DefaultOvertimeRate
        DurationFormat WorkFormat EditableActualCosts HonorConstraints EarnedValueMethod
        InsertedProjectsLikeSummary MultipleCriticalPaths NewTasksEffortDriven NewTasksEstimated
        SplitsInProgressTasks SpreadActualCost SpreadPercentComplete TaskUpdatesResource
        FiscalYearStart WeekStartDay MoveCompletedEndsBack MoveRemainingStartsBack
        MoveRemainingStartsForward MoveCompletedEndsForward BaselineForEarnedValue
        AutoAddNewResourcesAndTasks StatusDate CurrentDate MicrosoftProjectServerURL Autolink
        NewTaskStartDate NewTasksAreManual DefaultTaskEVMethod ProjectExternallyEdited
        ExtendedCreationDate
        ActualsInSync RemoveFileProperties AdminProject OutlineCodes WBSMasks ExtendedAttributes
        Calendars Tasks Resources Assignments"""),
    "ExtendedAttributes/ExtendedAttribute": _names("""FieldID FieldName CFType Guid ElemType
        MaxMultiValues UserDef Alias SecondaryPID AutoRollDown DefaultGuid Ltuid PhoneticAlias
        RollupType CalculationType Formula RestrictValues ValuelistSortOrder AppendNewValues
        Default ValueList"""),
    "Calendar": _names("UID Name IsBaseCalendar BaseCalendarUID WeekDays Exceptions WorkWeeks"),
    "WeekDay": _names("DayType DayWorking TimePeriod WorkingTimes"),
    "Exception": _names("""EnteredByOccurrences TimePeriod Occurrences Name Type Period DaysOfWeek
        MonthItem MonthPosition Month MonthDay DayWorking WorkingTimes"""),
    "TimePeriod": _names("FromDate ToDate"),
    "WorkingTime": _names("FromTime ToTime"),
    "Task": _names("""UID ID Name Active Manual Type IsNull CreateDate Contact WBS WBSLevel
        OutlineNumber OutlineLevel
        Priority Start Finish Duration DurationFormat Work Stop Resume ResumeValid EffortDriven
        Recurring OverAllocated Estimated Milestone Summary Critical IsSubproject
        IsSubprojectReadOnly SubprojectName ExternalTask ExternalTaskProject EarlyStart
        EarlyFinish LateStart LateFinish StartVariance FinishVariance WorkVariance FreeSlack
        TotalSlack FixedCost FixedCostAccrual PercentComplete PercentWorkComplete Cost
        OvertimeCost OvertimeWork ActualStart ActualFinish ActualDuration ActualCost
        ActualOvertimeCost ActualWork ActualOvertimeWork RegularWork RemainingDuration
        RemainingCost RemainingWork RemainingOvertimeCost RemainingOvertimeWork ACWP CV
        ConstraintType CalendarUID ConstraintDate Deadline LevelAssignments LevelingCanSplit
        LevelingDelay LevelingDelayFormat PreLeveledStart PreLeveledFinish Hyperlink
        HyperlinkAddress HyperlinkSubAddress IgnoreResourceCalendar Notes HideBar Rollup BCWS
        BCWP PhysicalPercentComplete EarnedValueMethod PredecessorLink ActualWorkProtected
        ActualOvertimeWorkProtected ExtendedAttribute Baseline OutlineCode IsPublished
        StatusManager CommitmentStart CommitmentFinish CommitmentType StartText FinishText
        DurationText ManualStart ManualFinish ManualDuration TimephasedData"""),
    "PredecessorLink": _names(
        "PredecessorUID Type CrossProject CrossProjectName LinkLag LagFormat"
    ),
    "Task/ExtendedAttribute": _names("FieldID Value ValueGUID DurationFormat"),
    "Task/Baseline": _names("""TimephasedData Number Interim Start Finish Duration DurationFormat
        EstimatedDuration Work Cost BCWS BCWP FixedCost"""),
    "Resource": _names("""UID ID Name Type IsNull Initials Phonetics NTAccount MaterialLabel
        Code Group
        WorkGroup EmailAddress Hyperlink HyperlinkAddress HyperlinkSubAddress MaxUnits PeakUnits
        OverAllocated AvailableFrom AvailableTo Start Finish CanLevel AccrueAt Work RegularWork
        OvertimeWork ActualWork RemainingWork ActualOvertimeWork RemainingOvertimeWork
        PercentWorkComplete StandardRate StandardRateFormat Cost OvertimeRate OvertimeRateFormat
        OvertimeCost CostPerUse ActualCost ActualOvertimeCost RemainingCost RemainingOvertimeCost
        WorkVariance CostVariance SV CV ACWP CalendarUID Notes BCWS BCWP IsGeneric IsInactive
        IsEnterprise BookingType ActualWorkProtected ActualOvertimeWorkProtected
        ActiveDirectoryGUID CreationDate ExtendedAttribute Baseline OutlineCode IsCostResource
        AssnOwner AssnOwnerGuid IsBudget AvailabilityPeriods Rates TimephasedData"""),
    "Assignment": _names("""UID TaskUID ResourceUID PercentWorkComplete ActualCost ActualFinish
        ActualOvertimeCost ActualOvertimeWork ActualStart ActualWork ACWP Confirmed Cost
        CostRateTable CostVariance CV Delay Finish FinishVariance Hyperlink HyperlinkAddress
        HyperlinkSubAddress WorkVariance HasFixedRateUnits FixedMaterial LevelingDelay
        LevelingDelayFormat LinkedFields Milestone Notes Overallocated OvertimeCost OvertimeWork
        PeakUnits RegularWork RemainingCost RemainingOvertimeCost RemainingOvertimeWork
        RemainingWork ResponsePending Start Stop Resume StartVariance Summary SV Units
        UpdateNeeded VAC Work WorkContour BCWS BCWP BookingType ActualWorkProtected
        ActualOvertimeWorkProtected CreationDate AssnOwner AssnOwnerGuid BudgetCost BudgetWork
        ExtendedAttribute Baseline TimephasedData"""),
}
# Children that may repeat; every other child appears at most once.
REPEATABLE = {"PredecessorLink", "ExtendedAttribute", "Baseline", "OutlineCode", "TimephasedData"}

NOTES = "Tom & Jerry <b>bold</b> \"quoted\" 'single'\nnaïve café — 日本語 ✓"


def at(day: int, hour: int = 8, minute: int = 0) -> datetime:
    """A moment in January 2025 (Monday the 6th is the project start)."""
    return datetime(2025, 1, day, hour, minute)


def rich_plan() -> Plan:
    """A plan using every field pmdesk models that MS Project XML can carry."""
    standard = Calendar(
        uid="cal-standard",
        name="Standard",
        exceptions=(
            CalendarException(date(2025, 2, 17), date(2025, 2, 21), (), "Winter break"),
            CalendarException(date(2025, 1, 1), date(2025, 1, 1), (), "New Year"),
            CalendarException(
                date(2025, 1, 11), date(2025, 1, 11), ((9 * 60, 13 * 60),), "Release Saturday"
            ),
        ),
        source_uid=1,
    )
    night = Calendar(
        uid="cal-night",
        name="Night shift",
        weekdays=(
            (),
            ((22 * 60, 24 * 60),),
            ((0, 6 * 60), (22 * 60, 24 * 60)),
            STANDARD_DAY,
            STANDARD_DAY,
            (),
            (),
        ),
    )
    team = Calendar(
        uid="cal-team",
        name="Design team",
        weekdays=(None, None, None, None, ((8 * 60, 12 * 60),), None, None),
        exceptions=(CalendarException(date(2025, 1, 20), date(2025, 1, 21), (), "Offsite"),),
        base_uid="cal-standard",
    )
    project = ProjectInfo(
        uid="project",
        name="Launch <Atlas> & co",
        start=at(6),
        description="Plan for the Atlas launch.\nOwners: Zoë & Łukasz",
        status_date=at(17, 17),
        currency="USD",
        calendar_uid="cal-standard",
        critical_slack_limit=2 * 480,
        minutes_per_day=480,
        minutes_per_week=2400,
        days_per_month=20,
        author="Zoë Müller",
        company="Atlas Inc.",
    )
    columns = [
        BoardColumn("col-todo", "To do", 0),
        BoardColumn("col-doing", "Doing", 1, wip_limit=3),
        BoardColumn("col-done", "Done", 2, done=True),
    ]
    tasks = [
        Task("t-phase", "Design phase", position=0, duration=10 * 480, source_uid=40),
        Task(
            "t-research",
            "Research",
            parent_uid="t-phase",
            position=0,
            duration=3 * 480,
            notes=NOTES,
            percent_complete=100,
            actual_start=at(6),
            actual_finish=at(8, 17),
            board_column_uid="col-done",
            board_rank=1.5,
            tags=("research", "q1"),
            fixed_cost=Decimal("1234.56"),
            priority=700,
            source_uid=41,
            baselines=(
                Baseline(0, at(6), at(8, 17), 3 * 480, 24 * 60, Decimal("2500.50")),
                Baseline(1, at(7), at(9, 17), 3 * 480, 12 * 60, Decimal(100)),
            ),
        ),
        Task(
            "t-sketch",
            "Sketches",
            parent_uid="t-phase",
            position=1,
            duration=4 * 60,
            duration_unit=DurationUnit.HOURS,
            percent_complete=50,
            actual_start=at(9),
            board_column_uid="col-doing",
            confidential=True,
            calendar_uid="cal-team",
        ),
        Task(
            "t-review",
            "Design review",
            parent_uid="t-phase",
            position=2,
            duration=0,
            milestone=True,
            deadline=at(24, 17),
            constraint_type=ConstraintType.MSO,
            constraint_date=at(17, 8),
        ),
        Task("t-build", "Build", position=1, duration=2 * 2400, duration_unit=DurationUnit.WEEKS),
        Task(
            "t-api",
            "API",
            parent_uid="t-build",
            position=0,
            duration=45,
            duration_unit=DurationUnit.MINUTES,
            constraint_type=ConstraintType.ALAP,
        ),
        Task(
            "t-ui",
            "User interface",
            parent_uid="t-build",
            position=1,
            duration=3 * 1440,
            duration_unit=DurationUnit.DAYS,
            duration_elapsed=True,
            constraint_type=ConstraintType.SNET,
            constraint_date=at(20),
            calendar_uid="cal-night",
        ),
        Task(
            "t-ui-polish",
            "Polish",
            parent_uid="t-ui",
            position=0,
            duration=480,
            constraint_type=ConstraintType.SNLT,
            constraint_date=at(27, 17),
            leveling_delay=480,
        ),
        Task(
            "t-docs",
            "Docs",
            parent_uid="t-build",
            position=2,
            duration=20 * 480,
            duration_unit=DurationUnit.MONTHS,
            constraint_type=ConstraintType.FNET,
            constraint_date=at(31, 17),
            priority=0,
        ),
        Task(
            "t-qa",
            "QA",
            position=2,
            duration=2 * 480,
            constraint_type=ConstraintType.FNLT,
            constraint_date=datetime(2025, 3, 28, 17),
            priority=1000,
        ),
        Task(
            "t-launch",
            "Launch",
            position=3,
            duration=0,
            milestone=True,
            constraint_type=ConstraintType.MFO,
            constraint_date=datetime(2025, 4, 1, 17),
            tags=("release",),
        ),
    ]
    links = [
        Dependency("d1", "t-research", "t-sketch"),
        Dependency("d2", "t-research", "t-review", LinkType.SS, lag=2 * 480),
        Dependency(
            "d3", "t-sketch", "t-review", LinkType.FF, lag=-4 * 60, lag_unit=DurationUnit.HOURS
        ),
        Dependency("d4", "t-review", "t-api", LinkType.SF, lag=30, lag_unit=DurationUnit.MINUTES),
        Dependency("d5", "t-api", "t-ui", lag=2 * 1440, lag_elapsed=True),
        Dependency("d6", "t-ui-polish", "t-docs", lag=2400, lag_unit=DurationUnit.WEEKS),
        Dependency("d7", "t-docs", "t-qa", lag=9600, lag_unit=DurationUnit.MONTHS),
        Dependency("d8", "t-api", "t-qa", LinkType.SS, lag_percent=-75),
        Dependency("d9", "t-qa", "t-launch", lag_percent=50, lag_elapsed=True),
        Dependency(
            "d10", "t-sketch", "t-docs", lag=3 * 60, lag_unit=DurationUnit.HOURS, lag_elapsed=True
        ),
    ]
    resources = [
        Resource(
            "r-ana",
            "Ana Lima",
            ResourceType.WORK,
            initials="AL",
            email="ana@example.com",
            group="Design",
            max_units=0.5,
            standard_rate=Decimal("85.5"),
            overtime_rate=Decimal(120),
            cost_per_use=Decimal("25.75"),
            calendar_uid="cal-team",
            source_uid=7,
        ),
        Resource(
            "r-bo",
            "Bo Chen",
            ResourceType.WORK,
            initials="BC",
            group="Engineering",
            max_units=2.0,
            standard_rate=Decimal(100),
        ),
        Resource(
            "r-paper",
            "Paper",
            ResourceType.MATERIAL,
            standard_rate=Decimal("0.5"),
            cost_per_use=Decimal(3),
        ),
        Resource("r-travel", "Travel", ResourceType.COST),
    ]
    assignments = [
        Assignment("a1", "t-research", "r-ana", units=0.5, source_uid=12),
        Assignment("a2", "t-sketch", "r-ana", units=1.0),
        Assignment("a3", "t-api", "r-bo", units=1.5),
        Assignment("a4", "t-sketch", "r-paper", units=20.0),
        Assignment("a5", "t-launch", "r-travel", units=1.0),
    ]
    return Plan(
        project=project,
        calendars={c.uid: c for c in (standard, night, team)},
        tasks=normalize(tasks),
        dependencies=links,
        resources=resources,
        assignments=assignments,
        board_columns=columns,
    )


def export(plan: Plan, schedule: Any = None) -> bytes:
    out = io.BytesIO()
    write_mspdi(plan, out, schedule)
    return out.getvalue()


def parse(data: bytes) -> Any:
    return SafeET.fromstring(data)


def children(element: Any) -> list[str]:
    return [child.tag.removeprefix(NS) for child in element]


def tasks_by_name(root: Any) -> dict[str, Any]:
    return {t.findtext(NS + "Name"): t for t in root.iter(NS + "Task")}


# ---------------------------------------------------------------------- the file itself


def test_output_is_utf8_xml_in_the_project_namespace() -> None:
    data = export(rich_plan())
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"')
    data.decode("utf-8")  # raises on anything that is not UTF-8
    root = parse(data)
    assert root.tag == NS + "Project"
    assert all(e.tag.startswith(NS) for e in root.iter()), "every element in the default namespace"
    names = tasks_by_name(root)
    assert names["Research"].findtext(NS + "Notes") == NOTES
    assert root.findtext(NS + "Title") == "Launch <Atlas> & co"


def _check_order(element: Any, kind: str, problems: list[str]) -> None:
    order = SCHEMA_ORDER[kind]
    seen: list[str] = []
    last = -1
    for tag in children(element):
        if tag not in order:
            problems.append(f"{kind}: <{tag}> is not in the schema")
            continue
        position = order.index(tag)
        if position < last or (position == last and tag not in REPEATABLE):
            problems.append(f"{kind}: <{tag}> after <{seen[-1]}>")
        last = position
        seen.append(tag)


def schema_order_problems(root: Any) -> tuple[list[str], set[str]]:
    """Every element kind written, checked against its xsd:sequence; returns the problems
    and the kinds that were checked."""
    problems: list[str] = []
    checked: set[str] = set()

    def check(element: Any, kind: str) -> None:
        checked.add(kind)
        _check_order(element, kind, problems)

    check(root, "Project")
    for definition in root.iterfind(f"{NS}ExtendedAttributes/{NS}ExtendedAttribute"):
        check(definition, "ExtendedAttributes/ExtendedAttribute")
    for calendar in root.iterfind(f"{NS}Calendars/{NS}Calendar"):
        check(calendar, "Calendar")
        for day in calendar.iterfind(f"{NS}WeekDays/{NS}WeekDay"):
            check(day, "WeekDay")
        for exception in calendar.iterfind(f"{NS}Exceptions/{NS}Exception"):
            check(exception, "Exception")
        for period in calendar.iter(NS + "TimePeriod"):
            check(period, "TimePeriod")
        for time in calendar.iter(NS + "WorkingTime"):
            check(time, "WorkingTime")
    for task in root.iterfind(f"{NS}Tasks/{NS}Task"):
        check(task, "Task")
        for link in task.iterfind(NS + "PredecessorLink"):
            check(link, "PredecessorLink")
        for attribute in task.iterfind(NS + "ExtendedAttribute"):
            check(attribute, "Task/ExtendedAttribute")
        for baseline in task.iterfind(NS + "Baseline"):
            check(baseline, "Task/Baseline")
    for resource in root.iterfind(f"{NS}Resources/{NS}Resource"):
        check(resource, "Resource")
    for assignment in root.iterfind(f"{NS}Assignments/{NS}Assignment"):
        check(assignment, "Assignment")
    return problems, checked


def test_elements_follow_the_schema_order_for_every_kind_written() -> None:
    problems, checked = schema_order_problems(
        parse(export(rich_plan(), fake_schedule(rich_plan())))
    )
    assert not problems, "\n".join(problems)
    assert checked == set(SCHEMA_ORDER), "the rich plan writes every element kind"


def test_schema_order_check_catches_a_swapped_element() -> None:
    root = parse(export(rich_plan()))
    task = root.find(f"{NS}Tasks/{NS}Task")
    name = task.find(NS + "Name")
    task.remove(name)
    task.append(name)
    problems, _ = schema_order_problems(root)
    assert any("<Name>" in p for p in problems)


def test_every_referenced_calendar_is_written() -> None:
    root = parse(export(rich_plan()))
    written = {c.findtext(NS + "UID") for c in root.iter(NS + "Calendar")}
    references = [root.findtext(NS + "CalendarUID")]
    references += [c.findtext(NS + "BaseCalendarUID") for c in root.iter(NS + "Calendar")]
    references += [t.findtext(NS + "CalendarUID") for t in root.iter(NS + "Task")]
    references += [r.findtext(NS + "CalendarUID") for r in root.iter(NS + "Resource")]
    missing = {r for r in references if r not in (None, "-1")} - written
    assert not missing
    names = {c.findtext(NS + "Name"): c for c in root.iter(NS + "Calendar")}
    team = names["Design team"]
    assert team.findtext(NS + "BaseCalendarUID") == names["Standard"].findtext(NS + "UID")
    assert team.findtext(NS + "IsBaseCalendar") == "0"


def test_a_plan_without_calendars_gets_a_standard_project_calendar() -> None:
    plan = Plan(ProjectInfo("p", "Bare", at(6)), tasks=[Task("t", "Only task")])
    root = parse(export(plan))
    calendars = root.findall(f"{NS}Calendars/{NS}Calendar")
    assert len(calendars) == 1
    assert root.findtext(NS + "CalendarUID") == calendars[0].findtext(NS + "UID")
    monday = next(
        d for d in calendars[0].iter(NS + "WeekDay") if d.findtext(NS + "DayType") == "2"
    )
    assert [
        (w.findtext(NS + "FromTime"), w.findtext(NS + "ToTime"))
        for w in monday.iter(NS + "WorkingTime")
    ] == [
        ("08:00:00", "12:00:00"),
        ("13:00:00", "17:00:00"),
    ]


def test_calendar_exceptions_are_written_in_date_order_with_their_hours() -> None:
    root = parse(export(rich_plan()))
    standard = next(c for c in root.iter(NS + "Calendar") if c.findtext(NS + "Name") == "Standard")
    exceptions = standard.findall(f"{NS}Exceptions/{NS}Exception")
    assert [e.findtext(NS + "Name") for e in exceptions] == [
        "New Year",
        "Release Saturday",
        "Winter break",
    ]
    saturday = exceptions[1]
    assert saturday.findtext(NS + "DayWorking") == "1"
    assert saturday.findtext(f"{NS}TimePeriod/{NS}FromDate") == "2025-01-11T00:00:00"
    assert saturday.findtext(f"{NS}TimePeriod/{NS}ToDate") == "2025-01-11T23:59:00"
    assert saturday.findtext(f"{NS}WorkingTimes/{NS}WorkingTime/{NS}FromTime") == "09:00:00"
    assert exceptions[2].findtext(f"{NS}TimePeriod/{NS}ToDate") == "2025-02-21T23:59:00"


def test_night_shift_ending_at_midnight_is_written_as_project_does() -> None:
    root = parse(export(rich_plan()))
    night = next(c for c in root.iter(NS + "Calendar") if c.findtext(NS + "Name") == "Night shift")
    days = {d.findtext(NS + "DayType"): d for d in night.iter(NS + "WeekDay")}
    assert days["2"].findtext(NS + "DayWorking") == "0"  # Monday off
    tuesday = [
        (w.findtext(NS + "FromTime"), w.findtext(NS + "ToTime"))
        for w in days["3"].iter(NS + "WorkingTime")
    ]
    assert tuesday == [("22:00:00", "00:00:00")]


# ----------------------------------------------------------------------------- values


def test_task_fields_use_mspdi_codes_and_units() -> None:
    names = tasks_by_name(parse(export(rich_plan())))
    research = names["Research"]
    assert research.findtext(NS + "Duration") == "PT24H0M0S"
    assert research.findtext(NS + "DurationFormat") == "7"
    assert research.findtext(NS + "FixedCost") == "123456"  # hundredths of the currency
    assert research.findtext(NS + "ActualStart") == "2025-01-06T08:00:00"
    assert research.findtext(NS + "PercentComplete") == "100"
    assert research.findtext(NS + "Priority") == "700"
    assert names["Sketches"].findtext(NS + "DurationFormat") == "5"
    assert names["API"].findtext(NS + "Duration") == "PT0H45M0S"
    assert names["User interface"].findtext(NS + "DurationFormat") == "8"  # elapsed days
    assert names["User interface"].findtext(NS + "Duration") == "PT72H0M0S"
    assert names["Build"].findtext(NS + "DurationFormat") == "9"
    assert names["Docs"].findtext(NS + "DurationFormat") == "11"
    assert names["Polish"].findtext(NS + "LevelingDelay") == "4800"
    review = names["Design review"]
    assert review.findtext(NS + "Milestone") == "1"
    assert review.findtext(NS + "Deadline") == "2025-01-24T17:00:00"
    codes = {name: names[name].findtext(NS + "ConstraintType") for name in names}
    assert codes == {
        "Launch <Atlas> & co": None,
        "Design phase": "0",
        "Research": "0",
        "Sketches": "0",
        "Design review": "2",
        "Build": "0",
        "API": "1",
        "User interface": "4",
        "Polish": "5",
        "Docs": "6",
        "QA": "7",
        "Launch": "3",
    }
    assert review.findtext(NS + "ConstraintDate") == "2025-01-17T08:00:00"
    assert names["API"].find(NS + "ConstraintDate") is None


def test_outline_numbers_and_summary_flags() -> None:
    tasks = parse(export(rich_plan())).findall(f"{NS}Tasks/{NS}Task")
    rows = [
        (
            t.findtext(NS + "ID"),
            t.findtext(NS + "Name"),
            t.findtext(NS + "OutlineNumber"),
            t.findtext(NS + "OutlineLevel"),
            t.findtext(NS + "Summary"),
        )
        for t in tasks
    ]
    assert rows[0] == ("0", "Launch <Atlas> & co", "0", "0", "1")
    assert rows[1:] == [
        ("1", "Design phase", "1", "1", "1"),
        ("2", "Research", "1.1", "2", "0"),
        ("3", "Sketches", "1.2", "2", "0"),
        ("4", "Design review", "1.3", "2", "0"),
        ("5", "Build", "2", "1", "1"),
        ("6", "API", "2.1", "2", "0"),
        ("7", "User interface", "2.2", "2", "1"),
        ("8", "Polish", "2.2.1", "3", "0"),
        ("9", "Docs", "2.3", "2", "0"),
        ("10", "QA", "3", "1", "0"),
        ("11", "Launch", "4", "1", "0"),
    ]
    assert tasks[0].findtext(NS + "Notes") == "Plan for the Atlas launch.\nOwners: Zoë & Łukasz"


def test_links_carry_type_lag_in_tenths_of_a_minute_and_lag_format() -> None:
    names = tasks_by_name(parse(export(rich_plan())))
    uid = {name: t.findtext(NS + "UID") for name, t in names.items()}

    def links(name: str) -> list[tuple[str, str, str, str]]:
        return [
            (
                uid_to_name[link.findtext(NS + "PredecessorUID")],
                link.findtext(NS + "Type"),
                link.findtext(NS + "LinkLag"),
                link.findtext(NS + "LagFormat"),
            )
            for link in names[name].iterfind(NS + "PredecessorLink")
        ]

    uid_to_name = {v: k for k, v in uid.items()}
    assert links("Sketches") == [("Research", "1", "0", "7")]
    assert links("Design review") == [
        ("Research", "3", "9600", "7"),
        ("Sketches", "0", "-2400", "5"),
    ]
    assert links("API") == [("Design review", "2", "300", "3")]
    assert links("User interface") == [("API", "1", "28800", "8")]
    assert links("Docs") == [("Polish", "1", "24000", "9"), ("Sketches", "1", "1800", "6")]
    assert links("QA") == [("Docs", "1", "96000", "11"), ("API", "3", "-75", "19")]
    assert links("Launch") == [("QA", "1", "50", "20")]


def test_resources_and_assignments() -> None:
    root = parse(export(rich_plan()))
    resources = {r.findtext(NS + "Name"): r for r in root.iter(NS + "Resource")}
    ana = resources["Ana Lima"]
    assert ana.findtext(NS + "UID") == "7"
    assert ana.findtext(NS + "Type") == "1"
    assert ana.findtext(NS + "MaxUnits") == "0.5"
    assert ana.findtext(NS + "StandardRate") == "85.5"
    assert ana.findtext(NS + "StandardRateFormat") == "2"
    assert ana.findtext(NS + "CostPerUse") == "2575"
    assert ana.findtext(NS + "EmailAddress") == "ana@example.com"
    assert (
        resources["Paper"].findtext(NS + "Type"),
        resources["Paper"].findtext(NS + "IsCostResource"),
    ) == ("0", "0")
    assert (
        resources["Travel"].findtext(NS + "Type"),
        resources["Travel"].findtext(NS + "IsCostResource"),
    ) == ("0", "1")
    task_uid = {t.findtext(NS + "Name"): t.findtext(NS + "UID") for t in root.iter(NS + "Task")}
    research = next(
        a
        for a in root.iter(NS + "Assignment")
        if a.findtext(NS + "TaskUID") == task_uid["Research"]
    )
    assert research.findtext(NS + "UID") == "12"
    assert research.findtext(NS + "ResourceUID") == "7"
    assert research.findtext(NS + "Units") == "0.5"
    assert research.findtext(NS + "Work") == "PT12H0M0S"  # 3 days at half time


# ------------------------------------------------------------------------------- UIDs


def test_imported_uids_are_kept_and_new_rows_get_unused_ones() -> None:
    plan = rich_plan()
    root = parse(export(plan))
    tasks = {t.findtext(NS + "Name"): int(t.findtext(NS + "UID")) for t in root.iter(NS + "Task")}
    assert tasks["Design phase"] == 40 and tasks["Research"] == 41
    assert tasks["Launch <Atlas> & co"] == 0
    assert len(set(tasks.values())) == len(tasks)
    assert (
        min(
            uid
            for name, uid in tasks.items()
            if name not in ("Design phase", "Research", "Launch <Atlas> & co")
        )
        > 41
    )
    calendars = {
        c.findtext(NS + "Name"): int(c.findtext(NS + "UID")) for c in root.iter(NS + "Calendar")
    }
    assert calendars["Standard"] == 1 and len(set(calendars.values())) == 3
    resources = [int(r.findtext(NS + "UID")) for r in root.iter(NS + "Resource")]
    assert resources[0] == 7 and len(set(resources)) == 4 and 0 not in resources
    assignments = [int(a.findtext(NS + "UID")) for a in root.iter(NS + "Assignment")]
    assert assignments[0] == 12 and len(set(assignments)) == 5


def test_a_duplicated_source_uid_is_written_once() -> None:
    plan = rich_plan()
    copy = next(t for t in plan.tasks if t.name == "QA")
    plan.tasks = [
        t if t is not copy else Task(**{**_as_dict(t), "source_uid": 41}) for t in plan.tasks
    ]
    uids = [t.findtext(NS + "UID") for t in parse(export(plan)).iter(NS + "Task")]
    assert len(uids) == len(set(uids))


def _as_dict(row: Any) -> dict[str, Any]:
    return {f.name: getattr(row, f.name) for f in fields(row)}


# -------------------------------------------------------------------- schedule and files


def fake_schedule(plan: Plan) -> Any:
    """A schedule with distinct values per task, in the shape of pmdesk.core.schedule."""
    from pmdesk.core.schedule import ScheduleResult, TaskDates

    dates = {}
    for i, task in enumerate(plan.tasks):
        start = at(6) + timedelta(days=i)
        dates[task.uid] = TaskDates(
            start=start,
            finish=start + timedelta(hours=9),
            early_start=start,
            early_finish=start + timedelta(hours=9),
            late_start=start + timedelta(days=1),
            late_finish=start + timedelta(days=1, hours=9),
            total_slack=480 * i,
            free_slack=60 * i,
            critical=i % 2 == 0,
        )
    return ScheduleResult(project_start=at(6), project_finish=datetime(2025, 4, 1, 17),
                          tasks=dates)


def test_a_given_schedule_writes_dates_slack_and_critical_flags() -> None:
    plan = rich_plan()
    schedule = fake_schedule(plan)
    root = parse(export(plan, schedule))
    assert root.findtext(NS + "FinishDate") == "2025-04-01T17:00:00"
    names = tasks_by_name(root)
    sketches = names["Sketches"]  # the third task: i == 2
    assert sketches.findtext(NS + "Start") == "2025-01-08T08:00:00"
    assert sketches.findtext(NS + "Finish") == "2025-01-08T17:00:00"
    assert sketches.findtext(NS + "LateFinish") == "2025-01-09T17:00:00"
    assert sketches.findtext(NS + "TotalSlack") == "9600"
    assert sketches.findtext(NS + "FreeSlack") == "1200"
    assert sketches.findtext(NS + "Critical") == "1"
    assert names["Research"].findtext(NS + "Critical") == "0"
    summary = names["Launch <Atlas> & co"]
    assert (summary.findtext(NS + "Start"), summary.findtext(NS + "Finish")) == (
        "2025-01-06T08:00:00",
        "2025-04-01T17:00:00",
    )


def test_pmdesk_schedule_reads_back_as_the_files_reference_schedule(tmp_path: Path) -> None:
    """What Project is told matches what pmdesk computed, slack in working minutes."""
    from pmdesk.core.schedule import schedule
    from pmdesk.interchange.mspdi import read_reference_schedule

    plan = rich_plan()
    computed = schedule(plan)
    data = export(plan, computed)
    uids = {
        t.findtext(NS + "Name"): int(t.findtext(NS + "UID")) for t in parse(data).iter(NS + "Task")
    }
    stored = read_reference_schedule(data)
    for task in plan.tasks:
        dates = computed.tasks[task.uid]
        row = stored[uids[task.name]]
        assert (row["start"], row["finish"], row["early_start"], row["early_finish"]) == (
            dates.start,
            dates.finish,
            dates.early_start,
            dates.early_finish,
        ), task.name
        assert (row["late_start"], row["late_finish"]) == (dates.late_start, dates.late_finish), (
            task.name
        )
        assert (row["total_slack"], row["free_slack"], row["critical"]) == (
            dates.total_slack,
            dates.free_slack,
            dates.critical,
        ), task.name
    assert any(computed.tasks[t.uid].total_slack < 0 for t in plan.tasks), "negative slack covered"


def test_moments_at_the_edges_of_working_time_are_stored_as_ms_project_stores_them() -> None:
    """A project typed to start on Saturday keeps that start date (as in Project
    Information), while its tasks and its start milestone are stored from Monday 08:00
    and a finish milestone after a Monday task at Monday 17:00: the moments Project
    itself would store, so a colleague opening the file sees the same dates."""
    from pmdesk.core.schedule import schedule

    project = ProjectInfo(uid="p", name="Weekend start", start=datetime(2024, 3, 9, 8, 0))
    plan = Plan(
        project=project,
        tasks=[
            Task(uid="k", name="Kick-off", position=1, duration=0, milestone=True),
            Task(uid="w", name="Work", position=2, duration=480),
            Task(uid="d", name="Done", position=3, duration=0, milestone=True),
        ],
        dependencies=[Dependency(uid="l", predecessor_uid="w", successor_uid="d")],
    )
    root = parse(export(plan, schedule(plan)))
    assert root.findtext(NS + "StartDate") == "2024-03-09T08:00:00"
    assert root.findtext(NS + "FinishDate") == "2024-03-11T17:00:00"
    names = tasks_by_name(root)
    stored = {
        name: (names[name].findtext(NS + "Start"), names[name].findtext(NS + "Finish"))
        for name in ("Kick-off", "Work", "Done")
    }
    assert stored == {
        "Kick-off": ("2024-03-11T08:00:00", "2024-03-11T08:00:00"),
        "Work": ("2024-03-11T08:00:00", "2024-03-11T17:00:00"),
        "Done": ("2024-03-11T17:00:00", "2024-03-11T17:00:00"),
    }


def test_a_contoured_assignment_is_written_with_its_work_not_duration_times_units() -> None:
    """A ten-day task Ana works with a bell contour is 40 hours of work (half her units on
    average): Project is told so, with contour code 6, and keeps the ten days on open."""
    plan = Plan(
        project=ProjectInfo(uid="p", name="Bell", start=datetime(2024, 3, 4, 8, 0)),
        tasks=[Task(uid="t", name="Write", position=1, duration=4800)],
        resources=[Resource(uid="ana", name="Ana")],
        assignments=[Assignment(uid="a", task_uid="t", resource_uid="ana",
                                contour=WorkContour.BELL)],
    )
    [assignment] = parse(export(plan)).iter(NS + "Assignment")
    assert assignment.findtext(NS + "Work") == "PT40H0M0S"
    assert assignment.findtext(NS + "WorkContour") == "6"


def test_without_a_schedule_no_computed_dates_are_claimed() -> None:
    root = parse(export(rich_plan()))
    for tag in ("Start", "Finish", "EarlyStart", "LateFinish", "TotalSlack", "Critical"):
        assert root.find(f".//{NS}Task/{NS}{tag}") is None, tag
    assert root.find(NS + "FinishDate") is None


def test_writing_to_a_path_replaces_the_file_atomically(tmp_path: Path) -> None:
    target = tmp_path / "plan.xml"
    target.write_bytes(b"previous export")
    write_mspdi(rich_plan(), target)
    assert parse(target.read_bytes()).findtext(NS + "Title") == "Launch <Atlas> & co"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xml"]


def test_a_failed_write_leaves_the_previous_file_and_no_litter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.xml"
    target.write_bytes(b"previous export")
    staged: list[Path] = []

    def refuse(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        staged.append(Path(source))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mspdi_writer.os, "replace", refuse)
    with pytest.raises(OSError, match="No space"):
        write_mspdi(rich_plan(), target)
    assert target.read_bytes() == b"previous export"
    assert staged and staged[0].parent == tmp_path, "written beside the target"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xml"]


def test_writes_to_a_str_path(tmp_path: Path) -> None:
    target = tmp_path / "out.xml"
    write_mspdi(rich_plan(), str(target))
    assert parse(target.read_bytes()).tag == NS + "Project"


# ------------------------------------------------------------------------- round trip


def read_back(data: bytes, tmp_path: Path) -> Plan:
    from pmdesk.interchange.mspdi import read_mspdi

    path = tmp_path / "exported.xml"
    path.write_bytes(data)
    return read_mspdi(path)


def assert_same_plan(original: Plan, restored: Plan, key: Callable[[Task], object]) -> None:
    """Everything pmdesk models, compared field by field; rows matched by ``key`` (tasks),
    name (calendars, resources) and endpoints (links, assignments)."""
    problems: list[str] = []

    def same(what: str, a: object, b: object) -> None:
        if a != b:
            problems.append(f"{what}: {a!r} != {b!r}")

    cal_a = {c.uid: c.name for c in original.calendars.values()}
    cal_b = {c.uid: c.name for c in restored.calendars.values()}
    col_a = {c.uid: c.name for c in original.board_columns}
    col_b = {c.uid: c.name for c in restored.board_columns}

    pa, pb = original.project, restored.project
    for f in fields(ProjectInfo):
        if f.name == "uid":
            continue
        if f.name == "calendar_uid":
            same(
                "project calendar",
                cal_a.get(pa.calendar_uid or ""),
                cal_b.get(pb.calendar_uid or ""),
            )
        else:
            same(f"project {f.name}", getattr(pa, f.name), getattr(pb, f.name))

    by_name_b = {c.name: c for c in restored.calendars.values()}
    same("calendar names", sorted(cal_a.values()), sorted(cal_b.values()))
    for cal in original.calendars.values():
        other = by_name_b.get(cal.name)
        if other is None:
            continue
        same(f"calendar {cal.name} weekdays", cal.weekdays, other.weekdays)
        same(
            f"calendar {cal.name} exceptions",
            sorted(cal.exceptions, key=lambda e: e.start),
            sorted(other.exceptions, key=lambda e: e.start),
        )
        same(
            f"calendar {cal.name} base",
            cal_a.get(cal.base_uid or ""),
            cal_b.get(other.base_uid or ""),
        )

    tasks_a = {t.uid: t for t in original.tasks}
    tasks_b = {t.uid: t for t in restored.tasks}
    key_a = {t.uid: key(t) for t in original.tasks}
    key_b = {t.uid: key(t) for t in restored.tasks}
    same(
        "task order",
        [key_a[t.uid] for t in normalize(original.tasks)],
        [key_b[t.uid] for t in normalize(restored.tasks)],
    )
    match = {key_b[t.uid]: t for t in restored.tasks}
    for task in original.tasks:
        other = match.get(key_a[task.uid])
        if other is None:
            problems.append(f"task {key_a[task.uid]} missing")
            continue
        label = f"task {task.name!r}"
        for f in fields(Task):
            name = f.name
            a, b = getattr(task, name), getattr(other, name)
            if name in ("uid", "position"):
                continue
            if name == "parent_uid":
                a = key_a.get(a) if a in tasks_a else None
                b = key_b.get(b) if b in tasks_b else None
            elif name == "calendar_uid":
                a, b = cal_a.get(a or ""), cal_b.get(b or "")
            elif name == "board_column_uid":
                a, b = col_a.get(a or ""), col_b.get(b or "")
            elif name == "source_uid" and a is None:
                continue  # a new row gets whatever UID the file gave it
            same(f"{label} {name}", a, b)

    def link_key(d: Dependency, tasks: dict[str, object]) -> tuple[object, object]:
        return tasks.get(d.predecessor_uid), tasks.get(d.successor_uid)

    links_b = {link_key(d, key_b): d for d in restored.dependencies}
    same("link count", len(original.dependencies), len(restored.dependencies))
    for link in original.dependencies:
        other = links_b.get(link_key(link, key_a))
        if other is None:
            problems.append(f"link {link_key(link, key_a)} missing")
            continue
        label = f"link {link_key(link, key_a)}"
        same(f"{label} type", link.type, other.type)
        same(f"{label} percent", link.lag_percent, other.lag_percent)
        same(f"{label} elapsed", link.lag_elapsed, other.lag_elapsed)
        if link.lag_percent is None:
            same(f"{label} lag", link.lag, other.lag)
            same(f"{label} lag unit", link.lag_unit, other.lag_unit)

    resources_b = {r.name: r for r in restored.resources}
    same("resources", [r.name for r in original.resources], [r.name for r in restored.resources])
    for res in original.resources:
        other = resources_b.get(res.name)
        if other is None:
            continue
        for f in fields(Resource):
            a, b = getattr(res, f.name), getattr(other, f.name)
            if f.name == "uid" or (f.name == "source_uid" and a is None):
                continue
            if f.name == "calendar_uid":
                a, b = cal_a.get(a or ""), cal_b.get(b or "")
            same(f"resource {res.name} {f.name}", a, b)

    res_a = {r.uid: r.name for r in original.resources}
    res_b = {r.uid: r.name for r in restored.resources}
    assignments_b = {
        (key_b.get(a.task_uid), res_b.get(a.resource_uid)): a for a in restored.assignments
    }
    same("assignment count", len(original.assignments), len(restored.assignments))
    for asg in original.assignments:
        pair = (key_a.get(asg.task_uid), res_a.get(asg.resource_uid))
        other = assignments_b.get(pair)
        if other is None:
            problems.append(f"assignment {pair} missing")
            continue
        same(f"assignment {pair} units", asg.units, other.units)
        if asg.source_uid is not None:
            same(f"assignment {pair} source uid", asg.source_uid, other.source_uid)

    columns = [
        (c.name, c.wip_limit, c.done)
        for c in sorted(original.board_columns, key=lambda c: c.position)
    ]
    same(
        "board columns",
        columns,
        [
            (c.name, c.wip_limit, c.done)
            for c in sorted(restored.board_columns, key=lambda c: c.position)
        ],
    )

    assert not problems, "\n".join(problems)


def test_round_trip_keeps_everything_pmdesk_models(tmp_path: Path) -> None:
    plan = rich_plan()
    restored = read_back(export(plan), tmp_path)
    assert_same_plan(plan, restored, key=lambda t: t.name)


def test_round_trip_keeps_the_written_uids(tmp_path: Path) -> None:
    data = export(rich_plan())
    written = {
        t.findtext(NS + "Name"): int(t.findtext(NS + "UID")) for t in parse(data).iter(NS + "Task")
    }
    restored = read_back(data, tmp_path)
    assert {t.name: t.source_uid for t in restored.tasks} == {
        name: uid for name, uid in written.items() if uid != 0
    }
    again = parse(export(restored))
    assert {
        t.findtext(NS + "Name"): int(t.findtext(NS + "UID")) for t in again.iter(NS + "Task")
    } == written


@pytest.mark.skipif(not ORACLE_FILES, reason=f"reference MS Project files not found in {ORACLE}")
@pytest.mark.parametrize("source", ORACLE_FILES, ids=lambda p: p.name)
def test_microsoft_project_files_survive_export_and_import(source: Path, tmp_path: Path) -> None:
    from pmdesk.interchange.mspdi import read_mspdi

    imported = read_mspdi(source)
    data = export(imported)
    problems, _ = schema_order_problems(parse(data))
    assert not problems, "\n".join(problems)
    restored = read_back(data, tmp_path)
    assert_same_plan(imported, restored, key=lambda t: t.source_uid)
    # Manual tasks, splits, delays in their unit and the options schedule the same again.
    from pmdesk.core.schedule import schedule

    before, after = schedule(imported), schedule(restored)
    by_source = {t.source_uid: t.uid for t in restored.tasks}
    for task in imported.tasks:
        assert before.tasks[task.uid] == after.tasks[by_source[task.source_uid]], task.name


def test_a_long_project_description_survives_the_subject_limit(tmp_path: Path) -> None:
    plan = rich_plan()
    text = "Why we launch:" + " more users, fewer churned accounts." * 40
    plan.project = ProjectInfo(**{**_as_dict(plan.project), "description": text})
    data = export(plan)
    assert len(parse(data).findtext(NS + "Subject")) == 512  # the schema's limit
    assert read_back(data, tmp_path).project.description == text


def test_pmdesk_fields_are_found_by_alias_when_moved_to_another_text_field(tmp_path: Path) -> None:
    """A Project user may move the "pmdesk Tags" column to Text1; the tags still come back."""
    tags = next(f for f in mspdi_writer.PMDESK_TASK_FIELDS if f.key == "tags")
    data = export(rich_plan()).replace(
        f"<FieldID>{tags.field_id}</FieldID>".encode(), b"<FieldID>188743731</FieldID>"
    )
    restored = read_back(data, tmp_path)
    assert {t.name: t.tags for t in restored.tasks if t.tags} == {
        "Research": ("research", "q1"),
        "Launch": ("release",),
    }
