"""The revision journal: a revision per save, ancestors found however often each copy was
saved, earlier content rebuilt, the journal kept compact, a damaged one refused."""

from __future__ import annotations

import random
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from plan_builders import DAY, chain
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.store import journal
from pmdesk.store.document import (
    DocumentError,
    ProjectDocument,
    open_journaled,
    open_plan,
    save_plan,
)
from pmdesk.store.repository import apply_patch as store_patch

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("the journal inside the .pmdesk file: free pages")


def _edit(doc: ProjectDocument, plan, patch: Patch) -> None:
    apply_patch(plan, patch)
    with doc.session() as session:
        store_patch(session, patch)


def _saves(path: Path, task: int, times: int) -> None:
    """Open the project, change one task's duration and save, ``times`` times."""
    with ProjectDocument.open(path) as doc:
        plan = doc.load_plan()
        for n in range(times):
            t = plan.tasks[task]
            _edit(doc, plan, Patch(tasks=[replace(t, duration=(n + 2) * DAY)]))
            doc.save(plan)


def test_every_save_records_a_revision_naming_the_one_before(tmp_path: Path,
                                                           pmdesk_home: Path) -> None:
    path = tmp_path / "plan.pmdesk"
    save_plan(chain(3), path)
    _saves(path, 1, 2)
    with open_journaled(path) as read:
        revisions = read.revisions
        assert [r.summary for r in revisions] == [
            "new project", "1 tasks changed", "1 tasks changed"]
        assert [r.parent for r in revisions] == [None, revisions[0].id, revisions[1].id]
        assert all(r.author for r in revisions)
        first = read.content_at(revisions[0].id)
        second = read.content_at(revisions[1].id)
    assert first is not None and second is not None
    assert first.tasks[1].duration == DAY and second.tasks[1].duration == 2 * DAY
    assert read.plan.tasks[1].duration == 3 * DAY


def test_copies_saved_fifty_times_each_still_find_their_ancestor(tmp_path: Path,
                                                                pmdesk_home: Path) -> None:
    mine = tmp_path / "mine.pmdesk"
    save_plan(chain(4), mine)
    _saves(mine, 0, 1)
    theirs = tmp_path / "theirs.pmdesk"
    shutil.copyfile(mine, theirs)
    _saves(mine, 1, 50)
    _saves(theirs, 2, 50)
    with open_journaled(mine) as m, open_journaled(theirs) as t:
        ancestor = journal.common_ancestor(m.revisions, t.revisions)
        assert ancestor == m.revisions[1].id == t.revisions[1].id
        base = m.content_at(ancestor)
        assert base is not None and t.content_at(ancestor) == base
    assert [task.duration for task in base.tasks] == [2 * DAY, DAY, DAY, DAY]


def test_the_journal_keeps_its_deltas_within_its_budget(tmp_path: Path,
                                                         pmdesk_home: Path) -> None:
    path = tmp_path / "plan.pmdesk"
    save_plan(chain(3), path)
    with ProjectDocument.open(path) as doc:
        plan = doc.load_plan()
        with doc.session() as session:
            for n in range(40):
                t = plan.tasks[0]
                before = _copy(plan)
                notes = random.Random(n).randbytes(3000).hex()  # does not compress
                apply_patch(plan, Patch(tasks=[replace(t, notes=notes)]))
                journal.record(session, before, plan, "me", budget=10)  # 64 KiB at least
            kept = journal.journal_rows(session)
    sizes = [len(r["delta"]) for r in kept if r["delta"] is not None]
    assert len(kept) == 41  # every header stays
    assert 0 < sum(sizes) <= journal.MIN_BUDGET
    assert kept[-1]["delta"] is not None and kept[1]["delta"] is None  # oldest dropped


def _copy(plan):
    from pmdesk.core.sharing import copy_plan

    return copy_plan(plan)


@pytest.mark.parametrize("damage", [
    "UPDATE revision SET parent = 'ffffffffffffffffffffffffffffffff' WHERE seq = 2",
    "UPDATE revision SET id = 'not an id' WHERE seq = 1",
])
def test_a_damaged_journal_is_refused_naming_the_file(tmp_path: Path, pmdesk_home: Path,
                                                      damage: str) -> None:
    path = tmp_path / "plan.pmdesk"
    save_plan(chain(3), path)
    _saves(path, 0, 1)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(damage)
    raw.close()
    with pytest.raises(DocumentError, match="journal of revisions is damaged"), \
            open_journaled(path):
        pass


def test_a_delta_that_is_not_pmdesk_s_is_refused(tmp_path: Path, pmdesk_home: Path) -> None:
    path = tmp_path / "plan.pmdesk"
    save_plan(chain(3), path)
    _saves(path, 0, 1)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE revision SET delta = ? WHERE seq = 2",
                    (journal._pack({"kinds": {"tasks": {"changed": {
                        "t0": {"duration": "lots"}}}}}),))
    raw.close()
    with open_journaled(path) as read, \
            pytest.raises(DocumentError, match="'lots' is not a int"):
        read.content_at(read.revisions[0].id)


def test_the_journal_table_is_checked_like_every_other(tmp_path: Path,
                                                       pmdesk_home: Path) -> None:
    """A trigger on the journal is removed unrun; a journal table of the file's own making
    (a CHECK that decides what a write does) is refused."""
    path = tmp_path / "plan.pmdesk"
    save_plan(chain(3), path)
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("CREATE TRIGGER spy AFTER INSERT ON revision BEGIN "
                    "UPDATE project SET name = 'pwned'; END")
    raw.close()
    _saves(path, 0, 1)
    assert open_plan(path).project.name == "Launch"
    with open_journaled(path) as read:
        assert len(read.revisions) == 2
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("DROP TABLE revision")
        raw.execute("CREATE TABLE revision (id VARCHAR(32) NOT NULL PRIMARY KEY, "
                    "seq INTEGER NOT NULL CHECK (seq > 0), parent VARCHAR(32), "
                    "merged VARCHAR(32), author TEXT NOT NULL, at DATETIME NOT NULL, "
                    "summary TEXT NOT NULL, withheld TEXT NOT NULL, delta BLOB)")
        raw.execute("CREATE INDEX ix_revision_seq ON revision (seq)")
    raw.close()
    with pytest.raises(DocumentError, match="table revision"):
        open_plan(path)
