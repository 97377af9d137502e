"""What to do with a plan the engine cannot schedule as it was stored.

A file edited by hand or damaged on the way can hold a dependency cycle (Design waits for
Build, which waits for Design) or a loop in the outline (a task inside its own subtask).
pmdesk never writes either, and the engine refuses both with a
:class:`~pmdesk.core.schedule.CycleError`. :func:`explain` says which it is, naming the
tasks; :func:`find_repair` finds the fewest plain changes that make the plan schedulable
(leave out the links that close each cycle, move a task out of a loop to the top level),
so the window can offer to open the plan that way and the user decides.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from .model import Dependency, Plan, Task
from .patch import Patch, apply_patch
from .schedule import CycleError, schedule

__all__ = ["Repair", "explain", "find_repair", "loops_in", "parent_loops"]

# Cycles broken one at a time; a file with more than this many is refused instead.
_MAX_CYCLES = 50


@dataclass(frozen=True)
class Repair:
    """The changes that make a plan schedulable, and how to say them."""

    problem: str  # what is wrong, one line
    changes: tuple[str, ...]  # each change, as the user reads it
    patch: Patch


def parent_loops(tasks: list[Task]) -> list[list[str]]:
    """Each loop in the outline (a task that is, through its parents, inside itself), as
    the uids of its tasks in parent order."""
    return loops_in({t.uid: t.parent_uid for t in tasks})


def loops_in(parent: Mapping[str, str | None]) -> list[list[str]]:
    """Each loop of rows inside themselves, by each row's ``parent`` (a row that is,
    through its parents, its own parent), as the uids of its rows in parent order."""
    settled: set[str] = set()
    loops: list[list[str]] = []
    for start in parent:
        path: list[str] = []
        where: dict[str, int] = {}
        uid: str | None = start
        while uid is not None and uid in parent and uid not in settled:
            if uid in where:
                loops.append(path[where[uid] :])
                break
            where[uid] = len(path)
            path.append(uid)
            uid = parent[uid]
        settled.update(path)
    return loops


def _names(plan: Plan, uids: list[str]) -> list[str]:
    by_uid = plan.task_index()
    return [by_uid[u].name or "(unnamed)" if u in by_uid else u for u in uids]


def _loop_text(plan: Plan, loop: list[str]) -> str:
    names = _names(plan, loop)
    inside = ", which is inside ".join(names + names[:1])
    return f"its outline loops: {inside}"


def explain(plan: Plan, error: CycleError) -> str:
    """What the engine's refusal means for this plan: a loop in the outline, named as
    such, or the dependency cycle the error names."""
    loops = parent_loops(plan.tasks)
    if loops:
        return _loop_text(plan, loops[0])
    return str(error)


def _ancestors(plan: Plan, uid: str) -> set[str]:
    parent = {t.uid: t.parent_uid for t in plan.tasks}
    found: set[str] = set()
    up = parent.get(uid)
    while up is not None and up not in found:
        found.add(up)
        up = parent.get(up)
    return found


def _closing_link(plan: Plan, cycle: list[str]) -> Dependency | None:
    """The link to leave out to open ``cycle``: a link between a summary and its own
    subtask if the cycle runs through one (never a valid link), else the one leading back
    to the cycle's first task, else any link between two of its tasks."""
    members = set(cycle)
    for d in plan.dependencies:
        if (d.predecessor_uid in members or d.successor_uid in members) and (
            d.predecessor_uid in _ancestors(plan, d.successor_uid)
            or d.successor_uid in _ancestors(plan, d.predecessor_uid)
        ):
            return d
    links = {(d.predecessor_uid, d.successor_uid): d for d in plan.dependencies}
    pairs = list(zip(cycle, cycle[1:] + cycle[:1], strict=True))
    for pred, succ in reversed(pairs):
        if (pred, succ) in links:
            return links[pred, succ]
    return next(
        (
            d
            for d in plan.dependencies
            if d.predecessor_uid in members and d.successor_uid in members
        ),
        None,
    )


def _link_text(plan: Plan, link: Dependency) -> str:
    pred, succ = _names(plan, [link.predecessor_uid, link.successor_uid])
    return f"leave out the link {pred} → {succ} ({link.type.value})"


def find_repair(plan: Plan) -> Repair | None:
    """The changes that let the engine schedule ``plan``; None when it already can, and
    a :class:`CycleError` (the first one met) when no plain change would do."""
    trial = Plan(**{f.name: getattr(plan, f.name) for f in dataclasses.fields(plan)})
    trial.tasks = list(plan.tasks)
    trial.dependencies = list(plan.dependencies)
    changes: list[str] = []
    moved: list[Task] = []
    problem = ""
    for loop in parent_loops(plan.tasks):
        problem = problem or _loop_text(plan, loop)
        first = next(t for t in plan.tasks if t.uid == loop[0])
        moved.append(dataclasses.replace(first, parent_uid=None))
        changes.append(f"move {first.name or '(unnamed)'} to the top level of the outline")
    if moved:
        apply_patch(trial, Patch(tasks=tuple(moved)))
    removed: list[Dependency] = []
    first_error: CycleError | None = None
    for _round in range(_MAX_CYCLES + 1):
        try:
            schedule(trial)
        except CycleError as exc:
            first_error = first_error or exc
            link = _closing_link(trial, exc.task_uids)
            if link is None or len(removed) == _MAX_CYCLES:
                raise first_error from None
            problem = problem or f"its links form a cycle: {str(exc).split(': ', 1)[-1]}"
            removed.append(link)
            changes.append(_link_text(plan, link))
            trial.dependencies = [d for d in trial.dependencies if d.uid != link.uid]
            continue
        break
    if not changes:
        return None
    patch = Patch(tasks=tuple(moved), dependencies_removed=tuple(d.uid for d in removed))
    return Repair(problem=problem, changes=tuple(changes), patch=patch)
