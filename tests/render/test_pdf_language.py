"""A PDF exported from a German window is German: its frame, the status report's labels,
the task table's column headers (the window's translated column names) and its dates as
the window writes them; a French window's is French. The command line, with no
translator, writes the English it always did."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.render.export import export_document
from pmdesk.render.pages import ExportOptions, PageCanvas
from pmdesk.render.roadmap import legend_height
from pmdesk.render.roadmap_pages import roadmap_document
from pmdesk.ui import i18n
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.export_dialog import ExportDialog

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils (pdftotext) is not installed")

PRINTED = datetime(2026, 11, 3, 9, 15)


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.fixture
def language(qapp):
    """Install a window language for the test; back to English after."""
    yield i18n.install
    i18n.install("en")


def export_from_window(qtbot, view: str, path: Path) -> str:
    """Export ``view`` through the export dialog, as File ▸ Export PDF… does."""
    dialog = ExportDialog(ProjectController(build_demo_plan(date(2026, 11, 2))))
    qtbot.addWidget(dialog)
    dialog.set_view(view)
    assert dialog.export_to(path), dialog.message.text()
    return text_of(path)


def test_a_status_report_from_a_german_window_is_german(language, qtbot,
                                                         tmp_path: Path) -> None:
    language("de")
    text = export_from_window(qtbot, "report", tmp_path / "bericht.pdf")
    for words in ("Statusbericht", "Statusdatum 02.11.2026", "Seite 1 von 3", "Gedruckt",
                  "Geplantes Ende", "Ende laut Basisplan", "nicht gesetzt", "Nächste",
                  "Meilensteine", "Termine und Kosten", "Größte Risiken", "T Puffer",
                  "Vorgangsname", "09.10.2026", "05.02.2027", "CPI 0,91"):
        assert words in text, words
    for english in ("Status report", "Status date", "Page 1 of", "Planned finish",
                    "Baseline finish", "Milestones", "Top risks", "Task Name", "Oct 2026"):
        assert english not in text, english


def test_a_gantt_pdf_from_a_german_window_has_the_windows_column_names(
        language, qtbot, tmp_path: Path) -> None:
    language("de")
    text = export_from_window(qtbot, "gantt", tmp_path / "gantt.pdf")
    # The task table's translated headers, as the window's table shows them.
    for header in ("Vorgangsname", "Dauer", "Anfang", "Ende", "PSP"):
        assert header in text, header
    assert "Gantt-Diagramm" in text and "Sammelvorgang" in text and "Meilenstein" in text
    assert "21.09.2026" in text and "Task Name" not in text and "Gantt chart" not in text


def test_a_risk_register_from_a_french_window_is_french(language, qtbot,
                                                        tmp_path: Path) -> None:
    language("fr")
    text = export_from_window(qtbot, "risks", tmp_path / "risques.pdf")
    for words in ("Registre des risques", "Risques actifs aujourd'hui", "Après les réponses",
                  "Menace", "Ouvert", "Page 1 sur 2", "Date d'état 02/11/2026"):
        assert words in text, words
    assert "Risk register" not in text and "Threat" not in text


def test_the_command_line_still_writes_english(language, qapp, tmp_path: Path) -> None:
    language("de")
    language("en")  # back to the command line's English, as the CLI installs no translator
    plan = build_demo_plan(date(2026, 11, 2))
    out = tmp_path / "report.pdf"
    export_document(plan, schedule(plan), out, ExportOptions(view="report", printed=PRINTED))
    text = text_of(out)
    for words in ("Status report", "Status date 2 Nov 2026", "Page 1 of 3",
                  "Printed 3 Nov 2026 09:15", "Planned finish", "Baseline finish",
                  "none set", "Milestones", "d slack", "Schedule and cost", "Top risks",
                  "Task Name", "5 Feb 2027"):
        assert words in text, words
    assert "Statusbericht" not in text and "Seite" not in text


def test_a_german_overdue_milestone_tag_keeps_clear_of_the_wbs_column(language, qapp,
                                                                      tmp_path: Path) -> None:
    """The milestone outlook's tag column is as wide as its longest word: on portrait A4 in
    11 pt, "Überfällig" stands apart from the WBS code beside it instead of running into
    it, as it did in a column sized for "Overdue"."""
    language("de")
    plan = build_demo_plan(date(2026, 11, 2))
    # A status date past the launch milestones, which are not done.
    plan = replace(plan, project=replace(plan.project, status_date=datetime(2027, 3, 1, 17)))
    out = tmp_path / "bericht.pdf"
    export_document(plan, schedule(plan), out, ExportOptions(
        view="report", paper="A4", landscape=False, font_pt=11, printed=PRINTED))
    words = text_of(out).split()
    assert "überfällig" in words  # the section's count
    assert words.count("Überfällig") == 6  # one tag a milestone, each a word of its own


def test_a_german_roadmap_legend_that_wraps_has_room_for_its_lines(language, qapp) -> None:
    """On portrait paper the German legend takes two lines; the band under the timeline
    grows to hold them, so the legend is not painted up into the lanes."""
    language("de")
    plan = build_demo_plan(date(2026, 11, 2))
    options = ExportOptions(view="roadmap", landscape=False, font_pt=9, printed=PRINTED)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    canvas = PageCanvas(image)
    try:
        frame = roadmap_document(canvas, plan, schedule(plan), options).frame
        font = canvas.font(8)
        one_line = legend_height(font, 1e6)
        assert frame.legend is not None
        needed = legend_height(font, frame.legend.width())
        assert needed > one_line  # the German words do wrap here
        assert frame.legend.height() >= needed
        assert frame.body.bottom() <= frame.legend.top()
    finally:
        canvas.painter.end()


def test_a_german_risk_register_writes_its_kinds_and_summary_whole(language, qtbot,
                                                                   tmp_path: Path) -> None:
    """The Kind and Status columns are as wide as their German words ("Bedrohung"), and the
    summary beside the heat maps takes a second line for a long value instead of cutting
    "(10 Bedrohungen, 2 Chancen)"."""
    language("de")
    text = export_from_window(qtbot, "risks", tmp_path / "risiken.pdf")
    words = text.split()
    threats = [r for r in build_demo_plan(date(2026, 11, 2)).risks if r.kind == "threat"]
    assert words.count("Bedrohung") == len(threats) and "Bedroh…" not in text
    assert "Chancen)" in words and "Cha…" not in text
    assert "legal and privacy" in " ".join(words)  # a category wraps rather than being cut


def test_a_german_backlog_writes_figures_and_fixed_words_whole(language, qtbot,
                                                                 tmp_path: Path) -> None:
    """The backlog PDF from a German window: the Value column's figures grouped as German
    groups them, the Kano column as wide as "Leistungsmerkmal", the chart's median too."""
    language("de")
    text = export_from_window(qtbot, "backlog", tmp_path / "backlog.pdf")
    words = text.split()
    assert "60.000" in words and "60,000" not in words
    assert "Leistungsmerkmal" in words and "…" not in text
    assert "Median" in words and "6.200" in words


def test_an_english_backlog_keeps_english_figures(language, qtbot, tmp_path: Path) -> None:
    language("en")
    text = export_from_window(qtbot, "backlog", tmp_path / "backlog.pdf")
    assert "60,000" in text.split() and "median 6,200" in text


def test_a_german_board_names_its_continued_columns_whole(language, qtbot,
                                                            tmp_path: Path) -> None:
    """A column continued on the next page is named "(Forts.)", which fits a column's head
    where "(Fortsetzung)" was cut."""
    language("de")
    text = export_from_window(qtbot, "board", tmp_path / "board.pdf")
    assert "In progress (Forts.)" in text and "Forts…" not in text and "Fortsetz" not in text


def test_a_fit_column_is_never_squeezed_below_its_words_to_widen_another() -> None:
    """Widening one fixed-word column takes room only from the plain columns: another
    fixed-word column that already had room for its words keeps it."""
    from pmdesk.render.report import _Col, _TableStyle

    style = _TableStyle([_Col("Kind", 1, fit=True), _Col("Status", 1, fit=True),
                         _Col("Risk", 2)], 8.0, 10.0, (90.0, 150.0, 0.0))
    kind, status, risk = style.widths(400.0)
    assert kind >= 90.0 and status == 150.0 and kind + status + risk == 400.0
