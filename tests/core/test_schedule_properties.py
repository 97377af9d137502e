"""Properties of every schedule, checked on random acyclic networks.

Whatever the network: early dates respect every link, late dates respect every link,
slack is never negative unless a constraint or deadline forces it, and the critical tasks
form an unbroken chain from the project start to the project finish.
"""

from __future__ import annotations

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
from pmdesk.core.schedule import Scheduler, ScheduleResult, schedule

START = datetime(2024, 3, 4, 8, 0)
HOLIDAYS = tuple(
    CalendarException(d, d, (), "holiday")
    for d in (date(2024, 3, 8), date(2024, 3, 29), date(2024, 5, 1))
)
CALENDAR = Calendar(uid="cal", name="Company", exceptions=HOLIDAYS)
WORK = WorkCalendar.from_calendar(CALENDAR, {"cal": CALENDAR})
LINK_TYPES = [LinkType.FS, LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF]
KINDS: dict[str, dict] = {
    "auto": {},
    "manual": {
        "manual": True,
        "manual_start": datetime(2024, 3, 5, 8, 0),
        "manual_finish": datetime(2024, 3, 6, 17, 0),
    },
    "split": {"splits": ((60, 480),)},
}


@st.composite
def networks(draw, mixed: bool = False) -> Plan:
    n = draw(st.integers(min_value=1, max_value=14))
    durations = draw(
        st.lists(st.sampled_from([0, 60, 240, 480, 960, 2400]), min_size=n, max_size=n)
    )
    # Some tasks are manually scheduled (pinned where the PM typed them) or split.
    choices = ["auto"] * 6 + ["manual", "split"] if mixed else ["auto"]
    kinds = draw(st.lists(st.sampled_from(choices), min_size=n, max_size=n))
    tasks = [
        Task(uid=f"t{i}", name=f"T{i}", position=i, duration=d, milestone=d == 0, **KINDS[k])
        for i, (d, k) in enumerate(zip(durations, kinds))
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
    return Plan(project=project, calendars={"cal": CALENDAR}, tasks=tasks, dependencies=links)


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
        assert 0 <= t.free_slack
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
    phases = [Task(uid=f"s{k}", name=f"Phase {k}", position=100 + k) for k in range(n_phases)]
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
