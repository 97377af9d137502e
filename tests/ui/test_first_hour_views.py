"""A newcomer's first hour across the views: each view's commands act where they are,
empty views say what they are for, and small windows keep everything readable."""

from __future__ import annotations

from datetime import datetime

import pytest
from menu_clicks import choose, entries, open_menu, shown_menus
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_task_commands_are_offered_only_with_the_gantt(qtbot, window) -> None:
    """Task ▸ Insert Task chosen on the Risks view added a task nobody could see, and
    Edit ▸ Paste Tasks or Find Card… acted on views out of sight. Now the Task menu is the
    Gantt's own, like the Risks menu is the register's, and Edit and View list only the
    shown view's commands."""
    tasks = len(window.controller.plan.tasks)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "risks"
    assert shown_menus(window) == ["File", "Edit", "View", "Project", "Risks", "Window",
                                   "Help"]
    edit = entries(open_menu(qtbot, window, "Edit"))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    assert "Find Risk…" in edit
    assert not {"Paste Tasks", "Find Task…", "Find Card…"} & edit.keys()
    view = entries(open_menu(qtbot, window, "View"))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    assert "Risks" in view and "Zoom In" not in view and "Board Columns…" not in view
    assert len(window.controller.plan.tasks) == tasks

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert shown_menus(window) == ["File", "Edit", "View", "Project", "Task", "Window",
                                   "Help"]
    choose(qtbot, window, "Task", "Insert Task")
    assert len(window.controller.plan.tasks) == tasks + 1
    assert window.current_view_key() == "gantt"


def test_link_to_feature_is_greyed_out_without_a_selected_insight(qtbot, window,
                                                                   type_text) -> None:
    """Product ▸ Link to Feature was enabled with no insight selected and then answered
    with a "Change refused" box; now it and the other commands on the selected insights
    are greyed out until an insight is selected."""
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    product = window.views["product"]
    product.show_tab("research")
    research = product.research
    assert entries(open_menu(qtbot, window, "Product"))["Link to Feature"]
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    type_text(research.search, "zzzz nothing like this")
    qtbot.waitUntil(lambda: research.proxy.rowCount() == 0)
    shown = entries(open_menu(qtbot, window, "Product"))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Escape)
    assert not shown["Link to Feature"] and not shown["Unlink from Feature"]
    assert not shown["Delete Insights"] and shown["New Insight"]
    plan = window.controller.plan
    links = list(plan.insight_links)
    qtbot.keyClick(research.table, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert plan.insight_links == links

    research.search.clear()
    table = research.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(table.model().index(0, 4)).center())
    insight = research.current_insight()
    linked = {lk.feature_uid for lk in plan.insight_links if lk.insight_uid == insight.uid}
    choice = research.link_choice
    choice.setCurrentIndex(next(i for i in range(choice.count())
                                if choice.itemData(i) not in linked))
    choose(qtbot, window, "Product", "Link to Feature")
    assert len(window.controller.plan.insight_links) == len(links) + 1


def _hint_pixels(surface, top: int = 0) -> int:
    """How many pixels of ``surface`` below ``top`` are not its background: with no rows
    to draw, the hint's text."""
    image = surface.grab().toImage()
    background = image.pixel(image.width() - 1, image.height() - 1)
    return sum(1 for x in range(0, image.width(), 2) for y in range(top, image.height(), 2)
               if image.pixel(x, y) != background)


EMPTY_VIEWS = [
    ("risks", None, "riskTable", "Add Risk"),
    ("resources", None, "resourceTable", "Add Resource"),
    ("budget", None, "budgetLines", "Add Budget Line"),
    ("budget", None, "costEntries", "Add Actual Cost"),
    ("product", "research", "insightTable", "New Insight"),
    ("product", "kpis", "kpiTable", "Add KPI"),
    ("product", "backlog", "backlogTable", "New Feature"),
]


@pytest.mark.parametrize(("view_key", "tab", "table_name", "command"), EMPTY_VIEWS,
                         ids=[f"{v[0]}-{v[2]}" for v in EMPTY_VIEWS])
def test_an_empty_table_says_what_it_is_for_and_how_to_add_the_first_row(
        qtbot, window, view_key, tab, table_name, command) -> None:
    """On a new project the Risks, Resources, Budget, Research and KPI tables were bare,
    while the Gantt said how to add the first task; now each says so too, in its rows'
    place, until it has a row."""
    from pmdesk.ui.main_window import empty_plan
    from pmdesk.ui.tables import HintedTable

    assert window.install_new(empty_plan(), "New")
    window.resize(1400, 860)
    window.show_view(view_key)
    view = window.views[view_key]
    if tab:
        view.show_tab(tab)
    table = view.findChild(HintedTable, table_name)
    assert table.isVisible() and table.model().rowCount() == 0
    assert command in table.empty_hint()
    qtbot.waitUntil(lambda: _hint_pixels(table.viewport()) > 20)


def test_the_hint_goes_with_the_first_row_and_comes_back_with_undo(qtbot, window) -> None:
    """The hint names the key that adds the first row; that key's row takes its place."""
    from pmdesk.ui.main_window import empty_plan

    assert window.install_new(empty_plan(), "New")
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    table = window.views["resources"].table
    insert = window.views["resources"].action_add_resource.shortcut()
    assert insert.toString(insert.SequenceFormat.NativeText) in table.empty_hint()
    qtbot.waitUntil(lambda: _hint_pixels(table.viewport()) > 20)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # keep the offered name
    assert len(window.controller.plan.resources) == 1
    below_the_row = table.rowViewportPosition(0) + table.rowHeight(0) + 2
    qtbot.waitUntil(lambda: _hint_pixels(table.viewport(), below_the_row) == 0)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _hint_pixels(table.viewport()) > 20)


def test_an_empty_roadmap_says_where_features_come_from(qtbot, window) -> None:
    from pmdesk.ui.main_window import empty_plan

    assert window.install_new(empty_plan(), "New")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    canvas = window.views["roadmap"].canvas
    assert "New Feature" in canvas.empty_hint()
    below_headings = int(canvas.picture.height) + 2
    qtbot.waitUntil(lambda: _hint_pixels(canvas, below_headings) > 20)


class _Saturday(datetime):
    """A clock that says Saturday 5 December 2026, late morning."""

    @classmethod
    def now(cls, tz=None):
        return cls(2026, 12, 5, 11, 0)


def test_an_empty_project_on_a_saturday_is_as_of_today_and_finishes_nowhere(
        qtbot, window, monkeypatch) -> None:
    """On Saturday 5 December the Dashboard of a new project said "as of Fri 4 Dec" and
    "Finish Mon 7 Dec 2026" while the status bar said "finish —", and the Budget view said
    the figures were at the end of *today's* working day, Friday. Now the Dashboard is as
    of today with no finish, like the status bar, and the Budget says the last working
    day."""
    from pmdesk.core import health
    from pmdesk.ui import headline
    from pmdesk.ui.main_window import empty_plan

    monkeypatch.setattr(health, "datetime", _Saturday)
    monkeypatch.setattr(headline, "datetime", _Saturday)
    assert window.install_new(empty_plan(), "New")
    assert "finish —" in window.status_label.text()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.views["dashboard"]
    assert "as of Sat 5 Dec 2026" in dashboard.headline.text()
    qtbot.waitUntil(lambda: "SPI" in dashboard.tiles["schedule"].body.text())
    assert "Finish —" in dashboard.tiles["schedule"].body.text()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    text = window.views["budget"].evm_source.text()
    assert "at the end of the last working day, Fri 04 Dec 2026 17:00" in text


@pytest.mark.parametrize("where", ["above the board", "below the board"])
def test_a_card_let_go_outside_the_columns_stays_where_it_was(qtbot, window, where) -> None:
    """A card dragged up over the toolbar (or down over the status bar) and let go there
    moved to the column under the pointer's x; now a drop outside the columns changes
    nothing and leaves no undo step."""
    from PySide6.QtCore import QPoint

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    canvas = window.views["board"].canvas
    board = canvas.board
    card = next(cards[0] for c in board.columns[:-2]
                if (cards := board.cell(board.lanes[0].key, c.uid)))
    start = canvas.card_viewport_rect(card.uid).center()
    x = int(canvas.header_rect(len(board.columns) - 1).center().x())
    end = QPoint(x, -30 if where == "above the board" else canvas.viewport().height() + 20)
    plan = window.controller.plan
    before = plan.task_index()[card.uid]
    steps = window.controller.undo_stack.count()
    viewport = canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in (QPoint(12, 12), (end - start) / 2):
        qtbot.mouseMove(viewport, start + step)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.controller.plan.task_index()[card.uid] == before
    assert window.controller.undo_stack.count() == steps
    assert not window.is_modified()
