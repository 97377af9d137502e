"""How fast the board opens and follows a drag on a big board.

    python benchmarks/board.py --cards 2000

Builds a plan of N cards (ten phases, 40 people, tags, links between neighbours) spread
over five columns, opens the board view offscreen at 1400x850 and prints:

- ``open_ms``: building the view until its first complete paint;
- ``drag_repaint_ms``: one mouse move of a drag (drop target, indicator) and the repaint it
  causes, median of many moves;
- ``drop_ms``: dropping a card in another column: the edit, rescheduling, the board rebuilt
  and repainted, median of several drops.

Targets at 2,000 cards: open < 1000 ms, drag repaint < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.model import (
    Assignment,
    BoardColumn,
    Dependency,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)

TAGS = ("ios", "android", "backend", "design", "qa", "legal", "pricing")


def build_plan(n: int) -> Plan:
    cal = standard_calendar()
    start = datetime(2025, 1, 6, 8)
    columns = [BoardColumn("c0", "Backlog", 0), BoardColumn("c1", "Ready", 1),
               BoardColumn("c2", "In progress", 2, wip_limit=n),
               BoardColumn("c3", "Review", 3, wip_limit=n),
               BoardColumn("c4", "Done", 4, done=True)]
    resources = [Resource(f"r{i}", f"Person {i}", initials=f"P{i}") for i in range(40)]
    tasks = [Task(f"ph{p}", f"Phase {p}", position=p) for p in range(10)]
    deps, assigns = [], []
    for i in range(n):
        col = i % 5
        tasks.append(Task(
            f"t{i}", f"Card {i}: a piece of work with a realistic name", parent_uid=f"ph{i % 10}",
            position=i, board_column_uid=f"c{col}", board_rank=float(i),
            percent_complete=100 if col == 4 else 50 if col in (2, 3) else 0,
            actual_start=start if col >= 2 else None,
            actual_finish=start.replace(hour=17) if col == 4 else None,
            priority=(i * 37) % 1000, tags=(TAGS[i % 7], TAGS[(i + 3) % 7])))
        assigns.append(Assignment(f"a{i}", f"t{i}", f"r{i % 40}"))
        if i >= 10:
            deps.append(Dependency(f"d{i}", f"t{i - 10}", f"t{i}"))
    return Plan(project=ProjectInfo("bench", f"Board {n}", start, calendar_uid=cal.uid),
                calendars={cal.uid: cal}, tasks=tasks, dependencies=deps, resources=resources,
                assignments=assigns, board_columns=columns)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from pmdesk.ui.board import BoardView
    from pmdesk.ui.controller import ProjectController

    controller = ProjectController(build_plan(args.cards))
    t0 = time.perf_counter()
    view = BoardView(controller)
    view.setFixedSize(1400, 850)
    view.show()
    app.processEvents()
    view.canvas.viewport().repaint()
    open_ms = (time.perf_counter() - t0) * 1000

    canvas = view.canvas
    vp = canvas.viewport()
    frames = []
    drops = []
    for k in range(5):
        uid = canvas.board.cell("", "c0")[0].uid
        start = canvas.card_viewport_rect(uid).center()
        QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(vp, start + QPoint(10, 10))
        x = int(canvas.header_rect(2).center().x())
        for step in range(20):
            t = time.perf_counter()
            QTest.mouseMove(vp, QPoint(start.x() + (x - start.x()) * step // 20, 200 + step * 10))
            vp.repaint()
            frames.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           QPoint(x, 400))
        vp.repaint()
        drops.append((time.perf_counter() - t) * 1000)
        assert controller.undo_stack.count() == k + 1, "the drop did not move the card"
    print(f"cards={args.cards} open_ms={open_ms:.0f} "
          f"drag_repaint_ms={statistics.median(frames):.1f} "
          f"drag_repaint_max_ms={max(frames):.1f} drop_ms={statistics.median(drops):.0f}")


if __name__ == "__main__":
    main()
