"""What a PM types into the task table, read into plan values and written back.

Predecessors are typed as in Microsoft Project, by row number: "3FS+2d, 5SS-1d, 7FF+50%"
(type FS and no lag when left out). Resources by name or initials with optional units:
"Ana[50%], Ben". Dates in ISO ("2025-03-05") or day first ("5/3/2025", "5 Mar 2025").
Every parser raises ``ValueError`` naming the part that is wrong, so the table can show the
message right where it was typed and leave the plan as it was.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from dateutil import parser as date_parser

from .durations import DEFAULT_UNITS, Lag, TimeUnits, format_lag, parse_lag
from .limits import MOMENT, UNITS
from .model import Assignment, Dependency, LinkType, Resource, new_uid

PREDECESSOR_HINT = (
    "use a row number with an optional type and lag, such as 3, 3FS+2d, 5SS-1d or 7FF+50%"
)
RESOURCE_HINT = "use resource names or initials with optional units, such as Ana[50%], Ben"
DATE_HINT = "use a date such as 2025-03-05, 5/3/2025 or 5 Mar 2025"

_PRED_RE = re.compile(
    r"^\s*(?P<row>\d+)\s*(?P<type>FS|SS|FF|SF)?\s*(?P<lag>[+-].*)?$", re.IGNORECASE
)
_ISO_START = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_RES_RE = re.compile(r"^\s*(?P<name>[^\[\]]+?)\s*(?:\[\s*(?P<units>[^\]]*)\])?\s*$")


@dataclass(frozen=True, slots=True)
class LinkSpec:
    """One typed predecessor: row ``row`` (task ``predecessor_uid``), link type and lag."""

    row: int
    predecessor_uid: str
    type: LinkType = LinkType.FS
    lag: Lag = field(default_factory=Lag)


@dataclass(frozen=True, slots=True)
class ResourceSpec:
    """One typed assignment: a resource and its units (1.0 == 100 %)."""

    resource_uid: str
    units: float = 1.0


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def parse_predecessors(
    text: str,
    uid_for_row: Callable[[int], str | None],
    units: TimeUnits = DEFAULT_UNITS,
    own_row: int | None = None,
) -> list[LinkSpec]:
    """Read "3FS+2d, 5SS-1d, 7FF+50%" into link specs; an empty text means no predecessors."""
    specs: list[LinkSpec] = []
    seen: set[int] = set()
    for part in _split(text):
        m = _PRED_RE.match(part)
        if m is None:
            raise ValueError(f"'{part}' is not a predecessor: {PREDECESSOR_HINT}")
        row = int(m["row"])
        if own_row is not None and row == own_row:
            raise ValueError(f"'{part}': a task cannot be its own predecessor")
        if row in seen:
            raise ValueError(f"'{part}': row {row} is listed twice")
        uid = uid_for_row(row)
        if uid is None:
            raise ValueError(f"'{part}': there is no task in row {row}")
        try:
            lag = parse_lag(m["lag"] or "", units)
        except ValueError as exc:
            raise ValueError(f"'{part}': {exc}") from None
        seen.add(row)
        specs.append(LinkSpec(row, uid, LinkType((m["type"] or "FS").upper()), lag))
    return specs


def format_predecessor(row: int, dep: Dependency, units: TimeUnits = DEFAULT_UNITS) -> str:
    """One link as typed: "3" for a plain finish-to-start link, else "3SS-1d", "7FF+50%"."""
    lag = format_lag(dep.lag, dep.lag_unit, dep.lag_elapsed, dep.lag_percent, units)
    if dep.type is LinkType.FS and not lag:
        return str(row)
    return f"{row}{dep.type.value}{lag}"


def format_predecessors(
    deps: Iterable[Dependency],
    row_of: Callable[[str], int | None],
    units: TimeUnits = DEFAULT_UNITS,
) -> str:
    """The predecessors cell of a task: its incoming links by row number, in row order."""
    items: list[tuple[int, str]] = []
    for d in deps:
        row = row_of(d.predecessor_uid)
        if row is not None:
            items.append((row, format_predecessor(row, d, units)))
    items.sort()
    return ", ".join(text for _, text in items)


def links_patch(
    existing: Sequence[Dependency], successor_uid: str, specs: Sequence[LinkSpec]
) -> tuple[tuple[Dependency, ...], tuple[str, ...]]:
    """Links to upsert and link uids to remove so ``successor_uid`` has exactly ``specs``.

    A link to an unchanged predecessor keeps its uid, so history and merges see an edit
    rather than a delete and an insert.
    """
    by_pred = {d.predecessor_uid: d for d in existing if d.successor_uid == successor_uid}
    upserts: list[Dependency] = []
    for s in specs:
        old = by_pred.pop(s.predecessor_uid, None)
        link = Dependency.with_lag(s.predecessor_uid, successor_uid, s.type, s.lag,
                                   uid=None if old is None else old.uid)
        if link != old:
            upserts.append(link)
    return tuple(upserts), tuple(d.uid for d in by_pred.values())


def _units_text(text: str, part: str) -> float:
    body = text.strip()
    try:
        if body.endswith("%"):
            value = float(body[:-1].strip().replace(",", ".")) / 100.0
        else:
            value = float(body.replace(",", "."))
    except ValueError:
        raise ValueError(f"'{part}': '{body}' is not an amount such as 50% or 0.5") from None
    if not math.isfinite(value):
        raise ValueError(f"'{part}': '{body}' is not an amount such as 50% or 0.5")
    if value <= 0:
        raise ValueError(f"'{part}': units must be more than 0%")
    if value > UNITS.high:
        raise ValueError(f"'{part}': units are at most {UNITS.high * 100:,.0f}%")
    return value


def parse_percent(text: str) -> int:
    """A percentage as typed ("50", "50%", "49,6"), rounded; ValueError for anything else
    and for values outside 0 to 100 (``inf`` and ``1e309`` included)."""
    body = text.strip().rstrip("%").strip()
    try:
        value = float(body.replace(",", "."))
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a percentage: use 0 to 100") from None
    if not (math.isfinite(value) and 0 <= value <= 100):
        raise ValueError(f"'{text.strip()}' is out of range: use 0 to 100")
    return round(value)


class UnknownResourceError(ValueError):
    """Typed resources that the project does not have yet (``names``, as typed), the rest
    of the entry being fine: the table offers to create them."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        listed = ", ".join(f"'{n}'" for n in self.names)
        verb = "is not a resource" if len(self.names) == 1 else "are not resources"
        super().__init__(f"{listed} {verb} of this project")


def parse_resources(text: str, resources: Sequence[Resource]) -> list[ResourceSpec]:
    """Read "Ana[50%], Ben" (names or initials, any case) into resource specs.

    Names the project does not know raise :class:`UnknownResourceError` naming them all,
    once the rest of the entry has been checked."""
    by_name: dict[str, Resource] = {}
    for r in resources:
        if r.initials:
            by_name.setdefault(r.initials.casefold(), r)
    for r in resources:
        by_name[r.name.casefold()] = r
    specs: list[ResourceSpec] = []
    seen: set[str] = set()
    unknown: list[str] = []
    for part in _split(text):
        m = _RES_RE.match(part)
        if m is None:
            raise ValueError(f"'{part}' is not a resource: {RESOURCE_HINT}")
        res = by_name.get(m["name"].casefold())
        if res is None:
            if m["units"] is not None:
                _units_text(m["units"], part)  # bad units are named before a new name
            if m["name"].casefold() not in {n.casefold() for n in unknown}:
                unknown.append(m["name"])
            continue
        if res.uid in seen:
            raise ValueError(f"'{part}': {res.name} is listed twice")
        seen.add(res.uid)
        amount = 1.0 if m["units"] is None else _units_text(m["units"], part)
        specs.append(ResourceSpec(res.uid, amount))
    if unknown:
        raise UnknownResourceError(unknown)
    return specs


def format_units(units: float) -> str:
    """Units as a percentage without noise: 0.5 -> "50%", 1.25 -> "125%", 1/3 -> "33.3%"."""
    pct = round(units * 100, 1)
    return f"{pct:g}%"


def format_resources(
    assignments: Iterable[Assignment], resources: Mapping[str, Resource]
) -> str:
    """The resources cell: "Ana[50%], Ben" (100 % is left out, as in Microsoft Project)."""
    parts: list[str] = []
    for a in assignments:
        res = resources.get(a.resource_uid)
        if res is None:
            continue
        whole = abs(a.units - 1.0) < 1e-9
        parts.append(res.name if whole else f"{res.name}[{format_units(a.units)}]")
    return ", ".join(parts)


def assignments_patch(
    existing: Sequence[Assignment], task_uid: str, specs: Sequence[ResourceSpec]
) -> tuple[tuple[Assignment, ...], tuple[str, ...]]:
    """Assignments to upsert and uids to remove so ``task_uid`` has exactly ``specs``."""
    by_res = {a.resource_uid: a for a in existing if a.task_uid == task_uid}
    upserts: list[Assignment] = []
    for s in specs:
        old = by_res.pop(s.resource_uid, None)
        if old is None:
            upserts.append(Assignment(new_uid(), task_uid, s.resource_uid, s.units))
        elif abs(old.units - s.units) > 1e-9:
            upserts.append(replace(old, units=s.units))
    return tuple(upserts), tuple(a.uid for a in by_res.values())


# Dates a plan can hold (pmdesk.core.limits): far enough either way for any real project,
# and refusing a typo such as 20228 or 1066 before it reaches the scheduler.
EARLIEST_DATE = MOMENT.low.date()
LATEST_DATE = MOMENT.high.date()


def parse_date(text: str, default_time: time = time(8, 0), today: date | None = None) -> datetime:
    """Read a date (and optional time) as typed; a date without time gets ``default_time``.

    ISO dates are read as ISO ("2025-03-05" is 5 March); anything else is day first
    ("5/3/2025" is 5 March), with the current year when the year is left out. A date
    outside :data:`EARLIEST_DATE` .. :data:`LATEST_DATE` is refused.
    """
    body = text.strip()
    if not body:
        raise ValueError(f"A date is needed: {DATE_HINT}")
    moment = _read_date(body, default_time, today)
    if not EARLIEST_DATE <= moment.date() <= LATEST_DATE:
        raise ValueError(f"'{body}' is out of range: use a date between "
                         f"{EARLIEST_DATE.year} and {LATEST_DATE.year}")
    return moment


def parse_day(text: str) -> date:
    """A day typed into a table's date cell, read as :func:`parse_date` reads it: ISO, day
    first, or as the table shows it ("Fri 05 Mar 2027")."""
    return parse_date(text).date()


def parse_optional_day(text: str) -> date | None:
    """:func:`parse_day`, or None for an empty cell."""
    return parse_day(text) if text.strip() else None


def _read_date(body: str, default_time: time, today: date | None) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(body), default_time)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(body).replace(tzinfo=None)
    except ValueError:
        if _ISO_START.match(body):
            # Year first means ISO: "2025-13-01" is a slip, not the 13th of January.
            raise ValueError(f"'{body}' is not a date: {DATE_HINT}") from None
    if body[0] in "+-":
        # The date reader would drop the sign: "-5" is not the 5th of this month.
        raise ValueError(f"'{body}' is not a date: {DATE_HINT}")
    base = datetime.combine(today or date.today(), default_time)
    # A weekday in front, in any language ("Fr. 05.03.2027", "ven. 05/03/2027"), as
    # :func:`format_date` may write it, is left out.
    for attempt in (body, _WEEKDAY_FIRST.sub("", body)):
        try:
            return date_parser.parse(attempt, dayfirst=True, default=base).replace(tzinfo=None)
        except (ValueError, OverflowError):
            pass
    raise ValueError(f"'{body}' is not a date: {DATE_HINT}")


# How the task table shows a date ("Mon 03 Mar 2025"); a reader may try it first.
SHOWN_DATE = "%a %d %b %Y"


_WEEKDAY_FIRST = re.compile(r"^[^\W\d_]+\.?,?\s+(?=\d)")
# How the window writes a date in its language (pmdesk.ui.i18n sets it: "Fr. 05.03.2027");
# None: :data:`SHOWN_DATE`, as the command line and English write it.
_date_writer: Callable[[datetime], str] | None = None


def use_date_writer(writer: Callable[[datetime], str] | None) -> None:
    """Write dates with ``writer`` from now on (None: :data:`SHOWN_DATE`)."""
    global _date_writer
    _date_writer = writer


def format_date(moment: datetime | None) -> str:
    """A date as the table shows it ("Mon 03 Mar 2025", or as :func:`use_date_writer` says);
    :func:`parse_date` reads it back."""
    if moment is None:
        return ""
    return _date_writer(moment) if _date_writer is not None else moment.strftime(SHOWN_DATE)
