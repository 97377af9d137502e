"""The Gantt view: task sheet on the left, timeline on the right, rows locked together.

The sheet is a :class:`QTreeView` over :class:`TaskTableModel`; the chart paints the rows
the sheet shows (collapsed summaries hide theirs), at the same row height, scrolled by the
same scroll bar. Every outline command (insert, delete, indent, outdent, move, paste)
becomes one patch and one undo step through the controller.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QMenu,
    QSplitter,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.filters import ALL_TASKS, FilterKind, TaskFilter, filter_choices, shown_tasks
from pmdesk.core.health import status_moment
from pmdesk.core.patch import ChangeSet
from pmdesk.core.usage import overallocated_tasks, usage
from pmdesk.render.gantt import PlanGanttSource
from pmdesk.render.palette import BAD
from pmdesk.ui import settings as user_settings
from pmdesk.ui.actions import keys_of, view_action
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.dialog_parts import pick_box, search_field
from pmdesk.ui.dialogs.task_dialog import TaskDialog
from pmdesk.ui.gantt.chart import GanttChart
from pmdesk.ui.gantt.delegates import TaskItemDelegate
from pmdesk.ui.gantt.outline_commands import OutlineCommands
from pmdesk.ui.gantt.sheet_columns import SheetColumns
from pmdesk.ui.gantt.task_model import Column, TaskTableModel
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word
from pmdesk.ui.message_line import MessageLine
from pmdesk.ui.tables import TYPING_EDITS, paint_empty_hint

# Measuring resource usage waits for a pause in editing, so typing stays quick.
_USAGE_DELAY_MS = 300


def filter_title(choice: TaskFilter) -> str:
    """A filter's name in the window's language ("Resource: Ana" -> "Ressource: Ana")."""
    name = choice.title.partition(": ")[2]
    if choice.kind is FilterKind.RESOURCE:
        return QCoreApplication.translate("GanttView", "Resource: {}").format(name)
    if choice.kind is FilterKind.PHASE:
        return QCoreApplication.translate("GanttView", "Phase: {}").format(name)
    return core_word(choice.title)


@dataclass(frozen=True, slots=True)
class _Frame:
    columns: list[tuple[int, int, int]]  # (logical column, viewport x, width) on screen
    text: QColor
    highlight: QColor
    highlighted_text: QColor
    grid: QColor
    focus: QColor
    font: QFont
    metrics: QFontMetrics
    bold_metrics: QFontMetrics
    current_id: int | None
    current_column: int
    indent: int


class TaskTreeView(QTreeView):
    """The task sheet; rows all one height so the chart can line up with them.

    Rows are painted here in one pass over the model's cached texts rather than cell by
    cell through the delegate: a screenful of a 20,000-task plan then scrolls within a
    frame. Editing still goes through the delegate.

    The keyboard works as in Microsoft Project and every spreadsheet: the arrow keys move
    from cell to cell, Tab and Shift+Tab along the row (committing an edit first), Home and
    End to the row's first and last column (with Ctrl: the first and last task); F2 or
    typing edits the cell.
    """

    # The user typed into a sheet without tasks: the first task should start here.
    typedIntoEmpty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Double-click opens Task Information, as in Microsoft Project; typing edits a cell.
        self.setEditTriggers(TYPING_EDITS)
        self.setExpandsOnDoubleClick(False)
        self.setFrameShape(QTreeView.Shape.NoFrame)
        self.setAlternatingRowColors(False)
        self.setIndentation(16)
        self._texts: dict[tuple[str, int, bool], tuple[str, int]] = {}
        self._frame: _Frame | None = None
        # What the sheet says while the plan has no tasks (set by the Gantt view).
        self.empty_hint: Callable[[], str] | None = None
        self._bold = QFont(self.font())
        self._bold.setBold(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._bold = QFont(self.font())
            self._bold.setBold(True)
            self._texts.clear()
        super().changeEvent(event)

    # -- keyboard ---------------------------------------------------------------------------

    def _visible_columns(self) -> list[int]:
        """Logical columns shown, left to right as the user ordered them."""
        header = self.header()
        return [col for col in (header.logicalIndex(v) for v in range(header.count()))
                if not header.isSectionHidden(col)]

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        cols = self._visible_columns()
        if not current.isValid() or not cols:
            return super().moveCursor(action, modifiers)
        move = QAbstractItemView.CursorAction
        col = current.column()
        at = cols.index(col) if col in cols else 0
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if action in (move.MoveLeft, move.MoveRight):
            at = max(0, min(len(cols) - 1, at + (1 if action == move.MoveRight else -1)))
            return current.sibling(current.row(), cols[at])
        if action in (move.MoveNext, move.MovePrevious):
            step = 1 if action == move.MoveNext else -1
            if 0 <= at + step < len(cols):
                return current.sibling(current.row(), cols[at + step])
            # Past the row's end: on to the next row's first cell (or back to the last).
            row = super().moveCursor(move.MoveDown if step > 0 else move.MoveUp, modifiers)
            if not row.isValid() or row.internalId() == current.internalId():
                return current
            return row.sibling(row.row(), cols[0] if step > 0 else cols[-1])
        if action in (move.MoveHome, move.MoveEnd) and not ctrl:
            return current.sibling(current.row(), cols[0 if action == move.MoveHome else -1])
        found = super().moveCursor(action, modifiers)
        if found.isValid() and found.column() != col:
            found = found.sibling(found.row(), col)
        return found

    def step(self, action: QAbstractItemView.CursorAction) -> None:
        """Move the current cell as a key would (the row becomes the selection)."""
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        typed = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        if (model is not None and model.rowCount() == 0 and plain and typed
                and typed.isprintable() and not typed.isspace()):
            self.typedIntoEmpty.emit()
        super().keyPressEvent(event)

    def _fit(self, text: str, width: int, bold: bool,
             metrics: QFontMetrics) -> tuple[str, int]:
        """``text`` elided to ``width`` and its width, measured once per text and room."""
        key = (text, width, bold)
        out = self._texts.get(key)
        if out is None:
            if len(self._texts) > 50000:
                self._texts.clear()
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            out = self._texts[key] = (shown, metrics.horizontalAdvance(shown))
        return out

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # QTreeView repaints everything once a step passes a screenful of *rows* measured
        # in pixels; shift what is already drawn and paint only the rows that came in.
        if dx == 0 and dy and abs(dy) < self.viewport().height() // 2:
            self.viewport().scroll(0, dy)
            return
        super().scrollContentsBy(dx, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        frame = self._frame_info() if isinstance(model, TaskTableModel) else None
        self._frame = frame
        super().paintEvent(event)
        if model is not None and model.rowCount() == 0:
            if self.empty_hint is not None:
                paint_empty_hint(self.viewport(), self.empty_hint())
            return
        if frame is not None:
            # Column rules in one pass rather than one short line per cell.
            p = QPainter(self.viewport())
            p.setPen(frame.grid)
            r = event.rect()
            for _, x, w in frame.columns:
                p.drawLine(x + w - 1, r.top(), x + w - 1, r.bottom())
            p.end()

    def _frame_info(self) -> _Frame:
        """What every row of this paint shares: columns on screen, colours, fonts."""
        header = self.header()
        width = self.viewport().width()
        columns = []
        for visual in range(header.count()):
            col = header.logicalIndex(visual)
            if header.isSectionHidden(col):
                continue
            x = header.sectionViewportPosition(col)
            w = header.sectionSize(col)
            if x + w >= 0 and x <= width:
                columns.append((col, x, w))
        pal = self.palette()
        group = QPalette.ColorGroup.Active if self.hasFocus() else QPalette.ColorGroup.Inactive
        grid = pal.color(QPalette.ColorRole.Mid)
        grid.setAlpha(70)
        font = self.font()
        metrics = QFontMetrics(font)
        bold_metrics = QFontMetrics(self._bold)
        current = self.currentIndex()
        return _Frame(
            columns=columns,
            text=pal.color(QPalette.ColorRole.Text),
            highlight=pal.color(group, QPalette.ColorRole.Highlight),
            highlighted_text=pal.color(group, QPalette.ColorRole.HighlightedText),
            grid=grid,
            focus=pal.color(QPalette.ColorRole.Highlight).darker(130),
            font=font,
            metrics=metrics,
            bold_metrics=bold_metrics,
            current_id=current.internalId() if current.isValid() and self.hasFocus() else None,
            current_column=current.column(),
            indent=self.indentation(),
        )

    def drawRow(self, painter: QPainter, option: QStyleOptionViewItem, index: CellIndex) -> None:
        model = self.model()
        frame = self._frame
        if not isinstance(model, TaskTableModel) or frame is None:
            super().drawRow(painter, option, index)
            return
        uid = model.uid(index)
        if uid is None:
            return
        texts = model.row_texts(uid)
        summary = model.is_summary(uid)
        rect = option.rect
        if self.selectionModel().isRowSelected(index.row(), index.parent()):
            painter.fillRect(rect, frame.highlight)
            color = frame.highlighted_text
        else:
            color = frame.text
        metrics = frame.bold_metrics if summary else frame.metrics
        painter.setFont(self._bold if summary else frame.font)
        painter.setPen(color)
        baseline = rect.top() + (rect.height() - metrics.height()) / 2 + metrics.ascent()
        fit = self._fit
        right_aligned = model.right_aligned
        for col, x, w in frame.columns:
            left = x + 4
            if col == Column.NAME:
                arrow_x = x + model.depth(uid) * frame.indent
                if summary:
                    self._branch_arrow(painter, arrow_x, rect, frame.indent, color,
                                       self.isExpanded(index))
                left = arrow_x + frame.indent
            text = texts[col]
            room = x + w - 4 - left
            if room > 4 and text:
                shown, width = fit(text, room, summary, metrics)
                tx = left + room - width if col in right_aligned else left
                if col == Column.INDICATORS:
                    painter.setPen(BAD)
                    painter.drawText(QPointF(tx, baseline), shown)
                    painter.setPen(color)
                else:
                    painter.drawText(QPointF(tx, baseline), shown)
        if frame.current_id == index.internalId():
            for col, x, w in frame.columns:
                if col == frame.current_column:
                    painter.setPen(frame.focus)
                    painter.drawRect(QRect(x, rect.top(), w - 2, rect.height() - 1))

    def _branch_arrow(self, painter: QPainter, x: int, rect: QRect, indent: int, color: QColor,
                      expanded: bool) -> None:
        cx = x + indent / 2
        cy = rect.center().y() + 0.5
        s = 3.5
        if expanded:
            points = [QPointF(cx - s, cy - s / 2), QPointF(cx + s, cy - s / 2),
                      QPointF(cx, cy + s / 2 + 1)]
        else:
            points = [QPointF(cx - s / 2, cy - s), QPointF(cx - s / 2, cy + s),
                      QPointF(cx + s / 2 + 1, cy)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(QPolygonF(points))
        painter.restore()
        painter.setPen(color)

    def drawBranches(self, painter: QPainter, rect: QRect, index: CellIndex) -> None:
        """Branch arrows are drawn with the row (see :meth:`drawRow`)."""


class GanttView(QWidget):
    """Task sheet and timeline of the open project, with the commands of the Task menu."""

    # The Task menu is this view's own, shown with it only (as the Board or Risks menu):
    # Insert Task chosen on another view would add a task where nobody sees it.
    menu_title = str(QT_TRANSLATE_NOOP("GanttView", "&Task"))
    menu_entries = ("action_add_below", "action_insert", "action_delete", "action_indent",
                    "action_outdent", "action_move_up", "action_move_down", "action_task_info")
    columns_menu: QMenu  # built with the actions, shown from the header too

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = TaskTableModel(controller, self)
        self._project_uid = controller.plan.project.uid
        fm = self.fontMetrics()
        self.row_height = max(22, fm.height() + 8)
        self._summaries: set[str] = {u for u in controller.plan.task_index()
                                     if self.model.is_summary(u)}
        self.task_dialog: TaskDialog | None = None
        self._filter = ALL_TASKS
        self._hidden: set[str] = set()  # tasks the filter hides

        self._build_sheet()

        self.outline = OutlineCommands(self)
        self.sheet_columns = SheetColumns(self)
        self._build_actions()
        self.table.empty_hint = lambda: self.tr(
            "No tasks yet: type the first task's name, or press {}.").format(
                keys_of(self.action_insert))
        self._build_bar()
        self._fill_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

        self._connect_signals()

        self._usage_timer = QTimer(self)
        self._usage_timer.setSingleShot(True)
        self._usage_timer.setInterval(_USAGE_DELAY_MS)
        self._usage_timer.timeout.connect(self._measure_overallocation)
        self._usage_timer.start()
        self.sheet_columns.restore()
        # Each project keeps its own columns (the key names the project).
        header = self.table.header()
        header.sectionMoved.connect(self.sheet_columns.changed)
        header.sectionResized.connect(self.sheet_columns.changed)

        self._fold_all(expand=True)
        self.splitter.setSizes([self.sheet_columns.shown_width(), 700])
        user_settings.remember_splitter(self.splitter, "gantt/splitter")
        first = self.model.index(0, Column.NAME)
        if first.isValid():
            self.table.setCurrentIndex(first)
        self._update_row_actions()
        QTimer.singleShot(0, self._scroll_chart_to_start)

    # -- construction --------------------------------------------------------------------

    def _build_sheet(self) -> None:
        """The task table, the timeline beside it, and the splitter between them."""
        self.table = TaskTreeView()
        self.table.setObjectName("ganttTable")
        self.delegate = TaskItemDelegate(self.table, self.row_height)
        self.table.setItemDelegate(self.delegate)
        self.table.setModel(self.model)
        self.table.setTreePosition(Column.NAME)
        self.model.scheduleChanged.connect(self.table.viewport().update)

        self.source = self._new_source()
        self.chart = GanttChart(self.controller, self.source, self.row_height)
        self.chart.setObjectName("ganttChart")
        header = self.table.header()
        header.setFixedHeight(self.chart.header_height())
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.columns_menu.exec(header.mapToGlobal(pos)))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ganttSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        # The timeline scrolls with the sheet, row for row.
        tv = self.table.verticalScrollBar()
        cv = self.chart.verticalScrollBar()
        tv.rangeChanged.connect(cv.setRange)
        tv.valueChanged.connect(cv.setValue)
        cv.valueChanged.connect(tv.setValue)
        cv.setRange(tv.minimum(), tv.maximum())
        tv.setSingleStep(self.row_height)
        cv.setSingleStep(self.row_height)

    def _connect_signals(self) -> None:
        """Selection, folding, double clicks and the controller's changes reach the view."""
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentChanged.connect(self._update_row_actions)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_row_actions)
        self.table.expanded.connect(self._outline_folded)
        self.table.collapsed.connect(self._outline_folded)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.typedIntoEmpty.connect(self.outline.start_first_task)
        self.chart.rowPressed.connect(self._chart_row_pressed)
        self.chart.rowDoubleClicked.connect(self._chart_row_double_clicked)
        self.controller.changed.connect(self._on_changed)
        self.controller.error.connect(self.show_message)

    def _action(self, text: str, slot, shortcut=None, tip: str = "",
                on_sheet: bool = True) -> QAction:
        """An action of this view; sheet actions only fire with the sheet or chart focused,
        so Delete or Tab typed into a cell editor or another view stays theirs."""
        return view_action(self, text, slot, shortcut, tip,
                           (self.table, self.chart) if on_sheet else ())

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.action_insert = self._action("&Insert Task", self.outline.insert_task, "Insert",
                                          "Insert a new task above the selected one")
        self.action_add_below = self._action("&New Task Below", self.outline.add_task_below,
                                             ["Return", "Enter"],
                                             "Add a new task below the selected one")
        self.action_delete = self._action("&Delete Task", self.outline.delete_tasks, "Delete",
                                          "Delete the selected tasks and their subtasks")
        # Tab moves along the row, as in every spreadsheet; indenting has MS Project's keys.
        self.action_indent = self._action("In&dent", self.outline.indent, "Alt+Shift+Right",
                                          "Make the selected tasks subtasks of the task above")
        self.action_outdent = self._action("&Outdent", self.outline.outdent, "Alt+Shift+Left",
                                           "Move the selected tasks one level up")
        self.action_expand = self._action(
            "&Show Subtasks", lambda: self._fold_current(True),
            [QKeySequence("Alt+Shift++"), QKeySequence("Alt+Shift+=")],
            "Open the selected summary task")
        self.action_collapse = self._action(
            "&Hide Subtasks", lambda: self._fold_current(False),
            [QKeySequence("Alt+Shift+-"), QKeySequence("Alt+Shift+_")],
            "Fold the selected summary task")
        self.action_move_up = self._action("Move &Up", lambda: self.outline.move_tasks(-1),
                                           "Alt+Up",
                                           "Move the selected tasks above the previous one")
        self.action_move_down = self._action("Move Do&wn", lambda: self.outline.move_tasks(+1),
                                             "Alt+Down",
                                             "Move the selected tasks below the next one")
        self.action_cut = self._action("Cu&t Tasks", self.outline.cut, K.Cut,
                                       "Cut the selected tasks with their links")
        self.action_copy = self._action("&Copy Tasks", self.outline.copy, K.Copy,
                                        "Copy the selected tasks with their links")
        self.action_paste = self._action("&Paste Tasks", self.outline.paste, K.Paste,
                                         "Paste tasks below the selected one")
        self.action_task_info = self._action("Task &Information…", self.open_task_dialog,
                                             "Shift+F2", "Edit every detail of the task")
        self.action_zoom_in = self._action("Zoom &In", self.zoom_in, K.ZoomIn,
                                           "Show a shorter time span", on_sheet=False)
        self.action_zoom_out = self._action("Zoom &Out", self.zoom_out, K.ZoomOut,
                                            "Show a longer time span", on_sheet=False)
        self.action_fit = self._action("&Fit Project", self.fit_project, "Ctrl+Shift+F",
                                       "Zoom to show the whole project", on_sheet=False)
        self.action_expand_all = self._action("E&xpand All", self.expand_all, "Ctrl+Shift+Down",
                                              "Show every subtask", on_sheet=False)
        self.action_collapse_all = self._action("Co&llapse All", self.collapse_all,
                                                "Ctrl+Shift+Up", "Show top-level tasks only",
                                                on_sheet=False)
        self.action_find = self._action("&Find Task…", self.show_find, K.Find,
                                        "Find a task by name", on_sheet=False)
        self.action_clear_filter = self._action("&All Tasks (Clear Filter)",
                                                lambda: self.set_filter(ALL_TASKS), "F3",
                                                "Show every task again", on_sheet=False)
        self.columns_menu = QMenu(self.tr("&Columns"), self)
        self.columns_menu.aboutToShow.connect(
            lambda: self.sheet_columns.fill_menu(self.columns_menu))
        self.action_columns = self.columns_menu.menuAction()
        self.action_columns.setStatusTip(self.tr("Choose the columns of the task sheet"))

    def _build_bar(self) -> None:
        self.bar = QWidget()
        self.bar.setObjectName("ganttBar")
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(2)
        for action, label in ((self.action_zoom_out, "−"), (self.action_zoom_in, "+"),
                              (self.action_fit, self.tr("Fit"))):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setText(label)
            button.setAutoRaise(True)
            row.addWidget(button)
        self.find_edit = search_field(self.tr("Find task…"), max_width=240)
        self.find_edit.returnPressed.connect(lambda: self.find_task(self.find_edit.text()))
        row.addSpacing(8)
        row.addWidget(self.find_edit)
        row.addSpacing(8)
        self.baseline_pick = pick_box(
            self.tr("The baseline drawn under the bars and compared with in the variance columns"),
            [(self.tr("Baseline") if n == 0 else self.tr("Baseline {}").format(n), n)
             for n in range(11)],
            "ganttBaseline")
        self.baseline_pick.activated.connect(
            lambda i: self.set_baseline(self.baseline_pick.itemData(i)))
        row.addWidget(self.baseline_pick)
        row.addSpacing(8)
        self.filter_pick = pick_box(
            self.tr("Show only some tasks, with their summary tasks (F3 shows "
                                    "all tasks again)"), object_name="ganttFilter")
        # Compact in the bar; the list itself shows every resource's and phase's full name.
        self.filter_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_pick.setMinimumContentsLength(14)
        self.filter_pick.activated.connect(
            lambda i: self.set_filter(self.filter_pick.itemData(i)))
        row.addWidget(self.filter_pick)
        self.filter_note = QToolButton()
        self.filter_note.setObjectName("ganttFilterNote")
        self.filter_note.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_note.setStyleSheet(
            "QToolButton { background: #fff3cd; color: #5c4400; border: 1px solid #e0c06a;"
            " border-radius: 3px; padding: 1px 6px; font-weight: bold; }")
        self.filter_note.setToolTip(self.tr("A filter hides tasks: click to show all tasks (F3)"))
        self.filter_note.clicked.connect(lambda: self.set_filter(ALL_TASKS))
        self.filter_note.hide()
        row.addWidget(self.filter_note)
        self.message = MessageLine("ganttMessage")
        row.addSpacing(8)
        row.addWidget(self.message, 1)

    def _new_source(self) -> PlanGanttSource:
        return PlanGanttSource(self.controller.plan, self.controller.schedule,
                               self.controller.calendar().is_working_day, rows=[],
                               labels=lambda t: self.model.resources_text(t.uid),
                               baseline_number=self.model.baseline_number)

    def set_baseline(self, number: int) -> None:
        """Draw baseline ``number`` (0-10) as ghost bars and compare the variance columns
        with it."""
        self.model.set_baseline_number(number)
        self.source.baseline_number = number
        self.source.update(self.controller.plan, self.controller.schedule)
        at = self.baseline_pick.findData(number)
        if at != self.baseline_pick.currentIndex():
            self.baseline_pick.setCurrentIndex(at)
        self.chart.refresh()

    def _measure_overallocation(self) -> None:
        """Flag the tasks whose resources are over-allocated while they run."""
        plan, result = self.controller.plan, self.controller.schedule
        if not plan.assignments:
            self.model.set_overallocated(())
            return
        self.model.set_overallocated(overallocated_tasks(plan, result, usage(plan, result)))

    def _scroll_chart_to_start(self) -> None:
        start = self.controller.schedule.project_start
        if start is not None:
            self.chart.scroll_to(start)

    # -- columns --------------------------------------------------------------------------

    def save_columns(self) -> None:
        """Remember the sheet's columns (shown, order, widths) for this project."""
        self.sheet_columns.save()

    def column_layout(self) -> list[tuple[str, int, bool]]:
        """The sheet's columns as arranged: (key, width, hidden), in the order shown."""
        return self.sheet_columns.layout()

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.sheet_columns.set_visible(column, visible)

    # -- rows shown -----------------------------------------------------------------------

    def _rebuild_rows(self) -> None:
        """The chart shows exactly the rows the sheet shows, in the same order."""
        rows: list[str] = []
        model = self.model
        stack = list(reversed(model.children_of(None)))
        hidden = self._hidden
        while stack:
            uid = stack.pop()
            if uid in hidden:
                continue
            rows.append(uid)
            kids = model.children_of(uid)
            if kids and self.table.isExpanded(model.index_of(uid)):
                stack.extend(reversed(kids))
        self.visible_rows = rows
        self.source.update(self.controller.plan, self.controller.schedule, rows=rows,
                           structure=True)
        self._selection_changed()
        self.chart.refresh()

    # -- filters --------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """The filter list for this plan (its resources and phases), the current one kept."""
        pick = self.filter_pick
        pick.blockSignals(True)
        pick.clear()
        for choice in filter_choices(self.controller.plan):
            pick.addItem(filter_title(choice), choice)
        at = next((i for i in range(pick.count())
                   if pick.itemData(i) == self._filter), 0)
        pick.setCurrentIndex(at)
        pick.blockSignals(False)
        if at == 0 and self._filter.kind != FilterKind.ALL:
            self.set_filter(ALL_TASKS)  # its resource or phase is gone

    def set_filter(self, choice: TaskFilter) -> None:
        """Show only the tasks ``choice`` picks (with their summaries); ALL_TASKS: all."""
        self._filter = choice
        at = next((i for i in range(self.filter_pick.count())
                   if self.filter_pick.itemData(i) == choice), 0)
        self.filter_pick.setCurrentIndex(at)
        self._apply_filter(keep_current=False)
        current = self.current_uid()
        if current in self._hidden and self.visible_rows:
            self.select_tasks([self.visible_rows[0]])

    def _apply_filter(self, keep_current: bool = True) -> None:
        """Hide what the filter does not show; after an edit, the task being worked on
        stays in sight even when it no longer matches."""
        plan = self.controller.plan
        shown = shown_tasks(plan, self.controller.schedule, self._filter, status_moment(plan))
        if shown is None:
            hide: set[str] = set()
        else:
            current = self.current_uid() if keep_current else None
            while current is not None:
                shown.add(current)
                current = self.model.parent_uid(current)
            hide = {t.uid for t in plan.tasks} - shown
        for uid in hide ^ self._hidden:
            index = self.model.index_of(uid)
            if index.isValid():
                self.table.setRowHidden(index.row(), index.parent(), uid in hide)
        self._hidden = hide
        if shown is None:
            self.filter_note.hide()
        else:
            self.filter_note.setText(
                self.tr("Filter: {} · {} of {} tasks  ✕").format(
                    filter_title(self._filter), len(plan.tasks) - len(hide), len(plan.tasks)))
            self.filter_note.show()
        self._rebuild_rows()

    def _outline_folded(self, _index: QModelIndex) -> None:
        self._rebuild_rows()

    def _on_changed(self, changes: ChangeSet) -> None:
        if (changes.schedule_inputs or changes.assignments or changes.resources
                or changes.calendars):
            self._usage_timer.start()
        if changes.project and self.controller.plan.project.uid != self._project_uid:
            self._project_uid = self.controller.plan.project.uid
            self.sheet_columns.restore()
            # Another project: nothing of the last one's search stays, and its timeline
            # opens where its work begins.
            self.find_edit.clear()
            self.message.clear()
            self.set_filter(ALL_TASKS)
            QTimer.singleShot(0, self, self._scroll_chart_to_start)
        if changes.calendars or changes.project:
            self.source = self._new_source()
            self.chart.source = self.source
        if changes.resources or changes.structure or changes.project:
            self._fill_filters()
        if changes.structure:
            self._expand_new_summaries()
            self._rebuild_rows()
        else:
            self.source.update(self.controller.plan, self.controller.schedule,
                               dependencies=changes.dependencies)
            if changes.calendars or changes.project:
                self._rebuild_rows()
            self.chart.refresh()
        if self._filter.kind != FilterKind.ALL and (
                changes.schedule_inputs or changes.assignments or changes.resources
                or changes.project):
            self._apply_filter()

    def _expand_new_summaries(self) -> None:
        """A task that just got subtasks (indent, paste, undo of a delete) opens up."""
        model = self.model
        now = {u for u in self.controller.plan.task_index() if model.is_summary(u)}
        self.table.blockSignals(True)  # the caller rebuilds the chart's rows once
        try:
            for uid in now - self._summaries:
                self.table.expand(model.index_of(uid))
        finally:
            self.table.blockSignals(False)
        self._summaries = now

    # -- selection ------------------------------------------------------------------------

    def selected_task_uids(self) -> list[str]:
        """Selected tasks in outline order."""
        model = self.model
        chosen = {model.uid(i) for i in self.table.selectionModel().selectedRows()}
        chosen.discard(None)
        return [t.uid for t in self.controller.plan.tasks if t.uid in chosen]

    def current_uid(self) -> str | None:
        return self.model.uid(self.table.currentIndex())

    def select_tasks(self, uids: Iterable[str], current: str | None = None) -> None:
        """Select ``uids`` (whole rows) and make ``current`` the current row."""
        sm = self.table.selectionModel()
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        uids = list(uids)
        for uid in uids:
            first = self.model.index_of(uid, 0)
            if first.isValid():
                selection.select(first, first.sibling(first.row(), last))
        flags = QItemSelectionModel.SelectionFlag
        target = current or (uids[0] if uids else None)
        if target is not None:
            index = self.model.index_of(target, Column.NAME)
            sm.setCurrentIndex(index, flags.NoUpdate)
            self.table.scrollTo(index)
        sm.select(selection, flags.ClearAndSelect)

    def _selection_changed(self, *_args) -> None:
        rows = set()
        row_of = self.source.row_of
        for index in self.table.selectionModel().selectedRows():
            uid = self.model.uid(index)
            r = row_of(uid) if uid is not None else None
            if r is not None:
                rows.add(r)
        self.chart.set_selected_rows(rows)

    def _update_row_actions(self, *_args) -> None:
        """Commands that work on a task are greyed out while no task is current (an empty
        plan, or every row filtered away), instead of doing nothing when chosen."""
        has_row = self.current_uid() is not None
        for action in (self.action_task_info, self.action_delete, self.action_indent,
                       self.action_outdent, self.action_move_up, self.action_move_down,
                       self.action_cut, self.action_copy):
            action.setEnabled(has_row)

    def _chart_row_pressed(self, row: int, modifiers) -> None:
        if not 0 <= row < len(self.visible_rows):
            return
        uid = self.visible_rows[row]
        index = self.model.index_of(uid, Column.NAME)
        flags = QItemSelectionModel.SelectionFlag
        sm = self.table.selectionModel()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            sm.setCurrentIndex(index, flags.Toggle | flags.Rows)
        else:
            sm.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.chart.setFocus()

    def _chart_row_double_clicked(self, row: int) -> None:
        if 0 <= row < len(self.visible_rows):
            self.open_task_dialog(self.visible_rows[row])

    def _double_clicked(self, index: QModelIndex) -> None:
        self.open_task_dialog(self.model.uid(index))

    # -- zoom and find --------------------------------------------------------------------

    def zoom_in(self) -> None:
        self.chart.zoom_in()

    def zoom_out(self) -> None:
        self.chart.zoom_out()

    def fit_project(self) -> None:
        if self.controller.plan.tasks:
            self.chart.fit_project()
        else:
            self._scroll_chart_to_start()  # nothing to fit yet: show where it will begin

    def expand_all(self) -> None:
        self._fold_all(expand=True)

    def _fold_current(self, expand: bool) -> None:
        uid = self.current_uid()
        if uid is None or not self.model.is_summary(uid):
            return
        index = self.model.index_of(uid)
        if expand:
            self.table.expand(index)
        else:
            self.table.collapse(index)

    def collapse_all(self) -> None:
        self._fold_all(expand=False)

    def _fold_all(self, expand: bool) -> None:
        # One rebuild for the whole outline, not one per summary signal.
        self.table.blockSignals(True)
        try:
            self.table.expandAll() if expand else self.table.collapseAll()
        finally:
            self.table.blockSignals(False)
        self._rebuild_rows()

    def show_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_task(self, text: str) -> bool:
        """Select the next task (after the current one, wrapping) whose name contains
        ``text``, opening its summaries; False when no task matches."""
        needle = text.strip().casefold()
        if not needle:
            return False
        tasks = self.controller.plan.tasks
        current = self.current_uid()
        start = next((i for i, t in enumerate(tasks) if t.uid == current), -1) + 1
        n = len(tasks)
        for k in range(n):
            task = tasks[(start + k) % n]
            if needle in task.name.casefold():
                self._reveal(task.uid)
                self.select_tasks([task.uid])
                bar_start = self.controller.schedule.tasks.get(task.uid)
                if bar_start is not None:
                    self.chart.scroll_to(bar_start.start)
                self.message.clear()
                return True
        self.show_message(f"No task named like '{text.strip()}'")
        return False

    def _reveal(self, uid: str) -> None:
        p = self.model.parent_uid(uid)
        opened = False
        while p is not None:
            index = self.model.index_of(p)
            if not self.table.isExpanded(index):
                self.table.blockSignals(True)
                self.table.expand(index)
                self.table.blockSignals(False)
                opened = True
            p = self.model.parent_uid(p)
        if opened:
            self._rebuild_rows()

    def show_message(self, text: str) -> None:
        self.message.flash(text)

    # -- dialog ---------------------------------------------------------------------------

    def open_task_dialog(self, uid: str | None = None) -> None:
        """Task Information: the full editor of one task (the current one by default)."""
        uid = uid or self.current_uid()
        if uid is None:
            return
        dialog = TaskDialog(self.controller, uid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.task_dialog = dialog
        dialog.open()
