"""How long a Gantt PDF of a big plan takes to export.

    python benchmarks/export.py [--tasks 1000 10000] [--paper A3]

Builds plans of N tasks (phases of 20: a summary over 19 chained tasks), schedules them,
then exports the Gantt chart with the default columns, fit to the page width, and prints
``tasks=N pages=P export_ms=X`` (layout, painting and writing the file).

Targets: 1,000 tasks under 3 s, 10,000 tasks under 20 s.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QGuiApplication

from pmdesk.core.model import (
    Assignment,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)
from pmdesk.core.schedule import schedule
from pmdesk.render.export import export_document
from pmdesk.render.pages import ExportOptions


def build_plan(n: int) -> Plan:
    cal = standard_calendar()
    project = ProjectInfo(uid="bench", name=f"Benchmark {n}", start=datetime(2025, 1, 6, 8),
                          calendar_uid=cal.uid, status_date=datetime(2025, 6, 2, 17))
    resources = [Resource(f"r{i}", f"Person {i}") for i in range(30)]
    tasks: list[Task] = []
    deps: list[Dependency] = []
    assigns: list[Assignment] = []
    phase: str | None = None
    prev: str | None = None
    for i in range(n):
        if i % 20 == 0:
            phase = f"s{i}"
            tasks.append(Task(phase, f"Phase {i // 20 + 1}", position=i))
            prev = None
            continue
        uid = f"t{i}"
        tasks.append(Task(uid, f"Work item {i}", parent_uid=phase, position=i,
                          duration=480 * (1 + i % 5), percent_complete=(i * 13) % 101))
        assigns.append(Assignment(f"a{i}", uid, f"r{i % 30}"))
        if prev is not None:
            deps.append(Dependency(f"d{i}", prev, uid))
        prev = uid
    return Plan(project=project, calendars={cal.uid: cal}, tasks=tasks, dependencies=deps,
                resources=resources, assignments=assigns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--paper", default="A4")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    options = ExportOptions(paper=args.paper, columns=("wbs", "name", "duration", "start",
                                                      "finish", "resources"))
    with tempfile.TemporaryDirectory() as folder:
        for n in args.tasks:
            plan = build_plan(n)
            result = schedule(plan)
            out = Path(folder) / f"gantt-{n}.pdf"
            t0 = time.perf_counter()
            pages = export_document(plan, result, out, options)
            ms = (time.perf_counter() - t0) * 1000
            size = out.stat().st_size / 1e6
            print(f"tasks={n} pages={pages} export_ms={ms:.0f} size_mb={size:.1f}")
    del app


if __name__ == "__main__":
    main()
