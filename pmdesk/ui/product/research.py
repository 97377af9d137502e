"""The Product view's Research tab: the insights, searched with the project file's
full-text index, and linked to the features they are evidence for.

Every edit is one patch through the controller (one undo step)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import new_uid
from pmdesk.core.patch import ChangeSet, Patch
from pmdesk.core.product import edits
from pmdesk.core.product.columns import Backlog
from pmdesk.core.product.model import Insight, InsightSource
from pmdesk.ui.actions import keys_of, view_action
from pmdesk.ui.dialog_parts import search_field
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word, date_text
from pmdesk.ui.layouts import text_toolbar
from pmdesk.ui.product.parts import ProductTab, refill_combo
from pmdesk.ui.product.table import InsightProxy, RecordTable

__all__ = ["ResearchTab"]

_TEXT = 4  # the column a selection lands on


class ResearchTab(ProductTab):
    """User research: insights, the search, links to features."""

    key = "research"
    title = str(QT_TRANSLATE_NOOP("ProductView", "Research"))

    def __init__(self, view) -> None:
        super().__init__(view)
        self.insights = view.insights
        self.proxy = InsightProxy(self)
        self.table = RecordTable(
            self.insights, self.proxy, "insightTable", "product/insights", self.add_insight,
            self.delete_insights, empty_hint=lambda: self.tr(
                "No insights yet: what users said or did in interviews, surveys and support "
                "tickets, kept as evidence for the features it supports. Press {} or choose "
                "Product ▸ New Insight to record the first.").format(keys_of(self.action_add)))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._follow_row())
        self.action_add = view_action(view, "New &Insight", self.add_insight, "Ctrl+Shift+I",
                                      "Record a piece of user research")
        self.action_delete = view_action(view, "Delete Insi&ghts", self.delete_insights, None,
                                         "Delete the selected insights")
        self.action_find = view_action(view, "&Find in Research…", self.show_find,
                                       QKeySequence.StandardKey.Find,
                                       "Search insights and features")
        self.action_link = view_action(view, "&Link to Feature", self.link_insight,
                                       "Ctrl+Shift+L", "Make the selected insights evidence "
                                       "for the chosen feature")
        self.action_unlink = view_action(view, "Unl&ink from Feature", self.unlink_insight,
                                         None, "Remove the link to the chosen feature")
        self.count = QLabel()
        self.found_features = QListWidget()
        self.found_features.setObjectName("foundFeatures")
        self.found_features.itemActivated.connect(self._open_found_feature)
        self.detail = QTextBrowser()
        self.detail.setObjectName("insightDetail")
        found = QGroupBox(self.tr("Features matching the search"))
        QVBoxLayout(found).addWidget(self.found_features)
        self.lay_out(self._toolbar(), self.table, self.count, (self.detail, found), None,
                     [1100, 400])
        self._link_features: tuple[list[str], list[str]] | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.link_choice.currentIndexChanged.connect(lambda _i: self._update_actions())
        self._update_actions()

    def _toolbar(self) -> QWidget:
        bar = text_toolbar(self.tr("Research"), "researchToolbar")
        bar.addActions([self.action_add, self.action_delete])
        bar.addSeparator()
        self.search = search_field(self.tr("Search insights and features"), max_width=300,
                                   object_name="researchSearch")
        self.search.textChanged.connect(self.search_for)
        bar.addWidget(self.search)
        bar.addSeparator()
        self.link_choice = QComboBox()
        self.link_choice.setObjectName("linkFeatureChoice")
        self.link_choice.setMinimumWidth(240)
        self.link_choice.setToolTip(self.tr("The feature to link the selected insights to"))
        bar.addWidget(self.link_choice)
        bar.addActions([self.action_link, self.action_unlink])
        return bar

    def menu_actions(self) -> list[QAction | None]:
        return [self.action_add, self.action_delete, None, self.action_link,
                self.action_unlink]

    # -- refreshing ----------------------------------------------------------------------

    def refresh(self, changes: ChangeSet, backlog: Backlog) -> None:
        if changes.product or changes.project:
            self._fill_link_choice(backlog)
            if self.search.text().strip():
                self.search_for(self.search.text())
        self.table.select_first(_TEXT)
        self.show_insight()
        self.show_count()
        self._update_actions()

    def _update_actions(self) -> None:
        """Commands on the selected insights are greyed out while none is selected (and
        linking while no feature is chosen), as the Task commands are without a task."""
        chosen = not self.controller.read_only and bool(self._chosen_insights())
        feature = self.link_choice.currentData() is not None
        self.action_delete.setEnabled(chosen)
        self.action_link.setEnabled(chosen and feature)
        self.action_unlink.setEnabled(chosen and feature)

    def show_count(self) -> None:
        found, everything = self.proxy.rowCount(), self.insights.rowCount()
        personal = sum(1 for i in self.controller.plan.insights if i.personal)
        text = (self.tr("{} of {} insights").format(found, everything)
                if found != everything else self.tr("{} insights").format(everything))
        self.count.setText(text + (self.tr("; {} confidential (personal data)").format(personal)
                                   if personal else ""))

    def _fill_link_choice(self, backlog: Backlog) -> None:
        seen = (backlog.uids, backlog.titles)
        if seen == self._link_features:
            return  # a score edit: the same features under the same titles
        self._link_features = seen
        features = list(zip(*seen, strict=True))
        refill_combo(self.link_choice, sorted(((title, uid) for uid, title in features),
                                              key=lambda f: f[0].casefold()))

    def _follow_row(self) -> None:
        self.show_insight()
        self._update_actions()

    def current_insight(self) -> Insight | None:
        return self.table.current_value()

    def show_insight(self) -> None:
        i = self.current_insight()
        if i is None:
            self.detail.setMarkdown(self.tr("*Select an insight to see the features it "
                                            "supports.*"))
            return
        titles = self.view.shared.backlog.insight_features.get(i.uid, [])
        mark = self.tr("**Confidential: holds personal data.**") + "\n\n" if i.personal else ""
        who = f", {i.participant}" if i.participant else ""
        when = date_text(i.on) if i.on else self.tr("no date")
        self.detail.setMarkdown(
            f"{mark}*{core_word(i.source.value)}, {i.segment}{who}, {when}*\n\n> {i.text}\n\n"
            + self.tr("### Evidence for") + "\n"
            + ("\n".join(f"- {t}" for t in titles) or self.tr("nothing yet")))

    # -- commands ------------------------------------------------------------------------

    def add_insight(self) -> None:
        insight = Insight(new_uid(), "New insight", InsightSource.INTERVIEW, date.today())
        if self.controller.edit(self.tr("Add insight"), Patch(insights=(insight,))):
            self.view.show_tab(self.key)
            self.search.clear()
            self.table.type_into(insight.uid, self.insights.columns.index("text"))

    def delete_insights(self) -> None:
        self.view.show_tab(self.key)
        self.delete_chosen(self.table, "insights", lambda chosen: (
            self.tr("Delete insight") if len(chosen) == 1
            else self.tr("Delete {} insights").format(len(chosen))))

    def _chosen_insights(self) -> list[str]:
        return [i.uid for i in self.table.chosen()]

    def link_insight(self) -> None:
        self.view.show_tab(self.key)
        feature = self.link_choice.currentData()
        uids = self._chosen_insights()
        if not feature or not uids:
            self.controller.error.emit("Select insights and choose a feature to link them to.")
            return
        patch = Patch()
        for uid in uids:
            patch = patch.then(edits.link_insight(self.controller.plan, uid, feature))
        self.controller.edit(self.tr("Link insight to feature"), patch)

    def unlink_insight(self) -> None:
        self.view.show_tab(self.key)
        feature = self.link_choice.currentData()
        patch = Patch()
        for uid in self._chosen_insights():
            patch = patch.then(edits.unlink_insight(self.controller.plan, uid, feature))
        self.controller.edit(self.tr("Unlink insight"), patch)

    def show_find(self) -> None:
        self.view.show_tab(self.key)
        self.search.setFocus()
        self.search.selectAll()

    def search_for(self, text: str) -> None:
        hits = self.search_text(text)
        self.proxy.found = None if hits is None else {
            uid for kind, uid in hits if kind == "insight"}
        self.proxy.refilter()
        self.found_features.clear()
        if hits is not None:
            titles = {f.uid: f.title for f in self.controller.plan.features}
            for kind, uid in hits:
                if kind == "feature" and uid in titles:
                    item = QListWidgetItem(titles[uid])
                    item.setData(Qt.ItemDataRole.UserRole, uid)
                    self.found_features.addItem(item)
        self.show_count()

    def search_text(self, text: str) -> list[tuple[str, str]] | None:
        """What a search for ``text`` finds, best first, as (kind, uid); None for no
        search. The project file's full-text index answers; a project without a file yet
        is searched in memory the same way (every word, as a word prefix)."""
        from pmdesk.store.search import words

        terms = [w.casefold() for w in words(text)]
        if not terms:
            return None
        document = self.controller.document
        if document is not None:
            from pmdesk.store.document import DocumentError
            from pmdesk.store.search import search

            try:
                with document.session() as session:
                    return [(h.kind, h.uid) for h in search(session, text)]
            except DocumentError as exc:
                self.controller.error.emit(str(exc))
                return []
        plan = self.controller.plan

        def hit(*texts: str) -> bool:
            found = {w.casefold() for t in texts for w in words(t) if t}
            return all(any(w.startswith(term) for w in found) for term in terms)

        out = [("feature", f.uid) for f in plan.features
               if hit(f.title, f.problem, f.description, " ".join(f.tags))]
        out += [("insight", i.uid) for i in plan.insights
                if hit(i.text, i.segment, i.participant, " ".join(i.tags))]
        return out

    def _open_found_feature(self, item: QListWidgetItem) -> None:
        self.view.show_tab("backlog")
        self.view.backlog.table.select_uid(item.data(Qt.ItemDataRole.UserRole), 2)
