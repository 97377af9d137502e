"""File ▸ Merge From…: a colleague's copy, merged against the common ancestor.

What only one side changed is taken without asking; the conflicts are listed side by
side (mine, theirs) with a box to take theirs; codes and names both copies added (two
risks R-007) are listed with how the merge settles them. A merge that would close a
dependency cycle lists the links that close it, to drop one, before it is made.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.merge import Conflict, Merge, closing_links
from pmdesk.core.model import Plan
from pmdesk.core.outline import row_numbers
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.sharing import copy_plan
from pmdesk.ui.dialog_parts import check_item, ticked

_ROLE = Qt.ItemDataRole.UserRole
_TAKE = 4  # the "take theirs" column


class MergeDialog(QDialog):
    """The merge of ``theirs_name`` into the open project; :attr:`patch` is the merge
    once accepted."""

    def __init__(self, merge: Merge, mine: Plan, theirs_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge From {}").format(theirs_name))
        self.setObjectName("mergeDialog")
        self._merge = merge
        self._mine = mine
        self.patch: Patch | None = None
        self._dropped: set[str] = set()
        self._takes: list[QTableWidgetItem] = []
        layout = QVBoxLayout(self)
        conflicts = merge.conflicts
        self.summary = QLabel(
            f"{merge.taken_from_theirs} change{'s' if merge.taken_from_theirs != 1 else ''} "
            f"from {theirs_name}; " + (
                f"{len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} to decide "
                "(checked: take theirs)." if conflicts else "no conflicts."))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.collisions = self._collision_label()
        layout.addWidget(self.collisions)
        self.table = QTableWidget(len(conflicts), 5)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Field"), self.tr("Mine"), self.tr("Theirs"),
                                              self.tr("Take theirs")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, conflict in enumerate(conflicts):
            self._fill_row(row, conflict)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(conflicts))
        layout.addWidget(self.table, 1)
        self.cycle_label = QLabel()
        self.cycle_label.setWordWrap(True)
        self.cycle_label.setObjectName("mergeCycle")
        self.links = QListWidget()
        self.links.setObjectName("cycleLinks")
        self.cycle_label.hide()
        self.links.hide()
        layout.addWidget(self.cycle_label)
        layout.addWidget(self.links)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.mine_button = self.buttons.addButton(self.tr("All &Mine"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.theirs_button = self.buttons.addButton(self.tr("All &Theirs"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.mine_button.clicked.connect(lambda: self._take_all(False))
        self.theirs_button.clicked.connect(lambda: self._take_all(True))
        self.mine_button.setEnabled(bool(conflicts))
        self.theirs_button.setEnabled(bool(conflicts))
        self.buttons.accepted.connect(self._try_merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

    def _collision_label(self) -> QLabel:
        """What both copies added under one code or name, and how the merge settles it
        (whichever side the conflicts take)."""
        self._merge.patch()
        said = [c.text for c in self._merge.collisions]
        label = QLabel("Added in both copies, settled by the merge:\n"
                       + "\n".join(f"• {text}" for text in said))
        label.setObjectName("mergeCollisions")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setVisible(bool(said))
        return label

    def _fill_row(self, row: int, conflict: Conflict) -> None:
        field = conflict.field.replace("_", " ") if conflict.field else "edited / deleted"
        for column, text in enumerate((conflict.name, field, conflict.mine, conflict.theirs)):
            item = QTableWidgetItem(text)
            item.setToolTip(conflict.text())
            self.table.setItem(row, column, item)
        take = QTableWidgetItem()
        take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        take.setCheckState(Qt.CheckState.Unchecked)
        take.setData(_ROLE, conflict.key)
        self.table.setItem(row, _TAKE, take)
        self._takes.append(take)

    def _take_all(self, theirs: bool) -> None:
        state = Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
        for take in self._takes:
            take.setCheckState(state)

    def choices(self) -> dict[tuple[str, str, str], str]:
        """Each conflict's side as the boxes say."""
        return {take.data(_ROLE): "theirs" if take.checkState() == Qt.CheckState.Checked
                else "mine" for take in self._takes}

    def dropped_links(self) -> list[str]:
        """The links checked to leave out (and those left out for an earlier cycle)."""
        return sorted(self._dropped | set(ticked(self.links)))

    def _try_merge(self) -> None:
        """Accept with the merge's patch, unless it closes a dependency cycle: then list
        the links that close it, to drop one."""
        patch = self._merge.patch(self.choices(), drop_links=self.dropped_links())
        merged = copy_plan(self._mine)
        apply_patch(merged, patch)
        found = closing_links(merged, self._mine)
        if found is None:
            self.patch = patch
            self.accept()
            return
        cycle, links = found
        rows = row_numbers(merged.tasks)
        names = {t.uid: t.name for t in merged.tasks}
        self.cycle_label.setText(
            self.tr("The merge closes a dependency cycle ({}). Check a link to leave out, then "
                    "Merge again:").format(cycle))
        dropped = set(self.dropped_links())
        self._dropped = dropped
        self.links.clear()
        for link in links:
            self.links.addItem(check_item(
                f"{names.get(link.predecessor_uid, '?')} → {names.get(link.successor_uid, '?')}"
                f" (rows {rows.get(link.predecessor_uid)}-{rows.get(link.successor_uid)})",
                link.uid, link.uid in dropped))
        self.cycle_label.show()
        self.links.show()
