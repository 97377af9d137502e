"""The Product view as a product manager works it: typing scores re-ranks the backlog,
pins, linking research to features, deciding a gate, searching research, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from pmdesk.core.product.model import Decision, Stage
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import ProjectDocument, save_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.product import ProductView
from pmdesk.ui.product.dialogs import DecideGateDialog
from pmdesk.ui.product.models import FeatureModel, InsightModel, ProductContext

TODAY = date(2026, 12, 4)


@pytest.fixture
def controller() -> ProjectController:
    return ProjectController(build_demo_plan(TODAY))


@pytest.fixture
def view(qtbot, controller, show_active) -> ProductView:
    widget = ProductView(controller)
    qtbot.addWidget(widget)
    widget.resize(1500, 900)
    show_active(widget)
    return widget


def shown_titles(view: ProductView) -> list[str]:
    proxy = view.backlog_proxy
    col = view.features.columns.index("title")
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def cell(view: ProductView, title: str, key: str):
    row = shown_titles(view).index(title)
    return view.backlog_proxy.index(row, view.features.columns.index(key))


def editor_shown(qtbot, table):
    """The cell editor once it has the keyboard."""
    qtbot.waitUntil(lambda: table.state() == table.State.EditingState
                    and QApplication.focusWidget() not in (None, table))
    return QApplication.focusWidget()


def type_into_cell(qtbot, table, index, text: str) -> None:
    table.setFocus()
    table.setCurrentIndex(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = editor_shown(qtbot, table)
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop


def test_models_pass_the_model_tester(qtmodeltester, controller) -> None:
    shared = ProductContext(controller)
    qtmodeltester.check(FeatureModel(controller, shared))
    qtmodeltester.check(InsightModel(controller, shared))


def test_ctrl_6_opens_the_product_view(qtbot, tmp_path: Path, show_active) -> None:
    from pmdesk.ui.main_window import MainWindow

    path = tmp_path / "demo.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    window = MainWindow(persist=False)
    qtbot.addWidget(window)
    assert window.open_path(path, interactive=False)
    show_active(window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), ProductView)
    window.close()


def test_typing_a_score_moves_the_feature_up_the_ranking_and_undo_moves_it_back(
    qtbot, view
) -> None:
    controller = view.controller
    view.show_tab("backlog")
    title = "Conversion and retention dashboard"  # last by RICE: reach 40
    assert shown_titles(view)[-1] == title
    type_into_cell(qtbot, view.backlog_table, cell(view, title, "reach"), "500000")
    # 500,000 x 2 x 100 % / 0.75 = 1,333,333: first, before every unpinned feature.
    assert shown_titles(view)[0] == title
    assert cell(view, title, "rank").data() == "1"
    assert cell(view, title, "score").data() == "1,333,333"
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert shown_titles(view)[-1] == title
    # The feature stays selected as it moves.
    assert view.backlog.current_feature() is not None


def test_a_reach_typed_with_a_thousands_comma_is_read_whole(qtbot, view) -> None:
    """"1,000" typed in an English window is a thousand, as written; "0,5" is still read
    as a half, the decimal comma of many users."""
    view.show_tab("backlog")
    title = "Conversion and retention dashboard"
    type_into_cell(qtbot, view.backlog_table, cell(view, title, "reach"), "1,000")
    feature = next(f for f in view.controller.plan.features if f.title == title)
    assert feature.reach == 1000
    type_into_cell(qtbot, view.backlog_table, cell(view, title, "effort"), "0,5")
    feature = next(f for f in view.controller.plan.features if f.title == title)
    assert feature.effort == 0.5


def test_a_score_off_its_scale_is_refused_naming_the_feature_and_field(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("backlog")
    before = list(controller.plan.features)
    index = view.backlog_proxy.mapToSource(cell(view, "Cancellation survey", "reach"))
    with qtbot.waitSignal(controller.error) as message:
        assert not view.features.setData(index, "lots")
    assert message.args[0] == ("Feature 'Cancellation survey', reach: 'lots' is not a number:"
                               " RICE reach: people or events per period")
    index = view.backlog_proxy.mapToSource(cell(view, "Cancellation survey", "effort"))
    with qtbot.waitSignal(controller.error) as message:
        assert not view.features.setData(index, "0")
    assert "feature 'Cancellation survey': effort 0 must be more than zero" in message.args[0]
    assert controller.plan.features == before and controller.undo_stack.count() == 0


def test_pinning_by_keyboard_and_by_dropping_a_row(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("backlog")
    table = view.backlog_table
    title = "Cancellation survey"
    table.setFocus()
    table.setCurrentIndex(cell(view, title, "title"))
    start = shown_titles(view).index(title)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown_titles(view).index(title) == start - 1
    assert cell(view, title, "pin").data().startswith("pinned (computed")
    # Dropping a row on the top row pins it there (what a drag does).
    model = view.features
    data = model.mimeData([model.index(model.row_of(
        next(f.uid for f in controller.plan.features if f.title == "Gift a Premium subscription")
    ), 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert shown_titles(view)[0] == "Gift a Premium subscription"
    qtbot.keyClick(table, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)  # unpin
    assert cell(view, title, "pin").data() == ""
    assert controller.undo_stack.count() == 3


def test_enter_adds_a_feature_and_delete_removes_it(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("backlog")
    count = len(controller.plan.features)
    table = view.backlog_table
    table.setFocus()
    table.setCurrentIndex(view.backlog_proxy.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    editor = editor_shown(qtbot, table)
    qtbot.keyClicks(editor, "Dark mode")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(controller.plan.features) == count + 1
    assert controller.plan.features[-1].title == "Dark mode"
    table.setFocus()
    table.setCurrentIndex(cell(view, "Dark mode", "title"))
    table.selectRow(table.currentIndex().row())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Dark mode" not in [f.title for f in controller.plan.features]


def test_linking_an_insight_adds_evidence_to_the_feature(qtbot, view) -> None:
    controller = view.controller
    view.show_tab("research")
    feature = next(f for f in controller.plan.features if f.title == "Gift a Premium subscription")
    before = cell(view, feature.title, "evidence").data()
    table = view.insight_table
    table.setFocus()
    table.setCurrentIndex(view.insight_proxy.index(0, 4))
    table.selectRow(0)
    view.research.link_choice.setCurrentIndex(view.research.link_choice.findData(feature.uid))
    button = view.findChild(type(view.search).__mro__[0], "researchSearch")  # the bar is live
    assert button is not None
    bar = view.search.parentWidget()
    qtbot.mouseClick(bar.widgetForAction(view.action_link_insight), Qt.MouseButton.LeftButton)
    assert int(cell(view, feature.title, "evidence").data()) == int(before) + 1
    first = view.insights.insight(0)
    assert feature.title in view.insights.index(0, view.insights.columns.index("features")).data()
    assert any(lk.insight_uid == first.uid and lk.feature_uid == feature.uid
               for lk in controller.plan.insight_links)
    controller.undo_stack.undo()
    assert cell(view, feature.title, "evidence").data() == before


def test_deciding_go_needs_an_override_for_an_unmet_criterion_then_moves_the_stage(
    qtbot, view
) -> None:
    controller = view.controller
    pending = next(g for g in controller.plan.gates if g.decision is Decision.PENDING)
    dialog = DecideGateDialog(controller, pending.uid, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.decision.setCurrentIndex(dialog.decision.findData("go"))
    dialog.by.setText("Elena Vogt")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: it stays open with what was typed
    assert "override reason" in dialog.problem.text()
    assert controller.plan.gates[-1].decision is Decision.PENDING
    qtbot.keyClicks(dialog.override, "Finance signs off pricing next week")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    gate = next(g for g in controller.plan.gates if g.uid == pending.uid)
    assert gate.decision is Decision.GO and gate.override_reason.startswith("Finance")
    assert controller.plan.products[0].stage is Stage.DEVELOPMENT
    assert "Development" in view.strategy.headline.text() and "go (override)" in [
        view.gate_table.item(r, 3).text() for r in range(view.gate_table.rowCount())]
    controller.undo_stack.undo()
    assert controller.plan.products[0].stage is Stage.DEFINITION


def test_escape_closes_the_gate_dialog_without_a_decision(qtbot, view) -> None:
    controller = view.controller
    pending = next(g for g in controller.plan.gates if g.decision is Decision.PENDING)
    dialog = DecideGateDialog(controller, pending.uid, view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and controller.undo_stack.count() == 0


def test_search_uses_the_file_index_and_follows_undo(qtbot, tmp_path: Path, type_text,
                                                     show_active) -> None:
    path = tmp_path / "demo.pmdesk"
    save_plan(build_demo_plan(TODAY), path)
    with ProjectDocument.open(path) as doc:
        controller = ProjectController(doc.load_plan(), doc)
        view = ProductView(controller)
        qtbot.addWidget(view)
        show_active(view)
        view.show_tab("research")
        type_text(view.search, "offline")
        expected = {i.uid for i in controller.plan.insights if "offline" in
                    (i.text + " " + " ".join(i.tags)).lower()}
        shown = {view.insights.insight(view.insight_proxy.mapToSource(
            view.insight_proxy.index(r, 0)).row()).uid
            for r in range(view.insight_proxy.rowCount())}
        assert shown == expected and len(shown) >= 4
        assert view.research.found_features.count() >= 1  # "Offline workout downloads"
        view.search.clear()
        view.research.add_insight()
        editor = editor_shown(qtbot, view.insight_table)
        qtbot.keyClicks(editor, "Wants offline yoga for flights")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()
        type_text(view.search, "yoga flights")
        assert view.insight_proxy.rowCount() == 1
        controller.undo_stack.undo()  # the text
        controller.undo_stack.undo()  # the insight
        view.research.search_for(view.search.text())
        assert view.insight_proxy.rowCount() == 0


def test_the_chart_selects_the_feature_clicked(qtbot, view) -> None:
    view.show_tab("backlog")
    qtbot.waitExposed(view.chart)
    uid = view.shared.backlog.ranking[0].feature.uid
    view.chart.repaint()
    at = view.chart.dot(uid)
    assert at is not None
    qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=QPoint(int(at.x()), int(at.y())))
    assert view.backlog.current_feature().uid == uid
    assert view.chart.selected == uid
    assert "Evidence" in view.backlog.detail.toPlainText()


def test_the_feature_dialog_previews_markdown_and_refuses_a_parent_cycle(qtbot, view) -> None:
    from pmdesk.ui.product.dialogs import FeatureDialog

    controller = view.controller
    epic, story = controller.plan.features[0], controller.plan.features[1]
    dialog = FeatureDialog(controller, story.uid, view)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.setFocus()
    dialog.description.selectAll()
    for line in ("## Scope", "", "- **yearly** only"):
        qtbot.keyClicks(dialog.description, line)
        qtbot.keyClick(dialog.description, Qt.Key.Key_Return)
    assert "Scope" in dialog.preview.toPlainText() and "**" not in dialog.preview.toPlainText()
    dialog.parent_feature.setCurrentIndex(dialog.parent_feature.findData(epic.uid))
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    edited = next(f for f in controller.plan.features if f.uid == story.uid)
    assert edited.parent_uid == epic.uid and edited.description.startswith("## Scope")
    # Now the epic under its own story: a cycle, refused in the dialog, nothing changes.
    again = FeatureDialog(controller, epic.uid, view)
    qtbot.addWidget(again)
    again.show()
    again.parent_feature.setCurrentIndex(again.parent_feature.findData(story.uid))
    count = controller.undo_stack.count()
    qtbot.mouseClick(again.buttons.button(again.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert again.isVisible() and "cycle" in again.problem.text()
    assert controller.undo_stack.count() == count
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_each_painted_cell_gets_its_own_text_alignment_and_colour(qtbot, view) -> None:
    """A table asks for all of a painted cell's looks in one call: a left-aligned cell
    painted after a right-aligned one is left-aligned, a dropped feature is greyed and the
    next one is not."""
    table = view.strategy.objective_table
    delegate, proxy = table.itemDelegate(), table.model()
    columns = view.objectives.columns
    right, left = (proxy.index(0, columns.index(key)) for key in ("progress", "text"))
    for index in (right, left, right, left):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        assert option.text == index.data()
        assert bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight) == (index == right)
    view.show_tab("backlog")
    titles = shown_titles(view)
    dropped = cell(view, "Price sensitivity check per market", "title")
    ready = cell(view, titles[titles.index("Price sensitivity check per market") + 1], "title")
    colours = []
    for index in (dropped, ready, dropped):
        option = QStyleOptionViewItem()
        view.backlog_table.itemDelegate().initStyleOption(option, index)
        colours.append(option.palette.color(QPalette.ColorRole.Text).name())
    assert colours[0] == colours[2] == "#80868b" and colours[1] != "#80868b"
