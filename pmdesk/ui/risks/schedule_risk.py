"""Schedule risk: run a Monte Carlo simulation of the plan and show what it found.

The simulation runs on a snapshot of the plan in a worker thread, so the window stays
responsive and a long run can be cancelled; editing the plan meanwhile is safe (the run
keeps its snapshot) and marks the figures as out of date.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.durations import TimeUnits
from pmdesk.core.model import Plan
from pmdesk.core.montecarlo import (
    MAX_ITERATIONS,
    SimulationCancelled,
    SimulationResult,
    risks_included,
    simulate,
)
from pmdesk.core.patch import ChangeSet
from pmdesk.core.risk import in_simulation
from pmdesk.render.charts import paint_histogram, paint_s_curve
from pmdesk.ui.axes import ChartWidget
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, date_text, number
from pmdesk.ui.tables import read_only_table

DISTRIBUTION_NAMES = {"pert": "PERT-beta",
                      "triangular": QT_TRANSLATE_NOOP("ScheduleRiskPanel", "Triangular")}


def snapshot(plan: Plan) -> Plan:
    """A copy of the scheduling inputs and the risks; rows are frozen, so copying the
    lists is enough."""
    return Plan(
        project=plan.project,
        calendars=dict(plan.calendars),
        tasks=list(plan.tasks),
        dependencies=list(plan.dependencies),
        resources=list(plan.resources),
        assignments=list(plan.assignments),
        risks=list(plan.risks),
    )


class SimulationThread(QThread):
    """Runs :func:`simulate` on a snapshot; reports progress, the result or the error."""

    progressed = Signal(int)
    succeeded = Signal(object)  # SimulationResult
    failed = Signal(str)

    def __init__(self, plan: Plan, iterations: int, seed: int | None, distribution: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan = snapshot(plan)
        self._args = (iterations, seed, distribution)
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, done: int) -> bool:
        self.progressed.emit(done)
        return not self._stop.is_set()

    def run(self) -> None:
        iterations, seed, distribution = self._args
        try:
            result = simulate(self._plan, iterations, seed, distribution,  # type: ignore[arg-type]
                              progress=self._progress)
        except SimulationCancelled as exc:
            self.failed.emit(f"Cancelled: {exc}.")
        except ValueError as exc:
            self.failed.emit(str(exc))
        else:
            self.succeeded.emit(result)


# Running threads, owned here rather than by a panel: a panel closed mid-run must not
# destroy a thread that is still working (its run is cancelled and ends on its own).
_RUNNING: set[SimulationThread] = set()


def stop_simulations() -> None:
    """Cancel every running simulation and wait for it to end (the application quits)."""
    for thread in list(_RUNNING):
        thread.cancel()
        thread.wait()
    _RUNNING.clear()


class SimulationChart(ChartWidget):
    """The histogram and the S-curve of a result, side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QSize(700, 260), 200, parent=parent)
        self.simulation: SimulationResult | None = None

    def set_result(self, result: SimulationResult | None) -> None:
        self.simulation = result
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        if self.simulation is None:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                             "Run a simulation to see the spread of finish dates.")
            painter.end()
            return
        half = rect.width() / 2
        paint_histogram(painter, QRectF(rect.left(), rect.top(), half - 8, rect.height()),
                        self.simulation)
        paint_s_curve(painter, QRectF(rect.left() + half + 8, rect.top(), half - 8,
                                      rect.height()), self.simulation)
        painter.end()


class ScheduleRiskPanel(QWidget):
    """Iterations, seed and distribution; Run; then P50/P80/P90, the charts and the
    criticality index of every task."""

    finished = Signal(object)  # SimulationResult, or None when the run failed

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.simulation: SimulationResult | None = None
        self._thread: SimulationThread | None = None

        controls = self._build_controls()

        self.status = QLabel()
        self.status.setWordWrap(True)
        grid = self._build_figures()

        self.chart = SimulationChart()
        self.criticality = self._build_criticality_table()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.criticality)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 420])
        box = QVBoxLayout(self)
        box.addLayout(controls)
        box.addWidget(self.status)
        box.addLayout(grid)
        box.addWidget(splitter, 1)
        controller.changed.connect(self._on_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop_simulations)
        self._describe_inputs()

    def _build_controls(self) -> QHBoxLayout:
        """Iterations, seed, distribution, Run and the progress bar, in one row."""
        self.iterations = QSpinBox()
        self.iterations.setRange(10, MAX_ITERATIONS)
        self.iterations.setSingleStep(500)
        self.iterations.setValue(1000)
        self.iterations.setGroupSeparatorShown(True)
        self.iterations.setToolTip(self.tr("How many times to schedule the plan"))
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("random"))
        self.seed.setMaximumWidth(110)
        self.seed.setToolTip(
            self.tr("The same seed repeats a run exactly; leave empty for a new one"))
        self.distribution = QComboBox()
        for key, name in DISTRIBUTION_NAMES.items():
            self.distribution.addItem(self.tr(name), key)
        self.distribution.setToolTip(
            self.tr("PERT-beta weights the most likely duration; triangular spreads more to "
                    "the ends"))
        self.run_button = QPushButton(self.tr("&Run Simulation"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self._run_or_cancel)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        controls = QHBoxLayout()
        for label, widget in ((self.tr("Iterations"), self.iterations),
                              (self.tr("Seed"), self.seed),
                              (self.tr("Distribution"), self.distribution)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            controls.addWidget(caption)
            controls.addWidget(widget)
        controls.addWidget(self.run_button)
        controls.addWidget(self.progress)
        controls.addStretch(1)
        return controls

    def _build_figures(self) -> QGridLayout:
        """The headline figures: planned finish, P50/P80/P90, mean, chance of finishing."""
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for col, (key, title) in enumerate((
            ("planned", self.tr("Planned finish")), ("p50", "P50"), ("p80", "P80"),
            ("p90", "P90"), ("mean", self.tr("Mean ± std")),
            ("on_time", self.tr("Chance of planned finish")),
        )):
            caption = QLabel(title)
            caption.setStyleSheet("color: #5f6670;")
            value = QLabel("—")
            value.setStyleSheet("font-size: 14pt; font-weight: 600;")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, 0, col)
            grid.addWidget(value, 1, col)
            self.figures[key] = value
        grid.setColumnStretch(len(self.figures), 1)
        return grid

    def _build_criticality_table(self) -> QTableWidget:
        """Each task's share of the runs in which it was critical."""
        table = read_only_table([self.tr("WBS"), self.tr("Task"), self.tr("Criticality"),
                                 self.tr("Estimated")], stretch=1)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.setToolTip(self.tr("The share of runs in which each task was critical"))
        return table

    # -- running -------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def run_simulation(self) -> None:
        """Start a run with the panel's settings (an invalid seed is reported instead)."""
        if self._thread is not None:
            return
        text = self.seed.text().strip()
        seed: int | None = None
        if text:
            try:
                seed = int(text)
            except ValueError:
                self.status.setText(self.tr("Seed '{}' is not a whole number.").format(text))
                return
        thread = SimulationThread(self.controller.plan, self.iterations.value(), seed,
                                  self.distribution.currentData())
        thread.progressed.connect(self.progress.setValue)
        thread.succeeded.connect(self._succeeded)
        thread.failed.connect(self._failed)
        thread.finished.connect(self._thread_finished)
        self._thread = thread
        _RUNNING.add(thread)
        self.progress.setRange(0, self.iterations.value())
        self.progress.setValue(0)
        self.progress.show()
        self.run_button.setText(self.tr("&Cancel"))
        self.status.setText(self.tr("Simulating…"))
        thread.start()

    def cancel(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def wait(self) -> None:
        """Block until a running simulation ends (closing the view, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def _run_or_cancel(self) -> None:
        if self._thread is None:
            self.run_simulation()
        else:
            self.cancel()

    def _thread_finished(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.wait()
            _RUNNING.discard(thread)
        self.progress.hide()
        self.run_button.setText(self.tr("&Run Simulation"))

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.finished.emit(None)

    def _succeeded(self, result: SimulationResult) -> None:
        self.show_result(result)
        self.finished.emit(result)

    # -- showing -------------------------------------------------------------------------

    def show_result(self, result: SimulationResult) -> None:
        self.simulation = result
        self.seed.setText(str(result.seed))
        _select_data(self.distribution, result.distribution)
        f = self.figures
        f["planned"].setText(date_text(result.planned_finish, "ddd dd MMM yyyy"))
        for name, moment, _days in result.percentiles:
            f[name.lower()].setText(date_text(moment, "ddd dd MMM yyyy"))
        f["mean"].setText(f"{number(result.mean_days, 1)} ± {number(result.std_days, 1)} d")
        f["on_time"].setText(f"{result.on_time_probability:.0%}")
        self.status.setText(
            self.tr("{:,} runs, {}, seed {}; {} tasks with three-point estimates (the others keep "
                    "their duration). Durations in working days from the start.").format(
                result.iterations, self.tr(DISTRIBUTION_NAMES[result.distribution]),
                result.seed, result.estimated_tasks)
            + "\n" + self._risks_text(result))
        self.chart.set_result(result)
        rows = [c for c in result.criticality if c.index > 0 or c.estimated]
        self.criticality.setRowCount(len(rows))
        for row, c in enumerate(rows):
            items = (QTableWidgetItem(c.wbs), QTableWidgetItem(c.name),
                     QTableWidgetItem(f"{c.index:.0%}"),
                     QTableWidgetItem("yes" if c.estimated else ""))
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[1].setData(Qt.ItemDataRole.UserRole, c.uid)
            for col, item in enumerate(items):
                self.criticality.setItem(row, col, item)

    def _risks_text(self, result: SimulationResult) -> str:
        """Which risks the run included and how often each happened."""
        plan = self.controller.plan
        units = TimeUnits.of(plan.project)
        happened = "; ".join(self.tr("{} happened in {:.0%} of runs").format(
            r.text(units), r.occurred) + (f" ({r.effect_text()})" if r.effect_text() else "")
            for r in result.risks)
        return risks_included(plan, result.risks) + (f" {happened}." if happened else "")

    def _describe_inputs(self) -> None:
        plan = self.controller.plan
        estimated = sum(1 for t in plan.tasks if t.most_likely is not None)
        risky = sum(1 for r in plan.risks if in_simulation(r))
        if estimated == 0 and risky == 0:
            self.status.setText(
                self.tr("No task has a three-point estimate yet: enter optimistic, most likely "
                        "and pessimistic durations in the task dialog or the Gantt table, then "
                        "run."))
        else:
            self.status.setText(self.tr(
                "{} tasks have three-point estimates; {} risks have a schedule impact.")
                .format(estimated, risky))

    def _on_changed(self, changes: ChangeSet) -> None:
        if not (changes.schedule_inputs or changes.risks):
            return
        if self.simulation is None:
            if self._thread is None:
                self._describe_inputs()
            return
        if self._thread is None:
            self.status.setText(
                self.tr("The plan has changed since this run; run again to update it."))


def _select_data(combo: QComboBox, value: object) -> None:
    at = combo.findData(value)
    if at >= 0:
        combo.setCurrentIndex(at)
