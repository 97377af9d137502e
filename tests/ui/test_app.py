"""Starting pmdesk: the window shows at once, on the demo, the last file, or a given file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from pmdesk.app import start_window
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan


def _close(window) -> None:
    window.maybe_save = lambda: True
    window.close()


def test_no_file_opens_the_demo_as_a_new_project(qtbot) -> None:
    window = start_window(None)
    try:
        assert window.isVisible()
        assert len(window.controller.plan.tasks) >= 60  # shown before the file layer loads
        qtbot.waitUntil(window.has_document)
        assert window.document.path is None
        assert "FitPulse" in window.windowTitle()
        assert not window.isWindowModified()
    finally:
        _close(window)


def test_a_given_file_is_opened_and_becomes_the_last_file(qtbot, tmp_path: Path) -> None:
    plan = build_demo_plan()
    path = tmp_path / "roadmap.pmdesk"
    save_plan(plan, path)
    window = start_window(str(path))
    try:
        qtbot.waitUntil(window.has_document)
        assert window.document.path == path
        assert window.recent_files()[0] == path.resolve()
    finally:
        _close(window)
    again = start_window(None)
    try:
        qtbot.waitUntil(again.has_document)
        assert again.document.path == path, "with no file, the last file opens"
    finally:
        _close(again)


def test_a_broken_file_says_why_and_falls_back_to_the_demo(qtbot, tmp_path: Path,
                                                          monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.pmdesk"
    broken.write_bytes(b"not a project")
    window = start_window(str(broken))
    try:
        qtbot.waitUntil(window.has_document)
        assert shown and "broken.pmdesk" in shown[0]
        assert window.document.path is None
        assert len(window.controller.plan.tasks) >= 60
        assert broken.read_bytes() == b"not a project"
    finally:
        _close(window)
