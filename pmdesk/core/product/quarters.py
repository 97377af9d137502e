"""Calendar quarters as a roadmap names them: "2027 Q2"."""

from __future__ import annotations

import re
from datetime import date, timedelta

__all__ = ["parse_quarter", "quarter_end", "quarter_of", "quarter_start", "quarter_text",
           "quarters_between"]

_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$|^\s*[Qq]([1-4])\s+(\d{4})\s*$")


def parse_quarter(text: str) -> tuple[int, int] | None:
    """``"2027 Q2"`` (also ``"2027-Q2"``, ``"Q2 2027"``) -> (2027, 2); None for anything
    else (a release name such as "1.0 launch")."""
    m = _QUARTER.match(text or "")
    if m is None:
        return None
    year, q = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if not 1900 <= int(year) <= 2199:
        return None
    return int(year), int(q)


def quarter_text(quarter: tuple[int, int]) -> str:
    return f"{quarter[0]} Q{quarter[1]}"


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_start(quarter: tuple[int, int]) -> date:
    return date(quarter[0], 3 * quarter[1] - 2, 1)


def quarter_end(quarter: tuple[int, int]) -> date:
    """The quarter's last day."""
    year, q = quarter
    first_next = date(year + 1, 1, 1) if q == 4 else date(year, 3 * q + 1, 1)
    return first_next - timedelta(days=1)


def quarters_between(first: date, last: date) -> list[tuple[int, int]]:
    """Every quarter from the one holding ``first`` to the one holding ``last``."""
    out = []
    q = quarter_of(first)
    end = quarter_of(last)
    while q <= end:
        out.append(q)
        q = (q[0] + 1, 1) if q[1] == 4 else (q[0], q[1] + 1)
    return out
