"""The Dashboard, the home view."""

from pmdesk.ui.dashboard.view import DashboardView

__all__ = ["DashboardView"]
