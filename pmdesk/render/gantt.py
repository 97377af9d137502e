"""The Gantt chart as pictures: one painting code path for the screen, PNG and PDF.

Nothing here knows about widgets. :class:`TimeScale` maps moments to x for a zoom level,
:class:`PlanGanttSource` turns a plan and its schedule into rows of bars and links (lazily,
so a 20,000-task plan costs only the rows on screen), and :class:`GanttPainter` draws the
two-tier time scale and the rows ``[r0, r1)`` of a time range into any ``QPainter``.

Coordinates: x is :meth:`TimeScale.x` (pixels from the scale's origin) and row ``r`` spans
``r * row_height`` to ``(r + 1) * row_height``; callers translate the painter to scroll.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import Enum, IntEnum
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
)

from pmdesk.core.model import LinkType, Plan, Task
from pmdesk.core.outline import summary_uids
from pmdesk.core.risk import task_risk_markers
from pmdesk.core.schedule import link_violations, work_periods
from pmdesk.core.words import word
from pmdesk.render.charts import BAND_COLORS

DAY_SECONDS = 86400.0

# Pixels per day of every zoom step, from years (left) to days (right).
ZOOM_LEVELS: tuple[float, ...] = (
    0.16, 0.24, 0.34, 0.5, 0.8, 1.25, 2.0, 3.0, 4.5, 7.0, 10.0, 15.0, 22.0, 32.0, 48.0, 72.0,
)
DEFAULT_ZOOM = 15.0


class TimeUnit(IntEnum):
    """A unit of the timeline's scale, finest first."""

    DAY = 0
    WEEK = 1
    MONTH = 2
    QUARTER = 3
    YEAR = 4


# The narrowest a cell of each unit can be, in days (February, a 90-day quarter).
_MIN_DAYS = {TimeUnit.DAY: 1, TimeUnit.WEEK: 7, TimeUnit.MONTH: 28, TimeUnit.QUARTER: 90,
             TimeUnit.YEAR: 365}


#: The weekday the time scale's weeks start on (0 Monday ... 6 Sunday); the window sets it
#: from Preferences (:func:`set_first_weekday`).
_first_weekday = 0


def set_first_weekday(day: int) -> None:
    """Weeks in the time scale start on ``day`` (0 Monday ... 6 Sunday) from now on."""
    global _first_weekday
    if not 0 <= day <= 6:
        raise ValueError(f"weekday {day} is not 0 (Monday) to 6 (Sunday)")
    _first_weekday = day


def _floor(moment: datetime, unit: TimeUnit) -> datetime:
    d = moment.date()
    if unit is TimeUnit.WEEK:
        d -= timedelta(days=(d.weekday() - _first_weekday) % 7)
    elif unit is TimeUnit.MONTH:
        d = d.replace(day=1)
    elif unit is TimeUnit.QUARTER:
        d = d.replace(month=(d.month - 1) // 3 * 3 + 1, day=1)
    elif unit is TimeUnit.YEAR:
        d = d.replace(month=1, day=1)
    return datetime(d.year, d.month, d.day)


def _step(moment: datetime, unit: TimeUnit) -> datetime:
    if unit is TimeUnit.DAY:
        return moment + timedelta(days=1)
    if unit is TimeUnit.WEEK:
        return moment + timedelta(days=7)
    months = {TimeUnit.MONTH: 1, TimeUnit.QUARTER: 3, TimeUnit.YEAR: 12}[unit]
    m = moment.month - 1 + months
    return moment.replace(year=moment.year + m // 12, month=m % 12 + 1, day=1)


def _month(d: datetime, long: bool = False) -> str:
    """The month's name as the window's language writes it ("Oct", "Okt.", "October")."""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().standaloneMonthName(d.month, kind)


def _weekday(d: datetime) -> str:
    return QLocale().dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)


def _labels(moment: datetime, unit: TimeUnit, top: bool) -> tuple[str, ...]:
    """Candidate labels for a time-scale cell, longest first; the first that fits is used.
    Month and day names follow the language of the window (QLocale's default)."""
    d = moment
    if unit is TimeUnit.DAY:
        day, month = _weekday(d), _month(d)
        return (f"{day} {d.day} {month}", f"{day} {d.day}", str(d.day), day[0])
    if unit is TimeUnit.WEEK:
        week = d.isocalendar().week
        month = _month(d)
        if top:
            return (QCoreApplication.translate("TimeScale", "Week {week}, {date}").format(
                        week=week, date=f"{d.day} {month} {d.year}"),
                    f"{d.day} {month} {d.year}", f"{d.day} {month}",
                    QCoreApplication.translate("TimeScale", "W{week}").format(week=week))
        return (f"{d.day} {month}", str(d.day))
    if unit is TimeUnit.MONTH:
        if top:
            return (f"{_month(d, long=True)} {d.year}", f"{_month(d)} {d.year}", _month(d))
        return (_month(d, long=True), _month(d), _month(d)[0])
    if unit is TimeUnit.QUARTER:
        q = (d.month - 1) // 3 + 1
        if top:
            return (f"Q{q} {d.year}", f"Q{q} '{d.year % 100:02d}", f"Q{q}")
        return (f"Q{q}", str(q))
    return (str(d.year), f"'{d.year % 100:02d}")


@dataclass(frozen=True, slots=True)
class TimeScale:
    """Maps moments to x: ``origin`` is at x = 0 and a day is ``px_per_day`` pixels wide."""

    origin: datetime
    px_per_day: float = DEFAULT_ZOOM

    def x(self, moment: datetime) -> float:
        return (moment - self.origin).total_seconds() / DAY_SECONDS * self.px_per_day

    def moment(self, x: float) -> datetime:
        return self.origin + timedelta(days=x / self.px_per_day)

    def with_zoom(self, px_per_day: float,
                  anchor_x: float | None = None) -> tuple[TimeScale, float]:
        """A scale at another zoom and where the moment at ``anchor_x`` now lies."""
        scale = TimeScale(self.origin, px_per_day)
        if anchor_x is None:
            return scale, 0.0
        return scale, scale.x(self.moment(anchor_x))

    @property
    def tiers(self) -> tuple[TimeUnit, TimeUnit]:
        """(top, bottom) units: days under weeks down to quarters under years."""
        ppd = self.px_per_day
        if ppd >= 19:
            bottom = TimeUnit.DAY
        elif ppd * 7 >= 20:
            bottom = TimeUnit.WEEK
        elif ppd * 30.4 >= 16:
            bottom = TimeUnit.MONTH
        else:
            bottom = TimeUnit.QUARTER
        return TimeUnit(bottom + 1), bottom

    def cells(self, unit: TimeUnit, x0: float, x1: float) -> list[tuple[datetime, float, float]]:
        """(start, x of start, x of end) of every ``unit`` cell meeting ``[x0, x1]``."""
        out: list[tuple[datetime, float, float]] = []
        t = _floor(self.moment(x0), unit)
        xa = self.x(t)
        while xa < x1:
            nxt = _step(t, unit)
            xb = self.x(nxt)
            out.append((t, xa, xb))
            t, xa = nxt, xb
        return out

    def snap_minutes(self) -> int:
        """The calendar step a drag snaps to at this zoom (an hour when days are wide)."""
        return 60 if self.px_per_day >= 48 else 1440


def zoom_step(px_per_day: float, direction: int) -> float:
    """The next zoom level in ``direction`` (+1 in, -1 out) from any current zoom."""
    if direction > 0:
        return next((z for z in ZOOM_LEVELS if z > px_per_day * 1.001), ZOOM_LEVELS[-1])
    return next((z for z in reversed(ZOOM_LEVELS) if z < px_per_day * 0.999), ZOOM_LEVELS[0])


# Each role's colour on a light and on a dark background: a name "#rrggbb" or (r, g, b, a).
_ROLE_COLORS: dict[str, tuple[str | tuple[int, ...], str | tuple[int, ...]]] = {
    "background":        ("#ffffff", "#1e1f22"),
    "header_background": ("#f3f4f6", "#2b2d31"),
    "header_text":       ("#30343b", "#d5d8dd"),
    "grid":              ("#dfe2e6", "#3a3d43"),
    "text":              ("#1f2328", "#e3e5e8"),
    "nonworking":        ((30, 40, 60, 18), (255, 255, 255, 14)),
    "selection":         ((38, 110, 220, 40), (90, 150, 255, 55)),
    "today":             ("#e8710a", "#f29b3f"),
    "status_date":       ("#7b4fd6", "#b08cff"),
    "task":              ("#6b9fe0", "#4f86cf"),
    "task_border":       ("#3c6fb0", "#8cb6ee"),
    "progress":          ("#1d3f70", "#d8e6fa"),
    "critical":          ("#e0605a", "#d2554f"),
    "critical_border":   ("#a8302a", "#f2a09b"),
    "summary":           ("#2b2f36", "#d5d8dd"),
    "milestone":         ("#2b2f36", "#e3e5e8"),
    "baseline":          ("#a6abb3", "#6c717a"),
    "deadline":          ("#1e8e3e", "#4cc06b"),
    "link":              ("#4a5a70", "#9aa7b8"),
    "critical_link":     ("#c0392b", "#ef7a72"),
}


def _color(spec: str | tuple[int, ...]) -> QColor:
    return QColor(spec) if isinstance(spec, str) else QColor(*spec)


@dataclass(frozen=True, slots=True)
class GanttPalette:
    """Every colour of the chart, so light and dark themes and print share one painter."""

    background: QColor
    header_background: QColor
    header_text: QColor
    grid: QColor
    text: QColor
    nonworking: QColor
    selection: QColor
    today: QColor
    status_date: QColor
    task: QColor
    task_border: QColor
    progress: QColor
    critical: QColor
    critical_border: QColor
    summary: QColor
    milestone: QColor
    baseline: QColor
    deadline: QColor
    link: QColor
    critical_link: QColor

    @classmethod
    def light(cls) -> GanttPalette:
        return cls(**{role: _color(light) for role, (light, _) in _ROLE_COLORS.items()})

    @classmethod
    def dark(cls) -> GanttPalette:
        return cls(**{role: _color(dark) for role, (_, dark) in _ROLE_COLORS.items()})

    @classmethod
    def from_qpalette(cls, palette: QPalette) -> GanttPalette:
        """The light or dark set, whichever matches ``palette``, on its own base colours."""
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightnessF() < 0.5
        chosen = cls.dark() if dark else cls.light()
        button = palette.color(QPalette.ColorRole.Button)
        return replace(
            chosen,
            background=base,
            header_background=button,
            header_text=palette.color(QPalette.ColorRole.ButtonText),
            text=palette.color(QPalette.ColorRole.Text),
        )


def _over(color: QColor, background: QColor) -> QColor:
    """``color`` composited onto ``background``: the same look as an opaque colour."""
    a = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * a + background.redF() * (1 - a),
        color.greenF() * a + background.greenF() * (1 - a),
        color.blueF() * a + background.blueF() * (1 - a),
    )


class BarKind(Enum):
    """How a row is drawn on the timeline: a bar, a summary bracket or a diamond."""

    TASK = "task"
    SUMMARY = "summary"
    MILESTONE = "milestone"


@dataclass(frozen=True, slots=True)
class GanttBar:
    """What one row shows on the timeline."""

    uid: str
    name: str
    kind: BarKind
    start: datetime
    finish: datetime
    progress: int = 0  # percent complete
    critical: bool = False
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    deadline: datetime | None = None
    label: str = ""
    risk_band: str | None = None  # "low" / "medium" / "high" when active risks are linked
    risk_codes: tuple[str, ...] = ()
    manual: bool = False  # manually scheduled: drawn with brackets, as MS Project does
    segments: tuple[tuple[datetime, datetime], ...] = ()  # a split task's stretches of work
    link_warning: str = ""  # why a link into this manual task is broken, empty when none
    # A manually scheduled summary: the span its subtasks really take, drawn beneath the
    # bar of the dates typed (MS Project's "manual summary rollup").
    rollup: tuple[datetime, datetime] | None = None


@dataclass(frozen=True, slots=True)
class GanttLink:
    """A dependency arrow between two rows of the chart."""

    predecessor_row: int
    successor_row: int
    type: LinkType = LinkType.FS
    critical: bool = False
    uid: str = ""


class GanttSource(Protocol):
    """What the painter needs to know about the rows it draws."""

    def row_count(self) -> int: ...

    def bar(self, row: int) -> GanttBar | None: ...

    def links(self, r0: int, r1: int) -> Iterable[GanttLink]: ...

    def is_working_day(self, day: date) -> bool: ...


class LinkIndex:
    """Links by the rows they cross, in buckets, so a screenful finds its arrows quickly.

    A link is filed under every bucket between its two rows; links through the visible
    rows are found even when both of their ends are scrolled away.
    """

    BUCKET = 64

    def __init__(self, links: Sequence[GanttLink]) -> None:
        self.links = list(links)
        self._buckets: dict[int, list[int]] = {}
        for i, link in enumerate(self.links):
            lo = min(link.predecessor_row, link.successor_row) // self.BUCKET
            hi = max(link.predecessor_row, link.successor_row) // self.BUCKET
            for b in range(lo, hi + 1):
                self._buckets.setdefault(b, []).append(i)

    def between(self, r0: int, r1: int) -> list[GanttLink]:
        """Links with a segment in rows ``[r0, r1)``."""
        if r1 <= r0:
            return []
        seen: set[int] = set()
        out: list[GanttLink] = []
        for b in range(r0 // self.BUCKET, (r1 - 1) // self.BUCKET + 1):
            for i in self._buckets.get(b, ()):
                if i in seen:
                    continue
                seen.add(i)
                link = self.links[i]
                lo = min(link.predecessor_row, link.successor_row)
                hi = max(link.predecessor_row, link.successor_row)
                if lo < r1 and hi >= r0:
                    out.append(link)
        return out


class PlanGanttSource:
    """Rows of bars and links from a plan and its schedule, built only when drawn.

    ``rows`` are the task uids shown, top to bottom (collapsed summaries hide their
    children); ``labels`` gives the text beside a task's bar (the resources, for example);
    ``baseline_number`` picks the baseline (0-10) drawn under the bars.
    Call :meth:`update` after every edit: it drops cached bars and, when rows or links
    changed, rebuilds the link index.
    """

    def __init__(
        self,
        plan: Plan,
        schedule,
        is_working_day: Callable[[date], bool],
        rows: Sequence[str] | None = None,
        labels: Callable[[Task], str] | None = None,
        baseline_number: int = 0,
    ) -> None:
        self._is_working_day = is_working_day
        self._labels = labels
        self.baseline_number = baseline_number  # the baseline drawn as ghost bars
        self.plan = plan
        self.schedule = schedule
        self._bars: dict[int, GanttBar | None] = {}
        self._tasks: dict[str, Task] = {}
        self._summaries: set[str] = set()
        self._children: dict[str, list[str]] = {}
        self.rows: list[str] = []
        self._row_of: dict[str, int] = {}
        self._links = LinkIndex(())
        self.update(plan, schedule, rows=rows if rows is not None else [t.uid for t in plan.tasks],
                    structure=True, dependencies=True)

    def update(
        self,
        plan: Plan,
        schedule,
        rows: Sequence[str] | None = None,
        structure: bool = False,
        dependencies: bool = False,
    ) -> None:
        self.plan = plan
        self.schedule = schedule
        self._bars.clear()
        self._tasks = plan.task_index()
        self._risks = task_risk_markers(plan)
        self._violations: dict[str, str] = {}
        if schedule is not None:
            names = self._tasks
            for v in link_violations(plan, schedule):
                before = names[v.predecessor_uid].name if v.predecessor_uid in names else "?"
                self._violations.setdefault(
                    v.successor_uid,
                    word("GanttChart", "Starts before its predecessor {name} allows").format(
                        name=repr(before)))
        if structure:
            self._summaries = summary_uids(plan.tasks)
            self._children = {}
            for t in plan.tasks:
                if t.parent_uid in self._summaries:
                    self._children.setdefault(t.parent_uid, []).append(t.uid)
        if rows is not None:
            self.rows = list(rows)
            self._row_of = {uid: i for i, uid in enumerate(self.rows)}
            dependencies = True
        if dependencies:
            self._build_links()

    def _build_links(self) -> None:
        row_of = self._row_of
        links = []
        for d in self.plan.dependencies:
            a = row_of.get(d.predecessor_uid)
            b = row_of.get(d.successor_uid)
            if a is not None and b is not None and a != b:
                links.append(GanttLink(a, b, d.type, False, d.uid))
        self._links = LinkIndex(links)

    def row_of(self, uid: str) -> int | None:
        return self._row_of.get(uid)

    def row_count(self) -> int:
        return len(self.rows)

    def is_working_day(self, day: date) -> bool:
        return self._is_working_day(day)

    def links(self, r0: int, r1: int) -> list[GanttLink]:
        out = []
        for link in self._links.between(r0, r1):
            a, b = self.bar(link.predecessor_row), self.bar(link.successor_row)
            critical = bool(a and b and a.critical and b.critical)
            out.append(GanttLink(link.predecessor_row, link.successor_row, link.type, critical,
                                 link.uid))
        return out

    def bar(self, row: int) -> GanttBar | None:
        try:
            return self._bars[row]
        except KeyError:
            pass
        bar = self._make_bar(row) if 0 <= row < len(self.rows) else None
        self._bars[row] = bar
        return bar

    def _make_bar(self, row: int) -> GanttBar | None:
        uid = self.rows[row]
        task = self._tasks.get(uid)
        dates = self.schedule.tasks.get(uid) if self.schedule is not None else None
        if task is None or dates is None:
            return None
        if uid in self._summaries:
            kind = BarKind.SUMMARY
        elif task.milestone or (task.duration == 0 and dates.start == dates.finish):
            kind = BarKind.MILESTONE
        else:
            kind = BarKind.TASK
        base = next((b for b in task.baselines if b.number == self.baseline_number), None)
        marker = self._risks.get(uid)
        return GanttBar(
            uid=uid,
            name=task.name,
            kind=kind,
            start=dates.start,
            finish=dates.finish,
            progress=task.percent_complete,
            critical=bool(dates.critical),
            baseline_start=base.start if base else None,
            baseline_finish=base.finish if base else None,
            deadline=task.deadline,
            label=self._labels(task) if self._labels is not None else "",
            risk_band=marker.band if marker is not None else None,
            risk_codes=marker.codes if marker is not None else (),
            manual=task.manual,
            segments=tuple(work_periods(self.plan, task, dates.start))
            if task.splits and kind is BarKind.TASK
            else (),
            link_warning=self._violations.get(uid, ""),
            rollup=self._rollup(uid) if kind is BarKind.SUMMARY and task.manual else None,
        )

    def _rollup(self, uid: str) -> tuple[datetime, datetime] | None:
        """The span of a summary's subtasks (their own dates, not the summary's)."""
        spans = [self.schedule.tasks[c] for c in self._children.get(uid, ())
                 if c in self.schedule.tasks]
        if not spans:
            return None
        return min(d.start for d in spans), max(d.finish for d in spans)


@dataclass(slots=True)
class _Geometry:
    """Vertical layout of a row, derived once from the row height."""

    row_height: int
    bar_top: float = field(init=False)
    bar_height: float = field(init=False)
    baseline_top: float = field(init=False)
    baseline_height: float = field(init=False)

    def __post_init__(self) -> None:
        rh = self.row_height
        self.bar_height = max(6.0, round(rh * 0.46))
        self.bar_top = round(rh * 0.2)
        self.baseline_height = max(3.0, round(rh * 0.14))
        self.baseline_top = self.bar_top + self.bar_height + max(1.0, round(rh * 0.06))


class GanttPainter:
    """Draws the time scale and rows of a Gantt chart onto a QPainter."""

    LINK_GAP = 7.0
    MIN_BAR = 2.0

    def __init__(self, palette: GanttPalette | None = None, row_height: int = 24,
                 font: QFont | None = None) -> None:
        self.palette = palette or GanttPalette.light()
        self.row_height = row_height
        self.font = QFont(font) if font is not None else QFont()
        self._geo = _Geometry(row_height)
        self._metrics = QFontMetricsF(self.font)
        self._small = QFont(self.font)
        self._small.setPointSizeF(max(6.0, self.font.pointSizeF() * 0.92))
        self._small_metrics = QFontMetricsF(self._small)
        self._label_widths: dict[tuple[TimeUnit, bool], list[float]] = {}

    # -- geometry ---------------------------------------------------------------------------

    @property
    def tier_height(self) -> int:
        return math.ceil(self._metrics.height() + 8)

    @property
    def header_height(self) -> int:
        return 2 * self.tier_height

    def row_y(self, row: int) -> float:
        return float(row * self.row_height)

    def milestone_half(self) -> float:
        return self._geo.bar_height * 0.62

    def bar_span(self, bar: GanttBar, scale: TimeScale) -> tuple[float, float]:
        """Left and right x of what is drawn for ``bar`` (a milestone's diamond included)."""
        if bar.kind is BarKind.MILESTONE:
            x = scale.x(bar.start)
            h = self.milestone_half()
            return x - h, x + h
        x0 = scale.x(bar.start)
        x1 = max(scale.x(bar.finish), x0 + self.MIN_BAR)
        return x0, x1

    def bar_rect(self, row: int, bar: GanttBar, scale: TimeScale) -> QRectF:
        """The rectangle of a bar in chart coordinates (for hit tests and tooltips)."""
        x0, x1 = self.bar_span(bar, scale)
        g = self._geo
        y = self.row_y(row)
        if bar.kind is BarKind.MILESTONE:
            cy = y + g.bar_top + g.bar_height / 2
            h = self.milestone_half()
            return QRectF(x0, cy - h, x1 - x0, 2 * h)
        return QRectF(x0, y + g.bar_top, x1 - x0, g.bar_height)

    def progress_x(self, bar: GanttBar, scale: TimeScale) -> float:
        x0, x1 = self.bar_span(bar, scale)
        share = max(0, min(100, bar.progress)) / 100.0
        if len(bar.segments) > 1:
            # Along the stretches of work only: a split task's pauses hold no progress.
            spans = [(scale.x(a), scale.x(b)) for a, b in bar.segments]
            left = share * sum(b - a for a, b in spans)
            for a, b in spans:
                if left <= b - a:
                    return a + left
                left -= b - a
            return spans[-1][1]
        return x0 + (x1 - x0) * share

    # -- time scale -------------------------------------------------------------------------

    def paint_header(self, p: QPainter, scale: TimeScale, x0: float, x1: float) -> None:
        """The two-tier time scale over ``[x0, x1]``, from y = 0 to :attr:`header_height`."""
        pal = self.palette
        th = self.tier_height
        p.save()
        p.setFont(self.font)
        p.fillRect(QRectF(x0, 0, x1 - x0, 2 * th), pal.header_background)
        grid = QPen(pal.grid, 0)
        top, bottom = scale.tiers
        for tier, unit in ((0, top), (1, bottom)):
            y = tier * th
            is_top = tier == 0
            choice = self._label_choice(unit, is_top, scale.px_per_day)
            for start, xa, xb in scale.cells(unit, x0, x1):
                p.setPen(grid)
                p.drawLine(QLineF(round(xa) + 0.5, y, round(xa) + 0.5, y + th))
                if choice is not None:
                    text = _labels(start, unit, is_top)[choice]
                    self._cell_label(p, text, is_top, xa, xb, x0, y, th)
        p.setPen(grid)
        p.drawLine(QLineF(x0, th + 0.5, x1, th + 0.5))
        p.drawLine(QLineF(x0, 2 * th - 0.5, x1, 2 * th - 0.5))
        p.restore()

    def _label_choice(self, unit: TimeUnit, top: bool, px_per_day: float) -> int | None:
        """Which label form every cell of a tier uses: the longest that fits the narrowest
        cell, so one tier never mixes "Mon 3" with "M"; None when nothing fits."""
        widths = self._label_widths.get((unit, top))
        if widths is None:
            widths = self._label_widths[(unit, top)] = self._measure_labels(unit, top)
        room = _MIN_DAYS[unit] * px_per_day - 2 * (4.0 if top else 2.0)
        return next((k for k, w in enumerate(widths) if w <= room), None)

    def _measure_labels(self, unit: TimeUnit, top: bool) -> list[float]:
        """Widest text of each label form over a whole sample year."""
        samples = [_floor(datetime(2025, 1, 1) + timedelta(days=d), unit) for d in range(366)]
        widths: list[float] = []
        for moment in dict.fromkeys(samples):
            for k, text in enumerate(_labels(moment, unit, top)):
                w = self._metrics.horizontalAdvance(text)
                if k == len(widths):
                    widths.append(w)
                else:
                    widths[k] = max(widths[k], w)
        return widths

    def _cell_label(self, p: QPainter, text: str, top: bool, xa: float, xb: float,
                    clip0: float, y: float, h: float) -> None:
        pad = 4.0 if top else 2.0
        w = self._metrics.horizontalAdvance(text)
        if top:
            # A long cell keeps its label in view while its start is scrolled off to the
            # left, until the label no longer fits in what is left of the cell.
            x = max(xa, clip0) + pad
            if x + w > xb - pad and xa < clip0:
                return
        else:
            x = xa + (xb - xa - w) / 2
        p.setPen(self.palette.header_text)
        p.drawText(QRectF(x, y, w + 1, h), Qt.AlignmentFlag.AlignVCenter, text)

    # -- rows -------------------------------------------------------------------------------

    def paint_rows(
        self,
        p: QPainter,
        source: GanttSource,
        scale: TimeScale,
        r0: int,
        r1: int,
        x0: float,
        x1: float,
        today: datetime | None = None,
        status_date: datetime | None = None,
        selected_rows: Collection[int] = (),
    ) -> None:
        """Rows ``[r0, r1)`` between ``x0`` and ``x1``: background, lines, links, bars."""
        r1 = min(r1, source.row_count())
        rh = self.row_height
        y0 = r0 * rh
        y1 = max(r1, r0) * rh
        pal = self.palette
        p.save()
        p.setFont(self.font)
        p.fillRect(QRect(math.floor(x0), y0, math.ceil(x1 - x0) + 1, y1 - y0), pal.background)
        self._paint_nonworking(p, source, scale, x0, x1, y0, y1)
        self._paint_grid(p, scale, x0, x1, y0, y1)
        for row in selected_rows:
            if r0 <= row < r1:
                p.fillRect(QRectF(x0, row * rh, x1 - x0, rh), pal.selection)
        for moment, color in ((status_date, pal.status_date), (today, pal.today)):
            if moment is not None:
                x = scale.x(moment)
                if x0 - 2 <= x <= x1 + 2:
                    pen = QPen(color, 1.5, Qt.PenStyle.DashLine)
                    p.setPen(pen)
                    p.drawLine(QLineF(x, y0, x, y1))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for link in source.links(r0, r1):
            self._paint_link(p, source, scale, link)
        for row in range(r0, r1):
            bar = source.bar(row)
            if bar is not None:
                self._paint_bar(p, row, bar, scale)
        p.restore()

    def _paint_nonworking(self, p: QPainter, source: GanttSource, scale: TimeScale,
                          x0: float, x1: float, y0: float, y1: float) -> None:
        if scale.px_per_day < 2.0:
            return  # too narrow to read; shading would only grey the chart out
        color = _over(self.palette.nonworking, self.palette.background)
        top, height = int(y0), math.ceil(y1 - y0)
        day = scale.moment(x0).date()
        last = scale.moment(x1).date()
        run_start: date | None = None
        while day <= last + timedelta(days=1):
            off = day <= last and not source.is_working_day(day)
            if off and run_start is None:
                run_start = day
            elif not off and run_start is not None:
                xa = round(scale.x(datetime.combine(run_start, datetime.min.time())))
                xb = round(scale.x(datetime.combine(day, datetime.min.time())))
                # Opaque and on whole pixels: the fastest fill there is, on any device.
                p.fillRect(QRect(xa, top, xb - xa, height), color)
                run_start = None
            day += timedelta(days=1)

    def _paint_grid(self, p: QPainter, scale: TimeScale, x0: float, x1: float,
                    y0: float, y1: float) -> None:
        top, _ = scale.tiers
        p.setPen(QPen(self.palette.grid, 0))
        for _, xa, _ in scale.cells(top, x0, x1):
            x = round(xa) + 0.5
            p.drawLine(QLineF(x, y0, x, y1))

    def _paint_bar(self, p: QPainter, row: int, bar: GanttBar, scale: TimeScale) -> None:
        pal = self.palette
        g = self._geo
        y = self.row_y(row)
        x0, x1 = self.bar_span(bar, scale)
        if bar.baseline_start is not None and bar.baseline_finish is not None:
            bx0 = scale.x(bar.baseline_start)
            bx1 = max(scale.x(bar.baseline_finish), bx0 + self.MIN_BAR)
            p.fillRect(QRectF(bx0, y + g.baseline_top, bx1 - bx0, g.baseline_height), pal.baseline)
        top = y + g.bar_top
        h = g.bar_height
        if bar.kind is BarKind.SUMMARY:
            self._paint_summary(p, x0, x1, top, h, bar.manual)
            if bar.rollup is not None:
                self._paint_rollup(p, bar, scale, y)
        elif bar.kind is BarKind.MILESTONE:
            cx, cy, r = (x0 + x1) / 2, top + h / 2, self.milestone_half()
            diamond = QPolygonF([QPointF(cx, cy - r), QPointF(cx + r, cy), QPointF(cx, cy + r),
                                 QPointF(cx - r, cy)])
            p.setPen(QPen(pal.critical_border if bar.critical else pal.milestone, 1))
            p.setBrush(pal.critical if bar.critical else pal.milestone)
            p.drawPolygon(diamond)
        else:
            self._paint_task(p, bar, scale, x0, x1, top, h)
            if bar.progress > 0:
                px = self.progress_x(bar, scale)
                ph = max(3.0, round(h * 0.34))
                p.fillRect(QRectF(x0, top + (h - ph) / 2, px - x0, ph), pal.progress)
        if bar.deadline is not None:
            self._paint_deadline(p, scale.x(bar.deadline), top, bar.deadline < bar.finish)
        if bar.link_warning:
            self._paint_link_warning(p, x0, top, h)
        label_x = x1 + 5
        if bar.risk_band is not None:
            label_x += self._paint_risk_marker(p, label_x, top, h, bar.risk_band) + 4
        if bar.label:
            p.setPen(pal.text)
            p.setFont(self._small)
            p.drawText(QRectF(label_x, y, self._small_metrics.horizontalAdvance(bar.label) + 2,
                              self.row_height - 1),
                       Qt.AlignmentFlag.AlignVCenter, bar.label)
            p.setFont(self.font)

    def _paint_task(self, p: QPainter, bar: GanttBar, scale: TimeScale, x0: float, x1: float,
                    top: float, h: float) -> None:
        """A task bar: split tasks as their stretches of work joined by a dotted line, manual
        tasks lighter with bracket ends (MS Project's look for manually scheduled tasks)."""
        pal = self.palette
        fill = pal.critical if bar.critical else pal.task
        border = pal.critical_border if bar.critical else pal.task_border
        if bar.manual:
            fill = QColor(fill.red(), fill.green(), fill.blue(), 110)
        spans = [(scale.x(a), max(scale.x(b), scale.x(a) + 1.0)) for a, b in bar.segments]
        if len(spans) > 1:
            p.setPen(QPen(border, 1, Qt.PenStyle.DotLine))
            p.drawLine(QLineF(spans[0][1], top + h / 2, spans[-1][0], top + h / 2))
        else:
            spans = [(x0, x1)]
        p.setPen(QPen(border, 1))
        p.setBrush(fill)
        for a, b in spans:
            p.drawRoundedRect(QRectF(a, top, b - a, h).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        if bar.manual:
            p.setPen(QPen(border, 2))
            tick = min(4.0, (x1 - x0) / 3)
            for x, d in ((x0 + 1, 1), (x1 - 1, -1)):
                p.drawLine(QLineF(x, top, x, top + h))
                p.drawLine(QLineF(x, top + 1, x + d * tick, top + 1))
                p.drawLine(QLineF(x, top + h - 1, x + d * tick, top + h - 1))

    def _paint_link_warning(self, p: QPainter, x0: float, top: float, h: float) -> None:
        """A red "!" before a manual task a link says should start later."""
        size = max(8.0, h * 0.9)
        rect = QRectF(x0 - size - 3, top + (h - size) / 2, size, size)
        p.setPen(QPen(self.palette.critical_link.darker(130), 1))
        p.setBrush(self.palette.critical_link)
        p.drawEllipse(rect)
        p.setPen(QColor("white"))
        p.setFont(self._small)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "!")
        p.setFont(self.font)

    def _paint_risk_marker(self, p: QPainter, x: float, top: float, h: float, band: str) -> float:
        """A warning triangle in the colour of the worst linked risk's band; its width."""
        color = BAND_COLORS.get(band, BAND_COLORS["medium"])
        size = max(6.0, h * 0.95)
        triangle = QPolygonF([QPointF(x, top + h), QPointF(x + size, top + h),
                              QPointF(x + size / 2, top + h - size)])
        p.setPen(QPen(color.darker(130), 1))
        p.setBrush(color)
        p.drawPolygon(triangle)
        return size

    def _paint_rollup(self, p: QPainter, bar: GanttBar, scale: TimeScale, y: float) -> None:
        """Under a manually scheduled summary, the span its subtasks take: in the summary
        colour within the dates typed, red where the subtasks run outside them."""
        assert bar.rollup is not None
        g = self._geo
        a, b = scale.x(bar.rollup[0]), max(scale.x(bar.rollup[1]), scale.x(bar.rollup[0]) + 1)
        inside0, inside1 = max(a, scale.x(bar.start)), min(b, scale.x(bar.finish))
        band = QRectF(0, y + g.baseline_top, 0, g.baseline_height)
        if inside1 > inside0:
            p.fillRect(band.adjusted(inside0, 0, inside1, 0), self.palette.summary)
        for lo, hi in ((a, min(b, inside0)), (max(a, inside1), b)):
            if hi > lo:
                p.fillRect(band.adjusted(lo, 0, hi, 0), self.palette.critical)

    def _paint_summary(self, p: QPainter, x0: float, x1: float, top: float, h: float,
                       manual: bool = False) -> None:
        """A summary bracket; a manually scheduled one hollow, in a lighter shade, with
        the brackets of manual tasks (the dates typed, not the subtasks' span)."""
        color = self.palette.summary
        thick = max(3.0, round(h * 0.38))
        tip = h * 0.85
        ear = min(h * 0.5, (x1 - x0) / 2)
        path = QPainterPath()
        path.moveTo(x0, top)
        path.lineTo(x1, top)
        path.lineTo(x1, top + tip)
        path.lineTo(x1 - ear, top + thick)
        path.lineTo(x0 + ear, top + thick)
        path.lineTo(x0, top + tip)
        path.closeSubpath()
        if manual:
            p.setPen(QPen(color, 1.5))
            p.setBrush(QColor(color.red(), color.green(), color.blue(), 70))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
        p.drawPath(path)

    def _paint_deadline(self, p: QPainter, x: float, top: float, missed: bool) -> None:
        color = self.palette.critical_link if missed else self.palette.deadline
        s = max(4.0, self._geo.bar_height * 0.45)
        arrow = QPolygonF([QPointF(x - s * 0.6, top - s), QPointF(x + s * 0.6, top - s),
                           QPointF(x, top)])
        p.setPen(QPen(color, 1))
        p.setBrush(color)
        p.drawPolygon(arrow)
        p.drawLine(QLineF(x, top, x, top + self._geo.bar_height))

    # -- links ------------------------------------------------------------------------------

    def link_path(self, source: GanttSource, scale: TimeScale,
                  link: GanttLink) -> tuple[QPainterPath, QPointF, QPointF] | None:
        """The route of an arrow and its head (tip and the direction it points from)."""
        a = source.bar(link.predecessor_row)
        b = source.bar(link.successor_row)
        if a is None or b is None:
            return None
        g = self._geo
        rh = self.row_height
        gap = self.LINK_GAP
        ya = self.row_y(link.predecessor_row) + g.bar_top + g.bar_height / 2
        yb = self.row_y(link.successor_row) + g.bar_top + g.bar_height / 2
        down = 1.0 if link.successor_row > link.predecessor_row else -1.0
        a0, a1 = self.bar_span(a, scale)
        b0, b1 = self.bar_span(b, scale)
        # The horizontal run between rows lies on the row border next to the predecessor.
        y_mid = self.row_y(link.predecessor_row) + (rh if down > 0 else 0)
        pts: list[QPointF]
        if link.type is LinkType.FS:
            if b0 >= a1 + gap:
                tx = b0 + min(gap * 0.6, (b1 - b0) / 2)
                edge = (b.kind is BarKind.MILESTONE and self.milestone_half()) or g.bar_height / 2
                pts = [QPointF(a1, ya), QPointF(tx, ya), QPointF(tx, yb - down * edge)]
            else:
                pts = [QPointF(a1, ya), QPointF(a1 + gap, ya), QPointF(a1 + gap, y_mid),
                       QPointF(b0 - gap, y_mid), QPointF(b0 - gap, yb), QPointF(b0, yb)]
        elif link.type is LinkType.SS:
            xm = min(a0, b0) - gap
            pts = [QPointF(a0, ya), QPointF(xm, ya), QPointF(xm, yb), QPointF(b0, yb)]
        elif link.type is LinkType.FF:
            xm = max(a1, b1) + gap
            pts = [QPointF(a1, ya), QPointF(xm, ya), QPointF(xm, yb), QPointF(b1, yb)]
        else:  # SF: the successor's finish hangs on the predecessor's start
            pts = [QPointF(a0, ya), QPointF(a0 - gap, ya), QPointF(a0 - gap, y_mid),
                   QPointF(b1 + gap, y_mid), QPointF(b1 + gap, yb), QPointF(b1, yb)]
        path = QPainterPath(pts[0])
        for pt in pts[1:]:
            path.lineTo(pt)
        return path, pts[-1], pts[-2]

    def _paint_link(self, p: QPainter, source: GanttSource, scale: TimeScale,
                    link: GanttLink) -> None:
        route = self.link_path(source, scale, link)
        if route is None:
            return
        path, tip, before = route
        color = self.palette.critical_link if link.critical else self.palette.link
        p.setPen(QPen(color, 1.2 if link.critical else 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        self._arrow_head(p, tip, before, color)

    def _arrow_head(self, p: QPainter, tip: QPointF, before: QPointF, color: QColor) -> None:
        dx, dy = tip.x() - before.x(), tip.y() - before.y()
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        s = 5.0
        base = QPointF(tip.x() - ux * s, tip.y() - uy * s)
        head = QPolygonF([tip, QPointF(base.x() - uy * s * 0.6, base.y() + ux * s * 0.6),
                          QPointF(base.x() + uy * s * 0.6, base.y() - ux * s * 0.6)])
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawPolygon(head)
