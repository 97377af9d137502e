"""The open project as the GUI sees it: plan, schedule, undo history and the file.

Every edit a user makes arrives here as a :class:`~pmdesk.core.patch.Patch`. The controller
pushes one :class:`PatchCommand` per user intent, applies the patch to the in-memory plan,
reschedules, writes the same patch to the project's working copy, and emits ``changed``
with a :class:`~pmdesk.core.patch.ChangeSet` so each view refreshes only what changed.
Views read ``plan`` and ``schedule`` and never write them.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pmdesk.core.calendar import WorkCalendar, calendars_for, project_calendar
from pmdesk.core.limits import patch_problem
from pmdesk.core.model import Plan
from pmdesk.core.outline import row_numbers, summary_uids, wbs_codes
from pmdesk.core.outline_edit import named
from pmdesk.core.patch import ChangeSet, Patch, apply_patch, cascaded, rules_problem
from pmdesk.core.schedule import Scheduler, ScheduleResult

__all__ = ["EditRefused", "EditResult", "PatchCommand", "ProjectController", "named"]


class EditRefused(Exception):
    """An edit that cannot be made (a cycle, a value out of range, a working copy that
    cannot take it); the plan is unchanged."""


class _Conflict(EditRefused):
    """The workspace refused an edit because its rows changed elsewhere; ``refresh``
    brings the plan to the rows as they are now."""

    def __init__(self, message: str, refresh: Patch) -> None:
        super().__init__(message)
        self.refresh = refresh


@dataclass(frozen=True)
class EditResult:
    """What became of one edit: made, or refused and why (a sentence for the user).

    True when made, so ``if controller.edit(...):`` reads as it says."""

    made: bool
    reason: str | None = None

    def __bool__(self) -> bool:
        return self.made


class PatchCommand(QUndoCommand):
    """One undoable user intent: apply a patch; undo applies its inverse.

    ``patch`` is complete (its cascades added), so redo writes the file exactly what it
    did the first time. ``effect``: what the step does beside the plan (the note that the
    next save records a merge), called with True when it is made or redone and False when
    it is undone, so undo takes all of it back."""

    def __init__(self, controller: ProjectController, text: str, patch: Patch,
                 inverse: Patch, effect: Callable[[bool], None] | None = None) -> None:
        super().__init__(text)
        self._controller = controller
        self._patch = patch
        self._inverse = inverse
        self._first = True
        self._effect = effect

        # A workspace project: the rows' versions this step's last write left, which an
        # undo or redo expects to find (else someone changed them since, and it is refused).
        self.versions: dict | None = None

    def redo(self) -> None:
        if self._first:
            # ProjectController.edit already applied and validated the patch.
            self._first = False
            return
        inverse = self._replay(self._patch, made=True)
        if inverse is not None:
            self._inverse = inverse

    def undo(self) -> None:
        self._replay(self._inverse, made=False)

    def _replay(self, patch: Patch, made: bool) -> Patch | None:
        """Write ``patch`` (the step, or its inverse when undone) and what the step does
        beside the plan; the patch that takes it back, or None when it was refused."""
        try:
            inverse = self._controller._apply(patch, refuse=False, expect=self.versions)
        except EditRefused as exc:
            self._refused(str(exc))
            return None
        self.versions = self._controller.last_versions
        if self._effect is not None:
            self._effect(made)
        return inverse

    def _refused(self, reason: str) -> None:
        """The workspace refused the undo or redo (its rows changed elsewhere, or the
        server is gone): the step leaves the history, which can no longer replay it."""
        self.setObsolete(True)
        self._controller.error.emit(reason)


def _settle(plan: Plan) -> None:
    """A big project just opened lives until another is: its rows are moved out of the
    garbage collector's sight (``gc.freeze``), so that every few edits do not pause for a
    walk over each of its tasks, features and insights. The last project's are given back
    first, so what it left behind is collected; rows let go later are still freed as soon
    as nothing refers to them."""
    gc.unfreeze()
    if len(plan.tasks) + len(plan.features) + len(plan.insights) >= _BIG:
        gc.collect()
        gc.freeze()


_BIG = 2000  # rows from which a project is kept out of the collector's walks


class ProjectController(QObject):
    """Owns the open project: its plan, computed schedule, undo stack and document."""

    changed = Signal(object)  # ChangeSet
    # A message for the window: an edit refused whose caller did not show it itself
    # (``edit(..., report=True)``), or a working copy that missed an undo or redo.
    error = Signal(str)

    def __init__(self, plan: Plan, document=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.document = document
        self.read_only: bool = bool(document is not None and document.read_only)
        self.undo_stack = QUndoStack(self)
        self._scheduler = Scheduler(plan)
        self.schedule: ScheduleResult = self._scheduler.result
        self._derived: dict | None = None
        self._open_macros = 0
        self._history = 0  # which undo history open macros belong to (replace_plan: a new one)
        # The working copy missed an undo or redo it could not take (a full disk): the plan
        # in memory is right, and Save rewrites the working copy from it first.
        self.out_of_step = False
        _settle(self.plan)
        # The versions a workspace project's last write left (see PatchCommand.versions).
        self.last_versions: dict | None = None

    # -- editing -------------------------------------------------------------------------

    def edit(self, text: str, patch: Patch, *, report: bool = True,
             effect: Callable[[bool], None] | None = None) -> EditResult:
        """Make ``patch`` one undo step, or refuse it with the plan, schedule, history and
        working copy as they were.

        The result says which and why. A refusal is also shown by the window (``error``)
        unless ``report`` is False: the caller then shows the reason itself (a dialog, under
        its own fields). An empty patch is no edit: not made, with no reason. ``effect``:
        what the step does beside the plan, undone and redone with it (:class:`PatchCommand`).
        """
        if patch.is_empty():
            return EditResult(False)
        result = self._attempt(text, patch, effect)
        if not result and report and result.reason:
            self.error.emit(result.reason)
        return result

    def _attempt(self, text: str, patch: Patch,
                 effect: Callable[[bool], None] | None = None) -> EditResult:
        if self.read_only:
            return EditResult(False, "This project is open read-only; save a copy to make "
                                     "changes.")
        problem = patch_problem(patch) or rules_problem(self.plan, patch)
        if problem is not None:
            return EditResult(False, f"The change was not made: {problem}.")
        complete = cascaded(self.plan, patch)
        try:
            inverse = self._apply(complete)
        except EditRefused as exc:
            return EditResult(False, str(exc))
        command = PatchCommand(self, text, complete, inverse, effect)
        command.versions = self.last_versions
        self.undo_stack.push(command)
        if effect is not None:
            effect(True)
        return EditResult(True)

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside the block (one gesture) into one undo step; the step
        is closed however the block ends, an exception included."""
        self.undo_stack.beginMacro(text)
        self._open_macros += 1
        history = self._history
        try:
            yield
        finally:
            if history == self._history:  # not already closed by replace_plan
                self._open_macros -= 1
                self.undo_stack.endMacro()

    def take_back_last_step(self) -> None:
        """Undo the step just made and leave it out of the history: a gesture the user
        cancels (Escape during a drag) leaves no step behind for Redo to bring back."""
        stack = self.undo_stack
        if stack.index() == 0:
            return
        command = stack.command(stack.index() - 1)
        command.undo()
        # An obsolete step is dropped by the stack's undo, which does not undo it again.
        command.setObsolete(True)
        stack.undo()

    def _apply(self, patch: Patch, *, refuse: bool = True, expect: dict | None = None) -> Patch:
        """Apply a complete patch to plan, schedule and working copy; roll the plan back
        (EditRefused) when the engine refuses it or the working copy cannot take it.

        Undo and redo (``refuse=False``) cannot be refused once the undo history has
        moved: a working copy that fails them is marked :attr:`out_of_step` instead, the
        user is told, and Save first rewrites it from the plan. Any other failure rolls the
        plan back and is raised, so memory and file never disagree.

        A workspace project (a document that writes each edit to the server) refuses
        undo and redo too, with EditRefused, when the server does not take them: its rows
        changed elsewhere since (``expect``: the versions this step left), or the server
        cannot be reached. Rows found changed are then shown as they are now.
        """
        inverse, changes = apply_patch(self.plan, patch, complete=True)
        try:
            if changes.schedule_inputs:
                try:
                    self.schedule = self._scheduler.update(self.plan, changes)
                except (ValueError, OverflowError) as exc:  # CycleError is a ValueError
                    raise EditRefused(str(exc)) from exc
            if self.document is not None:
                problem = self._write(patch, expect)
                if problem is not None:
                    if refuse:
                        raise EditRefused(f"The change was not made: {problem}.")
                    self.out_of_step = True
                    self.error.emit(
                        f"{problem}. The window shows the change; saving writes it once "
                        "there is room again."
                    )
        except BaseException as exc:
            self._roll_back(inverse)
            if isinstance(exc, _Conflict):
                self.apply_remote(exc.refresh)
            raise
        if changes.structure or changes.calendars or changes.project:
            self._derived = None
        self.changed.emit(changes)
        return inverse

    def _roll_back(self, inverse: Patch) -> None:
        apply_patch(self.plan, inverse, complete=True)
        self._scheduler = Scheduler(self.plan)
        self.schedule = self._scheduler.result

    def _write(self, patch: Patch, expect: dict | None = None) -> str | None:
        """Write ``patch`` to the working copy; why it could not be, or None. A workspace
        project's server refuses with EditRefused (see :meth:`_apply`)."""
        from pmdesk.store.document import DocumentError
        from pmdesk.store.repository import apply_patch as store_patch

        self.last_versions = None
        if getattr(self.document, "live", False):
            from pmdesk.store.workspace import RowConflict, WorkspaceError

            try:
                self.last_versions = self.document.write_patch(patch, expect)
            except RowConflict as exc:
                raise _Conflict(str(exc), exc.refresh) from None
            except WorkspaceError as exc:
                raise EditRefused(str(exc)) from None
            return None

        try:
            with self.document.session() as session:
                store_patch(session, patch)
        except DocumentError as exc:
            return str(exc)
        return None

    def apply_remote(self, patch: Patch) -> ChangeSet | None:
        """Show rows others changed in the workspace: the plan and schedule follow, the
        views refresh what changed, and the undo history stays (a step of it whose rows
        changed is refused when undone). What changed, or None for an empty patch."""
        if patch.is_empty():
            return None
        _inverse, changes = apply_patch(self.plan, patch, complete=True)
        if changes.schedule_inputs:
            try:
                self.schedule = self._scheduler.update(self.plan, changes)
            except (ValueError, OverflowError) as exc:
                self.error.emit(f"The project changed elsewhere cannot be scheduled: {exc}")
        if changes.structure or changes.calendars or changes.project:
            self._derived = None
        self.changed.emit(changes)
        return changes

    def replace_plan(self, plan: Plan, document=None) -> None:
        """Show another project (Open, Revert, New): a fresh schedule and an empty history.

        Raises what the engine raises for a plan it cannot schedule (a CycleError, a
        ValueError for a calendar without working time), before anything changes.
        """
        scheduler = Scheduler(plan)
        while self._open_macros:  # a gesture cut short by another project
            self._open_macros -= 1
            self.undo_stack.endMacro()
        self._history += 1
        self.plan = plan
        self.document = document
        self.read_only = bool(document is not None and document.read_only)
        self.undo_stack.clear()
        self._scheduler = scheduler
        self.schedule = self._scheduler.result
        self.out_of_step = False
        self._derived = None
        _settle(self.plan)
        self.changed.emit(ChangeSet.everything())

    # -- derived lookups -------------------------------------------------------------------

    def _lookups(self) -> dict:
        if self._derived is None:
            tasks = self.plan.tasks
            rows = row_numbers(tasks)
            self._derived = {
                "rows": rows,
                "by_row": {n: uid for uid, n in rows.items()},
                "wbs": wbs_codes(tasks),
                "summaries": summary_uids(tasks),
                "calendars": calendars_for(self.plan),
                "project_calendar": project_calendar(self.plan),
            }
        return self._derived

    def row_number(self, uid: str) -> int:
        """MS Project style row number ("ID") of a task."""
        return self._lookups()["rows"][uid]

    def uid_for_row(self, number: int) -> str | None:
        return self._lookups()["by_row"].get(number)

    def wbs(self, uid: str) -> str:
        return self._lookups()["wbs"][uid]

    def is_summary(self, uid: str) -> bool:
        return uid in self._lookups()["summaries"]

    def calendar(self, uid: str | None = None) -> WorkCalendar:
        """A working-time calendar by uid; the project's calendar when ``uid`` is None."""
        d = self._lookups()
        if uid is not None and uid in d["calendars"]:
            return d["calendars"][uid]
        return d["project_calendar"]

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()
