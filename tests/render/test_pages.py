"""Paper, options and the layout of a sheet over pages: arithmetic a reader of the printout
relies on (nothing cut, nothing too small, every row on some page exactly once)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from PySide6.QtCore import QSizeF

from pmdesk.core.columns import TASK_COLUMNS, parse_columns
from pmdesk.render.pages import (
    MIN_FONT_PT,
    PAPERS,
    ExportOptions,
    Fit,
    Scale,
    SheetSize,
    layout_sheet,
    page_frame,
    parse_day,
    tile_mark,
)

BODY = QSizeF(800, 480)


def sheet(rows: int, chart: float | None = None, fixed: float = 300.0) -> SheetSize:
    return SheetSize(fixed_width=fixed, chart_width=chart, header_height=30, row_height=16,
                     rows=rows)


def rows_covered(layout) -> list[int]:
    """Every row index on the pages of the first page column, in page order."""
    out: list[int] = []
    for t in layout.tiles:
        if t.page_column == 1:
            out.extend(range(t.r0, t.r1))
    return out


# -- options --------------------------------------------------------------------------------


def test_unknown_paper_names_the_known_sizes() -> None:
    with pytest.raises(ValueError) as err:
        ExportOptions(paper="B5")
    message = str(err.value)
    assert "'B5'" in message
    assert all(name in message for name in PAPERS)


def test_paper_names_are_case_insensitive_and_sizes_match_the_standard() -> None:
    a3 = ExportOptions(paper="a3", landscape=True)
    assert a3.paper == "A3"
    r = a3.paper_rect()
    assert (round(r.width()), round(r.height())) == (1191, 842)
    letter = ExportOptions(paper="LETTER", landscape=False)
    r = letter.paper_rect()
    assert (round(r.width()), round(r.height())) == (612, 792)
    tabloid = ExportOptions(paper="tabloid", landscape=False).paper_rect()
    assert (round(tabloid.width()), round(tabloid.height())) == (792, 1224)


def test_orientation_follows_the_view_unless_chosen() -> None:
    assert ExportOptions(view="gantt").is_landscape
    assert not ExportOptions(view="report").is_landscape
    assert ExportOptions(view="report", landscape=True).is_landscape


def test_a_range_ending_before_it_starts_names_both_dates() -> None:
    with pytest.raises(ValueError) as err:
        ExportOptions(date_from=date(2026, 3, 1), date_to=date(2026, 2, 1))
    assert "2026-03-01" in str(err.value) and "2026-02-01" in str(err.value)


def test_unknown_column_names_the_known_ones() -> None:
    with pytest.raises(ValueError) as err:
        ExportOptions(columns=("name", "colour"))
    assert "'colour'" in str(err.value)
    assert all(key in str(err.value) for key in TASK_COLUMNS.keys())  # noqa: SIM118


def test_columns_accept_headers_and_aliases_in_the_given_order() -> None:
    assert parse_columns("Name, start,% Complete,total_slack") == (
        "name", "start", "complete", "slack")
    with pytest.raises(ValueError, match="no columns"):
        parse_columns(" , ")


def test_text_below_the_readable_minimum_is_refused() -> None:
    with pytest.raises(ValueError, match="readable minimum of 7 pt"):
        ExportOptions(font_pt=5)
    assert ExportOptions(font_pt=MIN_FONT_PT).min_scale == 1.0


@pytest.mark.parametrize(("field", "value", "words"), [
    ("fit", "squeeze", "page, width, tile"),
    ("scale", "decades", "days, weeks, months, quarters"),
    ("view", "timeline", "gantt, board, risks, report, backlog, roadmap"),
    ("layout", "kanban", "timeline or now-next-later"),
    ("lanes", "team", "theme, objective, owner"),
    ("tiles", (0, 2), "rows x columns"),
    ("dpi", 5000, "36 to 1200"),
    ("margin_mm", -1, "0 to 50 mm"),
    ("font_pt", float("nan"), "is not a size: use 7 to 24 pt"),
])
def test_other_bad_options_say_what_is_allowed(field: str, value: object, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        ExportOptions(**{field: value})


def test_strings_from_the_command_line_become_enums() -> None:
    o = ExportOptions(fit="TILE", scale="weeks")
    assert o.fit is Fit.TILE and o.scale is Scale.WEEKS


def test_a_typed_date_is_checked_with_the_option_named() -> None:
    assert parse_day("2026-10-12", "--from") == date(2026, 10, 12)
    with pytest.raises(ValueError, match="--to '12/10/2026'"):
        parse_day("12/10/2026", "--to")


def test_the_page_frame_keeps_header_body_legend_and_footer_apart(qapp) -> None:
    frame = page_frame(ExportOptions(margin_mm=10), legend_height=20)
    paper = frame.paper
    assert paper.contains(frame.header) and paper.contains(frame.footer)
    assert frame.header.bottom() < frame.body.top()
    assert frame.body.bottom() < frame.legend.top() < frame.legend.bottom() < frame.footer.top()
    assert frame.header.left() == pytest.approx(10 * 72 / 25.4)


# -- layout ---------------------------------------------------------------------------------


def test_fit_page_shrinks_a_small_sheet_onto_one_page() -> None:
    layout = layout_sheet(sheet(25), BODY, Fit.PAGE, min_scale=0.875)
    assert len(layout.tiles) == 1
    assert layout.scale == 1.0
    assert layout.tiles[0].x1 == pytest.approx(800)  # the chart stretches to the width


def test_fit_page_adds_pages_rather_than_shrink_text_below_the_minimum() -> None:
    layout = layout_sheet(sheet(1000), BODY, Fit.PAGE, min_scale=7 / 8)
    assert layout.scale == pytest.approx(7 / 8)
    assert layout.page_rows > 1
    assert rows_covered(layout) == list(range(1000))


def test_fit_width_flows_down_whole_rows_with_the_header_on_each_page() -> None:
    layout = layout_sheet(sheet(100), BODY, Fit.WIDTH, min_scale=0.875)
    assert layout.page_columns == 1
    per_page = (480 - 30) // 16
    assert layout.rows_per_page == per_page
    assert rows_covered(layout) == list(range(100))
    assert layout.page_rows == -(-100 // per_page)


def test_a_wide_fixed_scale_is_cut_across_pages_without_losing_width() -> None:
    layout = layout_sheet(sheet(10, chart=2000), BODY, Fit.TILE, min_scale=1.0,
                          overlap=20)
    spans = [(t.x0, t.x1) for t in layout.tiles if t.page_row == 1]
    assert spans[0][0] == 0 and spans[-1][1] == pytest.approx(2300)
    for (_a0, a1), (b0, _b1) in pairwise(spans):
        assert b0 == pytest.approx(a1 - 20)  # neighbours overlap for taping
    assert all(tile_mark(t, layout, Fit.TILE) == f"page {t.page_row}/{t.page_column}"
               for t in layout.tiles)


def test_tiles_asked_for_fill_that_many_pages() -> None:
    layout = layout_sheet(sheet(20), BODY, Fit.TILE, min_scale=0.875, tiles=(1, 3),
                          overlap=20)
    assert layout.page_columns == 3 and layout.page_rows == 1
    assert layout.tiles[-1].x1 == pytest.approx(3 * 800 - 2 * 20)


def test_one_page_across_has_no_tile_marks_outside_the_tile_fit() -> None:
    layout = layout_sheet(sheet(10), BODY, Fit.WIDTH, min_scale=1.0)
    assert tile_mark(layout.tiles[0], layout, Fit.WIDTH) == ""
