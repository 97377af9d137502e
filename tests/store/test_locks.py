"""Locks that hold: a lock nobody can read is stale and says so, every writer honours a
lock, and a holder whose lock was taken over finds out before it writes."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import pmdesk
from pmdesk import fileio
from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch
from pmdesk.store import document as document_module
from pmdesk.store.document import (
    DocumentError,
    ProjectDocument,
    SaveConflict,
    lock_path,
    open_plan,
    save_plan,
)
from pmdesk.store.repository import apply_patch

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("the .pmdesk file's lock files and their takeover")


def _project(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(plan, path)
    return path


def _rename_project(doc: ProjectDocument, plan: Plan, name: str) -> None:
    with doc.session() as session:
        apply_patch(session, Patch(project=dataclasses.replace(plan.project, name=name)))


def _lock_of(path: Path) -> dict:
    return json.loads(lock_path(path.resolve()).read_text())


def _colleague_lock(path: Path) -> None:
    """A live lock of a colleague on another laptop."""
    lock_path(path.resolve()).write_text(
        json.dumps(
            {"app": "pmdesk", "user": "ben", "name": "Ben Okafor", "host": "ben-laptop",
             "pid": 4242, "since": "2026-11-28T09:14:00", "token": "beef"}
        )
    )


UNREADABLE_LOCKS = [
    pytest.param(b"", "it is empty", id="zero-bytes"),
    pytest.param(b"\x00\xff\xfe garbage \x81", "it is not text", id="binary"),
    pytest.param(b"locked by Ana", "not a pmdesk lock", id="garbage-text"),
    pytest.param(b"[1, 2, 3]", "not a pmdesk lock", id="json-not-a-lock"),
    pytest.param(
        json.dumps({"user": "ana", "host": socket.gethostname(), "pid": 10**30,
                    "since": "2026-11-28T09:14:00"}).encode(),
        "process id 1000000000000000000000000000000 is impossible",
        id="absurd-pid",
    ),
    pytest.param(
        json.dumps({"user": "ana", "host": "elsewhere", "pid": -7,
                    "since": "2026-11-28T09:14:00"}).encode(),
        "process id -7 is impossible",
        id="negative-pid",
    ),
    pytest.param(
        json.dumps({"user": "ana", "host": "elsewhere", "pid": 12,
                    "since": "yesterday"}).encode(),
        "it has no readable time",
        id="bad-time",
    ),
]


@pytest.mark.parametrize(("content", "reason"), UNREADABLE_LOCKS)
def test_an_unreadable_lock_is_taken_over_after_saying_so(
    tmp_path: Path, rich_plan: Plan, content: bytes, reason: str
) -> None:
    path = _project(tmp_path, rich_plan)
    lock_path(path.resolve()).write_bytes(content)
    with ProjectDocument.open(path) as doc:
        assert not doc.read_only
        (notice,) = doc.notices
        assert notice == (
            f"The lock file ~roadmap.pmdesk.lock could not be read ({reason}); pmdesk treated "
            "it as left behind by a crash and replaced it."
        )
        assert _lock_of(path)["pid"] == os.getpid()
        _rename_project(doc, rich_plan, "Saved despite the junk lock")
        doc.save()
    assert not lock_path(path.resolve()).exists()
    assert open_plan(path).project.name == "Saved despite the junk lock"


def test_a_lock_file_that_cannot_be_opened_is_respected(
    tmp_path: Path, rich_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path, rich_plan)
    _colleague_lock(path)
    real_open = os.open

    def refuse(target: object, *args: object, **kwargs: object) -> int:
        if str(target).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(target))
        return real_open(target, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with ProjectDocument.open(path) as doc:
        assert doc.read_only
        assert "lock file cannot be read: permission denied" in doc.lock_message


def test_a_lock_is_never_seen_half_written(tmp_path: Path, rich_plan: Plan) -> None:
    """Six pmdesk processes open the same project at the same moment: exactly one gets
    it for writing, every other one read-only naming a holder, none a broken lock."""
    path = _project(tmp_path, rich_plan)
    go, done = tmp_path / "go", tmp_path / "done"
    script = textwrap.dedent(
        """
        import sys, time
        from pathlib import Path
        from pmdesk.store.document import ProjectDocument
        go, done = Path(sys.argv[2]), Path(sys.argv[3])
        print("ready", flush=True)
        while not go.exists():
            time.sleep(0.001)
        doc = ProjectDocument.open(sys.argv[1])
        print("read-only" if doc.read_only else "writable", doc.lock_message, doc.notices,
              flush=True)
        while not done.exists():  # hold the lock until every opener has tried
            time.sleep(0.01)
        doc.close()
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(pmdesk.__file__).resolve().parent.parent))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), str(go), str(done)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for _ in range(6)
    ]
    try:
        for p in procs:  # every process has imported pmdesk and waits
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        go.touch()
        lines = [p.stdout.readline().strip() for p in procs if p.stdout is not None]
    finally:
        done.touch()
        outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _out, err in outputs]
    assert sum(line.startswith("writable") for line in lines) == 1, lines
    for line in lines:
        if line.startswith("read-only"):
            assert "has this project open since" in line, line
        assert "could not be read" not in line, line


def test_locks_work_where_the_file_system_has_no_hard_links(
    tmp_path: Path, rich_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path, rich_plan)

    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    with ProjectDocument.open(path) as first, ProjectDocument.open(path) as second:
        assert not first.read_only and second.read_only
        assert _lock_of(path)["pid"] == os.getpid()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roadmap.pmdesk"]


# --------------------------------------------------------------------------- every writer


def test_save_plan_does_not_overwrite_a_project_open_elsewhere(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    before = path.read_bytes()
    _colleague_lock(path)
    other = dataclasses.replace(rich_plan, project=dataclasses.replace(rich_plan.project,
                                                                       name="Overwrite"))
    with pytest.raises(DocumentError) as caught:
        save_plan(other, path)
    assert str(caught.value) == (
        f"{path}: Ben Okafor (ben@ben-laptop) has this project open since 2026-11-28 09:14; "
        "it was not overwritten"
    )
    assert path.read_bytes() == before
    assert _lock_of(path)["user"] == "ben"


def test_save_plan_waits_for_no_one_when_this_pmdesk_holds_it(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    with ProjectDocument.open(path), pytest.raises(DocumentError,
                                                   match="has this project open"):
        save_plan(rich_plan, path)
    save_plan(rich_plan, path)
    assert not lock_path(path.resolve()).exists()


def test_save_as_onto_a_project_open_elsewhere_is_refused(
    tmp_path: Path, rich_plan: Plan
) -> None:
    target = tmp_path / "theirs.pmdesk"
    save_plan(rich_plan, target)
    before = target.read_bytes()
    _colleague_lock(target)
    with ProjectDocument.new(rich_plan) as doc, pytest.raises(
            DocumentError, match="Ben Okafor .* choose another name"):
        doc.save_as(target)
    assert target.read_bytes() == before


# --------------------------------------------------------------------------- takeover


def test_a_holder_whose_lock_was_taken_over_cannot_overwrite_after_the_other_closed(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    first = ProjectDocument.open(path)
    try:
        with ProjectDocument.open(path, take_over=True) as second:
            _rename_project(second, rich_plan, "Ben's work")
            second.save()
        # Ben saved and closed: no lock file is left, yet Ana must not overwrite his work.
        assert not lock_path(path.resolve()).exists()
        _rename_project(first, rich_plan, "Ana's stale edit")
        with pytest.raises(SaveConflict) as caught:
            first.save()
        message = str(caught.value)
        assert message.startswith(f"{path}: was changed on disk since you opened it")
        assert "Save As" in message and "later version of pmdesk" in message
        assert open_plan(path).project.name == "Ben's work"
        keep = tmp_path / "ana.pmdesk"
        first.save_as(keep)
        assert open_plan(keep).project.name == "Ana's stale edit"
    finally:
        first.close()
    assert open_plan(path).project.name == "Ben's work"


def test_a_holder_finds_out_while_the_other_still_holds_it(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    with ProjectDocument.open(path) as first, ProjectDocument.open(path, take_over=True):
        _rename_project(first, rich_plan, "stale")
        with pytest.raises(SaveConflict, match=r"\(they took it over\)\. .*Save As"):
            first.save()
    assert open_plan(path) == rich_plan


def test_a_file_replaced_by_another_program_is_not_overwritten(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    with ProjectDocument.open(path) as doc:
        other = dataclasses.replace(
            rich_plan, project=dataclasses.replace(rich_plan.project, name="Synced copy")
        )
        replacement = tmp_path / "synced.pmdesk"
        save_plan(other, replacement)
        os.replace(replacement, path)  # a sync tool puts a colleague's version in place
        _rename_project(doc, rich_plan, "mine")
        with pytest.raises(SaveConflict, match="changed on disk"):
            doc.save()
    assert open_plan(path).project.name == "Synced copy"


def test_a_deleted_lock_is_put_back_when_the_file_is_unchanged(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    with ProjectDocument.open(path) as doc:
        lock_path(path.resolve()).unlink()
        _rename_project(doc, rich_plan, "Still mine")
        doc.save()
        assert _lock_of(path)["pid"] == os.getpid()
        _rename_project(doc, rich_plan, "Saved twice")
        doc.save()
    assert open_plan(path).project.name == "Saved twice"


# --------------------------------------------------------------------------- leftovers


def test_temporary_files_of_an_interrupted_save_are_cleared_on_the_next_open(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = _project(tmp_path, rich_plan)
    leftovers = [
        tmp_path / ".roadmap.pmdesk.0a1b2c3d.tmp",
        tmp_path / ".roadmap.pmdesk.0a1b2c3d.tmp-journal",
        tmp_path / ".roadmap.pmdesk.ffffffff.tmp",
        tmp_path / ".~roadmap.pmdesk.lock.12345678.tmp",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"\x00" * 700_000)
    unrelated = [tmp_path / ".notes.txt.0a1b2c3d.tmp", tmp_path / ".roadmap.pmdesk.tmp"]
    for other in unrelated:
        other.write_text("not ours")
    with ProjectDocument.open(path, read_only=True):
        assert all(p.exists() for p in leftovers)  # only the lock holder may clear them
    with ProjectDocument.open(path) as doc:
        assert doc.notices == [
            "Removed 4 temporary files (2.7 MB) that an interrupted save left beside "
            "roadmap.pmdesk."
        ]
    assert not any(p.exists() for p in leftovers)
    assert all(p.exists() for p in unrelated)


def test_a_killed_save_leaves_the_old_file_whole_and_its_leftovers_are_cleared(
    tmp_path: Path, rich_plan: Plan
) -> None:
    """Kill a save half-way (after the temporary file is written, before the rename)."""
    path = _project(tmp_path, rich_plan)
    before = path.read_bytes()
    script = textwrap.dedent(
        """
        import dataclasses, os, sys
        from pmdesk.core.patch import Patch
        from pmdesk.store import document
        from pmdesk.store.document import ProjectDocument
        from pmdesk.store.repository import apply_patch
        doc = ProjectDocument.open(sys.argv[1])
        plan = doc.load_plan()
        with doc.session() as s:
            apply_patch(s, Patch(project=dataclasses.replace(plan.project, name="never")))
        def killed(src, dst):
            os._exit(9)
        os.replace = killed
        doc.save()
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(pmdesk.__file__).resolve().parent.parent))
    done = subprocess.run([sys.executable, "-c", script, str(path)], env=env, timeout=60)
    assert done.returncode == 9
    assert path.read_bytes() == before
    assert any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
    with ProjectDocument.open(path) as doc:
        assert doc.load_plan() == rich_plan
        assert any("interrupted save" in n for n in doc.notices)
        assert any("left by pmdesk process" in n for n in doc.notices)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["roadmap.pmdesk"]


def test_the_lock_temporary_name_follows_the_one_pattern(tmp_path: Path) -> None:
    target = tmp_path / "roadmap.pmdesk"
    tmp = fileio.temporary_beside(lock_path(target))
    assert tmp.name.startswith(".~roadmap.pmdesk.lock.") and tmp.name.endswith(".tmp")
    assert document_module.leftover_temporaries(lock_path(target)) == [tmp]
