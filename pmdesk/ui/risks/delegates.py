"""Cell editors of the register: a list to pick from wherever the model offers choices."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from pmdesk.ui.risks.model import CHOICES_ROLE, Column

_Index = QModelIndex | QPersistentModelIndex
_FREE_TEXT = {Column.OWNER}  # a new owner may be typed; other choices are fixed


class RiskItemDelegate(QStyledItemDelegate):
    """A combo box for category, kind, status, strategy, ratings and owner; text elsewhere."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.setEditable(index.column() in _FREE_TEXT)
        for value, label in choices:
            combo.addItem(label, value)
        # Committing on pick makes one choice one edit, without a second key press.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            value = str(index.data(Qt.ItemDataRole.EditRole))
            at = editor.findData(value)
            if at >= 0:
                editor.setCurrentIndex(at)
            elif editor.isEditable():
                editor.setEditText(value)
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            if editor.isEditable() and editor.currentText() != editor.currentData():
                value = editor.currentText()
            else:
                value = editor.currentData()
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
