"""Schedule risk: how likely each finish date is, found by scheduling the plan many times.

A task with a three-point estimate (``optimistic``, ``most_likely``, ``pessimistic``, in the
units of its duration: working minutes, or elapsed minutes for an elapsed duration) gets a
duration drawn from a PERT-beta or a triangular distribution in every run; a task without
an estimate keeps its duration. Each run goes through the real scheduling engine, links,
lags, constraints, calendars and progress included, so the finish dates are the ones the
Gantt would show for those durations.

Speed: the engine compiles the plan once (:class:`~pmdesk.core.schedule.Scheduler`); each
run writes the sampled durations into that compiled network and repeats only the forward
and backward passes, skipping the compile and the date objects a full schedule builds.

Repeatability: a run is fully determined by its seed. Durations are drawn by inverse
transform from ``random.Random(seed).random()``, whose sequence Python keeps stable across
versions and platforms, so the same seed gives the same figures on a colleague's machine.
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from .calendar import from_minute, project_calendar, to_minute
from .durations import DEFAULT_UNITS, TimeUnits, format_duration, parse_duration
from .model import Plan, Task
from .outline import wbs_codes
from .schedule import Scheduler, collector_paused

Distribution = Literal["pert", "triangular"]
DISTRIBUTIONS: tuple[Distribution, ...] = ("pert", "triangular")
MAX_ITERATIONS = 1_000_000
MAX_BINS = 40

_GRID = 1024  # cells of the tabulated PERT-beta distribution function
_NICE_WIDTHS = (0.125, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)


class SimulationCancelled(Exception):
    """The caller's progress callback asked to stop."""


# -- three-point estimates -----------------------------------------------------------------


def task_estimate(task: Task) -> tuple[int, int, int] | None:
    """(optimistic, most likely, pessimistic) of a task, None when it has no estimate.

    Raises ValueError naming the task when the estimate is partial, negative or out of
    order (optimistic <= most likely <= pessimistic).
    """
    a, m, b = task.optimistic, task.most_likely, task.pessimistic
    if a is None and m is None and b is None:
        return None
    name = task.name or "(unnamed)"
    if a is None or m is None or b is None:
        raise ValueError(
            f"task {name!r}: a three-point estimate needs optimistic, most likely and "
            "pessimistic durations"
        )
    if a < 0:
        raise ValueError(f"task {name!r}: the optimistic duration must not be negative")
    if not a <= m <= b:
        raise ValueError(
            f"task {name!r}: the estimate must run optimistic <= most likely <= pessimistic "
            f"(got {a}, {m}, {b} minutes)"
        )
    return a, m, b


def validate_estimates(plan: Plan) -> None:
    """Check every task's estimate; the first bad one raises ValueError naming the task."""
    for t in plan.tasks:
        task_estimate(t)


_SPLIT = re.compile(r"\s*[/;]\s*|\s*,\s+|\s+-\s+|\s+")


def parse_estimates(text: str, units: TimeUnits = DEFAULT_UNITS) -> tuple[int, int, int] | None:
    """Read an estimate as typed in a table cell: "3d / 5d / 10d" (also "3d, 5d, 10d" or
    "3d 5d 10d"); an empty cell clears it. Returns working minutes, checked for order."""
    body = text.strip()
    if not body:
        return None
    parts = [p for p in _SPLIT.split(body) if p]
    if len(parts) != 3:
        raise ValueError(
            f"'{body}' is not a three-point estimate: type optimistic / most likely / "
            "pessimistic, such as 3d / 5d / 10d"
        )
    a, m, b = (parse_duration(p, units).minutes for p in parts)
    if not a <= m <= b:
        raise ValueError(
            f"'{body}': the estimate must run optimistic <= most likely <= pessimistic"
        )
    return a, m, b


def format_estimates(task: Task, units: TimeUnits = DEFAULT_UNITS) -> str:
    """A task's estimate as :func:`parse_estimates` reads it ("3d / 5d / 10d"), or ""."""
    if task.optimistic is None or task.most_likely is None or task.pessimistic is None:
        return ""
    unit, elapsed = task.duration_unit, task.duration_elapsed
    return " / ".join(
        format_duration(v, unit, elapsed, units)
        for v in (task.optimistic, task.most_likely, task.pessimistic)
    )


# -- sampling ------------------------------------------------------------------------------


def _triangular(a: float, m: float, b: float) -> Callable[[float], float]:
    """The inverse distribution function of triangular(a, m, b)."""
    span = b - a
    if span <= 0:
        return lambda _u: a
    cut = (m - a) / span
    left, right = span * (m - a), span * (b - m)
    sqrt = math.sqrt

    def inverse(u: float) -> float:
        if u < cut:
            return a + sqrt(u * left)
        return b - sqrt((1.0 - u) * right)

    return inverse


_BETA_TABLES: dict[tuple[float, float], list[float]] = {}


def _beta_cdf_table(alpha: float, beta: float) -> list[float]:
    """The Beta(alpha, beta) distribution function at ``_GRID`` + 1 even points of [0, 1].

    PERT shapes have alpha, beta >= 1, so the density is bounded and the midpoint rule on
    1,024 cells is accurate to well under a minute on any task.
    """
    key = (alpha, beta)
    table = _BETA_TABLES.get(key)
    if table is not None:
        return table
    a1, b1 = alpha - 1.0, beta - 1.0
    cdf = [0.0]
    total = 0.0
    for j in range(_GRID):
        x = (j + 0.5) / _GRID
        total += x**a1 * (1.0 - x) ** b1
        cdf.append(total)
    table = [c / total for c in cdf]
    table[-1] = 1.0
    if len(_BETA_TABLES) > 4096:
        _BETA_TABLES.clear()
    _BETA_TABLES[key] = table
    return table


def _pert(a: float, m: float, b: float) -> Callable[[float], float]:
    """The inverse distribution function of PERT-beta(a, m, b): a beta distribution on
    [a, b] with mode m and shape 1 + 4(m - a)/(b - a), 1 + 4(b - m)/(b - a)."""
    span = b - a
    if span <= 0:
        return lambda _u: a
    alpha = 1.0 + 4.0 * (m - a) / span
    beta = 1.0 + 4.0 * (b - m) / span
    cdf = _beta_cdf_table(alpha, beta)
    cell = span / _GRID

    def inverse(u: float) -> float:
        j = bisect_right(cdf, u) - 1
        if j >= _GRID:
            return b
        lo = cdf[j]
        return a + cell * (j + (u - lo) / (cdf[j + 1] - lo))

    return inverse


def sampler(a: float, m: float, b: float, distribution: Distribution) -> Callable[[float], float]:
    """The function that turns a uniform draw in [0, 1) into a duration."""
    if distribution == "pert":
        return _pert(a, m, b)
    if distribution == "triangular":
        return _triangular(a, m, b)
    raise ValueError(f"unknown distribution {distribution!r}: use pert or triangular")


# -- results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistogramBin:
    """Runs whose finish fell in [low_days, high_days) working days after the project start."""

    low_days: float
    high_days: float
    start: datetime
    end: datetime
    count: int


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """A point of the S-curve: the share of runs finished by ``finish``."""

    finish: datetime
    days: float  # working days after the project start
    probability: float


@dataclass(frozen=True, slots=True)
class TaskCriticality:
    """How often a task was on the critical path (0.0 never .. 1.0 every run)."""

    uid: str
    name: str
    wbs: str
    index: float
    estimated: bool
    source_uid: int | None = None


def _fmt(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """The outcome of a Monte Carlo run; ``finishes`` is in run order."""

    iterations: int
    seed: int
    distribution: Distribution
    minutes_per_day: int
    project_start: datetime
    planned_finish: datetime
    planned_days: float
    finishes: tuple[datetime, ...]
    finish_days: tuple[float, ...]
    p50: datetime
    p80: datetime
    p90: datetime
    p50_days: float
    p80_days: float
    p90_days: float
    mean_finish: datetime
    mean_days: float
    std_days: float
    histogram: tuple[HistogramBin, ...]
    s_curve: tuple[CurvePoint, ...]
    criticality: tuple[TaskCriticality, ...]  # highest index first
    estimated_tasks: int

    @property
    def percentiles(self) -> tuple[tuple[str, datetime, float], ...]:
        """P50, P80 and P90: each one's name, the finish by then and its working days."""
        return (("P50", self.p50, self.p50_days), ("P80", self.p80, self.p80_days),
                ("P90", self.p90, self.p90_days))

    @property
    def on_time_probability(self) -> float:
        """The share of runs finishing no later than the plan's own finish."""
        return self.probability_by(self.planned_finish)

    def probability_by(self, moment: datetime) -> float:
        """The share of runs finished by ``moment``."""
        return sum(1 for f in self.finishes if f <= moment) / len(self.finishes)

    def criticality_of(self, uid: str) -> float:
        for c in self.criticality:
            if c.uid == uid:
                return c.index
        raise KeyError(uid)

    def to_json(self) -> dict[str, Any]:
        """The figures ``pmdesk simulate --json`` prints; local times as YYYY-MM-DDTHH:MM."""
        return {
            "iterations": self.iterations,
            "seed": self.seed,
            "distribution": self.distribution,
            "estimated_tasks": self.estimated_tasks,
            "project_start": _fmt(self.project_start),
            "planned_finish": _fmt(self.planned_finish),
            "on_time_probability": round(self.on_time_probability, 4),
            **{name.lower(): _fmt(moment) for name, moment, _days in self.percentiles},
            **{f"{name.lower()}_days": round(days, 3) for name, _m, days in self.percentiles},
            "mean_finish": _fmt(self.mean_finish),
            "mean_days": round(self.mean_days, 3),
            "std_days": round(self.std_days, 3),
            "earliest": _fmt(min(self.finishes)),
            "latest": _fmt(max(self.finishes)),
            "histogram": [
                {"from_days": b.low_days, "to_days": b.high_days, "from": _fmt(b.start),
                 "to": _fmt(b.end), "count": b.count}
                for b in self.histogram
            ],
            "s_curve": [
                {"finish": _fmt(p.finish), "days": round(p.days, 3),
                 "probability": round(p.probability, 4)}
                for p in self.s_curve
            ],
            "criticality": [
                {"uid": c.source_uid if c.source_uid is not None else c.uid, "name": c.name,
                 "wbs": c.wbs, "index": round(c.index, 4), "estimated": c.estimated}
                for c in self.criticality
            ],
        }


# -- the simulation ------------------------------------------------------------------------


class _Resampler:
    """The engine's compiled network, rescheduled with other durations.

    Uses :class:`Scheduler`'s own forward and backward passes on its compiled lists, so
    every rule of the engine applies; the compile step and the date objects a full
    schedule builds, which a run does not need, are left out.
    """

    def __init__(self, plan: Plan) -> None:
        self.scheduler = Scheduler(plan)
        self.net = self.scheduler.net
        net = self.net
        # Leaves that can be critical (finished tasks never are), and whether each has
        # started: the engine then counts finish slack alone.
        self.open_leaves = [i for i in net.leaves if not net.done[i]]
        self.started = [net.astart[i] is not None for i in range(net.n)]
        self.critical_counts = [0] * net.n

    def run(self, samplers: Sequence[tuple[int, Callable[[float], float]]],
            draw: Callable[[], float]) -> int:
        """One run: sample the durations, reschedule, count the critical tasks; returns
        the project finish (minute)."""
        s, net = self.scheduler, self.net
        dur, zero = net.dur, net.zero
        for i, inverse in samplers:
            d = round(inverse(draw()))
            dur[i] = d
            zero[i] = d == 0
        s._forward_all()
        s._finish_early()
        s._backward_all()
        # Total slack as the engine defines it: min(start slack, finish slack) in working
        # minutes of the task's calendar, finish slack alone once the task has started.
        wes, wef, wls, wlf = s.WES, s.WEF, s.WLS, s.WLF
        limit, started, counts = s.limit, self.started, self.critical_counts
        for i in self.open_leaves:
            total = wlf[i] - wef[i]
            if not started[i]:
                start_slack = wls[i] - wes[i]
                if start_slack < total:
                    total = start_slack
            if total <= limit:
                counts[i] += 1
        return s.pf


def _percentile(sorted_values: Sequence[int], share: float) -> int:
    """Nearest-rank percentile: the smallest value with at least ``share`` of runs at or
    below it."""
    k = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[k - 1]


def _bin_width(span_days: float) -> float:
    for width in _NICE_WIDTHS:
        if span_days / width <= MAX_BINS:
            return width
    return math.ceil(span_days / MAX_BINS)


def simulate(
    plan: Plan,
    iterations: int = 1000,
    seed: int | None = None,
    distribution: Distribution = "pert",
    progress: Callable[[int], bool] | None = None,
) -> SimulationResult:
    """Schedule ``plan`` ``iterations`` times with sampled durations; see the module doc.

    ``seed`` None picks one at random (it is in the result, so the run can be repeated).
    ``progress``, when given, is called with the number of runs done about fifty times
    per simulation; returning False stops it with :class:`SimulationCancelled`.
    Raises ValueError for a bad estimate (naming the task) or bad arguments, and the
    engine's :class:`~pmdesk.core.schedule.CycleError` for a plan that cannot be scheduled.
    The plan is not changed.
    """
    if not 1 <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be 1..{MAX_ITERATIONS} (got {iterations})")
    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"unknown distribution {distribution!r}: use pert or triangular")
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    validate_estimates(plan)
    resampler = _Resampler(plan)
    samplers = _samplers(plan, resampler, distribution)
    finish_minutes = _runs(resampler, samplers, iterations, seed, progress)

    planned = resampler.scheduler.result
    cal = project_calendar(plan)
    mpd = plan.project.minutes_per_day or 480
    start_m = to_minute(plan.project.start)
    work = {m: cal.between_m(start_m, m) for m in set(finish_minutes)}
    days = [work[m] / mpd for m in finish_minutes]
    n = len(days)
    mean = sum(days) / n
    std = math.sqrt(sum((d - mean) ** 2 for d in days) / (n - 1)) if n > 1 else 0.0
    ordered = sorted(finish_minutes)

    def after_days(d: float) -> datetime:
        return from_minute(cal.add_m(start_m, round(d * mpd))) if d > 0 else plan.project.start

    p50, p80, p90 = (_percentile(ordered, share) for share in (0.5, 0.8, 0.9))
    return SimulationResult(
        iterations=iterations,
        seed=seed,
        distribution=distribution,
        minutes_per_day=mpd,
        project_start=plan.project.start,
        planned_finish=planned.project_finish,
        planned_days=cal.between(plan.project.start, planned.project_finish) / mpd,
        finishes=tuple(map(from_minute, finish_minutes)),
        finish_days=tuple(days),
        p50=from_minute(p50),
        p80=from_minute(p80),
        p90=from_minute(p90),
        p50_days=work[p50] / mpd,
        p80_days=work[p80] / mpd,
        p90_days=work[p90] / mpd,
        mean_finish=after_days(mean),
        mean_days=mean,
        std_days=std,
        histogram=_histogram(days, after_days),
        s_curve=_s_curve(ordered, work, mpd),
        criticality=_criticality(plan, resampler, {i for i, _ in samplers}, iterations),
        estimated_tasks=len(samplers),
    )


def _samplers(
    plan: Plan, resampler: _Resampler, distribution: Distribution
) -> list[tuple[int, Callable[[float], float]]]:
    """``(task index, sampler)`` of every estimated task a run draws a duration for:
    summaries and finished tasks keep theirs."""
    net = resampler.net
    summaries = set(net.summaries)
    out: list[tuple[int, Callable[[float], float]]] = []
    for i, t in enumerate(plan.tasks):
        estimate = task_estimate(t)
        if estimate is None or i in summaries or net.done[i]:
            continue
        out.append((i, sampler(*estimate, distribution)))
    return out


def _runs(
    resampler: _Resampler,
    samplers: list[tuple[int, Callable[[float], float]]],
    iterations: int,
    seed: int,
    progress: Callable[[int], bool] | None,
) -> list[int]:
    """The project finish (a minute number) of each of ``iterations`` runs."""
    draw = random.Random(seed).random
    step = max(1, iterations // 50)
    finish_minutes: list[int] = []
    run = resampler.run
    with collector_paused():
        for k in range(iterations):
            finish_minutes.append(run(samplers, draw))
            if progress is not None and (k + 1) % step == 0 and not progress(k + 1):
                raise SimulationCancelled(f"stopped after {k + 1} of {iterations} runs")
    return finish_minutes


def _histogram(
    days: list[float], after_days: Callable[[float], datetime]
) -> tuple[HistogramBin, ...]:
    """The runs' finishes over working days, in bins of a round width aligned on whole
    widths."""
    low, high = min(days), max(days)
    width = _bin_width(high - low)
    first = math.floor(low / width)
    count_bins = max(1, math.floor(high / width) - first + 1)
    counts = [0] * count_bins
    for d in days:
        counts[min(count_bins - 1, math.floor(d / width) - first)] += 1
    return tuple(
        HistogramBin(
            low_days=(first + b) * width,
            high_days=(first + b + 1) * width,
            start=after_days((first + b) * width),
            end=after_days((first + b + 1) * width),
            count=c,
        )
        for b, c in enumerate(counts)
    )


def _s_curve(ordered: list[int], work: dict[int, int], mpd: int) -> tuple[CurvePoint, ...]:
    """The share of runs finished by each distinct finish (``ordered`` ascending)."""
    n = len(ordered)
    curve: list[CurvePoint] = []
    for k, m in enumerate(ordered):
        if k + 1 < n and ordered[k + 1] == m:
            continue
        curve.append(CurvePoint(from_minute(m), work[m] / mpd, (k + 1) / n))
    return tuple(curve)


def _criticality(
    plan: Plan, resampler: _Resampler, estimated: set[int], iterations: int
) -> tuple[TaskCriticality, ...]:
    """Every leaf task's share of runs in which it was critical, highest first (the plan's
    order among equals)."""
    net = resampler.net
    wbs = wbs_codes(plan.tasks)
    crit = [
        TaskCriticality(
            uid=net.uids[i],
            name=plan.tasks[i].name,
            wbs=wbs.get(net.uids[i], ""),
            index=resampler.critical_counts[i] / iterations,
            estimated=i in estimated,
            source_uid=plan.tasks[i].source_uid,
        )
        for i in net.leaves
    ]
    position = {c.uid: k for k, c in enumerate(crit)}
    crit.sort(key=lambda c: (-c.index, position[c.uid]))
    return tuple(crit)


def group_finishes(
    plan: Plan,
    groups: dict[str, Sequence[str]],
    iterations: int = 1000,
    seed: int | None = None,
    distribution: Distribution = "pert",
    shares: Sequence[float] = (0.5, 0.8),
    progress: Callable[[int], bool] | None = None,
) -> dict[str, tuple[datetime, ...]]:
    """For each group of tasks (a feature's linked tasks), the finishes at ``shares`` of
    the runs (P50, P80): a group finishes when its last task (a summary: its last subtask)
    does. The same runs as :func:`simulate` with the same seed; the plan is not changed.
    ``progress`` as for :func:`simulate` (False stops with :class:`SimulationCancelled`)."""
    if not 1 <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be 1..{MAX_ITERATIONS} (got {iterations})")
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    validate_estimates(plan)
    resampler = _Resampler(plan)
    samplers = _samplers(plan, resampler, distribution)
    net = resampler.net
    index = {u: i for i, u in enumerate(net.uids)}
    members: dict[str, list[int]] = {}
    for key, uids in groups.items():
        found: list[int] = []
        for u in uids:
            i = index.get(u)
            if i is not None:
                found.extend(net.leaves_under(i))
        if found:
            members[key] = sorted(set(found))
    runs: dict[str, list[int]] = {key: [] for key in members}
    draw = random.Random(seed).random
    scheduler = resampler.scheduler
    step = max(1, iterations // 50)
    with collector_paused():
        for k in range(iterations):
            resampler.run(samplers, draw)
            ef = scheduler.EF
            for key, leaves in members.items():
                runs[key].append(max(ef[i] for i in leaves))
            if progress is not None and (k + 1) % step == 0 and not progress(k + 1):
                raise SimulationCancelled(f"stopped after {k + 1} of {iterations} runs")
    out: dict[str, tuple[datetime, ...]] = {}
    for key, finishes in runs.items():
        finishes.sort()
        out[key] = tuple(from_minute(_percentile(finishes, s)) for s in shares)
    return out
