"""The 5x5 probability-impact heat map: counts per cell, and a click filters the register."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import ProjectInfo
from pmdesk.render.charts import (
    HeatMapLayout,
    heat_map_cell_tooltip,
    heat_map_layout,
    paint_heat_map,
)

Grid = Sequence[Sequence[int]]
_EMPTY: tuple[tuple[int, ...], ...] = tuple((0,) * 5 for _ in range(5))


class HeatMapCanvas(QWidget):
    """The painted grid; reports the cell under a click."""

    cellClicked = Signal(int, int)  # probability, impact

    def __init__(self, project: ProjectInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.grid: Grid = _EMPTY
        self.selected: tuple[int, int] | None = None
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName("Risk heat map")

    def sizeHint(self) -> QSize:
        return QSize(320, 330)

    def cell_layout(self) -> HeatMapLayout:
        """Where each cell is on screen, for clicks, tooltips and tests."""
        return heat_map_layout(QRectF(self.rect()), self.font())

    def cell_rect(self, probability: int, impact: int) -> QRectF:
        return self.cell_layout().cells[(probability, impact)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        paint_heat_map(painter, QRectF(self.rect()), self.grid, self.project, self.selected)
        painter.end()

    def _cell_at(self, point: QPointF) -> tuple[int, int] | None:
        return self.cell_layout().cell_at(point)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        cell = self._cell_at(event.position())
        if cell is not None:
            self.cellClicked.emit(*cell)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self._cell_at(QPointF(event.pos()))
            if cell is None:
                QToolTip.hideText()
            else:
                p, i = cell
                QToolTip.showText(event.globalPos(),
                                  heat_map_cell_tooltip(p, i, self.grid[p - 1][i - 1],
                                                        self.project), self)
            return True
        return super().event(event)


class HeatMapWidget(QWidget):
    """The heat map with its inherent/residual switch.

    Clicking a cell selects it (``cellSelected`` carries ``(probability, impact)``);
    clicking it again clears the selection (``cellSelected`` carries None).
    """

    cellSelected = Signal(object)  # tuple[int, int] | None
    residualChanged = Signal(bool)

    def __init__(self, project: ProjectInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = HeatMapCanvas(project)
        self.canvas.cellClicked.connect(self._clicked)
        self.title = QLabel(self.tr("<b>Heat map</b>"))
        self.inherent_button = QToolButton()
        self.inherent_button.setText(self.tr("Inherent"))
        self.inherent_button.setCheckable(True)
        self.inherent_button.setChecked(True)
        self.inherent_button.setToolTip(self.tr("Probability and impact before the response"))
        self.residual_button = QToolButton()
        self.residual_button.setText(self.tr("Residual"))
        self.residual_button.setCheckable(True)
        self.residual_button.setToolTip(
            self.tr("Probability and impact expected after the response (inherent when not "
                    "assessed)"))
        group = QButtonGroup(self)
        group.setExclusive(True)
        group.addButton(self.inherent_button)
        group.addButton(self.residual_button)
        self.residual_button.toggled.connect(self._residual_toggled)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.inherent_button)
        head.addWidget(self.residual_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(head)
        box.addWidget(self.canvas, 1)

    @property
    def residual(self) -> bool:
        return self.residual_button.isChecked()

    @property
    def selected(self) -> tuple[int, int] | None:
        return self.canvas.selected

    def set_residual(self, residual: bool) -> None:
        (self.residual_button if residual else self.inherent_button).setChecked(True)

    def set_counts(self, grid: Grid, project: ProjectInfo) -> None:
        self.canvas.grid = grid
        self.canvas.project = project
        self.canvas.update()

    def count(self, probability: int, impact: int) -> int:
        return self.canvas.grid[probability - 1][impact - 1]

    def clear_selection(self) -> None:
        if self.canvas.selected is not None:
            self.canvas.selected = None
            self.canvas.update()
            self.cellSelected.emit(None)

    def _clicked(self, probability: int, impact: int) -> None:
        cell = (probability, impact)
        self.canvas.selected = None if self.canvas.selected == cell else cell
        self.canvas.update()
        self.cellSelected.emit(self.canvas.selected)

    def _residual_toggled(self, residual: bool) -> None:
        self.title.setText(
            self.tr("<b>Heat map</b> ({})").format('residual' if residual else 'inherent'))
        self.residualChanged.emit(residual)
