"""Properties of every schedule, checked on random acyclic networks.

Whatever the network: early dates respect every link, late dates respect every link,
slack is never negative unless a constraint or deadline forces it, and the critical tasks
form an unbroken chain from the project start to the project finish.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.core.calendar import WorkCalendar
from pmdesk.core.model import (
    Calendar,
    CalendarException,
    ConstraintType,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Task,
)
from pmdesk.core.outline import normalize
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import Scheduler, ScheduleResult, finish_dates, schedule

START = datetime(2024, 3, 4, 8, 0)
HOLIDAYS = tuple(
    CalendarException(d, d, (), "holiday")
    for d in (date(2024, 3, 8), date(2024, 3, 29), date(2024, 5, 1))
)
CALENDAR = Calendar(uid="cal", name="Company", exceptions=HOLIDAYS)
WORK = WorkCalendar.from_calendar(CALENDAR, {"cal": CALENDAR})
# A task calendar of mornings, Monday to Thursday, on top of the company's holidays.
MORNINGS = Calendar(
    uid="am", name="Mornings", weekdays=(((480, 720),),) * 4 + ((), (), ()), base_uid="cal"
)
STATUS_DATES = [
    datetime(2024, 3, 4, 12, 0),
    datetime(2024, 3, 7, 17, 0),
    datetime(2024, 3, 12, 8, 0),
]
LINK_TYPES = [LinkType.FS, LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF]
KINDS: dict[str, dict] = {
    "auto": {},
    "manual": {
        "manual": True,
        "manual_start": datetime(2024, 3, 5, 8, 0),
        "manual_finish": datetime(2024, 3, 6, 17, 0),
    },
    "split": {"splits": ((60, 480),)},
    "started": {"percent_complete": 50, "actual_start": START},
    "progress": {"percent_complete": 30},
    "delayed": {"leveling_delay": 480},
    "elapsed": {"duration_elapsed": True},
    "mornings": {"calendar_uid": "am"},
    "pinned": {"constraint_type": ConstraintType.MSO, "constraint_date": datetime(2024, 3, 6, 8)},
}


@st.composite
def networks(draw, mixed: bool = False) -> Plan:
    n = draw(st.integers(min_value=1, max_value=14))
    durations = draw(
        st.lists(st.sampled_from([0, 60, 240, 480, 960, 2400]), min_size=n, max_size=n)
    )
    # Some tasks are manually scheduled (pinned where the PM typed them), split, in
    # progress, delayed by leveling, of elapsed duration or pinned by a constraint.
    choices = ["auto"] * 8 + [k for k in KINDS if k != "auto"] if mixed else ["auto"]
    kinds = draw(st.lists(st.sampled_from(choices), min_size=n, max_size=n))
    tasks = [
        Task(uid=f"t{i}", name=f"T{i}", position=i, duration=d, milestone=d == 0, **KINDS[k])
        for i, (d, k) in enumerate(zip(durations, kinds, strict=True))
    ]
    links: list[Dependency] = []
    seen: set[tuple[int, int]] = set()
    for _ in range(draw(st.integers(min_value=0, max_value=2 * n))):
        a = draw(st.integers(min_value=0, max_value=n - 1))
        b = draw(st.integers(min_value=0, max_value=n - 1))
        if a == b or (min(a, b), max(a, b)) in seen:
            continue
        a, b = min(a, b), max(a, b)  # links only go forward: the network is acyclic
        seen.add((a, b))
        links.append(
            Dependency(
                uid=f"l{a}-{b}",
                predecessor_uid=f"t{a}",
                successor_uid=f"t{b}",
                type=draw(st.sampled_from(LINK_TYPES)),
                lag=draw(st.sampled_from([0, 0, 0, 120, 480, -240, -480])),
            )
        )
    project = ProjectInfo(uid="p", name="Random", start=START, calendar_uid="cal")
    if mixed and draw(st.booleans()):
        # A status date, and MS Project's options for progress around it.
        options = draw(st.lists(st.booleans(), min_size=4, max_size=4))
        project = replace(
            project,
            status_date=draw(st.sampled_from(STATUS_DATES)),
            move_completed_ends_back=options[0],
            move_remaining_starts_back=options[1],
            move_remaining_starts_forward=options[2],
            move_completed_ends_forward=options[3],
        )
    calendars = {"cal": CALENDAR, "am": MORNINGS} if mixed else {"cal": CALENDAR}
    return Plan(project=project, calendars=calendars, tasks=tasks, dependencies=links)


def w(moment: datetime) -> int:
    """Working minutes from the project start to ``moment``."""
    return WORK.between(START, moment)


def gap(result: ScheduleResult, link: Dependency, late: bool) -> int:
    """Working minutes between the two ends a link ties, minus its lag (>= 0 when kept)."""
    p, s = result.tasks[link.predecessor_uid], result.tasks[link.successor_uid]
    if late:
        p_start, p_finish, s_start, s_finish = (
            p.late_start,
            p.late_finish,
            s.late_start,
            s.late_finish,
        )
    else:
        p_start, p_finish, s_start, s_finish = (
            p.early_start,
            p.early_finish,
            s.early_start,
            s.early_finish,
        )
    mine = p_finish if link.type in (LinkType.FS, LinkType.FF) else p_start
    theirs = s_start if link.type in (LinkType.FS, LinkType.SS) else s_finish
    return w(theirs) - w(mine) - link.lag


@settings(max_examples=150, deadline=None)
@given(networks())
def test_early_and_late_dates_respect_every_link(plan: Plan) -> None:
    result = schedule(plan)
    for link in plan.dependencies:
        assert gap(result, link, late=False) >= 0, link
        assert gap(result, link, late=True) >= 0, link
    for t in result.tasks.values():
        assert t.early_start >= START
        assert w(t.early_finish) - w(t.early_start) >= 0
        assert t.late_finish <= result.project_finish


@settings(max_examples=150, deadline=None)
@given(networks())
def test_slack_is_never_negative_without_constraints(plan: Plan) -> None:
    result = schedule(plan)
    for t in result.tasks.values():
        assert t.total_slack >= 0
        assert t.free_slack >= 0
        start_slack = w(t.late_start) - w(t.early_start)
        finish_slack = w(t.late_finish) - w(t.early_finish)
        assert t.total_slack == min(start_slack, finish_slack)


@settings(max_examples=150, deadline=None)
@given(networks())
def test_critical_tasks_form_a_chain_from_start_to_finish(plan: Plan) -> None:
    result = schedule(plan)
    critical = {uid for uid, t in result.tasks.items() if t.critical}
    assert critical, "a plan always has a critical path"
    assert any(w(result.tasks[u].early_finish) == w(result.project_finish) for u in critical)
    incoming: dict[str, list[Dependency]] = {}
    for link in plan.dependencies:
        incoming.setdefault(link.successor_uid, []).append(link)
    for uid in critical:
        t = result.tasks[uid]
        if w(t.early_start) == 0:
            continue  # starts with the project
        drivers = [
            link
            for link in incoming.get(uid, [])
            if link.predecessor_uid in critical and gap(result, link, late=False) == 0
        ]
        assert drivers, f"critical task {uid} is not driven by a critical predecessor"


@st.composite
def outlined_networks(draw, mixed: bool = False) -> Plan:
    """A random network with some tasks grouped under summaries, links to and from them."""
    plan = draw(networks(mixed))
    tasks = list(plan.tasks)
    n_phases = draw(st.integers(min_value=0, max_value=3))
    phases = [
        Task(
            uid=f"s{k}",
            name=f"Phase {k}",
            position=100 + k,
            # A manually scheduled phase: the automatic tasks below start within it.
            **(KINDS["manual"] if mixed and draw(st.booleans()) else {}),
        )
        for k in range(n_phases)
    ]
    if phases:
        # Contiguous runs of tasks go under a phase, so links between phases stay acyclic.
        for i, t in enumerate(tasks):
            k = i * n_phases // len(tasks)
            if draw(st.booleans()):
                tasks[i] = Task(**{**_fields(t), "parent_uid": phases[k].uid})
    summaries_used = {t.parent_uid for t in tasks if t.parent_uid}
    links = list(plan.dependencies)
    order = {t.uid: i for i, t in enumerate(tasks)}
    for k, phase in enumerate(phases):
        if phase.uid not in summaries_used:
            continue
        members = [order[t.uid] for t in tasks if t.parent_uid == phase.uid]
        before = [t.uid for t in tasks[: min(members)] if t.parent_uid != phase.uid]
        if before and draw(st.booleans()):
            links.append(
                Dependency(uid=f"in{k}", predecessor_uid=before[-1], successor_uid=phase.uid)
            )
        after = [t.uid for t in tasks[max(members) + 1 :] if t.parent_uid != phase.uid]
        if after and draw(st.booleans()):
            kind = draw(st.sampled_from(LINK_TYPES))
            links.append(
                Dependency(
                    uid=f"out{k}", predecessor_uid=phase.uid, successor_uid=after[0], type=kind
                )
            )
    used = [p for p in phases if p.uid in summaries_used]
    return Plan(
        project=plan.project,
        calendars=plan.calendars,
        tasks=normalize(used + tasks),
        dependencies=links,
    )


def _fields(task: Task) -> dict:
    return {f: getattr(task, f) for f in task.__dataclass_fields__}


edits = st.sampled_from(
    [
        {"duration": 0, "milestone": True},
        {"duration": 1440},
        {"duration": 60},
        {"constraint_type": ConstraintType.SNET, "constraint_date": datetime(2024, 3, 13, 8)},
        {"constraint_type": ConstraintType.FNLT, "constraint_date": datetime(2024, 3, 5, 17)},
        {"deadline": datetime(2024, 3, 6, 17)},
        {"percent_complete": 50, "actual_start": START},
        {
            "percent_complete": 100,
            "actual_start": START,
            "actual_finish": datetime(2024, 3, 5, 12),
        },
        {"percent_complete": 30},
        KINDS["manual"],
        {"manual": False},
        {"splits": ((120, 960), (300, 60))},
        {"splits": ()},
        {"leveling_delay": 1440, "leveling_delay_elapsed": True},
        {"leveling_delay": 480},
        {"leveling_delay": 0},
        {"duration_elapsed": True},
        {"calendar_uid": "am"},
        {"calendar_uid": None},
        {"constraint_type": ConstraintType.ASAP, "constraint_date": None},
        {"constraint_type": ConstraintType.MFO, "constraint_date": datetime(2024, 3, 7, 12)},
        {"percent_complete": 0, "actual_start": None, "actual_finish": None},
    ]
)


@settings(max_examples=150, deadline=None)
@given(outlined_networks(mixed=True), st.data())
def test_an_edit_reschedules_exactly_like_a_full_schedule(plan: Plan, data) -> None:
    scheduler = Scheduler(plan)
    assert scheduler.result == schedule(plan)
    leaves = [t for t in plan.tasks if t.uid not in {x.parent_uid for x in plan.tasks}]
    for _ in range(2):
        task = data.draw(st.sampled_from(leaves))
        current = plan.task_index()[task.uid]
        changed = Task(**{**_fields(current), **data.draw(edits)})
        _inverse, changes = apply_patch(plan, Patch(tasks=(changed,)))
        assert scheduler.update(plan, changes) == schedule(plan)


@settings(max_examples=150, deadline=None)
@given(outlined_networks(mixed=True), st.data())
def test_the_finishes_alone_are_those_of_the_full_schedule(plan: Plan, data) -> None:
    """What the change list of two versions compares (their finishes, worked out without
    late dates when nothing is placed as late as possible) is what the Gantt shows."""
    tasks = plan.tasks
    if data.draw(st.booleans()):  # some tasks as late as possible
        picks = data.draw(st.sets(st.integers(0, len(tasks) - 1), max_size=3))
        tasks = [replace(t, constraint_type=ConstraintType.ALAP) if i in picks else t
                 for i, t in enumerate(tasks)]
    project = plan.project
    if data.draw(st.booleans()):  # scheduled back from a fixed finish
        project = replace(project, schedule_from_finish=True,
                          finish=datetime(2024, 4, 26, 17, 0))
    plan = replace(plan, tasks=tasks, project=project)
    full = schedule(plan)
    assert finish_dates(plan) == {uid: d.finish for uid, d in full.tasks.items()}


# Plans the property above once found where an edit rescheduled differently from a full
# schedule; kept as plain cases so they are checked on every run.


def _task(uid: str, duration: int, parent: str | None = None, **fields) -> Task:
    return Task(
        uid=uid, name=uid.upper(), duration=duration, milestone=duration == 0,
        parent_uid=parent, **fields,
    )  # fmt: skip


def _edits_match_full_schedule(plan: Plan, edits: list[tuple[str, dict]]) -> None:
    plan.tasks[:] = normalize([replace(t, position=k) for k, t in enumerate(plan.tasks)])
    scheduler = Scheduler(plan)
    for uid, edit in edits:
        changed = replace(plan.task_index()[uid], **edit)
        _inverse, changes = apply_patch(plan, Patch(tasks=(changed,)))
        assert scheduler.update(plan, changes) == schedule(plan), (uid, edit)


def _plan(tasks: list[Task], links: list[Dependency]) -> Plan:
    project = ProjectInfo(uid="p", name="Case", start=START, calendar_uid="cal")
    return Plan(project=project, calendars={"cal": CALENDAR}, tasks=tasks, dependencies=links)


def test_a_constraint_that_pins_a_task_in_progress_forgets_where_it_resumed() -> None:
    """T10 is 30 % done, so its predecessors (through the link into its phase) must finish
    by where its remaining work resumes, 6 March 08:18. A finish-no-later-than 5 March
    17:00 then pins it at 16:00-17:00 and the project finish moves: the resume moment of
    before must not bind T8 any more (its late finish is 16:00, slack -1h)."""
    plan = _plan(
        [_task("t8", 960), Task(uid="s2", name="Phase"), _task("t9", 0, "s2"),
         _task("t10", 60, "s2")],
        [Dependency(uid="in", predecessor_uid="t8", successor_uid="s2")],
    )  # fmt: skip
    _edits_match_full_schedule(
        plan,
        [
            ("t10", {"percent_complete": 30}),
            ("t10", {"constraint_type": ConstraintType.FNLT,
                     "constraint_date": datetime(2024, 3, 5, 17)}),
        ],
    )  # fmt: skip
    t8 = schedule(plan).tasks["t8"]
    assert (t8.late_finish, t8.total_slack) == (datetime(2024, 3, 5, 16), -60)


def test_a_subtask_made_automatic_starts_within_its_manual_phase() -> None:
    """T7, a manual milestone in a manual phase typed from 5 March, becomes automatic: as
    an automatic subtask of a manual summary it starts no earlier than the phase, on an
    edit as on a full schedule."""
    plan = _plan(
        [_task("t1", 0), Task(uid="s0", name="Phase", **KINDS["manual"]), _task("t0", 0, "s0"),
         _task("t7", 0, "s0", **KINDS["manual"])],
        [],
    )  # fmt: skip
    _edits_match_full_schedule(plan, [("t7", {"manual": False})])
    assert schedule(plan).tasks["t7"].start == datetime(2024, 3, 5, 8)


def test_where_a_task_resumes_binds_its_predecessors_after_an_edit_upstream() -> None:
    """T11, 30 % done, is first placed by its FF link from T10; T2 (delayed a day by
    leveling) becomes a milestone, so T10 finishes earlier and T11 is placed by its FS+1d
    link from T1 instead, at the same start and finish. Its remaining work now resumes at
    7 March 09:12, which T1 must allow for (late finish 6 March 09:12)."""
    plan = _plan(
        [_task("t1", 960), Task(uid="s0", name="A"), _task("t2", 240, "s0", leveling_delay=480),
         Task(uid="s2", name="B"), _task("t10", 960, "s2"),
         _task("t11", 240, "s2", percent_complete=30)],
        [Dependency(uid="a", predecessor_uid="t1", successor_uid="t11", lag=480),
         Dependency(uid="b", predecessor_uid="t2", successor_uid="t10"),
         Dependency(uid="c", predecessor_uid="t10", successor_uid="t11", type=LinkType.FF)],
    )  # fmt: skip
    _edits_match_full_schedule(plan, [("t2", {"duration": 0, "milestone": True})])
    assert schedule(plan).tasks["t1"].late_finish == datetime(2024, 3, 6, 9, 12)
