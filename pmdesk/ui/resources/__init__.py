"""The Resources view: resource sheet, usage graph and resource leveling."""

from pmdesk.ui.resources.model import ResourceTableModel
from pmdesk.ui.resources.usage_chart import UsageChart
from pmdesk.ui.resources.view import ResourceView

__all__ = ["ResourceTableModel", "ResourceView", "UsageChart"]
