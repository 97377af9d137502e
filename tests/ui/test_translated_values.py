"""In a German window the words of an edit are German too: the undo step an edit names (the
toolbar's Undo tooltip, the Undo History), the fixed words table cells show (a feature's
status, its MoSCoW class, a task's mode) and the words picked for them; what is stored
stays English, and the names a user wrote stay as written."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelRoleData, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from ui.test_product_view import cell, editor_shown
from ui.test_translations_everywhere import german  # noqa: F401
from ui.test_undo_history import rename, window  # noqa: F401

from pmdesk.core.product.model import MoSCoW
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.product import ProductView
from pmdesk.ui.product.models import _PAINTED

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


@pytest.fixture
def product(german, qtbot, show_active) -> ProductView:  # noqa: F811
    view = ProductView(ProjectController(build_demo_plan(date(2026, 12, 4))))
    qtbot.addWidget(view)
    view.resize(1500, 900)
    show_active(view)
    view.show_tab("backlog")
    return view


def open_editor(qtbot, table, index):
    """F2 on ``index``, as a user opens a cell: the editor once it has the keyboard."""
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    return editor_shown(qtbot, table)


def painted(index) -> str:
    """The text the delegate paints in a cell: what the model hands over in one call."""
    source = index.model().mapToSource(index)
    span = [QModelRoleData(role) for role in _PAINTED]
    source.model().paint_data(source.row(), source.column(), span)
    return str(span[5].data())


def test_a_german_edit_is_named_in_german_in_undo_and_the_history(
        german, qtbot, window: MainWindow) -> None:  # noqa: F811
    first = window.controller.plan.tasks[1]
    rename(qtbot, window, first.uid, "Auftakt mit dem Team")
    step = f"„{first.name}“ in „Auftakt mit dem Team“ umbenennen"
    assert window.controller.undo_stack.text(0) == step  # the Undo History's entry
    assert step in window.toolbar_undo.toolTip()
    assert "Rename" not in window.toolbar_undo.toolTip()


def test_an_outline_edit_core_names_is_named_in_german(
        german, qtbot, window: MainWindow) -> None:  # noqa: F811
    gantt = window.views["gantt"]
    leaf = next(t for t in window.controller.plan.tasks
                if not window.controller.is_summary(t.uid) and not t.milestone)
    gantt.select_tasks([leaf.uid], leaf.uid)
    gantt.table.setFocus()
    qtbot.keyClick(gantt.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.controller.undo_stack.text(0) == f"„{leaf.name}“ nach unten verschieben"

def test_backlog_cells_show_status_and_moscow_in_german(product) -> None:
    status = cell(product, "14-day free trial", "status")
    assert status.data() == "in Arbeit"
    assert painted(status) == "in Arbeit"
    assert painted(cell(product, "14-day free trial", "moscow")) == "muss"
    assert painted(cell(product, "14-day free trial", "kano")) == "Basismerkmal"


def test_backlog_figures_are_written_as_german_writes_them(product) -> None:
    """The Value column, computed by core in English ("60,000"), reads "60.000"; a typed
    score input as the language writes decimals."""
    value = cell(product, "14-day free trial", "score")
    assert painted(value) == "60.000" and value.data() == "60.000"
    impacts = {painted(cell(product, f.title, "impact")) for f in product.controller.plan.features
               if f.impact is not None and f.impact != int(f.impact)}
    assert impacts and all("," in text and "." not in text for text in impacts)


def test_picking_muss_stores_must(qtbot, product) -> None:
    title = "Advanced progress insights"  # a "could"
    table = product.backlog_table
    combo = open_editor(qtbot, table, cell(product, title, "moscow"))
    assert isinstance(combo, QComboBox)
    assert "muss" in [combo.itemText(i) for i in range(combo.count())]
    qtbot.keyClicks(combo, "mu")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    feature = next(f for f in product.controller.plan.features if f.title == title)
    assert feature.moscow is MoSCoW.MUST
    assert painted(cell(product, title, "moscow")) == "muss"


def test_typing_a_german_word_stores_the_english_value(product) -> None:
    model = product.features
    title = "Advanced progress insights"
    row = next(i for i in range(model.rowCount()) if model.feature(i).title == title)
    assert model.setData(model.index(row, model.columns.index("moscow")), "Soll")
    assert model.feature(row).moscow is MoSCoW.SHOULD


def test_task_mode_cells_speak_german(german, window: MainWindow) -> None:  # noqa: F811
    model = window.views["gantt"].model
    task = window.controller.plan.tasks[1]
    assert model.index_of(task.uid, Column.TASK_MODE).data() in ("Automatisch", "Manuell")
    choices = model.index_of(task.uid, Column.TASK_MODE).data(Qt.ItemDataRole.UserRole + 2)
    assert [label for _value, label in choices] == ["Automatisch", "Manuell"]


def test_dashboard_kpi_figures_and_risk_chances_read_as_german_writes_them(german) -> None:  # noqa: F811
    """The Dashboard's KPI lines write "3,9 / 6" and its top risks "+1d / 2d / 4d bei
    30 %" in a German window, as the rest of it writes figures and words."""
    from pmdesk.core.durations import TimeUnits
    from pmdesk.core.product.kpi import kpi_summaries
    from pmdesk.ui.dashboard.view import KpiSparklines, _risk_line

    plan = build_demo_plan(date(2026, 12, 4))
    summaries = kpi_summaries(plan)
    texts = [KpiSparklines.value_text(s) for s in summaries]
    # Each figure as German writes it: a decimal comma, a point between thousands.
    assert texts == [
        f"{s.latest.value:,g} / {s.kpi.target:,g}".translate(str.maketrans(",.", ".,"))
        for s in summaries if s.latest is not None]
    assert any("," in t for t in texts) and any("." in t for t in texts)
    lines = [_risk_line(r, TimeUnits.of(plan.project)) for r in plan.risks]
    assert any(" bei " in line and " %" in line for line in lines)
    assert not any(" at " in line for line in lines)


def test_german_backlog_headers_keep_room_for_the_sort_arrow(product) -> None:
    """A header longer than its declared column (German "Reichweite", "Auswirkung", and
    "MoSCoW" in any language) widens its column to hold the words and the sort arrow
    beside them, so sorting by it does not push the words under the arrow."""
    from PySide6.QtWidgets import QStyle

    header = product.backlog_table.horizontalHeader()
    model = header.model()
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    shown = [logical for logical in range(model.columnCount())
             if not header.isSectionHidden(logical)]
    assert len(shown) > 5
    for logical in shown:
        text = str(model.headerData(logical, Qt.Orientation.Horizontal))
        words = header.fontMetrics().horizontalAdvance(text)
        assert header.sectionSize(logical) >= words + arrow + 8, text


def test_a_german_figure_is_typed_as_german_writes_it(qtbot, product) -> None:
    """F2 on a reach of 25.000 opens "25.000"; "15.000" typed is fifteen thousand, not
    fifteen, and "0,5" typed into an effort is a half."""
    from cell_editing import type_into_cell

    title = "14-day free trial"
    table = product.backlog_table
    editor = open_editor(qtbot, table, cell(product, title, "reach"))
    assert editor.text() == "25.000"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    type_into_cell(qtbot, table, cell(product, title, "reach"), "15.000")
    feature = next(f for f in product.controller.plan.features if f.title == title)
    assert feature.reach == 15000
    assert painted(cell(product, title, "reach")) == "15.000"
    type_into_cell(qtbot, table, cell(product, title, "effort"), "0,5")
    feature = next(f for f in product.controller.plan.features if f.title == title)
    assert feature.effort == 0.5
