"""The registry of row kinds: what it declares agrees with the plan, and a kind declared
there (with its plan attribute and its table) is followed by the patch, the change flags,
the cascades and the store without another line anywhere."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

from plan_builders import make_plan
from pmdesk.core import model
from pmdesk.core.kinds import KINDS, Kind, OnDelete, Ref, Registry
from pmdesk.core.model import Dependency, Plan, Task
from pmdesk.core.patch import ChangeSet, Patch, apply_patch, cascaded, plan_rows

ROOT = Path(__file__).resolve().parents[2]


def test_the_plan_holds_every_kind_and_nothing_else() -> None:
    hints = typing.get_type_hints(Plan, vars(model))
    assert [f.name for f in dataclasses.fields(Plan)] == ["project", *(k.name for k in KINDS)]
    for kind in KINDS:
        expected = dict[str, kind.row] if kind.keyed else list[kind.row]
        assert hints[kind.name] == expected, kind.name


def test_rows_are_written_after_the_rows_they_refer_to() -> None:
    order = [k.name for k in KINDS.write_order]
    assert sorted(order) == sorted(k.name for k in KINDS)
    for kind in KINDS:
        for ref in kind.refs:
            assert order.index(ref.target) <= order.index(kind.name), (kind.name, ref.field)


def test_a_registry_refuses_what_cannot_be_followed() -> None:
    with pytest.raises(ValueError, match="no field 'owner_uid'"):
        Registry((Kind("tasks", Task, "tasks", refs=(Ref("owner_uid", "tasks"),)),))
    with pytest.raises(ValueError, match="unknown kind 'people'"):
        Registry((Kind("tasks", Task, "tasks", refs=(Ref("parent_uid", "people"),)),))
    with pytest.raises(ValueError, match="share a name"):
        Registry((Kind("tasks", Task, "tasks"), Kind("tasks", Task, "tasks")))
    with pytest.raises(ValueError, match="taken"):
        Registry((Kind("tasks", Task, "structure"),))


# -- a kind declared once ---------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class Note:
    """A toy kind: a remark pinned to a task, gone with it."""

    uid: str
    task_uid: str
    text: str = ""


NOTES = Kind("notes", Note, "notes", refs=(Ref("task_uid", "tasks", OnDelete.CASCADE),))


@dataclasses.dataclass(slots=True)
class NotedPlan(Plan):
    """A plan with the toy kind's rows (the one attribute a kind adds to the plan)."""

    notes: list[Note] = dataclasses.field(default_factory=list)


def noted_plan() -> NotedPlan:
    base = make_plan([Task("a", "Design", position=0), Task("b", "Build", position=1)],
                     dependencies=[Dependency("ab", "a", "b")])
    return NotedPlan(**{f.name: getattr(base, f.name) for f in dataclasses.fields(Plan)},
                     notes=[Note("n1", "a", "Ask legal"), Note("n2", "b", "Use the SDK")])


def test_a_kind_declared_once_is_followed_by_patch_flags_and_cascades() -> None:
    with KINDS.declared(NOTES):
        p = noted_plan()
        note = Note("n3", "b", "Pair with QA")
        inverse, changes = apply_patch(p, Patch(notes=(note,)))
        assert p.notes[-1] == note
        assert changes == ChangeSet(notes=True) and changes.notes
        assert not changes.schedule_inputs
        assert ChangeSet.everything().notes
        assert [k.name for k in KINDS.write_order].index("notes") > \
            [k.name for k in KINDS.write_order].index("tasks")
        apply_patch(p, inverse)
        assert [n.uid for n in p.notes] == ["n1", "n2"]

        complete = cascaded(p, Patch(tasks_removed=("a",)))
        assert complete.notes_removed == ("n1",)
        inverse, changes = apply_patch(p, Patch(tasks_removed=("a",)))
        assert [n.uid for n in p.notes] == ["n2"] and changes.notes and changes.structure
        apply_patch(p, inverse)
        assert {n.uid for n in plan_rows(p, NOTES)} == {"n1", "n2"}
    with pytest.raises(TypeError):
        Patch(notes=())  # undeclared again once the block ends


def test_the_store_follows_a_kind_declared_once(tmp_path: Path) -> None:
    """The same toy kind with its table (a ``*Row`` naming its kind): written, edited and
    read back by the repository, with no other change. In a process of its own, since a
    table cannot be taken back out of the declarative base once declared."""
    script = textwrap.dedent(f"""
        import dataclasses, sys
        sys.path[:0] = [{str(Path(__file__).parent)!r}, {str(ROOT / "tests")!r}]
        from sqlalchemy import ForeignKey, String, Text, create_engine, event, select
        from sqlalchemy.orm import Mapped, Session, mapped_column
        from pmdesk.core.kinds import KINDS
        from pmdesk.core.patch import Patch, apply_patch, cascaded
        from pmdesk.store import repository
        from pmdesk.store.rows import Base
        from pmdesk.store.schema import create_schema
        from test_kinds import NOTES, Note, noted_plan

        KINDS._set((*KINDS, NOTES))

        class NoteRow(Base):
            __tablename__ = "note"
            __kind__ = "notes"
            uid: Mapped[str] = mapped_column(String(36), primary_key=True)
            seq: Mapped[int] = mapped_column(default=0, index=True)
            task_uid: Mapped[str] = mapped_column(String(36), ForeignKey("task.uid"))
            text: Mapped[str] = mapped_column(Text, default="")

        engine = create_engine("sqlite://")
        event.listen(engine, "connect",  # the database refuses a note whose task is gone
                     lambda raw, _record: raw.execute("PRAGMA foreign_keys = ON"))
        with engine.begin() as connection:
            create_schema(connection)
        plan = noted_plan()
        with Session(engine) as session, session.begin():
            repository.write_plan(session, plan)
        patch = cascaded(plan, Patch(tasks_removed=("a",), notes=(Note("n3", "b", "QA"),)))
        apply_patch(plan, patch)
        with Session(engine) as session, session.begin():
            repository.apply_patch(session, patch)
        with Session(engine) as session:
            stored = repository.stored_kinds()["notes"].load(session)
            tasks = session.scalars(select(Base.metadata.tables["task"].c.uid)).all()
        assert stored == plan.notes, (stored, plan.notes)
        assert [n.uid for n in stored] == ["n2", "n3"] and tasks == ["b"]
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_kind_without_a_table_is_named() -> None:
    from pmdesk.store.repository import stored_kinds

    with KINDS.declared(NOTES), pytest.raises(LookupError, match="no table for the kind of "
                                                               "row notes"):
        stored_kinds()
