"""Task Information: every detail of one task in one dialog, shared by the Gantt and board.

The dialog reads the task, its links and assignments from the controller's plan, and OK
turns everything changed into one patch, one undo step. Anything that does not parse is
named under the tabs (and its tab is shown); the plan stays as it was until it is fixed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.contours import CONTOUR_NAMES, with_contours
from pmdesk.core.durations import TimeUnits, format_duration, format_lag, parse_duration
from pmdesk.core.entry import (
    assignments_patch,
    format_date,
    format_units,
    links_patch,
    parse_predecessors,
    parse_resources,
)
from pmdesk.core.model import Assignment, ConstraintType, Dependency, LinkType, Task, WorkContour
from pmdesk.core.montecarlo import format_estimates, parse_estimates
from pmdesk.core.patch import Patch
from pmdesk.core.schedule import CycleError, would_create_cycle
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import add_remove_row, error_label, tabbed_body, table_page
from pmdesk.ui.tables import cell_text, remove_selected_rows, row_table


class _Refused(Exception):
    """A field of the dialog holds what the plan cannot take: the message, the tab that
    shows the field, and the field to focus."""

    def __init__(self, message: str, tab: int, widget: QWidget | None = None) -> None:
        super().__init__(message)
        self.tab = tab
        self.widget = widget


@contextmanager
def _on_tab(tab: int, widget: QWidget | None = None) -> Iterator[None]:
    """A ValueError raised inside (a parser naming what is wrong) refuses the edit on
    ``tab``, focusing ``widget``."""
    try:
        yield
    except ValueError as exc:
        raise _Refused(str(exc), tab, widget) from exc


CONSTRAINT_NAMES = {
    ConstraintType.ASAP: "As soon as possible",
    ConstraintType.ALAP: "As late as possible",
    ConstraintType.SNET: "Start no earlier than",
    ConstraintType.SNLT: "Start no later than",
    ConstraintType.FNET: "Finish no earlier than",
    ConstraintType.FNLT: "Finish no later than",
    ConstraintType.MSO: "Must start on",
    ConstraintType.MFO: "Must finish on",
}
LINK_NAMES = {
    LinkType.FS: "Finish-to-Start (FS)",
    LinkType.SS: "Start-to-Start (SS)",
    LinkType.FF: "Finish-to-Finish (FF)",
    LinkType.SF: "Start-to-Finish (SF)",
}


class TaskDialog(QDialog):
    """General, Predecessors, Resources, Notes and Advanced details of one task."""

    def __init__(self, controller, task_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.task_uid = task_uid
        plan = controller.plan
        self.task: Task = plan.task_index()[task_uid]
        self.units = TimeUnits.of(plan.project)
        self.summary = controller.is_summary(task_uid)
        self.setWindowTitle(self.tr("Task Information — {}").format(self.task.name))
        self.setMinimumSize(560, 420)

        pages = ((self._general_tab(), self.tr("&General")),
                 (self._predecessors_tab(), self.tr("&Predecessors")),
                 (self._resources_tab(), self.tr("&Resources")),
                 (self._notes_tab(), self.tr("&Notes")),
                 (self._advanced_tab(), self.tr("&Advanced")))
        self.error_label = error_label("taskDialogError")
        self.tabs, self.buttons = tabbed_body(self, pages, self.error_label,
                                              controller.read_only, tabs_stretch=1)

    # -- tabs -------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        t = self.task
        page = QWidget()
        form = QFormLayout(page)
        self.name_edit = QLineEdit(t.name)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.duration_edit = QLineEdit(
            format_duration(t.duration, t.duration_unit, t.duration_elapsed, self.units))
        self.duration_edit.setPlaceholderText(self.tr("5d, 4h, 2w, 1mo, 3ed; 0 makes a milestone"))
        self.duration_edit.setEnabled(not self.summary)
        form.addRow(self.tr("&Duration:"), self.duration_edit)
        self.percent_spin = QSpinBox()
        self.percent_spin.setRange(0, 100)
        self.percent_spin.setSuffix(" %")
        self.percent_spin.setValue(t.percent_complete)
        self.percent_spin.setEnabled(not self.summary)
        form.addRow(self.tr("% &Complete:"), self.percent_spin)
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(0, 1000)
        self.priority_spin.setValue(t.priority)
        form.addRow(self.tr("P&riority:"), self.priority_spin)
        self.milestone_check = QCheckBox(self.tr("Show as a milestone"))
        self.milestone_check.setChecked(t.milestone)
        self.milestone_check.setEnabled(not self.summary)
        form.addRow("", self.milestone_check)
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Auto Scheduled"), False)
        self.mode_combo.addItem(self.tr("Manually Scheduled"), True)
        self.mode_combo.setCurrentIndex(1 if t.manual else 0)
        self.mode_combo.setToolTip(
            self.tr("Manual: the task keeps its dates; links do not move it"))
        form.addRow(self.tr("Task &mode:"), self.mode_combo)
        dates = self.controller.schedule.tasks.get(t.uid)
        if dates is not None:
            form.addRow(
                self.tr("Start:"), QLabel(f"{format_date(dates.start)} {dates.start:%H:%M}"))
            form.addRow(
                self.tr("Finish:"), QLabel(f"{format_date(dates.finish)} {dates.finish:%H:%M}"))
            slack = format_duration(dates.total_slack, units=self.units)
            critical = self.tr("  (critical)") if dates.critical else ""
            form.addRow(self.tr("Total slack:"), QLabel(slack + critical))
        # What really happened, as the board records it or the PM types it.
        self.actual_start_edit = DateField(t.actual_start, optional=True)
        self.actual_finish_edit = DateField(t.actual_finish, optional=True, default_time=time(17))
        for edit in (self.actual_start_edit, self.actual_finish_edit):
            edit.setEnabled(not self.summary)
        form.addRow(self.tr("Actual s&tart:"), self.actual_start_edit)
        form.addRow(self.tr("Actual &finish:"), self.actual_finish_edit)
        return page

    def _predecessors_tab(self) -> QWidget:
        self.pred_table = row_table([
            self.tr("ID"), self.tr("Task Name"), self.tr("Type"), self.tr("Lag")], stretch=1,
                                    row_numbers=False)
        self.pred_table.itemChanged.connect(self._pred_item_changed)
        rows = []
        for d in self.controller.plan.dependencies:
            if d.successor_uid == self.task_uid:
                rows.append((self.controller.row_number(d.predecessor_uid), d))
        for row, d in sorted(rows, key=lambda x: x[0]):
            self.add_predecessor_row(row, d.type, format_lag(
                d.lag, d.lag_unit, d.lag_elapsed, d.lag_percent, self.units))
        buttons, _add, self.pred_remove_button = add_remove_row(
            self.tr("&Add"), self.add_predecessor_row,
            self.tr("Re&move"), lambda: remove_selected_rows(self.pred_table))
        return table_page(self.pred_table, buttons)

    def add_predecessor_row(self, row: int | None = None, kind: LinkType = LinkType.FS,
                            lag: str = "") -> None:
        """A line of the predecessors table: row number, type and lag as typed."""
        table = self.pred_table
        r = table.rowCount()
        table.blockSignals(True)
        table.insertRow(r)
        table.setItem(r, 0, QTableWidgetItem("" if row is None else str(row)))
        name = QTableWidgetItem(self._name_of_row(row))
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(r, 1, name)
        combo = QComboBox()
        for t, label in LINK_NAMES.items():
            combo.addItem(label, t)
        combo.setCurrentIndex(list(LINK_NAMES).index(kind))
        table.setCellWidget(r, 2, combo)
        table.setItem(r, 3, QTableWidgetItem(lag))
        table.blockSignals(False)
        if row is None:
            table.setCurrentCell(r, 0)

    def _name_of_row(self, row: int | None) -> str:
        if row is None:
            return ""
        uid = self.controller.uid_for_row(row)
        task = self.controller.plan.task_index().get(uid) if uid else None
        return task.name if task else ""

    def _pred_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        text = item.text().strip()
        name = self._name_of_row(int(text)) if text.isdigit() else ""
        name_item = self.pred_table.item(item.row(), 1)
        if name_item is not None:  # every row is made with its name cell
            self.pred_table.blockSignals(True)
            name_item.setText(name)
            self.pred_table.blockSignals(False)

    def _resources_tab(self) -> QWidget:
        self.res_table = row_table([
            self.tr("Resource"), self.tr("Units"), self.tr("Work Contour")], stretch=0,
                                   row_numbers=False)
        contour_header = QTableWidgetItem("Work Contour")
        contour_header.setToolTip(
            self.tr("How the work is spread over the task. A contour other than Flat works less "
            "than the units most of the time, so the same work takes longer, as in MS Project"))
        self.res_table.setHorizontalHeaderItem(2, contour_header)
        resources = {r.uid: r for r in self.controller.plan.resources}
        for a in self.controller.plan.assignments:
            if a.task_uid == self.task_uid and a.resource_uid in resources:
                self.add_resource_row(resources[a.resource_uid].name, format_units(a.units),
                                      a.contour)
        buttons, add, _remove = add_remove_row(
            self.tr("&Assign"), self.add_resource_row,
            self.tr("Re&move"), lambda: remove_selected_rows(self.res_table))
        add.setEnabled(bool(resources))
        return table_page(self.res_table, buttons)

    def add_resource_row(self, name: str | None = None, units: str = "100%",
                         contour: WorkContour = WorkContour.FLAT) -> None:
        table = self.res_table
        r = table.rowCount()
        table.insertRow(r)
        combo = QComboBox()
        for res in self.controller.plan.resources:
            combo.addItem(res.name)
        if name is not None:
            combo.setCurrentText(name)
        table.setCellWidget(r, 0, combo)
        table.setItem(r, 1, QTableWidgetItem(units))
        shapes = QComboBox()
        for kind, label in CONTOUR_NAMES.items():
            # "Contoured" is what hand-edited timephased work is called, not a choice.
            if kind is not WorkContour.CONTOURED or contour is WorkContour.CONTOURED:
                shapes.addItem(label, kind)
        shapes.setCurrentIndex(max(0, shapes.findData(contour)))
        table.setCellWidget(r, 2, shapes)

    def _notes_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.notes_edit = QPlainTextEdit(self.task.notes)
        box.addWidget(self.notes_edit)
        self.confidential_check = QCheckBox(
            self.tr("&Confidential: the task (with its subtasks and "
                    "notes) is left out of shared copies"))
        self.confidential_check.setChecked(self.task.confidential)
        box.addWidget(self.confidential_check)
        return page

    def _advanced_tab(self) -> QWidget:
        t = self.task
        page = QWidget()
        form = QFormLayout(page)
        self.constraint_combo = QComboBox()
        for c, label in CONSTRAINT_NAMES.items():
            self.constraint_combo.addItem(label, c)
        self.constraint_combo.setCurrentIndex(list(CONSTRAINT_NAMES).index(t.constraint_type))
        form.addRow(self.tr("Con&straint:"), self.constraint_combo)
        start = self.controller.schedule.tasks.get(t.uid)
        default = t.constraint_date or (start.start if start
                                         else self.controller.plan.project.start)
        self.constraint_date = DateField(default)
        form.addRow(self.tr("Constraint &date:"), self.constraint_date)
        self.constraint_combo.currentIndexChanged.connect(self._constraint_changed)
        self._constraint_changed()
        self.deadline_check = QCheckBox(self.tr("&Deadline:"))
        self.deadline_check.setChecked(t.deadline is not None)
        self.deadline_edit = DateField(t.deadline or default, with_time=False,
                                       default_time=time(17, 0))
        self.deadline_edit.setEnabled(t.deadline is not None)
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        form.addRow(self.deadline_check, self.deadline_edit)
        self.calendar_combo = QComboBox()
        self.calendar_combo.addItem(self.tr("Project calendar"), None)
        for cal in self.controller.plan.calendars.values():
            self.calendar_combo.addItem(cal.name, cal.uid)
        i = self.calendar_combo.findData(t.calendar_uid)
        self.calendar_combo.setCurrentIndex(max(0, i))
        form.addRow(self.tr("&Calendar:"), self.calendar_combo)
        self.ignore_calendars_check = QCheckBox(self.tr("Scheduling ignores resource calendars"))
        self.ignore_calendars_check.setChecked(t.ignore_resource_calendar)
        form.addRow("", self.ignore_calendars_check)
        self.estimate_edit = QLineEdit(format_estimates(t, self.units))
        self.estimate_edit.setPlaceholderText(
            self.tr("optimistic / most likely / pessimistic, e.g. 3d / 5d / 9d"))
        self.estimate_edit.setToolTip(
            self.tr("Three-point estimate for schedule risk (Risks ▸ Schedule Risk); empty: none")
        )
        self.estimate_edit.setEnabled(not self.summary)
        form.addRow(self.tr("&Estimate:"), self.estimate_edit)
        return page

    def _constraint_changed(self) -> None:
        kind = ConstraintType(self.constraint_combo.currentData())
        self.constraint_date.setEnabled(kind.dated)

    # -- OK ---------------------------------------------------------------------------------

    def _fail(self, tab: int, message: str, widget: QWidget | None = None) -> None:
        self.tabs.setCurrentIndex(tab)
        self.error_label.setText(message)
        if widget is not None:
            widget.setFocus()

    def build_patch(self) -> Patch | None:
        """The one edit OK makes; None (with the message shown) when something is wrong."""
        t = self.task
        try:
            new = self._edited_task(t)
            link_ups, link_gone = self._link_changes(t)
            as_ups, as_gone, new = self._assignment_changes(t, new)
        except _Refused as refused:
            self._fail(refused.tab, str(refused), refused.widget)
            return None
        return Patch(
            tasks=(new,) if new != t else (),
            dependencies=link_ups,
            dependencies_removed=link_gone,
            assignments=as_ups,
            assignments_removed=as_gone,
        )

    def _edited_task(self, t: Task) -> Task:
        """``t`` with the fields of the General, Advanced and Estimate pages."""
        name = self.name_edit.text().strip()
        if not name:
            raise _Refused("A task needs a name.", 0, self.name_edit)
        new = replace(t, name=name, priority=self.priority_spin.value(),
                      notes=self.notes_edit.toPlainText(),
                      confidential=self.confidential_check.isChecked())
        if not self.summary:
            with _on_tab(0, self.duration_edit):
                d = parse_duration(self.duration_edit.text(), self.units)
            milestone = self.milestone_check.isChecked() or d.minutes == 0
            # Giving a milestone a length makes it a task unless the box was ticked on purpose.
            if t.milestone and d.minutes > 0 and d.minutes != t.duration \
                    and self.milestone_check.isChecked():
                milestone = False
            new = replace(new, duration=d.minutes, duration_unit=d.unit,
                          duration_elapsed=d.elapsed, milestone=milestone,
                          percent_complete=self.percent_spin.value())
        kind = ConstraintType(self.constraint_combo.currentData())
        with _on_tab(4):
            constraint_date = (self.constraint_date.read("Constraint date") if kind.dated
                               else None)
            deadline = (self.deadline_edit.read("Deadline") if self.deadline_check.isChecked()
                        else None)
        new = replace(new, constraint_type=kind, constraint_date=constraint_date,
                      deadline=deadline)
        if not self.summary:
            with _on_tab(0):
                new = self._with_actuals(new)
        new = replace(new, calendar_uid=self.calendar_combo.currentData(),
                      ignore_resource_calendar=self.ignore_calendars_check.isChecked())
        new = self._with_mode(t, new)
        if not self.summary:
            with _on_tab(4, self.estimate_edit):
                estimate = parse_estimates(self.estimate_edit.text(), self.units)
            o, m, p = estimate if estimate is not None else (None, None, None)
            new = replace(new, optimistic=o, most_likely=m, pessimistic=p)
        return new

    def _link_changes(self, t: Task) -> tuple[tuple[Dependency, ...], tuple[str, ...]]:
        """The predecessors table as links to save and links to remove."""
        parts = []
        for r in range(self.pred_table.rowCount()):
            row = cell_text(self.pred_table, r, 0)
            if not row:
                continue
            combo = self.pred_table.cellWidget(r, 2)
            kind_text = (LinkType(combo.currentData()).value if isinstance(combo, QComboBox)
                         else "FS")
            lag = cell_text(self.pred_table, r, 3)
            if lag and lag[0] not in "+-":
                lag = "+" + lag
            parts.append(f"{row}{kind_text}{lag}")
        plan = self.controller.plan
        with _on_tab(1, self.pred_table):
            specs = parse_predecessors(", ".join(parts), self.controller.uid_for_row, self.units,
                                       own_row=self.controller.row_number(t.uid))
        names = {x.uid: x.name for x in plan.tasks}
        for s in specs:
            cycle = would_create_cycle(plan, s.predecessor_uid, t.uid)
            if cycle:
                raise _Refused(str(CycleError(cycle, [names.get(u, u) for u in cycle])), 1,
                               self.pred_table)
        return links_patch(plan.dependencies, t.uid, specs)

    def _assignment_changes(
        self, t: Task, new: Task,
    ) -> tuple[tuple[Assignment, ...], tuple[str, ...], Task]:
        """The resources table as assignments to save and to remove, and ``new`` with the
        work contours they need."""
        plan = self.controller.plan
        res_parts = []
        shapes: list[WorkContour] = []
        for r in range(self.res_table.rowCount()):
            combo = self.res_table.cellWidget(r, 0)
            units = cell_text(self.res_table, r, 1)
            if isinstance(combo, QComboBox) and combo.currentText():
                res_parts.append(f"{combo.currentText()}[{units or '100%'}]")
                shape = self.res_table.cellWidget(r, 2)
                shapes.append(WorkContour(shape.currentData()) if isinstance(shape, QComboBox)
                              else WorkContour.FLAT)
        with _on_tab(2, self.res_table):
            res_specs = parse_resources(", ".join(res_parts), plan.resources)
        existing = [a for a in plan.assignments if a.task_uid == t.uid]
        as_ups, as_gone = assignments_patch(existing, t.uid, res_specs)
        contours = {spec.resource_uid: shape
                    for spec, shape in zip(res_specs, shapes, strict=True)}
        as_ups, new = with_contours(existing, as_ups, contours, new)
        return as_ups, as_gone, new

    def _with_mode(self, t: Task, new: Task) -> Task:
        """``new`` in the task mode chosen: switching to Manual pins the task where it is
        now, and a manual task given another duration lets its finish follow it."""
        manual = bool(self.mode_combo.currentData())
        if manual and not t.manual:
            dates = self.controller.schedule.tasks.get(t.uid)
            if dates is not None:
                new = replace(new, manual_start=dates.start, manual_finish=dates.finish)
        if manual and new.duration != t.duration:
            new = replace(new, manual_finish=None)  # the finish follows the new duration
        return replace(new, manual=manual)

    def _with_actuals(self, task: Task) -> Task:
        """``task`` with the actual dates typed; ValueError names the field that is wrong.

        An actual finish makes the task 100 % complete; neither date may lie before the
        project start (that would move the project), nor the finish before the start.
        """
        start = self.actual_start_edit.read("Actual start")
        finish = self.actual_finish_edit.read("Actual finish")
        project_start = self.controller.plan.project.start
        if start is not None and start < project_start:
            raise ValueError(
                f"Actual start: {start:%Y-%m-%d %H:%M} is before the project start "
                f"({project_start:%Y-%m-%d %H:%M}); move the project start in Project "
                "Information first")
        if finish is not None and start is None:
            raise ValueError("Actual finish: a finished task needs an actual start too")
        if finish is not None and start is not None and finish < start:
            raise ValueError(f"Actual finish: {finish:%Y-%m-%d %H:%M} is before the actual "
                             f"start ({start:%Y-%m-%d %H:%M})")
        if finish is not None:
            return replace(task, actual_start=start, actual_finish=finish, percent_complete=100)
        return replace(task, actual_start=start, actual_finish=None)

    def accept(self) -> None:
        patch = self.build_patch()
        if patch is None:
            return
        if not patch.is_empty():
            result = self.controller.edit(self.tr("Edit “{}”").format(self.task.name), patch,
                                          report=False)
            if not result:
                self._fail(self.tabs.currentIndex(), result.reason or "The change was refused.")
                return
        super().accept()
