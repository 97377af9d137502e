"""The Product view (Ctrl+6): Strategy, Backlog and Research, one tab each
(:mod:`.strategy`, :mod:`.backlog`, :mod:`.research`), and the Product menu of their
commands.

A tab is a :class:`~pmdesk.ui.product.parts.ProductTab` (a ``key``, a ``title``, its
``menu_actions()`` and ``refresh(changes, backlog)``); adding one is a line in
:data:`TABS`. The view refreshes from change sets: the ranking and roll-ups are worked out
once per change (:class:`~pmdesk.ui.product.models.ProductContext`), then every table and
tab reads them.
Every edit is one patch through the controller (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from pmdesk.core.patch import ChangeSet
from pmdesk.ui.actions import view_action
from pmdesk.ui.kpis import KpiPanel
from pmdesk.ui.layouts import column
from pmdesk.ui.product.backlog import BacklogTab
from pmdesk.ui.product.models import (
    FeatureModel,
    InsightModel,
    KeyResultModel,
    ObjectiveModel,
    ProductContext,
)
from pmdesk.ui.product.parts import ProductTab
from pmdesk.ui.product.research import ResearchTab
from pmdesk.ui.product.strategy import StrategyTab
from pmdesk.ui.product.table import BacklogProxy, InsightProxy

__all__ = ["TABS", "BacklogProxy", "InsightProxy", "ProductView"]



class KpiTab(ProductTab):
    """Launch KPIs (:mod:`pmdesk.ui.kpis`): their table, values, chart and launch review."""

    key = "kpis"
    title = str(QT_TRANSLATE_NOOP("ProductView", "KPIs"))

    def __init__(self, view: ProductView) -> None:
        super().__init__(view)
        self.panel = KpiPanel(self.controller, self)
        column(self.panel, into=self)
        p = self.panel
        self.actions_ = [
            view_action(self, "Add &KPI", p.add_kpi, tip="Add a launch KPI"),
            view_action(self, "&Import KPI Values…", p.import_dialog,
                        tip="Add the chosen KPI's values from a date,value CSV file"),
            view_action(self, "Add KPI &Value", p.add_value,
                        tip="Add a measured value to the chosen KPI"),
            view_action(self, "Delete KPI", p.delete_kpi, tip="Delete the chosen KPI"),
        ]

    def menu_actions(self) -> list[QAction | None]:
        return list(self.actions_)


#: The tabs, in order: each made from the view.
TABS: list[Callable[[ProductView], ProductTab]] = [StrategyTab, BacklogTab, ResearchTab, KpiTab]


class ProductView(QWidget):
    """The product layer of the open project."""

    menu_title = str(QT_TRANSLATE_NOOP("ProductView", "Pro&duct"))

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shared = ProductContext(controller, self)
        self._stale = False
        self.features = FeatureModel(controller, self.shared, self)
        self.insights = InsightModel(controller, self.shared, self)
        self.objectives = ObjectiveModel(controller, self.shared, self)
        self.key_results = KeyResultModel(controller, self.shared, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("productTabs")
        self.tabs.setDocumentMode(True)
        column(self.tabs, into=self)
        self.pages: dict[str, ProductTab] = {}
        for make in TABS:
            page = make(self)
            self.pages[page.key] = page
            self.tabs.addTab(page, self.tr(page.title))
        self.strategy = cast(StrategyTab, self.pages["strategy"])
        self.backlog = cast(BacklogTab, self.pages["backlog"])
        self.research = cast(ResearchTab, self.pages["research"])
        self.kpi_panel = cast(KpiTab, self.pages["kpis"]).panel
        self.tab_actions = [
            view_action(self, f"&{n} {self.tr(page.title)}", partial(self.show_tab, key),
                        f"Alt+{n}", self.tr("Show the {} tab").format(self.tr(page.title)))
            for n, (key, page) in enumerate(self.pages.items(), 1)]
        # What the window and tests reach for by name.
        self.action_find = self.research.action_find
        self.action_link_insight = self.research.action_link
        self.backlog_table, self.backlog_proxy = self.backlog.table, self.backlog.proxy
        self.insight_table, self.insight_proxy = self.research.table, self.research.proxy
        self.chart, self.search = self.backlog.chart, self.research.search
        self.gate_table = self.strategy.gates.gate_table
        controller.changed.connect(self._on_changed)
        self._refresh(ChangeSet.everything())

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.pages[name])

    def menu_actions(self) -> list[QAction | None]:
        """The Product menu: every tab's commands, then the tabs themselves."""
        out: list[QAction | None] = []
        for page in self.pages.values():
            out += [*page.menu_actions(), None]
        return out + self.tab_actions

    # -- refreshing ----------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if not self.isVisible() and not changes.project:
            self._stale = True
            return
        self._refresh(changes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh(ChangeSet.everything())

    def _refresh(self, changes: ChangeSet) -> None:
        backlog = self.shared.renew()
        for model in (self.features, self.insights, self.objectives, self.key_results):
            model.refresh(changes)
        for page in self.pages.values():
            page.refresh(changes, backlog)
