"""A plan that uses what other tools can carry, and a comparison of two plans by name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from pmdesk.core.model import (
    Assignment,
    Calendar,
    CalendarException,
    ConstraintType,
    Dependency,
    DurationUnit,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    new_uid,
    standard_calendar,
)
from pmdesk.core.outline import normalize, summary_uids
from pmdesk.core.schedule import schedule

DAY = 480


def build_exchange_plan(calendars: bool = True) -> Plan:
    """Two phases and two top-level tasks: whole-day durations, milestones, links of every
    type with lags and leads, a start-no-earlier-than, progress, notes, a priority, two
    resources with roles and rates, assignments at several units, and (when ``calendars``)
    a holiday and a person's days off."""
    base = standard_calendar()
    cal = Calendar(uid=base.uid, name="Standard", exceptions=(
        CalendarException(date(2026, 3, 20), date(2026, 3, 20), (), "Spring holiday"),)
        if calendars else ())
    project = ProjectInfo(uid=new_uid(), name="Checkout revamp", start=datetime(2026, 3, 2, 8),
                          calendar_uid=cal.uid, company="ACME", description="A, B & <C>")
    known = {cal.uid: cal}

    def task(name: str, parent: Task | None = None, days: float = 1, **kw) -> Task:
        return Task(uid=new_uid(), name=name, parent_uid=parent.uid if parent else None,
                    duration=round(days * DAY), milestone=days == 0, **kw)

    discovery = task("Discovery")
    interviews = task("Interviews, round 1", discovery, 5, percent_complete=100,
                      notes="Twelve members; mixed tenure.\nSecond line.")
    survey = task("Survey", discovery, 10, percent_complete=40)
    gate = task("Discovery gate", discovery, 0)
    build = task("Build")
    prototype = task("Prototype", build, 4, priority=700,
                     constraint_type=ConstraintType.SNET,
                     constraint_date=datetime(2026, 3, 30, 8))
    beta = task("Beta", build, 3)
    docs = task("=Docs", build, 2)
    launch = task("Launch", build, 0)
    handover = task("Handover", build, 1)
    retro = task("Retro", None, 1)
    party = task("Party", None, 1)
    tasks = normalize([discovery, interviews, survey, gate, build, prototype, beta, docs,
                       launch, handover, retro, party])

    def link(a: Task, b: Task, kind: LinkType = LinkType.FS, lag_days: int = 0) -> Dependency:
        return Dependency(uid=new_uid(), predecessor_uid=a.uid, successor_uid=b.uid,
                          type=kind, lag=lag_days * DAY, lag_unit=DurationUnit.DAYS)

    links = [
        link(interviews, survey),
        link(survey, gate),
        link(gate, prototype),
        link(prototype, beta, LinkType.SS, 2),
        link(beta, docs, LinkType.FF, 1),
        link(docs, launch, LinkType.FS, -1),
        link(launch, handover, LinkType.SF),
        link(build, retro),
        link(retro, party, LinkType.FS, 1),
    ]
    ana = Resource(uid=new_uid(), name="Ana", group="Product", email="ana@example.com",
                   standard_rate=Decimal(50))
    ben = Resource(uid=new_uid(), name="Ben", group="Engineering", standard_rate=Decimal(40))
    if calendars:
        days_off = Calendar(uid=new_uid(), name="Ben", weekdays=(None,) * 7, base_uid=cal.uid,
                            exceptions=(CalendarException(date(2026, 3, 12),
                                                          date(2026, 3, 13)),))
        known[days_off.uid] = days_off
        ben = replace(ben, calendar_uid=days_off.uid)
    assignments = [
        Assignment(new_uid(), interviews.uid, ana.uid, 0.5),
        Assignment(new_uid(), interviews.uid, ben.uid, 1.0),
        Assignment(new_uid(), survey.uid, ben.uid, 1.0),
        Assignment(new_uid(), prototype.uid, ben.uid, 1.0),
        Assignment(new_uid(), docs.uid, ana.uid, 0.25),
        Assignment(new_uid(), retro.uid, ana.uid, 1.0),
    ]
    return Plan(project=project, calendars=known, tasks=tasks, dependencies=links,
                resources=[ana, ben], assignments=assignments)


def _names(plan: Plan) -> dict[str, str]:
    return {t.uid: t.name for t in plan.tasks}


def describe_plan(plan: Plan, units: bool = True, people: bool = True) -> dict:
    """What a plan says, by task and resource name: outline, durations (and the unit they
    were typed in, when ``units``), links, progress, notes, resources (their role, e-mail
    and rate when ``people``), assignments, and the schedule's dates."""
    names = _names(plan)
    who = {r.uid: r.name for r in plan.resources}
    result = schedule(plan)
    summaries = summary_uids(plan.tasks)
    return {
        # A summary's own duration is not used: its dates roll up from its children.
        "tasks": [(t.name, names.get(t.parent_uid or ""),
                   None if t.uid in summaries else t.duration, t.milestone,
                   t.percent_complete, t.notes, t.duration_unit if units else None)
                  for t in plan.tasks],
        "links": sorted((names[d.predecessor_uid], names[d.successor_uid], str(d.type), d.lag,
                         d.lag_elapsed, d.lag_percent) for d in plan.dependencies),
        "resources": [(r.name, r.group, r.email, r.standard_rate) if people else r.name
                      for r in plan.resources],
        "assignments": sorted((names[a.task_uid], who[a.resource_uid], a.units)
                              for a in plan.assignments),
        "dates": [(t.name, result.tasks[t.uid].start, result.tasks[t.uid].finish)
                  for t in plan.tasks],
    }


@pytest.fixture
def exchange_plan():
    """:func:`build_exchange_plan`: call it for a fresh plan."""
    return build_exchange_plan


@pytest.fixture
def plan_facts():
    """:func:`describe_plan`, to compare two plans."""
    return describe_plan


OTHER_FORMATS = Path(__file__).resolve().parents[2].parent / "shared" / "oracle" / "other-formats"


@pytest.fixture
def other_format():
    """``other_format(name)``: a sample file of the oracle's other-formats folder; the test
    skips, saying why, where the oracle folder is absent."""

    def find(name: str) -> Path:
        path = OTHER_FORMATS / name
        if not path.is_file():
            pytest.skip(f"{path} is absent (the oracle folder beside the repository)")
        return path

    return find
