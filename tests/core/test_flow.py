"""Flow metrics on a recorded board history whose answers are worked out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pmdesk.core.flow import (
    cumulative_flow,
    flow_summary,
    histories,
    percentile,
    weekly_throughput,
)
from pmdesk.core.model import BoardColumn, Plan, ProjectInfo, StatusChange, Task


def d(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, day, hour)  # 3 March 2025 is a Monday


def history_plan() -> Plan:
    cols = [BoardColumn("b", "Backlog", 0), BoardColumn("r", "Ready", 1),
            BoardColumn("p", "In progress", 2, wip_limit=3), BoardColumn("v", "Review", 3),
            BoardColumn("x", "Done", 4, done=True)]
    moves = {
        # card: [(day, column)]
        "t1": [(3, "b"), (4, "p"), (6, "x")],  # lead 3 days, cycle 2 days
        "t2": [(3, "b"), (5, "r"), (7, "p"), (10, "v"), (13, "x")],  # lead 10, cycle 6
        "t3": [(4, "b"), (5, "p"), (12, "x"), (14, "p")],  # reopened: not done, in progress
        "t4": [(10, "r"), (11, "p"), (14, "x")],  # lead 4, cycle 3
        "t5": [(3, "b")],  # still in backlog
    }
    now_column = {"t1": "x", "t2": "x", "t3": "p", "t4": "x", "t5": "b"}
    tasks = [Task(uid, uid.upper(), position=i, board_column_uid=now_column[uid],
                  percent_complete=100 if now_column[uid] == "x" else 0)
             for i, uid in enumerate(moves)]
    changes = [StatusChange(f"{uid}-{n}", uid, col, d(day))
               for uid, ms in moves.items() for n, (day, col) in enumerate(ms)]
    return Plan(project=ProjectInfo("p", "Flow", d(3, 8)), tasks=tasks, board_columns=cols,
                status_changes=changes)


def test_percentile_is_by_nearest_rank() -> None:
    assert percentile([3, 10, 4], 0.85) == 10
    assert percentile(list(range(1, 21)), 0.85) == 17
    assert percentile([], 0.85) is None


def test_lead_and_cycle_time_per_card() -> None:
    cards = histories(history_plan()).cards
    assert (cards["t1"].lead_days, cards["t1"].cycle_days) == (3, 2)
    assert (cards["t2"].lead_days, cards["t2"].cycle_days) == (10, 6)
    assert (cards["t4"].lead_days, cards["t4"].cycle_days) == (4, 3)
    # Reopened after done: not finished, so no lead time; its age counts from its first start.
    assert cards["t3"].lead_days is None
    assert cards["t3"].age_days(d(15)) == 10
    assert cards["t5"].age_days(d(15)) is None


def test_cumulative_flow_counts_cards_per_column_each_day() -> None:
    flow = cumulative_flow(history_plan(), date(2025, 3, 3), date(2025, 3, 14))
    day = {x: i for i, x in enumerate(flow.days)}
    at = lambda col, dd: flow.counts[col][day[date(2025, 3, dd)]]
    assert [at(c, 3) for c in "brpvx"] == [3, 0, 0, 0, 0]
    assert [at(c, 6) for c in "brpvx"] == [1, 1, 1, 0, 1]
    assert [at(c, 12) for c in "brpvx"] == [1, 0, 1, 1, 2]
    assert [at(c, 14) for c in "brpvx"] == [1, 0, 1, 0, 3]
    # Every card on the board is in exactly one column every day.
    assert all(sum(flow.counts[c][i] for c in "brpvx") <= 5 for i in range(len(flow.days)))


def test_weekly_throughput_counts_completions_by_monday() -> None:
    weeks = weekly_throughput(history_plan(), date(2025, 3, 3), date(2025, 3, 20))
    # t1 done on the 6th; t2 on the 13th and t4 on the 14th; t3's done was undone.
    assert weeks == [(date(2025, 3, 3), 1), (date(2025, 3, 10), 2), (date(2025, 3, 17), 0)]


def test_flow_summary_is_json_ready_with_mean_and_p85() -> None:
    s = flow_summary(history_plan(), today=d(15), weeks=3)
    assert s["cards"] == 5 and s["done"] == 3 and s["in_progress"] == 1
    assert s["lead_time_days"] == {"count": 3, "mean": 5.7, "p85": 10}
    assert s["cycle_time_days"] == {"count": 3, "mean": 3.7, "p85": 6}
    assert [w["done"] for w in s["throughput_per_week"]] == [0, 1, 2]
    assert s["wip_age_days"] == [{"name": "T3", "column": "In progress", "age_days": 10.0}]
    import json
    json.dumps(s)


def test_cards_without_history_take_their_actual_dates() -> None:
    p = history_plan()
    p.status_changes = []
    p.tasks[0] = Task("t1", "T1", board_column_uid="x", percent_complete=100,
                      actual_start=d(4), actual_finish=d(6))
    card = histories(p).cards["t1"]
    assert card.implied
    assert card.cycle_days == 2
    assert card.lead_days == pytest.approx(2 + 25 / 24)  # on the board since the project start
