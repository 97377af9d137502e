"""Table cells edited by picking from a list the model offers."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pmdesk.ui.cell_index import CellIndex

# A model returns (value, label) pairs for this role where a cell's value comes from a list.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 2
# True where the list only suggests: a value not in it may be typed.
FREE_TEXT_ROLE = Qt.ItemDataRole.UserRole + 4



class ChoiceDelegate(QStyledItemDelegate):
    """A combo box wherever the model offers choices, a text editor elsewhere.

    Where the model says so (:data:`FREE_TEXT_ROLE`) the combo box is editable: a value not
    in the list (a new owner, a new category) may be typed.
    """

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: CellIndex) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(bool(index.data(FREE_TEXT_ROLE)))
        for value, label in choices:
            combo.addItem(label, value)
        # Committing on pick makes one choice one edit, without a second key press.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter in a combo box one may type into commits what is typed, once: left to
        the combo box and Qt both, the edit would be committed a second time after the
        editor had closed."""
        if (isinstance(editor, QComboBox) and editor.isEditable()
                and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._commit(editor)
            return True
        return super().eventFilter(editor, event)

    def setEditorData(self, editor: QWidget, index: CellIndex) -> None:
        if isinstance(editor, QComboBox):
            value = str(index.data(Qt.ItemDataRole.EditRole))
            at = editor.findData(value)
            if at >= 0:
                editor.setCurrentIndex(at)
            elif editor.isEditable():
                editor.setEditText(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: CellIndex) -> None:
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if editor.isEditable():
                # What is typed or picked is a label of the list ("(the product)" stands
                # for no feature) or, not in the list, a new value as typed.
                text = editor.currentText()
                at = editor.findText(text, Qt.MatchFlag.MatchFixedString
                                     | Qt.MatchFlag.MatchCaseSensitive)
                value = editor.itemData(at) if at >= 0 else text
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
