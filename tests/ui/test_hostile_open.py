"""Opening a hostile or damaged project in the window: a dialog says why, and the window
keeps the project it had (its title, its document, its lock); nothing is left locked."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import socket
import sqlite3
from pathlib import Path

import pytest
from cell_editing import type_into_cell
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from pmdesk.core.patch import Patch
from pmdesk.store.document import lock_path, open_plan
from pmdesk.ui import window_questions
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def project_a(tmp_path: Path, demo_file: Path) -> Path:
    """The project the window has open when a test tries another: a copy of the demo."""
    return Path(shutil.copyfile(demo_file, tmp_path / "a.pmdesk"))


@pytest.fixture
def window(qtbot, project_a: Path) -> MainWindow:
    w = MainWindow(persist=False)
    w.maybe_save = lambda: True  # whatever a test leaves unsaved is dropped when it closes
    qtbot.addWidget(w)
    assert w.open_path(project_a, interactive=False)
    return w


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The static message boxes shown, as (title, text)."""
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind,
                            lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def click(button: str):
    """What a user does with a message box: click ``button``, or press Esc for "Escape"."""

    def act(box: QMessageBox) -> None:
        if button == "Escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
            return
        (chosen,) = [b for b in box.buttons() if b.text() == button]
        chosen.click()

    return act


def said(box: QMessageBox) -> str:
    return f"{box.text()} | {box.informativeText()}"


@pytest.fixture
def copy_of(sqlite_edit):
    """``copy_of(project, name, *statements)``: a changed copy beside the project."""

    def make(project: Path, name: str, *statements: str) -> Path:
        path = project.with_name(name)
        shutil.copyfile(project, path)
        return sqlite_edit(path, *statements)

    return make


def _unchanged(window: MainWindow, project_a: Path, title: str) -> None:
    assert window.document.path == project_a.resolve()
    assert window.windowTitle() == title
    assert json.loads(lock_path(project_a.resolve()).read_text())["pid"] == os.getpid()


def _recovery_copies(home: Path) -> list[str]:
    folder = home / "data" / "recovery"
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".pmdesk")


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("statements", "problem"),
    [
        (["UPDATE task SET duration = 'abc' WHERE seq = 4"], "duration is 'abc', not a whole"),
        (["UPDATE project SET start = '9999-01-01 08:00:00.000000'"], "outside 1900-01-01"),
        (["DROP TABLE risk"], "parts of a project are missing: risk"),
        (["UPDATE calendar SET weekdays = '[[],[],[],[],[],[],[]]', exceptions = '[]'"],
         "cannot be scheduled (calendar"),
    ],
    ids=["text-duration", "year-9999", "dropped-table", "no-working-time"],
)
def test_a_refused_file_leaves_the_window_as_it_was(
    window: MainWindow, project_a: Path, pmdesk_home: Path, dialogs, copy_of, statements,
    problem,
) -> None:
    title = window.windowTitle()
    working_copies = _recovery_copies(pmdesk_home)
    bad = copy_of(project_a, "b.pmdesk", *statements)
    before = bad.read_bytes()
    assert window.open_path(bad) is False
    ((heading, text),) = dialogs
    assert heading == "Cannot open project"
    assert text.startswith(f"{bad}: ") and problem in text and "\n" not in text
    _unchanged(window, project_a, title)
    assert not lock_path(bad.resolve()).exists()
    assert bad.read_bytes() == before
    assert _recovery_copies(pmdesk_home) == working_copies
    # Save still writes project A, not the refused file.
    assert window.controller.edit("Rename", Patch(project=dataclasses.replace(
        window.controller.plan.project, name="Still A")))
    assert window.save()
    assert open_plan(project_a).project.name == "Still A"
    assert bad.read_bytes() == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_gets_a_dialog_and_the_window_stays(
    window: MainWindow, project_a: Path, tmp_path: Path, dialogs
) -> None:
    title = window.windowTitle()
    fifo = tmp_path / "x.pmdesk"
    os.mkfifo(fifo)
    assert window.open_path(fifo) is False
    assert dialogs == [("Cannot open project", f"{fifo}: is a named pipe, not a project file")]
    _unchanged(window, project_a, title)


def test_database_code_in_a_file_is_removed_and_the_user_told(
    window: MainWindow, project_a: Path, dialogs, copy_of
) -> None:
    hostile = copy_of(
        project_a, "hostile.pmdesk",
        "CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM task; END",
    )
    assert window.open_path(hostile)
    ((heading, text),) = dialogs
    assert heading == "Database code removed"
    assert "trigger 'wipe' on task" in text and "never ran" in text
    assert "naming rows" not in text and "loop of parents" not in text
    count = len(window.controller.plan.tasks)
    first = window.controller.plan.tasks[3]
    assert window.controller.edit("Rename", Patch(tasks=(dataclasses.replace(first, name="x"),)))
    assert window.save()
    saved = open_plan(hostile)
    assert len(saved.tasks) == count == len(window.controller.plan.tasks)


def test_rows_naming_a_task_not_there_are_left_out_and_told_as_a_repair(
    window: MainWindow, project_a: Path, dialogs, copy_of
) -> None:
    gone = copy_of(project_a, "gone.pmdesk",
                   "DELETE FROM task WHERE uid = (SELECT task_uid FROM gate ORDER BY seq "
                   "LIMIT 1)")
    before = gone.read_bytes()
    assert window.open_path(gone)
    ((heading, text),) = dialogs
    assert heading == "Project repaired on opening"
    assert text == (f"{gone} held 3 gate criteria, 1 gate, 1 dependency naming rows that are "
                    "not in the project (a task or feature no longer there); they were left "
                    "out of the copy you work on.")
    assert text in window.statusBar().currentMessage()
    assert gone.read_bytes() == before


def test_code_removed_and_rows_repaired_are_each_told_under_their_own_title(
    window: MainWindow, project_a: Path, dialogs, copy_of
) -> None:
    with sqlite3.connect(project_a) as connection:
        ((feature, title),) = connection.execute(
            "SELECT uid, title FROM feature ORDER BY seq LIMIT 1").fetchall()
    both = copy_of(project_a, "both.pmdesk",
                   "CREATE VIEW everything AS SELECT * FROM task",
                   f"UPDATE feature SET parent_uid = uid WHERE uid = '{feature}'")
    assert window.open_path(both)
    (code_title, code), (repair_title, repair) = dialogs
    assert code_title == "Database code removed"
    assert "view 'everything'" in code and "loop of parents" not in code
    assert repair_title == "Project repaired on opening"
    assert f'held a loop of parents (feature "{title}" inside "{title}")' in repair
    assert "everything" not in repair


@pytest.mark.xvfb
def test_a_cycle_in_a_file_is_offered_without_its_closing_link(
    window: MainWindow, project_a: Path, copy_of, on_modal
) -> None:
    looped = copy_of(
        project_a, "looped.pmdesk",
        "INSERT INTO dependency SELECT 'back', 999, successor_uid, predecessor_uid, 'FS', 0, "
        "'d', 0, NULL FROM dependency WHERE seq = 0",
    )
    before = looped.read_bytes()
    shown = on_modal(click("Open With These Changes"))
    assert window.open_path(looped)
    text = said(shown())
    assert text.startswith(f"{looped}: its links form a cycle: ")
    assert "• leave out the link " in text and "The file stays as it is until you save" in text
    assert "back" not in {d.uid for d in window.controller.plan.dependencies}
    assert window.isWindowModified()
    assert looped.read_bytes() == before
    assert window.save()
    assert "back" not in {d.uid for d in open_plan(looped).dependencies}


@pytest.mark.xvfb
def test_declining_the_repair_keeps_the_window_as_it_was(
    window: MainWindow, project_a: Path, copy_of, on_modal
) -> None:
    title = window.windowTitle()
    looped = copy_of(
        project_a, "looped.pmdesk",
        "INSERT INTO dependency SELECT 'back', 999, successor_uid, predecessor_uid, 'FS', 0, "
        "'d', 0, NULL FROM dependency WHERE seq = 0",
    )
    shown = on_modal(click("Escape"))
    assert window.open_path(looped) is False
    assert "its links form a cycle" in said(shown())
    _unchanged(window, project_a, title)
    assert not lock_path(looped.resolve()).exists()


def test_an_outline_loop_is_offered_with_the_task_moved_out(
    window: MainWindow, project_a: Path, copy_of, on_modal
) -> None:
    connection = sqlite3.connect(project_a)
    a, b = (r[0] for r in connection.execute(
        "SELECT uid FROM task WHERE parent_uid IS NULL ORDER BY seq LIMIT 2"))
    connection.close()
    loop = copy_of(project_a, "loop.pmdesk",
                    f"UPDATE task SET parent_uid = '{b}' WHERE uid = '{a}'",
                    f"UPDATE task SET parent_uid = '{a}' WHERE uid = '{b}'")
    shown = on_modal(click("Open With These Changes"))
    assert window.open_path(loop)
    text = said(shown())
    assert "its outline loops: Discovery, which is inside Definition, which is inside " \
           "Discovery" in text
    assert "• move Discovery to the top level of the outline" in text
    assert window.controller.plan.task_index()[a].parent_uid is None


def test_a_commit_left_in_the_wal_shows_in_the_window_as_on_the_command_line(
    window: MainWindow, project_a: Path, committed_in_wal
) -> None:
    copied = committed_in_wal(project_a, "UPDATE project SET name = 'Only in the WAL'")
    assert open_plan(copied).project.name == "Only in the WAL"
    assert window.open_path(copied)
    assert window.controller.plan.project.name == "Only in the WAL"
    assert window.windowTitle().startswith("Only in the WAL — a.pmdesk")


@pytest.mark.xvfb
def test_a_takeover_is_noticed_on_save_and_save_as_is_offered(
    window: MainWindow, project_a: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    on_modal,
) -> None:
    from pmdesk.store.document import ProjectDocument

    with ProjectDocument.open(project_a, take_over=True) as colleague:
        plan = colleague.load_plan()
        from pmdesk.store.repository import apply_patch

        with colleague.session() as session:
            apply_patch(session, Patch(project=dataclasses.replace(plan.project,
                                                                   name="Colleague's")))
        colleague.save()
    assert window.controller.edit("Rename", Patch(project=dataclasses.replace(
        window.controller.plan.project, name="Mine")))
    shown = on_modal(click("Cancel"))
    assert window.save() is False
    text = said(shown())
    assert "was changed on disk since you opened it" in text
    assert "merging the two versions will come in a later version of pmdesk" in text
    assert open_plan(project_a).project.name == "Colleague's"
    mine = tmp_path / "mine.pmdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(mine), ""))
    shown = on_modal(click("Save As…"))
    assert window.save()
    shown()
    assert open_plan(mine).project.name == "Mine"
    assert open_plan(project_a).project.name == "Colleague's"
    assert window.document.path == mine.resolve()


def test_leftovers_of_an_interrupted_save_are_cleared_and_mentioned(
    qtbot, project_a: Path, tmp_path: Path
) -> None:
    leftover = tmp_path / ".a.pmdesk.deadbeef.tmp"
    leftover.write_bytes(b"\0" * 4096)
    (tmp_path / ".a.pmdesk.deadbeef.tmp-journal").write_bytes(b"\0" * 512)
    w = MainWindow(persist=False)
    w.maybe_save = lambda: True
    qtbot.addWidget(w)
    assert w.open_path(project_a, interactive=False)
    assert "Removed 2 temporary files" in w.statusBar().currentMessage()
    assert not leftover.exists()


def test_a_recovery_copy_with_an_impossible_pid_is_offered_not_a_blank_window(
    qtbot, project_a: Path, pmdesk_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = pmdesk_home / "data" / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / "00000000000000aa.pmdesk"
    shutil.copyfile(project_a, copy)
    copy.with_suffix(".json").write_text(json.dumps(
        {"original": str(project_a.resolve()), "host": socket.gethostname(),
         "pid": 10**30, "dirty": True}))
    offered: list[str] = []
    monkeypatch.setattr(window_questions, "ask_recovery",
                        lambda parent, info: offered.append(info.project_name) or "recover")
    w = MainWindow(persist=False)
    w.maybe_save = lambda: True
    qtbot.addWidget(w)
    w.offer_recovery()
    assert offered == [open_plan(project_a).project.name]
    assert w.document is not None and w.document.path == project_a.resolve()
    assert w.isWindowModified()


def test_features_inside_each_other_open_in_every_view_and_can_be_edited(
    qtbot, window: MainWindow, project_a: Path, copy_of, dialogs, show_active
) -> None:
    with sqlite3.connect(project_a) as connection:
        (a, a_title), (b, b_title) = connection.execute(
            "SELECT uid, title FROM feature ORDER BY seq LIMIT 2").fetchall()
    loop = copy_of(project_a, "loop.pmdesk",
                   f"UPDATE feature SET parent_uid = '{b}' WHERE uid = '{a}'",
                   f"UPDATE feature SET parent_uid = '{a}' WHERE uid = '{b}'")
    show_active(window)
    assert window.open_path(loop)
    (title, text), = dialogs
    assert title == "Project repaired on opening"
    assert f'held a loop of parents (feature "{a_title}" inside "{b_title}" inside ' \
           f'"{a_title}"); the first of each loop now stands at the top level' in text
    assert f'"{a_title}" inside' in window.statusBar().currentMessage()
    for key in ("roadmap", "dashboard", "product"):
        window.show_view(key)
        qtbot.waitExposed(window.views[key])
    view = window.views["product"]
    view.show_tab("backlog")
    proxy, column = view.backlog_proxy, view.features.columns.index("title")
    (row,) = [r for r in range(proxy.rowCount()) if proxy.index(r, column).data() == b_title]
    type_into_cell(qtbot, view.backlog_table, proxy.index(row, column), "Trial, renamed")
    features = {f.uid: f for f in window.controller.plan.features}
    assert features[b].title == "Trial, renamed"
    assert features[a].parent_uid is None and features[b].parent_uid == a
