"""Words and dates painted into the window (the roadmap's legend and timeline, the KPI
chart) are in the window's language, while the command line, with no translator, paints
the English it always did."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from pmdesk.core.product.kpi import series, status_of
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan
from pmdesk.render.kpi_chart import paint_kpi_chart
from pmdesk.render.roadmap import RoadmapPicture, legend_height, paint_legend
from pmdesk.render.roadmap_pages import plan_roadmap
from pmdesk.ui import i18n

LEGEND_EN = ["dates of its tasks", "target quarter, no tasks yet", "P50 to P80 finish",
             "P80 after the target quarter", "+9 d", "slip past the target", "today"]
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class Recording(QPainter):
    """A painter that keeps every text drawn, with where it starts and how wide it is."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[float, float, str]] = []

    def drawText(self, *args):
        where = args[0]
        text = next(a for a in args if isinstance(a, str))
        width = QFontMetricsF(self.font()).horizontalAdvance(text)
        self.texts.append((where.x(), where.x() + width, text))
        return super().drawText(*args)

    @property
    def words(self) -> list[str]:
        return [t for _l, _r, t in self.texts]


def painted(paint, width: int = 1400, height: int = 60) -> Recording:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = Recording(image)
    paint(painter)
    painter.end()
    return painter


@pytest.fixture
def language(qapp):
    """Install a window language for the test; back to English after."""
    yield i18n.install
    i18n.install("en")


@pytest.fixture(scope="module")
def demo():
    plan = build_demo_plan(date(2026, 12, 5))
    return plan, schedule(plan)


def _legend(width: float = 1400.0, font_pt: float = 9.0) -> Recording:
    font = QFont()
    font.setPointSizeF(font_pt)
    return painted(lambda p: paint_legend(p, QRectF(4, 0, width, 60), font))


def test_the_roadmap_legend_and_today_line_are_german_in_a_german_window(language,
                                                                          demo) -> None:
    language("de")
    words = _legend().words
    assert "Termine seiner Vorgänge" in words
    assert "heute" in words
    assert not set(words) & (set(LEGEND_EN) - {"+9 d"})
    picture = RoadmapPicture(plan_roadmap(*demo), unit="month", width=1400)
    timeline = painted(lambda p: picture.paint(p), height=int(picture.size.height()) + 1)
    assert "heute" in timeline.words and "today" not in timeline.words
    # The month axis names the months in German ("Dez.", "Jan. 2027"), not English.
    assert any(w.startswith("Dez") for w in timeline.words)
    assert not {"Dec", "Jan 2027"} & set(timeline.words)


def test_a_narrow_german_legend_wraps_rather_than_running_off_its_edge(language) -> None:
    language("de")
    font = QFont()
    font.setPointSizeF(9.0)
    width = 420.0
    assert legend_height(font, width) > QFontMetricsF(font).height() * 1.5
    legend = _legend(width)
    assert all(right <= 4 + width + 0.5 for _left, right, _t in legend.texts), legend.texts


def test_the_english_legend_is_the_one_line_it_was(language) -> None:
    language("en")
    legend = _legend()
    assert legend.words == LEGEND_EN
    font = QFont()
    font.setPointSizeF(9.0)
    assert legend_height(font, 1400) == QFontMetricsF(font).height()


def _kpi_chart(plan) -> Recording:
    kpi = plan.kpis[0]
    values = series(plan)[kpi.uid]
    status = status_of(kpi, values[-1].on, values[-1].value)
    return painted(lambda p: paint_kpi_chart(p, QRectF(0, 0, 600, 400), kpi, values,
                                             status, today=date(2026, 12, 5)), 600, 400)


def test_the_kpi_chart_speaks_german_and_writes_the_window_s_dates(language, demo) -> None:
    language("de")
    plan = demo[0]
    words = _kpi_chart(plan).words
    text = " | ".join(words)
    assert "Basisplan" in words and "Zielwert" in words
    assert any(w.endswith("— im Plan") for w in words), text
    target = plan.kpis[0].target_date
    assert any(w.startswith("Zielwert ") and f"{target:%d.%m.%Y}" in w for w in words), text
    assert not ISO_DAY.search(text), text
    assert not re.search(r"\b(target|baseline|on track|by)\b", text), text


def test_the_english_kpi_chart_keeps_its_words(language, demo) -> None:
    language("en")
    plan = demo[0]
    words = _kpi_chart(plan).words
    assert "baseline" in words and "target" in words
    assert any(w.endswith("— on track") for w in words)
    target = plan.kpis[0].target_date
    assert any(w.startswith("target ") and w.endswith(f"by {target:%a %d %b %Y}")
               for w in words), words


def test_a_narrow_kpi_chart_writes_nothing_over_its_own_words_or_past_its_edge(
        language, demo) -> None:
    """In a small window the chart's heading is shortened and its axis dates do not run
    into each other, in German as in English."""
    language("de")
    plan = demo[0]
    kpi = plan.kpis[0]
    values = series(plan)[kpi.uid]
    status = status_of(kpi, values[-1].on, values[-1].value)
    width = 180
    chart = painted(lambda p: paint_kpi_chart(p, QRectF(0, 0, width, 300), kpi, values,
                                              status, today=date(2026, 12, 5)), width, 300)
    heading = chart.texts[0]
    assert heading[2].endswith("— im Plan") or "…" in heading[2]
    assert heading[1] <= width
    axis = sorted(t for t in chart.texts if re.search(r"\d{2}\.\d{2}\.\d{4}$", t[2])
                  and not t[2].startswith("Zielwert"))
    assert axis, chart.words
    # The dates stand side by side under the chart, which is narrower than the window.
    assert sum(right - left for left, right, _t in axis) + 12 <= width - 30, chart.words
