"""The Product menu as a product manager uses it from the keyboard: each strategy, backlog
and research command has its keys, acts inside the Product view only, and makes one undo
step; the menu is offered while the Product view is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from pmdesk.core.product.model import Decision, Framework, Stage
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.product import ProductView

TODAY = date(2026, 12, 4)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def view(qtbot, show_active) -> ProductView:
    widget = ProductView(ProjectController(build_demo_plan(TODAY)))
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    show_active(widget)
    return widget


def press(qtbot, widget, key: Qt.Key, modifiers=CTRL_SHIFT) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key, modifiers)


def test_new_objective_and_key_result_from_the_keyboard_are_one_undo_step_each(
        qtbot, view) -> None:
    controller = view.controller
    objectives = len(controller.plan.objectives)
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_O)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # leave the name as it is
    assert len(controller.plan.objectives) == objectives + 1
    new = controller.plan.objectives[-1]
    assert controller.undo_stack.undoText() == "Add objective"
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_K)  # for the selected objective
    assert controller.plan.key_results[-1].objective_uid == new.uid
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert len(controller.plan.objectives) == objectives
    assert all(kr.objective_uid != new.uid for kr in controller.plan.key_results)


@pytest.mark.parametrize("tab, table, kind, named", [
    ("backlog", "table", "features", "Delete 2 features"),
    ("research", "table", "insights", "Delete 2 insights"),
    ("strategy", "objective_table", "objectives", "Delete 2 objectives"),
    ("strategy", "key_result_table", "key_results", "Delete key results"),
])
def test_delete_on_two_selected_rows_removes_both_in_one_undo_step(
        qtbot, view, tab, table, kind, named) -> None:
    controller = view.controller
    view.show_tab(tab)
    widget = getattr(getattr(view, tab), table)
    before = [r.uid for r in getattr(controller.plan, kind)]
    assert len(before) >= 3
    widget.setFocus()
    widget.setCurrentIndex(widget.model().index(0, 1))
    qtbot.keyClick(widget, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    gone = {r.uid for r in widget.chosen()}
    assert len(gone) == 2
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert [r.uid for r in getattr(controller.plan, kind)] == [
        uid for uid in before if uid not in gone]
    assert controller.undo_stack.undoText() == named
    controller.undo_stack.undo()
    assert sorted(r.uid for r in getattr(controller.plan, kind)) == sorted(before)


def test_new_feature_and_new_insight_keys_work_from_any_tab(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("strategy")
    features, insights = len(controller.plan.features), len(controller.plan.insights)
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_N)
    assert view.tabs.currentWidget() is view.backlog
    assert len(controller.plan.features) == features + 1
    table = view.backlog.table
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState
                    and QApplication.focusWidget() not in (None, table))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Offline coach notes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.plan.features[-1].title == "Offline coach notes")
    press(qtbot, view.backlog.table, Qt.Key.Key_I)
    assert view.tabs.currentWidget() is view.research
    assert len(controller.plan.insights) == insights + 1
    assert controller.undo_stack.count() == 3  # feature, its title, insight
    controller.undo_stack.undo()
    assert len(controller.plan.insights) == insights


def test_alt_and_a_digit_show_the_tabs(qtbot, view) -> None:
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.backlog
    press(qtbot, view.backlog.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.research
    press(qtbot, view.research.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.strategy


def _select_pending_gate(qtbot, view) -> str:
    gates = view.controller.plan.gates
    row = next(r for r, g in enumerate(gates) if g.decision is Decision.PENDING)
    table = view.gate_table
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return gates[row].uid


def test_decide_gate_keys_open_the_decision_esc_leaves_it_pending(qtbot, view,
                                                                  on_modal) -> None:
    uid = _select_pending_gate(qtbot, view)
    check = on_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    press(qtbot, view.gate_table, Qt.Key.Key_D)
    assert check().windowTitle().startswith("Decide")
    gate = next(g for g in view.controller.plan.gates if g.uid == uid)
    assert gate.decision is Decision.PENDING and view.controller.undo_stack.count() == 0


def test_decide_gate_hold_is_one_undo_step(qtbot, view, on_modal) -> None:
    uid = _select_pending_gate(qtbot, view)

    def hold(dialog) -> None:
        dialog.decision.setFocus()
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.HOLD.value))
        dialog.by.setFocus()
        qtbot.keyClicks(dialog.by, "Elena Vogt")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    check = on_modal(hold)
    press(qtbot, view.gate_table, Qt.Key.Key_D)
    check()
    gate = next(g for g in view.controller.plan.gates if g.uid == uid)
    assert gate.decision is Decision.HOLD and gate.decided_by == "Elena Vogt"
    assert view.controller.undo_stack.count() == 1
    view.controller.undo_stack.undo()
    gate = next(g for g in view.controller.plan.gates if g.uid == uid)
    assert gate.decision is Decision.PENDING


def test_change_stage_keys_move_the_product_and_keep_the_history(qtbot, view,
                                                                 on_modal) -> None:
    controller = view.controller
    history = len(controller.plan.stage_changes)

    def next_stage(dialog) -> None:
        assert dialog.focusWidget() is dialog.stage  # ready to choose
        qtbot.keyClick(dialog.stage, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    check = on_modal(next_stage)
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_T)
    check()
    assert controller.plan.products[0].stage is Stage.DEVELOPMENT
    assert len(controller.plan.stage_changes) == history + 1
    assert controller.undo_stack.undoText() == "Change stage to development"
    assert "Development" in view.strategy.headline.text()
    controller.undo_stack.undo()
    assert controller.plan.products[0].stage is Stage.DEFINITION
    assert len(controller.plan.stage_changes) == history


def test_link_insight_keys_add_evidence_and_undo_removes_it(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("research")
    feature = next(f for f in controller.plan.features if f.title == "Gift a Premium subscription")
    view.research.link_choice.setCurrentIndex(view.research.link_choice.findData(feature.uid))
    table = view.insight_table
    table.setFocus()
    table.selectRow(0)
    links = len(controller.plan.insight_links)
    press(qtbot, table, Qt.Key.Key_L)
    assert len(controller.plan.insight_links) == links + 1
    assert controller.plan.insight_links[-1].feature_uid == feature.uid
    controller.undo_stack.undo()
    assert len(controller.plan.insight_links) == links


def test_rank_by_from_the_menu_reranks_and_undoes(qtbot, view) -> None:
    controller = view.controller
    view.backlog.rank_actions[Framework.ICE.value].trigger()
    assert controller.plan.products[0].framework is Framework.ICE
    assert view.backlog.framework.currentData() == Framework.ICE.value
    assert view.backlog.rank_actions[Framework.ICE.value].isChecked()
    controller.undo_stack.undo()
    assert controller.plan.products[0].framework is Framework.RICE
    assert view.backlog.rank_actions[Framework.RICE.value].isChecked()


@pytest.fixture
def window(qtbot, tmp_path: Path, show_active):
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    w = MainWindow(persist=False)
    assert w.open_path(path, interactive=False)
    w.resize(1400, 850)
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def product_menu(window) -> QMenu:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    return next(m for m in menus if m.title().replace("&", "") == "Product")


@pytest.mark.xvfb
def test_the_product_menu_is_offered_on_the_product_view_only(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "product"
    menu = product_menu(window)
    assert menu.menuAction().isEnabled()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    for wanted in ("New Objective", "New Key Result", "New Gate…", "Decide Gate…",
                   "Change Stage…", "New Feature", "New Insight", "Link to Feature",
                   "Rank by WSJF"):
        assert wanted in texts
    keys = {a.text().replace("&", ""): a.shortcut().toString() for a in menu.actions()}
    assert keys["New Objective"] == "Ctrl+Shift+O" and keys["Decide Gate…"] == "Ctrl+Shift+D"
    view = window.views["product"]
    objectives = len(window.controller.plan.objectives)
    press(qtbot, view.strategy.objective_table, Qt.Key.Key_O)
    assert len(window.controller.plan.objectives) == objectives + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "gantt"
    assert not menu.menuAction().isEnabled() and not menu.menuAction().isVisible()
    gantt = window.views["gantt"]
    gantt.setFocus()
    qtbot.keyClick(gantt, Qt.Key.Key_O, CTRL_SHIFT)  # the Product view's keys stay there
    assert len(window.controller.plan.objectives) == objectives + 1


VIEW_MENUS = [
    (Qt.Key.Key_2, "board", "Board", ["Add Card", "Card Information…", "Board Columns…"]),
    (Qt.Key.Key_3, "risks", "Risks", ["Add Risk…", "Edit Risk…", "Delete Risk",
                                      "Risk Settings…"]),
    (Qt.Key.Key_4, "resources", "Resources", ["Add Resource", "Level Resources",
                                              "Clear Leveling", "Vacations…"]),
    (Qt.Key.Key_5, "budget", "Budget", ["Add Budget Line", "Add Actual Cost",
                                        "Save Baseline…"]),
]


def shown_menus(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()
            if a.isVisible() and a.menu() is not None]


@pytest.mark.xvfb
@pytest.mark.parametrize(("key", "view_key", "title", "wanted"), VIEW_MENUS)
def test_each_view_offers_its_commands_in_a_menu_of_its_own(qtbot, window, key, view_key,
                                                            title, wanted) -> None:
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == view_key
    menus = shown_menus(window)
    # The view's menu stands between Project and Window; no other view's menu is shown
    # (not the Gantt's Task menu either).
    assert menus == ["File", "Edit", "View", "Project", title, "Window", "Help"]
    menu = next(a.menu() for a in window.menuBar().actions()
                if a.isVisible() and a.text().replace("&", "") == title)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert all(w in texts for w in wanted), texts


@pytest.mark.xvfb
def test_resources_menu_adds_a_resource_as_one_undo_step(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    menu = next(a.menu() for a in window.menuBar().actions()
                if a.isVisible() and a.text().replace("&", "") == "Resources")
    add = next(a for a in menu.actions() if a.text().replace("&", "") == "Add Resource")
    resources = len(window.controller.plan.resources)
    add.trigger()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # keep the offered name
    assert len(window.controller.plan.resources) == resources + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.controller.plan.resources) == resources


def test_a_gate_decision_takes_a_whole_typed_date_and_names_a_wrong_one(qtbot, view,
                                                                         on_modal) -> None:
    """The decision's day is typed whole, as every date of pmdesk is, not section by
    section; a day that is no date is refused under the fields, naming the field."""
    uid = _select_pending_gate(qtbot, view)
    seen: list[str] = []

    def decide(dialog) -> None:
        dialog.decision.setCurrentIndex(dialog.decision.findData(Decision.HOLD.value))
        dialog.on.setFocus()
        qtbot.keyClick(dialog.on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.on, "31 Feb 2027")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen.append(dialog.problem.text())
        assert dialog.isVisible()
        dialog.on.setFocus()
        qtbot.keyClick(dialog.on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.on, "6 Mar 2027")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    check = on_modal(decide)
    press(qtbot, view.gate_table, Qt.Key.Key_D)
    check()
    assert seen[0].startswith("Decided on:")
    gate = next(g for g in view.controller.plan.gates if g.uid == uid)
    assert gate.decided_on == date(2027, 3, 6)
    assert view.controller.undo_stack.count() == 1
