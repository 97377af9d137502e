"""How quickly File ▸ Compare With…'s list follows typing in its filter box.

    python benchmarks/compare_list.py --tasks 5000 --edits 1000

builds a plan (the one ``open_project.py`` builds), edits ``--edits`` of its tasks (names
and progress, so each edit is one change and no dates move), lists the changes as Compare
With does, shows the list offscreen and types a filter word key by key. Prints:

- ``changes``: the length of the list;
- ``open_ms``: building the dialog with every row;
- ``key_ms``: one keystroke until the list shows what the filter leaves (the filter
  applied, the rows hidden and shown, the view repainted), median and slowest over the
  keys of ``--word`` typed and erased again.

``--dates`` edits durations instead, so most later tasks' finishes move too: a list of
tens of thousands of changes (the sharing benchmark's diff has ~20,000).
Target (issue 18): a 1,000-change list stays responsive while typing (well under 50 ms a key).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from open_project import build_plan
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.merge import diff, digest
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.core.sharing import copy_plan


def _edited(plan, count: int, dates: bool, rng: random.Random):
    parents = {t.parent_uid for t in plan.tasks}
    leaves = [t for t in plan.tasks if t.uid not in parents]
    chosen = rng.sample(leaves, count)
    if dates:
        edits = [replace(t, duration=t.duration + 480) for t in chosen]
    else:
        edits = [replace(t, name=f"{t.name} (renamed)") if n % 2 or t.percent_complete >= 75
                 else replace(t, percent_complete=t.percent_complete + 25)
                 for n, t in enumerate(chosen)]
    new = copy_plan(plan)
    apply_patch(new, Patch(tasks=edits))
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=1000)
    parser.add_argument("--word", default="task 12")
    parser.add_argument("--dates", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from pmdesk.ui.sharing.compare_dialog import CompareDialog

    old = build_plan(args.tasks)
    new = _edited(old, args.edits, args.dates, random.Random(18))
    changes = diff(old, new, schedule(old), schedule(new))
    began = time.perf_counter()
    dialog = CompareDialog(changes, digest(changes, old, new), "old.pmdesk", lambda c: None)
    dialog.resize(760, 520)
    dialog.show()
    app.processEvents()
    open_ms = (time.perf_counter() - began) * 1000
    dialog.filter_edit.setFocus()
    keys: list[float] = []
    shown = []
    for step in [*args.word, *(Qt.Key.Key_Backspace for _ in args.word)]:
        began = time.perf_counter()
        if isinstance(step, str):
            QTest.keyClicks(dialog.filter_edit, step)
        else:
            QTest.keyClick(dialog.filter_edit, step)
        shown.append(len(dialog.shown_changes()))
        dialog.tree.viewport().repaint()
        keys.append((time.perf_counter() - began) * 1000)
    print(f"changes={len(changes)} open_ms={open_ms:.0f} "
          f"key_ms={statistics.median(keys):.1f} (slowest {max(keys):.1f}) "
          f"shown={shown[len(args.word) - 1]} of {len(changes)} after {args.word!r}")
    dialog.close()


if __name__ == "__main__":
    main()
