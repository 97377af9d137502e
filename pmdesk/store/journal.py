"""The revision journal: who saved what, and enough to rebuild a common ancestor.

Every save adds one :class:`Revision` row (table ``revision``, format 1.4): a fresh id,
the revision it came from (``parent``; a merge also names the colleague's revision it took
in, ``merged``), who, when, a one-line summary that names no content (counts only, so a
shared copy's journal gives nothing away), and a *reverse delta*: the fields each changed
row had before the save, the rows it removed whole and the uids it added. Applying the
deltas from the newest revision backwards rebuilds any earlier revision's content
(:func:`content_at`), so two copies of one project find their common ancestor by the ids
(:func:`common_ancestor`) and the merge rebuilds it from either side.

Kept compact: a delta holds only what changed, as zlib-compressed JSON (a typical save of
a few edits is a few hundred bytes); the headers of all revisions are kept (about 100 bytes
each, so ancestry is never lost), but the deltas are kept only while their total stays
within a budget (the larger of 64 KiB and 5 % of the project file), oldest dropped first;
a merge whose ancestor is older than the deltas kept says so. A shared copy keeps the
headers and none of the deltas.

Values are written as JSON (dates as ISO text, money as decimal text, enumerations by value)
and read back against the row dataclass's field types; a value that does not fit is a
damaged journal (:class:`JournalError`).
"""

from __future__ import annotations

import dataclasses
import json
import re
import typing
import uuid
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from pmdesk.core.kinds import KINDS, Kind
from pmdesk.core.model import Plan, ProjectInfo
from pmdesk.core.outline import normalize
from pmdesk.core.patch import plan_rows
from pmdesk.core.sharing import copy_plan

from .rows import RevisionRow

__all__ = [
    "JournalError",
    "Revision",
    "clear_deltas",
    "common_ancestor",
    "content_at",
    "new_id",
    "read_revisions",
    "record",
    "reverse_delta",
    "withheld_since",
]

_ID = re.compile(r"[0-9a-f]{32}")
#: Deltas are kept while they take at most this share of the file (and 64 KiB at least).
BUDGET_SHARE = 0.05
MIN_BUDGET = 64 * 1024
# A delta larger than this when unpacked is not one pmdesk wrote.
_MAX_DELTA = 256 * 1024 * 1024


class JournalError(ValueError):
    """The journal is damaged: a revision or a delta pmdesk did not write."""


@dataclass(frozen=True, slots=True)
class Revision:
    """One save, as its header row holds it."""

    id: str
    parent: str | None
    merged: str | None
    author: str
    at: datetime
    summary: str
    withheld: tuple[str, ...]
    has_delta: bool


def new_id() -> str:
    return uuid.uuid4().hex


# --------------------------------------------------------------------------- values


def encode(value: Any) -> Any:
    """A field's value as JSON: dates ISO, money decimal text, tuples lists."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode(v) for v in value]
    if dataclasses.is_dataclass(value):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    raise TypeError(f"cannot journal a {type(value).__name__}")


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(row_type: type[Any]) -> dict[str, Any]:
    hints = _HINTS.get(row_type)
    if hints is None:
        hints = _HINTS[row_type] = typing.get_type_hints(row_type)
    return hints


def decode(hint: Any, value: Any) -> Any:
    """``value`` read back as a field of type ``hint``; JournalError when it cannot be."""
    args = typing.get_args(hint)
    if type(None) in args:
        if value is None:
            return None
        inner = [a for a in args if a is not type(None)]
        return decode(inner[0], value)
    if typing.get_origin(hint) is tuple:
        if type(value) is not list:
            raise JournalError(f"expected a list, found {value!r:.40}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode(args[0], v) for v in value)
        if len(args) != len(value):
            raise JournalError(f"expected {len(args)} values, found {len(value)}")
        return tuple(decode(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(hint, type):
        return _decode_type(hint, value)
    raise JournalError(f"cannot read a value of type {hint!r}")


def _decode_type(hint: type[Any], value: Any) -> Any:
    try:
        if issubclass(hint, Enum):
            return hint(value)
        if hint is bool and type(value) is bool:
            return value
        if hint is int and type(value) is int:
            return value
        if hint is float and type(value) in (int, float):
            return float(value)
        if hint is str and type(value) is str:
            return value
        if hint is Decimal and type(value) is str:
            amount = Decimal(value)
            if amount.is_finite():
                return amount
        if hint is datetime and type(value) is str:
            return datetime.fromisoformat(value)
        if hint is date and type(value) is str:
            return date.fromisoformat(value)
        if dataclasses.is_dataclass(hint) and type(value) is dict:
            return decode_row(hint, value)
    except (ValueError, InvalidOperation, TypeError):
        pass
    raise JournalError(f"{value!r:.40} is not a {hint.__name__}")


def decode_row(row_type: type[Any], data: Any) -> Any:
    """A whole row of ``row_type`` from its journalled fields."""
    if type(data) is not dict:
        raise JournalError(f"a {row_type.__name__} is not an object")
    hints = _hints(row_type)
    unknown = set(data) - set(hints)
    if unknown:
        raise JournalError(f"a {row_type.__name__} has no field {sorted(unknown)[0]!r}")
    try:
        return row_type(**{k: decode(hints[k], v) for k, v in data.items()})
    except TypeError as exc:
        raise JournalError(f"a {row_type.__name__} cannot be made: {exc}") from None


# --------------------------------------------------------------------------- deltas


def _fields(row_type: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(row_type))


def _changed_fields(old: Any, new: Any) -> dict[str, Any]:
    return {
        name: encode(getattr(old, name))
        for name in _fields(type(old))
        if getattr(old, name) != getattr(new, name)
    }


def reverse_delta(old: Plan, new: Plan) -> tuple[dict[str, Any], str]:
    """What rebuilds ``old`` from ``new``, and a summary of the change that names no
    content ("2 tasks changed, 1 link added")."""
    delta: dict[str, Any] = {}
    said: list[str] = []
    if old.project != new.project:
        delta["project"] = _changed_fields(old.project, new.project)
        said.append("project changed")
    kinds: dict[str, Any] = {}
    for kind in KINDS:
        before = {r.uid: r for r in plan_rows(old, kind)}
        added: list[str] = []
        changed: dict[str, Any] = {}
        for row in plan_rows(new, kind):
            was = before.pop(row.uid, None)
            if was is None:
                added.append(row.uid)
            elif was is not row and was != row:
                changed[row.uid] = _changed_fields(was, row)
        removed = [encode(r) for r in before.values()]
        entry = {k: v for k, v in (("added", added), ("removed", removed),
                                   ("changed", changed)) if v}
        if entry:
            kinds[kind.name] = entry
            noun = kind.name.replace("_", " ")
            said += [f"{len(v)} {noun} {k}" for k, v in entry.items()]
    if kinds:
        delta["kinds"] = kinds
    return delta, ", ".join(said) or "no change"


def _pack(delta: dict[str, Any]) -> bytes:
    return zlib.compress(json.dumps(delta, separators=(",", ":")).encode(), 6)


def _unpack(data: bytes, rid: str) -> dict[str, Any]:
    try:
        unpacker = zlib.decompressobj()
        raw = unpacker.decompress(data, _MAX_DELTA)
        if unpacker.unconsumed_tail:
            raise JournalError(f"revision {rid}: its delta is too large")
        delta = json.loads(raw)
    except (zlib.error, ValueError, RecursionError):
        raise JournalError(f"revision {rid}: its delta cannot be read") from None
    if type(delta) is not dict:
        raise JournalError(f"revision {rid}: its delta is not pmdesk's")
    return delta


def _apply_reverse(plan: Plan, delta: dict[str, Any], rid: str) -> None:
    """Turn ``plan`` (a copy) into the content of the revision before ``rid``."""
    try:
        project = delta.get("project")
        if project is not None:
            plan.project = _with_fields(plan.project, project, ProjectInfo)
        kinds = delta.get("kinds", {})
        if type(kinds) is not dict:
            raise JournalError("its kinds are not an object")
        for name, entry in kinds.items():
            if name not in KINDS or type(entry) is not dict:
                raise JournalError(f"it names an unknown kind of row {name!r:.40}")
            _reverse_kind(plan, KINDS[name], entry)
    except JournalError as exc:
        raise JournalError(f"revision {rid}: {exc}") from None
    except (TypeError, AttributeError, KeyError):
        raise JournalError(f"revision {rid}: its delta is not pmdesk's") from None


def _with_fields(row: Any, fields: Any, row_type: type[Any]) -> Any:
    if type(fields) is not dict:
        raise JournalError("a change is not an object")
    hints = _hints(row_type)
    try:
        return dataclasses.replace(row, **{k: decode(hints[k], v) for k, v in fields.items()})
    except KeyError as exc:
        raise JournalError(f"a {row_type.__name__} has no field {exc}") from None


def _reverse_kind(plan: Plan, kind: Kind, entry: dict[str, Any]) -> None:
    rows = {r.uid: r for r in plan_rows(plan, kind)}
    for uid in entry.get("added", ()):
        rows.pop(uid, None)
    for uid, fields in dict(entry.get("changed", {})).items():
        if uid in rows:
            rows[uid] = _with_fields(rows[uid], fields, kind.row)
    for data in entry.get("removed", ()):
        row = decode_row(kind.row, data)
        rows[row.uid] = row
    if kind.keyed:
        setattr(plan, kind.name, rows)
    elif kind.outline:
        setattr(plan, kind.name, normalize(rows.values()))
    else:
        setattr(plan, kind.name, list(rows.values()))


# --------------------------------------------------------------------------- the table


def read_revisions(session: Session) -> list[Revision]:
    """Every revision, oldest first; JournalError for a header pmdesk did not write."""
    rows = session.execute(
        select(RevisionRow.id, RevisionRow.parent, RevisionRow.merged, RevisionRow.author,
               RevisionRow.at, RevisionRow.summary, RevisionRow.withheld,
               RevisionRow.delta.is_not(None)).order_by(RevisionRow.seq)
    ).all()
    out: list[Revision] = []
    seen: set[str] = set()
    for rid, parent, merged, author, at, summary, withheld, has in rows:
        for value in (rid, parent, merged):
            if value is not None and (type(value) is not str or not _ID.fullmatch(value)):
                raise JournalError(f"a revision id {value!r:.40} is not pmdesk's")
        if parent is not None and parent not in seen or merged is not None and (
                merged not in seen):
            raise JournalError(f"revision {rid} comes from a revision the journal lacks")
        if type(at) is not datetime or type(author) is not str:
            raise JournalError(f"revision {rid}: its author or time cannot be read")
        seen.add(rid)
        groups = tuple(w for w in str(withheld or "").split(",") if w)
        out.append(Revision(rid, parent, merged, author, at, str(summary or ""), groups,
                            bool(has)))
    return out


def record(session: Session, old: Plan | None, new: Plan, author: str, *,
           merged: Iterable[Revision] = (), merged_head: str | None = None,
           withheld: Sequence[str] = (), budget: int = MIN_BUDGET,
           now: datetime | None = None, summary: str | None = None) -> Revision:
    """Add a revision after the newest one (no commit): ``new`` is the content saved,
    ``old`` the content of the revision before (None: unknown, no delta). ``merged``:
    a colleague's revisions a merge took in (headers only), ``merged_head`` the one it
    merged. Deltas beyond ``budget`` bytes are dropped, oldest first."""
    known = read_revisions(session)
    have = {r.id for r in known}
    seq = (session.scalar(select(func.max(RevisionRow.seq))) or 0) + 1
    for other in merged:
        if other.id in have:
            continue
        session.execute(insert(RevisionRow), [_header(other, seq, None)])
        have.add(other.id)
        seq += 1
    delta: bytes | None = None
    said = "first save"
    if old is not None:
        changes, said = reverse_delta(old, new)
        delta = _pack(changes)
    if merged_head is not None:
        said = f"merged a colleague's copy: {said}"
    parent = known[-1].id if known else None
    rev = Revision(new_id(), parent, merged_head, author,
                   (now or datetime.now()).replace(microsecond=0), summary or said,
                   tuple(withheld), delta is not None)
    session.execute(insert(RevisionRow), [_header(rev, seq, delta)])
    _prune(session, max(budget, MIN_BUDGET))
    return rev


def _header(rev: Revision, seq: int, delta: bytes | None) -> dict[str, Any]:
    return {"id": rev.id, "seq": seq, "parent": rev.parent, "merged": rev.merged,
            "author": rev.author, "at": rev.at, "summary": rev.summary,
            "withheld": ",".join(rev.withheld), "delta": delta}


def _prune(session: Session, budget: int) -> None:
    sizes = session.execute(
        select(RevisionRow.id, func.length(RevisionRow.delta))
        .where(RevisionRow.delta.is_not(None)).order_by(RevisionRow.seq.desc())
    ).all()
    total = 0
    drop: list[str] = []
    for rid, size in sizes:
        total += int(size or 0)
        if total > budget:
            drop.append(rid)
    if drop:
        session.execute(update(RevisionRow).where(RevisionRow.id.in_(drop)).values(delta=None))


def clear_deltas(session: Session) -> None:
    """Drop every delta (a shared copy keeps only the headers)."""
    session.execute(update(RevisionRow).values(delta=None))


def journal_rows(session: Session) -> list[dict[str, Any]]:
    """Every revision row as it is stored, to carry into a rebuilt file."""
    columns = RevisionRow.__table__.columns
    return [dict(row._mapping) for row in session.execute(
        select(*columns).order_by(RevisionRow.seq))]


def put_rows(session: Session, rows: list[dict[str, Any]]) -> None:
    session.execute(insert(RevisionRow), rows)


def _deltas(session: Session, ids: Sequence[str]) -> dict[str, bytes | None]:
    found: dict[str, bytes | None] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        for rid, data in session.execute(
                select(RevisionRow.id, RevisionRow.delta).where(RevisionRow.id.in_(chunk))):
            found[rid] = data
    return found


def first_parents(revisions: Sequence[Revision], until: str) -> list[Revision] | None:
    """The revisions from the newest back along first parents to ``until`` (excluded);
    None when ``until`` is not on that line."""
    by_id = {r.id: r for r in revisions}
    line: list[Revision] = []
    current = revisions[-1] if revisions else None
    while current is not None and current.id != until:
        line.append(current)
        current = by_id.get(current.parent) if current.parent else None
    return line if current is not None else None


def content_at(session: Session, plan: Plan, revisions: Sequence[Revision],
               target: str) -> Plan | None:
    """The content of revision ``target``, rebuilt from ``plan`` (the newest revision's
    content) through the deltas; None when a delta on the way was dropped."""
    line = first_parents(revisions, target)
    if line is None or any(not r.has_delta for r in line):
        return None
    deltas = _deltas(session, [r.id for r in line])
    content = copy_plan(plan)
    for rev in line:
        data = deltas.get(rev.id)
        if data is None:
            return None
        _apply_reverse(content, _unpack(data, rev.id), rev.id)
    return content


def ancestors(revisions: Sequence[Revision]) -> set[str]:
    return {r.id for r in revisions}


def common_ancestor(mine: Sequence[Revision], theirs: Sequence[Revision]) -> str | None:
    """The newest revision both copies come from: the first of theirs, walking back from
    their newest revision, that is in my history; None for unrelated projects."""
    if not mine or not theirs:
        return None
    mine_ids = ancestors(mine)
    by_id = {r.id: r for r in theirs}
    queue = [theirs[-1].id]
    seen: set[str] = set()
    while queue:
        rid = queue.pop(0)
        if rid in seen:
            continue
        seen.add(rid)
        if rid in mine_ids:
            return rid
        rev = by_id.get(rid)
        if rev is not None:
            queue += [p for p in (rev.parent, rev.merged) if p]
    return None


def withheld_since(revisions: Sequence[Revision], ancestor: str) -> tuple[str, ...]:
    """What a shared copy left out between ``ancestor`` and the newest revision."""
    line = first_parents(revisions, ancestor) or []
    groups: dict[str, None] = {}
    for rev in line:
        groups.update(dict.fromkeys(rev.withheld))
    return tuple(groups)
