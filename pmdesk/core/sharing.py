"""A shared copy: the plan without what should not leave the PM's laptop.

What each kind of row gives up is declared with the kind (``Kind.withheld`` in
:data:`pmdesk.core.kinds.KINDS`): confidential tasks and risks, costs, rates and budget
lines, resource e-mails, research insights holding personal data, notes. :func:`strip`
turns a choice of those groups into one :class:`~pmdesk.core.patch.Patch` (the removals
with everything that goes with them, the blanked fields, and references to removed rows
cleared), and says what it leaves out, for the dialog's preview and the command line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .kinds import KINDS, WITHHELD_GROUPS, Kind, OnDelete, Withheld
from .model import Plan
from .patch import Patch, apply_patch, cascaded, plan_rows

__all__ = ["GROUP_TITLES", "Left", "Stripped", "parse_groups", "row_name", "strip"]

#: How the dialog and the messages name each group.
GROUP_TITLES = {
    "confidential": "Confidential tasks and risks",
    "costs": "Costs, rates and budget lines",
    "emails": "Resource e-mails",
    "personal": "Research insights holding personal data",
    "notes": "Notes (tasks, costs, stage changes, checklists, risk history)",
}

# The project's own fields a group blanks (the project is not a kind of row).
_PROJECT_WITHHELD = (Withheld("costs", "budget"),)
_NAME_FIELDS = ("name", "title", "text", "code", "category", "metric")


def row_name(row: Any) -> str:
    """How a row is named in a message: its name, title, text or code."""
    for name in _NAME_FIELDS:
        value = getattr(row, name, None)
        if isinstance(value, str) and value:
            return value if len(value) <= 60 else value[:57] + "…"
    return str(getattr(row, "uid", ""))


def parse_groups(text: str) -> tuple[str, ...]:
    """``"confidential,costs"`` as groups; ValueError naming a word that is none."""
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    if not words:
        raise ValueError(f"name what to strip: {', '.join(WITHHELD_GROUPS)}")
    for word in words:
        if word not in WITHHELD_GROUPS:
            raise ValueError(f"cannot strip {word!r}; choose from {', '.join(WITHHELD_GROUPS)}")
    return tuple(dict.fromkeys(words))


@dataclass
class Left:
    """What one group leaves out: how many rows or values, and a few examples."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.count += 1
        if len(self.examples) < 5:
            self.examples.append(text)


@dataclass
class Stripped:
    """The shared plan, the patch that made it from the PM's, and what each group left
    out (``left[group]``)."""

    plan: Plan
    patch: Patch
    left: dict[str, Left]

    def summary(self) -> str:
        """One line: "3 confidential tasks and risks, 12 costs left out"."""
        parts = [f"{v.count} {k}" for k, v in self.left.items() if v.count]
        return (", ".join(parts) + " left out") if parts else "nothing to leave out"


def _default(row_type: type[Any], name: str) -> Any:
    for f in dataclasses.fields(row_type):
        if f.name == name:
            if f.default is not dataclasses.MISSING:
                return f.default
            if f.default_factory is not dataclasses.MISSING:
                return f.default_factory()
    return None


def _blanked(held: Withheld, row_type: type[Any], value: Any) -> Any:
    assert held.field is not None
    return held.blank(value) if held.blank is not None else _default(row_type, held.field)


def _removals(plan: Plan, groups: set[str], left: dict[str, Left]) -> dict[str, list[str]]:
    removed: dict[str, list[str]] = {}
    for kind in KINDS:
        drops = [h for h in kind.withheld if h.what in groups and (h.drop or h.field is None)]
        if not drops:
            continue
        for row in plan_rows(plan, kind):
            for held in drops:
                if held.field is None or getattr(row, held.field):
                    removed.setdefault(kind.name, []).append(row.uid)
                    left[held.what].add(f"{_noun(kind)} {row_name(row)!r}")
                    break
    return removed


def _noun(kind: Kind) -> str:
    return kind.name.rstrip("s").replace("_", " ").replace("entrie", "cost entry")


def _blanks(kind: Kind, row: Any, groups: set[str], gone: dict[str, set[str]],
            left: dict[str, Left]) -> dict[str, Any]:
    """The fields of ``row`` a shared copy changes: withheld values, and references to
    rows it leaves out."""
    changes: dict[str, Any] = {}
    for held in kind.withheld:
        if held.what not in groups or held.drop or held.field is None:
            continue
        value = getattr(row, held.field)
        blank = _blanked(held, kind.row, value)
        if value != blank:
            changes[held.field] = blank
            left[held.what].add(f"{row_name(row)}: {held.field.replace('_', ' ')}")
    for ref in kind.refs:
        if ref.on_delete is not OnDelete.KEEP or not gone.get(ref.target):
            continue
        value = getattr(row, ref.field)
        if ref.many:
            kept = tuple(u for u in value if u not in gone[ref.target])
            if kept != value:
                changes[ref.field] = kept
        elif value in gone[ref.target]:
            changes[ref.field] = None
    return changes


def strip(plan: Plan, groups: Iterable[str]) -> Stripped:
    """The plan without ``groups`` (:data:`~pmdesk.core.kinds.WITHHELD_GROUPS`); ``plan``
    itself is left as it is."""
    wanted = set(groups)
    left = {g: Left() for g in WITHHELD_GROUPS if g in wanted}
    removal = Patch.of({}, _removals(plan, wanted, left))
    removal = cascaded(plan, removal)
    gone = {k.name: set(removal.removals(k.name)) for k in KINDS}
    upserts: dict[str, list[Any]] = {}
    for kind in KINDS:
        for row in plan_rows(plan, kind):
            if row.uid in gone[kind.name]:
                continue
            changes = _blanks(kind, row, wanted, gone, left)
            if changes:
                upserts.setdefault(kind.name, []).append(dataclasses.replace(row, **changes))
    project = None
    project_changes = {
        h.field: _blanked(h, type(plan.project), getattr(plan.project, h.field))
        for h in _PROJECT_WITHHELD if h.what in wanted and h.field is not None
        and getattr(plan.project, h.field) != _blanked(
            h, type(plan.project), getattr(plan.project, h.field))
    }
    if project_changes:
        project = dataclasses.replace(plan.project, **project_changes)
        for name in project_changes:
            left["costs"].add(f"project {name}")
    removals = {k.name: removal.removals(k.name) for k in KINDS if removal.removals(k.name)}
    patch = Patch.of(upserts, removals, project)
    shared = copy_plan(plan)
    apply_patch(shared, patch, complete=True)
    return Stripped(shared, patch, left)


def copy_plan(plan: Plan) -> Plan:
    """A plan whose lists can be changed without changing ``plan`` (rows are immutable,
    so they are shared)."""
    copied = dataclasses.replace(plan)
    for kind in KINDS:
        rows = getattr(plan, kind.name)
        setattr(copied, kind.name, dict(rows) if kind.keyed else list(rows))
    return copied
