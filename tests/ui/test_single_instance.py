"""One running pmdesk: a second launch hands its file over and exits; the running pmdesk
opens it in a window of its own, with its own project, undo history and lock."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from pmdesk.app import serve_instance, start_window
from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import lock_path, save_plan
from pmdesk.ui.instance import server_name
from pmdesk.ui.windows import open_in_new_window, open_windows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def running(qtbot):
    """The running pmdesk: its socket and first window (on the demo)."""
    server = serve_instance()
    assert server is not None
    window = start_window(None)
    qtbot.waitUntil(window.has_document)
    yield window
    server.stop()
    for w in open_windows():
        w.maybe_save = lambda: True
        w.close()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "second launch.pmdesk"
    plan = build_demo_plan()
    plan.project = dataclasses.replace(plan.project, name="Second project")
    save_plan(plan, path)
    return path


def _launch(qtbot, *args: str) -> subprocess.CompletedProcess[str]:
    """``pmdesk ARGS`` as a real second process, while this one keeps serving."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "pmdesk", *args], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=120_000)
    out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.mark.xvfb
def test_a_second_launch_hands_its_file_to_the_running_pmdesk(qtbot, running,
                                                              project: Path) -> None:
    done = _launch(qtbot, str(project))
    assert done.returncode == 0, done.stderr
    assert "opened in the running pmdesk" in done.stdout
    qtbot.waitUntil(lambda: len(open_windows()) == 2)
    first, second = open_windows()
    assert first is running
    qtbot.waitUntil(second.has_document)
    assert second.document.path == project
    assert "Second project" in second.windowTitle()
    assert "FitPulse" in first.windowTitle(), "the first window keeps its project"
    # Each window has its own project, undo history and lock.
    assert second.controller is not first.controller
    assert lock_path(project).exists()
    task = second.controller.plan.tasks[0]
    assert second.controller.edit("Rename", Patch(tasks=(dataclasses.replace(task, name="Mine"),)))
    assert second.isWindowModified() and not first.isWindowModified()
    assert second.controller.undo_stack.count() == 1
    assert first.controller.undo_stack.count() == 0
    assert first.controller.plan.tasks[0].name != "Mine"


def test_a_file_already_open_is_brought_to_the_front_not_opened_twice(qtbot, running,
                                                                      project: Path) -> None:
    window = open_in_new_window(str(project))
    assert window is not None
    assert open_in_new_window(str(project)) is window
    assert len(open_windows()) == 2


def test_a_file_that_cannot_be_opened_leaves_no_empty_window(qtbot, running, tmp_path,
                                                             monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    broken = tmp_path / "broken.pmdesk"
    broken.write_bytes(b"not a project")
    assert open_in_new_window(str(broken)) is None
    assert said and "broken.pmdesk" in said[0]
    qtbot.waitUntil(lambda: len(open_windows()) == 1)


def test_a_garbled_request_is_refused_and_opens_nothing(qtbot, running) -> None:
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    assert socket.waitForConnected(5000)
    socket.write(b'{"open": 42}\n')
    reply = b""
    qtbot.waitUntil(lambda: socket.bytesAvailable() > 0 or socket.state()
                    == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    reply += bytes(socket.readAll().data())
    assert reply.strip() == b"refused"
    assert len(open_windows()) == 1


def test_quit_closes_every_window(qtbot, running, project: Path) -> None:
    second = open_in_new_window(str(project))
    assert second is not None
    running.maybe_save = lambda: True
    second.maybe_save = lambda: True
    running.activateWindow()
    qtbot.keyClick(running, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert open_windows() == []
    assert not lock_path(project).exists(), "closing the window released the file"


@pytest.mark.xvfb
def test_window_menu_lists_the_windows_and_switches_between_them(qtbot, running,
                                                                 project: Path) -> None:
    second = open_in_new_window(str(project))
    assert second is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second, timeout=5000)
    menu = second.findChild(type(second.menuBar().actions()[0].menu()), "windowMenu")
    menu.aboutToShow.emit()
    titles = [a.text() for a in menu.actions()]
    assert len(titles) == 2
    assert "FitPulse" in titles[0] and "Second project" in titles[1]
    assert menu.actions()[1].isChecked()
    # Alt+W opens Window ▸, "1" picks the first window.
    qtbot.keyClick(second, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu, timeout=5000)
    qtbot.keyClick(menu, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is running, timeout=5000)


def test_a_file_the_system_hands_over_opens_in_a_new_window(qtbot, running,
                                                            project: Path) -> None:
    """macOS's Finder sends a double-clicked file to the running app as an event."""
    from PySide6.QtGui import QFileOpenEvent

    from pmdesk.ui.windows import FileOpenEvents

    handler = FileOpenEvents()  # installed on the application on macOS only
    assert handler.eventFilter(QApplication.instance(), QFileOpenEvent(str(project)))
    qtbot.waitUntil(lambda: len(open_windows()) == 2)
    qtbot.waitUntil(open_windows()[1].has_document)
    assert open_windows()[1].document.path == project
