"""iCalendar export: milestones (and tasks when asked) as all-day events whose UIDs stay
the same from one export to the next, so a calendar app updates them instead of doubling
them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar

from pmdesk.core.schedule import schedule
from pmdesk.interchange import ExportOptions, write_plan
from pmdesk.interchange.ics import ics_bytes
from pmdesk.store.document import open_plan, save_plan


def _events(data: bytes) -> dict[str, dict]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): {
        "summary": str(e["summary"]),
        "start": e.decoded("dtstart"),
        "end": e.decoded("dtend"),
        "sequence": int(e["sequence"]),
        "categories": [str(c) for c in e["categories"].cats],
        "description": str(e["description"]),
        "transp": str(e["transp"]),
    } for e in cal.walk("VEVENT")}


def test_milestones_become_all_day_events(exchange_plan) -> None:
    plan = exchange_plan()
    result = schedule(plan)
    events = _events(ics_bytes(plan, result))
    milestones = [t for t in plan.tasks if t.milestone]
    assert sorted(e["summary"] for e in events.values()) == sorted(t.name for t in milestones)
    for t in milestones:
        e = events[f"{t.uid}@pmdesk"]
        day = result.tasks[t.uid].finish.date()
        assert (e["start"], e["end"]) == (day, day + timedelta(days=1))
        assert e["categories"] == ["Milestone"] and e["transp"] == "TRANSPARENT"
        assert e["description"].startswith("WBS ") and "Milestone: " in e["description"]
    calendar = Calendar.from_ical(ics_bytes(plan, result))
    assert str(calendar["x-wr-calname"]) == "Checkout revamp"
    assert str(calendar["version"]) == "2.0" and "pmdesk" in str(calendar["prodid"])


def test_tasks_too_span_their_days_with_resources_and_notes(exchange_plan) -> None:
    plan = exchange_plan()
    result = schedule(plan)
    events = _events(ics_bytes(plan, result, tasks=True))
    leaves = [t for t in plan.tasks if t.uid not in {x.parent_uid for x in plan.tasks}]
    assert len(events) == len(leaves)
    interviews = next(t for t in plan.tasks if t.name.startswith("Interviews"))
    e = events[f"{interviews.uid}@pmdesk"]
    d = result.tasks[interviews.uid]
    assert (e["start"], e["end"]) == (d.start.date(), d.finish.date() + timedelta(days=1))
    assert e["summary"] == "Interviews, round 1"  # the comma survives escaping
    assert "Resources: Ana[50%], Ben" in e["description"]
    assert e["description"].endswith("Twelve members; mixed tenure.\nSecond line.")


def test_a_later_export_keeps_the_uids_and_says_it_is_newer(exchange_plan, tmp_path) -> None:
    plan = exchange_plan()
    project = tmp_path / "plan.pmdesk"
    save_plan(plan, project)
    first = _events(ics_bytes(plan, schedule(plan), tasks=True,
                              now=datetime(2026, 3, 1, 9, tzinfo=UTC)))
    # Reopened, a task moved a week: the same events, on the new days, with a higher
    # SEQUENCE, so an import updates them.
    again = open_plan(project)
    moved = [replace(t, constraint_date=t.constraint_date + timedelta(weeks=1))
             if t.name == "Prototype" else t for t in again.tasks]
    again = replace(again, tasks=moved)
    second = _events(ics_bytes(again, schedule(again), tasks=True,
                               now=datetime(2026, 3, 2, 9, tzinfo=UTC)))
    assert set(second) == set(first)
    prototype = next(t for t in again.tasks if t.name == "Prototype")
    uid = f"{prototype.uid}@pmdesk"
    assert second[uid]["start"] == first[uid]["start"] + timedelta(weeks=1)
    assert all(second[u]["sequence"] > first[u]["sequence"] for u in first)


def test_the_command_line_writes_an_ics_with_or_without_tasks(exchange_plan, tmp_path,
                                                              capsys) -> None:
    from pmdesk.cli import main

    project = tmp_path / "plan.pmdesk"
    save_plan(exchange_plan(), project)
    out = tmp_path / "plan.ics"
    assert main(["export", str(project), "-o", str(out)]) == 0
    assert len(_events(out.read_bytes())) == 2  # the two milestones
    assert main(["export", str(project), "-o", str(out), "--tasks"]) == 0
    assert len(_events(out.read_bytes())) == 10
    assert main(["export", str(project), "-o", str(tmp_path / "x.csv"), "--tasks"]) == 2
    assert "--tasks is for iCalendar" in capsys.readouterr().err


def test_write_plan_writes_the_file_atomically(exchange_plan, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    out.write_text("an older export")
    write_plan(exchange_plan(), out, options=ExportOptions(tasks=False))
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.ics"]
    assert date(2026, 3, 2) <= min(e["start"] for e in _events(out.read_bytes()).values())
