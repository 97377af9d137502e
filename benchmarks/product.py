"""How fast the Product view opens, re-ranks after a score edit and searches research.

    python benchmarks/product.py --features 5000 --insights 20000

Builds a project of N features (scored in RICE, ICE and WSJF, tags, releases, a few pins,
every tenth linked to a task) and M insights (each evidence for two features), saves it
as a project file, opens it as the window does (working copy, search index built), then
shows the Product view offscreen at 1500x900 and prints:

- ``file_open_ms``: opening the file (copy, checks, search index) and reading the plan;
- ``view_open_ms``: building the Product view on the Backlog tab until its first paint;
- ``score_edit_ms``: typing a new reach into a feature's cell until the table shows it
  re-ranked: the edit (written to the file), the re-ranking, the rows re-ordered and the
  event loop run until the backlog table has been painted, median of several edits;
- ``chart_ms``: the same until the value-versus-effort chart (placed when the event loop
  is idle, after the table) has been painted too; for both, ``cpu_ms`` is the processor
  time pmdesk itself spent (about the wall-clock figure on an idle machine);
- ``search_ms``: a two-word search over insights and features through the file's FTS5
  index, filtering the insight table, median of several searches.

Targets at 5,000 features and 20,000 insights: view open < 1000 ms, score edit < 50 ms,
search < 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from pmdesk.core.model import Plan, ProjectInfo, Task, standard_calendar
from pmdesk.core.product.model import (
    Feature,
    FeatureStatus,
    FeatureTask,
    Insight,
    InsightLink,
    InsightSource,
    Objective,
    Product,
)

WORDS = ("offline", "pricing", "annual", "trial", "family", "coach", "streak", "billing",
         "refund", "android", "watch", "paywall", "plan", "progress", "gift", "renewal",
         "support", "download", "beginner", "runner", "strength", "yoga", "sleep", "diet")


def build_plan(features: int, insights: int, seed: int = 7) -> Plan:
    rnd = random.Random(seed)
    cal = standard_calendar()
    start = datetime(2027, 1, 4, 8)
    tasks = [Task(f"t{i}", f"Deliver part {i}", position=i, duration=480 * (1 + i % 5))
             for i in range(features // 10)]
    objectives = [Objective(f"o{i}", f"Objective {i}") for i in range(5)]
    rows = []
    for i in range(features):
        rows.append(Feature(
            f"f{i}", f"Feature {i}: {' '.join(rnd.sample(WORDS, 3))}",
            problem=" ".join(rnd.sample(WORDS, 6)),
            status=rnd.choice(list(FeatureStatus)), tags=tuple(rnd.sample(WORDS, 2)),
            release=f"2027 Q{1 + i % 4}", objective_uids=(f"o{i % 5}",),
            reach=float(rnd.randint(10, 50000)), impact=rnd.choice((3.0, 2.0, 1.0, 0.5, 0.25)),
            confidence=rnd.choice((100, 80, 50)), effort=rnd.choice((0.5, 1.0, 2.0, 3.0, 5.0)),
            ice_impact=rnd.randint(1, 10), ice_confidence=rnd.randint(1, 10),
            ice_ease=rnd.randint(1, 10), business_value=rnd.randint(1, 20),
            time_criticality=rnd.randint(1, 20), risk_reduction=rnd.randint(1, 20),
            job_size=rnd.randint(1, 20), pinned_rank=(i // 500 + 1) if i % 500 == 0 else None,
        ))
    links = [FeatureTask(f"ft{i}", f"f{i * 10}", t.uid) for i, t in enumerate(tasks)]
    notes = []
    evidence = []
    day = date(2026, 6, 1)
    for i in range(insights):
        notes.append(Insight(
            f"i{i}", " ".join(rnd.sample(WORDS, 12)), rnd.choice(list(InsightSource)),
            day + timedelta(days=i % 300), f"Segment {i % 7}", tags=tuple(rnd.sample(WORDS, 2)),
            personal=i % 50 == 0))
        for k in (0, 1):
            evidence.append(InsightLink(f"l{i}-{k}", f"i{i}", f"f{rnd.randrange(features)}"))
    project = ProjectInfo("p", "Product benchmark", start, calendar_uid=cal.uid)
    return Plan(project=project, calendars={cal.uid: cal}, tasks=tasks,
                products=[Product("pr", "Benchmark product")], objectives=objectives,
                features=rows, feature_tasks=links, insights=notes, insight_links=evidence)


class PaintClock(QObject):
    """When each of some widgets last finished painting; :meth:`wait` runs the event loop
    until all of them have, as a person would see it. ``widgets`` maps each widget to
    the scroll area whose viewport it is (None for a plain widget): the clock paints it
    itself, so that it can note the time once the painting is done."""

    def __init__(self, app, widgets: dict) -> None:
        super().__init__()
        self.app = app
        self.widgets = widgets
        self.reset()
        for w in widgets:
            w.installEventFilter(self)

    def reset(self) -> None:
        self.times = {}
        self.cpu: dict = {}

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Paint or watched not in self.widgets:
            return False
        area = self.widgets[watched]
        if area is not None:
            area.viewportEvent(event)
        else:
            watched.paintEvent(event)
        self.times[watched] = time.perf_counter()
        self.cpu[watched] = time.process_time()
        return True

    def wait(self) -> float:
        """The time the last of the widgets was painted."""
        deadline = time.perf_counter() + 5
        while len(self.times) < len(self.widgets) and time.perf_counter() < deadline:
            self.app.processEvents()
        if len(self.times) < len(self.widgets):
            raise SystemExit("a widget was never repainted after an edit")
        return max(self.times.values())


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=5000)
    parser.add_argument("--insights", type=int, default=20000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)

    from pmdesk.store.document import ProjectDocument, save_plan
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.product import ProductView

    plan = build_plan(args.features, args.insights)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "product.pmdesk"
        t = time.perf_counter()
        save_plan(plan, path)
        save_s = time.perf_counter() - t
        t = time.perf_counter()
        doc = ProjectDocument.open(path)
        loaded = doc.load_plan()
        open_s = time.perf_counter() - t
        controller = ProjectController(loaded, doc)

        t = time.perf_counter()
        view = ProductView(controller)
        view.resize(1500, 900)
        view.show_tab("backlog")
        view.show()
        app.processEvents()
        view.repaint()
        view_s = time.perf_counter() - t

        model = view.features
        column = model.columns.index("reach")
        edits, charts, writes, cpus, table_cpus = [], [], [], [], []
        write = controller._write

        def timed_write(patch):
            t0 = time.perf_counter()
            try:
                return write(patch)
            finally:
                writes.append(time.perf_counter() - t0)

        controller._write = timed_write
        table = view.backlog_table
        painted = PaintClock(app, {table.viewport(): table, view.chart: None})
        for k in range(9):
            row = model.rowCount() - 1 - k * 7  # a low-ranked feature jumps to the top
            index = model.index(row, column)
            painted.reset()
            cpu = time.process_time()
            t = time.perf_counter()
            assert model.setData(index, str(10_000_000 + k))
            charts.append(painted.wait() - t)
            cpus.append(time.process_time() - cpu)
            edits.append(painted.times[table.viewport()] - t)
            table_cpus.append(painted.cpu[table.viewport()] - cpu)
            assert view.backlog_table.model().index(0, 2).data() == model.feature(0).title

        view.show_tab("research")
        app.processEvents()
        searches = []
        for query in ("offline pricing", "annual trial", "coach streak", "refund renewal",
                      "yoga sleep", "family gift", "android watch"):
            t = time.perf_counter()
            view.search.setText(query)
            view.insight_table.viewport().repaint()
            searches.append(time.perf_counter() - t)
        found = view.insight_proxy.rowCount()
        view.close()
        doc.close()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"features={args.features} insights={args.insights} links={len(plan.insight_links)} "
          f"(load average {load:.1f} on {os.cpu_count()} cores)")
    print(f"save_ms={ms(save_s)} file_open_ms={ms(open_s)}")
    print(f"view_open_ms={ms(view_s)} (target < 1000)")
    print(f"score_edit_ms={ms(statistics.median(edits))} max={ms(max(edits))} (target < 50; "
          f"until the re-ranked table is painted; of which file write "
          f"{ms(statistics.median(writes))}); its cpu_ms={ms(statistics.median(table_cpus))}")
    print(f"chart_ms={ms(statistics.median(charts))} max={ms(max(charts))} (until the "
          f"value-versus-effort chart is painted too); its cpu_ms="
          f"{ms(statistics.median(cpus))} min={ms(min(cpus))}")
    print("(cpu_ms: pmdesk's own processor time, which other programs on a busy machine do "
          "not stretch: about the wall-clock time on an idle one)")
    print(f"search_ms={ms(statistics.median(searches))} max={ms(max(searches))} "
          f"(target < 100; last search found {found} insights)")


if __name__ == "__main__":
    main()
