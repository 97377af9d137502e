"""Launch KPIs in the Product view."""

from pmdesk.ui.kpis.panel import KpiPanel

__all__ = ["KpiPanel"]
