"""Where the board's keys and drops take a card: the card an arrow key selects, the move
Ctrl/Alt+arrow asks for, and the neighbours a dropped card lands between.

Plain functions of a :class:`~pmdesk.core.board.Board`; the canvas turns their answers
into a selection or a move request.
"""

from __future__ import annotations

from collections.abc import Sequence

from pmdesk.core.board import Board, LaneBy

# A move request: task uid, lane (None: keep), column uid, before uid, after uid.
MoveRequest = tuple[str, str | None, str, str | None, str | None]


def neighbours(board: Board, uid: str, lane: str, column: str,
               index: int) -> tuple[str | None, str | None]:
    """The cards the dropped card goes between, from its insertion index in a cell."""
    cell = [c.uid for c in board.cell(lane, column)]
    if uid in cell and cell.index(uid) < index:
        index -= 1
    rest = [u for u in cell if u != uid]
    if index < len(rest):
        return rest[index], None
    return None, (rest[-1] if rest else None)


def _first_card(board: Board, open_lanes: Sequence[str]) -> str | None:
    for lane in open_lanes:
        for c in board.columns:
            cell = board.cell(lane, c.uid)
            if cell:
                return cell[0].uid
    return None


def arrow_target(board: Board, open_lanes: Sequence[str], selected: str | None,
                 dx: int, dy: int) -> str | None:
    """The card an arrow key (``dx``/``dy`` of -1, 0 or 1) selects from ``selected``: the
    next card across columns (same position, or the last one), the next one down the cell,
    then into the neighbouring open lane; with nothing selected, the first card. None:
    the selection stays."""
    position = board.position_of(selected) if selected is not None else None
    if position is None:
        return _first_card(board, open_lanes)
    lane, column, index = position
    if dx:
        cols = [c.uid for c in board.columns]
        ci = cols.index(column) + dx
        while 0 <= ci < len(cols):
            cell = board.cell(lane, cols[ci])
            if cell:
                return cell[min(index, len(cell) - 1)].uid
            ci += dx
        return None
    cell = board.cell(lane, column)
    if 0 <= index + dy < len(cell):
        return cell[index + dy].uid
    # Into the neighbouring open lane of the same column.
    keys = list(open_lanes)
    li = keys.index(lane) + dy
    while 0 <= li < len(keys):
        cell = board.cell(keys[li], column)
        if cell:
            return cell[0 if dy > 0 else -1].uid
        li += dy
    return None


def keyboard_move(board: Board, selected: str, dx: int, dy: int) -> MoveRequest | None:
    """The move Ctrl/Alt+arrow asks for: into the next column at the same position, or one
    place up or down the cell; None at the board's edge."""
    pos = board.position_of(selected)
    if pos is None:
        return None
    lane, column, index = pos
    keep_lane = lane if board.lane_by != LaneBy.NONE else None
    if dx:
        cols = [c.uid for c in board.columns]
        ci = cols.index(column) + dx
        if not 0 <= ci < len(cols):
            return None
        before, after = neighbours(board, selected, lane, cols[ci], index)
        return selected, keep_lane, cols[ci], before, after
    cell = board.cell(lane, column)
    target = index + dy
    if not 0 <= target < len(cell):
        return None
    if dy < 0:
        return selected, keep_lane, column, cell[target].uid, None
    return selected, keep_lane, column, None, cell[target].uid
