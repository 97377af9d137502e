"""PDF and PNG files as their readers get them: read back with poppler (pdfinfo,
pdftotext), every task findable, the paper asked for, headers on every page, and bad input
refused with a message and no file left behind."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.budget import budget_report
from pmdesk.core.evm import evm_summary
from pmdesk.core.model import Dependency, Plan, ProjectInfo, Task, standard_calendar
from pmdesk.core.money import format_money
from pmdesk.core.patch import apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.render import export as export_module
from pmdesk.render.export import export_document
from pmdesk.render.pages import ExportOptions

PRINTED = datetime(2026, 11, 30, 9, 15)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) are not installed")


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:
    """Fonts need a QGuiApplication, as in the app and the command line."""


@pytest.fixture(scope="module")
def demo() -> tuple[Plan, object]:
    plan = build_demo_plan(date(2026, 11, 2))
    return plan, schedule(plan)


def big_plan(n: int = 1000) -> Plan:
    """``n`` tasks: phases of chained work, one summary per 20 tasks."""
    cal = standard_calendar()
    project = ProjectInfo(uid="p", name=f"Plan of {n} tasks", start=datetime(2025, 1, 6, 8),
                          calendar_uid=cal.uid, status_date=datetime(2025, 3, 14, 17))
    tasks: list[Task] = []
    deps: list[Dependency] = []
    phase = None
    prev = None
    for i in range(n):
        if i % 20 == 0:
            phase = f"s{i}"
            tasks.append(Task(phase, f"Phase {i // 20 + 1:03d}", position=i))
            prev = None
            continue
        uid = f"t{i}"
        tasks.append(Task(uid, f"Work item {i:04d}", parent_uid=phase, position=i,
                          duration=480 * (1 + i % 4), percent_complete=(i * 7) % 101))
        if prev is not None:
            deps.append(Dependency(f"d{i}", prev, uid))
        prev = uid
    return Plan(project=project, calendars={cal.uid: cal}, tasks=tasks, dependencies=deps)


@pytest.fixture(scope="module")
def big() -> tuple[Plan, object]:
    plan = big_plan()
    return plan, schedule(plan)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines()
                                             if ":" in line)}


def page_size(info: dict[str, str]) -> tuple[float, float]:
    """Width and height in points from pdfinfo's "Page size: 842 x 595 pts (A4)"."""
    w, h = re.match(r"([\d.]+) x ([\d.]+)", info["Page size"]).groups()
    return float(w), float(h)


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def export(plan_and_schedule, path: Path, **options) -> int:
    plan, result = plan_and_schedule
    options.setdefault("printed", PRINTED)
    return export_document(plan, result, path, ExportOptions(**options))


# -- Gantt PDF ------------------------------------------------------------------------------


@needs_poppler
def test_demo_gantt_pdf_has_every_task_name_on_a4_landscape(demo, tmp_path: Path) -> None:
    out = tmp_path / "demo.pdf"
    count = export(demo, out)
    info = pdf_info(out)
    assert info["Pages"] == str(count)
    assert page_size(info) == pytest.approx((842, 595), abs=1)  # A4 landscape
    text = words(" ".join(pdf_pages(out)))
    plan, _ = demo
    for t in plan.tasks:
        assert words(t.name) in text, t.name
    assert plan.project.name in text
    assert f"Page {count} of {count}" in text
    assert "Printed 30 Nov 2026 09:15" in text


@needs_poppler
def test_a_thousand_tasks_flow_down_pages_with_headers_repeated(big, tmp_path: Path) -> None:
    out = tmp_path / "big.pdf"
    count = export(big, out, paper="A3", columns=("wbs", "name", "start", "finish", "slack"))
    assert count > 10
    info = pdf_info(out)
    assert info["Pages"] == str(count)
    assert page_size(info) == pytest.approx((1191, 842), abs=1)  # A3 landscape
    pages = pdf_pages(out)
    assert len(pages) == count
    for number, page in enumerate(pages, start=1):
        flat = words(page)
        assert "Task Name" in flat and "Total Slack" in flat, f"no column header on {number}"
        assert "2025" in flat, f"no time scale on page {number}"
        assert f"Page {number} of {count}" in flat
        assert "Status date 14 Mar 2025" in flat
    text = words(" ".join(pages))
    plan, _ = big
    missing = [t.name for t in plan.tasks if t.name not in text]
    assert missing == []


@needs_poppler
def test_fit_page_never_prints_text_below_seven_points(big, tmp_path: Path) -> None:
    out = tmp_path / "fit.pdf"
    count = export(big, out, fit="page", columns=("name",))
    assert count > 1  # 1,000 rows do not fit one readable page: the layout adds pages
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"],
                          check=True, capture_output=True, text=True).stdout
    heights = [float(b) - float(a) for a, b in
               re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', html)]
    assert heights and min(heights) >= 7.0


@needs_poppler
def test_fit_page_puts_collapsed_rows_on_one_page(demo, tmp_path: Path) -> None:
    plan, _ = demo
    phases = tuple(t.uid for t in plan.tasks if t.parent_uid is None)
    out = tmp_path / "phases.pdf"
    assert export(demo, out, fit="page", rows=phases, paper="Letter") == 1
    text = words(pdf_pages(out)[0])
    hidden = [t for t in plan.tasks if t.parent_uid is not None]
    assert all(t.name in text for t in plan.tasks if t.uid in phases)
    assert not any(t.name in text for t in hidden if len(t.name) > 12)
    assert page_size(pdf_info(out)) == pytest.approx((792, 612), abs=1)


@needs_poppler
def test_tiles_carry_row_and_column_marks(demo, tmp_path: Path) -> None:
    out = tmp_path / "tiles.pdf"
    count = export(demo, out, fit="tile", scale="days", columns=("name",))
    pages = [words(p) for p in pdf_pages(out)]
    assert count == len(pages) > 2
    assert "page 1/1" in pages[0] and "page 1/2" in pages[1]
    assert "page 1/2 →" in pages[0]  # where the next tile is taped on
    assert all("2026" in p or "2027" in p for p in pages)  # the time scale on every tile
    first_column = [p for p in pages if re.search(r"(?<!← )page \d+/1\b", p)]
    assert first_column and all("Task Name" in p for p in first_column)


@needs_poppler
def test_chart_only_has_no_table_but_still_names_the_bars(demo, tmp_path: Path) -> None:
    out = tmp_path / "chart.pdf"
    export(demo, out, chart_only=True, fit="width")
    text = words(" ".join(pdf_pages(out)))
    assert "Task name" not in text and "Duration" not in text
    plan, _ = demo
    assert all(t.name in text for t in plan.tasks)
    assert "Timeline" in text and "Critical task" in text  # title and legend


@needs_poppler
def test_a_date_range_keeps_only_the_tasks_in_it(demo, tmp_path: Path) -> None:
    plan, result = demo
    first = min(plan.tasks, key=lambda t: result.tasks[t.uid].finish)
    last = max(plan.tasks, key=lambda t: result.tasks[t.uid].start)
    lo = result.tasks[last.uid].start.date() - timedelta(days=7)
    out = tmp_path / "range.pdf"
    export(demo, out, date_from=lo, date_to=lo + timedelta(days=60))
    text = words(" ".join(pdf_pages(out)))
    assert last.name in text
    assert first.name not in text
    assert f"{lo.day} {lo:%b %Y}" in text


# -- other views ----------------------------------------------------------------------------


@needs_poppler
def test_status_report_tells_the_story_on_portrait_pages(demo, tmp_path: Path) -> None:
    plan, _ = demo
    out = tmp_path / "report.pdf"
    count = export(demo, out, view="report")
    assert 1 <= count <= 3
    assert page_size(pdf_info(out)) == pytest.approx((595, 842), abs=1)
    text = words(" ".join(pdf_pages(out)))
    for heading in ("Status report", "Timeline", "Milestones", "Schedule and cost",
                    "Top risks", "Board", "Contingency reserve"):
        assert heading in text
    top = min((r for r in plan.risks if r.status != "closed"),
              key=lambda r: (-r.score, r.code))
    assert top.code in text
    upcoming = [t for t in plan.tasks if t.milestone and t.percent_complete < 100]
    assert upcoming and upcoming[0].name in text
    for column in plan.board_columns:
        assert column.name in text


@needs_poppler
def test_status_report_shows_earned_value_against_the_current_plan(demo, tmp_path: Path) -> None:
    plan, result = demo
    out = tmp_path / "report.pdf"
    export(demo, out, view="report")
    text = words(" ".join(pdf_pages(out)))
    evm = evm_summary(plan, result)
    cur = plan.project.currency
    assert "SPI" in text and "CPI" in text
    assert f"{evm['spi']:.2f}" in text and f"{evm['cpi']:.2f}" in text
    for key in ("ev", "pv", "ac", "eac", "vac"):
        assert format_money(Decimal(evm[key]), cur) in text, key
    project = budget_report(plan).project
    assert f"Budget remaining {format_money(project.remaining, cur)}" in text
    assert "against the current plan: no baseline saved" in text


@needs_poppler
def test_status_report_shows_earned_value_against_baseline_0(tmp_path: Path) -> None:
    plan = build_demo_plan(date(2026, 11, 2))
    apply_patch(plan, save_baseline_patch(plan, schedule(plan)))
    result = schedule(plan)
    out = tmp_path / "report.pdf"
    export((plan, result), out, view="report")
    text = words(" ".join(pdf_pages(out)))
    evm = evm_summary(plan, result)
    assert evm["source"] == "baseline 0"
    assert "against baseline 0" in text
    assert format_money(Decimal(evm["eac"]), plan.project.currency) in text


@needs_poppler
def test_risk_register_lists_every_risk_with_its_heat_map(demo, tmp_path: Path) -> None:
    plan, _ = demo
    out = tmp_path / "risks.pdf"
    export(demo, out, view="risks")
    text = words(" ".join(pdf_pages(out)))
    assert "Active risks now" in text and "After responses" in text
    for r in plan.risks:
        assert r.code in text


@needs_poppler
def test_board_shows_each_column_with_its_cards(demo, tmp_path: Path) -> None:
    plan, _ = demo
    out = tmp_path / "board.pdf"
    export(demo, out, view="board")
    text = words(" ".join(pdf_pages(out)))
    for column in plan.board_columns:
        assert column.name in text
    on_board = [t for t in plan.tasks if t.board_column_uid and len(t.name) < 30]
    assert on_board and all(t.name in text for t in on_board)


# -- PNG ------------------------------------------------------------------------------------


def test_png_has_the_width_and_resolution_asked_for(demo, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    export(demo, out, width_px=2400, dpi=200)
    image = QImage(str(out))
    assert image.width() == 2400
    assert image.height() > 1000
    assert round(image.dotsPerMeterX() * 0.0254) == 200


def test_png_at_a_higher_dpi_is_larger(demo, tmp_path: Path) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    export(demo, a, dpi=96, scale="weeks")
    export(demo, b, dpi=192, scale="weeks")
    ia, ib = QImage(str(a)), QImage(str(b))
    assert ib.width() == pytest.approx(2 * ia.width(), abs=2)
    assert ib.height() == pytest.approx(2 * ia.height(), abs=2)


def test_png_too_large_is_refused_with_a_hint(big, tmp_path: Path) -> None:
    out = tmp_path / "huge.png"
    with pytest.raises(ValueError, match="too large") as err:
        export(big, out, dpi=600, scale="days")
    assert str(out) in str(err.value)
    assert list(tmp_path.iterdir()) == []


# -- bad input ------------------------------------------------------------------------------


def test_an_unwritable_folder_is_named_and_nothing_is_left(demo, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if (locked / "probe").exists() or _can_write(locked):
            pytest.skip("running as a user who can write anywhere (root)")
        with pytest.raises(OSError) as err:
            export(demo, locked / "out.pdf")
        assert str(locked / "out.pdf") in str(err.value)
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def _can_write(folder: Path) -> bool:
    try:
        (folder / "probe").write_text("x")
    except OSError:
        return False
    (folder / "probe").unlink()
    return True


def test_a_missing_folder_is_named(demo, tmp_path: Path) -> None:
    with pytest.raises(OSError, match="does not exist"):
        export(demo, tmp_path / "nowhere" / "out.pdf")


def test_an_unknown_suffix_is_refused(demo, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.pdf or \.png"):
        export(demo, tmp_path / "out.docx")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_painting_keeps_the_earlier_file(demo, tmp_path: Path,
                                                        monkeypatch) -> None:
    out = tmp_path / "keep.pdf"
    export(demo, out)
    before = out.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_module, "document_for", broken)
    with pytest.raises(OSError, match="No space left") as err:
        export(demo, out)
    assert str(out) in str(err.value)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]


def test_the_written_file_is_readable_by_others_like_any_saved_file(demo, tmp_path) -> None:
    out = tmp_path / "shared.pdf"
    export(demo, out)
    assert out.stat().st_mode & 0o044  # not the private mode of a temporary file


def test_a_folder_that_refuses_the_file_is_named(demo, tmp_path: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    from pmdesk import fileio

    monkeypatch.setattr(fileio, "temporary_beside", refuse)
    out = tmp_path / "out.pdf"
    with pytest.raises(OSError, match="Permission denied") as err:
        export(demo, out)
    assert str(out) in str(err.value)
    assert list(tmp_path.iterdir()) == []
