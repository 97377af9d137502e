"""Keeping a flat Qt model's own list of rows in step with the plan after an edit."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def follow_rows(model: QAbstractItemModel, rows: list, new: list) -> list[int] | None:
    """Make ``rows`` (the model's list, changed in place) equal ``new``.

    Rows gone from the plan are removed and rows added at its end inserted, with the
    matching model signals, so selections and scroll positions survive an edit. Returns
    the row numbers whose values changed, or None when the order changed otherwise and
    the model was reset.
    """
    new_uids = {r.uid for r in new}
    for row in range(len(rows) - 1, -1, -1):
        if rows[row].uid not in new_uids:
            model.beginRemoveRows(QModelIndex(), row, row)
            del rows[row]
            model.endRemoveRows()
    kept = [r.uid for r in rows]
    if [r.uid for r in new[: len(kept)]] != kept:
        model.beginResetModel()
        rows[:] = new
        model.endResetModel()
        return None
    if len(new) > len(kept):
        model.beginInsertRows(QModelIndex(), len(kept), len(new) - 1)
        rows.extend(new[len(kept):])
        model.endInsertRows()
    changed = [row for row in range(len(kept)) if rows[row] != new[row]]
    rows[: len(kept)] = new[: len(kept)]
    return changed
