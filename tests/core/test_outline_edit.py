"""The task sheet's edits, without Qt: outline commands and typed cells become patches that,
applied, give the outline a PM expects (as Microsoft Project does), and undo cleanly."""

from __future__ import annotations

import copy
import dataclasses
from datetime import datetime

import pytest

from plan_builders import DAY, sheet_plan
from pmdesk.core import outline_edit as oe
from pmdesk.core.entry import UnknownResourceError
from pmdesk.core.model import (
    ConstraintType,
    Plan,
)
from pmdesk.core.outline import wbs_codes
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule


def plan() -> Plan:
    """1 Design (1.1 Sketch, 1.2 Review), 2 Build, 3 Test, 4 Docs, 5 Ship; Sketch → Review,
    Build → Test → Ship; Ana on Build (:func:`plan_builders.sheet_plan`)."""
    return sheet_plan()


def outline(p: Plan) -> list[str]:
    """The sheet as a PM reads it: WBS and name, row by row."""
    codes = wbs_codes(p.tasks)
    return [f"{codes[t.uid]} {t.name}" for t in p.tasks]


def make(p: Plan, edit: oe.OutlineEdit | None) -> Patch:
    """Apply an edit; return its inverse (the undo)."""
    assert edit is not None
    inverse, _changes = apply_patch(p, edit.patch)
    return inverse


def test_insert_above_and_below_a_row() -> None:
    p = plan()
    parent, index = oe.place_above(p, "b")
    edit = oe.insert_task(p, parent, index, "Insert task")
    assert edit.text == "Insert task" and len(edit.select) == 1
    new = edit.select[0]
    make(p, edit)
    assert outline(p)[:4] == ["1 Design", "1.1 Sketch", "1.2 New task", "1.3 Review"]
    assert p.task_index()[new].duration == DAY  # one working day of this project
    parent, index = oe.place_below(p, "c")
    make(p, oe.insert_task(p, parent, index, "New task"))
    assert outline(p)[4:6] == ["2 Build", "3 New task"]
    # Below an expanded summary: its first subtask.
    parent, index = oe.place_below(p, "s", into=True)
    make(p, oe.insert_task(p, parent, index, "New task"))
    assert outline(p)[1] == "1.1 New task"
    # Nothing current: at the end.
    assert oe.place_above(p, None) == (None, 6) == oe.place_below(p, None)


def test_delete_takes_the_subtasks_and_links_and_selects_the_next_row() -> None:
    p = plan()
    before = copy.deepcopy(p)
    edit = oe.delete_tasks(p, ["s"])
    assert edit is not None
    assert edit.text == "Delete 3 tasks" and edit.select == ("c",)
    undo = make(p, edit)
    assert outline(p) == ["1 Build", "2 Test", "3 Docs", "4 Ship"]
    assert [d.uid for d in p.dependencies] == ["d2", "d3"]
    apply_patch(p, undo)
    assert outline(p) == outline(before) and sorted(p.dependencies, key=lambda d: d.uid) == \
        before.dependencies
    last = oe.delete_tasks(p, ["m"])
    assert last is not None and last.text == "Delete “Ship”" and last.select == ("e",)
    assert oe.delete_tasks(p, []) is None


def test_indent_makes_the_row_the_last_subtask_of_the_row_above() -> None:
    p = plan()
    edit = oe.indent(p, ["c"])
    assert edit is not None and edit.text == "Indent “Build”" and edit.select == ("c",)
    undo = make(p, edit)
    assert outline(p)[:4] == ["1 Design", "1.1 Sketch", "1.2 Review", "1.3 Build"]
    apply_patch(p, undo)
    assert outline(p) == outline(plan())
    assert oe.indent(p, ["a"]) is None  # a first subtask has nothing above it to go under
    make(p, oe.indent(p, ["d", "e"]))
    assert outline(p)[3:] == ["2 Build", "2.1 Test", "2.2 Docs", "3 Ship"]


def test_outdent_moves_up_a_level_taking_the_rows_below_as_subtasks() -> None:
    p = plan()
    edit = oe.outdent(p, ["a"])
    assert edit is not None and edit.text == "Outdent “Sketch”"
    make(p, edit)
    assert outline(p)[:3] == ["1 Design", "2 Sketch", "2.1 Review"]
    assert oe.outdent(p, ["c"]) is None  # already at the top


def test_move_swaps_with_the_neighbour_sibling() -> None:
    p = plan()
    edit = oe.move(p, ["d"], -1)
    assert edit is not None and edit.text == "Move up “Test”" and edit.select == ("d",)
    make(p, edit)
    assert outline(p)[3:] == ["2 Test", "3 Build", "4 Docs", "5 Ship"]
    down = oe.move(p, ["d", "c"], +1)
    assert down is not None and down.text == "Move down “Build” and “Test”"
    assert down.select == ("d", "c")
    make(p, down)
    assert outline(p)[3:] == ["2 Docs", "3 Test", "4 Build", "5 Ship"]
    assert oe.move(p, ["s"], -1) is None  # the first row stays
    assert oe.move(p, ["a", "b"], -1) is None  # next to another moving row, at the top


def test_top_level_drops_rows_whose_summary_is_picked() -> None:
    assert oe.top_level(plan(), ["b", "s", "c", "a"]) == ["s", "c"]


def test_copy_and_paste_duplicates_rows_with_the_links_between_them() -> None:
    p = plan()
    clip = oe.copy_rows(p, ["c", "d"])
    assert clip is not None and not clip.cut
    assert [d.uid for d in clip.dependencies] == ["d2"]  # not d3: Ship is not copied
    parent, index = oe.place_below(p, "m")
    edit = oe.paste(p, clip, parent, index)
    assert edit.text == "Paste 2 tasks" and len(edit.select) == 2
    make(p, edit)
    assert outline(p)[-2:] == ["6 Build", "7 Test"]
    build, test = edit.select
    assert build not in ("c", "d") and test not in ("c", "d")
    new_link = next(d for d in p.dependencies if d.successor_uid == test)
    assert new_link.predecessor_uid == build and new_link.uid != "d2"
    assert [(a.task_uid, a.resource_uid, a.units) for a in p.assignments] == \
        [("c", "r1", 0.5), (build, "r1", 0.5)]


def test_cut_and_paste_moves_rows_keeping_their_uids_and_outside_links() -> None:
    p = plan()
    clip = oe.copy_rows(p, ["d"], cut=True)
    assert clip is not None
    make(p, oe.cut_rows(clip))
    assert "d" not in p.task_index() and [d.uid for d in p.dependencies] == ["d1"]
    parent, index = oe.place_below(p, "a")
    edit = oe.paste(p, clip, parent, index)
    make(p, edit)
    assert edit.select == ("d",)
    assert outline(p)[:3] == ["1 Design", "1.1 Sketch", "1.2 Test"]
    assert sorted(d.uid for d in p.dependencies) == ["d1", "d2", "d3"]
    schedule(p)  # the plan it leaves schedules


def test_a_subtree_pasted_keeps_its_shape() -> None:
    p = plan()
    clip = oe.copy_rows(p, ["s"])
    assert clip is not None
    make(p, oe.paste(p, clip, None, 4))
    assert outline(p)[-4:] == ["5 Design", "5.1 Sketch", "5.2 Review", "6 Ship"]


def test_spreadsheet_lines_become_tasks() -> None:
    p = plan()
    clip = oe.clip_from_text(p, "Plan launch\t3d\nBrief press\tlots\n\n\tno name\n")
    assert clip is not None
    assert [(t.name, t.duration) for t in clip.tasks] == [("Plan launch", 3 * DAY),
                                                          ("Brief press", DAY)]
    assert oe.clip_from_text(p, "\n \n") is None


# -- typed cells --------------------------------------------------------------------------


def typed(p: Plan, uid: str, field: oe.TaskField, text: str, **kw) -> Patch | None:
    return oe.typed_patch(oe.EntryContext.of(p, schedule(p)), uid, field, text, **kw)


def test_typed_name_duration_percent_and_estimate() -> None:
    p = plan()
    patch = typed(p, "c", oe.TaskField.NAME, "  Build app ")
    assert patch is not None and patch.tasks[0].name == "Build app"
    assert typed(p, "c", oe.TaskField.NAME, "Build") is None  # what it already is
    with pytest.raises(ValueError, match="needs a name"):
        typed(p, "c", oe.TaskField.NAME, "  ")
    patch = typed(p, "c", oe.TaskField.DURATION, "2w")
    assert patch is not None and patch.tasks[0].duration == 10 * DAY
    milestone = typed(p, "c", oe.TaskField.DURATION, "0")
    assert milestone is not None and milestone.tasks[0].milestone
    assert typed(p, "c", oe.TaskField.DURATION, "5d") is None
    with pytest.raises(ValueError):
        typed(p, "c", oe.TaskField.DURATION, "soon")
    patch = typed(p, "c", oe.TaskField.PERCENT, "40%")
    assert patch is not None and patch.tasks[0].percent_complete == 40
    patch = typed(p, "c", oe.TaskField.ESTIMATE, "3d, 5d, 9d")
    assert patch is not None
    assert (patch.tasks[0].optimistic, patch.tasks[0].pessimistic) == (3 * DAY, 9 * DAY)


def test_typed_dates_pin_the_task_to_a_working_moment() -> None:
    p = plan()  # Build starts with the project, Mon 11 Jan 2027
    start = typed(p, "c", oe.TaskField.START, "2027-01-23")  # a Saturday
    assert start is not None
    task = start.tasks[0]
    assert task.constraint_type is ConstraintType.SNET
    assert task.constraint_date == datetime(2027, 1, 25, 8)  # Monday morning
    finish = typed(p, "c", oe.TaskField.FINISH, "2027-01-29")
    assert finish is not None
    assert finish.tasks[0].constraint_type is ConstraintType.FNET
    assert finish.tasks[0].constraint_date == datetime(2027, 1, 29, 17)
    assert typed(p, "c", oe.TaskField.START, "2027-01-11") is None  # the day it starts
    with pytest.raises(ValueError):
        typed(p, "c", oe.TaskField.START, "someday")


def test_typed_predecessors_replace_the_links_and_refuse_a_cycle() -> None:
    p = plan()  # rows: 1 Design, 2 Sketch, 3 Review, 4 Build, 5 Test, 6 Docs, 7 Ship
    patch = typed(p, "d", oe.TaskField.PREDECESSORS, "2FS+1d, 3")
    assert patch is not None
    assert patch.dependencies_removed == ("d2",)
    assert sorted((d.predecessor_uid, d.lag) for d in patch.dependencies) == \
        [("a", DAY), ("b", 0)]
    assert typed(p, "d", oe.TaskField.PREDECESSORS, "4") is None
    with pytest.raises(ValueError, match="dependency cycle: Ship → Test → Ship"):
        typed(p, "d", oe.TaskField.PREDECESSORS, "7")


def test_typed_resources_assign_and_offer_new_names() -> None:
    p = plan()
    patch = typed(p, "d", oe.TaskField.RESOURCES, "AS[50%], Ben")
    assert patch is not None
    assert sorted((a.resource_uid, a.units) for a in patch.assignments) == \
        [("r1", 0.5), ("r2", 1.0)]
    with pytest.raises(UnknownResourceError):
        typed(p, "d", oe.TaskField.RESOURCES, "Cara")
    created = typed(p, "d", oe.TaskField.RESOURCES, "Cara", create_resources=True)
    assert created is not None
    (cara,) = created.resources
    assert cara.name == "Cara" and created.assignments[0].resource_uid == cara.uid
    cleared = typed(p, "c", oe.TaskField.RESOURCES, "")
    assert cleared is not None and cleared.assignments_removed == ("x1",)


def test_the_edits_change_nothing_until_applied() -> None:
    p = plan()
    before = copy.deepcopy(p)
    oe.indent(p, ["c"])
    oe.delete_tasks(p, ["s"])
    oe.paste(p, oe.copy_rows(p, ["c"]) or oe.Clip(()), None, 0)
    typed(p, "c", oe.TaskField.DURATION, "9d")
    assert dataclasses.astuple(p) == dataclasses.astuple(before)
