"""GNOME Planner .planner files: the sample's tasks, outline, links, constraints,
resources, allocations and calendars come in, and pmdesk schedules them on the dates
Planner computed; broken and hostile files are refused."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from pmdesk.core.calendar import WorkCalendar, project_calendar
from pmdesk.core.model import STANDARD_DAY, ConstraintType, LinkType, ResourceType
from pmdesk.core.schedule import schedule
from pmdesk.interchange import read_plan
from pmdesk.interchange.planner import PlannerError, read_planner


@pytest.fixture
def sample(other_format) -> Path:
    return other_format("mpxj_project1.planner")


def _stamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y%m%dT%H%M%SZ")


def test_the_sample_comes_in_with_tasks_outline_links_and_constraints(sample) -> None:
    plan = read_plan(sample)
    assert len(plan.tasks) == 30
    by_id = {t.source_uid: t for t in plan.tasks}
    assert by_id[5].parent_uid == by_id[4].uid
    assert all(t.parent_uid is None for t in plan.tasks if t.source_uid != 5)
    assert by_id[10].milestone and by_id[10].duration == 0
    assert by_id[8].percent_complete == 26 and by_id[27].percent_complete == 45
    assert by_id[24].notes == "Task Twenty Three Notes"
    assert (by_id[12].constraint_type, by_id[12].constraint_date) == (
        ConstraintType.SNET, datetime(2007, 2, 23))
    assert (by_id[13].constraint_type, by_id[13].constraint_date) == (
        ConstraintType.MSO, datetime(2007, 2, 25))
    names = {t.uid: t.source_uid for t in plan.tasks}
    links = {(names[d.predecessor_uid], names[d.successor_uid]):
             (d.type, d.lag, d.lag_elapsed) for d in plan.dependencies}
    assert links == {
        (14, 15): (LinkType.FS, 0, True),
        (16, 17): (LinkType.FS, 24 * 60, True),  # Planner's lag: 86400 s of calendar time
        (18, 19): (LinkType.FF, 0, True),
        (20, 21): (LinkType.SS, 0, True),
        (22, 23): (LinkType.SF, 0, True),
    }


def test_pmdesk_schedules_the_sample_on_plannners_own_dates(sample) -> None:
    plan = read_planner(sample)
    result = schedule(plan)
    cal = project_calendar(plan)
    stated = {int(e.get("id")): e for e in ET.parse(sample).getroot().iter("task")}
    for t in plan.tasks:
        e = stated[t.source_uid]
        d = result.tasks[t.uid]
        start = _stamp(e.get("work-start") or e.get("start"))
        end = _stamp(e.get("end"))
        if t.milestone:  # Planner writes a milestone's end at midnight of its day
            assert d.start == d.finish == start, t.name
            continue
        assert d.start == start, t.name
        # To the minute Planner shows (its ends carry seconds), or the same working
        # moment (an SF-driven finish keeps the driving Monday 08:00, Planner shows the
        # Friday 17:00 before it).
        assert abs(cal.between(end, d.finish)) <= 1, (t.name, d.finish, end)


def test_the_sample_resources_allocations_and_calendars(sample) -> None:
    plan = read_planner(sample)
    assert [(r.name, r.type) for r in plan.resources] == [
        ("Resource One", ResourceType.WORK), ("Resource Two", ResourceType.WORK)]
    names = {t.uid: t.source_uid for t in plan.tasks}
    people = {r.uid: r.name for r in plan.resources}
    units = {(names[a.task_uid], people[a.resource_uid]): a.units for a in plan.assignments}
    assert units == {
        (30, "Resource One"): 0.1, (29, "Resource One"): 0.45, (28, "Resource One"): 1.0,
        (27, "Resource One"): 1.0, (7, "Resource One"): 1.0, (6, "Resource One"): 0.75,
        (30, "Resource Two"): 0.6, (28, "Resource Two"): 1.0, (7, "Resource Two"): 1.0,
    }
    default = plan.calendars[plan.project.calendar_uid]
    assert default.name == "Default"
    assert default.weekdays == (STANDARD_DAY,) * 5 + ((), ())
    assert [(x.start, x.intervals) for x in default.exceptions] == [(date(2007, 2, 1), ())]
    derived = next(c for c in plan.calendars.values() if c.name == "Derived From Default")
    assert derived.base_uid == default.uid and derived.weekdays == (None,) * 7
    assert not WorkCalendar.from_calendar(derived, plan.calendars).is_working_day(
        date(2007, 2, 1)), "the derived calendar keeps its parent's holiday"
    assert plan.project.start == datetime(2007, 2, 23)


def _planner(tmp_path: Path, tasks: str = "", extra: str = "", head: str = "") -> Path:
    path = tmp_path / "bad.planner"
    path.write_text(
        f'{head}<project name="p" project-start="20260105T000000Z" mrproject-version="2">'
        f"<tasks>{tasks}</tasks>{extra}</project>", encoding="utf-8")
    return path


_T = '<task id="{id}" name="t" start="20260105T000000Z" end="20260106T170000Z"{more}/>'


@pytest.mark.parametrize(("kw", "said"), [
    ({"head": '<!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'},
     "declares a document type"),
    ({"head": '<!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'},
     "declares a document type"),
    ({"tasks": _T.format(id=1, more=' percent-complete="101"')}, "out of range"),
    ({"tasks": '<task id="1" name="t" start="2026-01-05" end="20260106T170000Z"/>'},
     "task id 1: start '2026-01-05' is not a date and time"),
    ({"tasks": '<task id="1" name="t" start="99990105T000000Z" end="99990106T170000Z"/>'},
     "out of range"),
    ({"tasks": _T.format(id=1, more="") + _T.format(id=1, more="")},
     "the id is used by two tasks"),
    ({"tasks": _T.format(id=1, more="").replace("/>", '><constraint type="soon"/></task>')},
     "unknown constraint type 'soon'"),
    ({"tasks": _T.format(id=1, more="") + _T.format(id=2, more="").replace(
        "/>", '><predecessors><predecessor id="1" predecessor-id="1" type="XX"/>'
              '</predecessors></task>')}, "unknown link type 'XX'"),
    ({"tasks": _T.format(id=1, more="").replace("/>", '><predecessors><predecessor id="1" '
                                                      'predecessor-id="2"/></predecessors></task>')
      + _T.format(id=2, more="").replace("/>", '><predecessors><predecessor id="1" '
                                               'predecessor-id="1"/></predecessors></task>')},
     "the links make a cycle"),
    ({"tasks": _T.format(id=1, more=""), "extra": '<resources><resource id="1" name="r" '
      'type="1" units="0" std-rate="1e999"/></resources>'}, "is not an amount"),
])
def test_broken_and_hostile_files_are_refused_naming_the_problem(tmp_path, kw, said) -> None:
    path = _planner(tmp_path, **kw)
    with pytest.raises(PlannerError) as err:
        read_planner(path)
    assert str(path) in str(err.value) and said in str(err.value)
