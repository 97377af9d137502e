"""How fast sharing runs on a large project, and how much the journal adds to a file.

    python benchmarks/share.py --tasks 20000 --edits 500 --saves 100

builds a plan (the one ``open_project.py`` builds, with e-mails, confidential tasks and
notes added), copies it as mine and theirs, makes ``--edits`` task edits on each side
(durations, names, progress; a tenth of them on the same tasks, so there are conflicts)
and prints:

- ``diff_ms``: ``pmdesk diff``'s work, both files read, both plans scheduled and compared
  (``diff_compare_ms``: the comparison alone);
- ``merge_ms``: ``pmdesk merge --prefer theirs``'s work: both files and journals read,
  the ancestor rebuilt, the merge, its schedule check and the merged file written;
- ``share_ms``: ``pmdesk share``'s work: the copy stripped, rebuilt (VACUUM) and written;
- ``journal_growth``: the file after ``--saves`` saves of a few typical edits each, against
  the same project written fresh without a journal (``journal_kb``: the journal's bytes).

Targets (issue 18): diff < 2 s, merge < 3 s, stripped copy < 3 s, growth <= 10 %.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from machine import reference_ms
from open_project import build_plan

from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch, apply_patch


def _prepared(n_tasks: int) -> Plan:
    plan = build_plan(n_tasks)
    plan.resources = [replace(r, email=f"person{i}@example.com")
                      for i, r in enumerate(plan.resources)]
    plan.tasks = [replace(t, confidential=True) if i % 500 == 250 and t.parent_uid else t
                  for i, t in enumerate(plan.tasks)]
    return plan


def _leaf_edits(plan: Plan, rng: random.Random, count: int, salt: str) -> Patch:
    parents = {t.parent_uid for t in plan.tasks}
    leaves = [t for t in plan.tasks if t.uid not in parents]
    chosen = rng.sample(leaves, count)
    edited = []
    for n, task in enumerate(chosen):
        if n % 3 == 0:
            edited.append(replace(task, duration=task.duration + 480))
        elif n % 3 == 1:
            edited.append(replace(task, name=f"{task.name} ({salt})"))
        else:
            edited.append(replace(task, percent_complete=min(100, task.percent_complete + 25)))
    return Patch(tasks=edited)


def _save_edits(path: Path, patches: list[Patch]) -> None:
    """Open ``path`` as the window does, make each patch and save after each."""
    from pmdesk.store.document import ProjectDocument
    from pmdesk.store.repository import apply_patch as store_patch

    with ProjectDocument.open(path) as doc:
        plan = doc.load_plan()
        for patch in patches:
            apply_patch(plan, patch)
            with doc.session() as session:
                store_patch(session, patch)
            doc.save(plan)


def _timed(work) -> tuple[float, object]:
    began = time.perf_counter()
    result = work()
    return (time.perf_counter() - began) * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20000)
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--saves", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("PMDESK_HOME", str(Path(tmp) / "home"))
        from pmdesk.core.merge import diff
        from pmdesk.core.schedule import finish_dates
        from pmdesk.store.document import open_plan, save_plan
        from pmdesk.store.sharing import merge_files, share_copy

        folder = Path(tmp)
        plan = _prepared(args.tasks)
        base = folder / "base.pmdesk"
        save_plan(plan, base)
        mine, theirs = folder / "mine.pmdesk", folder / "theirs.pmdesk"
        shutil.copyfile(base, mine)
        shutil.copyfile(base, theirs)
        rng = random.Random(18)
        mine_edits = _leaf_edits(plan, rng, args.edits, "mine")
        shared = list(mine_edits.tasks[: args.edits // 10])
        theirs_edits = _leaf_edits(plan, rng, args.edits - len(shared), "theirs")
        theirs_edits = Patch(tasks=[*theirs_edits.tasks,
                                    *(replace(t, duration=t.duration + 960) for t in shared)])
        _save_edits(mine, [mine_edits])
        _save_edits(theirs, [theirs_edits])
        reference = reference_ms()

        def run_diff():
            old, new = open_plan(mine), open_plan(theirs)
            dates = finish_dates(old), finish_dates(new)
            began = time.perf_counter()
            changes = diff(old, new, *dates)
            return changes, (time.perf_counter() - began) * 1000

        diff_ms, (changes, compare_ms) = _timed(run_diff)
        merge_ms, _ = _timed(lambda: merge_files(mine, theirs, folder / "merged.pmdesk",
                                                 prefer="theirs"))
        share_ms, stripped = _timed(lambda: share_copy(
            mine, folder / "shared.pmdesk", ("confidential", "costs", "emails", "personal",
                                             "notes")))
        print(f"tasks={args.tasks} edits={args.edits}/side changes={len(changes)} "
              f"diff_ms={diff_ms:.0f} diff_compare_ms={compare_ms:.0f} "
              f"merge_ms={merge_ms:.0f} share_ms={share_ms:.0f} reference_ms={reference:.0f}")

        journaled = folder / "journaled.pmdesk"
        shutil.copyfile(base, journaled)
        saves = [_leaf_edits(plan, random.Random(n), 5, f"s{n}") for n in range(args.saves)]
        began = time.perf_counter()
        _save_edits(journaled, saves)
        saves_s = time.perf_counter() - began
        final = open_plan(journaled)
        fresh = folder / "fresh.pmdesk"
        save_plan(final, fresh)
        import sqlite3

        raw = sqlite3.connect(journaled)
        journal_bytes = raw.execute(
            "SELECT coalesce(sum(length(delta)), 0) + count(*) * 120 FROM revision").fetchone()[0]
        raw.close()
        growth = journaled.stat().st_size / fresh.stat().st_size - 1
        print(f"saves={args.saves} file_kb={journaled.stat().st_size // 1024} "
              f"fresh_kb={fresh.stat().st_size // 1024} journal_kb={journal_bytes // 1024} "
              f"journal_growth={growth * 100:.1f}% save_ms={saves_s * 1000 / args.saves:.0f} "
              f"stripped={stripped.summary()!r}")


if __name__ == "__main__":
    main()
