"""Many PMs editing one workspace project at once: accepted edits, conflicts, lost updates.

    python benchmarks/team_load.py [--dsn DSN] [--editors 20] [--seconds 60] [--tasks 5000]
                                   [--open-tasks 20000]

Without ``--dsn`` it starts its own throwaway PostgreSQL on loopback (as ``postgres`` when
run as root), makes it a workspace with one login per editor, each a PM of the project.
Each editor is a process of its own (as each PM has a laptop of their own): it opens the
project (its own connection and row versions, as a window does) and renames tasks in a
loop, pausing ``--think-ms`` on average between edits (500 ms: faster than a person edits),
half the time among 40 hot tasks so that edits collide; a refused edit takes the row as it
is now, as the window does, and goes on. At the end every
task's chain of accepted edits is checked: each accepted edit must have started from the
version the previous accepted edit of that task left, and the last one must be what the
database holds. An accepted edit that was overwritten unseen, or is not in the database,
counts as lost.

First line: the time to open a ``--open-tasks`` project from the workspace (median of three
loads, as File ▸ Connect to Workspace ▸ Open reads it). Last line:
``editors=N edits=.. accepted=.. conflicts=.. lost=0 p95_ms=..``.
"""

from __future__ import annotations

import argparse
import dataclasses
import multiprocessing
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from open_project import build_plan  # noqa: E402

from pmdesk.core.patch import Patch  # noqa: E402
from pmdesk.store.workspace import (  # noqa: E402
    RowConflict,
    Workspace,
    WorkspaceError,
)


@dataclasses.dataclass
class Accepted:
    uid: str
    read: int | None
    wrote: int
    name: str


@dataclasses.dataclass
class Editor:
    dsn: str
    seed: int
    accepted: list[Accepted] = dataclasses.field(default_factory=list)
    conflicts: int = 0
    failures: int = 0
    latencies: list[float] = dataclasses.field(default_factory=list)


def edit_loop(editor: Editor, project: str, seconds: float, think_ms: float,
              start: Any, results: Any) -> None:
    """One editor, in a process of its own (as on a laptop of its own): open the project,
    wait for the others, then edit until the time is up; the results go to ``results``."""
    try:
        _edit(editor, project, seconds, think_ms, start)
    finally:
        results.put(editor)


def _edit(editor: Editor, project: str, seconds: float, think_ms: float, start: Any) -> None:
    rng = random.Random(editor.seed)
    with Workspace(editor.dsn) as workspace:
        document = workspace.open(project)
        try:
            plan = document.load_plan()
            tasks = {t.uid: t for t in plan.tasks}
            uids = list(tasks)
            hot = uids[:40]
            start.wait(timeout=600)  # every editor has the project open: the clock starts
            until = time.monotonic() + seconds
            n = 0
            while time.monotonic() < until:
                if think_ms:
                    time.sleep(rng.uniform(0, 2 * think_ms) / 1000)
                uid = rng.choice(hot) if rng.random() < 0.5 else rng.choice(uids)
                n += 1
                name = f"{editor.seed}-{n}"
                read = document.known_version("tasks", uid)
                began = time.perf_counter()
                try:
                    wrote = document.write_patch(
                        Patch(tasks=[dataclasses.replace(tasks[uid], name=name)]))
                except RowConflict as conflict:
                    editor.latencies.append(time.perf_counter() - began)
                    editor.conflicts += 1
                    tasks.update((t.uid, t) for t in conflict.refresh.tasks)
                    continue
                except WorkspaceError:
                    editor.failures += 1
                    continue
                editor.latencies.append(time.perf_counter() - began)
                tasks[uid] = dataclasses.replace(tasks[uid], name=name)
                editor.accepted.append(Accepted(uid, read, wrote["task"][uid], name))
        finally:
            document.close()


def count_lost(editors: list[Editor], dsn: str, project: str, initial: dict[str, int]) -> int:
    """Accepted edits overwritten by an edit that had not seen them, or not in the
    database at the end."""
    by_task: dict[str, list[Accepted]] = {}
    for editor in editors:
        for a in editor.accepted:
            by_task.setdefault(a.uid, []).append(a)
    with Workspace(dsn) as workspace:
        document = workspace.open(project)
        try:
            final = {t.uid: t.name for t in document.load_plan().tasks}
        finally:
            document.close()
    lost = 0
    for uid, chain in by_task.items():
        chain.sort(key=lambda a: a.wrote)
        expected = initial.get(uid)
        for a in chain:
            if a.read != expected:
                lost += 1  # the edit before it was overwritten unseen
            expected = a.wrote
        if final.get(uid) != chain[-1].name:
            lost += 1
    return lost


def time_open(workspace: Workspace, tasks: int) -> None:
    plan = build_plan(tasks)
    name = f"Open {tasks}"
    began = time.perf_counter()
    workspace.publish(plan, name)
    published = time.perf_counter() - began
    times = []
    for _ in range(3):
        began = time.perf_counter()
        document = workspace.open(name)
        try:
            loaded = document.load_plan()
        finally:
            document.close()
        times.append(time.perf_counter() - began)
    assert len(loaded.tasks) == len(plan.tasks)
    print(f"open tasks={len(plan.tasks)} links={len(plan.dependencies)} "
          f"load_ms={statistics.median(times) * 1000:.0f} best_ms={min(times) * 1000:.0f} "
          f"publish_ms={published * 1000:.0f}", flush=True)


def run(dsns: list[str], owner: str, args: argparse.Namespace) -> None:
    with Workspace(owner) as workspace:
        if args.open_tasks:
            time_open(workspace, args.open_tasks)
        plan = build_plan(args.tasks)
        project = f"Team load {time.time():.0f}"
        workspace.publish(plan, project)
        for dsn in set(dsns):
            login = dsn.split("//", 1)[1].split("@", 1)[0]
            if login != workspace.user:
                workspace.grant(project, login, "pm")
        probe = workspace.open(project)
        try:
            probe.load_plan()
            initial = {t.uid: probe.known_version("tasks", t.uid) for t in plan.tasks}
        finally:
            probe.close()
    context = multiprocessing.get_context("fork")
    start = context.Barrier(args.editors)
    results = context.Queue()
    workers = [context.Process(target=edit_loop, args=(
        Editor(dsns[i % len(dsns)], i + 1), project, args.seconds, args.think_ms, start,
        results)) for i in range(args.editors)]
    for worker in workers:
        worker.start()
    editors = [results.get(timeout=args.seconds + 900) for _ in workers]
    for worker in workers:
        worker.join()
    latencies = sorted(x for e in editors for x in e.latencies)
    accepted = sum(len(e.accepted) for e in editors)
    conflicts = sum(e.conflicts for e in editors)
    failures = sum(e.failures for e in editors)
    lost = count_lost(editors, owner, project, {u: v for u, v in initial.items()
                                                 if v is not None})
    p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else 0.0
    p50 = statistics.median(latencies) * 1000 if latencies else 0.0
    print(f"tasks={len(plan.tasks)} seconds={args.seconds} think_ms={args.think_ms} "
          f"failures={failures} "
          f"p50_ms={p50:.1f}", flush=True)
    print(f"editors={args.editors} edits={len(latencies) + failures} accepted={accepted} "
          f"conflicts={conflicts} lost={lost} p95_ms={p95:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dsn", help="an existing workspace (default: a throwaway server)")
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--think-ms", type=float, default=500.0,
                        help="an editor's mean pause between edits (0: edit flat out)")
    parser.add_argument("--open-tasks", type=int, default=20000,
                        help="time opening a project this large first (0: skip)")
    args = parser.parse_args()
    if args.dsn:
        run([args.dsn], args.dsn, args)
        return
    from pg_server import throwaway_workspace

    with throwaway_workspace("team_load") as server:
        logins = [f"editor{i + 1}" for i in range(args.editors)]
        for login in logins:
            server.add_role(login)
            server.sql(f"GRANT pmdesk_editor TO {login}")
        run([server.dsn(u, "team") for u in logins], server.dsn(database="team"), args)


if __name__ == "__main__":
    main()
