"""How fast pmdesk schedules a big plan, and reschedules it after one edit.

    python benchmarks/schedule.py [--tasks N | FILE]

Builds a plan of N tasks (default 10,000) in phases of 50 under summary tasks, with about
1.5 links per task (mostly FS, some SS, FF and SF; lags and leads in days, hours and
percent), a few constraints and milestones, and a calendar with public holidays; or loads
an MS Project XML FILE. Prints the median (and best) CPU time of 5 runs of the engine
alone (loading excluded), then the median and slowest of 5 reschedules after changing one
task's duration, and the reschedule after lengthening the task that finishes last (it moves
the project finish, so every late date moves: the worst case for an edit); the last line
is ``tasks=N links=M schedule_ms=X``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from machine import reference_ms

from pmdesk.core.model import (
    Calendar,
    CalendarException,
    ConstraintType,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Task,
    new_uid,
)
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import Scheduler, schedule

PHASE = 50


def build_plan(n: int, seed: int = 7) -> Plan:
    """A synthetic plan of ``n`` schedulable tasks with realistic link patterns."""
    rng = random.Random(seed)
    holidays = []
    for year in range(2025, 2045):
        for month, day in ((1, 1), (5, 1), (7, 14), (12, 25), (12, 26)):
            d = date(year, month, day)
            holidays.append(CalendarException(d, d, (), "holiday"))
    cal = Calendar(uid=new_uid(), name="Company", exceptions=tuple(holidays))
    start = datetime(2025, 1, 6, 8)
    project = ProjectInfo(uid=new_uid(), name=f"Benchmark {n}", start=start, calendar_uid=cal.uid)
    tasks: list[Task] = []
    leaves: list[str] = []
    summary = None
    for i in range(n):
        if i % PHASE == 0:
            summary = Task(uid=new_uid(), name=f"Phase {i // PHASE + 1}", position=i // PHASE)
            tasks.append(summary)
        milestone = rng.random() < 0.05
        ctype, cdate = ConstraintType.ASAP, None
        if rng.random() < 0.02:
            ctype = ConstraintType.SNET
            cdate = start + timedelta(days=rng.randrange(0, 3 * n // 10 + 10))
        t = Task(
            uid=new_uid(),
            name=f"Task {i + 1}",
            parent_uid=summary.uid if summary else None,
            position=i % PHASE,
            duration=0 if milestone else rng.choice((240, 480, 960, 1440, 2400, 4800)),
            milestone=milestone,
            constraint_type=ctype,
            constraint_date=cdate,
        )
        tasks.append(t)
        leaves.append(t.uid)
    deps: list[tuple[int, Dependency]] = []
    pairs: set[tuple[int, int]] = set()
    target = int(n * 1.5)
    types = [LinkType.FS] * 7 + [LinkType.SS, LinkType.FF, LinkType.SF]
    while len(deps) < target:
        b = rng.randrange(1, n)
        a = max(0, b - rng.randint(1, 30))
        if (a, b) in pairs:
            continue
        pairs.add((a, b))
        kind = rng.choice(types)
        roll = rng.random()
        lag, pct = 0, None
        if roll < 0.15:
            lag = rng.choice((-480, 240, 480, 960))
        elif roll < 0.18:
            pct = rng.choice((-50, 25, 50))
        deps.append(
            (
                b,
                Dependency(
                    uid=new_uid(),
                    predecessor_uid=leaves[a],
                    successor_uid=leaves[b],
                    type=kind,
                    lag=lag,
                    lag_percent=pct,
                ),
            )
        )
    # Links listed by successor, as MS Project files list them (PredecessorLink per task).
    deps.sort(key=lambda item: item[0])
    return Plan(
        project=project,
        calendars={cal.uid: cal},
        tasks=tasks,
        dependencies=[d for _b, d in deps],
    )


def cpu_times_ms(fn, runs: int = 5) -> list[float]:
    """CPU times of ``runs`` calls of ``fn`` in ms: the engine is single-threaded, and CPU
    time is not distorted by other programs sharing the machine."""
    times = []
    kept = None
    for _ in range(runs):
        t0 = time.process_time()
        result = fn()
        times.append((time.process_time() - t0) * 1000)
        kept = result  # the previous result is freed here, outside the timing
    del kept
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="an MS Project XML file to schedule")
    parser.add_argument("--tasks", type=int, default=10_000, help="size of the built plan")
    args = parser.parse_args(argv)
    if args.file:
        from pmdesk.interchange.mspdi import read_mspdi

        plan = read_mspdi(args.file)
    else:
        plan = build_plan(args.tasks)
    parents = {x.parent_uid for x in plan.tasks}
    leaves = [t for t in plan.tasks if t.uid not in parents]
    n, m = len(leaves), len(plan.dependencies)

    before = reference_ms()
    runs = cpu_times_ms(lambda: schedule(plan))
    full, best = statistics.median(runs), min(runs)
    after = reference_ms()

    scheduler = Scheduler(plan)
    rng = random.Random(3)
    edits = []
    for _ in range(5):
        task = rng.choice(leaves[: max(1, len(leaves) // 2)])
        current = next(t for t in plan.tasks if t.uid == task.uid)
        patch = Patch(tasks=(replace(current, duration=current.duration + 480),))
        t0 = time.process_time()
        _inverse, changes = apply_patch(plan, patch)
        scheduler.update(plan, changes)
        edits.append((time.process_time() - t0) * 1000)
    edit = statistics.median(edits)
    slowest = max(edits)

    # The worst case: lengthening the task that finishes last moves the project finish,
    # and with it every task's late dates and slack.
    dates = scheduler.result.tasks
    last = max(leaves, key=lambda t: (dates[t.uid].finish, t.duration))
    current = next(t for t in plan.tasks if t.uid == last.uid)
    t0 = time.process_time()
    _inverse, changes = apply_patch(
        plan, Patch(tasks=(replace(current, duration=current.duration + 480),))
    )
    scheduler.update(plan, changes)
    finish_edit = (time.process_time() - t0) * 1000
    check = schedule(plan)
    same = check.tasks == scheduler.result.tasks
    print(f"summaries={len(plan.tasks) - n} same_as_full_schedule={same}")
    print(
        f"edit_ms={edit:.1f} edit_max_ms={slowest:.1f} finish_edit_ms={finish_edit:.1f} "
        f"schedule_best_ms={best:.0f} reference_ms={before:.0f}/{after:.0f} "
        "(machine speed before/after)"
    )
    print(f"tasks={n} links={m} schedule_ms={full:.0f}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
