"""Every kind of row a plan holds, declared once.

A :class:`Kind` names where a :class:`~pmdesk.core.model.Plan` keeps its rows (the plan's
attribute, which is also the stem of the patch's fields: ``tasks`` and ``tasks_removed``),
the flag of :class:`~pmdesk.core.patch.ChangeSet` an edit of them raises, and the rows of
other kinds it refers to (:class:`Ref`), with what becomes of a referring row when the row
it refers to is removed. Everything else follows from :data:`KINDS`:

- :class:`~pmdesk.core.patch.Patch` takes ``<kind>=`` and ``<kind>_removed=`` for each
  kind; :func:`~pmdesk.core.patch.cascaded` adds the removals that follow a removal;
- the change flags, "everything changed" (``ChangeSet.everything()``) and which flags can
  move dates;
- the store's tables (each ``*Row`` class names its kind) and the order it writes them in
  (:attr:`Registry.write_order`: a row after the rows it refers to);
- the references a new project file is checked for (:attr:`Ref.required`).

Adding a kind of row: its frozen dataclass and its ``Plan`` attribute in
:mod:`pmdesk.core.model`, one :class:`Kind` line here, and in the store its ``*Row`` table
(``__kind__`` set to the kind's name) with a rung on the migration ladder.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .model import (
    Assignment,
    BoardColumn,
    BudgetLine,
    Calendar,
    CostEntry,
    Dependency,
    Resource,
    Risk,
    StatusChange,
    Task,
)
from .product import rules
from .product.model import (
    Feature,
    FeatureTask,
    Gate,
    GateCriterion,
    Insight,
    InsightLink,
    KeyResult,
    Objective,
    Product,
    StageChange,
)

__all__ = ["KINDS", "WITHHELD_GROUPS", "Kind", "OnDelete", "Ref", "Registry", "Withheld"]

#: What a shared copy can leave out (File ▸ Share a Copy…, ``pmdesk share --strip``).
WITHHELD_GROUPS = ("confidential", "costs", "emails", "personal", "notes")


class OnDelete(StrEnum):
    """What becomes of a row when the row it refers to is removed."""

    CASCADE = "cascade"  # it is removed too, in the same patch (and restored by its undo)
    KEEP = "keep"  # it keeps naming the uid (an undo of the removal finds it linked again)


@dataclass(frozen=True)
class Ref:
    """A field of a row holding the uid of a row of kind ``target`` (or a tuple of uids
    when ``many``); ``required``: the row means nothing without it, so a new project file
    refuses a row whose target is missing."""

    field: str
    target: str
    on_delete: OnDelete = OnDelete.CASCADE
    many: bool = False
    required: bool = True


@dataclass(frozen=True)
class Withheld:
    """What a shared copy leaves out of a kind of row when the PM withholds ``what`` (one
    of :data:`WITHHELD_GROUPS`): every row (``field`` None), the rows whose ``field`` is
    true (``drop``, with what goes with them), or else the field's value, put back to
    the field's default or to what ``blank(value)`` makes of it."""

    what: str
    field: str | None = None
    drop: bool = False
    blank: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Kind:
    """One kind of row: ``name`` is the plan's attribute and the patch's field stem;
    ``flag`` the change flag its edits raise (several kinds may share one a view follows).

    ``keyed``: the plan holds the rows in a dict by uid (calendars), else in a list whose
    order the user sees. ``outline``: the rows form the task outline (kept in outline order;
    an edit also says which tasks changed and whether the outline's shape did).
    ``schedule_input``: an edit can move dates. ``check``: the kind's rules, run on a
    patch before it is applied (``check(plan, patch)`` says what is wrong, or None).
    ``withheld``: what a shared copy leaves out of these rows (:class:`Withheld`).
    """

    name: str
    row: type[Any]
    flag: str
    refs: tuple[Ref, ...] = ()
    keyed: bool = False
    outline: bool = False
    schedule_input: bool = False
    check: Callable[[Any, Any], str | None] | None = None
    withheld: tuple[Withheld, ...] = ()

    @property
    def removed(self) -> str:
        """The patch's field of removed uids: ``tasks_removed``."""
        return self.name + "_removed"


def _cascade(field: str, target: str, *, required: bool = True) -> Ref:
    return Ref(field, target, OnDelete.CASCADE, required=required)


def _keep(field: str, target: str, *, many: bool = False) -> Ref:
    return Ref(field, target, OnDelete.KEEP, many=many, required=False)


class Registry:
    """The kinds of row, in declaration order, with what follows from them."""

    def __init__(self, kinds: tuple[Kind, ...]) -> None:
        self._kinds: tuple[Kind, ...] = ()
        self._set(kinds)

    def _set(self, kinds: tuple[Kind, ...]) -> None:
        by_name = {k.name: k for k in kinds}
        if len(by_name) != len(kinds):
            raise ValueError("two kinds of row share a name")
        reserved = {"project", "structure", "task_uids"}
        for kind in kinds:
            if kind.name in reserved or kind.flag in reserved or kind.name.endswith("_removed"):
                raise ValueError(f"kind {kind.name!r}: its name or flag is taken")
            names = {f.name for f in dataclasses.fields(kind.row)}
            if "uid" not in names:
                raise ValueError(f"kind {kind.name!r}: {kind.row.__name__} has no uid")
            for ref in kind.refs:
                if ref.field not in names:
                    raise ValueError(f"kind {kind.name!r}: {kind.row.__name__} has no field "
                                     f"{ref.field!r}")
                if ref.target not in by_name:
                    raise ValueError(f"kind {kind.name!r}: {ref.field} refers to an unknown "
                                     f"kind {ref.target!r}")
            for held in kind.withheld:
                if held.what not in WITHHELD_GROUPS or (
                        held.field is not None and held.field not in names):
                    raise ValueError(f"kind {kind.name!r}: withholds {held.what!r} "
                                     f"{held.field!r}, which it cannot")
        self._kinds = kinds
        self.by_name: dict[str, Kind] = by_name
        #: Each change flag once, in declaration order.
        self.flags: tuple[str, ...] = tuple(dict.fromkeys(k.flag for k in kinds))
        #: The flags of kinds whose edits can move dates.
        self.schedule_flags: frozenset[str] = frozenset(
            k.flag for k in kinds if k.schedule_input
        )
        #: For each kind, the (kind, ref) pairs whose rows go when one of its rows goes.
        self.cascades: dict[str, tuple[tuple[Kind, Ref], ...]] = {
            name: tuple(
                (k, r) for k in kinds for r in k.refs
                if r.target == name and r.on_delete is OnDelete.CASCADE
            )
            for name in by_name
        }
        self.write_order: tuple[Kind, ...] = _referred_first(kinds)

    def __iter__(self) -> Iterator[Kind]:
        return iter(self._kinds)

    def __len__(self) -> int:
        return len(self._kinds)

    def __getitem__(self, name: str) -> Kind:
        return self.by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self.by_name

    @contextlib.contextmanager
    def declared(self, *kinds: Kind) -> Iterator[Registry]:
        """The registry with ``kinds`` added while the block runs (a kind a test declares
        to show that the rest of the program follows)."""
        before = self._kinds
        self._set(before + kinds)
        try:
            yield self
        finally:
            self._set(before)


def _referred_first(kinds: tuple[Kind, ...]) -> tuple[Kind, ...]:
    """The kinds ordered so that each comes after every kind it refers to (declaration
    order otherwise): the order rows are written in, and the reverse the order they are
    removed in, so a database's foreign keys always find what they point at."""
    done: dict[str, Kind] = {}
    visiting: set[str] = set()
    by_name = {k.name: k for k in kinds}

    def visit(kind: Kind) -> None:
        if kind.name in done:
            return
        if kind.name in visiting:
            raise ValueError(f"kinds of row refer to each other in a circle: {kind.name}")
        visiting.add(kind.name)
        for ref in kind.refs:
            if ref.target != kind.name:
                visit(by_name[ref.target])
        visiting.discard(kind.name)
        done[kind.name] = kind

    for kind in kinds:
        visit(kind)
    return tuple(done.values())


def _held(what: str, *fields: str) -> tuple[Withheld, ...]:
    return tuple(Withheld(what, f) for f in fields)


def _dropped(what: str, flag: str | None = None) -> Withheld:
    return Withheld(what, flag, drop=True)


def _baselines_without_cost(baselines: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(dataclasses.replace(b, cost=Decimal(0)) for b in baselines)


def _history_without_notes(history: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(dataclasses.replace(h, note="") for h in history)


#: Every kind of row a plan holds.
KINDS = Registry((
    Kind("calendars", Calendar, "calendars", refs=(_keep("base_uid", "calendars"),),
         keyed=True, schedule_input=True),
    Kind("tasks", Task, "tasks", outline=True, schedule_input=True, refs=(
        _cascade("parent_uid", "tasks", required=False),
        _keep("calendar_uid", "calendars"),
        _keep("board_column_uid", "board_columns"),
    ), withheld=(
        _dropped("confidential", "confidential"), *_held("notes", "notes"),
        *_held("costs", "fixed_cost"),
        Withheld("costs", "baselines", blank=_baselines_without_cost),
    )),
    Kind("dependencies", Dependency, "dependencies", schedule_input=True, refs=(
        _cascade("predecessor_uid", "tasks"),
        _cascade("successor_uid", "tasks"),
    )),
    Kind("resources", Resource, "resources", refs=(_keep("calendar_uid", "calendars"),),
         withheld=(*_held("emails", "email"),
                   *_held("costs", "standard_rate", "overtime_rate", "cost_per_use"))),
    Kind("assignments", Assignment, "assignments", refs=(
        _cascade("task_uid", "tasks"),
        _cascade("resource_uid", "resources"),
    )),
    Kind("board_columns", BoardColumn, "board"),
    Kind("risks", Risk, "risks", refs=(_keep("task_uids", "tasks", many=True),), withheld=(
        _dropped("confidential", "confidential"), *_held("costs", "cost_impact"),
        Withheld("notes", "history", blank=_history_without_notes),
    )),
    Kind("status_changes", StatusChange, "board", refs=(
        _cascade("task_uid", "tasks"),
        _keep("column_uid", "board_columns"),
    )),
    Kind("budget_lines", BudgetLine, "costs", withheld=(_dropped("costs"),)),
    Kind("cost_entries", CostEntry, "costs", refs=(_keep("task_uid", "tasks"),),
         withheld=(_dropped("costs"), *_held("notes", "note"))),
    # The product layer (format 1.3): one flag, the Product view follows it.
    Kind("products", Product, "product"),
    Kind("stage_changes", StageChange, "product", refs=(_cascade("product_uid", "products"),),
         withheld=_held("notes", "note")),
    Kind("objectives", Objective, "product"),
    Kind("key_results", KeyResult, "product", refs=(_cascade("objective_uid", "objectives"),),
         check=rules.check_key_results),
    Kind("features", Feature, "product", check=rules.check_features, refs=(
        _keep("parent_uid", "features"),
        _keep("objective_uids", "objectives", many=True),
    )),
    Kind("feature_tasks", FeatureTask, "product", check=rules.check_feature_tasks, refs=(
        _cascade("feature_uid", "features"),
        _cascade("task_uid", "tasks"),
    )),
    Kind("gates", Gate, "product", refs=(_cascade("task_uid", "tasks"),),
         check=rules.check_gates),
    Kind("gate_criteria", GateCriterion, "product", refs=(_cascade("gate_uid", "gates"),),
         check=rules.check_gate_criteria, withheld=_held("notes", "note")),
    Kind("insights", Insight, "product", withheld=(_dropped("personal", "personal"),)),
    Kind("insight_links", InsightLink, "product", check=rules.check_insight_links, refs=(
        _cascade("insight_uid", "insights"),
        _cascade("feature_uid", "features"),
    )),
))
