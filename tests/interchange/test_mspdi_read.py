"""Opening a colleague's MS Project XML plan: what pmdesk keeps from it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pmdesk.core.calendar import WorkCalendar
from pmdesk.core.model import ConstraintType, DurationUnit, LinkType, ResourceType
from pmdesk.core.outline import wbs_codes
from pmdesk.core.schedule import schedule
from pmdesk.interchange.mspdi import (
    MspdiError,
    duration_format,
    read_mspdi,
    read_reference_schedule,
)

ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"
needs_oracle = pytest.mark.skipif(
    not ORACLE.is_dir(), reason=f"the oracle folder {ORACLE} is not present"
)

PLAN = b"""<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <Name>Launch.xml</Name>
  <Title>Product launch</Title>
  <Author>Ada</Author>
  <Company>Acme</Company>
  <StartDate>2024-03-04T08:00:00</StartDate>
  <StatusDate>2024-03-06T17:00:00</StatusDate>
  <CurrentDate>2030-01-01T08:00:00</CurrentDate>
  <CalendarUID>1</CalendarUID>
  <CriticalSlackLimit>1</CriticalSlackLimit>
  <MinutesPerDay>450</MinutesPerDay>
  <MinutesPerWeek>2250</MinutesPerWeek>
  <DaysPerMonth>21</DaysPerMonth>
  <CurrencyCode>GBP</CurrencyCode>
  <Calendars>
    <Calendar>
      <UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
      <WeekDays>
        <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
          <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
        <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
          <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
        <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
          <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
        <WeekDay><DayType>5</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
          <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
        <WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
        <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
        <WeekDay><DayType>0</DayType><DayWorking>0</DayWorking>
          <TimePeriod><FromDate>2024-03-12T00:00:00</FromDate><ToDate>2024-03-13T23:59:00</ToDate></TimePeriod>
        </WeekDay>
      </WeekDays>
      <Exceptions>
        <Exception>
          <EnteredByOccurrences>1</EnteredByOccurrences>
          <TimePeriod><FromDate>2024-04-01T00:00:00</FromDate><ToDate>2024-04-29T23:59:00</ToDate></TimePeriod>
          <Occurrences>3</Occurrences><Name>Team day</Name><Type>6</Type><Period>1</Period>
          <DaysOfWeek>2</DaysOfWeek><DayWorking>0</DayWorking>
        </Exception>
      </Exceptions>
    </Calendar>
    <Calendar>
      <UID>7</UID><Name>Night crew</Name><IsBaseCalendar>0</IsBaseCalendar>
      <BaseCalendarUID>1</BaseCalendarUID>
      <WeekDays>
        <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>22:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay>
      </WeekDays>
    </Calendar>
  </Calendars>
  <Tasks>
    <Task><UID>0</UID><ID>0</ID><Name>Launch</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
    <Task><UID>10</UID><ID>1</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary>
      <Duration>PT80H0M0S</Duration><DurationFormat>7</DurationFormat></Task>
    <Task><UID>11</UID><ID>2</ID><Name>Design</Name><OutlineLevel>2</OutlineLevel>
      <Duration>PT16H0M0S</Duration><DurationFormat>5</DurationFormat>
      <PercentComplete>100</PercentComplete>
      <ActualStart>2024-03-04T08:00:00</ActualStart><ActualFinish>2024-03-05T17:00:00</ActualFinish>
      <FixedCost>12345</FixedCost><Priority>700</Priority><Notes>Wireframes first</Notes>
      <Baseline><Number>0</Number><Start>2024-03-04T08:00:00</Start><Finish>2024-03-05T17:00:00</Finish>
        <Duration>PT16H0M0S</Duration><Work>PT32H0M0S</Work><Cost>250000</Cost></Baseline>
    </Task>
    <Task><UID>12</UID><ID>3</ID><Name>Code</Name><OutlineLevel>2</OutlineLevel>
      <Duration>PT80H0M0S</Duration><DurationFormat>41</DurationFormat>
      <ConstraintType>4</ConstraintType><ConstraintDate>2024-03-07T08:00:00</ConstraintDate>
      <Deadline>2024-03-29T17:00:00</Deadline><CalendarUID>7</CalendarUID>
      <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>0</PredecessorUID><Type>1</Type></PredecessorLink>
    </Task>
    <Task><UID>13</UID><ID>4</ID><Name>Ship</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone>
      <Duration>PT0H0M0S</Duration><DurationFormat>39</DurationFormat>
      <PredecessorLink><PredecessorUID>12</PredecessorUID><Type>0</Type><LinkLag>-50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>11</PredecessorUID><Type>3</Type><LinkLag>28800</LinkLag><LagFormat>8</LagFormat></PredecessorLink>
      <PredecessorLink><PredecessorUID>10</PredecessorUID><Type>2</Type></PredecessorLink>
    </Task>
    <Task><UID>14</UID><ID>5</ID><Name>Soak test</Name><OutlineLevel>1</OutlineLevel>
      <Duration>PT48H0M0S</Duration><DurationFormat>8</DurationFormat>
      <ConstraintType>7</ConstraintType><ConstraintDate>2024-03-20T17:00:00</ConstraintDate>
    </Task>
  </Tasks>
  <Resources>
    <Resource><UID>0</UID><ID>0</ID><Type>1</Type><IsNull>0</IsNull></Resource>
    <Resource><UID>1</UID><ID>1</ID><Name>Grace</Name><Type>1</Type><Initials>GH</Initials>
      <EmailAddress>grace@example.com</EmailAddress><Group>Dev</Group><MaxUnits>0.5</MaxUnits>
      <StandardRate>80</StandardRate><OvertimeRate>120</OvertimeRate><CostPerUse>5000</CostPerUse>
      <CalendarUID>7</CalendarUID></Resource>
    <Resource><UID>2</UID><ID>2</ID><Name>Concrete</Name><Type>0</Type></Resource>
    <Resource><UID>3</UID><ID>3</ID><Name>Travel</Name><Type>2</Type><IsCostResource>1</IsCostResource></Resource>
  </Resources>
  <Assignments>
    <Assignment><UID>5</UID><TaskUID>12</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units></Assignment>
    <Assignment><UID>6</UID><TaskUID>13</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment>
  </Assignments>
</Project>
"""


@pytest.fixture(scope="module")
def plan():
    return read_mspdi(PLAN)


def by_source(plan, uid: int):
    return next(t for t in plan.tasks if t.source_uid == uid)


def test_project_header(plan) -> None:
    p = plan.project
    assert p.name == "Product launch"  # the title, not the file name
    assert p.start == datetime(2024, 3, 4, 8, 0)
    assert p.status_date == datetime(2024, 3, 6, 17, 0)
    assert (p.author, p.company, p.currency) == ("Ada", "Acme", "GBP")
    assert (p.minutes_per_day, p.minutes_per_week, p.days_per_month) == (450, 2250, 21)
    assert p.critical_slack_limit == 450  # one day, in minutes
    assert plan.calendars[p.calendar_uid].source_uid == 1


def test_summary_row_is_not_a_task_and_the_outline_is_kept(plan) -> None:
    assert [t.source_uid for t in plan.tasks] == [10, 11, 12, 13, 14]
    build, design = by_source(plan, 10), by_source(plan, 11)
    assert design.parent_uid == build.uid and build.parent_uid is None
    assert wbs_codes(plan.tasks)[by_source(plan, 12).uid] == "1.2"
    assert by_source(plan, 13).parent_uid is None


def test_durations_units_and_elapsed(plan) -> None:
    design, code, ship, soak = (by_source(plan, u) for u in (11, 12, 13, 14))
    assert (design.duration, design.duration_unit) == (960, DurationUnit.HOURS)
    assert (code.duration, code.duration_unit) == (4800, DurationUnit.WEEKS)  # estimated weeks
    assert ship.milestone and ship.duration == 0
    assert (
        soak.duration_elapsed and soak.duration == 2880 and soak.duration_unit == DurationUnit.DAYS
    )


def test_constraints_deadlines_progress_costs_baselines(plan) -> None:
    design, code, soak = by_source(plan, 11), by_source(plan, 12), by_source(plan, 14)
    assert code.constraint_type == ConstraintType.SNET
    assert code.constraint_date == datetime(2024, 3, 7, 8, 0)
    assert code.deadline == datetime(2024, 3, 29, 17, 0)
    assert soak.constraint_type == ConstraintType.FNLT
    assert design.percent_complete == 100
    assert design.actual_finish == datetime(2024, 3, 5, 17, 0)
    assert design.fixed_cost == Decimal("123.45")
    assert (design.priority, design.notes) == (700, "Wireframes first")
    (baseline,) = design.baselines
    assert baseline.number == 0 and baseline.duration == 960 and baseline.work == 1920
    assert baseline.cost == Decimal(2500)


def test_links_types_lags_and_lag_formats(plan) -> None:
    uid = {t.uid: t.source_uid for t in plan.tasks}
    links = {(uid[d.predecessor_uid], uid[d.successor_uid]): d for d in plan.dependencies}
    assert set(links) == {(11, 12), (12, 13), (11, 13), (10, 13)}  # the link to UID 0 is dropped
    fs = links[(11, 12)]
    assert (fs.type, fs.lag, fs.lag_unit, fs.lag_elapsed) == (
        LinkType.FS,
        480,
        DurationUnit.DAYS,
        False,
    )
    ff = links[(12, 13)]
    assert (ff.type, ff.lag_percent) == (LinkType.FF, -50)
    ss = links[(11, 13)]
    assert (ss.type, ss.lag, ss.lag_elapsed) == (LinkType.SS, 2880, True)
    assert links[(10, 13)].type == LinkType.SF


def test_calendars_bases_exceptions_and_recurrences(plan) -> None:
    cals = {c.source_uid: c for c in plan.calendars.values()}
    standard, night = cals[1], cals[7]
    assert standard.weekdays[0] == ((480, 720), (780, 1020))  # Monday
    assert standard.weekdays[4] == ((480, 720),)  # Friday mornings
    assert standard.weekdays[6] == ()  # Sunday
    holidays = {(e.start, e.finish) for e in standard.exceptions if not e.intervals}
    assert (date(2024, 3, 12), date(2024, 3, 13)) in holidays
    # "Every Monday, 3 times, from April 1st": three single days.
    team_days = sorted(e.start for e in standard.exceptions if e.name == "Team day")
    assert team_days == [date(2024, 4, 1), date(2024, 4, 8), date(2024, 4, 15)]
    assert night.base_uid == standard.uid
    assert night.weekdays[0] == ((1320, 1440),) and night.weekdays[1] is None


def test_resources_and_assignments(plan) -> None:
    names = {r.name: r for r in plan.resources}
    assert set(names) == {"Grace", "Concrete", "Travel"}  # UID 0 is MS Project's placeholder
    grace = names["Grace"]
    assert (grace.initials, grace.email, grace.group, grace.max_units) == (
        "GH",
        "grace@example.com",
        "Dev",
        0.5,
    )
    assert (grace.standard_rate, grace.cost_per_use) == (Decimal(80), Decimal(50))
    assert plan.calendars[grace.calendar_uid].source_uid == 7
    assert (
        names["Concrete"].type == ResourceType.MATERIAL
        and names["Travel"].type == ResourceType.COST
    )
    (assignment,) = plan.assignments  # the "unassigned" row is dropped
    assert (
        assignment.resource_uid == grace.uid
        and assignment.units == 0.5
        and assignment.source_uid == 5
    )


def test_the_imported_plan_schedules(plan) -> None:
    result = schedule(plan)
    assert result.tasks[by_source(plan, 11).uid].finish == datetime(2024, 3, 5, 17, 0)
    assert result.project_finish > datetime(2024, 3, 7, 8, 0)


def test_reference_schedule_counts_missing_slack_as_zero() -> None:
    ref = read_reference_schedule(
        b'<Project xmlns="http://schemas.microsoft.com/project"><Tasks>'
        b"<Task><UID>0</UID></Task>"
        b"<Task><UID>3</UID><Name>A</Name><Start>2024-03-04T08:00:00</Start><Finish>2024-03-04T17:00:00</Finish>"
        b"<EarlyStart>2024-03-04T08:00:00</EarlyStart><TotalSlack>9600</TotalSlack><Critical>0</Critical></Task>"
        b"</Tasks></Project>"
    )
    assert list(ref) == [3]
    assert ref[3]["total_slack"] == 960 and ref[3]["free_slack"] == 0
    assert ref[3]["early_start"] == datetime(2024, 3, 4, 8, 0) and ref[3]["late_start"] is None
    assert ref[3]["critical"] is False and ref[3]["summary"] is False


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (3, (DurationUnit.MINUTES, False, False)),
        (6, (DurationUnit.HOURS, True, False)),
        (7, (DurationUnit.DAYS, False, False)),
        (10, (DurationUnit.WEEKS, True, False)),
        (11, (DurationUnit.MONTHS, False, False)),
        (19, (DurationUnit.DAYS, False, True)),
        (39, (DurationUnit.DAYS, False, False)),
        (44, (DurationUnit.MONTHS, True, False)),
    ],
)
def test_duration_format_codes(code: int, expected) -> None:
    assert duration_format(code) == expected


# --------------------------------------------------------------------- bad input


def test_malformed_xml_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xml"
    bad.write_text(
        '<?xml version="1.0"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n<Name>x</Nme>\n</Project>\n'
    )
    with pytest.raises(MspdiError, match=r"broken\.xml: line 3"):
        read_mspdi(bad)


def test_a_foreign_xml_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(MspdiError, match="not an MS Project XML file.*<html>"):
        read_mspdi(b"<html><body/></html>")


def test_a_bad_value_names_the_task_and_field() -> None:
    doc = PLAN.replace(b"<Duration>PT16H0M0S</Duration>", b"<Duration>sixteen hours</Duration>")
    with pytest.raises(MspdiError, match="task UID 11: Duration is not a duration"):
        read_mspdi(doc)
    doc = PLAN.replace(b"<ConstraintDate>2024-03-07T08:00:00", b"<ConstraintDate>next week")
    with pytest.raises(MspdiError, match="task UID 12: ConstraintDate is not a date"):
        read_mspdi(doc)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(MspdiError, match="nowhere.xml: cannot read"):
        read_mspdi(tmp_path / "nowhere.xml")


# --------------------------------------------------------------------- real files


@needs_oracle
def test_real_files_keep_their_uids_and_structure() -> None:
    path = ORACLE / "mspdi-from-mpp" / "aspose_software-development-plan.xml"
    plan = read_mspdi(str(path))
    ref = read_reference_schedule(path)
    assert {t.source_uid for t in plan.tasks} == set(ref)
    summaries = {t.parent_uid for t in plan.tasks if t.parent_uid}
    assert {t.source_uid for t in plan.tasks if t.uid in summaries} == {
        uid for uid, row in ref.items() if row["summary"]
    }
    percent = [d for d in plan.dependencies if d.lag_percent is not None]
    assert sorted(d.lag_percent for d in percent) == [-75, -50, -50]
    assert plan.project.start == datetime(2012, 12, 24, 8, 0)
    assert len(plan.resources) == 8 and len(plan.assignments) == 64


def test_work_weeks_and_yearly_holidays() -> None:
    doc = b"""<Project xmlns="http://schemas.microsoft.com/project">
      <StartDate>2024-01-01T08:00:00</StartDate>
      <Calendars><Calendar><UID>1</UID><Name>Plant</Name><IsBaseCalendar>1</IsBaseCalendar>
        <Exceptions><Exception>
          <EnteredByOccurrences>1</EnteredByOccurrences><Occurrences>2</Occurrences>
          <TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2026-12-31T23:59:00</ToDate></TimePeriod>
          <Name>Bastille Day</Name><Type>2</Type><Month>6</Month><MonthDay>14</MonthDay>
          <DayWorking>0</DayWorking>
        </Exception><Exception>
          <TimePeriod><FromDate>2024-01-01T00:00:00</FromDate><ToDate>2024-03-31T23:59:00</ToDate></TimePeriod>
          <Name>Inventory</Name><Type>5</Type><Period>1</Period><MonthItem>4</MonthItem><MonthPosition>4</MonthPosition>
          <DayWorking>0</DayWorking>
        </Exception></Exceptions>
        <WorkWeeks><WorkWeek><Name>Summer</Name>
          <TimePeriod><FromDate>2024-07-01T00:00:00</FromDate><ToDate>2024-07-14T23:59:00</ToDate></TimePeriod>
          <WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
            <WorkingTime><FromTime>07:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime>
          </WorkingTimes></WeekDay></WeekDays>
        </WorkWeek></WorkWeeks>
      </Calendar></Calendars></Project>"""
    plan = read_mspdi(doc)
    (cal,) = plan.calendars.values()
    days = {
        e.start: e for e in cal.exceptions if e.start == e.finish and e.name != "work week Summer"
    }
    assert sorted(d for d, e in days.items() if e.name == "Bastille Day") == [
        date(2024, 7, 14),
        date(2025, 7, 14),
    ]
    # The last Monday of January, February and March.
    assert sorted(d for d, e in days.items() if e.name == "Inventory") == [
        date(2024, 1, 29),
        date(2024, 2, 26),
        date(2024, 3, 25),
    ]
    work = WorkCalendar.from_calendar(cal, plan.calendars)
    assert work.day_intervals(date(2024, 7, 8)) == ((420, 780),)  # a summer Monday
    assert not work.is_working_day(date(2024, 7, 9))  # a Tuesday the work week leaves out
    assert work.minutes_on(date(2024, 7, 15)) == 480  # after the work week
