"""How fast the Gantt view opens, scrolls, zooms and follows an edit on a big plan.

    python benchmarks/gantt.py --tasks 20000

Builds a plan of N tasks (phases of work packages of ten chained tasks, with resources
and links across packages), opens the Gantt view offscreen and prints:

- ``schedule_ms``: the controller's first full schedule (before the view exists);
- ``open_to_paint_ms``: building the view until its first complete paint;
- ``scroll_frame_p95_ms``: one mouse-wheel step (three rows) and what Qt repaints for it,
  95th percentile; ``scroll_jump_p95_ms``: the same for a jump of several pages, where
  every row on screen is painted afresh;
- ``zoom_frame_p95_ms``: one zoom step and the chart's repaint, 95th percentile;
- ``edit_to_repaint_ms``: typing a new duration for a task early in the plan (the rest of
  the plan moves), rescheduling and repainting, median of several edits;
- ``rss_mb``: resident memory of the process with the view open.

Targets at 20,000 tasks: open < 2000 ms, frames < 16 ms, edit < 100 ms, memory < 400 MB.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from pmdesk.core.model import (
    Assignment,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)


def build_plan(n: int) -> Plan:
    """``n`` tasks: phases of 10 packages, each package a summary over 9 chained tasks."""
    cal = standard_calendar()
    project = ProjectInfo(uid="bench", name=f"Benchmark {n}", start=datetime(2025, 1, 6, 8),
                          calendar_uid=cal.uid)
    resources = [Resource(f"r{i}", f"Person {i}", initials=f"P{i}") for i in range(40)]
    tasks: list[Task] = []
    deps: list[Dependency] = []
    assigns: list[Assignment] = []
    phase = package = None
    phase_pos = package_pos = leaf_pos = 0
    prev_leaf: str | None = None
    prev_package_last: str | None = None
    i = 0
    while len(tasks) < n:
        if phase is None or package_pos == 10:
            phase = f"ph{i}"
            tasks.append(Task(phase, f"Phase {phase_pos + 1}", position=phase_pos))
            phase_pos += 1
            package_pos = 0
            package = None
            i += 1
            continue
        if package is None or leaf_pos == 9:
            package = f"pk{i}"
            tasks.append(Task(package, f"Package {i}", parent_uid=phase, position=package_pos))
            package_pos += 1
            leaf_pos = 0
            if prev_leaf is not None:
                prev_package_last = prev_leaf
            prev_leaf = None
            i += 1
            continue
        uid = f"t{i}"
        tasks.append(Task(uid, f"Task {i}", parent_uid=package, position=leaf_pos,
                          duration=480 * (1 + i % 5)))
        if prev_leaf is not None:
            deps.append(Dependency(f"d{i}", prev_leaf, uid))
        elif prev_package_last is not None and i % 3 == 0:
            deps.append(Dependency(f"d{i}", prev_package_last, uid, LinkType.SS, lag=480))
        assigns.append(Assignment(f"a{i}", uid, f"r{i % 40}", 1.0))
        prev_leaf = uid
        leaf_pos += 1
        i += 1
    return Plan(project=project, calendars={cal.uid: cal}, tasks=tasks, dependencies=deps,
                resources=resources, assignments=assigns)


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--frames", type=int, default=120)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    os.environ.setdefault("PMDESK_HOME", str(Path("/tmp") / "pmdesk-bench-home"))
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.gantt.task_model import Column
    from pmdesk.ui.gantt.view import GanttView

    plan = build_plan(args.tasks)
    t0 = time.perf_counter()
    controller = ProjectController(plan)
    schedule_ms = (time.perf_counter() - t0) * 1000

    # Start from a collected heap, so whether a full collection of what building the plan
    # left falls inside the measurement does not depend on what was imported before.
    gc.collect()
    t0 = time.perf_counter()
    view = GanttView(controller)
    view.resize(1600, 1000)
    view.show()
    view.repaint()
    open_ms = (time.perf_counter() - t0) * 1000
    app.processEvents()

    table, chart = view.table, view.chart
    bar = table.verticalScrollBar()

    def frame(action) -> float:
        """One user step and everything Qt paints for it, as the event loop runs it."""
        t = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - t) * 1000

    # A mouse wheel notch scrolls three rows; dragging the scroll bar jumps pages at once.
    wheel = [frame(lambda: bar.setValue((bar.value() + 3 * view.row_height) % bar.maximum()))
             for _ in range(args.frames)]
    jumps = [frame(lambda: bar.setValue((bar.value() + 7 * bar.pageStep()) % bar.maximum()))
             for _ in range(args.frames // 4)]

    bar.setValue(bar.maximum() // 3)
    app.processEvents()
    zoom = [frame(chart.zoom_out if (k // 4) % 2 == 0 else chart.zoom_in)
            for k in range(args.frames)]

    bar.setValue(0)
    app.processEvents()
    early = next(t.uid for t in controller.plan.tasks if not view.model.is_summary(t.uid))
    edits = []
    for k in range(9):
        index = view.model.index_of(early, Column.DURATION)
        edits.append(frame(lambda i=index, k=k: view.model.setData(i, f"{2 + k % 3}d")))

    print(f"tasks: {len(controller.plan.tasks)}")
    print(f"links: {len(controller.plan.dependencies)}")
    print(f"schedule_ms: {schedule_ms:.0f}")
    print(f"open_to_paint_ms: {open_ms:.0f}")
    print(f"scroll_frame_p95_ms: {p95(wheel):.1f}")
    print(f"scroll_jump_p95_ms: {p95(jumps):.1f} (a repaint of every row)")
    print(f"zoom_frame_p95_ms: {p95(zoom):.1f}")
    print(f"edit_to_repaint_ms: {statistics.median(edits):.0f} (max {max(edits):.0f})")
    print(f"rss_mb: {rss_mb():.0f}")
    view.close()


if __name__ == "__main__":
    main()
