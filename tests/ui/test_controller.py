"""The controller: each edit tells its caller whether it was made and why not, a gesture is
one undo step however it ends, what it derives from the plan follows every edit, and the
working copy never disagrees with the plan in memory."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.model import Calendar, Dependency, Plan, Task
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.store import repository
from pmdesk.store.document import ProjectDocument
from pmdesk.ui.controller import EditResult, ProjectController


def plan() -> Plan:
    """1 Design (1.1 Sketch, 1.2 Review), 2 Build; Sketch → Review → Build."""
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=2 * DAY),
        Task("b", "Review", parent_uid="s", position=1, duration=DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
    ]
    return make_plan(tasks, dependencies=[Dependency("ab", "a", "b"), Dependency("bc", "b", "c")])


@pytest.fixture
def document(qapp, backend: str, request: pytest.FixtureRequest) -> Iterator[ProjectDocument]:
    """The plan stored on each back end: a new project file's working copy, and a project
    of a PostgreSQL workspace (each edit written to the server, version-checked)."""
    if backend == "postgresql":
        yield request.getfixturevalue("workspace_project")(plan())
        return
    doc = ProjectDocument.new(plan())
    yield doc
    doc.close()


@pytest.fixture
def controller(document: ProjectDocument) -> ProjectController:
    """A controller on the stored plan: every edit, undo and redo also goes to the store."""
    return ProjectController(document.load_plan(), document)


def _task(controller: ProjectController, uid: str) -> Task:
    return controller.plan.task_index()[uid]


# -- each edit reports its own result --------------------------------------------------------


def test_a_made_edit_says_so(controller: ProjectController) -> None:
    result = controller.edit("Rename", Patch(tasks=(dataclasses.replace(
        _task(controller, "c"), name="Build app"),)))
    assert result == EditResult(True) and result
    assert controller.undo_stack.count() == 1
    assert not controller.edit("Nothing", Patch())  # no edit: not made, nothing to say


def test_a_refused_edit_tells_its_caller_why(controller: ProjectController) -> None:
    shown: list[str] = []
    controller.error.connect(shown.append)
    loop = Patch(dependencies=(Dependency("ca", "c", "a"),))
    quiet = controller.edit("Link Build to Sketch", loop, report=False)
    assert not quiet.made
    assert quiet.reason == "Dependency cycle: Sketch → Review → Build → Sketch"
    assert shown == []  # the caller shows it itself
    told = controller.edit("Link Build to Sketch", loop)
    assert shown == [told.reason] == [quiet.reason]  # else the window shows it
    assert controller.undo_stack.count() == 0
    assert [d.uid for d in controller.plan.dependencies] == ["ab", "bc"]


def test_a_read_only_project_refuses_every_edit(qapp) -> None:
    class ReadOnly:
        read_only = True

    controller = ProjectController(plan(), ReadOnly())
    result = controller.edit("Rename", Patch(tasks=(Task("n", "New"),)), report=False)
    assert not result and "read-only" in (result.reason or "")


# -- a gesture is one undo step, however it ends ---------------------------------------------


def test_the_edits_of_a_gesture_are_one_undo_step(controller: ProjectController) -> None:
    with controller.macro("Move “Build”"):
        for days in (6, 7, 8):
            assert controller.edit("Move", Patch(tasks=(dataclasses.replace(
                _task(controller, "c"), duration=days * DAY),)))
    assert controller.undo_stack.count() == 1
    assert controller.undo_stack.undoText() == "Move “Build”"
    controller.undo_stack.undo()
    assert _task(controller, "c").duration == 5 * DAY


def test_a_gesture_that_fails_half_way_is_still_closed(controller: ProjectController) -> None:
    with pytest.raises(RuntimeError, match="the mouse went away"), controller.macro("Drag"):
        controller.edit("Drag", Patch(tasks=(dataclasses.replace(
            _task(controller, "c"), duration=9 * DAY),)))
        raise RuntimeError("the mouse went away")
    # The next edit is a step of its own, not part of a macro left open.
    controller.edit("Rename", Patch(tasks=(dataclasses.replace(
        _task(controller, "c"), name="Build app"),)))
    assert controller.undo_stack.count() == 2
    assert controller.undo_stack.undoText() == "Rename"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert _task(controller, "c") == plan().task_index()["c"]


def test_another_project_opened_mid_gesture_closes_it(controller: ProjectController) -> None:
    with controller.macro("Drag"):
        controller.edit("Drag", Patch(tasks=(dataclasses.replace(
            _task(controller, "c"), duration=9 * DAY),)))
        controller.replace_plan(plan())
    assert controller.undo_stack.count() == 0
    assert controller.edit("Rename", Patch(tasks=(dataclasses.replace(
        _task(controller, "c"), name="Build app"),)))
    assert controller.undo_stack.count() == 1


def test_opening_a_project_announces_that_everything_changed(
        controller: ProjectController) -> None:
    seen: list[ChangeSet] = []
    controller.changed.connect(seen.append)
    controller.replace_plan(plan())
    assert seen == [ChangeSet.everything()]
    assert seen[0].costs and seen[0].board and seen[0].structure


# -- what the controller derives follows every edit --------------------------------------------


def test_row_numbers_wbs_and_summaries_follow_outline_edits(
        controller: ProjectController) -> None:
    assert [controller.row_number(u) for u in "sabc"] == [1, 2, 3, 4]
    assert controller.wbs("c") == "2" and not controller.is_summary("c")
    build = _task(controller, "c")
    # Build goes under Design: rows stay, its WBS and Design's children change.
    controller.edit("Indent", Patch(tasks=(dataclasses.replace(build, parent_uid="s",
                                                               position=2),)))
    assert controller.wbs("c") == "1.3"
    controller.edit("Add", Patch(tasks=(Task("n", "Plan", position=0),
                                        dataclasses.replace(_task(controller, "s"),
                                                            position=1))))
    assert controller.row_number("n") == 1 and controller.row_number("c") == 5
    assert controller.uid_for_row(1) == "n" and controller.wbs("a") == "2.1"
    controller.edit("Indent", Patch(tasks=(dataclasses.replace(_task(controller, "s"),
                                                               parent_uid="n", position=0),)))
    assert controller.is_summary("n") and controller.wbs("c") == "1.1.3"
    controller.undo_stack.undo()
    assert not controller.is_summary("n") and controller.wbs("c") == "2.3"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert controller.uid_for_row(1) == "s" and controller.wbs("c") == "2"
    controller.edit("Delete", Patch(tasks_removed=("s", "a", "b")))
    assert controller.row_number("c") == 1 and controller.uid_for_row(2) is None


def test_calendars_follow_calendar_edits(controller: ProjectController) -> None:
    cal_uid = controller.plan.project.calendar_uid
    assert cal_uid is not None
    monday = controller.plan.project.start
    assert controller.calendar().is_working_day(monday.date())
    no_mondays = dataclasses.replace(controller.plan.calendars[cal_uid],
                                     weekdays=((),) + Calendar("x", "x").weekdays[1:])
    assert controller.edit("Calendar", Patch(calendars=(no_mondays,)))
    assert not controller.calendar().is_working_day(monday.date())
    controller.undo_stack.undo()
    assert controller.calendar().is_working_day(monday.date())


# -- memory and file never disagree ---------------------------------------------------------------


def test_a_store_that_fails_refuses_the_edit_and_leaves_plan_and_file_as_they_were(
        document: ProjectDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    controller = ProjectController(document.load_plan(), document)
    before = list(controller.plan.tasks), controller.schedule.project_finish

    def broken(session, patch, *versions) -> None:
        raise RuntimeError("a bug in the store")

    monkeypatch.setattr(repository, "apply_patch", broken)
    longer = Patch(tasks=(dataclasses.replace(_task(controller, "c"), duration=9 * DAY),))
    with pytest.raises(RuntimeError, match="a bug in the store"):
        controller.edit("Longer", longer)
    assert (list(controller.plan.tasks), controller.schedule.project_finish) == before
    assert controller.undo_stack.count() == 0
    monkeypatch.undo()
    assert document.load_plan().tasks == before[0]
    assert controller.edit("Longer", longer)
    assert document.load_plan().tasks == controller.plan.tasks


def test_the_file_gets_exactly_the_complete_patch(document: ProjectDocument) -> None:
    """Deleting a summary: its subtasks and their links go in memory and in the file, and
    undo brings them back in both."""
    controller = ProjectController(document.load_plan(), document)
    assert controller.edit("Delete", Patch(tasks_removed=("s",)))
    saved = document.load_plan()
    assert [t.uid for t in saved.tasks] == ["c"] and saved.dependencies == []
    assert saved == controller.plan
    controller.undo_stack.undo()
    saved = document.load_plan()
    assert {d.uid for d in saved.dependencies} == {"ab", "bc"}
    assert saved.tasks == controller.plan.tasks == plan().tasks
