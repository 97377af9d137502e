"""The task outline: parents, children, WBS codes and row numbers.

A task's row number (MS Project's "ID") is its 1-based place in outline order; the WBS code
("1.2.3") is its path of 1-based sibling positions. Both are derived, never stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from .model import Task

_UID = attrgetter("uid")
_PARENT = attrgetter("parent_uid")
_POSITION = attrgetter("position")
_NO_ROW = object()


def children_map(tasks: Iterable[Task]) -> dict[str | None, list[Task]]:
    """Children of each parent (``None`` = top level), sorted by position."""
    kids: dict[str | None, list[Task]] = {}
    for t in tasks:
        kids.setdefault(t.parent_uid, []).append(t)
    for siblings in kids.values():
        siblings.sort(key=lambda t: t.position)
    return kids


def in_outline_order(tasks: Sequence[Task]) -> bool:
    """Whether ``tasks`` already are in outline order, so :func:`normalize` would return
    them unchanged.

    One linear pass, several times cheaper than reordering: a project file and most edits
    keep the outline in order, and reordering is only needed to repair a damaged outline.
    It holds when every parent is an ancestor on the current path (so it comes earlier and
    its subtree is contiguous), siblings never go down in position (a stable sort then
    keeps them where they are) and no uid is used twice.
    """
    uids = list(map(_UID, tasks))
    if len(set(uids)) != len(uids):
        return False
    path: list[str | None] = [None]  # the ancestors of the next row; None is the top level
    last: list[int | None] = [None]  # the position of each ancestor's latest child
    previous_row: object = _NO_ROW  # joins the path only when the next row is its child
    rows = zip(uids, map(_PARENT, tasks), map(_POSITION, tasks), strict=True)
    for uid, parent, position in rows:
        if parent == previous_row:
            path.append(parent)
            last.append(None)
        else:
            while path[-1] != parent:
                path.pop()
                last.pop()
                if not path:
                    return False
        before = last[-1]
        if before is not None and position < before:
            return False
        last[-1] = position
        previous_row = uid
    return True


def normalize(tasks: Iterable[Task]) -> list[Task]:
    """Tasks in outline order (depth first, siblings by position).

    A task whose parent is missing is treated as top level, so a damaged outline never
    hides rows from the user.
    """
    tasks = list(tasks)
    if in_outline_order(tasks):
        return tasks
    return _reorder(tasks)


def _reorder(tasks: list[Task]) -> list[Task]:
    """:func:`normalize` for tasks that are not in outline order yet."""
    known = {t.uid for t in tasks}
    kids: dict[str | None, list[Task]] = {}
    for t in tasks:
        parent = t.parent_uid if t.parent_uid in known else None
        kids.setdefault(parent, []).append(t)
    for siblings in kids.values():
        siblings.sort(key=lambda t: t.position)
    out: list[Task] = []
    seen: set[str] = set()
    stack = list(reversed(kids.get(None, [])))
    while stack:
        t = stack.pop()
        if t.uid in seen:
            continue
        seen.add(t.uid)
        out.append(t)
        stack.extend(reversed(kids.get(t.uid, [])))
    # Rows caught in a parent loop are still shown, at the end, at top level.
    out.extend(t for t in tasks if t.uid not in seen)
    return out


def outline_shape(
    tasks: Iterable[Task],
) -> tuple[dict[str, str | None], dict[str | None, list[str]]]:
    """Parent of each task and children of each parent, from tasks in outline order, as
    the task sheet shows them.

    A parent must come before its children; a task whose parent is missing or later (a
    damaged outline) is shown at top level, as :func:`normalize` does.
    """
    parent_of: dict[str, str | None] = {}
    children: dict[str | None, list[str]] = {None: []}
    for t in tasks:
        p = t.parent_uid if t.parent_uid in parent_of else None
        parent_of[t.uid] = p
        children.setdefault(p, []).append(t.uid)
    return parent_of, children


def summary_uids(tasks: Iterable[Task]) -> set[str]:
    """UIDs of tasks that have children (summary tasks)."""
    return {t.parent_uid for t in tasks if t.parent_uid is not None}


def outline_levels(tasks: Sequence[Task]) -> dict[str, int]:
    """Outline level of each task: 1 for top level. ``tasks`` in outline order."""
    level: dict[str, int] = {}
    for t in tasks:
        level[t.uid] = level.get(t.parent_uid, 0) + 1 if t.parent_uid else 1
    return level


def wbs_codes(tasks: Sequence[Task]) -> dict[str, str]:
    """WBS code of each task ("1", "1.2", ...). ``tasks`` in outline order."""
    codes: dict[str, str] = {}
    counters: dict[str | None, int] = {}
    for t in tasks:
        n = counters.get(t.parent_uid, 0) + 1
        counters[t.parent_uid] = n
        prefix = codes.get(t.parent_uid) if t.parent_uid else None
        codes[t.uid] = f"{prefix}.{n}" if prefix else str(n)
    return codes


def row_numbers(tasks: Sequence[Task]) -> dict[str, int]:
    """MS Project style row number ("ID") of each task: 1-based in outline order."""
    return {t.uid: i for i, t in enumerate(tasks, start=1)}


def descendants(tasks: Iterable[Task], uid: str) -> set[str]:
    """Every task below ``uid`` in the outline."""
    kids = children_map(tasks)
    out: set[str] = set()
    stack = [uid]
    while stack:
        for c in kids.get(stack.pop(), []):
            if c.uid not in out:
                out.add(c.uid)
                stack.append(c.uid)
    return out
