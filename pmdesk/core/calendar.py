"""Working time: when work can happen, and minute arithmetic over it.

A :class:`WorkCalendar` answers the scheduler's questions ("8 working days after Friday
17:00", "working minutes between these two moments") over plans that span years, so it
never walks day by day: it keeps a table of working periods with the working minutes
before each, extended on demand, and answers with one bisection in that table.

Moments are naive ``datetime`` values at minute precision. Internally (and for the
scheduler, through the ``*_m`` methods) a moment is an ``int``: minutes since
0001-01-01 00:00, i.e. ``date.toordinal() * 1440 + minute of day``.

The conventions follow Microsoft Project: adding working time lands at the *end* of a
working period (five days after Monday 08:00 is Friday 17:00, not Monday 08:00),
subtracting lands at the *start* of one, and ``next_working`` / ``previous_working``
move to the start of the next / the end of the previous working period.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta

from .model import Calendar, DayHours, Plan, standard_calendar

__all__ = [
    "WorkCalendar",
    "add_elapsed",
    "calendars_for",
    "from_minute",
    "merge_hours",
    "project_calendar",
    "to_minute",
]

MINUTES_PER_DAY = 1440
# The day table grows by at least this many days at a time.
_CHUNK_DAYS = 2 * 366
# A calendar search that has to look further than this has no working time left.
_MAX_SPAN_DAYS = 400 * 366


# Calendars already resolved, with the day tables they have grown, by calendar and base
# chain: a plan is rescheduled after every edit, and its calendars rarely change. A
# WorkCalendar's answers never change, but its tables grow as it is asked, so each
# thread keeps its own (a schedule-risk simulation runs in a worker thread).
_BUILT = threading.local()
_BUILT_LIMIT = 64


def to_minute(moment: datetime) -> int:
    """A moment as minutes since 0001-01-01 00:00 (seconds are dropped)."""
    return moment.toordinal() * MINUTES_PER_DAY + moment.hour * 60 + moment.minute


def from_minute(minute: int) -> datetime:
    """The moment ``minute`` minutes after 0001-01-01 00:00."""
    day, mod = divmod(minute, MINUTES_PER_DAY)
    return datetime.fromordinal(day).replace(hour=mod // 60, minute=mod % 60)


def add_elapsed(moment: datetime, minutes: int) -> datetime:
    """``moment`` plus ``minutes`` of elapsed time (24 hours a day, 7 days a week)."""
    return moment + timedelta(minutes=minutes)


def merge_hours(days: Iterable[DayHours]) -> DayHours:
    """The union of several days' working intervals, sorted and merged."""
    spans = sorted(s for day in days for s in day)
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)


def _common(days: Iterable[DayHours]) -> DayHours:
    """The working intervals every one of several days shares."""
    it = iter(days)
    out = list(next(it, ()))
    for day in it:
        both: list[tuple[int, int]] = []
        for a0, a1 in out:
            for b0, b1 in day:
                lo, hi = max(a0, b0), min(a1, b1)
                if lo < hi:
                    both.append((lo, hi))
        out = both
    return tuple(out)


def _check_hours(hours: DayHours, where: str) -> DayHours:
    previous_end = 0
    for interval in hours:
        if len(interval) != 2:
            raise ValueError(f"{where}: a working interval needs a start and an end: {interval!r}")
        start, end = interval
        if not (0 <= start < end <= MINUTES_PER_DAY):
            raise ValueError(
                f"{where}: working interval {start}-{end} must satisfy 0 <= start < end <= 1440"
            )
        if start < previous_end:
            raise ValueError(f"{where}: working intervals overlap or are not sorted: {hours!r}")
        previous_end = end
    return tuple(hours)


class WorkCalendar:
    """Working hours per weekday plus dated exceptions, with fast minute arithmetic."""

    __slots__ = ("_cw", "_d0", "_exceptions", "_n", "_pe", "_ps", "_week", "name")

    def __init__(
        self,
        week: Iterable[DayHours],
        exceptions: Mapping[date, DayHours] | None = None,
        name: str = "",
    ) -> None:
        self.name = name
        week = tuple(week)
        if len(week) != 7:
            raise ValueError(
                f"calendar {name!r}: needs 7 weekdays (Monday first), got {len(week)}"
            )
        self._week: tuple[DayHours, ...] = tuple(
            _check_hours(h, f"calendar {name!r}, weekday {i}") for i, h in enumerate(week)
        )
        self._exceptions: dict[date, DayHours] = {
            d: _check_hours(h, f"calendar {name!r}, exception on {d}")
            for d, h in (exceptions or {}).items()
        }
        if not any(self._week) and not any(self._exceptions.values()):
            raise ValueError(f"calendar {name!r} has no working time at all")
        self._d0 = 0
        self._n = 0
        # The table covers ordinals _d0 .. _d0 + _n - 1 as working periods: period k runs
        # from minute _ps[k] to _pe[k], and _cw[k] working minutes lie before it (_cw has
        # one more entry: the total). Every question is one bisection and a subtraction.
        self._ps: list[int] = []
        self._pe: list[int] = []
        self._cw: list[int] = [0]

    # ------------------------------------------------------------------ construction

    @classmethod
    def from_calendar(cls, cal: Calendar, calendars: Mapping[str, Calendar]) -> WorkCalendar:
        """The working time of ``cal``, with weekdays and exceptions its base calendars give."""
        chain: list[Calendar] = []
        seen: set[str] = set()
        current: Calendar | None = cal
        while current is not None:
            if current.uid in seen:
                names = " → ".join(c.name for c in chain) + f" → {current.name}"
                raise ValueError(f"calendar {cal.name!r}: base calendars form a loop: {names}")
            seen.add(current.uid)
            chain.append(current)
            if current.base_uid is None:
                break
            base = calendars.get(current.base_uid)
            if base is None:
                raise ValueError(
                    f"calendar {current.name!r}: base calendar {current.base_uid} does not exist"
                )
            current = base
        try:
            key = (cls, tuple(chain))
            cache: dict[object, WorkCalendar] = _BUILT.__dict__.setdefault("calendars", {})
            built = cache.get(key)
        except TypeError:  # a calendar built with lists instead of tuples: not hashable
            key, built = None, None
        if built is None:
            built = cls._resolve(cal, chain)
            if key is not None:
                if len(cache) >= _BUILT_LIMIT:
                    del cache[next(iter(cache))]
                cache[key] = built
        return built

    @classmethod
    def _resolve(cls, cal: Calendar, chain: list[Calendar]) -> WorkCalendar:
        """``cal`` with the weekdays and exceptions of its ``chain`` of base calendars."""
        week: list[DayHours | None] = [None] * 7
        for c in chain:  # the calendar itself first, then its bases
            for i in range(7):
                if week[i] is None and i < len(c.weekdays) and c.weekdays[i] is not None:
                    week[i] = c.weekdays[i]
        default = standard_calendar("default").weekdays
        resolved = tuple(w if w is not None else default[i] or () for i, w in enumerate(week))
        exceptions: dict[date, DayHours] = {}
        for c in reversed(chain):  # base exceptions first; the calendar's own win
            for ex in c.exceptions:
                if ex.finish < ex.start:
                    raise ValueError(
                        f"calendar {c.name!r}: exception {ex.name or ex.start} ends "
                        f"({ex.finish}) before it starts ({ex.start})"
                    )
                d = ex.start
                while d <= ex.finish:
                    exceptions[d] = tuple(ex.intervals)
                    d += timedelta(days=1)
        return cls(resolved, exceptions, cal.name)

    @classmethod
    def standard(cls) -> WorkCalendar:
        """Monday to Friday 08:00-12:00 and 13:00-17:00."""
        return cls.from_calendar(standard_calendar("standard"), {})

    @classmethod
    def union(cls, calendars: Iterable[WorkCalendar], name: str = "") -> WorkCalendar:
        """Working whenever any of ``calendars`` works (a task worked by several resources)."""
        return cls._combined(list(calendars), merge_hours, name, " + ")

    @classmethod
    def intersection(cls, calendars: Iterable[WorkCalendar], name: str = "") -> WorkCalendar:
        """Working only when all of ``calendars`` work (a task calendar and its resources'
        calendars). Raises ValueError when they never work together."""
        return cls._combined(list(calendars), _common, name, " & ")

    @classmethod
    def _combined(
        cls,
        cals: list[WorkCalendar],
        combine: Callable[[Iterable[DayHours]], DayHours],
        name: str,
        joiner: str,
    ) -> WorkCalendar:
        """``cals`` combined day by day with ``combine`` (of their working hours), named
        ``name`` or else their names joined by ``joiner``."""
        if len(cals) == 1:
            return cals[0]
        week = [combine(c._week[i] for c in cals) for i in range(7)]
        days = {d for c in cals for d in c._exceptions}
        exceptions = {d: combine(c.day_intervals(d) for c in cals) for d in days}
        return cls(week, exceptions, name or joiner.join(c.name for c in cals))

    # ------------------------------------------------------------------ day table

    def day_intervals(self, d: date) -> DayHours:
        """The working intervals of one day."""
        hours = self._exceptions.get(d)
        return self._week[d.weekday()] if hours is None else hours

    def minutes_on(self, d: date) -> int:
        """Working minutes of one day."""
        return sum(e - s for s, e in self.day_intervals(d))

    def is_working_day(self, d: date) -> bool:
        return bool(self.day_intervals(d))

    def _periods(
        self, first: int, last: int, work_before: int
    ) -> tuple[list[int], list[int], list[int], int]:
        """The working periods of ordinals ``first`` .. ``last - 1``: their starts, ends
        and the work before each (counting from ``work_before``), and the work after them."""
        week, exceptions = self._week, self._exceptions
        starts: list[int] = []
        ends: list[int] = []
        before: list[int] = []
        work = work_before
        d = date.fromordinal(first)
        weekday = d.weekday()
        one = timedelta(days=1)
        base = first * MINUTES_PER_DAY
        for _ in range(last - first):
            hours = exceptions.get(d) if exceptions else None
            if hours is None:
                hours = week[weekday]
            for start, end in hours:
                starts.append(base + start)
                ends.append(base + end)
                before.append(work)
                work += end - start
            d += one
            weekday = 0 if weekday == 6 else weekday + 1
            base += MINUTES_PER_DAY
        return starts, ends, before, work

    def _extend(self, day: int) -> None:
        """Make the table cover ordinal ``day``."""
        if self._n == 0:
            first, last = day - _CHUNK_DAYS // 2, day + _CHUNK_DAYS
            starts, ends, before, total = self._periods(first, last, 0)
            self._ps, self._pe, self._cw = starts, ends, [*before, total]
            self._d0, self._n = first, last - first
            return
        if day < self._d0:
            first = min(day - _CHUNK_DAYS // 2, self._d0 - self._n)
            if self._d0 - first > _MAX_SPAN_DAYS:
                raise ValueError(
                    f"calendar {self.name!r}: date out of range ({date.fromordinal(max(day, 1))})"
                )
            starts, ends, before, total = self._periods(first, self._d0, 0)
            shift = self._cw[0] - total  # the work before the table stays where it was
            self._ps = starts + self._ps
            self._pe = ends + self._pe
            self._cw = [w + shift for w in before] + self._cw
            self._n += self._d0 - first
            self._d0 = first
        elif day >= self._d0 + self._n:
            end = self._d0 + self._n
            last = max(day + _CHUNK_DAYS // 2, end + self._n)
            if last - end > _MAX_SPAN_DAYS:
                raise ValueError(f"calendar {self.name!r}: date out of range")
            cw = self._cw
            starts, ends, before, total = self._periods(end, last, cw.pop())
            self._ps.extend(starts)
            self._pe.extend(ends)
            cw.extend(before)
            cw.append(total)
            self._n = last - self._d0

    def _reach(self, target: int, strict_after: bool) -> None:
        """Extend the table until ``target`` working minutes lie strictly inside it."""
        while (
            self._n == 0
            or target >= self._cw[-1]
            or (target <= self._cw[0] if strict_after else target < self._cw[0])
        ):
            if self._n == 0:
                self._extend(730000)
            elif target >= self._cw[-1]:
                self._extend(self._d0 + self._n)
            else:
                self._extend(self._d0 - 1)
            if self._n > _MAX_SPAN_DAYS:
                raise ValueError(
                    f"calendar {self.name!r} has no working time"
                    f" within {_MAX_SPAN_DAYS // 366} years"
                )

    # ------------------------------------------------------------------ minute API

    def work_m(self, m: int) -> int:
        """Working minutes from the table origin up to moment ``m`` (may be negative)."""
        i = m // MINUTES_PER_DAY - self._d0
        if i < 0 or i >= self._n:
            self._extend(m // MINUTES_PER_DAY)
        k = bisect_right(self._ps, m) - 1
        if k < 0:
            return self._cw[0]
        return self._cw[k] + min(m - self._ps[k], self._pe[k] - self._ps[k])

    def earliest_m(self, target: int) -> int:
        """The earliest moment by which ``target`` working minutes have been worked."""
        cw = self._cw
        if self._n == 0 or target <= cw[0] or target > cw[-1]:
            self._reach(target, True)
            cw = self._cw
        k = bisect_left(cw, target) - 1
        return self._ps[k] + target - cw[k]

    def latest_m(self, target: int) -> int:
        """The latest moment before work beyond ``target`` working minutes begins."""
        cw = self._cw
        if self._n == 0 or target < cw[0] or target >= cw[-1]:
            self._reach(target, False)
            cw = self._cw
        k = bisect_right(cw, target) - 1
        return self._ps[k] + target - cw[k]

    def forward_span_m(self, m: int, minutes: int, keep_period_end: bool) -> tuple[int, int, int]:
        """``(start, finish, work at start)`` of ``minutes`` of work starting at ``m``.

        The start is the next working moment; with ``keep_period_end`` a moment right at
        the end of a working period stays put (a milestone). The scheduler asks this once
        per task, so the look-ups are written out here rather than composed.
        """
        ps, cw = self._ps, self._cw
        k = bisect_right(ps, m) - 1
        if (
            k < 0
            or k + 1 >= len(ps)
            or m + 2 * minutes + 4 * MINUTES_PER_DAY >= (self._d0 + self._n) * MINUTES_PER_DAY
        ):
            w = self.work_m(m)
            start = self.latest_m(w)
            if start != m and keep_period_end and self.earliest_m(w) == m:
                start = m
            return start, (self.earliest_m(w + minutes) if minutes else start), w
        end = self._pe[k]
        if m < end:
            w = cw[k] + m - ps[k]
            start = m
        else:
            w = cw[k + 1]
            start = m if keep_period_end and m == end else ps[k + 1]
        if not minutes:
            return start, start, w
        target = w + minutes
        if target > cw[-1]:
            return start, self.earliest_m(target), w
        j = bisect_left(cw, target, k) - 1
        return start, ps[j] + target - cw[j], w

    def backward_span_m(self, m: int, minutes: int, snap_back: bool) -> tuple[int, int, int]:
        """``(finish, start, work at finish)`` of ``minutes`` of work finishing by ``m``.

        With ``snap_back`` a finish at the start of a working period moves back to the end
        of the previous one (Monday 08:00 becomes Friday 17:00); without it (a milestone)
        it stays there, but a finish inside non-working time (Saturday) still moves back
        to the end of the last working period: a task never finishes on a day off.
        """
        ps, cw = self._ps, self._cw
        k = bisect_left(ps, m) - 1
        if (
            k < 0
            or k + 1 >= len(ps)
            or m >= (self._d0 + self._n) * MINUTES_PER_DAY
            or m - 2 * minutes - 4 * MINUTES_PER_DAY < self._d0 * MINUTES_PER_DAY
        ):
            w = self.work_m(m)
            finish = self.earliest_m(w)
            if not snap_back and self.latest_m(w) == m:
                finish = m  # right at the start of a working period
            return finish, (self.latest_m(w - minutes) if minutes else finish), w
        end = self._pe[k]
        if m <= end:
            w = cw[k] + m - ps[k]
            finish = m
        else:
            w = cw[k + 1]
            finish = m if not snap_back and m == ps[k + 1] else end
        if not minutes:
            return finish, finish, w
        target = w - minutes
        if target < cw[0]:
            return finish, self.latest_m(target), w
        j = bisect_right(cw, target, 0, k + 1) - 1
        return finish, ps[j] + target - cw[j], w

    def add_m(self, m: int, minutes: int) -> int:
        """Moment ``m`` plus ``minutes`` of working time (negative subtracts)."""
        if minutes > 0:
            return self.earliest_m(self.work_m(m) + minutes)
        if minutes < 0:
            return self.latest_m(self.work_m(m) + minutes)
        return m

    def next_m(self, m: int) -> int:
        """``m`` if work happens right after it, else the start of the next working period."""
        return self.latest_m(self.work_m(m))

    def previous_m(self, m: int) -> int:
        """``m`` if work happened right before it, else the end of the previous working period."""
        return self.earliest_m(self.work_m(m))

    def between_m(self, a: int, b: int) -> int:
        """Working minutes from ``a`` to ``b`` (negative when ``b`` is before ``a``)."""
        return self.work_m(b) - self.work_m(a)

    # ------------------------------------------------------------------ datetime API

    def add(self, moment: datetime, minutes: int) -> datetime:
        """``moment`` plus ``minutes`` of working time; negative ``minutes`` subtracts."""
        return from_minute(self.add_m(to_minute(moment), minutes))

    def between(self, a: datetime, b: datetime) -> int:
        """Working minutes from ``a`` to ``b``; negative when ``b`` is before ``a``."""
        return self.between_m(to_minute(a), to_minute(b))

    def next_working(self, moment: datetime) -> datetime:
        """``moment`` if it is working time, else the start of the next working period."""
        return from_minute(self.next_m(to_minute(moment)))

    def previous_working(self, moment: datetime) -> datetime:
        """``moment`` if work happened just before it, else the end of the previous period."""
        return from_minute(self.previous_m(to_minute(moment)))

    def __repr__(self) -> str:
        return f"WorkCalendar({self.name!r})"


def calendars_for(plan: Plan) -> dict[str, WorkCalendar]:
    """A :class:`WorkCalendar` for each calendar of the plan, by calendar uid."""
    return {
        uid: WorkCalendar.from_calendar(cal, plan.calendars) for uid, cal in plan.calendars.items()
    }


def project_calendar(plan: Plan) -> WorkCalendar:
    """The plan's default calendar, or the standard calendar when it has none."""
    cal = plan.calendars.get(plan.project.calendar_uid or "")
    if cal is None:
        return WorkCalendar.standard()
    return WorkCalendar.from_calendar(cal, plan.calendars)
