"""GanttProject .gan files: the sample comes in as the file states it, an export goes back
to GanttProject (checked by re-import and by MPXJ's independent reader), hostile files are
refused."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from pmdesk.core.calendar import project_calendar
from pmdesk.core.model import ConstraintType, LinkType
from pmdesk.core.outline import outline_levels, summary_uids
from pmdesk.core.schedule import schedule
from pmdesk.interchange import read_plan, write_plan
from pmdesk.interchange.ganttproject import GanttProjectError, gan_bytes, read_gan


@pytest.fixture
def sample(other_format) -> Path:
    return other_format("ganttproject_HouseBuildingSample.gan")


def _file_tasks(path: Path) -> dict[int, ET.Element]:
    return {int(e.get("id")): e for e in ET.parse(path).getroot().iter("task")}


# --------------------------------------------------------------------------- the sample


def test_the_sample_comes_in_with_its_tasks_outline_and_links(sample) -> None:
    plan = read_gan(sample)
    stated = _file_tasks(sample)
    assert len(plan.tasks) == 20 == len(stated)
    by_id = {t.source_uid: t for t in plan.tasks}
    gan_id = {t.uid: t.source_uid for t in plan.tasks}
    parent_id = {t.source_uid: gan_id.get(t.parent_uid or "") for t in plan.tasks}
    for element in ET.parse(sample).getroot().find("tasks").iter("task"):
        for child in element.findall("task"):
            assert parent_id[int(child.get("id"))] == int(element.get("id"))
    assert [t.name for t in plan.tasks if t.parent_uid is None] == [
        "Architectural design", "Interior design", "Construction phase", "Decoration phase",
        "GanttProject 3.3"]
    assert {t.source_uid for t in plan.tasks if t.milestone} == {17, 18, 20, 49}

    names = {t.uid: t.source_uid for t in plan.tasks}
    links = {(names[d.predecessor_uid], names[d.successor_uid]): d for d in plan.dependencies}
    written = {(int(e.get("id")), int(d.get("id")))
               for e in stated.values() for d in e.findall("depend")}
    assert set(links) == written and len(written) == 17
    assert all(d.type is LinkType.FS and d.lag == 0 for d in links.values())
    assert by_id[14].notes == "Embedded devices, kitchen, washing machine, dryer etc"
    assert by_id[0].percent_complete == 85 and by_id[12].percent_complete == 100


def test_every_sample_task_starts_and_lasts_as_the_file_states(sample) -> None:
    """GanttProject's dates are its own: each task starts on the day the file gives and
    lasts its duration in working days of the file's calendar."""
    plan = read_gan(sample)
    result = schedule(plan)
    cal = project_calendar(plan)
    stated = _file_tasks(sample)
    summaries = summary_uids(plan.tasks)
    for t in plan.tasks:
        e = stated[t.source_uid]
        day = date.fromisoformat(e.get("start"))
        d = result.tasks[t.uid]
        first = cal.next_working(datetime.combine(day, time()))
        end = cal.add(first, int(e.get("duration")) * 480)
        if t.uid in summaries:
            # Rolled up from the children; a milestone on the next morning ends the same
            # working time as the evening before.
            assert cal.between(first, d.start) == 0, t.name
            assert cal.between(end, d.finish) == 0, t.name
        else:
            assert d.start == first, t.name
            assert d.finish == end, t.name
    # A task its links place needs no constraint; only the milestones the file puts on
    # the morning after their predecessor are held there.
    pinned = {t.source_uid for t in plan.tasks if t.constraint_type is not ConstraintType.ASAP}
    assert pinned <= {17, 18, 20}


def test_the_sample_resources_roles_rates_loads_calendar_and_vacations(sample) -> None:
    plan = read_gan(sample)
    people = {r.name: r for r in plan.resources}
    assert list(people) == ["Jack House", "John Black", "Michelangelo", "Tom White",
                            "Peter Green", "George Brown", "John Silver"]
    assert people["Michelangelo"].group == "Architect"
    assert people["Jack House"].group == "project manager"
    assert people["John Black"].group == "Excavator operator"
    # GanttProject's standard rate is per day of eight hours; pmdesk's per hour.
    assert people["John Black"].standard_rate == Decimal(5)
    assert people["Tom White"].standard_rate == Decimal("6.25")
    names = {t.uid: t.source_uid for t in plan.tasks}
    loads = {(names[a.task_uid], next(r.name for r in plan.resources if r.uid == a.resource_uid)):
             a.units for a in plan.assignments}
    assert len(loads) == 30
    assert loads[(9, "Jack House")] == 0.5 and loads[(9, "Michelangelo")] == 1.0
    cal = plan.calendars[plan.project.calendar_uid]
    assert cal.weekdays[5] == cal.weekdays[6] == () and all(cal.weekdays[:5])
    assert [(x.start, x.intervals) for x in cal.exceptions] == [(date(2006, 2, 14), ())]
    own = plan.calendars[people["Jack House"].calendar_uid]
    assert own.base_uid == cal.uid
    assert [(x.start, x.finish) for x in own.exceptions] == [(date(2009, 2, 2), date(2009, 2, 9))]


def test_pmdesk_import_reads_a_gan_by_its_suffix(sample, tmp_path, capsys) -> None:
    from pmdesk.cli import main
    from pmdesk.store.document import open_plan

    out = tmp_path / "house.pmdesk"
    assert main(["import", str(sample), "-o", str(out)]) == 0
    assert "20 tasks" in capsys.readouterr().out
    assert len(open_plan(out).tasks) == 20


# --------------------------------------------------------------------------- export


def test_an_export_reimports_as_the_same_plan(tmp_path, exchange_plan, plan_facts) -> None:
    plan = exchange_plan()
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    back = read_plan(path)
    assert plan_facts(back, units=False) == plan_facts(plan, units=False)
    assert back.project.name == plan.project.name and back.project.company == "ACME"
    assert back.project.description == plan.project.description
    constrained = [(t.name, t.constraint_type, t.constraint_date) for t in back.tasks
                   if t.constraint_type is not ConstraintType.ASAP]
    assert constrained == [("Prototype", ConstraintType.SNET, datetime(2026, 3, 30, 8))]
    assert {t.name: t.priority for t in back.tasks}["Prototype"] == 700
    holidays = back.calendars[back.project.calendar_uid].exceptions
    assert [(x.start, x.name) for x in holidays] == [(date(2026, 3, 20), "Spring holiday")]
    # Rows keep their identity across the round trip (GanttProject's uid is pmdesk's).
    assert [t.uid for t in back.tasks] == [t.uid for t in plan.tasks]


def test_a_second_export_of_the_reimport_is_the_same_file(
    tmp_path, exchange_plan, plan_facts
) -> None:
    plan = exchange_plan()
    first = gan_bytes(plan, schedule(plan))
    (tmp_path / "a.gan").write_bytes(first)
    back = read_gan(tmp_path / "a.gan")
    assert gan_bytes(back, schedule(back)) == first


def test_an_export_follows_ganttprojects_file_structure(
    tmp_path, exchange_plan, plan_facts
) -> None:
    plan = exchange_plan()
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    root = ET.parse(path).getroot()
    assert root.tag == "project" and root.get("name") == "Checkout revamp"
    order = [e.tag for e in root]
    assert order == ["description", "view", "view", "calendars", "tasks", "resources",
                     "allocations", "vacations", "previous", "roles", "roles"]
    week = root.find("calendars/day-types/default-week")
    assert {k: week.get(k) for k in ("sat", "sun", "mon")} == {"sat": "1", "sun": "1", "mon": "0"}
    props = [p.get("id") for p in root.find("tasks/taskproperties")]
    assert props == [f"tpd{i}" for i in range(10)]
    tasks = {e.get("name"): e for e in root.iter("task")}
    # Nested as the outline, a link written on its predecessor and pointing at the
    # successor's id, with GanttProject's type numbers (1 SS, 2 FS, 3 FF, 4 SF).
    assert [c.get("name") for c in tasks["Discovery"].findall("task")] == [
        "Interviews, round 1", "Survey", "Discovery gate"]
    beta = tasks["Prototype"].find("depend")
    assert (beta.get("id"), beta.get("type"), beta.get("difference")) == (
        tasks["Beta"].get("id"), "1", "2")
    assert tasks["Launch"].find("depend").get("type") == "4"
    assert tasks["=Docs"].find("depend").get("difference") == "-1"
    assert tasks["Discovery gate"].get("meeting") == "true"
    assert tasks["Discovery gate"].get("duration") == "0"
    assert tasks["Survey"].get("duration") == "10" and tasks["Survey"].get("complete") == "40"
    assert tasks["Prototype"].get("thirdDate") == "2026-03-30"
    assert tasks["Prototype"].get("thirdDate-constraint") == "1"
    assert tasks["Interviews, round 1"].find("notes").text.startswith("Twelve members")
    rates = {r.get("name"): r.find("rate").get("value") for r in root.iter("resource")}
    assert rates == {"Ana": "400", "Ben": "320"}  # per eight-hour day
    vacation = root.find("vacations/vacation")
    assert (vacation.get("start"), vacation.get("end")) == ("2026-03-12", "2026-03-13")
    loads = sorted(a.get("load") for a in root.iter("allocation"))
    assert loads == ["100", "100", "100", "100", "25", "50"]


_MPXJ_READER = r"""
import json, sys
import jpype, mpxj
jpype.startJVM(sys.argv[1], "-Djava.awt.headless=true",
    "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
    convertStrings=True)
from java.io import File
from org.mpxj.ganttproject import GanttProjectReader
project = GanttProjectReader().read(File(sys.argv[2]))
out = {"tasks": [], "resources": [], "assignments": []}
for t in project.getTasks():
    if t.getUniqueID() is None:
        continue
    out["tasks"].append({
        "name": str(t.getName()), "level": int(t.getOutlineLevel()),
        "start": str(t.getStart())[:10], "days": float(t.getDuration().getDuration()),
        "milestone": bool(t.getMilestone()),
        "complete": float(t.getPercentageComplete() or 0),
        "preds": [[str(r.getPredecessorTask().getName()), str(r.getType()),
                   float(r.getLag().getDuration())] for r in t.getPredecessors()]})
for r in project.getResources():
    out["resources"].append([str(r.getName()), str(r.getGroup())])
for a in project.getResourceAssignments():
    out["assignments"].append([str(a.getTask().getName()), str(a.getResource().getName()),
                               float(a.getUnits())])
print(json.dumps(out))
"""


def test_mpxjs_ganttproject_reader_reads_the_export(tmp_path, mpxj, exchange_plan) -> None:
    """An independent reader of the format (MPXJ's, used by many tools) sees the plan."""
    from pmdesk.interchange.mpp import find_jvm

    plan = exchange_plan()
    path = tmp_path / "plan.gan"
    write_plan(plan, path)
    done = subprocess.run([sys.executable, "-c", _MPXJ_READER, str(find_jvm()), str(path)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout)
    result = schedule(plan)
    levels = outline_levels(plan.tasks)
    summaries = summary_uids(plan.tasks)
    assert [t["name"] for t in seen["tasks"]] == [t.name for t in plan.tasks]
    for t, got in zip(plan.tasks, seen["tasks"], strict=True):
        assert got["level"] == levels[t.uid], t.name
        assert got["start"] == result.tasks[t.uid].start.date().isoformat(), t.name
        assert got["milestone"] == t.milestone, t.name
        assert got["complete"] == t.percent_complete, t.name
        if t.uid not in summaries:
            assert got["days"] == t.duration / 480, t.name
    assert sorted(map(tuple, seen["resources"])) == [("Ana", "Product"), ("Ben", "Engineering")]
    assert len(seen["assignments"]) == 6
    assert ["Interviews, round 1", "Ana", 50.0] in seen["assignments"]
    # MPXJ 16 reads the links of top-level tasks only (it reads GanttProject's own sample
    # the same way): those it reads must be the plan's.
    preds = {t["name"]: t["preds"] for t in seen["tasks"] if t["preds"]}
    assert preds == {"Retro": [["Build", "FS", 0.0]], "Party": [["Retro", "FS", 1.0]]}


# --------------------------------------------------------------------------- refusals


def _gan(tmp_path: Path, body: str, name: str = "bad.gan") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


_TASK = ('<project name="p"><tasks>{}</tasks></project>')


@pytest.mark.parametrize(("body", "said"), [
    (('<?xml version="1.0"?><!DOCTYPE project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<project name="&x;"/>'), "declares a document type"),
    (('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">'
     '<!ENTITY c "&b;&b;&b;&b;">]><project name="&c;"/>'), "declares a document type"),
    ("<project><tasks><task id='1'", "line 1, column"),
    ("<Project xmlns='http://schemas.microsoft.com/project'/>", "not a GanttProject file"),
    (_TASK.format('<task id="1" name="a" start="2026-13-40" duration="1"/>'),
     "task id 1: '2026-13-40' is not a date"),
    (_TASK.format('<task id="1" name="a" start="9999-01-01" duration="1"/>'), "out of range"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05" duration="1e9"/>'),
     "not a whole number"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05" duration="99999999"/>'),
     "out of range"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05" duration="50000"/>'),
     "a duration of 50,000 days is longer than a task can last"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05" duration="1" complete="150"/>'),
     "complete: 150 is out of range"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05"/><task id="1" name="b"/>'),
     "task id 1: the id is used by two tasks"),
    (_TASK.format('<task id="1" name="a" start="2026-01-05" duration="1"><depend id="2"/></task>'
                  '<task id="2" name="b" start="2026-01-05" duration="1"><depend id="1"/></task>'),
     "the links make a cycle"),
    (('<project><resources><resource id="0" name="r"><rate name="standard" value="NaN"/>'
     '</resource></resources></project>'), "is not an amount"),
    (('<project><tasks><task id="1" name="a" start="2026-01-05" duration="1"/></tasks>'
     '<resources><resource id="0" name="r"/></resources><allocations>'
     '<allocation task-id="1" resource-id="0" load="inf"/></allocations></project>'),
     "is not a percentage"),
])
def test_hostile_and_broken_files_are_refused_naming_the_problem(tmp_path, body, said) -> None:
    path = _gan(tmp_path, body)
    with pytest.raises(GanttProjectError) as err:
        read_gan(path)
    assert str(path) in str(err.value) and said in str(err.value)


def test_a_file_too_large_for_a_plan_is_refused_before_it_is_read(tmp_path) -> None:
    import tracemalloc

    path = tmp_path / "huge.gan"
    with path.open("wb") as f:
        f.write(b"<project>")
        f.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    tracemalloc.start()
    try:
        with pytest.raises(GanttProjectError, match="200 MB, more than any"):
            read_gan(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def test_a_refused_import_writes_no_project(tmp_path, capsys) -> None:
    from pmdesk.cli import main

    bad = _gan(tmp_path, _TASK.format('<task id="x" name="a"/>'))
    out = tmp_path / "out.pmdesk"
    assert main(["import", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "'x' is not a whole number" in err
    assert not out.exists()


def test_yearly_holidays_repeat_and_working_weekend_days_work(tmp_path) -> None:
    path = _gan(tmp_path, (
        '<project name="p"><calendars><day-types><default-week sun="1" mon="0" tue="0" '
        'wed="0" thu="0" fri="0" sat="1"/></day-types>'
        '<date year="" month="12" date="25" type="HOLIDAY">Christmas</date>'
        '<date year="2026" month="1" date="10" type="WORKING_DAY"/>'
        '<date year="2026" month="1" date="12" type="NEUTRAL"/></calendars>'
        '<tasks><task id="1" name="a" start="2026-01-05" duration="10"/></tasks></project>'))
    plan = read_gan(path)
    cal = project_calendar(plan)
    assert not cal.is_working_day(date(2026, 12, 25))
    assert not cal.is_working_day(date(2040, 12, 25))
    assert cal.is_working_day(date(2026, 1, 10))  # a Saturday made a working day
    assert cal.is_working_day(date(2026, 1, 12))
    d = schedule(plan).tasks[plan.tasks[0].uid]
    # Ten working days from Monday 5 January, Saturday the 10th one of them.
    assert d.finish == datetime(2026, 1, 15, 17)
