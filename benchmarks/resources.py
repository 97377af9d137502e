"""How fast resource usage is measured and a plan is levelled.

    python benchmarks/resources.py [--usage-tasks 20000 --usage-resources 200]
                                   [--level-tasks 2000 --level-resources 50]

Usage: a plan of N tasks in chains of ten (each chain under a summary, chains linked in
waves so the plan spans about a year), one to three resources per task at 50-100 %, some
resources on a part-time calendar with a vacation. The figure is ``usage()`` plus the
over-allocated resources and tasks, on a computed schedule (scheduling not included).

Leveling: the same kind of plan, far more work than the resources can do in parallel, so
most tasks are delayed. The figure is :func:`level_plan` end to end (its own scheduling
included), and the script checks that no over-allocation is left.

Prints ``resources=200 tasks=20000 usage_ms=X`` and ``tasks=2000 resources=50 level_ms=Y``.
Targets: usage < 1000 ms, leveling < 5000 ms.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pmdesk.core.leveling import level_plan
from pmdesk.core.model import (
    STANDARD_DAY,
    Assignment,
    Calendar,
    CalendarException,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)
from pmdesk.core.schedule import schedule
from pmdesk.core.usage import overallocated_tasks, usage


def build_plan(n_tasks: int, n_resources: int, seed: int = 7) -> Plan:
    rng = random.Random(seed)
    cal = standard_calendar()
    part_time = Calendar("part", "Part time", weekdays=(STANDARD_DAY,) * 3 + ((), (), (), ()),
                         exceptions=(CalendarException(date(2025, 8, 4), date(2025, 8, 15),
                                                       name="Vacation"),))
    project = ProjectInfo(uid="bench", name="Resources benchmark",
                          start=datetime(2025, 1, 6, 8), calendar_uid=cal.uid)
    resources = [Resource(f"r{i}", f"Person {i}", max_units=1.0,
                          calendar_uid="part" if i % 10 == 9 else None)
                 for i in range(n_resources)]
    tasks: list[Task] = []
    deps: list[Dependency] = []
    assigns: list[Assignment] = []
    chain = 0
    prev_chain_last: list[str] = []
    while len(tasks) < n_tasks:
        summary = f"s{chain}"
        tasks.append(Task(summary, f"Package {chain}", position=chain))
        prev = None
        for k in range(min(9, n_tasks - len(tasks))):
            uid = f"t{chain}.{k}"
            tasks.append(Task(uid, f"Task {chain}.{k}", parent_uid=summary, position=k,
                              duration=rng.choice((1, 2, 3, 5, 8)) * 480))
            if prev is not None:
                deps.append(Dependency(f"d{uid}", prev, uid))
            elif prev_chain_last and chain % 20 and rng.random() < 0.3:
                deps.append(Dependency(f"x{uid}", rng.choice(prev_chain_last[-40:]), uid))
            for r in rng.sample(range(n_resources), rng.choice((1, 1, 2, 3))):
                assigns.append(Assignment(f"a{uid}.{r}", uid, f"r{r}",
                                          units=rng.choice((0.5, 1.0, 1.0))))
            prev = uid
        if prev is not None:
            prev_chain_last.append(prev)
        chain += 1
    return Plan(project=project, calendars={cal.uid: cal, "part": part_time}, tasks=tasks,
                dependencies=deps, resources=resources, assignments=assigns)


def bench_usage(n_tasks: int, n_resources: int) -> None:
    plan = build_plan(n_tasks, n_resources)
    result = schedule(plan)
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        report = usage(plan, result)
        over = report.overallocated()
        flagged = overallocated_tasks(plan, result, report)
        best = min(best, time.perf_counter() - t0)
    print(f"resources={n_resources} tasks={len(plan.tasks)} usage_ms={best * 1000:.0f}"
          f"  (days={len(next(iter(report.resources.values())).load)}"
          f" overallocated_resources={len(over)} flagged_tasks={len(flagged)})")


def bench_level(n_tasks: int, n_resources: int) -> None:
    plan = build_plan(n_tasks, n_resources)
    before = schedule(plan)
    over_before = len(usage(plan, before).overallocated())
    t0 = time.perf_counter()
    result = level_plan(plan)
    elapsed = time.perf_counter() - t0
    print(f"tasks={len(plan.tasks)} resources={n_resources} level_ms={elapsed * 1000:.0f}"
          f"  (delayed={len(result.delays)} overallocated_before={over_before}"
          f" overallocated_after={len(result.overallocated_after)}"
          f" unresolved={len(result.unresolved)})")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--usage-tasks", type=int, default=20000)
    p.add_argument("--usage-resources", type=int, default=200)
    p.add_argument("--level-tasks", type=int, default=2000)
    p.add_argument("--level-resources", type=int, default=50)
    args = p.parse_args()
    bench_usage(args.usage_tasks, args.usage_resources)
    bench_level(args.level_tasks, args.level_resources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
