"""The dates a PM sees for links, lags, constraints, summaries and progress.

Calendar: Monday to Friday 08:00-12:00, 13:00-17:00. 2024-03-04 is a Monday.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from pmdesk.core.model import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    Task,
)
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import CycleError, Scheduler, schedule, would_create_cycle

DAY = 480


def dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


class Builder:
    """A small plan written the way a PM would sketch it."""

    def __init__(self, start: str = "2024-03-04 08:00", **project) -> None:
        self.plan = Plan(
            project=ProjectInfo(uid="project", name="Launch", start=dt(start), **project)
        )
        self.count = 0

    def task(self, uid: str, days: float = 1, parent: str | None = None, **kw) -> str:
        self.count += 1
        self.plan.tasks.append(
            Task(
                uid=uid,
                name=uid.title(),
                parent_uid=parent,
                position=self.count,
                duration=round(days * DAY),
                **kw,
            )
        )
        return uid

    def link(self, a: str, b: str, type: LinkType = LinkType.FS, **kw) -> None:
        self.plan.dependencies.append(
            Dependency(uid=f"{a}->{b}", predecessor_uid=a, successor_uid=b, type=type, **kw)
        )

    def run(self):
        return schedule(self.plan)


# --------------------------------------------------------------------- links and lags


def test_a_chain_of_finish_to_start_links() -> None:
    b = Builder()
    b.task("design", 2)
    b.task("build", 3)
    b.task("test", 1)
    b.link("design", "build")
    b.link("build", "test")
    r = b.run()
    assert r.tasks["design"].finish == dt("2024-03-05 17:00")
    assert r.tasks["build"].start == dt("2024-03-06 08:00")
    assert r.tasks["test"].finish == dt("2024-03-11 17:00")
    assert r.project_finish == dt("2024-03-11 17:00")
    assert all(t.critical and t.total_slack == 0 for t in r.tasks.values())


def test_a_chain_listed_bottom_up_gets_the_same_dates() -> None:
    b = Builder()
    b.task("test", 1)
    b.task("build", 3)
    b.task("design", 2)
    b.link("design", "build")
    b.link("build", "test")
    r = b.run()
    assert r.tasks["design"].finish == dt("2024-03-05 17:00")
    assert r.tasks["build"].start == dt("2024-03-06 08:00")
    assert r.tasks["test"].finish == dt("2024-03-11 17:00")
    assert all(t.critical and t.total_slack == 0 for t in r.tasks.values())


def test_lag_and_lead_in_working_days() -> None:
    b = Builder()
    b.task("a", 1)
    b.task("lagged", 1)
    b.task("led", 1)
    b.link("a", "lagged", lag=DAY)
    b.link("a", "led", lag=-DAY // 2)
    r = b.run()
    assert r.tasks["lagged"].start == dt("2024-03-06 08:00")
    assert r.tasks["led"].start == dt("2024-03-04 13:00")


def test_start_start_finish_finish_and_start_finish() -> None:
    b = Builder()
    b.task("a", 2)
    b.task("ss", 1)
    b.task("ff", 1)
    b.task("sf", 1)
    b.link("a", "ss", LinkType.SS, lag=DAY)
    b.link("a", "ff", LinkType.FF)
    b.link("a", "sf", LinkType.SF, lag=2 * DAY)
    r = b.run()
    assert r.tasks["ss"].start == dt("2024-03-05 08:00")
    assert (r.tasks["ff"].start, r.tasks["ff"].finish) == (
        dt("2024-03-05 08:00"),
        dt("2024-03-05 17:00"),
    )
    assert r.tasks["sf"].finish == dt("2024-03-05 17:00")


def test_a_start_finish_successor_finishes_exactly_when_the_predecessor_starts() -> None:
    b = Builder("2024-03-07 08:00")
    b.task("a", 1, constraint_type=ConstraintType.SNET, constraint_date=dt("2024-03-11 08:00"))
    b.task("prep", 1)
    b.link("a", "prep", LinkType.SF)
    r = b.run()
    # Monday 08:00 is kept (MS Project does not turn it into Friday 17:00).
    assert r.tasks["prep"].finish == dt("2024-03-11 08:00")
    assert r.tasks["prep"].start == dt("2024-03-08 08:00")


def test_elapsed_lag_runs_through_the_weekend() -> None:
    b = Builder("2024-03-08 08:00")
    b.task("pour", 1)
    b.task("build", 1)
    b.link("pour", "build", lag=2 * 1440, lag_elapsed=True)
    r = b.run()
    # Friday 17:00 + 48 h = Sunday 17:00, work resumes Monday morning.
    assert r.tasks["build"].start == dt("2024-03-11 08:00")


def test_percent_lag_is_a_share_of_the_predecessor_duration() -> None:
    b = Builder()
    b.task("a", 4)
    b.task("b", 1)
    b.link("a", "b", lag_percent=-50)
    r = b.run()
    assert r.tasks["b"].start == dt("2024-03-06 08:00")


def test_a_milestone_may_sit_at_the_end_of_a_working_day() -> None:
    b = Builder()
    b.task("work", 1)
    b.task("done", 0, milestone=True)
    b.task("next", 1)
    b.link("work", "done")
    b.link("done", "next")
    r = b.run()
    assert r.tasks["done"].start == r.tasks["done"].finish == dt("2024-03-04 17:00")
    assert r.tasks["next"].start == dt("2024-03-05 08:00")


def test_successor_lag_uses_the_successor_calendar() -> None:
    weekend_crew = Calendar(uid="wk", name="Seven days", weekdays=(((480, 1020),),) * 7)
    b = Builder("2024-03-08 08:00")
    b.plan.calendars["wk"] = weekend_crew
    b.task("a", 1)
    b.task("b", 1, calendar_uid="wk")
    b.link("a", "b", lag=540)
    r = b.run()
    # Friday 17:00 + 9 hours on a seven-day calendar (08:00-17:00): Saturday full, then
    # Sunday 08:00; on the project's calendar it would have been Tuesday 09:00.
    assert r.tasks["b"].start == dt("2024-03-10 08:00")


# --------------------------------------------------------------------- slack and critical path


def test_slack_and_the_critical_path() -> None:
    b = Builder()
    b.task("long", 5)
    b.task("short", 2)
    b.task("join", 1)
    b.link("long", "join")
    b.link("short", "join")
    r = b.run()
    short = r.tasks["short"]
    assert short.total_slack == 3 * DAY and short.free_slack == 3 * DAY
    assert not short.critical
    assert short.late_start == dt("2024-03-07 08:00")
    assert short.late_finish == dt("2024-03-08 17:00")
    assert r.tasks["long"].critical and r.tasks["join"].critical


def test_late_finish_at_the_start_of_a_period_moves_back() -> None:
    b = Builder()
    b.task("a", 1)
    b.task("b", 3)
    b.task("c", 1)
    b.link("a", "c")
    b.link("b", "c")
    r = b.run()
    # c starts Thursday 08:00 at the latest, so a must finish by Wednesday 17:00.
    assert r.tasks["a"].late_finish == dt("2024-03-06 17:00")


def test_free_slack_is_the_gap_to_the_nearest_successor() -> None:
    b = Builder()
    b.task("a", 1)
    b.task("b", 3)
    b.task("c", 1)
    b.task("d", 5)
    b.link("a", "c")
    b.link("b", "c")
    b.link("a", "d")
    r = b.run()
    assert r.tasks["a"].free_slack == 0  # d starts right after a
    # c has no successor: its free slack is its total slack, up to d's finish on Monday.
    assert r.tasks["c"].free_slack == r.tasks["c"].total_slack == 2 * DAY


def test_critical_slack_limit_widens_the_critical_path() -> None:
    b = Builder(critical_slack_limit=DAY)
    b.task("long", 3)
    b.task("short", 2)
    r = b.run()
    assert r.tasks["short"].total_slack == DAY and r.tasks["short"].critical


# --------------------------------------------------------------------- constraints, deadlines


def test_start_no_earlier_than_moves_a_task() -> None:
    b = Builder()
    b.task("a", 1, constraint_type=ConstraintType.SNET, constraint_date=dt("2024-03-09 10:00"))
    assert b.run().tasks["a"].start == dt("2024-03-11 08:00")


def test_a_missed_finish_no_later_than_gives_negative_slack() -> None:
    b = Builder()
    b.task("a", 3)
    b.task("b", 2, constraint_type=ConstraintType.FNLT, constraint_date=dt("2024-03-07 17:00"))
    b.link("a", "b")
    r = b.run()
    assert r.tasks["b"].finish == dt("2024-03-07 17:00")  # the constraint is honoured
    assert r.tasks["b"].total_slack == 0
    assert r.tasks["a"].total_slack == -DAY
    assert r.tasks["a"].critical


def test_must_start_and_must_finish_on() -> None:
    b = Builder()
    b.task(
        "kickoff", 1, constraint_type=ConstraintType.MSO, constraint_date=dt("2024-03-06 08:00")
    )
    b.task("review", 1, constraint_type=ConstraintType.MFO, constraint_date=dt("2024-03-08 17:00"))
    r = b.run()
    assert r.tasks["kickoff"].start == dt("2024-03-06 08:00")
    assert r.tasks["review"].start == dt("2024-03-08 08:00")


def test_finish_no_earlier_than_and_start_no_later_than() -> None:
    b = Builder()
    b.task("a", 1, constraint_type=ConstraintType.FNET, constraint_date=dt("2024-03-06 17:00"))
    b.task("b", 3)
    b.task("c", 1, constraint_type=ConstraintType.SNLT, constraint_date=dt("2024-03-05 08:00"))
    b.link("b", "c")
    r = b.run()
    assert r.tasks["a"].finish == dt("2024-03-06 17:00")
    assert r.tasks["c"].start == dt("2024-03-05 08:00")
    assert r.tasks["c"].late_start == dt("2024-03-05 08:00")


def test_as_late_as_possible_sits_on_its_late_dates() -> None:
    b = Builder()
    b.task("long", 5)
    b.task("flex", 1, constraint_type=ConstraintType.ALAP)
    r = b.run()
    assert r.tasks["flex"].start == dt("2024-03-08 08:00")
    assert r.tasks["flex"].early_start == dt("2024-03-04 08:00")


def test_successors_of_an_as_late_as_possible_task_follow_it() -> None:
    b = Builder()
    b.task("long", 5)
    b.task("flex", 1, constraint_type=ConstraintType.ALAP)
    b.task("wrap", 1)
    b.task("end", 1)
    b.link("flex", "wrap")
    b.link("long", "end")
    b.link("wrap", "end")
    r = b.run()
    assert r.tasks["flex"].start == dt("2024-03-07 08:00")
    assert r.tasks["wrap"].start == dt("2024-03-08 08:00")  # after flex, where it sits
    assert r.tasks["end"].start == dt("2024-03-11 08:00")


def test_a_deadline_limits_the_late_finish() -> None:
    b = Builder()
    b.task("long", 5)
    b.task("report", 1, deadline=dt("2024-03-05 17:00"))
    r = b.run()
    assert r.tasks["report"].late_finish == dt("2024-03-05 17:00")
    assert r.tasks["report"].total_slack == DAY
    b.plan.tasks[-1] = replace(b.plan.tasks[-1], deadline=dt("2024-03-01 17:00"))
    assert b.run().tasks["report"].total_slack < 0


def test_a_constraint_without_a_date_is_named() -> None:
    b = Builder()
    b.task("orphan", 1, constraint_type=ConstraintType.SNET)
    with pytest.raises(ValueError, match="Orphan.*SNET.*date"):
        b.run()


# --------------------------------------------------------------------- summaries


def test_summary_dates_roll_up_from_children() -> None:
    b = Builder()
    b.task("phase", 0)
    b.task("a", 2, parent="phase")
    b.task("b", 1, parent="phase")
    b.link("a", "b")
    r = b.run()
    phase = r.tasks["phase"]
    assert (phase.start, phase.finish) == (dt("2024-03-04 08:00"), dt("2024-03-06 17:00"))
    assert phase.critical


def test_a_link_to_a_summary_applies_to_its_children() -> None:
    b = Builder()
    b.task("spec", 2)
    b.task("phase", 0)
    b.task("x", 1, parent="phase")
    b.task("y", 1, parent="phase")
    b.link("spec", "phase")
    r = b.run()
    assert r.tasks["x"].start == r.tasks["y"].start == dt("2024-03-06 08:00")
    assert r.tasks["phase"].start == dt("2024-03-06 08:00")


def test_a_link_from_a_summary_waits_for_all_its_children() -> None:
    b = Builder()
    b.task("phase", 0)
    b.task("x", 1, parent="phase")
    b.task("y", 3, parent="phase")
    b.task("launch", 1)
    b.link("phase", "launch")
    r = b.run()
    assert r.tasks["launch"].start == dt("2024-03-07 08:00")
    assert r.tasks["x"].late_finish == dt("2024-03-06 17:00")


def test_linking_a_summary_to_its_own_subtask_is_a_cycle() -> None:
    b = Builder()
    b.task("phase", 0)
    b.task("x", 1, parent="phase")
    b.link("phase", "x")
    with pytest.raises(CycleError):
        b.run()
    assert would_create_cycle(b.plan, "x", "phase") is not None


# --------------------------------------------------------------------- progress


def test_finished_work_keeps_its_actual_dates_and_is_not_critical() -> None:
    b = Builder(status_date=dt("2024-03-06 17:00"))
    b.task(
        "done",
        2,
        percent_complete=100,
        actual_start=dt("2024-03-04 08:00"),
        actual_finish=dt("2024-03-06 12:00"),
    )
    b.task("next", 1)
    b.link("done", "next")
    r = b.run()
    assert r.tasks["done"].finish == dt("2024-03-06 12:00")
    assert not r.tasks["done"].critical
    assert r.tasks["next"].start == dt("2024-03-06 13:00")


def test_remaining_work_of_a_late_task_stays_where_it_was_by_default() -> None:
    """MS Project's options to move progress around the status date are all off by
    default: the remaining three days follow the done day, status date or not."""
    b = Builder(status_date=dt("2024-03-08 17:00"))
    b.task("late", 4, percent_complete=25, actual_start=dt("2024-03-04 08:00"))
    r = b.run()
    assert r.tasks["late"].start == dt("2024-03-04 08:00")
    assert r.tasks["late"].finish == dt("2024-03-07 17:00")


def test_remaining_work_of_a_late_task_moves_after_the_status_date_when_asked() -> None:
    """"Move start of remaining parts before the status date forward to the status date":
    one day done on Monday, the three days left start after the status date (Friday
    17:00), so the task is split over Tuesday to Friday and finishes on Wednesday."""
    b = Builder(status_date=dt("2024-03-08 17:00"), move_remaining_starts_forward=True)
    b.task("late", 4, percent_complete=25, actual_start=dt("2024-03-04 08:00"))
    r = b.run()
    assert r.tasks["late"].start == dt("2024-03-04 08:00")
    assert r.tasks["late"].finish == dt("2024-03-13 17:00")


def test_a_task_not_started_is_not_moved_by_the_status_date() -> None:
    b = Builder(status_date=dt("2024-03-08 17:00"))
    b.task("waiting", 2)
    assert b.run().tasks["waiting"].start == dt("2024-03-04 08:00")


def test_percent_complete_without_actual_start_counts_from_the_planned_start() -> None:
    b = Builder(status_date=dt("2024-03-06 17:00"), move_remaining_starts_forward=True)
    b.task("half", 2, percent_complete=50)
    # One day done from Monday; the other day only after the status date.
    assert b.run().tasks["half"].finish == dt("2024-03-07 17:00")


def test_a_started_task_on_track_finishes_after_its_duration() -> None:
    b = Builder(status_date=dt("2024-03-05 12:00"))
    b.task("ok", 4, percent_complete=50, actual_start=dt("2024-03-04 08:00"))
    assert b.run().tasks["ok"].finish == dt("2024-03-07 17:00")


# --------------------------------------------------------------------- calendars


def test_task_calendar_and_holidays() -> None:
    b = Builder()
    b.plan.calendars["c"] = Calendar(
        uid="c",
        name="Company",
        exceptions=(CalendarException(date(2024, 3, 5), date(2024, 3, 5), (), "Holiday"),),
    )
    b.plan.project = replace(b.plan.project, calendar_uid="c")
    b.task("a", 2)
    assert b.run().tasks["a"].finish == dt("2024-03-06 17:00")


def test_a_holiday_added_later_moves_the_work_on_the_next_schedule() -> None:
    # Resolved calendars are reused between schedules; an edited calendar must not be.
    b = Builder()
    b.plan.calendars["c"] = Calendar(uid="c", name="Company")
    b.plan.project = replace(b.plan.project, calendar_uid="c")
    b.task("a", 2)
    assert b.run().tasks["a"].finish == dt("2024-03-05 17:00")
    holiday = CalendarException(date(2024, 3, 5), date(2024, 3, 5), (), "Holiday")
    b.plan.calendars["c"] = replace(b.plan.calendars["c"], exceptions=(holiday,))
    assert b.run().tasks["a"].finish == dt("2024-03-06 17:00")
    b.plan.calendars["c"] = replace(b.plan.calendars["c"], exceptions=())
    assert b.run().tasks["a"].finish == dt("2024-03-05 17:00")


def test_a_task_worked_by_a_resource_follows_the_resource_calendar() -> None:
    b = Builder()
    b.plan.calendars["std"] = Calendar(uid="std", name="Standard")
    b.plan.calendars["mornings"] = Calendar(
        uid="mornings", name="Mornings", weekdays=(((480, 720),),) * 5 + ((), ())
    )
    b.plan.resources.append(Resource(uid="r", name="Ann", calendar_uid="mornings"))
    b.task("a", 1)
    b.plan.assignments.append(Assignment(uid="as", task_uid="a", resource_uid="r"))
    assert b.run().tasks["a"].finish == dt("2024-03-05 12:00")


# --------------------------------------------------------------------- cycles


def test_a_cycle_names_its_tasks_in_order() -> None:
    b = Builder()
    b.task("design", 1)
    b.task("build", 1)
    b.link("design", "build")
    b.link("build", "design")
    with pytest.raises(CycleError) as info:
        b.run()
    message = str(info.value)
    assert message in (
        "Dependency cycle: Design → Build → Design",
        "Dependency cycle: Build → Design → Build",
    )
    assert set(info.value.task_uids) == {"design", "build"}
    assert set(info.value.task_names) == {"Design", "Build"}


def test_would_create_cycle_reports_the_loop_before_it_exists() -> None:
    b = Builder()
    for name in ("a", "b", "c"):
        b.task(name, 1)
    b.link("a", "b")
    b.link("b", "c")
    assert would_create_cycle(b.plan, "c", "a") == ["c", "a", "b"]
    assert would_create_cycle(b.plan, "a", "c") is None
    assert would_create_cycle(b.plan, "a", "a") == ["a"]


# --------------------------------------------------------------------- incremental


def big_plan(size: int = 60) -> Plan:
    b = Builder()
    for k in range(size):
        if k % 10 == 0:
            b.task(f"phase{k}", 0)
        b.task(f"t{k}", 1 + k % 3, parent=f"phase{k - k % 10}")
    for k in range(1, size):
        b.link(f"t{k - 1}", f"t{k}", LinkType.FS if k % 4 else LinkType.SS, lag=(k % 5) * 60)
        if k > 5 and k % 7 == 0:
            b.link(f"t{k - 5}", f"t{k}", LinkType.FF)
    return b.plan


@pytest.mark.parametrize(
    "edit",
    [
        lambda t: replace(t, duration=t.duration + 3 * DAY),
        lambda t: replace(t, duration=0, milestone=True),
        lambda t: replace(
            t, constraint_type=ConstraintType.SNET, constraint_date=dt("2024-04-01 08:00")
        ),
        lambda t: replace(
            t,
            percent_complete=100,
            actual_start=dt("2024-03-04 08:00"),
            actual_finish=dt("2024-03-05 17:00"),
        ),
        lambda t: replace(t, deadline=dt("2024-03-06 17:00")),
    ],
)
def test_an_edit_reschedules_to_the_same_answer_as_a_full_schedule(edit) -> None:
    plan = big_plan()
    scheduler = Scheduler(plan)
    for uid in ("t3", "t30", "t59"):
        task = plan.task_index()[uid]
        _inverse, changes = apply_patch(plan, Patch(tasks=(edit(task),)))
        incremental = scheduler.update(plan, changes)
        assert incremental == schedule(plan)


@pytest.mark.parametrize("uid", ["t3", "t150", "t400", "t900", "t1150", "t1199"])
def test_an_edit_that_moves_much_of_a_big_plan_gives_the_same_answer(uid: str) -> None:
    # Past a few hundred moved tasks the update switches to the bulk passes.
    plan = big_plan(1200)
    scheduler = Scheduler(plan)
    for edit in (
        lambda t: replace(t, duration=t.duration + 3 * DAY),
        lambda t: replace(t, duration=DAY // 2),
        lambda t: replace(
            t, constraint_type=ConstraintType.SNET, constraint_date=dt("2025-01-06 08:00")
        ),
        lambda t: replace(t, deadline=dt("2024-06-03 17:00")),
    ):
        task = plan.task_index()[uid]
        _inverse, changes = apply_patch(plan, Patch(tasks=(edit(task),)))
        assert scheduler.update(plan, changes) == schedule(plan)


def test_structural_edits_reschedule_too() -> None:
    plan = big_plan()
    scheduler = Scheduler(plan)
    extra = Dependency(uid="new", predecessor_uid="t2", successor_uid="t50", lag=10 * DAY)
    _inv, changes = apply_patch(plan, Patch(dependencies=(extra,)))
    assert scheduler.update(plan, changes) == schedule(plan)
    _inv, changes = apply_patch(plan, Patch(tasks_removed=("t20",)))
    assert scheduler.update(plan, changes) == schedule(plan)
    assert "t20" not in scheduler.result.tasks


def test_a_cycle_is_found_among_tasks_that_only_follow_it() -> None:
    b = Builder()
    for name in ("after", "design", "build", "review", "tail"):
        b.task(name, 1)
    b.link("design", "build")
    b.link("build", "review")
    b.link("review", "design")
    b.link("review", "after")
    b.link("after", "tail")
    with pytest.raises(CycleError) as info:
        b.run()
    uids = info.value.task_uids
    assert set(uids) == {"design", "build", "review"}
    start = uids.index("design")
    assert uids[start:] + uids[:start] == ["design", "build", "review"]
