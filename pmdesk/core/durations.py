"""Durations and lags as a PM types and reads them: "5d", "4h", "2w", "1mo", "3ed", "50%".

A duration is stored as minutes (working minutes, or elapsed minutes for "e" units) plus the
unit it was typed in, so "2w" stays "2w" in the table instead of becoming "10d". Days, weeks
and months of working time follow the project's settings (``minutes_per_day``,
``minutes_per_week``, ``days_per_month``), as in Microsoft Project; elapsed units are
calendar time (a day is 24 hours, a week 7 days, a month 30 days).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .limits import LAG_PERCENT, MAX_MINUTES
from .model import DurationUnit, ProjectInfo

_ELAPSED_MINUTES = {
    DurationUnit.MINUTES: 1,
    DurationUnit.HOURS: 60,
    DurationUnit.DAYS: 1440,
    DurationUnit.WEEKS: 7 * 1440,
    DurationUnit.MONTHS: 30 * 1440,
}

# Every spelling accepted for a unit, longest first within the regex alternation below.
_UNIT_WORDS: dict[str, DurationUnit] = {
    "m": DurationUnit.MINUTES,
    "min": DurationUnit.MINUTES,
    "mins": DurationUnit.MINUTES,
    "minute": DurationUnit.MINUTES,
    "minutes": DurationUnit.MINUTES,
    "h": DurationUnit.HOURS,
    "hr": DurationUnit.HOURS,
    "hrs": DurationUnit.HOURS,
    "hour": DurationUnit.HOURS,
    "hours": DurationUnit.HOURS,
    "d": DurationUnit.DAYS,
    "dy": DurationUnit.DAYS,
    "day": DurationUnit.DAYS,
    "days": DurationUnit.DAYS,
    "w": DurationUnit.WEEKS,
    "wk": DurationUnit.WEEKS,
    "wks": DurationUnit.WEEKS,
    "week": DurationUnit.WEEKS,
    "weeks": DurationUnit.WEEKS,
    "mo": DurationUnit.MONTHS,
    "mon": DurationUnit.MONTHS,
    "mons": DurationUnit.MONTHS,
    "month": DurationUnit.MONTHS,
    "months": DurationUnit.MONTHS,
}

_NUMBER = r"(?P<number>\d+(?:[.,]\d*)?|[.,]\d+)"
_DURATION_RE = re.compile(
    r"^\s*" + _NUMBER + r"\s*(?P<elapsed>e)?\s*(?P<unit>[a-z]+)?\s*\??\s*$", re.IGNORECASE
)
_PERCENT_RE = re.compile(r"^\s*(?P<number>\d+(?:[.,]\d*)?)\s*%\s*$")

DURATION_HINT = "use a number and a unit such as 5d, 4h, 2w, 1mo or 3ed"
LAG_HINT = "use a signed number and a unit such as +2d, -1d, +4h, +3ed or +50%"


@dataclass(frozen=True, slots=True)
class TimeUnits:
    """How long a working day, week and month are in this project."""

    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20

    @classmethod
    def of(cls, project: ProjectInfo) -> TimeUnits:
        return cls(project.minutes_per_day, project.minutes_per_week, project.days_per_month)

    def minutes(self, unit: DurationUnit, elapsed: bool = False) -> int:
        """Minutes in one ``unit``."""
        if elapsed:
            return _ELAPSED_MINUTES[unit]
        if unit is DurationUnit.MINUTES:
            return 1
        if unit is DurationUnit.HOURS:
            return 60
        if unit is DurationUnit.DAYS:
            return self.minutes_per_day
        if unit is DurationUnit.WEEKS:
            return self.minutes_per_week
        return self.minutes_per_day * self.days_per_month


DEFAULT_UNITS = TimeUnits()


@dataclass(frozen=True, slots=True)
class Duration:
    """A parsed duration: ``minutes`` of working time (elapsed time when ``elapsed``)."""

    minutes: int
    unit: DurationUnit = DurationUnit.DAYS
    elapsed: bool = False

    @property
    def is_milestone(self) -> bool:
        return self.minutes == 0


@dataclass(frozen=True, slots=True)
class Lag:
    """A parsed lag; ``percent`` set means a share of the predecessor's duration."""

    minutes: int = 0
    unit: DurationUnit = DurationUnit.DAYS
    elapsed: bool = False
    percent: int | None = None


def _number(text: str) -> Decimal:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation as exc:  # pragma: no cover - the regex only lets numbers through
        raise ValueError(f"'{text}' is not a number") from exc


def _unit(word: str | None, text: str, hint: str) -> DurationUnit:
    if not word:
        return DurationUnit.DAYS
    unit = _UNIT_WORDS.get(word.lower())
    if unit is None:
        raise ValueError(f"'{text.strip()}' is not a {hint}")
    return unit


def _to_minutes(value: Decimal, unit: DurationUnit, elapsed: bool, units: TimeUnits) -> int:
    return int((value * units.minutes(unit, elapsed)).to_integral_value(ROUND_HALF_UP))


def parse_duration(text: str, units: TimeUnits = DEFAULT_UNITS) -> Duration:
    """Read a duration as typed in the task table: "5d", "4h", "2w", "1mo", "3ed", "1.5d".

    A bare number is days (as in Microsoft Project); "0" makes a milestone. A trailing "?"
    (Microsoft Project's "estimated") is accepted and ignored.
    """
    m = _DURATION_RE.match(text)
    if m is None:
        if text.strip().startswith("-"):
            raise ValueError(f"'{text.strip()}' is negative: a duration is 0 or more")
        raise ValueError(f"'{text.strip()}' is not a duration: {DURATION_HINT}")
    value = _number(m["number"])
    word = m["unit"]
    elapsed = bool(m["elapsed"])
    if elapsed and word is None:
        # "3e" alone: the user meant elapsed days; "3em" etc. are caught by the group.
        word = "d"
    unit = _unit(word, text, f"duration: {DURATION_HINT}")
    minutes = _to_minutes(value, unit, elapsed, units)
    if minutes > MAX_MINUTES:
        raise ValueError(
            f"'{_clip(text)}' is too long: a duration is at most {MAX_MINUTES:,} minutes "
            f"({format_duration(MAX_MINUTES, unit, elapsed, units)})"
        )
    return Duration(minutes, unit, elapsed)


def _clip(text: str) -> str:
    body = text.strip()
    return body if len(body) <= 30 else body[:27] + "..."


def parse_lag(text: str, units: TimeUnits = DEFAULT_UNITS) -> Lag:
    """Read a lag: "+2d", "-1d", "3ed", "+50%", "-25%" (a negative lag is a lead)."""
    body = text.strip()
    if not body:
        return Lag()
    sign = 1
    if body[0] in "+-":
        sign = -1 if body[0] == "-" else 1
        body = body[1:].strip()
    p = _PERCENT_RE.match(body)
    if p is not None:
        value = _number(p["number"])
        percent = sign * int(value.to_integral_value(ROUND_HALF_UP))
        if percent not in LAG_PERCENT:
            raise ValueError(
                f"'{_clip(text)}' is out of range: a lag in percent is {LAG_PERCENT.describe()}"
            )
        return Lag(percent=percent)
    try:
        d = parse_duration(body, units)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a lag: {LAG_HINT}") from None
    return Lag(sign * d.minutes, d.unit, d.elapsed)


def _trim(value: Decimal) -> str:
    """``value`` with at most two decimals and no trailing zeros ("1.5", "2", "0.33")."""
    q = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
    s = format(q, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def format_duration(
    minutes: int,
    unit: DurationUnit = DurationUnit.DAYS,
    elapsed: bool = False,
    units: TimeUnits = DEFAULT_UNITS,
) -> str:
    """The text a PM reads back: ``format_duration(720)`` is "1.5d"; round-trips
    :func:`parse_duration` for anything shown with two decimals."""
    per = units.minutes(unit, elapsed)
    return f"{_trim(Decimal(minutes) / Decimal(per))}{'e' if elapsed else ''}{unit.value}"


def format_lag(
    minutes: int,
    unit: DurationUnit = DurationUnit.DAYS,
    elapsed: bool = False,
    percent: int | None = None,
    units: TimeUnits = DEFAULT_UNITS,
) -> str:
    """A lag with its sign ("+2d", "-1d", "+50%"); empty when there is no lag."""
    if percent is not None:
        return "" if percent == 0 else f"{percent:+d}%"
    if minutes == 0:
        return ""
    sign = "-" if minutes < 0 else "+"
    return sign + format_duration(abs(minutes), unit, elapsed, units)
