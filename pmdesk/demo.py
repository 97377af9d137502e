"""The built-in demo project that ``pmdesk`` opens when there is no file to open.

The content (a mobile fitness app launching in-app subscriptions) lives in
``resources/demo/product_launch.json`` as data, so it can be rewritten without touching code.
The file stores no calendar dates, only offsets, so the demo always looks current:

- ``weeks_before_today``: the project starts at 08:00 on the Monday that many weeks before
  the Monday of today's week;
- ``first_day``, ``last_day``, ``deadline_day``, a constraint's ``day``, a risk's
  ``raised_day`` and ``closed_day``: calendar days after the project start;
- ``review_in_days`` (risks): calendar days after today.

Tasks nest through ``children`` and refer to each other by ``key``. A predecessor is written
as in the predecessor column PMs know: ``"prd"`` (finish-to-start), ``"prd SS+2d"``,
``"launch_day FS-3d"`` (a lead), ``"submit FS+2ed"`` (elapsed days, weekends included) or
``"hifi SS+50%"`` (a share of the predecessor's duration). Durations and lags use the units
m, h, d, w and mo of working time (480 minutes a day), and ed and eh for elapsed time.

Progress comes from a small forward pass over the links on the demo calendar (weekends and
the demo holidays off), with the status date at the end of today: work that finishes by then
is done, work that straddles it is partly done, the rest has not started. The pass ignores
resource loading; it only makes the demo coherent and is no substitute for the scheduling
engine in :mod:`pmdesk.core.schedule`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from graphlib import CycleError, TopologicalSorter
from typing import Any

from pmdesk import resources_path
from pmdesk.core.durations import Lag
from pmdesk.core.model import (
    Assignment,
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
    RiskStatus,
    Task,
    new_uid,
)
from pmdesk.core.montecarlo import parse_schedule_impact
from pmdesk.core.outline import normalize
from pmdesk.demo_product import product_rows

DEMO_RESOURCE = "demo/product_launch.json"
DEMO_FORMAT = 1  # the "format" the data file declares; bumped when its fields change meaning

_DAY = 480  # working minutes in a demo day
_HALF_DAY = 240
_MORNING = 8 * 60  # 08:00, start of the morning shift
_AFTERNOON = 13 * 60  # 13:00, start of the afternoon shift
_START_TIME = time(8, 0)
_END_TIME = time(17, 0)
_HORIZON_DAYS = 3 * 366  # calendar days of working time laid out from the project start
# Cards that start within a working week of the status date are ready to pull.
_READY_HORIZON = 5 * _DAY
# In-progress cards this far along are waiting for review rather than being worked on.
_REVIEW_PERCENT = 80

_UNITS: dict[str, tuple[int, DurationUnit, bool]] = {
    "m": (1, DurationUnit.MINUTES, False),
    "h": (60, DurationUnit.HOURS, False),
    "d": (_DAY, DurationUnit.DAYS, False),
    "w": (5 * _DAY, DurationUnit.WEEKS, False),
    "mo": (20 * _DAY, DurationUnit.MONTHS, False),
    "eh": (60, DurationUnit.HOURS, True),
    "ed": (24 * 60, DurationUnit.DAYS, True),
}
_AMOUNT = re.compile(r"^([+-]?\d+(?:\.\d+)?)(mo|ed|eh|m|h|d|w|%)$")
_LINK = re.compile(r"^(?P<key>\w+)(?:\s+(?P<type>FS|SS|FF|SF)(?P<lag>[+-]\S+)?)?$")
_COLUMN_KEYS = ("backlog", "ready", "in_progress", "review", "done")


class DemoDataError(ValueError):
    """The demo data file is inconsistent; the message names the row and field."""


#: A duration or lag as written in the data: working or elapsed minutes, or a percent (a
#: lag's only). The core's parsed lag holds exactly that.
_Amount = Lag


@dataclass(frozen=True, slots=True)
class _Link:
    predecessor: str
    successor: str
    type: LinkType
    lag: _Amount


@dataclass(slots=True)
class _Node:
    """One task of the data file with its place in the outline."""

    key: str
    data: dict[str, Any]
    parent: str | None
    position: int
    uid: str = field(default_factory=new_uid)
    children: list[str] = field(default_factory=list)
    start: int = 0  # working minutes after the project start
    finish: int = 0
    worked: int = 0  # working minutes done by the status date
    done: bool = False

    @property
    def is_summary(self) -> bool:
        return "children" in self.data

    @property
    def milestone(self) -> bool:
        return bool(self.data.get("milestone", False))


def _parse_amount(text: str, where: str) -> _Amount:
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise DemoDataError(f"{where}: {text!r} is not a duration or lag like 5d, 2w, 2ed, 50%")
    value, unit = float(match[1]), match[2]
    if unit == "%":
        return _Amount(0, percent=round(value))
    factor, duration_unit, elapsed = _UNITS[unit]
    return _Amount(round(value * factor), duration_unit, elapsed)


class _WorkingDays:
    """Working time of the demo calendar as a count of working minutes from the start.

    Index 0 is the project start; index ``n`` is ``n`` working minutes later. Working days
    are Monday to Friday, 08:00-12:00 and 13:00-17:00, except the holidays.
    """

    def __init__(self, first: date, holidays: Iterable[date]) -> None:
        off = set(holidays)
        candidates = (first + timedelta(days=n) for n in range(_HORIZON_DAYS))
        self._days = [d for d in candidates if d.weekday() < 5 and d not in off]

    def moment(self, index: int, *, finish: bool) -> datetime:
        """The wall-clock time of ``index``: a finish ends at 12:00 or 17:00, a start
        begins at 08:00 or 13:00."""
        day, minute = divmod(index, _DAY)
        if finish and minute == 0 and day > 0:
            day, minute = day - 1, _DAY
        if minute < _HALF_DAY or (finish and minute == _HALF_DAY):
            clock = _MORNING + minute
        else:
            clock = _AFTERNOON + minute - _HALF_DAY
        if day >= len(self._days):
            raise DemoDataError(f"the demo plan runs past {_HORIZON_DAYS} days")
        return datetime.combine(self._days[day], time()) + timedelta(minutes=clock)

    def index(self, moment: datetime) -> int:
        """Working minutes from the project start up to ``moment``."""
        day = moment.date()
        days_before = bisect_left(self._days, day)
        minutes = 0
        if days_before < len(self._days) and self._days[days_before] == day:
            clock = moment.hour * 60 + moment.minute
            minutes = min(max(clock - _MORNING, 0), _HALF_DAY)
            minutes += min(max(clock - _AFTERNOON, 0), _HALF_DAY)
        return days_before * _DAY + minutes


def load_demo_data() -> dict[str, Any]:
    """The demo project's content as stored in ``resources/``."""
    path = resources_path(DEMO_RESOURCE)
    with path.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def build_demo_plan(today: date | None = None) -> Plan:
    """The demo project as of ``today`` (default: the real today), with fresh UUIDs.

    The project started some weeks before ``today`` and the status date is the end of
    ``today``, so Discovery is done, Definition is wrapping up and Build is under way.
    """
    return plan_from_demo_data(load_demo_data(), today or date.today())


def plan_from_demo_data(data: Mapping[str, Any], today: date) -> Plan:
    """A plan from demo data in the format of ``resources/demo`` anchored on ``today``.

    Raises :class:`DemoDataError` naming the task, link or risk when the data does not hold
    together (an unknown key, a dependency cycle, an unreadable duration).
    """
    try:
        return _DemoBuilder(data, today).build()
    except KeyError as exc:
        raise DemoDataError(f"demo data lacks the field {exc.args[0]!r}") from exc


class _DemoBuilder:
    """Turns the data file into a :class:`Plan` anchored on one date."""

    def __init__(self, data: Mapping[str, Any], today: date) -> None:
        self.data = data
        self.today = today
        monday = today - timedelta(days=today.weekday())
        self.start_day = monday - timedelta(weeks=int(data["weeks_before_today"]))
        self.project_start = datetime.combine(self.start_day, _START_TIME)
        self.status_date = datetime.combine(today, _END_TIME)
        self.nodes: dict[str, _Node] = {}
        self.links: list[_Link] = []
        self.resource_uids: dict[str, str] = {}

    def build(self) -> Plan:
        if self.data.get("format") != DEMO_FORMAT:
            found = self.data.get("format")
            raise DemoDataError(f"demo data format {found!r} is not format {DEMO_FORMAT}")
        calendar = self._calendar()
        holidays = (
            exc.start + timedelta(days=n)
            for exc in calendar.exceptions
            for n in range((exc.finish - exc.start).days + 1)
        )
        days = _WorkingDays(self.start_day, holidays)
        resources = self._resources()
        self._read_tasks(self.data["tasks"], parent=None)
        self._read_links()
        self._forward_pass(days)
        self._roll_up()
        status = days.index(self.status_date)
        for node in self.nodes.values():
            self._measure_progress(node, status)
        columns = self._board_columns()
        tasks = self._tasks(days, columns, status)
        project = ProjectInfo(
            uid=new_uid(),
            name=self.data["name"],
            start=self.project_start,
            description=self.data.get("description", ""),
            status_date=self.status_date,
            currency=self.data.get("currency", "EUR"),
            calendar_uid=calendar.uid,
            author=self.data.get("author", ""),
            company=self.data.get("company", ""),
            budget=Decimal(str(self.data.get("budget", "0"))),
        )
        return Plan(
            project=project,
            calendars={calendar.uid: calendar},
            tasks=normalize(tasks),
            dependencies=self._dependencies(),
            resources=resources,
            assignments=self._assignments(),
            board_columns=list(columns.values()),
            risks=self._risks(resources),
            budget_lines=[
                BudgetLine(new_uid(), line["category"], Decimal(str(line["amount"])),
                           line.get("note", ""))
                for line in self.data.get("budget_lines", ())
            ],
            cost_entries=self._cost_entries(),
            **product_rows(self.data, self._task_uid, self._day, self.today),
        )

    def _task_uid(self, key: str) -> str:
        if key not in self.nodes:
            raise DemoDataError(f"product data: unknown task {key!r}")
        return self.nodes[key].uid

    def _cost_entries(self) -> list[CostEntry]:
        """Invoices already paid: only those dated up to today, so the demo stays current."""
        out = []
        for entry in self.data.get("cost_entries", ()):
            on = self._day(entry["day"])
            if on > self.status_date.date():
                continue
            key = entry.get("task")
            if key is not None and key not in self.nodes:
                raise DemoDataError(f"cost entry {entry.get('note', '')!r}: unknown task {key!r}")
            out.append(CostEntry(
                new_uid(), on, Decimal(str(entry["amount"])), entry.get("category", ""),
                self.nodes[key].uid if key is not None else None, entry.get("note", ""),
            ))
        return out

    def _day(self, offset: int) -> date:
        return self.start_day + timedelta(days=int(offset))

    def _calendar(self) -> Calendar:
        spec = self.data["calendar"]
        exceptions = tuple(
            CalendarException(
                start=self._day(h["first_day"]), finish=self._day(h["last_day"]), name=h["name"]
            )
            for h in spec.get("holidays", ())
        )
        return Calendar(uid=new_uid(), name=spec["name"], exceptions=exceptions)

    def _resources(self) -> list[Resource]:
        out = []
        for spec in self.data["resources"]:
            resource = Resource(
                uid=new_uid(),
                name=spec["name"],
                type=ResourceType(spec.get("type", "work")),
                initials=spec.get("initials", ""),
                email=spec.get("email", ""),
                group=spec.get("group", ""),
                max_units=float(spec.get("max_units", 1.0)),
                standard_rate=Decimal(spec.get("standard_rate", "0")),
                overtime_rate=Decimal(spec.get("overtime_rate", "0")),
                cost_per_use=Decimal(spec.get("cost_per_use", "0")),
            )
            self.resource_uids[spec["key"]] = resource.uid
            out.append(resource)
        return out

    def _read_tasks(self, specs: list[dict[str, Any]], parent: str | None) -> None:
        for position, spec in enumerate(specs):
            key = spec["key"]
            if key in self.nodes:
                raise DemoDataError(f"task key {key!r} is used twice")
            node = _Node(key=key, data=spec, parent=parent, position=position)
            self.nodes[key] = node
            if parent is not None:
                self.nodes[parent].children.append(key)
            if node.is_summary:
                if not spec["children"]:
                    raise DemoDataError(f"task {key!r}: a summary task needs children")
                if "after" in spec:
                    raise DemoDataError(f"task {key!r}: link leaf tasks, not summary tasks")
                self._read_tasks(spec["children"], parent=key)

    def _read_links(self) -> None:
        for node in self.nodes.values():
            for text in node.data.get("after", ()):
                match = _LINK.match(text)
                if match is None:
                    raise DemoDataError(f"task {node.key!r}: cannot read predecessor {text!r}")
                predecessor = self.nodes.get(match["key"])
                if predecessor is None or predecessor.is_summary:
                    raise DemoDataError(
                        f"task {node.key!r}: predecessor {match['key']!r} is not a leaf task"
                    )
                lag = _Amount(0)
                if match["lag"]:
                    lag = _parse_amount(match["lag"], f"task {node.key!r}")
                link_type = LinkType(match["type"] or "FS")
                self.links.append(_Link(predecessor.key, node.key, link_type, lag))

    def _duration(self, node: _Node) -> _Amount:
        if node.milestone:
            return _Amount(0)
        amount = _parse_amount(node.data["duration"], f"task {node.key!r}")
        if amount.elapsed or amount.percent is not None:
            raise DemoDataError(f"task {node.key!r}: durations are in working time")
        return amount

    def _order(self) -> tuple[str, ...]:
        """Leaf task keys, every predecessor before its successors."""
        graph: dict[str, set[str]] = {k: set() for k, n in self.nodes.items() if not n.is_summary}
        for link in self.links:
            graph[link.successor].add(link.predecessor)
        try:
            return tuple(TopologicalSorter(graph).static_order())
        except CycleError as exc:
            raise DemoDataError(f"dependency cycle: {' -> '.join(exc.args[1])}") from exc

    def _forward_pass(self, days: _WorkingDays) -> None:
        incoming: dict[str, list[_Link]] = {}
        for link in self.links:
            incoming.setdefault(link.successor, []).append(link)
        for key in self._order():
            node = self.nodes[key]
            duration = self._duration(node).minutes
            earliest = 0
            for link in incoming.get(key, ()):
                pred = self.nodes[link.predecessor]
                anchor = pred.finish if link.type in (LinkType.FS, LinkType.FF) else pred.start
                if link.lag.elapsed:
                    wall = days.moment(anchor, finish=True) + timedelta(minutes=link.lag.minutes)
                    moment = days.index(wall)
                elif link.lag.percent is not None:
                    moment = anchor + (pred.finish - pred.start) * link.lag.percent // 100
                else:
                    moment = anchor + link.lag.minutes
                if link.type in (LinkType.FF, LinkType.SF):
                    moment -= duration
                earliest = max(earliest, moment)
            if "constraint" in node.data:
                earliest = max(earliest, self._constraint_index(node, days, duration))
            node.start, node.finish = earliest, earliest + duration

    def _constraint(self, node: _Node) -> tuple[ConstraintType, datetime]:
        spec = node.data["constraint"]
        kind = ConstraintType(spec["type"])
        if kind is ConstraintType.SNET:
            return kind, datetime.combine(self._day(spec["day"]), _START_TIME)
        if kind is ConstraintType.FNET:
            return kind, datetime.combine(self._day(spec["day"]), _END_TIME)
        raise DemoDataError(f"task {node.key!r}: the demo supports SNET and FNET constraints only")

    def _constraint_index(self, node: _Node, days: _WorkingDays, duration: int) -> int:
        kind, moment = self._constraint(node)
        index = days.index(moment)
        return index if kind is ConstraintType.SNET else index - duration

    def _roll_up(self) -> None:
        """Summary dates span their children; walking the outline backwards reaches every
        child before its parent."""
        for node in reversed(list(self.nodes.values())):
            if node.is_summary:
                kids = [self.nodes[k] for k in node.children]
                node.start = min(k.start for k in kids)
                node.finish = max(k.finish for k in kids)

    def _measure_progress(self, node: _Node, status: int) -> None:
        if node.is_summary:
            return
        node.worked = min(max(status - node.start, 0), node.finish - node.start)
        node.done = node.finish <= status

    def _leaves_under(self, node: _Node) -> list[_Node]:
        if not node.is_summary:
            return [node]
        return [leaf for k in node.children for leaf in self._leaves_under(self.nodes[k])]

    def _progress(self, node: _Node) -> tuple[int, bool, bool]:
        """Percent complete, whether work has started and whether all of it is done."""
        leaves = self._leaves_under(node)
        done = all(leaf.done for leaf in leaves)
        started = done or any(leaf.worked > 0 for leaf in leaves)
        total = sum(leaf.finish - leaf.start for leaf in leaves)
        if done:
            return 100, True, True
        if not started or total == 0:
            return 0, started, False
        percent = 100 * sum(leaf.worked for leaf in leaves) // total
        return min(max(percent, 1), 99), True, False

    def _board_columns(self) -> dict[str, BoardColumn]:
        columns = {}
        for position, spec in enumerate(self.data["board_columns"]):
            columns[spec["key"]] = BoardColumn(
                uid=new_uid(),
                name=spec["name"],
                position=position,
                wip_limit=spec.get("wip_limit"),
                done=bool(spec.get("done", False)),
            )
        missing = [k for k in _COLUMN_KEYS if k not in columns]
        if missing:
            raise DemoDataError(f"board columns {', '.join(missing)} are missing")
        return columns

    def _cards(self, columns: dict[str, BoardColumn], status: int) -> dict[str, tuple[str, float]]:
        """Board column key and rank of every card.

        Work items are cards; milestones are events on the timeline, not work to pull.
        Work under way fills In progress up to its WIP limit; the most advanced items, and
        any overflow, wait in Review as a team that respects its limits would arrange them.
        Done shows the most recently finished first, the other columns the earliest start.
        """
        by_column: dict[str, list[_Node]] = {key: [] for key in _COLUMN_KEYS}
        active: list[tuple[int, _Node]] = []
        for node in self.nodes.values():
            if node.is_summary or node.milestone:
                continue
            percent = self._progress(node)[0]
            if percent == 100:
                by_column["done"].append(node)
            elif percent > 0:
                active.append((percent, node))
            elif node.start - status <= _READY_HORIZON:
                by_column["ready"].append(node)
            else:
                by_column["backlog"].append(node)
        active.sort(key=lambda item: -item[0])
        review_limit = columns["review"].wip_limit or len(active)
        in_progress_limit = columns["in_progress"].wip_limit or len(active)
        advanced = sum(1 for percent, _ in active if percent >= _REVIEW_PERCENT)
        in_review = min(review_limit, max(advanced, len(active) - in_progress_limit))
        by_column["review"] = [node for _, node in active[:in_review]]
        by_column["in_progress"] = [node for _, node in active[in_review:]]
        cards: dict[str, tuple[str, float]] = {}
        for column, nodes in by_column.items():
            if column == "done":
                nodes.sort(key=lambda n: -n.finish)
            else:
                nodes.sort(key=lambda n: n.start)
            for rank, node in enumerate(nodes, start=1):
                cards[node.key] = (column, float(rank))
        return cards

    def _tasks(
        self, days: _WorkingDays, columns: dict[str, BoardColumn], status: int
    ) -> list[Task]:
        cards = self._cards(columns, status)
        out = []
        for node in self.nodes.values():
            spec = node.data
            percent, started, done = self._progress(node)
            # A milestone sits at the end of the work before it (Friday 17:00, not Monday 08:00).
            start = days.moment(node.start, finish=node.milestone)
            finish = days.moment(node.finish, finish=True)
            if node.is_summary:
                duration = _Amount(node.finish - node.start)
            else:
                duration = self._duration(node)
            constraint_type, constraint_date = ConstraintType.ASAP, None
            if "constraint" in spec:
                constraint_type, constraint_date = self._constraint(node)
            deadline = None
            if "deadline_day" in spec:
                deadline = datetime.combine(self._day(spec["deadline_day"]), _END_TIME)
            column, rank = cards.get(node.key, (None, 0.0))
            estimate = self._estimate(node)
            out.append(
                Task(
                    uid=node.uid,
                    name=spec["name"],
                    parent_uid=self.nodes[node.parent].uid if node.parent else None,
                    position=node.position,
                    notes=spec.get("notes", ""),
                    duration=duration.minutes,
                    duration_unit=duration.unit,
                    milestone=node.milestone,
                    constraint_type=constraint_type,
                    constraint_date=constraint_date,
                    deadline=deadline,
                    percent_complete=percent,
                    actual_start=start if started else None,
                    actual_finish=finish if done else None,
                    priority=int(spec.get("priority", 500)),
                    board_column_uid=columns[column].uid if column else None,
                    board_rank=rank,
                    tags=tuple(spec.get("tags", ())),
                    confidential=bool(spec.get("confidential", False)),
                    fixed_cost=Decimal(spec.get("fixed_cost", "0")),
                    optimistic=estimate[0] if estimate else None,
                    most_likely=estimate[1] if estimate else None,
                    pessimistic=estimate[2] if estimate else None,
                )
            )
        return out

    def _estimate(self, node: _Node) -> tuple[int, int, int] | None:
        """Three-point estimate "3d / 5d / 9d" (optimistic / most likely / pessimistic)."""
        text = node.data.get("estimate")
        if text is None:
            return None
        where = f"task {node.key!r} estimate"
        parts = [_parse_amount(part.strip(), where).minutes for part in str(text).split("/")]
        if len(parts) != 3 or not parts[0] <= parts[1] <= parts[2]:
            raise DemoDataError(f"{where}: {text!r} must read optimistic / likely / pessimistic")
        return parts[0], parts[1], parts[2]

    def _dependencies(self) -> list[Dependency]:
        return [
            Dependency.with_lag(
                self.nodes[link.predecessor].uid,
                self.nodes[link.successor].uid,
                link.type,
                link.lag,
            )
            for link in self.links
        ]

    def _resource_uid(self, key: str, where: str) -> str:
        try:
            return self.resource_uids[key]
        except KeyError:
            raise DemoDataError(f"{where}: unknown resource {key!r}") from None

    def _assignments(self) -> list[Assignment]:
        return [
            Assignment(
                uid=new_uid(),
                task_uid=node.uid,
                resource_uid=self._resource_uid(key, f"task {node.key!r}"),
                units=float(units),
            )
            for node in self.nodes.values()
            for key, units in node.data.get("assign", {}).items()
        ]

    def _risks(self, resources: list[Resource]) -> list[Risk]:
        names = {r.uid: r.name for r in resources}
        out = []
        for spec in self.data["risks"]:
            where = f"risk {spec['code']}"
            unknown = [k for k in spec.get("tasks", ()) if k not in self.nodes]
            if unknown:
                raise DemoDataError(f"{where}: unknown tasks {', '.join(unknown)}")
            review = spec.get("review_in_days")
            closed = spec.get("closed_day")
            try:
                low, likely, high = parse_schedule_impact(
                    spec.get("schedule_impact", "")) or (None, None, None)
            except ValueError as exc:
                raise DemoDataError(f"{where}: schedule impact {exc}") from None
            out.append(
                Risk(
                    uid=new_uid(),
                    code=spec["code"],
                    title=spec["title"],
                    description=spec.get("description", ""),
                    category=spec.get("category", "technical"),
                    kind=RiskKind(spec.get("kind", "threat")),
                    owner=names[self._resource_uid(spec["owner"], where)],
                    status=RiskStatus(spec.get("status", "open")),
                    probability=int(spec["probability"]),
                    impact=int(spec["impact"]),
                    cost_impact=Decimal(spec.get("cost_impact", "0")),
                    strategy=spec.get("strategy", ""),
                    response=spec.get("response", ""),
                    trigger=spec.get("trigger", ""),
                    review_date=(
                        self.today + timedelta(days=review) if review is not None else None
                    ),
                    raised=self._day(spec["raised_day"]) if "raised_day" in spec else None,
                    closed=self._day(closed) if closed is not None else None,
                    task_uids=tuple(self.nodes[k].uid for k in spec.get("tasks", ())),
                    chance=spec.get("chance"),
                    schedule_min=low,
                    schedule_likely=likely,
                    schedule_max=high,
                )
            )
        return out
