"""pmdesk's schedule of real MS Project plans equals the schedule MS Project computed.

Each MSPDI file under ``../shared/oracle`` holds a network and the dates MS Project stored
for it. The test imports the network, reschedules it with pmdesk (ignoring the stored
dates) and compares every task's dates, slack and critical flag to the minute.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from pmdesk.core.schedule import schedule
from pmdesk.interchange.mspdi import read_mspdi, read_reference_schedule

ORACLE = Path(__file__).resolve().parents[2].parent / "shared" / "oracle"
FILES = (
    sorted(
        p.relative_to(ORACLE).as_posix()
        for folder in ("mspdi-genuine", "mspdi-from-mpp", "features")
        for p in (ORACLE / folder).glob("*.xml")
    )
    if ORACLE.is_dir()
    else []
)

FIELDS = (
    "start",
    "finish",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "total_slack",
    "free_slack",
    "critical",
)

# Two files hold late dates MS Project did not recalculate before saving; the two tests at
# the end of this file say what was tried to explain them and why they look stale.
KNOWN_DIFFERENCES = {
    ("mspdi-from-mpp/aspose_new-product-dev.xml", uid, field)
    for uid in (35, 36, 48)
    for field in ("late_start", "late_finish")
}
STALE_LATE_DATES = {
    ("features/mpxjxml_mspdiduration.xml", uid, field)
    for uid in (1, 2, 3, 4)
    for field in ("late_start", "late_finish", "total_slack", "free_slack")
}
KNOWN_DIFFERENCES |= STALE_LATE_DATES


def _fmt(value: object) -> str:
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")  # type: ignore[union-attr]
    return str(value)


def expected_values(path: Path) -> dict[int, dict]:
    """MS Project's values for each task: from ``NAME.expected.json`` beside a feature file
    (read by MPXJ from the original, slack in the file's own working minutes), else the
    values stored in the XML itself."""
    expected = path.with_name(path.stem + ".expected.json")
    if not expected.exists():
        return read_reference_schedule(path)
    out: dict[int, dict] = {}
    for row in json.loads(expected.read_text(encoding="utf-8")):
        values: dict[str, object] = {
            field: datetime.fromisoformat(row[field]) if row.get(field) else None
            for field in FIELDS[:6]
        }
        values["total_slack"] = round(row["total_slack_minutes"])
        values["free_slack"] = round(row["free_slack_minutes"])
        values["critical"] = row["critical"]
        out[row["uid"]] = values
    return out


def mismatches(name: str) -> list[tuple[str, int, str, str, str, str]]:
    """Rows (file, uid, task name, field, MS Project's value, pmdesk's value) that differ."""
    path = ORACLE / name
    plan = read_mspdi(path)
    reference = expected_values(path)
    result = schedule(plan)
    rows = []
    for task in plan.tasks:
        assert task.source_uid is not None
        expected = reference[task.source_uid]
        got = result.tasks[task.uid]
        for field in FIELDS:
            want, have = expected[field], getattr(got, field)
            if want != have and (name, task.source_uid, field) not in KNOWN_DIFFERENCES:
                rows.append((name, task.source_uid, task.name, field, _fmt(want), _fmt(have)))
    return rows


def table(rows: list[tuple[str, int, str, str, str, str]]) -> str:
    header = ("file", "uid", "task", "field", "MS Project", "pmdesk")
    cells = [header] + [tuple(str(c) for c in r) for r in rows]
    widths = [max(len(r[k]) for r in cells) for k in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells)


@pytest.mark.skipif(not FILES, reason=f"the oracle folder {ORACLE} is not present")
@pytest.mark.parametrize("name", FILES)
def test_schedule_matches_ms_project(name: str) -> None:
    rows = mismatches(name)
    assert not rows, f"{len(rows)} values differ from MS Project:\n{table(rows)}"


@pytest.mark.skipif(not FILES, reason=f"the oracle folder {ORACLE} is not present")
def test_the_known_differences_are_only_late_dates_of_the_hard_case() -> None:
    """In new-product-dev, MS Project 2007 stored late dates equal to the early dates of
    UIDs 35, 36 and 48 (LateStart = EarlyStart, LateFinish = EarlyFinish) together with a
    total slack of 47, 42 and 5 days, which pmdesk matches. MS Project defines total
    slack as min(LateStart - EarlyStart, LateFinish - EarlyFinish), so its own stored
    values cannot both be current: a positive slack needs a late date after an early date.

    What was tried to find a rule that gives them: 35 and 36 have no successor and 48 one
    plain FS successor (49), none has a constraint, a deadline, progress, a summary link
    or another calendar; the links into their phase are FS and SS between tasks. No
    rule that keeps total slack = min(start, finish slack), which every other task of the
    twelve files follows, can give LS = ES with slack. MPXJ's MicrosoftScheduler (16.10,
    run on the .mpp) computes the same late dates as pmdesk (07-06 + 47 days: 09-11 to
    09-18 for 35, and so on). MPXJ's own scheduler tests set aside customer files of
    which a copy had to be made after "Calculate Project" and "Save As" before MS
    Project's stored values could be compared (MicrosoftSchedulerComparator's
    "use scheduled" list): stored values are not always recalculated, and this file
    (revision 10, saved by MS Project 12) looks like one of those. So pmdesk keeps the
    late dates its slack (and MS Project's) implies, and this test checks that the
    exception hides nothing else: not a slack, not a flag.
    """
    name = "mspdi-from-mpp/aspose_new-product-dev.xml"
    plan = read_mspdi(ORACLE / name)
    reference = read_reference_schedule(ORACLE / name)
    result = schedule(plan)
    by_source = {t.source_uid: t.uid for t in plan.tasks}
    for uid in (35, 36, 48):
        got = result.tasks[by_source[uid]]
        assert got.total_slack == reference[uid]["total_slack"] > 0
        assert got.late_finish > reference[uid]["late_finish"]


@pytest.mark.skipif(not FILES, reason=f"the oracle folder {ORACLE} is not present")
def test_the_stale_late_dates_are_the_earlier_project_finish_and_nothing_else() -> None:
    """In mspdiduration, tasks 1 to 5 are alike for their late dates: no links, no
    constraint, work on the one calendar, durations of 1 minute, hour, day, week and
    month. MS Project stored a late finish of 2009-04-21 17:00 for tasks 1-4 and
    2009-04-23 17:00 for task 5 (the project finish, 04-24 08:00, moved back to the end
    of the previous working period, as for every task without successors).

    What was tried to find a rule that gives them:
    - the late finish of a task without successors is the latest early finish of the
      tasks not of elapsed duration (04-21 17:00, task 5's early finish): it gives tasks
      1-4 but makes task 5 critical with a late finish of 04-21 17:00, where MS Project
      stored 04-23 17:00 and two days of slack;
    - the project finish taken from the file's FinishDate (04-24 08:00), or the project
      finish in elapsed time for elapsed tasks only: tasks 1-4 are not elapsed, both give
      04-23 17:00 as now;
    - a rule by duration unit (m, h, d, w against mo): MS Project converts every
      duration to working minutes before scheduling, and nothing documents such a rule;
    - MPXJ's MicrosoftScheduler (16.10) on this file: 04-23 17:00 for tasks 1-4, as
      pmdesk (and it gets the elapsed tasks 6-10 wrong, which pmdesk matches).
    Why they look stale: 04-21 17:00 is the project finish before tasks 6-10 were added
    (their CreateDate is twelve minutes after tasks 1-5), when task 5 ended the project;
    tasks 1-4 still carry the late finish of then, task 5 was recalculated since (MPXJ's
    scheduler tests set such files aside, see the test above).
    This test checks that the difference is exactly that move of the project finish.
    """
    name = "features/mpxjxml_mspdiduration.xml"
    plan = read_mspdi(ORACLE / name)
    expected = expected_values(ORACLE / name)
    result = schedule(plan)
    by_source = {t.source_uid: t.uid for t in plan.tasks}
    assert result.tasks[by_source[5]].late_finish == expected[5]["late_finish"]
    for uid in (1, 2, 3, 4):
        got = result.tasks[by_source[uid]]
        assert expected[uid]["late_finish"] == datetime(2009, 4, 21, 17, 0)
        assert got.late_finish == expected[5]["late_finish"]
        assert got.total_slack - expected[uid]["total_slack"] == 2 * 480
        assert got.early_start == expected[uid]["early_start"]
        assert got.early_finish == expected[uid]["early_finish"]
