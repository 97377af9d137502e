"""How long exchanging a large plan takes, per format: export and import of N tasks.

    python benchmarks/interchange.py [--tasks 20000] [--repeat 3]

Builds the plan of ``open_project.py`` (phases, packages, 1.5 links and one assignment per
task) and, for each format, times ``write_plan`` (the schedule already computed, as the
window has it) and ``read_plan`` of what was written (parsing, checks, the schedule runs
that keep the stated dates and refuse cycles). Prints one line per format:
``format=.xlsx export_s=X export_cpu_s=.. import_s=Y import_cpu_s=.. file_kb=Z`` (medians
of ``--repeat`` runs, wall clock and CPU time), then
``reference_ms`` before and after (see ``machine.py``). The aims: each under 5 s on a
20,000-task plan, an Excel workbook under 10 s. Planner files are imported only (pmdesk
does not write them), from a file this script writes in Planner's format; iCalendar is
exported only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.etree import ElementTree as ET

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import reference_ms
from open_project import build_plan

from pmdesk.core.model import Plan
from pmdesk.core.schedule import ScheduleResult, schedule
from pmdesk.interchange import ExportOptions, read_plan, write_plan

AIMS = {".xlsx": 10.0}
AIM = 5.0


def planner_file(plan: Plan, result: ScheduleResult, path: Path) -> None:
    """The plan in GNOME Planner's format, as Planner would have scheduled it: benchmark
    data only (pmdesk reads Planner files, it does not write them)."""
    stamp = "%Y%m%dT%H%M%SZ"
    root = ET.Element("project", {"name": plan.project.name, "mrproject-version": "2",
                                  "project-start": plan.project.start.strftime(stamp),
                                  "calendar": "1"})
    calendars = ET.SubElement(root, "calendars")
    types = ET.SubElement(calendars, "day-types")
    for i, name in enumerate(("Working", "Nonworking", "Use base")):
        ET.SubElement(types, "day-type", {"id": str(i), "name": name})
    cal = ET.SubElement(calendars, "calendar", {"id": "1", "name": "Default"})
    ET.SubElement(cal, "default-week", {"mon": "0", "tue": "0", "wed": "0", "thu": "0",
                                        "fri": "0", "sat": "1", "sun": "1"})
    working = ET.SubElement(ET.SubElement(cal, "overridden-day-types"),
                            "overridden-day-type", {"id": "0"})
    ET.SubElement(working, "interval", {"start": "0800", "end": "1200"})
    ET.SubElement(working, "interval", {"start": "1300", "end": "1700"})
    ids = {t.uid: i for i, t in enumerate(plan.tasks, start=1)}
    incoming: dict[str, list] = {}
    for d in plan.dependencies:
        incoming.setdefault(d.successor_uid, []).append(d)
    elements = {None: ET.SubElement(root, "tasks")}
    for t in plan.tasks:
        d = result.tasks[t.uid]
        e = ET.SubElement(elements.get(t.parent_uid, elements[None]), "task", {
            "id": str(ids[t.uid]), "name": t.name, "note": t.notes,
            "start": d.start.strftime(stamp), "work-start": d.start.strftime(stamp),
            "end": d.finish.strftime(stamp), "percent-complete": str(t.percent_complete),
            "priority": "0", "type": "milestone" if t.milestone else "normal",
            "scheduling": "fixed-duration", "duration": str(t.duration * 60)})
        links = incoming.get(t.uid, ())
        if links:
            preds = ET.SubElement(e, "predecessors")
            for k, link in enumerate(links, start=1):
                ET.SubElement(preds, "predecessor", {
                    "id": str(k), "predecessor-id": str(ids[link.predecessor_uid]),
                    "type": str(link.type)})
        elements[t.uid] = e
    people = {r.uid: i for i, r in enumerate(plan.resources, start=1)}
    res = ET.SubElement(root, "resources")
    for r in plan.resources:
        ET.SubElement(res, "resource", {"id": str(people[r.uid]), "name": r.name, "type": "1",
                                        "units": "0", "std-rate": str(r.standard_rate)})
    alloc = ET.SubElement(root, "allocations")
    for a in plan.assignments:
        ET.SubElement(alloc, "allocation", {"task-id": str(ids[a.task_uid]),
                                            "resource-id": str(people[a.resource_uid]),
                                            "units": str(round(a.units * 100))})
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _median_s(run, repeat: int) -> tuple[float, float]:
    """Median wall and CPU time of ``run`` (CPU time is steadier on a busy machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        run()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("PMDESK_HOME", str(Path(tmp) / "home"))
        plan = build_plan(args.tasks)
        # One link per pair of tasks, as MS Project and the task table allow (the random
        # network can draw a second one).
        pairs: set[tuple[str, str]] = set()
        plan.dependencies = [d for d in plan.dependencies if (d.predecessor_uid, d.successor_uid)
                             not in pairs and not pairs.add((d.predecessor_uid, d.successor_uid))]
        result = schedule(plan)
        print(f"tasks={len(plan.tasks)} links={len(plan.dependencies)} "
              f"assignments={len(plan.assignments)}")
        print(f"reference_ms={reference_ms():.0f} (before)")
        slow = []
        for suffix in (".xml", ".gan", ".xlsx", ".csv", ".ics", ".planner"):
            path = Path(tmp) / f"plan{suffix}"
            figures: dict[str, tuple[float, float]] = {}
            if suffix == ".planner":
                planner_file(plan, result, path)
            else:
                options = ExportOptions(tasks=True) if suffix == ".ics" else None
                figures["export"] = _median_s(
                    lambda p=path, o=options: write_plan(plan, p, result, o), args.repeat)
            if suffix != ".ics":
                read = read_plan(path)
                assert len(read.tasks) == len(plan.tasks), suffix
                figures["import"] = _median_s(lambda p=path: read_plan(p), args.repeat)
            aim = AIMS.get(suffix, AIM)
            for name, (wall, _cpu) in figures.items():
                if wall > aim:
                    slow.append(f"{suffix} {name} {wall:.2f} s > {aim:.0f} s")
            shown = " ".join(f"{name}_s={wall:.2f} {name}_cpu_s={cpu:.2f}"
                             for name, (wall, cpu) in figures.items())
            print(f"format={suffix} {shown} file_kb={path.stat().st_size // 1024} "
                  f"aim_s={aim:.0f}")
        print(f"reference_ms={reference_ms():.0f} (after)")
        print("within the aims" if not slow else "over the aims: " + "; ".join(slow))


if __name__ == "__main__":
    main()
