"""Cell editing for the task sheet: one line editor per cell, checked before it commits.

A typed value that does not parse (or would close a dependency loop) keeps the editor
open with the message in a bubble right under the cell; the plan is left as it was.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyleOptionViewItem,
    QWidget,
)

from pmdesk.core.entry import UnknownResourceError
from pmdesk.ui.cell_index import CellIndex
from pmdesk.ui.choices import CHOICES_ROLE, ChoiceDelegate
from pmdesk.ui.gantt.task_model import Column, TaskTableModel

_CURSOR = QAbstractItemView.CursorAction
# Keys that leave a cell editor for a neighbouring cell: Tab and Shift+Tab along the row,
# Up and Down to the row above or below (Left and Right move within the text).
_MOVES = {
    Qt.Key.Key_Tab: _CURSOR.MoveNext,
    Qt.Key.Key_Backtab: _CURSOR.MovePrevious,
    Qt.Key.Key_Up: _CURSOR.MoveUp,
    Qt.Key.Key_Down: _CURSOR.MoveDown,
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
        area = self.parentWidget()
        assert area is not None  # made as a child of the sheet's viewport
        self.setText(text)
        width = max(below.width(), 320)
        self.setFixedWidth(min(width, max(200, area.width() - 8)))
        self.adjustSize()
        pos = below.mapTo(area, QPoint(0, below.height()))
        x = max(0, min(pos.x(), area.width() - self.width()))
        y = pos.y()
        if y + self.height() > area.height():
            y = below.mapTo(area, QPoint(0, 0)).y() - self.height()
        self.move(x, y)
        self.show()
        self.raise_()


class CellEditor(QLineEdit):
    """A line editor that remembers which cell it edits."""

    def __init__(self, parent: QWidget, index: CellIndex) -> None:
        super().__init__(parent)
        self.index = QPersistentModelIndex(index)


class TaskItemDelegate(ChoiceDelegate):
    """Fixed row height (the chart uses the same), validated line editors, and a drop-down
    list where the cell's value is one of a few (Task Mode: Auto or Manual)."""

    def __init__(self, view: QAbstractItemView, row_height: int) -> None:
        super().__init__(view)
        self._view = view
        self.row_height = row_height
        self.bubble = ErrorBubble(view.viewport())
        self._asking = False

    def sizeHint(self, option: QStyleOptionViewItem, index: CellIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), self.row_height)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: CellIndex) -> QWidget:
        model = index.model()
        hint = model.column_at(index.column()).hint if isinstance(model, TaskTableModel) \
            else ""
        if index.data(CHOICES_ROLE):
            combo = super().createEditor(parent, option, index)
            combo.setToolTip(hint)
            return combo
        editor = CellEditor(parent, index)
        editor.setFrame(False)
        if hint:
            editor.setPlaceholderText(hint)
            editor.setToolTip(hint)
        editor.textEdited.connect(self.bubble.hide)
        editor.destroyed.connect(self.bubble.hide)
        return editor

    def setEditorData(self, editor: QWidget, index: CellIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: CellIndex) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: CellIndex) -> None:
        editor.setGeometry(option.rect)

    def problem(self, editor: CellEditor) -> str | None:
        """What is wrong with the editor's text for its cell, or None if it can go in.

        New resource names are offered for creation first; accepting makes the edit at once
        (one undo step) and the answer is "" — nothing left to commit."""
        index = editor.index
        model = index.model()
        if not isinstance(model, TaskTableModel):
            return None
        uid = model.uid(index)
        if uid is None:
            return None
        try:
            model.patch_for(uid, index.column(), editor.text())
        except UnknownResourceError as exc:
            return "" if self._create_resources(editor, model, uid, exc) else str(exc)
        except ValueError as exc:
            return str(exc)
        return None

    def _create_resources(self, editor: CellEditor, model: TaskTableModel, uid: str,
                          unknown: UnknownResourceError) -> bool:
        """Offer to add the resources typed that the project lacks; True when made."""
        names = list(unknown.names)
        listed = ", ".join(f"“{n}”" for n in names)
        box = QMessageBox(self._view)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New resource"))
        box.setText(self.tr("Not in this project's resources yet: {}.").format(listed))
        box.setInformativeText(
            self.tr("Add to the resource sheet and assign the task? You can set rates and "
                    "calendars in the Resources view later."))
        create = box.addButton(self.tr("Create and Assign") if len(names) == 1 else
                               self.tr("Create All and Assign"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(create)
        self._asking = True  # the editor loses focus to the box: it must stay open
        try:
            box.exec()
        finally:
            self._asking = False
        made = box.clickedButton() is create
        box.deleteLater()
        editor.window().activateWindow()
        editor.setFocus()
        if not made:
            return False
        patch = model.patch_for(uid, Column.RESOURCES, editor.text(), create_resources=True)
        task = model.task(uid)
        text = (self.tr("Add resources {} to “{}”") if len(names) > 1
                else self.tr("Add resource {} to “{}”")).format(", ".join(names),
                                                                 task.name if task else "")
        return patch is not None and model.controller.edit(text, patch).made

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._asking and event.type() == QEvent.Type.FocusOut:
            return False  # not a commit: the new-resource question took the focus
        if isinstance(obj, CellEditor) and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            move = _MOVES.get(Qt.Key(key))
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or move is not None:
                message = self.problem(obj)
                if message:
                    self.bubble.show_at(message, obj)
                    obj.setFocus()
                    return True
                if message == "" or move is not None:
                    # Commit (unless the new-resource offer already made the edit) and step
                    # to the neighbouring cell, not into its editor: the next key then moves
                    # on or types over it, as in a spreadsheet.
                    if message is None:
                        self.commitData.emit(obj)
                    self.closeEditor.emit(obj, QAbstractItemDelegate.EndEditHint.NoHint)
                    step = getattr(self._view, "step", None)
                    if move is not None and callable(step):
                        step(move)
                    return True
            elif key == Qt.Key.Key_Escape:
                self.bubble.hide()
        return super().eventFilter(obj, event)
