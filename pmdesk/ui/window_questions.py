"""The questions and notes the main window puts to the user about a project's life: take
over a lock, open a plan with repairs, recover a crash copy, save elsewhere after a
conflict, the shortcut list and the About box.

Each returns the user's answer; the window acts on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from pmdesk import __version__

if TYPE_CHECKING:
    from pathlib import Path

    from pmdesk.core.repair import Repair
    from pmdesk.store.document import ProjectDocument, RecoveryInfo

# The words of these questions go through Qt's translations in the context "Questions".
_translate = QCoreApplication.translate


def ask_repair(parent: QWidget, shown: str, repair: Repair) -> bool:
    """Whether to open a plan with the changes that make it schedulable."""
    listed = "\n".join(f"• {change}" for change in repair.changes)
    return _confirm(parent, _translate("Questions", "Project cannot be scheduled as saved"),
                    f"{shown}: {repair.problem}.",
                    _translate("Questions", "Open With These Changes"),
                    _translate("Questions", "pmdesk can open it with these changes:\n{}\n\n"
                               "The file stays as it is until you save.").format(listed))


def _confirm(parent: QWidget, title: str, text: str, accept_text: str,
             informative: str = "") -> bool:
    """A warning with ``accept_text`` (the default) and Cancel: whether it was accepted."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def ask_take_over(parent: QWidget, path: Path, document: ProjectDocument) -> ProjectDocument:
    """``document`` (opened read-only because someone holds its lock), or the same project
    opened with the lock taken over if the user asks for that."""
    from pmdesk.store import document as documents

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_translate("Questions", "Project in use"))
    box.setText(document.lock_message or _translate(
        "Questions", "{} is open elsewhere; opened read-only.").format(path.name))
    box.setInformativeText(_translate(
        "Questions", "Open it read-only, or take over the lock if you know that nobody is "
        "editing it (for example after a crash)."))
    read_only_button = box.addButton(_translate("Questions", "Open Read-Only"),
                                     QMessageBox.ButtonRole.AcceptRole)
    take_button = box.addButton(_translate("Questions", "Take Over"),
                                QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(read_only_button)
    box.exec()
    if box.clickedButton() is take_button:
        try:
            taken = documents.ProjectDocument.open(path, take_over=True)
        except documents.DocumentError as exc:
            QMessageBox.critical(parent, _translate("Questions", "Cannot take over"), str(exc))
            return document
        document.close()
        return taken
    return document


def ask_recovery(parent: QWidget, info: RecoveryInfo) -> str:
    """"recover", "discard" or "later" for one crash-recovery copy."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_translate("Questions", "Recover unsaved changes?"))
    name = (info.original_path.name if info.original_path
            else _translate("Questions", "an unsaved project"))
    box.setText(_translate(
        "Questions", "pmdesk closed unexpectedly while “{project}” ({file}) had unsaved "
        "changes from {when}.").format(project=info.project_name, file=name,
                                       when=f"{info.modified:%Y-%m-%d %H:%M}"))
    box.setInformativeText(_translate(
        "Questions", "Recover them now? Discarding deletes that copy for good."))
    recover = box.addButton(_translate("Questions", "Recover"),
                            QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_translate("Questions", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_translate("Questions", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    if box.clickedButton() is recover:
        return "recover"
    return "discard" if box.clickedButton() is discard else "later"


def ask_save_as_instead(parent: QWidget, message: str) -> bool:
    """Someone else saved this project meanwhile: whether to save under another name (the
    other save is never overwritten)."""
    return _confirm(parent, _translate("Questions", "Project changed by someone else"),
                    message, _translate("Questions", "Save As…"))


def show_shortcuts(window: QWidget) -> None:
    """Help ▸ Keyboard Shortcuts: every action of ``window`` that has keys, sorted."""
    lines = []
    seen = set()
    for action in window.findChildren(QAction):
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        text = action.text().replace("&", "").rstrip("…")
        if keys and text and (text, keys) not in seen:
            seen.add((text, keys))
            lines.append(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>")
    QMessageBox.information(
        window, _translate("Questions", "Keyboard Shortcuts"),
        "<table cellspacing=4>" + "".join(sorted(lines)) + "</table>",
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        _translate("Questions", "About pmdesk"),
        f"<h3>pmdesk {__version__}</h3><p>"
        + _translate("Questions", "Offline planning for product managers: timelines, "
                     "resources, budgets and risks in one project file.") + "</p>",
    )
