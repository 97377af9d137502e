"""File ▸ Share a Copy…: choose what the copy leaves out, see what that is, then save."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.kinds import WITHHELD_GROUPS
from pmdesk.core.model import Plan
from pmdesk.core.sharing import GROUP_TITLES, Stripped, strip
from pmdesk.ui.i18n import core_word


class ShareDialog(QDialog):
    """The groups to leave out, each a check box, and a preview of what they hold
    (counts and examples), redrawn as the boxes change."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share a Copy"))
        self.setObjectName("shareDialog")
        self._plan = plan
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("The copy leaves out what is checked. Nothing left out stays anywhere "
                    "in the file: not in its free space, its search index or its journal."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        for group in WITHHELD_GROUPS:
            box = QCheckBox(core_word(GROUP_TITLES[group]))
            box.setObjectName(f"strip_{group}")
            box.setChecked(True)
            box.toggled.connect(self._refresh)
            layout.addWidget(box)
            self.boxes[group] = box
        self.preview = QTreeWidget()
        self.preview.setObjectName("sharePreview")
        self.preview.setHeaderLabels([self.tr("Left out"), self.tr("Count")])
        self.preview.setColumnWidth(0, 420)
        layout.addWidget(self.preview, 1)
        self.total = QLabel()
        self.total.setWordWrap(True)
        layout.addWidget(self.total)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = self.buttons.addButton(
            self.tr("&Save Copy…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 480)
        self._refresh()

    def groups(self) -> tuple[str, ...]:
        """The groups checked."""
        return tuple(g for g, box in self.boxes.items() if box.isChecked())

    def stripped(self) -> Stripped:
        return strip(self._plan, self.groups())

    def _refresh(self, *_args: object) -> None:
        self.preview.clear()
        result = self.stripped()
        for group, left in result.left.items():
            item = QTreeWidgetItem([core_word(GROUP_TITLES[group]), str(left.count)])
            for example in left.examples:
                item.addChild(QTreeWidgetItem([example, ""]))
            if left.count > len(left.examples):
                item.addChild(QTreeWidgetItem([f"… and {left.count - len(left.examples)} "
                                               "more", ""]))
            self.preview.addTopLevelItem(item)
            item.setExpanded(True)
        self.total.setText(left_out_words(result) + ".")


def left_out_words(result: Stripped) -> str:
    """What a shared copy left out, in the window's language ("Left out: 3 Confidential
    tasks and risks, 12 Costs, rates and budget lines")."""
    parts = [f"{v.count} {core_word(GROUP_TITLES[k])}" for k, v in result.left.items()
             if v.count]
    if not parts:
        return QCoreApplication.translate("ShareDialog", "Nothing to leave out")
    return QCoreApplication.translate("ShareDialog", "Left out: {}").format("; ".join(parts))
