"""How long opening a large project takes: builds a project file and times loading it.

    python benchmarks/open_project.py --tasks 20000

prints ``tasks=N links=M load_ms=X file_kb=Y``: the median wall time of several loads of the
whole plan from disk (``open_plan``, as the command line reads a file). A second line gives
the best load, the median CPU time of a load (steadier on a busy machine), the median time
through a :class:`ProjectDocument` (the GUI's path: copy, check, lock, then load) and the
time :func:`save_plan` took to write the new file.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import reference_ms

from pmdesk.core.model import (
    Assignment,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    new_uid,
    standard_calendar,
)
from pmdesk.core.outline import normalize


def build_plan(n_tasks: int, seed: int = 7) -> Plan:
    """Phases of ten work packages of ten tasks, 1.5 links and one assignment per task."""
    rng = random.Random(seed)
    calendar = standard_calendar()
    start = datetime(2026, 1, 5, 8)
    tasks: list[Task] = []
    phase_uid: str | None = None
    package_uid: str | None = None
    leaves: list[str] = []
    for i in range(n_tasks):
        if i % 111 == 0:
            phase_uid = new_uid()
            tasks.append(Task(uid=phase_uid, name=f"Phase {i // 111 + 1}", position=i))
        elif i % 11 == 1:
            package_uid = new_uid()
            tasks.append(
                Task(uid=package_uid, name=f"Package {i}", parent_uid=phase_uid, position=i)
            )
        else:
            uid = new_uid()
            leaves.append(uid)
            tasks.append(
                Task(
                    uid=uid,
                    name=f"Task {i}",
                    parent_uid=package_uid,
                    position=i,
                    notes="Acceptance criteria agreed with the product owner."
                    if i % 7 == 0
                    else "",
                    duration=rng.choice((240, 480, 960, 2400)),
                    percent_complete=rng.choice((0, 0, 25, 50, 100)),
                    deadline=start + timedelta(days=rng.randint(30, 400)) if i % 13 == 0 else None,
                    tags=("backend",) if i % 5 == 0 else (),
                    fixed_cost=Decimal("150.00") if i % 9 == 0 else Decimal(0),
                )
            )
    links: list[Dependency] = []
    target_links = n_tasks * 3 // 2
    for k in range(1, len(leaves)):
        links.append(
            Dependency(uid=new_uid(), predecessor_uid=leaves[k - 1], successor_uid=leaves[k])
        )
    while len(links) < target_links and len(leaves) > 20:
        a = rng.randrange(len(leaves) - 10)
        b = a + rng.randint(2, 10)
        links.append(
            Dependency(
                uid=new_uid(),
                predecessor_uid=leaves[a],
                successor_uid=leaves[b],
                type=rng.choice(list(LinkType)),
                lag=rng.choice((0, 0, 480, -240)),
            )
        )
    resources = [
        Resource(uid=new_uid(), name=f"Person {r}", initials=f"P{r}", standard_rate=Decimal("85"))
        for r in range(max(5, n_tasks // 100))
    ]
    assignments = [
        Assignment(uid=new_uid(), task_uid=uid, resource_uid=rng.choice(resources).uid)
        for uid in leaves
    ]
    return Plan(
        project=ProjectInfo(
            uid=new_uid(), name=f"Benchmark {n_tasks}", start=start, calendar_uid=calendar.uid
        ),
        calendars={calendar.uid: calendar},
        tasks=normalize(tasks),
        dependencies=links,
        resources=resources,
        assignments=assignments,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("PMDESK_HOME", str(Path(tmp) / "home"))
        from pmdesk.store.document import ProjectDocument, open_plan, save_plan

        plan = build_plan(args.tasks)
        path = Path(tmp) / "benchmark.pmdesk"
        began = time.perf_counter()
        save_plan(plan, path)
        save_ms = (time.perf_counter() - began) * 1000

        before = reference_ms()
        wall, cpu = [], []
        for _ in range(args.repeat):
            began, began_cpu = time.perf_counter(), time.process_time()
            loaded = open_plan(path)
            wall.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
        assert len(loaded.tasks) == len(plan.tasks)

        document_wall = []
        for _ in range(args.repeat):
            began = time.perf_counter()
            with ProjectDocument.open(path) as document:
                document.load_plan()
                document_wall.append((time.perf_counter() - began) * 1000)

        print(
            f"tasks={len(plan.tasks)} links={len(plan.dependencies)} "
            f"load_ms={statistics.median(wall):.0f} file_kb={path.stat().st_size // 1024}"
        )
        print(
            f"assignments={len(plan.assignments)} load_best_ms={min(wall):.0f} "
            f"load_cpu_ms={statistics.median(cpu):.0f} "
            f"document_open_load_ms={statistics.median(document_wall):.0f} "
            f"save_new_ms={save_ms:.0f} reference_ms={before:.0f}/{reference_ms():.0f}"
        )


if __name__ == "__main__":
    main()
