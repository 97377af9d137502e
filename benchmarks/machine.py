"""How fast this machine runs Python right now, printed beside the figures.

A shared or virtual machine can run the same code at half speed for seconds at a time
(other guests on the host, frequency scaling). ``reference_ms`` times a fixed pure-Python
loop, so a reader can tell a slow figure from a slow moment: a reference that doubled
means the machine, not pmdesk, was slow.
"""

from __future__ import annotations

import statistics
import time


def _loop() -> int:
    total = 0
    for i in range(2_000_000):
        total += i
    return total


def reference_ms(runs: int = 3) -> float:
    """Median CPU time of the reference loop, in ms."""
    times = []
    for _ in range(runs):
        began = time.process_time()
        _loop()
        times.append((time.process_time() - began) * 1000)
    return statistics.median(times)
