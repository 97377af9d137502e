"""The Resources view: the resource sheet, its usage graph and resource leveling.

The sheet lists every resource with its rates, calendar and how loaded it is; an
over-allocated resource shows in red, as in Microsoft Project. Below it the usage graph
shows the selected resource's load per day or week against its capacity. "Level
Resources" delays tasks until no one is over-allocated, as one undo step; "Clear Leveling"
takes every leveling delay away again.

Usage is measured when the view is shown and after edits while it is shown, never for a
hidden view, so typing in the Gantt view of a large plan does not pay for it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.costs import resource_costs
from pmdesk.core.durations import TimeUnits, format_duration
from pmdesk.core.leveling import clear_leveling_patch, level_plan
from pmdesk.core.model import DurationUnit, Resource, ResourceType, new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.usage import UsageReport, usage
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import keys_of, view_action
from pmdesk.ui.i18n import date_text
from pmdesk.ui.layouts import column, text_toolbar
from pmdesk.ui.lazy import RefreshWhenShown
from pmdesk.ui.message_line import MessageLine
from pmdesk.ui.resources.model import Column, ResourceTableModel
from pmdesk.ui.resources.usage_chart import UsageChart
from pmdesk.ui.resources.vacations import VacationsDialog
from pmdesk.ui.tables import record_table


class ResourceView(RefreshWhenShown, QWidget):
    """Resource sheet, usage graph and leveling of the open project."""

    menu_title = str(QT_TRANSLATE_NOOP("ResourceView", "&Resources"))
    menu_entries = ("action_add_resource", "action_delete_resource", "action_vacations", None,
                    "action_level", "action_clear_leveling")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.report: UsageReport | None = None
        self.model = ResourceTableModel(controller, self)

        def hint() -> str:
            return self.tr(
                "No resources yet: the people, equipment and material the tasks are assigned "
                "to, with their costs and working time. Press {} or choose Resources ▸ Add "
                "Resource to add the first.").format(keys_of(self.action_add_resource))

        self.table = record_table(
            self.model, self.model.columns, "resourceTable", "resources/columns", hint,
            row_padding=10, legacy_keys=(
                "name", "type", "initials", "email", "group", "max_units", "standard_rate",
                "overtime_rate", "cost_per_use", "calendar", "work", "cost", "peak"))

        self.chart = UsageChart()
        self.chart.setObjectName("usageChart")
        self.periods = QLabel()
        self.periods.setObjectName("overallocatedPeriods")
        self.periods.setWordWrap(True)
        self.message = MessageLine("resourceMessage", ms=10000, warning=False, wrap=True)

        self._build_actions()
        self.toolbar = self._build_toolbar()
        lower = column((self.chart, 1), self.periods, margins=(0, 4, 0, 0))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.toolbar)
        user_settings.remember_splitter(self.splitter, "resources/splitter")
        box.addWidget(self.splitter, 1)
        box.addWidget(self.message)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        controller.changed.connect(self._on_changed)
        controller.error.connect(self.show_message)
        self._update_actions()

    # -- construction --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "",
                on_table: bool = False) -> QAction:
        return view_action(self, text, slot, shortcut, tip, (self.table,) if on_table else ())

    def _build_actions(self) -> None:
        self.action_add_resource = self._action("&Add Resource", self.add_resource, "Insert",
                                                "Add a resource to the project", on_table=True)
        self.action_delete_resource = self._action(
            "&Delete Resource", self.delete_resources, "Delete",
            "Delete the selected resources and their assignments", on_table=True)
        self.action_level = self._action(
            "&Level Resources", self.level, "Ctrl+Shift+L",
            "Delay tasks, in standard order, until no resource is over-allocated")
        self.action_clear_leveling = self._action(
            "&Clear Leveling", self.clear_leveling, None, "Remove every leveling delay")
        self.action_vacations = self._action(
            "&Vacations…", self.edit_vacations, None,
            "Edit the days off of the selected resource")

    def _build_toolbar(self) -> QToolBar:
        bar = text_toolbar(self.tr("Resources"), "resourceToolbar",
                           [self.action_add_resource, self.action_delete_resource,
                            self.action_vacations],
                           [self.action_level, self.action_clear_leveling])
        bar.addWidget(QLabel(self.tr(" Usage per ")))
        self.period = QComboBox()
        self.period.setObjectName("usagePeriod")
        self.period.addItem(self.tr("Week"), "week")
        self.period.addItem(self.tr("Day"), "day")
        self.period.setToolTip(self.tr("Show the load per day or per week"))
        self.period.currentIndexChanged.connect(lambda _i: self._show_current())
        bar.addWidget(self.period)
        self.summary = QLabel()
        self.summary.setObjectName("resourceSummary")
        bar.addSeparator()
        bar.addWidget(self.summary)
        return bar

    # -- commands ------------------------------------------------------------------------

    def selected_uids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.resource(r).uid for r in rows]

    def select_resource(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, Column.NAME))
            self.table.selectRow(row)

    def add_resource(self) -> None:
        if self.controller.read_only:
            return
        names = {r.name.casefold() for r in self.controller.plan.resources}
        n = 1
        while f"resource {n}" in names:
            n += 1
        resource = Resource(new_uid(), f"Resource {n}", ResourceType.WORK)
        if self.controller.edit(self.tr("Add resource {}").format(resource.name),
                                Patch(resources=(resource,))):
            self.select_resource(resource.uid)
            row = self.model.row_of(resource.uid)
            if row is not None:
                self.table.edit(self.model.index(row, Column.NAME))

    def delete_resources(self) -> None:
        uids = self.selected_uids()
        if not uids or self.controller.read_only:
            return
        names = [r.name for r in self.controller.plan.resources if r.uid in set(uids)]
        text = (self.tr("Delete resource {}").format(names[0]) if len(names) == 1
                else self.tr("Delete {} resources").format(len(names)))
        self.controller.edit(text, Patch(resources_removed=tuple(uids)))

    def vacation_resource(self) -> Resource | None:
        """The one selected work resource, whose vacations can be edited."""
        uids = self.selected_uids()
        if len(uids) != 1:
            return None
        resource = next((r for r in self.controller.plan.resources if r.uid == uids[0]), None)
        return resource if resource is not None and resource.type is ResourceType.WORK else None

    def edit_vacations(self) -> None:
        resource = self.vacation_resource()
        if resource is None or self.controller.read_only:
            return
        VacationsDialog(self.controller, resource.uid, self).exec()

    def level(self) -> None:
        """Level the whole project as one undo step and say what was done."""
        if self.controller.read_only:
            return
        outcome = level_plan(self.controller.plan)
        names = {r.uid: r.name for r in self.controller.plan.resources}
        tasks = self.controller.plan.task_index()
        if outcome.patch.is_empty():
            self.show_message("No task needed a delay: no resource is over-allocated by "
                              "work that can still move." if not outcome.overallocated_after
                              else "Leveling cannot remove the remaining over-allocations.")
            return
        self.controller.edit(self.tr("Level resources"), outcome.patch)
        units = TimeUnits.of(self.controller.plan.project)
        total = sum(outcome.delays.values())
        parts = [(f"Delayed {len(outcome.delays)} tasks by "
                 f"{format_duration(total, DurationUnit.DAYS, False, units)} in all."),
                 outcome.cost_text(self.controller.plan)]
        if outcome.unresolved:
            shown = ", ".join(tasks[u].name for u in outcome.unresolved[:3])
            parts.append(f"Cannot level by delay (more units than the resource has): {shown}.")
        if outcome.overallocated_after:
            parts.append("Still over-allocated (work already started or pinned): "
                         + ", ".join(names[u] for u in outcome.overallocated_after) + ".")
        self.show_message(" ".join(parts))

    def clear_leveling(self) -> None:
        if self.controller.read_only:
            return
        patch = clear_leveling_patch(self.controller.plan)
        if patch.is_empty():
            self.show_message("No task has a leveling delay.")
            return
        self.controller.edit(self.tr("Clear leveling"), patch)

    def show_message(self, text: str) -> None:
        self.message.flash(text)

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if (changes.schedule_inputs or changes.resources or changes.assignments
                or changes.calendars):
            self.mark_stale()
        self._update_actions()

    def refresh(self) -> None:
        """Measure usage and costs afresh and show them."""
        plan = self.controller.plan
        self.report = usage(plan, self.controller.schedule)
        self.model.set_figures(self.report.resources, resource_costs(plan))
        self.refreshed()
        over = self.report.overallocated()
        delayed = sum(1 for t in plan.tasks if t.leveling_delay)
        text = (self.tr("{} of {} work resources over-allocated").format(
                    len(over), len(self.report.resources))
                if over else self.tr("No resource is over-allocated"))
        if delayed:
            text += self.tr("; {} tasks delayed by leveling").format(delayed)
        self.summary.setText("  " + text)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            first = next((r for u in over if (r := self.model.row_of(u)) is not None), 0)
            self.table.setCurrentIndex(self.model.index(first, Column.NAME))
        self._show_current()
        self._update_actions()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()
        self._update_actions()

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        load = None
        if index.isValid() and self.report is not None:
            load = self.report.resources.get(self.model.resource(index.row()).uid)
        self.chart.set_load(load, self.period.currentData())
        if load is None:
            self.periods.setText("")
            return
        periods = load.over_periods()
        if not periods:
            self.periods.setText(self.tr("{} is never over-allocated.").format(load.resource.name))
            return
        shown = ", ".join(date_text(a, "ddd dd MMM") if a == b
                          else f"{date_text(a, 'ddd dd MMM')} - {date_text(b, 'ddd dd MMM')}"
                          for a, b in periods[:8])
        more = self.tr(" and {} more").format(len(periods) - 8) if len(periods) > 8 else ""
        self.periods.setText(
            self.tr("<span style='color:#c62828'><b>Over-allocated</b></span>: {}{}").format(
                shown, more))

    def _update_actions(self, *_args) -> None:
        can_edit = not self.controller.read_only
        self.action_add_resource.setEnabled(can_edit)
        self.action_delete_resource.setEnabled(can_edit and bool(self.selected_uids()))
        self.action_vacations.setEnabled(can_edit and self.vacation_resource() is not None)
        self.action_level.setEnabled(can_edit and bool(self.controller.plan.assignments))
        self.action_clear_leveling.setEnabled(
            can_edit and any(t.leveling_delay for t in self.controller.plan.tasks))
