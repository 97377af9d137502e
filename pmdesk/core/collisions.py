"""Codes and names a merge brings in twice, and how the merge settles them.

A project holds each risk ID, each KPI name and each resource name once, and gives a
feature one place on the roadmap (the rules: :func:`.risk.validate_risk`,
:func:`.product.rules.check_kpis` and ``check_roadmap_items``, the Resources column, which
finds a resource by its name). Two copies can each add one: both raise a new risk "R-007",
both add a resource "Ana". A merge keeps the row of mine and settles the one it brings in:
a risk gets the next free ID, a resource or KPI a name with "(2)" after it, a second
roadmap place is left out (mine is kept); each is a :class:`Collision` the merge summary
lists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .kinds import KINDS
from .patch import plan_rows
from .product.rules import kpi_key
from .risk import code_key, next_code

__all__ = ["Collision", "settle"]


@dataclass(frozen=True)
class Collision:
    """A row of ``kind`` from their copy whose code or name a row of mine already has;
    ``text`` says what the merge did with it."""

    kind: str
    uid: str
    text: str


@dataclass(frozen=True)
class _Unique:
    """A field of ``kind`` a project holds once per ``key`` of its rows."""

    kind: str
    key: Callable[[Any], str]
    settle: Callable[[Any, Any, dict[str, Any], Mapping[str, Mapping[str, str]]],
                     tuple[Any, str]]


def _renumbered(row: Any, other: Any, taken: dict[str, Any],
                _names: Mapping[str, Mapping[str, str]]) -> tuple[Any, str]:
    settled = dataclasses.replace(row, code=next_code(taken.values()))
    return settled, (f"risk {row.code} “{row.title}” (theirs) renumbered {settled.code}: "
                     f"mine has {other.code} “{other.title}”")


def _named(noun: str, key: Callable[[Any], str]) -> Callable[..., tuple[Any, str]]:
    def rename(row: Any, other: Any, taken: dict[str, Any],
               _names: Mapping[str, Mapping[str, str]]) -> tuple[Any, str]:
        n = 2
        while True:
            settled = dataclasses.replace(row, name=f"{row.name.strip()} ({n})")
            if key(settled) not in taken:
                break
            n += 1
        return settled, (f"{noun} “{row.name}” (theirs) renamed “{settled.name}”: mine has "
                         f"a {noun} “{other.name}”")

    return rename


def _left_out(row: Any, other: Any, _taken: dict[str, Any],
              names: Mapping[str, Mapping[str, str]]) -> tuple[Any, str]:
    def place(item: Any) -> str:
        return f"{item.horizon.value}" + (f", {item.quarter}" if item.quarter else "")

    feature = names["features"].get(row.feature_uid, row.feature_uid)
    return None, (f"feature “{feature}” has a roadmap place in both copies: mine "
                  f"({place(other)}) kept, theirs ({place(row)}) left out")


def _resource_key(row: Any) -> str:
    return str(row.name).strip().casefold()


_UNIQUE = (
    _Unique("risks", lambda r: code_key(r.code), _renumbered),
    _Unique("resources", _resource_key, _named("resource", _resource_key)),
    _Unique("kpis", kpi_key, _named("KPI", kpi_key)),
    _Unique("roadmap_items", lambda i: str(i.feature_uid), _left_out),
)


def settle(mine: Any, upserts: dict[str, list[Any]], removals: Mapping[str, Iterable[str]],
           names: Mapping[str, Mapping[str, str]]) -> list[Collision]:
    """Settle in ``upserts`` (the rows a merge writes over ``mine``, a plan) each code or
    name that a row of mine already has; what was settled, in order. ``names``: each
    kind's row names by uid, to name a feature."""
    found: list[Collision] = []
    for rule in _UNIQUE:
        incoming = upserts.get(rule.kind)
        if not incoming:
            continue
        before = {r.uid: r for r in plan_rows(mine, KINDS[rule.kind])}
        # A row brings its key in when it is new, or theirs changed its key.
        arriving = [r for r in incoming
                    if r.uid not in before or rule.key(before[r.uid]) != rule.key(r)]
        if not arriving:
            continue
        after = dict(before)
        for uid in removals.get(rule.kind, ()):
            after.pop(uid, None)
        after.update((r.uid, r) for r in incoming)
        moving = {r.uid for r in arriving}
        holders: dict[str, Any] = {}  # each key's row that keeps it
        for row in after.values():
            if row.uid not in moving:
                holders.setdefault(rule.key(row), row)
        taken = {rule.key(r): r for r in after.values()}  # every key in use
        settled: dict[str, Any] = {}
        for row in arriving:
            other = holders.get(rule.key(row))
            if other is None:
                holders[rule.key(row)] = row
                continue
            now, text = rule.settle(row, other, taken, names)
            settled[row.uid] = now
            found.append(Collision(rule.kind, row.uid, text))
            if now is not None:
                holders[rule.key(now)] = taken[rule.key(now)] = now
        if settled:
            upserts[rule.kind] = [r for r in (settled.get(r.uid, r) for r in incoming)
                                  if r is not None]
    return found
