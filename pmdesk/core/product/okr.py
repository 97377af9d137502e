"""Objectives and key results: a key result's progress and its objective's."""

from __future__ import annotations

import math
from collections.abc import Iterable

from .model import KeyResult

__all__ = ["key_result_problem", "objective_progress", "progress"]


def progress(kr: KeyResult) -> float:
    """(current - baseline) / (target - baseline), clamped to 0-1 (0-100 %). Works for a
    key result that goes down (a churn from 8 % to 5 %) as for one that goes up."""
    span = kr.target - kr.baseline
    if span == 0:
        return 0.0
    return min(1.0, max(0.0, (kr.current - kr.baseline) / span))


def objective_progress(key_results: Iterable[KeyResult]) -> float | None:
    """The mean progress of an objective's key results; None without any."""
    values = [progress(kr) for kr in key_results]
    return sum(values) / len(values) if values else None


def key_result_problem(kr: KeyResult) -> tuple[str, str] | None:
    """What makes ``kr`` unmeasurable, as (field, what is wrong); None when it is sound."""
    for name in ("baseline", "target", "current"):
        value = getattr(kr, name)
        if not math.isfinite(value):
            return name, f"{value} is not a number"
    if kr.target == kr.baseline:
        return "target", f"{kr.target:g} equals the baseline, so progress cannot be measured"
    if not 0 <= kr.confidence <= 100:
        return "confidence", f"{kr.confidence} is outside 0-100 %"
    return None
