"""MS Project's work contours: how an assignment's units vary over its duration.

A standard contour divides an assignment into ten segments of equal working time and
works each at a share of the assigned (peak) units. The shares are those of Microsoft's
own description of the predefined contours (Project 2000 "Entering Assignments",
PSS Learning Services: one table of units per tenth for each contour, and its "units
scaled average", the mean share: 100 % flat, 60 % back and front loaded, 70 % turtle,
50 % for the others).

Since a contour works less than the peak units for most of the assignment, the same
work takes longer: MS Project keeps the work and the peak units and stretches the
duration by 1 / average (a five-day task at 100 % takes ten days with a bell contour,
8.33 with a back-loaded one). A task's stored duration is that stretched duration, so
an assignment's work is its duration x units x the contour's average.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .model import Assignment, Task, WorkContour

# Percent of the assigned units worked in each tenth of the assignment's duration.
CONTOUR_UNITS: dict[WorkContour, tuple[int, ...]] = {
    WorkContour.FLAT: (100,) * 10,
    WorkContour.BACK_LOADED: (10, 15, 25, 50, 50, 75, 75, 100, 100, 100),
    WorkContour.FRONT_LOADED: (100, 100, 100, 75, 75, 50, 50, 25, 15, 10),
    WorkContour.DOUBLE_PEAK: (25, 50, 100, 50, 25, 25, 50, 100, 50, 25),
    WorkContour.EARLY_PEAK: (25, 50, 100, 100, 75, 50, 50, 25, 15, 10),
    WorkContour.LATE_PEAK: (10, 15, 25, 50, 50, 75, 100, 100, 50, 25),
    WorkContour.BELL: (10, 20, 40, 80, 100, 100, 80, 40, 20, 10),
    WorkContour.TURTLE: (25, 50, 75, 100, 100, 100, 100, 75, 50, 25),
}

# What a PM sees in a contour list, in MS Project's order.
CONTOUR_NAMES: dict[WorkContour, str] = {
    WorkContour.FLAT: "Flat",
    WorkContour.BACK_LOADED: "Back Loaded",
    WorkContour.FRONT_LOADED: "Front Loaded",
    WorkContour.DOUBLE_PEAK: "Double Peak",
    WorkContour.EARLY_PEAK: "Early Peak",
    WorkContour.LATE_PEAK: "Late Peak",
    WorkContour.BELL: "Bell",
    WorkContour.TURTLE: "Turtle",
    WorkContour.CONTOURED: "Contoured",
}


def average_units(contour: WorkContour) -> float:
    """The mean share of the units a contour works (1.0 flat, 0.5 bell, 0.7 turtle).

    A hand-edited ("contoured") assignment keeps the duration its timephased work gave
    it and counts as flat here."""
    shares = CONTOUR_UNITS.get(contour)
    return 1.0 if shares is None else sum(shares) / (100 * len(shares))


def assignment_work(duration: int, units: float, contour: WorkContour) -> float:
    """Minutes of work of an assignment over ``duration`` working minutes."""
    return duration * units * average_units(contour)


def contoured_duration(duration: int, old: WorkContour, new: WorkContour) -> int:
    """The duration that keeps an assignment's work when its contour changes from ``old``
    to ``new`` (its peak units kept): 2400 minutes flat become 4800 bell."""
    return round(duration * average_units(old) / average_units(new))


def segments(contour: WorkContour) -> tuple[float, ...] | None:
    """The share of the units worked in each tenth of the duration; None for flat (and
    hand-edited) contours, which work their units throughout."""
    shares = CONTOUR_UNITS.get(contour)
    if shares is None or contour is WorkContour.FLAT:
        return None
    return tuple(s / 100 for s in shares)


def with_contours(
    existing: Sequence[Assignment],
    upserts: Sequence[Assignment],
    contours: Mapping[str, WorkContour],
    task: Task,
) -> tuple[tuple[Assignment, ...], Task]:
    """Give a task's assignments the contours chosen (by resource uid), as MS Project
    applies them to a task of fixed units: each assignment whose contour changes keeps
    its work and peak units, so it lasts longer (or shorter), and the task lasts as long
    as its longest assignment. ``existing`` are the task's assignments before the edit,
    ``upserts`` those the edit adds or changes otherwise (a new one starts flat).

    Returns the assignments to upsert and the task with its new duration (a manually
    scheduled task's finish then follows its duration)."""
    before = {a.resource_uid: a for a in existing if a.task_uid == task.uid}
    changed = {a.resource_uid: a for a in upserts}
    out = dict(changed)
    spans: list[int] = []
    moved = False
    for resource_uid, contour in contours.items():
        current = changed.get(resource_uid) or before.get(resource_uid)
        if current is None:
            continue
        old = before[resource_uid].contour if resource_uid in before else WorkContour.FLAT
        if contour != current.contour:
            out[resource_uid] = replace(current, contour=contour)
        if contour == old:
            spans.append(task.duration)
        else:
            moved = True
            spans.append(contoured_duration(task.duration, old, contour))
    if not moved or task.duration_elapsed or task.duration == 0:
        return tuple(out.values()), task
    duration = max(spans)
    if duration == task.duration:
        return tuple(out.values()), task
    stretched = replace(task, duration=duration)
    if task.manual:
        stretched = replace(stretched, manual_finish=None)
    return tuple(out.values()), stretched
