"""A newcomer's first hour across the views: each view's commands act where they are,
empty views say what they are for, and small windows keep everything readable."""

from __future__ import annotations

import pytest
from menu_clicks import choose, entries, open_menu, shown_menus
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, show_active) -> MainWindow:
    w = MainWindow(persist=False)
    w.open_demo()
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()


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
