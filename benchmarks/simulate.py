"""How fast pmdesk runs a Monte Carlo schedule-risk simulation.

    python benchmarks/simulate.py [--tasks N] [--iterations K] [--risks R]
                                  [--distribution pert|triangular]

Builds the same synthetic plan as ``benchmarks/schedule.py`` (phases of 50 tasks, about 1.5
links per task of every type, lags, a few constraints and milestones, a holiday calendar),
gives every task with a duration a three-point estimate (80 %, 100 % and 170 % of its
duration), adds R register risks (default 0), each a threat of 1d / 2d / 5d at 30 % on
three tasks spread over the plan, and times one simulation of K runs. The last line is
``tasks=N iterations=K risks=R simulate_ms=X``.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from schedule import build_plan

from pmdesk.core.model import Risk
from pmdesk.core.montecarlo import simulate
from pmdesk.core.outline import summary_uids

DAY = 480


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=500)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--risks", type=int, default=0)
    parser.add_argument("--distribution", default="pert", choices=("pert", "triangular"))
    args = parser.parse_args(argv)
    plan = build_plan(args.tasks)
    summaries = summary_uids(plan.tasks)
    plan.tasks = [
        replace(t, optimistic=t.duration * 4 // 5, most_likely=t.duration,
                pessimistic=t.duration * 17 // 10)
        if t.uid not in summaries and t.duration else t
        for t in plan.tasks
    ]
    leaves = len(plan.tasks) - len(summaries)
    work = [t.uid for t in plan.tasks if t.uid not in summaries and t.duration]
    plan.risks = [
        Risk(f"risk{k}", f"R-{k + 1:03d}", f"Risk {k + 1}", chance=30, schedule_min=DAY,
             schedule_likely=2 * DAY, schedule_max=5 * DAY,
             task_uids=tuple(work[(k * 7 + j * len(work) // 3) % len(work)] for j in range(3)))
        for k in range(args.risks)
    ]
    t0, c0 = time.perf_counter(), time.process_time()
    result = simulate(plan, iterations=args.iterations, seed=1, distribution=args.distribution)
    wall = (time.perf_counter() - t0) * 1000
    cpu = (time.process_time() - c0) * 1000
    print(f"estimated_tasks={result.estimated_tasks}"
          f" planned_finish={result.planned_finish:%Y-%m-%d}"
          f" p50={result.p50:%Y-%m-%d} p90={result.p90:%Y-%m-%d}")
    print(f"per_run_ms={wall / args.iterations:.2f} cpu_ms={cpu:.0f}")
    print(f"tasks={leaves} iterations={args.iterations} risks={len(result.risks)} "
          f"simulate_ms={wall:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
