"""The board view: the kanban board of the open project and its Flow tab.

Cards are the plan's leaf tasks, so the board and the Gantt view show the same work.
Every gesture (a drop, a keyboard move, a quick-add, a column change) becomes one patch,
one undo step, through the controller; the view redraws from the controller's change sets.

A WIP limit is a team agreement, not a lock: moving a card into a column already at its
limit asks first, naming the column, its count and its limit, and goes ahead only when the
user confirms. The column header then shows the overload in the warning colour.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from pmdesk.core.board import (
    LaneBy,
    build_board,
    lane_move_text,
    move_card_patch,
    new_card_patch,
    wip_overflow,
)
from pmdesk.core.patch import ChangeSet
from pmdesk.core.risk import task_risk_markers
from pmdesk.render.board import CardLook
from pmdesk.ui import settings as user_settings
from pmdesk.ui.board.canvas import BoardCanvas, Hit
from pmdesk.ui.board.columns_dialog import ColumnsDialog
from pmdesk.ui.board.flow_panel import FlowPanel
from pmdesk.ui.dialog_parts import pick_box, search_field
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP
from pmdesk.ui.layouts import column, fill_with_tabs, text_toolbar

LANE_CHOICES = (
    (QT_TRANSLATE_NOOP("BoardView", "No swimlanes"), LaneBy.NONE),
    (QT_TRANSLATE_NOOP("BoardView", "Lanes by assignee"), LaneBy.ASSIGNEE),
    (QT_TRANSLATE_NOOP("BoardView", "Lanes by phase"), LaneBy.PHASE),
    (QT_TRANSLATE_NOOP("BoardView", "Lanes by priority"), LaneBy.PRIORITY),
)
_ANY = "__any__"


def now() -> datetime:
    """The moment a move records: the current minute (actual dates are kept to the minute)."""
    return datetime.now().replace(second=0, microsecond=0)


class BoardView(QWidget):
    """The kanban board of the open project, with swimlanes, filters and flow metrics."""

    menu_title = str(QT_TRANSLATE_NOOP("BoardView", "&Board"))
    menu_entries = ("action_quick_add", "action_open_card", None, "action_columns", None,
                    "action_expand_lanes", "action_collapse_lanes")

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._project_uid = controller.plan.project.uid
        self.canvas = BoardCanvas()
        self.canvas.moveRequested.connect(self._move_requested)
        self.canvas.cardActivated.connect(self.open_card)
        self.canvas.addRequested.connect(self.add_card)
        self.canvas.contextRequested.connect(self._context_menu)
        self.canvas.selectionChanged.connect(self._update_actions)
        self.flow = FlowPanel(controller)
        self.count_label = QLabel()
        self.count_label.setObjectName("boardCount")

        self._build_actions()
        self.toolbar = self._build_toolbar()
        board_tab = column(self.toolbar, (self.canvas, 1), self.count_label, spacing=0)
        self.tabs = fill_with_tabs(self, (board_tab,
            self.tr("Board")), (self.flow, self.tr("Flow")))
        self.setFocusProxy(self.canvas)
        controller.changed.connect(self._on_changed)
        self._fill_filters()
        self.refresh()

    # -- construction --------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(self.tr(text), self)
        tip = self.tr(tip) if tip else tip
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.action_quick_add = self._action("Add &Card", self.quick_add, "Insert",
                                             "Add a card to the selected card's column")
        self.action_columns = self._action("Board &Columns…", self.edit_columns, None,
                                           "Add, rename, reorder and delete columns; WIP limits")
        self.action_find = self._action("&Find Card…", self.show_find,
                                        QKeySequence.StandardKey.Find, "Filter the cards")
        self.action_open_card = self._action("Card &Information…", self.open_selected,
                                             "Shift+F2", "Every detail of the selected card")
        self.action_expand_lanes = self._action("&Expand All Lanes",
                                                lambda: self.canvas.set_all_lanes(False), None,
                                                "Open every swimlane")
        self.action_collapse_lanes = self._action("C&ollapse All Lanes",
                                                  lambda: self.canvas.set_all_lanes(True), None,
                                                  "Fold every swimlane to its header")

    def _combo(self, tip: str) -> QComboBox:
        combo = pick_box(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _build_toolbar(self) -> QToolBar:
        bar = text_toolbar(
            self.tr("Board"), "boardToolbar", [self.action_quick_add, self.action_columns])
        self.lanes = pick_box(self.tr("Group the cards in swimlanes"),
                              [(self.tr(text), lanes) for text, lanes in LANE_CHOICES])
        saved = user_settings.remembered("board/lanes", LaneBy.NONE.value)
        self.lanes.setCurrentIndex(max(0, self.lanes.findData(
            LaneBy(saved) if saved in LaneBy._value2member_map_ else LaneBy.NONE)))
        self.lanes.currentIndexChanged.connect(self._lanes_changed)
        bar.addWidget(self.lanes)
        bar.addSeparator()
        self.search = search_field(
            self.tr("Filter cards"), max_width=220, object_name="boardSearch")
        self.search.textChanged.connect(self.refresh)
        bar.addWidget(self.search)
        self.assignee_filter = self._combo(self.tr("Show one person's cards"))
        self.tag_filter = self._combo(self.tr("Show cards with one tag"))
        bar.addWidget(self.assignee_filter)
        bar.addWidget(self.tag_filter)
        return bar

    # -- state -----------------------------------------------------------------------------

    @property
    def lane_by(self) -> LaneBy:
        return LaneBy(self.lanes.currentData())

    def set_lanes(self, mode: LaneBy) -> None:
        self.lanes.setCurrentIndex(self.lanes.findData(mode))

    def _lanes_changed(self) -> None:
        self.canvas.collapsed.clear()
        user_settings.save_soon("board/lanes", self.lane_by.value)
        self.refresh()

    def _filter_values(self) -> tuple[str | None, str | None]:
        assignee = self.assignee_filter.currentData()
        tag = self.tag_filter.currentData()
        return (None if assignee in (None, _ANY) else assignee,
                None if tag in (None, _ANY) else tag)

    def _fill_filters(self) -> None:
        plan = self.controller.plan
        people = [(self.tr("Everyone"), _ANY), (self.tr("Unassigned"), "")]
        people += [(r.name, r.uid) for r in plan.resources]
        tags = [(self.tr("All tags"), _ANY)] + [(t, t) for t in sorted({t for task in plan.tasks
                                                             for t in task.tags},
                                                            key=str.casefold)]
        for combo, items in ((self.assignee_filter, people), (self.tag_filter, tags)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def set_assignee_filter(self, resource_uid: str | None) -> None:
        """Show one resource's cards ("" the unassigned ones, None everyone's)."""
        self.assignee_filter.setCurrentIndex(
            self.assignee_filter.findData(_ANY if resource_uid is None else resource_uid))

    # -- refreshing ------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.project and self.controller.plan.project.uid != self._project_uid:
            self._project_uid = self.controller.plan.project.uid
            self.search.clear()  # another project: the last one's search is gone
        if changes.resources or changes.task_uids or changes.structure or changes.project:
            self._fill_filters()
        if (changes.board or changes.task_uids or changes.structure or changes.assignments
                or changes.resources or changes.risks or changes.dependencies
                or changes.project or changes.calendars):
            self.refresh()
        if changes.board or changes.task_uids or changes.structure or changes.project:
            self.flow.mark_stale()

    def refresh(self, *_args) -> None:
        plan = self.controller.plan
        assignee, tag = self._filter_values()
        board = build_board(plan, self.lane_by, self.search.text(), assignee, tag)
        risks = task_risk_markers(plan)
        dates = self.controller.schedule.tasks
        looks = {}
        for uid in board.cards:
            d = dates.get(uid)
            marker = risks.get(uid)
            looks[uid] = CardLook(finish=d.finish if d else None,
                                  risk_band=marker.band if marker else None)
        self.board = board
        self.canvas.editable = not self.controller.read_only
        self.canvas.set_board(board, looks)
        shown = sum(len(cell) for cell in board.cells.values())
        over = [c.name for c in board.columns if board.over_limit(c)]
        text = self.tr("{} of {} cards shown").format(shown, len(board.cards))
        if over:
            text += self.tr(" · over WIP limit: ") + ", ".join(over)
        self.count_label.setText(text)
        self._update_actions()

    def _update_actions(self, *_args) -> None:
        editable = not self.controller.read_only
        has_columns = bool(self.controller.plan.board_columns)
        self.action_quick_add.setEnabled(editable and has_columns)
        self.action_columns.setEnabled(True)
        self.action_open_card.setEnabled(self.canvas.selected is not None)

    # -- commands --------------------------------------------------------------------------

    def _column_name(self, uid: str) -> str:
        return next((c.name for c in self.controller.plan.board_columns if c.uid == uid), "")

    def move_card(self, task_uid: str, column_uid: str, *, lane: str | None = None,
                  before_uid: str | None = None, after_uid: str | None = None) -> bool:
        """Move a card as the user asked: one undo step; False when refused or unchanged."""
        plan = self.controller.plan
        over = wip_overflow(plan, task_uid, column_uid)
        name = plan.task_index()[task_uid].name
        column = self._column_name(column_uid)
        if over is not None:
            count, limit = over
            answer = QMessageBox.warning(
                self, self.tr("WIP Limit"),
                self.tr("“{}” has a WIP limit of {}. Cards there now: {}; moving “{}” there makes "
                        "{}.\n\nFinishing work in progress first keeps the flow going. Move "
                        "it anyway?").format(column, limit, count - 1, name, count),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        patch = move_card_patch(plan, task_uid, column_uid, before_uid=before_uid,
                                after_uid=after_uid, lane_by=self.lane_by, lane=lane, now=now(),
                                schedule=self.controller.schedule)
        if patch.is_empty():
            return False
        done = self.controller.edit(
            self._move_text(name, task_uid, column_uid, column, lane), patch).made
        if done:
            self.canvas.select(task_uid)
        return done

    def _move_text(self, name: str, task_uid: str, column_uid: str, column: str,
                   lane: str | None) -> str:
        """The undo history's name of a move: where the card went and whom it changed."""
        old = self.board.cards.get(task_uid)
        lane_title = next((g.title for g in self.board.lanes if g.key == lane), "")
        if old is not None and old.column_uid != column_uid:
            text = self.tr("Move “{}” to {}").format(name, column)
        elif old is not None and lane is not None and old.lane != lane:
            text = self.tr("Move “{}” to {}").format(name, lane_title)
        else:
            return self.tr("Reorder “{}”").format(name)
        people = lane_move_text(self.controller.plan, task_uid, self.lane_by, lane)
        return f"{text} ({people})" if people else text

    def _move_requested(self, uid: str, lane, column: str, before, after) -> None:
        self.move_card(uid, column, lane=lane, before_uid=before, after_uid=after)

    def quick_add(self) -> None:
        """Open the inline editor in the selected card's cell (else the first column)."""
        board = self.board
        if not board.columns:
            return
        self.tabs.setCurrentIndex(0)
        pos = board.position_of(self.canvas.selected) if self.canvas.selected else None
        lane, column = (pos[0], pos[1]) if pos else (board.lanes[0].key if board.lanes else "",
                                                     board.columns[0].uid)
        self.canvas.open_editor(column, lane)

    def add_card(self, column_uid: str, lane: str, name: str) -> str | None:
        """A new card (a one-day task) at the end of a column; one undo step."""
        plan = self.controller.plan
        parent = None
        if self.lane_by == LaneBy.PHASE:
            parent = lane or None
        elif self.canvas.selected and (task := plan.task_index().get(self.canvas.selected)):
            parent = task.parent_uid
        patch, uid = new_card_patch(
            plan, name, column_uid, parent_uid=parent, lane_by=self.lane_by,
            lane=lane if self.lane_by != LaneBy.NONE else None, now=now())
        if not self.controller.edit(self.tr("Add card “{}”").format(name.strip()), patch):
            return None
        self.canvas.select(uid)
        return uid

    def open_card(self, uid: str) -> None:
        from pmdesk.ui.dialogs.task_dialog import TaskDialog

        if uid in self.controller.plan.task_index():
            TaskDialog(self.controller, uid, self).exec()

    def open_selected(self) -> None:
        if self.canvas.selected:
            self.open_card(self.canvas.selected)

    def edit_columns(self, column_uid: str | None = None) -> None:
        dialog = ColumnsDialog(self.controller, column_uid, self)
        dialog.exec()
        # Gone with its window: a closed dialog no longer follows the plan's changes.
        dialog.deleteLater()

    def show_find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _context_menu(self, hit: Hit, at: QPoint) -> None:
        menu = QMenu(self)
        editable = not self.controller.read_only
        if hit.kind == "card" and hit.card is not None:
            uid = hit.card.uid
            menu.addAction(self.tr("Card &Information…"), lambda: self.open_card(uid))
            move = menu.addMenu(self.tr("&Move to"))
            for c in self.board.columns:
                act = move.addAction(c.name, partial(self.move_card, uid, c.uid))
                act.setEnabled(editable and c.uid != hit.card.column_uid)
            menu.addSeparator()
        if hit.column:
            column = hit.column
            lane = hit.lane if hit.kind in ("card", "cell", "lane") else (
                self.board.lanes[0].key if self.board.lanes else "")
            add = menu.addAction(self.tr("&Add Card to {}").format(self._column_name(column)),
                                 lambda: self.canvas.open_editor(column, lane))
            add.setEnabled(editable)
            menu.addAction(self.tr("&Edit Column…"), lambda: self.edit_columns(column))
        menu.addAction(self.action_columns)
        if self.lane_by != LaneBy.NONE:
            menu.addSeparator()
            menu.addActions([self.action_expand_lanes, self.action_collapse_lanes])
        menu.exec(at)
