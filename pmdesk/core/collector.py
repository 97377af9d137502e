"""Pausing the cyclic garbage collector around a burst of allocation.

Scheduling a large plan or loading one from a file allocates hundreds of thousands of
small objects that never form cycles (tuples, dataclass values); left running, the
collector walks them again and again, which costs about a third of the time.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector inside the block; it runs again afterwards only
    if it was running before (a caller that switched it off keeps it off)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
