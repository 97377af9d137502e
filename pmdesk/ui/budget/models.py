"""Budget lines and actual cost entries as editable Qt table models.

Both hold core values (never live rows) and follow the controller's change sets; their
columns are declared in :mod:`pmdesk.core.record_columns`. A typed cell becomes one patch,
one undo step, and a bad entry is refused with a message naming the row and the field.
"""

from __future__ import annotations

from pmdesk.core.record_columns import BUDGET_LINE_COLUMNS, COST_ENTRY_COLUMNS, Records
from pmdesk.ui.columns import RecordTableModel
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP

__all__ = ["BudgetLineModel", "CostEntryModel"]


class _BudgetModel(RecordTableModel):
    # Task names and categories read from the plan: a renamed task shows at once.
    follows = ("costs", "task_uids", "structure", "project")
    plural = QT_TRANSLATE_NOOP("Core", "rows")

    def context(self) -> Records:
        return Records(self.controller.plan)


class BudgetLineModel(_BudgetModel):
    """The project's budget, one line per cost category."""

    kind = "budget_lines"
    columns = BUDGET_LINE_COLUMNS
    noun = QT_TRANSLATE_NOOP("Core", "budget line")
    plural = QT_TRANSLATE_NOOP("Core", "budget lines")


class CostEntryModel(_BudgetModel):
    """Money actually spent: invoices, licences, trips, with the task they were for."""

    kind = "cost_entries"
    columns = COST_ENTRY_COLUMNS
    noun = QT_TRANSLATE_NOOP("Core", "cost entry")
    plural = QT_TRANSLATE_NOOP("Core", "cost entries")
