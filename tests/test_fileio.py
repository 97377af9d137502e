"""One safe way to write a file: whole or not at all, flushed, with one permission rule,
and every writer of pmdesk going through it."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from pathlib import Path

import pytest

from pmdesk import fileio
from pmdesk.cli import main


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def test_write_new_creates_whole_or_leaves_what_is_there(tmp_path: Path) -> None:
    target = tmp_path / "~plan.pmdesk.lock"
    assert fileio.write_new(target, b'{"user": "ana"}')
    assert target.read_bytes() == b'{"user": "ana"}'
    assert _mode(target) == _default_mode()
    assert not fileio.write_new(target, b'{"user": "ben"}')
    assert target.read_bytes() == b'{"user": "ana"}'
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_write_new_without_hard_links_still_creates_once(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "lock"
    assert fileio.write_new(target, b"one") and not fileio.write_new(target, b"two")
    assert target.read_bytes() == b"one"
    assert _mode(target) == _default_mode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lock"]


def test_a_replaced_file_keeps_its_permissions_and_a_failed_fill_leaves_it(
        tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    fileio.write_atomically(target, b"first")
    assert _mode(target) == _default_mode()
    os.chmod(target, 0o640)
    fileio.write_atomically(target, b"second")
    assert target.read_bytes() == b"second" and _mode(target) == 0o640

    def half(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        fileio.write_via(target, half)
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_a_folder_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "plan.xml"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="is not a regular file, so it is not written over"):
        fileio.write_atomically(pipe, b"data")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    with pytest.raises(IsADirectoryError, match="is a folder, not a file"):
        fileio.write_atomically(folder, b"data")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf", "plan.xml"]


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the temporary files flushed on their way into place."""
    names: list[str] = []
    sync = fileio._sync

    def record(path: Path) -> None:
        names.append(path.name)
        sync(path)

    monkeypatch.setattr(fileio, "_sync", record)
    return names


def _went_through_the_helper(synced: list[str], target: Path) -> bool:
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.tmp")
    return any(pattern.fullmatch(name) for name in synced) and target.is_file()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_every_writer_of_the_command_line_goes_through_the_one_helper(
        qapp, tmp_path: Path, synced: list[str]) -> None:
    demo = tmp_path / "demo.pmdesk"
    writes: list[tuple[list[str], Path]] = [
        (["demo", "-o", str(demo)], demo),
        (["new", str(tmp_path / "new.pmdesk"), "--template", "launch"],
         tmp_path / "new.pmdesk"),
        (["export", str(demo), "-o", str(tmp_path / "plan.pdf")], tmp_path / "plan.pdf"),
        (["export", str(demo), "-o", str(tmp_path / "plan.png")], tmp_path / "plan.png"),
        (["export", str(demo), "-o", str(tmp_path / "plan.xml")], tmp_path / "plan.xml"),
        (["export", str(demo), "-o", str(tmp_path / "risks.csv"), "--view", "risks"],
         tmp_path / "risks.csv"),
        (["import", str(tmp_path / "plan.xml"), "-o", str(tmp_path / "imported.pmdesk")],
         tmp_path / "imported.pmdesk"),
        (["level", str(demo), "-o", str(tmp_path / "levelled.pmdesk")],
         tmp_path / "levelled.pmdesk"),
        (["level", str(tmp_path / "imported.pmdesk")], tmp_path / "imported.pmdesk"),
    ]
    for argv, target in writes:
        synced.clear()
        assert main(argv) == 0, argv
        assert _went_through_the_helper(synced, target), (argv, synced)

    from pmdesk.app import screenshot

    synced.clear()
    shot = tmp_path / "shot.png"
    assert screenshot(demo, shot, "budget", (900, 600)) == 0
    assert _went_through_the_helper(synced, shot), synced


def test_save_save_as_and_the_lock_go_through_the_one_helper(tmp_path: Path,
                                                            synced: list[str]) -> None:
    from pmdesk.demo import build_demo_plan
    from pmdesk.store.document import ProjectDocument, lock_path

    doc = ProjectDocument.new(build_demo_plan())
    try:
        first = tmp_path / "plan.pmdesk"
        doc.save_as(first)
        assert _went_through_the_helper(synced, first)
        assert _went_through_the_helper(synced, lock_path(first))
        synced.clear()
        doc.save()
        assert _went_through_the_helper(synced, first)
    finally:
        doc.close()
