"""Absurd and hostile values in MS Project XML: each is refused with a message naming the
file, the element and the task, before anything reaches the engine or a project file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest

from pmdesk.cli import main
from pmdesk.core.model import Plan
from pmdesk.core.schedule import CycleError, schedule
from pmdesk.interchange.mspdi import MspdiError, parse_xsd_duration, read_mspdi

STANDARD_WEEK = "".join(
    f"<WeekDay><DayType>{d}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
    "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>"
    "</WorkingTimes></WeekDay>"
    for d in range(2, 7)
)


def _plan(
    *,
    header: str = "<StartDate>2026-03-02T08:00:00</StartDate>",
    calendars: str = "",
    design: str = "<Duration>PT16H0M0S</Duration>",
    build: str = "<Duration>PT40H0M0S</Duration>",
    link: str = "<Type>1</Type>",
    resources: str = "",
    assignments: str = "",
) -> bytes:
    calendar = calendars or (
        "<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        f"<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>{STANDARD_WEEK}</WeekDays></Calendar>"
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Title>Hostile</Title>{header}<CalendarUID>1</CalendarUID>
  <Calendars>{calendar}</Calendars>
  <Tasks>
    <Task><UID>1</UID><ID>1</ID><Name>Design</Name><OutlineLevel>1</OutlineLevel>{design}</Task>
    <Task><UID>2</UID><ID>2</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel>{build}
      <PredecessorLink><PredecessorUID>1</PredecessorUID>{link}</PredecessorLink></Task>
  </Tasks>
  <Resources>{resources}</Resources>
  <Assignments>{assignments}</Assignments>
</Project>
""".encode()


ANA = "<Resource><UID>1</UID><ID>1</ID><Name>Ana</Name><Type>1</Type>{}</Resource>"

HOSTILE: list[tuple[str, bytes, str]] = [
    (
        "huge-duration",
        _plan(design="<Duration>PT99999999999H0M0S</Duration>"),
        "task UID 1 'Design': Duration (in minutes) is 5999999999940, outside 0 to 10,000,000 "
        "minutes",
    ),
    (
        "huge-lag",
        _plan(link="<Type>1</Type><LinkLag>99999999999999</LinkLag><LagFormat>7</LagFormat>"),
        "task UID 2 'Build', PredecessorLink to task UID 1: LinkLag (in minutes) is "
        "10000000000000, outside -10,000,000 to 10,000,000 minutes",
    ),
    (
        "lag-1e400",
        _plan(link="<Type>1</Type><LinkLag>1e400</LinkLag>"),
        "task UID 2: LinkLag is not a finite number: '1e400'",
    ),
    (
        "lag-nan",
        _plan(link="<Type>1</Type><LinkLag>NaN</LinkLag>"),
        "task UID 2: LinkLag is not a finite number: 'NaN'",
    ),
    (
        "percent-1e400",
        _plan(design="<PercentComplete>1e400</PercentComplete>"),
        "task UID 1: PercentComplete is not a finite whole number: '1e400'",
    ),
    (
        "percent-150",
        _plan(design="<PercentComplete>150</PercentComplete>"),
        "task UID 1: PercentComplete '150' is out of range (0 to 100 %)",
    ),
    (
        "percent-minus-5",
        _plan(design="<PercentComplete>-5</PercentComplete>"),
        "task UID 1: PercentComplete '-5' is out of range (0 to 100 %)",
    ),
    (
        "negative-duration",
        _plan(design="<Duration>-PT5H0M0S</Duration>"),
        "task UID 1 'Design': Duration (in minutes) is -300, outside 0 to 10,000,000 minutes",
    ),
    (
        "percent-lag-beyond-a-hundredfold",
        _plan(link="<Type>1</Type><LinkLag>10001</LinkLag><LagFormat>19</LagFormat>"),
        "task UID 2 'Build', PredecessorLink to task UID 1: LinkLag is 10001, outside "
        "-10,000 to 10,000 %",
    ),
    (
        "priority-1e23",
        _plan(design="<Priority>1e23</Priority>"),
        "task UID 1 'Design': Priority is 99999999999999991611392, outside 0 to 1,000",
    ),
    (
        "fixed-cost-infinity",
        _plan(design="<FixedCost>Infinity</FixedCost>"),
        "task UID 1: FixedCost is not a finite amount: 'Infinity'",
    ),
    (
        "fixed-cost-huge",
        _plan(design="<FixedCost>1e30</FixedCost>"),
        "task UID 1 'Design': FixedCost is 1E+28, outside",
    ),
    (
        "start-year-1",
        _plan(header="<StartDate>0001-01-01T08:00:00</StartDate>"),
        "project header: StartDate '0001-01-01T08:00:00' is out of range "
        "(1900-01-01 to 2199-12-31)",
    ),
    (
        "constraint-year-9999",
        _plan(design="<ConstraintType>4</ConstraintType>"
                     "<ConstraintDate>9999-12-31T08:00:00</ConstraintDate>"),
        "task UID 1: ConstraintDate '9999-12-31T08:00:00' is out of range",
    ),
    (
        "no-working-days",
        _plan(calendars="<Calendar><UID>1</UID><Name>Never</Name><BaseCalendarUID>-1"
                        "</BaseCalendarUID><WeekDays>" + "".join(
                            f"<WeekDay><DayType>{d}</DayType><DayWorking>0</DayWorking></WeekDay>"
                            for d in range(1, 8)) + "</WeekDays></Calendar>"),
        "calendar UID 1: calendar 'Never' has no working time at all",
    ),
    (
        "based-on-itself",
        _plan(calendars="<Calendar><UID>1</UID><Name>Loop</Name><BaseCalendarUID>1"
                        "</BaseCalendarUID></Calendar>"),
        "calendar UID 1: BaseCalendarUID 1 is the calendar itself",
    ),
    (
        "base-calendar-loop",
        _plan(calendars="<Calendar><UID>1</UID><Name>A</Name><BaseCalendarUID>2"
                        "</BaseCalendarUID></Calendar><Calendar><UID>2</UID><Name>B</Name>"
                        "<BaseCalendarUID>1</BaseCalendarUID></Calendar>"),
        "base calendars form a loop",
    ),
    (
        "month-99",
        _plan(calendars="<Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1"
                        f"</BaseCalendarUID><WeekDays>{STANDARD_WEEK}</WeekDays><Exceptions>"
                        "<Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate>"
                        "<ToDate>2030-12-31T23:59:00</ToDate></TimePeriod><Type>2</Type>"
                        "<Month>99</Month><MonthDay>1</MonthDay><DayWorking>0</DayWorking>"
                        "</Exception></Exceptions></Calendar>"),
        "calendar UID 1: Month '99' is out of range (0 to 11)",
    ),
    (
        "recurrence-every-0-weeks",
        _plan(calendars="<Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1"
                        f"</BaseCalendarUID><WeekDays>{STANDARD_WEEK}</WeekDays><Exceptions>"
                        "<Exception><TimePeriod><FromDate>2026-01-01T00:00:00</FromDate>"
                        "<ToDate>2026-12-31T23:59:00</ToDate></TimePeriod><Type>6</Type>"
                        "<Period>0</Period><DaysOfWeek>4</DaysOfWeek><DayWorking>0</DayWorking>"
                        "</Exception></Exceptions></Calendar>"),
        "calendar UID 1: Period '0' is out of range (1 to 1,000)",
    ),
    (
        "baseline-11",
        _plan(design="<Baseline><Number>11</Number><Start>2026-03-02T08:00:00</Start>"
                     "</Baseline>"),
        "task UID 1, Baseline: Number '11' is out of range (0 to 10)",
    ),
    (
        "time-of-day-99",
        _plan(calendars="<Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1"
                        "</BaseCalendarUID><WeekDays><WeekDay><DayType>2</DayType><DayWorking>1"
                        "</DayWorking><WorkingTimes><WorkingTime><FromTime>99:99:00</FromTime>"
                        "<ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>"
                        "</WeekDays></Calendar>"),
        "calendar UID 1: FromTime is not a time of day: '99:99:00'",
    ),
    (
        "units-1e400",
        _plan(resources=ANA.format(""), assignments="<Assignment><UID>9</UID><TaskUID>1"
              "</TaskUID><ResourceUID>1</ResourceUID><Units>1e400</Units></Assignment>"),
        "assignment UID 9: Units is not a finite number: '1e400'",
    ),
    (
        "units-huge",
        _plan(resources=ANA.format(""), assignments="<Assignment><UID>9</UID><TaskUID>1"
              "</TaskUID><ResourceUID>1</ResourceUID><Units>1e300</Units></Assignment>"),
        "assignment UID 9 on task UID 1 'Design': Units is 1e+300, outside",
    ),
    (
        "rate-nan",
        _plan(resources=ANA.format("<StandardRate>NaN</StandardRate>")),
        "resource UID 1: StandardRate is not a finite amount: 'NaN'",
    ),
    (
        "minutes-per-day-0",
        _plan(header="<StartDate>2026-03-02T08:00:00</StartDate>"
                     "<MinutesPerDay>-5</MinutesPerDay>"),
        "project header: MinutesPerDay is -5, outside 1 to 1,440 minutes",
    ),
    (
        "uid-1e23",
        _plan(design="<Duration>PT8H0M0S</Duration>").replace(b"<UID>1</UID><ID>1</ID>",
                                                              b"<UID>1e23</UID><ID>1</ID>"),
        "UID is 99999999999999991611392, outside",
    ),
    (
        # Beyond SQLite's integers, or beyond the UIDs a project file keeps: refused on
        # import, not written into a file pmdesk then cannot save or open.
        "calendar-uid-1e23",
        _plan().replace(b"<UID>1</UID><Name>Standard", b"<UID>99999999999999999999999</UID>"
                        b"<Name>Standard").replace(b"<CalendarUID>1<", b"<CalendarUID>-1<"),
        "calendar UID 99999999999999999999999 'Standard': UID is 99999999999999999999999, "
        "outside -2,147,483,648 to 2,147,483,647",
    ),
    (
        "flag-not-0-or-1",
        _plan(design="<Duration>PT16H0M0S</Duration><Manual>x</Manual>"),
        "task UID 1: Manual is 'x', not 0 or 1",
    ),
    (
        "day-working-not-0-or-1",
        _plan().replace(b"<DayWorking>1</DayWorking>", b"<DayWorking>-1</DayWorking>", 1),
        "DayWorking is '-1', not 0 or 1",
    ),
    (
        "assignment-uid-10k-characters",
        _plan(resources=ANA.format(""), assignments=(
            f"<Assignment><UID>{'y' * 10_000}</UID><TaskUID>1</TaskUID>"
            "<ResourceUID>1</ResourceUID></Assignment>")),
        f"assignment UID {'y' * 37}...: UID is not a finite whole number",
    ),
    (
        "calendar-uid-2**31",
        _plan().replace(b"<UID>1</UID><Name>Standard", b"<UID>2147483648</UID>"
                        b"<Name>Standard").replace(b"<CalendarUID>1<", b"<CalendarUID>-1<"),
        "calendar UID 2147483648 'Standard': UID is 2147483648, outside",
    ),
]


@pytest.mark.parametrize(("data", "problem"), [pytest.param(d, p, id=n) for n, d, p in HOSTILE])
def test_each_hostile_value_is_named_with_its_element_and_task(
    tmp_path: Path, data: bytes, problem: str
) -> None:
    path = tmp_path / "colleague.xml"
    path.write_bytes(data)
    with pytest.raises(MspdiError) as caught:
        read_mspdi(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert problem in message, message


@pytest.mark.parametrize(("data", "problem"), [pytest.param(d, p, id=n) for n, d, p in HOSTILE])
def test_import_refuses_them_in_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, problem: str
) -> None:
    source = tmp_path / "colleague.xml"
    source.write_bytes(data)
    out = tmp_path / "imported.pmdesk"
    assert main(["import", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"pmdesk: error: {source}: ") and problem in err
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["colleague.xml"]


def test_a_plain_plan_still_imports(tmp_path: Path) -> None:
    plan = read_mspdi(_plan())
    assert [t.name for t in plan.tasks] == ["Design", "Build"]
    assert plan.dependencies[0].lag == 0


def test_a_dependency_cycle_in_xml_names_the_file(tmp_path: Path, capsys) -> None:
    data = _plan().replace(
        b"<Name>Design</Name><OutlineLevel>1</OutlineLevel>",
        b"<Name>Design</Name><OutlineLevel>1</OutlineLevel>"
        b"<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type></PredecessorLink>",
    )
    source = tmp_path / "loop.xml"
    source.write_bytes(data)
    assert main(["import", str(source), "-o", str(tmp_path / "loop.pmdesk")]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"pmdesk: error: {source}: Dependency cycle: Design → Build → Design"
    assert not (tmp_path / "loop.pmdesk").exists()


# --------------------------------------------------------------------------- mutation sweep

_NS = "{http://schemas.microsoft.com/project}"
_RICH = _plan(
    design=("<Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat>"
            "<Manual>0</Manual><Milestone>0</Milestone><PercentComplete>20</PercentComplete>"
            "<ConstraintType>4</ConstraintType><ConstraintDate>2026-03-03T08:00:00"
            "</ConstraintDate><FixedCost>1000</FixedCost><Notes>n</Notes>"
            "<LevelingDelay>0</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>"
            "<IgnoreResourceCalendar>0</IgnoreResourceCalendar><CalendarUID>1</CalendarUID>"
            "<ActualStart>2026-03-02T08:00:00</ActualStart><Priority>500</Priority>"),
    link="<Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat>",
    resources=ANA.format("<MaxUnits>1.00</MaxUnits><StandardRate>50</StandardRate>"
                         "<OvertimeRate>60</OvertimeRate><CostPerUse>5</CostPerUse>"
                         "<CalendarUID>1</CalendarUID><EmailAddress>a@example.org"
                         "</EmailAddress>"),
    assignments=("<Assignment><UID>1</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>"
                 "<Units>1</Units><Work>PT16H0M0S</Work><WorkContour>0</WorkContour>"
                 "</Assignment>"),
    calendars=(
        "<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        f"<BaseCalendarUID>-1</BaseCalendarUID><WeekDays>{STANDARD_WEEK}</WeekDays>"
        "<Exceptions><Exception><EnteredByOccurrences>0</EnteredByOccurrences>"
        "<TimePeriod><FromDate>2026-03-06T00:00:00</FromDate><ToDate>2026-03-06T23:59:00"
        "</ToDate></TimePeriod><Occurrences>1</Occurrences><Name>Holiday</Name>"
        "<Type>1</Type><DayWorking>0</DayWorking></Exception></Exceptions></Calendar>"),
)
_VALUES = ("", "x", "-1", "150", "1e400", "nan", "99999999999999999999", "2026-13-45T00:00:00",
           "PT-5H0M0S", "-PT5H0M0S", "y" * 10_000)

# What the first task of ``_RICH`` holds of an element the sweep changes, and the value the
# file's text means, for the elements read as they are: an import that keeps going must
# keep the file's value, never a changed one in its place.
_READ_AS_WRITTEN: dict[str, tuple[Callable[[Plan], object], Callable[[str], object]]] = {
    "PercentComplete": (lambda plan: plan.tasks[0].percent_complete, int),
    "Duration": (lambda plan: plan.tasks[0].duration, parse_xsd_duration),
    "Priority": (lambda plan: plan.tasks[0].priority, int),
}


def _leaves() -> list[tuple[str, int]]:
    """Each element with a value inside a Task, Resource, Assignment or Calendar of
    ``_RICH``, as its tag and its place among the document's elements."""
    elements = list(ElementTree.fromstring(_RICH).iter())
    rows = [e for e in elements
            if e.tag.removeprefix(_NS) in ("Task", "Resource", "Assignment", "Calendar")]
    inside = {id(leaf) for row in rows for leaf in row.iter() if len(leaf) == 0}
    return [(e.tag.removeprefix(_NS), n) for n, e in enumerate(elements) if id(e) in inside]


@pytest.mark.parametrize("value", _VALUES, ids=lambda v: v[:12] or "empty")
def test_every_element_of_every_row_with_every_bad_value_imports_or_is_named(
    tmp_path: Path, value: str
) -> None:
    path = tmp_path / "mutated.xml"
    for tag, number in _leaves():
        root = ElementTree.fromstring(_RICH)
        element = list(root.iter())[number]
        element.text = value
        first_task = next(root.iter(f"{_NS}Task"))
        path.write_bytes(ElementTree.tostring(root))
        try:
            plan = read_mspdi(path)
            if tag in _READ_AS_WRITTEN and value and element in first_task:
                held, meant = _READ_AS_WRITTEN[tag]
                assert held(plan) == meant(value), (tag, value, held(plan))
            schedule(plan)
        except (MspdiError, CycleError) as exc:
            message = str(exc)
            assert "\n" not in message and len(message) < 400, (tag, message)
            if isinstance(exc, MspdiError):
                assert message.startswith(f"{path}: "), (tag, message)
                assert tag in message or "calendar" in message, (tag, message)
