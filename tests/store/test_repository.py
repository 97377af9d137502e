"""The repository writes, reads and edits a project without losing or reordering anything."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from pmdesk.core import patch as core_patch
from pmdesk.core.kinds import KINDS
from pmdesk.core.model import (
    Assignment,
    BoardColumn,
    CalendarException,
    Dependency,
    LinkType,
    Plan,
    ProjectInfo,
    Task,
)
from pmdesk.core.outline import descendants
from pmdesk.core.patch import Patch, cascaded, plan_rows
from pmdesk.store.repository import (
    PROJECT,
    RISKS,
    TASKS,
    DataError,
    RowKind,
    apply_patch,
    load_plan,
    stored_kinds,
    write_plan,
)


def _write(engine: Engine, plan: Plan) -> None:
    with Session(engine) as session, session.begin():
        write_plan(session, plan)


def _load(engine: Engine) -> Plan:
    with Session(engine) as session:
        return load_plan(session)


def test_every_field_survives_write_and_load(engine: Engine, rich_plan: Plan) -> None:
    _write(engine, rich_plan)
    loaded = _load(engine)
    assert loaded == rich_plan
    interviews = loaded.task_index()["t-interviews"]
    assert str(interviews.fixed_cost) == "1200.50"
    assert interviews.baselines[0].cost == Decimal("5320.10")
    assert loaded.calendars["cal-night"].weekdays[1] is None
    assert loaded.calendars["cal-standard"].exceptions[1].intervals == ((540, 720),)


def _typed(value: Any) -> Any:
    """``value`` with the type of every part beside it: ``==`` alone takes ``True`` for 1,
    ``1.0`` for 1 and ``"FS"`` for ``LinkType.FS``, which a reader must not."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = {f.name: _typed(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return type(value), parts
    if isinstance(value, list | tuple):
        return type(value), [_typed(v) for v in value]
    if isinstance(value, dict):
        return type(value), {k: _typed(v) for k, v in value.items()}
    return type(value), value


def test_every_field_comes_back_with_its_type(engine: Engine, rich_plan: Plan) -> None:
    _write(engine, rich_plan)
    assert _typed(_load(engine)) == _typed(rich_plan)


def test_loaded_rows_behave_as_the_values_they_were_saved_from(
    engine: Engine, rich_plan: Plan
) -> None:
    _write(engine, rich_plan)
    loaded = _load(engine)
    for kind in KINDS:
        saved_rows = {r.uid: r for r in plan_rows(rich_plan, kind)}
        assert [r.uid for r in plan_rows(loaded, kind)] == [
            r.uid for r in plan_rows(rich_plan, kind)] or kind.name == "calendars"
        assert {r.uid for r in plan_rows(loaded, kind)} == set(saved_rows)
        for row in plan_rows(loaded, kind):  # calendars come back by uid on every database
            saved = saved_rows[row.uid]
            assert type(row) is type(saved)
            assert repr(row) == repr(saved)
            assert pickle.loads(pickle.dumps(row)) == saved
            assert copy.deepcopy(row) == saved
            with pytest.raises(dataclasses.FrozenInstanceError):
                row.uid = "changed"  # type: ignore[misc]
    api = loaded.task_index()["t-api"]
    assert hash(api) == hash(rich_plan.task_index()["t-api"])
    assert {api, rich_plan.task_index()["t-api"]} == {api}
    assert dataclasses.replace(api, name="Sync API v2").name == "Sync API v2"


def test_rows_sharing_a_stored_value_do_not_share_other_fields(engine: Engine) -> None:
    """Converted values are reused between rows with the same stored value; a row's
    fields still come from its own columns only."""
    plan = Plan(
        project=ProjectInfo(uid="p", name="P", start=datetime(2026, 1, 5, 8)),
        tasks=[
            Task(uid=f"t-{i}", name=f"T{i}", position=i, tags=tags, fixed_cost=cost)
            for i, (tags, cost) in enumerate(
                [((), Decimal(0)), (("a",), Decimal("1.50")), ((), Decimal("1.5"))] * 3
            )
        ],
    )
    _write(engine, plan)
    assert _typed(_load(engine)) == _typed(plan)
    assert [str(t.fixed_cost) for t in _load(engine).tasks[:3]] == ["0", "1.50", "1.5"]


def test_tasks_stored_out_of_outline_order_are_put_back_in_order(
    engine: Engine, rich_plan: Plan
) -> None:
    _write(engine, rich_plan)
    with engine.begin() as connection:
        # Children before their parents and siblings reversed, as a hand edit might leave them.
        connection.execute(text("UPDATE task SET seq = -seq"))
    assert [t.uid for t in _load(engine).tasks] == [t.uid for t in rich_plan.tasks]


def test_task_whose_parent_is_gone_is_shown_at_top_level(engine: Engine, rich_plan: Plan) -> None:
    _write(engine, rich_plan)
    with engine.begin() as connection:
        connection.execute(text("UPDATE task SET parent_uid = 'gone' WHERE uid = 't-backend'"))
    loaded = _load(engine)
    assert [t.uid for t in loaded.tasks] == [
        "t-discovery",
        "t-interviews",
        "t-brief",
        "t-backend",
        "t-api",
        "t-store",
        "t-build",
        "t-launch",
    ]
    assert loaded.task_index()["t-backend"].parent_uid == "gone"


def test_lists_come_back_in_the_order_they_were_written(engine: Engine, rich_plan: Plan) -> None:
    rich_plan.resources.reverse()
    rich_plan.dependencies.reverse()
    rich_plan.risks.reverse()
    _write(engine, rich_plan)
    loaded = _load(engine)
    assert [r.uid for r in loaded.resources] == ["r-travel", "r-devices", "r-ana"]
    assert [d.uid for d in loaded.dependencies] == ["d-5", "d-4", "d-3", "d-2", "d-1"]
    assert [r.uid for r in loaded.risks] == ["risk-2", "risk-1"]


def _same_rows(plan: Plan) -> Plan:
    """``plan`` with every list sorted by uid: undoing a removal appends the row again,
    so after undo the rows are the same but may sit elsewhere in their list."""
    lists = {
        f.name: sorted(getattr(plan, f.name), key=lambda r: r.uid)
        for f in dataclasses.fields(plan)
        if isinstance(getattr(plan, f.name), list)
    }
    return dataclasses.replace(plan, **lists)


def _edit_both(engine: Engine, plan: Plan, patch: Patch) -> Patch:
    """Apply ``patch`` to the in-memory plan and, completed by the core, to the database;
    return the inverse."""
    complete = cascaded(plan, patch)
    inverse, _changes = core_patch.apply_patch(plan, complete)
    with Session(engine) as session, session.begin():
        apply_patch(session, complete)
    assert _load(engine) == plan
    return inverse


def test_patches_and_their_inverses_persist(engine: Engine, rich_plan: Plan) -> None:
    original = copy.deepcopy(rich_plan)
    _write(engine, rich_plan)
    plan = rich_plan
    tasks = plan.task_index()
    edits = [
        Patch(
            tasks=(dataclasses.replace(tasks["t-api"], name="Sync API v2", percent_complete=30),)
        ),
        # Move "Storage" under "Discovery" and add a task with a link to it.
        Patch(
            tasks=(
                dataclasses.replace(tasks["t-store"], parent_uid="t-discovery", position=5),
                Task(uid="t-new", name="Beta test", position=3, tags=("beta",)),
            ),
            dependencies=(Dependency("d-new", "t-store", "t-new", LinkType.FS, lag=120),),
        ),
        # Remove a summary with its subtree: links and assignments go with it.
        Patch(tasks_removed=("t-build", *sorted(descendants(plan.tasks, "t-build")))),
        Patch(resources_removed=("r-ana",)),
        Patch(
            risks=(dataclasses.replace(plan.risks[0], task_uids=("t-brief",), probability=2),),
            risks_removed=("risk-2",),
        ),
        Patch(
            project=dataclasses.replace(plan.project, name="Pocket Planner 2.1", currency="EUR"),
            calendars=(
                dataclasses.replace(
                    plan.calendars["cal-night"],
                    exceptions=(
                        CalendarException(
                            datetime(2026, 4, 6).date(), datetime(2026, 4, 6).date(), (), "Easter"
                        ),
                    ),
                ),
            ),
            calendars_removed=("cal-standard",),
        ),
        Patch(
            board_columns=(BoardColumn(uid="col-review", name="Review", position=3, wip_limit=2),),
            board_columns_removed=("col-todo",),
        ),
    ]
    inverses = []
    for edit in edits:
        # Each edit is built against the plan as it is when the edit is made.
        inverses.append(_edit_both(engine, plan, edit))
    assert "t-api" not in plan.task_index()
    assert not any(a.resource_uid == "r-ana" for a in _load(engine).assignments)
    for inverse in reversed(inverses):
        _edit_both(engine, plan, inverse)
    assert _same_rows(_load(engine)) == _same_rows(original)


def test_removing_and_reinserting_a_row_in_one_patch_keeps_its_place(
    engine: Engine, rich_plan: Plan
) -> None:
    _write(engine, rich_plan)
    renamed = dataclasses.replace(rich_plan.resources[0], name="Ana S.")
    _edit_both(engine, rich_plan, Patch(resources=(renamed,), resources_removed=(renamed.uid,)))
    assert _load(engine).resources[0].name == "Ana S."


@pytest.mark.parametrize(
    ("update", "message"),
    [
        (
            "UPDATE dependency SET type = 'XX' WHERE uid = 'd-2'",
            "dependency d-2: type is 'XX', not one of FS, SS, FF, SF",
        ),
        (
            "UPDATE task SET constraint_type = 'SOON' WHERE uid = 't-store'",
            r"task t-store \".*\": constraint type is 'SOON', not one of ASAP, ALAP",
        ),
    ],
)
def test_unknown_value_names_the_row_and_field(
    engine: Engine, rich_plan: Plan, update: str, message: str
) -> None:
    _write(engine, rich_plan)
    with engine.begin() as connection:
        connection.execute(text(update))
    with pytest.raises(DataError, match=message):
        _load(engine)


def test_every_core_field_has_a_place_in_the_file() -> None:
    """A field added to the core without a column would be lost on the next save."""
    mapped = [PROJECT, TASKS, RISKS]
    mapped += [RowKind.build(k.row, stored.row) for k in KINDS
               if (stored := stored_kinds()[k.name]).row not in (t.row for t in mapped)
               and not k.keyed]
    assert {m.value_type.__name__: m.unmapped for m in mapped if m.unmapped} == {}
    assert {k.name for k in KINDS} | {"project"} == {f.name for f in dataclasses.fields(Plan)}


def test_database_without_a_project_row_is_refused(engine: Engine) -> None:
    with pytest.raises(DataError, match="project row is missing"):
        _load(engine)


# A random sequence of edits, applied to the plan and to the database, never lets them differ.

_ops = st.lists(
    st.tuples(
        st.sampled_from(["rename", "remove", "add", "link", "unlink", "move", "assign"]),
        st.integers(min_value=0, max_value=1000),
    ),
    min_size=1,
    max_size=12,
)


def _random_patch(plan: Plan, op: str, n: int, step: int) -> Patch | None:
    """One edit built against the plan as it is now; new positions never tie."""
    tasks = plan.tasks
    position = 100 + step
    if op == "add" or not tasks:
        return Patch(tasks=(Task(uid=f"t-gen-{step}", name=f"Task {n}", position=position),))
    task = tasks[n % len(tasks)]
    if op == "rename":
        return Patch(tasks=(dataclasses.replace(task, name=f"{task.name}!", duration=n),))
    if op == "remove":
        return Patch(tasks_removed=(task.uid, *sorted(descendants(tasks, task.uid))))
    if op == "move":
        other = tasks[(n // 7) % len(tasks)]
        if other.uid == task.uid or other.uid in descendants(tasks, task.uid):
            return None
        return Patch(tasks=(dataclasses.replace(task, parent_uid=other.uid, position=position),))
    if op == "link":
        other = tasks[(n // 3) % len(tasks)]
        return Patch(dependencies=(Dependency(f"d-gen-{step}", task.uid, other.uid, lag=n),))
    if op == "unlink":
        if not plan.dependencies:
            return None
        return Patch(dependencies_removed=(plan.dependencies[n % len(plan.dependencies)].uid,))
    if not plan.resources:
        return None
    resource = plan.resources[n % len(plan.resources)]
    return Patch(assignments=(Assignment(f"a-gen-{step}", task.uid, resource.uid, units=0.25),))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=_ops)
def test_random_edits_and_undo_keep_file_and_plan_equal(
    ops: list[tuple[str, int]],
    engine_factory: Callable[[], Engine],
    make_rich_plan: Callable[[], Plan],
) -> None:
    plan = make_rich_plan()
    original = copy.deepcopy(plan)
    eng = engine_factory()
    _write(eng, plan)
    inverses = []
    for step, (op, n) in enumerate(ops):
        patch = _random_patch(plan, op, n, step)
        if patch is not None:
            inverses.append(_edit_both(eng, plan, patch))
    for inverse in reversed(inverses):
        _edit_both(eng, plan, inverse)
    assert _same_rows(_load(eng)) == _same_rows(original)
