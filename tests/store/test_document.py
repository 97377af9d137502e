"""A project file behaves as a PM expects: saved whole or not at all, never overwritten
behind a colleague's back, refused with a clear message when it is not a project, and
unsaved work offered back after a crash."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import pmdesk
from pmdesk.core.model import Plan, Task
from pmdesk.core.patch import Patch, cascaded
from pmdesk.store import document as document_module
from pmdesk.store.document import (
    DocumentError,
    ProjectDocument,
    discard_recovery,
    lock_path,
    open_plan,
    recoverable_copies,
    save_plan,
)
from pmdesk.store.repository import apply_patch
from pmdesk.store.schema import APPLICATION_ID, pack_version


def _rename_project(doc: ProjectDocument, plan: Plan, name: str) -> None:
    with doc.session() as session:
        apply_patch(session, Patch(project=dataclasses.replace(plan.project, name=name)))


def _recovery_files(home: Path) -> list[Path]:
    folder = home / "data" / "recovery"
    return sorted(folder.iterdir()) if folder.exists() else []


# --------------------------------------------------------------------------- save and open


def test_saved_project_opens_with_every_field(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    with ProjectDocument.new(rich_plan) as doc:
        assert doc.path is None
        doc.save_as(path)
        assert doc.path == path.resolve()
    with ProjectDocument.open(path) as doc:
        assert doc.load_plan() == rich_plan
        assert not doc.read_only and not doc.dirty
    assert open_plan(path) == rich_plan


def test_save_plan_writes_a_project_the_gui_opens(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "exported.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path) as doc:
        assert doc.load_plan() == rich_plan


def test_edits_reach_the_file_only_on_save(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    before = path.read_bytes()
    with ProjectDocument.open(path) as doc:
        _rename_project(doc, rich_plan, "Renamed")
        assert doc.dirty
        assert doc.load_plan().project.name == "Renamed"
        assert path.read_bytes() == before
        doc.save()
        assert not doc.dirty
        assert open_plan(path).project.name == "Renamed"


def test_closing_without_saving_leaves_the_file_as_it_was(
    tmp_path: Path, rich_plan: Plan, pmdesk_home: Path
) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    before = path.read_bytes()
    doc = ProjectDocument.open(path)
    _rename_project(doc, rich_plan, "Never saved")
    doc.close()
    assert path.read_bytes() == before
    assert not lock_path(path.resolve()).exists()
    assert _recovery_files(pmdesk_home) == []


def test_reading_does_not_mark_the_document_dirty(tmp_path: Path, rich_plan: Plan) -> None:
    with ProjectDocument.new(rich_plan) as doc:
        with doc.session() as session:
            from pmdesk.store.repository import load_plan

            assert load_plan(session).project.name == rich_plan.project.name
        assert not doc.dirty


def test_failed_action_leaves_no_trace(tmp_path: Path, rich_plan: Plan) -> None:
    with ProjectDocument.new(rich_plan) as doc:
        with pytest.raises(RuntimeError), doc.session() as session:
            apply_patch(session, cascaded(rich_plan, Patch(tasks_removed=("t-api",))))
            raise RuntimeError("the user's action failed half-way")
        assert not doc.dirty
        assert "t-api" in doc.load_plan().task_index()


def test_revert_brings_back_the_saved_project(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path) as doc:
        _rename_project(doc, rich_plan, "Oops")
        assert doc.revert() == rich_plan
        assert not doc.dirty
        assert doc.load_plan() == rich_plan


def test_untitled_project_cannot_save_or_revert(rich_plan: Plan) -> None:
    with ProjectDocument.new(rich_plan) as doc:
        with pytest.raises(DocumentError, match="Save As"):
            doc.save()
        with pytest.raises(DocumentError, match="revert"):
            doc.revert()


def test_save_as_moves_the_lock_to_the_new_file(tmp_path: Path, rich_plan: Plan) -> None:
    first, second = tmp_path / "v1.pmdesk", tmp_path / "v2.pmdesk"
    save_plan(rich_plan, first)
    with ProjectDocument.open(first) as doc:
        assert lock_path(first.resolve()).exists()
        doc.save_as(second)
        assert not lock_path(first.resolve()).exists()
        assert lock_path(second.resolve()).exists()
        assert doc.path == second.resolve()
    assert not lock_path(second.resolve()).exists()
    assert open_plan(second) == rich_plan


def test_saved_file_keeps_the_permissions_it_had(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "shared.pmdesk"
    save_plan(rich_plan, path)
    os.chmod(path, 0o664)
    with ProjectDocument.open(path) as doc:
        _rename_project(doc, rich_plan, "Shared")
        doc.save()
    assert path.stat().st_mode & 0o777 == 0o664


# --------------------------------------------------------------------------- atomic save


def test_failed_rename_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, rich_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    before = path.read_bytes()
    with ProjectDocument.open(path) as doc:
        _rename_project(doc, rich_plan, "Half written?")

        def full_disk(src: object, dst: object) -> None:
            raise OSError(28, "No space left on device")

        with monkeypatch.context() as patched:
            patched.setattr(document_module.os, "replace", full_disk)
            with pytest.raises(DocumentError, match=r"roadmap\.pmdesk: cannot be written"):
                doc.save()
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "roadmap.pmdesk",
            "~roadmap.pmdesk.lock",
        ]
        assert doc.dirty
        doc.save()
    assert open_plan(path).project.name == "Half written?"


@pytest.mark.parametrize(
    "make_target",
    [
        pytest.param(lambda tmp: tmp / "no-such-folder" / "plan.pmdesk", id="missing-folder"),
        pytest.param(lambda tmp: tmp / "a-file.txt" / "plan.pmdesk", id="parent-is-a-file"),
        pytest.param(lambda tmp: tmp, id="target-is-a-folder"),
    ],
)
def test_unwritable_target_is_refused_and_nothing_changes(
    tmp_path: Path, rich_plan: Plan, make_target: Callable[[Path], Path]
) -> None:
    (tmp_path / "a-file.txt").write_text("notes")
    target = make_target(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    with ProjectDocument.new(rich_plan) as doc:
        with pytest.raises(DocumentError, match=str(target.name)):
            doc.save_as(target)
        assert doc.path is None
        assert doc.load_plan() == rich_plan
    with pytest.raises(DocumentError):
        save_plan(rich_plan, target)
    assert sorted(tmp_path.rglob("*")) == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_read_only_folder_is_refused(tmp_path: Path, rich_plan: Plan) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DocumentError, match="cannot be written"):
            save_plan(rich_plan, folder / "plan.pmdesk")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


# --------------------------------------------------------------------------- bad input


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sqlite_file(path: Path, *statements: str) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)
    return path


def _project_file(path: Path, plan: Plan) -> Path:
    save_plan(plan, path)
    return path


def _truncated(path: Path, plan: Plan) -> Path:
    data = _project_file(path, plan).read_bytes()
    return _write_bytes(path, data[: len(data) // 2])


def _truncated_in_header(path: Path, plan: Plan) -> Path:
    data = _project_file(path, plan).read_bytes()
    return _write_bytes(path, data[:60])


def _scrambled(path: Path, plan: Plan) -> Path:
    data = bytearray(_project_file(path, plan).read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Wreck the b-tree page headers of every page after the first.
    for page in range(1, len(data) // page_size):
        data[page * page_size : page * page_size + 12] = b"\xff" * 12
    return _write_bytes(path, bytes(data))


def _newer_major(path: Path, plan: Plan) -> Path:
    data = bytearray(_project_file(path, plan).read_bytes())
    data[60:64] = pack_version((2, 0)).to_bytes(4, "big")
    return _write_bytes(path, bytes(data))


BAD_FILES: list[tuple[str, Callable[[Path, Plan], Path | None], str]] = [
    ("missing", lambda p, plan: None, "no such file"),
    ("directory", lambda p, plan: (p.mkdir(), p)[1], "is a directory"),
    ("empty", lambda p, plan: _write_bytes(p, b""), "is empty"),
    ("text", lambda p, plan: _write_bytes(p, b"Roadmap\n2026: launch\n" * 20),
     "is not a pmdesk project or is damaged"),
    (
        "other-sqlite",
        lambda p, plan: _sqlite_file(p, "CREATE TABLE notes (id INTEGER, body TEXT)"),
        "a database of another program, not a pmdesk project",
    ),
    (
        "pmdesk-id-no-tables",
        lambda p, plan: _sqlite_file(
            p,
            f"PRAGMA application_id = {APPLICATION_ID}",
            f"PRAGMA user_version = {pack_version((1, 1))}",
            "CREATE TABLE notes (id INTEGER)",
        ),
        r"not a pmdesk project or is damaged \(parts of a project are missing: ",
    ),
    ("truncated", _truncated, "is damaged: the file is cut short"),
    ("truncated-header", _truncated_in_header, "is damaged: the file is cut short"),
    ("corrupt", _scrambled, "damaged"),
    (
        "newer-major",
        _newer_major,
        r"newer pmdesk \(file format 2\.0; this pmdesk reads format 1\.6 and older\)",
    ),
]


def _snapshot(path: Path) -> object:
    if path.is_dir():
        return sorted(p.name for p in path.iterdir())
    return path.read_bytes() if path.exists() else None


@pytest.mark.parametrize(
    ("make", "problem"),
    [pytest.param(make, problem, id=name) for name, make, problem in BAD_FILES],
)
@pytest.mark.parametrize("opener", ["document", "open_plan"])
def test_bad_file_is_refused_with_one_clear_line(
    tmp_path: Path,
    rich_plan: Plan,
    pmdesk_home: Path,
    make: Callable[[Path, Plan], Path | None],
    problem: str,
    opener: str,
) -> None:
    path = tmp_path / "colleague.pmdesk"
    make(path, rich_plan)
    before = _snapshot(path)
    with pytest.raises(DocumentError) as caught:
        if opener == "document":
            ProjectDocument.open(path).close()
        else:
            open_plan(path)
    message = str(caught.value)
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message
    assert caught.match(problem)
    assert _snapshot(path) == before
    assert not lock_path(path.resolve()).exists()
    assert _recovery_files(pmdesk_home) == []


# --------------------------------------------------------------------------- lock file


def test_second_opener_gets_read_only_with_who_has_it(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path) as first, ProjectDocument.open(path) as second:
        assert not first.read_only
        assert second.read_only
        assert f"@{socket.gethostname()}) has this project open since" in second.lock_message
        assert second.lock_message.endswith("; opened read-only")
        with pytest.raises(DocumentError, match="read-only"):
            second.save()
        # The first one's lock survives the second one closing.
    assert not lock_path(path.resolve()).exists()


def _foreign_lock(path: Path, *, host: str, pid: int) -> None:
    lock_path(path.resolve()).write_text(
        json.dumps(
            {
                "app": "pmdesk",
                "user": "ana",
                "name": "Ana Silva",
                "host": host,
                "pid": pid,
                "since": "2026-11-28T09:14:00",
                "token": "f00d",
            }
        )
    )


def test_colleagues_lock_is_named_in_the_message(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    _foreign_lock(path, host="laptop", pid=4242)
    with ProjectDocument.open(path) as doc:
        assert doc.read_only
        assert doc.lock_message == (
            "Ana Silva (ana@laptop) has this project open since 2026-11-28 09:14; opened read-only"
        )
        holder = ProjectDocument.read_lock(path)
        assert holder is not None and holder.name == "Ana Silva"
        # A read-only copy can still be saved under another name.
        doc.save_as(tmp_path / "my-copy.pmdesk")
        assert not doc.read_only
    assert json.loads(lock_path(path.resolve()).read_text())["host"] == "laptop"


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_lock_of_a_crashed_pmdesk_is_taken_over(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    dead = _dead_pid()
    _foreign_lock(path, host=socket.gethostname(), pid=dead)
    with ProjectDocument.open(path) as doc:
        assert not doc.read_only
        assert doc.lock_message == ""
        assert doc.notices == [
            f"The lock file ~roadmap.pmdesk.lock was left by pmdesk process {dead}, "
            "which is no longer running; pmdesk took the lock over."
        ]
        holder = ProjectDocument.read_lock(path)
        assert holder is not None and holder.pid == os.getpid()
    assert not lock_path(path.resolve()).exists()


def test_take_over_wins_and_the_former_holder_cannot_overwrite(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path) as first:
        with ProjectDocument.open(path, take_over=True) as second:
            assert not second.read_only
            _rename_project(second, rich_plan, "Mine now")
            second.save()
            _rename_project(first, rich_plan, "Stale edit")
            with pytest.raises(DocumentError, match="took it over"):
                first.save()
        assert open_plan(path).project.name == "Mine now"


# --------------------------------------------------------------------------- crash recovery


def _crash_after_edit(path: Path | None, plan_file: Path) -> None:
    """Run a pmdesk process that edits a project and dies without closing anything."""
    script = textwrap.dedent(
        f"""
        import dataclasses, os
        from pathlib import Path
        from pmdesk.core.patch import Patch
        from pmdesk.core.model import Task
        from pmdesk.store.document import ProjectDocument, open_plan
        from pmdesk.store.repository import apply_patch

        plan = open_plan({str(plan_file)!r})
        target = {None if path is None else str(path)!r}
        doc = ProjectDocument.open(target) if target else ProjectDocument.new(plan)
        with doc.session() as session:
            apply_patch(session, Patch(tasks=(Task(uid="t-crash", name="Written before crash",
                                                   position=9),)))
        os._exit(1)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(pmdesk.__file__).resolve().parent.parent))
    result = subprocess.run([sys.executable, "-c", script], env=env, check=False)
    assert result.returncode == 1


def test_unsaved_edits_survive_a_crash(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    before = path.read_bytes()
    _crash_after_edit(path, path)
    assert path.read_bytes() == before
    copies = recoverable_copies()
    assert len(copies) == 1
    info = copies[0]
    assert info.original_path == path.resolve()
    assert info.project_name == rich_plan.project.name
    with ProjectDocument.recover(info) as doc:
        assert doc.path == path.resolve()
        assert doc.dirty and not doc.read_only
        assert "t-crash" in doc.load_plan().task_index()
        doc.save()
    assert "t-crash" in open_plan(path).task_index()
    assert recoverable_copies() == []


def test_untitled_project_survives_a_crash_and_can_be_discarded(
    tmp_path: Path, rich_plan: Plan, pmdesk_home: Path
) -> None:
    source = tmp_path / "source.pmdesk"
    save_plan(rich_plan, source)
    _crash_after_edit(None, source)
    (info,) = recoverable_copies()
    assert info.original_path is None
    discard_recovery(info)
    assert recoverable_copies() == []
    assert _recovery_files(pmdesk_home) == []


def test_open_documents_and_clean_leftovers_are_not_offered(
    tmp_path: Path, rich_plan: Plan, pmdesk_home: Path
) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path) as doc:
        _rename_project(doc, rich_plan, "Still open here")
        assert recoverable_copies() == []
    # A working copy without edits left by a dead process holds nothing to recover.
    leftover = pmdesk_home / "data" / "recovery" / "0123456789abcdef.pmdesk"
    save_plan(rich_plan, leftover)
    leftover.with_suffix(".json").write_text(
        json.dumps(
            {
                "original": str(path),
                "host": socket.gethostname(),
                "pid": _dead_pid(),
                "dirty": False,
            }
        )
    )
    assert recoverable_copies() == []
    assert _recovery_files(pmdesk_home) == []


def test_new_task_in_recovered_untitled_copy_can_be_saved(tmp_path: Path, rich_plan: Plan) -> None:
    source = tmp_path / "source.pmdesk"
    save_plan(rich_plan, source)
    _crash_after_edit(None, source)
    (info,) = recoverable_copies()
    with ProjectDocument.recover(info) as doc:
        assert doc.path is None
        target = tmp_path / "rescued.pmdesk"
        doc.save_as(target)
    rescued = open_plan(target)
    assert rescued.task_index()["t-crash"] == Task(
        uid="t-crash", name="Written before crash", position=9
    )


def test_read_only_open_takes_no_lock(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    with ProjectDocument.open(path, read_only=True) as viewer:
        assert viewer.read_only and viewer.lock_message == ""
        assert not lock_path(path.resolve()).exists()
        with ProjectDocument.open(path) as editor:
            assert not editor.read_only


def test_newer_minor_version_still_opens(tmp_path: Path, rich_plan: Plan) -> None:
    path = tmp_path / "roadmap.pmdesk"
    data = bytearray(_project_file(path, rich_plan).read_bytes())
    data[60:64] = pack_version((1, 9)).to_bytes(4, "big")
    path.write_bytes(bytes(data))
    assert open_plan(path) == rich_plan
    with ProjectDocument.open(path) as doc:
        assert doc.load_plan() == rich_plan
        assert doc.upgraded_from is None


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_new_file_is_readable_by_colleagues(tmp_path: Path, rich_plan: Plan) -> None:
    previous = os.umask(0o022)
    try:
        save_plan(rich_plan, tmp_path / "shared.pmdesk")
    finally:
        os.umask(previous)
    assert (tmp_path / "shared.pmdesk").stat().st_mode & 0o777 == 0o644
