"""What File ▸ New and ``pmdesk new`` start a project from.

- ``blank``: no tasks, the standard calendar and a board with To do, In progress and Done,
  so cards can be added at once;
- ``launch``: the phases and tasks of the built-in demo (Discovery, Definition, Build,
  Launch, Growth) with their durations, links, milestones, deadlines, tags and notes, and
  its board columns — but nothing of the demo's people, money, risks or progress: it is a
  plan to fill in, starting on the day asked.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from pmdesk.core.model import BoardColumn, Plan, ProjectInfo, new_uid, standard_calendar

TEMPLATES = {
    "blank": "Blank project",
    "launch": "Product launch (the demo's phases)",
}
TEMPLATE_NOTES = {
    "blank": "No tasks yet; a board with To do, In progress and Done.",
    "launch": "Discovery, Definition, Build, Launch and Growth with their tasks, links and "
              "milestones, ready to adjust; no people, costs or risks.",
}


def next_working_morning(today: date | None = None) -> datetime:
    """08:00 on the next weekday after ``today``: when a project planned today can start."""
    day = (today or date.today()) + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, time(8, 0))


def new_plan(name: str, start: datetime, template: str = "blank") -> Plan:
    """A new project called ``name`` starting at ``start``, from ``template``."""
    name = name.strip()
    if not name:
        raise ValueError("A project needs a name")
    if template not in TEMPLATES:
        raise ValueError(f"'{template}' is not a template: use {' or '.join(TEMPLATES)}")
    calendar = standard_calendar()
    project = ProjectInfo(uid=new_uid(), name=name, start=start, calendar_uid=calendar.uid)
    plan = Plan(project=project, calendars={calendar.uid: calendar})
    if template == "blank":
        plan.board_columns = [
            BoardColumn(new_uid(), "To do", 0),
            BoardColumn(new_uid(), "In progress", 1),
            BoardColumn(new_uid(), "Done", 2, done=True),
        ]
        return plan
    return _from_demo(plan)


def _from_demo(plan: Plan) -> Plan:
    """``plan`` with the demo's phases, tasks and links, moved to ``plan``'s start."""
    from pmdesk.demo import build_demo_plan, load_demo_data

    start = plan.project.start
    monday = start.date() - timedelta(days=start.weekday())
    # The demo starts the given number of weeks before the week of "today": ask for the
    # today that makes it start on the Monday of our start's week, then shift to the day.
    weeks = int(load_demo_data()["weeks_before_today"])
    demo = build_demo_plan(monday + timedelta(weeks=weeks))
    shift = start - demo.project.start

    def moved(moment: datetime | None) -> datetime | None:
        return moment + shift if moment is not None else None

    plan.tasks = [
        replace(t, percent_complete=0, actual_start=None, actual_finish=None, baselines=(),
                board_column_uid=None, board_rank=0.0, leveling_delay=0, calendar_uid=None,
                fixed_cost=Decimal(0), optimistic=None, most_likely=None, pessimistic=None,
                constraint_date=moved(t.constraint_date), deadline=moved(t.deadline))
        for t in demo.tasks
    ]
    plan.dependencies = list(demo.dependencies)
    plan.board_columns = list(demo.board_columns)
    plan.project = replace(plan.project, description=demo.project.description,
                           currency=demo.project.currency)
    return plan
