"""Prioritising the backlog: RICE, ICE and WSJF scores, manual pins, the ranking, and
where each feature falls on the value-versus-effort chart.

The standard definitions:

- RICE = reach x impact x confidence / effort, impact on the scale 3 (massive), 2 (high),
  1 (medium), 0.5 (low), 0.25 (minimal), confidence 100, 80 or 50 %, effort in
  person-months (more than zero);
- ICE = impact x confidence x ease, each 1-10;
- WSJF = cost of delay / job size, the cost of delay being user-business value + time
  criticality + risk reduction (each 1-100, job size 1-100).

A feature whose inputs for a framework are incomplete has no score in it and ranks after
every scored feature, in backlog order. A pinned rank (:attr:`Feature.pinned_rank`) holds a
feature at that place whatever its score; the others fill the remaining places in score
order.
"""

from __future__ import annotations

import bisect
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from .model import Feature, Framework

__all__ = [
    "ICE_RANGE",
    "MANUAL",
    "RICE_CONFIDENCES",
    "RICE_IMPACTS",
    "WSJF_RANGE",
    "Quadrant",
    "Ranked",
    "ScoreOrder",
    "feature_problem",
    "ice",
    "place",
    "quadrants",
    "rank",
    "rice",
    "score",
    "score_order",
    "value_and_effort",
    "wsjf",
]

RICE_IMPACTS: tuple[float, ...] = (3.0, 2.0, 1.0, 0.5, 0.25)
RICE_CONFIDENCES: tuple[int, ...] = (100, 80, 50)
ICE_RANGE = (1, 10)
WSJF_RANGE = (1, 100)
MAX_REACH = 1e12
MAX_EFFORT = 1e6
#: Ranking by the pins and the backlog's own order only (no score).
MANUAL = "manual"


def rice(f: Feature) -> float | None:
    """Reach x impact x confidence / effort; None while an input is missing."""
    if f.reach is None or f.impact is None or f.confidence is None or not f.effort:
        return None
    return f.reach * f.impact * (f.confidence / 100) / f.effort


def ice(f: Feature) -> float | None:
    """Impact x confidence x ease; None while an input is missing."""
    if f.ice_impact is None or f.ice_confidence is None or f.ice_ease is None:
        return None
    return float(f.ice_impact * f.ice_confidence * f.ice_ease)


def wsjf(f: Feature) -> float | None:
    """(User-business value + time criticality + risk reduction) / job size."""
    parts = (f.business_value, f.time_criticality, f.risk_reduction)
    if any(p is None for p in parts) or not f.job_size:
        return None
    return sum(p for p in parts if p is not None) / f.job_size


_SCORES = {Framework.RICE: rice, Framework.ICE: ice, Framework.WSJF: wsjf}


def score(f: Feature, framework: Framework | str) -> float | None:
    """``f``'s score in ``framework`` (None for ``manual`` or incomplete inputs)."""
    if framework == MANUAL:
        return None
    return _SCORES[Framework(framework)](f)


def _scale(value: float, allowed: Sequence[float]) -> str:
    return ", ".join(f"{a:g}" for a in allowed)


def feature_problem(f: Feature) -> tuple[str, str] | None:
    """The first input of ``f`` outside its scale, as (field, what is wrong); None when
    every input is on its scale or left empty."""
    def whole_in(name: str, value: int | None, low: int, high: int) -> tuple[str, str] | None:
        if value is not None and not low <= value <= high:
            return name, f"{value} is outside {low}-{high}"
        return None

    if f.reach is not None and not (math.isfinite(f.reach) and 0 <= f.reach <= MAX_REACH):
        return "reach", f"{f.reach:g} must be a number of people from 0"
    if f.impact is not None and f.impact not in RICE_IMPACTS:
        return "impact", f"{f.impact:g} is not on the RICE scale ({_scale(0, RICE_IMPACTS)})"
    if f.confidence is not None and f.confidence not in RICE_CONFIDENCES:
        return "confidence", (f"{f.confidence} % is not on the RICE scale "
                              "(100, 80 or 50 %)")
    if f.effort is not None:
        if not math.isfinite(f.effort) or f.effort <= 0:
            return "effort", f"{f.effort:g} must be more than zero person-months"
        if f.effort > MAX_EFFORT:
            return "effort", f"{f.effort:g} person-months is more than a plan can hold"
    for name in ("ice_impact", "ice_confidence", "ice_ease"):
        problem = whole_in(name, getattr(f, name), *ICE_RANGE)
        if problem:
            return problem
    for name in ("business_value", "time_criticality", "risk_reduction", "job_size"):
        problem = whole_in(name, getattr(f, name), *WSJF_RANGE)
        if problem:
            return problem
    if f.pinned_rank is not None and f.pinned_rank < 1:
        return "pinned_rank", f"{f.pinned_rank} must be 1 or more"
    return None


def _first(entry: tuple[Any, ...]) -> Any:
    return entry[0]


class Ranked(NamedTuple):
    """A feature's place in the ranked backlog: ``rank`` from 1; ``pinned`` when a manual
    rank holds it there; ``computed`` the rank its score alone would give. (A named
    tuple: a backlog of thousands is ranked again after every score edit.)"""

    feature: Feature
    rank: int
    score: float | None
    pinned: bool
    computed: int


_Entry = tuple[tuple[int, float, int], float | None, Feature]
#: Up to this many features changed since the last ranking, it is brought up to date
#: rather than sorted again.
_FEW = 64


@dataclass(frozen=True, slots=True)
class ScoreOrder:
    """A backlog in score order before pins (scored first, highest score, list order):
    kept so that a score edit re-ranks a big backlog by moving the features it changed
    rather than sorting them all again."""

    by: str
    features: tuple[Feature, ...]
    entries: tuple[_Entry, ...]


def _entry(measure: Any, f: Feature, i: int) -> _Entry:
    if measure is None:
        return (0, 0.0, i), None, f
    value = measure(f)
    return ((0, -value, i) if value is not None else (1, 0.0, i)), value, f


def score_order(features: Sequence[Feature], by: Framework | str,
                previous: ScoreOrder | None = None) -> ScoreOrder:
    """``features`` in score order by ``by``; from ``previous`` when only a few features
    were replaced (same uids in the same places), as after a score edit."""
    by = str(by.value if isinstance(by, Framework) else by)
    measure = None if by == MANUAL else _SCORES[Framework(by)]
    seen = tuple(features)
    if previous is not None and previous.by == by and len(previous.features) == len(seen):
        changed = [i for i, (a, b) in enumerate(zip(previous.features, seen, strict=True))
                   if a is not b]
        if len(changed) <= _FEW and all(previous.features[i].uid == seen[i].uid
                                        for i in changed):
            entries = list(previous.entries)
            for i in changed:
                old = _entry(measure, previous.features[i], i)
                del entries[bisect.bisect_left(entries, old[0], key=_first)]
            for i in changed:
                bisect.insort(entries, _entry(measure, seen[i], i), key=_first)
            return ScoreOrder(by, seen, tuple(entries))
    entries = [_entry(measure, f, i) for i, f in enumerate(seen)]
    entries.sort(key=_first)  # plain tuples, compared in C
    return ScoreOrder(by, seen, tuple(entries))


def rank(features: Sequence[Feature], by: Framework | str,
         previous: ScoreOrder | None = None) -> list[Ranked]:
    """The backlog in rank order by ``by`` (a framework, or :data:`MANUAL`), pins held."""
    return place(score_order(features, by, previous))


def place(order: ScoreOrder) -> list[Ranked]:
    """The ranking of a backlog in ``order``: pinned features held at their ranks, the
    others filling the remaining places in score order."""
    entries = order.entries
    size = len(entries)
    pinned = [(e[2].pinned_rank, n, e) for n, e in enumerate(entries, 1)
              if e[2].pinned_rank is not None]
    make = tuple.__new__  # thousands of named tuples, made without the keyword layer
    if not pinned:
        return [make(Ranked, (f, n, s, False, n)) for n, (_k, s, f) in enumerate(entries, 1)]
    pinned.sort(key=lambda p: (p[0], p[1]))
    slots: dict[int, tuple[int, _Entry]] = {}  # place (from 0) -> (computed rank, entry)
    for want_rank, computed, entry in pinned:
        want = min(want_rank or 1, size) - 1
        place_at = next((p for p in range(want, size) if p not in slots), None)
        if place_at is None:
            place_at = next(p for p in range(want, -1, -1) if p not in slots)
        slots[place_at] = (computed, entry)
    held = {computed for computed, _e in slots.values()}
    # The others in score order, the pinned ones put in at their places (few: cheap).
    merged = [(n, e) for n, e in enumerate(entries, 1) if n not in held]
    for place_at in sorted(slots):
        merged.insert(place_at, slots[place_at])
    return [make(Ranked, (f, n, s, n - 1 in slots, computed))
            for n, (computed, (_k, s, f)) in enumerate(merged, 1)]


class Quadrant(StrEnum):
    """Where a feature falls on the value/effort chart."""

    QUICK_WIN = "quick win"  # high value, low effort
    BIG_BET = "big bet"  # high value, high effort
    FILL_IN = "fill-in"  # low value, low effort
    TIME_SINK = "time sink"  # low value, high effort


def _rice_place(f: Feature) -> tuple[float, float] | None:
    if f.reach is None or f.impact is None or f.confidence is None or not f.effort:
        return None
    return f.reach * f.impact * f.confidence / 100, f.effort


def _ice_place(f: Feature) -> tuple[float, float] | None:
    if f.ice_impact is None or f.ice_confidence is None or f.ice_ease is None:
        return None
    return float(f.ice_impact * f.ice_confidence), float(11 - f.ice_ease)


def _wsjf_place(f: Feature) -> tuple[float, float] | None:
    if wsjf(f) is None:
        return None
    parts = (f.business_value or 0) + (f.time_criticality or 0) + (f.risk_reduction or 0)
    return float(parts), float(f.job_size or 0)


_PLACES = {Framework.RICE: _rice_place, Framework.ICE: _ice_place,
           Framework.WSJF: _wsjf_place}


def value_and_effort(f: Feature, framework: Framework | str) -> tuple[float, float] | None:
    """Where ``f`` sits on the value-versus-effort chart in ``framework``'s terms: RICE's
    reach x impact x confidence against effort, ICE's impact x confidence against the
    opposite of ease, WSJF's cost of delay against job size. None when not scored."""
    return _PLACES[Framework.RICE if framework == MANUAL else Framework(framework)](f)


def quadrants(
    features: Sequence[Feature], framework: Framework | str
) -> tuple[dict[str, Quadrant], float, float]:
    """Each placed feature's quadrant, split at the median value and median effort of the
    placed features (so the chart always divides the backlog, whatever its units); the
    two medians."""
    return split(placed_features(features, framework))


def placed_features(features: Sequence[Feature], framework: Framework | str
                    ) -> dict[str, tuple[float, float]]:
    """(value, effort) of each feature the chart places, by uid."""
    where = _PLACES[Framework.RICE if framework == MANUAL else Framework(framework)]
    return {f.uid: p for f in features if (p := where(f)) is not None}


def split(placed: dict[str, tuple[float, float]]) -> tuple[dict[str, Quadrant], float, float]:
    """The quadrants of placed features, split at their medians; the two medians."""
    if not placed:
        return {}, 0.0, 0.0
    mid_value = statistics.median(v for v, _e in placed.values())
    mid_effort = statistics.median(e for _v, e in placed.values())
    corner = {(True, True): Quadrant.QUICK_WIN, (True, False): Quadrant.BIG_BET,
              (False, True): Quadrant.FILL_IN, (False, False): Quadrant.TIME_SINK}
    out = {uid: corner[value >= mid_value, effort <= mid_effort]
           for uid, (value, effort) in placed.items()}
    return out, mid_value, mid_effort
