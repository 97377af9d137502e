"""Schedule risk: how likely each finish date is, found by scheduling the plan many times.

A task with a three-point estimate (``optimistic``, ``most_likely``, ``pessimistic``, in the
units of its duration: working minutes, or elapsed minutes for an elapsed duration) gets a
duration drawn from a PERT-beta or a triangular distribution in every run; a task without
an estimate keeps its duration. Each run goes through the real scheduling engine, links,
lags, constraints, calendars and progress included, so the finish dates are the ones the
Gantt would show for those durations.

The register's risks take part too: an open or monitored risk with a schedule impact
(min / likely / max working time) happens in a run with its chance (its explicit percent,
else the share its probability rating stands for) and then lengthens each task it is
linked to by an impact drawn from the same distribution as the estimates (a threat), or
shortens it, never below zero (an opportunity). A linked summary task stands for its
subtask that finishes last in the plan; finished tasks are not moved. Occurred risks are
left out (their delay is in the plan already), and so are closed ones.

Speed: the engine compiles the plan once (:class:`~pmdesk.core.schedule.Scheduler`); each
run writes the sampled durations into that compiled network and repeats only the forward
and backward passes, skipping the compile and the date objects a full schedule builds.

Repeatability: a run is fully determined by its seed. Durations are drawn by inverse
transform from ``random.Random(seed).random()``, whose sequence Python keeps stable across
versions and platforms, so the same seed gives the same figures on a colleague's machine.
Each risk draws from its own stream, seeded from the same seed and the risk's uid, so
adding or leaving out a risk leaves every other draw as it was.
"""

from __future__ import annotations

import math
import random
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from .calendar import from_minute, project_calendar, to_minute
from .durations import DEFAULT_UNITS, TimeUnits, format_duration, parse_duration
from .model import Plan, Risk, RiskKind, RiskStatus, Task
from .outline import wbs_codes
from .risk import in_simulation, schedule_chance, schedule_impact
from .schedule import Scheduler, collector_paused
from .words import word

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


def parse_schedule_impact(text: str, units: TimeUnits = DEFAULT_UNITS
                          ) -> tuple[int, int, int] | None:
    """Read a risk's schedule impact as typed: one duration ("5d": always that much) or
    min / likely / max ("2d / 5d / 10d"); an empty cell clears it. Returns working
    minutes, checked for order."""
    body = text.strip()
    if not body:
        return None
    parts = [p for p in _SPLIT.split(body) if p]
    if len(parts) not in (1, 3):
        raise ValueError(
            f"'{body}' is not a schedule impact: type one duration such as 5d, or "
            "min / likely / max such as 2d / 5d / 10d")
    values: list[int] = []
    for part in parts:
        duration = parse_duration(part, units)
        if duration.elapsed:
            raise ValueError(f"'{part}': a schedule impact is working time (5d), "
                             "not elapsed time")
        values.append(duration.minutes)
    low, likely, high = values * 3 if len(values) == 1 else values
    if not low <= likely <= high:
        raise ValueError(f"'{body}': the schedule impact must run min <= likely <= max")
    return low, likely, high


def format_schedule_impact(risk: Risk, units: TimeUnits = DEFAULT_UNITS) -> str:
    """A risk's schedule impact as :func:`parse_schedule_impact` reads it ("5d",
    "2d / 5d / 10d"), or ""."""
    impact = schedule_impact(risk)
    return "" if impact is None else _impact_text(impact, units)


def schedule_text(risk: Risk, units: TimeUnits = DEFAULT_UNITS) -> str:
    """What ``risk`` does in a simulation, "+1d / 3d / 5d at 40 %" (an opportunity:
    "−2d at 50 %"), or "" for a risk a simulation leaves out."""
    impact = schedule_impact(risk)
    if impact is None or not in_simulation(risk):
        return ""
    return _schedule_text(risk.kind == RiskKind.OPPORTUNITY, impact, schedule_chance(risk),
                          units)


def _schedule_text(opportunity: bool, impact: tuple[int, int, int], chance: float,
                   units: TimeUnits) -> str:
    sign = "−" if opportunity else "+"
    return word("Risks", "{impact} at {chance} %").format(
        impact=sign + _impact_text(impact, units), chance=f"{chance * 100:.0f}")


def _impact_text(impact: tuple[int, int, int], units: TimeUnits) -> str:
    shown = impact[:1] if impact[0] == impact[2] else impact
    return " / ".join(format_duration(v, units=units) for v in shown)


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


@dataclass(frozen=True, slots=True)
class SimulatedRisk:
    """A risk a simulation included: its chance, its impact (working minutes, taken off
    for an opportunity), the tasks it moves, the share of runs it happened in and what it
    did to P80 (working days, estimated from the runs it did not happen in)."""

    uid: str
    code: str
    title: str
    opportunity: bool
    chance: float
    impact: tuple[int, int, int]
    task_uids: tuple[str, ...]
    occurred: float = 0.0
    p80_effect_days: float | None = None  # P80 with it minus P80 without it

    def text(self, units: TimeUnits = DEFAULT_UNITS) -> str:
        """"R-001 +1d / 2d / 4d at 30 %" (an opportunity: "−3d"), as reports list it."""
        return f"{self.code} {_schedule_text(self.opportunity, self.impact, self.chance, units)}"

    def effect_text(self) -> str:
        """"P80 +1.5 d" (what it did to P80), or "" when that cannot be told."""
        days = self.p80_effect_days
        return "" if days is None else f"P80 {signed_days(days)}"

    def to_json(self, minutes_per_day: int) -> dict[str, Any]:
        return {
            "code": self.code, "title": self.title,
            "kind": "opportunity" if self.opportunity else "threat",
            "chance": round(self.chance, 4),
            "impact_days": [round(v / minutes_per_day, 3) for v in self.impact],
            "tasks": len(self.task_uids), "occurred": round(self.occurred, 4),
            "p80_effect_days": None if self.p80_effect_days is None
            else round(self.p80_effect_days, 3),
        }


def signed_days(days: float) -> str:
    """Working days with their sign, to a tenth: "+1.5 d", "−3.0 d", "+0.0 d"."""
    return f"{round(days, 1) + 0.0:+.1f} d".replace("-", "−")


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
    risks: tuple[SimulatedRisk, ...] = ()  # the register's risks the runs included

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
            "risks": [r.to_json(self.minutes_per_day) for r in self.risks],
        }


# -- the simulation ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _RiskEvent:
    """A risk as a run applies it: its chance, the inverse distribution of its impact,
    +1 (a threat) or -1 (an opportunity), and each task it moves with the factor that turns
    working minutes into the task's duration units."""

    risk: SimulatedRisk
    inverse: Callable[[float], float]
    sign: int
    targets: tuple[tuple[int, float], ...]


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
        self.events: list[_RiskEvent] = []
        self.happened: list[bytearray] = []  # per risk, 1 for each run it happened in
        self._planned = list(net.dur)  # what a task a risk moved goes back to
        self._moved: list[int] = []
        self._risk_draws: list[Callable[[], float]] = []

    def use_risks(self, events: list[_RiskEvent], seed: int) -> None:
        """Apply ``events`` in every run, each risk drawing from its own stream of
        ``seed`` and its uid: adding or leaving out one risk changes no other draw."""
        self.events = events
        self.happened = [bytearray() for _ in events]
        self._moved = sorted({i for e in events for i, _ in e.targets})
        self._risk_draws = [random.Random(f"pmdesk risk {seed} {e.risk.uid}").random
                            for e in events]

    def run(self, samplers: Sequence[tuple[int, Callable[[float], float]]],
            draw: Callable[[], float]) -> int:
        """One run: sample the durations, apply the risks, reschedule, count the critical
        tasks; returns the project finish (minute)."""
        s, net = self.scheduler, self.net
        dur, zero = net.dur, net.zero
        for i in self._moved:  # tasks the last run's risks moved (sampled ones are redrawn)
            dur[i] = self._planned[i]
        for i, inverse in samplers:
            d = round(inverse(draw()))
            dur[i] = d
            zero[i] = d == 0
        if self.events:
            self._happen()
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

    def _happen(self) -> None:
        """Each risk happens or not in this run; one that does moves its tasks. A risk
        draws twice whether it happens or not, so its stream stays in step run by run."""
        dur, zero = self.net.dur, self.net.zero
        for event, draw, runs in zip(self.events, self._risk_draws, self.happened,
                                     strict=True):
            happens = draw() < event.risk.chance
            size = event.inverse(draw())
            runs.append(happens)
            if not happens:
                continue
            for i, factor in event.targets:
                dur[i] = max(0, dur[i] + event.sign * round(size * factor))
        for i in self._moved:
            zero[i] = dur[i] == 0


def _risk_events(plan: Plan, resampler: _Resampler, distribution: Distribution
                 ) -> list[_RiskEvent]:
    """The register's risks a simulation includes (:func:`~pmdesk.core.risk.in_simulation`
    and linked to a task not finished yet), in register order."""
    net = resampler.net
    index = {u: i for i, u in enumerate(net.uids)}
    elapsed_factor = 1440 / (plan.project.minutes_per_day or 480)
    events: list[_RiskEvent] = []
    for r in plan.risks:
        impact = schedule_impact(r)
        if impact is None or not in_simulation(r):
            continue
        targets: dict[int, float] = {}
        for uid in r.task_uids:
            i = index.get(uid)
            if i is None:
                continue
            # A summary stands for its open subtask that finishes last in the plan.
            open_leaves = [j for j in net.leaves_under(i) if not net.done[j]]
            if open_leaves:
                j = max(open_leaves, key=lambda k: (resampler.scheduler.EF[k], k))
                targets[j] = elapsed_factor if net.elapsed[j] else 1.0
        if not targets:
            continue
        opportunity = r.kind == RiskKind.OPPORTUNITY
        shown = SimulatedRisk(r.uid, r.code, r.title, opportunity, schedule_chance(r), impact,
                              tuple(net.uids[j] for j in targets))
        events.append(_RiskEvent(shown, sampler(*impact, distribution),
                                 -1 if opportunity else 1, tuple(targets.items())))
    return events


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
    seed, resampler, samplers = _prepared(plan, iterations, seed, distribution)
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
        risks=_included(resampler, iterations, finish_minutes,
                        lambda m: cal.between_m(start_m, m) / mpd),
    )


def _prepared(plan: Plan, iterations: int, seed: int | None, distribution: Distribution
              ) -> tuple[int, _Resampler, list[tuple[int, Callable[[float], float]]]]:
    """The arguments checked, the seed (a random one for None), the compiled plan with
    the register's risks and the sampler of every estimated task."""
    if not 1 <= iterations <= MAX_ITERATIONS:
        raise ValueError(f"iterations must be 1..{MAX_ITERATIONS} (got {iterations})")
    if distribution not in DISTRIBUTIONS:
        raise ValueError(f"unknown distribution {distribution!r}: use pert or triangular")
    if seed is None:
        seed = random.SystemRandom().randrange(2**31)
    validate_estimates(plan)
    resampler = _Resampler(plan)
    resampler.use_risks(_risk_events(plan, resampler, distribution), seed)
    return seed, resampler, _samplers(plan, resampler, distribution)


def _included(resampler: _Resampler, iterations: int, finishes: Sequence[int] = (),
              days: Callable[[int], float] | None = None) -> tuple[SimulatedRisk, ...]:
    """The risks the runs included, each with the share of runs it happened in and, given
    the runs' ``finishes`` and ``days`` (a finish in working days), its effect on P80.

    A risk's draws are independent of every other draw, so the runs in which it did not
    happen are a sample of the simulation without it: the effect is P80 of all runs minus
    P80 of those (None when it happened in every run), never below zero for a threat nor
    above it for an opportunity."""
    p80 = days(_percentile(sorted(finishes), 0.8)) if days and finishes else 0.0
    out: list[SimulatedRisk] = []
    for event, runs in zip(resampler.events, resampler.happened, strict=True):
        hits = sum(runs)
        effect = None
        if days is not None and finishes and hits < iterations:
            without = sorted(f for f, h in zip(finishes, runs, strict=True) if not h)
            effect = p80 - days(_percentile(without, 0.8))
            # Lengthening a task never brings the finish in, nor shortening one pushes
            # it out: a sign the other way is the noise of a sample, shown as none.
            effect = min(effect, 0.0) if event.sign < 0 else max(effect, 0.0)
        out.append(replace(event.risk, occurred=hits / iterations, p80_effect_days=effect))
    return tuple(out)


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
    each: Callable[[], None] | None = None,
) -> list[int]:
    """The project finish (a minute number) of each of ``iterations`` runs; ``each`` is
    called after every run (to read the run's task dates)."""
    draw = random.Random(seed).random
    step = max(1, iterations // 50)
    finish_minutes: list[int] = []
    run = resampler.run
    with collector_paused():
        for k in range(iterations):
            finish_minutes.append(run(samplers, draw))
            if each is not None:
                each()
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


def risks_included(plan: Plan, risks: Sequence[SimulatedRisk]) -> str:
    """The line a report gives to say which of the register's risks a simulation
    included."""
    active = sum(1 for r in plan.risks if r.status in (RiskStatus.OPEN, RiskStatus.MONITORING))
    if not risks:
        return (f"Risks included: none of the {active} open risks (a risk takes part once it "
                "has a schedule impact and linked tasks).")
    return (f"Risks included: {len(risks)} of the {active} open risks "
            f"({', '.join(r.code for r in risks)}); each lengthens its linked tasks when it "
            "happens.")


class GroupFinishes(dict[str, tuple[datetime, ...]]):
    """:func:`group_finishes`' answer: each group's finishes by key, and the register's
    risks the runs included (``risks``)."""

    risks: tuple[SimulatedRisk, ...] = ()


def group_finishes(
    plan: Plan,
    groups: dict[str, Sequence[str]],
    iterations: int = 1000,
    seed: int | None = None,
    distribution: Distribution = "pert",
    shares: Sequence[float] = (0.5, 0.8),
    progress: Callable[[int], bool] | None = None,
) -> GroupFinishes:
    """For each group of tasks (a feature's linked tasks), the finishes at ``shares`` of
    the runs (P50, P80): a group finishes when its last task (a summary: its last subtask)
    does. The same runs as :func:`simulate` with the same seed, the register's risks
    included; the plan is not changed. ``progress`` as for :func:`simulate` (False stops
    with :class:`SimulationCancelled`)."""
    seed, resampler, samplers = _prepared(plan, iterations, seed, distribution)
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
    scheduler = resampler.scheduler

    def record() -> None:
        ef = scheduler.EF
        for key, leaves in members.items():
            runs[key].append(max(ef[i] for i in leaves))

    _runs(resampler, samplers, iterations, seed, progress, record)
    out = GroupFinishes()
    for key, finishes in runs.items():
        finishes.sort()
        out[key] = tuple(from_minute(_percentile(finishes, s)) for s in shares)
    out.risks = _included(resampler, iterations)
    return out
