"""The painted board: sticky column headers, lanes, cards, drag and drop and the keyboard.

The canvas paints only what is on screen: cards sit on a fixed pitch inside each
(lane, column) cell, so the visible ones are found by arithmetic, not by looking at every
card. It never writes the plan: a drop, a keyboard move, a double-click or a quick-add is
a signal that the board view turns into one undoable edit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QToolTip, QWidget

from pmdesk.core.board import Board, Card, LaneBy
from pmdesk.render.board import BACKGROUND, DROP, BoardPainter, CardLook
from pmdesk.ui.board.navigation import arrow_target, keyboard_move, neighbours
from pmdesk.ui.i18n import core_word, date_text

MIN_COLUMN_WIDTH = 236
MAX_COLUMN_WIDTH = 340
GAP = 12
MARGIN = 12
CARD_GAP = 8
_NO_LOOK = CardLook(finish=None)
_COLUMN_FILL = BACKGROUND.darker(103)


@dataclass(slots=True)
class LaneGeometry:
    key: str
    title: str
    top: float  # of the lane header (or of the body when lanes are off)
    header: float  # header height, 0 without lanes
    body: float  # body height, 0 when collapsed
    collapsed: bool

    @property
    def body_top(self) -> float:
        return self.top + self.header

    @property
    def bottom(self) -> float:
        return self.body_top + self.body


@dataclass(frozen=True, slots=True)
class Hit:
    """What is under a point of the viewport."""

    kind: str  # "card", "cell", "lane", "header", "add", "none"
    lane: str = ""
    column: str = ""
    index: int = 0
    card: Card | None = None


class BoardCanvas(QAbstractScrollArea):
    """Paints a :class:`~pmdesk.core.board.Board` and turns gestures into requests."""

    # task uid, lane (None: keep), column uid, before uid, after uid
    moveRequested = Signal(str, object, str, object, object)
    cardActivated = Signal(str)
    addRequested = Signal(str, str, str)  # column uid, lane, name
    selectionChanged = Signal(object)  # task uid or None
    contextRequested = Signal(object, QPoint)  # Hit, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(False)
        self.viewport().setAutoFillBackground(False)
        self.painter = BoardPainter(self.font())
        self.board: Board | None = None
        self.looks: dict[str, CardLook] = {}
        self.collapsed: set[str] = set()
        self.editable = True
        self.selected: str | None = None
        self._lanes: list[LaneGeometry] = []
        self._height = 0.0
        self.column_width = float(MIN_COLUMN_WIDTH)
        self._press: tuple[QPoint, str] | None = None
        self._drag: str | None = None
        self._drag_pos = QPointF()
        self._drag_offset = QPointF()
        self._target: tuple[str, str, int] | None = None
        self.editor: QuickAddEditor | None = None
        # Painted cards by (card, look, width): a drag repaints many frames of the same cards.
        self._pixmaps = _CardPixmaps(self)

    # -- data ------------------------------------------------------------------------------

    def set_board(self, board: Board, looks: dict[str, CardLook]) -> None:
        self.board = board
        self.looks = looks
        self._pixmaps.clear()
        if self.selected is not None and board.position_of(self.selected) is None:
            self.selected = None
            self.selectionChanged.emit(None)
        self._layout()
        self.viewport().update()

    @property
    def pitch(self) -> float:
        return self.painter.card_height + CARD_GAP

    @property
    def cards_top(self) -> float:
        """Where the first lane starts, below the sticky headers."""
        return MARGIN + self.painter.header_height + 8

    def _fit_columns(self) -> None:
        """Columns share the width of the window, within readable bounds."""
        n = len(self.board.columns) if self.board else 0
        if n:
            room = (self.viewport().width() - 2 * MARGIN - (n - 1) * GAP) / n
            self.column_width = float(min(MAX_COLUMN_WIDTH, max(MIN_COLUMN_WIDTH, int(room))))

    def _layout(self) -> None:
        board = self.board
        self._fit_columns()
        self._lanes = []
        y = self.cards_top
        if board is None:
            return
        lanes_on = board.lane_by != LaneBy.NONE
        for lane in board.lanes:
            collapsed = lanes_on and lane.key in self.collapsed
            most = max((len(board.cell(lane.key, c.uid)) for c in board.columns), default=0)
            # Room below the last card, so there is always somewhere to drop at the end.
            body = 0.0 if collapsed else max(most * self.pitch + 28, self.pitch * 0.6) + CARD_GAP
            header = self.painter.lane_height + 6 if lanes_on else 0
            self._lanes.append(LaneGeometry(lane.key, lane.title, y, header, body, collapsed))
            y += header + body + (6 if lanes_on else 0)
        self._height = y + MARGIN
        self._update_scrollbars()

    def _content_width(self) -> float:
        n = len(self.board.columns) if self.board else 0
        return MARGIN * 2 + n * self.column_width + max(0, n - 1) * GAP

    def _update_scrollbars(self) -> None:
        vp = self.viewport().size()
        h = self.horizontalScrollBar()
        h.setRange(0, max(0, math.ceil(self._content_width()) - vp.width()))
        h.setPageStep(vp.width())
        h.setSingleStep(40)
        v = self.verticalScrollBar()
        v.setRange(0, max(0, math.ceil(self._height) - vp.height()))
        v.setPageStep(vp.height())
        v.setSingleStep(round(self.pitch / 2))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._update_scrollbars()

    # -- geometry --------------------------------------------------------------------------

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def column_x(self, index: int) -> float:
        return MARGIN + index * (self.column_width + GAP)

    def card_rect(self, lane: LaneGeometry, column_index: int, index: int) -> QRectF:
        """A card's rectangle in content coordinates."""
        return QRectF(self.column_x(column_index) + 6,
                      lane.body_top + CARD_GAP + index * self.pitch,
                      self.column_width - 12, self.painter.card_height)

    def card_viewport_rect(self, task_uid: str) -> QRect | None:
        """Where a shown card is on screen (for tests and for scrolling to it)."""
        found = self._locate(task_uid)
        if found is None:
            return None
        lane, col, index = found
        return self.card_rect(lane, col, index).translated(-self._offset()).toAlignedRect()

    def header_rect(self, column_index: int) -> QRectF:
        """A column header in viewport coordinates (headers do not scroll vertically)."""
        return QRectF(self.column_x(column_index) - self.horizontalScrollBar().value(), MARGIN,
                      self.column_width, self.painter.header_height)

    def add_button_rect(self, column_index: int) -> QRectF:
        r = self.header_rect(column_index).adjusted(10, 6, -8, -6)
        return QRectF(r.right() - 22, r.top() + 2, 22, 22)

    def lane_header_rect(self, lane_key: str) -> QRect | None:
        for lane in self._lanes:
            if lane.key == lane_key and lane.header:
                return QRectF(MARGIN, lane.top, self._content_width() - 2 * MARGIN,
                              self.painter.lane_height).translated(-self._offset()).toAlignedRect()
        return None

    def _locate(self, task_uid: str) -> tuple[LaneGeometry, int, int] | None:
        if self.board is None:
            return None
        pos = self.board.position_of(task_uid)
        if pos is None:
            return None
        lane_key, column_uid, index = pos
        lane = next((g for g in self._lanes if g.key == lane_key), None)
        if lane is None or lane.collapsed:
            return None
        col = next(i for i, c in enumerate(self.board.columns) if c.uid == column_uid)
        return lane, col, index

    def hit(self, pos: QPointF | QPoint) -> Hit:
        board = self.board
        if board is None or not board.columns:
            return Hit("none")
        p = QPointF(pos)
        x = p.x() + self.horizontalScrollBar().value()
        col = int((x - MARGIN) // (self.column_width + GAP))
        inside = (0 <= col < len(board.columns)
                  and (x - MARGIN) - col * (self.column_width + GAP) <= self.column_width)
        if p.y() < self.cards_top:
            if not inside:
                return Hit("none")
            column = board.columns[col].uid
            if self.add_button_rect(col).contains(p):
                return Hit("add", column=column)
            return Hit("header", column=column)
        y = p.y() + self.verticalScrollBar().value()
        for lane in self._lanes:
            if lane.top <= y < lane.body_top:
                return Hit("lane", lane=lane.key,
                           column=board.columns[col].uid if inside else "")
            if lane.body_top <= y < lane.bottom + 6 and inside:
                column = board.columns[col].uid
                cell = board.cell(lane.key, column)
                index = int((y - lane.body_top - CARD_GAP) // self.pitch)
                if 0 <= index < len(cell):
                    r = self.card_rect(lane, col, index)
                    if r.top() <= y <= r.bottom():
                        return Hit("card", lane.key, column, index, cell[index])
                return Hit("cell", lane.key, column, min(max(index, 0), len(cell)))
        return Hit("none")

    def _drop_target(self, pos: QPointF) -> tuple[str, str, int] | None:
        """(lane, column uid, insertion index in the cell) for the dragged card at ``pos``;
        None outside the columns (above the board, beside the last column, off the window):
        a card let go there stays where it was."""
        board = self.board
        if board is None or not board.columns or not self.viewport().rect().contains(
                pos.toPoint()):
            return None
        x = pos.x() + self.horizontalScrollBar().value()
        last = len(board.columns) - 1
        if not MARGIN - GAP <= x <= self.column_x(last) + self.column_width + GAP:
            return None
        col = min(max(int((x - MARGIN) // (self.column_width + GAP)), 0), last)
        y = max(pos.y(), self.cards_top) + self.verticalScrollBar().value()
        lane = next((g for g in self._lanes if y < g.bottom + 6),
                    self._lanes[-1] if self._lanes else None)
        if lane is None:
            return None
        column = board.columns[col].uid
        cell = board.cell(lane.key, column)
        if lane.collapsed:
            return lane.key, column, len(cell)
        index = round((y - lane.body_top - CARD_GAP - self.painter.card_height / 2) / self.pitch
                      + 0.5)
        return lane.key, column, min(max(index, 0), len(cell))

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self.viewport())
        p.fillRect(event.rect(), BACKGROUND)
        board = self.board
        if board is None or not board.columns:
            p.setPen(Qt.GlobalColor.darkGray)
            p.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter,
                       "This board has no columns yet: add them with Board Columns…")
            return
        off = self._offset()
        vw, vh = self.viewport().width(), self.viewport().height()
        first_col = max(0, int((off.x() - MARGIN) // (self.column_width + GAP)))
        last_col = min(len(board.columns) - 1,
                       int((off.x() + vw - MARGIN) // (self.column_width + GAP)))
        top, bottom = off.y(), off.y() + vh
        p.translate(-off)
        # Column backdrops from the headers down.
        for ci in range(first_col, last_col + 1):
            x = self.column_x(ci)
            height = max(self._height, top + vh) - top
            p.fillRect(QRectF(x, top + MARGIN, self.column_width, height),
                       _COLUMN_FILL)
        lanes_on = board.lane_by != LaneBy.NONE
        for lane in self._lanes:
            if lane.bottom + 6 < top or lane.top > bottom:
                continue
            if lanes_on and lane.top + lane.header > top:
                count = sum(len(board.cell(lane.key, c.uid)) for c in board.columns)
                rect = QRectF(off.x() + MARGIN, lane.top, vw - 2 * MARGIN,
                              self.painter.lane_height)
                self.painter.lane_header(p, rect, lane.title, count, lane.collapsed)
            if lane.collapsed:
                continue
            i0 = max(0, int((top - lane.body_top - CARD_GAP) // self.pitch))
            i1 = int((bottom - lane.body_top) // self.pitch) + 1
            for ci in range(first_col, last_col + 1):
                cell = board.cell(lane.key, board.columns[ci].uid)
                for i in range(i0, min(i1, len(cell))):
                    card = cell[i]
                    look = self.looks.get(card.uid, _NO_LOOK)
                    if card.uid == self.selected:
                        look = CardLook(look.finish, look.risk_band, selected=True)
                    rect = self.card_rect(lane, ci, i)
                    if card.uid == self._drag:
                        p.setOpacity(0.35)
                        p.drawPixmap(rect.topLeft(), self._pixmaps.get(card, look, rect))
                        p.setOpacity(1.0)
                    else:
                        p.drawPixmap(rect.topLeft(), self._pixmaps.get(card, look, rect))
        if self._drag is not None and self._target is not None:
            self._paint_drop(p)
        p.translate(off)
        self._paint_headers(p, first_col, last_col)
        if self._drag is not None and self.board is not None:
            dragged = self.board.cards.get(self._drag)
            if dragged is not None:
                rect = QRectF(self._drag_pos - self._drag_offset,
                              self.card_rect(self._lanes[0], 0, 0).size())
                look = self.looks.get(dragged.uid, _NO_LOOK)
                self.painter.card(p, rect, dragged, CardLook(look.finish, look.risk_band,
                                                          selected=True, ghost=True))

    def _paint_headers(self, p: QPainter, first_col: int, last_col: int) -> None:
        board = self.board
        assert board is not None
        p.fillRect(QRectF(0, 0, self.viewport().width(), self.cards_top - 4), BACKGROUND)
        for ci in range(first_col, last_col + 1):
            column = board.columns[ci]
            shown = sum(len(board.cell(lane.key, column.uid)) for lane in board.lanes)
            count = board.counts.get(column.uid, 0)
            self.painter.column_header(p, self.header_rect(ci), column.name, count,
                                       column.wip_limit, column.done, board.over_limit(column),
                                       shown)

    def _paint_drop(self, p: QPainter) -> None:
        assert self.board is not None and self._target is not None
        lane_key, column, index = self._target
        lane = next(g for g in self._lanes if g.key == lane_key)
        ci = next(i for i, c in enumerate(self.board.columns) if c.uid == column)
        if lane.collapsed:
            r = QRectF(self.column_x(ci), lane.top, self.column_width, lane.header)
            p.setPen(QPen(DROP, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
            return
        y = lane.body_top + CARD_GAP + index * self.pitch - CARD_GAP / 2
        x0, x1 = self.column_x(ci) + 4, self.column_x(ci) + self.column_width - 4
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(DROP, 3, c=Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x0 + 4, y), QPointF(x1 - 4, y))
        p.setBrush(DROP)
        p.drawEllipse(QPointF(x0 + 2, y), 3.5, 3.5)

    # -- mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self.hit(event.position())
        if event.button() == Qt.MouseButton.LeftButton:
            if hit.kind == "card" and hit.card is not None:
                self.select(hit.card.uid)
                self._press = (event.position().toPoint(), hit.card.uid)
                r = self.card_viewport_rect(hit.card.uid)
                self._drag_offset = event.position() - QPointF(r.topLeft()) if r else QPointF()
            elif hit.kind == "add" and self.editable:
                self.open_editor(hit.column, self._first_lane_key())
            elif hit.kind == "lane":
                self.toggle_lane(hit.lane)
            elif hit.kind in ("cell", "none"):
                self.select(None)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start, uid = self._press
        if self._drag is None:
            distance = (event.position().toPoint() - start).manhattanLength()
            if distance < QApplication.startDragDistance() or not self.editable:
                return
            self._drag = uid
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        self._drag_pos = event.position()
        self._autoscroll(event.position())
        self._target = self._drop_target(event.position())
        self.viewport().update()

    def _autoscroll(self, pos: QPointF) -> None:
        edge = 24
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        if pos.y() > self.viewport().height() - edge:
            v.setValue(v.value() + v.singleStep())
        elif pos.y() < self.cards_top + edge / 2:
            v.setValue(v.value() - v.singleStep())
        if pos.x() > self.viewport().width() - edge:
            h.setValue(h.value() + h.singleStep())
        elif pos.x() < edge:
            h.setValue(h.value() - h.singleStep())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged, target = self._drag, self._target
        self._cancel_drag()
        if dragged is None or target is None or self.board is None:
            return
        lane_key, column, index = target
        before, after = neighbours(self.board, dragged, lane_key, column, index)
        lane = lane_key if self.board.lane_by != LaneBy.NONE else None
        self.moveRequested.emit(dragged, lane, column, before, after)

    def _cancel_drag(self) -> None:
        was_dragging = self._drag is not None
        self._press = None
        self._drag = None
        self._target = None
        self.viewport().unsetCursor()
        if was_dragging:
            self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if hit.kind == "card" and hit.card is not None:
            self.cardActivated.emit(hit.card.uid)
        elif hit.kind == "header" and self.editable:
            self.open_editor(hit.column, self._first_lane_key())

    def contextMenuEvent(self, event) -> None:
        hit = self.hit(event.pos())
        if hit.kind == "card" and hit.card is not None:
            self.select(hit.card.uid)
        self.contextRequested.emit(hit, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hit = self.hit(self.viewport().mapFromGlobal(event.globalPos()))
            text = hit_tooltip(self.board, self.looks, hit)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)

    # -- selection and keyboard -----------------------------------------------------------

    def select(self, uid: str | None) -> None:
        if uid == self.selected:
            return
        self.selected = uid
        if uid is not None:
            self.ensure_visible(uid)
        self.viewport().update()
        self.selectionChanged.emit(uid)

    def ensure_visible(self, uid: str) -> None:
        found = self._locate(uid)
        if found is None:
            return
        lane, col, index = found
        r = self.card_rect(lane, col, index)
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        vw, vh = self.viewport().width(), self.viewport().height()
        if r.left() - MARGIN < h.value():
            h.setValue(int(r.left() - MARGIN))
        elif r.right() + MARGIN > h.value() + vw:
            h.setValue(int(r.right() + MARGIN - vw))
        visible_top = v.value() + self.cards_top
        if r.top() - CARD_GAP < visible_top:
            v.setValue(int(r.top() - CARD_GAP - self.cards_top))
        elif r.bottom() + CARD_GAP > v.value() + vh:
            v.setValue(int(r.bottom() + CARD_GAP - vh))

    def _first_lane_key(self) -> str:
        return self._lanes[0].key if self._lanes else ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier)
        arrows = {Qt.Key.Key_Left.value: (-1, 0), Qt.Key.Key_Right.value: (1, 0),
                  Qt.Key.Key_Up.value: (0, -1), Qt.Key.Key_Down.value: (0, 1)}
        if key == Qt.Key.Key_Escape and self._drag is not None:
            self._cancel_drag()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected:
            self.cardActivated.emit(self.selected)
            return
        if key in arrows and self.board is not None:
            dx, dy = arrows[key]
            if mods and self.selected and self.editable:
                move = keyboard_move(self.board, self.selected, dx, dy)
                if move is not None:
                    self.moveRequested.emit(*move)
            else:
                open_lanes = [g.key for g in self._lanes if not g.collapsed]
                target = arrow_target(self.board, open_lanes, self.selected, dx, dy)
                if target is not None:
                    self.select(target)
            return
        super().keyPressEvent(event)

    def toggle_lane(self, key: str) -> None:
        self.collapsed ^= {key}
        self._layout()
        self.viewport().update()

    def set_all_lanes(self, collapsed: bool) -> None:
        self.collapsed = ({lane.key for lane in self.board.lanes} if collapsed and self.board
                          else set())
        self._layout()
        self.viewport().update()

    # -- quick add -------------------------------------------------------------------------

    def open_editor(self, column_uid: str, lane: str) -> QuickAddEditor:
        """An inline line edit under a column's header: Enter adds the card, Escape closes."""
        self.close_editor()
        assert self.board is not None
        ci = next(i for i, c in enumerate(self.board.columns) if c.uid == column_uid)
        editor = QuickAddEditor(self.viewport())
        editor.submitted.connect(lambda text: self.addRequested.emit(column_uid, lane, text))
        editor.closing.connect(self.close_editor)
        header = self.header_rect(ci)
        editor.setGeometry(int(header.left() + 6), int(header.bottom() + 2),
                           int(header.width() - 12), editor.sizeHint().height())
        self.editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.hide()
            editor.deleteLater()
            self.setFocus(Qt.FocusReason.OtherFocusReason)


class QuickAddEditor(QLineEdit):
    """The inline line edit of a quick add: Enter adds the card and stays open for the
    next, Escape (or leaving it empty) closes it."""

    submitted = Signal(str)  # the card's name
    closing = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("quickAddEditor")
        self.setPlaceholderText(self.tr("New card name, then Enter"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closing.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Taken here: a line edit passes Return on, and the board would open the card
            # just added.
            text = self.text().strip()
            if text:
                self.clear()
                self.submitted.emit(text)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.text().strip():
            self.closing.emit()


class _CardPixmaps:
    """Painted cards by (card, look, width): a drag repaints many frames of the same cards."""

    def __init__(self, canvas: BoardCanvas) -> None:
        self._canvas = canvas
        self._cache: dict[tuple, QPixmap] = {}

    def clear(self) -> None:
        self._cache.clear()

    def get(self, card: Card, look: CardLook, rect: QRectF) -> QPixmap:
        key = (card, look, rect.width())
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) > 2000:
                self._cache.clear()
            ratio = self._canvas.devicePixelRatioF()
            pixmap = QPixmap((rect.size() + QSizeF(0, 2)).toSize() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self._canvas.painter.card(painter, QRectF(0.5, 0.5, rect.width() - 1,
                                                      rect.height() - 1), card, look)
            painter.end()
            self._cache[key] = pixmap
        return pixmap


_translate = QCoreApplication.translate


def hit_tooltip(board: Board | None, looks: dict[str, CardLook], hit: Hit) -> str:
    """The tooltip of what is under the mouse: a card's facts, a column's WIP state."""
    if board is None:
        return ""
    if hit.kind == "card" and hit.card is not None:
        card = hit.card
        lines = [card.task.name]
        if card.phase:
            lines.append(_translate("BoardCanvas", "Phase: {}").format(card.phase))
        if card.assignees:
            names = ", ".join(card.assignees)
            lines.append(_translate("BoardCanvas", "Assigned to {}").format(names))
        look = looks.get(card.uid)
        if look and look.finish:
            day = date_text(look.finish, "ddd dd MMM yyyy")
            lines.append(_translate("BoardCanvas", "Finish: {}").format(day))
        lines.append(_translate("BoardCanvas", "Priority {}, {} % complete").format(
            card.task.priority, card.task.percent_complete))
        if card.blocked:
            names = ", ".join(card.blocked_by)
            lines.append(_translate("BoardCanvas", "Blocked by: {}").format(names))
        if card.task.tags:
            lines.append(_translate("BoardCanvas", "Tags: {}").format(", ".join(card.task.tags)))
        if look and look.risk_band:
            band = core_word(look.risk_band.capitalize())
            lines.append(_translate("BoardCanvas", "Linked risks ({} band)").format(band))
        return "\n".join(lines)
    if hit.kind in ("header", "add"):
        column = next(c for c in board.columns if c.uid == hit.column)
        count = board.counts.get(column.uid, 0)
        if hit.kind == "add":
            return _translate("BoardCanvas", "Add a card to {}").format(column.name)
        if column.wip_limit is None:
            return _translate("BoardCanvas", "{}: {} cards, no WIP limit").format(
                column.name, count)
        state = (_translate("BoardCanvas", "over its limit") if count > column.wip_limit
                 else _translate("BoardCanvas", "within its limit"))
        return _translate("BoardCanvas", "{}: {} cards, WIP limit {} ({})").format(
            column.name, count, column.wip_limit, state)
    return ""
