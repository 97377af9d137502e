"""The Dashboard (Ctrl+0), the home view of a project with a product: where it stands on
one page. Each tile shows figures from :func:`pmdesk.core.product.dashboard.dashboard`
(the same functions the other views and the status report read) and opens its view on a
click: stage and next gate, milestones, schedule health, cost health, top risks, KPIs with
sparklines, board WIP against limits, the roadmap and the top of the backlog."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from pmdesk.core.durations import TimeUnits
from pmdesk.core.health import status_moment
from pmdesk.core.model import Risk
from pmdesk.core.money import format_money
from pmdesk.core.montecarlo import schedule_text
from pmdesk.core.patch import ChangeSet
from pmdesk.core.product.dashboard import Dashboard, dashboard, earned_value
from pmdesk.core.product.kpi import KpiStatus, KpiSummary
from pmdesk.core.product.model import Horizon
from pmdesk.core.product.roadmap import build_roadmap
from pmdesk.render.kpi_chart import STATUS_COLORS, paint_sparkline
from pmdesk.render.palette import LEVEL_COLORS, TEXT
from pmdesk.render.written import figure
from pmdesk.ui.headline import as_of_text, finish_text, headline_words
from pmdesk.ui.i18n import QT_TRANSLATE_NOOP, core_word, date_text, number, stage_name
from pmdesk.ui.lazy import RefreshWhenShown

__all__ = ["DashboardView", "Tile"]

#: Tile -> the view (or Product tab) a click opens.
TARGETS = {
    "stage": "strategy", "milestones": "gantt", "schedule": "gantt", "cost": "budget",
    "risks": "risks", "kpis": "kpis", "wip": "board", "roadmap": "roadmap",
    "backlog": "backlog",
}
_PRODUCT_TABS = ("strategy", "backlog", "research", "kpis")
#: The words a tile's tooltip names its view by (the View menu's and Product tabs' names).
TARGET_NAMES = {
    "strategy": QT_TRANSLATE_NOOP("MainWindow", "Strategy"),
    "gantt": QT_TRANSLATE_NOOP("MainWindow", "Gantt"),
    "budget": QT_TRANSLATE_NOOP("MainWindow", "Budget"),
    "risks": QT_TRANSLATE_NOOP("MainWindow", "Risks"),
    "kpis": QT_TRANSLATE_NOOP("MainWindow", "KPIs"),
    "board": QT_TRANSLATE_NOOP("MainWindow", "Board"),
    "roadmap": QT_TRANSLATE_NOOP("MainWindow", "Roadmap"),
    "backlog": QT_TRANSLATE_NOOP("MainWindow", "Backlog"),
}


class Tile(QFrame):
    """One tile: a title, rich text, and optionally a painted part; a click opens."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(f"QFrame#tile_{key} {{ background: #ffffff; border: 1px solid "
                           "#d5d9de; border-radius: 6px; }")
        self.heading = QLabel(f"<b>{escape(title)}</b>")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.heading.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.body)
        box.addStretch(1)
        self.setToolTip(self.tr("Click to open {}").format(
            QCoreApplication.translate("MainWindow", TARGET_NAMES[TARGETS[key]])))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.clicked.emit(self.key)
            return
        super().mouseReleaseEvent(event)


class KpiSparklines(QWidget):
    """Each KPI on a line: name, latest against target, a sparkline in its status colour.
    In a tile too narrow to read the names beside their figures, each KPI takes two lines:
    its name across the tile, then its figures."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[KpiSummary] = []
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_summaries(self, summaries: list[KpiSummary]) -> None:
        self.summaries = summaries
        self._fit_height()
        QWidget.update(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        lines = len(self.summaries) * (2 if self.stacked() else 1)
        self.setMinimumHeight(max(self.ROW, self.ROW * lines))

    @staticmethod
    def value_text(summary: KpiSummary) -> str:
        latest = "—" if summary.latest is None else figure(f"{summary.latest.value:g}")
        return f"{latest} / {figure(f'{summary.kpi.target:g}')}"

    def stacked(self) -> bool:
        """Whether the names go on lines of their own."""
        return self._too_narrow(self._columns(float(self.width()))[0])

    def _too_narrow(self, name_w: float) -> bool:
        """Whether a name column ``name_w`` wide would cut a name, and to fewer than about
        twenty letters."""
        fm = QFontMetricsF(self.font())
        widest = max((fm.horizontalAdvance(s.kpi.name) for s in self.summaries), default=0.0)
        return name_w < min(widest + 4, fm.averageCharWidth() * 20)

    def columns(self) -> tuple[float, float, float, float]:
        """Widths of the name, the value, the sparkline and the status word: the status
        word whole (a narrow tile cuts it to "on tr" otherwise), the sparkline left out
        before the name becomes too short to read. Stacked, the name has a line of its
        own and the figures the whole width."""
        w = float(self.width())
        beside = self._columns(w)
        if not self._too_narrow(beside[0]):
            return beside
        return (0.0, *self._columns(w, with_name=False)[1:])

    def _columns(self, w: float, with_name: bool = True) -> tuple[float, float, float, float]:
        fm = QFontMetricsF(self.font())
        status = max((fm.horizontalAdvance(core_word(s.status.value))
                      for s in self.summaries), default=0.0) + 6
        value = min(max((fm.horizontalAdvance(self.value_text(s)) for s in self.summaries),
                        default=0.0) + 8, w * (0.3 if with_name else 0.6))
        spark = w * 0.18 if with_name else max(w - value - status, 0.0)
        if with_name and w - value - spark - status < w * 0.3:
            spark = 0.0
        return max(w - value - spark - status, 0.0) if with_name else 0.0, value, spark, status

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetricsF(self.font())
        name_w, value_w, spark_w, status_w = self.columns()
        stacked = not name_w
        for k, s in enumerate(self.summaries):
            y = k * self.ROW * (2 if stacked else 1)
            p.setPen(TEXT)
            width = self.width() if stacked else name_w
            p.drawText(QRectF(0, y, width, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(s.kpi.name, Qt.TextElideMode.ElideRight, width - 4))
            if stacked:
                y += self.ROW
            p.drawText(QRectF(name_w, y, value_w, self.ROW), Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(self.value_text(s), Qt.TextElideMode.ElideRight,
                                     value_w - 6))
            if spark_w:
                paint_sparkline(p, QRectF(name_w + value_w, y + 3, spark_w - 4, self.ROW - 6),
                                s.kpi, list(s.values[-60:]), s.status)
            p.setPen(STATUS_COLORS[s.status])
            p.drawText(QRectF(name_w + value_w + spark_w, y, status_w, self.ROW),
                       Qt.AlignmentFlag.AlignVCenter, core_word(s.status.value))
        p.end()


def _color(level) -> str:
    return QColor(LEVEL_COLORS[level]).name()


def _verdict(verdict) -> str:
    """An earned-value verdict's text, bold in its level's colour."""
    words = escape(headline_words(verdict.text))
    return f"<span style='color:{_color(verdict.level)}'><b>{words}</b></span>"


def _ratio(value: float | Decimal | None) -> str:
    return number(value, 2) if value is not None else "—"


def _lines(items: list[str], empty: str) -> str:
    return "<br>".join(items) if items else f"<span style='color:#5f6670'>{empty}</span>"


class DashboardView(RefreshWhenShown, QWidget):
    """The home view; ``opened`` says which view a tile asked for."""

    opened = Signal(str)

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.figures: Dashboard | None = None
        self._evm_due = False
        self.headline = QLabel()
        self.headline.setObjectName("dashboardHeadline")
        self.tiles: dict[str, Tile] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        titles = [("stage", self.tr("Stage and next gate")), ("milestones", self.tr("Milestones")),
                  ("schedule", self.tr("Schedule health")), ("cost", self.tr("Cost health")),
                  ("risks", self.tr("Top risks")), ("wip", self.tr("Board WIP")),
                  ("kpis", self.tr("KPIs")), ("roadmap", self.tr("Roadmap")),
                  ("backlog", self.tr("Top of the backlog"))]
        for n, (key, title) in enumerate(titles):
            tile = Tile(key, title)
            tile.clicked.connect(self.open_tile)
            self.tiles[key] = tile
            grid.addWidget(tile, n // 3, n % 3)
        self.sparklines = KpiSparklines()
        kpi_box = self.tiles["kpis"].layout()
        assert isinstance(kpi_box, QVBoxLayout)
        kpi_box.insertWidget(2, self.sparklines)
        inner = QWidget()
        box = QVBoxLayout(inner)
        box.addWidget(self.headline)
        box.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        controller.changed.connect(self._on_changed)

    # -- navigation --------------------------------------------------------------------

    def open_tile(self, key: str) -> None:
        target = TARGETS[key]
        self.opened.emit(target)
        window = self.window()
        show = getattr(window, "show_view", None)
        if show is None:
            return
        if target in _PRODUCT_TABS:
            show("product")
            getattr(window, "views", {})["product"].show_tab(target)
        else:
            show(target)

    # -- refreshing --------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        self.mark_stale()

    def refresh(self) -> None:
        """Every tile at once but the earned-value figures, which follow right after the
        first paint (on a big plan they take as long as the rest together)."""
        c = self.controller
        d = self.figures = dashboard(c.plan, c.schedule, with_evm=False)
        self.refreshed()
        self._evm_due = True
        QTimer.singleShot(0, self, self.fill_earned_value)
        product = c.plan.products[0].name if c.plan.products else c.plan.project.name
        self.headline.setText(f"<h2>{escape(product)}</h2>"
                              + self.tr("as of {}").format(
                                  as_of_text(c.plan.project.status_date)))
        self._fill_stage(d)
        self._fill_schedule(d)
        self._fill_cost(d)
        self._fill_lists(d)
        self.sparklines.set_summaries(list(d.kpis))
        at_risk = sum(1 for s in d.kpis if s.status is not KpiStatus.ON_TRACK)
        self.tiles["kpis"].body.setText(
            self.tr("{} KPIs · {} not on track").format(len(d.kpis), at_risk)
            if d.kpis else self.tr("No KPIs yet."))
        roadmap = build_roadmap(c.plan, c.schedule, status_moment(c.plan).date())
        by = roadmap.by_horizon()
        slipping = [e for e in roadmap.entries if e.slip_days]
        late = sum(1 for e in roadmap.entries if e.p80_misses)
        self.tiles["roadmap"].body.setText(
            self.tr("Now {} · Next {} · Later {}<br>{} slipping past the target").format(
                len(by[Horizon.NOW]), len(by[Horizon.NEXT]), len(by[Horizon.LATER]),
                len(slipping))
            + "".join(f"<br>· {escape(e.feature.title)} +{e.slip_days} d"
                      for e in slipping[:3])
            + (self.tr("<br>{} with P80 after the target").format(late) if late else ""))

    def _fill_stage(self, d: Dashboard) -> None:
        text = self.tr("Stage: <b>{}</b>").format(stage_name(d.stage) if d.stage else "—")
        if d.next_gate is not None:
            gate, name, on = d.next_gate
            text += self.tr("<br>Next gate: {}<br>{} → {} on {}").format(
                escape(name), stage_name(gate.from_stage), stage_name(gate.to_stage),
                date_text(on))
        else:
            text += self.tr("<br>No gate pending.")
        self.tiles["stage"].body.setText(text)
        overdue = ["<span style='color:#c62828'>" + self.tr("{} — was due {}").format(
                       escape(t.name), date_text(on, "d MMM")) + "</span>"
                   for t, on in d.overdue_milestones[:3]]
        upcoming = [f"{escape(t.name)} — {date_text(on, 'ddd d MMM')}"
                    for t, on in d.next_milestones[:4]]
        self.tiles["milestones"].body.setText(
            (self.tr("<b>{} overdue</b><br>").format(len(d.overdue_milestones))
             if overdue else "")
            + _lines(overdue + upcoming, self.tr("No open milestones.")))

    @property
    def complete(self) -> bool:
        """Whether every tile has its figures (earned value included)."""
        return self.figures is not None and self.figures.evm is not None

    def fill_earned_value(self) -> None:
        if not self._evm_due or self.figures is None:
            return
        self._evm_due = False
        c = self.controller
        d = self.figures = dataclasses.replace(self.figures, evm=earned_value(
            c.plan, c.schedule, self.figures.planned_cost, self.figures.budget))
        self._fill_schedule(d)
        self._fill_cost(d)

    def _fill_schedule(self, d: Dashboard) -> None:
        if d.evm is None:
            body = self.tr("Finish {}<br>working out SPI…").format(self._finish(d))
        else:
            base = (f"{date_text(d.baseline_finish, 'd MMM yyyy')} ({d.slip_days:+.0f} d)"
                    if d.baseline_finish is not None and d.slip_days is not None
                    else self.tr("no baseline"))
            body = f"{_verdict(d.evm.schedule)}<br>" + self.tr(
                "Finish {}<br>Baseline finish {}<br>SPI {} · {} late tasks").format(
                self._finish(d), base, _ratio(d.evm.spi), d.late_tasks)
        self.tiles["schedule"].body.setText(body)

    def _finish(self, d: Dashboard) -> str:
        return finish_text(len(self.controller.plan.tasks), d.finish)

    def _fill_cost(self, d: Dashboard) -> None:
        def money(value) -> str:
            return format_money(value, d.currency) if value is not None else "—"

        if d.evm is None:
            body = self.tr("Budget {}<br>working out CPI and EAC…").format(money(d.budget))
        else:
            body = f"{_verdict(d.evm.cost)}<br>" + self.tr(
                "Budget {}<br>Planned cost {}<br>CPI {} · EAC {}").format(
                money(d.budget), money(d.planned_cost), _ratio(d.evm.cpi), money(d.evm.eac))
        self.tiles["cost"].body.setText(body)

    def _fill_lists(self, d: Dashboard) -> None:
        units = TimeUnits.of(self.controller.plan.project)
        self.tiles["risks"].body.setText(_lines(
            [_risk_line(r, units) for r in d.top_risks], self.tr("No open risks.")))
        self.tiles["wip"].body.setText(_lines(
            [("<span style='color:#c62828'>" + self.tr("{}: {} / {} over limit").format(
                escape(w.name), w.count, w.limit) + "</span>") if w.over else
             f"{escape(w.name)}: {w.count}" + (f" / {w.limit}" if w.limit is not None else "")
             for w in d.wip], self.tr("No board columns.")))
        self.tiles["backlog"].body.setText(_lines(
            [f"{r.rank}. {escape(r.feature.title)}" for r in d.backlog],
            self.tr("The backlog is empty.")))


def _risk_line(risk: Risk, units: TimeUnits) -> str:
    """"R-007 · score 12 · +1d / 3d / 5d at 40 % · Only one Android engineer": the
    schedule impact only for a risk the delivery forecast includes."""
    schedule = schedule_text(risk, units)
    score = QCoreApplication.translate("DashboardView", "score {}").format(risk.score)
    return " · ".join([escape(risk.code), score, *([schedule] if schedule else []),
                       escape(risk.title)])
