"""The ``pmdesk`` command line: open the GUI, or run one sub-command and exit.

The sub-commands are a stable contract for scripts. Errors are one clear line on stderr
and exit status 2 for bad usage or bad input. Nothing here imports Qt unless the
sub-command draws something.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

from pmdesk import __version__

VIEWS = ("gantt", "board", "risks", "resources", "budget", "product", "backlog", "research",
         "kpis", "roadmap", "dashboard")
EXPORT_VIEWS = ("gantt", "board", "risks", "report", "backlog", "roadmap")


# The largest window a screenshot draws: 10,000 pixels a side and 50 megapixels.
MAX_SCREENSHOT_SIDE = 10_000
MAX_SCREENSHOT_PIXELS = 50_000_000
MAX_ITERATIONS = 100_000


class UsageError(Exception):
    """Bad input from the user: reported on one line, exit status 2."""


def _fmt(moment: datetime | None) -> str | None:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else None


def _shown(path: str | os.PathLike[str]) -> str:
    from pmdesk.fileio import describe_path

    return describe_path(path)


def _note(text: str) -> None:
    """Something the user should know that does not stop the command (a stale lock taken
    over, database code removed from a file): one line on stderr."""
    print(f"pmdesk: note: {text}", file=sys.stderr)


def _load(path: str):
    """Read a project for a read-only sub-command (the file is never written)."""
    from pmdesk.store.document import DocumentError, open_plan

    notices: list[str] = []
    try:
        plan = open_plan(Path(path), notices=notices)
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    for notice in notices:
        _note(notice)
    return plan


def _schedule(plan, source: str | os.PathLike[str]):
    """The plan's schedule; a plan the engine refuses (a dependency cycle, a calendar
    without working time) is bad input, named with the file it came from."""
    from pmdesk.core.repair import explain
    from pmdesk.core.schedule import CycleError, schedule

    try:
        return schedule(plan)
    except CycleError as exc:  # a cycle of links, or a loop in the outline
        raise UsageError(f"{_shown(source)}: {explain(plan, exc)}") from exc
    except (ValueError, OverflowError) as exc:
        raise UsageError(f"{_shown(source)}: {exc}") from exc


def _save(plan, output: str) -> None:
    """Write ``plan`` as a new project file, honouring a lock on it."""
    from pmdesk.store.document import DocumentError, save_plan

    try:
        notes = save_plan(plan, Path(output))
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    for note in notes:
        _note(note)


def project_facts(plan, result) -> dict:
    """The figures ``pmdesk info`` prints, as a JSON-ready dict."""
    from pmdesk.core.budget import budget_report
    from pmdesk.core.costs import plan_cost
    from pmdesk.core.evm import evm_summary
    from pmdesk.core.flow import flow_summary
    from pmdesk.core.health import critical_tasks, status_moment
    from pmdesk.core.money import plain
    from pmdesk.core.outline import summary_uids
    from pmdesk.core.product.facts import launch_facts, product_facts
    from pmdesk.core.risk import risk_summary
    from pmdesk.core.usage import usage

    summaries = summary_uids(plan.tasks)
    leaves = [t for t in plan.tasks if t.uid not in summaries]
    done = [t for t in leaves if t.percent_complete >= 100]
    critical = critical_tasks(plan, result)
    open_risks = [r for r in plan.risks if r.status not in ("closed",)]
    evm = evm_summary(plan, result)
    budget = budget_report(plan).project
    top = sorted(open_risks, key=lambda r: (-r.score, r.code))[:5]
    return {
        "name": plan.project.name,
        "start": _fmt(result.project_start),
        "finish": _fmt(result.project_finish),
        "status_date": _fmt(plan.project.status_date),
        "currency": plan.project.currency,
        "counts": {
            "tasks": len(plan.tasks),
            "milestones": sum(1 for t in plan.tasks if t.milestone),
            "summaries": len(summaries),
            "dependencies": len(plan.dependencies),
            "resources": len(plan.resources),
            "assignments": len(plan.assignments),
            "risks": len(plan.risks),
            "board_columns": len(plan.board_columns),
            "done": len(done),
            "critical": len(critical),
            "overallocated_resources": len(usage(plan, result).overallocated()),
        },
        "cost": {
            "total": plain(plan_cost(plan, result)),
            "budget": plain(budget.budget),
            "actual": plain(budget.actual),
            "remaining": plain(budget.remaining),
            "variance": plain(budget.budget - budget.planned),
            "baseline": evm.get("bac"),
        },
        "evm": evm,
        "risk": risk_summary(plan),
        "flow": flow_summary(plan),
        "top_risks": [
            {"code": r.code, "title": r.title, "score": r.score, "status": str(r.status)}
            for r in top
        ],
        "product": product_facts(plan)
        | launch_facts(plan, result, status_moment(plan).date()),
    }


def cmd_demo(args: argparse.Namespace) -> int:
    from pmdesk.demo import build_demo_plan

    plan = build_demo_plan()
    _save(plan, args.output)
    print(f"wrote {_shown(args.output)}: {plan.project.name}, {len(plan.tasks)} tasks")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from pmdesk.core.entry import parse_date
    from pmdesk.templates import new_plan, next_working_morning

    out = Path(args.output)
    if out.suffix != ".pmdesk":
        raise UsageError(f"{_shown(out)}: a new project is a .pmdesk file")
    try:
        taken = os.path.lexists(out)
    except (OSError, ValueError) as exc:
        raise UsageError(f"{_shown(out)}: cannot be written ({exc})") from exc
    if taken:
        raise UsageError(f"{_shown(out)}: already exists; choose another name")
    try:
        start = (parse_date(args.start, default_time=time(8, 0)) if args.start is not None
                 else next_working_morning())
    except ValueError as exc:
        raise UsageError(f"--start: {exc}") from exc
    try:
        plan = new_plan(args.name, start, args.template)
    except ValueError as exc:
        raise UsageError(f"--name: {exc}") from exc
    _save(plan, args.output)
    print(f"wrote {_shown(out)}: {plan.project.name}, {args.template} template, "
          f"{len(plan.tasks)} tasks, starting {_fmt(plan.project.start)}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from pmdesk.core.money import format_money

    plan = _load(args.file)
    facts = project_facts(plan, _schedule(plan, args.file))
    if args.json:
        print(json.dumps(facts, indent=2))
        return 0
    from pmdesk.app import adopt_system_locale

    adopt_system_locale()
    c = facts["counts"]
    print(f"{facts['name']}")
    print(f"  start        {facts['start']}")
    print(f"  finish       {facts['finish']}")
    print(f"  status date  {facts['status_date'] or '-'}")
    print(
        f"  tasks        {c['tasks']} ({c['summaries']} summaries, {c['milestones']} milestones,"
        f" {c['done']} done, {c['critical']} critical)"
    )
    print(f"  links        {c['dependencies']}")
    print(f"  resources    {c['resources']} ({c['assignments']} assignments)")
    cost = format_money(Decimal(facts["cost"]["total"]), facts["currency"])
    print(f"  cost         {cost}")
    print(f"  risks        {c['risks']}; board columns {c['board_columns']}")
    for r in facts["top_risks"]:
        print(f"    {r['code']}  score {r['score']:>2}  {r['title']}")
    return 0


def cmd_backlog(args: argparse.Namespace) -> int:
    import csv

    from pmdesk.core.product.facts import backlog_rows, backlog_sheet

    plan = _load(args.file)
    rows = backlog_rows(plan, args.by)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    if args.csv:
        csv.writer(sys.stdout, lineterminator="\n").writerows(backlog_sheet(plan, args.by))
        return 0
    if not rows:
        print(f"{_shown(args.file)}: the backlog is empty")
        return 0
    method = rows[0]["framework"].upper()
    width = max(len(r["title"]) for r in rows)
    print(f"{'Rank':>4}  {'Title':<{width}}  {'Status':<11}  {method:>9}  Evidence")
    for r in rows:
        score = "-" if r["score"] is None else f"{r['score']:g}"
        pin = "pinned" if r["pinned"] else ""
        print(f"{r['rank']:>4}  {r['title']:<{width}}  {r['status']:<11}  {score:>9}  "
              f"{r['evidence']:>8}  {pin}".rstrip())
    return 0


def schedule_rows(plan, result) -> list[dict]:
    """One dict per task in outline order, as ``schedule --json`` prints them."""
    from pmdesk.core.outline import summary_uids, wbs_codes

    wbs = wbs_codes(plan.tasks)
    summaries = summary_uids(plan.tasks)
    rows = []
    for t in plan.tasks:
        d = result.tasks[t.uid]
        rows.append(
            {
                "uid": t.source_uid if t.source_uid is not None else t.uid,
                "name": t.name,
                "wbs": wbs[t.uid],
                "summary": t.uid in summaries,
                "milestone": t.milestone,
                "start": _fmt(d.start),
                "finish": _fmt(d.finish),
                "early_start": _fmt(d.early_start),
                "early_finish": _fmt(d.early_finish),
                "late_start": _fmt(d.late_start),
                "late_finish": _fmt(d.late_finish),
                "total_slack_minutes": d.total_slack,
                "free_slack_minutes": d.free_slack,
                "critical": d.critical,
            }
        )
    return rows


def cmd_schedule(args: argparse.Namespace) -> int:
    plan = _load(args.file)
    result = _schedule(plan, args.file)
    rows = schedule_rows(plan, result)
    if args.json:
        doc = {
            "project": {
                "name": plan.project.name,
                "start": _fmt(result.project_start),
                "finish": _fmt(result.project_finish),
            },
            "tasks": rows,
        }
        print(json.dumps(doc, indent=2))
        return 0
    mpd = plan.project.minutes_per_day
    print(f"{plan.project.name}: {_fmt(result.project_start)} -> {_fmt(result.project_finish)}")
    print(f"{'WBS':<10} {'Task':<40} {'Start':<16} {'Finish':<16} {'Slack':>7}  Crit")
    for r in rows:
        name = ("  " * (r["wbs"].count("."))) + r["name"]
        slack = f"{r['total_slack_minutes'] / mpd:.1f}d"
        print(
            f"{r['wbs']:<10} {name[:40]:<40} {r['start']:<16} {r['finish']:<16} {slack:>7}"
            f"  {'*' if r['critical'] else ''}"
        )
    return 0


def _sheet_options(args: argparse.Namespace, source: Path):
    """How to read a .csv or .xlsx sheet: --sheet, --dates and --map HEADER=FIELD."""
    from pmdesk.interchange import SHEET_SUFFIXES, SheetOptions

    if source.suffix.lower() not in SHEET_SUFFIXES:
        if args.map or args.sheet or args.dates:
            raise UsageError("--map, --sheet and --dates are for .csv and .xlsx sheets")
        return None
    day_first = None if args.dates is None else args.dates == "day-first"
    mapping = None
    if args.map:
        from pmdesk.interchange.sheets import mapping_with, read_sheet

        mapping = mapping_with(read_sheet(source, args.sheet, limit=1).headers, args.map)
    return SheetOptions(mapping=mapping, sheet=args.sheet, day_first=day_first)


def cmd_import(args: argparse.Namespace) -> int:
    from pmdesk.interchange import read_plan

    out = Path(args.output)
    if out.suffix != ".pmdesk":  # said before a slow read (an .mpp starts Java)
        raise UsageError(f"{_shown(out)}: the output of import must be a .pmdesk project file")
    try:
        source = Path(args.source)
        plan = read_plan(source, sheet=_sheet_options(args, source))
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    # Refuse a plan the engine cannot schedule (a cycle, no working time) before writing.
    _schedule(plan, args.source)
    _save(plan, args.output)
    print(f"imported {_shown(args.source)}: {len(plan.tasks)} tasks -> {_shown(out)}")
    return 0


def _export_options(args: argparse.Namespace):
    """ExportOptions from the command line; ValueError names the bad option."""
    from pmdesk.core.columns import parse_columns
    from pmdesk.render.pages import ExportOptions, parse_day

    kw: dict = {"view": args.view, "paper": args.paper, "fit": args.fit,
                "chart_only": args.chart_only}
    if args.landscape or args.portrait:
        if args.landscape and args.portrait:
            raise ValueError("--landscape and --portrait: choose one")
        kw["landscape"] = bool(args.landscape)
    from pmdesk.core.limits import check_date

    for option, key in (("--from", "date_from"), ("--to", "date_to")):
        text = getattr(args, key)
        if text:
            kw[key] = parse_day(text, option)
            check_date(kw[key], option)
    if args.columns:
        kw["columns"] = parse_columns(args.columns)
    if args.scale:
        kw["scale"] = args.scale
    for option, key in (("--layout", "layout"), ("--lanes", "lanes")):
        if getattr(args, key, None):
            if args.view != "roadmap":
                raise ValueError(f"{option} is for --view roadmap")
            kw[key] = getattr(args, key)
    if args.tiles:
        try:
            r, c = (int(v) for v in args.tiles.lower().split("x"))
        except ValueError:
            raise ValueError(f"--tiles {args.tiles!r}: expected ROWSxCOLUMNS, e.g. 2x3") from None
        kw["tiles"] = (r, c)
        kw["fit"] = "tile"
    for name, key in (("dpi", "dpi"), ("width", "width_px"), ("margin", "margin_mm"),
                      ("font_size", "font_pt")):
        if getattr(args, name) is not None:
            kw[key] = getattr(args, name)
    return ExportOptions(**kw)


def _existing_folder(out: Path) -> None:
    try:
        exists = out.parent.is_dir()
    except OSError as exc:
        raise UsageError(f"{_shown(out)}: cannot write: {exc.strerror or exc}") from exc
    if not exists:
        raise UsageError(f"{_shown(out)}: the folder {_shown(out.parent)} does not exist")


def cmd_export(args: argparse.Namespace) -> int:
    plan = _load(args.file)
    out = Path(args.output)
    suffix = out.suffix.lower()
    _existing_folder(out)
    try:
        if suffix in (".pdf", ".png"):
            options = _export_options(args)
            result = _schedule(plan, args.file)
            from pmdesk.app import application
            from pmdesk.render.export import export_document

            application()
            pages = export_document(plan, result, out, options)
            print(f"exported {_shown(args.file)} -> {_shown(out)} ({args.view}, {pages} page"
                  f"{'s' if pages != 1 else ''})")
            return 0
        from pmdesk.interchange import (
            EXPORT_SUFFIXES,
            SHEET_SUFFIXES,
            ExportOptions,
            write_plan,
        )

        if suffix not in EXPORT_SUFFIXES:
            known = ", ".join(f"{k} ({v})" for k, v in {
                ".pdf": "PDF", ".png": "PNG image", **EXPORT_SUFFIXES}.items())
            raise UsageError(f"{_shown(out)}: cannot export to "
                             f"{suffix or 'a file without a suffix'}; known: {known}")
        if args.view == "risks" and suffix not in SHEET_SUFFIXES:
            raise UsageError(
                f"{_shown(out)}: the risk register exports to .csv, .xlsx, .pdf or .png")
        if args.view == "backlog" and suffix not in SHEET_SUFFIXES:
            raise UsageError(
                f"{_shown(out)}: the backlog exports to .csv, .xlsx, .pdf or .png")
        if args.view not in ("gantt", "risks", "backlog"):
            raise UsageError(f"{_shown(out)}: the {args.view} view exports to .pdf or .png")
        if args.tasks and suffix != ".ics":
            raise UsageError("--tasks is for iCalendar (.ics) export")
        columns = None
        if args.columns:
            if suffix not in SHEET_SUFFIXES or args.view != "gantt":
                raise UsageError("--columns is for the task table in .pdf, .png, .csv or .xlsx")
            from pmdesk.core.columns import parse_columns as table_columns

            columns = table_columns(args.columns)
        options = ExportOptions(table=args.view if args.view != "gantt" else "tasks",
                                columns=columns, tasks=args.tasks)
        write_plan(plan, out, _schedule(plan, args.file), options)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    except OSError as exc:
        if exc.strerror is None:  # already a message naming the file
            raise UsageError(str(exc)) from exc
        raise UsageError(f"{_shown(out)}: cannot write: {exc.strerror}") from exc
    print(f"exported {_shown(args.file)} -> {_shown(out)}")
    return 0


def cmd_simulate(args: argparse.Namespace) -> int:
    from pmdesk.core.durations import TimeUnits
    from pmdesk.core.montecarlo import risks_included, simulate

    if not 1 <= args.iterations <= MAX_ITERATIONS:
        raise UsageError(
            f"--iterations {args.iterations}: use 1 to {MAX_ITERATIONS:,} iterations"
        )
    plan = _load(args.file)
    _schedule(plan, args.file)
    if args.features:
        from pmdesk.launch_cli import simulate_features

        return simulate_features(args, plan)
    try:
        result = simulate(plan, args.iterations, args.seed, args.distribution)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
        return 0
    day = "%a %Y-%m-%d"
    print(f"{plan.project.name}: {result.iterations} runs, {result.distribution}, "
          f"seed {result.seed}"
          f" ({result.estimated_tasks} tasks with three-point estimates)")
    print(f"  planned finish  {result.planned_finish:{day}}  "
          f"(on time in {result.on_time_probability:.0%} of runs)")
    for label, moment, days in result.percentiles:
        print(f"  {label}             {moment:{day}}  ({days:.1f} working days)")
    print(f"  mean            {result.mean_days:.1f} ± {result.std_days:.1f} working days")
    print(f"  {risks_included(plan, result.risks)}")
    for r in result.risks:
        print(f"    {r.text(TimeUnits.of(plan.project)):<26} happened in {r.occurred:4.0%} "
              f"of runs  {r.effect_text():<11} {r.title}")
    print("  criticality index (share of runs on the critical path):")
    for c in result.criticality[:10]:
        print(f"    {c.index:5.0%}  {c.wbs:<8} {c.name}")
    return 0


def cmd_level(args: argparse.Namespace) -> int:
    from pmdesk.core.leveling import level_plan
    from pmdesk.core.patch import apply_patch
    from pmdesk.store.document import DocumentError, ProjectDocument
    from pmdesk.store.repository import apply_patch as store_patch

    plan = _load(args.file)
    _schedule(plan, args.file)
    try:
        outcome = level_plan(plan)
    except (ValueError, OverflowError) as exc:
        raise UsageError(f"{_shown(args.file)}: {exc}") from exc
    names = {t.uid: t.name for t in plan.tasks}
    mpd = plan.project.minutes_per_day
    if args.output:
        apply_patch(plan, outcome.patch)
        _save(plan, args.output)
        where = args.output
    else:
        try:
            document = ProjectDocument.open(Path(args.file))
            try:
                if document.read_only:
                    raise UsageError(
                        f"{_shown(args.file)}: {document.lock_message or 'open elsewhere'}; "
                        "not levelled (use -o to write a levelled copy)"
                    )
                for notice in document.notices:
                    _note(notice)
                with document.session() as session:
                    store_patch(session, outcome.patch)
                document.save()
            finally:
                document.close()
        except DocumentError as exc:
            raise UsageError(str(exc)) from exc
        where = args.file
    print(f"levelled {_shown(args.file)}: {len(outcome.delays)} tasks delayed -> {_shown(where)}")
    print(f"  {outcome.cost_text(plan)}")
    for uid, minutes in sorted(outcome.delays.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  +{minutes / mpd:.1f}d  {names.get(uid, uid)}")
    if outcome.unresolved:
        print(f"  {len(outcome.unresolved)} tasks stay over-allocated (started, pinned by a "
              "date, or assigned above the resource's maximum units):")
        for uid in outcome.unresolved[:10]:
            print(f"    {names.get(uid, uid)}")
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
    from pmdesk.app import screenshot

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {args.size!r}: expected WIDTHxHEIGHT, e.g. 1600x900") from None
    if w < 200 or h < 150:
        raise UsageError(f"--size {args.size}: the window needs at least 200x150 pixels")
    if max(w, h) > MAX_SCREENSHOT_SIDE or w * h > MAX_SCREENSHOT_PIXELS:
        raise UsageError(
            f"--size {args.size}: too large; use at most {MAX_SCREENSHOT_SIDE} pixels a side "
            f"and {MAX_SCREENSHOT_PIXELS // 1_000_000} megapixels"
        )
    out = Path(args.output)
    if out.suffix.lower() != ".png":
        # A typo such as ``-o plan.pmdesk`` must not put an image over a project.
        raise UsageError(f"{_shown(out)}: a screenshot is written to a .png file")
    _existing_folder(out)
    plan = _load(args.file)
    _schedule(plan, args.file)
    return screenshot(Path(args.file), out, args.view, (w, h), language=args.language)


def cmd_workspace(args: argparse.Namespace) -> int:
    """``pmdesk workspace DSN ACTION ...``: the team workspace from the command line."""
    from pmdesk.store.schema import format_version
    from pmdesk.store.workspace import Workspace, WorkspaceError, init_workspace

    try:
        if args.action == "init":
            with init_workspace(args.dsn) as workspace:
                print(f"made {workspace.shown} a pmdesk workspace; give people access with "
                      "GRANT pmdesk_editor (or pmdesk_reader) TO their login")
            return 0
        if args.action == "upgrade":
            with Workspace(args.dsn, upgrade=True) as workspace:
                added = "" if workspace.had_additions else (
                    "; the database now announces every change, whoever makes it, and keeps "
                    "each project's health for the list")
                print(f"{workspace.shown}: format {format_version(workspace.upgraded_from)} "
                      f"-> {format_version(workspace.format)}{added}")
            return 0
        with Workspace(args.dsn) as workspace:
            return _WORKSPACE_ACTIONS[args.action](workspace, args)
    except WorkspaceError as exc:
        raise UsageError(str(exc)) from exc


def _ws_list(workspace, args: argparse.Namespace) -> int:
    entries = workspace.projects_with_health()
    if args.json:
        print(json.dumps([{"id": e.id, "name": e.name, "published_by": e.published_by,
                           "published_at": _fmt(e.published_at), **e.health}
                          for e in entries], indent=2))
        return 0
    from pmdesk.store.workspace import HEADERS, health_cells

    rows = [list(HEADERS)] + [health_cells(e) for e in entries]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADERS))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _ws_publish(workspace, args: argparse.Namespace) -> int:
    plan = _load(args.file)
    _schedule(plan, args.file)
    entry = workspace.publish(plan, args.name)
    print(f"published {entry.name} ({len(plan.tasks)} tasks) to {workspace.shown}")
    return 0


def _ws_checkout(workspace, args: argparse.Namespace) -> int:
    from pmdesk.store.workspace import checkout

    out = Path(args.output)
    if out.suffix != ".pmdesk":
        raise UsageError(f"{_shown(out)}: a checked-out project is a .pmdesk file")
    plan = workspace.load(args.project)
    for note in checkout(plan, out):
        _note(note)
    print(f"wrote {_shown(out)}: {plan.project.name}, {len(plan.tasks)} tasks")
    return 0


def _unresolved(exc, how: str, joint: str = ": ") -> int:
    """Say that a merge wrote nothing, listing its conflicts and how to decide them."""
    print(f"pmdesk: {exc}; nothing written (decide them with --prefer mine|theirs{joint}"
          f"{how}):", file=sys.stderr)
    for conflict in exc.conflicts:
        print(f"  {conflict.text()}", file=sys.stderr)
    return EXIT_UNRESOLVED


def _ws_merge(workspace, args: argparse.Namespace) -> int:
    from pmdesk.store.sharing import MergeConflicts
    from pmdesk.store.workspace import merge_back

    try:
        merged = merge_back(workspace, args.project, Path(args.file), args.prefer)
    except MergeConflicts as exc:
        return _unresolved(exc, "mine keeps the workspace's, theirs takes the copy's")
    print(f"merged {_shown(args.file)} into {args.project}: {merged.taken} rows taken from "
          f"the copy, {merged.decided} conflicts decided"
          + (f" ({args.prefer})" if merged.decided else ""))
    _print_settled(merged.settled)
    return 0


def _ws_grant(workspace, args: argparse.Namespace) -> int:
    workspace.grant(args.project, args.role, args.access)
    print(f"{args.role}: {args.access} on {args.project}")
    return 0


def _ws_remove(workspace, args: argparse.Namespace) -> int:
    workspace.remove(args.project)
    print(f"removed {args.project} from {workspace.shown}")
    return 0


_WORKSPACE_ACTIONS = {"list": _ws_list, "publish": _ws_publish, "checkout": _ws_checkout,
                      "merge": _ws_merge, "grant": _ws_grant, "remove": _ws_remove}


def _add_workspace_parser(sub: Subparsers) -> None:
    s = sub.add_parser(
        "workspace", help="a team workspace on PostgreSQL: list, publish, check out, grant",
        description="DSN is postgresql://USER@HOST[:PORT]/DATABASE; the password comes from "
        "~/.pgpass (or PGPASSFILE), a libpq service file or the system keyring, never from "
        "the address.")
    s.add_argument("dsn", metavar="DSN")
    actions = s.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("init", help="make the database a pmdesk workspace (its owner)")
    a = actions.add_parser("upgrade", help="bring an older workspace to this pmdesk's "
                           "format (its owner)")
    a = actions.add_parser("list", help="the projects with their health")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("publish", help="put a .pmdesk project into the workspace")
    a.add_argument("file", metavar="FILE")
    a.add_argument("--name", help="the project's name in the workspace (default: its own)")
    a = actions.add_parser("checkout", help="write a workspace project to a .pmdesk file")
    a.add_argument("project", metavar="NAME")
    a.add_argument("-o", "--output", required=True, metavar="FILE.pmdesk")
    a = actions.add_parser("merge", help="merge a checked-out copy back into its project")
    a.add_argument("project", metavar="NAME")
    a.add_argument("file", metavar="FILE.pmdesk")
    a.add_argument("--prefer", choices=("mine", "theirs"),
                   help="decide conflicts: mine keeps the workspace's, theirs the copy's")
    a = actions.add_parser("grant", help="make a login a PM or a reader of a project")
    a.add_argument("project", metavar="NAME")
    a.add_argument("role", metavar="ROLE")
    a.add_argument("access", choices=("pm", "read", "none"))
    a = actions.add_parser("remove", help="delete a project from the workspace")
    a.add_argument("project", metavar="NAME")
    s.set_defaults(func=cmd_workspace)


# One function a sub-command adds its arguments with; SUBCOMMAND_PARSERS below lists them.
# To add a sub-command NAME: write cmd_NAME(args) -> int and _add_NAME_parser(sub) (one that
# reads a project FILE starts from _project_parser), then put _add_NAME_parser in
# SUBCOMMAND_PARSERS, in the order ``pmdesk --help`` lists it.
Subparsers = argparse._SubParsersAction


def _project_parser(sub: Subparsers, name: str, func: Callable[[argparse.Namespace], int],
                    summary: str) -> argparse.ArgumentParser:
    """A sub-command that reads the project FILE, run by ``func``; ``summary`` is its line
    in ``pmdesk --help``."""
    s = sub.add_parser(name, help=summary)
    s.add_argument("file", metavar="FILE")
    s.set_defaults(func=func)
    return s


def _add_demo_parser(sub: Subparsers) -> None:
    s = sub.add_parser("demo", help="write the built-in demo project")
    s.add_argument("-o", "--output", required=True, metavar="FILE")
    s.set_defaults(func=cmd_demo)


def _add_new_parser(sub: Subparsers) -> None:
    s = sub.add_parser("new", help="start a new project from a template")
    s.add_argument("output", metavar="FILE.pmdesk")
    s.add_argument("--name", default="Untitled project")
    s.add_argument("--start", default=None,
                   help="the first working day, e.g. 2027-01-11 (default: the next weekday)")
    s.add_argument("--template", default="blank", choices=("blank", "launch"),
                   help="blank, or launch: the demo's product launch phases")
    s.set_defaults(func=cmd_new)


def _add_info_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "info", cmd_info,
                        "counts, dates, finish, cost and top risks")
    s.add_argument("--json", action="store_true")


def _add_backlog_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "backlog", cmd_backlog,
                        "the feature backlog in rank order")
    s.add_argument("--by", choices=("rice", "ice", "wsjf", "manual"),
                   help="rank by this framework, or by pins and backlog order (manual); "
                        "default: the project's framework")
    out = s.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--csv", action="store_true")


def _add_schedule_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "schedule", cmd_schedule,
                        "reschedule and print every task's dates and slack")
    s.add_argument("--json", action="store_true")


def _add_import_parser(sub: Subparsers) -> None:
    s = sub.add_parser(
        "import", help="MS Project XML or .mpp (with pmdesk[mpp]), GanttProject, GNOME "
        "Planner, Excel or CSV into a .pmdesk project, chosen by SRC's suffix"
    )
    s.add_argument("source", metavar="SRC")
    s.add_argument("-o", "--output", required=True, metavar="FILE.pmdesk")
    s.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="sheets: import a column as a task field (name, duration, start, "
                   "finish, predecessors, resources, complete, outline_level, wbs, notes, "
                   "id) or ignore it; repeat for more columns")
    s.add_argument("--sheet", metavar="NAME", help="the worksheet of an .xlsx (default: the "
                   "first)")
    s.add_argument("--dates", choices=("day-first", "month-first"),
                   help="how sheets write 03/04/2026 (default: from the dates in the sheet)")
    s.set_defaults(func=cmd_import)


def _add_export_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "export", cmd_export,
                        "PDF, PNG, MS Project XML, GanttProject, Excel, CSV or iCalendar, "
                        "chosen by the output's suffix")
    s.add_argument("-o", "--output", required=True, metavar="OUT")
    s.add_argument("--view", default="gantt", choices=EXPORT_VIEWS)
    s.add_argument("--paper", default="A4", help="A4, A3, A2, Letter, Legal or Tabloid")
    s.add_argument("--landscape", action="store_true")
    s.add_argument("--portrait", action="store_true")
    s.add_argument("--fit", default="width", choices=("page", "width", "tile"))
    s.add_argument("--tiles", metavar="RxC", help="tile onto ROWS x COLUMNS pages")
    s.add_argument("--from", dest="date_from", metavar="DATE")
    s.add_argument("--to", dest="date_to", metavar="DATE")
    s.add_argument("--columns", metavar="LIST",
                   help="the task table's columns, e.g. name,start,finish, or all (.pdf, "
                        ".csv, .xlsx: any column of the Gantt table; a wrong name lists them)")
    s.add_argument("--tasks", action="store_true",
                   help=".ics: every task as an event, not only the milestones")
    s.add_argument("--chart-only", action="store_true")
    s.add_argument("--scale", choices=("days", "weeks", "months", "quarters"))
    s.add_argument("--dpi", type=int, help="PNG resolution")
    s.add_argument("--width", type=int, metavar="PX", help="PNG width in pixels")
    s.add_argument("--margin", type=float, metavar="MM")
    s.add_argument("--font-size", type=float, metavar="PT")
    _add_roadmap_export_options(s)


def _add_simulate_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "simulate", cmd_simulate,
                        "schedule risk by Monte Carlo: P50/P80/P90 finish")
    s.add_argument("--iterations", type=int, default=1000, metavar="N")
    s.add_argument("--seed", type=int, default=None, metavar="S")
    s.add_argument("--distribution", choices=("pert", "triangular"), default="pert")
    s.add_argument("--json", action="store_true")
    s.add_argument("--features", action="store_true",
                   help="each feature's P50/P80 finish from its linked tasks, saved in FILE "
                        "for the roadmap and info --json")


def _add_level_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "level", cmd_level,
                        "delay tasks to remove resource over-allocations")
    s.add_argument("-o", "--output", metavar="OUT", help="write here instead of saving FILE")


def _add_screenshot_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "screenshot", cmd_screenshot,
                        "render the main window showing a view to PNG")
    s.add_argument("-o", "--output", required=True, metavar="OUT.png")
    s.add_argument("--view", default="gantt", choices=VIEWS)
    s.add_argument("--size", default="1600x900", metavar="WxH")
    s.add_argument("--language", choices=("system", "en", "de", "fr"),
                   help="the window's language (default: as in Preferences)")


def _add_share_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "share", cmd_share, "write a copy without confidential content")
    s.add_argument("-o", "--output", required=True, metavar="COPY")
    s.add_argument("--strip", default="confidential,costs,emails,personal,notes",
                   metavar="WHAT,...", help="what to leave out: confidential, costs, emails, "
                   "personal, notes (default: all of them)")


def _add_diff_parser(sub: Subparsers) -> None:
    s = sub.add_parser("diff", help="what changed between two versions of a project")
    s.add_argument("old", metavar="OLD")
    s.add_argument("new", metavar="NEW")
    out = s.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--digest", action="store_true", help="a short digest for a status "
                     "e-mail")
    s.set_defaults(func=cmd_diff)


def _add_merge_parser(sub: Subparsers) -> None:
    s = sub.add_parser("merge", help="three-way merge of a colleague's copy into yours")
    s.add_argument("mine", metavar="MINE")
    s.add_argument("theirs", metavar="THEIRS")
    s.add_argument("-o", "--output", required=True, metavar="OUT")
    s.add_argument("--prefer", choices=("mine", "theirs"),
                   help="decide every conflict this way (without it, conflicts are listed, "
                   "nothing is written and the exit status is 3)")
    s.add_argument("--drop-link", action="append", default=[], metavar="PRED-SUCC",
                   help="leave out this link (row numbers of the merged plan, as a cycle "
                   "message names it); repeat for more")
    s.set_defaults(func=cmd_merge)


def _add_edit_parser(sub: Subparsers) -> None:
    s = _project_parser(sub, "edit", cmd_edit, "a scripted edit of a task, saved as a revision")
    s.add_argument("--task", required=True, metavar="ID", help="the row number or uid")
    s.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                   dest="settings", help="a task column (name, duration, start, finish, "
                   "predecessors, resources, percent_complete, ...) and the text typed in "
                   "its Gantt cell; repeat for more")


def _add_roadmap_export_options(s: argparse.ArgumentParser) -> None:
    s.add_argument("--layout", choices=("now-next-later", "timeline"), default=None,
                   help="--view roadmap: columns or a timeline (default: timeline)")
    s.add_argument("--lanes", choices=("theme", "objective", "owner"), default=None,
                   help="--view roadmap: the timeline's lanes (default: theme)")


def _add_kpi_parser(sub: Subparsers) -> None:
    from pmdesk.launch_cli import cmd_kpi

    s = sub.add_parser("kpi", help="launch KPIs: list them with their status, or import "
                                   "values from a date,value CSV")
    s.add_argument("file", metavar="FILE")
    actions = s.add_subparsers(dest="kpi_action", metavar="ACTION", required=True)
    a = actions.add_parser("list", help="every KPI with its latest value, target and status")
    a.add_argument("--json", action="store_true")
    a = actions.add_parser("import", help="add a KPI's values from a CSV file with a header "
                                          "date,value; a bad row imports nothing")
    a.add_argument("kpi", metavar="KPI_NAME")
    a.add_argument("csv", metavar="VALUES.csv")
    s.set_defaults(func=cmd_kpi)


SUBCOMMAND_PARSERS: tuple[Callable[[Subparsers], None], ...] = (
    _add_demo_parser,
    _add_new_parser,
    _add_info_parser,
    _add_backlog_parser,
    _add_schedule_parser,
    _add_import_parser,
    _add_export_parser,
    _add_simulate_parser,
    _add_level_parser,
    _add_screenshot_parser,
    _add_share_parser,
    _add_diff_parser,
    _add_merge_parser,
    _add_edit_parser,
    _add_kpi_parser,
    _add_workspace_parser,
)
# The sub-commands' names, from their parser functions: ``_add_demo_parser`` adds ``demo``.
SUBCOMMANDS = tuple(add.__name__.removeprefix("_add_").removesuffix("_parser")
                    for add in SUBCOMMAND_PARSERS)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="pmdesk",
        description="Offline planning for product managers. "
        "Run without a sub-command to open the window.",
    )
    p.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add pmdesk to this user's menu, with its icon and the .pmdesk "
                              "file type (Linux; under $XDG_DATA_HOME)")
    desktop.add_argument("--uninstall-desktop", action="store_true",
                         help="remove what --install-desktop added")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for add_parser in SUBCOMMAND_PARSERS:
        add_parser(sub)
    p.add_argument("--db", metavar="DSN", help="open the window on a team workspace "
                   "(postgresql://USER@HOST/DATABASE)")
    p.add_argument("--project", metavar="NAME", help="with --db: open this project")
    return p


def cmd_desktop(install: bool) -> int:
    """--install-desktop / --uninstall-desktop: the freedesktop menu entry, icons and MIME
    type for this user (see :mod:`pmdesk.desktop`)."""
    from pmdesk import desktop

    if not sys.platform.startswith("linux"):
        print("pmdesk: error: --install-desktop is for Linux desktops; on Windows and macOS "
              "the installer registers pmdesk", file=sys.stderr)
        return 2
    try:
        if install:
            notes = desktop.install()
            print(desktop.describe_install())
        else:
            removed, notes = desktop.uninstall()
            print(f"removed {removed} pmdesk desktop files from {desktop.data_home()}")
    except (OSError, ValueError) as exc:
        print(f"pmdesk: error: {exc}", file=sys.stderr)
        return 2
    for note in notes:
        _note(note)
    return 0


# --------------------------------------------------------------------------- sharing

# Exit status of a merge left undecided (conflicts, or a dependency cycle it would close).
EXIT_UNRESOLVED = 3


def cmd_share(args: argparse.Namespace) -> int:
    from pmdesk.core.sharing import parse_groups
    from pmdesk.store.document import DocumentError
    from pmdesk.store.sharing import share_copy

    try:
        groups = parse_groups(args.strip)
    except ValueError as exc:
        raise UsageError(f"--strip: {exc}") from exc
    try:
        stripped = share_copy(Path(args.file), Path(args.output), groups)
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    print(f"wrote {_shown(args.output)}: {stripped.summary()}")
    for group, left in stripped.left.items():
        if left.count:
            print(f"  {group}: {left.count} ({'; '.join(left.examples)})")
    return 0


def _finishes(plan):
    """Each task's finish for the change list; None (no date changes) for a plan the
    engine cannot schedule."""
    from pmdesk.core.schedule import finish_dates

    try:
        return finish_dates(plan)
    except (ValueError, OverflowError):
        return None


def cmd_diff(args: argparse.Namespace) -> int:
    from pmdesk.core.merge import diff, digest
    from pmdesk.store.sharing import same_file

    if same_file(args.old, args.new):
        raise UsageError(f"{_shown(args.new)}: is the same file as {_shown(args.old)}; "
                         "compare two versions of a project")
    old, new = _load(args.old), _load(args.new)
    changes = diff(old, new, _finishes(old), _finishes(new))
    if args.json:
        counts: dict[str, int] = {}
        for c in changes:
            counts[c.group] = counts.get(c.group, 0) + 1
        print(json.dumps({"old": old.project.name, "new": new.project.name,
                          "counts": counts, "changes": [c.as_json() for c in changes],
                          "digest": digest(changes, old, new)}, indent=2, ensure_ascii=False))
        return 0
    if args.digest:
        print(digest(changes, old, new))
        return 0
    group = None
    for c in changes:
        if c.group != group:
            group = c.group
            print(f"{group}:")
        print(f"  {c.text()}")
    if not changes:
        print("no changes")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from pmdesk.store.document import DocumentError
    from pmdesk.store.sharing import CycleClosed, MergeConflicts, link_spec, merge_files

    try:
        prepared = merge_files(Path(args.mine), Path(args.theirs), Path(args.output),
                               prefer=args.prefer, drop_links=args.drop_link)
    except DocumentError as exc:
        raise UsageError(str(exc)) from exc
    except MergeConflicts as exc:
        return _unresolved(exc, "or in the window: File ▸ Merge From…", ", ")
    except CycleClosed as exc:
        links = ", ".join(f"{link_spec(d, exc.rows)}" for d in exc.links)
        print(f"pmdesk: the merge closes a dependency cycle ({exc.cycle}); the links that "
              f"close it: {links}. Nothing written; drop one with --drop-link "
              f"{link_spec(exc.links[0], exc.rows) if exc.links else 'PRED-SUCC'}",
              file=sys.stderr)
        return EXIT_UNRESOLVED
    merge = prepared.merge
    print(f"wrote {_shown(args.output)}: {merge.taken_from_theirs} rows taken from "
          f"{_shown(args.theirs)}, {len(merge.conflicts)} conflicts decided"
          + (f" ({args.prefer})" if merge.conflicts else ""))
    _print_settled([c.text for c in merge.collisions])
    return 0


def _print_settled(settled: Sequence[str]) -> None:
    """Each risk ID or name both copies added, as the merge settled it."""
    if settled:
        n = len(settled)
        print(f"{n} code{'s' if n != 1 else ''} or name{'s' if n != 1 else ''} added in both "
              "copies, settled:")
        for text in settled:
            print(f"  {text}")


def cmd_edit(args: argparse.Namespace) -> int:
    from pmdesk.store.document import DocumentError
    from pmdesk.store.sharing import edit_file

    try:
        patch = edit_file(Path(args.file), args.task, args.settings)
    except (DocumentError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    changed = len(patch.tasks) + len(patch.dependencies) + len(patch.assignments)
    print(f"saved {_shown(args.file)}: {changed} row{'s' if changed != 1 else ''} changed")
    return 0




def _looks_like_a_file(arg: str) -> bool:
    """Whether a first argument that is no sub-command names a project to open: it exists,
    or has a folder or a suffix in it (``plan.pmdesk``, ``./plan``), unlike ``sheduel``."""
    if os.sep in arg or "/" in arg or "." in arg:
        return True
    try:
        return os.path.lexists(arg)
    except (OSError, ValueError):
        return False


def _unknown_command(word: str) -> str:
    import difflib

    close = difflib.get_close_matches(word, SUBCOMMANDS, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return (
        f"unknown command '{word}'{hint}; commands: {', '.join(SUBCOMMANDS)}; "
        "to open a project in the window: pmdesk FILE.pmdesk"
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        if argv and not _looks_like_a_file(argv[0]):
            print(f"pmdesk: error: {_unknown_command(argv[0])}", file=sys.stderr)
            return 2
        if len(argv) > 1:
            print("pmdesk: error: open one project file at a time", file=sys.stderr)
            return 2
        from pmdesk.app import run_gui

        return run_gui(argv[0] if argv else None)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        if args.command is not None:
            print("pmdesk: error: --install-desktop and --uninstall-desktop take no "
                  "sub-command", file=sys.stderr)
            return 2
        return cmd_desktop(install=args.install_desktop)
    if args.command is None and args.db:
        from pmdesk.app import run_workspace_gui
        from pmdesk.store.workspace import WorkspaceError, parse_dsn

        try:
            parse_dsn(args.db)
        except WorkspaceError as exc:
            print(f"pmdesk: error: {exc}", file=sys.stderr)
            return 2
        return run_workspace_gui(args.db, args.project)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"pmdesk: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        print("pmdesk: error: not enough memory for this command", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader stopped early (``pmdesk schedule FILE | head``): nothing is wrong,
        # and nothing more can be written; stop quietly as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
