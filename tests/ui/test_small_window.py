"""pmdesk on a small laptop screen: at 800x600, in English and German, every word of the
roadmap's summary and legend, the risk and research search boxes and the amounts of the
budget can be read; and a value a table refuses leaves the keyboard on the cell it was
typed into, so the user can type it again."""

from __future__ import annotations

import pytest
from cell_editing import edit_current_cell, type_into_cell
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.ui import i18n

REAL_WARNING = QMessageBox.warning  # before the tests' guard against unexpected boxes


@pytest.fixture(params=["en", "de"])
def language(request):
    """The window's language, installed before the window is built; English again after."""
    i18n.install(request.param)
    yield request.param
    i18n.install("system")


@pytest.fixture
def window(language, demo_copy_window):
    """The demo project at 800x600, in English and in German (longer words)."""
    demo_copy_window.resize(800, 600)
    QApplication.processEvents()
    return demo_copy_window


@pytest.fixture
def english_window(demo_copy_window):
    demo_copy_window.resize(800, 600)
    return demo_copy_window


def shown(window, key: str):
    window.show_view(key)
    view = window.views[key]
    QApplication.processEvents()
    return view


def fits(widget) -> bool:
    """The widget lies wholly inside the window's width and is not squeezed below what its
    contents need."""
    window = widget.window()
    left = widget.mapTo(window, widget.rect().topLeft()).x()
    return (widget.isVisible() and left >= 0 and left + widget.width() <= window.width()
            and widget.width() >= widget.minimumSizeHint().width())


def test_the_roadmap_summary_and_legend_are_whole_at_800_by_600(qtbot, window) -> None:
    view = shown(window, "roadmap")
    summary = view.summary
    qtbot.waitUntil(lambda: bool(summary.text()))
    assert fits(summary)
    # its words on one line where it stands: nothing wrapped out of sight or cut
    lines = summary.heightForWidth(summary.width()) // summary.fontMetrics().lineSpacing()
    assert lines == 1, summary.text()
    assert summary.fontMetrics().horizontalAdvance(summary.text()) <= summary.width()
    legend = view.legend
    assert fits(legend)
    assert legend.height() >= legend.heightForWidth(legend.width())
    assert legend.heightForWidth(legend.width()) > legend.heightForWidth(1600)  # wrapped


def test_the_risk_search_box_takes_typing_at_800_by_600(qtbot, window) -> None:
    view = shown(window, "risks")
    search = view.search
    assert fits(search)
    words = search.fontMetrics().horizontalAdvance(search.placeholderText())
    assert search.width() > words  # the hint is readable, so is what the user types
    rows = view.proxy.rowCount()
    search.setFocus()
    qtbot.keyClicks(search, "Android")
    assert search.text() == "Android"
    qtbot.waitUntil(lambda: 0 < view.proxy.rowCount() < rows)


def test_the_research_search_box_shows_its_hint_at_800_by_600(qtbot, window) -> None:
    view = shown(window, "product")
    view.show_tab("research")
    QApplication.processEvents()
    search = view.search
    assert fits(search)
    assert search.width() > search.fontMetrics().horizontalAdvance(search.placeholderText())


def test_the_budget_amounts_are_readable_at_800_by_600(qtbot, window) -> None:
    view = shown(window, "budget")
    QApplication.processEvents()
    entries = view.entries
    header = entries.horizontalHeader()
    amount = view.entries_model.columns.keys().index("amount")
    right = header.sectionViewportPosition(amount) + header.sectionSize(amount)
    assert right <= entries.viewport().width()  # the whole column in sight
    model = view.entries_model
    needed = max(entries.fontMetrics().horizontalAdvance(model.index(r, amount).data())
                 for r in range(model.rowCount()))
    assert header.sectionSize(amount) > needed  # and no amount elided in it
    totals = view.totals
    bold = totals.item(totals.rowCount() - 1, 1).font()
    for c in range(1, totals.columnCount()):
        text = totals.item(totals.rowCount() - 1, c).text()
        assert totals.columnWidth(c) > QFontMetrics(bold).horizontalAdvance(text), text
    for label in view.evm_labels.values():
        assert label.width() >= label.sizeHint().width(), label.text()


def test_the_budget_keeps_four_figures_abreast_in_a_large_window(qtbot, window) -> None:
    window.resize(1600, 1000)
    view = shown(window, "budget")
    qtbot.waitUntil(lambda: view.evm_columns == 4)
    assert view.right_scroll.horizontalScrollBar().maximum() == 0


def _refuse(qtbot, table, index, text: str) -> None:
    """Type ``text`` into ``index`` of ``table``, answer the refusal with Enter."""
    def answer() -> bool:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box, Qt.Key.Key_Return)
            return True
        return False

    answered: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: answered.append(True) if answer() else None)
    timer.start(50)
    try:
        type_into_cell(qtbot, table, index, text)
        qtbot.waitUntil(lambda: bool(answered))
    finally:
        timer.stop()


def _tables(window):
    """Each record table: its view, tab, the table, a column, a value it refuses there and
    one it takes."""
    product = window.views["product"]
    window.show_view("product")
    return {
        "backlog": ("product", "backlog", product.backlog_table, "reach", "lots", "5000"),
        "research": ("product", "research", product.insight_table, "on", "someday",
                     "2026-11-02"),
        "objectives": ("product", "strategy", product.strategy.objective_table, "start",
                       "soon", "2026-10-05"),
        "kpis": ("product", "kpis", product.kpi_panel.kpi_table, "target", "lots", "7"),
        "risks": ("risks", None, window.views["risks"].table, "cost", "lots", "2500"),
        "budget": ("budget", None, window.views["budget"].entries, "amount", "lots", "123"),
    }


@pytest.mark.xvfb
@pytest.mark.parametrize("which", ["backlog", "research", "objectives", "kpis", "risks",
                                   "budget"])
def test_after_a_refused_value_the_keys_go_back_to_the_cell(qtbot, english_window, which,
                                                             monkeypatch) -> None:
    """The refusal is the window's real "Change refused" box, answered with Enter; then the
    keyboard is on the table, on the same cell, and F2 there retypes it."""
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(REAL_WARNING))
    window = english_window
    window.maybe_save = lambda: True  # the test's edit is not kept: close without asking
    key, tab, table, column, bad, good = _tables(window)[which]
    window.show_view(key)
    if tab:
        window.views[key].show_tab(tab)
    qtbot.waitUntil(table.isVisible)
    model = table.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    col = source.columns.keys().index(column)
    index = model.index(1, col)
    shown_before = index.data()
    _refuse(qtbot, table, index, bad)
    assert window.controller.undo_stack.count() == 0  # the project stays as it was
    assert index.data() == shown_before
    # the table has the keyboard again (offscreen, once its window is active again)
    qtbot.waitUntil(lambda: window.focusWidget() is table)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, col)
    edit_current_cell(qtbot, table, good)
    assert window.controller.undo_stack.count() == 1


def test_the_launch_review_title_is_whole_at_800_by_600(qtbot, window) -> None:
    view = shown(window, "product")
    view.show_tab("kpis")
    QApplication.processEvents()
    title = view.pages["kpis"].panel.review_title
    assert fits(title)
    # every line of its words has room: wrapped where the pane is narrow, never cut
    assert title.height() >= title.heightForWidth(title.width())
    assert title.fontMetrics().horizontalAdvance(title.text()) > title.width()  # it wraps
