"""The command line of the roadmap and launch KPIs: ``pmdesk kpi FILE list|import`` and
``pmdesk simulate FILE --features``. Kept beside :mod:`pmdesk.cli`, which registers them;
the same contract: one clear line on stderr and exit status 2 for bad input, the file as it
was."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from pmdesk.cli import MAX_ITERATIONS, UsageError, _load, _note, _schedule, _shown
from pmdesk.core.model import Plan
from pmdesk.core.patch import Patch

__all__ = ["cmd_kpi", "save_patch", "simulate_features"]

#: The largest values file ``kpi import`` reads.
MAX_CSV_BYTES = 20 * 1024 * 1024


def save_patch(path: str, patch: Patch, what: str) -> None:
    """Apply ``patch`` to the project file at ``path`` and save it, as one revision; the
    kinds' rules and the value bounds are checked first (UsageError, file untouched)."""
    from pmdesk.core.limits import patch_problem
    from pmdesk.core.patch import rules_problem
    from pmdesk.store.document import DocumentError, ProjectDocument
    from pmdesk.store.repository import apply_patch as store_patch

    try:
        document = ProjectDocument.open(Path(path))
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    try:
        if document.read_only:
            raise UsageError(f"{_shown(path)}: {document.lock_message or 'open elsewhere'}; "
                             f"{what} not saved")
        for notice in document.notices:
            _note(notice)
        plan = document.load_plan()
        problem = patch_problem(patch) or rules_problem(plan, patch)
        if problem:
            raise UsageError(f"{_shown(path)}: {problem}; nothing changed")
        with document.session() as session:
            store_patch(session, patch)
        document.save()
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        document.close()


def _read_csv(path: str) -> str:
    source = Path(path)
    try:
        if source.stat().st_size > MAX_CSV_BYTES:
            raise UsageError(f"{_shown(path)}: larger than {MAX_CSV_BYTES // 2**20} MB")
        data = source.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{_shown(path)}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{_shown(path)}: is a folder, not a CSV file") from None
    except OSError as exc:
        raise UsageError(f"{_shown(path)}: cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{_shown(path)}: not UTF-8 text (byte {exc.start})") from None


def _kpi_list(plan: Plan, as_json: bool) -> int:
    from pmdesk.core.product.kpi import kpi_summaries

    summaries = kpi_summaries(plan)
    if as_json:
        print(json.dumps([s.to_json() for s in summaries], indent=2))
        return 0
    if not summaries:
        print("no KPIs")
        return 0
    width = max(len(s.kpi.name) for s in summaries)
    print(f"{'KPI':<{width}}  {'Latest':>10}  {'Target':>10}  {'By':<10}  Status")
    for s in summaries:
        latest = "-" if s.latest is None else f"{s.latest.value:g}"
        print(f"{s.kpi.name:<{width}}  {latest:>10}  {s.kpi.target:>10g}  "
              f"{s.kpi.target_date.isoformat():<10}  {s.status.value}")
    return 0


def cmd_kpi(args: argparse.Namespace) -> int:
    from pmdesk.core.product.kpi import KpiError, import_values, kpi_by_name, parse_values_csv

    plan = _load(args.file)
    if args.kpi_action == "list":
        return _kpi_list(plan, args.json)
    try:
        kpi = kpi_by_name(plan, args.kpi)
        values = parse_values_csv(_read_csv(args.csv), _shown(args.csv))
    except KpiError as exc:
        raise UsageError(str(exc)) from exc
    save_patch(args.file, import_values(plan, kpi, values), "values")
    print(f"imported {len(values)} value{'s' if len(values) != 1 else ''} of "
          f"{kpi.name!r} from {_shown(args.csv)} -> {_shown(args.file)}")
    return 0


def simulate_features(args: argparse.Namespace, plan: Plan) -> int:
    """``pmdesk simulate FILE --features``: each feature's P50/P80 finish, printed and
    saved on the roadmap (what ``info --json`` and the roadmap then show)."""
    from pmdesk.core.health import status_moment
    from pmdesk.core.montecarlo import group_finishes, risks_included
    from pmdesk.core.product.roadmap import build_roadmap, feature_task_groups, forecast_patch

    if not 1 <= args.iterations <= MAX_ITERATIONS:
        raise UsageError(f"--iterations {args.iterations}: use 1 to {MAX_ITERATIONS:,}")
    groups = feature_task_groups(plan)
    try:
        found = group_finishes(plan, groups, args.iterations, args.seed, args.distribution)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    dates = {uid: (p50.date(), p80.date()) for uid, (p50, p80) in found.items()}
    patch = forecast_patch(plan, dates, date.today())
    if patch.upserts("roadmap_items"):
        save_patch(args.file, patch, "forecast")
        plan = _load(args.file)
    roadmap = build_roadmap(plan, _schedule(plan, args.file), status_moment(plan).date())
    rows = [e for e in roadmap.entries if e.p50 is not None]
    if args.json:
        from pmdesk.core.product.roadmap import roadmap_facts

        mpd = plan.project.minutes_per_day
        print(json.dumps({"iterations": args.iterations, "features": roadmap_facts(
            roadmap, rows), "risks": [r.to_json(mpd) for r in found.risks]}, indent=2))
        return 0
    print(f"{plan.project.name}: {args.iterations} runs, {len(rows)} features with tasks")
    print(f"  {risks_included(plan, found.risks)}")
    if not rows:
        print("  no feature has linked tasks to forecast (Product ▸ Backlog ▸ Link Tasks)")
        return 0
    width = max((len(e.feature.title) for e in rows), default=7)
    print(f"{'Feature':<{width}}  {'P50':<10}  {'P80':<10}  Target")
    for e in rows:
        target = e.target.isoformat() if e.target else "-"
        miss = "  P80 misses the target" if e.p80_misses else ""
        print(f"{e.feature.title:<{width}}  {e.p50}  {e.p80}  {target}{miss}")
    return 0
