"""Edits as data: a :class:`Patch` upserts and removes rows of a :class:`Plan`.

Every user edit in pmdesk is a patch. Applying a patch returns its exact inverse (so undo is
"apply the inverse") and a :class:`ChangeSet` saying what changed (so each view refreshes
only that). The store writes the same patch to the project file, so the file, the
in-memory plan and the undo history never disagree.

Both follow the registry of row kinds (:data:`pmdesk.core.kinds.KINDS`): a patch takes
``<kind>=`` rows and ``<kind>_removed=`` uids for every kind declared there, and a change
set has the flag each kind declares. :func:`cascaded` completes a patch with the removals
its removals entail, as the kinds' references declare them; the store keeps no such rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter
from typing import Any

from .kinds import KINDS, Kind, Ref
from .model import Plan, ProjectInfo
from .outline import normalize

__all__ = ["ChangeSet", "Patch", "apply_patch", "cascaded", "plan_rows", "rules_problem"]

_UID = attrgetter("uid")


class ChangeSet:
    """What an edit changed; views redraw from this, never by polling.

    ``project``: the project's own values; ``task_uids``: tasks added, changed or removed;
    ``structure``: tasks added, removed or moved in the outline; and one flag per kind of
    row as :data:`~pmdesk.core.kinds.KINDS` declares it (``calendars``, ``tasks``,
    ``dependencies``, ``resources``, ``assignments``, ``board``, ``risks``, ``costs``).
    """

    __slots__ = ("_flags", "project", "structure", "task_uids")

    project: bool
    structure: bool
    task_uids: frozenset[str]
    _flags: frozenset[str]

    def __init__(
        self,
        *,
        project: bool = False,
        structure: bool = False,
        task_uids: frozenset[str] = frozenset(),
        **flags: bool,
    ) -> None:
        unknown = set(flags).difference(KINDS.flags)
        if unknown:
            raise TypeError(f"ChangeSet has no flag {', '.join(sorted(unknown))}")
        set_ = object.__setattr__
        set_(self, "project", bool(project))
        set_(self, "structure", bool(structure))
        set_(self, "task_uids", frozenset(task_uids))
        set_(self, "_flags", frozenset(name for name, on in flags.items() if on))

    @classmethod
    def everything(cls) -> ChangeSet:
        """Everything changed: another project was opened (every view refreshes)."""
        flags = dict.fromkeys(KINDS.flags, True)
        return cls(project=True, structure=True, task_uids=frozenset(), **flags)

    def __getattr__(self, name: str) -> bool:
        if name in KINDS.flags:
            return name in self._flags
        raise AttributeError(f"ChangeSet has no flag {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a ChangeSet cannot be changed")

    @property
    def flags(self) -> frozenset[str]:
        """The kinds' flags that are set."""
        return self._flags

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(
            project=self.project or other.project,
            structure=self.structure or other.structure,
            task_uids=self.task_uids | other.task_uids,
            **dict.fromkeys(self._flags | other._flags, True),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChangeSet):
            return NotImplemented
        return (self.project, self.structure, self.task_uids, self._flags) == (
            other.project, other.structure, other.task_uids, other._flags)

    def __hash__(self) -> int:
        return hash((self.project, self.structure, self.task_uids, self._flags))

    def __repr__(self) -> str:
        shown = [n for n in ("project", "structure") if getattr(self, n)]
        shown += sorted(self._flags)
        uids = f", task_uids={sorted(self.task_uids)}" if self.task_uids else ""
        return f"ChangeSet({', '.join(shown)}{uids})"

    @property
    def schedule_inputs(self) -> bool:
        """Whether the edit can move dates (the plan needs rescheduling)."""
        return bool(
            self.project
            or self.structure
            or self.task_uids
            or not self._flags.isdisjoint(KINDS.schedule_flags)
        )


class Patch:
    """Rows to insert or replace (matched by uid) and uids of rows to remove, per kind.

    Built as ``Patch(tasks=(...), dependencies_removed=("l1",), project=info)``, one keyword
    per kind of :data:`~pmdesk.core.kinds.KINDS` and one ``<kind>_removed`` for its
    removals; read the same way (``patch.tasks``, ``patch.tasks_removed``) or by kind
    (:meth:`upserts`, :meth:`removals`). Immutable; a row both removed and upserted by one
    patch is replaced.
    """

    __slots__ = ("_removals", "_upserts", "project")

    project: ProjectInfo | None
    _upserts: dict[str, tuple[Any, ...]]
    _removals: dict[str, tuple[str, ...]]

    def __init__(self, project: ProjectInfo | None = None, **rows: Iterable[Any]) -> None:
        upserts: dict[str, tuple[Any, ...]] = {}
        removals: dict[str, tuple[str, ...]] = {}
        for key, values in rows.items():
            if key in KINDS:
                target: dict[str, Any] = upserts
                name = key
            elif key.endswith("_removed") and key[:-8] in KINDS:
                target, name = removals, key[:-8]
            else:
                raise TypeError(f"Patch has no kind of row {key!r}")
            values = tuple(values)
            if values:
                target[name] = values
        set_ = object.__setattr__
        set_(self, "project", project)
        set_(self, "_upserts", upserts)
        set_(self, "_removals", removals)

    @classmethod
    def of(
        cls,
        upserts: Mapping[str, Iterable[Any]],
        removals: Mapping[str, Iterable[str]],
        project: ProjectInfo | None = None,
    ) -> Patch:
        """A patch from rows and removed uids by kind name."""
        kw: dict[str, Iterable[Any]] = dict(upserts)
        kw.update((name + "_removed", uids) for name, uids in removals.items())
        return cls(project, **kw)

    def __getattr__(self, name: str) -> tuple[Any, ...]:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in KINDS:
            return self._upserts.get(name, ())
        if name.endswith("_removed") and name[:-8] in KINDS:
            return self._removals.get(name[:-8], ())
        raise AttributeError(f"Patch has no kind of row {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Patch cannot be changed")

    def upserts(self, kind: str) -> tuple[Any, ...]:
        """Rows of ``kind`` inserted or replaced."""
        return self._upserts.get(kind, ())

    def removals(self, kind: str) -> tuple[str, ...]:
        """Uids of rows of ``kind`` removed."""
        return self._removals.get(kind, ())

    def kinds(self) -> list[Kind]:
        """The kinds this patch touches, in registry order."""
        return [k for k in KINDS if k.name in self._upserts or k.name in self._removals]

    def is_empty(self) -> bool:
        return self.project is None and not self._upserts and not self._removals

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Patch):
            return NotImplemented
        return (self.project, self._upserts, self._removals) == (
            other.project, other._upserts, other._removals)

    # Unhashable, as a mutable-looking value with __eq__ should be; typeshed declares
    # object.__hash__ as a method, so mypy refuses the None every Python class may set.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        parts = [] if self.project is None else [f"project={self.project!r}"]
        parts += [f"{k}={v!r}" for k, v in self._upserts.items()]
        parts += [f"{k}_removed={v!r}" for k, v in self._removals.items()]
        return f"Patch({', '.join(parts)})"

    def then(self, later: Patch) -> Patch:
        """One patch doing ``self`` and then ``later`` (later wins on the same uid)."""
        upserts: dict[str, tuple[Any, ...]] = {}
        removals: dict[str, tuple[str, ...]] = {}
        touched = {*self._upserts, *self._removals, *later._upserts, *later._removals}
        for kind in (k.name for k in KINDS if k.name in touched):
            up: dict[str, Any] = {r.uid: r for r in self.upserts(kind)}
            rm: dict[str, None] = dict.fromkeys(self.removals(kind))
            for uid in later.removals(kind):
                up.pop(uid, None)
                rm[uid] = None
            for r in later.upserts(kind):
                rm.pop(r.uid, None)
                up[r.uid] = r
            upserts[kind] = tuple(up.values())
            removals[kind] = tuple(rm)
        return Patch.of(upserts, removals, later.project or self.project)


def rules_problem(plan: Plan, patch: Patch) -> str | None:
    """What the rules of the kinds a patch touches (``Kind.check``) find wrong with it,
    naming the row and the field; None when it may be applied."""
    for kind in patch.kinds():
        if kind.check is not None:
            problem = kind.check(plan, patch)
            if problem is not None:
                return problem
    return None


def plan_rows(plan: Plan, kind: Kind) -> list[Any]:
    """The rows of ``kind`` in ``plan`` (a list; for a keyed kind, its values)."""
    rows = getattr(plan, kind.name)
    return list(rows.values()) if kind.keyed else rows


def cascaded(plan: Plan, patch: Patch) -> Patch:
    """``patch`` with every removal its removals entail, as the kinds declare them.

    Removing a task removes its subtasks and the links, assignments and board history that
    refer to it; removing a resource its assignments (:data:`~pmdesk.core.kinds.KINDS`,
    ``OnDelete.CASCADE``). The rows are looked for in the plan as the patch leaves it: a
    subtask the same patch moves elsewhere stays. A row the patch upserts but whose target
    it removes goes. The patch itself when nothing more goes; the store writes exactly
    the patch this returns.
    """
    if not patch._removals:
        return patch
    # Removed and not put back by the same patch.
    gone: dict[str, set[str]] = {}
    for name, removed in patch._removals.items():
        kept = {r.uid for r in patch.upserts(name)}
        gone[name] = set(removed) - kept
    frontier = {name: set(uids) for name, uids in gone.items() if uids}
    current: dict[str, list[Any]] = {}
    more: dict[str, set[str]] = {}
    while frontier:
        target, uids = frontier.popitem()
        for kind, ref in KINDS.cascades.get(target, ()):
            rows = current.get(kind.name)
            if rows is None:
                rows = current[kind.name] = _current_rows(plan, patch, kind)
            hits = _referring(rows, ref, uids) - gone.setdefault(kind.name, set())
            if hits:
                gone[kind.name] |= hits
                more.setdefault(kind.name, set()).update(hits)
                frontier.setdefault(kind.name, set()).update(hits)
    if not more:
        return patch
    upserts = dict(patch._upserts)
    removals = dict(patch._removals)
    for name, uids in more.items():
        kind = KINDS[name]
        # Rows that go with another keep the plan's order (so does their undo).
        ordered = [r.uid for r in plan_rows(plan, kind) if r.uid in uids]
        known = set(ordered)
        ordered += sorted(uids - known)  # upserted by this patch, not in the plan yet
        removals[name] = removals.get(name, ()) + tuple(ordered)
        if name in upserts:
            upserts[name] = tuple(r for r in upserts[name] if r.uid not in uids)
    return Patch.of(upserts, removals, patch.project)


def _current_rows(plan: Plan, patch: Patch, kind: Kind) -> list[Any]:
    """The rows of ``kind`` as the patch leaves them (before its removals)."""
    upserted = patch.upserts(kind.name)
    if not upserted:
        return plan_rows(plan, kind)
    replaced = {r.uid for r in upserted}
    return [r for r in plan_rows(plan, kind) if r.uid not in replaced] + list(upserted)


def _referring(rows: list[Any], ref: Ref, uids: set[str]) -> set[str]:
    """Uids of the rows whose ``ref`` names one of ``uids``: one pass, no index (a
    removal names few rows, a plan has many)."""
    read = attrgetter(ref.field)
    if ref.many:
        return {r.uid for r in rows if not uids.isdisjoint(read(r) or ())}
    return {r.uid for r in rows if read(r) in uids}


def apply_patch(plan: Plan, patch: Patch, *, complete: bool = False) -> tuple[Patch, ChangeSet]:
    """Apply ``patch`` to ``plan`` in place, with its cascades (:func:`cascaded`); return
    the inverse patch and what changed. The removals that cascade are in the inverse, so
    undo brings them back (an inverse is complete as it is).

    ``complete``: the patch already holds its cascades (:func:`cascaded` on this plan as it
    is, or an inverse applied to the plan it was made on), so they are not looked for again.
    """
    if not complete:
        patch = cascaded(plan, patch)
    inverse_up: dict[str, tuple[Any, ...]] = {}
    inverse_rm: dict[str, tuple[str, ...]] = {}
    inverse_project = None
    flags: dict[str, bool] = {}
    task_uids: frozenset[str] = frozenset()
    structure = False
    if patch.project is not None:
        inverse_project = plan.project
        plan.project = patch.project
    for kind in patch.kinds():
        upserts = patch.upserts(kind.name)
        removals = patch.removals(kind.name)
        flags[kind.flag] = True
        if kind.outline:
            inv_up_t, inv_rm_t, structure = _apply_outline(plan, kind, upserts, removals)
            inverse_up[kind.name], inverse_rm[kind.name] = inv_up_t, inv_rm_t
            task_uids = frozenset(map(_UID, upserts)) | frozenset(removals)
            continue
        rows = plan_rows(plan, kind)
        by_uid = {r.uid: r for r in rows}
        inv_up: list[Any] = []
        inv_rm: list[str] = []
        for uid in removals:
            old = by_uid.pop(uid, None)
            if old is not None:
                inv_up.append(old)
        for r in upserts:
            old = by_uid.get(r.uid)
            if old is None:
                inv_rm.append(r.uid)
            else:
                inv_up.append(old)
            by_uid[r.uid] = r
        inverse_up[kind.name] = tuple(inv_up)
        inverse_rm[kind.name] = tuple(inv_rm)
        if kind.keyed:
            setattr(plan, kind.name, by_uid)
        else:
            setattr(plan, kind.name, _keep_order(rows, by_uid, upserts))
    inverse = Patch.of(inverse_up, inverse_rm, inverse_project)
    changes = ChangeSet(project=patch.project is not None, structure=structure,
                        task_uids=task_uids, **flags)
    return inverse, changes


def _apply_outline(
    plan: Plan, kind: Kind, upserts: tuple[Any, ...], removals: tuple[str, ...]
) -> tuple[tuple[Any, ...], tuple[str, ...], bool]:
    """Apply an outline kind's upserts and removals (tasks); the inverse's rows and uids,
    and whether the outline changed (a row added, removed, moved or re-parented).

    Most edits change a field of one task of a big plan: those replace it in place, with
    one look-up table of the plan's tasks; only an outline change rebuilds the order."""
    tasks = plan_rows(plan, kind)
    index = {t.uid: i for i, t in enumerate(tasks)}
    inv_up: list[Any] = []
    inv_rm: list[str] = []
    removed: set[str] = set()
    for uid in removals:
        if uid in index and uid not in removed:
            removed.add(uid)
            inv_up.append(tasks[index[uid]])
    structural = bool(removals)
    placed: dict[str, Any] = {}  # the patch's own earlier rows, when it repeats a uid
    for r in upserts:
        old = placed.get(r.uid)
        if old is None and r.uid in index and r.uid not in removed:
            old = tasks[index[r.uid]]
        if old is None:
            inv_rm.append(r.uid)
            structural = True
        else:
            inv_up.append(old)
            if old.parent_uid != r.parent_uid or old.position != r.position:
                structural = True
        placed[r.uid] = r
    if structural:
        by_uid = {t.uid: t for t in tasks if t.uid not in removed}
        by_uid.update(placed)
        setattr(plan, kind.name, normalize(by_uid.values()))
    else:
        for r in upserts:
            tasks[index[r.uid]] = r
    return tuple(inv_up), tuple(inv_rm), structural


def _keep_order(old_rows: list[Any], by_uid: dict[str, Any], upserts: Iterable[Any]) -> list[Any]:
    """Existing rows keep their order (replaced in place); new rows go at the end."""
    out = [by_uid[r.uid] for r in old_rows if r.uid in by_uid]
    present = {r.uid for r in out}
    out.extend(r for r in upserts if r.uid not in present)
    return out
