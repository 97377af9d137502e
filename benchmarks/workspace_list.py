"""The workspace's list of projects with their health, as File ▸ Connect to Workspace… and
``pmdesk workspace DSN list`` show it.

    python benchmarks/workspace_list.py [--dsn DSN] [--projects 20] [--tasks 1000]

Without ``--dsn`` it starts its own throwaway PostgreSQL on loopback (as ``postgres`` when
run as root). It publishes ``--projects`` projects of ``--tasks`` tasks each, then times the
list three ways: as a login opening it the first time after publishing, again unchanged
(median of three), and after one task of one project was changed (that project alone is
read and scheduled again). Last line: ``projects=.. tasks=.. first_ms=.. list_ms=..
one_changed_ms=..``.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from open_project import build_plan  # noqa: E402

from pmdesk.core.patch import Patch  # noqa: E402
from pmdesk.store.workspace import Workspace  # noqa: E402


def _timed(workspace: Workspace, projects: int) -> float:
    began = time.perf_counter()
    entries = workspace.projects_with_health()
    took = time.perf_counter() - began
    assert len(entries) == projects and all("error" not in e.health for e in entries)
    return took


def run(dsn: str, projects: int, tasks: int) -> None:
    with Workspace(dsn) as workspace:
        began = time.perf_counter()
        for i in range(projects):
            plan = build_plan(tasks)
            workspace.publish(plan, f"Project {i + 1:02d} {time.time():.0f}")
        published = time.perf_counter() - began
        first = _timed(workspace, projects)
        again = statistics.median(_timed(workspace, projects) for _ in range(3))
        document = workspace.open(workspace.projects()[0].id)
        try:
            task = document.load_plan().tasks[-1]
            document.write_patch(Patch(tasks=[dataclasses.replace(task, name="Changed")]))
        finally:
            document.close()
        changed = _timed(workspace, projects)
    print(f"published {projects} projects in {published:.1f} s", flush=True)
    print(f"projects={projects} tasks={tasks} first_ms={first * 1000:.0f} "
          f"list_ms={again * 1000:.0f} one_changed_ms={changed * 1000:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", help="an existing workspace (default: a throwaway server)")
    for flag, default in (("--projects", 20), ("--tasks", 1000)):
        parser.add_argument(flag, type=int, default=default)
    args = parser.parse_args()
    if args.dsn:
        run(args.dsn, args.projects, args.tasks)
        return
    from pg_server import throwaway_workspace

    with throwaway_workspace("workspace_list") as server:
        run(server.dsn(database="team"), args.projects, args.tasks)


if __name__ == "__main__":
    main()
