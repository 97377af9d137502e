"""The board's rules: which column a card is in, lanes, blocked cards and the move rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from plan_builders import make_plan
from pmdesk.core.board import (
    ColumnState,
    LaneBy,
    add_column_patch,
    build_board,
    column_states,
    delete_column_patch,
    edit_column_patch,
    lane_move_text,
    move_card_patch,
    move_column_patch,
    new_card_patch,
    ordered_columns,
    wip_overflow,
)
from pmdesk.core.model import (
    Assignment,
    BoardColumn,
    Dependency,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule

NOW = datetime(2025, 3, 5, 10, 30)


def plan() -> Plan:
    cols = [
        BoardColumn("backlog", "Backlog", 0),
        BoardColumn("ready", "Ready", 1),
        BoardColumn("doing", "In progress", 2, wip_limit=2),
        BoardColumn("done", "Done", 3, done=True),
    ]
    tasks = [
        Task("phase1", "Discovery", position=0),
        Task("a", "Interviews", parent_uid="phase1", position=0, board_column_uid="backlog",
             board_rank=1.0, tags=("research",)),
        Task("b", "Survey", parent_uid="phase1", position=1, board_column_uid="backlog",
             board_rank=2.0, priority=800),
        Task("c", "Prototype", parent_uid="phase1", position=2, board_column_uid="doing",
             board_rank=1.0, percent_complete=40, actual_start=datetime(2025, 3, 3, 8)),
        Task("phase2", "Build", position=1),
        Task("d", "API", parent_uid="phase2", position=0, board_column_uid="doing",
             board_rank=2.0, percent_complete=10, actual_start=datetime(2025, 3, 4, 8)),
        Task("e", "Release", parent_uid="phase2", position=1, milestone=True, duration=0),
        Task("f", "Docs", parent_uid="phase2", position=2),  # no column yet
    ]
    return make_plan(
        tasks, name="Board", start=datetime(2025, 3, 3, 8),
        dependencies=[Dependency("l1", "c", "b", LinkType.FS)],
        resources=[Resource("r1", "Ana Lopez"), Resource("r2", "Ben Ode", initials="BO")],
        assignments=[Assignment("x1", "a", "r2"), Assignment("x2", "c", "r1")],
        board_columns=cols,
    )


def test_column_states_start_at_the_in_progress_column() -> None:
    states = column_states(plan().board_columns)
    assert states == {"backlog": ColumnState.NOT_STARTED, "ready": ColumnState.NOT_STARTED,
                      "doing": ColumnState.STARTED, "done": ColumnState.DONE}


def test_without_a_progress_column_everything_after_the_first_is_started() -> None:
    cols = [BoardColumn("t", "To do", 0), BoardColumn("w", "Working", 1),
            BoardColumn("d", "Shipped", 2, done=True)]
    assert column_states(cols)["w"] == ColumnState.STARTED
    assert column_states(cols)["t"] == ColumnState.NOT_STARTED


def test_cards_are_leaf_tasks_and_milestones_are_not() -> None:
    board = build_board(plan())
    assert set(board.cards) == {"a", "b", "c", "d", "f"}
    assert board.counts == {"backlog": 3, "ready": 0, "doing": 2, "done": 0}
    # A task without a column sits where its progress puts it: unstarted, the first column.
    assert board.cards["f"].column_uid == "backlog"
    assert [c.uid for c in board.cell("", "backlog")] == ["a", "b", "f"]


def test_a_card_with_an_unfinished_predecessor_is_blocked() -> None:
    board = build_board(plan())
    assert board.cards["b"].blocked_by == ("Prototype",)
    assert not board.cards["a"].blocked


def test_lanes_by_assignee_phase_and_priority() -> None:
    p = plan()
    by_person = build_board(p, LaneBy.ASSIGNEE)
    assert [lane.title for lane in by_person.lanes] == ["Ana Lopez", "Ben Ode", "Unassigned"]
    assert by_person.cards["a"].lane == "r2" and by_person.cards["a"].initials == ("BO",)
    assert by_person.cards["c"].initials == ("AL",)
    by_phase = build_board(p, LaneBy.PHASE)
    assert [lane.title for lane in by_phase.lanes] == ["Discovery", "Build"]
    assert by_phase.cards["d"].lane == "phase2"
    by_priority = build_board(p, LaneBy.PRIORITY)
    assert by_priority.cards["b"].lane == "high" and by_priority.cards["a"].lane == "medium"


def test_filters_hide_cards_but_wip_counts_stay() -> None:
    p = plan()
    board = build_board(p, text="interv")
    assert [c.uid for cell in board.cells.values() for c in cell] == ["a"]
    assert board.counts["backlog"] == 3
    assert [c.uid for cell in build_board(p, tag="research").cells.values() for c in cell] == ["a"]
    unassigned = build_board(p, assignee="")
    assert {c.uid for cell in unassigned.cells.values() for c in cell} == {"b", "d", "f"}


def test_moving_into_progress_sets_the_actual_start_and_records_the_move() -> None:
    p = plan()
    apply_patch(p, move_card_patch(p, "a", "doing", now=NOW))
    a = p.task_index()["a"]
    assert (a.board_column_uid, a.actual_start, a.percent_complete) == ("doing", NOW, 0)
    assert [(c.task_uid, c.column_uid, c.at) for c in p.status_changes] == [("a", "doing", NOW)]


def test_moving_to_done_finishes_the_task_and_back_reopens_it() -> None:
    p = plan()
    apply_patch(p, move_card_patch(p, "c", "done", now=NOW))
    c = p.task_index()["c"]
    # Done as scheduled: the kept actual start plus its one-day duration.
    assert (c.percent_complete, c.actual_start, c.actual_finish) == (
        100, datetime(2025, 3, 3, 8), datetime(2025, 3, 3, 17))
    later = datetime(2025, 3, 6, 9)
    apply_patch(p, move_card_patch(p, "c", "doing", now=later))
    c = p.task_index()["c"]
    assert (c.percent_complete, c.actual_start, c.actual_finish) == (
        0,
        datetime(2025, 3, 3, 8),
        None,
    )
    apply_patch(p, move_card_patch(p, "c", "backlog", now=later))
    c = p.task_index()["c"]
    assert (c.percent_complete, c.actual_start, c.actual_finish) == (0, None, None)


def test_done_without_a_start_takes_the_scheduled_start_and_its_duration() -> None:
    p = plan()
    apply_patch(p, move_card_patch(p, "a", "done", now=NOW, schedule=schedule(p)))
    a = p.task_index()["a"]
    assert (a.actual_start, a.actual_finish) == (datetime(2025, 3, 3, 8),
                                                 datetime(2025, 3, 3, 17))


def test_the_inverse_patch_restores_the_task_and_the_history() -> None:
    p = plan()
    before = p.task_index()["c"]
    inverse, changes = apply_patch(p, move_card_patch(p, "c", "done", now=NOW))
    assert changes.board and "c" in changes.task_uids
    apply_patch(p, inverse)
    assert p.task_index()["c"] == before and p.status_changes == []


def test_reordering_within_a_column_changes_only_the_rank() -> None:
    p = plan()
    patch = move_card_patch(p, "b", "backlog", before_uid="a", now=NOW)
    assert patch.status_changes == ()
    apply_patch(p, patch)
    assert [c.uid for c in build_board(p).cell("", "backlog")][:2] == ["b", "a"]
    assert move_card_patch(p, "b", "backlog", before_uid="a", now=NOW).is_empty()


def test_ranks_are_renumbered_when_equal() -> None:
    p = plan()
    # Two cards with equal ranks: inserting between them numbers the column afresh.
    apply_patch(p, move_card_patch(p, "a", "ready", now=NOW))
    apply_patch(p, move_card_patch(p, "f", "ready", now=NOW))
    tasks = p.task_index()
    apply_patch(p, Patch(tasks=(replace(tasks["a"], board_rank=5.0),
                                replace(tasks["f"], board_rank=5.0))))
    apply_patch(p, move_card_patch(p, "b", "ready", after_uid="a", now=NOW))
    assert [c.uid for c in build_board(p).cell("", "ready")] == ["a", "b", "f"]


def test_moving_across_lanes_changes_what_the_lane_groups_by() -> None:
    p = plan()
    apply_patch(p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.ASSIGNEE, lane="r1", now=NOW))
    assert [(x.task_uid, x.resource_uid) for x in p.assignments if x.task_uid == "a"] == [
        ("a", "r1")
    ]
    apply_patch(
        p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.PRIORITY, lane="low", now=NOW)
    )
    assert p.task_index()["a"].priority == 200
    apply_patch(
        p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.PHASE, lane="phase2", now=NOW)
    )
    assert p.task_index()["a"].parent_uid == "phase2"


def test_wip_overflow_names_count_and_limit() -> None:
    p = plan()
    assert wip_overflow(p, "a", "doing") == (3, 2)
    assert wip_overflow(p, "c", "doing") is None  # already there
    assert wip_overflow(p, "a", "ready") is None  # no limit


def test_new_card_in_a_column_and_lane() -> None:
    p = plan()
    patch, uid = new_card_patch(p, "  Pricing page ", "doing", parent_uid="phase2",
                                lane_by=LaneBy.ASSIGNEE, lane="r2", now=NOW)
    apply_patch(p, patch)
    t = p.task_index()[uid]
    assert (t.name, t.parent_uid, t.board_column_uid, t.actual_start) == (
        "Pricing page", "phase2", "doing", NOW)
    assert build_board(p).cell("", "doing")[-1].uid == uid
    assert any(a.task_uid == uid and a.resource_uid == "r2" for a in p.assignments)
    with pytest.raises(ValueError):
        new_card_patch(p, "  ", "doing", now=NOW)


def test_column_add_rename_reorder_and_delete() -> None:
    p = plan()
    patch, uid = add_column_patch(p, "Review", index=3)
    apply_patch(p, patch)
    assert [c.name for c in ordered_columns(p)] == [
        "Backlog",
        "Ready",
        "In progress",
        "Review",
        "Done",
    ]
    apply_patch(p, edit_column_patch(p, uid, name="QA", wip_limit=3, done=False))
    apply_patch(p, move_column_patch(p, uid, 0))
    assert ordered_columns(p)[0].name == "QA"
    with pytest.raises(ValueError):
        edit_column_patch(p, uid, name=" ", wip_limit=None, done=False)
    # Deleting In progress moves its cards to Done, by the move rules.
    apply_patch(p, delete_column_patch(p, "doing", "done", now=NOW))
    assert "doing" not in {c.uid for c in p.board_columns}
    c = p.task_index()["c"]
    assert (c.board_column_uid, c.percent_complete, c.actual_finish) == (
        "done", 100, datetime(2025, 3, 3, 17))
    assert build_board(p).counts["done"] == 2


# -- moves against the plan's dates ----------------------------------------------------------

LATER_START = datetime(2027, 1, 11, 8)  # a Monday, months after the move below
MOVED_AT = datetime(2026, 12, 4, 14, 26)
WEEK = 5 * 480


def future_plan(status_date: datetime | None = None) -> Plan:
    """A project that starts in January 2027, planned in December 2026."""
    cols = [BoardColumn("todo", "To do", 0), BoardColumn("doing", "In progress", 1),
            BoardColumn("done", "Done", 2, done=True)]
    tasks = [
        Task("ph", "Build", position=0),
        Task("t", "Checkout flow", parent_uid="ph", position=0, duration=WEEK),
        Task("u", "Paywall", parent_uid="ph", position=1, duration=WEEK),
    ]
    return make_plan(tasks, start=LATER_START, status_date=status_date,
                     dependencies=[Dependency("l", "t", "u")], board_columns=cols)


def move(p: Plan, uid: str, column: str, at: datetime = MOVED_AT) -> Task:
    apply_patch(p, move_card_patch(p, uid, column, now=at, schedule=schedule(p)))
    return p.task_index()[uid]


def test_a_move_ahead_of_the_plan_starts_as_planned_and_keeps_the_project_start() -> None:
    p = future_plan()
    t = move(p, "t", "doing")
    assert t.actual_start == LATER_START  # not the moment of the move, a month earlier
    result = schedule(p)
    assert result.project_start == LATER_START
    assert p.project.start == LATER_START
    assert p.status_changes[-1].at == MOVED_AT  # the history keeps the real moment


def test_done_ahead_of_the_plan_finishes_as_scheduled_and_durations_agree() -> None:
    p = future_plan()
    t = move(p, "t", "done")
    assert (t.actual_start, t.actual_finish) == (LATER_START, datetime(2027, 1, 15, 17))
    assert t.duration == WEEK and t.percent_complete == 100
    result = schedule(p)
    assert result.project_start == LATER_START
    summary = result.tasks["ph"]
    assert (summary.start, summary.finish) == (LATER_START, datetime(2027, 1, 22, 17))


def test_a_late_start_is_dated_at_the_status_date() -> None:
    status = datetime(2027, 1, 20, 17)
    p = future_plan(status_date=status)
    assert schedule(p).tasks["t"].start < status
    assert move(p, "t", "doing", at=datetime(2027, 1, 21, 9)).actual_start == status


def test_a_task_planned_after_the_status_date_starts_on_its_scheduled_start() -> None:
    p = future_plan(status_date=datetime(2027, 1, 12, 17))
    u = move(p, "u", "doing", at=datetime(2027, 1, 13, 9))
    assert u.actual_start == datetime(2027, 1, 18, 8)  # after its predecessor, as planned


def test_without_a_status_date_the_move_moment_is_the_status() -> None:
    p = future_plan()
    moment = datetime(2027, 1, 13, 10, 15)
    assert move(p, "t", "doing", at=moment).actual_start == moment


@pytest.mark.parametrize("at", [MOVED_AT, datetime(2027, 1, 12, 11), datetime(2027, 3, 1, 9)])
@pytest.mark.parametrize("status", [None, datetime(2026, 11, 30, 17), datetime(2027, 2, 1, 17)])
def test_no_move_finishes_before_it_starts_or_before_the_project(at, status) -> None:
    p = future_plan(status_date=status)
    for column in ("doing", "done", "todo", "done", "doing", "done"):
        for uid in ("t", "u"):
            t = move(p, uid, column, at=at)
            if t.actual_start is not None:
                assert t.actual_start >= LATER_START
            if t.actual_finish is not None:
                assert t.actual_finish >= t.actual_start
        # The project's own start never changes; nothing starts before it.
        assert p.project.start == LATER_START
        assert schedule(p).project_start >= LATER_START


# -- lanes by assignee keep co-assignees -------------------------------------------------------


def team_plan() -> Plan:
    p = plan()
    p.resources.append(Resource("r3", "Cara Diaz"))
    p.assignments[:] = [Assignment("x1", "a", "r1", 1.0), Assignment("x3", "a", "r2", 0.5)]
    return p


def lead_and_others(p: Plan, uid: str) -> list[tuple[str, float]]:
    return [(a.resource_uid, a.units) for a in p.assignments if a.task_uid == uid]


def test_a_card_lives_in_its_lead_assignees_lane() -> None:
    board = build_board(team_plan(), LaneBy.ASSIGNEE)
    assert board.cards["a"].lane == "r1"
    assert board.cards["a"].assignees == ("Ana Lopez", "Ben Ode")


def test_a_new_lane_replaces_only_the_lead_and_co_assignees_stay() -> None:
    p = team_plan()
    assert lane_move_text(p, "a", LaneBy.ASSIGNEE, "r3") == "Cara Diaz replaces Ana Lopez"
    apply_patch(p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.ASSIGNEE, lane="r3",
                                   now=NOW))
    assert lead_and_others(p, "a") == [("r3", 1.0), ("r2", 0.5)]
    assert build_board(p, LaneBy.ASSIGNEE).cards["a"].lane == "r3"


def test_the_lane_of_a_co_assignee_makes_them_the_lead() -> None:
    p = team_plan()
    assert lane_move_text(p, "a", LaneBy.ASSIGNEE, "r2") == "Ben Ode replaces Ana Lopez"
    apply_patch(p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.ASSIGNEE, lane="r2",
                                   now=NOW))
    assert lead_and_others(p, "a") == [("r2", 1.0)]
    assert build_board(p, LaneBy.ASSIGNEE).cards["a"].lane == "r2"


def test_the_unassigned_lane_takes_everyone_off_and_says_so() -> None:
    p = team_plan()
    assert lane_move_text(p, "a", LaneBy.ASSIGNEE, "") == "unassign Ana Lopez, Ben Ode"
    apply_patch(p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.ASSIGNEE, lane="",
                                   now=NOW))
    assert lead_and_others(p, "a") == []
    assert lane_move_text(p, "a", LaneBy.ASSIGNEE, "r3") == "assign Cara Diaz"
    apply_patch(p, move_card_patch(p, "a", "backlog", lane_by=LaneBy.ASSIGNEE, lane="r3",
                                   now=NOW))
    assert lead_and_others(p, "a") == [("r3", 1.0)]
    assert lane_move_text(p, "a", LaneBy.ASSIGNEE, "r3") == ""
