"""The risk register view: table, heat map, totals, risk dialog and schedule risk."""

from pmdesk.ui.risks.dialog import RiskDialog
from pmdesk.ui.risks.heat_map import HeatMapWidget
from pmdesk.ui.risks.model import RiskFilterProxy, RiskTableModel
from pmdesk.ui.risks.schedule_risk import ScheduleRiskPanel
from pmdesk.ui.risks.view import RiskSettingsDialog, RiskView

__all__ = [
    "HeatMapWidget",
    "RiskDialog",
    "RiskFilterProxy",
    "RiskSettingsDialog",
    "RiskTableModel",
    "RiskView",
    "ScheduleRiskPanel",
]
