"""The Product view's Backlog tab: the features in rank order by the project's framework
(RICE, ICE or WSJF), every score input an editable column, pins by typing a rank or
dragging a row, filters by status, tag, objective and release, the value-versus-effort
chart, and the selected feature's problem, description (Markdown, rendered) and evidence.

Every edit is one patch through the controller (one undo step)."""

from __future__ import annotations

import dataclasses
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QTextBrowser,
    QWidget,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product import edits
from pmdesk.core.product.columns import SCORE_COLUMNS, Backlog
from pmdesk.core.product.model import Feature, FeatureStatus, Framework, Product
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import keys_of, view_action
from pmdesk.ui.dialog_parts import ask_file
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word, undo_words
from pmdesk.ui.layouts import text_toolbar
from pmdesk.ui.product.chart import ValueEffortChart
from pmdesk.ui.product.dialogs import FeatureDialog, LinkTasksDialog
from pmdesk.ui.product.models import UNPIN
from pmdesk.ui.product.parts import ProductTab, filter_combo, refill_combo
from pmdesk.ui.product.table import BacklogProxy, RecordTable

__all__ = ["BacklogTab"]

_TITLE = 2  # the column a selection lands on
_translate = QCoreApplication.translate  # the tab's words are the Product view's


class BacklogTab(ProductTab):
    """The ranked backlog, its chart and the selected feature."""

    key = "backlog"
    title = str(QT_TRANSLATE_NOOP("ProductView", "Backlog"))

    def __init__(self, view) -> None:
        super().__init__(view)
        self.features = view.features
        self.proxy = BacklogProxy(self)
        self.table = RecordTable(
            self.features, self.proxy, "backlogTable", "product/backlog", self.add_feature,
            self.delete_features, empty_hint=lambda: self.tr(
                "No features yet: what the product should do next, scored and ranked, then "
                "placed on the roadmap. Press {} or choose Product ▸ New Feature to add the "
                "first.").format(keys_of(self.action_add)))
        self._make_actions()
        self._allow_drags()
        self.chart = ValueEffortChart()
        self.chart.featureClicked.connect(lambda uid: self.table.select_uid(uid, _TITLE))
        self.detail = QTextBrowser()
        self.detail.setObjectName("featureDetail")
        self.detail.setOpenExternalLinks(False)
        self.count = QLabel()
        self.split = self.lay_out(self._toolbar(), self.table, self.count,
                                  (self.chart, self.detail), [380, 300], [1000, 480])
        user_settings.remember_splitter(self.split, "product/backlog_splitter")
        self._framework_shown: str | None = None
        self._filter_lists: tuple | None = None

    def _make_actions(self) -> None:
        view, table = self.view, self.table
        self.action_add = view_action(view, "New &Feature", self.add_feature, "Ctrl+Shift+N",
                                      "Add a feature to the backlog")
        self.action_delete = view_action(view, "&Delete Features", self.delete_features, None,
                                         "Delete the selected features")
        self.action_edit = view_action(
            view, "&Edit Feature…", self.edit_feature, "Shift+F2",
            "Every field of the feature: problem, Markdown description, parent, objectives",
            (table,))
        self.action_plan = view_action(view, "&Plan This Feature", self.plan_feature,
                                       "Ctrl+Shift+M", "Create a summary task group for it "
                                       "in the Gantt view")
        self.action_link_tasks = view_action(view, "&Link Tasks…", self.link_tasks, None,
                                             "Link existing tasks to the feature")
        self.action_move_up = view_action(view, "Move &Up", lambda: self.move_feature(-1),
                                          "Ctrl+Up", "Pin the feature one rank higher",
                                          (table,))
        self.action_move_down = view_action(view, "Move &Down", lambda: self.move_feature(1),
                                            "Ctrl+Down", "Pin the feature one rank lower",
                                            (table,))
        self.action_unpin = view_action(view, "U&npin", self.unpin_feature, "Ctrl+Backspace",
                                        "Back to the rank its score gives", (table,))
        self.action_save_chart = view_action(view, "Save &Chart…", self.save_chart, None,
                                             "Save the value-versus-effort chart as PNG or PDF")
        group = QActionGroup(self)
        self.rank_actions: dict[str, QAction] = {}
        for fw in Framework:
            name = fw.value.upper()
            action = view_action(view, _translate("ProductView", "Rank by {}").format(name),
                                 partial(self.rank_by, fw), None,
                                 _translate("ProductView", "Rank the backlog by its {} scores")
                                 .format(name))
            action.setCheckable(True)
            group.addAction(action)
            self.rank_actions[fw.value] = action
        table.selectionModel().currentRowChanged.connect(lambda *_: self.show_feature())
        table.doubleClicked.connect(self._double_clicked)

    def _allow_drags(self) -> None:
        table = self.table
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)

    def _toolbar(self) -> QWidget:
        bar = text_toolbar(self.tr("Backlog"), "backlogToolbar")
        bar.addActions([self.action_add, self.action_edit, self.action_delete])
        bar.addSeparator()
        bar.addActions([self.action_plan, self.action_link_tasks, self.action_move_up,
                        self.action_move_down, self.action_unpin])
        bar.addSeparator()
        self.framework = QComboBox()
        self.framework.setObjectName("frameworkChoice")
        self.framework.setToolTip(self.tr("Rank the backlog by"))
        for fw in Framework:
            self.framework.addItem(
                _translate("ProductView", "Rank by {}").format(fw.value.upper()), fw.value)
        self.framework.activated.connect(
            lambda _i: self.rank_by(Framework(self.framework.currentData())))
        bar.addWidget(self.framework)
        self.status_filter = filter_combo(
            self.tr("All statuses"), [(core_word(s.value), s) for s in FeatureStatus],
                                          self.apply_filters)
        self.tag_filter = filter_combo(self.tr("All tags"), [], self.apply_filters)
        self.objective_filter = filter_combo(self.tr("All objectives"), [], self.apply_filters)
        self.release_filter = filter_combo(self.tr("All releases"), [], self.apply_filters)
        for combo in (self.status_filter, self.tag_filter, self.objective_filter,
                      self.release_filter):
            bar.addWidget(combo)
        bar.addSeparator()
        bar.addAction(self.action_save_chart)
        return bar

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_add, self.action_edit, self.action_delete, None,
                self.action_plan, self.action_link_tasks, None, self.action_move_up,
                self.action_move_down, self.action_unpin, None,
                *self.rank_actions.values(), None, self.action_save_chart]

    # -- refreshing ----------------------------------------------------------------------

    def refresh(self, changes: ChangeSet, backlog: Backlog) -> None:
        if changes.product or changes.project:
            self._fill_filters()
            if backlog.framework != self._framework_shown:
                self._framework_shown = backlog.framework
                self.framework.setCurrentIndex(self.framework.findData(backlog.framework))
                if backlog.framework in self.rank_actions:
                    self.rank_actions[backlog.framework].setChecked(True)
                self._show_framework_columns(backlog.framework)
        self.chart.set_backlog(backlog)
        self.table.select_first(_TITLE)
        self.show_feature()
        self.show_count()

    def show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.features.rowCount()
        self.count.setText(self.tr("{} of {} features").format(shown, total) if shown != total
                           else self.tr("{} features").format(total))

    def _show_framework_columns(self, framework: str) -> None:
        header = self.table.horizontalHeader()
        for fw, keys in SCORE_COLUMNS.items():
            for key in keys:
                if key != "effort":
                    header.setSectionHidden(self.features.columns.index(key), fw != framework)

    def _fill_filters(self) -> None:
        plan = self.controller.plan
        lists = (
            [(t, t) for t in sorted({t for f in plan.features for t in f.tags})],
            [(o.text, o.uid) for o in plan.objectives],
            [(r, r) for r in sorted({f.release for f in plan.features if f.release})],
        )
        if lists == self._filter_lists:
            return
        self._filter_lists = lists
        for combo, items in zip((self.tag_filter, self.objective_filter, self.release_filter),
                                lists, strict=True):
            refill_combo(combo, items, keep=1)
        self.apply_filters()

    def apply_filters(self) -> None:
        proxy = self.proxy
        proxy.status = self.status_filter.currentData()
        proxy.tag = self.tag_filter.currentData()
        proxy.objective = self.objective_filter.currentData()
        proxy.release = self.release_filter.currentData()
        proxy.refilter()
        self.show_count()

    # -- the selected feature ------------------------------------------------------------

    def current_feature(self) -> Feature | None:
        return self.table.current_value()

    def show_feature(self) -> None:
        f = self.current_feature()
        self.chart.set_selected(f.uid if f else None)
        if f is None:
            self.detail.setMarkdown("*Select a feature to see its problem, description and "
                                    "evidence.*")
            return
        backlog = self.view.shared.backlog
        quotes = backlog.evidence_for(f.uid)
        ranked = backlog.ranks.get(f.uid)
        lines = [f"## {f.title}"]
        if ranked is not None:
            lines.append(self.tr("Rank {}").format(ranked.rank) + (
                self.tr(" (pinned; computed {})").format(ranked.computed)
                if ranked.pinned else ""))
        if f.problem:
            lines += ["", self.tr("**Problem.** {}").format(f.problem)]
        if f.description:
            lines += ["", f.description]
        lines += ["", self.tr("### Evidence ({})").format(len(quotes))]
        for i in quotes:
            who = self.tr("confidential") if i.personal else i.segment
            lines.append(f"- *{core_word(i.source.value)}, {who}*: {i.text}")
        self.detail.setMarkdown("\n".join(lines))

    # -- commands ------------------------------------------------------------------------

    def _chosen(self) -> Feature | None:
        """The current feature, with the Backlog tab shown (a menu command acts on it)."""
        self.view.show_tab(self.key)
        return self.current_feature()

    def add_feature(self) -> None:
        feature = Feature(new_uid(), "New feature")
        if self.controller.edit(self.tr("Add feature"), Patch(features=(feature,))):
            self.view.show_tab(self.key)
            self.table.type_into(feature.uid, self.features.columns.index("title"))

    def delete_features(self) -> None:
        self.view.show_tab(self.key)
        self.delete_chosen(self.table, "features", lambda chosen: (
            self.tr("Delete feature “{}”").format(chosen[0].title) if len(chosen) == 1
            else self.tr("Delete {} features").format(len(chosen))))

    def move_feature(self, step: int) -> None:
        f = self._chosen()
        ranking = self.view.shared.backlog
        ranked = ranking.ranks.get(f.uid) if f else None
        if f is None or ranked is None:
            return
        target = ranked.rank + step
        if 1 <= target <= len(ranking.ranking):
            self.features.pin_at(f.uid, target)
            self.table.select_uid(f.uid, self.table.currentIndex().column())

    def unpin_feature(self) -> None:
        f = self._chosen()
        if f is not None and f.pinned_rank is not None:
            self.controller.edit(undo_words(UNPIN, name=f.title), edits.move_to_rank(
                self.view.shared.backlog.ranking, f.uid, None))

    def plan_feature(self) -> None:
        f = self._chosen()
        if f is None:
            return
        try:
            patch = edits.plan_feature(self.controller.plan, f.uid)
        except edits.ProductError as exc:
            self.controller.error.emit(str(exc))
            return
        self.controller.edit(self.tr("Plan feature “{}”").format(f.title), patch)

    def edit_feature(self) -> None:
        f = self._chosen()
        if f is not None:
            FeatureDialog(self.controller, f.uid, self).exec()

    def _double_clicked(self, index) -> None:
        """A double click edits a cell; on a calculated cell it opens the whole feature."""
        if not self.features.columns[index.column()].editable:
            self.edit_feature()

    def link_tasks(self) -> None:
        f = self._chosen()
        if f is not None:
            LinkTasksDialog(self.controller, f.uid, self).exec()

    def rank_by(self, chosen: Framework) -> None:
        plan = self.controller.plan
        product = plan.products[0] if plan.products else None
        text = self.tr("Rank by {}").format(chosen.value.upper())
        if product is None:
            self.controller.edit(text, Patch(products=(
                Product(new_uid(), plan.project.name, framework=chosen),)))
        elif product.framework is not chosen:
            self.controller.edit(text, Patch(products=(
                dataclasses.replace(product, framework=chosen),)))

    def save_chart(self) -> None:
        path = ask_file(self, self.tr("Save Chart"),
                        self.tr("PNG image (*.png);;PDF document (*.pdf)"),
                        "value-effort.png", save=True)
        if path:
            self.write_chart(path)

    def write_chart(self, path: Path) -> None:
        """The chart as PNG or PDF (by the suffix), painted as on screen."""
        from pmdesk.render.value_effort import write_chart

        try:
            write_chart(path, self.chart.chart())
        except OSError as exc:
            self.controller.error.emit(f"{path}: cannot be written ({exc.strerror or exc})")
