"""The outline order: a project read in order is taken as it is, any other is repaired."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core import outline
from pmdesk.core.model import Task
from pmdesk.core.outline import in_outline_order, normalize, wbs_codes

UIDS = [f"t{i}" for i in range(8)]


@st.composite
def any_tasks(draw: st.DrawFn) -> list[Task]:
    """Rows as a damaged file may hold them: any order, unknown parents, parent loops,
    a uid used twice, equal positions."""
    n = draw(st.integers(min_value=0, max_value=8))
    return [
        Task(
            uid=draw(st.sampled_from(UIDS)),
            name=f"Row {i}",
            parent_uid=draw(st.sampled_from([None, None, "gone", *UIDS])),
            position=draw(st.integers(min_value=0, max_value=3)),
        )
        for i in range(n)
    ]


@st.composite
def sound_tasks(draw: st.DrawFn) -> list[Task]:
    """A sound outline (unique uids, known parents, no loops) in shuffled order."""
    n = draw(st.integers(min_value=0, max_value=8))
    tasks = []
    for i in range(n):
        parent = draw(st.sampled_from([None, *UIDS[:i]])) if i else None
        position = draw(st.integers(min_value=0, max_value=3))
        tasks.append(Task(uid=UIDS[i], name=f"Task {i}", parent_uid=parent, position=position))
    return draw(st.permutations(tasks))


def _same_rows(a: list[Task], b: list[Task]) -> bool:
    return [id(t) for t in a] == [id(t) for t in b]


@given(any_tasks())
def test_rows_found_in_order_are_exactly_what_reordering_gives(tasks: list[Task]) -> None:
    if in_outline_order(tasks):
        assert _same_rows(outline._reorder(tasks), tasks)
    assert _same_rows(normalize(tasks), outline._reorder(tasks))


@given(sound_tasks())
def test_a_sound_outline_once_ordered_is_recognised_as_ordered(tasks: list[Task]) -> None:
    ordered = normalize(tasks)
    assert in_outline_order(ordered)
    assert _same_rows(normalize(ordered), ordered)


def test_damaged_outline_is_repaired() -> None:
    tasks = [
        Task(uid="child", name="Child", parent_uid="phase", position=1),
        Task(uid="orphan", name="Orphan", parent_uid="deleted", position=1),
        Task(uid="phase", name="Phase", position=0),
        Task(uid="first", name="First", parent_uid="phase", position=0),
        Task(uid="loop-a", name="Loop A", parent_uid="loop-b", position=0),
        Task(uid="loop-b", name="Loop B", parent_uid="loop-a", position=0),
    ]
    assert not in_outline_order(tasks)
    repaired = normalize(tasks)
    assert [t.uid for t in repaired] == ["phase", "first", "child", "orphan", "loop-a", "loop-b"]
    assert wbs_codes(repaired)["child"] == "1.2"


def test_siblings_out_of_position_or_a_repeated_uid_are_not_in_order() -> None:
    phase = Task(uid="phase", name="Phase")
    late = Task(uid="late", name="Late", parent_uid="phase", position=2)
    early = Task(uid="early", name="Early", parent_uid="phase", position=1)
    assert in_outline_order([phase, early, late])
    assert not in_outline_order([phase, late, early])
    assert not in_outline_order([phase, early, Task(uid="early", name="Again", position=3)])
