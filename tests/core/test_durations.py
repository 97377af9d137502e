"""Durations and lags as PMs type them, read with the project's own day, week and month."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pmdesk.core.durations import (
    Duration,
    Lag,
    TimeUnits,
    format_duration,
    format_lag,
    parse_duration,
    parse_lag,
)
from pmdesk.core.limits import MAX_MINUTES
from pmdesk.core.model import DurationUnit, ProjectInfo

D, H, W, MO, M = (DurationUnit.DAYS, DurationUnit.HOURS, DurationUnit.WEEKS,
                  DurationUnit.MONTHS, DurationUnit.MINUTES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5d", Duration(5 * 480, D)),
        ("4h", Duration(240, H)),
        ("2w", Duration(2 * 2400, W)),
        ("1mo", Duration(20 * 480, MO)),
        ("3ed", Duration(3 * 1440, D, elapsed=True)),
        ("0", Duration(0, D)),
        ("1.5d", Duration(720, D)),
        ("1,5d", Duration(720, D)),
        ("7", Duration(7 * 480, D)),
        (" 2 weeks ", Duration(4800, W)),
        ("90min", Duration(90, M)),
        ("3d?", Duration(3 * 480, D)),
        ("1ew", Duration(7 * 1440, W, elapsed=True)),
    ],
)
def test_typed_durations(text: str, expected: Duration) -> None:
    assert parse_duration(text) == expected


def test_zero_is_a_milestone() -> None:
    assert parse_duration("0d").is_milestone
    assert not parse_duration("1h").is_milestone


def test_days_weeks_and_months_follow_the_project() -> None:
    project = ProjectInfo(uid="p", name="Four-day week", start=None, minutes_per_day=450,
                          minutes_per_week=1800, days_per_month=16)
    units = TimeUnits.of(project)
    assert parse_duration("2d", units).minutes == 900
    assert parse_duration("1w", units).minutes == 1800
    assert parse_duration("1mo", units).minutes == 16 * 450
    assert parse_duration("1ed", units).minutes == 1440  # elapsed days stay calendar days
    assert format_duration(900, D, units=units) == "2d"


@pytest.mark.parametrize("text", ["5x", "abc", "d", "", "5 parsecs", "3e5d"])
def test_nonsense_is_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValueError, match="is not a duration: use a number and a unit such as "
                                         "5d, 4h, 2w, 1mo or 3ed"):
        parse_duration(text)


def test_a_negative_duration_says_so() -> None:
    with pytest.raises(ValueError, match="'-2d' is negative"):
        parse_duration("-2d")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+2d", Lag(960, D)),
        ("-1d", Lag(-480, D)),
        ("3ed", Lag(3 * 1440, D, elapsed=True)),
        ("+50%", Lag(percent=50)),
        ("-25%", Lag(percent=-25)),
        ("", Lag()),
        ("+4h", Lag(240, H)),
    ],
)
def test_typed_lags(text: str, expected: Lag) -> None:
    assert parse_lag(text) == expected


def test_a_bad_lag_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match="'\\+2x' is not a lag"):
        parse_lag("+2x")


@pytest.mark.parametrize(
    ("minutes", "unit", "elapsed", "text"),
    [
        (2400, D, False, "5d"),
        (720, D, False, "1.5d"),
        (4800, W, False, "2w"),
        (240, H, False, "4h"),
        (4320, D, True, "3ed"),
        (0, D, False, "0d"),
        (160, D, False, "0.33d"),
    ],
)
def test_durations_read_back_as_typed(minutes: int, unit: DurationUnit, elapsed: bool,
                                      text: str) -> None:
    assert format_duration(minutes, unit, elapsed) == text


def test_lags_read_back_with_their_sign() -> None:
    assert format_lag(960) == "+2d"
    assert format_lag(-480) == "-1d"
    assert format_lag(0, percent=50) == "+50%"
    assert format_lag(0) == ""


@given(
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from([D, H, W, MO]),
    st.booleans(),
)
def test_whole_and_half_units_round_trip(halves: int, unit: DurationUnit, elapsed: bool) -> None:
    units = TimeUnits()
    minutes = halves * units.minutes(unit, elapsed) // 2
    assume(minutes <= MAX_MINUTES)  # longer ones are refused (see test_limits)
    text = format_duration(minutes, unit, elapsed, units)
    assert parse_duration(text, units) == Duration(minutes, unit, elapsed)


@given(st.integers(min_value=-50_000, max_value=50_000).filter(lambda m: m % 60 == 0))
def test_lags_in_hours_round_trip(minutes: int) -> None:
    text = format_lag(minutes, H)
    assert parse_lag(text).minutes == minutes
