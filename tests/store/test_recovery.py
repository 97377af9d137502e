"""Crash-recovery copies that do not make every start misbehave: an impossible process id,
an unreadable note, and leftovers without unsaved work are dealt with and counted."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

import pmdesk
from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch
from pmdesk.store.document import (
    ProjectDocument,
    RecoveryInfo,
    SaveConflict,
    open_plan,
    save_plan,
    scan_recovery,
)
from pmdesk.store.repository import apply_patch
from pmdesk.store.schema import pack_version

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("crash-recovery copies of the .pmdesk working file")


def _folder(home: Path) -> Path:
    folder = home / "data" / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy(home: Path, plan: Plan, name: str, note: object) -> Path:
    working_copy = _folder(home) / f"{name}.pmdesk"
    save_plan(plan, working_copy)
    text = note if isinstance(note, str) else json.dumps(note)
    working_copy.with_suffix(".json").write_text(text)
    return working_copy


def test_a_copy_naming_an_impossible_process_is_offered_back(
    tmp_path: Path, rich_plan: Plan, pmdesk_home: Path
) -> None:
    original = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, original)
    copy = _copy(pmdesk_home, rich_plan, "00000000000000aa", {
        "original": str(original), "host": socket.gethostname(), "pid": 10**40, "dirty": True,
    })
    (info,) = scan_recovery().copies
    assert info.working_copy == copy and info.original_path == original
    assert info.project_name == rich_plan.project.name
    with ProjectDocument.recover(info) as doc:
        assert doc.dirty and not doc.read_only
        assert doc.load_plan() == rich_plan


def test_a_copy_whose_note_is_garbage_is_offered_as_untitled(
    rich_plan: Plan, pmdesk_home: Path
) -> None:
    _copy(pmdesk_home, rich_plan, "00000000000000bb", "\x00\x01 not json")
    (info,) = scan_recovery().copies
    assert info.original_path is None
    assert info.project_name == rich_plan.project.name


def test_leftovers_without_unsaved_work_are_removed_and_counted(
    rich_plan: Plan, pmdesk_home: Path
) -> None:
    folder = _folder(pmdesk_home)
    _copy(pmdesk_home, rich_plan, "00000000000000cc", {
        "original": None, "host": socket.gethostname(), "pid": 10**12, "dirty": False,
    })
    orphan = folder / "00000000000000dd.pmdesk"  # died before its note was written
    save_plan(rich_plan, orphan)
    old = time.time() - 2 * 3600
    os.utime(orphan, (old, old))
    stray = folder / ".00000000000000ee.json.0a1b2c3d.tmp"
    stray.write_text("{")
    os.utime(stray, (old, old))
    lonely_note = folder / "00000000000000ff.json"
    lonely_note.write_text("{}")
    scan = scan_recovery()
    assert scan.copies == []
    assert scan.removed == 3
    assert scan.note().startswith("Removed 3 leftover working copies (")
    assert sorted(folder.iterdir()) == []


def test_a_copy_being_opened_right_now_is_left_alone(rich_plan: Plan, pmdesk_home: Path) -> None:
    fresh = _folder(pmdesk_home) / "00000000000000ab.pmdesk"
    save_plan(rich_plan, fresh)
    scan = scan_recovery()
    assert scan.copies == [] and scan.removed == 0
    assert fresh.exists()


def test_recovered_edits_never_overwrite_what_a_colleague_saved_meanwhile(
    tmp_path: Path, rich_plan: Plan
) -> None:
    path = tmp_path / "roadmap.pmdesk"
    save_plan(rich_plan, path)
    crash = textwrap.dedent(
        """
        import dataclasses, os, sys
        from pmdesk.core.patch import Patch
        from pmdesk.store.document import ProjectDocument
        from pmdesk.store.repository import apply_patch
        doc = ProjectDocument.open(sys.argv[1])
        plan = doc.load_plan()
        with doc.session() as s:
            apply_patch(s, Patch(project=dataclasses.replace(plan.project, name="Ana's")))
        os._exit(1)
        """
    )
    env = dict(os.environ, PYTHONPATH=str(Path(pmdesk.__file__).resolve().parent.parent))
    assert subprocess.run([sys.executable, "-c", crash, str(path)], env=env,
                          timeout=60).returncode == 1
    # Ben takes the crashed pmdesk's stale lock over and saves his version.
    with ProjectDocument.open(path) as ben:
        with ben.session() as session:
            apply_patch(session, Patch(project=dataclasses.replace(rich_plan.project,
                                                                   name="Ben's")))
        ben.save()
    (info,) = scan_recovery().copies
    with ProjectDocument.recover(info) as ana:
        assert ana.load_plan().project.name == "Ana's"
        with pytest.raises(SaveConflict, match="changed on disk since you opened it"):
            ana.save()
        ana.save_as(tmp_path / "ana.pmdesk")
    assert open_plan(path).project.name == "Ben's"
    assert open_plan(tmp_path / "ana.pmdesk").project.name == "Ana's"


def test_a_recovered_copy_of_a_newer_minor_format_keeps_its_format(
    tmp_path: Path, rich_plan: Plan, pmdesk_home: Path
) -> None:
    """A copy left by a crash while a file of a newer pmdesk (format 1.9) was open is
    taken back as format 1.9, as opening the file says, so that a merge or a shared
    copy made from it refuses as it would for the file itself."""
    copy = _folder(pmdesk_home) / "00000000000000bb.pmdesk"
    save_plan(rich_plan, copy)
    data = bytearray(copy.read_bytes())
    data[60:64] = pack_version((1, 9)).to_bytes(4, "big")  # SQLite's user_version
    copy.write_bytes(bytes(data))
    info = RecoveryInfo(copy, None, datetime.now(), rich_plan.project.name)
    with ProjectDocument.recover(info) as doc:
        assert doc.format_version == (1, 9)
        assert doc.load_plan() == rich_plan
