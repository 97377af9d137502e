"""Predecessors, resources and dates as typed into the task sheet."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from pmdesk.core.durations import Lag
from pmdesk.core.entry import (
    LinkSpec,
    ResourceSpec,
    assignments_patch,
    format_date,
    format_predecessors,
    format_resources,
    links_patch,
    parse_date,
    parse_predecessors,
    parse_resources,
)
from pmdesk.core.model import Assignment, Dependency, DurationUnit, LinkType, Resource

ROWS = {1: "t1", 3: "t3", 5: "t5", 7: "t7"}
ROW_OF = {uid: n for n, uid in ROWS.items()}
RESOURCES = [
    Resource("r1", "Ana Silva", initials="AS"),
    Resource("r2", "Ben"),
    Resource("r3", "Cement", initials="C"),
]


def test_predecessors_as_ms_project_writes_them() -> None:
    specs = parse_predecessors("3FS+2d, 5SS-1d, 7FF+50%", ROWS.get)
    assert specs == [
        LinkSpec(3, "t3", LinkType.FS, Lag(960, DurationUnit.DAYS)),
        LinkSpec(5, "t5", LinkType.SS, Lag(-480, DurationUnit.DAYS)),
        LinkSpec(7, "t7", LinkType.FF, Lag(percent=50)),
    ]


def test_type_and_lag_are_optional_and_case_free() -> None:
    assert parse_predecessors("3; 5sf", ROWS.get) == [
        LinkSpec(3, "t3"), LinkSpec(5, "t5", LinkType.SF)]
    assert parse_predecessors("  ", ROWS.get) == []
    assert parse_predecessors("3+1ed", ROWS.get)[0].lag == Lag(1440, DurationUnit.DAYS, True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("3XY", "'3XY' is not a predecessor: use a row number"),
        ("9", "'9': there is no task in row 9"),
        ("3, 3SS", "row 3 is listed twice"),
        ("1", "cannot be its own predecessor"),
        ("3FS+2x", "'3FS\\+2x': '\\+2x' is not a lag"),
        ("FS3", "'FS3' is not a predecessor"),
    ],
)
def test_bad_predecessors_name_the_bad_part(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_predecessors(text, ROWS.get, own_row=1)


def test_predecessors_read_back_in_row_order() -> None:
    deps = [
        Dependency("d1", "t7", "x", LinkType.FF, lag_percent=50),
        Dependency("d2", "t3", "x", LinkType.FS),
        Dependency("d3", "t5", "x", LinkType.SS, lag=-480),
        Dependency("d4", "t1", "x", LinkType.FS, lag=960),
    ]
    assert format_predecessors(deps, ROW_OF.get) == "1FS+2d, 3, 5SS-1d, 7FF+50%"


def test_typed_links_round_trip() -> None:
    text = "1FS+2d, 3, 5SS-1d, 7FF+50%"
    ups, gone = links_patch([], "x", parse_predecessors(text, ROWS.get))
    assert gone == ()
    assert format_predecessors(ups, ROW_OF.get) == text


def test_retyping_links_keeps_unchanged_ones_and_removes_dropped_ones() -> None:
    existing = [
        Dependency("keep", "t3", "x"),
        Dependency("edit", "t5", "x", LinkType.FS),
        Dependency("drop", "t7", "x"),
        Dependency("other", "t3", "t5"),
    ]
    ups, gone = links_patch(existing, "x", parse_predecessors("3, 5SS", ROWS.get))
    assert [(d.uid, d.type) for d in ups] == [("edit", LinkType.SS)]
    assert gone == ("drop",)


def test_resources_by_name_or_initials_with_units() -> None:
    specs = parse_resources("Ana Silva[50%], ben, c[12]", RESOURCES)
    assert specs == [ResourceSpec("r1", 0.5), ResourceSpec("r2", 1.0), ResourceSpec("r3", 12.0)]
    assert parse_resources("as [ 25 % ]", RESOURCES) == [ResourceSpec("r1", 0.25)]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Zed", "'Zed' is not a resource of this project"),
        ("Ben, ben", "Ben is listed twice"),
        ("Ben[lots]", "'lots' is not an amount"),
        ("Ben[0%]", "more than 0%"),
        ("Ben[50%", "is not a resource"),
    ],
)
def test_bad_resources_name_the_bad_part(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_resources(text, RESOURCES)


def test_resources_read_back_as_typed_and_patch_minimally() -> None:
    by_uid = {r.uid: r for r in RESOURCES}
    existing = [Assignment("a1", "t", "r1", 0.5), Assignment("a2", "t", "r2", 1.0)]
    assert format_resources(existing, by_uid) == "Ana Silva[50%], Ben"
    ups, gone = assignments_patch(existing, "t", parse_resources("Ana Silva[75%], C", RESOURCES))
    assert (ups[0].uid, ups[0].resource_uid, ups[0].units) == ("a1", "r1", 0.75)
    assert ups[1].resource_uid == "r3" and ups[1].task_uid == "t"
    assert gone == ("a2",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-05", datetime(2025, 3, 5, 8, 0)),
        ("5/3/2025", datetime(2025, 3, 5, 8, 0)),
        ("05.03.2025", datetime(2025, 3, 5, 8, 0)),
        ("5 Mar 2025", datetime(2025, 3, 5, 8, 0)),
        ("Wed 05 Mar 2025", datetime(2025, 3, 5, 8, 0)),
        ("2025-03-05 13:30", datetime(2025, 3, 5, 13, 30)),
        ("5 Mar", datetime(2031, 3, 5, 8, 0)),
    ],
)
def test_dates_iso_or_day_first(text: str, expected: datetime) -> None:
    assert parse_date(text, time(8, 0), today=date(2031, 1, 1)) == expected


@pytest.mark.parametrize("text", ["31/02/2025", "soon", "", "2025-13-01", "-5", "+3"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(text)


def test_dates_read_back() -> None:
    shown = format_date(datetime(2025, 3, 5, 17, 0))
    assert shown == "Wed 05 Mar 2025"
    assert parse_date(shown).date() == date(2025, 3, 5)


def test_unknown_resources_are_named_together_after_the_rest_is_checked() -> None:
    from pmdesk.core.entry import UnknownResourceError

    with pytest.raises(UnknownResourceError) as caught:
        parse_resources("Ana Silva, Cara[50%], dee, Dee", RESOURCES)
    assert caught.value.names == ("Cara", "dee")
    assert str(caught.value) == "'Cara', 'dee' are not resources of this project"
    with pytest.raises(ValueError, match="'lots' is not an amount") as caught:
        parse_resources("Cara[lots]", RESOURCES)
    assert not isinstance(caught.value, UnknownResourceError)
