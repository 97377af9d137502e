"""MS Project's scheduling features, each on a small plan worked out by hand.

Calendar: Monday to Friday 08:00-12:00, 13:00-17:00 (480 minutes a day). 2024-03-04 is a
Monday. Each test states MS Project's rule and the dates it gives; the rules were checked
against MS Project's own schedules of real files (tests/interchange/test_oracle.py).
"""

from __future__ import annotations

from datetime import date

from pmdesk.core.model import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Resource,
)
from pmdesk.core.schedule import link_violations, schedule

from .test_schedule import DAY, Builder, dt


def test_a_manual_task_stays_put_and_its_predecessor_gets_negative_slack() -> None:
    """A manually scheduled task keeps the dates the PM typed: the link from A does not
    move it. A (2 days, Mon-Tue) must finish before B starts, but B is pinned on Monday.
    A ends the plan on Tuesday 17:00, so B's late finish is then and its late start Tuesday
    08:00 (a manual task's late dates are not moved to the end of a working period). A
    must finish by Tuesday 08:00, i.e. Monday 17:00: one day of negative slack, and A is
    critical. The broken link is reported, by two days."""
    b = Builder()
    b.task("a", 2)
    b.task(
        "b",
        1,
        manual=True,
        manual_start=dt("2024-03-04 08:00"),
        manual_finish=dt("2024-03-04 17:00"),
    )
    b.link("a", "b")
    r = b.run()
    assert (r.tasks["b"].start, r.tasks["b"].finish) == (
        dt("2024-03-04 08:00"),
        dt("2024-03-04 17:00"),
    )
    assert r.tasks["b"].late_start == dt("2024-03-05 08:00")
    assert r.tasks["a"].late_finish == dt("2024-03-04 17:00")
    assert r.tasks["a"].total_slack == -DAY
    assert r.tasks["a"].critical
    [violation] = link_violations(b.plan, r)
    assert (violation.successor_uid, violation.minutes) == ("b", 2 * DAY)


def test_a_manual_finish_keeps_the_exact_moment_typed() -> None:
    """MS Project does not move a manual task's finish to working time: typed as Monday
    08:00 it stays Monday 08:00, not Friday 17:00."""
    b = Builder()
    b.task("m", 1, manual=True, manual_start=dt("2024-03-08 08:00"),
           manual_finish=dt("2024-03-11 08:00"))
    r = b.run()
    assert r.tasks["m"].finish == dt("2024-03-11 08:00")


def test_auto_subtasks_of_a_manual_summary_start_no_earlier_than_it() -> None:
    """A manually scheduled summary starting Wednesday holds back its automatic subtasks."""
    b = Builder()
    b.task("phase", 1, manual=True, manual_start=dt("2024-03-06 08:00"),
           manual_finish=dt("2024-03-08 17:00"))
    b.task("work", 1, parent="phase")
    r = b.run()
    assert r.tasks["work"].start == dt("2024-03-06 08:00")


def test_a_split_task_spans_its_pauses_and_keeps_them_when_moved() -> None:
    """Two days of work split after the first day by one day of pause: Monday, (Tuesday
    off), Wednesday. Pushed by a one-day predecessor, the whole pattern moves a day."""
    b = Builder()
    b.task("split", 2, splits=((DAY, DAY),))
    assert b.run().tasks["split"].finish == dt("2024-03-06 17:00")
    b.task("first", 1)
    b.link("first", "split")
    r = b.run()
    assert r.tasks["split"].start == dt("2024-03-05 08:00")
    assert r.tasks["split"].finish == dt("2024-03-07 17:00")


def test_leveling_delay_in_elapsed_time_and_what_it_asks_of_predecessors() -> None:
    """MS Project's leveling delay defaults to elapsed days. One elapsed day after Tuesday
    08:00 is Wednesday 08:00 (the same 1,440 minutes as working time are three working
    days: a task delayed so from Monday starts Thursday). The predecessor must finish by
    the late start less the delay: Wednesday 08:00 less 24 hours is Tuesday 08:00, i.e.
    Monday 17:00, so A has no slack (without the delay it would have a day)."""
    b = Builder()
    b.task("a", 1)
    b.task("b", 1, leveling_delay=1440, leveling_delay_elapsed=True)
    b.link("a", "b")
    r = b.run()
    assert r.tasks["b"].start == dt("2024-03-06 08:00")
    assert r.tasks["a"].late_finish == dt("2024-03-04 17:00")
    assert r.tasks["a"].total_slack == 0 and r.tasks["a"].critical
    working = Builder()
    working.task("b", 1, leveling_delay=1440)
    assert working.run().tasks["b"].start == dt("2024-03-07 08:00")


def test_a_task_in_progress_binds_its_predecessor_where_its_remaining_work_resumes() -> None:
    """Both tasks 30 % done. B started Tuesday 08:00; 30 % of a day is 2 h 24, so its
    remaining work resumes Tuesday 10:24. MS Project gives A that as late finish (not B's
    actual start), so A (finished on Monday 17:00) has 144 minutes of slack, counted from
    its finish alone since it has started."""
    b = Builder()
    b.task("a", 1, percent_complete=30, actual_start=dt("2024-03-04 08:00"))
    b.task("b", 1, percent_complete=30, actual_start=dt("2024-03-05 08:00"))
    b.link("a", "b")
    r = b.run()
    assert r.tasks["b"].late_start == dt("2024-03-05 08:00")
    assert r.tasks["a"].late_finish == dt("2024-03-05 10:24")
    assert r.tasks["a"].total_slack == 144


def test_completed_work_after_the_status_date_moves_back_when_asked() -> None:
    """Four days, half done, planned from Monday: the done part would end Tuesday 17:00,
    after the status date (Monday 17:00). "Move end of completed parts after status date
    back to status date" ends it Monday 17:00 (so it began Friday); the remaining two
    days stay where they were (from Wednesday) unless "and move start of remaining parts
    back" is on too, which starts them Tuesday."""
    options = {"status_date": dt("2024-03-04 17:00"), "move_completed_ends_back": True}
    b = Builder(**options)
    b.task("t", 4, percent_complete=50)
    r = b.run()
    assert r.tasks["t"].start == dt("2024-03-01 08:00")
    assert r.tasks["t"].finish == dt("2024-03-07 17:00")
    both = Builder(**options, move_remaining_starts_back=True)
    both.task("t", 4, percent_complete=50)
    assert both.run().tasks["t"].finish == dt("2024-03-06 17:00")


def test_slack_of_an_elapsed_task_is_in_elapsed_minutes() -> None:
    """A one-elapsed-day task (24 hours from Monday 08:00) beside a three-day task may
    finish as late as Wednesday 17:00: its slack is the 33 hours of round-the-clock time
    from Tuesday 08:00, 1,980 minutes, not the 960 working minutes between."""
    b = Builder()
    b.task("long", 3)
    b.task("elapsed", 3, duration_elapsed=True)  # 1,440 elapsed minutes
    r = b.run()
    assert r.tasks["elapsed"].finish == dt("2024-03-05 08:00")
    assert r.tasks["elapsed"].late_finish == dt("2024-03-06 17:00")
    assert r.tasks["elapsed"].total_slack == 33 * 60


def test_scheduling_from_the_finish_works_back_from_it() -> None:
    """Scheduled from Friday 17:00: B (2 days) ends then and starts Thursday; A (1 day,
    as late as possible) ends Wednesday 17:00. The project starts Wednesday."""
    b = Builder(schedule_from_finish=True, finish=dt("2024-03-08 17:00"))
    b.task("a", 1, constraint_type=ConstraintType.ALAP)
    b.task("b", 2, constraint_type=ConstraintType.ALAP)
    b.link("a", "b")
    r = b.run()
    assert r.tasks["b"].start == dt("2024-03-07 08:00")
    assert r.tasks["a"].start == dt("2024-03-06 08:00")
    assert r.project_start == dt("2024-03-06 08:00")
    assert r.project_finish == dt("2024-03-08 17:00")


def test_a_task_calendar_with_a_resource_works_where_both_work() -> None:
    """The task calendar has mornings only; its resource is off on Tuesday. Eight hours
    of work: Monday morning, Wednesday morning (finish Wednesday 12:00). Ignoring the
    resource calendar it works Monday and Tuesday mornings."""
    mornings = (((480, 720),),) * 5 + ((), ())
    b = Builder()
    b.plan.calendars["am"] = Calendar(uid="am", name="Mornings", weekdays=mornings)
    b.plan.calendars["ana"] = Calendar(
        uid="ana",
        name="Ana",
        exceptions=(CalendarException(date(2024, 3, 5), date(2024, 3, 5), (), "Off"),),
    )
    b.plan.resources.append(Resource(uid="r", name="Ana", calendar_uid="ana"))
    b.task("t", 1, calendar_uid="am")
    b.plan.assignments.append(Assignment(uid="x", task_uid="t", resource_uid="r"))
    assert b.run().tasks["t"].finish == dt("2024-03-06 12:00")
    from dataclasses import replace

    b.plan.tasks[0] = replace(b.plan.tasks[0], ignore_resource_calendar=True)
    assert schedule(b.plan).tasks["t"].finish == dt("2024-03-05 12:00")


def test_must_start_on_gives_its_predecessors_negative_slack() -> None:
    """B must start on Tuesday 08:00 whatever its link: A (3 days from Monday) finishes
    Wednesday 17:00 yet must finish by Monday 17:00: two days of negative slack."""
    b = Builder()
    b.task("a", 3)
    b.task("b", 1, constraint_type=ConstraintType.MSO, constraint_date=dt("2024-03-05 08:00"))
    b.link("a", "b")
    r = b.run()
    assert r.tasks["b"].start == dt("2024-03-05 08:00")
    assert r.tasks["a"].total_slack == -2 * DAY
    assert r.tasks["a"].critical


# --------------------------------------------------------------- edges of working time
# MS Project stores every moment at an edge of working time, never inside a day off: a
# start at the beginning of a working period (Monday 08:00), a finish at the end of one
# (Friday 17:00, Monday 12:00), except where a rule keeps a milestone at the other edge.


def test_a_milestone_at_a_non_working_project_start_sits_at_the_first_working_moment() -> None:
    """The project starts on Saturday 9 March 08:00 (or at midnight, or on a company
    holiday). A milestone without predecessors is a start milestone: at the start of the
    first working period, Monday 08:00, like the one-day task beside it (Monday 08:00 to
    17:00). The project's dates are those of its tasks; the milestone's late finish is
    the project finish, Monday 17:00 (a day of slack)."""
    for start in ("2024-03-09 08:00", "2024-03-09 00:00", "2024-03-10 23:00"):
        b = Builder(start)
        b.task("kickoff", 0, milestone=True)
        b.task("work", 1)
        r = b.run()
        kickoff = r.tasks["kickoff"]
        assert (kickoff.start, kickoff.finish) == (dt("2024-03-11 08:00"), dt("2024-03-11 08:00"))
        assert (r.tasks["work"].start, r.tasks["work"].finish) == (
            dt("2024-03-11 08:00"), dt("2024-03-11 17:00"))  # fmt: skip
        assert (r.project_start, r.project_finish) == (
            dt("2024-03-11 08:00"), dt("2024-03-11 17:00"))  # fmt: skip
        assert (kickoff.late_finish, kickoff.total_slack) == (dt("2024-03-11 17:00"), DAY)
    holiday = Calendar(uid="c", name="Company",
                       exceptions=(CalendarException(date(2024, 3, 4), date(2024, 3, 4), (),
                                                     "Off"),))  # fmt: skip
    b = Builder(calendar_uid="c")
    b.plan.calendars["c"] = holiday
    b.task("kickoff", 0, milestone=True)
    assert b.run().tasks["kickoff"].start == dt("2024-03-05 08:00")


def test_finishes_sit_at_the_end_of_a_working_period() -> None:
    """A day of work from Friday 08:00 finishes Friday 17:00, not Monday 08:00 (the same
    working minute); half a day from Monday 08:00 finishes at 12:00, not at 13:00 after
    lunch. Their successors start at the next working moment (Monday 08:00, 13:00), but a
    finish milestone after them stays at their finish (Friday 17:00). A day of lag after
    Friday 17:00 ends Monday 17:00, so a milestone with that lag sits there and a task
    with it starts Tuesday 08:00."""
    b = Builder("2024-03-08 08:00")
    b.task("friday", 1)
    b.task("next", 1)
    b.task("done", 0, milestone=True)
    b.task("after_lag", 0, milestone=True)
    b.task("task_after_lag", 1)
    b.link("friday", "next")
    b.link("friday", "done")
    b.link("friday", "after_lag", lag=DAY)
    b.link("friday", "task_after_lag", lag=DAY)
    r = b.run()
    assert r.tasks["friday"].finish == dt("2024-03-08 17:00")
    assert r.tasks["next"].start == dt("2024-03-11 08:00")
    assert r.tasks["done"].start == r.tasks["done"].finish == dt("2024-03-08 17:00")
    assert r.tasks["after_lag"].start == dt("2024-03-11 17:00")
    assert r.tasks["task_after_lag"].start == dt("2024-03-12 08:00")
    half = Builder("2024-03-11 08:00")
    half.task("morning", 0.5)
    half.task("afternoon", 0.5)
    half.link("morning", "afternoon")
    r = half.run()
    assert r.tasks["morning"].finish == dt("2024-03-11 12:00")
    assert r.tasks["afternoon"].start == dt("2024-03-11 13:00")


def test_late_finishes_move_back_to_friday_but_a_milestone_keeps_monday() -> None:
    """C (3 days) starts Monday 4 March; B follows A and must start by Wednesday 08:00 for
    the plan to end with C. A (a day) must finish by then, which for a task is the end of
    the working period before, Tuesday 17:00; a milestone M in A's place keeps Wednesday
    08:00 as its late finish, as MS Project stores it (checked on the oracle files). Both
    have a day of slack either way, counted in working minutes."""
    for kind, days, late_finish in (("task", 1, "2024-03-05 17:00"),
                                    ("milestone", 0, "2024-03-06 08:00")):  # fmt: skip
        b = Builder()
        b.task("a", days, milestone=days == 0)
        b.task("b", 1)
        b.task("c", 3)
        b.link("a", "b")
        r = b.run()
        assert r.tasks["a"].late_finish == dt(late_finish), kind
        assert r.tasks["b"].late_start == dt("2024-03-06 08:00")


def test_constraint_dates_and_deadlines_on_a_day_off_mean_the_nearest_working_edge() -> None:
    """Dates typed with a time, or read from other tools, may fall on a weekend or at
    midnight. MS Project schedules a finish constraint there at the end of the last
    working period and a start constraint from the next one: "finish no later than
    Saturday 10:00" pins a two-day task to Thursday 08:00 - Friday 17:00; "must finish on
    Monday 00:00" finishes it Friday 17:00; "start no earlier than Saturday" starts it
    Monday 08:00; a milestone whose deadline is Sunday may finish by Friday 17:00 (a
    milestone is never late on a day off)."""
    b = Builder("2024-03-07 08:00")
    b.task("first", 2)
    b.task("fnlt", 2, constraint_type=ConstraintType.FNLT, constraint_date=dt("2024-03-09 10:00"))
    b.task("mfo", 2, constraint_type=ConstraintType.MFO, constraint_date=dt("2024-03-11 00:00"))
    b.task("snet", 1, constraint_type=ConstraintType.SNET, constraint_date=dt("2024-03-09 12:00"))
    b.task("gate", 0, milestone=True, deadline=dt("2024-03-10 12:00"))
    b.link("first", "fnlt")
    r = b.run()
    assert (r.tasks["fnlt"].start, r.tasks["fnlt"].finish) == (
        dt("2024-03-07 08:00"), dt("2024-03-08 17:00"))  # fmt: skip
    assert r.tasks["fnlt"].late_finish == dt("2024-03-08 17:00")
    assert r.tasks["first"].total_slack == -2 * DAY
    assert r.tasks["mfo"].finish == dt("2024-03-08 17:00")
    assert r.tasks["snet"].start == dt("2024-03-11 08:00")
    assert r.tasks["gate"].late_finish == dt("2024-03-08 17:00")


def test_scheduled_from_a_finish_on_saturday_everything_ends_by_friday() -> None:
    """A project scheduled from Saturday 9 March 17:00: its last task and its closing
    milestone finish Friday 17:00, where MS Project puts them, not on the Saturday."""
    b = Builder(schedule_from_finish=True, finish=dt("2024-03-09 17:00"))
    b.task("build", 2, constraint_type=ConstraintType.ALAP)
    b.task("launch", 0, milestone=True, constraint_type=ConstraintType.ALAP)
    b.link("build", "launch")
    r = b.run()
    assert r.tasks["launch"].start == r.tasks["launch"].finish == dt("2024-03-08 17:00")
    assert (r.tasks["build"].start, r.tasks["build"].finish) == (
        dt("2024-03-07 08:00"), dt("2024-03-08 17:00"))  # fmt: skip


def test_a_manual_summary_shows_its_typed_dates_not_its_subtasks_span() -> None:
    """The phase was typed Monday to Wednesday; its subtasks take until Friday. MS Project
    shows the phase's own dates (and the subtasks' span as a roll-up beneath), while the
    project still ends with the subtasks, on Friday."""
    b = Builder()
    b.task("phase", 3, manual=True, manual_start=dt("2024-03-04 08:00"),
           manual_finish=dt("2024-03-06 17:00"))
    b.task("work", 5, parent="phase")
    r = b.run()
    assert (r.tasks["phase"].start, r.tasks["phase"].finish) == (
        dt("2024-03-04 08:00"), dt("2024-03-06 17:00"))  # fmt: skip
    assert r.tasks["work"].finish == dt("2024-03-08 17:00")
    assert r.project_finish == dt("2024-03-08 17:00")
