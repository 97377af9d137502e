"""A scripted edit of a task (``pmdesk edit FILE --task ID --set FIELD=VALUE``).

FIELD is the key (or header, or alias) of a typed column of the task table
(:data:`pmdesk.core.columns.TASK_COLUMNS`), VALUE the text a PM types in that Gantt cell;
both are read exactly as the cell reads them (:func:`pmdesk.core.outline_edit.typed_patch`),
so a script's edit is the GUI's. Several settings apply in order, each to the plan the one
before left.
"""

from __future__ import annotations

from collections.abc import Sequence

from .columns import TaskColumn, task_columns
from .limits import patch_problem
from .model import Plan
from .outline import children_map, row_numbers
from .outline_edit import EntryContext, TaskField, typed_patch
from .patch import Patch, apply_patch, rules_problem
from .schedule import schedule
from .sharing import copy_plan

__all__ = ["find_task", "scripted_patch"]


def find_task(plan: Plan, ident: str) -> str:
    """The uid of the task ``ident`` names: its row number (the ID column) or its uid;
    ValueError when none does."""
    text = ident.strip()
    if text.isdigit():
        by_row = {n: uid for uid, n in row_numbers(plan.tasks).items()}
        uid = by_row.get(int(text))
        if uid is None:
            raise ValueError(f"--task {text}: there is no row {text} (the plan has "
                             f"{len(plan.tasks)} tasks)")
        return uid
    if any(t.uid == text for t in plan.tasks):
        return text
    raise ValueError(f"--task {text!r}: no task has that row number or uid")


def _setting(text: str) -> tuple[str, str, TaskField]:
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"--set {text!r}: write FIELD=VALUE, e.g. duration=3d")
    try:
        key = task_columns().key(name)
    except ValueError as exc:
        raise ValueError(f"--set {name.strip()}: {exc}") from None
    column = task_columns().get(key)
    if not isinstance(column, TaskColumn) or column.typed is None:
        raise ValueError(f"--set {name.strip()}: {column.name} is calculated and cannot be set")
    return key, value, TaskField(column.typed)


def scripted_patch(plan: Plan, ident: str, settings: Sequence[str]) -> Patch:
    """The one patch that makes every ``FIELD=VALUE`` of ``settings`` on the task
    ``ident``; ValueError naming the setting that cannot be made (the plan unchanged)."""
    uid = find_task(plan, ident)
    if not settings:
        raise ValueError("nothing to change: add --set FIELD=VALUE")
    scratch = copy_plan(plan)
    total = Patch()
    for text in settings:
        key, value, field = _setting(text)
        column = task_columns().get(key)
        assert isinstance(column, TaskColumn)
        summary = bool(children_map(scratch.tasks).get(uid))
        if not column.editable_for(summary):
            raise ValueError(f"--set {key}: a summary task's {column.name} rolls up from its "
                             "subtasks and cannot be set")
        try:
            context = EntryContext.of(scratch, schedule(scratch))
            patch = typed_patch(context, uid, field, value)
        except ValueError as exc:
            raise ValueError(f"--set {text}: {exc}") from None
        if patch is None:
            continue
        problem = patch_problem(patch) or rules_problem(scratch, patch)
        if problem is not None:
            raise ValueError(f"--set {text}: {problem}")
        apply_patch(scratch, patch)
        try:
            schedule(scratch)
        except (ValueError, OverflowError) as exc:
            raise ValueError(f"--set {text}: {exc}") from None
        total = total.then(patch)
    return total
