"""The kanban board view: painted board, swimlanes, columns dialog and the Flow tab."""

from pmdesk.ui.board.canvas import BoardCanvas
from pmdesk.ui.board.columns_dialog import ColumnsDialog
from pmdesk.ui.board.flow_panel import FlowPanel
from pmdesk.ui.board.view import BoardView

__all__ = ["BoardCanvas", "BoardView", "ColumnsDialog", "FlowPanel"]
