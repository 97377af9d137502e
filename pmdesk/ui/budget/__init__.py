"""The Budget view: budget lines, actual costs, totals, earned value and baselines."""

from pmdesk.ui.budget.baseline_dialog import BaselineDialog
from pmdesk.ui.budget.models import BudgetLineModel, CostEntryModel
from pmdesk.ui.budget.s_curve import SCurveChart
from pmdesk.ui.budget.view import BudgetView

__all__ = ["BaselineDialog", "BudgetLineModel", "BudgetView", "CostEntryModel", "SCurveChart"]
