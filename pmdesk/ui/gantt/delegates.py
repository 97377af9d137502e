"""Cell editing for the task sheet: one line editor per cell, checked before it commits.

A typed value that does not parse (or would close a dependency loop) keeps the editor
open with the message in a bubble right under the cell; the plan is left as it was.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from pmdesk.ui.gantt.task_model import Column, TaskTableModel

_HINTS = {
    Column.DURATION: "5d, 4h, 2w, 1mo, 3ed (elapsed); 0 makes a milestone",
    Column.START: "2025-03-05 or 5/3/2025: sets a start-no-earlier-than constraint",
    Column.FINISH: "2025-03-05 or 5/3/2025: sets a finish-no-earlier-than constraint",
    Column.PREDECESSORS: "row numbers: 3, 3FS+2d, 5SS-1d, 7FF+50%",
    Column.RESOURCES: "names or initials: Ana[50%], Ben",
    Column.PERCENT: "0 to 100",
    Column.ESTIMATE: "optimistic / most likely / pessimistic: 3d / 5d / 9d",
    Column.MODE: "Manual (keeps its dates; links do not move it) or Auto",
}


class ErrorBubble(QLabel):
    """A small message under the cell being edited saying what is wrong with the entry."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("cellErrorBubble")
        self.setWordWrap(True)
        self.setMargin(6)
        self.setAutoFillBackground(True)
        self.setFrameShape(QLabel.Shape.Box)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.darkRed)
        pal.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.setPalette(pal)
        self.hide()

    def show_at(self, text: str, below: QWidget) -> None:
        self.setText(text)
        width = max(below.width(), 320)
        self.setFixedWidth(min(width, max(200, self.parentWidget().width() - 8)))
        self.adjustSize()
        pos = below.mapTo(self.parentWidget(), QPoint(0, below.height()))
        x = max(0, min(pos.x(), self.parentWidget().width() - self.width()))
        y = pos.y()
        if y + self.height() > self.parentWidget().height():
            y = below.mapTo(self.parentWidget(), QPoint(0, 0)).y() - self.height()
        self.move(x, y)
        self.show()
        self.raise_()


class CellEditor(QLineEdit):
    """A line editor that remembers which cell it edits."""

    def __init__(self, parent: QWidget, index: QModelIndex) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)


class TaskItemDelegate(QStyledItemDelegate):
    """Fixed row height (the chart uses the same) and validated line editors."""

    def __init__(self, view: QAbstractItemView, row_height: int) -> None:
        super().__init__(view)
        self._view = view
        self.row_height = row_height
        self.bubble = ErrorBubble(view.viewport())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        editor = CellEditor(parent, index)
        editor.setFrame(False)
        hint = _HINTS.get(Column(index.column()))
        if hint:
            editor.setPlaceholderText(hint)
            editor.setToolTip(hint)
        editor.textEdited.connect(self.bubble.hide)
        editor.destroyed.connect(self.bubble.hide)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex) -> None:
        editor.setGeometry(option.rect)

    def problem(self, editor: CellEditor) -> str | None:
        """What is wrong with the editor's text for its cell, or None if it can go in."""
        index = editor.index
        model = index.model()
        if not isinstance(model, TaskTableModel):
            return None
        uid = model.uid(index)
        if uid is None:
            return None
        try:
            model.patch_for(uid, Column(index.column()), editor.text())
        except ValueError as exc:
            return str(exc)
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if isinstance(obj, CellEditor) and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                message = self.problem(obj)
                if message:
                    self.bubble.show_at(message, obj)
                    obj.setFocus()
                    return True
            elif key == Qt.Key.Key_Escape:
                self.bubble.hide()
        return super().eventFilter(obj, event)
