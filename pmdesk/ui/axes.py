"""Axis scales of the widgets' charts."""

from __future__ import annotations


def round_up(value: float) -> float:
    """A round number (1, 2, 5 x 10^k) at or above ``value``: the top of a value axis."""
    if value <= 0:
        return 1.0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for m in (1, 2, 5, 10):
        if m * power >= value:
            return m * power
    return 10 * power
