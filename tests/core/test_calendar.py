"""Working-time arithmetic: what a PM expects when a task spans nights, weekends, holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.calendar import (
    WorkCalendar,
    add_elapsed,
    calendars_for,
    project_calendar,
    to_minute,
)
from pmdesk.core.model import Calendar, CalendarException, Plan, ProjectInfo, standard_calendar

STD = WorkCalendar.standard()


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --------------------------------------------------------------------- standard week


def test_standard_day_has_480_minutes_and_a_weekend() -> None:
    assert STD.minutes_on(date(2024, 3, 4)) == 480  # Monday
    assert STD.day_intervals(date(2024, 3, 4)) == ((480, 720), (780, 1020))
    assert not STD.is_working_day(date(2024, 3, 9))  # Saturday
    assert not STD.is_working_day(date(2024, 3, 10))  # Sunday
    assert STD.minutes_on(date(2024, 3, 9)) == 0


def test_five_days_from_monday_morning_end_friday_evening() -> None:
    assert STD.add(dt("2024-03-04 08:00"), 5 * 480) == dt("2024-03-08 17:00")


def test_adding_lands_at_the_end_of_a_period_not_the_start_of_the_next() -> None:
    assert STD.add(dt("2024-03-04 08:00"), 240) == dt("2024-03-04 12:00")
    assert STD.add(dt("2024-03-08 13:00"), 240) == dt("2024-03-08 17:00")


def test_adding_skips_lunch_nights_and_weekends() -> None:
    assert STD.add(dt("2024-03-04 11:00"), 120) == dt("2024-03-04 14:00")
    assert STD.add(dt("2024-03-08 16:00"), 120) == dt("2024-03-11 09:00")
    assert STD.add(dt("2024-03-09 10:00"), 60) == dt("2024-03-11 09:00")  # from Saturday


def test_subtracting_lands_at_the_start_of_a_period() -> None:
    assert STD.add(dt("2024-03-11 08:00"), -480) == dt("2024-03-08 08:00")
    assert STD.add(dt("2024-03-08 17:00"), -5 * 480) == dt("2024-03-04 08:00")
    assert STD.add(dt("2024-03-04 13:00"), -240) == dt("2024-03-04 08:00")


def test_adding_zero_keeps_the_moment_even_outside_working_time() -> None:
    assert STD.add(dt("2024-03-09 10:00"), 0) == dt("2024-03-09 10:00")


def test_between_counts_working_minutes_and_is_negative_backwards() -> None:
    assert STD.between(dt("2024-03-08 08:00"), dt("2024-03-11 17:00")) == 960
    assert STD.between(dt("2024-03-11 17:00"), dt("2024-03-08 08:00")) == -960
    assert STD.between(dt("2024-03-08 17:00"), dt("2024-03-11 08:00")) == 0
    assert STD.between(dt("2024-03-04 11:30"), dt("2024-03-04 13:30")) == 60


def test_next_and_previous_working_moment() -> None:
    assert STD.next_working(dt("2024-03-08 17:00")) == dt("2024-03-11 08:00")
    assert STD.next_working(dt("2024-03-04 12:30")) == dt("2024-03-04 13:00")
    assert STD.next_working(dt("2024-03-04 09:15")) == dt("2024-03-04 09:15")
    assert STD.previous_working(dt("2024-03-11 08:00")) == dt("2024-03-08 17:00")
    assert STD.previous_working(dt("2024-03-04 12:30")) == dt("2024-03-04 12:00")
    assert STD.previous_working(dt("2024-03-04 09:15")) == dt("2024-03-04 09:15")


def test_elapsed_time_runs_through_nights_and_weekends() -> None:
    assert add_elapsed(dt("2024-03-08 17:00"), 3 * 1440) == dt("2024-03-11 17:00")


# --------------------------------------------------------------------- exceptions, bases


def company_calendars() -> dict[str, Calendar]:
    base = Calendar(
        uid="base",
        name="Company",
        exceptions=(
            CalendarException(date(2024, 12, 25), date(2024, 12, 26), (), "Christmas"),
            CalendarException(date(2024, 12, 24), date(2024, 12, 24), ((480, 720),), "Eve"),
        ),
    )
    part_time = Calendar(
        uid="pt",
        name="Part time",
        weekdays=(None, None, None, None, (), None, None),  # no Fridays
        exceptions=(CalendarException(date(2024, 12, 26), date(2024, 12, 26), ((480, 600),)),),
        base_uid="base",
    )
    return {"base": base, "pt": part_time}


def test_holidays_and_short_days_change_the_arithmetic() -> None:
    cals = company_calendars()
    company = WorkCalendar.from_calendar(cals["base"], cals)
    assert company.minutes_on(date(2024, 12, 24)) == 240
    assert not company.is_working_day(date(2024, 12, 25))
    # Monday 23rd 17:00 + 1 day: 4 hours on the 24th, nothing on 25th/26th, Friday morning.
    assert company.add(dt("2024-12-23 17:00"), 480) == dt("2024-12-27 12:00")


def test_a_derived_calendar_inherits_and_overrides_its_base() -> None:
    cals = company_calendars()
    part = WorkCalendar.from_calendar(cals["pt"], cals)
    assert part.minutes_on(date(2024, 12, 2)) == 480  # Monday from the base
    assert not part.is_working_day(date(2024, 12, 6))  # its own free Friday
    assert not part.is_working_day(date(2024, 12, 25))  # the base's holiday
    assert part.minutes_on(date(2024, 12, 26)) == 120  # its own exception wins


def test_calendars_for_and_project_calendar() -> None:
    cals = company_calendars()
    plan = Plan(
        project=ProjectInfo(uid="p", name="P", start=dt("2024-01-01 08:00"), calendar_uid="pt"),
        calendars=cals,
    )
    work = calendars_for(plan)
    assert set(work) == {"base", "pt"}
    assert not project_calendar(plan).is_working_day(date(2024, 12, 6))
    plan.project = ProjectInfo(uid="p", name="P", start=dt("2024-01-01 08:00"))
    assert project_calendar(plan).minutes_on(date(2024, 12, 6)) == 480


def test_base_calendar_loop_is_refused_with_names() -> None:
    a = Calendar(uid="a", name="Alpha", base_uid="b")
    b = Calendar(uid="b", name="Beta", base_uid="a")
    with pytest.raises(ValueError, match="Alpha.*loop.*Beta"):
        WorkCalendar.from_calendar(a, {"a": a, "b": b})


def test_missing_base_calendar_is_named() -> None:
    a = Calendar(uid="a", name="Alpha", base_uid="ghost")
    with pytest.raises(ValueError, match="Alpha.*ghost"):
        WorkCalendar.from_calendar(a, {"a": a})


def test_a_calendar_without_working_time_is_refused() -> None:
    idle = Calendar(uid="i", name="Idle", weekdays=((),) * 7)
    with pytest.raises(ValueError, match="Idle.*no working time"):
        WorkCalendar.from_calendar(idle, {"i": idle})


def test_bad_intervals_are_named() -> None:
    bad = Calendar(uid="x", name="Bad", weekdays=(((600, 500),),) + ((),) * 6)
    with pytest.raises(ValueError, match="Bad.*600-500"):
        WorkCalendar.from_calendar(bad, {"x": bad})


def test_night_shift_runs_over_midnight() -> None:
    night = WorkCalendar([((0, 180), (240, 480), (1380, 1440))] * 5 + [(), ()], name="Night")
    assert night.add(dt("2024-03-04 23:00"), 60) == dt("2024-03-05 00:00")
    assert night.add(dt("2024-03-04 23:00"), 120) == dt("2024-03-05 01:00")
    assert night.next_working(dt("2024-03-05 08:00")) == dt("2024-03-05 23:00")


def test_union_works_when_either_calendar_works() -> None:
    night = WorkCalendar([((0, 180), (240, 480), (1380, 1440))] * 5 + [(), ()], name="Night")
    both = WorkCalendar.union([STD, night])
    assert both.minutes_on(date(2024, 3, 5)) == 480 + 420 + 60
    assert both.between(dt("2024-03-05 00:00"), dt("2024-03-06 00:00")) == 960


# --------------------------------------------------------------------- long spans, properties


def test_decades_are_handled_without_walking_day_by_day() -> None:
    start = dt("2000-01-03 08:00")
    later = STD.add(start, 480 * 5 * 52 * 40)  # 40 years of working days
    assert later.year in (2039, 2040)
    assert STD.between(start, later) == 480 * 5 * 52 * 40
    assert STD.add(later, -480 * 5 * 52 * 40) == start


def brute_between(cal: WorkCalendar, a: datetime, b: datetime) -> int:
    """Working minutes from a to b by walking minute spans day by day (reference)."""
    total = 0
    d = a.date()
    while d <= b.date():
        for s, e in cal.day_intervals(d):
            lo = max(s, (a - datetime.combine(d, datetime.min.time())).total_seconds() // 60)
            hi = min(e, (b - datetime.combine(d, datetime.min.time())).total_seconds() // 60)
            if hi > lo:
                total += int(hi - lo)
        d += timedelta(days=1)
    return total


moments = st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2025, 12, 31)).map(
    lambda m: m.replace(second=0, microsecond=0)
)


@settings(max_examples=150, deadline=None)
@given(moments, moments)
def test_between_matches_a_day_by_day_count(a: datetime, b: datetime) -> None:
    cals = company_calendars()
    cal = WorkCalendar.from_calendar(cals["pt"], cals)
    lo, hi = min(a, b), max(a, b)
    assert cal.between(lo, hi) == brute_between(cal, lo, hi)
    assert cal.between(hi, lo) == -brute_between(cal, lo, hi)


@settings(max_examples=200, deadline=None)
@given(moments, st.integers(min_value=-200_000, max_value=200_000))
def test_adding_then_measuring_gives_back_the_minutes(moment: datetime, minutes: int) -> None:
    later = STD.add(moment, minutes)
    assert STD.between(moment, later) == minutes
    if minutes > 0:
        # The earliest such moment: one minute earlier is not enough.
        assert STD.between(moment, later - timedelta(minutes=1)) == minutes - 1
    if minutes < 0:
        # The latest such moment: one minute later is too little.
        assert STD.between(moment, later + timedelta(minutes=1)) == minutes + 1


def test_standard_calendar_helper_matches_the_model_default() -> None:
    cal = WorkCalendar.from_calendar(standard_calendar("s"), {})
    assert [cal.minutes_on(date(2024, 3, 4) + timedelta(days=k)) for k in range(7)] == [
        480,
        480,
        480,
        480,
        480,
        0,
        0,
    ]


@settings(max_examples=300, deadline=None)
@given(moments, st.sampled_from([0, 1, 59, 240, 480, 2400, 48_000]), st.booleans())
def test_fused_span_look_ups_agree_with_the_plain_operations(
    moment: datetime, minutes: int, milestone: bool
) -> None:
    cals = company_calendars()
    cal = WorkCalendar.from_calendar(cals["pt"], cals)
    m = to_minute(moment)
    start, finish, w = cal.forward_span_m(m, minutes, milestone)
    expected_start = cal.next_m(m)
    if milestone and expected_start != m and cal.previous_m(m) == m:
        expected_start = m
    assert start == expected_start
    assert finish == (cal.add_m(expected_start, minutes) if minutes else start)
    assert w == cal.work_m(m)
    finish, start, w = cal.backward_span_m(m, minutes, not milestone)
    expected_finish = cal.previous_m(m)
    if milestone and cal.next_m(m) == m:
        expected_finish = m  # a milestone keeps a finish at the start of a working period
    assert finish == expected_finish
    assert start == (cal.add_m(expected_finish, -minutes) if minutes else finish)
    assert w == cal.work_m(m)
