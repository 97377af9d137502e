"""The roadmap: the backlog's features placed in time, as the screen, the PDF and
``pmdesk info`` show them, and the re-planning a drag makes.

Two layouts of the same entries: Now / Next / Later columns (:attr:`RoadmapEntry.horizon`)
and a timeline whose bars run over the linked tasks' dates, or over the target quarter for
a feature without tasks yet. A feature's target is the last day of its target quarter (the
roadmap item's quarter, else its release when that names a quarter); its *slip* is how
many days its tasks finish after that. Re-planning changes the roadmap item (column,
quarter, theme) or the feature (owner, objective) and never a task: the slip then says
what the plan would have to do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ..model import Plan, new_uid
from ..patch import Patch
from ..schedule import ScheduleResult
from .model import Feature, FeatureStatus, Horizon, RoadmapItem
from .quarters import parse_quarter, quarter_end, quarter_start, quarter_text
from .rollup import FeatureRollup

__all__ = [
    "LANE_BYS",
    "NO_LANE",
    "Lanes",
    "Roadmap",
    "RoadmapEntry",
    "RoadmapMarker",
    "build_roadmap",
    "default_horizon",
    "feature_task_groups",
    "forecast_patch",
    "move_patch",
    "p80_misses",
    "roadmap_facts",
    "target_quarter",
]


class Lanes(StrEnum):
    """What the roadmap's timeline groups features by."""

    THEME = "theme"
    OBJECTIVE = "objective"
    OWNER = "owner"


LANE_BYS = tuple(m.value for m in Lanes)
#: The lane of a feature with no theme, objective or owner.
NO_LANE = "—"


def default_horizon(feature: Feature) -> Horizon:
    """Where a feature sits before anyone placed it: being built is now, ready next, the
    rest later."""
    if feature.status in (FeatureStatus.IN_PROGRESS, FeatureStatus.LAUNCHED):
        return Horizon.NOW
    if feature.status is FeatureStatus.READY:
        return Horizon.NEXT
    return Horizon.LATER


@dataclass(frozen=True, slots=True)
class RoadmapEntry:
    """A feature as the roadmap shows it: its column, target quarter, lane, and the
    bar its linked tasks (or else its target quarter) give, with the slip and forecasts."""

    feature: Feature
    item: RoadmapItem | None
    horizon: Horizon
    quarter: tuple[int, int] | None  # the target quarter
    theme: str
    objective: str  # the first objective's text
    start: date | None  # bar: the linked tasks' dates, else the target quarter
    finish: date | None
    planned: bool  # the bar comes from tasks (else from the target quarter, drawn apart)
    slip_days: int  # days the tasks finish after the target (0: on time or no target)
    p50: date | None
    p80: date | None

    @property
    def uid(self) -> str:
        return self.feature.uid

    @property
    def target(self) -> date | None:
        return quarter_end(self.quarter) if self.quarter else None

    @property
    def p80_misses(self) -> bool:
        """The forecast's P80 finish falls after the target quarter."""
        return bool(self.p80 and self.target and self.p80 > self.target)

    def lane(self, by: str) -> str:
        value = {"theme": self.theme, "objective": self.objective,
                 "owner": self.feature.owner}[by]
        return value.strip() or NO_LANE


@dataclass(frozen=True, slots=True)
class RoadmapMarker:
    """A milestone or stage gate on the timeline."""

    name: str
    on: date
    gate: bool


@dataclass(frozen=True, slots=True)
class Roadmap:
    """The roadmap of the product: its features, the milestones and gates on the
    timeline, and the day it is drawn as of."""

    entries: tuple[RoadmapEntry, ...]
    markers: tuple[RoadmapMarker, ...]
    today: date

    def by_horizon(self) -> dict[Horizon, list[RoadmapEntry]]:
        out: dict[Horizon, list[RoadmapEntry]] = {h: [] for h in Horizon}
        for e in self.entries:
            out[e.horizon].append(e)
        return out

    def lanes(self, by: str) -> list[str]:
        """The lanes' names in the order their features first appear; no-lane last."""
        names = dict.fromkeys(e.lane(by) for e in self.entries)
        ordered = [n for n in names if n != NO_LANE]
        return ordered + ([NO_LANE] if NO_LANE in names else [])

    def span(self) -> tuple[date, date]:
        """The first and last day the bars and markers cover (today when there are none)."""
        days = [d for e in self.entries for d in (e.start, e.finish) if d is not None]
        days += [m.on for m in self.markers]
        return (min(days, default=self.today), max(days, default=self.today))

    def releases(self) -> list[str]:
        """The features' releases in the order they ship (the timeline by release): a
        release naming a quarter at the quarter's end, another when its last feature's
        tasks finish; no release last."""
        names = dict.fromkeys(e.feature.release.strip() or NO_LANE for e in self.entries)
        ends = dict.fromkeys(names, date.max)  # nothing planned yet: after the rest
        for e in self.entries:
            name = e.feature.release.strip() or NO_LANE
            if e.planned and e.finish is not None:
                end = ends[name]
                ends[name] = e.finish if end == date.max else max(end, e.finish)
        for name in ends:
            quarter = parse_quarter(name)
            if quarter is not None:
                ends[name] = quarter_end(quarter)
        return sorted(ends, key=lambda n: (n == NO_LANE, ends[n], n))


def target_quarter(feature: Feature, item: RoadmapItem | None) -> tuple[int, int] | None:
    """The quarter a feature is meant to ship in: its roadmap item's, else its release's
    when that names a quarter."""
    return parse_quarter(item.quarter if item and item.quarter else feature.release)


def p80_misses(feature: Feature, item: RoadmapItem | None) -> bool:
    """Whether the last forecast's P80 finish falls after the target quarter."""
    quarter = target_quarter(feature, item)
    return bool(item and item.p80 and quarter and item.p80 > quarter_end(quarter))


def _objective_names(plan: Plan) -> dict[str, str]:
    return {o.uid: o.text for o in plan.objectives}


def _marker_list(plan: Plan, schedule: ScheduleResult) -> tuple[RoadmapMarker, ...]:
    gates = {g.task_uid for g in plan.gates}
    out = []
    for t in plan.tasks:
        if t.milestone and t.uid in schedule.tasks:
            out.append(RoadmapMarker(t.name, schedule.tasks[t.uid].finish.date(), t.uid in gates))
    return tuple(sorted(out, key=lambda m: m.on))


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def _spans(plan: Plan, schedule: ScheduleResult) -> dict[str, tuple[datetime, datetime]]:
    """Each feature's first start and last finish over its linked tasks (a summary's dates
    are its subtasks'), as :func:`.rollup.rollups` has them, without the rest it works out."""
    dates = schedule.tasks
    out: dict[str, tuple[datetime, datetime]] = {}
    for link in plan.feature_tasks:
        d = dates.get(link.task_uid)
        if d is None:
            continue
        span = out.get(link.feature_uid)
        if span is None:
            out[link.feature_uid] = (d.start, d.finish)
        else:
            out[link.feature_uid] = (min(span[0], d.start), max(span[1], d.finish))
    return out


def build_roadmap(plan: Plan, schedule: ScheduleResult, today: date,
                  rolled: Mapping[str, FeatureRollup] | None = None) -> Roadmap:
    """Every feature not dropped, placed. ``rolled`` is :func:`.rollup.rollups` when the
    caller has it already (else only the dates are worked out)."""
    spans = ({uid: (r.start, r.finish) for uid, r in rolled.items()} if rolled is not None
             else _spans(plan, schedule))
    items = {i.feature_uid: i for i in plan.roadmap_items}
    names = _objective_names(plan)
    entries = []
    for f in plan.features:
        if f.status is FeatureStatus.DROPPED:
            continue
        item = items.get(f.uid)
        quarter = target_quarter(f, item)
        span = spans.get(f.uid)
        start, finish = (_day(span[0]), _day(span[1])) if span else (None, None)
        planned = finish is not None
        if not planned and quarter is not None:
            start, finish = quarter_start(quarter), quarter_end(quarter)
        slip = 0
        if planned and quarter is not None and finish is not None:
            slip = max(0, (finish - quarter_end(quarter)).days)
        theme = (item.theme if item and item.theme else (f.tags[0] if f.tags else ""))
        objective = next((names[u] for u in f.objective_uids if u in names), "")
        entries.append(RoadmapEntry(
            f, item, item.horizon if item else default_horizon(f), quarter, theme, objective,
            start, finish, planned, slip, item.p50 if item else None,
            item.p80 if item else None))
    return Roadmap(tuple(entries), _marker_list(plan, schedule), today)


# --------------------------------------------------------------------------- re-planning


def _item(plan: Plan, feature: Feature) -> RoadmapItem:
    found = next((i for i in plan.roadmap_items if i.feature_uid == feature.uid), None)
    if found is not None:
        return found
    quarter = parse_quarter(feature.release)
    return RoadmapItem(new_uid(), feature.uid, default_horizon(feature),
                       quarter_text(quarter) if quarter else "",
                       feature.tags[0] if feature.tags else "")


def move_patch(plan: Plan, feature_uid: str, *, horizon: Horizon | None = None,
               quarter: tuple[int, int] | None = None, lane: tuple[str, str] | None = None,
               release: str | None = None) -> Patch | None:
    """The patch that re-plans a feature: to another column, target quarter or lane
    (``(by, name)``; by theme changes its roadmap theme, by owner its owner, by objective
    its first objective) or release. None when nothing would change. Never touches a
    task."""
    feature = next((f for f in plan.features if f.uid == feature_uid), None)
    if feature is None:
        raise ValueError("That feature is no longer in the project.")
    item = _item(plan, feature)
    new_item, new_feature = item, feature
    if horizon is not None:
        new_item = dataclasses.replace(new_item, horizon=Horizon(horizon))
    if quarter is not None:
        new_item = dataclasses.replace(new_item, quarter=quarter_text(quarter))
    if lane is not None:
        by, name = lane
        name = "" if name == NO_LANE else name
        if by == Lanes.THEME:
            new_item = dataclasses.replace(new_item, theme=name)
        elif by == Lanes.OWNER:
            new_feature = dataclasses.replace(feature, owner=name)
        elif by == Lanes.OBJECTIVE:
            uid = next((o.uid for o in plan.objectives if o.text == name), None)
            rest = tuple(u for u in feature.objective_uids[1:])
            new_feature = dataclasses.replace(
                feature, objective_uids=((uid,) + rest) if uid else rest)
        else:
            raise ValueError(f"unknown lanes {by!r}: use {', '.join(LANE_BYS)}")
    if release is not None:
        new_feature = dataclasses.replace(new_feature, release=release.strip())
    items = (new_item,) if new_item != item else ()
    features = (new_feature,) if new_feature != feature else ()
    if not items and not features:
        return None
    return Patch(roadmap_items=items, features=features)


def forecast_patch(plan: Plan, forecasts: Mapping[str, tuple[date, date]], on: date) -> Patch:
    """The roadmap items carrying each feature's (P50, P80) finish from a forecast run
    ``on``; features the run had nothing for lose an older forecast."""
    upserts = []
    for f in plan.features:
        item = _item(plan, f)
        p50, p80 = forecasts.get(f.uid, (None, None))
        if item.p50 == p50 and item.p80 == p80 and (p50 is None or item.forecast_on == on):
            continue
        upserts.append(dataclasses.replace(item, p50=p50, p80=p80,
                                           forecast_on=on if p50 is not None else None))
    return Patch(roadmap_items=tuple(upserts))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def roadmap_facts(roadmap: Roadmap, entries: Iterable[RoadmapEntry] | None = None
                  ) -> list[dict[str, object]]:
    """The ``product.roadmap`` list of ``pmdesk info --json``."""
    out: list[dict[str, object]] = []
    for e in roadmap.entries if entries is None else entries:
        out.append({
            "title": e.feature.title, "column": e.horizon.value,
            "quarter": quarter_text(e.quarter) if e.quarter else None,
            "release": e.feature.release, "theme": e.theme, "owner": e.feature.owner,
            "objective": e.objective, "start": _iso(e.start), "finish": _iso(e.finish),
            "planned": e.planned, "slip_days": e.slip_days, "p50": _iso(e.p50),
            "p80": _iso(e.p80), "p80_misses_target": e.p80_misses,
        })
    return out


def feature_task_groups(plan: Plan) -> dict[str, Sequence[str]]:
    """Each feature's linked task uids (what a delivery forecast follows)."""
    out: dict[str, list[str]] = {}
    for link in plan.feature_tasks:
        out.setdefault(link.feature_uid, []).append(link.task_uid)
    return dict(out)
