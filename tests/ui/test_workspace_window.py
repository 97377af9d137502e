"""A workspace project in the controller and the window: edits refused when their rows
changed elsewhere (naming who), undo refused the same way, others' changes shown as they
come without losing the selection or the undo history, File ▸ Connect to Workspace…."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from pg_server import PgServer
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.workspace import Workspace
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def demo_name(pg: PgServer, workspace_db: str) -> str:
    """The demo published by alice, with bob a PM of it too."""
    with Workspace(pg.dsn("alice", workspace_db)) as ws:
        ws.publish(build_demo_plan(date(2026, 12, 4)), "Launch")
    with Workspace(pg.dsn(database=workspace_db)) as owner:
        owner.grant("Launch", "bob", "pm")
    return "Launch"


@pytest.fixture
def two_pms(qtbot, pg: PgServer, workspace_db: str, demo_name: str):
    """Alice's and bob's controllers on the same workspace project."""
    workspaces = [Workspace(pg.dsn(u, workspace_db)) for u in ("alice", "bob")]
    controllers = []
    for ws in workspaces:
        document = ws.open(demo_name)
        controllers.append(ProjectController(document.load_plan(), document))
    yield controllers
    for c, ws in zip(controllers, workspaces, strict=True):
        c.document.close()
        ws.close()


def rename(controller: ProjectController, uid: str, name: str):
    task = controller.plan.task_index()[uid]
    return controller.edit("Rename", Patch(tasks=[dataclasses.replace(task, name=name)]),
                           report=False)


def name_of(controller: ProjectController, uid: str) -> str:
    return controller.plan.task_index()[uid].name


def test_an_edit_of_a_task_someone_changed_is_refused_and_shows_theirs(two_pms) -> None:
    alice, bob = two_pms
    uid = alice.plan.tasks[2].uid
    assert rename(alice, uid, "Alice's wording")
    refused = rename(bob, uid, "Bob's wording")
    assert not refused
    assert "alice changed task “Bob's wording”" in refused.reason
    assert name_of(bob, uid) == "Alice's wording"  # the row refreshed
    assert bob.undo_stack.count() == 0
    # bob's other rows are his to edit as before
    assert rename(bob, bob.plan.tasks[3].uid, "Bob's own task")


def test_undo_of_a_task_changed_since_is_refused_the_same_way(qtbot, two_pms) -> None:
    alice, bob = two_pms
    first, second = alice.plan.tasks[2].uid, alice.plan.tasks[3].uid
    before = name_of(alice, first)
    assert rename(alice, first, "Alice 1")
    assert rename(alice, second, "Alice 2")
    bob.replace_plan(bob.document.load_plan(), bob.document)
    assert rename(bob, first, "Bob's since")
    # Undo of the unrelated, later step goes through ...
    alice.undo_stack.undo()
    assert name_of(alice, second) != "Alice 2"
    # ... the one whose task bob changed since is refused, naming him, and leaves history.
    with qtbot.waitSignal(alice.error) as told:
        alice.undo_stack.undo()
    assert "bob changed task" in told.args[0]
    assert name_of(alice, first) == "Bob's since"
    assert name_of(alice, first) != before
    assert alice.undo_stack.index() == 0 and alice.undo_stack.count() == 1
    with Workspace(bob.document.workspace.url.render_as_string()) as ws:
        assert name_of_plan(ws.load("Launch"), first) == "Bob's since"


def name_of_plan(plan: Plan, uid: str) -> str:
    return plan.task_index()[uid].name


def test_a_reader_sees_the_project_read_only(qtbot, pg: PgServer, workspace_db: str,
                                             demo_name: str) -> None:
    with Workspace(pg.dsn("carol", workspace_db)) as ws:
        document = ws.open(demo_name)
        controller = ProjectController(document.load_plan(), document)
        try:
            assert controller.read_only
            assert not rename(controller, controller.plan.tasks[1].uid, "carol's")
        finally:
            document.close()


def test_a_lost_connection_refuses_the_edit_and_keeps_the_plan(qtbot) -> None:
    from pg_server import find_bindir

    from pmdesk.store.workspace import init_workspace

    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries")
    server = PgServer(bindir).start()
    import os

    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.pgpass)
    try:
        init_workspace(server.dsn()).close()
        with Workspace(server.dsn()) as ws:
            ws.publish(build_demo_plan(date(2026, 12, 4)), "Lost")
            document = ws.open("Lost")
            controller = ProjectController(document.load_plan(), document)
            server.stop()
            uid = controller.plan.tasks[1].uid
            name = name_of(controller, uid)
            result = rename(controller, uid, "Never saved")
            assert not result
            assert "The change was not saved" in result.reason
            assert "cannot be reached" in result.reason or "lost" in result.reason
            assert name_of(controller, uid) == name
            assert controller.undo_stack.count() == 0
            document.close()
    finally:
        os.environ["PGPASSFILE"] = before or ""
        server.stop()


@pytest.fixture
def window(qtbot, show_active):
    w = MainWindow()
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


@pytest.mark.xvfb
def test_file_connect_to_workspace_lists_health_and_opens(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str,
        on_modal) -> None:
    from pmdesk.ui.workspace.dialog import WorkspaceDialog

    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, WorkspaceDialog) and w.isVisible())
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, pg.dsn("bob", workspace_db))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert cells[0] == "Launch" and cells[-1] == "alice"
    assert cells[3] != "" and cells[6] != "—"  # an SPI and the product's stage
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "Launch in postgresql://bob@127.0.0.1" in window.windowTitle()
    assert not dialog.isVisible()
    assert window.controller.document.live and not window.controller.read_only


@pytest.mark.xvfb
def test_a_wrong_address_is_said_under_the_list(qtbot, window: MainWindow) -> None:
    from pmdesk.ui.workspace.dialog import connect_dialog

    dialog = connect_dialog(window)
    dialog.address_edit.setText("postgresql://alice:secret@localhost/team")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "takes passwords only from ~/.pgpass" in dialog.error_label.text()
    assert "secret" not in dialog.error_label.text()
    assert not dialog.open_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_others_changes_arrive_keeping_selection_and_history(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str) -> None:
    from pmdesk.ui.workspace.live import open_project

    with Workspace(pg.dsn("bob", workspace_db)) as mine, \
            Workspace(pg.dsn("alice", workspace_db)) as theirs:
        assert open_project(window, mine, demo_name, interactive=False)
        gantt = window.views["gantt"]
        tasks = window.controller.plan.tasks
        mine_uid, selected, changed = tasks[1].uid, tasks[2].uid, tasks[4].uid
        assert rename(window.controller, mine_uid, "Bob's step")
        gantt.select_tasks([selected], selected)
        other = theirs.open(demo_name)
        try:
            plan = other.load_plan()
            task = plan.task_index()[changed]
            other.write_patch(Patch(tasks=[dataclasses.replace(task, name="Alice, live")]))
        finally:
            other.close()
        row = gantt.model.index_of(changed, Column.NAME)
        qtbot.waitUntil(lambda: gantt.model.index_of(changed, Column.NAME).data()
                        == "Alice, live", timeout=2000)
        assert row.isValid()
        assert gantt.selected_task_uids() == [selected]
        assert gantt.current_uid() == selected
        assert window.controller.undo_stack.count() == 1
        window.controller.undo_stack.undo()
        assert name_of(window.controller, mine_uid) != "Bob's step"


def test_an_update_made_with_plain_sql_elsewhere_shows_in_the_open_window(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str) -> None:
    """Someone edits with psql (no pmdesk): the database's own trigger announces it, and the
    open window shows it, saying who, within the two seconds a change may take."""
    from pmdesk.ui.workspace.live import open_project

    with Workspace(pg.dsn("bob", workspace_db)) as mine:
        assert open_project(window, mine, demo_name, interactive=False)
        gantt = window.views["gantt"]
        changed = window.controller.plan.tasks[3].uid
        pg.sql(f"UPDATE pmdesk.task SET name = 'Renamed in psql' WHERE uid = '{changed}'",
               database=workspace_db, user="alice")
        qtbot.waitUntil(lambda: gantt.model.index_of(changed, Column.NAME).data()
                        == "Renamed in psql", timeout=2000)
        assert "alice changed 1 row" in window.statusBar().currentMessage()
        assert window.controller.undo_stack.count() == 0  # theirs, not an edit of bob's


@pytest.mark.xvfb
def test_merge_a_copy_back_asks_about_conflicts(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_modal) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from plan_builders import add_risk_and_save
    from pmdesk.core.model import Risk
    from pmdesk.core.risk import next_code
    from pmdesk.store.sharing import edit_file
    from pmdesk.store.workspace import checkout
    from pmdesk.ui.workspace.dialog import connect_dialog

    flight = tmp_path / "flight.pmdesk"
    with Workspace(pg.dsn("bob", workspace_db)) as ws:
        checkout(ws.load(demo_name), flight)
        doc = ws.open(demo_name)
        try:
            plan = doc.load_plan()
            risk_id = next_code(plan.risks)  # both raise the next risk ID
            doc.write_patch(Patch(tasks=[dataclasses.replace(plan.tasks[2], name="Team's")],
                                  risks=[Risk("team-risk", risk_id, "Server outage")]))
        finally:
            doc.close()
    edit_file(flight, "3", ["name=The copy's"])
    add_risk_and_save(flight, "flight-risk", risk_id, "Supplier late")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(flight), "pmdesk projects (*.pmdesk)"))
    dialog = connect_dialog(window, pg.dsn("bob", workspace_db), connect=True)

    def take_the_copys(box) -> None:
        assert isinstance(box, QMessageBox) and "1 conflict" in box.text()
        button = next(b for b in box.buttons() if b.text() == "Take the Copy's")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    check = on_modal(take_the_copys)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    check()
    said = dialog.error_label.text()
    assert "Merged flight.pmdesk into Launch" in said
    assert f"settled: risk {risk_id} “Supplier late” (theirs) renumbered" in said
    with Workspace(pg.dsn("bob", workspace_db)) as ws:
        merged = ws.load(demo_name)
    assert merged.tasks[2].name == "The copy's"
    assert len({r.code for r in merged.risks}) == len(merged.risks)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_save_as_writes_a_copy_and_merge_from_says_where_to_go(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from pmdesk.store.document import open_plan
    from pmdesk.ui.workspace.live import open_project

    with Workspace(pg.dsn("bob", workspace_db)) as ws:
        assert open_project(window, ws, demo_name, interactive=False)
        assert rename(window.controller, window.controller.plan.tasks[1].uid, "Before flight")
        assert not window.is_modified()  # nothing waits for a Save
        assert window.save()
        assert window.save_as_path(tmp_path / "flight.pmdesk")
        assert open_plan(tmp_path / "flight.pmdesk").tasks[1].name == "Before flight"
        assert window.controller.document.live  # still on the workspace
        told = []
        monkeypatch.setattr(QMessageBox, "critical",
                            lambda _parent, title, text, *a: told.append(text))
        window.sharing.merge_from(tmp_path / "flight.pmdesk")
        assert told and "Merge a Copy Back" in told[0]


@pytest.mark.xvfb
def test_share_a_copy_of_a_workspace_project_writes_it_without_saving_first(
        qtbot, window: MainWindow, pg: PgServer, workspace_db: str, demo_name: str,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, on_modal) -> None:
    """A workspace project has no file to save first: File ▸ Share a Copy… writes the
    stripped copy straight from the open project."""
    from PySide6.QtWidgets import QFileDialog

    from pmdesk.store.document import open_plan
    from pmdesk.ui.workspace.live import open_project

    copy = tmp_path / "agency.pmdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy), "pmdesk projects (*.pmdesk)"))
    with Workspace(pg.dsn("bob", workspace_db)) as mine:
        assert open_project(window, mine, demo_name, interactive=False)
        assert rename(window.controller, window.controller.plan.tasks[2].uid, "Bob's, live")
        check = on_modal(lambda d: qtbot.mouseClick(d.share_button, Qt.MouseButton.LeftButton))
        window.sharing.action_share.trigger()
        check()
    shared = open_plan(copy)
    assert shared.tasks[2].name == "Bob's, live"
    assert all(r.email == "" for r in shared.resources)
    assert not any(t.notes for t in shared.tasks)  # every group is left out by default
    assert "Wrote" in window.statusBar().currentMessage()
