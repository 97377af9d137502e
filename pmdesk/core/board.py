"""The kanban board as a view of the plan: cards, lanes, WIP limits and the move rules.

The board and the plan are the same data. A card is a leaf task of the plan (milestones are
events on the timeline, not work to pull); its column is ``Task.board_column_uid`` and its
place in the column ``Task.board_rank``. A leaf task that no column holds yet is shown where
its progress puts it: a finished task in the done column, a started one in the first
started column, the rest in the first column.

Columns fall in three states, by position (sorted by ``BoardColumn.position``):

- **done**: a column flagged ``done``;
- **started** (work in progress): a column that is not done and sits at or after the first
  column whose name contains "progress" or "doing" ("In progress", "Doing"); a board
  without such a name counts every column after the first as started;
- **not started**: the columns before that (Backlog, Ready).

Moving a card is one patch that changes the task and records a :class:`StatusChange` (at
the move's real moment, for the flow metrics). The actual dates it writes follow the plan,
judged at the *status moment*: the project's status date, or the move's moment when the
project has none (:class:`BoardClock`):

- into a not-started column: the task is not started (0 %, no actual start or finish);
- into a started column: the actual start is kept; else it is the task's scheduled start
  when that is later than the status moment (work reported ahead of plan starts as
  planned), or else the status moment (it started late, by then). A task coming back out
  of done is reopened (0 %, no actual finish);
- into a done column: 100 %; the actual start is kept, or else the scheduled start; the
  actual finish is that start plus the task's duration on its calendar, as Microsoft
  Project's 100 % does, so duration, start and finish agree.

No actual date lands before the project start, a finish never lands before its start, and
a board move never changes the project's start. Other actual dates are typed in Task
Information.

Moving within a column only re-ranks the card. Moving a card to another swimlane changes
what the lanes group by: its priority (the band's middle value), its phase (it becomes the
last child of that top-level summary task), or its lead assignee. A card's lane by assignee
is its lead assignee: the first of its assignments. Dropped in another person's lane, that
person replaces the lead (with the lead's units) and co-assignees stay; dropped in the
"Unassigned" lane, every assignee is taken off. :func:`lane_move_text` says which, for the
undo history.

A WIP limit is advisory: :func:`wip_overflow` says when a move would take a column over its
limit; the board asks the user before it goes ahead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from .calendar import calendars_for, project_calendar
from .model import Assignment, BoardColumn, Plan, StatusChange, Task, new_uid
from .outline import summary_uids
from .patch import Patch
from .schedule import ScheduleResult, TaskDates
from .words import word

STARTED_WORDS = ("progress", "doing")


class LaneBy(StrEnum):
    """What the board's swimlanes group cards by."""

    NONE = "none"
    ASSIGNEE = "assignee"
    PHASE = "phase"
    PRIORITY = "priority"


class ColumnState(StrEnum):
    """What moving a card into a column does to its task's progress."""

    NOT_STARTED = "not started"
    STARTED = "started"
    DONE = "done"


# (key, title, lowest priority, highest priority, value a card moved into the lane gets)
PRIORITY_BANDS: tuple[tuple[str, str, int, int, int], ...] = (
    ("high", "High priority", 700, 1000, 800),
    ("medium", "Medium priority", 300, 699, 500),
    ("low", "Low priority", 0, 299, 200),
)
NO_LANE = ""


def priority_band(priority: int) -> str:
    for key, _title, low, high, _value in PRIORITY_BANDS:
        if low <= priority <= high:
            return key
    return "high" if priority > 1000 else "low"


def ordered_columns(plan: Plan) -> list[BoardColumn]:
    """The columns left to right (by position, then by the order they were added)."""
    return [
        c for _, c in sorted(enumerate(plan.board_columns), key=lambda p: (p[1].position, p[0]))
    ]


def column_states(columns: Iterable[BoardColumn]) -> dict[str, ColumnState]:
    """The state of every column, as the module docstring defines it."""
    cols = sorted(columns, key=lambda c: c.position)
    first_started = next(
        (i for i, c in enumerate(cols) if any(w in c.name.casefold() for w in STARTED_WORDS)),
        1,
    )
    out: dict[str, ColumnState] = {}
    for i, c in enumerate(cols):
        if c.done:
            out[c.uid] = ColumnState.DONE
        elif i >= first_started:
            out[c.uid] = ColumnState.STARTED
        else:
            out[c.uid] = ColumnState.NOT_STARTED
    return out


def is_finished(task: Task) -> bool:
    return task.actual_finish is not None or task.percent_complete >= 100


def card_tasks(plan: Plan) -> list[Task]:
    """The tasks the board shows as cards: leaf tasks that are not milestones."""
    summaries = summary_uids(plan.tasks)
    return [t for t in plan.tasks if t.uid not in summaries and not t.milestone]


def home_column(task: Task, columns: list[BoardColumn], states: dict[str, ColumnState]) -> str:
    """The column a card is in: its own, or the one its progress implies."""
    if task.board_column_uid in states:
        return task.board_column_uid
    wanted = (
        ColumnState.DONE if is_finished(task)
        else ColumnState.STARTED if task.percent_complete > 0 or task.actual_start
        else ColumnState.NOT_STARTED
    )
    for c in columns:
        if states[c.uid] == wanted:
            return c.uid
    return columns[0].uid


@dataclass(frozen=True, slots=True)
class Card:
    """What a card shows about its task."""

    task: Task
    column_uid: str
    lane: str
    initials: tuple[str, ...]
    assignees: tuple[str, ...]
    blocked_by: tuple[str, ...]  # names of the unfinished predecessors
    phase: str  # name of the top-level summary, "" for a top-level task

    @property
    def uid(self) -> str:
        return self.task.uid

    @property
    def blocked(self) -> bool:
        return bool(self.blocked_by)


@dataclass(frozen=True, slots=True)
class Lane:
    """A swimlane of the board: its key (a resource, phase or priority band) and title."""

    key: str
    title: str


@dataclass(slots=True)
class Board:
    """The board as it is shown: columns, lanes and the cards of each (lane, column) cell.

    ``counts`` are every card of a column, whatever the filter: WIP limits count real work.
    """

    columns: list[BoardColumn]
    states: dict[str, ColumnState]
    lanes: list[Lane]
    cells: dict[tuple[str, str], list[Card]]
    counts: dict[str, int]
    cards: dict[str, Card]  # every card by task uid, shown or not
    lane_by: LaneBy

    def cell(self, lane: str, column_uid: str) -> list[Card]:
        return self.cells.get((lane, column_uid), [])

    def over_limit(self, column: BoardColumn) -> bool:
        return column.wip_limit is not None and self.counts.get(column.uid, 0) > column.wip_limit

    def position_of(self, task_uid: str) -> tuple[str, str, int] | None:
        """(lane, column uid, index in the cell) of a shown card."""
        card = self.cards.get(task_uid)
        if card is None:
            return None
        cell = self.cell(card.lane, card.column_uid)
        for i, c in enumerate(cell):
            if c.uid == task_uid:
                return card.lane, card.column_uid, i
        return None


def _phases(plan: Plan) -> dict[str, Task]:
    """The top-level ancestor of every task that has a parent."""
    by_uid = plan.task_index()
    out: dict[str, Task] = {}
    for t in plan.tasks:  # parents come before their children
        if t.parent_uid is not None:
            parent = by_uid.get(t.parent_uid)
            if parent is not None:
                out[t.uid] = out.get(parent.uid, parent)
    return out


def _blockers(plan: Plan, by_uid: dict[str, Task]) -> dict[str, list[str]]:
    """Unfinished predecessors per task (a start-to-start predecessor only until it starts)."""
    out: dict[str, list[str]] = {}
    for d in plan.dependencies:
        pred = by_uid.get(d.predecessor_uid)
        if pred is None:
            continue
        if d.type == "SS":
            blocking = pred.actual_start is None and pred.percent_complete == 0
        else:
            blocking = not is_finished(pred)
        if blocking:
            out.setdefault(d.successor_uid, []).append(pred.name)
    return out


def _matches(card: Card, text: str, assignee: str | None, tag: str | None,
             assignee_uids: tuple[str, ...]) -> bool:
    if tag and tag not in card.task.tags:
        return False
    if assignee is not None and (assignee not in assignee_uids if assignee else assignee_uids):
        return False
    if text:
        hay = " ".join((card.task.name, card.task.notes, *card.task.tags, *card.assignees))
        return text in hay.casefold()
    return True


def build_board(
    plan: Plan,
    lane_by: LaneBy = LaneBy.NONE,
    text: str = "",
    assignee: str | None = None,
    tag: str | None = None,
) -> Board:
    """The board of ``plan`` grouped by ``lane_by`` and filtered.

    ``text`` matches name, notes, tags and assignee names (any case); ``assignee`` is a
    resource uid ("" for unassigned cards), ``tag`` one tag; None means no filter.
    """
    columns = ordered_columns(plan)
    states = column_states(columns)
    by_uid = plan.task_index()
    resources = {r.uid: r for r in plan.resources}
    assigned: dict[str, list[str]] = {}
    for a in plan.assignments:
        if a.resource_uid in resources:
            assigned.setdefault(a.task_uid, []).append(a.resource_uid)
    phases = _phases(plan)
    blockers = _blockers(plan, by_uid)
    needle = text.strip().casefold()
    outline = {t.uid: i for i, t in enumerate(plan.tasks)}

    cards: dict[str, Card] = {}
    counts = {c.uid: 0 for c in columns}
    shown: dict[tuple[str, str], list[Card]] = {}
    lane_keys: dict[str, str] = {}
    if not columns:
        return Board(columns, states, [], {}, counts, cards, lane_by)
    for t in card_tasks(plan):
        column = home_column(t, columns, states)
        counts[column] += 1
        rids = tuple(assigned.get(t.uid, ()))  # the lead assignee first
        phase = phases.get(t.uid)
        if lane_by == LaneBy.ASSIGNEE:
            lane = rids[0] if rids else NO_LANE
            title = resources[lane].name if lane else "Unassigned"
        elif lane_by == LaneBy.PHASE:
            lane = phase.uid if phase else NO_LANE
            title = phase.name if phase else "No phase"
        elif lane_by == LaneBy.PRIORITY:
            lane = priority_band(t.priority)
            title = next(b[1] for b in PRIORITY_BANDS if b[0] == lane)
        else:
            lane, title = NO_LANE, ""
        card = Card(
            task=t,
            column_uid=column,
            lane=lane,
            initials=tuple(resources[r].initials or _initials(resources[r].name) for r in rids),
            assignees=tuple(resources[r].name for r in rids),
            blocked_by=() if is_finished(t) else tuple(blockers.get(t.uid, ())),
            phase=phase.name if phase else "",
        )
        cards[t.uid] = card
        lane_keys.setdefault(lane, title)
        if _matches(card, needle, assignee, tag, rids):
            shown.setdefault((lane, column), []).append(card)
    for cell in shown.values():
        # Cards no column holds yet come after the placed ones, in outline order.
        cell.sort(key=lambda c: (c.task.board_column_uid != c.column_uid, c.task.board_rank,
                                 outline[c.uid]))
    return Board(columns, states, _lanes(plan, lane_by, lane_keys, phases), shown, counts,
                 cards, lane_by)


def _lanes(plan: Plan, lane_by: LaneBy, found: dict[str, str],
           phases: dict[str, Task]) -> list[Lane]:
    """Lanes in a stable order: resources, phases in outline order, bands high to low."""
    if lane_by == LaneBy.NONE:
        return [Lane(NO_LANE, "")]
    if lane_by == LaneBy.ASSIGNEE:
        order = [r.uid for r in plan.resources]
    elif lane_by == LaneBy.PHASE:
        order = [t.uid for t in plan.tasks if t.parent_uid is None]
    else:
        order = [b[0] for b in PRIORITY_BANDS]
        found = {b[0]: b[1] for b in PRIORITY_BANDS}
    lanes = [Lane(k, found[k]) for k in order if k in found]
    if NO_LANE in found and lane_by != LaneBy.PRIORITY:
        lanes.append(Lane(NO_LANE, found[NO_LANE]))
    return lanes


def _initials(name: str) -> str:
    parts = [p for p in name.replace("-", " ").split() if p]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


# -- moves ---------------------------------------------------------------------------------


def _column_order(plan: Plan, column_uid: str, skip: str) -> list[Task]:
    """The cards of a column in board order, without ``skip``.

    Cards shown there only by their progress are placed for good: they get the column and
    ranks after the placed cards, so a card dropped among them lands where it was dropped.
    """
    columns = ordered_columns(plan)
    states = column_states(columns)
    outline = {t.uid: i for i, t in enumerate(plan.tasks)}
    cards = [t for t in card_tasks(plan)
             if t.uid != skip and home_column(t, columns, states) == column_uid]
    cards.sort(key=lambda t: (t.board_column_uid != column_uid, t.board_rank, outline[t.uid]))
    placed = [t for t in cards if t.board_column_uid == column_uid]
    rank = placed[-1].board_rank if placed else 0.0
    for t in cards[len(placed):]:
        rank += 1.0
        placed.append(replace(t, board_column_uid=column_uid, board_rank=rank))
    return placed


def _ranks(others: list[Task], at: int) -> tuple[float, dict[str, float]]:
    """A rank for a card inserted at index ``at`` of ``others``, and any re-ranked cards."""
    prev = others[at - 1].board_rank if at > 0 else None
    nxt = others[at].board_rank if at < len(others) else None
    if prev is None:
        return (1.0 if nxt is None else nxt - 1.0), {}
    if nxt is None:
        return prev + 1.0, {}
    mid = (prev + nxt) / 2
    if prev < mid < nxt:
        return mid, {}
    # Equal or exhausted ranks: number the whole column afresh, leaving a slot at ``at``.
    renumbered = {}
    for i, t in enumerate(others):
        rank = float(i + 1 if i < at else i + 2)
        if rank != t.board_rank:
            renumbered[t.uid] = rank
    return float(at + 1), renumbered


@dataclass(frozen=True)
class BoardClock:
    """When a board move happens and the plan's dates its actual dates follow."""

    moment: datetime  # the move itself, recorded in the card's history
    status: datetime  # the status date, else the move's moment
    project_start: datetime
    scheduled: Mapping[str, TaskDates] = field(default_factory=dict)  # by task uid
    finish_after: Callable[[Task, datetime], datetime] | None = None

    def scheduled_start(self, task: Task) -> datetime:
        """Where the schedule has the task start, never before the project start."""
        dates = self.scheduled.get(task.uid)
        return max(dates.start if dates is not None else self.project_start,
                   self.project_start)

    def start_of(self, task: Task) -> datetime:
        """The actual start a task gets when it starts now (see the module docstring)."""
        if task.actual_start is not None:
            return task.actual_start
        return max(self.scheduled_start(task), self.status)

    def finish_of(self, task: Task, start: datetime) -> datetime:
        """The actual finish of a task done now: its start plus its duration."""
        finish = (self.finish_after(task, start) if self.finish_after is not None
                  else start + timedelta(minutes=task.duration))
        return max(finish, start)


def board_clock(plan: Plan, schedule: ScheduleResult | None, now: datetime) -> BoardClock:
    """The clock of a move made at ``now`` on ``plan`` as ``schedule`` dates it."""
    calendars = calendars_for(plan)
    fallback = project_calendar(plan)

    def finish_after(task: Task, start: datetime) -> datetime:
        if task.duration_elapsed:
            return start + timedelta(minutes=task.duration)
        calendar = calendars.get(task.calendar_uid or "", fallback)
        return calendar.add(start, task.duration)

    return BoardClock(now, plan.project.status_date or now, plan.project.start,
                      schedule.tasks if schedule is not None else {}, finish_after)


def status_fields(task: Task, state: ColumnState, clock: BoardClock) -> Task:
    """``task`` as a move into a column of ``state`` leaves it (see the module docstring)."""
    if state == ColumnState.NOT_STARTED:
        return replace(task, percent_complete=0, actual_start=None, actual_finish=None)
    if state == ColumnState.STARTED:
        percent = task.percent_complete if task.percent_complete < 100 else 0
        return replace(task, percent_complete=percent, actual_start=clock.start_of(task),
                       actual_finish=None)
    start = task.actual_start or clock.scheduled_start(task)
    if task.actual_finish is not None and is_finished(task):
        finish = max(task.actual_finish, start)
    else:
        finish = clock.finish_of(task, start)
    return replace(task, percent_complete=100, actual_start=start, actual_finish=finish)


def move_card_patch(
    plan: Plan,
    task_uid: str,
    column_uid: str,
    *,
    before_uid: str | None = None,
    after_uid: str | None = None,
    lane_by: LaneBy = LaneBy.NONE,
    lane: str | None = None,
    now: datetime,
    schedule: ScheduleResult | None = None,
) -> Patch:
    """One patch moving a card into ``column_uid``, before ``before_uid`` or after
    ``after_uid`` (a card of that column), else at the column's end; into ``lane`` of
    ``lane_by`` when given. ``schedule`` dates the plan (the scheduled starts the actual
    dates follow). An empty patch when nothing would change."""
    by_uid = plan.task_index()
    task = by_uid[task_uid]
    columns = ordered_columns(plan)
    states = column_states(columns)
    if column_uid not in states:
        raise KeyError(column_uid)
    old_column = home_column(task, columns, states)
    others = _column_order(plan, column_uid, task_uid)
    uids = [t.uid for t in others]
    if before_uid is not None and before_uid in uids:
        at = uids.index(before_uid)
    elif after_uid is not None and after_uid in uids:
        at = uids.index(after_uid) + 1
    else:
        at = len(others)
    rank, renumbered = _ranks(others, at)
    new = replace(task, board_column_uid=column_uid, board_rank=rank)
    if old_column == column_uid and task.board_column_uid == column_uid:
        # Within one column only the order changes: keep the rank when it already fits.
        prev = others[at - 1].board_rank if at > 0 else None
        nxt = others[at].board_rank if at < len(others) else None
        if (prev is None or prev < task.board_rank) and (nxt is None or task.board_rank < nxt):
            new, renumbered = task, {}
    status: tuple[StatusChange, ...] = ()
    if old_column != column_uid or task.board_column_uid != column_uid:
        new = status_fields(new, states[column_uid], board_clock(plan, schedule, now))
        if old_column != column_uid or not _has_history(plan, task_uid):
            status = (StatusChange(new_uid(), task_uid, column_uid, now),)
    patch = Patch(status_changes=status)
    if lane is not None:
        new, lane_patch = _into_lane(plan, new, lane_by, lane)
        patch = patch.then(lane_patch)
    changed = [new] if new != task else []
    placed = {t.uid: t for t in others}
    for t in others:
        if t.uid in renumbered:
            placed[t.uid] = replace(t, board_rank=renumbered[t.uid])
    changed += [t for u, t in placed.items() if t != by_uid[u]]
    if not changed and patch.is_empty():
        return Patch()
    return Patch(tasks=tuple(changed)).then(patch)


def _has_history(plan: Plan, task_uid: str) -> bool:
    return any(c.task_uid == task_uid for c in plan.status_changes)


def _lead(plan: Plan, task_uid: str) -> tuple[list[Assignment], Assignment | None]:
    """The task's assignments to known resources, in plan order, and the first of them."""
    known = {r.uid for r in plan.resources}
    mine = [a for a in plan.assignments if a.task_uid == task_uid and a.resource_uid in known]
    return mine, (mine[0] if mine else None)


def _into_lane(plan: Plan, task: Task, lane_by: LaneBy, lane: str) -> tuple[Task, Patch]:
    """The task (and assignment edits) that put it in ``lane``."""
    if lane_by == LaneBy.PRIORITY:
        if priority_band(task.priority) != lane:
            value = next(b[4] for b in PRIORITY_BANDS if b[0] == lane)
            task = replace(task, priority=value)
        return task, Patch()
    if lane_by == LaneBy.PHASE:
        phases = _phases(plan)
        current = phases.get(task.uid)
        if (current.uid if current else NO_LANE) == lane:
            return task, Patch()
        parent = lane or None
        siblings = [t.position for t in plan.tasks if t.parent_uid == parent and t.uid != task.uid]
        return replace(task, parent_uid=parent, position=max(siblings, default=-1) + 1), Patch()
    if lane_by == LaneBy.ASSIGNEE:
        mine, lead = _lead(plan, task.uid)
        if (lead.resource_uid if lead else NO_LANE) == lane:
            return task, Patch()
        if lane == NO_LANE:
            return task, Patch(assignments_removed=tuple(a.uid for a in mine))
        if lead is None:
            return task, Patch(assignments=(Assignment(new_uid(), task.uid, lane),))
        # The lane's person takes the lead's place (first, so the card shows in that lane);
        # an assignment they already had gives way to it.
        already = next((a for a in mine if a.resource_uid == lane), None)
        return task, Patch(
            assignments=(replace(lead, resource_uid=lane),),
            assignments_removed=(already.uid,) if already is not None else (),
        )
    return task, Patch()


def lane_move_text(plan: Plan, task_uid: str, lane_by: LaneBy, lane: str | None) -> str:
    """What a move into ``lane`` does to the card's lead assignee, for the undo history
    ("Ben Ode replaces Ana Lopez"); "" when the lane does not change people."""
    if lane_by != LaneBy.ASSIGNEE or lane is None:
        return ""
    mine, lead = _lead(plan, task_uid)
    if (lead.resource_uid if lead else NO_LANE) == lane:
        return ""
    names = {r.uid: r.name for r in plan.resources}
    if lane == NO_LANE:
        gone = ", ".join(names[a.resource_uid] for a in mine)
        return word("Undo", "unassign {names}").format(names=gone)
    if lead is None:
        return word("Undo", "assign {name}").format(name=names[lane])
    return word("Undo", "{name} replaces {old}").format(name=names[lane],
                                                         old=names[lead.resource_uid])


def wip_overflow(plan: Plan, task_uid: str, column_uid: str) -> tuple[int, int] | None:
    """(cards after the move, limit) when moving the card would take the column over its
    WIP limit; None when the move keeps within it (or stays in the column)."""
    columns = ordered_columns(plan)
    states = column_states(columns)
    column = next((c for c in columns if c.uid == column_uid), None)
    if column is None or column.wip_limit is None:
        return None
    task = plan.task_index()[task_uid]
    if home_column(task, columns, states) == column_uid:
        return None
    count = 1 + sum(1 for t in card_tasks(plan) if home_column(t, columns, states) == column_uid)
    return (count, column.wip_limit) if count > column.wip_limit else None


def new_card_patch(
    plan: Plan,
    name: str,
    column_uid: str,
    *,
    parent_uid: str | None = None,
    lane_by: LaneBy = LaneBy.NONE,
    lane: str | None = None,
    now: datetime,
) -> tuple[Patch, str]:
    """A new one-day task as the last card of a column (and lane); returns (patch, uid)."""
    name = name.strip()
    if not name:
        raise ValueError("A card needs a name.")
    columns = ordered_columns(plan)
    states = column_states(columns)
    siblings = [t.position for t in plan.tasks if t.parent_uid == parent_uid]
    others = _column_order(plan, column_uid, "")
    task = Task(uid=new_uid(), name=name, parent_uid=parent_uid,
                position=max(siblings, default=-1) + 1, board_column_uid=column_uid,
                board_rank=(others[-1].board_rank + 1.0) if others else 1.0)
    task = status_fields(task, states[column_uid], board_clock(plan, None, now))
    extra = Patch()
    if lane is not None and lane_by != LaneBy.PHASE:
        task, extra = _into_lane(plan, task, lane_by, lane)
    return (Patch(tasks=(task,), status_changes=(StatusChange(new_uid(), task.uid, column_uid,
                                                              now),)).then(extra), task.uid)


# -- columns -------------------------------------------------------------------------------


def _renumbered(columns: list[BoardColumn]) -> tuple[BoardColumn, ...]:
    return tuple(replace(c, position=i) for i, c in enumerate(columns))


def _changed_only(plan: Plan, columns: Iterable[BoardColumn]) -> tuple[BoardColumn, ...]:
    old = {c.uid: c for c in plan.board_columns}
    return tuple(c for c in columns if old.get(c.uid) != c)


def add_column_patch(plan: Plan, name: str, *, wip_limit: int | None = None,
                     done: bool = False, index: int | None = None) -> tuple[Patch, str]:
    """A new column at ``index`` (default: the end); returns (patch, column uid)."""
    name = name.strip()
    if not name:
        raise ValueError("A column needs a name.")
    columns = ordered_columns(plan)
    column = BoardColumn(new_uid(), name, wip_limit=wip_limit, done=done)
    columns.insert(len(columns) if index is None else max(0, min(index, len(columns))), column)
    return Patch(board_columns=_changed_only(plan, _renumbered(columns))), column.uid


def edit_column_patch(plan: Plan, column_uid: str, *, name: str, wip_limit: int | None,
                      done: bool) -> Patch:
    """Rename a column, set its WIP limit (None: no limit) and its done flag."""
    name = name.strip()
    if not name:
        raise ValueError("A column needs a name.")
    if wip_limit is not None and wip_limit < 1:
        raise ValueError("A WIP limit is at least 1 card.")
    old = next(c for c in plan.board_columns if c.uid == column_uid)
    new = replace(old, name=name, wip_limit=wip_limit, done=done)
    return Patch(board_columns=(new,)) if new != old else Patch()


def move_column_patch(plan: Plan, column_uid: str, index: int) -> Patch:
    """Put a column at ``index`` of the board, left to right."""
    columns = ordered_columns(plan)
    column = next(c for c in columns if c.uid == column_uid)
    columns.remove(column)
    columns.insert(max(0, min(index, len(columns))), column)
    return Patch(board_columns=_changed_only(plan, _renumbered(columns)))


def delete_column_patch(plan: Plan, column_uid: str, target_uid: str, *, now: datetime,
                        schedule: ScheduleResult | None = None) -> Patch:
    """Remove a column; its cards move (by the move rules) to the end of ``target_uid``."""
    if column_uid == target_uid:
        raise ValueError("Pick another column for the cards.")
    columns = ordered_columns(plan)
    if len(columns) < 2:
        raise ValueError("A board keeps at least one column.")
    states = column_states(columns)
    remaining = [c for c in columns if c.uid != column_uid]
    new_states = column_states(remaining)
    moving = _column_order(plan, column_uid, "")
    others = _column_order(plan, target_uid, "")
    rank = others[-1].board_rank if others else 0.0
    tasks: list[Task] = []
    history: list[StatusChange] = []
    clock = board_clock(plan, schedule, now)
    for t in moving:
        rank += 1.0
        moved = replace(t, board_column_uid=target_uid, board_rank=rank)
        if states[column_uid] != new_states[target_uid]:
            moved = status_fields(moved, new_states[target_uid], clock)
        tasks.append(moved)
        history.append(StatusChange(new_uid(), t.uid, target_uid, now))
    return Patch(
        tasks=tuple(tasks),
        status_changes=tuple(history),
        board_columns=_changed_only(plan, _renumbered(remaining)),
        board_columns_removed=(column_uid,),
    )

