"""Full-text search over the product layer's insights and features, with SQLite's FTS5.

The index is a table of the project file (``search_text``) that pmdesk derives from the
insight and feature rows: it is rebuilt whole when a file is opened or written new
(:func:`rebuild`; the file's own copy is dropped with every other object pmdesk does not
trust, see :mod:`.untrusted`), and kept in step with every patch the repository writes,
undo and redo included (:func:`follow`). Searching only reads, so it works on a project
opened read-only.

What a person types is never passed to FTS5 as query syntax: it is split into words, each
matched as a prefix, all required (``yearly bill`` finds "billed yearly"). On a database
without FTS5 (a PostgreSQL workspace) the same search matches word starts with a regular
expression.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select, text
from sqlalchemy.orm import Session

from pmdesk.core.patch import Patch
from pmdesk.core.product.model import Feature, Insight

from .rows import FeatureRow, InsightRow

__all__ = ["FTS_TABLE", "Hit", "follow", "is_index_table", "rebuild", "search", "words"]

FTS_TABLE = "search_text"
_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "kind UNINDEXED, uid UNINDEXED, title, body, tags, tokenize = 'unicode61')"
)
_WORD = re.compile(r"\w+", re.UNICODE)
# A person's query is cut to this many words (a pasted paragraph stays a quick search).
_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class Hit:
    """One row found: ``kind`` is "insight" or "feature"."""

    kind: str
    uid: str


def is_index_table(name: str) -> bool:
    """Whether ``name`` is the search index or one of FTS5's tables behind it."""
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def words(query: str) -> list[str]:
    """The words of a typed query, as the search matches them."""
    return _WORD.findall(query)[:_MAX_WORDS]


def _fts(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _feature_values(f: Feature) -> dict[str, str | int]:
    body = "\n".join(x for x in (f.problem, f.description, f.owner, f.release) if x)
    return {"rowid": _rowid("feature", f.uid), "kind": "feature", "uid": f.uid,
            "title": f.title, "body": body, "tags": " ".join(f.tags)}


def _insight_values(i: Insight) -> dict[str, str | int]:
    body = "\n".join(x for x in (i.segment, i.participant, i.source.value) if x)
    return {"rowid": _rowid("insight", i.uid), "kind": "insight", "uid": i.uid,
            "title": i.text, "body": body, "tags": " ".join(i.tags)}


_INSERT = text(f"INSERT INTO {FTS_TABLE} (rowid, kind, uid, title, body, tags) "
               "VALUES (:rowid, :kind, :uid, :title, :body, :tags)")


def _rowid(kind: str, uid: str) -> int:
    """The index row of a feature or insight, a number made from its kind and uid: an edit
    replaces its row by this number, not by a scan of every row's uid (the uid column is
    not indexed)."""
    digest = hashlib.blake2b(f"{kind}:{uid}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # a positive 63-bit SQLite integer


def rebuild(connection: Connection, features: Iterable[Feature],
            insights: Iterable[Insight]) -> None:
    """Drop the index and build it again from these rows (no commit)."""
    if not _fts(connection):
        return
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    connection.exec_driver_sql(_CREATE)
    rows = [*map(_feature_values, features), *map(_insight_values, insights)]
    if rows:
        connection.execute(_INSERT, rows)


def follow(session: Session, patch: Patch) -> None:
    """Bring the index in step with ``patch`` (just written by the repository)."""
    connection = session.connection()
    if not _fts(connection):
        return
    for kind, values in (("features", _feature_values), ("insights", _insight_values)):
        upserts = patch.upserts(kind)
        touched = [*patch.removals(kind), *(r.uid for r in upserts)]
        if not touched:
            continue
        noun = kind[:-1]
        connection.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :rowid"),
                           [{"rowid": _rowid(noun, uid)} for uid in touched])
        if upserts:
            connection.execute(_INSERT, [values(r) for r in upserts])


def search(session: Session, query: str, kinds: Iterable[str] = ("insight", "feature"),
           limit: int = 1000) -> list[Hit]:
    """Rows whose text holds every word of ``query`` (as word prefixes), best match first;
    empty for a query without words."""
    terms = words(query)
    wanted = tuple(kinds)
    if not terms or not wanted:
        return []
    connection = session.connection()
    if not _fts(connection):
        return _substring_search(session, terms, wanted, limit)
    match = " AND ".join('"' + t.replace('"', '""') + '"*' for t in terms)
    marks = ", ".join(f":k{i}" for i in range(len(wanted)))
    rows = connection.execute(
        text(f"SELECT kind, uid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match "
             f"AND kind IN ({marks}) ORDER BY rank LIMIT :limit"),
        {"match": match, "limit": limit, **{f"k{i}": k for i, k in enumerate(wanted)}},
    )
    return [Hit(kind, uid) for kind, uid in rows]


def _substring_search(session: Session, terms: list[str], kinds: tuple[str, ...],
                      limit: int) -> list[Hit]:
    hits: list[Hit] = []
    if session.get_bind().dialect.name == "postgresql":
        # As FTS5 matches: a word that starts with the term ("stand" in "standing", not
        # in "understand"). A term is letters, digits and _ only (words()), nothing to quote.
        def has(column: Any, term: str) -> Any:
            return column.regexp_match(r"\m" + term, flags="i")
    else:
        def has(column: Any, term: str) -> Any:
            return column.ilike(f"%{term}%")
    if "feature" in kinds:
        cols = (FeatureRow.title, FeatureRow.problem, FeatureRow.description, FeatureRow.tags)
        where = [or_(*(has(c, t) for c in cols)) for t in terms]
        hits += [Hit("feature", u) for u in session.scalars(
            select(FeatureRow.uid).where(*where).order_by(FeatureRow.seq).limit(limit))]
    if "insight" in kinds:
        cols2 = (InsightRow.text, InsightRow.segment, InsightRow.participant, InsightRow.tags)
        where = [or_(*(has(c, t) for c in cols2)) for t in terms]
        hits += [Hit("insight", u) for u in session.scalars(
            select(InsightRow.uid).where(*where).order_by(InsightRow.seq).limit(limit))]
    return hits[:limit]
