"""A summary's slack: its free slack, the delay it can take without moving a successor of
its own, is never more than its total slack, which its subtasks decide (as MS Project
reports it)."""

from __future__ import annotations

from plan_builders import DAY, make_plan
from pmdesk.core.model import Dependency, Task
from pmdesk.core.schedule import schedule


def test_a_summary_free_slack_is_capped_by_its_total_slack() -> None:
    """Design's own link to Review leaves a five-day gap, but Sketch, inside Design, is on
    the critical path (Sketch → Build → Review): Design can slip by nothing."""
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=2 * DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
        Task("x", "Review", position=2, duration=DAY),
    ]
    links = [Dependency("ac", "a", "c"), Dependency("cx", "c", "x"), Dependency("sx", "s", "x")]
    design = schedule(make_plan(tasks, dependencies=links)).tasks["s"]
    assert design.total_slack == 0
    assert design.free_slack == 0


def test_a_summary_with_room_keeps_its_free_slack() -> None:
    """Without the critical subtask the gap to Review is Design's free slack."""
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=2 * DAY),
        Task("c", "Build", position=1, duration=5 * DAY),
        Task("x", "Review", position=2, duration=DAY),
    ]
    links = [Dependency("cx", "c", "x"), Dependency("sx", "s", "x")]
    result = schedule(make_plan(tasks, dependencies=links)).tasks
    assert result["s"].free_slack == 3 * DAY == result["s"].total_slack
    for dates in result.values():
        assert 0 <= dates.free_slack <= max(0, dates.total_slack)
