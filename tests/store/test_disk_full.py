"""A disk that fills up: nothing half written, one line saying so, the file as it was.

These run on a real, small tmpfs (the ``small_disk`` fixture), which needs root (CI runs as
root); elsewhere they skip and say why. The window's side of a full disk (an edit refused
and rolled back) is in tests/ui/test_write_failures.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from datetime import datetime
from pathlib import Path

import pytest

from plan_builders import make_plan
from pmdesk.cli import main
from pmdesk.core.model import Plan, Task
from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import DocumentError, ProjectDocument, open_plan, save_plan
from pmdesk.store.repository import apply_patch

# About the .pmdesk file itself, so SQLite only; the store tests of what both
# back ends share run on PostgreSQL too (tests/conftest.py, "backend").
pytestmark = pytest.mark.sqlite_only("a full disk under the .pmdesk file: the file's bytes")


def _fill(disk: Path, keep: int = 0) -> Path:
    """Fill ``disk`` with one file until at most ``keep`` bytes are free."""
    filler = disk / "filler.bin"
    with filler.open("wb") as f:
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
                if free <= keep:
                    break
                f.write(chunk[: max(1, min(len(chunk), free - keep))])
                f.flush()
    return filler


def _big_plan(tasks: int = 3000) -> Plan:
    return make_plan(
        [Task(uid=f"t{i}", name=f"Task {i}", position=i, notes="Acceptance criteria " * 20)
         for i in range(tasks)],
        name="Too big", start=datetime(2026, 3, 2, 8),
    )


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "lost+found")


def test_a_new_file_that_does_not_fit_leaves_nothing_and_says_so(small_disk) -> None:
    disk = small_disk("1m")
    target = disk / "big.pmdesk"
    with pytest.raises(DocumentError) as caught:
        save_plan(_big_plan(), target)
    message = str(caught.value)
    assert message.startswith(f"{target}: cannot be written (")
    assert "full" in message or "no space" in message
    assert "\n" not in message and "INSERT" not in message and "sqlalche" not in message
    assert _names(disk) == []


def test_saving_over_an_existing_file_on_a_full_disk_keeps_it_whole(small_disk) -> None:
    disk = small_disk("3m")  # the file, its working copy and the new file, once freed
    path = disk / "launch.pmdesk"
    plan = build_demo_plan()
    save_plan(plan, path)
    before = path.read_bytes()
    with ProjectDocument.open(path) as doc:
        with doc.session() as session:
            apply_patch(session, Patch(tasks=tuple(_big_plan(1500).tasks)))
        filler = _fill(disk, keep=64 * 1024)
        with pytest.raises(DocumentError) as caught:
            doc.save()
        assert "no space left on device" in str(caught.value) or "full" in str(caught.value)
        assert path.read_bytes() == before
        assert _names(disk) == ["filler.bin", "launch.pmdesk", "~launch.pmdesk.lock"]
        assert doc.dirty
        filler.unlink()
        doc.save()
    saved = open_plan(path)
    assert len(saved.tasks) == len(plan.tasks) + 1500


def test_the_working_copy_on_a_full_disk_refuses_the_write_and_keeps_its_content(
    tmp_path: Path, small_disk, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = build_demo_plan()
    path = tmp_path / "launch.pmdesk"
    save_plan(plan, path)
    disk = small_disk("2m")
    monkeypatch.setenv("PMDESK_HOME", str(disk / "home"))
    with ProjectDocument.open(path) as doc:
        filler = _fill(disk, keep=0)
        with pytest.raises(DocumentError) as caught, doc.session() as session:
            apply_patch(session, Patch(tasks=tuple(_big_plan(800).tasks)))
        message = str(caught.value)
        assert message.startswith(f"the working copy of {path} cannot take the change (")
        assert "full" in message and "\n" not in message and "INSERT" not in message
        assert doc.load_plan() == plan
        filler.unlink()
        renamed = dataclasses.replace(plan.project, name="After the disk was freed")
        with doc.session() as session:
            apply_patch(session, Patch(project=renamed))
        doc.save()
    assert open_plan(path).project.name == "After the disk was freed"


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".xml"])
def test_an_export_to_a_full_disk_leaves_no_partial_file(tmp_path: Path, small_disk, capsys,
                                                         suffix: str) -> None:
    source = tmp_path / "launch.pmdesk"
    assert main(["demo", "-o", str(source)]) == 0
    disk = small_disk("256k")
    _fill(disk, keep=8 * 1024)
    out = disk / f"launch{suffix}"
    capsys.readouterr()
    assert main(["export", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"pmdesk: error: {out}: ")
    assert "No space left on device" in err or "no space left on device" in err
    assert _names(disk) == ["filler.bin"]


def test_a_screenshot_to_a_full_disk_leaves_no_partial_png(tmp_path: Path, small_disk,
                                                           capsys) -> None:
    source = tmp_path / "launch.pmdesk"
    assert main(["demo", "-o", str(source)]) == 0
    disk = small_disk("256k")
    _fill(disk, keep=8 * 1024)
    out = disk / "shot.png"
    capsys.readouterr()
    assert main(["screenshot", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "cannot write the PNG" in err and "No space left on device" in err
    assert _names(disk) == ["filler.bin"]


def test_demo_onto_a_full_disk_is_one_line(small_disk, capsys) -> None:
    disk = small_disk("128k")
    out = disk / "demo.pmdesk"
    assert main(["demo", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert err.startswith(f"pmdesk: error: {out}: cannot be written (")
    assert "http" not in err and "INSERT" not in err
    assert _names(disk) == []
